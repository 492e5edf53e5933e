"""Checks labels.csv / tricky.csv against the five transcripts. Prints PASS or the problems.

Run from inside this folder:  python verify_labels.py
Independent of build_labels.py: it re-reads the files itself (the .odt with its
own odfpy walk) and re-derives every occurrence.
"""
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict

FILES = {
    "veterans_muckers.srt": "srt",
    "carers_focus_group.txt": "txt",
    "womens_group_bundle.odt": "odt",
    "farmers_discord.txt": "txt",
    "deaf_group_notes.md": "md",
}
HEADER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"facilitator", "moderator", "interpreter", "member", "chair", "note-taker"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Sgt ", "Nurse ")
# Ofcom drama ranges (national significant number prefixes, 11 digits in total)
PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180")
REAL_OUTWARD = {"NE63", "SR8", "BB9", "CA10", "CA15", "CA17"}
MONTHS = ("january february march april may june july august september october "
          "november december").split()
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}

problems = []


def bad(msg):
    problems.append(msg)


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- reading files
def read_odt(path):
    from odf.opendocument import load
    from odf.element import Element, Text
    TEXTNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    def text_of(node):
        out = []
        for ch in node.childNodes:
            if isinstance(ch, Text):
                out.append(str(ch.data))
            elif isinstance(ch, Element):
                q = ch.qname
                if q == (TEXTNS, "s"):
                    out.append(" " * int(ch.getAttribute("c") or 1))
                elif q == (TEXTNS, "tab"):
                    out.append("\t")
                elif q == (TEXTNS, "line-break"):
                    out.append("\n")
                else:
                    out.append(text_of(ch))
        return "".join(out)

    paras = []

    def walk(node):
        for ch in node.childNodes:
            if isinstance(ch, Element):
                if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    paras.append(text_of(ch))
                else:
                    walk(ch)

    walk(load(path).text)
    return paras


def load_units(fname):
    if FILES[fname] == "odt":
        return read_odt(fname)
    raw = open(fname, "rb").read()
    if b"\r" in raw:
        bad(f"{fname}: contains CR characters")
    if raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{fname}: has a BOM")
    return raw.decode("utf-8").split("\n")


UNITS = {f: load_units(f) for f in FILES}

# ------------------------------------------------------------ header + words
for f, units in UNITS.items():
    text = "\n".join(units)
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{f}: not NFC-normalised")
    if FILES[f] == "srt":
        if units[0] != "1" or "-->" not in units[1] or units[2] != HEADER:
            bad(f"{f}: first cue text is not the synthetic header")
        cue_text = [u for u in units if u.strip() and not re.fullmatch(r"\d+", u) and "-->" not in u]
        words = len(" ".join(cue_text).split())
        raw_words = len(text.split())
        if not 700 <= raw_words <= 1000:
            bad(f"{f}: raw word count {raw_words} outside 700-1000")
    else:
        if units[0] != HEADER:
            bad(f"{f}: first line/paragraph is not the synthetic header")
        words = len(text.split())
    if not 700 <= words <= 1000:
        bad(f"{f}: word count {words} outside 700-1000")

# ------------------------------------------------------------------ labels.csv
with open("labels.csv", encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    head = next(rd)
    if head != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {head}")
    rows = [r for r in rd]

label_texts = defaultdict(dict)          # file -> text -> kind
row_count = Counter()                    # (file, line, text) -> rows
for r in rows:
    if len(r) != 4:
        bad(f"labels.csv malformed row {r}")
        continue
    f, line, kind, text = r
    if f not in FILES:
        bad(f"labels.csv: unknown file {f}")
        continue
    if kind not in KINDS:
        bad(f"labels.csv: unknown kind {kind} ({text})")
    if text != text.strip() or not text:
        bad(f"labels.csv: text with outer whitespace {text!r}")
    prev = label_texts[f].get(text)
    if prev and prev != kind:
        bad(f"{f}: {text!r} has two kinds {prev}/{kind}")
    label_texts[f][text] = kind
    ln = int(line)
    if not 1 <= ln <= len(UNITS[f]):
        bad(f"{f}: line {ln} out of range for {text!r}")
        continue
    row_count[(f, ln, text)] += 1

# every occurrence labelled, and only real occurrences
for f, texts in label_texts.items():
    for text in texts:
        pat = word_re(text)
        for i, unit in enumerate(UNITS[f], 1):
            n = len(pat.findall(unit))
            if n != row_count[(f, i, text)]:
                bad(f"{f}:{i}: {text!r} occurs {n}x but has {row_count[(f, i, text)]} rows")

# containment (case-insensitive) between distinct label texts of one file
for f, texts in label_texts.items():
    tl = list(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                bad(f"{f}: label {a!r} is contained in label {b!r}")

# name conventions
for f, texts in label_texts.items():
    for text, kind in texts.items():
        if kind != "name":
            continue
        if re.search(r"\s", text):
            bad(f"{f}: name label with a space {text!r}")
        if text.endswith(("'s", "’s")):
            bad(f"{f}: possessive kept in {text!r}")
        if text.startswith(TITLES) or text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Miss"):
            bad(f"{f}: title in name {text!r}")
        if text.lower() in ROLE_LABELS or re.fullmatch(r"[A-Z]\d*\.?", text):
            bad(f"{f}: role label or single initial labelled {text!r}")


# ------------------------------------------------------------------ safe values
def spoken_digits(s):
    toks = [t for t in re.split(r"[\s,\-]+", s.lower()) if t]
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t.isdigit():
            out.append(t * mult if mult > 1 and len(t) == 1 else t)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t] * mult)
        else:
            return None
        mult = 1
    return "".join(out)


def digits_of(text):
    if re.search(r"[a-z]", text, re.I):
        return spoken_digits(text)
    d = re.sub(r"\D", "", text)
    if text.strip().startswith("+44"):
        d = "0" + d[2:]
    return d


def nhs_ok(d):
    if not (d and len(d) == 10 and d.startswith("999")):
        return False
    s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


for f, texts in label_texts.items():
    for text, kind in texts.items():
        if kind == "phone":
            d = digits_of(text)
            if not (d and len(d) == 11 and d.startswith(PHONE_PREFIXES)):
                bad(f"{f}: phone not in an Ofcom drama range: {text!r} -> {d}")
        elif kind == "email":
            if not (re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text)
                    or re.fullmatch(r"[\w ]+ at example dot (org|com|net)", text)):
                bad(f"{f}: email not on example domains: {text!r}")
        elif kind == "url":
            host = re.sub(r"^https?://", "", text).split("/")[0]
            if not re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host):
                bad(f"{f}: url not on example domains: {text!r}")
        elif kind == "nhs_number":
            if not nhs_ok(digits_of(text)):
                bad(f"{f}: NHS number invalid/unsafe: {text!r}")
        elif kind == "ni_number":
            if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())):
                bad(f"{f}: NI number not QQ/ZZ: {text!r}")
        elif kind == "postcode":
            m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", re.sub(r"\s", "", text.upper()))
            if not m or m.group(1) not in REAL_OUTWARD or not set(m.group(2)[1:]) & set("CIKMOV"):
                bad(f"{f}: postcode unsafe or malformed: {text!r}")
        elif kind == "car_registration":
            m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", re.sub(r"\s", "", text.upper()))
            if not m or not set(m.group(1)) & set("IQ"):
                bad(f"{f}: car registration unsafe or malformed: {text!r}")
        elif kind == "date_of_birth":
            m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
            if m:
                if not (1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12):
                    bad(f"{f}: impossible date of birth {text!r}")
            elif not any(mo in text.lower() for mo in MONTHS):
                bad(f"{f}: date of birth not recognisable {text!r}")

# ------------------------------------------------------------------ tricky.csv
with open("tricky.csv", encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    if next(rd) != ["file", "text", "why"]:
        bad("tricky.csv header wrong")
    tricky = [r for r in rd]
if len(tricky) < 60:
    bad(f"tricky.csv has only {len(tricky)} rows")


def spans(unit, texts):
    out = []
    for t in texts:
        for m in word_re(t).finditer(unit):
            out.append((m.start(), m.end()))
    return out


def overlaps(s, e, sp):
    return any(s < b and a < e for a, b in sp)


tricky_texts = defaultdict(list)
for r in tricky:
    if len(r) != 3 or not r[2].strip():
        bad(f"tricky.csv malformed row {r}")
        continue
    f, text, why = r
    if f not in FILES:
        bad(f"tricky.csv unknown file {f}")
        continue
    if text in label_texts[f]:
        bad(f"{f}: tricky text {text!r} is also a label")
    tricky_texts[f].append(text)
    free = 0
    for unit in UNITS[f]:
        lsp = spans(unit, label_texts[f])
        for m in word_re(text).finditer(unit):
            if not overlaps(m.start(), m.end(), lsp):
                free += 1
    if free == 0:
        bad(f"{f}: tricky text {text!r} never appears outside a label")

# ------------------------------------------------------------------ sweeps
SWEEPS = {
    "email": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "spoken email": r"\b\w+ dot \w+ at \w+ dot \w+",
    "url": r"(https?://|www\.)\S+|\b[\w-]+\.(org|com|net|uk)/\S*",
    "handle": r"(?<![\w.])@[\w.]+",
    "postcode": r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    "ni": r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "car reg": r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "long number": r"\+?\d[\d ()\-]{6,}\d",
    "date": r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    "spoken digits": r"(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,\-]+){3,}"
                     r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b",
    "spoken date": r"(?i)\b\w+(st|nd|rd|th) of (" + "|".join(MONTHS) + r")\b",
    "fingerspelling": r"\b[A-Z](?:-[A-Z]){2,}\b",
    "full initials": r"\b[A-Z]\.[A-Z]\.",
    "street number": r"(?i)\b\d+[a-z]? [A-Z][a-z]+ (Street|Road|Lane|Terrace|Walk|Row|Close|Drive|Avenue|Way)\b",
}

# Capitalised words that are ordinary English, role labels or markup, not identifiers.
ALLOWED_CAPS = set("""
A Access Actions Address After Agreed Alloys Amira And Any Anything Appeal April Asda Aye
BSL Back Bad Before Better Blue Badge Bobbin But Can Cap Check Children Christmas Completed
Consent Copied Course Date Deaf Devil Discord Don Dr Emergency English Everyone Facebook
Facilitation Feedback For Form Friday GP Ground Group Half He Hearing Helplines Here His How
I I'm I've Identity If In Instagram Interpreter It It's Item January K KEY Language Last Let
Living Maybe Mind Monday Mr My NHS Next No Nobody Notes Now Observer Oh On One Or Part People
Person Postcode Practical Preferred Present Quick Ring Roles SMS SORRY Safe Saturday School
Several She Shared Signed Since Small Some Somebody Spoken Summary Sunday Tensions Thank Thanks
That That's The There There's They This Three Thursday Today Tuesday Two Vehicle Venue Wednesday
We We've Well What What's When Where Which White Who Why Yes You Your
Are Because Captions Confidential Captioner Check-in Combat DM DOB Detail End East Fingerspelled
First Focus Full Genuinely Give Grandad Groups Her Images Insurance Leaflet Level Live Look
Moderator Makes Mam Me Mutual Not Name National Newsletter North Note-taker Noted Of Project Peer
Phones Proper Recording Referred Registration Right Rule Synthetic Transcript Samaritans Same
Session So Sorry Still Transcriber Tuesdays Twice Vlogs Wednesdays Welcome Work
""".split())

NAME_LIKE_LOWER = set()
for f, texts in label_texts.items():
    for text, kind in texts.items():
        if kind in ("name", "place", "workplace") and re.fullmatch(r"\w+", text):
            NAME_LIKE_LOWER.add(text.lower())

unknown_caps = Counter()
for f, units in UNITS.items():
    ltexts = list(label_texts[f])
    ttexts = tricky_texts[f]
    for i, unit in enumerate(units, 1):
        if FILES[f] == "srt" and (re.fullmatch(r"\d+", unit) or "-->" in unit):
            continue
        lsp = spans(unit, ltexts)
        tsp = spans(unit, ttexts)
        cover = lsp + tsp
        for what, rx in SWEEPS.items():
            for m in re.finditer(rx, unit):
                if not overlaps(m.start(), m.end(), cover):
                    bad(f"{f}:{i}: unlabelled {what}-like string {m.group(0)!r}")
        for m in re.finditer(r"[^\W\d_][\w'’\-]*", unit):
            tok = m.group(0)
            if overlaps(m.start(), m.end(), cover):
                continue
            # words spelled like a labelled name/place/workplace anywhere in the set
            if tok.lower() in NAME_LIKE_LOWER:
                bad(f"{f}:{i}: {tok!r} looks like a labelled identifier but is neither labelled nor tricky")
                continue
            if tok[0].isupper():
                base = re.split(r"['’]", tok)[0]
                if re.fullmatch(r"[A-Z]|R\d", tok):
                    continue  # single initials and respondent labels (R1..R5) are never labelled
                if not (tok in ALLOWED_CAPS or base in ALLOWED_CAPS or base.capitalize() in ALLOWED_CAPS):
                    unknown_caps[(f, tok)] += 1

for (f, tok), n in sorted(unknown_caps.items()):
    bad(f"{f}: capitalised word {tok!r} (x{n}) is not labelled, tricky or in ALLOWED_CAPS")

# ------------------------------------------------------------------ report
if problems:
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)

per_kind = Counter(r[2] for r in rows)
per_file = Counter(r[0] for r in rows)
print("label rows:", len(rows), dict(per_file))
print("per kind:", dict(sorted(per_kind.items())))
print("tricky rows:", len(tricky))
print("PASS")
