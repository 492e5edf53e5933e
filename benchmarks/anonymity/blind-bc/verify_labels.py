"""Check labels.csv / tricky.csv of the blind-bc set against the transcripts.

    python verify_labels.py          # prints PASS or a list of problems

Uses only paths relative to this script's folder. Needs python-docx and
openpyxl for the .docx/.xlsx transcripts (build them with build_docs.py).
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
TRANSCRIPT_RE = re.compile(r"^\d\d_.*\.(txt|vtt|srt|docx|odt|xlsx|csv)$")
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
WORDS_MIN, WORDS_MAX = 700, 1000
TOTAL_MIN, TOTAL_MAX = 180, 220

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ reading
def read_units(fname):
    """Return (units, words, first_text). units = list of (line_no, text)."""
    path = os.path.join(HERE, fname)
    ext = fname.rsplit(".", 1)[1]
    units = []
    if ext in ("txt", "vtt", "srt", "csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        lines = raw.splitlines()
        if ext == "csv":
            with open(path, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.reader(fh), 1):
                    units.append((i, " | ".join(row)))
        else:
            units = [(i, line) for i, line in enumerate(lines, 1)]
        if ext in ("vtt", "srt"):
            payload, first = [], None
            for _, line in units:
                s = line.strip()
                if not s or s == "WEBVTT" or "-->" in s or s.isdigit():
                    continue
                if s.startswith("NOTE"):
                    s = s[4:].strip()
                payload.append(re.sub(r"</?v[^>]*>", lambda m: " " + m.group(0)[2:-1].strip() + " ", s))
            # first cue text: first non-empty line after the first timing line
            seen_timing = False
            for _, line in units:
                if "-->" in line:
                    seen_timing = True
                    continue
                if seen_timing and line.strip():
                    first = re.sub(r"<[^>]+>", "", line).strip()
                    break
            words = sum(len(p.split()) for p in payload)
        else:
            first = lines[0] if lines else ""
            words = len(raw.split())
        return units, words, first
    if ext == "docx":
        from docx import Document
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph
        doc = Document(path)
        n = 0
        for el in doc.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                n += 1
                units.append((n, Paragraph(el, doc).text))
            elif tag == "tbl":
                # each w:tc once (row.cells repeats merged cells); text inside a
                # table counts as the last paragraph before the table
                for tc in el.iter(qn("w:tc")):
                    units.append((n, "\n".join(Paragraph(p, doc).text for p in tc.iter(qn("w:p")))))
        assert n == len(doc.paragraphs), "paragraph numbering mismatch"
        words = sum(len(t.split()) for _, t in units)
        return units, words, doc.paragraphs[0].text if doc.paragraphs else ""
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as odtext, teletype
        doc = load(path)
        paras = [p for p in doc.getElementsByType(odtext.P) + doc.getElementsByType(odtext.H)]
        units = [(i, teletype.extractText(p)) for i, p in enumerate(paras, 1)]
        return units, sum(len(t.split()) for _, t in units), units[0][1] if units else ""
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        if len(wb.worksheets) != 1:
            err(f"{fname}: expected exactly one sheet (row numbers must be unambiguous)")
        ws = wb.worksheets[0]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                units.append((cell.row, cell.value if isinstance(cell.value, str) else str(cell.value)))
        first = ws["A1"].value
        return units, sum(len(t.split()) for _, t in units), first
    raise ValueError(fname)


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------------ safe values
SPOKEN = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
          "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits_of(text):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", text)
    out, mult = [], 1
    for t in toks:
        lo = t.lower()
        if lo in ("double", "treble", "triple"):
            mult = 2 if lo == "double" else 3
            continue
        if t.isdigit():
            d = t
        elif lo in SPOKEN:
            d = SPOKEN[lo]
        elif t == "+":
            out.append("+")
            continue
        else:
            continue
        out.append(d[0] * mult + d[1:] if mult > 1 else d)
        mult = 1
    s = "".join(out)
    if s.startswith("+44"):
        s = "0" + s[3:]
    return s


PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]


def safe_phone(t):
    d = digits_of(t)
    if len(d) == 10 and not d.startswith("0"):
        d = "0" + d  # spreadsheet ate the leading zero
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)


def nhs_ok(t):
    d = digits_of(t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")


def spoken_to_written(t):
    t = re.sub(r"\s+at\s+", "@", t.strip())
    t = re.sub(r"\s+dot\s+", ".", t)
    return t.replace(" ", "")


def email_ok(t):
    w = spoken_to_written(t)
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", w)
    return bool(m) and m.group(1).lower() in EXAMPLE_DOMAINS


def url_ok(t):
    w = spoken_to_written(t)
    host = re.sub(r"^https?://", "", w).split("/")[0].lower()
    host = host[4:] if host.startswith("www.") else host
    return host in EXAMPLE_DOMAINS


REAL_OUTWARD = {
    "ST1", "ST2", "ST3", "ST4", "ST5", "ST6", "ST7", "ST8", "ST9", "ST10",
    "LE1", "LE2", "LE3", "LE4", "LE5", "LE7", "LE18",
    "NG1", "NG2", "NG3", "NG5", "NG6", "NG7", "NG8", "NG9", "NG11", "NG15",
    "WV1", "WV2", "WV3", "WV4", "WV6", "WV10", "WV11", "WV14", "WV16",
    "HR1", "HR2", "HR3", "HR4", "HR5", "HR6", "HR9", "SY5", "SY7", "SY9", "TF13",
}


def postcode_ok(t):
    s = re.sub(r"[\s-]", "", t).upper()
    out, inw = s[:-3], s[-3:]
    return (out in REAL_OUTWARD and re.fullmatch(r"\d[A-Z]{2}", inw) is not None
            and any(c in "CIKMOV" for c in inw[1:]))


def car_ok(t):
    s = re.sub(r"\s", "", t).upper()
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) is not None and any(c in "IQ" for c in s[-3:])


def ni_ok(t):
    s = re.sub(r"\s", "", t).upper()
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", s) is not None


SAFE = {"phone": safe_phone, "nhs_number": nhs_ok, "email": email_ok, "url": url_ok,
        "postcode": postcode_ok, "car_registration": car_ok, "ni_number": ni_ok,
        "handle": lambda t: t.startswith("@") and len(t) > 3,
        "date_of_birth": lambda t: re.search(r"(19|20)?\d\d\b", t) is not None}

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Sgt", "Capt", "Rev", "Prof"}
ROLE_RE = re.compile(r"^(Speaker|Member|Participant|P|F|Facilitator|Host)\s*\d*$")

# ------------------------------------------------------------------ sweep
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMWORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)"
SWEEPS = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\b\w+(?: dot \w+)* at \w+ dot (?:com|org|net|co dot uk)\b",
    "url": r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|co\.uk)/\S*",
    "handle": r"(?<![\w.@])@[A-Za-z0-9_.]{3,}",
    "digit run": r"(?<![\w])\+?\d(?:[\d \-]*\d)?",
    "spoken digits": r"(?i)\b" + NUMWORD + r"(?:[ ,]+" + NUMWORD + r"){4,}\b",
    "postcode": r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d\s*[A-Z]{2}\b",
    "NI number": r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "car registration": r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "date with year": r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:" + MONTHS + r") (?:19|20)\d\d\b",
    "capitalised word": r"(?<![\w'’])[A-ZÀ-Þ][\w'’.-]*",
}

# Capitalised words that are not identifiers in this set (sentence starters, common
# nouns, public/national things). Anything else capitalised must be a label or a
# tricky.csv entry.
ALLOW = set("""
A About Agreed Also And Anonymous Appointment Ask Attendance Allowance Both But By
Can Can't Cake Chair Civvies Coming Contacts Copied Could Community Car Date Depot Different
Do Don't Email Emergency Evening Everyone Everybody Facilitator F Find Flat For From Good Go Group
Ground Hello He He's Here His Honestly How I I'd I'll I'm I've If In Is It It's Job Just Kettle
Lovely Men Message Mine Mine's Morning My Next No Nobody Noted Not Notes Of Okay On One Only Other
Our Out Parking Phones Photo Please Practical Present Put Question Quote Raffle Re Recorder Register
Right Roles Rule Same Seconded Serious Sheet She She's Since So Some Speak Speakers Speaker
Sticky Tea Tensions Thank Thanks That That's The There There's They Things This Three To Today
Transport Translating Typed Until Upstairs Was We We'd We'll We're We've Welcome What What's When
Which While Who Why Worried Yes You You're Zoom Welcome Housekeeping Lovely None Put Time Said
Job Notes Safeguarding Check Delete Actions April Start New Recorded Rev.com Transcript
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Thu Sat Thurs
January February March April May June July August September October November December
NHS NI DOB GP GP's CPN ICB OT PIP OK Op COURAGE RAF SOT CMHT
Co-op Asda Samaritans WhatsApp Instagram Facebook Strava Telegram Desktop Zoom Excel Rev.com
Berlingo Corolla Transit Hilux Astra
Custard Legion Gurkhas Nepali Gujarati Punjabi English Bengali Gurmukhi Hindu Sikh Muslim Diwali
Vaisakhi Jai Shri Krishna Sat Sri Akal ji Leicester Nottingham Hereford Herefordshire
Shropshire Stoke-on-Trent Black Country Croft Castle Craven Arms Hearing Voices Network The Bill
Deleted Account Sticker Forwarded Pinned SYNTHETIC TRANSCRIPT WEBVTT NOTE SO
Centre Thursdays At Nobody's Even Because Last Maybe Mr Mrs Me Between Flipchart Taken Jobs See Link
Quiet Mental Better Room Most Two Rooms Pop Write-up Half Knocked Alternatives Church NOT Plus Parking's
Meeting ID Today's Pretend Cameras Nothing Does Sorry Let's Take Send Love Hwyl Diolch Afghanistan Gulf Give
""".split())


def main():
    files = sorted(f for f in os.listdir(HERE) if TRANSCRIPT_RE.match(f))
    if len(files) != 5:
        err(f"expected 5 transcripts, found {files}")
    data = {}
    for f in files:
        units, words, first = read_units(f)
        data[f] = units
        if first != SYNTH:
            err(f"{f}: first text is not the SYNTHETIC notice: {first!r}")
        if not WORDS_MIN <= words <= WORDS_MAX:
            err(f"{f}: {words} words, outside {WORDS_MIN}-{WORDS_MAX}")
        print(f"{f}: {words} words")

    # ---------------- labels
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err(f"labels.csv header {header}")
        rows = [r for r in rd]
    labels = defaultdict(list)  # file -> [(line, kind, text)]
    for r in rows:
        if len(r) != 4:
            err(f"bad labels row {r}")
            continue
        f, line, kind, text = r
        if f not in data:
            err(f"labels.csv names unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"{f}: unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"{f}: label text has outer whitespace or is empty: {text!r}")
        labels[f].append((int(line), kind, text))

    per_kind = Counter()
    for f, units in data.items():
        by_line = defaultdict(list)
        for n, t in units:
            by_line[n].append(t)
        rows_f = labels.get(f, [])
        kinds_of = defaultdict(set)
        for line, kind, text in rows_f:
            per_kind[kind] += 1
            kinds_of[text].add(kind)
            if not any(ww(text).search(t) for t in by_line.get(line, [])):
                err(f"{f}:{line}: label {text!r} not found on that line")
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{f}: {text!r} has several kinds {ks}")
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err(f"{f}: label {a!r} is contained in label {b!r}")
        # every occurrence labelled, and no extra rows
        for text in texts:
            found = Counter()
            for n, t in units:
                found[n] += len(ww(text).findall(t))
            found = +found
            labelled = Counter(line for line, _, tx in rows_f if tx == text)
            if found != labelled:
                err(f"{f}: occurrences of {text!r} on lines {dict(found)} but label rows {dict(labelled)}")
        # value checks
        for line, kind, text in rows_f:
            if kind == "name":
                if re.search(r"\s", text):
                    err(f"{f}:{line}: name label with whitespace {text!r}")
                if re.search(r"['’]s$", text):
                    err(f"{f}:{line}: name label keeps possessive {text!r}")
                if text in TITLES or ROLE_RE.match(text):
                    err(f"{f}:{line}: title/role label as name {text!r}")
                if re.fullmatch(r"[A-Z]\.?", text):
                    err(f"{f}:{line}: single initial labelled {text!r}")
            if kind in SAFE and not SAFE[kind](text):
                err(f"{f}:{line}: unsafe or malformed {kind} {text!r}")

    # the allow-list of the sweep must not contain any one-word label
    label_words = {t for rows_f in labels.values() for _, _, t in rows_f if not re.search(r"\s", t)}
    for w in sorted(ALLOW & label_words):
        err(f"sweep allow-list contains label word {w!r}")

    total = sum(per_kind.values())
    if not TOTAL_MIN <= total <= TOTAL_MAX:
        err(f"total label rows {total} outside {TOTAL_MIN}-{TOTAL_MAX}")
    if not 0.4 <= per_kind["name"] / max(total, 1) <= 0.6:
        err(f"names are {per_kind['name']}/{total}, not about half")

    # ---------------- tricky
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["file", "text", "why"]:
            err("tricky.csv header")
        tricky = [r for r in rd]
    if len(tricky) < 60:
        err(f"tricky.csv has {len(tricky)} rows (< 60)")
    tricky_by_file = defaultdict(list)
    for r in tricky:
        if len(r) != 3 or not r[2].strip():
            err(f"bad tricky row {r}")
            continue
        f, text, _ = r
        if f not in data:
            err(f"tricky.csv names unknown file {f}")
            continue
        tricky_by_file[f].append(text)
        if not any(ww(text).search(t) for _, t in data[f]):
            err(f"{f}: tricky text {text!r} does not appear")
        for line, kind, lt in labels.get(f, []):
            if lt == text:
                err(f"{f}: tricky text {text!r} is also a label")
            if ww(lt).search(text):
                err(f"{f}: tricky text {text!r} contains label {lt!r}")

    # ---------------- sweep for unlabelled identifier-like strings
    for f, units in data.items():
        ltexts = sorted({t for _, _, t in labels.get(f, [])}, key=len, reverse=True)
        ttexts = sorted(set(tricky_by_file.get(f, [])), key=len, reverse=True)
        for n, t in units:
            covered = []
            for lt in ltexts:
                covered += [(m.start(), m.end(), "L") for m in ww(lt).finditer(t)]
            for tt in ttexts:
                covered += [(m.start(), m.end(), "T") for m in ww(tt).finditer(t)]
            for what, pat in SWEEPS.items():
                for m in re.finditer(pat, t):
                    s, e, tok = m.start(), m.end(), m.group(0)
                    if any(a < e and s < b for a, b, _ in covered):
                        continue
                    if what == "digit run":
                        if len(re.sub(r"\D", "", tok)) < 6:
                            continue
                    if what == "capitalised word":
                        tok2 = tok.rstrip(".-'’")
                        if tok2 in ALLOW or tok in ALLOW or len(tok2) <= 1 or tok2.isupper() and len(tok2) <= 4 and tok2 in ALLOW:
                            continue
                        if re.fullmatch(r"[A-Z]", tok2):
                            continue
                    err(f"{f}:{n}: unlabelled {what}: {tok!r}")

    print("label rows per kind:", dict(sorted(per_kind.items())), "total", total)
    print("tricky rows:", len(tricky))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
