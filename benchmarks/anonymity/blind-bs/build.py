#!/usr/bin/env python
"""Build the blind-bs anonymity benchmark set from the marked-up sources in src/.

Each src/<output-name>.src file holds the transcript text with every planted
identifier wrapped as [[kind:surface text]].  This script strips the markup,
writes the real-world file (.txt, .vtt, .docx, .xlsx), and writes labels.csv
(one row per occurrence) and README.md.  It refuses to write anything if a
labelled text also occurs somewhere unmarked, if a text has two kinds, or if
one label text is contained in another label text of the same file.

Run from this folder:  python build.py   (needs python-docx and openpyxl)
All paths are relative to this script's folder.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

KINDS = {
    "n": "name", "pl": "place", "wp": "workplace", "st": "street_address",
    "pc": "postcode", "ph": "phone", "em": "email", "url": "url", "h": "handle",
    "dob": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}
KIND_ORDER = ["name", "place", "workplace", "street_address", "postcode", "phone",
              "email", "url", "handle", "date_of_birth", "nhs_number", "ni_number",
              "car_registration"]
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

FILES = [
    ("bs01_interview_sikh_mens_circle.docx",
     "Word transcript (.docx), Interviewer:/Participant: labels, footer with transcriber",
     "Sikh men's peer-support circle, Smethwick; one member interviewed"),
    ("bs02_teams_chat_ed_peer_group.txt",
     "Microsoft Teams chat export (.txt), [dd/mm/yyyy hh:mm] Name + > quoted replies",
     "Eating-disorder peer group, Redditch and the Wyre Forest; facilitators, volunteer, commissioner"),
    ("bs03_sonix_muslim_mens_focus_group.txt",
     "Sonix .txt export, `Speaker: [hh:mm:ss] text`, export header with link",
     "Muslim men's peer group, Walsall; focus group of members"),
    ("bs04_youtube_autocaptions_lgbtq_youth.vtt",
     "YouTube auto-captions .vtt (lower case, no punctuation, >> speaker changes)",
     "LGBTQ+ youth club, Nuneaton; young people and youth workers in an uploaded video"),
    ("bs05_nvivo_coding_refuge_alumni.xlsx",
     "NVivo coding export (.xlsx), sheets Coding Summary (Reference, Source, Speaker, Text, Node) + Cases",
     "Women's refuge alumni group, Dudley/Stourbridge/Kinver; interviews and a focus group"),
]


def parse_markup(line):
    """Return (plain text, [(start, end, kind, text)])."""
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        cur += len(line[pos:m.start()])
        kind = KINDS[m.group(1)]
        text = m.group(2)
        spans.append((cur, cur + len(text), kind, text))
        out.append(text)
        cur += len(text)
        pos = m.end()
    out.append(line[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        raise SystemExit("unparsed markup: %r" % line)
    return plain, spans


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- units
# A unit is one countable "line": (line_no, sheet, plain, spans)

def units_plain_text(lines):
    units = []
    for i, raw in enumerate(lines, 1):
        plain, spans = parse_markup(raw)
        units.append((i, None, plain, spans))
    return units


def build_txt(name, raw_lines):
    units = units_plain_text(raw_lines)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(u[2] for u in units) + "\n")
    words = sum(len(u[2].split()) for u in units)
    return units, words


def fmt_ts(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def build_vtt(name, raw_lines):
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    units = []
    t = 0.0
    words = 0
    for raw in raw_lines:
        plain, spans = parse_markup(raw)
        n = len(plain.split())
        words += n
        dur = 0.9 + 0.36 * n
        out.append("%s --> %s align:start position:0%%" % (fmt_ts(t), fmt_ts(t + dur)))
        out.append(plain)
        units.append((len(out), None, plain, spans))
        out.append("")
        t += dur + 0.03
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    return units, words


def build_docx(name, raw_lines):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = "Transcription team"
    d.core_properties.last_modified_by = "Transcription team"
    d.core_properties.title = "Interview 04"
    d.core_properties.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    units = []
    footer_plain = None
    words = 0
    n = 0
    for raw in raw_lines:
        if raw.startswith("@footer:"):
            footer_plain, _ = parse_markup(raw[len("@footer:"):].strip())
            continue
        heading = raw.startswith("## ")
        if heading:
            raw = raw[3:]
        plain, spans = parse_markup(raw)
        if heading:
            d.add_heading(plain, level=1)
        else:
            p = d.add_paragraph()
            m = re.match(r"^(Interviewer|Participant):", plain)
            if m:
                p.add_run(m.group(0)).bold = True
                p.add_run(plain[m.end():])
            else:
                p.add_run(plain)
        n += 1
        units.append((n, None, plain, spans))
        words += len(plain.split())
    if footer_plain:
        d.sections[0].footer.paragraphs[0].text = footer_plain
    d.save(os.path.join(HERE, name))
    # sanity: paragraph numbering as python-docx sees it
    d2 = docx.Document(os.path.join(HERE, name))
    assert [p.text for p in d2.paragraphs] == [u[2] for u in units]
    return units, words, footer_plain


def build_xlsx(name, raw_lines):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "NVivo"
    wb.properties.lastModifiedBy = "NVivo"
    units = []
    words = 0
    ws = None
    row = 0
    for raw in raw_lines:
        if raw.startswith("@sheet:"):
            ws = wb.create_sheet(raw[len("@sheet:"):].strip())
            row = 0
            continue
        row += 1
        cells = raw.split(" || ")
        plains, spans_all = [], []
        offset = 0
        for c in cells:
            plain, spans = parse_markup(c)
            plains.append(plain)
            spans_all += [(a + offset, b + offset, k, t) for a, b, k, t in spans]
            offset += len(plain) + 1
        for j, v in enumerate(plains, 1):
            cell = ws.cell(row=row, column=j, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if ws.title == "Coding Summary" and row == 3 or ws.title == "Cases" and row == 1:
                cell.font = Font(bold=True)
            words += len(v.split())
        units.append((row, ws.title, "\t".join(plains), spans_all))
    for w in wb.worksheets:
        for col, width in zip("ABCDE", (26, 44, 18, 90, 40)):
            w.column_dimensions[col].width = width
    wb.save(os.path.join(HERE, name))
    return units, words


# ---------------------------------------------------------------- checks

def check_file(name, units):
    errors = []
    kinds = {}
    for _, _, _, spans in units:
        for a, b, k, t in spans:
            if kinds.setdefault(t, k) != k:
                errors.append("%s: %r has two kinds (%s, %s)" % (name, t, kinds[t], k))
    texts = sorted(kinds)
    for t1 in texts:
        for t2 in texts:
            if t1 != t2 and t1.lower() in t2.lower():
                errors.append("%s: label %r contained in label %r" % (name, t1, t2))
            if t1 != t2 and t1.lower() == t2.lower():
                errors.append("%s: %r and %r differ only in case" % (name, t1, t2))
    for line, sheet, plain, spans in units:
        marked = {(a, b, t) for a, b, k, t in spans}
        for t in texts:
            for m in word_re(t).finditer(plain):
                if (m.start(), m.end(), t) not in marked:
                    errors.append("%s line %s%s: unmarked occurrence of %r" % (
                        name, line, " [%s]" % sheet if sheet else "", t))
        for a, b, k, t in spans:
            if plain[a:b] != t:
                errors.append("%s: span mismatch %r" % (name, t))
            if (a > 0 and re.match(r"\w", plain[a - 1])) or (b < len(plain) and re.match(r"\w", plain[b])):
                errors.append("%s line %s: %r is not a whole-word occurrence" % (name, line, t))
    # multi-sheet: a label text may not sit on the same row number in two sheets
    seen = defaultdict(set)
    for line, sheet, plain, spans in units:
        for a, b, k, t in spans:
            seen[(line, t)].add(sheet)
    for (line, t), sheets in seen.items():
        if len(sheets) > 1:
            errors.append("%s: %r on row %s of sheets %s" % (name, t, line, sorted(sheets)))
    # also: any occurrence of a label text on row r of another sheet
    if any(u[1] for u in units):
        by_row = defaultdict(list)
        for line, sheet, plain, spans in units:
            by_row[line].append((sheet, plain))
        for (line, t), sheets in seen.items():
            for sheet, plain in by_row[line]:
                if sheet not in sheets and word_re(t).search(plain):
                    errors.append("%s: %r also on row %s of sheet %s" % (name, t, line, sheet))
    return errors


def main():
    all_rows = []
    stats = []
    errors = []
    footers = {}
    for name, fmt, setting in FILES:
        with open(os.path.join(SRC, name + ".src"), encoding="utf-8") as f:
            raw_lines = f.read().rstrip("\n").split("\n")
        ext = name.rsplit(".", 1)[1]
        if ext == "txt":
            units, words = build_txt(name, raw_lines)
        elif ext == "vtt":
            units, words = build_vtt(name, raw_lines)
        elif ext == "docx":
            units, words, footers[name] = build_docx(name, raw_lines)
        elif ext == "xlsx":
            units, words = build_xlsx(name, raw_lines)
        errors += check_file(name, units)
        if units[0][2].split("\t")[0] != SYNTH:
            errors.append("%s: first unit is not the synthetic notice" % name)
        rows = []
        for line, sheet, plain, spans in units:
            for a, b, k, t in sorted(spans):
                rows.append((name, line, k, t))
        all_rows += rows
        stats.append((name, fmt, setting, words, len(rows), Counter(r[2] for r in rows)))
        if not 700 <= words <= 1000:
            errors.append("%s: %d words" % (name, words))
    if errors:
        print("\n".join(errors))
        raise SystemExit("BUILD FAILED (%d problems)" % len(errors))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(all_rows)
    write_readme(stats, all_rows, footers)
    for s in stats:
        print("%-45s words=%4d rows=%3d" % (s[0], s[3], s[4]))
    tot = Counter(r[2] for r in all_rows)
    print("total rows", len(all_rows), dict(tot))


README_TEMPLATE = """This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.
**Status: NOT scored yet.**

# blind-bs – West Midlands / Black Country peer-support transcripts (blind anonymity benchmark)

Five synthetic transcripts from UK mental-health peer-support groups (a Sikh men's circle in Smethwick, an
eating-disorder peer group around Redditch and the Wyre Forest, a Muslim men's group in Walsall, an LGBTQ+ youth
club in Nuneaton, and a women's refuge alumni group around Dudley, Stourbridge and Kinver). Members, facilitators and
commissioners talk about mutual support, shared identity, taking on roles, ground rules, facilitation, the room and the
tensions (stigma, confidentiality in small communities, funding and monitoring). Identifiers are planted the way
people really say or type them. The set was written blind: the checker it is meant to test was never looked at.

## Files

| file | format | setting | words | label rows |
|---|---|---|---:|---:|
{file_table}
| **total** | | | {total_words} | {total_rows} |

Other files: `labels.csv` (gold labels), `tricky.csv` (look-alikes that must NOT be flagged), `src/*.src` (marked-up
sources), `build.py` (builds everything above from `src/`), `verify_labels.py` (checks the rules below).

Word counts: whitespace-separated tokens of the text content (all lines of a .txt; cue text only for the .vtt, not the
header or timing lines; body paragraphs for the .docx; every cell of every sheet for the .xlsx).

## Label conventions (`labels.csv`: `file,line,kind,text`)

* One row per occurrence. If a text occurs twice on one line there are two identical rows.
* `line` = 1-based physical line for .txt and .vtt (counting the `WEBVTT`, `Kind:`, `Language:`, timing and blank lines);
  paragraph number in python-docx `Document.paragraphs` order (heading included) for .docx; 1-based row number within
  its own sheet for .xlsx. The workbook has two sheets (`Coding Summary`, `Cases`); no label text occurs on the same row
  number in both.
* `text` is the exact surface string. Every whole-word, case-sensitive occurrence `(?<!\\w)text(?!\\w)` of a labelled
  text in its file is an identifier and has a row; no label text is contained in another label text of the same file
  (case-insensitive), so the same name never appears in two spellings that differ only by case in one file; one kind
  per text per file.
* Names are single words: a full name gives two rows (`Siân` + `Pritchard`); hyphenated and apostrophe names (`Kerry-Ann`,
  `o'driscoll`) and full initials (`J.T.`, `D.W.`, `A.K.`) are one word. Titles (Mr, Mrs, Dr, Imam, Abu, uncle, miss) and
  a possessive `'s` are left out of the text.
* Not labelled: role and pseudonymous labels (Interviewer, Participant, P04, P2, Speaker 2, Facilitator, Participant 4),
  single initials (`R.`, `L.`), big towns and cities, regions, national helplines and charities, public figures,
  meeting dates and times (see `tricky.csv`).
* `place` = a village, small town or estate named together with a personal detail (where someone lives, grew up,
  moved to, drinks). Large towns (Dudley, Walsall, Smethwick, Nuneaton, Redditch, Halesowen, Stourbridge …) are
  treated as look-alikes.
* `workplace` covers employers, venues, schools, GP practices, pubs, gyms, clubs, wards and the groups' own names.
* `street_address` is the street part (with house/unit number where given); a postcode after it is a separate
  `postcode` row. Spoken identifiers (phone numbers, e-mails, URLs, NHS numbers, dates of birth) are labelled as the
  whole spoken string, e.g. `zero one two one, four nine six, zero eight eight three`.
* The .docx footer (section footer, not part of `Document.paragraphs`) repeats the transcriber's surname
  (`L. {footer_name}`); it has no paragraph number and so no row, and the same surname is labelled in the body
  paragraph that names the transcriber. `verify_labels.py` checks that everything identifier-like in the footer is
  a label text of that file.

## Totals per kind

| kind | rows |
|---|---:|
{kind_table}
| **total** | {total_rows} |

Distinct label texts: {distinct}.

## Hard cases planted

{hard_cases}

## Safe values

Phones only from the Ofcom drama ranges (07700 900xxx, 01632 960xxx, 0121 496 0xxx); e-mails and URLs only on
example.org/.com/.net (including sub-domains such as teams.example.com); NHS numbers start 999 and carry a valid
modulus-11 check digit; NI numbers start QQ or ZZ; postcodes use a real outward code (B66, B97, WS1, CV11, DY7, DY8)
with an inward part containing C, I, K, M, O or V; car registrations have I or Q among the last three letters. Every
person, employer, venue, school and street is invented; real towns, villages and estates are used as places.

## Rebuild and verify

Run from this folder (the project's interpreter is `.venv/bin/python` relative to the project root, i.e.
`../../../.venv/bin/python` from here; it has python-docx and openpyxl):

```
python build.py          # rewrites the 5 transcripts, labels.csv and README.md from src/*.src
python verify_labels.py  # must print PASS
```

`build.py` refuses to write if a labelled text also occurs unmarked, has two kinds, or is contained in another label
text. `verify_labels.py` reads only the built files, `labels.csv` and `tricky.csv`, and checks: the synthetic notice
opens every file; each label's text is on its line (and, for the workbook, on that row of exactly one sheet); every
whole-word occurrence of every label text is labelled (one row per occurrence); containment and one-kind rules; name
shape; safe values for every kind (spoken numbers are converted to digits first); 700–1000 words per file; at least 60
look-alikes in `tricky.csv`, each present in its file, not a label text and occurring outside any label; and a sweep
for unlabelled identifier-like strings (phone/NHS/NI/postcode/registration/e-mail/URL/handle/date patterns, spoken
digit runs, capitalised street and venue names, words after titles, and name/place/workplace labels of other files) that are neither labelled nor listed as tricky.
"""

HARD_CASES = [
    "Names as speaker labels: Teams display names in `SURNAME, First (Employer)` form (`WHITEHOUSE, Kerry-Ann (Wyre Valley Peer Partnership)`), so an all-caps surname and a workplace sit in every header line of that person; in the Sonix export one speaker was renamed with his full name (`Edin Hadžić:`) while the rest stay `Facilitator:` / `Speaker 2:` … and name themselves in their first turn (`Speaker 2: [00:00:19] Tariq. …`); NVivo `Speaker` column with `Facilitator (Bev)`.",
    "A Teams guest whose display name is an e-mail address (`r.okafor@example.com (Guest)`), an @-mention (`@Tomasz`), and quoted replies (`> dawn's back in Kingfisher Lodge …`, `> DOB 03/09/2006`) that repeat identifiers on a second line.",
    "Names that are ordinary words with the ordinary word in a different case in the same file: `Will` (name) vs `will delete` / `he will be`; `Joy` vs `much joy`; `Precious` vs `precious to me`; `Sunny` vs `a sunny day`. Across files: `sky` is a name in the captions while `Sky Sports` is a look-alike in the Sonix file; `Priory` is an estate in the workbook while `the Priory` (private hospital) is a look-alike in the Teams chat.",
    "Lower-case names in chat and captions (`dawn`, `bex`, `mags`, `dave`, `jaden`, `kai`, `noah`, `miss o'driscoll`, `mr hargreaves`), with auto-captions dropping the diaeresis (`zoe`).",
    "Nicknames and short forms (`Sukhi` for Sukhwinder, `Harry` for Harjinder, `Gaz`, `Bev`, `bex`, `mags`), a kunya (`Abu Zayd` – the name is Zayd), Punjabi `Kuldip uncle` (title after the name), names after titles (`Mr Sangha`, `Dr Okonjo`, `Imam Saleem`, `Mr Akhtar`, `Mrs Tromans`), surnames alone (`Sangha tells everyone everything`).",
    "Non-English names with diacritics: `Siân`, `Wiśniewski`, `Hadžić`, `Gökhan`, `Siobhán`; Irish surname `Breathnach`; hyphenated `Kerry-Ann`; caption `o'driscoll`.",
    "Initials: `J.T.` as a person's name (`Every group needs a J.T.`), attendance list of initials with scores that look like dates (`D.W. 3/6, M.O. 4/6`), and an ex-partner's initials `A.K.` in an interviewer note.",
    "Names inside metadata: a Sonix recording file name (`Imran's phone.m4a`), NVivo source names (`Internals\\Interviews\\Int01-Mandeep-Dudley`), the NVivo export user (`lbrettell`, a bare handle), a .docx transcriber line plus footer, a Teams `(Guest)` line.",
    "Spoken identifiers: a phone read in words with commas (`zero one two one, four nine six, zero eight eight three`), an NHS number in words from a pill box, a date of birth in words (`nineteenth of February nineteen seventy-one`), e-mail and URL in words (`sabr dot brothers at example dot org`, `aqy at example dot org`, `example dot org slash aqy`), a handle with `underscore`, and a caption phone number with YouTube's odd digit grouping (`077 009 00314`).",
    "Odd formatting: a double space inside a postcode (`B66  2VK`, `dy7  6km`), lower-case postcode and registration in chat (`b97 5oz`, `ye18 oiq`), NHS numbers both spaced and unspaced, NI with spaces, dates of birth as `03/09/2006`, `14.07.1983`, `2nd August 1968`, `12th of May 1990`, a long Teams meeting URL with percent-encoding, an export link in a Sonix header.",
    "Place names that are easy to miss or to over-flag: `Londonderry` (an estate in Smethwick, not the city), `Far Forest`, `Quarry Bank`, `Galley Common`, `Priory` (estate), next to look-alike towns (`Oldbury`, `West Brom`, `Halesowen`, `Stourbridge`) that are only mentioned in passing or as an area column.",
    "Workplaces with ordinary-looking names: the groups' own names (`Chardi Kala Circle` alongside the ordinary phrase `chardi kala`, `Sabr Brothers`, `anker queer youth`, `Lilac Door`), a ward (`Kingfisher Lodge`), a pub (`The Three Furnaces`), a gym café, a cash-and-carry, an academy and a primary school, in lower case in the captions.",
    "Leaks in the places real people leak them: the commissioner pasting an NHS number into the wrong Teams window after a deleted message, a volunteer posting her NI number for an expenses form, an interviewer note `moved to contact sheet` that still contains the mobile, an NVivo `Cases` sheet with DOB, NHS number and postcode, a participant reading his NI and NHS numbers out of a GP letter.",
    "Look-alikes kept unlabelled (see `tricky.csv`): helplines (Samaritans 116 123, Beat 0808 801 0677, Switchboard 0300 330 0630, Shout 85258, Childline 0800 1111), drugs and doses (sertraline 50mg, mirtazapine 15 milligrams), national charities (Mind, Beat, Slimming World), meeting dates (4 April, 28/03, Thursday 14th), years, role labels, apps, public figures, songs and brands (Chappell Roan, Mundian To Bach Ke, Villa, Sky Sports, Slimming World), cities and regions, ordinary words that are names elsewhere (`sunny`, `will`, `joy`, `precious`, `Priory` in the Teams chat).",
]


def write_readme(stats, rows, footers):
    file_table = "\n".join(
        "| `%s` | %s | %s | %d | %d |" % (n, fmt, setting, words, nrows)
        for n, fmt, setting, words, nrows, _ in stats)
    tot = Counter(r[2] for r in rows)
    kind_table = "\n".join("| %s | %d |" % (k, tot[k]) for k in KIND_ORDER)
    distinct = len({(r[0], r[3]) for r in rows})
    footer_name = ""
    for f in footers.values():
        if f:
            m = re.search(r"L\. (\S+)", f)
            footer_name = m.group(1) if m else ""
    text = README_TEMPLATE.format(
        file_table=file_table,
        total_words=sum(s[3] for s in stats),
        total_rows=len(rows),
        kind_table=kind_table,
        distinct=distinct,
        footer_name=footer_name,
        hard_cases="\n".join("* " + h for h in HARD_CASES),
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
