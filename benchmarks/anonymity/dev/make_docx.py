#!/usr/bin/env python3
"""Build wa04.docx from its plain-text draft: one paragraph per line.

Usage: python make_docx.py [draft] [out.docx]
Defaults: build/wa04_draft.src -> wa04.docx (paths relative to this script).
Needs python-docx (pip install python-docx).  Plain paragraphs only: no
tables, no tracked changes, no headers/footers; core properties are set to
neutral values so no author name leaks into the file metadata.
"""

import datetime
import os
import sys

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "build", "wa04_draft.src")
dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "wa04.docx")

with open(src, encoding="utf-8") as f:
    lines = f.read().rstrip("\n").split("\n")

d = docx.Document()
# python-docx's template contains no paragraphs; make sure of it.
for p in list(d.paragraphs):
    p._element.getparent().remove(p._element)
for line in lines:
    d.add_paragraph(line)
cp = d.core_properties
cp.author = "synthetic"
cp.last_modified_by = "synthetic"
cp.title = "Synthetic workshop transcript wa04"
cp.comments = "SYNTHETIC - every name, number and address is invented."
fixed = datetime.datetime(2024, 6, 8, 12, 0, 0)
cp.created = fixed
cp.modified = fixed
cp.revision = 1
d.save(dst)
print(f"wrote {dst} with {len(lines)} paragraphs")
