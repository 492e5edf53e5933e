"""Build so03.docx from src/so03.txt: one paragraph per line (python-docx)."""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
# remove the default empty paragraph if present
for p in list(doc.paragraphs):
    p._element.getparent().remove(p._element)
with open(os.path.join(HERE, "src", "so03.txt"), encoding="utf-8") as fh:
    for line in fh.read().rstrip("\n").split("\n"):
        doc.add_paragraph(line)
doc.save(os.path.join(HERE, "so03.docx"))
print("wrote so03.docx")
