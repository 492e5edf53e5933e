"""Check labels.csv and tricky.csv against the transcripts in this folder.

Run from this folder:  python verify_labels.py      (needs python-docx)
Prints PASS and exits 0 when every check holds; otherwise lists the problems and exits 1.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
TRANSCRIPTS = [
    "margate_tideline_cafe_trint.docx",
    "hastings_travelling_sisters_facebook.txt",
    "medway_veterans_handwritten_notes.txt",
    "crawley_kintsugi_qda_export.csv",
    "estuary_network_checkin_webex.vtt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (Margate, Hastings, Gillingham, Strood, Crawley, Romney Marsh)
OUTWARD = {"CT9", "TN34", "ME7", "ME2", "RH11", "TN29"}
DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

problems = []


def bad(msg):
    problems.append(msg)


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- reading files
def read_lines(name):
    path = os.path.join(HERE, name)
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        bad(f"{name}: contains CR characters; line numbers would be ambiguous")
    return raw.split("\n")


def content_words(name, lines):
    """Words of transcript content (docx paragraphs, txt lines, csv cells, vtt cue payload)."""
    if name.endswith(".vtt"):
        keep = [l for l in lines if l.strip() and l.strip() != "WEBVTT" and "-->" not in l
                and not re.match(r'^\d+( ".*")?$', l.strip())]
        return sum(len(l.split()) for l in keep)
    if name.endswith(".csv"):
        rows = list(csv.reader(lines))
        return sum(len(c.split()) for r in rows for c in r)
    return sum(len(l.split()) for l in lines)


def spoken_to_compact(text):
    """'oh seven seven double oh, nine ...' / 'CT nine, five V M' -> compact upper-case string."""
    toks = re.split(r"[\s,\-]+", text.strip())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower()
        if low in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = DIGIT_WORDS.get(nxt.lower(), nxt)
            out.append(d * (2 if low == "double" else 3))
            i += 2
            continue
        if low in DIGIT_WORDS and not (low == "o" and t == "O"):
            out.append(DIGIT_WORDS[low])
        else:
            out.append(t)
        i += 1
    return "".join(out).upper()


def nhs_ok(digits):
    if not re.fullmatch(r"\d{10}", digits) or not digits.startswith("999"):
        return False
    s = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(digits[9])


def safe_value(kind, text):
    if kind == "phone":
        d = re.sub(r"\D", "", spoken_to_compact(text))
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)
    if kind == "email":
        e = re.sub(r"\s+at\s+", "@", text.strip())
        e = re.sub(r"\s+dot\s+", ".", e).replace(" ", "")
        m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", e)
        return bool(m) and m.group(1).lower() in ("example.org", "example.com", "example.net")
    if kind == "url":
        m = re.match(r"(?:https?://)?(?:www\.)?([\w.-]+)", text)
        return bool(m) and m.group(1).lower() in ("example.org", "example.com", "example.net")
    if kind == "nhs_number":
        return nhs_ok(re.sub(r"\D", "", spoken_to_compact(text)))
    if kind == "ni_number":
        c = text.replace(" ", "").upper()
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", c))
    if kind == "postcode":
        c = re.sub(r"[^A-Z0-9]", "", spoken_to_compact(text))
        if len(c) < 5:
            return False
        out, inw = c[:-3], c[-3:]
        return (out in OUTWARD and re.fullmatch(r"\d[A-Z]{2}", inw) is not None
                and any(ch in "CIKMOV" for ch in inw))
    if kind == "car_registration":
        c = text.replace(" ", "").upper()
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", c)) and any(ch in "IQ" for ch in c[-3:])
    if kind == "handle":
        return text.startswith("@")
    return True


# ---------------------------------------------------------------- load everything
files = {}
for name in TRANSCRIPTS:
    if not os.path.exists(os.path.join(HERE, name)):
        bad(f"missing transcript {name}")
        continue
    files[name] = read_lines(name)

# synthetic notice
for name, lines in files.items():
    if name.endswith(".vtt"):
        if lines[0].strip() != "WEBVTT":
            bad(f"{name}: first line must be WEBVTT")
        payload = [l for l in lines[1:] if l.strip() and "-->" not in l and not re.match(r'^\d+( ".*")?$', l)]
        if not payload or payload[0] != SYN:
            bad(f"{name}: first cue text is not the synthetic notice")
    elif lines[0] != SYN:
        bad(f"{name}: first line/paragraph is not the synthetic notice")

# csv row == physical line
for name, lines in files.items():
    if name.endswith(".csv"):
        rows = list(csv.reader(lines))
        if len(rows) != len(lines):
            bad(f"{name}: csv rows ({len(rows)}) differ from physical lines ({len(lines)})")

# word counts
for name, lines in files.items():
    n = content_words(name, lines)
    if not 700 <= n <= 1000:
        bad(f"{name}: {n} words, outside 700-1000")

# labels
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    labels = [r for r in reader]

spec = defaultdict(dict)          # file -> text -> kind
row_count = Counter()             # (file, line, text) -> rows
for r in labels:
    if len(r) != 4:
        bad(f"labels.csv malformed row {r}")
        continue
    name, line, kind, text = r
    if name not in files:
        bad(f"label for unknown file {name}")
        continue
    if kind not in KINDS:
        bad(f"{name}:{line}: unknown kind {kind}")
    if text != text.strip() or not text:
        bad(f"{name}:{line}: label text has outer whitespace or is empty: {text!r}")
    prev = spec[name].get(text)
    if prev and prev != kind:
        bad(f"{name}: text {text!r} has two kinds ({prev}, {kind})")
    spec[name][text] = kind
    ln = int(line)
    lines = files[name]
    if not 1 <= ln <= len(lines):
        bad(f"{name}:{line}: line out of range")
        continue
    if not wre(text).search(lines[ln - 1]):
        bad(f"{name}:{line}: text {text!r} not found (whole word) on that line")
    row_count[(name, ln, text)] += 1
    if kind == "name":
        if " " in text:
            bad(f"{name}:{line}: name label is not a single word: {text!r}")
        if text.endswith("'s") or text.endswith("’s"):
            bad(f"{name}:{line}: possessive kept in name label {text!r}")
        if re.fullmatch(r"[A-Z]\.?", text):
            bad(f"{name}:{line}: single initial labelled {text!r}")
        if re.fullmatch(r"(Facilitator|Interviewer|Member \d+|P\d+|F|Speaker \d+)", text):
            bad(f"{name}:{line}: role label labelled {text!r}")
        if re.match(r"(Mr|Mrs|Ms|Miss|Dr|Sgt|Cpl|Major)\b", text):
            bad(f"{name}:{line}: title left in name label {text!r}")
    if not safe_value(kind, text):
        bad(f"{name}:{line}: unsafe or malformed {kind} value {text!r}")

# every occurrence labelled, no extra rows
spans = defaultdict(list)         # file -> [(line, start, end)]
for name, texts in spec.items():
    lines = files[name]
    for text in texts:
        for i, l in enumerate(lines, 1):
            occ = list(wre(text).finditer(l))
            for m in occ:
                spans[name].append((i, m.start(), m.end()))
            if len(occ) != row_count[(name, i, text)]:
                bad(f"{name}:{i}: {text!r} occurs {len(occ)}x but has {row_count[(name, i, text)]} rows")

# containment within a file (case-insensitive)
for name, texts in spec.items():
    t = list(texts)
    for a in t:
        for b in t:
            if a != b and a.lower() in b.lower():
                bad(f"{name}: label {a!r} is contained in label {b!r}")

# totals
total = len(labels)
if not 180 <= total <= 220:
    bad(f"labels.csv has {total} rows, outside 180-220")
kinds = Counter(r[2] for r in labels)
if kinds["name"] < 0.4 * total or kinds["name"] > 0.6 * total:
    bad(f"names are {kinds['name']} of {total} rows, not about half")

# ---------------------------------------------------------------- tricky.csv
with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    if next(reader) != ["file", "text", "why"]:
        bad("tricky.csv header wrong")
    tricky = [r for r in reader]
if len(tricky) < 60:
    bad(f"tricky.csv has only {len(tricky)} rows (need 60)")
tspans = defaultdict(list)
for r in tricky:
    if len(r) != 3 or not r[2].strip():
        bad(f"tricky.csv malformed row {r}")
        continue
    name, text, _ = r
    if name not in files:
        bad(f"tricky.csv: unknown file {name}")
        continue
    if text in spec[name]:
        bad(f"tricky.csv: {text!r} is also a label text in {name}")
    free = False
    for i, l in enumerate(files[name], 1):
        for m in re.finditer(re.escape(text), l):
            tspans[name].append((i, m.start(), m.end()))
            if not any(li == i and s < m.end() and m.start() < e for li, s, e in spans[name]):
                free = True
    if not free:
        bad(f"tricky.csv: {text!r} does not occur (outside labels) in {name}")


# ---------------------------------------------------------------- sweep for unlabelled identifier-like strings
def covered(name, i, s, e):
    for li, a, b in spans[name] + tspans[name]:
        if li == i and a <= s and e <= b:
            return True
    return False


SWEEP = {
    "phone": r"(?<!\d)(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\b\w+(?:\s\w+)?\sat\s\w+\sdot\s(?:com|org|net|co\sdot\suk)\b",
    "url": r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk)/\S*",
    "handle": r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*",
    "postcode": r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    "nhs": r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)",
    "ni": r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "car": r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "date": r"(?<![\d:])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\d:])|\b\d{4}-\d{2}-\d{2}\b",
    "spoken digits": r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,]+){5,}"
                     r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b",
    "title + surname": r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z](?:[\w-]|'(?!s\b))*)",
    "initials": r"(?<!\w)[A-Z]\.[A-Z]\.(?!\w)",
}
for name, lines in files.items():
    for i, l in enumerate(lines, 1):
        if name.endswith(".vtt") and "-->" in l:
            continue
        for what, pat in SWEEP.items():
            for m in re.finditer(pat, l):
                s, e = (m.start(1), m.end(1)) if what == "title + surname" else (m.start(), m.end())
                while e > s and l[e - 1] in ".,;:!?)":
                    e -= 1
                if what == "title + surname" and len(m.group(1)) == 1:
                    continue      # single initial after a title is not labelled
                if not covered(name, i, s, e):
                    bad(f"{name}:{i}: unlabelled {what}-like string {l[s:e]!r}")

# label texts from any file (names, places, workplaces) appearing elsewhere unlabelled
all_texts = {t for texts in spec.values() for t, k in texts.items() if k in ("name", "place", "workplace")}
for name, lines in files.items():
    for t in all_texts:
        for i, l in enumerate(lines, 1):
            for m in wre(t).finditer(l):
                if not covered(name, i, m.start(), m.end()):
                    bad(f"{name}:{i}: {t!r} (a label elsewhere) is unlabelled here and not in tricky.csv")

# README
readme = os.path.join(HERE, "README.md")
if os.path.exists(readme):
    first = open(readme, encoding="utf-8").read().split("\n")
    if first[0] != ("This set is synthetic: every person, number, address, employer, venue, school and "
                    "street in it is invented.") or first[1].strip() != "**Status: NOT scored yet.**":
        bad("README.md does not start with the required two lines")
else:
    bad("README.md missing")

# scripts must not carry absolute machine paths
for py in ("build.py", "verify_labels.py"):
    src = open(os.path.join(HERE, py), encoding="utf-8").read()
    if re.search(r"['\"]/(?:work|home|tmp|Users)/", src):
        bad(f"{py} contains an absolute path")

if problems:
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"labels: {total} rows in {len(files)} files; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
print(f"tricky: {len(tricky)} rows")
print("PASS")
