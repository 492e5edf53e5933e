"""Check labels.csv and tricky.csv of this set against the transcripts.

Run from this folder (or anywhere):  python verify_labels.py
Prints PASS, or a list of problems and FAIL (exit code 1).

Checks
  * every transcript opens with the SYNTHETIC line (first line / first cue text / first paragraph)
  * 700-1000 words per transcript
  * each labels.csv row: known file and kind, text found whole-word on its line
  * every whole-word, case-sensitive occurrence of a labelled text in its file has a row
  * no label text contained in another label text of the same file (case-insensitive)
  * one kind per text per file; names are single words, no titles, no possessive 's,
    no role labels, no single initials
  * safe values: Ofcom drama phone ranges, example.org/.com/.net emails and URLs,
    999 NHS numbers with a valid modulus-11 check digit, QQ/ZZ NI numbers,
    postcodes with a real outward code and an inward part containing C/I/K/M/O/V,
    car registrations with I or Q among the last three letters
  * tricky.csv: >= 60 rows, each text really in its file and never a labelled occurrence
  * sweep: identifier-like strings (numbers, emails, URLs, handles, postcodes, dates,
    registrations, names after titles, speaker/author/caption names, capitalised words)
    must be covered by a label or a tricky row, or be in the vetted word list below
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "br_otter_yard_barrow.docx",
    "br_telegram_gambling_fleetwood.txt",
    "br_gdocs_dads_whitehaven.txt",
    "br_news_knit_peel.srt",
    "br_padlet_network_board.csv",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reading
def units(fname):
    """List of (unit number, text); unit = line / paragraph / sheet row."""
    path = HERE / fname
    if path.suffix == ".docx":
        from docx import Document
        return [(i, p.text) for i, p in enumerate(Document(path).paragraphs, 1)]
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            return [(i, "\t".join(r)) for i, r in enumerate(csv.reader(fh), 1)]
    with open(path, encoding="utf-8") as fh:
        return list(enumerate(fh.read().split("\n"), 1))


def srt_cues(lines):
    """Yield (line number, text) of cue-text lines only."""
    state = 0
    for n, t in lines:
        if state == 0 and t.strip().isdigit():
            state = 1
        elif state == 1 and "-->" in t:
            state = 2
        elif state == 2 and t.strip():
            yield n, t
        elif not t.strip():
            state = 0


def wb(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- safe values
DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(text):
    out, mult = [], 1
    for tok in re.findall(r"[A-Za-z]+|\d+|\+", text.lower()):
        if tok in ("double", "treble", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        if tok.isdigit():
            d = tok
        elif tok in DIGIT_WORDS:
            d = DIGIT_WORDS[tok]
        elif tok == "+":
            d = "+"
        else:
            continue
        out.append(d * mult if len(d) == 1 else d)
        mult = 1
    return "".join(out)


PHONE_RANGES = [("07700900", 3), ("01632960", 3), ("01134960", 3), ("02079460", 3), ("01314960", 3),
                ("01414960", 3), ("01174960", 3), ("01214960", 3), ("01614960", 3), ("02896496", 3),
                ("02920180", 3)]


def phone_ok(text):
    t = text.replace("(0)", "")
    d = spoken_digits(t)
    if d.startswith("+44"):
        d = "0" + d[3:]
    return d.isdigit() and any(d.startswith(p) and len(d) == len(p) + k for p, k in PHONE_RANGES)


SAFE_DOMAIN = re.compile(r"(^|\.)example\.(org|com|net)$")


def email_norm(text):
    t = text.strip()
    if "@" not in t:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
        t = t.replace(" ", "")
    return t


def email_ok(text):
    t = email_norm(text)
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)", t)
    return bool(m) and m.group(1).lower() in ("example.org", "example.com", "example.net")


def url_ok(text):
    t = re.sub(r"^https?://", "", text.strip())
    host = t.split("/")[0].lower()
    return bool(SAFE_DOMAIN.search(host))


def nhs_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def ni_ok(text):
    t = re.sub(r"\s", "", text).upper()
    return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", t))


OUTWARD = {"LA14", "LA13", "LA12", "LA4", "LA3", "FY7", "FY5", "FY6", "CA28", "CA27", "CA25",
           "IM1", "IM2", "IM4", "IM5", "IM6"}


def postcode_ok(text):
    t = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d{1,2}[A-Z]?)(\d[A-Z]{2})", t)
    return bool(m) and m.group(1) in OUTWARD and bool(set(m.group(2)[1:]) & set("CIKMOV"))


def car_ok(text):
    t = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", t)
    return bool(m) and bool(set(m.group(1)) & set("IQ"))


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok, "ni_number": ni_ok,
        "postcode": postcode_ok, "car_registration": car_ok,
        "handle": lambda t: bool(re.fullmatch(r"@?[A-Za-z0-9_.]+", t))}

ROLE_RE = re.compile(r"^(Speaker|Member|Participant|Dad|P|F|M|R|HV|Facilitator|Reporter|Anonymous)\s*\d*$", re.I)
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Fr", "Fr.", "Rev", "Prof", "Sir", "Dame", "Cllr"}

# ---------------------------------------------------------------- load
for f in FILES:
    if not (HERE / f).exists():
        bad(f"missing transcript {f}")
if problems:
    print("\n".join(problems)); print("FAIL"); sys.exit(1)

DATA = {f: units(f) for f in FILES}

with open(HERE / "labels.csv", encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    LABELS = [r for r in rd]

with open(HERE / "tricky.csv", encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    if next(rd) != ["file", "text", "why"]:
        bad("tricky.csv header wrong")
    TRICKY = [r for r in rd]

# ---------------------------------------------------------------- header line and words
for f in FILES:
    lines = DATA[f]
    if f.endswith(".srt"):
        cues = list(srt_cues(lines))
        first = cues[0][1] if cues else ""
        words = sum(len(t.split()) for _, t in cues)
        raw = sum(len(t.split()) for _, t in lines)
        if not 700 <= raw <= 1000:
            bad(f"{f}: raw token count {raw} outside 700-1000")
    elif f.endswith(".csv"):
        first = (HERE / f).read_text(encoding="utf-8").split("\n", 1)[0]
        words = sum(len(t.split()) for _, t in lines)
    else:
        first = lines[0][1]
        words = sum(len(t.split()) for _, t in lines)
    if first != SYNTH:
        bad(f"{f}: first line/cue/paragraph is not the SYNTHETIC notice: {first!r}")
    if not 700 <= words <= 1000:
        bad(f"{f}: {words} words, outside 700-1000")
    if f.endswith(".csv"):
        phys = (HERE / f).read_text(encoding="utf-8").rstrip("\n").split("\n")
        if len(phys) != len(lines):
            bad(f"{f}: {len(phys)} physical lines but {len(lines)} csv rows (embedded newline?)")
        widths = Counter(len(r.split("\t")) for _, r in lines[1:])
        if set(widths) != {5}:
            bad(f"{f}: rows after the notice should have 5 cells: {widths}")

# ---------------------------------------------------------------- label rows
by_file = defaultdict(list)
for r in LABELS:
    if len(r) != 4:
        bad(f"labels.csv malformed row {r}"); continue
    f, line, kind, text = r
    if f not in DATA:
        bad(f"labels.csv unknown file {f}"); continue
    if kind not in KINDS:
        bad(f"{f}:{line} unknown kind {kind}")
    if not text or text != text.strip():
        bad(f"{f}:{line} empty or padded text {text!r}")
    by_file[f].append((int(line), kind, text))

spans = defaultdict(list)  # file -> [(unit, start, end)] of labelled occurrences
for f in FILES:
    rows = by_file[f]
    unit_text = dict(DATA[f])
    kinds = defaultdict(set)
    for n, kind, text in rows:
        kinds[text].add(kind)
    for text, ks in kinds.items():
        if len(ks) > 1:
            bad(f"{f}: {text!r} has several kinds {ks}")
    texts = sorted(kinds)
    for a in texts:
        for b in texts:
            if a != b and a.lower() in b.lower():
                bad(f"{f}: label {a!r} is contained in label {b!r}")
    want = Counter((n, text) for n, _, text in rows)
    for text in texts:
        pat = wb(text)
        found = Counter()
        for n, t in DATA[f]:
            for m in pat.finditer(t):
                found[(n, text)] += 1
                spans[f].append((n, m.start(), m.end()))
        for key in set(found) | {k for k in want if k[1] == text}:
            if found[key] != want[key]:
                bad(f"{f}: {text!r} on line {key[0]}: {found[key]} occurrence(s), {want[key]} label row(s)")
    for n, kind, text in rows:
        if n not in unit_text:
            bad(f"{f}: line {n} does not exist")
        if kind == "name":
            if re.search(r"\s", text):
                bad(f"{f}: name {text!r} is not a single word")
            if text.rstrip(".") in TITLES or text in TITLES:
                bad(f"{f}: title {text!r} labelled as name")
            if re.search(r"['\u2019]s$", text):
                bad(f"{f}: name {text!r} keeps a possessive 's")
            if ROLE_RE.match(text):
                bad(f"{f}: role label {text!r} labelled as name")
            if len(text.replace(".", "")) < 2:
                bad(f"{f}: single initial {text!r} labelled")
        if kind in SAFE and not SAFE[kind](text):
            bad(f"{f}: unsafe or malformed {kind} {text!r}")

# ---------------------------------------------------------------- tricky
if len(TRICKY) < 60:
    bad(f"tricky.csv has only {len(TRICKY)} rows (need >= 60)")
tricky_spans = defaultdict(list)
for r in TRICKY:
    if len(r) != 3 or not r[2].strip():
        bad(f"tricky.csv malformed row {r}"); continue
    f, text, _ = r
    if f not in DATA:
        bad(f"tricky.csv unknown file {f}"); continue
    if text in {t for _, _, t in by_file[f]}:
        bad(f"tricky {text!r} is also a label in {f}")
    pat, hits = wb(text), 0
    for n, t in DATA[f]:
        for m in pat.finditer(t):
            if any(u == n and s < m.end() and m.start() < e for u, s, e in spans[f]):
                bad(f"tricky {text!r} overlaps a labelled occurrence in {f}:{n}")
            tricky_spans[f].append((n, m.start(), m.end()))
            hits += 1
    if not hits:
        bad(f"tricky {text!r} not found in {f}")

# ---------------------------------------------------------------- sweep
# Capitalised words that were read and judged to be ordinary words (not identifiers).
VETTED = set("""
Dads B A About Action After Agree Agreed All Also And Anyone Apologies Ask At Attendees Babies Bay Being Big Bit
Biggest Board Book But Call Can Car Cheers Checked Comments Commissioning Contacts Could Course Delete Does
Don't Done Drop Drop-off Evening Every Everyone Facilitation Facilitator Feedback First For From Funding
Furness Good Gives Group Groups Gutted Half He He's Health Here Hi His Honest Honestly I I'd I'll I'm I've If
In It It'd It's Key Kettle Last Lovely Loneliness Maybe Members Minibus Most My Mondays Morning Mob Next No
Nobody Nobody's Notes Now NHS NI Number Okay On One Only Option Or Our Out-of-hours Parking People Peer Please
Pinned Proposal Referral Referrals Right Ring Roles Rule Same Saturday Saturdays Shared She She's Since Some
Someone Sorry Sounds Still Suggestion Summary Tensions That That's The There There's These They This Three
Thanks Thursday Thursdays Tuesday Tuesdays Two To Training Venue Venues Volunteer Volunteers We We'd We'll
We're Welcome What What's When Where Where's While Whitehaven Who Whose With Yes You You're Your Ulverston
Morecambe Barrow Peel Isle Man Island Wednesday Wednesdays Post Posted Author Column Text Dad DOB Tue May
SPEAKERS SUMMARY KEYWORDS Otter Mr Mrs Dr Fr GP ESPECIALLY UK Deleted Account Cheltenham's Mums Sofas Facebook
Instagram Teams WhatsApp Zoom Greggs Co-op PANDAS Pad Cumberland Council A595 Glasgow Manchester Blackpool
Leeds Lancaster Cardiff Dublin Perth Australia Douglas Christian Aid Manx Care Samaritans Andy's GamStop
BetBlocker Monzo Starling National Gambling Helpline GA Corsa Astra Transit Christmas January June April March
July August November REPORTER LAUGHTER Ground Reports Happy Prefers Third Lives Baby Partner Donations Details
Not Teaching Ha Realistic Tea's Recorder's Thirty Telegram Desktop Admin Took Forwarded We've Burnout Needs
Draft REMOVE BEFORE SHARING THIS DOC Set Bring Member Then Is Noted Monday Fridays Tag Free
""".split())

CAP_WORD = re.compile(r"(?<![\w'@./-])([A-Z\u00c0-\u00de\u0141][\w'\u2019.-]*[\w]|[A-Z])(?![\w@])")

SWEEPS = [
    ("phone-like", re.compile(r"(?<![\w:.,-])\+?\(?\d[\d ()]{7,}\d(?![\w:])")),
    ("spoken digits", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble)[\s,-]+){5,}", re.I)),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("spoken email", re.compile(r"\b\w+(?:\s+\d+)?\s+at\s+\w+\s+dot\s+\w+", re.I)),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk|uk|im)(?:/\S*)?", re.I)),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_.]+")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d{1,2}[A-Za-z]?\s*\d[A-Za-z]{2}\b")),
    ("ni", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("car reg", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("spoken date", re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)?)\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)),
    ("title + name", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Fr\.?|Rev|Cllr)\s+([A-Z][\w'-]+)")),
    ("street", re.compile(r"\b\d+\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Street|Road|Lane|Row|Walk|Way|Mews|Parade|Terrace|Close|Avenue|Brow)\b")),
]

ALLOW_SWEEP = {"0808 8020 133", "116 123"}  # public helplines, also listed in tricky.csv


def covered(f, n, s, e):
    for u, a, b in spans[f] + tricky_spans[f]:
        if u == n and a < e and s < b:
            return True
    return False


for f in FILES:
    for n, t in DATA[f]:
        if f.endswith(".srt") and (re.fullmatch(r"\d+", t.strip()) or "-->" in t):
            continue
        if f.endswith(".csv") and n == 2:
            continue
        if t == SYNTH or t.replace("\t", ",") == SYNTH:
            continue
        stamps = [(m.start(), m.end()) for m in re.finditer(r"\[\d\d\.\d\d\.\d\d \d\d:\d\d\]$", t)]
        for what, pat in SWEEPS:
            for m in pat.finditer(t):
                g = 1 if pat.groups else 0
                s, e = m.start(g), m.end(g)
                txt = m.group(g).strip(" ,")
                if txt in ALLOW_SWEEP:
                    continue
                if what == "phone-like" and len(re.sub(r"\D", "", txt)) < 9:
                    continue
                if any(a <= s and e <= b for a, b in stamps):
                    continue  # Telegram message timestamp
                if not covered(f, n, s, e):
                    bad(f"sweep {what}: unlabelled {txt!r} in {f}:{n}")
        for m in CAP_WORD.finditer(t):
            w = m.group(1).rstrip(".")
            w2 = re.sub(r"['\u2019]s$", "", w)
            if w in VETTED or w2 in VETTED or w.isdigit():
                continue
            if not covered(f, n, m.start(1), m.end(1)):
                bad(f"sweep capitalised word: unvetted {w!r} in {f}:{n}")
        # structural name positions
        struct = []
        if f.endswith(".txt"):
            mm = re.match(r"^(.+?), \[\d\d\.\d\d\.\d\d \d\d:\d\d\]$", t)
            if mm:
                struct.append((mm.start(1), mm.end(1)))
            mm = re.match(r"^\[(?:In reply to|Forwarded from) (.+)\]$", t)
            if mm:
                struct.append((mm.start(1), mm.end(1)))
        if f.endswith(".docx"):
            mm = re.match(r"^(.+?)  \d+:\d\d$", t)
            if mm:
                struct.append((mm.start(1), mm.end(1)))
        if f.endswith(".srt"):
            mm = re.match(r"^([A-Z\u00c0-\u00de ]+) - ", t)
            if mm:
                struct.append((mm.start(1), mm.end(1)))
        if f.endswith(".csv") and n > 2:
            cells = t.split("\t")
            struct.append((0, len(cells[0])))
            off = sum(len(c) + 1 for c in cells[:4])
            for mm in re.finditer(r"(?:^| \| )([^:|]+?)(?: \([^)]*\))?: ", cells[4]):
                struct.append((off + mm.start(1), off + mm.end(1)))
        for s, e in struct:
            for w in re.finditer(r"[^\W\d_][\w'.-]*", t[s:e]):
                word = w.group(0)
                if ROLE_RE.match(word) or word in {"Speaker", "Deleted", "Account", "Anonymous", "Board", "admin",
                                                   "Morecambe", "Dad", "HV", "Group", "founder", "Member",
                                                   "Health", "commissioner", "Volunteer", "driver", "Ł", "b",
                                                   "dads", "group"}:
                    continue
                if not covered(f, n, s + w.start(), s + w.end()):
                    bad(f"sweep speaker/author: unlabelled {word!r} in {f}:{n}")

# ---------------------------------------------------------------- report
total = Counter()
for f in FILES:
    for _, kind, _ in by_file[f]:
        total[kind] += 1
print(f"label rows: {sum(total.values())}  " + ", ".join(f"{k}={v}" for k, v in sorted(total.items())))
if not 180 <= sum(total.values()) <= 220:
    bad(f"total label rows {sum(total.values())} outside 180-220")
missing = KINDS - set(total)
if missing:
    bad(f"kinds never used: {sorted(missing)}")
print(f"tricky rows: {len(TRICKY)}")
if problems:
    print("\n".join(problems))
    print("FAIL")
    sys.exit(1)
print("PASS")
