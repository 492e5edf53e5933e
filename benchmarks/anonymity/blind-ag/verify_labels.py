#!/usr/bin/env python3
"""Verify the blind-ag benchmark set.

Checks (prints PASS only if all hold):
  * every transcript opens with the SYNTHETIC line (first line / first cue
    text / first paragraph);
  * labels.csv: header, known files and kinds, the text is on its line, and
    EVERY whole-word case-sensitive occurrence ((?<!\\w)text(?!\\w)) of every
    labelled text in its file has exactly one row;
  * no label text is contained in another label text of the same file
    (case-insensitive); one kind per text per file; names are single words
    without titles or possessive 's;
  * safe values: phones in Ofcom drama ranges, e-mails / URLs on
    example.org/.com/.net, NHS numbers 999 + valid modulus-11 check digit,
    NI numbers QQ/ZZ, postcodes with a real outward code and an inward part
    containing C/I/K/M/O/V, car registrations with I or Q in the last three
    letters;
  * word counts 700-1000 per transcript;
  * tricky.csv: >= 60 rows, each text really occurs (outside label spans) in
    its file and is not itself a label text there;
  * a sweep for unlabelled identifier-like strings (e-mails, URLs, handles,
    phone-like digit runs, postcodes, NI numbers, NHS-like numbers, car
    registrations, numeric dates, spoken digit runs, words after titles, and
    capitalised words that are neither labelled, tricky nor in a list of
    ordinary words).

Line numbers: 1-based physical lines for .txt/.vtt/.srt; for .docx the
python-docx Document.paragraphs order (headings counted) followed by table
cell paragraphs row by row (the sign-in table is the last body element, so
this is also plain document order); for .odt text:h and text:p elements in
document order (list-item paragraphs included).

Run: python verify_labels.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone",
         "email", "url", "handle", "date_of_birth", "nhs_number", "ni_number",
         "car_registration"}
TRANSCRIPTS = [
    "01_otter_womens_group_leicester.txt",
    "02_mens_shed_notes.docx",
    "03_teams_contract_review.vtt",
    "04_email_thread_hearing_voices.txt",
    "05_carers_minutes.odt",
]
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960",
                  "01414960", "01174960", "01214960", "01614960", "02896496",
                  "02920180"]
# outward codes used in this set - all real districts
REAL_OUTWARD = {"LE4", "LE5", "DY4", "DY5", "WV14", "B69", "TS6", "TS17",
                "SR1", "SR4"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Revd",
          "Father", "Aunty", "Uncle", "Sister"}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ loading
def load_units(fname):
    path = os.path.join(HERE, fname)
    ext = fname.rsplit(".", 1)[1]
    if ext in ("txt", "vtt", "srt"):
        with open(path, encoding="utf-8") as f:
            data = f.read()
        if "\r" in data:
            err(f"{fname}: contains CR characters")
        return data.split("\n")
    if ext == "docx":
        from docx import Document
        doc = Document(path)
        body = doc.element.body
        kids = [c.tag.rsplit("}", 1)[1] for c in body.iterchildren()]
        kids = [k for k in kids if k != "sectPr"]
        if "tbl" in kids and kids[kids.index("tbl"):].count("p"):
            err(f"{fname}: a paragraph follows a table - numbering ambiguous")
        units = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for cell in row.cells:
                    units.extend(p.text for p in cell.paragraphs)
        return units
    if ext == "odt":
        from odf.opendocument import load
        from odf import teletype
        doc = load(path)
        units = []

        def walk(node):
            for ch in node.childNodes:
                if ch.nodeType != ch.ELEMENT_NODE:
                    continue
                if ch.qname[1] in ("p", "h") and \
                        ch.qname[0] == "urn:oasis:names:tc:opendocument:xmlns:text:1.0":
                    units.append(teletype.extractText(ch))
                else:
                    walk(ch)
        walk(doc.text)
        return units
    raise SystemExit(f"unknown extension {fname}")


def content_units(fname, units):
    """(line_no, text) pairs of visible transcript text, for sweeps and word
    counts; VTT header, cue ids and timing lines are skipped and voice tags
    are kept (their names are labelled)."""
    out = []
    if fname.endswith(".vtt"):
        for i, u in enumerate(units, 1):
            if u.startswith("WEBVTT") or "-->" in u or u.strip() == "NOTE":
                continue
            if re.fullmatch(r"[0-9a-f-]{36}/\d+-\d+", u.strip()):
                continue
            out.append((i, u))
    else:
        out = list(enumerate(units, 1))
    return out


def occ(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------ safe values
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1",
            "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
            "seven": "7", "eight": "8", "nine": "9", "ten": "10",
            "eleven": "11", "twelve": "12", "thirteen": "13",
            "fourteen": "14", "fifteen": "15", "sixteen": "16",
            "seventeen": "17", "eighteen": "18", "nineteen": "19"}


def spoken_digits(s):
    """'oh seven seven double oh' -> '07700'; digits pass through."""
    toks = re.findall(r"[a-z]+|\d+|\+", s.lower())
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t.isdigit():
            out.append(t[0] * (mult - 1) + t if mult > 1 else t)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t] * mult)
        elif t == "+":
            out.append("+")
        mult = 1
    return "".join(out)


def nhs_ok(d):
    if not re.fullmatch(r"999\d{7}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def check_safe(fname, kind, text):
    t = text
    if kind == "phone":
        d = spoken_digits(t)
        if d.startswith("+44"):
            d = "0" + d[3:]
        d = d.replace("+", "")
        if not (len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)):
            err(f"{fname}: unsafe phone {text!r} -> {d}")
    elif kind == "email":
        e = t.lower()
        e = re.sub(r"\s+dot\s+", ".", e)
        e = re.sub(r"\s+at\s+", "@", e)
        e = e.replace(" ", "")
        m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", e)
        if not m or not re.search(r"(^|\.)example\.(org|com|net)$", m.group(1)):
            err(f"{fname}: unsafe email {text!r}")
    elif kind == "url":
        host = re.sub(r"^https?://", "", t.lower()).split("/")[0]
        if not re.search(r"(^|\.)example\.(org|com|net)$", host):
            err(f"{fname}: unsafe url {text!r}")
    elif kind == "nhs_number":
        d = re.sub(r"\D", "", t)
        if not nhs_ok(d):
            err(f"{fname}: unsafe NHS number {text!r}")
    elif kind == "ni_number":
        n = re.sub(r"\s", "", t.upper())
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n):
            err(f"{fname}: unsafe NI number {text!r}")
    elif kind == "postcode":
        p = re.sub(r"\s", "", t.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        if not m or m.group(1) not in REAL_OUTWARD or \
                not set(m.group(2)[1:]) & set("CIKMOV"):
            err(f"{fname}: unsafe postcode {text!r}")
    elif kind == "car_registration":
        r = re.sub(r"\s", "", t.upper())
        m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", r)
        if not m or not set(m.group(1)) & set("IQ"):
            err(f"{fname}: unsafe car registration {text!r}")
    elif kind == "name":
        if re.search(r"\s", t):
            err(f"{fname}: name label not a single word: {text!r}")
        if t.endswith("'s") or t.endswith("’s"):
            err(f"{fname}: possessive in name label {text!r}")
        if t in TITLES:
            err(f"{fname}: title labelled as a name {text!r}")
        if re.fullmatch(r"[A-Z]\.?", t):
            err(f"{fname}: single initial labelled {text!r}")


# ------------------------------------------------------------ sweep
SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|ai|uk|io)\b(?:/\S*)?")),
    ("handle", re.compile(r"(?<![\w.])@\w{2,}")),
    ("digits", re.compile(r"\+?\(?\d[\d ()\-]{6,}\d")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
    ("ni", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("car", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("spoken", re.compile(r"(?:\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)\b[ ,]*){6,}", re.I)),
]

# Ordinary words that appear capitalised in the transcripts (sentence starts,
# headings, headers, role labels). Anything capitalised and not in this list
# must be labelled or listed in tricky.csv.
ORDINARY = set("""
Across Action Actions Age Agreed All Allowed Also Alternative And Any
Anyone Apologies Approved April As At Because Both By Bye Can Captions Car
Care Cc Centre Chai Check-in Check-out Compromise Concern Contract
Coordinator Copied Currently Date Dear Did Dr Drives English Especially
Everybody Facilitator Failing Fair February First Follow For From Go Good
Ground Group Half He Headline Hears Hello Here Hi I'd I'll I'm I've If In
Insurance Is It It's June Just KEYWORDS Kind Kitchen Last Letter Manager
March Matters May Me Members Mental Minutes Monday Mr Mrs My Name National
Need New Newsletter Next No Nobody Nobody's Not Noted Now Okay On One
Parked Parking Peer People Phone Phones Please Postcode Prefers Present
Punjabi Put Queries Re Read Recording's Red Referral Retired Right Roles
SPEAKERS SUMMARY Same Sat Saturday Says Second Send Sent She She's Shoes
Shoulder Sign-in So Somebody Sorry Speaker Steering Sticking Stop Stories
Strong Subject Talk Tea Tel Tension Thank Thanks That That'll That's The
Their Then There's They This Thu Thursday Thursdays To Transcribed Tues
Tuesday Twelve Two Typed Upstairs Venue Very We We're We've Wednesday
Welcome What What's When Where Which Work Yes You You're
""".split())


def main():
    # ---------------- files and first lines
    units_by_file = {}
    for f in TRANSCRIPTS:
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing transcript {f}")
            continue
        u = load_units(f)
        units_by_file[f] = u
        if f.endswith(".vtt"):
            if u[0] != "WEBVTT":
                err(f"{f}: first line must be WEBVTT")
            # first cue text = line after the first timing line
            ti = next(i for i, x in enumerate(u) if "-->" in x)
            if u[ti + 1] != SYN:
                err(f"{f}: first cue text is not the SYNTHETIC line")
        else:
            if u[0] != SYN:
                err(f"{f}: first line/paragraph is not the SYNTHETIC line")

    # ---------------- labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    kinds_by_file = defaultdict(dict)
    rowcount = Counter()
    for r in rows:
        if len(r) != 4:
            err(f"bad labels row {r}")
            continue
        f, line, kind, text = r
        if f not in units_by_file:
            err(f"labels row for unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"{f}: unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"{f}: label text has outer whitespace: {text!r}")
        ln = int(line)
        units = units_by_file[f]
        if not (1 <= ln <= len(units)) or not occ(text).search(units[ln - 1]):
            err(f"{f}:{ln}: {text!r} not on that line")
        prev = kinds_by_file[f].get(text)
        if prev and prev != kind:
            err(f"{f}: {text!r} has kinds {prev} and {kind}")
        kinds_by_file[f][text] = kind
        rowcount[(f, ln, text)] += 1
        check_safe(f, kind, text)

    # every occurrence has a row (and no extra rows)
    label_spans = defaultdict(lambda: defaultdict(list))
    for f, kinds in kinds_by_file.items():
        for ln, u in enumerate(units_by_file[f], 1):
            for text in kinds:
                ms = list(occ(text).finditer(u))
                if len(ms) != rowcount[(f, ln, text)]:
                    err(f"{f}:{ln}: {text!r} occurs {len(ms)}x, "
                        f"{rowcount[(f, ln, text)]} rows")
                for m in ms:
                    label_spans[f][ln].append((m.start(), m.end()))
        # containment
        texts = list(kinds)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err(f"{f}: label {a!r} is contained in label {b!r}")

    # ---------------- word counts
    words = {}
    for f, units in units_by_file.items():
        n = 0
        for _, u in content_units(f, units):
            u = re.sub(r"<[^>]*>", " ", u) if f.endswith(".vtt") else u
            n += sum(1 for tok in u.split() if re.search(r"\w", tok))
        words[f] = n
        if not 700 <= n <= 1000:
            err(f"{f}: {n} words (need 700-1000)")

    # ---------------- tricky.csv
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        err(f"tricky.csv header is {th}")
    if len(trows) < 60:
        err(f"tricky.csv has only {len(trows)} rows")
    tricky_spans = defaultdict(lambda: defaultdict(list))
    for r in trows:
        f, text, why = r
        if f not in units_by_file:
            err(f"tricky row for unknown file {f}")
            continue
        if text in kinds_by_file[f]:
            err(f"{f}: tricky text {text!r} is also a label")
        outside = 0
        for ln, u in enumerate(units_by_file[f], 1):
            for m in occ(text).finditer(u):
                tricky_spans[f][ln].append((m.start(), m.end()))
                if not any(s <= m.start() and m.end() <= e
                           for s, e in label_spans[f][ln]):
                    outside += 1
        if not outside:
            err(f"{f}: tricky text {text!r} does not occur outside labels")

    # ---------------- sweep
    def covered(f, ln, s, e, spans_sets):
        for spans in spans_sets:
            for a, b in spans[f][ln]:
                if a <= s and e <= b:
                    return True
        return False

    def overlaps_label(f, ln, s, e):
        return any(a < e and s < b for a, b in label_spans[f][ln])

    for f, units in units_by_file.items():
        for ln, u in content_units(f, units):
            if ln == 1 or u == SYN:
                continue
            for kind, rx in SWEEP:
                for m in rx.finditer(u):
                    raw = m.group(0)
                    txt = raw.strip(" ,()")
                    s = m.start() + raw.index(txt)
                    e = s + len(txt)
                    if kind == "digits" and len(re.sub(r"\D", "", txt)) < 9:
                        continue
                    if overlaps_label(f, ln, s, e) or \
                            covered(f, ln, s, e, [tricky_spans]):
                        continue
                    err(f"{f}:{ln}: unlabelled {kind}-like string {txt!r}")
            # word after a title
            for m in re.finditer(r"\b(" + "|".join(TITLES) + r") ([A-ZÀ-Þ][\w'’-]*)", u):
                w = m.group(2)
                if len(w) == 1 or w in TITLES:
                    continue
                if m.group(1) == "Father" or m.group(1) == "Sister":
                    continue
                s = m.start(2)
                if not overlaps_label(f, ln, s, s + len(w)):
                    err(f"{f}:{ln}: word after title not labelled: {m.group(0)!r}")
            # capitalised tokens
            for m in re.finditer(r"(?<![\w@./])([A-ZÀ-ÞŁŚŻ][\w'’.-]*\w|[A-Z])", u):
                s, e = m.span(1)
                w = m.group(1)
                base = re.sub(r"(['’]s|['’])$", "", w)
                e = s + len(base)
                if overlaps_label(f, ln, s, e) or covered(f, ln, s, e, [tricky_spans]):
                    continue
                if w in ORDINARY or base in ORDINARY:
                    continue
                if re.fullmatch(r"[A-Z]\.?", w):       # single initials
                    continue
                if re.fullmatch(r"[A-Z]{1,3}\d*", w):   # acronyms like NHS, TS17
                    continue
                err(f"{f}:{ln}: capitalised word not labelled/tricky/ordinary: {w!r}")

    # ---------------- report
    kinds_total = Counter(r[2] for r in rows)
    print("label rows per file:")
    for f in TRANSCRIPTS:
        n = sum(1 for r in rows if r[0] == f)
        print(f"  {f}: {n} rows, {words.get(f)} words")
    print("totals per kind:", dict(sorted(kinds_total.items(), key=lambda x: -x[1])))
    print("total label rows:", len(rows), "| tricky rows:", len(trows))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
