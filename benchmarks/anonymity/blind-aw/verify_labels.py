# -*- coding: utf-8 -*-
"""Verify the blind-aw set: labels.csv, tricky.csv, the five transcripts and README.md.

Run with:  .venv/bin/python verify_labels.py
Prints PASS when every check holds, otherwise a list of problems and FAIL.
It reads only files inside this folder.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = {
    "aw01_otter_cardiff.txt": "otter",
    "aw02_captions_swansea.srt": "srt",
    "aw03_minutes_rhondda.docx": "docx",
    "aw04_teams_wrexham.vtt": "vtt",
    "aw05_messenger_gwynedd.txt": "messenger",
}
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------------ loading
def load_lines(fname):
    """Return the list of 'lines' that label line numbers refer to (1-based)."""
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        doc = Document(path)
        out = [p.text for p in doc.paragraphs]          # body paragraphs, headings included
        for t in doc.tables:                             # then table cells, row order, left to right
            for row in t.rows:
                for cell in row.cells:
                    out += [p.text for p in cell.paragraphs]
        return out
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    if "\r" in data:
        bad(f"{fname}: contains CR characters")
    return data.split("\n")[:-1] if data.endswith("\n") else data.split("\n")


TIMING = re.compile(r"^\d\d:\d\d:\d\d[,.]\d{3} --> \d\d:\d\d:\d\d[,.]\d{3}")
CUEID_VTT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/\d+-\d$")


def content_lines(fname, lines):
    """Indices (0-based) of lines that carry transcript text (used for word counts and the sweep)."""
    fmt = FILES[fname]
    idx = []
    for i, ln in enumerate(lines):
        if fmt == "srt" and (TIMING.match(ln) or re.fullmatch(r"\d+", ln)):
            continue
        if fmt == "vtt" and (TIMING.match(ln) or CUEID_VTT.match(ln) or ln == "WEBVTT"):
            continue
        idx.append(i)
    return idx


def visible(fname, ln):
    """Text a reader sees: for VTT the <v ...> voice tag is shown as a speaker label, so keep its name."""
    if FILES[fname] == "vtt":
        ln = re.sub(r"^<v ([^>]*)>", r"\1: ", ln).replace("</v>", "")
    return ln


def words_in(fname, lines):
    n = 0
    for i in content_lines(fname, lines):
        ln = lines[i]
        if FILES[fname] == "vtt":
            ln = re.sub(r"^<v [^>]*>", "", ln).replace("</v>", "")   # spoken words only
        n += len(ln.split())
    return n


with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
    rdr = csv.reader(fh)
    header = next(rdr)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    LABELS = [dict(file=r[0], line=int(r[1]), kind=r[2], text=r[3]) for r in rdr]
with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
    rdr = csv.reader(fh)
    header = next(rdr)
    if header != ["file", "text", "why"]:
        bad(f"tricky.csv header is {header}")
    TRICKY = [dict(file=r[0], text=r[1], why=r[2]) for r in rdr]

LINES = {f: load_lines(f) for f in FILES}


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------ basic checks
for f, lines in LINES.items():
    fmt = FILES[f]
    if fmt in ("otter", "messenger", "docx"):
        first = lines[0] if lines else ""
    elif fmt == "srt":
        first = lines[2] if len(lines) > 2 and lines[0] == "1" and TIMING.match(lines[1]) else ""
    else:  # vtt: WEBVTT, blank, cue id, timing, text
        first = lines[4] if len(lines) > 4 and lines[0] == "WEBVTT" and TIMING.match(lines[3]) else ""
    if first != SYN:
        bad(f"{f}: first line/cue/paragraph is not the SYNTHETIC notice: {first!r}")
    if fmt == "vtt":
        for i, ln in enumerate(lines):
            if TIMING.match(ln) and not CUEID_VTT.match(lines[i - 1]):
                bad(f"{f}:{i + 1} timing line without a Teams-style cue id before it")
        if not any(ln.startswith("<v ") for ln in lines):
            bad(f"{f}: no <v> voices")
    if fmt == "srt":
        n = 0
        for i, ln in enumerate(lines):
            if TIMING.match(ln):
                n += 1
                if lines[i - 1] != str(n):
                    bad(f"{f}:{i} srt cue index {lines[i - 1]!r}, expected {n}")
    wc = words_in(f, lines)
    if not 700 <= wc <= 1000:
        bad(f"{f}: {wc} words, outside 700-1000")

for r in LABELS:
    if r["file"] not in FILES:
        bad(f"label for unknown file {r['file']}")
    if r["kind"] not in KINDS:
        bad(f"unknown kind {r['kind']} for {r['text']!r}")
    if r["text"] != r["text"].strip() or not r["text"]:
        bad(f"label text has outer whitespace: {r['text']!r}")

# text on its line, every occurrence labelled (and no extra rows)
by_file = defaultdict(list)
for r in LABELS:
    by_file[r["file"]].append(r)
for f, rows in by_file.items():
    lines = LINES[f]
    texts = {r["text"] for r in rows}
    want = Counter((r["line"], r["text"]) for r in rows)
    for r in rows:
        if not 1 <= r["line"] <= len(lines):
            bad(f"{f}:{r['line']} line out of range for {r['text']!r}")
        elif not ww(r["text"]).search(lines[r["line"] - 1]):
            bad(f"{f}:{r['line']} label text {r['text']!r} not found as a whole word on its line")
    for t in texts:
        rx = ww(t)
        for i, ln in enumerate(lines, 1):
            n = len(rx.findall(ln))
            if n != want.get((i, t), 0):
                bad(f"{f}:{i} {t!r} occurs {n}x but has {want.get((i, t), 0)} label rows")
    # one kind per text per file
    kinds = defaultdict(set)
    for r in rows:
        kinds[r["text"]].add(r["kind"])
    for t, ks in kinds.items():
        if len(ks) > 1:
            bad(f"{f}: {t!r} labelled with several kinds {ks}")
    # containment, case-insensitive
    tl = sorted(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                bad(f"{f}: label {a!r} is contained in label {b!r} (case-insensitive)")

# ----------------------------------------------------------- safe values
NUMW = {"oh": "0", "o": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    s = s.lower().replace("+44", " 0 ")
    out, mult = [], 1
    for tok in re.findall(r"[a-z]+|\d", s):
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        d = NUMW.get(tok, tok if tok.isdigit() else None)
        if d is None:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


SAFE_PHONE = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960", "01214960",
              "01614960", "02896496", "02920180"]
REAL_OUTWARD = {"CF3", "CF5", "CF11", "CF14", "CF24", "CF37", "CF39", "CF40", "CF41", "CF42", "CF43", "CF44",
                "CF45", "SA1", "SA2", "SA4", "SA6", "SA9", "LL11", "LL12", "LL13", "LL14", "LL41", "LL49",
                "LL53", "LL55", "LL57", "SY23", "SY24"}
MONTHS = "January February March April May June July August September October November December".split()


def norm_postcode(s):
    s = s.upper()
    for w, d in NUMW.items():
        s = re.sub(r"\b" + w.upper() + r"\b", d, s)
    return re.sub(r"[^A-Z0-9]", "", s)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


for f, rows in by_file.items():
    rows = sorted(rows, key=lambda r: r["line"])
    pending = None  # phone fragments split across caption lines
    for r in rows:
        k, t = r["kind"], r["text"]
        if k == "phone":
            d = spoken_digits(t)
            if pending:
                if r["line"] - pending[1] > 5:
                    bad(f"{f}:{pending[1]} phone fragment {pending[0]!r} never completed")
                    pending = None
                else:
                    d = pending[0] + d
            if len(d) < 11:
                pending = (d, r["line"]) if pending is None else (d, pending[1])
                continue
            pending = None
            if len(d) != 11 or not any(d.startswith(p) for p in SAFE_PHONE):
                bad(f"{f}:{r['line']} phone {t!r} ({d}) is not in an Ofcom drama range")
        elif k == "email":
            e = re.sub(r"\s+", "", re.sub(r"\s+dot\s+", ".", re.sub(r"\s+at\s+", "@", t.lower())))
            if not re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e):
                bad(f"{f}:{r['line']} email {t!r} not on example.org/.com/.net")
        elif k == "url":
            if not re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/[\w./-]*)?", t):
                bad(f"{f}:{r['line']} url {t!r} not on example.org/.com/.net")
        elif k == "nhs_number":
            if not nhs_ok(spoken_digits(t)):
                bad(f"{f}:{r['line']} NHS number {t!r} not 999-prefixed with a valid modulus-11 check digit")
        elif k == "ni_number":
            n = re.sub(r"\s", "", t.upper())
            if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n):
                bad(f"{f}:{r['line']} NI number {t!r} not QQ/ZZ prefixed")
        elif k == "postcode":
            p = norm_postcode(t)
            m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
            if not m or m.group(1) not in REAL_OUTWARD or not re.search(r"[CIKMOV]", m.group(2)[1:]):
                bad(f"{f}:{r['line']} postcode {t!r} not real-outward + C/I/K/M/O/V inward")
        elif k == "car_registration":
            c = re.sub(r"\s", "", t.upper())
            if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", c) or not re.search(r"[IQ]", c[-3:]):
                bad(f"{f}:{r['line']} car registration {t!r} lacks I or Q in the last three letters")
        elif k == "name":
            if re.search(r"\s", t) or t.endswith("'s") or re.match(r"(Mr|Mrs|Ms|Dr|Rev)\.?$", t):
                bad(f"{f}:{r['line']} name {t!r} is not a single bare word")
            if re.fullmatch(r"[A-Z]\.?", t):
                bad(f"{f}:{r['line']} single initial {t!r} should not be labelled")
        elif k == "date_of_birth":
            if not (re.search(r"\d", t) or any(m in t for m in MONTHS)):
                bad(f"{f}:{r['line']} date of birth {t!r} has no date in it")
        elif k == "handle":
            if not re.fullmatch(r"@[\w.]+", t):
                bad(f"{f}:{r['line']} handle {t!r} is not @-form")
        elif k == "street_address":
            if not re.search(r"\b(Heol|Clos|Lôn|Stryd|Teras|Road|Street|Lane|Ffordd)\b", t):
                bad(f"{f}:{r['line']} street address {t!r} has no street word")
    if pending:
        bad(f"{f}: phone fragment {pending[0]!r} never completed")

# --------------------------------------------------------------- tricky
if len(TRICKY) < 60:
    bad(f"tricky.csv has {len(TRICKY)} rows, need at least 60")
label_texts = defaultdict(set)
for r in LABELS:
    label_texts[r["file"]].add(r["text"])


def label_spans(f, i, ln):
    spans = []
    for t in label_texts[f]:
        for m in ww(t).finditer(ln):
            spans.append((m.start(), m.end()))
    return spans


def tricky_spans(f, ln):
    spans = []
    for tr in TRICKY:
        if tr["file"] == f:
            for m in ww(tr["text"]).finditer(ln):
                spans.append((m.start(), m.end()))
    return spans


def inside(a, b, spans):
    return any(s <= a and b <= e for s, e in spans)


seen_tricky = set()
for tr in TRICKY:
    f, t = tr["file"], tr["text"]
    key = (f, t)
    if key in seen_tricky:
        bad(f"tricky.csv duplicate {key}")
    seen_tricky.add(key)
    if f not in FILES:
        bad(f"tricky.csv unknown file {f}")
        continue
    if t in label_texts[f]:
        bad(f"tricky text {t!r} is also a label text in {f}")
    if not tr["why"].strip():
        bad(f"tricky {t!r} has no reason")
    free = False
    for i, ln in enumerate(LINES[f], 1):
        sp = label_spans(f, i, ln)
        for m in ww(t).finditer(ln):
            if not inside(m.start(), m.end(), sp):
                free = True
    if not free:
        bad(f"tricky text {t!r} does not appear (outside labels) in {f}")

# ----------------------------------------------------------------- sweep
SWEEPS = {
    "phone-like": re.compile(r"(?:\+44[\s\d]{9,}\d|(?<![\w:.,])0\d[\d ]{7,}\d)"),
    "email-like": re.compile(r"[\w.+-]+\s?@\s?[\w-]+\.[\w.]+|\b\w+ at \w+ dot \w+"),
    "url-like": re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|co\.uk|ai|cymru|wales)\b(?:/\S*)?"),
    "handle-like": re.compile(r"(?<![\w.])@[A-Za-z_][\w.]*"),
    "postcode-like": re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d\s?[A-Za-z]{2}\b"),
    "ni-like": re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
    "nhs-like": re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b"),
    "carreg-like": re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
    "date-like": re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:the \d+\w* )?"
                            r"(?:" + "|".join(MONTHS) + r")\b|\b(?:first|second|third|\w+th) of (?:"
                            + "|".join(MONTHS) + r")\b", re.I),
}
# capitalised words allowed without a label: ordinary words, public/large places, organisations, Welsh words.
ALLOW = set("""
I I'm I'll I'd I've OK Okay Right Lovely Yeah Yes No So And But Or If When What Why How Who Is Can Do Don't
Same See Then That That's This There's Here Half Every Everyone Nobody Somebody Anything Bring Welcome Keep
Twelve Any Just Perfect Last Eleven Fair Concern Thanks Members Present Apologies Notes Discussion Upstairs
Circulated Next Actions Agreed Asked Said Suggested Offered Closed Gave Thanked Explained Welcomed Shared Lives
Keeps Also Her Had On The From With Email Post Please Noted Sorry Online Simple Cameras Nobody's Transcribed
Phones Holding Homely National Wave Put Sounds Now Obviously Cold There It's My She Too Oh Like Seen
Cardiff Swansea Wales Welsh English Monday Tuesday Tuesdays Thursday Thursdays March April June NHS GP Mrs Rev Dr
God Wel Mae Diolch Croeso Sori Ac Paned MON TUE WED THU You You're SYNTHETIC TRANSCRIPT
""".split())


def sentence_start(ln, pos):
    before = ln[:pos].rstrip(" \"'“‘([-–")
    return before == "" or not re.search(r"[\w,]$", before)


ALLTEXT = "\n".join(visible(f, ln) for f, ls in LINES.items() for ln in ls)
LOWER_WORDS = set(re.findall(r"(?<![\w'’])[a-zß-ÿ][\w'’-]*", ALLTEXT))
NAMES_ALL = sorted({r["text"] for r in LABELS if r["kind"] == "name"})
swept = 0
for f, lines in LINES.items():
    for i in content_lines(f, lines):
        raw = lines[i]
        ln = visible(f, raw)
        shift = len(ln) - len(raw)  # only used to keep spans honest for VTT voices
        lsp = label_spans(f, i + 1, ln)
        tsp = tricky_spans(f, ln)
        swept += 1
        for name, rx in SWEEPS.items():
            for m in rx.finditer(ln):
                a, b = m.start(), m.end()
                if not any(s < b and a < e for s, e in lsp + tsp):
                    bad(f"sweep {name}: {f}:{i + 1} unlabelled {m.group()!r}")
        # capitalised words that are neither labelled, listed as tricky, allowed, nor sentence-initial ordinary words
        for m in re.finditer(r"(?<![\w@.'’/])[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*", ln):
            w = re.sub(r"(['’]s|[.'’-])+$", "", m.group())
            a, b = m.start(), m.start() + len(w)
            if len(w) <= 1 or inside(a, b, lsp) or inside(a, b, tsp) or w in ALLOW:
                continue
            if sentence_start(ln, a) and w.lower() in LOWER_WORDS:
                continue
            bad(f"sweep capitalised: {f}:{i + 1} unlabelled capitalised word {w!r}")
        # any name labelled anywhere in the set, in any case, must be labelled here too or listed as tricky
        for n in NAMES_ALL:
            for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", ln, re.I):
                if not (inside(m.start(), m.end(), lsp) or inside(m.start(), m.end(), tsp)):
                    bad(f"sweep known-name: {f}:{i + 1} {m.group()!r} (a name elsewhere) neither labelled nor tricky")

# ---------------------------------------------------------------- README
try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
        rd = fh.read().split("\n")
    if rd[0] != "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.":
        bad("README.md first line wrong")
    if len(rd) < 2 or not rd[1].startswith("**Status:"):
        bad("README.md second line wrong")
except FileNotFoundError:
    bad("README.md missing")

total = len(LABELS)
if not 180 <= total <= 220:
    bad(f"{total} label rows, outside 180-220")
kinds = Counter(r["kind"] for r in LABELS)
if not 0.4 <= kinds["name"] / max(total, 1) <= 0.6:
    bad(f"names are {kinds['name']}/{total}, not about half")

if problems:
    for p in problems:
        print("-", p)
    print(f"FAIL ({len(problems)} problems)")
    sys.exit(1)
print(f"files: {len(FILES)}  label rows: {total}  tricky rows: {len(TRICKY)}  lines swept: {swept}")
for k in sorted(kinds):
    print(f"  {k}: {kinds[k]}")
print("PASS")
