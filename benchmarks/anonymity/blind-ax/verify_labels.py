#!/usr/bin/env python3
"""Verify the blind-ax benchmark set.  Prints PASS (exit 0) or the problems found (exit 1).

Checks
  * every transcript opens with the SYNTHETIC line (first line / first paragraph / Text cell of row 2)
  * word counts 700-1000 per transcript
  * .odt speaker labels ("Name:") are in a bold span; .xlsx has Speaker/Text/Timestamp columns
  * labels.csv: header, known kinds, text found (whole word, case-sensitive) on its line,
    exactly one row per occurrence, every occurrence in the file labelled, one kind per
    text per file, no label text contained in another label text of the file (case-insensitive),
    names are single words without titles or possessive 's, no role labels / single initials
  * safe values: Ofcom drama phone ranges, example.* emails/urls, NHS numbers 999... or CHI with an
    impossible date (both with a valid modulus-11 check digit), NI prefix QQ/ZZ, real outward code
    + impossible inward letters, car registrations with I or Q in the last three letters
  * tricky.csv: >= 60 rows, each text really occurs in its file outside any labelled span and is
    not itself a label text of that file
  * sweep: identifier-like strings (emails, urls, handles, phone-like digit runs, spoken digit
    runs, postcodes, NI numbers, registrations, 10-digit numbers, dates, "born ...") and every
    capitalised word must be covered by a label, by a tricky entry, or (capitalised words only)
    be an ordinary word in ALLOW below
  * README.md first two lines
Run:  .venv/bin/python verify_labels.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_1 = ("This set is synthetic: every person, number, address, employer, venue, school and street "
            "in it is invented.")
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"facilitator", "interpreter", "moderator", "member", "int", "mod", "f", "p1", "p2", "p3",
               "p4", "p5", "p6", "p7", "participant", "interviewer"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "pani", "pan", "aunty", "big", "wee"}
DRAMA_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (all exist: Glasgow, Western Isles, Fife, Dundee, Edinburgh, Inverness)
REAL_OUTWARD = {"G41", "G42", "G21", "HS1", "HS2", "KY1", "KY8", "DD4", "EH6", "IV3"}
WORD = r"(?<!\w){}(?!\w)"

# ordinary capitalised words (sentence starts, days, languages, generic nouns) seen in the transcripts
ALLOW = set("""
A Ahead Also And Anyone Anything Apologies Are As Ask At Attendees Aunty Aye Because Before
Being Brakuje But CHI Can Care Cc Centre Chat Cheers Ciamar Circle Coffee Columns Commissioner
Commissioning Community Credit DOB Date Dear Do Dr Dzień Dziękuję END EXTRACT Email England
English Everybody Everyone Example Facilitation Facilitator Flat Focus For From GMT GP Give Gossip
Ground Group HSCP HV Half Has He Health Hearing Hello Her Here Hers Hi His Honestly How Hybrid I I'd
I'll I'm I've INT If Impossible In Instagram Insurance Interpreter Interview Interviewer Is It It's
Joint Keep Key Kind Languages Laptop Last Later Let Let's MOD Me Meeting Members Men Men's Mental
Mine Mob Mon Mrs Muslim My Mòran NHS NI National Nearly No Nobody None Noted Notes Nothing Now OF Of
Officer Oh On One Only Or Our Ours P1 P2 P3 P6 P7 Pan Pani Participant Partnership Peer People
Pierogi Please Point Poland Polish Post Posters Practical Practice Present Primary Project Pronouns
Psalms RE Really Recorded Recording Right Ring Roles SYNTHETIC Same School Scottish Sent She
She'd Short Shukriya Sikh So Social Somali Some Sorry Speaker Subject Sunday Support Surgery
TRANSCRIPT Tapadh Tell Text Thank Thanks That That's The There There's They This Thread Thu Thursday
Thursdays Timestamp To Together Transcribed Transcriber Transcript Tue Tue-Thu Tuesday Tuesdays Two
Universal Voices We We'll Wed Wednesday Welcome Wellbeing What WhatsApp When Where Which Who Whose
Why Without Women Working Yes You You're
""".split())


def fail(msg):
    PROBLEMS.append(msg)


PROBLEMS = []


# ---------------------------------------------------------------------------- loading
def load_units(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".txt"):
        with open(path, encoding="utf-8") as fh:
            return list(enumerate(fh.read().split("\n"), start=1))
    if fname.endswith(".odt"):
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(path)
        out = []

        def walk(node):
            for ch in node.childNodes:
                if ch.nodeType == ch.ELEMENT_NODE and ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(ch))
                elif ch.nodeType == ch.ELEMENT_NODE:
                    walk(ch)
        walk(doc.text)
        # cross-check with odfpy's own element lists
        from odf.text import P, H
        n_ph = len(doc.getElementsByType(P)) + len(doc.getElementsByType(H))
        if n_ph != len(out):
            fail(f"{fname}: paragraph walk found {len(out)} but odfpy lists {n_ph}")
        return list(enumerate(out, start=1))
    if fname.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path)
        if len(wb.worksheets) != 1:
            fail(f"{fname}: expected one worksheet")
        ws = wb.active
        return [(i, " | ".join("" if v is None else str(v) for v in row))
                for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
    raise ValueError(fname)


def transcripts():
    return sorted(f for f in os.listdir(HERE)
                  if f.startswith("ax") and f.endswith((".txt", ".odt", ".xlsx")))


# ---------------------------------------------------------------------------- safe values
NUMWORDS = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
            "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, mult = "", 1
    for t in toks:
        if t == "double":
            mult = 2
        elif t == "treble":
            mult = 3
        elif t in NUMWORDS or t.isdigit():
            out += (NUMWORDS.get(t, t)) * mult
            mult = 1
        else:
            return None
    return out


def phone_ok(t):
    s = t.strip()
    if re.search(r"[a-z]", s, re.I):
        d = spoken_digits(s)
        if d is None:
            return False
    else:
        s = re.sub(r"^\+44\s*(\(0\))?\s*", "0", s)
        d = re.sub(r"\D", "", s)
    return len(d) == 11 and any(d.startswith(p) and len(d) - len(p) == 3 for p in DRAMA_PREFIXES)


def mod11_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def impossible_ddmmyy(d6):
    dd, mm = int(d6[:2]), int(d6[2:4])
    return dd == 0 or dd > 31 or mm == 0 or mm > 12


def nhs_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or re.search(r"[^\d ]", t):
        return False
    if not mod11_ok(d):
        return False
    if d.startswith("999"):
        return True
    # CHI-style: impossible DDMMYY date, and outside every allocated band
    # (Northern Ireland H&C 320-399, England/Wales 400-499 and 600-708)
    n = int(d)
    allocated = 3200000010 <= n <= 3999999999 or 4000000000 <= n <= 4999999999 \
        or 6000000000 <= n <= 7088000014
    return impossible_ddmmyy(d[:6]) and not allocated


def email_norm(t):
    s = t.lower()
    s = re.sub(r"\s*\[at\]\s*|\s+at\s+", "@", s)
    s = re.sub(r"\s*\[dot\]\s*|\s+dot\s+", ".", s)
    return s


def email_ok(t):
    return re.fullmatch(r"[a-z0-9._+-]+@example\.(org|com|net)", email_norm(t)) is not None


def url_ok(t):
    return re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/[\w./%-]*)?", t.lower()) is not None


def ni_ok(t):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", t.replace(" ", "")) is not None


def postcode_ok(t):
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)\s+(\d[A-Z]{2})", t.upper())
    if not m:
        return False
    return m.group(1) in REAL_OUTWARD and re.search(r"[CIKMOV]", m.group(2)) is not None


def reg_ok(t):
    m = re.fullmatch(r"[A-Z]{2}\d{2} ?([A-Z]{3})", t)
    return m is not None and re.search(r"[IQ]", m.group(1)) is not None


# ---------------------------------------------------------------------------- checks
def check_headers_and_counts(files, units):
    for f in files:
        u = units[f]
        if f.endswith(".xlsx"):
            header = [c.strip() for c in u[0][1].split("|")]
            if not ({"Speaker", "Text"} <= set(header)) or not any("time" in h.lower() for h in header):
                fail(f"{f}: header row must have Speaker, Text and a timestamp column: {header}")
            text_col = header.index("Text")
            first = u[1][1].split(" | ")[text_col]
            if first != SYN:
                fail(f"{f}: Text cell of row 2 is not the SYNTHETIC line")
            words = sum(len(t.split()) - t.count(" | ") for _, t in u[1:])
        else:
            if u[0][1] != SYN:
                fail(f"{f}: first line/paragraph is not the SYNTHETIC line")
            words = sum(len(t.split()) for _, t in u)
        WORDS[f] = words
        if not 700 <= words <= 1000:
            fail(f"{f}: word count {words} outside 700-1000")


def check_odt_bold(f):
    from odf.opendocument import load
    from odf.text import P, Span
    from odf import teletype
    from odf.namespaces import STYLENS, FONS
    doc = load(os.path.join(HERE, f))
    bold_styles = set()
    for st in doc.automaticstyles.childNodes:
        for tp in st.childNodes:
            if tp.getAttrNS(FONS, "font-weight") == "bold":
                bold_styles.add(st.getAttrNS(STYLENS, "name"))
    n = 0
    for p in doc.getElementsByType(P):
        txt = teletype.extractText(p)
        m = re.match(r"([^:\[\]]{1,25}): ", txt)
        if not m or m.group(1) in ("Date", "Present"):
            continue
        first = p.childNodes[0] if p.childNodes else None
        ok = (first is not None and first.qname[1] == "span"
              and first.getAttribute("stylename") in bold_styles
              and teletype.extractText(first) == m.group(1) + ":")
        if not ok:
            fail(f"{f}: speaker label not bold: {txt[:40]!r}")
        n += 1
    if n < 15:
        fail(f"{f}: only {n} bold speaker turns found")


def load_labels(files):
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            fail(f"labels.csv header is {header}")
        rows = []
        for r in rd:
            if len(r) != 4:
                fail(f"labels.csv bad row {r}")
                continue
            f, line, kind, text = r
            if f not in files:
                fail(f"labels.csv: unknown file {f}")
                continue
            if kind not in KINDS:
                fail(f"labels.csv: unknown kind {kind} for {text!r}")
            rows.append((f, int(line), kind, text))
    return rows


def check_labels(files, units, rows):
    by_file = defaultdict(list)
    for r in rows:
        by_file[r[0]].append(r)
    for f in files:
        lines = dict(units[f])
        frows = by_file[f]
        kinds = defaultdict(set)
        for _, ln, kind, text in frows:
            kinds[text].add(kind)
            if ln not in lines:
                fail(f"{f}: line {ln} does not exist ({text!r})")
            elif not re.search(WORD.format(re.escape(text)), lines[ln]):
                fail(f"{f}:{ln}: label text {text!r} not found on its line")
        for t, ks in kinds.items():
            if len(ks) > 1:
                fail(f"{f}: {t!r} has several kinds {ks}")
        texts = sorted(kinds)
        # occurrences == rows
        want = Counter((ln, t) for _, ln, _, t in frows)
        have = Counter()
        for ln, line in units[f]:
            for t in texts:
                have[(ln, t)] += len(re.findall(WORD.format(re.escape(t)), line))
        for key in set(want) | set(k for k, v in have.items() if v):
            if want[key] != have[key]:
                fail(f"{f}:{key[0]}: {key[1]!r} occurs {have[key]}x but has {want[key]} label rows")
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail(f"{f}: label {a!r} is contained in label {b!r}")
        # per-kind value rules
        for t in texts:
            k = next(iter(kinds[t]))
            low = t.lower().strip(".")
            if low in ROLE_LABELS or re.fullmatch(r"[A-Za-z]\.?", t):
                fail(f"{f}: role label or single initial labelled: {t!r}")
            if k == "name":
                if re.search(r"\s", t) or t.endswith(("'s", "\u2019s")):
                    fail(f"{f}: name label must be a single word without 's: {t!r}")
                if low in TITLES:
                    fail(f"{f}: title labelled as a name: {t!r}")
            elif k == "phone" and not phone_ok(t):
                fail(f"{f}: phone not in an Ofcom drama range: {t!r}")
            elif k == "email" and not email_ok(t):
                fail(f"{f}: email not on example.org/.com/.net: {t!r}")
            elif k == "url" and not url_ok(t):
                fail(f"{f}: url not on example.org/.com/.net: {t!r}")
            elif k == "nhs_number" and not nhs_ok(t):
                fail(f"{f}: NHS/CHI number unsafe or bad check digit: {t!r}")
            elif k == "ni_number" and not ni_ok(t):
                fail(f"{f}: NI number must start QQ or ZZ: {t!r}")
            elif k == "postcode" and not postcode_ok(t):
                fail(f"{f}: postcode unsafe: {t!r}")
            elif k == "car_registration" and not reg_ok(t):
                fail(f"{f}: registration needs I or Q in last three letters: {t!r}")
            elif k == "handle" and not re.fullmatch(r"@?[\w.]+", t):
                fail(f"{f}: odd handle {t!r}")
            elif k == "street_address" and not re.search(r"\d", t):
                fail(f"{f}: street address without a number: {t!r}")
    return by_file


def spans_of(line, texts):
    out = []
    for t in texts:
        for m in re.finditer(WORD.format(re.escape(t)), line):
            out.append((m.start(), m.end()))
    return out


def covered(span, spans):
    s, e = span
    return any(a <= s and e <= b for a, b in spans) or any(a < e and s < b for a, b in spans)


def check_tricky(files, units, by_file):
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "text", "why"]:
            fail(f"tricky.csv header is {header}")
        rows = [r for r in rd]
    if len(rows) < 60:
        fail(f"tricky.csv has only {len(rows)} rows")
    tricky = defaultdict(set)
    for r in rows:
        if len(r) != 3 or r[0] not in files or not r[2].strip():
            fail(f"tricky.csv bad row {r}")
            continue
        f, t, _ = r
        labels = {x[3] for x in by_file[f]}
        if t in labels or t.lower() in {x.lower() for x in labels}:
            fail(f"tricky.csv: {t!r} is a label text in {f}")
        ok = False
        for ln, line in units[f]:
            lab_spans = spans_of(line, labels)
            for m in re.finditer(WORD.format(re.escape(t)), line):
                if not covered((m.start(), m.end()), lab_spans):
                    ok = True
        if not ok:
            fail(f"tricky.csv: {t!r} does not occur (outside labels) in {f}")
        tricky[f].add(t)
    return tricky


SWEEPS = [
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("email", r"\w[\w.]* \[at\] \w+ \[dot\] \w+"),
    ("email", r"(?i)\b\w+ at \w+ dot (?:org|com|net|co)\b"),
    ("url", r"(?i)(?<![@\w.])(?:https?://)?(?:www\.)?[\w-]+\.(?:org|com|net|co\.uk|uk|scot)(?:/[\w./-]*)?"),
    ("handle", r"(?<![\w.])@[A-Za-z_][\w.]*\w"),
    ("phone", r"(?<![\w+])(?:\+44\s?|0)\d[\d ]{7,12}\d(?!\w)"),
    ("spoken digits", r"(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble)[ ,]+){5,}"
                      r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b"),
    ("postcode", r"(?i)(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)"),
    ("ni", r"(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)"),
    ("registration", r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{3}(?!\w)"),
    ("10 digits", r"(?<![\d:])\d(?:[ -]?\d){9}(?![\d:])"),
    ("date", r"(?<![\d:])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d:])"),
    ("date", r"\b\d{4}-\d{2}-\d{2}\b"),
    ("date", r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|"
             r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?: \d{2,4})?"),
    ("born", r"(?i)\bborn\b[^.]{0,45}"),
]


def check_sweep(files, units, by_file, tricky):
    for f in files:
        labels = {x[3] for x in by_file[f]}
        for ln, line in units[f]:
            if f.endswith(".xlsx") and ln == 1:
                continue
            lab = spans_of(line, labels)
            trk = spans_of(line, tricky[f])
            allspans = lab + trk
            for kind, rx in SWEEPS:
                for m in re.finditer(rx, line):
                    if kind == "born":
                        tail = (m.start() + 5, m.end())
                        if not covered(tail, allspans):
                            fail(f"{f}:{ln}: unlabelled date-of-birth context {m.group(0)!r}")
                        continue
                    if not covered((m.start(), m.end()), allspans):
                        fail(f"{f}:{ln}: unlabelled {kind}-like string {m.group(0)!r}")
            # capitalised words
            for m in re.finditer(r"(?<![\w@./'\u2019-])[A-Z\u00C0-\u00DE\u0100-\u017F][\w\u00C0-\u017F'\u2019-]*", line):
                w = m.group(0)
                if not w[0].isupper():
                    continue
                base = re.sub(r"['\u2019]s$", "", w).rstrip("'\u2019-")
                if covered((m.start(), m.start() + len(base)), allspans):
                    continue
                if base in ALLOW or w in ALLOW or base.isupper() and len(base) <= 2:
                    continue
                if re.fullmatch(r"[A-Z]+\d*", base) and base in ALLOW:
                    continue
                fail(f"{f}:{ln}: capitalised word not labelled/tricky/allowed: {w!r}")


def check_readme():
    p = os.path.join(HERE, "README.md")
    if not os.path.exists(p):
        fail("README.md missing")
        return
    with open(p, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != README_1:
        fail("README.md first line wrong")
    if len(lines) < 2 or not lines[1].startswith("**Status:"):
        fail("README.md second line wrong")


WORDS = {}


def main():
    files = transcripts()
    if len(files) != 5 or len({os.path.splitext(f)[1] for f in files}) < 3:
        fail(f"expected 5 transcripts, found {files}")
    units = {f: load_units(f) for f in files}
    check_headers_and_counts(files, units)
    for f in files:
        if f.endswith(".odt"):
            check_odt_bold(f)
    rows = load_labels(files)
    by_file = check_labels(files, units, rows)
    tricky = check_tricky(files, units, by_file)
    check_sweep(files, units, by_file, tricky)
    check_readme()
    kinds = Counter(r[2] for r in rows)
    print("label rows per file:")
    for f in files:
        print(f"  {f}: {len(by_file[f])} rows, {WORDS.get(f)} words")
    print("label rows per kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])), "total", len(rows))
    if not 180 <= len(rows) <= 220:
        fail(f"total label rows {len(rows)} outside 180-220")
    missing = KINDS - set(kinds)
    if missing:
        fail(f"kinds never used: {missing}")
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
