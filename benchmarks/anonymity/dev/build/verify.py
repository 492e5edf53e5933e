#!/usr/bin/env python3
"""Check labels.csv against the finished files (not against the drafts)."""

import collections
import csv
import os
import re
import sys

import docx  # python-docx, only needed for wa04.docx

DEV = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN = {
    "name": 35,
    "phone": 8,
    "email": 6,
    "postcode": 6,
    "nhs_number": 3,
    "ni_number": 3,
    "street_address": 5,
    "date_of_birth": 4,
    "url": 5,
    "handle": 4,
    "car_registration": 3,
    "place": 4,
    "workplace": 2,
}
problems = []


def lines_of(fname):
    path = os.path.join(DEV, fname)
    if fname.endswith(".docx"):
        d = docx.Document(path)
        body = d.element.body
        if body.findall(".//{*}tbl"):
            problems.append(f"{fname}: contains a table")
        if body.findall(".//{*}ins") or body.findall(".//{*}del"):
            problems.append(f"{fname}: contains tracked changes")
        return [p.text for p in d.paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


SPOKEN = {
    "oh": "0",
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}


def phone_digits(t):
    if re.search(r"\d", t):
        d = re.sub(r"\D", "", t)
        if d.startswith("44"):
            d = "0" + d[2:]
        return d
    out, words, i = "", re.findall(r"[a-z]+", t.lower()), 0
    while i < len(words):
        w = words[i]
        if w in ("double", "triple"):
            out += SPOKEN[words[i + 1]] * (2 if w == "double" else 3)
            i += 2
            continue
        if w == "hundred":
            out += "00"
        else:
            out += SPOKEN[w]
        i += 1
    return out


def phone_ok(d):
    return (
        re.fullmatch(r"07700900\d{3}", d)
        or re.fullmatch(r"01174960\d{3}", d)
        or re.fullmatch(r"02079460\d{3}", d)
        or re.fullmatch(r"01614960\d{3}", d)
    )


def nhs_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1), strict=False))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


with open(os.path.join(DEV, "labels.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = [r for r in rd]
if header != ["file", "line", "kind", "text"]:
    problems.append(f"bad header {header}")

files = sorted({r[0] for r in rows})
text = {f: lines_of(f) for f in files}
by_file = collections.defaultdict(list)
for fname, line, kind, t in rows:
    by_file[fname].append((int(line), kind, t))
    if kind not in MIN:
        problems.append(f"unknown kind {kind}")
    L = text[fname]
    if not ww(t).search(L[int(line) - 1]):
        problems.append(f"{fname}:{line} text {t!r} not found on its line")
    if kind == "phone":
        d = phone_digits(t)
        if not phone_ok(d):
            problems.append(f"phone {t!r} -> {d} outside drama ranges")
    if kind == "nhs_number" and not nhs_ok(t):
        problems.append(f"bad NHS number {t!r}")
    if kind == "ni_number" and not re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", t):
        problems.append(f"bad NI format {t!r}")
    if kind == "email" and not re.search(r"example( dot |\.)(org|com|net)$", t):
        problems.append(f"email not at example domain {t!r}")

# occurrence rule: every whole-word, case-sensitive occurrence is labelled,
# checked line by line (so it also holds file-wide)
for fname, items in by_file.items():
    L = text[fname]
    texts = sorted({t for _, _, t in items})
    want = collections.Counter((ln, t) for ln, _, t in items)
    for t in texts:
        rx = ww(t)
        total = 0
        for i, line in enumerate(L, 1):
            n = len(rx.findall(line))
            total += n
            if n != want.get((i, t), 0):
                problems.append(f"{fname}:{i} {t!r}: {n} occurrences, {want.get((i, t), 0)} rows")
        print(f"  {fname:10s} {t!r:55s} occurrences={total} rows={sum(1 for _, _, x in items if x == t)}")
    for a in texts:
        for b in texts:
            if a != b and ww(a).search(b):
                problems.append(f"{fname}: {a!r} is part of labelled {b!r}")

# synthetic marker, VTT validity, word counts
print()
TS = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")
for fname in files:
    L = text[fname]
    if fname.endswith(".vtt"):
        if L[0] != "WEBVTT":
            problems.append("vtt header")
        if not L[2].startswith("NOTE SYNTHETIC TRANSCRIPT"):
            problems.append("vtt NOTE")
        last, spoken = 0.0, []
        for i, line in enumerate(L):
            m = TS.match(line)
            if "-->" in line and not m:
                problems.append(f"bad timing line {i + 1}")
            if m:
                g = list(map(int, m.groups()))
                a = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
                b = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
                if not (last <= a < b) or g[1] > 59 or g[2] > 59 or g[5] > 59 or g[6] > 59:
                    problems.append(f"bad cue times line {i + 1}")
                last = b
                if not L[i + 1].startswith("<v "):
                    problems.append(f"cue without voice tag line {i + 2}")
                spoken.append(re.sub(r"^<v [^>]*>", "", L[i + 1]))
        words = sum(len(s.split()) for s in spoken)
        print(
            f"{fname}: {words} words of cue text, {len(spoken)} cues, {sum(len(x.split()) for x in L)} tokens in file"
        )
    else:
        if not L[0].startswith("SYNTHETIC TRANSCRIPT"):
            problems.append(f"{fname}: first line not SYNTHETIC")
        print(
            f"{fname}: {sum(len(x.split()) for x in L)} words, "
            f"{len([x for x in L if x.strip()])} non-empty lines/paragraphs"
        )

cnt = collections.Counter(r[2] for r in rows)
print()
for k in MIN:
    flag = "" if cnt[k] >= MIN[k] else "  <-- BELOW MINIMUM"
    if cnt[k] < MIN[k]:
        problems.append(f"{k}: {cnt[k]} < {MIN[k]}")
    print(f"{k:18s} {cnt[k]:4d}  (min {MIN[k]}){flag}")
print(f"{'TOTAL':18s} {len(rows):4d}  (min 90)")
if len(rows) < 90:
    problems.append("fewer than 90 rows")
print()
print("PROBLEMS:" if problems else "ALL CHECKS PASSED")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
