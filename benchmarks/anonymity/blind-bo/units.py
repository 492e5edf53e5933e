"""Shared loader: split a transcript into numbered units as labels.csv counts them.

- .txt / .vtt / .srt : 1-based physical lines (one chunk per line)
- .docx             : python-docx Document.paragraphs, numbered from 1, headings counted
- .odt              : odfpy text:p / text:h elements in document order, numbered from 1
- .xlsx / .csv      : 1-based row number within its own sheet; each cell is a separate chunk
                      (rows of every sheet are returned; only one sheet carries identifiers)
"""
import csv
import os


def load_units(path, with_sheet=False):
    ext = os.path.splitext(path)[1].lower()
    units = []
    if ext in (".txt", ".vtt", ".srt"):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for i, line in enumerate(text.split("\n"), 1):
            units.append((i, [line.rstrip("\r")]))
    elif ext == ".docx":
        import docx
        d = docx.Document(path)
        for i, p in enumerate(d.paragraphs, 1):
            units.append((i, [p.text]))
    elif ext == ".odt":
        from odf.opendocument import load
        from odf import text as odftext, teletype
        doc = load(path)
        allel = []  # text:p and text:h in document order

        def walk(node):
            for ch in node.childNodes:
                if ch.qname in (odftext.P().qname, odftext.H().qname):
                    allel.append(ch)
                walk(ch)
        walk(doc.text)
        for i, p in enumerate(allel, 1):
            units.append((i, [teletype.extractText(p)]))
    elif ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for r, row in enumerate(ws.iter_rows(values_only=True), 1):
                cells = ["" if v is None else str(v) for v in row]
                units.append(((ws.title, r) if with_sheet else r, cells))
    elif ext == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            for r, row in enumerate(csv.reader(f), 1):
                units.append((r, row))
    else:
        raise ValueError("unsupported file type: " + path)
    return units


def content_words(path):
    """Word count of the transcript content (whitespace tokens).

    txt: whole file; vtt: cue text only (no WEBVTT header, cue ids, timing lines);
    docx: all paragraphs; xlsx: all non-empty cells of all sheets.
    """
    ext = os.path.splitext(path)[1].lower()
    if ext == ".vtt":
        with open(path, encoding="utf-8") as f:
            blocks = f.read().strip().split("\n\n")
        n = 0
        for b in blocks[1:]:
            lines = b.split("\n")
            idx = [i for i, l in enumerate(lines) if "-->" in l]
            if not idx:
                continue
            for l in lines[idx[0] + 1:]:
                n += len(l.split())
        return n
    return sum(len(c.split()) for _, chunks in load_units(path) for c in chunks)
