#!/usr/bin/env python3
"""Check labels.csv against the synthetic transcripts in this folder (set C).

Needs only the standard library plus python-docx (for sc03.docx):
    python verify_labels.py
Exits 0 and prints "ALL CHECKS PASSED" when everything is consistent.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sc01.txt", "sc02.vtt", "sc03.docx", "sc04.txt", "sc05.txt"]
KINDS = {
    "name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3,
    "ni_number": 3, "street_address": 5, "date_of_birth": 4, "url": 5,
    "handle": 4, "car_registration": 3, "place": 4, "workplace": 2,
}

# Strings that must be present in the file and must NOT be labelled
# (ordinary words that look like names, services, helplines, brands, cities
# in passing, ages/times alone, pseudonym references, fillers, group names, dates).
TRICKY = {
    "sc01.txt": [
        "a frank talk", "grace period", "mark my words", "Hope is a big word", "P5: Hope.",
        "Ford Fiesta", "WhatsApp", "Tesco", "Integrated Care Board", "Samaritans 116 123",
        "CMHT", "from Mind", "I'm 34", "half seven", "with F1", "F1 reads it out",
        "Erm", "Mmm", "Level Ground", "Manchester", "Tuesday", "May board", "will notice",
    ],
    "sc02.vtt": [
        "Glasgow", "Zoom", "Breathing Space", "0800 83 85 87",
        "Health and Social Care Partnership", "diagnosed at 41", "at ten to",
        "F2 tells us why", "C1, write that down", "Mmm", "I may not", "I will",
        "January", "Thursday", "Sunday", "PIP",
    ],
    "sc03.docx": [
        "I hope they never bring one in", "up since dawn", "May is the last session",
        "NHS 111", "Morrisons", "Norwich", "Asmara", "Instagram", "four-year-old",
        "Wednesday", "September", "P1 to P7", "red book", "Maternity Allowance",
        "perinatal team", "it will stay", "Bumps and Beyond",
    ],
    "sc04.txt": [
        "i may cry", "it will be", "i hope this group", "discord", "whatsapp",
        "shout on 85258", "switchboard", "im 19", "half seven", "F1 sent you",
        "like F1 is here", "mmm", "erm", "monday", "tuesday", "2am", "pride picnic",
        "ukrainian", "red corsa", "youth peer space brighton",
    ],
    "sc05.txt": [
        "A frank conversation", "Combat Stress is on 0800 138 1619", "Op COURAGE",
        "Royal Engineers", "Plymouth", "Newcastle", "Afghanistan", "Ford Transit",
        "grey Astra", "half ten", "Thursday", "Jobcentre", "Forward Together",
        "when C1 talks", "I'm 72", "Remembrance",
    ],
}

# Ofcom drama ranges, as normalised digit prefixes + number of trailing digits
DRAMA = [
    ("07700900", 3), ("01134960", 3), ("01174960", 3), ("01184960", 3),
    ("01614960", 3), ("02079460", 3), ("02920180", 3), ("01914980", 3),
]
SPOKEN_DIGITS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
                 "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9"}
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
SAFE_DOMAIN = re.compile(r"example\.(org|com|net)|example dot (org|com|net)", re.I)
SOCIAL = ("instagram.com/", "linktr.ee/", "flickr.com/", "tiktok.com/", "facebook.com/",
          "x.com/", "youtube.com/")

errors = []


def err(msg):
    errors.append(msg)


def ww(text):
    """Whole-word, case-sensitive pattern for a labelled text."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def read_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def spoken_to_digits(text):
    out, mult = [], 1
    for tok in re.split(r"[\s,-]+", text.lower()):
        if not tok:
            continue
        if tok == "double":
            mult = 2
            continue
        if tok == "triple":
            mult = 3
            continue
        if tok not in SPOKEN_DIGITS:
            return None
        out.append(SPOKEN_DIGITS[tok] * mult)
        mult = 1
    return "".join(out)


def digits_of(text):
    if re.search(r"\d", text):
        d = re.sub(r"\D", "", text)
        if text.strip().startswith("+44"):
            d = "0" + d[2:]
        return d, False
    return spoken_to_digits(text), True


def nhs_ok(d):
    if not d or len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def content_words(name, lines):
    if name.endswith(".vtt"):
        body = []
        for ln in lines:
            s = ln.strip()
            if not s or s == "WEBVTT" or s.startswith("NOTE") or "-->" in s or s.isdigit():
                continue
            body.append(re.sub(r"<[^>]+>", " ", s))
        lines = body
    return sum(1 for tok in " ".join(lines).split() if re.search(r"[A-Za-z0-9]", tok))


def main():
    docs = {name: read_lines(name) for name in FILES}

    # 1. SYNTHETIC marker
    for name, lines in docs.items():
        if name.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{name}: first line is not WEBVTT")
            notes = [ln for ln in lines if ln.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN:
                err(f"{name}: NOTE block is not exactly 'NOTE {SYN}'")
        elif lines[0] != SYN:
            err(f"{name}: first line/paragraph is not the SYNTHETIC line")

    # 2. read labels
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            err(f"labels.csv header is {header}")
        rows = [r for r in reader]
    per_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        f, line, kind, text = r
        if f not in docs:
            err(f"unknown file in row {r}")
            continue
        if kind not in KINDS:
            err(f"unknown kind in row {r}")
        if text != text.strip() or not text:
            err(f"text has stray whitespace / is empty: {r}")
        line = int(line)
        lines = docs[f]
        if not 1 <= line <= len(lines):
            err(f"line out of range: {r}")
            continue
        if text not in lines[line - 1]:
            err(f"text not on its line: {r}")
        if kind == "name" and (text.endswith("'s") or text.split()[0] in
                               {"Dr", "Mr", "Mrs", "Ms", "Mx", "mx", "Major", "Sergeant"}):
            err(f"name label includes title/possessive: {r}")
        per_file[f].append((line, kind, text))

    # 3. whole-word occurrences == rows, no label inside another
    for f, items in per_file.items():
        lines = docs[f]
        expected = Counter((ln, t) for ln, _, t in items)
        texts = sorted({t for _, _, t in items})
        for t in texts:
            pat = ww(t)
            for i, ln in enumerate(lines, 1):
                n = len(pat.findall(ln))
                if n != expected.get((i, t), 0):
                    err(f"{f}:{i}: '{t}' occurs {n}x whole-word but has {expected.get((i, t), 0)} rows")
        kinds_of = defaultdict(set)
        for _, k, t in items:
            kinds_of[t].add(k)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{f}: '{t}' labelled with several kinds {ks}")
        for a in texts:
            for b in texts:
                if a != b and (ww(a).search(b) or a in b):
                    err(f"{f}: labelled text '{a}' is part of labelled text '{b}'")

    # 4. value checks
    for f, items in per_file.items():
        for line, kind, text in items:
            where = f"{f}:{line} {kind} '{text}'"
            if kind == "phone":
                d, spoken = digits_of(text)
                if not d or not any(d.startswith(p) and len(d) == len(p) + n for p, n in DRAMA):
                    err(f"{where}: not in an Ofcom drama range ({d})")
            elif kind == "nhs_number":
                d, _ = digits_of(text)
                if not nhs_ok(d):
                    err(f"{where}: NHS number invalid or not 999-prefixed ({d})")
            elif kind == "ni_number":
                compact = re.sub(r"\s", "", text).upper()
                if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact) or compact[:2] not in NI_PREFIXES:
                    err(f"{where}: NI number not of safe never-issued form")
            elif kind == "email":
                if not SAFE_DOMAIN.search(text):
                    err(f"{where}: email not on an example domain")
            elif kind == "url":
                if not (SAFE_DOMAIN.search(text) or any(s in text for s in SOCIAL)):
                    err(f"{where}: url neither example domain nor social path")
            elif kind == "car_registration":
                if not re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", text.upper()):
                    err(f"{where}: not a current-format UK registration")
            elif kind == "postcode":
                if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}", text.upper()):
                    err(f"{where}: not a full postcode shape")
            elif kind == "handle":
                if not (text.startswith("@") or text.startswith("at ")):
                    err(f"{where}: handle should start with @ or spoken 'at'")

    # 5. minimums
    counts = Counter(k for items in per_file.values() for _, k, _ in items)
    for k, minimum in KINDS.items():
        if counts[k] < minimum:
            err(f"kind {k}: {counts[k]} rows < minimum {minimum}")

    # 6. word counts
    wc = {}
    for name, lines in docs.items():
        wc[name] = content_words(name, lines)
        if not 700 <= wc[name] <= 1000:
            err(f"{name}: {wc[name]} words, outside 700-1000")

    # 7. tricky non-identifiers present and unlabelled
    n_tricky = 0
    for name, strings in TRICKY.items():
        labelled = {t for _, _, t in per_file.get(name, [])}
        full = "\n".join(docs[name])
        for s in strings:
            n_tricky += 1
            if s not in full:
                err(f"{name}: tricky string '{s}' not found")
            for t in labelled:
                if t == s or t in s or s in t:
                    err(f"{name}: tricky string '{s}' overlaps labelled text '{t}'")
    if n_tricky < 20:
        err(f"only {n_tricky} tricky strings")

    # report
    print("rows per file:", {f: len(per_file[f]) for f in FILES}, "total", len(rows))
    print("rows per kind:", dict(sorted(counts.items())))
    print("content words:", wc)
    print("tricky strings checked:", n_tricky)
    if errors:
        print(f"\n{len(errors)} PROBLEM(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
