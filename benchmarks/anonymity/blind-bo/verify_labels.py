"""Check labels.csv and tricky.csv of the blind-bo set against the transcripts.

Checks
  1. every transcript exists, opens with the synthetic marker, has 700-1000 content words
  2. labels.csv: header, known files and kinds, text found whole-word on its line
  3. every whole-word, case-sensitive occurrence of a label text in its file has a row
     (and no row without an occurrence)
  4. no label text contained in another label text of the same file (case-insensitive);
     one kind per text per file
  5. name conventions: single word (or full initials like J.T., or a spelled-out name like
     A S H D O W N); no titles, no possessive 's, no role labels, no single initials
  6. safe values: Ofcom drama phone ranges, example.org/.com/.net emails and URLs,
     NHS numbers 999 + valid modulus-11, NI prefix QQ/ZZ, postcodes with real outward code
     and C/I/K/M/O/V in the inward part, car registrations with I or Q in the last three letters
  7. tricky.csv: >= 60 rows, each text occurs whole-word in its file outside any label span,
     and is not itself a label text of that file
  8. sweep: identifier-shaped strings (phones, emails, spoken emails, URLs, postcodes,
     NI/NHS numbers, registrations, handles, dates, words after titles, capitalised words
     not in the reviewed allow-list) must overlap a label or tricky occurrence
Prints PASS when everything holds, otherwise lists problems and exits 1.
Run from this folder:  python verify_labels.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

from units import load_units, content_words

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "t1_rev_export.txt",
    "t2_descript_export.docx",
    "t3_slack_channel.txt",
    "t4_surveymonkey_export.xlsx",
    "t5_stream_captions.vtt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (Hartcliffe/Withywood BS13, Chalford GL6, Trowbridge BA14,
# Lydney GL15, Cheltenham GL51, Penhill Swindon SN2)
REAL_OUTWARD = {"BS11", "BS13", "GL5", "GL6", "BA14", "GL15", "GL51", "SN2"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Reverend", "Prof", "Sir", "Dame"}
ROLE_RE = re.compile(r"^(Facilitator|Co-facilitator|Member \d+|Speaker \d+|P\d+|S\d+|F)$")

problems = []


def bad(msg):
    problems.append(msg)


def wpat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- spoken forms
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}


def spoken_to_chars(text, table):
    """Turn 'oh seven seven double oh' / 'whiskey romeo one nine' into characters."""
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i].lower()
        mult = 1
        if t in ("double", "triple") and i + 1 < len(toks):
            mult = 2 if t == "double" else 3
            i += 1
            t = toks[i].lower()
        if t.isdigit():
            out.append(t * mult)
        elif t in table:
            out.append(table[t] * mult)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t] * mult)
        else:
            return None
        i += 1
    return "".join(out)


def phone_digits(text):
    t = text.strip()
    if re.search(r"[A-Za-z]", t):
        d = spoken_to_chars(t, {})
    else:
        t = t.replace("(0)", "")
        d = re.sub(r"\D", "", t)
    if d is None:
        return None
    if d.startswith("44"):
        d = "0" + d[2:]
    return d


def phone_ok(text):
    d = phone_digits(text)
    return d is not None and len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)


def email_norm(text):
    t = text.strip()
    if " at " in t or " dot " in t:
        t = re.sub(r"\s+dot\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
        t = t.replace(" ", "")
    return t


def example_host(host):
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in ("example.org", "example.com", "example.net"))


def email_ok(text):
    t = email_norm(text)
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)", t)
    return bool(m) and example_host(m.group(1))


def url_ok(text):
    t = re.sub(r"^https?://", "", text.strip())
    host = t.split("/")[0]
    return example_host(host)


def nhs_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def ni_ok(text):
    t = re.sub(r"\s", "", text).upper()
    return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", t))


def postcode_ok(text):
    t = re.sub(r"\s+", " ", text.strip()).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})", t)
    if not m:
        return False
    return m.group(1) in REAL_OUTWARD and any(c in m.group(2) for c in "CIKMOV")


def reg_ok(text):
    t = text.strip()
    if re.search(r"[a-z]{3,}", t.lower()) and " " in t and not re.fullmatch(r"[A-Za-z]{2}\d{2} ?[A-Za-z]{3}", t):
        t = spoken_to_chars(t, NATO)
        if t is None:
            return False
    t = re.sub(r"\s", "", t).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", t)) and any(c in t[-3:] for c in "IQ")


def dob_ok(text):
    t = text.lower()
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./](\d{2}|\d{4})", t):
        return True
    months = "january|february|march|april|may|june|july|august|september|october|november|december"
    return bool(re.search(months, t) and re.search(r"\d{4}", t))


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok, "ni_number": ni_ok,
        "postcode": postcode_ok, "car_registration": reg_ok, "date_of_birth": dob_ok,
        "handle": lambda t: t.startswith("@") and len(t) > 2}


def name_ok(text):
    if ROLE_RE.match(text):
        return "role label"
    if text in TITLES:
        return "title"
    if text.endswith("'s") or text.endswith("\u2019s"):
        return "possessive"
    if re.fullmatch(r"[A-Z]\.?", text):
        return "single initial"
    if re.fullmatch(r"(?:[A-Z]\.){2,}", text):  # J.T.
        return None
    if re.fullmatch(r"(?:[A-Z] ){2,}[A-Z]", text):  # spelled out: A S H D O W N
        return None
    if " " in text:
        return "not a single word"
    return None


# ---------------------------------------------------------------- sweep
SWEEP = [
    ("phone", re.compile(r"(?<![\w/])(?:\+44\s?(?:\(0\))?\s?|0)\d{2,4}[ \-]?\d{3}[ \-]?\d{3,4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"\b\w+(?: dot \w+)* at \w+(?: dot \w+)+\b")),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk)/\S*")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
    ("NI number", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("NHS number", re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")),
    ("registration", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z_][\w.]*\w")),
    # a date followed by a clock time is a system timestamp, not a date of birth
    ("date", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b(?! \d{1,2}:\d{2})")),
    ("spoken digits", re.compile(r"\b(?:(?:oh|double|triple|zero|one|two|three|four|five|six|seven|eight|nine),? ){5,}\w+")),
    ("phonetic", re.compile(r"(?i)\b(?:" + "|".join(NATO) + r")\b(?:,? \w+){2,}")),
    ("title+name", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Reverend)\.? ([A-Za-z][\w'\u2019-]+)")),
]

# Capitalised words reviewed as ordinary (not identifiers). Any other capitalised word in a
# transcript must be covered by a label or a tricky row.
ALLOW = set("""
A About After Agreed Also Am And Anything Apart Are At Be Because Been Being Black Bonjour Born Both
Brilliant But Call Can Came Couple Custard Data Date DOB Do Don't Email End Even Exported Facilitating
Facilitation Facilitator Fair For Form From Friday GP GPs Go Great Ha Half Has Having He Hello Her Here
He's Hi Hiya His Honestly How I I'd I'll I'm I've If In Insta Instagram Is It It's Just LGBT Last Learning
Let's Lighter Like Lovely Makes Man Maybe Me Mine's Mobile Morning Mum Mum's My NHS NI Nah No Nobody
Nobody's Noted Not Now ON Okay On One Online Or Other Our PE PM AM Phone Pinned Polish Practical Put Queries
Quick Reminder Response Respondent Right Ring Running Same Saturday Seconded Seen Serious She She'll SHE
Since So Soggy Some Sometimes Sorry Sounds Start Strict Sunday Tension Tensions Thank Thanks That That's
The Their Then There There's They They're This Thread Thursday Thursdays Tuesday Tuesday's Wednesday
Wednesdays To Topic Transcript Usual Very We We'll We're We've Welcome Welcoming What What's When Where
Which Who Who's Whoever Would Yeah Yes You You'll You're Your Heard Oh Eleven Facts Main Nothing
Stayed January September May June July April March French Ground Two Mixed Co-facilitating
Washing IP Custom First Name Collector Other Agree Please Sleep RSVP Bare Speaker Key Heading Exported
Hub Room Meeting Guest External ICB Address Okay Couple Open-Ended Tuesdays Monday
SYNTHETIC TRANSCRIPT FINAL WEBVTT Week Three Next Something National Insurance Studios Export All Survey
ID Too Someone Mutual Landline CBD Never People Hearing Mr Mrs Miss Ms Dr Rev Reverend
""".split())


def sweep_capitalised(fname, units, covered):
    issues = []
    for line_no, chunks in units:
        for ci, chunk in enumerate(chunks):
            for m in re.finditer(r"(?<![\w@#/.])[A-Z\u00C0-\u00DE][\w'\u2019\u00C0-\u017F-]*", chunk):
                w = m.group(0).rstrip("'")
                base = re.sub(r"['\u2019]s$", "", w)
                if w in ALLOW or base in ALLOW:
                    continue
                if re.fullmatch(r"[A-Z]|S\d", w):  # single initials, speaker-key role labels
                    continue
                if covered(line_no, ci, m.start(), m.end()):
                    continue
                issues.append(f"{fname}:{line_no}: capitalised word not reviewed: {w!r}")
    return issues


def main():
    units_by_file = {}
    for f in FILES:
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            bad(f"missing transcript {f}")
            continue
        units_by_file[f] = load_units(p)
        # 1. marker and words
        first = units_by_file[f][0][1][0] if f[-4:] not in (".vtt",) else None
        if f.endswith(".vtt"):
            with open(p, encoding="utf-8") as fh:
                blocks = fh.read().strip().split("\n\n")
            cue = blocks[1].split("\n")
            ti = [i for i, l in enumerate(cue) if "-->" in l][0]
            first = cue[ti + 1]
        if first != MARKER:
            bad(f"{f}: does not open with the synthetic marker (got {first!r})")
        n = content_words(p)
        if not 700 <= n <= 1000:
            bad(f"{f}: {n} content words, outside 700-1000")

    # 2. labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            bad(f"labels.csv header is {header}")
        rows = [r for r in reader]
    spans = defaultdict(list)  # file -> (line, chunk_idx, start, end)
    row_count = Counter()
    texts_by_file = defaultdict(dict)
    for r in rows:
        if len(r) != 4:
            bad(f"labels.csv malformed row {r}")
            continue
        f, line, kind, text = r
        if f not in units_by_file:
            bad(f"labels.csv: unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"labels.csv: unknown kind {kind} ({text!r})")
        if text != text.strip() or not text:
            bad(f"labels.csv: text has outer spaces or is empty: {text!r}")
        prev = texts_by_file[f].get(text)
        if prev and prev != kind:
            bad(f"{f}: text {text!r} has two kinds ({prev}, {kind})")
        texts_by_file[f][text] = kind
        row_count[(f, int(line), text)] += 1

    for f, tk in texts_by_file.items():
        units = units_by_file[f]
        # 3. every occurrence labelled, counts match per line
        occ = Counter()
        for text in tk:
            pat = wpat(text)
            for line_no, chunks in units:
                for ci, chunk in enumerate(chunks):
                    for m in pat.finditer(chunk):
                        occ[(f, line_no if not isinstance(line_no, tuple) else line_no[1], text)] += 1
                        spans[f].append((line_no, ci, m.start(), m.end()))
        for key in set(occ) | {k for k in row_count if k[0] == f}:
            if occ[key] != row_count[key]:
                bad(f"{key[0]}:{key[1]}: {key[2]!r} occurs {occ[key]}x but has {row_count[key]} label rows")
        # 4. containment
        tl = sorted(tk)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label text {a!r} is contained in {b!r}")
        # 5. names and 6. safe values
        for text, kind in tk.items():
            if kind == "name":
                why = name_ok(text)
                if why:
                    bad(f"{f}: name {text!r}: {why}")
            if kind in SAFE and not SAFE[kind](text):
                bad(f"{f}: {kind} {text!r} is not a safe value")

    # xlsx: no label text on the same row number in two sheets
    for f in FILES:
        if f.endswith(".xlsx") and f in texts_by_file:
            su = load_units(os.path.join(HERE, f), with_sheet=True)
            where = defaultdict(set)
            for (sheet, r), cells in su:
                for text in texts_by_file[f]:
                    if any(wpat(text).search(c) for c in cells):
                        where[(text, r)].add(sheet)
            for (text, r), sheets in where.items():
                if len(sheets) > 1:
                    bad(f"{f}: {text!r} on row {r} in several sheets {sorted(sheets)}")
            if len({s for (s, _), _c in su}) > 1:
                for (sheet, r), cells in su:
                    if sheet != "Sheet":
                        for text in texts_by_file[f]:
                            if any(wpat(text).search(c) for c in cells):
                                bad(f"{f}: label text {text!r} found on sheet {sheet}")

    # 7. tricky.csv
    tricky_spans = defaultdict(list)
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "text", "why"]:
            bad(f"tricky.csv header is {header}")
        trows = list(reader)
    if len(trows) < 60:
        bad(f"tricky.csv has only {len(trows)} rows (need >= 60)")
    for f, text, why in trows:
        if f not in units_by_file:
            bad(f"tricky.csv: unknown file {f}")
            continue
        if text in texts_by_file.get(f, {}):
            bad(f"tricky.csv: {text!r} is a label text in {f}")
        pat = wpat(text)
        free = 0
        for line_no, chunks in units_by_file[f]:
            for ci, chunk in enumerate(chunks):
                for m in pat.finditer(chunk):
                    inside = any(l == line_no and c == ci and s <= m.start() and m.end() <= e
                                 for l, c, s, e in spans[f])
                    if not inside:
                        free += 1
                    tricky_spans[f].append((line_no, ci, m.start(), m.end()))
        if free == 0:
            bad(f"tricky.csv: {text!r} does not occur (outside labels) in {f}")

    # 8. sweep
    for f, units in units_by_file.items():
        cover = spans[f] + tricky_spans[f]

        def covered(line_no, ci, s, e, cover=cover):
            return any(l == line_no and c == ci and s < ee and ss < e for l, c, ss, ee in cover)

        for line_no, chunks in units:
            for ci, chunk in enumerate(chunks):
                for what, rx in SWEEP:
                    for m in rx.finditer(chunk):
                        s, e = m.span(1) if what == "title+name" else m.span()
                        if not covered(line_no, ci, s, e):
                            bad(f"{f}:{line_no}: unlabelled {what}-like string {chunk[s:e]!r}")
        for msg in sweep_capitalised(f, units, covered):
            bad(msg)

    totals = Counter(r[2] for r in rows if len(r) == 4)
    print(f"label rows: {len(rows)}  tricky rows: {len(trows)}")
    print("per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(totals.items())))
    for f in FILES:
        if f in units_by_file:
            print(f"  {f}: {content_words(os.path.join(HERE, f))} words, "
                  f"{sum(1 for r in rows if r[0] == f)} label rows")
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
