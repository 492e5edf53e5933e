"""Build labels.csv from inventory.json.

For every file and every labelled text in the inventory, each whole-word,
case-sensitive occurrence on each line becomes one row:

    file,line,kind,text

`line` counts from 1 (for .docx it is the paragraph number, counting from 1).
"Whole word" means the character before and after the match is not a
word character (letter, digit or underscore, Unicode-aware).

Run from this folder:  python build_labels.py
"""
import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
INVENTORY = HERE / "inventory.json"
LABELS = HERE / "labels.csv"
HEADER = ["file", "line", "kind", "text"]


def read_lines(name):
    """Return the file's lines (txt/vtt) or paragraphs (docx), index 0 = line 1."""
    path = HERE / name
    if name.endswith(".docx"):
        import docx  # python-docx

        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def word_pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def find_occurrences(lines, text):
    """Yield (line_no, start, end) for whole-word case-sensitive matches."""
    pat = word_pattern(text)
    for i, line in enumerate(lines, 1):
        for m in pat.finditer(line):
            yield i, m.start(), m.end()


def load_inventory():
    return json.loads(INVENTORY.read_text(encoding="utf-8"))


def expected_rows(inventory):
    rows = []
    for name, spec in inventory.items():
        lines = read_lines(name)
        found = []
        for kind, texts in spec["labels"].items():
            for text in texts:
                for line_no, start, _ in find_occurrences(lines, text):
                    found.append((line_no, start, kind, text))
        found.sort()
        rows.extend([name, str(ln), kind, text] for ln, _, kind, text in found)
    return rows


def main():
    rows = expected_rows(load_inventory())
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {LABELS.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
