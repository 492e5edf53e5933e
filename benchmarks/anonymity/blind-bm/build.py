#!/usr/bin/env python
"""Rebuild the blind anonymity benchmark set from the marked-up sources in src/.

Every planted identifier is written in the sources as [[kind|text]]. This script strips the
markup, writes the five transcripts, and writes labels.csv with one row per marked occurrence
(file, line, kind, text). It also writes tricky.csv from src/tricky.py and README.md (tables computed from the labels).

Run from anywhere:  python build.py   (needs python-docx and openpyxl)
All paths are relative to this script's folder.
"""
import csv
import re
import sys

sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from src import zoom, focus, otter, vtt, xlsx, tricky  # noqa: E402

KINDS = {
    "n": "name", "p": "place", "w": "workplace", "s": "street_address", "pc": "postcode",
    "ph": "phone", "e": "email", "u": "url", "h": "handle", "d": "date_of_birth",
    "nhs": "nhs_number", "ni": "ni_number", "car": "car_registration",
}
MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]")

FILES = {
    "zoom": "01_perinatal_zoom_chat.txt",
    "focus": "02_fishing_focus_group.docx",
    "otter": "03_care_leavers_otter.txt",
    "vtt": "04_hoarding_meet_captions.vtt",
    "xlsx": "05_steering_group_action_log.xlsx",
}


def strip(marked):
    """Return (plain text, [(kind, text), ...]) for one line / paragraph / cell."""
    found = []

    def repl(m):
        kind = KINDS[m.group(1)]
        found.append((kind, m.group(2)))
        return m.group(2)

    return MARK.sub(repl, marked), found


def text_file(name, marked, tab_prefix=False):
    rows, out = [], []
    for i, line in enumerate(marked.split("\n"), start=1):
        if tab_prefix and line.startswith("> "):
            line = "\t" + line[2:]
        plain, found = strip(line)
        out.append(plain)
        rows += [(name, i, k, t) for k, t in found]
    # drop the trailing empty line produced by the closing triple quote, keep a final newline
    while out and out[-1] == "":
        out.pop()
    (HERE / name).write_text("\n".join(out) + "\n", encoding="utf-8")
    return rows


def build_docx(name):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    rows, n = [], 0

    def add_par(style, marked):
        nonlocal n
        plain, found = strip(marked)
        if style:
            doc.add_paragraph(plain, style=style)
        else:
            doc.add_paragraph(plain)
        n += 1
        rows.extend((name, n, k, t) for k, t in found)

    for _, style, text in focus.BEFORE:
        add_par(style, text)

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for j, h in enumerate(focus.HEADER):
        hdr[j].text = h
        for r in hdr[j].paragraphs[0].runs:
            r.bold = True
        n += 1
    for spk, text in focus.ROWS:
        cells = table.add_row().cells
        for j, marked in enumerate((spk, text)):
            plain, found = strip(marked)
            cells[j].text = plain
            n += 1
            rows.extend((name, n, k, t) for k, t in found)

    for _, style, text in focus.AFTER:
        add_par(style, text)

    for p in doc.paragraphs:
        for r in p.runs:
            r.font.size = Pt(11)
    doc.core_properties.author = "TRA transcription"
    doc.core_properties.title = "Focus group transcript"
    doc.save(HERE / name)
    return rows


def build_xlsx(name):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    rows = []
    for title, sheet in xlsx.SHEETS:
        ws = wb.create_sheet(title)
        for r, cells in enumerate(sheet, start=1):
            for c, marked in enumerate(cells, start=1):
                plain, found = strip(marked)
                cell = ws.cell(row=r, column=c, value=plain)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                rows.extend((name, r, k, t) for k, t in found)
        widths = [12, 16, 60, 50, 12] if title == "Action log" else [16, 20, 34, 50]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        hdr_row = 3 if title == "Action log" else 1
        for cell in ws[hdr_row]:
            cell.font = Font(bold=True)
    wb.save(HERE / name)
    return rows


SETTINGS = {
    FILES["zoom"]: ("Zoom saved chat (.txt): `HH:MM:SS From X to Y:` header line, tab-indented message, "
                    "direct messages, reactions, replies",
                    "perinatal peer group (Penzance / Isles of Scilly), online evening session"),
    FILES["focus"]: ("agency-typed focus group (.docx): metadata paragraphs, two-column table "
                     "(Speaker, Text) with codes MOD/P1-P6, participant list at end",
                     "men in fishing, upstairs room of a pub in Porthleven"),
    FILES["otter"]: ("Otter.ai export (.txt): title/date header, SUMMARY KEYWORDS, SPEAKERS, "
                     "speaker name + time alone on a line, speech below, Otter footer",
                     "young people leaving care, Camborne"),
    FILES["vtt"]: ("Google Meet captions (.vtt): `<v Name>` voice tags, long multi-line cues",
                   "hoarding-disorder peer group, Bodmin area, hybrid (one member via a venue account)"),
    FILES["xlsx"]: ("steering-group action log (.xlsx): sheet `Action log` (Date, Raised by, Issue, Action, "
                    "Owner) plus a small `Contacts` sheet",
                    "network steering group with commissioners: fishing, perinatal, care leavers, hoarding, "
                    "farming (moorland estate) and Scilly"),
}

HARD_CASES = """\
- **Lower-case names in chat**: `bryony`, `alfie` (a baby), `dr hendry`; Zoom display names that are not names
  (`iPhone`, `Facilitator - K`) next to ones that are (`Dawn's iPad`, `Małgorzata W.`).
- **Names that are ordinary words**, with the ordinary word in another case in the same file (listed in tricky.csv):
  Dawn / dawn, Sky / sky, Will / will, Couch / couch (a surname; the hoarder "not sat on my own couch"),
  Cliff / cliff path; group names Kitchen Table / kitchen table and Sorted / sorted. `Cliff Richard` (public figure)
  appears in another file than the labelled `Cliff`.
- **Nicknames and variants**: Tiddler, Gosia (for Małgorzata), Abdi; `Zoë` in the display name but `Zoe` typed
  in messages and the sign-off; `Jānis` in the participant list but `Janis` typed in the table.
- **Surnames alone and after titles**: old Nancarrow, "Tiddler" Rowe, Dr Tregenza's wife, Mrs Carveth, Ms Oduya,
  Mr Hocking, Mr Pearce, Cllr Blewett; plural possessive `the Hinds' boy`.
- **Initials**: J.T. and S.K. (dotted), KH (undotted) in a spreadsheet; single trailing initials (Meg T, Tom R,
  Zoë T., Facilitator - K) are not labelled.
- **Speaker labels**: Zoom From/To lines, Otter speaker lines and the SPEAKERS header, `<v Name>` tags, and a
  venue as a speaker (`<v Fore Vale Community Room>`: a hybrid member speaking through the room's account).
  Pseudonymous labels (MOD, P1-P6, Speaker 2, Chair, Perinatal facilitator) are left unlabelled.
- **Spoken or mangled numbers**: phone as caption words `oh one six three two nine six oh one two seven`, Otter
  grouping `077009 00418`, `+44 7700 900 385`; email dictated as `pasty_girl_04 at example dot com`; dates of birth
  `ninth of March 2006`, `2nd of June 1931`, a birthday without a year `2nd of August`.
- **Odd layouts of structured values**: postcode with a double space `TR13  9KM`; car registration with no space
  `WF19QKE`; an NHS number pasted alone into chat by mistake; NI numbers read aloud from a phone and from a letter,
  and one pasted into a steering-group issue cell; a date of birth in the same dd/mm/yyyy format as the meeting dates
  in the Date column.
- **Identifiers in headers, metadata and sign-offs**: venue and village in the docx metadata paragraph, group name
  in the Otter title line, `Kept by KH` in the workbook title row, `Zoe x` sign-off, group URL with a query
  string, URL without scheme `www.example.com/...`, handles containing dots (`@penwith.mum.diaries`,
  `@kitchen.table.kernow`).
- **Places only when personal**: villages/estates tied to a person (Bryher, Mousehole, St Buryan, Heamoor,
  Porthleven, Cadgwith, Mullion, Carn Ruth estate, Praze-an-Beeble, Lanivet, Hendra Downs estate, St Agnes) are
  labelled; towns and cities used generally (Penzance, Helston, Plymouth, Barnstaple, Camborne, Gdańsk, Liepāja) are
  tricky.
- **Workplaces** include the groups' own names, a boat (Kerris Rose), a pub, a GP surgery, a dairy, a school, a gym, a
  holiday park, a letting agent, a removals firm, a garage, a cattle market and the transcription agency.
"""


def make_readme(labels):
    import verify_labels as v
    per_file = {f: sum(1 for r in labels if r[0] == f) for f in FILES.values()}
    per_kind = {}
    for r in labels:
        per_kind[r[2]] = per_kind.get(r[2], 0) + 1
    lines = [
        "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.",
        "**Status: NOT scored yet.**",
        "",
        "# Blind anonymity benchmark: Devon, Cornwall and the Isles of Scilly peer-support groups",
        "",
        "Five synthetic transcripts of UK mental-health peer-support groups (members, facilitators and commissioners",
        "talking about mutual support, shared identity, taking on roles, ground rules, facilitation, the room, and the",
        "tensions), each in a different real-world format, with personal identifiers planted the way people actually",
        "say and type them. The set was written blind: the author never looked at the checker it is meant to test.",
        "",
        "| File | Format | Setting | Words | Label rows |",
        "|---|---|---|---|---|",
    ]
    for key in ("zoom", "focus", "otter", "vtt", "xlsx"):
        f = FILES[key]
        wc = v.word_count(f, v.read_lines(f))
        fmt, setting = SETTINGS[f]
        lines.append(f"| `{f}` | {fmt} | {setting} | {wc} | {per_file[f]} |")
    lines.append(f"| **Total** | | | | **{len(labels)}** |")
    lines += [
        "",
        "Words = whitespace-separated tokens containing at least one letter (timestamps, cue arrows and numbers",
        "alone are not counted; the VTT header block is skipped).",
        "",
        "## Files",
        "",
        "- the five transcripts above (the only files a checker should be pointed at);",
        "- `labels.csv` (`file,line,kind,text`): the answer key, one row per occurrence;",
        "- `tricky.csv` (`file,text,why`): look-alikes that really occur in the transcripts and must NOT be flagged;",
        "- `build.py` + `src/`: marked-up sources (`[[kind|text]]`) that regenerate the transcripts, labels.csv,",
        "  tricky.csv and this README. `src/` is also an answer key: keep it away from the checker;",
        "- `verify_labels.py`: checks every rule below and prints PASS.",
        "",
        "## Label conventions",
        "",
        "- `line` is the 1-based physical line for .txt and .vtt files; for the .docx it is the 1-based number of",
        "  the paragraph counting every paragraph (`w:p`) in document order, including the paragraphs inside the",
        "  table cells where the table stands (header row, then row by row, Speaker cell then Text cell). Paragraphs",
        "  1-5 before the table are numbered exactly as python-docx `Document.paragraphs`; the table occupies",
        "  paragraphs 6-55 and the participant list follows. For the .xlsx, `line` is the row number within its own",
        "  sheet; no label text occurs on the same row number in both sheets.",
        "- `text` is the exact surface string. Every whole-word, case-sensitive occurrence `(?<!\\w)text(?!\\w)` of",
        "  a labelled text in its file is an identifier and has its own row (a text occurring twice on a line has",
        "  two rows).",
        "- No label text is contained in another label text of the same file (case-insensitive), and each text has",
        "  one kind per file.",
        "- Names are single words: a full name gives two rows; titles (Mr, Mrs, Ms, Dr, Cllr) and a possessive `'s`",
        "  are left out. Full initials (J.T., S.K., KH) are names; single initials (the T in `Meg T`) and pseudonymous",
        "  role labels (MOD, P3, Speaker 2, Facilitator - K, Chair) are not labelled.",
        "- place = a village, hamlet, island or estate named together with personal detail (where someone lives,",
        "  grew up or comes from); towns and cities mentioned generally are not labelled.",
        "- workplace = employer, venue, school, GP practice, pub, gym, club, boat or the group's own name.",
        "- street_address = house/flat/unit number plus street (town and postcode are separate labels).",
        "- Safe values only: phones in Ofcom drama ranges; emails and URLs on example.org/.com/.net; NHS numbers",
        "  starting 999 with a valid modulus-11 check digit; NI numbers with prefix QQ or ZZ; postcodes with a real",
        "  outward code and an inward part containing C, I, K, M, O or V; car registrations with I or Q among the",
        "  last three letters.",
        "",
        "## Totals per kind",
        "",
        "| Kind | Rows |",
        "|---|---|",
    ]
    for k, n in sorted(per_kind.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {n} |")
    lines.append(f"| **all** | **{len(labels)}** |")
    lines += [
        "",
        f"tricky.csv has {len(tricky.TRICKY)} look-alikes (helplines, national charities, hospitals, towns and",
        "cities, years, meeting and transcription dates, apps, public figures, role labels, timestamps, and the",
        "ordinary-word twins of labelled names).",
        "",
        "## Hard cases planted",
        "",
        HARD_CASES,
        "## Rebuild and verify",
        "",
        "From this folder (python-docx and openpyxl needed; the project's `.venv/bin/python` has them, i.e.",
        "`../../../.venv/bin/python` from here):",
        "",
        "```",
        "python build.py            # rewrites the 5 transcripts, labels.csv, tricky.csv and README.md from src/",
        "python verify_labels.py    # must print PASS",
        "```",
        "",
        "`verify_labels.py` checks: the synthetic notice opens every file; each label text is on its line, with one",
        "row per whole-word occurrence and no unlabelled occurrence anywhere in the file; containment and one kind",
        "per text; names single words with no possessive or lone initial; safe values for every structured kind;",
        "700-1000 words per transcript; 180-220 rows with about half names; tricky texts really occur outside labels",
        "and are not label texts; no row collisions across sheets; and sweeps for unlabelled identifier-like strings",
        "(emails, spoken emails, URLs, handles, phone and long numbers, spoken digit runs, postcodes, NI numbers, car",
        "registrations, numeric and spelled dates, street addresses, names after titles, speaker/author fields,",
        "participant-list names, capitalised non-ASCII words, and texts labelled in one file appearing unlabelled in",
        "another). Scripts use paths relative to this folder only.",
        "",
    ]
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    labels = []
    labels += text_file(FILES["zoom"], zoom.ZOOM, tab_prefix=True)
    labels += build_docx(FILES["focus"])
    labels += text_file(FILES["otter"], otter.OTTER)
    labels += text_file(FILES["vtt"], vtt.VTT)
    labels += build_xlsx(FILES["xlsx"])

    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(labels)

    with open(HERE / "tricky.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "text", "why"])
        for key, text, why in tricky.TRICKY:
            w.writerow([FILES[key], text, why])

    make_readme(labels)
    print(f"wrote {len(FILES)} transcripts, {len(labels)} label rows, {len(tricky.TRICKY)} tricky rows")


if __name__ == "__main__":
    main()
