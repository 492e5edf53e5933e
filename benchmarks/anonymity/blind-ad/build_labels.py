"""Build labels.csv from the hand-written inventory.csv (file,kind,text).

For every inventory text, every whole-word, case-sensitive occurrence in its file
becomes one row (file,line,kind,text). 'Whole word' = the characters either side
are not letters, digits or '_'. Lines are numbered as described in common.py.
Run the make_*.py scripts first so the .srt/.odt/.docx files exist."""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def occurrences(line, text):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(line)]


def main():
    with open(os.path.join(common.HERE, "inventory.csv"), encoding="utf-8", newline="") as f:
        inv = list(csv.DictReader(f))
    rows, problems = [], []
    for name in common.FILES:
        lines = common.doc_lines(name)
        items = [r for r in inv if r["file"] == name]
        found = []
        for it in items:
            n = 0
            for i, line in enumerate(lines, 1):
                for pos in occurrences(line, it["text"]):
                    found.append((i, pos, it["kind"], it["text"]))
                    n += 1
            if n == 0:
                problems.append(f"{name}: inventory text not found: {it['text']!r}")
        found.sort()
        rows += [(name, i, kind, text) for i, _, kind, text in found]
    with open(os.path.join(common.HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"wrote {len(rows)} label rows")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
