#!/usr/bin/env python3
"""make_docx.py SRC.txt OUT.docx - one Word paragraph per line of SRC (blank lines skipped)."""
import sys
from docx import Document

def make(src, out):
    doc = Document()
    for line in open(src, encoding="utf-8").read().splitlines():
        if line.strip():
            doc.add_paragraph(line)
    doc.save(out)

if __name__ == "__main__":
    make(sys.argv[1], sys.argv[2])
