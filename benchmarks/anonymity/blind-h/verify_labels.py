#!/usr/bin/env python3
"""Verify the SYNTHETIC evaluation set in this folder against labels.csv.

Needs the standard library plus python-docx (for sh03.docx):
    python verify_labels.py
Exit status 0 and "ALL CHECKS PASSED" when everything is consistent.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sh01.vtt", "sh02.txt", "sh03.docx", "sh04.txt", "sh05.txt"]
KINDS = ["name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3,
            "ni_number": 3, "street_address": 5, "date_of_birth": 4, "url": 5,
            "handle": 4, "car_registration": 3, "place": 4, "workplace": 4}
MIN_TRICKY = 20

# Tricky NON-identifiers: must occur in the file and must not be (part of) a label.
TRICKY = {
    "sh01.vtt": ["Zoom", "Bergen", "cash", "like P2 says", "NHS 24", "Samaritans",
                 "116 123", "Aberdeen", "may", "Will", "Thursday", "health board"],
    "sh02.txt": ["mercy", "Integrated Care Board", "Mind", "WhatsApp", "Toyota Yaris",
                 "Like P2 says", "Sunderland", "Twenty-five quid", "forty pound",
                 "Tuesday", "Full Time Talk", "March"],
    "sh03.docx": ["Chinese New Year", "Kung Hei Fat Choi", "Year of the Rabbit",
                  "WhatsApp", "Instagram", "Facebook", "London", "Hong Kong",
                  "Like F2 said", "three pounds", "Lotus Circle", "Saturday", "Ah", "Auntie"],
    "sh04.txt": ["cmht", "co-op", "£4.50", "like P4 says", "will", "may",
                 "ruby wedding", "tuesday", "friday", "corsa", "insta", "crisis café"],
    "sh05.txt": ["the heath", "olive oil", "ruby wedding", "rusty", "cash", "Beat",
                 "Co-op", "Integrated Care Board", "Plymouth", "Bristol", "Harare",
                 "London", "twelve pounds", "will", "may", "Year 10", "September",
                 "just"],
}

PHONE_RANGES = [  # (prefix digits, low, high) for the local part
    ("07700", 900000, 900999), ("0113496", 0, 999), ("0117496", 0, 999),
    ("0118496", 0, 999), ("0161496", 0, 999), ("0207946", 0, 999),
    ("0292018", 0, 999), ("0191498", 0, 999), ("0131496", 0, 999),
]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
SPOKEN_DIGITS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
                 "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9"}
SPEAKER = re.compile(r"^(F[12]|P[1-8]|C1)$")

errors = []


def err(msg):
    errors.append(msg)


def read_lines(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def spans(line, text):
    return [(m.start(), m.end()) for m in pattern(text).finditer(line)]


def spoken_to_digits(s):
    out = ""
    words = re.findall(r"[a-z]+", s.lower())
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("double", "triple") and i + 1 < len(words) and words[i + 1] in SPOKEN_DIGITS:
            out += SPOKEN_DIGITS[words[i + 1]] * (2 if w == "double" else 3)
            i += 2
            continue
        if w in SPOKEN_DIGITS:
            out += SPOKEN_DIGITS[w]
        else:
            return None
        i += 1
    return out


def phone_ok(digits):
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    if len(digits) != 11:
        return False
    for prefix, lo, hi in PHONE_RANGES:
        if digits.startswith(prefix):
            return lo <= int(digits[len(prefix):]) <= hi
    return False


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def word_count(fname, lines):
    """Whitespace tokens of the whole file; for .vtt also the spoken words only."""
    raw = sum(len(l.split()) for l in lines)
    if not fname.endswith(".vtt"):
        return raw, raw
    spoken = 0
    for l in lines:
        s = l.strip()
        if not s or s == "WEBVTT" or "-->" in s or s.isdigit():
            continue
        spoken += len(re.sub(r"<v [^>]*>", "", s).split())
    return raw, spoken


def main():
    lines_of = {f: read_lines(f) for f in FILES}

    # 1. SYNTHETIC line
    for f, lines in lines_of.items():
        if f.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{f}: first line is not WEBVTT")
            notes = [l for l in lines if l.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN or lines[2] != "NOTE " + SYN:
                err(f"{f}: NOTE line (line 3) is not 'NOTE {SYN}'")
        elif lines[0] != SYN:
            err(f"{f}: first line/paragraph is not the SYNTHETIC line")

    # vtt structure: timings, voice tags, 2-3 leaked display names
    vtt = lines_of["sh01.vtt"]
    tags = {m.group(1) for l in vtt for m in re.finditer(r"<v ([^>]+)>", l)}
    leaked = sorted(t for t in tags if not SPEAKER.match(t))
    if not 2 <= len(leaked) <= 3:
        err(f"sh01.vtt: expected 2-3 own display names, got {leaked}")
    if not any(t.startswith("iPhone of ") for t in leaked) or \
       not any(t == t.lower() for t in leaked) or \
       not any(" " in t and t.istitle() for t in leaked):
        err(f"sh01.vtt: display names should include full name, lower-case, 'iPhone of X': {leaked}")
    for i, l in enumerate(vtt, 1):
        if "-->" in l and not re.match(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$", l):
            err(f"sh01.vtt:{i}: bad timing line")

    # 2. labels.csv rows
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            err(f"labels.csv header wrong: {header}")
        rows = [r for r in reader]
    per_kind = Counter()
    texts_of = defaultdict(dict)        # file -> text -> kind
    row_counts = defaultdict(Counter)   # file -> (line, text) -> n
    for n, r in enumerate(rows, 2):
        if len(r) != 4:
            err(f"labels.csv:{n}: wrong column count")
            continue
        f, line, kind, text = r
        if f not in lines_of:
            err(f"labels.csv:{n}: unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"labels.csv:{n}: unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"labels.csv:{n}: text has stray whitespace")
        if SPEAKER.match(text):
            err(f"labels.csv:{n}: speaker label {text} must not be labelled")
        ln = int(line)
        lines = lines_of[f]
        if not 1 <= ln <= len(lines) or not spans(lines[ln - 1], text):
            err(f"labels.csv:{n}: '{text}' not found (whole word) on {f}:{ln}")
        if text in texts_of[f] and texts_of[f][text] != kind:
            err(f"labels.csv:{n}: '{text}' has two kinds in {f}")
        texts_of[f][text] = kind
        row_counts[f][(ln, text)] += 1
        per_kind[kind] += 1

    # 3. every whole-word case-sensitive occurrence is a row, and vice versa
    for f, lines in lines_of.items():
        found = Counter()
        for text in texts_of[f]:
            for i, l in enumerate(lines, 1):
                k = len(spans(l, text))
                if k:
                    found[(i, text)] += k
        if found != row_counts[f]:
            for key in set(found) | set(row_counts[f]):
                if found[key] != row_counts[f][key]:
                    err(f"{f}:{key[0]} '{key[1]}': {found[key]} occurrences vs {row_counts[f][key]} rows")

    # 4. no labelled text inside another labelled text (same file)
    for f, d in texts_of.items():
        for a in d:
            for b in d:
                if a != b and pattern(a).search(b):
                    err(f"{f}: labelled '{a}' occurs inside labelled '{b}'")

    # 5. value safety checks
    for f, d in texts_of.items():
        for text, kind in d.items():
            if kind == "phone":
                digits = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_to_digits(text)
                if not digits or not phone_ok(digits):
                    err(f"{f}: phone '{text}' not in an Ofcom drama range")
            elif kind == "nhs_number":
                if not nhs_ok(re.sub(r"\D", "", text)):
                    err(f"{f}: NHS number '{text}' invalid (999 prefix / modulus 11)")
            elif kind == "ni_number":
                m = re.fullmatch(r"([A-Za-z]{2}) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-Da-d])", text)
                if not m or m.group(1).upper() not in NI_PREFIXES:
                    err(f"{f}: NI number '{text}' not a never-issued prefix/format")
            elif kind == "email":
                if "@" in text:
                    if not re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text):
                        err(f"{f}: email '{text}' not at example.org/com/net")
                elif not re.search(r" at example dot (org|com|net)$", text):
                    err(f"{f}: spoken email '{text}' not at example")
            elif kind == "url":
                if not re.search(r"(^|//|www\.)example\.(org|com|net)/", text):
                    err(f"{f}: url '{text}' not at example domain")

    # 6. minimums
    for kind, mn in MINIMUMS.items():
        if per_kind[kind] < mn:
            err(f"minimum: {kind} has {per_kind[kind]} < {mn}")

    # 7. word counts
    for f, lines in lines_of.items():
        raw, spoken = word_count(f, lines)
        for label, n in (("raw", raw), ("spoken", spoken)):
            if not 700 <= n <= 1000:
                err(f"{f}: {label} word count {n} outside 700-1000")

    # 8. tricky strings present and unlabelled
    n_tricky = 0
    for f, tricky in TRICKY.items():
        lines = lines_of[f]
        for t in tricky:
            if t in texts_of[f]:
                err(f"{f}: tricky '{t}' is a labelled text")
            hits = 0
            for l in lines:
                for s, e in spans(l, t):
                    hits += 1
                    for lab in texts_of[f]:
                        for ls, le in spans(l, lab):
                            if ls < e and s < le:
                                err(f"{f}: tricky '{t}' overlaps label '{lab}'")
            if not hits:
                err(f"{f}: tricky '{t}' not present")
            n_tricky += 1
    if n_tricky < MIN_TRICKY:
        err(f"only {n_tricky} tricky strings")

    # report
    print("rows:", len(rows))
    for kind in KINDS:
        print(f"  {kind:17} {per_kind[kind]:4d}  (min {MINIMUMS[kind]})")
    for f, lines in lines_of.items():
        raw, spoken = word_count(f, lines)
        print(f"  {f}: {len(lines)} lines/paragraphs, words raw {raw}, spoken {spoken}, "
              f"labelled texts {len(texts_of[f])}, tricky {len(TRICKY[f])}")
    print("tricky strings total:", n_tricky)
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
