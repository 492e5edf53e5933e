#!/usr/bin/env python
"""Verify labels.csv / tricky.csv against the transcripts in this folder.

Run from anywhere:  python verify_labels.py      (prints PASS or a list of problems)

Checks
  * every transcript exists, opens with the SYNTHETIC banner, and has 700-1000 words
  * every label row: valid kind, line in range, text found (whole word, case-sensitive) on that line,
    and exactly as many rows for (file, line, text) as there are occurrences on that line
  * every whole-word, case-sensitive occurrence of a label text in its file has a row
  * one kind per text per file; no label text contained in another label text of the same file
    (case-insensitive; two texts equal apart from case also count as contained)
  * name labels are single words, without titles or possessive 's, not role labels or lone initials
  * safe values: Ofcom drama phone ranges, example.org/.com/.net emails and URLs, NHS numbers 999 + valid
    modulus-11 check digit, NI numbers QQ/ZZ, postcodes with a real outward code and an inward part containing
    C/I/K/M/O/V, car registrations with I or Q among the last three letters
  * xlsx: no label text on the same row number in two sheets
  * tricky.csv: >= 60 rows, each text really occurs in its file outside any label, and is not a label text
  * sweep: identifier-like strings (phones, long digit groups, spoken digit runs, emails, URLs, handles,
    postcodes, NI numbers, car registrations, dates, street addresses, common given names and surnames,
    capitalised words after titles) must overlap a label or a tricky occurrence
  * scripts in the folder contain no absolute machine paths
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BANNER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
TRANSCRIPTS = [
    "teams_marches_review.vtt",
    "forms_farmers_feedback.xlsx",
    "notion_carers_cylch.md",
    "messenger_enfys_crew.txt",
    "otter_veterans_walk.docx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"Facilitator", "Member", "Guest", "External", "Speaker", "You", "P1", "P2", "P3", "F", "M",
               "Chair", "Host"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sgt", "Sergeant", "Anti", "Yncl", "Nain", "Taid", "Cpl", "Capt"}
REAL_OUTWARD = {"LL11", "LL12", "LL13", "LL14", "LL41", "SA14", "SA15", "SA48", "SY10", "SY11", "SY23",
                "SY25", "HR1", "HR2", "HR3", "HR4", "HR5", "CF41", "CF42", "LD7"}
PHONE_RANGES = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01314960\d{3}",
                r"01414960\d{3}", r"01174960\d{3}", r"01214960\d{3}", r"01614960\d{3}", r"02896496\d{3}",
                r"02920180\d{3}"]
SAFE_DOMAINS = ("example.org", "example.com", "example.net")
DIGIT_WORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

GIVEN_NAMES = """Aaron Adam Aled Alun Alys Amy Andrew Aneurin Angharad Ann Anna Anne Arthur Beca Ben Bethan Betsi
Bill Bob Bryn Cadi Cai Carwyn Caryl Catrin Cerian Ceri Cerys Charlie Chris Ciaran Dafydd Dai Daniel Dave David
Dawn Delyth Dewi Dilwyn Dilys Dylan Efa Eifion Eilir Eira Eirian Eirlys Elen Eleri Elgan Elin Elis Elliw Emrys
Emyr Enfys Erin Esyllt Euros Ffion Gaz Gareth Gary Geraint Gethin Glenys Glyn Gruffudd Gwen Gwenno Gwenllian
Gwilym Gwion Gwyn Haf Harry Hedd Heledd Huw Hywel Iestyn Ieuan Ifan Ifor Iolo Iwan Jac Jack James Jane Jason
Jen Jo John Jonesy Jordan Kai Karen Kasia Kevin Kim Lee Leo Lewis Lisa Llinos Lowri Luke Lyn Mags Mair Manon
Mari Mark Mared Megan Meinir Meirion Mererid Michael Mike Morgan Nerys Nia Non Nye Osian Owain Owen Paul Peter
Rhian Rhiannon Rhodri Rhys Richard River Rob Ryan Sam Sara Sarah Sean Seren Sharon Shaun Sian Siân Sioned Siôn
Sky Smudge Steve Sue Tecwyn Teleri Tobi Tom Tomos Tony Tudur Wyn Zoe Zoë Dinger Dusty Nobby""".split()
SURNAMES = """Adeyemi Arthur Bebb Bevan Bowen Dacey Dalton Davies Edwards Ellis Evans Griffiths Harries Hughes James
Jenkins Jones Lewis Lloyd Madoc Morgan Morris Okafor Owen Parry Powell Price Pritchard Probert Prothero Prydderch
Pugh Puw Rees Roberts Rowlands Thomas Vaughan Williams Wiśniewska""".split()
# lower-case forms swept in chat text (words that are not ordinary English words)
LOWER_NAMES = {n.lower() for n in GIVEN_NAMES} - {"bill", "dawn", "mark", "river", "sky", "non", "jack", "sue",
                                                  "glyn", "haf", "lee", "will", "rob", "mags", "gaz", "wyn",
                                                  "eira", "hedd", "bryn", "mair", "ann", "kim", "jo", "dai",
                                                  "sam", "owen", "lewis", "morgan", "james", "peter", "john",
                                                  "arthur", "smudge", "dinger", "dusty", "nobby"}

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------------------
# reading the transcripts
# ---------------------------------------------------------------------------
def read_units(fname):
    """[(unit_no, sheet, [cell strings])] - lines, paragraphs, or sheet rows."""
    p = HERE / fname
    if fname.endswith((".vtt", ".txt", ".md", ".srt")):
        return [(i + 1, None, [ln]) for i, ln in enumerate(p.read_text(encoding="utf-8").split("\n"))]
    if fname.endswith(".docx"):
        from docx import Document
        return [(i + 1, None, [para.text]) for i, para in enumerate(Document(p).paragraphs)]
    if fname.endswith(".odt"):
        from odf import teletype
        from odf.opendocument import load
        paras = []

        def walk(node):
            for el in node.childNodes:
                if getattr(el, "qname", (None, None))[1] in ("p", "h"):
                    paras.append(teletype.extractText(el))
                elif hasattr(el, "childNodes"):
                    walk(el)
        walk(load(str(p)).text)
        return [(i + 1, None, [t]) for i, t in enumerate(paras)]
    if fname.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(p)
        out = []
        for ws in wb.worksheets:
            for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
                out.append((r, ws.title, ["" if v is None else str(v) for v in row]))
        return out
    raise ValueError(fname)


def content_words(fname, units):
    if fname.endswith(".vtt"):
        n = 0
        for _, _, cells in units:
            ln = cells[0]
            if not ln.strip() or ln.startswith("WEBVTT") or "-->" in ln or is_cue_id(ln):
                continue
            n += len(re.sub(r"</?v[^>]*>", " ", ln).split())
        return n
    return sum(len(c.split()) for _, _, cells in units for c in cells)


def is_cue_id(line):
    return re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(/\d+-\d+)?", line) is not None


def occ(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------------------
# safe-value checks
# ---------------------------------------------------------------------------
def spoken_to_digits(s):
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, mult = "", 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "treble":
            mult = 3
            continue
        d = DIGIT_WORDS.get(t, t if t.isdigit() else None)
        if d is None:
            return None
        out += d * mult
        mult = 1
    return out


def check_phone(t):
    digits = re.sub(r"\D", "", t)
    if not digits:
        digits = spoken_to_digits(t) or ""
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return any(re.fullmatch(r, digits) for r in PHONE_RANGES)


def norm_email(t):
    s = t.strip()
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = s.replace(" ", "")
    return s.lower()


def check_email(t):
    e = norm_email(t)
    return re.fullmatch(r"[\w.+-]+@[\w.-]+", e) is not None and e.split("@")[1] in SAFE_DOMAINS


def check_url(t):
    host = re.sub(r"^https?://", "", t.lower()).split("/")[0]
    host = host[4:] if host.startswith("www.") else host
    return host in SAFE_DOMAINS


def check_nhs(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def check_ni(t):
    s = re.sub(r"\s", "", t).upper()
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", s) is not None


def check_postcode(t):
    s = re.sub(r"\s", "", t).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in m.group(2) for c in "CIKMOV")


def check_car(t):
    s = re.sub(r"\s", "", t).upper()
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) is not None and any(c in s[-3:] for c in "IQ")


def check_dob(t):
    return re.search(r"\d", t) is not None or re.search(r"(?i)nineteen|two thousand", t) is not None


def check_handle(t):
    return re.fullmatch(r"@[A-Za-z0-9_.]+", t) is not None


SAFE = {"phone": check_phone, "email": check_email, "url": check_url, "nhs_number": check_nhs,
        "ni_number": check_ni, "postcode": check_postcode, "car_registration": check_car,
        "date_of_birth": check_dob, "handle": check_handle}

# ---------------------------------------------------------------------------
# sweep patterns
# ---------------------------------------------------------------------------
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|"
          "Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr")
ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
            "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|"
            "thirty-first")
DW = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble)"
SWEEP = [
    ("digits", re.compile(r"(?<![\w/.:-])(?:\+\d{1,3}[\s-]?)?\(?\d[\d\s()-]*\d")),
    ("spoken digits", re.compile(r"(?i)\b" + DW + r"(?:[\s,]+" + DW + r"){5,}\b")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"(?i)\b[\w.]+(?: dot \w+)* at \w+ dot (?:org|com|net|co|uk)\b")),
    ("obfuscated email", re.compile(r"(?i)[\w.]+\s*[\(\[]at[\)\]]\s*[\w-]+\.\w+")),
    ("url", re.compile(r"(?i)(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|ai|so|uk|cymru|wales|io)"
                       r"(?:/[^\s,)]*)?")),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_.]*[A-Za-z0-9_]")),
    ("postcode", re.compile(r"(?i)\b[a-z]{1,2}\d[a-z\d]?\s*\d\s*[a-z]{2}\b")),
    ("ni number", re.compile(r"(?i)\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b")),
    ("car reg", re.compile(r"(?i)\b[a-z]{2}\d{2}\s?[a-z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")),
    ("date words", re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MONTHS + r")\b"
                              r"|\b(?:" + ORDINALS + r")\s+of\s+(?:" + MONTHS + r")\b")),
    ("street", re.compile(r"(?i)\b\d+[a-z]?,?\s+(?:heol|lôn|lon|stryd|teras|rhes|ffordd|street|road|lane|close|"
                          r"avenue|terrace|drive|crescent)\b|\b\d+\s+(?:[A-Z][\w'-]+\s+){1,3}"
                          r"(?:Street|Road|Lane|Close|Avenue|Terrace|Drive|Crescent|Way)\b")),
    ("given name", re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, GIVEN_NAMES)) + r")(?!\w)")),
    ("surname", re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, SURNAMES)) + r")(?!\w)")),
    ("after title", re.compile(r"(?<!\w)(?:" + "|".join(TITLES) + r")\.?\s+([A-Z][\w'-]+)")),
]
LOWER_NAME_RX = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(LOWER_NAMES))) + r")(?!\w)")
FORMS_TIMESTAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2} \d{2}:\d{2}:\d{2}")


def spans(rx, s):
    return [(m.start(), m.end()) for m in rx.finditer(s)]


def main():
    # ---- labels.csv
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        fail(f"labels.csv header is {header}")
    labels = []
    for i, r in enumerate(rows, start=2):
        if len(r) != 4:
            fail(f"labels.csv row {i}: {r}")
            continue
        f, line, kind, text = r
        if f not in TRANSCRIPTS:
            fail(f"labels.csv row {i}: unknown file {f}")
            continue
        if kind not in KINDS:
            fail(f"labels.csv row {i}: unknown kind {kind}")
        if not line.isdigit():
            fail(f"labels.csv row {i}: bad line {line}")
            continue
        labels.append((f, int(line), kind, text))

    # ---- tricky.csv
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        theader = next(rd)
        trows = [r for r in rd]
    if theader != ["file", "text", "why"]:
        fail(f"tricky.csv header is {theader}")
    if len(trows) < 60:
        fail(f"tricky.csv has only {len(trows)} rows")

    per_file = defaultdict(list)
    for lab in labels:
        per_file[lab[0]].append(lab)

    totals = Counter()
    for fname in TRANSCRIPTS:
        if not (HERE / fname).exists():
            fail(f"missing transcript {fname}")
            continue
        units = read_units(fname)
        labs = per_file[fname]
        texts = {}
        for _, _, kind, text in labs:
            texts.setdefault(text, set()).add(kind)

        # banner
        if fname.endswith(".vtt"):
            body = [c[0] for _, _, c in units if c[0].strip() and not c[0].startswith("WEBVTT")
                    and "-->" not in c[0] and not is_cue_id(c[0])]
            first = body[0] if body else ""
        else:
            first = next((c for _, _, cells in units for c in cells if c.strip()), "")
        if first != BANNER:
            fail(f"{fname}: first text is not the banner: {first[:60]!r}")

        # words
        wc = content_words(fname, units)
        print(f"{fname}: {wc} words, {len(labs)} label rows")
        if not 700 <= wc <= 1000:
            fail(f"{fname}: {wc} words, outside 700-1000")

        # kinds / containment / name form
        for text, kinds in texts.items():
            if len(kinds) > 1:
                fail(f"{fname}: {text!r} has several kinds {kinds}")
            kind = next(iter(kinds))
            if text != text.strip() or not text:
                fail(f"{fname}: label text has outer whitespace: {text!r}")
            if kind == "name":
                if re.search(r"\s", text):
                    fail(f"{fname}: name label is not one word: {text!r}")
                if re.search(r"['’]s$", text):
                    fail(f"{fname}: name label keeps a possessive: {text!r}")
                if text in TITLES or text in ROLE_LABELS or re.fullmatch(r"[A-Z]\.?", text) \
                        or re.fullmatch(r"(Member|Speaker|P)\s*\d+", text):
                    fail(f"{fname}: name label is a title/role/initial: {text!r}")
            if kind in SAFE and not SAFE[kind](text):
                fail(f"{fname}: unsafe or malformed {kind}: {text!r}")
        tl = list(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    fail(f"{fname}: label {a!r} is contained in label {b!r}")

        # rows vs occurrences
        unit_map = defaultdict(list)
        for num, sheet, cells in units:
            unit_map[num].append((sheet, cells))
        row_count = Counter((line, text) for _, line, _, text in labs)
        for (line, text), n in row_count.items():
            if line not in unit_map:
                fail(f"{fname}: line {line} out of range for {text!r}")
                continue
            found = sum(len(occ(text).findall(c)) for _, cells in unit_map[line] for c in cells)
            if found == 0:
                fail(f"{fname}:{line}: {text!r} not found on that line")
            elif found != n:
                fail(f"{fname}:{line}: {text!r} occurs {found}x but has {n} row(s)")
        for text in texts:
            rx = occ(text)
            for num, sheet, cells in units:
                k = sum(len(rx.findall(c)) for c in cells)
                if k and row_count[(num, text)] == 0:
                    fail(f"{fname}:{num}: unlabelled occurrence of {text!r}")
        if fname.endswith(".xlsx"):
            where = defaultdict(set)
            for num, sheet, cells in units:
                for text in texts:
                    if any(occ(text).search(c) for c in cells):
                        where[(num, text)].add(sheet)
            for (num, text), sheets in where.items():
                if len(sheets) > 1:
                    fail(f"{fname}: {text!r} on row {num} in several sheets {sheets}")

        # covered spans (labels) per unit cell
        label_spans = defaultdict(list)
        for num, sheet, cells in units:
            for ci, c in enumerate(cells):
                for text in texts:
                    label_spans[(num, sheet, ci)] += spans(occ(text), c)

        # tricky
        tricky_here = [r for r in trows if r and r[0] == fname]
        tricky_spans = defaultdict(list)
        for r in tricky_here:
            if len(r) != 3 or not r[1] or not r[2]:
                fail(f"tricky.csv bad row {r}")
                continue
            t = r[1]
            if t in texts:
                fail(f"tricky {t!r} is also a label text in {fname}")
            outside = 0
            for num, sheet, cells in units:
                for ci, c in enumerate(cells):
                    for s0, s1 in spans(occ(t), c):
                        tricky_spans[(num, sheet, ci)].append((s0, s1))
                        if not any(a < s1 and s0 < b for a, b in label_spans[(num, sheet, ci)]):
                            outside += 1
            if outside == 0:
                fail(f"tricky {t!r} does not occur in {fname} outside labels")

        # sweep
        for num, sheet, cells in units:
            for ci, c in enumerate(cells):
                if fname.endswith(".vtt") and ("-->" in c or is_cue_id(c) or c.startswith("WEBVTT")):
                    continue
                if fname.endswith(".xlsx") and FORMS_TIMESTAMP.fullmatch(c):
                    continue
                covered = label_spans[(num, sheet, ci)] + tricky_spans[(num, sheet, ci)]
                checks = list(SWEEP)
                if fname.endswith((".txt", ".md")):
                    checks.append(("lower-case name", LOWER_NAME_RX))
                for what, rx in checks:
                    for m in rx.finditer(c):
                        s0, s1 = (m.span(1) if what == "after title" else m.span())
                        if what == "digits" and len(re.sub(r"\D", "", m.group())) < 8:
                            continue
                        if not any(a < s1 and s0 < b for a, b in covered):
                            fail(f"{fname}:{num}: unlabelled {what}: {c[s0:s1]!r}")
        totals.update(kind for _, _, kind, _ in labs)

    # tricky rows for unknown files
    for r in trows:
        if r and r[0] not in TRANSCRIPTS:
            fail(f"tricky.csv row for unknown file {r}")

    # scripts: relative paths only
    for py in HERE.glob("*.py"):
        if re.search(r"['\"]/(?:work|home|tmp|Users)/", py.read_text(encoding="utf-8")):
            fail(f"{py.name} contains an absolute machine path")

    n = len(labels)
    print(f"label rows: {n}; tricky rows: {len(trows)}")
    print("per kind: " + ", ".join(f"{k}={v}" for k, v in totals.most_common()))
    if not 180 <= n <= 220:
        fail(f"{n} label rows, outside 180-220")
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
