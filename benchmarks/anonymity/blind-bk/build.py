# -*- coding: utf-8 -*-
"""Build the blind-bk benchmark files, labels.csv, tricky.csv and README.md.

Run from anywhere:  python build.py   (all paths are relative to this file's folder)
Needs python-docx/odfpy/openpyxl (the project venv has them).
"""
import csv
import os
import re
from collections import Counter, OrderedDict

import openpyxl
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P
from odf import teletype

import sources as S

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")


def strip(marked):
    """Return (plain_text, [(kind, text), ...]) for one line/cell/paragraph."""
    found = []
    out = []
    pos = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        code, text = m.group(1), m.group(2)
        if code not in S.KINDS:
            raise SystemExit("unknown kind code %r in %r" % (code, marked))
        found.append((S.KINDS[code], text))
        out.append(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        raise SystemExit("unbalanced markup: %r" % marked)
    return plain, found


def path(name):
    return os.path.join(HERE, name)


LABELS = []   # (file, line, kind, text)
WORDS = {}    # file -> word count (whitespace tokens)
FORMATS = OrderedDict()


def add_labels(fname, line, found):
    for kind, text in found:
        LABELS.append((fname, line, kind, text))


def words(text):
    return len(text.split())


# 1 + 4: plain text files ------------------------------------------------------
def build_txt(fname, marked):
    plain_lines = []
    for i, ml in enumerate(marked.split("\n"), start=1):
        plain, found = strip(ml)
        plain_lines.append(plain)
        add_labels(fname, i, found)
    body = "\n".join(plain_lines)
    if not body.endswith("\n"):
        body += "\n"
    with open(path(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(body)
    WORDS[fname] = words(body)


# 2: csv -----------------------------------------------------------------------
def build_csv(fname):
    rows = [[S.SYNTH], S.F2_HEADER]
    for r in S.F2_ROWS:
        rows.append(r)
    total = 0
    with open(path(fname), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for i, row in enumerate(rows, start=1):
            plain_row = []
            for cell in row:
                plain, found = strip(cell)
                if "\n" in plain:
                    raise SystemExit("csv cell must be single-line")
                plain_row.append(plain)
                add_labels(fname, i, found)
                total += words(plain)
            w.writerow(plain_row)
    WORDS[fname] = total


# 3: odt -----------------------------------------------------------------------
def build_odt(fname):
    doc = OpenDocumentText()
    hstyle = Style(name="Heading 1", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(hstyle)
    lstyle = Style(name="TranscriptLine", family="paragraph")
    lstyle.addElement(ParagraphProperties(marginleft="0cm", textindent="0cm"))
    lstyle.addElement(TextProperties(fontsize="11pt"))
    doc.automaticstyles.addElement(lstyle)
    paras = []
    for style, marked in S.F3_HEAD:
        paras.append((style, marked))
    for n, marked in enumerate(S.F3_LINES, start=1):
        paras.append(("p", "%d\t%s" % (n, marked)))
    total = 0
    for i, (style, marked) in enumerate(paras, start=1):
        plain, found = strip(marked)
        add_labels(fname, i, found)
        total += words(plain)
        if style == "h":
            el = H(outlinelevel=1, stylename=hstyle)
        else:
            el = P(stylename=lstyle)
        teletype.addTextToElement(el, plain)
        doc.text.addElement(el)
    doc.save(path(fname))
    WORDS[fname] = total


# 5: xlsx ----------------------------------------------------------------------
def build_xlsx(fname):
    wb = openpyxl.Workbook()
    total = 0
    sheets = [(S.F5_SIGNIN_TITLE, S.F5_SIGNIN), (S.F5_QUOTES_TITLE, S.F5_QUOTES)]
    for si, (title, rows) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = title
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row, start=1):
                plain, found = strip(cell)
                if plain != "":
                    ws.cell(row=r, column=c, value=plain)
                add_labels(fname, r, found)
                total += words(plain)
        widths = [34, 36, 60, 10, 30] if si == 0 else [26, 34, 110]
        for c, wdt in enumerate(widths, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = wdt
    wb.save(path(fname))
    WORDS[fname] = total


def main():
    build_txt(S.F1_NAME, S.F1)
    FORMATS[S.F1_NAME] = ("MAXQDA-style transcript .txt (speaker: turn #hh:mm:ss-t#)",
                          "Tottenham older adults' lunch club (loneliness), focus group")
    build_csv(S.F2_NAME)
    FORMATS[S.F2_NAME] = ("Condens/Dovetail repository export .csv (Note, Participant, Tags, Highlight text, Created by)",
                          "Peckham hearing-voices group: members, carer, commissioner")
    build_odt(S.F3_NAME)
    FORMATS[S.F3_NAME] = ("OpenDocument focus-group transcript .odt, numbered lines, interpreter turns",
                          "Southall refugee and asylum-seeking women's group, Somali interpreter")
    build_txt(S.F4_NAME, S.F4)
    FORMATS[S.F4_NAME] = ("WhatsApp (Android) group chat export .txt",
                          "Barking Black men's mental-health circle")
    build_xlsx(S.F5_NAME)
    FORMATS[S.F5_NAME] = ("Excel workbook .xlsx: Sign-in sheet + Quotes sheet",
                          "Croydon estates and Harrow groups sharing day (elders, carers, mums, Roma women, men's shed)")

    with open(path("labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for row in LABELS:
            w.writerow(row)

    tricky = []
    for fname, items in [(S.F1_NAME, S.F1_TRICKY), (S.F2_NAME, S.F2_TRICKY),
                         (S.F3_NAME, S.F3_TRICKY), (S.F4_NAME, S.F4_TRICKY),
                         (S.F5_NAME, S.F5_TRICKY)]:
        for text, why in items:
            tricky.append((fname, text, why))
    with open(path("tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        for row in tricky:
            w.writerow(row)

    write_readme(tricky)
    per_file = Counter(r[0] for r in LABELS)
    for f in FORMATS:
        print("%-45s words=%4d labels=%3d" % (f, WORDS[f], per_file[f]))
    print("total labels", len(LABELS), dict(Counter(r[2] for r in LABELS)))
    print("tricky", len(tricky))


KIND_ORDER = ["name", "place", "workplace", "street_address", "postcode", "phone", "email",
              "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"]


def write_readme(tricky):
    per_file = Counter(r[0] for r in LABELS)
    per_kind = Counter(r[2] for r in LABELS)
    L = []
    L.append("This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.")
    L.append("**Status: NOT scored yet.**")
    L.append("")
    L.append("# blind-bk: London peer-support groups (Tottenham, Peckham, Southall, Barking, Croydon estates, Harrow)")
    L.append("")
    L.append("Blind benchmark for the anonymity checker: five synthetic workshop/group transcripts about what makes UK "
             "mental-health peer-support groups work (mutual support, shared identity, roles, ground rules, facilitation, "
             "the room/venue) and their tensions, with planted personal identifiers. Written without looking at the checker.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | format | setting | words | label rows |")
    L.append("|---|---|---|---:|---:|")
    for f, (fmt, setting) in FORMATS.items():
        L.append("| `%s` | %s | %s | %d | %d |" % (f, fmt, setting, WORDS[f], per_file[f]))
    L.append("| **total** | | | %d | %d |" % (sum(WORDS.values()), len(LABELS)))
    L.append("")
    L.append("Words = whitespace-separated tokens of the visible text (all cells / paragraphs), including the synthetic banner.")
    L.append("Every file opens with `%s` (first line of text/csv files, first paragraph of the .odt, cell A1 of the first sheet of the .xlsx)." % S.SYNTH)
    L.append("")
    L.append("Other files: `labels.csv` (gold labels), `tricky.csv` (%d look-alikes that must NOT be flagged), "
             "`sources.py` (marked-up source text, `[[kind|text]]`), `build.py` (writes every file from `sources.py`), "
             "`verify_labels.py` (checks everything, prints PASS)." % len(tricky))
    L.append("")
    L.append("## Label conventions (`labels.csv`: `file,line,kind,text`)")
    L.append("")
    L.append("- One row per occurrence. `line` = 1-based physical line for .txt; 1-based row for .csv (every record is one physical line; "
             "row 1 is the synthetic banner, row 2 the column header); paragraph number for .odt (odfpy document order of "
             "text:h and text:p, heading counted; paragraph 1 = banner, 2 = heading); row within its own sheet for .xlsx "
             "(sheets `Sign-in` and `Quotes`; no label text occurs on the same row number in both sheets).")
    L.append("- `text` is the exact surface string. Every whole-word, case-sensitive occurrence `(?<!\\w)text(?!\\w)` of a label "
             "text in its file is an identifier and has a row. No label text is contained (case-insensitively) in another label "
             "text of the same file, and each text has one kind per file.")
    L.append("- Names are single words: a full name gives two rows; hyphenated surnames (`Adeleke-Hart`) are one word; full "
             "initials (`J.T.`, `R.D.`, `O.T.`) are names. Titles (Mr, Mrs, Ms, Doctor, Reverend, Auntie) and possessive `'s` are left out. "
             "Role labels (I, Fac, FAC, INT, P1-P4, Commissioner) and single initials (`Sunday O`, `Toyin B.`, `Tendai M.`) are not labelled.")
    L.append("- Workplace covers employers, venues, schools, GP practices, gyms, barbers, hotels, shops and the groups' own names "
             "(old and new WhatsApp group names). Place = estate/village/small town named with personal detail; boroughs, big "
             "towns and cities are look-alikes.")
    L.append("- Street addresses include the house/flat number as written (`Flat 6, 22 Gorringe Terrace`); postcodes are separate rows.")
    L.append("")
    L.append("## Totals per kind")
    L.append("")
    L.append("| kind | rows |")
    L.append("|---|---:|")
    for k in KIND_ORDER:
        L.append("| %s | %d |" % (k, per_kind.get(k, 0)))
    L.append("| **total** | %d |" % len(LABELS))
    L.append("")
    L.append("## Hard cases planted")
    L.append("")
    for line in HARD_CASES:
        L.append("- " + line)
    L.append("")
    L.append("## Safe values")
    L.append("")
    L.append("Phones only from Ofcom drama ranges (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx, 0121 496 0xxx); emails/URLs only on "
             "example.org/.com/.net; NHS numbers start 999 with a valid modulus-11 check digit; NI numbers use prefixes QQ/ZZ; "
             "postcodes have a real outward code (N17, SE15, UB2, IG11, CR0) and an inward part containing C/I/K/M/O/V; car "
             "registrations have I or Q among the last three letters. `verify_labels.py` checks all of these.")
    L.append("")
    L.append("## Rebuild and verify")
    L.append("")
    L.append("From this folder (use the project venv, e.g. `../../../.venv/bin/python` from here, or `.venv/bin/python` relative to the project root):")
    L.append("")
    L.append("```")
    L.append("python build.py          # rewrites the 5 transcripts, labels.csv, tricky.csv, README.md")
    L.append("python verify_labels.py  # must print PASS")
    L.append("```")
    L.append("")
    with open(path("README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


HARD_CASES = [
    "Names as speaker labels (`Winston:`, `Merle:`, `Halina:`, `Abdullahi:` in MAXQDA; `P2 (Roya):` on a participant's first turn in the .odt, P-number only afterwards) and as WhatsApp sender names, including saved contacts with a place/occupation tag (`Dwayne Barking`, `Trev Plumber`: only the first word is a name) and a single initial (`Sunday O`).",
    "An unsaved WhatsApp sender shown as `+44 7700 900863`, the same person @-mentioned as `@447700900863` (label = the digits), `X added Y` / `X created group` / `X changed the group name from \"...\" to \"...\"` system lines carrying names, numbers and both group names (old and new group name are both workplace labels), `<Media omitted>`, `This message was deleted`, U+202F before am/pm in the header times.",
    "Names that are ordinary words: `Patience` (the word `patience` also appears in the same file, lower case), `Sunday` (a man in the WhatsApp file; the weekday `Sunday` appears unlabelled in the Tottenham file), `Precious` (name in the Peckham and Croydon files; `precious` as an adjective in the Tottenham file); `hope` is given as the meaning of the Kurdish name Hêvî.",
    "A lower-case name in chat (`dapo`); all-caps handwriting in a sign-in sheet (`PRECIOUS NDLOVU`, echoed as `PRECIOUS` in the Quotes sheet).",
    "Diacritics and non-English names: Wójcik, Łęczyca, Adéwálé, Wróblewski, Hêvî, Dragoș, Kamińska, Ștefănescu; Somali spellings (Faadumo, Cawo, Ceel Afweyn, Ilhaan); hyphenated surnames (Adeleke-Hart, Pemberton-Oduya, Ansah-Whyte, Ferdinand-Cole).",
    "Nickname alongside a full name (`Grzegorz (Greg)`, later just `Greg`); a display name with an initial in a Created-by column (`Toyin B.`); surnames alone after titles (`Doctor Mukherjee`, `Mrs Wójcik`, `Ms Oyelaran`, `Reverend Okwuosa`, `Mr Braithwaite`, `Mr Pemberton-Oduya`); a surname said alone before a spoken DOB (`Gayle, one-nine, oh-eight, forty-one`); possessive (`Hodan's boy`).",
    "Full initials as names (`J.T.`, `R.D.`, `O.T.`) next to single initials that are not labelled (`Sunday O`, `Toyin B.`, `Tendai M.`).",
    "Dates of birth in many shapes: `4th April 1944`, spoken `one-nine, oh-eight, forty-one`, `2 November 1968` on a benefits form, a default asylum-paperwork DOB `01/01/1991`, a baby's `13th March` in a chat whose header dates read `13/03/2025` (unlabelled).",
    "Numbers in odd formats: `07700900152` (no spaces), `(020) 7946 0372`, `+44 (0)7700 900 645`, `0113 496 0291` given 'via daughter'; an NHS number read off a card in a meeting (`999 402 1176`) and one written down by a table scribe (`999 613 4725`); NI numbers pasted into chat (`QQ 40 19 27 A`) or read out by an interpreter (`ZZ 48 21 93 C`); a spoken email (`peckhamvoices at example dot org`, 'all one word').",
    "Postcodes with a double space (`IG11  7VK`) or in lower case (`cr0 9km`), and a multi-line address block in one WhatsApp message (venue / street / postcode on continuation lines without timestamps).",
    "Identifiers in metadata: MAXQDA header (group, venue, street, postcode, transcriber), the .odt heading and 'Present:' line, the Condens `Participant` and `Created by` columns (a person or an email address), a sign-off email at the end of transcripts, the xlsx title row (venue).",
    "URLs without scheme (`www.example.org/tfr-photos`, `example.org/addington-vale/groups`), handles with dots/underscores (`@radiator.man.draws`, `@brotherskeepers.bkg`, `@walkandtalk_cr0`).",
    "Car registrations in a chat about parking (`EY19 KQI`), a minibus anecdote (`LF64 UQX`) and a sign-in Notes column (`parking permit RX21 ZIQ`).",
    "Places only where personal detail is attached: estates (`Calloway Fields`, `Kitto Fields`, `Fieldway`), villages/small towns abroad (`Ceel Afweyn`, `Łęczyca`, `Istalif`, `Adi Quala`, `Penjwen`, `Umuaka`, `Karadi`, `Point Pedro`); boroughs, districts and cities (Tottenham, Peckham, Southall, Barking, Croydon, Harrow, New Addington, Birmingham) are look-alikes.",
    "Look-alikes kept unlabelled and listed in tricky.csv: helplines (Samaritans 116 123, 999), national bodies (Hearing Voices Network, Home Office, HMRC, South East London ICB), drugs and doses (sertraline 50mg, 15mg of aripiprazole, clozapine), meeting dates/times, MAXQDA timestamps, WhatsApp header dates, bus routes (149, the 41, the 130 bus), road numbers (A13), brands (Quality Street, Oyster, Passat), voice names (the Landlord, the Committee), a public figure (Eleanor Longden), role labels and participant codes (Fac, FAC, INT (translating), P3, HV01, Commissioner), `Anon`.",
]

if __name__ == "__main__":
    main()
