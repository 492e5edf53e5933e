"""Shared helpers for build_labels.py and verify_labels.py (no project code used)."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["x01.txt", "x02.srt", "x03.docx", "x04.txt", "x05.txt"]
KINDS = ["name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"]

SRT_INDEX = re.compile(r"^\d+$")
SRT_TIME = re.compile(r"^\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d$")


def read_lines(name):
    """Return the file's numbered lines as a list (index 0 = line 1).

    .txt/.srt: physical lines of the file.
    .docx: body paragraphs first, then every table row (cells joined with " | "),
    counting on from the last paragraph.
    """
    path = HERE / name
    if name.endswith(".docx"):
        import docx  # python-docx
        doc = docx.Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
        return lines
    return path.read_text(encoding="utf-8").split("\n")


def is_structural_srt(line):
    return bool(SRT_INDEX.match(line) or SRT_TIME.match(line))


def text_lines(name, lines):
    """Lines that carry transcript text (srt: cue text only)."""
    if name.endswith(".srt"):
        return [l for l in lines if l.strip() and not is_structural_srt(l)]
    return lines


def word_count(name):
    lines = read_lines(name)
    if name.endswith(".docx"):
        # paragraphs + cell texts; the " | " joiner is not a word
        return sum(len(l.replace(" | ", " ").split()) for l in lines)
    return sum(len(l.split()) for l in text_lines(name, lines))


def occurrence_regex(text):
    """Whole-word, case-sensitive occurrence of a label text."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def find_spans(line, text):
    return [(m.start(), m.end()) for m in occurrence_regex(text).finditer(line)]


def first_line(name, lines):
    if name.endswith(".srt"):
        tl = text_lines(name, lines)
        return tl[0] if tl else ""
    return lines[0] if lines else ""
