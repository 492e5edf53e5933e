"""Build labels.csv from the hand-written inventory.csv (file,kind,text).

For every inventory text, every whole-word, case-sensitive occurrence in the
file gets one row (file,line,kind,text).  "Whole word": the characters either
side are not letters, digits or underscore.  line = physical line for
.txt/.srt, paragraph number from 1 for .docx.
Run from this folder (needs python-docx for the .docx):  python build_labels.py
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def file_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").splitlines()


def occurrences(line, text):
    pat = re.compile(r"(?<![^\W_])" + re.escape(text) + r"(?![^\W_])")
    # (?<![^\W_]) == preceded by nothing, or by a char that is not a letter/digit/_
    return [m.start() for m in pat.finditer(line)]


def main():
    inv = list(csv.DictReader(open(HERE / "inventory.csv", encoding="utf-8")))
    rows, errors = [], []
    cache = {}
    for item in inv:
        f, kind, text = item["file"], item["kind"], item["text"]
        lines = cache.setdefault(f, file_lines(f))
        n = 0
        for i, line in enumerate(lines, 1):
            for pos in occurrences(line, text):
                rows.append((f, i, pos, kind, text))
                n += 1
        if n == 0:
            errors.append(f"{f}: inventory text not found: {text!r}")
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        for f, i, _pos, kind, text in rows:
            w.writerow([f, i, kind, text])
    for e in errors:
        print("ERROR", e)
    print(f"labels.csv: {len(rows)} rows from {len(inv)} inventory texts")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
