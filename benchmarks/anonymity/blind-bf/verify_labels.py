"""Verify labels.csv / tricky.csv of the blind-bf set against the transcripts.

Reads the transcripts independently of build.py (python-docx, odfpy, openpyxl) and checks:
  * the synthetic header opens every transcript;
  * every label row's text occurs (whole word, case-sensitive) on its line/paragraph/row;
  * every whole-word case-sensitive occurrence of a label text in its file has a row;
  * no label text is contained in another label text of the same file (case-insensitive);
  * one kind per text per file; names are single words without titles or possessive 's;
  * safe values (Ofcom drama phone ranges, example.* emails/urls, 999 NHS numbers with a valid
    modulus-11 check digit, QQ/ZZ NI numbers, real outward postcodes with an impossible inward
    part, registrations with I or Q in the last three letters);
  * 700-1000 words per transcript, 180-220 label rows in total, roughly half names;
  * tricky.csv: >= 60 rows, each text really in its file and never a label there;
  * a sweep for unlabelled identifier-like strings (emails, urls, handles, phone/NHS-like digit
    runs, spoken numbers, postcodes, NI numbers, registrations, old dates, "born"/"DOB" lines,
    capitalised words that are not ordinary words, and other-case/other-file uses of names).
Prints PASS when everything holds.  Paths are relative to this file's folder.

Run:  python verify_labels.py
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "kak", "mamosta", "sir", "rev"}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# reading the transcripts: {unit number: text}, plus word counts
# ---------------------------------------------------------------------------
SRT_TIMING = re.compile(r"^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$")


def read_text_lines(path):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(raw.splitlines()) != len(lines):
        err(f"{path.name}: contains line separators other than \\n")
    return {i: l for i, l in enumerate(lines, 1)}


def read_txt(path):
    units = read_text_lines(path)
    words = sum(len(t.split()) for t in units.values())
    return units, words, units.get(1, "")


def read_srt(path):
    units = read_text_lines(path)
    cue_lines = {}
    for i, t in units.items():
        if t.strip() == "" or t.strip().isdigit() or SRT_TIMING.match(t.strip()):
            continue
        cue_lines[i] = t
    words = sum(len(t.split()) for t in cue_lines.values())
    first = cue_lines[min(cue_lines)] if cue_lines else ""
    return units, words, first


def read_docx(path):
    from docx import Document
    d = Document(str(path))
    units = {i: p.text for i, p in enumerate(d.paragraphs, 1)}
    words = sum(len(t.split()) for t in units.values())
    return units, words, units.get(1, "")


def read_odt(path):
    from odf.opendocument import load
    from odf import teletype
    doc = load(str(path))
    units = defaultdict(str)
    n = 0
    words = 0
    for el in doc.text.childNodes:
        if el.nodeType != el.ELEMENT_NODE:
            continue
        tag = el.qname[1]
        if tag in ("p", "h"):
            n += 1
            units[n] = teletype.extractText(el)
            words += len(units[n].split())
        elif tag == "table":
            cells = []
            for row in el.getElementsByType(__import__("odf.table", fromlist=["TableRow"]).TableRow):
                for cell in row.childNodes:
                    if cell.nodeType == cell.ELEMENT_NODE:
                        cells.append(teletype.extractText(cell))
            words += sum(len(c.split()) for c in cells)
            units[n] = units[n] + "\n" + "\t".join(cells)
        else:
            text = teletype.extractText(el)
            if text.strip():
                err(f"{path.name}: unexpected top-level element {tag} with text")
    first = units.get(1, "")
    return dict(units), words, first


def read_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(str(path))
    units = defaultdict(list)
    words = 0
    first = None
    for ws in wb.worksheets:
        for r, row in enumerate(ws.iter_rows(values_only=True), 1):
            vals = ["" if v is None else str(v) for v in row]
            words += sum(len(v.split()) for v in vals)
            units[r].append("\t".join(vals))
        if first is None:
            first = "" if ws.cell(1, 1).value is None else str(ws.cell(1, 1).value)
    return {r: "\n".join(v) for r, v in units.items()}, words, first


READERS = {".txt": read_txt, ".srt": read_srt, ".vtt": read_srt, ".docx": read_docx,
           ".odt": read_odt, ".xlsx": read_xlsx}


def ww(text, flags=0):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", flags)


# ---------------------------------------------------------------------------
# safe values
# ---------------------------------------------------------------------------
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
            "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        d = NUMWORDS.get(t, t if t.isdigit() else None)
        if d is None:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


def digits_of(s):
    if re.search(r"[a-z]{2,}", s.lower()):
        return spoken_digits(s)
    return re.sub(r"\D", "", s)


PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]


def safe_phone(t):
    d = digits_of(t)
    if d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def spoken_to_written(t):
    t = re.sub(r"\s+at\s+", "@", t.strip())
    t = re.sub(r"\s+dot\s+", ".", t)
    return t.replace(" ", "")


EXAMPLE_HOST = re.compile(r"^(?:[\w-]+\.)*example\.(?:org|com|net)$", re.I)


def safe_email(t):
    e = spoken_to_written(t) if " " in t else t
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", e)
    return bool(m) and bool(EXAMPLE_HOST.match(m.group(1)))


def safe_url(t):
    u = spoken_to_written(t) if " " in t else t
    u = re.sub(r"^https?://", "", u, flags=re.I)
    host = u.split("/")[0]
    return bool(EXAMPLE_HOST.match(host))


REAL_OUTWARD = set()
REAL_OUTWARD |= {f"NR{i}" for i in range(1, 36)}
REAL_OUTWARD |= {f"IP{i}" for i in range(1, 34)}
REAL_OUTWARD |= {f"PE{i}" for i in range(1, 39)}
REAL_OUTWARD |= {f"E{i}" for i in range(1, 19)} | {"E20", "E1W"}
REAL_OUTWARD |= {f"CB{i}" for i in range(1, 26)} | {f"CO{i}" for i in range(1, 17)}


def safe_postcode(t):
    s = re.sub(r"\s+", "", t.upper())
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2)[1:])


def safe_ni(t):
    return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s+", "", t.upper())))


def safe_car(t):
    s = re.sub(r"\s+", "", t.upper())
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s)) and any(c in "IQ" for c in s[-3:])


def safe_dob(t):
    return bool(re.search(r"\b(19\d\d|20[01]\d|20[2][0-3])\b", t)) or bool(re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2}", t))


SAFE = {"phone": safe_phone, "email": safe_email, "url": safe_url, "postcode": safe_postcode,
        "ni_number": safe_ni, "car_registration": safe_car, "date_of_birth": safe_dob,
        "nhs_number": lambda t: nhs_ok(digits_of(t)), "handle": lambda t: t.startswith("@")}

# ---------------------------------------------------------------------------
# sweep patterns for identifier-like strings that must be labelled (or listed as tricky)
# ---------------------------------------------------------------------------
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
SWEEPS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken email": re.compile(r"\b\w+(?: dot \w+)* at \w+ dot (?:org|com|net|co dot uk)\b", re.I),
    "url": re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk)(?:/\S*)?", re.I),
    "handle": re.compile(r"(?<![\w.])@\u2068?\w[\w.]*"),
    "digit run": re.compile(r"(?<![\w/:.,])\+?\d(?:[ \-]?\d){9,}(?![\w/:])"),
    "spoken number": re.compile(r"\b(?:(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|"
                                r"double|triple)\b[ ,]*){7,}", re.I),
    "postcode": re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d\s*[A-Z]{2}(?!\w)", re.I),
    "ni number": re.compile(r"(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)", re.I),
    "registration": re.compile(r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{3}(?!\w)", re.I),
    "old numeric date": re.compile(r"(?<![\d/.])\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|200\d|201[0-5])(?![\d/.])"),
    "old text date": re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:" + MONTHS + r"),? (?:19\d\d|200\d|201[0-5])\b",
                                re.I),
}
BORN = re.compile(r"\bborn\b|\bDOB\b|\bdob\b|date of birth", re.I)
CAPWORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’\-]*(?:\.[A-Z]\.)?")

# capitalised words reviewed by hand: ordinary words, places too big to identify, charities,
# apps, acronyms, languages, religious/cultural terms.  Nothing here is a personal identifier.
ALLOW = {
    "SYNTHETIC", "TRANSCRIPT", "I", "I'm", "I've", "I'll", "OK", "NHS", "GP", "MOT", "DOB", "UC", "SHOUT",
    "ICB", "WEMWBS", "MS", "LGBTQ", "AM", "AO", "INT", "KEY", "Cllr", "Mr", "Kak", "Apa", "Hiya",
    "Norfolk", "Lynn", "King's", "Kurdish", "Kurdistan", "Iraq", "Erbil", "Peterborough", "Ipswich",
    "Newham", "Tower", "Hamlets", "Sylhet", "Sylheti", "Bangla", "Bangladeshi", "Sorani", "Kurmanji",
    "English", "Assalamu", "Walaikum", "JazakAllah", "Inna", "Eid", "Mubarak", "Easter", "Newroz",
    "Barzani", "Talabani", "Anfal", "Posh", "Toyota", "Corsa", "Asda", "WhatsApp", "TikTok", "Instagram",
    "Teams", "Mind", "Talking", "Therapies", "Home", "Office", "Queen", "Elizabeth", "Hospital", "CADS",
    "County", "Council", "West", "Music", "Applause", "Laughter", "Wednesday", "Tuesday", "Tuesdays",
    "Thursday", "Friday", "January", "February", "March", "April", "May", "November", "External",
    "Guest", "He", "Him", "Chair", "Year", "Head", "Apologies", "Present", "Minutes", "Action", "Owner",
    "Due", "No", "Speaker", "Start", "End", "Utterance", "Code", "Name", "Age", "Contact", "Notes",
    "Focus", "Transcribed", "Attendance", "Welcome", "Venue", "Tensions", "Safeguarding", "Roles",
    "Young", "Carer", "Carers", "Steering", "Group", "Learning", "Set", "Peer", "Support", "East",
    "Special", "Reminder", "Flat", "Facilitator", "Interpreter", "Centre", "Media", "Messages", "Tap",
    "Queries", "Badge", "Redact", "Ask", "Send", "Get", "Like", "Hello", "Sister", "Salam", "Thanks",
    "Morning", "Sorry", "Lovely", "Yeah", "Hi", "Yes", "Women", "Rules", "Phones", "Twelve", "Nobody",
    "Last", "Another", "About", "Also", "Another", "Same", "Strange", "Thank", "Before", "Every", "Here",
    "Good", "Men", "Maybe", "Please", "Agree", "Love", "Beautiful", "Today", "Since", "When", "Ring",
    "Delete", "Ours", "Our", "What", "Four", "Transport", "Honestly", "Everyone", "Everybody", "Two",
    "One", "Can", "That's", "It's", "We're", "We've", "We", "They've", "They", "The", "This", "If",
    "So", "And", "For", "In", "My", "Me", "Of", "Or", "Is", "It", "To", "You", "She", "At", "Until",
    "Agreed", "Referral", "Home", "Young", "Posts", "Next", "Tuesday", "Reps", "Other", "Minute",
    "Parking", "Bookings", "See", "Volunteers", "Mums", "Tues", "Older", "Voice", "Nothing",
    "P1", "P2", "P3", "P4", "P5", "P6", "F",
}


def spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlaps(a, bs):
    return any(a[0] < b[1] and b[0] < a[1] for b in bs)


def main():
    # ----- labels.csv -----
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        head = next(reader)
        if head != ["file", "line", "kind", "text"]:
            err(f"labels.csv header is {head}")
        rows = [r for r in reader if r]
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        thead = next(reader)
        if thead != ["file", "text", "why"]:
            err(f"tricky.csv header is {thead}")
        tricky = [r for r in reader if r]

    files = sorted({r[0] for r in rows})
    transcripts = sorted(p.name for p in HERE.iterdir() if p.suffix in READERS)
    if len(transcripts) != 5:
        err(f"expected 5 transcripts, found {transcripts}")
    for fn in files:
        if fn not in transcripts:
            err(f"labels.csv names unknown file {fn}")

    data = {}
    for fn in transcripts:
        units, words, first = READERS[Path(fn).suffix](HERE / fn)
        data[fn] = units
        if first != HEADER:
            err(f"{fn}: first line/cue/paragraph/cell is {first[:60]!r}")
        if not 700 <= words <= 1000:
            err(f"{fn}: {words} words (want 700-1000)")
        print(f"{fn}: {words} words")

    by_file = defaultdict(list)
    for i, r in enumerate(rows, 2):
        if len(r) != 4:
            err(f"labels.csv row {i}: {r}")
            continue
        fn, line, kind, text = r
        if kind not in KINDS:
            err(f"labels.csv row {i}: bad kind {kind}")
        if not line.isdigit():
            err(f"labels.csv row {i}: bad line {line}")
            continue
        if text != text.strip() or not text:
            err(f"labels.csv row {i}: text has surrounding spaces or is empty: {text!r}")
        by_file[fn].append((int(line), kind, text))
        unit = data.get(fn, {}).get(int(line))
        if unit is None or not ww(text).search(unit):
            err(f"{fn}:{line}: label {text!r} not found on that line")
        if kind == "name":
            if re.search(r"\s", text):
                err(f"{fn}:{line}: name {text!r} is not a single word")
            if text.lower().rstrip(".") in TITLES or text.endswith("'s"):
                err(f"{fn}:{line}: name {text!r} is a title or possessive")
            if re.fullmatch(r"[A-Za-z]\.?", text):
                err(f"{fn}:{line}: single initial {text!r} labelled")
        if kind in SAFE and not SAFE[kind](text):
            err(f"{fn}:{line}: unsafe {kind} value {text!r}")

    tricky_by_file = defaultdict(list)
    for r in tricky:
        if len(r) != 3 or not all(r):
            err(f"tricky.csv bad row {r}")
            continue
        tricky_by_file[r[0]].append(r[1])
    if len(tricky) < 60:
        err(f"tricky.csv has only {len(tricky)} rows")

    all_names = {t for labs in by_file.values() for (_, k, t) in labs if k == "name"}
    # a label text never counts as an "ordinary lower-case word"
    LOWER_VOCAB.difference_update({t.lower() for labs in by_file.values() for (_, _, t) in labs})

    for fn in transcripts:
        units = data[fn]
        labs = by_file.get(fn, [])
        texts = sorted({t for (_, _, t) in labs})
        # one kind per text
        kinds = defaultdict(set)
        for _, k, t in labs:
            kinds[t].add(k)
        for t, ks in kinds.items():
            if len(ks) > 1:
                err(f"{fn}: {t!r} has several kinds {ks}")
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err(f"{fn}: label {a!r} is contained in label {b!r}")
        # every occurrence labelled, exactly once per occurrence
        want = Counter((l, t) for (l, _, t) in labs)
        label_spans = defaultdict(list)
        for t in texts:
            pat = ww(t)
            for u, utext in units.items():
                found = spans(pat, utext)
                label_spans[u].extend(found)
                if len(found) != want.get((u, t), 0):
                    err(f"{fn}:{u}: {t!r} occurs {len(found)}x but has {want.get((u, t), 0)} label rows")
        tricky_spans = defaultdict(list)
        for t in tricky_by_file.get(fn, []):
            pat = re.compile(re.escape(t))
            hit_outside = False
            for u, utext in units.items():
                for s in spans(pat, utext):
                    tricky_spans[u].append(s)
                    if not any(s[0] >= a and s[1] <= b for a, b in label_spans[u]):
                        hit_outside = True
            if not hit_outside:
                err(f"{fn}: tricky text {t!r} not found outside labels")
            if t in texts:
                err(f"{fn}: tricky text {t!r} is also a label")
        for fn2 in tricky_by_file:
            if fn2 not in transcripts:
                err(f"tricky.csv names unknown file {fn2}")

        def covered(u, s):
            return overlaps(s, label_spans[u]) or overlaps(s, tricky_spans[u])

        # names in another case or from another file must be labelled or listed as tricky
        for name in all_names:
            pat = ww(name, re.I)
            for u, utext in units.items():
                for s in spans(pat, utext):
                    if not covered(u, s):
                        err(f"{fn}:{u}: {utext[s[0]:s[1]]!r} looks like name {name!r} but is neither "
                            f"labelled nor tricky")
        # sweeps
        for u, utext in units.items():
            if fn.endswith(".srt") and (utext.strip().isdigit() or SRT_TIMING.match(utext.strip())):
                continue
            for what, pat in SWEEPS.items():
                for s in spans(pat, utext):
                    if not covered(u, s):
                        err(f"{fn}:{u}: unlabelled {what}: {utext[s[0]:s[1]]!r}")
            if BORN.search(utext):
                line_kinds = {k for (l, k, _) in labs if l == u}
                if "date_of_birth" not in line_kinds:
                    err(f"{fn}:{u}: mentions birth/DOB but has no date_of_birth label")
        # capitalised words that are not ordinary words
        for u, utext in units.items():
            for m in CAPWORD.finditer(utext):
                w = m.group(0)
                if not w[0].isupper():
                    continue
                s = (m.start(), m.end())
                if covered(u, s):
                    continue
                base = re.sub(r"['’]s$", "", w)
                if base in ALLOW or w in ALLOW or base.lower() in LOWER_VOCAB:
                    continue
                err(f"{fn}:{u}: capitalised word {w!r} is neither labelled, tricky, allowed nor an "
                    f"ordinary lower-case word")

    # totals
    kinds_total = Counter(k for labs in by_file.values() for (_, k, _) in labs)
    total = sum(kinds_total.values())
    if not 180 <= total <= 220:
        err(f"{total} label rows (want 180-220)")
    share = kinds_total["name"] / total if total else 0
    if not 0.4 <= share <= 0.6:
        err(f"names are {share:.0%} of labels (want about half)")
    print(f"{total} label rows; " + ", ".join(f"{k} {v}" for k, v in kinds_total.most_common()))
    for fn in transcripts:
        print(f"  {fn}: {len(by_file.get(fn, []))} label rows")
    print(f"{len(tricky)} tricky rows")

    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print("PASS")


def build_lower_vocab():
    vocab = set()
    for p in HERE.iterdir():
        if p.suffix not in READERS:
            continue
        units = READERS[p.suffix](p)[0]
        for t in units.values():
            for w in re.findall(r"[\w'’\-]+", t):
                if w.islower():
                    vocab.add(w)
    return vocab


if __name__ == "__main__":
    LOWER_VOCAB = build_lower_vocab()
    errors.clear()  # reading twice must not double-report
    main()
