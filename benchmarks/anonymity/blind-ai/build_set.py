"""Build the blind-ai benchmark set from sources.py.

Writes the five transcripts and labels.csv into this folder.
Run with:  python build_set.py
"""
import csv
import os
import re

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

import sources

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"⟦(\w+)\|(.*?)⟧")
KINDS = {
    "N": "name", "P": "place", "W": "workplace", "S": "street_address",
    "PC": "postcode", "PH": "phone", "E": "email", "U": "url", "H": "handle",
    "D": "date_of_birth", "NHS": "nhs_number", "NI": "ni_number",
    "CAR": "car_registration",
}

FILES = {
    "text": [
        ("01_commissioning_zoom_chat.txt", sources.ZOOM),
        ("03_dads_group_writeup.md", sources.MD),
        ("04_veterans_phone_interview.txt", sources.PHONE),
    ],
    "xlsx": ("02_brothers_group_transcription.xlsx", sources.XLSX),
    "docx": ("05_womens_circle_feedback.docx", sources.DOCX),
}


def strip(s, fname, line, labels):
    """Remove markup from s, appending (file, line, kind, text) for each mark."""
    for m in MARK.finditer(s):
        labels.append((fname, line, KINDS[m.group(1)], m.group(2)))
    return MARK.sub(lambda m: m.group(2), s)


def build_text(fname, src, labels):
    out = []
    for i, raw in enumerate(src.split("\n")[:-1] if src.endswith("\n") else src.split("\n"), start=1):
        out.append(strip(raw, fname, i, labels))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def build_xlsx(fname, src, labels):
    wb = Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws.append(["start", "end", "speaker", "text"])
    for c in ws[1]:
        c.font = Font(bold=True)
    row = 1
    for raw in src.strip("\n").split("\n"):
        row += 1
        cells = [strip(part.strip(), fname, row, labels) for part in raw.split("||")]
        assert len(cells) == 4, raw
        ws.append([c if c else None for c in cells])
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 110
    wb.properties.creator = "transcription export"
    wb.save(os.path.join(HERE, fname))


def build_docx(fname, src, labels):
    doc = Document()
    doc.core_properties.author = "evaluation team"
    doc.core_properties.title = "Feedback forms (translated)"
    n = 0
    for raw in src.strip("\n").split("\n"):
        style, text = raw.split(":: ", 1)
        n += 1
        text = strip(text, fname, n, labels)
        if style == "T":
            doc.add_heading(text, level=1)
        elif style == "H2":
            doc.add_heading(text, level=2)
        elif style == "Q":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        else:
            p = doc.add_paragraph(text)
    doc.save(os.path.join(HERE, fname))
    # sanity: paragraph numbering must match the source order
    check = Document(os.path.join(HERE, fname))
    assert len(check.paragraphs) == n, (len(check.paragraphs), n)


def main():
    labels = []
    for fname, src in FILES["text"]:
        build_text(fname, src, labels)
    build_xlsx(*FILES["xlsx"], labels)
    build_docx(*FILES["docx"], labels)
    order = ["01_commissioning_zoom_chat.txt", "02_brothers_group_transcription.xlsx",
             "03_dads_group_writeup.md", "04_veterans_phone_interview.txt",
             "05_womens_circle_feedback.docx"]
    labels.sort(key=lambda r: (order.index(r[0]), r[1]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(labels)
    print(f"built {len(order)} files, {len(labels)} label rows")


if __name__ == "__main__":
    main()
