# -*- coding: utf-8 -*-
"""Check the blind-bn benchmark set. Prints PASS (exit 0) or the problems (exit 1).

Run from this folder:  python verify_labels.py
Paths are relative to this file's folder. Needs python-docx and odfpy.

Checks:
  * every transcript exists and opens with the SYNTHETIC line (first line /
    first cue text / first paragraph);
  * labels.csv: header, valid kinds, each text really on its line, one row per
    whole-word case-sensitive occurrence ((?<!\\w)text(?!\\w)) and no occurrence
    without a row, one kind per text per file, no label text contained in
    another label text of the same file (case-insensitive), name conventions;
  * safe values (Ofcom drama phone ranges, example.* emails/URLs, NHS 999 +
    modulus 11, NI QQ/ZZ, real outward code + C/I/K/M/O/V inward, car
    registrations with I or Q in the last three letters);
  * word counts 700-1000 per transcript, 180-220 rows in total, about half names;
  * tricky.csv: >= 60 look-alikes, each really present and not labelled;
  * a sweep for identifier-like strings that are neither labelled nor listed
    as tricky: number/e-mail/URL/handle/postcode/NI/NHS/registration/date
    patterns, spoken digit runs, capitalised or non-Latin words not in the
    allow-list below, other-case variants of label texts, and name labels of
    one file turning up unlabelled in another.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

TRANSCRIPTS = [
    "bn_interview_mehndi_moon.odt",
    "bn_whatsapp_spinning_tops.txt",
    "bn_teams_pennine_review.docx",
    "bn_radio_phonein.srt",
    "bn_workshop_notes_todmorden.md",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}

PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180"]
# Real outward codes of the areas used (Oldham, Rochdale, Wigan, Blackburn, Burnley, Accrington, Todmorden ...)
REAL_OUTWARD = {f"OL{i}" for i in range(1, 17)} | {f"BB{i}" for i in range(1, 13)} | \
               {f"WN{i}" for i in range(1, 9)} | {f"BL{i}" for i in range(0, 10)} | \
               {f"M{i}" for i in range(1, 47)} | {f"HX{i}" for i in range(1, 8)}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Auntie", "Aunty", "Baji", "Bhai"}
STREET_WORDS = ("Street", "Lane", "Road", "Brow", "Yard", "Terrace", "Fold", "Avenue", "Close", "Row")

# Capitalised words that are ordinary vocabulary, sentence starts, languages, days, months, etc.
ALLOWED = set("""
A Actions After Agreed Also And Anyone Apologies April Are Asian At Aunty Aye Bad Because Before Being
Bengali Brilliant But Can Card Checked Circle Clinic Co-facilitator Co-production Come Community Consent
Contact Corrections Course Date Details Didn't Do DOB Don't Dr English Even Evening Every Everybody Everyone
End Evidence Exactly Facilitation Facilitator Family February First For From Funding Go Ground Group Groups
Gujarati Had Has Have He He's Her Hi His Hiya Hog Honestly How I I'd I'll I'm I've If In Insta Interpreter
Interview Is It It's January JINGLE June Just Kettle Key Last Lathes LAUGHS LAUGHTER March Men's Men-only
Messages Mr Mrs My Name Never New NEWS Next NHS NI Night-time No Nobody Nobody's Not Notes Now October Oh OK
One Or Our Ours Pakistani Parents Parking Participant Peer People Perfect Phones Please PM Post Professionals
Project Pseudonyms Punjabi Purpose Q Quick Quotes Re Recording Ref Reminder Right Role Roles Rooms Saturday
Second SEN SENCO Send September Several Sharing She She's Shed Sheds Shoulder So Some Somebody Someone
Someone's Sorry Spring Square STATION Stay Sunday Support Sweets SYNTHETIC Tensions Thank Thanks That That's
The Then There There's They Thing Third This Three Thursday Timings To Transcribed Transcript TRANSCRIPT
Trouble Tues Tuesday Tuesdays Two Typed Urdu Venue Wave We We're We've Welcome Well What What's When Who
Women Women's Write Written Yes You You're
""".split())
# curly-apostrophe spellings of the same words
ALLOWED |= {w.replace("'", "\u2019") for w in ALLOWED}


def path(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

def odt_paragraphs(fname):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(fname)
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                out.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
    return out


def read_units(name):
    fname = path(name)
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(fname).paragraphs]
    if name.endswith(".odt"):
        return odt_paragraphs(fname)
    with open(fname, encoding="utf-8") as fh:
        data = fh.read()
    return data.split("\n")


def content_lines(name, units):
    """Lines that carry transcript text (drops .srt cue numbers and timings)."""
    if name.endswith(".srt"):
        return [u for u in units if not re.fullmatch(r"\d+", u.strip()) and "-->" not in u]
    return units


def srt_cues(units):
    cues, cur, state = [], [], 0
    for u in units:
        if state == 0 and re.fullmatch(r"\d+", u.strip()):
            state = 1
        elif state == 1 and "-->" in u:
            state = 2
            cur = []
        elif state == 2:
            if u.strip() == "":
                cues.append(cur)
                state = 0
            else:
                cur.append(u)
    if state == 2 and cur:
        cues.append(cur)
    return cues


def whole_word(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# --------------------------------------------------------------------------
# normalising spoken values
# --------------------------------------------------------------------------

NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
            "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
            "seventeen": "17", "eighteen": "18", "nineteen": "19"}


def spoken_digits(text):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", text.lower())
    out, mult = [], 1
    for t in toks:
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t in NUMWORDS:
            d = NUMWORDS[t]
        elif t.isdigit() or t == "+":
            d = t
        else:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


def spoken_address(text):
    t = " " + text.lower() + " "
    t = t.replace(" forward slash ", "/").replace(" slash ", "/").replace(" dot ", ".").replace(" at ", "@")
    t = t.replace(" underscore ", "_").replace(" hyphen ", "-").replace(" dash ", "-")
    return re.sub(r"\s+", "", t)


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    s = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(digits[9])


def safe_value_problem(kind, text):
    if kind == "phone":
        d = spoken_digits(text)
        if d.startswith("+44"):
            d = "0" + d[3:]
        d = d.replace("+", "")
        if len(d) != 11 or not any(d.startswith(p) for p in PHONE_PREFIXES):
            return f"phone not in an Ofcom drama range: {text!r} -> {d}"
    elif kind == "email":
        e = spoken_address(text)
        if not re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e):
            return f"email not on example.org/.com/.net: {text!r}"
    elif kind == "url":
        u = spoken_address(text)
        u = re.sub(r"^https?://", "", u)
        host = u.split("/")[0]
        if not re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host):
            return f"url not on example.org/.com/.net: {text!r}"
    elif kind == "postcode":
        c = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", c)
        if not m:
            return f"postcode malformed: {text!r}"
        if m.group(1) not in REAL_OUTWARD:
            return f"postcode outward code not in the real list: {text!r}"
        if not set(m.group(2)[1:]) & set("CIKMOV"):
            return f"postcode inward part lacks C/I/K/M/O/V: {text!r}"
    elif kind == "nhs_number":
        if not nhs_ok(spoken_digits(text)):
            return f"NHS number not 999 + valid modulus 11: {text!r}"
    elif kind == "ni_number":
        c = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", c):
            return f"NI number not QQ/ZZ: {text!r}"
    elif kind == "car_registration":
        c = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", c) or not set(c[-3:]) & set("IQ"):
            return f"car registration without I/Q in last three letters: {text!r}"
    elif kind == "handle":
        if not re.fullmatch(r"@[\w.]+", text):
            return f"handle malformed: {text!r}"
    elif kind == "date_of_birth":
        if not re.search(r"(19|20)\d\d", text):
            return f"date of birth without a year: {text!r}"
    elif kind == "street_address":
        if not any(w in text for w in STREET_WORDS):
            return f"street address without a street word: {text!r}"
    elif kind == "name":
        if re.search(r"\s", text):
            return f"name label is not a single word: {text!r}"
        if text.endswith("'s") or text.endswith("\u2019s"):
            return f"name label keeps a possessive: {text!r}"
        if text in TITLES:
            return f"title labelled as a name: {text!r}"
        if len(re.sub(r"[^\w]", "", text)) < 2:
            return f"single initial labelled: {text!r}"
    return None


# --------------------------------------------------------------------------
# sweep patterns
# --------------------------------------------------------------------------

SWEEP = [
    ("phone-like", re.compile(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{8,13}\d(?!\w)")),
    ("email-like", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url-like", re.compile(r"(?:https?://|www\.)\S+|(?<![\w@.])[\w-]+\.(?:org|com|net|co\.uk|uk)(?:/\S*)?")),
    ("handle-like", re.compile(r"(?<![\w.])@[\w.]*\w")),
    ("postcode-like", re.compile(r"(?<!\w)[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d\s*[A-Za-z]{2}(?!\w)")),
    ("postcode-like", re.compile(r"(?<!\w)[A-Z]{1,2}\s\d{2}\s[A-Z]{2}(?!\w)")),
    ("ni-like", re.compile(r"(?<!\w)[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d](?!\w)")),
    ("nhs-like", re.compile(r"(?<!\d)\d{3}\s?\d{3}\s?\d{4}(?!\d)")),
    ("reg-like", re.compile(r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{3}(?!\w)")),
    ("date-like", re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])")),
    ("spoken-digits", re.compile(r"(?i)(?<!\w)(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|"
                                 r"triple)[\s,]+){4,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)(?!\w)")),
    ("born-date", re.compile(r"(?i)born (?:on )?[^.,;]{0,30}?\b(?:19|20)\d\d")),
]
WA_STAMP = re.compile(r"\[\d{2}/\d{2}/\d{4}, \d{2}:\d{2}:\d{2}\] ")
TOKEN = re.compile(r"[^\W\d_][\w'\u2019\-]*")


def is_latin_letter(ch):
    try:
        return "LATIN" in unicodedata.name(ch)
    except ValueError:
        return False


# --------------------------------------------------------------------------

def main():
    problems = []
    P = problems.append

    # ---- files and SYNTHETIC line
    units = {}
    for name in TRANSCRIPTS:
        if not os.path.exists(path(name)):
            P(f"missing transcript {name}")
            continue
        units[name] = read_units(name)
        u = units[name]
        if name.endswith(".srt"):
            cues = srt_cues(u)
            if not cues or cues[0] != [SYN]:
                P(f"{name}: first cue text is not the SYNTHETIC line")
        elif not u or u[0] != SYN:
            P(f"{name}: first line/paragraph is not the SYNTHETIC line")
    for extra in ("build.py", "labels.csv", "tricky.csv", "README.md"):
        if not os.path.exists(path(extra)):
            P(f"missing {extra}")
    if problems:
        return problems

    # ---- hidden text in documents
    import docx
    for name in TRANSCRIPTS:
        if name.endswith(".docx"):
            d = docx.Document(path(name))
            if d.tables:
                P(f"{name}: has tables (not in Document.paragraphs)")
            for s in d.sections:
                for part in (s.header, s.footer):
                    if any(p.text.strip() for p in part.paragraphs):
                        P(f"{name}: header/footer text")
            if d.core_properties.author or d.core_properties.last_modified_by:
                P(f"{name}: author metadata set")
        if name.endswith(".odt"):
            from odf.opendocument import load
            from odf import meta as odfmeta
            doc = load(path(name))
            for el in doc.meta.getElementsByType(odfmeta.InitialCreator):
                P(f"{name}: initial-creator metadata set")

    # ---- labels.csv
    with open(path("labels.csv"), encoding="utf-8", newline="") as fh:
        rdr = csv.reader(fh)
        header = next(rdr)
        rows = list(rdr)
    if header != ["file", "line", "kind", "text"]:
        P(f"labels.csv header is {header}")
    row_count = Counter()
    kinds_of = defaultdict(set)
    texts_in = defaultdict(set)
    for i, r in enumerate(rows, start=2):
        if len(r) != 4:
            P(f"labels.csv row {i}: {r}")
            continue
        f, ln, kind, text = r
        if f not in units:
            P(f"labels.csv row {i}: unknown file {f}")
            continue
        if kind not in KINDS:
            P(f"labels.csv row {i}: unknown kind {kind}")
        if not ln.isdigit() or not (1 <= int(ln) <= len(units[f])):
            P(f"labels.csv row {i}: bad line {ln}")
            continue
        if text != text.strip() or not text:
            P(f"labels.csv row {i}: text has surrounding space or is empty")
        if not whole_word(text).search(units[f][int(ln) - 1]):
            P(f"labels.csv row {i}: {text!r} not on {f} line {ln}")
        row_count[(f, int(ln), text)] += 1
        kinds_of[(f, text)].add(kind)
        texts_in[f].add(text)

    for (f, t), ks in kinds_of.items():
        if len(ks) > 1:
            P(f"{f}: {t!r} has several kinds {ks}")
        for k in ks:
            msg = safe_value_problem(k, t)
            if msg:
                P(f"{f}: {msg}")

    # every occurrence has exactly one row
    expected = Counter()
    label_spans = defaultdict(list)  # (file, line) -> [(start, end)]
    for f, texts in texts_in.items():
        for t in texts:
            pat = whole_word(t)
            for ln, line in enumerate(units[f], start=1):
                for m in pat.finditer(line):
                    expected[(f, ln, t)] += 1
                    label_spans[(f, ln)].append((m.start(), m.end()))
    for key in set(expected) | set(row_count):
        if expected[key] != row_count[key]:
            P(f"{key[0]} line {key[1]}: {key[2]!r} occurs {expected[key]}x but has {row_count[key]} rows")

    # containment (case-insensitive) inside one file
    for f, texts in texts_in.items():
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    P(f"{f}: label {a!r} is contained in label {b!r}")

    # totals
    total = len(rows)
    by_kind = Counter(r[2] for r in rows if len(r) == 4)
    if not 180 <= total <= 220:
        P(f"{total} label rows, expected 180-220")
    share = by_kind["name"] / total if total else 0
    if not 0.4 <= share <= 0.6:
        P(f"names are {share:.0%} of rows, expected about half")
    for k in KINDS:
        if by_kind[k] == 0:
            P(f"no label of kind {k}")

    # ---- word counts
    words = {}
    for name in TRANSCRIPTS:
        lines = content_lines(name, units[name])
        w_alnum = sum(1 for l in lines for t in l.split() if re.search(r"\w", t))
        w_raw = sum(len(l.split()) for l in lines)
        words[name] = (w_alnum, w_raw)
        for w in (w_alnum, w_raw):
            if not 700 <= w <= 1000:
                P(f"{name}: {w} words, expected 700-1000")

    # ---- tricky.csv
    with open(path("tricky.csv"), encoding="utf-8", newline="") as fh:
        rdr = csv.reader(fh)
        theader = next(rdr)
        trows = list(rdr)
    if theader != ["file", "text", "why"]:
        P(f"tricky.csv header is {theader}")
    if len(trows) < 60:
        P(f"only {len(trows)} tricky rows, expected >= 60")
    tricky_spans = defaultdict(list)

    def covered(spans, s, e):
        return any(a <= s and e <= b for a, b in spans)

    def touches(spans, s, e):
        return any(a < e and s < b for a, b in spans)

    for i, r in enumerate(trows, start=2):
        if len(r) != 3 or r[0] not in units or not r[1] or not r[2]:
            P(f"tricky.csv row {i}: malformed {r}")
            continue
        f, t, _ = r
        if t in texts_in[f]:
            P(f"tricky.csv row {i}: {t!r} is also a label in {f}")
        free = 0
        for ln, line in enumerate(units[f], start=1):
            start = 0
            while True:
                j = line.find(t, start)
                if j < 0:
                    break
                if not touches(label_spans[(f, ln)], j, j + len(t)):
                    free += 1
                    tricky_spans[(f, ln)].append((j, j + len(t)))
                start = j + 1
        if not free:
            P(f"tricky.csv row {i}: {t!r} does not appear (outside labels) in {f}")

    # ---- sweep
    unknown_words = defaultdict(set)
    for f in TRANSCRIPTS:
        for ln, line in enumerate(units[f], start=1):
            if f.endswith(".srt") and (re.fullmatch(r"\d+", line.strip()) or "-->" in line):
                continue
            ls = label_spans[(f, ln)]
            ts = tricky_spans[(f, ln)]
            okspans = ls + ts
            stamp = WA_STAMP.match(line) if f.endswith(".txt") else None
            if stamp:  # message timestamp of a chat export: structure, not content
                okspans = okspans + [stamp.span()]
            for what, pat in SWEEP:
                for m in pat.finditer(line):
                    if not touches(okspans, m.start(), m.end()):
                        P(f"sweep {f} line {ln}: unlabelled {what} {m.group(0)!r}")
            for m in TOKEN.finditer(line):
                tok = m.group(0)
                first = tok[0]
                if not (first.isupper() or (first.isalpha() and not is_latin_letter(first))):
                    continue
                if touches(okspans, m.start(), m.end()):
                    continue
                bare = re.sub(r"['\u2019]s$", "", tok)
                if tok in ALLOWED or bare in ALLOWED:
                    continue
                unknown_words[f].add(tok)
    for f, ws in unknown_words.items():
        P(f"sweep {f}: capitalised/non-Latin words neither labelled, tricky nor allowed: {sorted(ws)}")

    # other-case variants of label texts in the same file
    for f, texts in texts_in.items():
        for t in texts:
            pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)", re.IGNORECASE)
            for ln, line in enumerate(units[f], start=1):
                for m in pat.finditer(line):
                    if not touches(label_spans[(f, ln)] + tricky_spans[(f, ln)], m.start(), m.end()):
                        P(f"{f} line {ln}: {m.group(0)!r} is a case variant of label {t!r}, neither labelled nor tricky")

    # name labels of one file appearing unlabelled in another
    names_anywhere = {t for f in texts_in for t in texts_in[f] if kinds_of[(f, t)] == {"name"}}
    for f in TRANSCRIPTS:
        for t in names_anywhere:
            if t in texts_in[f]:
                continue
            pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)", re.IGNORECASE)
            for ln, line in enumerate(units[f], start=1):
                for m in pat.finditer(line):
                    if not touches(label_spans[(f, ln)] + tricky_spans[(f, ln)], m.start(), m.end()):
                        P(f"{f} line {ln}: {m.group(0)!r} is a name elsewhere; label it or list it in tricky.csv")

    # ---- report
    print(f"{total} label rows; per kind: " + ", ".join(f"{k} {by_kind[k]}" for k in sorted(by_kind)))
    for name in TRANSCRIPTS:
        n = sum(1 for r in rows if r[0] == name)
        print(f"  {name}: {words[name][0]} words ({words[name][1]} whitespace tokens), {n} label rows")
    print(f"{len(trows)} tricky rows")
    return problems


if __name__ == "__main__":
    probs = main()
    if probs:
        for p in probs:
            print("FAIL:", p)
        print(f"{len(probs)} problem(s)")
        sys.exit(1)
    print("PASS")
