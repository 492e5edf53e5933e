#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check labels.csv / tricky.csv against the five transcripts of the blind-ba set. Prints PASS or FAIL."""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["wheelhouse_zoom_autotranscript.vtt", "fen_folk_talk_handwritten_notes.docx",
         "market_day_phone_interview.txt", "fenland_farm_minds_facebook_thread.txt",
         "wold_top_mart_group_recording.csv"]
NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180")
REAL_OUTWARD = {"TR18", "TR26", "PE12", "PE13", "EX19", "LN11", "LN8"}   # outward codes used in this set
ROLE_LABELS = {"Facilitator", "Commissioner", "Host", "Member", "Q", "A", "F", "P", "Admin"}
errors = []
def err(m): errors.append(m)

def wb(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

def load(f):
    p = os.path.join(HERE, f)
    if f.endswith(".docx"):
        from docx import Document
        return [para.text for para in Document(p).paragraphs]
    return open(p, encoding="utf-8").read().split("\n")

lines = {f: load(f) for f in FILES}

# ---- notice + word counts
def words(t): return len([w for w in t.split() if re.search(r"\w", w)])
wc = {}
for f, L in lines.items():
    if f.endswith(".vtt"):
        cues = [l for l in L[1:] if l.strip() and "-->" not in l and not l.strip().isdigit()]
        first, body = cues[0], " ".join(cues)
    elif f.endswith(".csv"):
        rows = list(csv.reader(L[:-1] if L[-1] == "" else L))
        if rows[0] != ["speaker", "text", "start", "end"]: err(f"{f}: bad csv header {rows[0]}")
        if any(len(r) != 4 for r in rows): err(f"{f}: row with wrong column count")
        first, body = rows[1][1], " ".join(r[1] for r in rows[1:])
    else:
        first, body = L[0], " ".join(L)
    if first != NOTICE: err(f"{f}: first text is not the synthetic notice: {first!r}")
    wc[f] = words(body)
    if not 700 <= wc[f] <= 1000: err(f"{f}: {wc[f]} words, outside 700-1000")

# ---- spoken digits
DIG = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
       "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
def spoken_digits(t):
    out, mult = "", 1
    for tok in re.findall(r"[a-z]+|\d", t.lower()):
        if tok in ("double", "triple"): mult = 2 if tok == "double" else 3; continue
        if tok == "hundred": out += "00"; continue
        d = tok if tok.isdigit() else DIG.get(tok)
        if d is None: return None
        out += d * mult; mult = 1
    return out

def phone_ok(t):
    if re.search(r"[a-z]{2}", t):
        d = spoken_digits(t)
    else:
        d = re.sub(r"\D", "", t)
        if t.strip().startswith("+44"):
            d = d[2:]; d = d if d.startswith("0") else "0" + d
    return d is not None and len(d) == 11 and d.startswith(PHONE_PREFIXES)

def nhs_ok(t):
    d = spoken_digits(t) if re.search(r"[a-z]{2}", t) else re.sub(r"\D", "", t)
    if not d or len(d) != 10 or not d.startswith("999"): return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))); c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])

def safe(kind, t):
    if kind == "phone": return phone_ok(t)
    if kind == "nhs_number": return nhs_ok(t)
    if kind == "email":
        if "@" in t: return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", t) is not None
        return re.fullmatch(r"[\w.-]+ at example dot (org|com|net)", t) is not None
    if kind == "url":
        return re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/[\w./-]*)?", t) is not None
    if kind == "postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", re.sub(r"\s", "", t.upper()))
        return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2))
    if kind == "ni_number":
        return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t.upper())) is not None
    if kind == "car_registration":
        m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", re.sub(r"\s", "", t.upper()))
        return bool(m) and any(c in "IQ" for c in m.group(1))
    if kind == "handle": return re.fullmatch(r"@[\w.]+", t) is not None
    if kind == "name":
        return (not re.search(r"\s", t) and not t.endswith("'s") and not re.fullmatch(r"[A-ZŞ]\.?", t)
                and t not in ROLE_LABELS and not re.fullmatch(r"(Member|P)\d+", t))
    if kind == "date_of_birth":
        return re.search(r"(19\d\d|\b\d\d$|sixty|seventy|eighty|ninety)", t) is not None
    return True

# ---- labels
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh); hdr = next(rd); labels = list(rd)
if hdr != ["file", "line", "kind", "text"]: err(f"labels.csv header {hdr}")
by_file = defaultdict(dict); rowcount = Counter()
for r in labels:
    if len(r) != 4: err(f"bad label row {r}"); continue
    f, ln, k, t = r
    if f not in lines: err(f"unknown file {f}"); continue
    if k not in KINDS: err(f"unknown kind {k} in {r}")
    ln = int(ln)
    if not 1 <= ln <= len(lines[f]): err(f"line out of range {r}"); continue
    if not wb(t).search(lines[f][ln - 1]): err(f"text not on its line: {r}")
    if by_file[f].setdefault(t, k) != k: err(f"{f}: {t!r} has more than one kind")
    if t != t.strip() or not t: err(f"label text has stray whitespace: {r}")
    if not safe(k, t): err(f"unsafe or malformed {k}: {t!r} in {f}")
    rowcount[(f, ln, t)] += 1

label_spans = defaultdict(list)   # (file, line) -> [(start, end)]
for f, texts in by_file.items():
    for t in texts:
        for i, L in enumerate(lines[f], 1):
            n = 0
            for m in wb(t).finditer(L):
                n += 1; label_spans[(f, i)].append((m.start(), m.end()))
            if n != rowcount[(f, i, t)]:
                err(f"{f}:{i}: {t!r} occurs {n}x on the line but has {rowcount[(f, i, t)]} rows")
    tl = list(texts)
    for a in tl:
        for b in tl:
            if a != b and a.casefold() in b.casefold():
                err(f"{f}: label {a!r} is contained in label {b!r}")

# ---- tricky
with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh); thdr = next(rd); tricky = list(rd)
if thdr != ["file", "text", "why"]: err(f"tricky.csv header {thdr}")
if len(tricky) < 60: err(f"only {len(tricky)} tricky rows")
tricky_spans = defaultdict(list)
def overlaps(sp, spans): return any(sp[0] < e and s < sp[1] for s, e in spans)
for f, t, why in tricky:
    if f not in lines: err(f"tricky: unknown file {f}"); continue
    if t in by_file[f]: err(f"tricky text is also a label in {f}: {t!r}")
    free = 0
    for i, L in enumerate(lines[f], 1):
        for m in wb(t).finditer(L):
            tricky_spans[(f, i)].append((m.start(), m.end()))
            if not overlaps((m.start(), m.end()), label_spans[(f, i)]): free += 1
    if not free: err(f"tricky text {t!r} does not appear (outside labels) in {f}")

# ---- sweep for unlabelled identifier-like strings
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SPOKEN = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEP = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\b[\w.-]+ at [\w-]+ dot (?:com|org|net|co\.uk)\b",
    "url": r"(?:https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|co\.uk)/\S*)",
    "handle": r"(?<![\w@])@\w[\w.]*",
    "digit run": r"(?<!\w)\+?\(?\d[\d ()\-]{7,}\d(?!\w)",
    "spoken digits": r"\b(?:" + SPOKEN + r"[ ,]+){5,}" + SPOKEN + r"\b",
    "postcode": r"(?i)(?<![\w'’])[A-Z]{1,2} ?\d[A-Z\d]? *\d[A-Z]{2}\b",
    "ni": r"(?i)\b[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]\b",
    "car": r"(?i)\b[A-Z]{2}\d\d ?[A-Z]{3}\b",
    "numeric date": r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    "worded date": r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth)\s+(?:of\s+)?(?:" + MONTHS + r")(?:,?\s+(?:\d{4}|[a-z]+-?[a-z]*))?",
}
for f, L in lines.items():
    for i, line in enumerate(L, 1):
        for what, pat in SWEEP.items():
            for m in re.finditer(pat, line):
                if what == "digit run" and len(re.sub(r"\D", "", m.group())) < 9: continue
                sp = (m.start(), m.end())
                if not (overlaps(sp, label_spans[(f, i)]) or overlaps(sp, tricky_spans[(f, i)])):
                    err(f"sweep {what}: unlabelled {m.group()!r} at {f}:{i}")

# capitalised words in mid-sentence must be labelled, tricky, or ordinary (ALLOW)
ALLOW = set(open(os.path.join(HERE, "verify_allow.txt"), encoding="utf-8").read().split())
for f, L in lines.items():
    for i, line in enumerate(L, 1):
        for m in re.finditer(r"(?<![\w'’@./-])([^\W\d_][\w'’]*)", line):
            w = m.group(1)
            if not w[0].isupper(): continue
            before = line[:m.start()].rstrip()
            if not before or not (before[-1].isalnum() or before[-1] in ",'’"): continue   # sentence start
            base = re.sub(r"['’](s|m|d|ll|ve|re|t)?$", "", w)
            sp = (m.start(), m.end())
            if overlaps(sp, label_spans[(f, i)]) or overlaps(sp, tricky_spans[(f, i)]): continue
            if base in ALLOW or w in ALLOW: continue
            err(f"sweep capitalised: unexplained {w!r} at {f}:{i}")

kinds = Counter(r[2] for r in labels)
print("label rows:", len(labels), dict(sorted(kinds.items())))
print("rows per file:", dict(Counter(r[0] for r in labels)))
print("words:", wc)
print("tricky rows:", len(tricky))
total = len(labels)
if not 180 <= total <= 220: err(f"{total} label rows, outside 180-220")
if not 0.4 <= kinds["name"] / total <= 0.6: err("names are not about half of the labels")
for e in errors: print("ERROR:", e)
print("FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
