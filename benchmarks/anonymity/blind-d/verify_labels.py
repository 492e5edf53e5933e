#!/usr/bin/env python3
"""Check labels.csv against the five synthetic transcripts in this folder.

Standard library + python-docx. Run: python verify_labels.py
Exit status 0 and "ALL CHECKS PASSED" when everything is consistent.
"""
import csv
import os
import re
import sys
from collections import Counter

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sd01.vtt", "sd02.txt", "sd03.docx", "sd04.txt", "sd05.txt"]
KINDS = ["name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6,
            "nhs_number": 3, "ni_number": 3, "street_address": 5,
            "date_of_birth": 4, "url": 5, "handle": 4,
            "car_registration": 3, "place": 4, "workplace": 2}
# Ofcom drama ranges: prefix (digits) and the 4-digit block 0000-0999
DRAMA_PREFIXES = ["07700900", "01134960", "01174960", "01184960",
                  "01614960", "02079460", "02920180", "01914980"]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}

# Tricky non-identifiers: must be present (whole word, case-sensitive)
# and never inside a labelled span.
TRICKY = {
    "sd01.vtt": ["Teams", "sunny day", "heather", "jack for the car",
                 "electric bill", "Samaritans", "116 123", "Mind", "Aldi",
                 "Swansea", "Kaunas", "Men's Sheds Cymru", "Evening Post",
                 "£5", "I'm 64", "As P3 said", "Thursday", "NHS 111"],
    "sd02.txt": ["Rethink", "CMHT", "Integrated Care Board", "Birmingham",
                 "mark", "may", "grace", "Tuesday", "12 March 2024", "£250",
                 "WhatsApp", "Instagram", "PALS", "Samaritans", "116 123",
                 "NHS 111", "ninth of April", "P2", "Christmas",
                 "She's nineteen", "clozapine"],
    "sd03.docx": ["Tower Hamlets", "London", "faith", "rose", "Apa", "Eid",
                  "Ramadan", "iftar", "Integrated Care Board", "Home Office",
                  "Toyota", "£1,200", "Two pounds", "Sunday", "Friday",
                  "Samaritans", "116 123", "Mind", "NHS 111", "2015", "PIP",
                  "Bangla"],
    "sd04.txt": ["ivy", "polo", "meadows", "leeds", "nightline", "samaritans",
                 "116 123", "discord", "october", "tuesdays", "thursdays",
                 "8am", "9am", "adhd", "pizza", "lol", "will"],
    "sd05.txt": ["heather", "jack", "will", "Land Rover", "Swaledales",
                 "foot-and-mouth", "2001", "Carlisle", "Newcastle", "Hungary",
                 "Crete", "WI", "Rural Payments Agency", "Samaritans",
                 "116 123", "August"],
}

SPOKEN_DIGITS = {"oh": "0", "zero": "0", "one": "1", "two": "2",
                 "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9"}

errors = []


def err(msg):
    errors.append(msg)


def ww(text):
    """Whole-word, case-sensitive pattern for a literal text."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def load_lines(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def word_count(fname, lines):
    if fname.endswith(".vtt"):
        n = 0
        for ln in lines:
            s = ln.strip()
            if (not s or "-->" in s or s.isdigit() or s.startswith("WEBVTT")
                    or s.startswith("NOTE")):
                continue
            n += len(re.sub(r"</?v[^>]*>", " ", s).split())
        return n
    return sum(len(ln.split()) for ln in lines)


def spoken_to_digits(text):
    out = ""
    toks = re.findall(r"[a-z]+", text.lower())
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in SPOKEN_DIGITS:
            out += SPOKEN_DIGITS[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
            continue
        if t == "hundred":
            out += "00"
        elif t in SPOKEN_DIGITS:
            out += SPOKEN_DIGITS[t]
        else:
            return None
        i += 1
    return out


def in_drama_range(digits):
    if digits.startswith("440"):
        digits = "0" + digits[3:]
    elif digits.startswith("44"):
        digits = "0" + digits[2:]
    # every prefix is 8 digits; the remaining 3 digits are free (000-999)
    return len(digits) == 11 and any(digits.startswith(p) for p in DRAMA_PREFIXES)


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    s = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(digits[9])


def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            err(f"bad header {header}")
        rows = [r for r in reader]

    lines = {f: load_lines(f) for f in FILES}
    by_file = {f: [] for f in FILES}
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        f, ln, kind, text = r
        if f not in lines:
            err(f"unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"unknown kind {kind} in {r}")
        try:
            ln = int(ln)
        except ValueError:
            err(f"bad line number {r}")
            continue
        if not (1 <= ln <= len(lines[f])):
            err(f"line out of range {r}")
            continue
        if text != text.strip() or not text:
            err(f"text has stray whitespace or is empty {r}")
        if text not in lines[f][ln - 1]:
            err(f"text not on its line {r}")
        by_file[f].append((ln, kind, text))

    # 1. SYNTHETIC first line
    for f in FILES:
        L = lines[f]
        if f.endswith(".vtt"):
            if L[0] != "WEBVTT":
                err(f"{f}: first line is not WEBVTT")
            notes = [x for x in L if x.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN:
                err(f"{f}: NOTE line is not the SYNTHETIC line")
        elif L[0] != SYN:
            err(f"{f}: first line is not the SYNTHETIC line")

    # 2. occurrences of every labelled text match the rows exactly
    spans = {f: {} for f in FILES}  # line -> list of (start, end)
    for f in FILES:
        texts = {t for _, _, t in by_file[f]}
        kinds_of = {}
        for _, k, t in by_file[f]:
            kinds_of.setdefault(t, set()).add(k)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{f}: text {t!r} labelled with several kinds {ks}")
        found = Counter()
        for i, line in enumerate(lines[f], 1):
            for t in texts:
                for m in ww(t).finditer(line):
                    found[(i, t)] += 1
                    spans[f].setdefault(i, []).append((m.start(), m.end()))
        labelled = Counter((ln, t) for ln, _, t in by_file[f])
        for key in set(found) | set(labelled):
            if found[key] != labelled[key]:
                err(f"{f}: line {key[0]} text {key[1]!r}: {found[key]} whole-word "
                    f"occurrence(s) but {labelled[key]} row(s)")
        # 3. no labelled text inside another labelled text
        for a in texts:
            for b in texts:
                if a != b and ww(a).search(b):
                    err(f"{f}: labelled text {a!r} occurs inside {b!r}")

    # 4. value checks per kind
    for f in FILES:
        for ln, kind, text in by_file[f]:
            if kind == "phone":
                if re.search(r"\d", text):
                    digits = re.sub(r"\D", "", text)
                else:
                    digits = spoken_to_digits(text)
                    if digits is None:
                        err(f"{f}:{ln}: cannot parse spoken phone {text!r}")
                        continue
                if not in_drama_range(digits):
                    err(f"{f}:{ln}: phone {text!r} not in an Ofcom drama range")
            elif kind == "nhs_number":
                if not nhs_ok(re.sub(r"\D", "", text)):
                    err(f"{f}:{ln}: NHS number {text!r} invalid or not 999-prefixed")
            elif kind == "ni_number":
                s = re.sub(r"\s", "", text).upper()
                if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) or s[:2] not in NI_PREFIXES:
                    err(f"{f}:{ln}: NI number {text!r} not a never-issued prefix")
            elif kind == "email":
                if not (re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text)
                        or re.search(r" at example dot (org|com|net)$", text)):
                    err(f"{f}:{ln}: email {text!r} not on example domains")
            elif kind == "url":
                if not re.search(r"(^|[/.])example\.(org|com|net)(/|$)|"
                                 r"(facebook|instagram)\.com/", text):
                    err(f"{f}:{ln}: url {text!r} not on a safe domain")
            elif kind == "postcode":
                if not re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}", text):
                    err(f"{f}:{ln}: postcode {text!r} malformed")
            elif kind == "car_registration":
                if not re.fullmatch(r"[A-Za-z]{2}\d{2}\s*[A-Za-z]{3}|[A-Za-z]\s*\d{1,3}\s*[A-Za-z]{3}", text):
                    err(f"{f}:{ln}: registration {text!r} malformed")
            elif kind == "handle":
                if not (text.startswith("@") or text.startswith("at ")):
                    err(f"{f}:{ln}: handle {text!r} neither @ nor spoken")
            elif kind == "street_address":
                if not re.match(r"(Flat \d+, )?\d", text):
                    err(f"{f}:{ln}: street address {text!r} does not start at a number")

    # 5. nothing email/url/handle-like left unlabelled
    suspicious = re.compile(r"\S+@\S+|@\w+|\bexample\.\w+\S*|\bexample dot \w+|\b999[\d -]{7,}")
    for f in FILES:
        for i, line in enumerate(lines[f], 1):
            for m in suspicious.finditer(line):
                if not any(s <= m.start() < e for s, e in spans[f].get(i, [])):
                    err(f"{f}:{i}: unlabelled identifier-like string {m.group()!r}")

    # 6. minimums
    totals = Counter(k for f in FILES for _, k, _ in by_file[f])
    for k, n in MINIMUMS.items():
        if totals[k] < n:
            err(f"kind {k}: {totals[k]} rows, minimum {n}")

    # 7. word counts
    wc = {f: word_count(f, lines[f]) for f in FILES}
    for f, n in wc.items():
        if not 700 <= n <= 1000:
            err(f"{f}: {n} words, outside 700-1000")

    # 8. tricky non-identifiers present and not labelled
    n_tricky = 0
    for f, items in TRICKY.items():
        texts = {t for _, _, t in by_file[f]}
        for s in items:
            n_tricky += 1
            if s in texts:
                err(f"{f}: tricky string {s!r} is a labelled text")
            hits = 0
            for i, line in enumerate(lines[f], 1):
                for m in ww(s).finditer(line):
                    hits += 1
                    if any(m.start() < e and st < m.end() for st, e in spans[f].get(i, [])):
                        err(f"{f}:{i}: tricky string {s!r} overlaps a labelled span")
            if hits == 0:
                err(f"{f}: tricky string {s!r} not found")
    if n_tricky < 20:
        err(f"only {n_tricky} tricky strings")

    # report
    print("rows per file:", {f: len(by_file[f]) for f in FILES})
    print("rows per kind:", dict(sorted(totals.items())))
    print("word counts:", wc)
    print("tricky strings checked:", n_tricky)
    if errors:
        print(f"\n{len(errors)} PROBLEM(S):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
