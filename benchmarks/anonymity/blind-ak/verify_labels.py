"""Verify the blind-ak anonymity benchmark set. Prints PASS or a list of problems.

Run with: python verify_labels.py

Checks
  1. the five transcripts exist, open with the SYNTHETIC header, 700-1000 words
  2. labels.csv: header, valid kinds, line in range, text really on that line,
     row count per (file,line,text) == whole-word occurrences on that line,
     every whole-word case-sensitive occurrence in the file has a row,
     one kind per text per file, no label text contained in another
     (case-insensitive) in the same file, names are single words without
     titles / possessives / single initials / role labels
  3. safe values: Ofcom drama phone ranges (written or spoken), example.*
     emails and URLs, NHS numbers 999 + valid modulus-11, NI prefix QQ/ZZ,
     postcodes = real outward code + inward with C/I/K/M/O/V, car
     registrations with I or Q in the last three letters
  4. tricky.csv: >= 60 rows, each text occurs whole-word in its file, is not a
     label text there and has at least one occurrence outside every label span
  5. sweep: identifier-shaped strings (emails, URLs, @handles, digit runs,
     spoken digit runs, dates, postcodes, NI, registrations) and capitalised
     tokens that are neither labelled nor allow-listed
  6. totals: 180-220 rows, names 40-60 %
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_grants_review_teams_transcript.txt",
    "02_mens_shed_flipchart_notes.docx",
    "03_postnatal_group_sms_export.txt",
    "04_hoarding_peer_group_chat_wiki.md",
    "05_facilitator_reflective_log_dictation.txt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"Facilitator", "facilitator", "Guest", "Me", "Member", "Chair", "Host", "Speaker"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Senhor", "Councillor", "Cllr", "Prof"}

DRAMA_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (East of England / East Midlands)
REAL_OUTWARD = {"NR30", "NR31", "LN6", "IP3", "PE4", "PE21"}

NUM_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
             "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
             "eight": "8", "nine": "9"}

problems = []


def err(msg):
    problems.append(msg)


def units(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def spoken_digits(s):
    """'oh seven seven double oh nine' -> '07700 9'; digits pass through."""
    out = []
    toks = re.findall(r"[a-z]+|\d", s.lower())
    mult = 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t.isdigit():
            out.append(t * mult)
        elif t in NUM_WORDS:
            out.append(NUM_WORDS[t] * mult)
        mult = 1
    return "".join(out)


def norm_phone(s):
    d = spoken_digits(s) if re.search(r"[a-z]", s) else re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return d


def nhs_ok(d):
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def spoken_to_chars(s):
    s = s.lower()
    s = re.sub(r"\bcue\b", "q", s)
    s = re.sub(r"\bzed\b", "z", s)
    s = s.replace(" dot ", ".").replace(" at ", "@")
    return s


def safe_value(kind, text):
    if kind == "phone":
        d = norm_phone(text)
        return len(d) == 11 and any(d.startswith(p) for p in DRAMA_PREFIXES), d
    if kind == "email":
        e = spoken_to_chars(text).replace(" ", "")
        return bool(re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e)), e
    if kind == "url":
        m = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)", text)
        host = m.group(1) if m else ""
        return host in {"example.org", "example.com", "example.net"}, host
    if kind == "nhs_number":
        d = spoken_digits(text) if re.search(r"[a-z]", text) else re.sub(r"\D", "", text)
        return nhs_ok(d), d
    if kind == "ni_number":
        n = spoken_to_chars(text).replace(" ", "").upper()
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n)), n
    if kind == "postcode":
        p = re.sub(r"\s", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        if not m:
            return False, p
        return m.group(1) in REAL_OUTWARD and bool(set(m.group(2)) & set("CIKMOV")), p
    if kind == "car_registration":
        r = re.sub(r"\s", "", text).upper()
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r)) and bool(set(r[-3:]) & {"I", "Q"}), r
    if kind == "handle":
        return text.startswith("@") and len(text) > 2, text
    if kind == "date_of_birth":
        return bool(re.search(r"\d|january|february|march|april|may|june|july|august|"
                              r"september|october|november|december", text.lower())), text
    return True, text


# ---------------------------------------------------------------- 1. files
TEXT = {}
for f in FILES:
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        err(f"missing file {f}")
        continue
    u = units(f)
    TEXT[f] = u
    if u[0] != HEADER:
        err(f"{f}: first line/paragraph is not the SYNTHETIC header")
    words = len(" ".join(u).split())
    if not 700 <= words <= 1000:
        err(f"{f}: {words} words (want 700-1000)")
for extra in ["labels.csv", "tricky.csv", "README.md", "build_docx.py"]:
    if not os.path.exists(os.path.join(HERE, extra)):
        err(f"missing {extra}")

# ---------------------------------------------------------------- 2. labels
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    hdr = next(rd)
    if hdr != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {hdr}")
    LABELS = [r for r in rd]

per_line = Counter()
kinds_of = defaultdict(set)
texts_in = defaultdict(set)
for i, r in enumerate(LABELS, 2):
    if len(r) != 4:
        err(f"labels.csv row {i}: {r}")
        continue
    f, line, kind, text = r
    if f not in TEXT:
        err(f"labels.csv row {i}: unknown file {f}")
        continue
    if kind not in KINDS:
        err(f"labels.csv row {i}: bad kind {kind}")
    ln = int(line)
    if not 1 <= ln <= len(TEXT[f]):
        err(f"labels.csv row {i}: line {ln} out of range")
        continue
    if not ww(text).search(TEXT[f][ln - 1]):
        err(f"labels.csv row {i}: {text!r} not found whole-word on {f}:{ln}")
    if text != text.strip() or not text:
        err(f"labels.csv row {i}: leading/trailing space in {text!r}")
    per_line[(f, ln, text)] += 1
    kinds_of[(f, text)].add(kind)
    texts_in[f].add(text)
    if kind == "name":
        if re.search(r"\s", text):
            err(f"row {i}: name {text!r} is not a single word")
        if text.endswith("'s") or text.endswith("\u2019s"):
            err(f"row {i}: name {text!r} keeps a possessive")
        if text in TITLES or text in ROLE_LABELS:
            err(f"row {i}: {text!r} is a title/role label")
        if re.fullmatch(r"[A-Za-z]\.?", text):
            err(f"row {i}: single initial {text!r} labelled")
    ok, normed = safe_value(kind, text)
    if not ok:
        err(f"row {i}: unsafe {kind} value {text!r} ({normed})")

for (f, text), ks in kinds_of.items():
    if len(ks) > 1:
        err(f"{f}: {text!r} has several kinds {ks}")

SPANS = defaultdict(list)  # (file, line) -> [(start, end)]
for f, texts in texts_in.items():
    for text in texts:
        pat = ww(text)
        total = 0
        for ln, line in enumerate(TEXT[f], 1):
            n = 0
            for m in pat.finditer(line):
                n += 1
                SPANS[(f, ln)].append((m.start(), m.end()))
            total += n
            if n != per_line.get((f, ln, text), 0):
                err(f"{f}:{ln}: {text!r} occurs {n}x but has {per_line.get((f, ln, text), 0)} rows")
    tl = sorted(texts)
    for a in tl:
        for b in tl:
            if a != b and a.lower() in b.lower():
                err(f"{f}: label {a!r} is contained in label {b!r}")


def covered(f, ln, s, e):
    return any(a <= s and e <= b for a, b in SPANS.get((f, ln), []))


def overlaps(f, ln, s, e):
    return any(s < b and a < e for a, b in SPANS.get((f, ln), []))


# ---------------------------------------------------------------- 4. tricky
with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    hdr = next(rd)
    if hdr != ["file", "text", "why"]:
        err(f"tricky.csv header is {hdr}")
    TRICKY = [r for r in rd]
if len(TRICKY) < 60:
    err(f"tricky.csv has only {len(TRICKY)} rows")
TRICKY_BY_FILE = defaultdict(set)
for i, r in enumerate(TRICKY, 2):
    f, text, why = r
    if f not in TEXT:
        err(f"tricky row {i}: unknown file {f}")
        continue
    TRICKY_BY_FILE[f].add(text)
    if text in texts_in[f]:
        err(f"tricky row {i}: {text!r} is also a label text in {f}")
    free = 0
    seen = 0
    for ln, line in enumerate(TEXT[f], 1):
        for m in ww(text).finditer(line):
            seen += 1
            if not overlaps(f, ln, m.start(), m.end()):
                free += 1
    if not seen:
        err(f"tricky row {i}: {text!r} does not occur in {f}")
    elif not free:
        err(f"tricky row {i}: {text!r} only occurs inside labels in {f}")
    if not why.strip():
        err(f"tricky row {i}: empty why")

# ---------------------------------------------------------------- 5. sweep
SWEEP = [
    ("email", r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    ("spoken email", r"\b\w+ dot \w+ at \w+ dot \w+\b|\b\w+ at \w+ dot (com|org|net)\b"),
    ("url", r"(https?://|www\.)\S+|\b[\w-]+\.(org|com|net|co\.uk)(/\S*)?"),
    ("handle", r"(?<![\w.])@[A-Za-z_][\w.]*\w"),
    ("digits", r"(?<![\w+])\+?\d[\d ]{7,}\d(?!\w)"),
    ("spoken digits", r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)\s+){5,}"
                      r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b"),
    ("date", r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),
    ("postcode", r"\b[A-Za-z]{1,2}\d[A-Za-z\d]? *\d[A-Za-z]{2}\b"),
    ("ni", r"\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b"),
    ("car reg", r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
]
# identifier-shaped strings that are deliberately not identifiers
SWEEP_ALLOW = {
    "116 123", "20240312_140302", "14/03/2024", "15/03/2024", "19/03/2024",
    "27/02/2024", "28/02/2024", "04/03/2024", "08/03/2024", "12/03/2024",
}
for f, lines in TEXT.items():
    for ln, line in enumerate(lines, 1):
        for what, rx in SWEEP:
            for m in re.finditer(rx, line):
                s, e = m.start(), m.end()
                frag = m.group(0).strip()
                if not frag or frag in SWEEP_ALLOW:
                    continue
                if overlaps(f, ln, s, e):
                    continue
                if what == "date" and "/2024" in frag:
                    continue  # meeting / message dates, 2024 only
                if what == "postcode" and re.fullmatch(r"\d", frag[-3]) is None:
                    continue
                err(f"sweep {what}: unlabelled {frag!r} at {f}:{ln}")

# capitalised tokens that are neither labelled nor known ordinary words
ALLOW_CAPS = set("""
I A
Absolutely Also Amazing An And Apologies April Are Ask Aug Both Brew Bring Budget Came Can Coming Conversation
Deliveries Do Doctor Don’t Feb Feb-Mar First Flipchart For Freezing Fri Friday From Good Got Ground Half Hello Hi Hiya
Honestly How If In Initials Intros Is It I’m Jan January Just Key Last Leaflets Loads Love Mar May Messages Mon
Morning Most Move My New Next No Nobody Not Noted Now Oct On One Only Our Page Pasted Peer People Present Question
Recording Reflective Remember Reply Review Running Sat See Seeds Send Shared She Shed Small So Some Something Sorry
Spare Spellings Start Stay Strimmer Take Thank Thanks That The This Three Thu Thurs Thursday Thursdays Train Treasurer
Tue Two Typed Up We Wed Weds Welcomer Well What When Wiki Yes You Neither Oct Grants Support Social Care Adult Insurance
Exported Device Threads Backup Restore Recorder
DO IF IT NB NO ON WE WHAT’S
GP HV NI DMs
Mr Mrs Senhor
OK He
K E F M W P Q
English UK Portugal Portuguese Brazil East Co-op Portakabin Boa
""".split())
for f, lines in TEXT.items():
    allow = ALLOW_CAPS | {w for t in TRICKY_BY_FILE[f] for w in re.findall(r"\w+", t)}
    for ln, line in enumerate(lines, 1):
        for m in re.finditer(r"(?<![\w@./])[^\W\d_][\w’'-]*", line):
            tok = m.group(0)
            if not tok[0].isupper():
                continue
            core = re.sub(r"['’](s|m|d|ll|ve|re)?$", "", tok)
            if covered(f, ln, m.start(), m.start() + len(core)):
                continue
            if core in allow or tok in allow:
                continue
            # all-caps shouting words of 3+ letters are headings, not names
            if core.isupper() and len(core) >= 3 and core.isalpha():
                continue
            err(f"sweep caps: unreviewed capitalised token {tok!r} at {f}:{ln}")

# ---------------------------------------------------------------- 6. totals
n = len(LABELS)
names = sum(1 for r in LABELS if r[2] == "name")
if not 180 <= n <= 220:
    err(f"{n} label rows (want 180-220)")
if not 0.4 <= names / max(n, 1) <= 0.6:
    err(f"names are {names}/{n} rows (want about half)")

# README first lines
with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
    rl = fh.read().split("\n")
if rl[0] != ("This set is synthetic: every person, number, address, employer, venue, school "
             "and street in it is invented."):
    err("README.md first line wrong")
if not any(line.startswith("**Status:") for line in rl[1:3]):  # "NOT scored yet", then its score
    err("README.md status line missing")
kind_counts = Counter(r[2] for r in LABELS)
for k in KINDS:
    m = re.search(r"^\| " + k + r" \| (\d+) \|$", "\n".join(rl), flags=re.M)
    if not m or int(m.group(1)) != kind_counts.get(k, 0):
        err(f"README total for {k} does not match labels.csv ({kind_counts.get(k, 0)})")
if f"| **total** | **{n}** |" not in rl:
    err(f"README total row does not say {n}")

print(f"label rows: {n}  names: {names}  tricky rows: {len(TRICKY)}")
print("per kind:", dict(sorted(Counter(r[2] for r in LABELS).items())))
if problems:
    for p in problems:
        print("FAIL:", p)
    print(f"FAIL ({len(problems)} problems)")
    sys.exit(1)
print("PASS")
