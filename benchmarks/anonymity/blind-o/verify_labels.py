#!/usr/bin/env python3
"""Verify labels.csv for set O (standard library + python-docx for so03.docx)."""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["so01.txt", "so02.vtt", "so03.docx", "so04.txt", "so05.txt"]
KINDS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
         "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4, "car_registration": 3,
         "place": 4, "workplace": 4}
TRICKY = {
    "so01.txt": ["crack of dawn", "Will it", "I hope", "To be frank", "Samaritans", "116 123", "Greggs",
                 "Manchester", "Instagram", "Tuesday", "£3.50", "P4", "Night Owls", "Mind", "Sunday"],
    "so02.vtt": ["Zoom", "WhatsApp", "London", "Talking Therapies", "October", "Sunday", "Pani", "Facebook",
                 "four o'clock"],
    "so03.docx": ["DPJ Foundation", "Cardiff", "April", "Young Farmers", "saving grace", "Twitter",
                  "Farming Community Network", "£40", "Bore da", "Diolch"],
    "so04.txt": ["childline", "0800 1111", "kooth", "tiktok", "leeds", "saturday", "£5", "lol", "14-19",
                 "2am", "mcdonalds"],
    "so05.txt": ["blessing", "hope", "Edinburgh", "44", "Manila", "Care Inspectorate", "PTSD", "Wednesday",
                 "£2", "Philippines", "39", "WhatsApp"],
}
TIMING = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$")


def file_lines(path):
    if path.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def words(fn, lines):
    if fn.endswith(".vtt"):
        body = [l for l in lines if l and l != "WEBVTT" and not l.startswith("NOTE")
                and not TIMING.match(l) and not l.isdigit()]
        return sum(len(re.sub(r"</?v[^>]*>", " ", l).split()) for l in body)
    return sum(len(l.split()) for l in lines)


def main():
    errs = []
    lines = {fn: file_lines(os.path.join(HERE, fn)) for fn in FILES}
    # synthetic line
    for fn, ls in lines.items():
        if fn.endswith(".vtt"):
            if ls[0] != "WEBVTT":
                errs.append(f"{fn}: first line not WEBVTT")
            if ("NOTE " + SYN) not in ls:
                errs.append(f"{fn}: NOTE synthetic line missing")
            for i, l in enumerate(ls, 1):
                if "-->" in l and not TIMING.match(l):
                    errs.append(f"{fn}:{i}: bad timing")
        elif ls[0] != SYN:
            errs.append(f"{fn}: first line/paragraph is not the SYNTHETIC line")
        n = words(fn, ls)
        if not 700 <= n <= 1000:
            errs.append(f"{fn}: word count {n} outside 700-1000")
        print(f"{fn}: {n} words")
    # rows
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        errs.append(f"bad header {header}")
    per = defaultdict(Counter)       # fn -> Counter[(line,text)]
    texts = defaultdict(set)
    kinds = Counter()
    for r in rows:
        fn, ln, kind, text = r[0], int(r[1]), r[2], r[3]
        if fn not in lines:
            errs.append(f"unknown file {fn}"); continue
        if kind not in KINDS:
            errs.append(f"unknown kind {kind}")
        if not 1 <= ln <= len(lines[fn]) or not ww(text).search(lines[fn][ln - 1]):
            errs.append(f"{fn}:{ln}: '{text}' not found as whole word on that line")
        if text != text.strip() or not text:
            errs.append(f"{fn}:{ln}: bad whitespace in '{text}'")
        per[fn][(ln, text)] += 1
        texts[fn].add(text)
        kinds[kind] += 1
    # every whole-word occurrence is a row, and vice versa
    for fn, ts in texts.items():
        for t in ts:
            for i, l in enumerate(lines[fn], 1):
                n = len(ww(t).findall(l))
                if n != per[fn][(i, t)]:
                    errs.append(f"{fn}:{i}: '{t}' occurs {n}x but {per[fn][(i, t)]} rows")
        for a in ts:
            for b in ts:
                if a != b and ww(a).search(b):
                    errs.append(f"{fn}: label '{a}' is part of label '{b}'")
    # minimums
    for k, m in KINDS.items():
        print(f"  {k:17s} {kinds[k]:3d} (min {m})")
        if kinds[k] < m:
            errs.append(f"kind {k}: {kinds[k]} < {m}")
    # tricky strings
    nt = 0
    for fn, ts in TRICKY.items():
        for t in ts:
            nt += 1
            found = False
            for i, l in enumerate(lines[fn], 1):
                for m in ww(t).finditer(l):
                    found = True
                    for lab in texts[fn]:
                        for mm in ww(lab).finditer(l):
                            if mm.start() < m.end() and m.start() < mm.end():
                                errs.append(f"{fn}:{i}: tricky '{t}' overlaps label '{lab}'")
            if not found:
                errs.append(f"{fn}: tricky '{t}' not present")
            if t in texts[fn]:
                errs.append(f"{fn}: tricky '{t}' is labelled")
    if nt < 20:
        errs.append(f"only {nt} tricky strings")
    print(f"{len(rows)} rows, {nt} tricky strings")
    for e in errs:
        print("ERROR", e)
    print("PASS" if not errs else f"FAIL ({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
