#!/usr/bin/env python
"""Verify the blind-bq benchmark set.  Run from this folder:  python verify_labels.py

Checks (prints PASS or a list of problems, exit code 1 on failure):
  * labels.csv / tricky.csv headers, kinds, files exist, every transcript has labels
  * each transcript opens with the SYNTHETIC line (first text line / first cue /
    first paragraph / cell A1)
  * every label text is on its line, and EVERY whole-word case-sensitive
    occurrence ((?<!\\w)text(?!\\w)) of a label text in its file has exactly one row
  * one kind per text per file; no label text contained in another (case-insensitive)
  * names are single tokens without titles or possessive 's; no role labels or
    single initials
  * safe values: Ofcom drama phone ranges, example.* emails/URLs, NHS 999 + mod-11,
    NI prefix QQ/ZZ, real outward code + inward with C/I/K/M/O/V, car reg with I/Q
  * 700-1000 words per transcript; 180-220 rows in total; names about half
  * tricky.csv: >= 60 rows, each text really appears outside labelled spans and is
    not itself a label text of that file
  * sweeps: identifier-like strings (emails, URLs, handles, phone-like digit runs,
    spoken digit runs, postcodes, NI, car regs, numeric dates, spelled dates) and
    mid-sentence capitalised words must be inside a labelled span, a tricky.csv
    look-alike, or the reviewed allow-list below
  * README first lines; scripts use no absolute machine paths
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
TRANSCRIPT_EXT = {".vtt", ".srt", ".txt", ".docx", ".odt", ".xlsx", ".csv"}
NON_TRANSCRIPTS = {"labels.csv", "tricky.csv"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Rev", "Pani", "Pan", "Sir", "Prof"}
ROLE_RE = re.compile(r"^(P\d+|F\d*|M\d*|INT|RESP|Member\s*\d+|Facilitator|Interviewer|Respondent|You)$")
SAFE_PHONE_PREFIX = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                     "01174960", "01214960", "01614960", "02896496", "02920180"]
REAL_OUTWARD = {f"DD{i}" for i in range(1, 12)} | {f"KY{i}" for i in range(1, 17)} | \
    {f"TD{i}" for i in range(1, 16)} | {f"PH{i}" for i in range(1, 51)}
NUMWORD = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
           "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
           "nine": "9"}

# Reviewed allow-list for the capitalised-word sweep: ordinary words, days,
# months, interjections and generic nouns that are not identifiers.  Proper
# nouns that are look-alikes (cities, charities, drugs ...) live in tricky.csv.
ALLOWED_CAPS = set("""
I I'm I'll I've I'd OK Okay
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Tuesdays Wednesdays Tues Sat TUES
January February March April May June July August September October November December
Mr Mrs Ms Dr Pani
ID HR GP NHS S2 END OF RECORDING DANCE SESSIONS
English Polish Ukrainian
""".split())

# Reviewed allow-list for capitalised words at the start of a sentence/turn/bullet.
ALLOWED_SENT_START = set("""
A Address After Also Who Camera Let There Transcriber And Another Anything Are At Audio Auto-captions Aye Been Being Bring Budgets But Camera's Can Come Consent Conventions Copied Could Cracked DANCE DELETE Date Described Did Do Don't Driving Eleven Email Ethics Every Exported Farm Field First For Form Forty-one Found Gave Girls Good Ground Group Having He Hello Her Here Hi His Honestly Host Housekeeping How If Interview Interviewer Is It It's Just Knowing Last Let's Lives Location Look Maybe Meeting Meets Met Mileage Mine Mutual My NI NOTE Nae Naebody Name National Next Nobody Nobody's Noted Of Oh On One Online Online's Only Parents Phone Please Possible Practical Proposal RESP INT Recording Reminder Researcher Respondent Right Ring SYNTHETIC Said Same Says Seeing Several Shared She Showed Sign-up Silent Since Sitting Small-town So Some Sometimes Speaking Study Taking Tea Tension Tensions Thank Thanks That That's The There's Transcribed Transcriber's Transcript Two Typed Useful Usual Venue Very Volunteer WEBVTT We We'll We're We've Wee Welcome What When Who's Whoever Without Word Working Worries Yes You You're
""".split())

problems = []


def err(msg):
    problems.append(msg)


def wb_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ----------------------------------------------------------------- readers
def read_units(path):
    """Return {line_number: text} using the label line convention of the format."""
    ext = path.suffix.lower()
    if ext in {".vtt", ".srt", ".txt", ".csv"}:
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        return {i: l.rstrip("\r") for i, l in enumerate(lines, 1)}
    if ext == ".docx":
        import docx
        return {i: p.text for i, p in enumerate(docx.Document(str(path)).paragraphs, 1)}
    if ext == ".odt":
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(str(path))
        out = []

        def walk(node):
            for ch in node.childNodes:
                if getattr(ch, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(ch))
                elif getattr(ch, "childNodes", None):
                    walk(ch)
        walk(doc.text)
        return {i: t for i, t in enumerate(out, 1)}
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path))
        units = {}
        seen_rows = defaultdict(list)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                vals = [str(c.value) for c in row if c.value is not None and str(c.value) != ""]
                if not vals:
                    continue
                r = row[0].row
                seen_rows[r].append(ws.title)
                units[r] = (units.get(r, "") + "\t" if r in units else "") + "\t".join(vals)
        for r, sheets in seen_rows.items():
            if len(sheets) > 1:
                err(f"{path.name}: row {r} has text in several sheets {sheets}; row numbers would be ambiguous")
        return units
    raise ValueError(path)


def first_text(path, units):
    ext = path.suffix.lower()
    if ext in {".vtt", ".srt"}:
        lines = [units[i] for i in sorted(units)]
        for i, l in enumerate(lines):
            if "-->" in l:
                return lines[i + 1] if i + 1 < len(lines) else ""
        return ""
    if ext == ".xlsx":
        import openpyxl
        return str(openpyxl.load_workbook(str(path)).worksheets[0]["A1"].value)
    return units.get(1, "")


def word_count(path, units):
    n = 0
    for _, l in units.items():
        s = l.strip()
        if path.suffix.lower() in {".vtt", ".srt"}:
            if s in {"", "WEBVTT"} or "-->" in s or s.isdigit():
                continue
        n += len(s.split())
    return n


# ----------------------------------------------------------------- safe values
def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks):
            nxt = NUMWORD.get(toks[i + 1], toks[i + 1] if toks[i + 1].isdigit() else "")
            out += nxt * (2 if t == "double" else 3)
            i += 2
            continue
        if t in NUMWORD:
            out += NUMWORD[t]
        elif t.isdigit():
            out += t
        elif t == "hundred":
            out += "00"
        i += 1
    return out


def norm_phone(s):
    s2 = s.replace("(0)", "")
    d = spoken_digits(s2)
    if s2.lstrip().startswith("+44"):
        d = "0" + d[2:]
    if len(d) == 10 and d.startswith("7"):
        d = "0" + d  # typed without the leading zero
    return d


def safe_phone(s):
    d = norm_phone(s)
    return len(d) == 11 and any(d.startswith(p) for p in SAFE_PHONE_PREFIX)


def norm_email(s):
    t = s.lower().strip()
    if "@" not in t:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
    return t.replace(" ", "")


def safe_email(s):
    return re.fullmatch(r"[a-z0-9._%+-]+@example\.(org|com|net)", norm_email(s)) is not None


def safe_url(s):
    t = re.sub(r"^https?://", "", s.lower().strip())
    host = t.split("/")[0]
    return re.fullmatch(r"([a-z0-9-]+\.)*example\.(org|com|net)", host) is not None


def nhs_ok(s):
    d = spoken_digits(s)
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def norm_ni(s):
    out = ""
    for t in re.findall(r"[a-z]+|\d+", s.lower()):
        if t in ("zed", "zee"):
            out += "Z"
        elif t in NUMWORD:
            out += NUMWORD[t]
        elif t.isdigit():
            out += t
        elif len(t) <= 2:
            out += t.upper()
        else:
            out += "?"
    return out


def safe_ni(s):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", norm_ni(s)) is not None


def safe_postcode(s):
    t = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", t)
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2))


def safe_car(s):
    t = re.sub(r"\s", "", s).upper()
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", t) is not None and any(c in "IQ" for c in t[-3:])


SAFE = {"phone": safe_phone, "email": safe_email, "url": safe_url, "nhs_number": nhs_ok,
        "ni_number": safe_ni, "postcode": safe_postcode, "car_registration": safe_car,
        "handle": lambda s: s.startswith("@") and len(s) > 3,
        "date_of_birth": lambda s: re.search(r"\d", s) is not None}

# ----------------------------------------------------------------- sweeps
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMW = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEPS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b\w+(?: dot \w+)* at \w+ dot (?:org|com|net|co)\b", re.I),
    "url": re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|co\.uk|uk|scot|ee)(?:/\S*)?", re.I),
    "handle": re.compile(r"(?<![\w.])@\w[\w.]*"),
    "phone": re.compile(r"(?<![\w/.])\+?\(?\d[\d ()\-]{7,}\d(?![\w/])"),
    "spoken digits": re.compile(r"\b" + NUMW + r"(?:[ ,-]+" + NUMW + r"){4,}\b", re.I),
    "postcode": re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
    "ni": re.compile(r"\b(?:[A-Za-z]{2}|zed zed)[ ,]*\d{2}[ ,]*\d{2}[ ,]*\d{2}[ ,]*[A-Da-d]\b", re.I),
    "car": re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
    "numeric date": re.compile(r"(?<![\w/.])\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\w/])"),
    "spelled date": re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:" + MONTHS + r")(?:,? \d{4})?\b"),
}
SENT_START = re.compile(r"(^|[.!?:;•–—\-\"“…\]/]|[.!?]\s*\(|\t|[^\w\s\x00-\x7f])\s*$")
CAP_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")


def spans_of(text, patterns):
    out = []
    for p in patterns:
        out += [(m.start(), m.end()) for m in wb_re(p).finditer(text)]
    return out


def overlaps(a, b, spans):
    return any(s < b and a < e for s, e in spans)


def inside(a, b, spans):
    return any(s <= a and b <= e for s, e in spans)


def main():
    # ---------------- labels.csv
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    files = sorted(p for p in HERE.iterdir()
                   if p.suffix.lower() in TRANSCRIPT_EXT and p.name not in NON_TRANSCRIPTS)
    names = {p.name for p in files}
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err(f"bad labels row {r}")
            continue
        fn, line, kind, text = r
        if fn not in names:
            err(f"label for unknown file {fn}")
            continue
        if kind not in KINDS:
            err(f"{fn}:{line} unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"{fn}:{line} label text has outer whitespace / empty: {text!r}")
        by_file[fn].append((int(line), kind, text))
    if not (180 <= len(rows) <= 220):
        err(f"total label rows {len(rows)} outside 180-220")
    kinds_total = Counter(r[2] for r in rows)
    share = kinds_total["name"] / max(1, len(rows))
    if not (0.4 <= share <= 0.65):
        err(f"name share {share:.2f} is not about half")

    # ---------------- tricky.csv
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        theader = next(rd)
        trows = list(rd)
    if theader != ["file", "text", "why"]:
        err(f"tricky.csv header is {theader}")
    if len(trows) < 60:
        err(f"tricky.csv has only {len(trows)} rows (need >= 60)")
    tricky_by_file = defaultdict(list)
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            err(f"bad tricky row {r}")
            continue
        if r[0] not in names:
            err(f"tricky row for unknown file {r[0]}")
            continue
        tricky_by_file[r[0]].append(r[1])

    totals = {}
    for path in files:
        fn = path.name
        units = read_units(path)
        labs = by_file.get(fn, [])
        if not labs:
            err(f"{fn}: no labels")
        # synthetic first line
        if first_text(path, units) != SYN:
            err(f"{fn}: does not open with the SYNTHETIC line")
        # word count
        wc = word_count(path, units)
        totals[fn] = (wc, len(labs))
        if not (700 <= wc <= 1000):
            err(f"{fn}: {wc} words (need 700-1000)")
        # kinds per text
        kind_of = defaultdict(set)
        for _, k, t in labs:
            kind_of[t].add(k)
        for t, ks in kind_of.items():
            if len(ks) > 1:
                err(f"{fn}: text {t!r} has several kinds {ks}")
        texts = sorted(kind_of)
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err(f"{fn}: label {a!r} is contained in label {b!r}")
        # name conventions and safe values
        for line, k, t in labs:
            if k == "name":
                if re.search(r"\s", t):
                    err(f"{fn}:{line} name label has a space: {t!r}")
                if t.lower().endswith(("'s", "’s")):
                    err(f"{fn}:{line} name label keeps possessive: {t!r}")
                if t.rstrip(".") in TITLES:
                    err(f"{fn}:{line} title labelled as name: {t!r}")
                if ROLE_RE.match(t):
                    err(f"{fn}:{line} role label labelled: {t!r}")
                if re.fullmatch(r"[A-Za-z]\.?", t):
                    err(f"{fn}:{line} single initial labelled: {t!r}")
            if k in SAFE and not SAFE[k](t):
                err(f"{fn}:{line} unsafe or malformed {k}: {t!r}")
        # every occurrence labelled, and every label on its line
        rows_at = Counter((line, t) for line, _, t in labs)
        for (line, t), n in rows_at.items():
            if line not in units:
                err(f"{fn}: label line {line} does not exist ({t!r})")
        for t in texts:
            rx = wb_re(t)
            for line, text in units.items():
                found = len(rx.findall(text))
                if found != rows_at.get((line, t), 0):
                    err(f"{fn}:{line} {t!r} occurs {found}x but has {rows_at.get((line, t), 0)} rows")
        # tricky look-alikes
        label_spans = {line: spans_of(text, texts) for line, text in units.items()}
        for tt in tricky_by_file.get(fn, []):
            if tt in kind_of:
                err(f"{fn}: tricky text {tt!r} is also a label text")
            outside = False
            for line, text in units.items():
                for m in wb_re(tt).finditer(text):
                    if not overlaps(m.start(), m.end(), label_spans[line]):
                        outside = True
            if not outside:
                err(f"{fn}: tricky text {tt!r} not found outside labelled spans")
        # sweeps
        for line, text in units.items():
            if text == SYN:
                continue
            lab = label_spans[line]
            trk = [(m.start(), m.end()) for tt in tricky_by_file.get(fn, []) for m in wb_re(tt).finditer(text)]
            for what, rx in SWEEPS.items():
                for m in rx.finditer(text):
                    if not (overlaps(m.start(), m.end(), lab) or inside(m.start(), m.end(), trk)):
                        err(f"{fn}:{line} unlabelled {what}-like string {m.group(0)!r}")
            for m in CAP_TOKEN.finditer(text):
                tok = re.sub(r"['’]s$", "", m.group(0)).rstrip(".'’-")
                if not tok or not tok[0].isupper():
                    continue
                if overlaps(m.start(), m.start() + len(tok), lab) or inside(m.start(), m.start() + len(tok), trk):
                    continue
                if re.fullmatch(r"[A-Z]", tok):
                    continue  # single initial: not labelled by convention
                if tok in ALLOWED_CAPS:
                    continue
                if SENT_START.search(text[:m.start()]) and tok in ALLOWED_SENT_START:
                    continue
                err(f"{fn}:{line} unreviewed capitalised word {tok!r} in ...{text[max(0, m.start() - 25):m.end() + 5]!r}")

    # ---------------- README and scripts
    readme = HERE / "README.md"
    if not readme.exists():
        err("README.md missing")
    else:
        rl = readme.read_text(encoding="utf-8").split("\n")
        if rl[0] != ("This set is synthetic: every person, number, address, employer, venue, "
                     "school and street in it is invented."):
            err("README first line wrong")
        if len(rl) < 2 or rl[1].strip() != "**Status: NOT scored yet.**":
            err("README second line must be **Status: NOT scored yet.**")
    for script in HERE.glob("*.py"):
        src = script.read_text(encoding="utf-8")
        if re.search(r"['\"]/(work|home|tmp|Users)/", src):
            err(f"{script.name} contains an absolute machine path")

    for fn, (wc, n) in totals.items():
        print(f"{fn}: {wc} words, {n} label rows")
    print("rows per kind:", dict(sorted(kinds_total.items())), "total", len(rows))
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
