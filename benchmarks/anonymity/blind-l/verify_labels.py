#!/usr/bin/env python3
"""Check labels.csv against the transcripts in this folder.
Standard library + python-docx. Run: python verify_labels.py"""
import csv, re, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sl01.vtt", "sl02.txt", "sl03.docx", "sl04.txt", "sl05.txt"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4,
            "car_registration": 3, "place": 4, "workplace": 4}
TRICKY = {
    "sl01.vtt": ["Sisters in Step", "Mind", "CMHT", "WhatsApp", "Instagram", "Samaritans", "116 123",
                 "NHS 111", "Integrated Care Board", "London", "Tuesday", "March", "October",
                 "Black History Month", "joy", "faith", "YouTube", "eighty-one", "410",
                 "three hundred pounds"],
    "sl02.txt": ["Harbour Lads", "Samaritans", "NHS 111", "Fishermen's Mission", "Integrated Care Board",
                 "P2 said", "Thursday", "two thousand pounds", "seventy-three", "A and E", "11:42",
                 "March", "fourteen", "seventy"],
    "sl03.docx": ["T-Time North", "Metro", "GIC", "Samaritans", "Switchboard", "116 123", "999",
                  "Discord", "Instagram", "Zoom", "Integrated Care Board", "HMRC", "Newcastle",
                  "P4 said", "Trans Day of Visibility", "March", "rowan tree", "two pounds", "sixteen"],
    "sl04.txt": ["the brew stop", "cmht", "samaritans", "116 123", "nhs 111", "mind",
                 "integrated care board", "stoke", "£1.50", "friday", "christmas", "youtube", "hope",
                 "grace", "will", "lol", "insta", "[18:02]", "ninety one", "tuesday"],
    "sl05.txt": ["Sangat Sehat", "Vaisakhi", "Diwali", "gurdwara", "langar", "Birmingham", "Jalandhar",
                 "Poland", "WhatsApp", "Instagram", "Integrated Care Board", "Sat Sri Akal",
                 "sixty-seven", "Tuesdays", "July", "195", "Papa", "the Broadway", "Punjabi"],
}
MIN_TRICKY = 20

errors = []
def err(msg): errors.append(msg)

def pat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

def lines_of(fname):
    p = HERE / fname
    if p.suffix == ".docx":
        from docx import Document
        return [para.text for para in Document(str(p)).paragraphs]
    return p.read_text(encoding="utf-8").splitlines()

def word_count(fname, lines):
    if fname.endswith(".vtt"):
        n = 0
        for l in lines:
            if not l or l == "WEBVTT" or l.startswith("NOTE ") or re.fullmatch(r"\d+", l) or "-->" in l:
                continue
            n += len(re.sub(r"<v [^>]*>", "", l).split())
        return n
    return sum(len(l.split()) for l in lines)

rows = list(csv.DictReader(open(HERE / "labels.csv", encoding="utf-8", newline="")))
if not rows or list(rows[0].keys()) != ["file", "line", "kind", "text"]:
    err("labels.csv header must be file,line,kind,text")

by_file = defaultdict(list)
for r in rows:
    if r["file"] not in FILES: err(f"unknown file in labels: {r['file']}")
    if r["kind"] not in MINIMUMS: err(f"unknown kind: {r['kind']}")
    by_file[r["file"]].append(r)

total_tricky = 0
for fname in FILES:
    lines = lines_of(fname)
    # 1. synthetic marker
    if fname.endswith(".vtt"):
        if lines[0] != "WEBVTT": err(f"{fname}: first line must be WEBVTT")
        notes = [l for l in lines if l.startswith("NOTE")]
        if not notes or notes[0] != "NOTE " + SYN: err(f"{fname}: first NOTE must be the SYNTHETIC line")
    elif lines[0] != SYN:
        err(f"{fname}: first line is not the SYNTHETIC line")
    # 2. word count
    wc = word_count(fname, lines)
    if not 700 <= wc <= 1000: err(f"{fname}: word count {wc} outside 700-1000")
    print(f"{fname}: {wc} words, {len(by_file[fname])} label rows")
    # 3. each row's text on its line
    texts = set()
    for r in by_file[fname]:
        ln = int(r["line"]); texts.add(r["text"])
        if not (1 <= ln <= len(lines)) or not pat(r["text"]).search(lines[ln - 1]):
            err(f"{fname}:{ln}: text not found on line: {r['text']!r}")
    # 4. occurrences == rows
    want = Counter((int(r["line"]), r["text"]) for r in by_file[fname])
    got = Counter()
    spans = defaultdict(list)
    for t in texts:
        for i, l in enumerate(lines, 1):
            for m in pat(t).finditer(l):
                got[(i, t)] += 1; spans[i].append(m.span())
    if want != got:
        for k in set(want) | set(got):
            if want[k] != got[k]:
                err(f"{fname}:{k[0]}: {k[1]!r} occurs {got[k]}x but labelled {want[k]}x")
    # 5. no labelled text inside another
    for a in texts:
        for b in texts:
            if a != b and pat(a).search(b):
                err(f"{fname}: labelled text {a!r} is inside labelled text {b!r}")
    # 6. tricky strings present and unlabelled
    for t in TRICKY[fname]:
        if t in texts: err(f"{fname}: tricky string {t!r} is labelled"); continue
        free = 0
        for i, l in enumerate(lines, 1):
            for m in pat(t).finditer(l):
                s, e = m.span()
                if not any(s < se and ss < e for ss, se in spans[i]): free += 1
        if free == 0: err(f"{fname}: tricky string {t!r} missing (or only inside labels)")
        else: total_tricky += 1

# 7. minimums
kinds = Counter(r["kind"] for r in rows)
for k, n in MINIMUMS.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < minimum {n}")
if total_tricky < MIN_TRICKY: err(f"only {total_tricky} tricky strings, need {MIN_TRICKY}")

print("counts:", dict(sorted(kinds.items())), "| total rows", len(rows), "| tricky checked", total_tricky)
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
