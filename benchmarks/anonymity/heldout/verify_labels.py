#!/usr/bin/env python3
"""Independent checks of labels.csv against the five SYNTHETIC transcripts.
Run: python verify_labels.py   (python-docx needed for hb01.docx)
"""

import csv
import os
import re
import sys
from collections import Counter, defaultdict

H = os.path.dirname(os.path.abspath(__file__))
FILES = ["hb01.docx", "hb02.vtt", "hb03.txt", "hb04.txt", "hb05.txt"]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
MINS = dict(
    name=35,
    phone=8,
    email=6,
    postcode=6,
    nhs_number=3,
    ni_number=3,
    street_address=5,
    date_of_birth=4,
    url=5,
    handle=4,
    car_registration=3,
    place=4,
    workplace=2,
)
# tricky non-identifiers planted (must occur, must not be labelled, must not contain a labelled text)
TRICKY = {
    "hb01.docx": [
        "summer",
        "joy",
        "Frank conversation",
        "faith",
        "the Landlord",
        "Hearing Voices Network",
        "Mind's",
        "Samaritans",
        "116 123",
        "Early Intervention team",
        "Integrated Care Board",
        "WhatsApp",
        "F1's paid",
        "Eid",
        "Mmm",
        "Bristol",
        "Voices Together",
        "PIP",
        "four in the morning",
        "Thursday",
    ],
    "hb02.vtt": [
        "frank",
        "Hope it stays dry",
        "Ilkley Moor",
        "Wakefield",
        "Vauxhall Corsa",
        "Sainsbury's",
        "TikTok",
        "Instagram",
        "F1 is, technically",
        "I'm 27",
        "Eighty-one",
        "four quid",
        "half nine",
        "Saturday",
        "NHS West Yorkshire Integrated Care Board",
        "Calder Valley",
        "Mmm",
        "WhatsApp",
        "F1's own mobile",
    ],
    "hb03.txt": [
        "ray of light",
        "bill",
        "may",
        "Will that come back",
        "March",
        "Tuesday",
        "Carers Wales",
        "Mental Health Act",
        "Carer's Allowance",
        "Tesco",
        "Mum",
        "111, press 2",
        "116 123",
        "Cardiff",
        "F2 doesn't pretend",
        "Christmas",
        "Ebenezer Chapel",
        "half two",
        "I'm 61",
        "Thursdays",
    ],
    "hb04.txt": [
        "camhs",
        "85258",
        "999 or text",
        "samaritans",
        "margate",
        "2am",
        "im 16",
        "gcses",
        "snap",
        "lol",
        "mm",
        "adhd",
        "london",
        "thursday",
        "holidays",
        "estate",
        "head of year",
    ],
    "hb05.txt": [
        "Hope's lovely",
        "hope versus honesty",
        "Beat helpline",
        "0808 801 0677",
        "BMI",
        "ARFID",
        "Sylhet",
        "DWP",
        "Skoda",
        "may want",
        "Will we say",
        "Tuesday",
        "A levels",
        "Bangladeshi",
        "fourteenth birthday",
        "twenty years",
        "I'm 29",
    ],
}


def lines_of(f):
    p = os.path.join(H, f)
    if f.endswith(".docx"):
        import docx

        return [para.text for para in docx.Document(p).paragraphs]
    return open(p, encoding="utf-8").read().split("\n")


def ww(t):
    return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")


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


def digits(t):
    words = re.findall(r"[a-z]+", t.lower())
    if words and all(w in SPOKEN or w == "double" for w in words):
        out, dbl = "", False
        for w in words:
            if w == "double":
                dbl = True
                continue
            out += SPOKEN[w] * (2 if dbl else 1)
            dbl = False
        return out
    d = re.sub(r"\D", "", t)
    if d.startswith("440"):
        d = "0" + d[3:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    return d


def drama(d):
    rng = [("07700900", 3), ("01134960", 3), ("01174960", 3), ("02079460", 3), ("02920180", 3)]
    return any(d.startswith(p) and len(d) == len(p) + n for p, n in rng)


def nhs_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1), strict=False)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


problems = []
rows = list(csv.DictReader(open(os.path.join(H, "labels.csv"), encoding="utf-8")))
assert list(rows[0].keys()) == ["file", "line", "kind", "text"]
content = {f: lines_of(f) for f in FILES}
words = {}
for f, L in content.items():
    if L[0 if not f.endswith(".vtt") else 2] not in (SYN, "NOTE " + SYN):
        problems.append(f"{f}: SYNTHETIC line missing")
    if f.endswith(".vtt"):
        spoken = [re.sub(r"<[^>]+>", "", l) for l in L if l.startswith("<v ")]
        words[f] = sum(len(l.split()) for l in spoken)
        for l in L:
            if "-->" in l and not re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}", l):
                problems.append(f"bad cue time {l}")
    else:
        words[f] = sum(len(l.split()) for l in L)

# 1. each row's text on its line
for r in rows:
    L = content[r["file"]]
    ln = int(r["line"])
    if not (1 <= ln <= len(L)) or not ww(r["text"]).search(L[ln - 1]):
        problems.append(f"not on line: {r}")
    if r["kind"] not in MINS:
        problems.append(f"bad kind {r}")
# 2. occurrences == rows ; per-line multiplicity too
by = defaultdict(list)
for r in rows:
    by[(r["file"], r["text"])].append(int(r["line"]))
for (f, t), lns in by.items():
    occ = [i + 1 for i, l in enumerate(content[f]) for _ in ww(t).finditer(l)]
    if sorted(occ) != sorted(lns):
        problems.append(f'{f}: "{t}" occurs on {occ}, rows on {sorted(lns)}')
    for f2, t2 in by:
        if f2 == f and t2 != t and ww(t).search(t2):
            problems.append(f'{f}: "{t}" is inside labelled "{t2}"')
# 3. kind-specific validity
for r in rows:
    k, t = r["kind"], r["text"]
    if k == "phone" and not drama(digits(t)):
        problems.append(f"phone outside drama ranges: {t}")
    if k == "nhs_number" and not nhs_ok(t):
        problems.append(f"bad NHS number {t}")
    if k == "ni_number" and not re.fullmatch(r"(QQ|TN|NT|ZZ|BG|GB|KN|NK)\d{6}[A-D]", re.sub(r"\s", "", t.upper())):
        problems.append(f"bad NI {t}")
    if k == "email":
        norm = t.replace(" at ", "@").replace(" dot ", ".")
        if not re.search(r"@example\.(org|com|net)$", norm):
            problems.append(f"bad email {t}")
    if k == "url":
        if not re.match(r"(https?://)?(www\.)?(example\.(org|com|net)|tiktok\.com|facebook\.com|instagram\.com)/", t):
            problems.append(f"bad url {t}")
        if t[-1] in ".,;:!?":
            problems.append(f"url trailing punct {t}")
# 4. tricky non-identifiers
tricky_n = 0
for f, items in TRICKY.items():
    text = "\n".join(content[f])
    labelled = [t for (f2, t) in by if f2 == f]
    for t in items:
        if t not in text:
            problems.append(f'{f}: tricky "{t}" not present')
        for lt in labelled:
            if ww(lt).search(t):
                problems.append(f'{f}: tricky "{t}" contains labelled "{lt}"')
        tricky_n += 1
# 5. counts
kc = Counter(r["kind"] for r in rows)
for k, m in MINS.items():
    if kc[k] < m:
        problems.append(f"kind {k}: {kc[k]} < {m}")
lower_names = sorted({r["text"] for r in rows if r["kind"] == "name" and r["text"][0].islower()})
if len(lower_names) < 6:
    problems.append("too few lower-case names")
spoken_ph = [r["text"] for r in rows if r["kind"] == "phone" and re.search("[a-z]", r["text"])]
spoken_em = [r["text"] for r in rows if r["kind"] == "email" and " at " in r["text"]]
if len(spoken_ph) < 2 or len(spoken_em) < 2:
    problems.append("spoken phone/email too few")

print("words per file:", words)
for f in FILES:
    if not 700 <= words[f] <= 1000:
        problems.append(f"{f}: {words[f]} words")
print("rows per file:", dict(Counter(r["file"] for r in rows)))
print("rows per kind:", dict(sorted(kc.items())), "total", len(rows))
print("lower-case names:", lower_names)
print("spoken phones:", spoken_ph)
print("spoken emails:", spoken_em)
print("tricky non-identifiers checked:", tricky_n)
print("PROBLEMS:", len(problems))
for p in problems:
    print("  ", p)
sys.exit(1 if problems else 0)
