#!/usr/bin/env python3
"""Check labels.csv against the transcripts of setP. Standard library + python-docx.
Run: python verify_labels.py"""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sp01.vtt", "sp02.txt", "sp03.docx", "sp04.txt", "sp05.txt"]
KINDS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
         "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4, "car_registration": 3,
         "place": 4, "workplace": 4}
TRICKY = {
 "sp01.vtt": ["Samaritans", "116 123", "Fishermen's Mission", "Zoom", "WhatsApp", "Aberdeen", "grant",
              "sandy", "Hogmanay", "Tuesday", "3am", "four hundred pound", "Sundays", "Instagram"],
 "sp02.txt": ["hope", "Thursday", "March", "Cardiff", "£200", "Farming Community Network", "DPJ Foundation",
              "Eisteddfod", "P2 said", "seventy-four", "Facebook", "Samaritans", "Cylch Ffermwyr", "Senedd"],
 "sp03.docx": ["Tesco", "WhatsApp", "Kaunas", "London", "Leeds", "Friday", "Christmas Eve", "Wigilia",
               "Mamy Razem", "P1's", "Instagram", "Skoda", "Monday"],
 "sp04.txt": ["hope", "will", "joy", "shout", "85258", "19:02", "thursday", "february", "halloween",
              "manchester", "£15", "tiktok", "lol", "P2 said", "spotify", "skate n talk", "co-op"],
 "sp05.txt": ["precious", "Tesco", "Monday", "Vaisakhi", "Diwali", "London", "Newcastle", "£300",
              "P5 said", "52", "Kent Messenger", "Bipolar UK", "Saanjh", "November", "Universal Credit", "Cork"],
}
errors = []
def err(m): errors.append(m)

def read_lines(fn):
    p = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        return [x.text for x in docx.Document(p).paragraphs]
    with open(p, encoding="utf-8") as f:
        return f.read().split("\n")

def ww(t): return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")

def words(fn, lines):
    if fn.endswith(".vtt"):
        keep = [re.sub(r"<[^>]+>", " ", l) for l in lines
                if l and l != "WEBVTT" and "-->" not in l and not l.strip().isdigit()]
        return sum(len(l.split()) for l in keep)
    return sum(len(l.split()) for l in lines)

texts = {fn: read_lines(fn) for fn in FILES}

# 1. synthetic first line
for fn, lines in texts.items():
    if fn.endswith(".vtt"):
        if lines[0] != "WEBVTT": err(f"{fn}: first line not WEBVTT")
        notes = [l for l in lines if l.startswith("NOTE")]
        if not notes or notes[0] != "NOTE " + SYN: err(f"{fn}: NOTE line wrong")
        if not any(l.startswith("<v ") for l in lines): err(f"{fn}: no voice tags")
        if not any(re.match(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$", l) for l in lines):
            err(f"{fn}: no cue timings")
    elif lines[0] != SYN:
        err(f"{fn}: first line is {lines[0]!r}")
    n = words(fn, lines)
    print(f"{fn}: {n} words")
    if not 700 <= n <= 1000: err(f"{fn}: word count {n} out of 700-1000")

# 2. labels
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f); header = next(r); rows = list(r)
if header != ["file", "line", "kind", "text"]: err(f"bad header {header}")
bykey = Counter(); labtexts = defaultdict(set); kindcount = Counter(); distinct = defaultdict(set)
for row in rows:
    if len(row) != 4: err(f"bad row {row}"); continue
    fn, ln, kind, t = row; ln = int(ln)
    if fn not in texts: err(f"unknown file {fn}"); continue
    if kind not in KINDS: err(f"unknown kind {kind}")
    if t != t.strip() or not t: err(f"untrimmed text {row}")
    lines = texts[fn]
    if not 1 <= ln <= len(lines) or not ww(t).search(lines[ln - 1]):
        err(f"{fn}:{ln}: {t!r} not on that line")
    if kind == "name" and (t.endswith("'s") or re.match(r"(Mr|Mrs|Ms|Dr|Miss)\b", t)):
        err(f"name with title/possessive {t!r}")
    bykey[(fn, ln, t)] += 1; labtexts[fn].add(t); kindcount[kind] += 1; distinct[kind].add((fn, t))
# every whole-word occurrence has its own row, exactly
for fn, ts in labtexts.items():
    for i, line in enumerate(texts[fn], 1):
        for t in ts:
            n = len(ww(t).findall(line))
            if n != bykey[(fn, i, t)]:
                err(f"{fn}:{i}: {t!r} occurs {n}x but {bykey[(fn, i, t)]} rows")
    for a in ts:
        for b in ts:
            if a != b and a in b: err(f"{fn}: label {a!r} is part of label {b!r}")
# 3. minimums
for k, m in KINDS.items():
    print(f"  {k:17s} rows={kindcount[k]:3d} distinct={len(distinct[k]):3d} (min {m})")
    if kindcount[k] < m or len(distinct[k]) < m:
        err(f"kind {k}: {kindcount[k]} rows / {len(distinct[k])} distinct < {m}")

# 4. tricky non-identifiers present and not overlapping any label
ntricky = 0
for fn, ts in TRICKY.items():
    lines = texts[fn]
    for t in ts:
        found = False
        for line in lines:
            spans = [m.span() for lt in labtexts[fn] for m in ww(lt).finditer(line)]
            for m in ww(t).finditer(line):
                found = True
                if any(s < m.end() and m.start() < e for s, e in spans):
                    err(f"{fn}: tricky {t!r} overlaps a label in {line[:60]!r}")
        if not found: err(f"{fn}: tricky {t!r} not present")
        if t in labtexts[fn]: err(f"{fn}: tricky {t!r} is labelled")
        ntricky += 1
print(f"tricky non-identifiers checked: {ntricky}")
if ntricky < 20: err("fewer than 20 tricky strings")

# 5. safe synthetic values
def digits(s): return re.sub(r"\D", "", s)
for fn, ln, kind, t in rows:
    if kind == "nhs_number":
        d = [int(c) for c in digits(t)]
        c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if len(d) != 10 or d[:3] != [9, 9, 9] or c == 10 or c != d[9]: err(f"bad NHS {t}")
    if kind == "ni_number" and t[:2] not in {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}: err(f"bad NI {t}")
    if kind in ("email", "url") and "example." not in t.replace(" dot ", ".") and not re.match(
            r"(https?://)?(www\.)?(facebook|instagram|tiktok|x|twitter)\.com/", t):
        err(f"unsafe {kind} {t}")
    if kind == "phone" and re.search(r"\d", t):
        d = digits(t)
        ok = (d.startswith("07700900") or any(d.startswith(p) for p in
              ["01134960", "01174960", "01614960", "02079460", "02920180", "01914980"])) and len(d) == 11
        if not ok: err(f"unsafe phone {t}")
print(f"{len(rows)} label rows")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
