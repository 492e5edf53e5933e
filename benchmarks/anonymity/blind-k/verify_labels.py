#!/usr/bin/env python3
"""Verify setK: run with python verify_labels.py (needs python-docx)."""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["sk01.txt", "sk02.vtt", "sk03.docx", "sk04.txt", "sk05.txt"]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4, "car_registration": 3,
            "place": 4, "workplace": 4}
TRICKY = {
 "sk01.txt": ["saving grace", "Samaritans", "116 123", "NHS 111", "Mind", "Integrated Care Board", "WhatsApp",
              "Berlingo", "£4.50", "eighty-four", "fifty-eight", "Manchester", "Tuesday", "March",
              "P1 rang me", "Carers Together", "Admiral Nurse", "Christmas", "Thursday 9 May 2024"],
 "sk02.vtt": ["Lifeline", "Samaritans", "116 123", "Zoom", "Belfast", "£6", "thirty-four", "September",
              "January", "Monday to Friday", "Google form", "Instagram", "eleven weeks"],
 "sk03.docx": ["frank", "rowan tree", "Mind", "CMHT", "NHS 111", "Leeds", "Facebook", "Saturday",
               "sixty-three", "Growing Lads", "PIP", "COPD", "Saturday 14 September 2024"],
 "sk04.txt": ["will", "hope", "mark scheme", "mind", "march", "spotify", "tiktok", "116 123", "111",
              "£50", "p2 said", "tesco", "february", "wednesday", "19 year old", "samaritans"],
 "sk05.txt": ["Samaritans", "999", "Universal Credit", "Mind", "TikTok", "Sheffield", "Rotherham",
              "Košice", "£12", "Friday", "forty-one", "F2 will interpret", "Roma Sisters", "Zafira",
              "WhatsApp", "Year 4", "Slovakia"],
}
errors = []


def err(msg):
    errors.append(msg)


def lines_of(fn):
    p = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        return [x.text for x in docx.Document(p).paragraphs]
    with open(p, encoding="utf-8") as f:
        return f.read().split("\n")


def spans(text, line):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line)]


def words(fn, L):
    if fn.endswith(".vtt"):
        L = [l for l in L if l.strip() and "-->" not in l and not l.strip().isdigit() and l.strip() != "WEBVTT"
             and not l.startswith("NOTE")]
        L = [re.sub(r"<v [^>]*>", "", l) for l in L]
    return sum(len(l.split()) for l in L)


def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err("bad header %r" % header)
        rows = [r for r in rd]
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4 or r[0] not in FILES or r[2] not in MINIMUMS:
            err("bad row %r" % r); continue
        by_file[r[0]].append((int(r[1]), r[2], r[3]))
    kinds = Counter(r[2] for r in rows)
    for fn in FILES:
        L = lines_of(fn)
        # synthetic line
        if fn.endswith(".vtt"):
            if L[0] != "WEBVTT" or ("NOTE " + SYN) not in L[:4]:
                err(fn + ": WEBVTT/NOTE synthetic line missing")
        elif L[0] != SYN:
            err(fn + ": first line is not the SYNTHETIC line")
        wc = words(fn, L)
        if not 700 <= wc <= 1000:
            err("%s: word count %d" % (fn, wc))
        R = by_file[fn]
        texts = {t for _, _, t in R}
        kind_of = defaultdict(set)
        for _, k, t in R:
            kind_of[t].add(k)
        for t, ks in kind_of.items():
            if len(ks) > 1:
                err("%s: %r has several kinds %s" % (fn, t, ks))
        # each row's text on its line
        for ln, k, t in R:
            if not (1 <= ln <= len(L)) or not spans(t, L[ln - 1]):
                err("%s:%d: %r not found on line" % (fn, ln, t))
        # occurrences == rows
        want = Counter((ln, t) for ln, _, t in R)
        got = Counter()
        labelled = defaultdict(list)
        for t in texts:
            for i, line in enumerate(L, 1):
                for s in spans(t, line):
                    got[(i, t)] += 1
                    labelled[i].append(s)
        if want != got:
            for key in set(want) | set(got):
                if want[key] != got[key]:
                    err("%s:%d: %r rows=%d occurrences=%d" % (fn, key[0], key[1], want[key], got[key]))
        # no labelled text inside another
        for a in texts:
            for b in texts:
                if a != b and spans(a, b):
                    err("%s: %r is inside %r" % (fn, a, b))
        # tricky strings present and not labelled
        for t in TRICKY[fn]:
            if t in texts:
                err("%s: tricky %r is labelled" % (fn, t)); continue
            free = []
            for i, line in enumerate(L, 1):
                for s, e in spans(t, line):
                    if not any(s < le and ls < e for ls, le in labelled[i]):
                        free.append(i)
            if not free:
                err("%s: tricky %r has no free occurrence" % (fn, t))
        print("%-10s words=%4d rows=%3d tricky=%d" % (fn, wc, len(R), len(TRICKY[fn])))
    for k, m in MINIMUMS.items():
        if kinds[k] < m:
            err("kind %s: %d < %d" % (k, kinds[k], m))
    print("per kind:", dict(sorted(kinds.items())), "total", len(rows),
          "tricky total", sum(len(v) for v in TRICKY.values()))
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
