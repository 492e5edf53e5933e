#!/usr/bin/env python3
"""Check synthetic set G against labels.csv. Standard library + python-docx.
Run: python verify_labels.py   (exit 0 = all checks pass)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sg01.txt", "sg02.vtt", "sg03.docx", "sg04.txt", "sg05.txt"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3,
            "ni_number": 3, "street_address": 5, "date_of_birth": 4, "url": 5,
            "handle": 4, "car_registration": 3, "place": 4, "workplace": 4}
TRICKY = {
    "sg01.txt": ["Samaritans", "116 123", "WhatsApp", "Vauxhall Astra", "patience",
                 "summer", "NHS 111", "Integrated Care Board", "P3 said", "Tuesday",
                 "August", "Dads Matter Swindon", "Forty quid", "thirty-four",
                 "date of birth", "Swindon"],
    "sg02.vtt": ["Teams", "Mind", "will", "autumn", "Eid", "Lidl", "Home Office",
                 "Homs", "first January", "Sisters Together", "Monday to Thursday",
                 "Bradford", "Auntie"],
    "sg03.docx": ["Papyrus", "CMHT", "Shout", "85258", "May", "summer", "Freshers",
                  "Vauxhall Corsa", "P1 said", "seventeen", "Wellbeing", "Exeter",
                  "Tuesday 6 May 2025"],
    "sg04.txt": ["sandy beach", "carol service", "integrated care board", "pride",
                 "facebook", "manchester", "preston", "march", "p2 said", "1974",
                 "silver rainbows", "tuesday", "77"],
    "sg05.txt": ["Will we", "a precious thing", "hiraeth", "DPJ Foundation",
                 "Farming Community Network", "Royal Welsh Show", "Young Farmers",
                 "Cardiff", "Christmas", "saving grace", "Perthshire", "Monday",
                 "fifty-eight"],
}
DRAMA = ["07700900", "01134960", "01174960", "01184960", "01614960",
         "02079460", "02920180", "01914980"]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
WORDNUM = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

errors = []


def err(msg):
    errors.append(msg)


def load_lines(name):
    path = os.path.join(HERE, name)
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def digits_of(text):
    """Digits of a written or spoken number ('double oh' -> '00')."""
    if re.search(r"\d", text):
        t = text.strip()
        d = re.sub(r"\D", "", t)
        if t.startswith("+44"):
            d = "0" + d[2:]
        return d
    out, mult = [], 1
    for tok in re.findall(r"[a-z]+", text.lower()):
        if tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok in WORDNUM:
            out.append(WORDNUM[tok] * mult)
            mult = 1
    return "".join(out)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def word_count(lines, name):
    full = sum(len(l.split()) for l in lines)
    if not name.endswith(".vtt"):
        return full, full
    content = 0
    for l in lines:
        if l.startswith(("WEBVTT", "NOTE")) or "-->" in l or re.fullmatch(r"\d+", l.strip()):
            continue
        content += len(re.sub(r"<[^>]*>", " ", l).split())
    return full, content


def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rdr = csv.reader(f)
        header = next(rdr)
        rows = [r for r in rdr]
    if header != ["file", "line", "kind", "text"]:
        err(f"bad header {header}")
    by_file = defaultdict(list)
    kinds = Counter()
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        fn, ln, kind, text = r[0], int(r[1]), r[2], r[3]
        if fn not in FILES:
            err(f"unknown file {fn}")
        if kind not in MINIMUMS:
            err(f"unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"text has edge whitespace/empty: {r}")
        by_file[fn].append((ln, kind, text))
        kinds[kind] += 1

    for fn in FILES:
        lines = load_lines(fn)
        # synthetic line
        if fn.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{fn}: first line not WEBVTT")
            first_cue = next(i for i, l in enumerate(lines) if "-->" in l)
            if ("NOTE " + SYN) not in lines[:first_cue]:
                err(f"{fn}: NOTE synthetic line missing before first cue")
        elif lines[0] != SYN:
            err(f"{fn}: first line/paragraph is not the SYNTHETIC line")
        # word counts
        full, content = word_count(lines, fn)
        for label, n in (("words", full), ("content words", content)):
            if not 700 <= n <= 1000:
                err(f"{fn}: {label} {n} outside 700-1000")
        rowsf = by_file[fn]
        texts = sorted({t for _, _, t in rowsf})
        # each row's text on its line
        for ln, kind, text in rowsf:
            if not (1 <= ln <= len(lines)) or not ww(text).search(lines[ln - 1]):
                err(f"{fn}:{ln}: '{text}' not found whole-word on its line")
        # occurrences match rows exactly
        want = Counter((ln, t) for ln, _, t in rowsf)
        have = Counter()
        spans = defaultdict(list)
        for t in texts:
            for i, l in enumerate(lines, start=1):
                for m in ww(t).finditer(l):
                    have[(i, t)] += 1
                    spans[i].append((m.start(), m.end()))
        if want != have:
            for k in sorted(set(want) | set(have)):
                if want[k] != have[k]:
                    err(f"{fn}:{k[0]}: '{k[1]}' rows={want[k]} occurrences={have[k]}")
        # no labelled text inside another
        for a in texts:
            for b in texts:
                if a != b and ww(a).search(b):
                    err(f"{fn}: labelled '{a}' occurs inside labelled '{b}'")
        # kind-specific checks
        for ln, kind, text in rowsf:
            if kind == "phone":
                d = digits_of(text)
                if not (len(d) == 11 and any(d.startswith(p) for p in DRAMA)):
                    err(f"{fn}:{ln}: phone '{text}' ({d}) not in a drama range")
            elif kind == "nhs_number":
                if not nhs_ok(digits_of(text)):
                    err(f"{fn}:{ln}: NHS number '{text}' fails check digit/999 prefix")
            elif kind == "ni_number":
                if re.sub(r"\s", "", text).upper()[:2] not in NI_PREFIXES:
                    err(f"{fn}:{ln}: NI number '{text}' prefix not a never-issued one")
            elif kind == "email":
                if not re.search(r"(@| at )example(\.| dot )(org|com|net)$", text):
                    err(f"{fn}:{ln}: email '{text}' not at example.org/com/net")
            elif kind == "url":
                if not re.search(r"(^|[/.])(example\.(org|com|net)|facebook\.com|instagram\.com|tiktok\.com)(/|$)", text):
                    err(f"{fn}:{ln}: url '{text}' not an example or social-media address")
        # tricky strings present and unlabelled
        for t in TRICKY.get(fn, []):
            if t in texts:
                err(f"{fn}: tricky '{t}' is a labelled text")
            free = False
            for i, l in enumerate(lines, start=1):
                for m in ww(t).finditer(l):
                    if not any(s <= m.start() < e or s < m.end() <= e for s, e in spans[i]):
                        free = True
            if not free:
                err(f"{fn}: tricky '{t}' not present outside labelled spans")
        print(f"{fn}: {len(rowsf)} labels, {full} words" +
              (f" ({content} spoken)" if fn.endswith('.vtt') else "") +
              f", {len(TRICKY.get(fn, []))} tricky strings")

    for kind, n in MINIMUMS.items():
        if kinds[kind] < n:
            err(f"kind {kind}: {kinds[kind]} < minimum {n}")
    print("counts:", ", ".join(f"{k}={kinds[k]}" for k in MINIMUMS))
    print("tricky total:", sum(len(v) for v in TRICKY.values()))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
