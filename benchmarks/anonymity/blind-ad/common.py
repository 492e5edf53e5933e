"""Shared helpers for the blind-ad set: turn each transcript into numbered 'lines'.

Line numbering:
  .txt / .srt  -> physical lines of the file, counted from 1 (split on '\n').
  .odt / .docx -> top-level body blocks in document order, counted from 1.
                  Every paragraph (headings included) is one line; every table
                  row is one line whose text is its cells joined with ' | '
                  (each cell = its paragraphs joined with a single space).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["ad01.srt", "ad02.txt", "ad03.odt", "ad04.txt", "ad05.docx"]
SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."


def _odt_lines(path):
    from odf.opendocument import load
    from odf import teletype
    doc = load(path)
    out = []
    for node in doc.text.childNodes:
        tag = getattr(node, "qname", (None, None))[1]
        if tag in ("p", "h"):
            out.append(teletype.extractText(node))
        elif tag == "table":
            for row in node.getElementsByType(__import__("odf.table", fromlist=["TableRow"]).TableRow):
                cells = []
                for cell in row.childNodes:
                    if getattr(cell, "qname", (None, None))[1] != "table-cell":
                        continue
                    paras = [teletype.extractText(p) for p in cell.childNodes
                             if getattr(p, "qname", (None, None))[1] in ("p", "h")]
                    cells.append(" ".join(paras))
                out.append(" | ".join(cells))
    return out


def _docx_lines(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            t = Table(child, d)
            for row in t.rows:
                out.append(" | ".join(" ".join(p.text for p in c.paragraphs) for c in row.cells))
    return out


def doc_lines(name):
    """Return the list of lines (index 0 = line 1) for a transcript file name."""
    path = os.path.join(HERE, name)
    if name.endswith((".txt", ".srt")):
        with open(path, encoding="utf-8") as f:
            return f.read().split("\n")
    if name.endswith(".odt"):
        return _odt_lines(path)
    if name.endswith(".docx"):
        return _docx_lines(path)
    raise ValueError(name)
