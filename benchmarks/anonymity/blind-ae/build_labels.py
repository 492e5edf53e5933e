"""Build labels.csv from the hand-written inventory.csv.

inventory.csv lists (file, kind, text) once per distinct labelled string.
This script finds every whole-word, case-sensitive occurrence of each text in
its file and writes one labels.csv row per occurrence:  file,line,kind,text.

"Whole word": the characters either side of the match are not letters,
digits or "_".  Lines are physical lines for .txt/.vtt and paragraph numbers
(from 1) for .docx.  Run with the project venv (python-docx is needed).
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["ae01.txt", "ae02.vtt", "ae03.docx", "ae04.txt", "ae05.txt"]


def load_units(name):
    """Return the file as a list of lines (index 0 = line/paragraph 1)."""
    path = HERE / name
    if name.endswith(".docx"):
        from docx import Document

        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def find_whole(line, text):
    """Start offsets of whole-word, case-sensitive occurrences of text."""
    out, start = [], 0
    while True:
        i = line.find(text, start)
        if i < 0:
            return out
        before = line[i - 1] if i > 0 else ""
        after = line[i + len(text)] if i + len(text) < len(line) else ""
        if not (before and is_word_char(before)) and not (after and is_word_char(after)):
            out.append(i)
        start = i + 1


def read_inventory():
    with open(HERE / "inventory.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build():
    inv = read_inventory()
    rows, missing = [], []
    for fname in FILES:
        units = load_units(fname)
        for item in (r for r in inv if r["file"] == fname):
            hits = []
            for ln, line in enumerate(units, 1):
                for pos in find_whole(line, item["text"]):
                    hits.append((fname, ln, pos, item["kind"], item["text"]))
            if not hits:
                missing.append((fname, item["text"]))
            rows.extend(hits)
    rows.sort(key=lambda r: (FILES.index(r[0]), r[1], r[2]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for f, ln, _pos, kind, text in rows:
            w.writerow([f, ln, kind, text])
    return rows, missing


if __name__ == "__main__":
    rows, missing = build()
    for f, t in missing:
        print(f"inventory text not found: {f}: {t!r}")
    print(f"wrote labels.csv with {len(rows)} rows")
    sys.exit(1 if missing else 0)
