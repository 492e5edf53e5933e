"""Verify the blind-ay benchmark set.  Prints PASS or a list of problems.

Run with: .venv/bin/python verify_labels.py
Independent of make_labels.py: it reads only the transcripts, labels.csv and tricky.csv.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [
    "01_zoom_chat_belfast.txt",
    "02_case_notes_newry.docx",
    "03_radio_phonein_omagh.txt",
    "04_captions_derry.srt",
    "05_whatsapp_ballymena.txt",
]
BANNER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"facilitator", "co-facilitator", "member", "presenter", "caller", "host", "p3", "f", "everyone"}
TOTAL_RANGE = (180, 220)
WORD_RANGE = (700, 1000)
MIN_TRICKY = 60

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- reading
def read_lines(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


SRT_TS = re.compile(r"^\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}$")
WA_PREFIX = re.compile(r"^\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - ")
ZOOM_HEAD = re.compile(r"^\d{2}:\d{2}:\d{2} From .+ to .+:$")


def content_words(fname, lines):
    if fname.endswith(".srt"):
        body = [l for l in lines if l.strip() and not l.strip().isdigit() and not SRT_TS.match(l.strip())]
        return sum(len(l.split()) for l in body)
    return sum(len(l.split()) for l in lines)


def first_text(fname, lines):
    if fname.endswith(".srt"):
        for l in lines:
            s = l.strip()
            if s and not s.isdigit() and not SRT_TS.match(s):
                return s
    return lines[0] if lines else ""


def finditer_word(text, line, flags=0):
    return list(re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line, flags))


# ---------------------------------------------------------------- safe values
WORDNUM = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
           "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_to_digits(s):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", s.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or t == "+":
            out += t
        elif t in ("double", "treble", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out += WORDNUM[toks[i + 1]] * (2 if t == "double" else 3)
            i += 1
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            out += "000"
        elif t in WORDNUM:
            out += WORDNUM[t]
        i += 1
    return out


PHONE_RANGES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                "01214960", "01614960", "02896496", "02920180"]


def phone_ok(s):
    d = spoken_to_digits(s)
    if d.startswith("+44"):
        d = "0" + d[3:]
    elif d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    d = d.replace("+", "")
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_RANGES)


def despeak(s):
    s = re.sub(r",?\s*(that's\s+)?all one word,?\s*", "", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+(forward\s+)?slash\s+", "/", s)
    return s


SAFE_DOMAIN = re.compile(r"(^|\.)example\.(org|com|net)$", re.I)


def email_ok(s):
    s = despeak(s)
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", s)
    return bool(m and SAFE_DOMAIN.search(m.group(1)))


def url_ok(s):
    s = despeak(s)
    s = re.sub(r"^https?://", "", s)
    host = s.split("/")[0].split("?")[0]
    return bool(SAFE_DOMAIN.search(host))


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def ni_ok(s):
    return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", s).upper()))


REAL_BT = {f"BT{n}" for n in list(range(1, 50)) + list(range(51, 58)) + list(range(60, 72)) + list(range(74, 83))
           + [92, 93, 94]}


def postcode_ok(s):
    p = re.sub(r"\s", "", s).upper()
    if len(p) < 5:
        return False
    out, inw = p[:-3], p[-3:]
    return out in REAL_BT and re.fullmatch(r"\d[A-Z]{2}", inw) is not None and any(c in "CIKMOV" for c in inw[1:])


def car_ok(s):
    p = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", p)) and any(c in "IQ" for c in p[-3:])


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def dob_ok(s):
    return bool(re.search(r"(19[2-9]\d|20[0-2]\d)$", s)) and (
        re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", s) is not None
        or re.search(r"(" + MONTHS + r")\s+\d{4}$", s) is not None)


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok, "ni_number": ni_ok,
        "postcode": postcode_ok, "car_registration": car_ok, "date_of_birth": dob_ok,
        "handle": lambda s: re.fullmatch(r"@[\w.]+", s) is not None,
        "street_address": lambda s: re.match(r"(\d+[a-z]?\s|Unit\s+\d+)", s) is not None}

# ---------------------------------------------------------------- load
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    labels = [dict(zip(header, r)) for r in rd]
with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    theader = next(rd)
    if theader != ["file", "text", "why"]:
        err(f"tricky.csv header is {theader}")
    tricky = [dict(zip(theader, r)) for r in rd]

LINES = {}
for f in FILES:
    if not os.path.exists(os.path.join(HERE, f)):
        err(f"missing file {f}")
        continue
    LINES[f] = read_lines(f)

# ---------------------------------------------------------------- per-file checks
for f, lines in LINES.items():
    if first_text(f, lines) != BANNER:
        err(f"{f}: does not open with the synthetic banner")
    wc = content_words(f, lines)
    if not WORD_RANGE[0] <= wc <= WORD_RANGE[1]:
        err(f"{f}: {wc} words, outside {WORD_RANGE}")
    if f.endswith(".srt"):
        blocks = "\n".join(lines).strip().split("\n\n")
        for i, b in enumerate(blocks, 1):
            bl = b.split("\n")
            if len(bl) < 3 or bl[0] != str(i) or not SRT_TS.match(bl[1]):
                err(f"{f}: malformed cue {i}")
    if f.startswith("05_"):
        for i, l in enumerate(lines[1:], 2):
            if l and not WA_PREFIX.match(l):
                err(f"{f}:{i} not in WhatsApp export format")
    if f.startswith("01_"):
        for i, l in enumerate(lines[1:], 2):
            if l and not (ZOOM_HEAD.match(l) or l.startswith("\t")):
                err(f"{f}:{i} not in Zoom chat format")

label_texts = collections.defaultdict(dict)  # file -> text -> kind
rows_at = collections.Counter()
for r in labels:
    f, kind, text = r["file"], r["kind"], r["text"]
    if f not in LINES:
        err(f"label for unknown file {f}")
        continue
    if kind not in KINDS:
        err(f"{f}: bad kind {kind}")
    try:
        ln = int(r["line"])
    except ValueError:
        err(f"{f}: bad line {r['line']}")
        continue
    if not 1 <= ln <= len(LINES[f]):
        err(f"{f}: line {ln} out of range")
        continue
    if not finditer_word(text, LINES[f][ln - 1]):
        err(f"{f}:{ln} text {text!r} not on that line (whole word)")
    prev = label_texts[f].get(text)
    if prev and prev != kind:
        err(f"{f}: {text!r} has two kinds {prev}/{kind}")
    label_texts[f][text] = kind
    rows_at[(f, ln, text)] += 1
    if text != text.strip() or not text:
        err(f"{f}: label text has outer whitespace {text!r}")
    if kind == "name":
        if re.search(r"\s", text):
            err(f"{f}: name label not a single word {text!r}")
        if re.search(r"['’]s$", text):
            err(f"{f}: possessive left in name {text!r}")
        if text.lower() in ROLE_LABELS or re.fullmatch(r"(M|P|Member\s*)\d+", text):
            err(f"{f}: role label labelled as name {text!r}")
        if re.fullmatch(r"[A-Za-z]\.?", text):
            err(f"{f}: single initial labelled {text!r}")
        if re.match(r"(Mr|Mrs|Ms|Dr|Fr|Sr|Miss)\.?$", text):
            err(f"{f}: title labelled {text!r}")
    if kind in SAFE and not SAFE[kind](text):
        err(f"{f}: unsafe/invalid {kind} value {text!r}")

# every occurrence labelled, exact counts
for f, texts in label_texts.items():
    for i, line in enumerate(LINES[f], 1):
        for t in texts:
            n = len(finditer_word(t, line))
            if n != rows_at[(f, i, t)]:
                err(f"{f}:{i} {t!r} occurs {n}x but has {rows_at[(f, i, t)]} rows")
    # containment (case-insensitive)
    tl = list(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                err(f"{f}: label {a!r} contained in label {b!r}")

# ---------------------------------------------------------------- totals
kinds = collections.Counter(r["kind"] for r in labels)
total = len(labels)
if not TOTAL_RANGE[0] <= total <= TOTAL_RANGE[1]:
    err(f"total label rows {total} outside {TOTAL_RANGE}")
if not 0.4 <= kinds["name"] / max(total, 1) <= 0.6:
    err(f"names are {kinds['name']}/{total}, not about half")
for k in KINDS:
    if kinds[k] == 0:
        err(f"no rows of kind {k}")
for f in LINES:
    if not any(r["file"] == f for r in labels):
        err(f"{f}: no labels")


# ---------------------------------------------------------------- spans
def spans(f, i, texts):
    out = []
    for t in texts:
        out += [(m.start(), m.end()) for m in finditer_word(t, LINES[f][i - 1])]
    return out


def covered(span, sps):
    return any(a <= span[0] and span[1] <= b for a, b in sps)


tricky_by_file = collections.defaultdict(list)
for t in tricky:
    tricky_by_file[t["file"]].append(t["text"])
    f = t["file"]
    if f not in LINES:
        err(f"tricky row for unknown file {f}")
        continue
    if not t["why"].strip():
        err(f"tricky {t['text']!r}: empty why")
    if t["text"] in label_texts[f]:
        err(f"{f}: tricky text {t['text']!r} is also a label")
    free = False
    for i in range(1, len(LINES[f]) + 1):
        lab = spans(f, i, label_texts[f])
        for m in finditer_word(t["text"], LINES[f][i - 1]):
            if not covered((m.start(), m.end()), lab):
                free = True
    if not free:
        err(f"{f}: tricky text {t['text']!r} never occurs outside a label")
if len(tricky) < MIN_TRICKY:
    err(f"only {len(tricky)} tricky rows")

# ---------------------------------------------------------------- sweeps
DIGW = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble|hundred)"
SWEEPS = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\b\w+ at \w+ dot (?:org|com|net|co)\b",
    "url": r"(?:(?:https?://|www\.)\S+?|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|co\.uk)/\S*?)(?=[.,;:!?)]*(?:\s|$))",
    "handle": r"(?<![\w.@])@[A-Za-z_](?:[\w.]*\w)?",
    "phone": r"(?<![\w/])\+?\d[\d ]{7,}\d(?![\w/])",
    "spoken digits": r"\b" + DIGW + r"(?:[ ,-]+" + DIGW + r"){5,}\b",
    "postcode": r"(?i)\bBT\s*\d{1,2}\s*\d[A-Z]{2}\b",
    "ni": r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "car": r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "date": r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    "spoken date": r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                   r"tenth|\w+teenth|twentieth|twenty-\w+|thirtieth|thirty-first) of (?:" + MONTHS + r"),? \d{4}",
    "venue-ish": r"(?:[A-Z][\w’'.]*\s+){1,5}(?:Hall|Centre|Practice|Surgery|School|Primary|Band|Gaels|GAC|Rooms|"
                 r"Logistics|Tyres|Precast|Company|FM|Rest|Circle|Support|Subtitling|Wren|Emmets|Óg|Street|Road|"
                 r"Row|Terrace|Crescent|Avenue|Lane|Brae|Park|Bar|Inn|Arms)\b",
    "title+name": r"\b(?:Mr|Mrs|Ms|Dr|Fr|Sr|Miss|Uncle|Auntie|uncle|auntie)\.? [A-Z][\w’']+",
}
ALL_NAMES = {t for f in label_texts for t, k in label_texts[f].items() if k == "name"}
EXTRA_NAMES = ["Seán", "Sean", "Mary", "Patrick", "Pat", "John", "Michael", "Kathleen", "Bridget", "Siobhán",
               "Aoife", "Eoin", "Conor", "Sinéad", "Maeve", "Cathal", "Brendan", "Tommy", "Billy", "Willie",
               "Jim", "Jimmy", "Margaret", "Annie", "Rose", "Joe", "Danny", "Paddy", "Eileen", "Deirdre",
               "Niall", "Rory", "Ruairí", "Heather", "Hazel", "Sandy", "Grace", "Seamus", "Séamus", "Trevor",
               "Sam", "Davy", "Noel", "Gordon", "Ian", "Robert", "Jean", "Norah", "Nuala", "Oisín", "Ciarán"]
GAZETTEER = ["Fintona", "Drumquin", "Beragh", "Carrickmore", "Irvinestown", "Cullyhanna", "Bessbrook",
             "Crossmaglen", "Claudy", "Creggan", "Eglinton", "Glencairn", "Ligoniel", "Ballysillan", "Gracehill",
             "Ballykeel", "Cullybackey", "Broughshane", "Ahoghill", "Tullyhappy", "Camlough", "Keady", "Belleek",
             "Lisnaskea", "Shantallow", "Galliagh", "Culmore", "Sixmilecross", "Belfast", "Derry", "Londonderry",
             "Newry", "Omagh", "Enniskillen", "Armagh", "Ballymena", "Lisburn", "Waterside", "Bogside"]

for f, lines in LINES.items():
    trick = tricky_by_file.get(f, [])
    for i, line in enumerate(lines, 1):
        if f.endswith(".srt") and (SRT_TS.match(line.strip()) or line.strip().isdigit()):
            continue
        body_start = 0
        if f.startswith("05_"):
            m = WA_PREFIX.match(line)
            body_start = m.end() if m else 0
        lab = spans(f, i, label_texts[f])
        tri = spans(f, i, trick)
        ok_spans = lab + tri + [(0, body_start)]
        for what, pat in SWEEPS.items():
            for m in re.finditer(pat, line):
                sp = (m.start(), m.end())
                if covered(sp, ok_spans):
                    continue
                # venue/title sweeps: fine if the distinctive word is labelled or tricky
                if what in ("venue-ish", "title+name"):
                    last = (m.start() + m.group(0).rstrip().rfind(" ") + 1, m.end())
                    words = [(w.start() + m.start(), w.end() + m.start())
                             for w in re.finditer(r"[\w’'.]+", m.group(0))]
                    if what == "title+name" and covered(words[-1], ok_spans):
                        continue
                    if what == "venue-ish" and any(covered(w, lab + tri) for w in words):
                        continue
                    if what == "venue-ish" and all(w_txt in {"The", "A", "Our", "St", "Upper", "Status"} or
                                                   not w_txt[0].isupper()
                                                   for w_txt in [line[a:b] for a, b in words[:-1]]):
                        continue
                err(f"{f}:{i} unlabelled {what}: {m.group(0)!r}")
        # names / places from anywhere in the set (case-insensitive)
        for t in sorted(ALL_NAMES | set(EXTRA_NAMES) | set(GAZETTEER)):
            for m in finditer_word(t, line, re.I):
                if not covered((m.start(), m.end()), ok_spans):
                    err(f"{f}:{i} unlabelled name/place look-alike {m.group(0)!r} (not in tricky.csv)")

# ---------------------------------------------------------------- report
if errors:
    for e in errors:
        print("FAIL:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"{total} label rows, {len(tricky)} tricky rows, kinds: {dict(sorted(kinds.items()))}")
print("PASS")
