#!/usr/bin/env python3
"""Write a list of lines to a .docx file, one paragraph per line.
Usage: make_docx.py input.txt output.docx   (or import make_docx)."""
import sys
from docx import Document


def make_docx(lines, path):
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        make_docx(fh.read().splitlines(), sys.argv[2])
