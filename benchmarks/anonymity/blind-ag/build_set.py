#!/usr/bin/env python3
"""Build the blind-ag benchmark set from the marked-up sources in src/.

Markup: [[kind:surface text]]  (kind codes below). The markup is stripped to
produce the transcripts; labels.csv is then produced by scanning every line /
paragraph of the *built* text for every labelled surface string (whole-word,
case-sensitive), so every occurrence gets a row. As a guard against accidental
matches, the number of scanned occurrences of each text must equal the number
of marked-up occurrences.

Run with:  python build_set.py
"""
import csv
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

KINDS = {
    "n": "name", "pl": "place", "w": "workplace", "a": "street_address",
    "pc": "postcode", "ph": "phone", "em": "email", "u": "url", "h": "handle",
    "dob": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]")

# source file -> output file, format
FILES = [
    ("01_otter.src", "01_otter_womens_group_leicester.txt", "text"),
    ("02_shed_docx.src", "02_mens_shed_notes.docx", "docx"),
    ("03_teams.src", "03_teams_contract_review.vtt", "vtt"),
    ("04_email.src", "04_email_thread_hearing_voices.txt", "text"),
    ("05_minutes_odt.src", "05_carers_minutes.odt", "odt"),
]


def strip_marks(s, marks):
    """Strip markup from s, appending (kind, text) for each mark to marks."""
    def rep(m):
        code, text = m.group(1), m.group(2)
        if code not in KINDS:
            sys.exit(f"unknown kind code {code!r} in {s!r}")
        marks.append((KINDS[code], text))
        return text
    return MARK.sub(rep, s)


def occ_pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- VTT timing
def fmt_ts(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - h * 3600 - m * 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def retime_vtt(lines):
    """Give cues monotonic timings proportional to their length."""
    out = []
    t = 1.2
    i = 0
    while i < len(lines):
        line = lines[i]
        if "-->" in line:
            # payload = following non-blank lines
            j = i + 1
            words = 0
            while j < len(lines) and lines[j].strip():
                payload = re.sub(r"<[^>]+>", " ", lines[j])
                words += len(payload.split())
                j += 1
            dur = max(1.6, words / 2.7)
            start, end = t, t + dur
            out.append(f"{fmt_ts(start)} --> {fmt_ts(end)}")
            t = end + 0.45
        else:
            out.append(line)
        i += 1
    return out


# ------------------------------------------------------------- builders
def build_text(src_lines, fmt):
    marks = []
    out = [strip_marks(l, marks) for l in src_lines]
    if fmt == "vtt":
        out = retime_vtt(out)
    return out, marks


def parse_dsl(src_lines):
    """Return list of (style, text) for body paragraphs and list of rows."""
    body, rows = [], []
    marks = []
    for l in src_lines:
        if not l.strip():
            continue
        tag, _, rest = l.partition(": ")
        if tag in ("P", "H1", "H2", "LI"):
            body.append((tag, strip_marks(rest, marks)))
        elif tag == "TR":
            cells = [strip_marks(c.strip(), marks) for c in rest.split(" | ")]
            rows.append(cells)
        else:
            sys.exit(f"bad DSL line: {l!r}")
    return body, rows, marks


def write_docx(path, body, rows):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    cp.author = "Shed facilitator"
    cp.last_modified_by = "Shed facilitator"
    cp.title = "Session notes"
    cp.comments = ""
    for style, text in body:
        if style == "H1":
            doc.add_heading(text, level=1)
        elif style == "H2":
            doc.add_heading(text, level=2)
        else:
            p = doc.add_paragraph()
            # a few bracketed notes in italics, as in a typed-up notebook
            parts = re.split(r"(\[illegible\])", text)
            for part in parts:
                if not part:
                    continue
                r = p.add_run(part)
                if part == "[illegible]":
                    r.italic = True
    if rows:
        ncols = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=ncols)
        table.style = "Table Grid"
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                cell = table.cell(ri, ci)
                cell.text = row[ci] if ci < len(row) else ""
                if ri == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
                        r.font.size = Pt(9)
    doc.save(path)


def write_odt(path, body):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf import text as T, teletype
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    current_list = None
    for style, text in body:
        if style == "LI":
            if current_list is None:
                current_list = T.List()
                doc.text.addElement(current_list)
            item = T.ListItem()
            p = T.P()
            teletype.addTextToElement(p, text)
            item.addElement(p)
            current_list.addElement(item)
            continue
        current_list = None
        if style in ("H1", "H2"):
            el = T.H(outlinelevel=1 if style == "H1" else 2,
                     stylename=h1 if style == "H1" else h2)
        else:
            el = T.P()
        teletype.addTextToElement(el, text)
        doc.text.addElement(el)
    doc.save(path)


# ------------------------------------------------------------- labelling
def label_units(fname, units, marks):
    """units: list of strings (line n / paragraph n is units[n-1])."""
    kinds = OrderedDict()
    for kind, text in marks:
        if text in kinds and kinds[text] != kind:
            sys.exit(f"{fname}: {text!r} marked as {kinds[text]} and {kind}")
        kinds[text] = kind
    marked = Counter(t for _, t in marks)
    rows = []
    found = Counter()
    for ln, unit in enumerate(units, 1):
        hits = []
        for text, kind in kinds.items():
            for m in occ_pattern(text).finditer(unit):
                hits.append((m.start(), kind, text))
        for pos, kind, text in sorted(hits):
            rows.append((fname, ln, kind, text))
            found[text] += 1
    bad = {t: (marked[t], found[t]) for t in kinds if marked[t] != found[t]}
    if bad:
        for t, (a, b) in bad.items():
            print(f"  {fname}: {t!r} marked {a}x but occurs {b}x")
        sys.exit("unmarked / accidental occurrences - fix the source")
    return rows


def main():
    all_rows = []
    for src, out, fmt in FILES:
        with open(os.path.join(SRC, src), encoding="utf-8") as f:
            src_lines = f.read().rstrip("\n").split("\n")
        path = os.path.join(HERE, out)
        if fmt in ("text", "vtt"):
            lines, marks = build_text(src_lines, fmt)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
            units = lines
        else:
            body, rows, marks = parse_dsl(src_lines)
            if fmt == "docx":
                write_docx(path, body, rows)
                units = [t for _, t in body] + [c for r in rows for c in r]
            else:
                if rows:
                    sys.exit("tables not supported in odt sources")
                write_odt(path, body)
                units = [t for _, t in body]
        rows_ = label_units(out, units, marks)
        all_rows.extend(rows_)
        print(f"{out}: {len(rows_)} label rows")
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(all_rows)
    print(f"total label rows: {len(all_rows)}")
    print(Counter(r[2] for r in all_rows))


if __name__ == "__main__":
    main()
