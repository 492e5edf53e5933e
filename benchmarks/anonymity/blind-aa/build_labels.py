"""Build labels.csv from the hand-written inventory (inventory.csv).

inventory.csv lists, per file, each identifier surface text and its kind
(file,kind,text). This script finds every whole-word, case-sensitive
occurrence of each text in its file and writes one labels.csv row per
occurrence (file,line,kind,text). Lines are physical lines for .txt/.vtt
and paragraph numbers (from 1) for .docx.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def file_lines(name):
    """Return list of (line_number, text) for a transcript file."""
    p = HERE / name
    if p.suffix == ".docx":
        import docx
        doc = docx.Document(str(p))
        return [(i, para.text) for i, para in enumerate(doc.paragraphs, 1)]
    text = p.read_text(encoding="utf-8")
    return [(i, t) for i, t in enumerate(text.split("\n"), 1)]


def occurrences(needle, line):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pat.finditer(line)]


def load_inventory():
    with open(HERE / "inventory.csv", newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f)]


def main():
    inv = load_inventory()
    rows = []
    cache = {}
    missing = []
    for item in inv:
        fn, kind, text = item["file"], item["kind"], item["text"]
        if fn not in cache:
            cache[fn] = file_lines(fn)
        n = 0
        for ln, line in cache[fn]:
            for pos in occurrences(text, line):
                rows.append((fn, ln, pos, kind, text))
                n += 1
        if n == 0:
            missing.append((fn, kind, text))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[4]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for fn, ln, _pos, kind, text in rows:
            w.writerow([fn, ln, kind, text])
    for m in missing:
        print("NOT FOUND in file:", m)
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print("rows per file:", counts, "total:", len(rows))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
