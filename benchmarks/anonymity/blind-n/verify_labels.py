#!/usr/bin/env python3
"""Verify labels.csv against sn01.vtt..sn05.txt (standard library + python-docx)."""
import csv, os, re, sys
from collections import Counter, defaultdict
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sn01.vtt", "sn02.txt", "sn03.docx", "sn04.txt", "sn05.txt"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4, "car_registration": 3,
            "place": 4, "workplace": 4}
TRICKY = {
    "sn01.vtt": ["Samaritans", "116 123", "CMHT", "Integrated Care Board", "Swansea", "WhatsApp", "Tuesday",
                 "January", "St David's Day", "three pounds", "Hope", "Corsa", "Facebook", "Instagram", "2019"],
    "sn02.txt": ["Mind", "P2 said", "frank", "Easter", "NHS 111", "Samaritans", "116 123", "Integrated Care Board",
                 "CMHT", "Universal Credit", "Twenty pounds", "Thursday", "Skoda", "Poland", "forty-eight"],
    "sn03.docx": ["Beat", "London", "February", "nineteen", "fifty quid", "WhatsApp", "NHS 111", "Samaritans",
                  "116 123", "Integrated Care Board", "Wednesday", "Citroën", "Freshers", "Hopeful"],
    "sn04.txt": ["will", "hope", "mark", "may", "bill", "summer", "milton keynes", "bonfire night", "glastonbury",
                 "camhs", "tiktok", "whatsapp", "£12", "41", "19:01", "integrated care board", "9 year old"],
    "sn05.txt": ["robin", "Leeds", "Lagos", "Christmas", "Mind", "Tuesdays", "Thursday", "eighty-one",
                 "seventy-four", "four hundred pounds", "Parkinson's", "Facebook"],
}
errors = []

def err(msg):
    errors.append(msg)

def lines_of(f):
    p = os.path.join(HERE, f)
    if f.endswith(".docx"):
        return [para.text for para in Document(p).paragraphs]
    return open(p, encoding="utf-8").read().split("\n")

def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

def words(f, lines):
    if f.endswith(".vtt"):
        body = [l for l in lines if l and l != "WEBVTT" and not l.startswith("NOTE")
                and "-->" not in l and not l.strip().isdigit()]
        return len(re.sub(r"<v [^>]*>", "", " ".join(body)).split())
    return len(" ".join(lines).split())

rows = list(csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")))
if rows and list(rows[0].keys()) != ["file", "line", "kind", "text"]:
    err("bad header")
byfile = defaultdict(list)
for r in rows:
    byfile[r["file"]].append(r)
    if r["kind"] not in MINIMUMS:
        err("unknown kind %r" % r["kind"])

for f in FILES:
    lines = lines_of(f)
    first = lines[2] if f.endswith(".vtt") else lines[0]
    want = "NOTE " + SYN if f.endswith(".vtt") else SYN
    if f.endswith(".vtt") and lines[0] != "WEBVTT":
        err(f + ": no WEBVTT header")
    if first != want:
        err(f + ": bad SYNTHETIC line: %r" % first)
    wc = words(f, lines)
    raw = len(" ".join(lines).split())
    if not 700 <= wc <= 1000 or not 700 <= raw <= 1000:
        err(f + ": word count %d (raw %d)" % (wc, raw))
    print("%-10s %4d words %3d labels" % (f, wc, len(byfile[f])))
    frows = byfile[f]
    spans = defaultdict(list)  # line -> [(start, end)]
    expected = Counter()
    for r in frows:
        n = int(r["line"]); t = r["text"]
        if not (1 <= n <= len(lines)) or t not in lines[n - 1]:
            err("%s:%s text %r not on line" % (f, n, t)); continue
        expected[(n, t)] += 1
        if t != t.strip() or not t:
            err("%s:%s untrimmed %r" % (f, n, t))
        if r["kind"] == "name" and (t.endswith("'s") or re.match(r"(Mr|Mrs|Ms|Dr|Father|mrs|mr)\b", t)):
            err("%s:%s name includes title/possessive %r" % (f, n, t))
    texts = set(t for (_, t) in expected)
    for t in texts:
        found = Counter()
        for i, l in enumerate(lines, 1):
            for m in ww(t).finditer(l):
                found[(i, t)] += 1
                spans[i].append((m.start(), m.end()))
        exp = Counter({k: v for k, v in expected.items() if k[1] == t})
        if found != exp:
            err("%s: occurrences of %r %s != rows %s" % (f, t, dict(found), dict(exp)))
        for u in texts:
            if u != t and ww(t).search(u):
                err("%s: labelled %r inside labelled %r" % (f, t, u))
    for tr in TRICKY[f]:
        if tr in texts:
            err("%s: tricky %r is labelled" % (f, tr)); continue
        free = False
        for i, l in enumerate(lines, 1):
            for m in ww(tr).finditer(l):
                if not any(a <= m.start() < b or a < m.end() <= b for a, b in spans[i]):
                    free = True
        if not free:
            err("%s: tricky %r missing or only inside labels" % (f, tr))

for r in rows:
    if r["kind"] == "nhs_number":
        d = [int(c) for c in r["text"] if c.isdigit()]
        chk = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
        if len(d) != 10 or not r["text"].startswith("999") or (chk % 11) != d[9]:
            err("bad NHS number %r" % r["text"])
    if r["kind"] == "ni_number" and r["text"].replace(" ", "").upper()[:2] not in {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}:
        err("NI prefix %r" % r["text"])
counts = Counter(r["kind"] for r in rows)
for k, v in MINIMUMS.items():
    if counts[k] < v:
        err("kind %s: %d < %d" % (k, counts[k], v))
print("counts:", dict(sorted(counts.items())), "total", len(rows))
print("tricky strings:", sum(len(v) for v in TRICKY.values()))
for e in errors:
    print("ERROR:", e)
print("FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
