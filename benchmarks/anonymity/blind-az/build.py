# -*- coding: utf-8 -*-
"""Build the blind-az benchmark set from content.py.

Writes the five transcripts, labels.csv (one row per whole-word occurrence of
each labelled text), tricky.csv and README.md into this folder only.

Run:  .venv/bin/python build.py
"""
import csv
import os
import re
from collections import Counter

import docx
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build_docx(name, paras):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "synthetic benchmark"
    cp.last_modified_by = "synthetic benchmark"
    cp.title = "Meeting transcript"
    cp.comments = ""
    for p in paras:
        d.add_paragraph(p)
    d.save(out(name))


def build_odt(name, paras):
    doc = OpenDocumentText()
    styles = {}
    for lvl, size in ((1, "20pt"), (2, "16pt"), (3, "13pt")):
        st = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl, family="paragraph")
        st.addElement(TextProperties(fontsize=size, fontweight="bold"))
        st.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.1cm"))
        doc.styles.addElement(st)
        styles["H%d" % lvl] = (st, lvl)
    body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(body)
    for style, text in paras:
        if style == "P":
            el = P(stylename=body)
        else:
            st, lvl = styles[style]
            el = H(outlinelevel=lvl, stylename=st)
        teletype.addTextToElement(el, text)
        doc.text.addElement(el)
    doc.save(out(name))


def units_for(name):
    """Physical lines (text/vtt) or paragraphs (docx/odt), 1-based list."""
    if name == C.F1:
        return list(C.TEAMS_PARAS)
    if name == C.F4:
        return [t for _, t in C.NEWS_PARAS]
    src = {C.F2: C.FOCUS, C.F3: C.VTT, C.F5: C.DISCORD}[name]
    return src.split("\n")


def occurrences(text, unit):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", unit)]


def make_labels():
    rows = []
    for fname, specs in C.LABEL_SPECS.items():
        units = units_for(fname)
        found = []
        for text, kind in specs:
            n = 0
            for i, u in enumerate(units, 1):
                for pos in occurrences(text, u):
                    found.append((i, pos, kind, text))
                    n += 1
            if n == 0:
                raise SystemExit("label text not found in %s: %r" % (fname, text))
        found.sort()
        rows += [(fname, i, kind, text) for i, _, kind, text in found]
    with open(out("labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows


def make_tricky():
    with open(out("tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        w.writerows(C.TRICKY)


def word_count(name):
    units = units_for(name)
    if name == C.F3:
        words = 0
        for ln in units:
            s = ln.strip()
            if not s or s == "WEBVTT" or "-->" in s or s.isdigit() or s.startswith(("Kind:", "Language:")):
                continue
            if s == "NOTE":
                continue
            s = re.sub(r"<v [^>]*>", "", s)
            words += len(s.split())
        return words
    return sum(len(u.split()) for u in units)


FORMATS = {
    C.F1: ("Microsoft Teams transcript (.docx): `Name   m:ss` paragraph, speech in the next paragraph",
           "Lewisham: commissioner's quarterly review with the facilitator, a barber and the member rep of a "
           "Caribbean/West African group in a Pentecostal church hall, with a food-bank drop-in"),
    C.F2: ("Plain-text focus group, timestamp after the speaker (`P3 00:05:03`)",
           "Tottenham: Turkish, Kurdish and Eritrean women's circle in a mosque-owned hall; evaluation "
           "focus group with partly pseudonymised speaker labels"),
    C.F3: ("WebVTT captions with `<v>` voices (device names, phone numbers, display names)",
           "Croydon + Brixton: hybrid Caribbean elders' circle in a gospel hall linked to a barbershop"),
    C.F4: ("Community newsletter (.odt): feature article quoting members, contact box, birthday corner",
           "Luton: Bangladeshi women's circle in a mosque hall and a Roma men's group at a food bank"),
    C.F5: ("Discord channel export (plain text): `name \u2014 dd/mm/yyyy hh:mm`, then messages",
           "Slough: mixed young-adult peer group (Bangladeshi, Eritrean, Roma, Caribbean) between meetups"),
}

HARD_CASES = """- Teams speaker labels as identifiers: an all-caps inverted surname (`ADEYEMI, Bisola`), a nickname
  with Teams' `(Unverified)` tag (`Dessie`), and a dial-in shown only as `+44 20 7946 0388`; the same
  person (Kwame) is never named in his own turn, only elsewhere.
- Shared surname: `Pastor Ogunbiyi is my uncle, not me` (both `Ogunbiyi` rows are names).
- Names after honorifics with the honorific left out of the label: Aunty Comfort, Sister Ngozi, Brother
  Lenny, Bro Tayo, Mr Okafor, Mrs Demir (as a speaker label), Mr Aslan, Aunty Pat, Brother Sunday,
  Pastor Delroy, Uncle Dev, Uncle Abdul, Aunty Rahima's (possessive).
- Names that are ordinary words: `Comfort` (with `comfort` lower case in the same file), `Blessing`,
  `Sunday` (a person in the .vtt, a day in the Teams and Discord files), `Junior`, `Pat`, `Smiley`, `Mo`,
  `Dev`, `Das`, and lower-case `patience` as a name in the Discord file (the ordinary word `patience`
  appears in the focus group and `patient` next to it in Discord).
- Nicknames and slang: `Dessie`, `Bigz`, `Smiley`, `dee`, `uncle k` (single initial, deliberately NOT
  labelled).
- Initials: `J.T.` and `S.T.` are names; `R.` (in `R. Mensah`) and `H.` (in `Mo H.`) are single
  initials and not labelled, but the surname/first name next to them is.
- Diacritics and non-Latin script: Gülşen, Hêvî, Çiğdem, Pazarcık, Keyif Ocakbaşı, Lăcătuș, Tândărei,
  Ionuț, Mădălina, and a Bengali-script photo caption (`নাসরিন আক্তার`); a hyphenated first name
  `Kerry-Ann` in the byline.
- Partly pseudonymised focus group: `P1`-`P5` and `Facilitator` labels, but the transcriber slipped
  (`Gülşen 00:01:29`, `Mrs Demir 00:02:55`) and names stay in the speech; the header says names were
  removed.
- Caption voices: `<v 07700 900614>`, `<v +44 7700 900233>`, `<v Tayo's iPhone>` (possessive device
  name), `<v Kingsley (he/him)>`, `<v Akosua (Front Desk)>`, `<v Sunday Adeleke>`, and voices that are
  NOT identifiers (`HALL-PC2`, `Galaxy A13`); a NOTE header credits `Winston`.
- Discord: handles as speaker labels (`sl1ppy_g` with a digit for a letter, `lilac.tea`, `dreadz_99`,
  `mr.slick07`), `@mentions` and a `↳ replying to` line (the handle is labelled without the `@`),
  lower-case names (`rahel`, `sameer`, `tunde`, `dee`, `patience`), a role display name
  (`SSM Facilitator`) whose real name only appears in the sign-off `— Ola x`.
- Spoken and oddly typed numbers: `oh seven seven double oh, nine double oh, three one seven`,
  `07700 900 145`, `07700900781`; NHS numbers read out (`999 412 3459`) and read off a card in captions
  (`999 604 1174`); NI numbers read aloud (`QQ 47 18 29 C`) and pasted in lower case
  (`zz 31 42 75 d`).
- Postcodes with odd spacing/case: `N17  6VK` (double space), `sl12qk` (lower case, no space) next to
  `SL1 2QK` in the pinned rules; registrations with and without the space (`LB67 QXT`, `RV21KQA`).
- Dates of birth in many shapes: a wrong DOB on a record (`fourth of November 1959`), `third of
  September 2008`, `2nd of February 1948`, `14.04.1955` in brackets, `2 March 1945` in a birthday
  corner, `14.02.2004` in a chat birthday post; meeting/export/transcription dates are look-alikes.
- URLs without a scheme (`example.net/jubilee-walk`, `www.example.org/hatters-pantry`), a handle on
  Instagram inside a caption (`@frontroomcircle`) and in a newsletter contact box.
- Places with personal detail: `Rolleston Estate` (grew up on the fourth floor), `Tiverley Estate`,
  `Wickham Vale` (same block as my nan), `Kellits`, `Adi Keyh`, `Pazarcık`, `Beanibazar`, `Tândărei`,
  `Datchet` (my aunty lives there), `Colnbrook` (my mum); big towns, boroughs and regions are
  look-alikes, and `Langley` appears only as a sat-nav mistake.
- Workplaces that are the groups themselves (`Lewisham Lifted`, `Yan Yana Women's Circle`, `Front Room
  Circle`, `Bokul Circle` next to the lower-case flower `bokul`, `Slough Sound Minds`, `Hatters
  Pantry`), church/mosque halls, a barbershop, food banks, GP practices, a pharmacy, a bakery written
  with a curly apostrophe (`Cresswell’s Bakery`), schools and an employer named in chat.
- Identifiers in metadata lines: the Teams title line, `started transcription`, the focus-group venue
  line and transcriber sign-off, the VTT NOTE, the Discord guild header, the newsletter byline and
  contact box.
"""


def write_readme(rows):
    per_file = Counter(r[0] for r in rows)
    per_kind = Counter(r[2] for r in rows)
    kinds = ["name", "workplace", "handle", "phone", "place", "postcode", "street_address",
             "date_of_birth", "email", "car_registration", "url", "nhs_number", "ni_number"]
    L = []
    L.append("This set is synthetic: every person, number, address, employer, venue, school and street "
             "in it is invented.")
    L.append("**Status: NOT scored yet.**")
    L.append("")
    L.append("# blind-az: UK mental-health peer-support groups, London and the South East")
    L.append("")
    L.append("Five synthetic transcripts in five real-world formats about what makes peer-support groups "
             "work (mutual support, shared identity, roles, ground rules, facilitation, the room) and "
             "its tensions, with planted personal identifiers. Theme: Lewisham, Tottenham, Croydon, "
             "Brixton, Luton and Slough; Caribbean, West African, Turkish, Kurdish, Bangladeshi, Eritrean "
             "and Roma members; church and mosque halls, barbershops and food banks; honorifics, Yoruba, "
             "Twi, Igbo, Tigrinya and Bengali names and slang nicknames. Written blind: the anonymity "
             "checker was never looked at.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | format | setting | words | label rows |")
    L.append("|---|---|---|---|---|")
    for f in C.LABEL_SPECS:
        fmt, setting = FORMATS[f]
        L.append("| `%s` | %s | %s | %d | %d |" % (f, fmt, setting, word_count(f), per_file[f]))
    L.append("")
    L.append("Other files: `labels.csv` (gold identifiers), `tricky.csv` (look-alikes that must not be "
             "flagged), `content.py` (all text and label specs), `build.py` (writes every file here, "
             "including this README), `verify_labels.py` (checks everything, prints PASS).")
    L.append("")
    L.append("Words: whitespace-separated tokens of all lines/paragraphs; for the .vtt only cue text and "
             "NOTE text (not `WEBVTT`, header fields, cue numbers, timing lines or `<v ...>` tags).")
    L.append("")
    L.append("## Label conventions")
    L.append("")
    L.append("- `labels.csv` has `file,line,kind,text`, one row per occurrence. `line` is the 1-based "
             "physical line for .txt and .vtt files, and the 1-based paragraph number for .docx "
             "(python-docx `Document.paragraphs`) and .odt (every `text:h` and `text:p` in document "
             "order, headings counted; there are no nested paragraphs, tables, frames or line breaks). "
             "The .docx has no headers, footers or tables and neutral core properties.")
    L.append("- `text` is the exact surface string. Every whole-word, case-sensitive occurrence "
             "(`(?<!\\w)text(?!\\w)`) of a labelled text in its file is an identifier and has a row; "
             "no label text is contained in another label text of the same file (case-insensitive); one "
             "kind per text per file. So each name is used in only one letter case per file.")
    L.append("- Names are single words: a full name gives two rows. Titles and honorifics (Aunty, Uncle, "
             "Pastor, Sister, Brother, Bro, Mr, Mrs) and a possessive `'s` are left out. Pseudonymous "
             "role labels (Facilitator, P1-P5, SSM Facilitator) and single initials (`R.`, `H.`, "
             "`uncle k`) are not labelled; full initials like `J.T.` are names. Hyphenated `Kerry-Ann` is "
             "one name.")
    L.append("- Handles are labelled without a leading `@` (so `@mr.slick07` and the speaker label "
             "`mr.slick07` share one label text). Street addresses include the house number when one is "
             "given (`27 Tressell Grove`), otherwise the street alone (`Pellow Parade`). Spoken "
             "numbers/dates are labelled as spoken.")
    L.append("- Kinds: name, place (village/small town/estate named with personal detail), workplace "
             "(employer, venue, school, GP practice, barbershop, the group's own name), street_address, "
             "postcode, phone, email, url, handle, date_of_birth, nhs_number, ni_number, "
             "car_registration.")
    L.append("- Safe values only: phones in Ofcom drama ranges (07700 900xxx, 01632 960xxx, 020 7946 "
             "0xxx), e-mail/URLs on example.org/.com/.net, NHS numbers starting 999 with a valid "
             "modulus-11 check digit, NI numbers with prefix QQ/ZZ, postcodes with a real outward code "
             "and an inward part containing C, I, K, M, O or V, registrations with I or Q among the last "
             "three letters. Real towns, villages and regions only; every person, employer, venue, "
             "school, street and estate is invented.")
    L.append("")
    L.append("## Totals per kind")
    L.append("")
    L.append("| kind | rows |")
    L.append("|---|---|")
    for k in kinds:
        L.append("| %s | %d |" % (k, per_kind.get(k, 0)))
    L.append("")
    L.append("Grand total: **%d** label rows (%d distinct texts); names are %d%% of rows. "
             "`tricky.csv`: %d look-alikes." % (
                 len(rows), len({(r[0], r[3]) for r in rows}), round(100.0 * per_kind["name"] / len(rows)),
                 len(C.TRICKY)))
    L.append("")
    L.append("Per file and kind:")
    L.append("")
    L.append("| kind | " + " | ".join(f[:2] for f in C.LABEL_SPECS) + " |")
    L.append("|---|" + "---|" * len(C.LABEL_SPECS))
    m = Counter((r[0], r[2]) for r in rows)
    for k in kinds:
        L.append("| %s (by file) | " % k + " | ".join(str(m[(f, k)]) for f in C.LABEL_SPECS) + " |")
    L.append("")
    L.append("## Hard cases planted")
    L.append("")
    L.append(HARD_CASES.rstrip())
    L.append("")
    L.append("## Look-alikes (`tricky.csv`)")
    L.append("")
    L.append("Helplines and their numbers (Samaritans 116 123, NHS 111, Shout 85258, 999), national "
             "charities (Mind), big towns, boroughs, regions and countries (Lewisham, Croydon, Luton, "
             "Sylhet, Eritrea, Kingston), languages and nationalities, a drug and dose (sertraline, "
             "50mg), meeting/export/transcription dates and timestamps, years, apps and devices "
             "(WhatsApp, Instagram, Galaxy A13, HALL-PC2), car models (Corolla, Zafira, golf), a public "
             "figure (Runa Laila), role labels (Facilitator, P1, SSM Facilitator), honorifics and single "
             "initials, pronoun and role tags in display names, and words that are names elsewhere "
             "(`Sunday` as a day, `comfort`, `patience`, `patient`, `hope`, `bokul`). Every look-alike "
             "really appears in its file outside any labelled span.")
    L.append("")
    L.append("## Rebuild and verify")
    L.append("")
    L.append("```")
    L.append("cd benchmarks/anonymity/blind-az")
    L.append(".venv/bin/python build.py          # rewrites transcripts, labels.csv, tricky.csv, README.md")
    L.append(".venv/bin/python verify_labels.py  # must print PASS")
    L.append("```")
    L.append("")
    L.append("`verify_labels.py` needs python-docx, odfpy, webvtt-py and english-words (all in the venv). "
             "Besides the label rules and safe values it sweeps every file for unlabelled e-mails, URLs, "
             "@handles, handle-like tokens, phone/NHS-like digit runs, spoken digit runs, postcode-, NI- "
             "and registration-like strings, unreviewed dates, capitalised words after honorifics or in "
             "credit lines, initials runs, speaker labels/caption voices, and any word that is not "
             "English, not part of a look-alike and not in its reviewed list.")
    with open(out("README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    build_docx(C.F1, C.TEAMS_PARAS)
    write_text(C.F2, C.FOCUS)
    write_text(C.F3, C.VTT)
    build_odt(C.F4, C.NEWS_PARAS)
    write_text(C.F5, C.DISCORD)
    rows = make_labels()
    make_tricky()
    write_readme(rows)
    per_file = Counter(r[0] for r in rows)
    per_kind = Counter(r[2] for r in rows)
    for f in C.LABEL_SPECS:
        print("%-36s words=%4d labels=%3d" % (f, word_count(f), per_file[f]))
    print("total label rows:", len(rows))
    for k, v in sorted(per_kind.items(), key=lambda kv: -kv[1]):
        print("  %-18s %d" % (k, v))
    print("tricky rows:", len(C.TRICKY))


if __name__ == "__main__":
    main()
