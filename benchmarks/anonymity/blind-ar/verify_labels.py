"""Verify the blind-ar benchmark set. Run from inside this folder:

    python verify_labels.py

Checks:
  * every transcript exists, opens with the SYNTHETIC line, has 700-1000 words;
  * labels.csv: header, valid kinds, each row's text really occurs on its line
    (as many rows as whole-word occurrences), every whole-word case-sensitive
    occurrence of a labelled text in its file has a row, one kind per text per
    file, no label text contained in another (case-insensitive), names are single
    words and not role labels / single initials;
  * safe values (Ofcom drama phone ranges, example.* emails/URLs, NHS 999 +
    modulus 11, NI QQ/ZZ, postcodes real outward + inward with C/I/K/M/O/V,
    registrations with I or Q in the last three letters);
  * sweeps for unlabelled identifier-like strings (emails, URLs, handles, digit
    runs, spoken digit runs, postcodes, NI, registrations, dates, names after
    titles, speaker labels, diacritic words, mid-sentence capitalised words,
    names labelled in another file);
  * tricky.csv: >= 60 rows, each text present in its file, not a label, and
    with at least one occurrence outside every label span;
  * totals: 180-220 label rows, names 40-60 %;
  * README.md first two lines.
Prints PASS or the list of problems.
"""
import csv
import re
import sys
from collections import Counter, defaultdict

from odf import teletype
from odf.namespaces import TEXTNS
from odf.opendocument import load

FILES = [
    "ar01_interview_chinese_carers.txt",
    "ar02_newsletter_young_mums.odt",
    "ar03_chat_voices_group.txt",
    "ar04_advisory_board.csv",
    "ar05_radio_phonein_mens_group.txt",
]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"facilitator", "member", "chair", "presenter", "guest", "caller", "iv", "ie",
               "interviewer", "interviewee", "minutes", "commissioner"}
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, school "
             "and street in it is invented.")
README_L2 = "**Status: NOT scored yet.**"

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- readers
def units(path):
    """(number, text) per physical line, or per odt paragraph (document order)."""
    if path.endswith(".odt"):
        doc = load(path)
        out = []

        def walk(node):
            for c in node.childNodes:
                if c.nodeType == 1 and c.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(c))
                elif c.nodeType == 1:
                    walk(c)

        walk(doc.text)
        return list(enumerate(out, 1))
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    return list(enumerate(data.split("\n"), 1))


def wrx(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_counts(path, us):
    if path.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        text_only = sum(len(r[1].split()) for r in rows[1:])
        whole = sum(len(" ".join(r).split()) for r in rows[1:])
        return [text_only, whole]
    return [sum(len(t.split()) for _, t in us)]


def first_text(path, us):
    if path.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["speaker", "text"]:
            err(f"{path}: csv header is {rows[0]}")
        for r in rows:
            if len(r) != 2:
                err(f"{path}: csv row with {len(r)} fields: {r}")
        return rows[1][1]
    return us[0][1]


# ---------------------------------------------------------------- safe values
NUMW = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
        "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits_of(s):
    out, mult = [], 1
    for t in re.findall(r"[A-Za-z]+|\d", s):
        tl = t.lower()
        if tl == "double":
            mult = 2
            continue
        if tl in ("treble", "triple"):
            mult = 3
            continue
        if t.isdigit():
            d = t
        elif tl in NUMW:
            d = NUMW[tl]
        else:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]


def outward_codes():
    s = set()
    for a, b, c in [("M", 1, 35), ("WN", 1, 8), ("CH", 1, 8), ("CH", 41, 49), ("CH", 60, 66),
                    ("WA", 1, 16), ("CW", 1, 12), ("OL", 1, 16), ("L", 1, 40), ("BL", 1, 9),
                    ("SK", 1, 17)]:
        for n in range(b, c + 1):
            s.add(f"{a}{n}")
    s |= {"M38", "M40", "M41", "M43", "M44", "M45", "M46", "M50", "M60", "M90"}
    return s


OUTWARD = outward_codes()


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def spoken_to_written(s):
    s = re.sub(r"\s+at\s+", "@", s.strip(), flags=re.I)
    s = re.sub(r"\s+dot\s+", ".", s, flags=re.I)
    s = re.sub(r"\s+slash\s+", "/", s, flags=re.I)
    return re.sub(r"\s+", "", s)


def safe_value(kind, text):
    if kind == "phone":
        d = digits_of(text)
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)
    if kind == "email":
        e = spoken_to_written(text).lower()
        return re.fullmatch(r"[\w.+-]+@(?:[\w-]+\.)*example\.(?:org|com|net)", e) is not None
    if kind == "url":
        u = spoken_to_written(text).lower()
        u = re.sub(r"^https?://", "", u)
        host = u.split("/")[0]
        return re.fullmatch(r"(?:[\w-]+\.)*example\.(?:org|com|net)", host) is not None
    if kind == "nhs_number":
        return nhs_ok(digits_of(text))
    if kind == "ni_number":
        return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())) is not None
    if kind == "postcode":
        p = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        return bool(m) and m.group(1) in OUTWARD and any(c in "CIKMOV" for c in m.group(2)[1:])
    if kind == "car_registration":
        r = re.sub(r"\s", "", text.upper())
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r) is not None and any(
            c in "IQ" for c in r[-3:])
    if kind == "name":
        return (re.search(r"\s", text) is None and text.lower() not in ROLE_LABELS
                and re.fullmatch(r"[A-Z]\.?", text) is None and not text.endswith("'s"))
    return True


# ---------------------------------------------------------------- load everything
UNITS = {}
for fn in FILES:
    try:
        UNITS[fn] = units(fn)
    except FileNotFoundError:
        err(f"missing transcript {fn}")
if errors:
    print("\n".join(errors))
    sys.exit(1)

for fn in FILES:
    us = UNITS[fn]
    if first_text(fn, us) != SYN:
        err(f"{fn}: does not open with the SYNTHETIC line")
    for wc in word_counts(fn, us):
        if not 700 <= wc <= 1000:
            err(f"{fn}: word count {wc} outside 700-1000")

with open("labels.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    LROWS = list(rd)
if header != ["file", "line", "kind", "text"]:
    err(f"labels.csv header {header}")

rows_at = Counter()              # (file, line, text) -> rows
kind_of = defaultdict(dict)      # file -> text -> kind
for r in LROWS:
    if len(r) != 4:
        err(f"labels.csv bad row {r}")
        continue
    fn, line, kind, text = r
    if fn not in UNITS:
        err(f"labels.csv unknown file {fn}")
        continue
    if kind not in KINDS:
        err(f"labels.csv unknown kind {kind} ({text})")
    if not line.isdigit():
        err(f"labels.csv bad line {line}")
        continue
    if text != text.strip() or not text:
        err(f"labels.csv text with outer whitespace: {text!r}")
    prev = kind_of[fn].get(text)
    if prev and prev != kind:
        err(f"{fn}: {text!r} has two kinds {prev}/{kind}")
    kind_of[fn][text] = kind
    rows_at[(fn, int(line), text)] += 1
    if not safe_value(kind, text):
        err(f"{fn}: unsafe or malformed {kind}: {text!r}")

# occurrences and spans
SPANS = defaultdict(list)        # (file, unit) -> [(start, end, text)]
for fn in FILES:
    texts = kind_of[fn]
    found = Counter()
    for t in texts:
        rx = wrx(t)
        for n, s in UNITS[fn]:
            for m in rx.finditer(s):
                found[(fn, n, t)] += 1
                SPANS[(fn, n)].append((m.start(), m.end(), t))
    for key in set(found) | {k for k in rows_at if k[0] == fn}:
        if found[key] != rows_at[key]:
            err(f"{key[0]} line {key[1]}: {key[2]!r} occurs {found[key]}x but has "
                f"{rows_at[key]} label rows")
    # containment
    tl = list(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                err(f"{fn}: label {a!r} is contained in label {b!r}")


def covered(fn, n, start, end):
    return any(s < end and start < e for s, e, _ in SPANS[(fn, n)])


# ---------------------------------------------------------------- tricky
with open("tricky.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    th = next(rd)
    TROWS = list(rd)
if th != ["file", "text", "why"]:
    err(f"tricky.csv header {th}")
if len(TROWS) < 60:
    err(f"tricky.csv has only {len(TROWS)} rows")
TSPANS = defaultdict(list)
TRICKY_TEXT = defaultdict(set)
for r in TROWS:
    fn, text, why = r
    if fn not in UNITS:
        err(f"tricky.csv unknown file {fn}")
        continue
    if not why.strip():
        err(f"tricky.csv: no reason for {text!r}")
    if text in kind_of[fn]:
        err(f"{fn}: tricky {text!r} is also a label text")
    TRICKY_TEXT[fn].add(text)
    outside = 0
    total = 0
    for n, s in UNITS[fn]:
        for m in re.finditer(re.escape(text), s):
            total += 1
            TSPANS[(fn, n)].append((m.start(), m.end()))
            if not covered(fn, n, m.start(), m.end()):
                outside += 1
    if total == 0:
        err(f"{fn}: tricky {text!r} not found")
    elif outside == 0:
        err(f"{fn}: tricky {text!r} only occurs inside label spans")


def tricky_cov(fn, n, start, end):
    return any(s < end and start < e for s, e in TSPANS[(fn, n)])


# ---------------------------------------------------------------- sweeps
NUMWORDS = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble)"
SWEEPS = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "url": r"(?:https?://|www\.)\S+|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|co\.uk|org\.uk)(?:/\S*)?",
    "spoken email/url": r"(?i)\b\w+ at [\w ]+? dot (?:org|com|net|co dot uk)\b|\b\w+ dot (?:org|com|net)\b",
    "handle": r"(?<![\w.])@\w[\w.]*\w",
    "underscore handle": r"(?<!\w)[A-Za-z]+_[A-Za-z0-9_]+(?!\w)",
    "digit run": r"(?<![\w.:/-])\+?\d[\d ]{4,}\d(?![\w.:/])",
    "spoken digits": r"(?i)\b(?:" + NUMWORDS + r"[\s,-]+){4,}" + NUMWORDS + r"\b",
    "postcode": r"(?i)(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)",
    "ni": r"(?i)(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)",
    "registration": r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{3}(?!\w)",
    "numeric date": r"(?<![\w/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\w/.])",
    "spoken date": r"(?i)\b(?:born|dob|birthday)\b",
    "ordinal month": r"(?i)\b\w+(?:st|nd|rd|th) of (?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    "diacritic word": r"\b\w*[^\x00-\x7f\W]\w*\b",
    "dotted initials": r"(?<!\w)(?:[A-Z]\.){2,}",
}
TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Revd|Rev|Auntie|Nanna|Uncle|Sister|Nurse)\.?"
                   r"\s+([A-Z][\w'-]*)")

for fn in FILES:
    for n, s in UNITS[fn]:
        for label, pat in SWEEPS.items():
            for m in re.finditer(pat, s):
                if label == "spoken date":
                    # the birth date itself must be labelled within 45 chars after the cue
                    window = (m.end(), min(len(s), m.end() + 45))
                    if not covered(fn, n, *window) and not tricky_cov(fn, n, m.start(), m.end()):
                        err(f"{fn}:{n}: birth cue {m.group(0)!r} with no labelled date nearby")
                    continue
                if covered(fn, n, m.start(), m.end()) or tricky_cov(fn, n, m.start(), m.end()):
                    continue
                err(f"{fn}:{n}: unlabelled {label}: {m.group(0)!r}")
        for m in TITLE.finditer(s):
            if not covered(fn, n, m.start(1), m.end(1)):
                err(f"{fn}:{n}: unlabelled name after title: {m.group(0)!r}")

# speaker labels
CHAT_HEAD = re.compile(r"^\s*(.+?), \d{1,2}:\d{2}\s*$")
FIELD_OK = {"Name", "Address", "Broadcast", "Topic", "Compliance", "Referral", "Hears", "Transcribed",
            "Words", "Email", "Web", "Hub", "Actions", "Exported", "Google"}
for fn in FILES:
    if fn.endswith(".odt"):
        continue
    if fn.endswith(".csv"):
        with open(fn, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        names = {t for t, k in kind_of[fn].items() if k == "name"}
        for i, r in enumerate(rows[1:], 2):
            for tok in re.findall(r"[A-Z][\w.]*", r[0]):
                if tok in {"Chair", "Cllr", "Member", "Commissioner", "ICB", "Peer", "Lead",
                           "Minutes", "Teams", "H."} or re.fullmatch(r"[A-Z]\.?", tok):
                    continue
                if tok not in names:
                    err(f"{fn}:{i}: speaker token {tok!r} not labelled as a name")
        continue
    for n, s in UNITS[fn]:
        m = CHAT_HEAD.match(s)
        if m and not s.strip().startswith(("Exported", "Broadcast")):
            for tm in re.finditer(r"[^\W\d_][\w'-]*", m.group(1)):
                if len(tm.group(0)) == 1:
                    continue
                st = m.start(1) + tm.start()
                if not covered(fn, n, st, st + len(tm.group(0))):
                    err(f"{fn}:{n}: chat sender {tm.group(0)!r} not labelled")
        m = re.match(r"^([A-Z][a-z]+): ", s)
        if m and m.group(1) not in FIELD_OK and not covered(fn, n, 0, len(m.group(1))):
            err(f"{fn}:{n}: speaker label {m.group(1)!r} not labelled")

# mid-sentence capitalised words must be labelled, tricky, or known non-identifying words
COMMON = set("""
A About Absolutely Academy Actions Address Agreed Ah Alright Also And Any Anything April Auto
Awareness Blokes Board Broadcast But Bus CALLER Café Can Cantonese Centre Chair Chat Cheers Close
Commissioner Compliance Conventions Credit DATE DOB Day Don Dr ENTER END Email English Everybody
Everyone Everywhere Experience Exported Family For From GET GP GUEST Ground Health Here Hiya Honestly
Hub I ID IN INTERVIEWEE INTERVIEWER Item It Just Last Lead Lived LOCATION Look Lovely Mental Mine
Minutes Mob Morning Mr Mrs NHS NI NOTES Name No Nobody Noted Now OF Oh Okay On One Only Oops Our
PROJECT Peer Practice RECORDING REF Radio Referral Right SORRY SYNTHETIC Same Saturday Saturdays Say
Second Some Sorry Space Sounds Surgery TOUCH TRANSCRIBER TRANSCRIPT Thank Thanks That The There They
This Thursday Thursdays Topic Trust Tuesday Tuesdays Unit Valley Wednesday We What When Why With
Yeah Yes You Your Week Mon Fri Hears Prefers Signed Web Insta Hub Feeling Call Words Photos
She Before March Advisory Cllr Mondays SEGMENT
""".split())


def sentence_start(s, i):
    j = i - 1
    while j >= 0 and s[j] in " \t\"'\u201c\u2018([*-\u2014\u2013\u21b3\u00b7":
        j -= 1
    return j < 0 or s[j] in ".!?:;|>]\u2026" or ord(s[j]) > 0x2190   # emoji / arrows


for fn in FILES:
    allowed_tricky = " ".join(TRICKY_TEXT[fn])
    for n, s in UNITS[fn]:
        for m in re.finditer(r"(?<![\w'@.])[A-ZÀ-Ý\u0100-\u017f][\w'\u2019-]*", s):
            w = m.group(0)
            base = re.sub(r"['\u2019](?:s|d|ve|m|ll|re|t)$", "", w)
            if len(base) == 1:                          # single initials / "I" are not labelled
                continue
            if covered(fn, n, m.start(), m.end()) or tricky_cov(fn, n, m.start(), m.end()):
                continue
            if base in COMMON or w in COMMON or sentence_start(s, m.start()):
                continue
            if base.isupper() and len(base) <= 6:      # acronyms: checked via tricky/COMMON
                if base in allowed_tricky:
                    continue
            err(f"{fn}:{n}: unexplained capitalised word {w!r} (label it, add to tricky, or COMMON)")

# names labelled in one file must be labelled or explained in every other file
all_names = {t for fn in FILES for t, k in kind_of[fn].items() if k == "name"}
for fn in FILES:
    for t in all_names:
        if t in kind_of[fn]:
            continue
        rx = wrx(t)
        for n, s in UNITS[fn]:
            for m in rx.finditer(s):
                if not covered(fn, n, m.start(), m.end()) and not tricky_cov(fn, n, m.start(), m.end()):
                    err(f"{fn}:{n}: {t!r} is a name in another file but unlabelled/unexplained here")

# lower-case names (chat style): any labelled name in lower case, plus common nicknames,
# must be labelled where it occurs or explained in tricky.csv
NICKNAMES = set("""
dougie gaz kev baz shaz dezza jonno mags bev col tel des dessie davo stevo tommo macca
gazza jay kaz lou nic sue bob jim joe pete dave steve gary kelly ming""".split())
lower_names = {t.lower() for t in all_names if re.fullmatch(r"[^\W\d_]+", t)} | NICKNAMES
for fn in FILES:
    for n, s in UNITS[fn]:
        for m in re.finditer(r"(?<![\w@.])[a-z\u00df-\u017f]+(?!\w)", s):
            if m.group(0) not in lower_names:
                continue
            if covered(fn, n, m.start(), m.end()) or tricky_cov(fn, n, m.start(), m.end()):
                continue
            err(f"{fn}:{n}: lower-case name-like word {m.group(0)!r} unlabelled/unexplained")

# an ordinary word listed in tricky.csv in lower case: its capitalised twin in the same
# file (e.g. sentence-initial "Will", "Precious") must be labelled or itself explained
for r in TROWS:
    fn, text = r[0], r[1]
    if fn not in UNITS or not re.fullmatch(r"[a-z]+", text):
        continue
    rx = wrx(text.capitalize())
    for n, s in UNITS[fn]:
        for m in rx.finditer(s):
            if not covered(fn, n, m.start(), m.end()) and not tricky_cov(fn, n, m.start(), m.end()):
                err(f"{fn}:{n}: {m.group(0)!r} (capitalised twin of tricky {text!r}) unlabelled")

# ---------------------------------------------------------------- totals
kinds = Counter(r[2] for r in LROWS)
total = len(LROWS)
if not 180 <= total <= 220:
    err(f"total label rows {total} outside 180-220")
if total and not 0.40 <= kinds["name"] / total <= 0.60:
    err(f"names are {kinds['name']}/{total} rows, not about half")

try:
    with open("README.md", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != README_L1:
        err("README.md first line wrong")
    # "NOT scored yet" until the set is scored, then its score
    if not any(line.startswith("**Status:") for line in lines[1:4]):
        err("README.md status line missing")
except FileNotFoundError:
    err("README.md missing")

print(f"label rows: {total}; per kind: {dict(sorted(kinds.items()))}")
print(f"tricky rows: {len(TROWS)}")
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS")
