"""Check the blind-bt benchmark set against its own rules. Prints PASS or the problems.

Run from anywhere:  python verify_labels.py      (paths are relative to this script)

Checks:
  * every transcript opens with the SYNTHETIC line (first line / first cue text / first paragraph)
  * word counts 700-1000 (tokens containing a letter or digit; .vtt: cue text only, and whole file)
  * labels.csv: header, kinds, file and line exist, text is on its line, one row per whole-word
    case-sensitive occurrence, every occurrence in the file has a row, no label text contained in
    another label text of the same file (case-insensitive), one kind per text per file, names are
    single words without titles or possessive 's
  * safe values: Ofcom drama phone ranges, example.org/.com/.net emails and URLs, NHS numbers 999 +
    valid modulus-11 check digit, NI numbers QQ/ZZ, postcodes with a real outward code and an
    inward part containing C/I/K/M/O/V, car registrations with I or Q in the last three letters
    (written and spoken forms are normalised first)
  * tricky.csv: header, at least 60 rows, each text really in its file and never a label there
  * sweep: identifier-shaped strings (emails, URLs, handles, phone/NHS-like digit runs, spoken
    digit runs, postcodes, NI numbers, registrations, dates, initials, spoken emails/URLs) and every
    capitalised or non-ASCII word must be covered by a label, a tricky entry or the reviewed
    allow-list below
  * README first lines; scripts carry no absolute machine paths
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_fen_edge_descript.txt",
    "02_touchline_email_thread.txt",
    "03_little_anchors_writeup.md",
    "04_off_task_zoom.vtt",
    "05_raizes_questionnaire.docx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180"]
REAL_OUTWARD = {"NR1", "NR2", "NR3", "NR23", "NR30", "NR31", "IP1", "IP2", "IP4", "IP9", "IP22", "PE13",
                "PE30", "PE34", "CO1", "CO2", "CO15", "CO16", "SS13", "SS14"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Prof", "Sir", "Rev"}
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

# Capitalised / non-ASCII words reviewed by hand and known NOT to be identifiers in these files
# (sentence starts, days, months, common nouns, public bodies, apps, format words).
ALLOW = set("""
A About Actions Add Address Also Always An And Anything Any Attendees Backs Bad Before Being Best Big
Both Brilliant But By Can Check-in Cheers Confidential Contact Crying Date DELETE DRAFT Don't Duration
Eating Email Ever Everyone Everybody Export Exported Five For Got Ground Hi Huge I I'd I'll I'm I've
If In It It's Language Last Like Lighter Me Mine Mobile Morning Most Mutual My Name Next No Nobody
Not Noted Now Number Office Oh Okay On One Online Only Our Parking Perfect Phone Please Quick Real
Recording Resources Role Same Second Sent Several Shared She Signed Since Sitting Six Small Some
Something Sometimes Sorry Status Subject Taking Tensions Thank Thanks That That's The There's They
Third This Title To Tonight Tired Trying Two Up Useful Venue We We've Welcome What What's When
Written Yeah Yes You
After At BEFORE Baby CIRCULATING Chase Come Could Do End Give Has Have He Her Here Is Just KEY Loose
Maybe Moving New Nothing Or Phones Plan Reading Really Reported Ring Roles SECTION SPEAKER SYNTHETIC
THIS TRANSCRIPT Send Share So Someone Sort Tell Tension Text Then There Three Try Use Which Who Write
Your She'll They'll From Right Half Fair Heavy Listen
Facilitation Facilitator Feedback Funding Group Member Minutes Peer Professionals Pseudonym
Safeguarding Travel Transcribed Composition Team Manager Officer Lead Inclusion Health Mental
Community Commissioning Clubhouse Registered Trust Speaker Speakers WEBVTT NOTE RE ID DOB GP NI NHS
UK ADHD Mr Mrs Dr Crèche crèche café P2 P4 Q2 Q3 Q4 Q5 Q6 Q7
Monday Tuesday Wednesday Thursday Thursdays Friday Wed Fri Tue-Thu January March June August October
English Latvian Portuguese Bulgarians WhatsApp
""".split())

errors = []


def err(msg):
    errors.append(msg)


def units(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def vtt_cue_lines(lines):
    """1-based line numbers of cue text lines in a WebVTT file."""
    out, in_cue, in_note = [], False, False
    for i, line in enumerate(lines, 1):
        if not line.strip():
            in_cue = in_note = False
            continue
        if line.startswith("NOTE"):
            in_note = True
            continue
        if in_note:
            continue
        if "-->" in line:
            in_cue = True
            continue
        if in_cue:
            out.append(i)
    return out


def words(text):
    return [t for t in text.split() if re.search(r"\w", t)]


def wpat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- spoken/written normalisers
def spoken_digits(s):
    """Digits from written or spoken form ('oh seven seven double oh ...', '+44 (0)7700 ...')."""
    s = s.lower().replace("-", " ")
    toks = re.findall(r"\+?\d+|[a-z]+|\(0\)", s)
    out, mult = [], 1
    for t in toks:
        if t == "(0)":
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        if t.startswith("+44"):
            out.append("0")
            continue
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t] * mult)
        else:
            continue
        mult = 1
    d = "".join(out)
    return d


def despeak(s):
    s = s.lower()
    s = re.sub(r"\s*,?\s*all one word", "", s)
    for a, b in ((" forward slash ", "/"), (" slash ", "/"), (" dot ", "."), (" at ", "@"),
                 (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-"), ("[at]", "@"), ("[dot]", ".")):
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


def postcode_norm(s):
    s = s.upper()
    toks = re.findall(r"[A-Z]+|\d+", s.replace("-", " "))
    out = []
    for t in toks:
        if t.lower() in TENS:
            out.append(str(TENS[t.lower()]))
        elif t.lower() in NUMWORDS and len(t) > 1:
            out.append(NUMWORDS[t.lower()])
        else:
            out.append(t)
    return "".join(out)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def safe_check(kind, text):
    if kind == "phone":
        d = spoken_digits(text)
        if d.startswith("00"):
            d = d[1:]
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES), d
    if kind == "email":
        e = despeak(text)
        return bool(re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(org|com|net)", e)), e
    if kind == "url":
        u = despeak(text)
        host = re.sub(r"^https?://", "", u).split("/")[0]
        return bool(re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host)), host
    if kind == "nhs_number":
        d = spoken_digits(text)
        return nhs_ok(d), d
    if kind == "ni_number":
        n = re.sub(r"[^A-Z0-9]", "", text.upper())
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n)), n
    if kind == "postcode":
        p = postcode_norm(text)
        out, inw = p[:-3], p[-3:]
        return (out in REAL_OUTWARD and bool(re.fullmatch(r"\d[A-Z]{2}", inw))
                and any(c in "CIKMOV" for c in inw)), p
    if kind == "car_registration":
        r = re.sub(r"\s", "", text.upper())
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r)) and any(c in "IQ" for c in r[-3:]), r
    return True, text


# ---------------------------------------------------------------- sweep patterns
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ORD = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
       "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|"
       "thirty-first")
DIG = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"\b\w+(?: dot \w+)* at \w+ dot (?:com|org|net|co)\b", re.I)),
    ("url", re.compile(r"https?://[\w./\-?=&%#~]+|www\.[\w./\-?=&%#~]+|(?<![@\w.-])[\w-]+\.(?:com|org|net|co\.uk)\b[\w./\-?=&%#~]*", re.I)),
    ("spoken url", re.compile(r"\bdot (?:com|org|net)(?: forward)? slash\b", re.I)),
    ("handle", re.compile(r"(?<![\w.])@[\w.]+\w|\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+\b(?!\.)")),
    ("digit run", re.compile(r"\+?\d[\d ()\-]{7,}\d")),
    ("spaced digits", re.compile(r"\b\d(?: \d){6,}\b")),
    ("spoken digits", re.compile(r"\b" + DIG + r"(?:[ ,]+" + DIG + r"){5,}\b", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\s?\d[A-Z\d]?\s*\d\s*[A-Z]{2}\b")),
    ("lower postcode", re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")),
    ("ni", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    ("car reg", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("spoken date", re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|" + ORD + r") of (?:" + MONTHS + r")\b", re.I)),
    ("initials", re.compile(r"\b[A-Z]\.[A-Z]\.")),
    ("cap word", re.compile(r"(?<![\w@./])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’&-]*")),
    ("non-ascii word", re.compile(r"\b\w*[^\x00-\x7F\W]\w*\b")),
]


def main():
    lines_of = {f: units(f) for f in FILES}

    # ---- synthetic opener and word counts
    counts = {}
    for f, lines in lines_of.items():
        if f.endswith(".vtt"):
            cl = vtt_cue_lines(lines)
            first = lines[cl[0] - 1] if cl else ""
            n = sum(len(words(lines[i - 1])) for i in cl)
            total = len(words("\n".join(lines)))
            if total > 1000:
                err(f"{f}: whole-file word count {total} > 1000")
        else:
            first = lines[0]
            n = len(words("\n".join(lines)))
        if first != SYN:
            err(f"{f}: does not open with the SYNTHETIC line (got {first!r})")
        if not 700 <= n <= 1000:
            err(f"{f}: word count {n} outside 700-1000")
        counts[f] = n

    # ---- labels
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [r for r in rd if r]
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    per_line = Counter()
    kinds_of = defaultdict(set)
    texts_by_file = defaultdict(set)
    for r in rows:
        if len(r) != 4:
            err(f"bad labels row {r}")
            continue
        f, line, kind, text = r
        if f not in lines_of:
            err(f"labels: unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"labels: unknown kind {kind} ({r})")
        ln = int(line)
        if not 1 <= ln <= len(lines_of[f]):
            err(f"labels: line out of range {r}")
            continue
        if not wpat(text).search(lines_of[f][ln - 1]):
            err(f"labels: text not on its line {r}")
        per_line[(f, ln, text)] += 1
        kinds_of[(f, text)].add(kind)
        texts_by_file[f].add(text)
        ok, norm = safe_check(kind, text)
        if not ok:
            err(f"labels: unsafe {kind} value {text!r} (normalised {norm!r}) in {f}")
        if kind == "name":
            if " " in text.strip():
                err(f"labels: name with a space {text!r} in {f}")
            if text.endswith("'s") or text.endswith("’s"):
                err(f"labels: possessive left in {text!r} in {f}")
            if text.rstrip(".") in TITLES:
                err(f"labels: title labelled as name {text!r} in {f}")
    for (f, text), ks in kinds_of.items():
        if len(ks) > 1:
            err(f"labels: {text!r} has several kinds {ks} in {f}")
    for f, texts in texts_by_file.items():
        lines = lines_of[f]
        for text in texts:
            pat = wpat(text)
            for i, line in enumerate(lines, 1):
                n = len(pat.findall(line))
                if n != per_line.get((f, i, text), 0):
                    err(f"labels: {f} line {i}: {n} occurrence(s) of {text!r} but "
                        f"{per_line.get((f, i, text), 0)} row(s)")
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    err(f"labels: {a!r} is contained in {b!r} in {f}")

    # ---- label spans per (file, line)
    spans = defaultdict(list)
    for f, texts in texts_by_file.items():
        for text in texts:
            pat = wpat(text)
            for i, line in enumerate(lines_of[f], 1):
                for m in pat.finditer(line):
                    spans[(f, i)].append((m.start(), m.end()))

    # ---- tricky
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        theader = next(rd)
        trows = [r for r in rd if r]
    if theader != ["file", "text", "why"]:
        err(f"tricky.csv header is {theader}")
    if len(trows) < 60:
        err(f"tricky.csv has only {len(trows)} rows (need >= 60)")
    tspans = defaultdict(list)
    seen = set()
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            err(f"tricky: bad row {r}")
            continue
        f, text, _ = r
        if (f, text) in seen:
            err(f"tricky: duplicate {r}")
        seen.add((f, text))
        if f not in lines_of:
            err(f"tricky: unknown file {f}")
            continue
        if text in texts_by_file.get(f, ()):
            err(f"tricky: {text!r} is a label text in {f}")
        pat = wpat(text)
        free = 0
        for i, line in enumerate(lines_of[f], 1):
            for m in pat.finditer(line):
                tspans[(f, i)].append((m.start(), m.end()))
                if not any(s < m.end() and m.start() < e for s, e in spans[(f, i)]):
                    free += 1
        if not free:
            err(f"tricky: {text!r} does not appear in {f} outside a label")

    # ---- sweep
    for f, lines in lines_of.items():
        for i, line in enumerate(lines, 1):
            cover = spans[(f, i)] + tspans[(f, i)]
            for name, pat in SWEEP:
                for m in pat.finditer(line):
                    s, e = m.start(), m.end()
                    tok = m.group(0)
                    if any(a <= s and e <= b for a, b in cover):
                        continue
                    if name in ("cap word", "non-ascii word"):
                        tok = tok.rstrip("'’-&")
                        if tok.endswith("'s") or tok.endswith("’s"):
                            tok = tok[:-2]
                        if tok in ALLOW or tok.upper() == tok and len(tok) <= 1:
                            continue
                        if any(a <= s and s < b for a, b in cover):
                            continue
                    err(f"sweep: {f} line {i}: unlabelled {name} {tok!r}")

    # ---- README and scripts
    rp = os.path.join(HERE, "README.md")
    if os.path.exists(rp):
        with open(rp, encoding="utf-8") as fh:
            rl = fh.read().split("\n")
        if rl[0] != ("This set is synthetic: every person, number, address, employer, venue, school and "
                     "street in it is invented."):
            err("README: first line wrong")
        if len(rl) < 2 or rl[1] != "**Status: NOT scored yet.**":
            err("README: second line must be the status line")
    else:
        err("README.md missing")
    for fn in os.listdir(HERE):
        if fn.endswith(".py"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
                src = fh.read()
            if re.search(r"['\"]/(?:work|home|tmp|root|Users)/", src):
                err(f"{fn}: contains an absolute machine path")

    kinds_total = Counter(r[2] for r in rows if len(r) == 4)
    print("words:", ", ".join(f"{f}={n}" for f, n in counts.items()))
    print("label rows:", len(rows), dict(sorted(kinds_total.items())))
    print("tricky rows:", len(trows))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
