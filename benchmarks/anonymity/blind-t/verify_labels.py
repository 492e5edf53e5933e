"""Verify labels.csv against the blind-t transcripts.  Prints PASS or FAIL.

Checks
  1. the SYNTHETIC line is the first line (.txt), first NOTE (.vtt), first paragraph (.docx)
  2. labels.csv header; every row's text occurs (whole word) on its line
  3. occurrences match rows exactly: for every labelled text, the multiset of
     lines where it occurs (whole word, case-sensitive) == the rows for it
  4. one kind per text per file; no label text is part of another label text
     in the same file (case-insensitive substring)
  5. word counts 700-1000 (spoken text: .vtt cue text without tags/timings,
     .docx paragraph text, .txt whole file)
  6. tricky non-identifiers present, never labelled, never inside a label span
  7. safe values: Ofcom drama phone ranges, example.* e-mail/URL domains,
     NHS numbers 999 + valid modulus-11 check digit, never-issued NI prefixes,
     postcode format + real outward code, current-format car registrations
  8. speaker labels / pseudonyms not labelled; totals in range; no absolute paths
  9. labels.csv and the label list in build_labels.py agree
Run: python verify_labels.py   (python-docx needed for t03.docx)
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from build_labels import FILES, LABELS, TRICKY, find_all, read_units

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
errors = []


def err(msg):
    errors.append(msg)


# ---------- 1. SYNTHETIC line ----------
units = {f: read_units(f) for f in FILES}
for f, u in units.items():
    if f.endswith(".vtt"):
        if u[0] != "WEBVTT":
            err(f"{f}: first line is not WEBVTT")
        i = next((k for k, x in enumerate(u) if x.startswith("NOTE")), None)
        note = None if i is None else (u[i][4:].strip() or u[i + 1])
        if note != SYN:
            err(f"{f}: first NOTE is not the SYNTHETIC line")
    elif u[0] != SYN:
        err(f"{f}: first line/paragraph is not the SYNTHETIC line")

# ---------- 2-4. rows ----------
with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    rows = [r for r in rd]
if header != ["file", "line", "kind", "text"]:
    err(f"bad header {header}")
rows = [(f, int(ln), k, t) for f, ln, k, t in rows]
by_file = defaultdict(list)
for f, ln, k, t in rows:
    if f not in units:
        err(f"unknown file {f}")
        continue
    if k not in KINDS:
        err(f"unknown kind {k}")
    by_file[f].append((ln, k, t))
    if not (1 <= ln <= len(units[f])) or not find_all([units[f][ln - 1]], t):
        err(f"{f}:{ln} text {t!r} not on its line")

# the label list in build_labels.py and labels.csv name the same (file, kind, text) set
declared = {(f, k, t) for f, lst in LABELS.items() for k, t in lst}
in_csv = {(f, k, t) for f, _, k, t in rows}
for x in sorted(declared - in_csv):
    err(f"declared label missing from labels.csv: {x}")
for x in sorted(in_csv - declared):
    err(f"labels.csv row not declared in build_labels.py: {x}")

spans = defaultdict(list)  # file -> [(line, start, end)]
for f in FILES:
    texts = defaultdict(set)
    for ln, k, t in by_file[f]:
        texts[t].add(k)
    for t, ks in texts.items():
        if len(ks) > 1:
            err(f"{f}: {t!r} has several kinds {ks}")
        occ = find_all(units[f], t)
        spans[f] += occ
        want = Counter(o[0] for o in occ)
        got = Counter(ln for ln, _, tt in by_file[f] if tt == t)
        if want != got:
            err(f"{f}: occurrences of {t!r} {dict(want)} != rows {dict(got)}")
    tl = list(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                err(f"{f}: label {a!r} is part of label {b!r}")
    # speaker labels / pseudonyms never labelled
    for t in tl:
        if re.fullmatch(r"(?i)(p|participant |member |commissioner |speaker )?\d+", t) or t in {
                "Facilitator", "Commissioner", "Volunteer", "Interpreter", "Sunflower",
                "Participant", "Member", "Guest"}:
            err(f"{f}: speaker label/pseudonym {t!r} is labelled")

# ---------- 5. word counts ----------
def spoken_words(f):
    u = units[f]
    if f.endswith(".vtt"):
        keep = [x for x in u if x and x not in ("WEBVTT", "NOTE") and "-->" not in x
                and not re.fullmatch(r"[0-9a-f-]{36}/\d+-\d+", x)]
        return len(re.sub(r"<[^>]*>", " ", "\n".join(keep)).split())
    return len("\n".join(u).split())


wc = {f: spoken_words(f) for f in FILES}
for f, n in wc.items():
    if not 700 <= n <= 1000:
        err(f"{f}: {n} words, outside 700-1000")

# ---------- 6. tricky ----------
label_texts = {f: {t for _, _, t in by_file[f]} for f in FILES}
for f, lst in TRICKY.items():
    for s in lst:
        occ = find_all(units[f], s)
        if not occ:
            err(f"{f}: tricky {s!r} not present")
        if s in label_texts[f]:
            err(f"{f}: tricky {s!r} is labelled")
        for ln, a, b in occ:
            for ln2, c, d in spans[f]:
                if ln == ln2 and a < d and c < b:
                    err(f"{f}:{ln}: tricky {s!r} overlaps a label")

# ---------- 7. safe values ----------
WORDNUM = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
           "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits(s):
    out, rep = "", 1
    for w in re.findall(r"[a-z]+|\d", s.lower()):
        if w in ("double", "treble", "triple"):
            rep = 2 if w == "double" else 3
            continue
        d = WORDNUM.get(w, w if w.isdigit() else "")
        out += d * rep
        rep = 1
    return out


PHONE_OK = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01174960\d{3}"]
REAL_OUTWARD = {"BT47", "BS5", "TD6", "DT6", "TR18"}
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def spoken_to_written(s):
    s = s.lower().replace(" at ", "@").replace(" dot ", ".")
    return s.replace(" ", "")


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10 or not d.startswith("999"):
        return False
    r = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


for f in FILES:
    for t in sorted({(k, t) for _, k, t in by_file[f]}):
        k, v = t
        ok = True
        if k == "phone":
            ok = any(re.fullmatch(p, digits(v)) for p in PHONE_OK)
        elif k == "email":
            ok = bool(re.fullmatch(r"[a-z0-9._+-]+@example\.(org|com|net)", spoken_to_written(v)))
        elif k == "url":
            ok = bool(re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/[\w./-]*)?", v))
        elif k == "nhs_number":
            ok = nhs_ok(v)
        elif k == "ni_number":
            n = v.replace(" ", "").upper()
            ok = bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n)) and (
                n[0] in "DFIQUV" or n[1] in "DFIOQUV" or n[:2] in NI_BAD_PREFIX)
        elif k == "postcode":
            m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})", v.upper())
            ok = bool(m) and m.group(1) in REAL_OUTWARD
        elif k == "car_registration":
            ok = bool(re.fullmatch(r"[A-HJ-PR-Y]{2}(0[2-9]|1\d|2[0-4]|5[1-9]|6\d|7[0-4]) [A-HJ-PR-Y]{3}",
                                   v.upper()))
        elif k == "handle":
            ok = bool(re.fullmatch(r"@[A-Za-z0-9_.]+", v))
        elif k == "date_of_birth":
            ok = bool(re.search(r"\d{1,2}/\d{1,2}/\d{2,4}|(19|20)\d\d|nineteen", v))
        if not ok:
            err(f"{f}: unsafe or malformed {k} {v!r}")

# ---------- 8. totals, paths ----------
if not 150 <= len(rows) <= 200:
    err(f"{len(rows)} label rows, outside 150-200")
ntricky = sum(len(v) for v in TRICKY.values())
if not 60 <= ntricky <= 80:
    err(f"{ntricky} tricky strings, outside 60-80")
ABS = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/",
                                 r"[A-Za-z]:" + r"\\\\"]) + ")")
for p in sorted(HERE.iterdir()):
    if p.is_file():
        if p.suffix == ".docx":
            txt = "\n".join(units.get(p.name) or read_units(p.name))
        else:
            txt = p.read_text(encoding="utf-8", errors="replace")
        if ABS.search(txt):
            err(f"{p.name}: contains an absolute machine path")

print(f"files: {len(FILES)}; label rows: {len(rows)}; tricky strings: {ntricky}")
print("words: " + ", ".join(f"{f}={n}" for f, n in wc.items()))
print("kinds: " + ", ".join(f"{k}={n}" for k, n in sorted(Counter(r[2] for r in rows).items())))
if errors:
    for e in errors:
        print("ERROR", e)
    print("FAIL")
    sys.exit(1)
print("PASS")
