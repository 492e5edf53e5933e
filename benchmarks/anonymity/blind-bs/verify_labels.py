#!/usr/bin/env python
"""Verify the blind-bs benchmark set.  Prints PASS or the list of problems.

Reads only the built transcripts, labels.csv and tricky.csv in this folder
(paths relative to this script).  Needs python-docx and openpyxl.
Run from this folder:  python verify_labels.py
"""
import csv
import datetime
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
EXPECTED_FORMATS = {".docx", ".txt", ".vtt", ".xlsx"}

problems = []


def bad(msg):
    problems.append(msg)


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------------ readers
# Each reader returns (lines, extra) where lines is a list of
# (line_no, sheet, text) and extra holds text outside the numbered lines.

def read_text(path):
    with open(path, encoding="utf-8") as f:
        content = f.read()
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return [(i, None, t) for i, t in enumerate(lines, 1)], {}


def read_docx(path):
    import docx
    d = docx.Document(path)
    lines = [(i, None, p.text) for i, p in enumerate(d.paragraphs, 1)]
    hf = []
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            hf += [p.text for p in part.paragraphs if p.text.strip()]
    cp = d.core_properties
    meta = [cp.author or "", cp.last_modified_by or "", cp.title or "", cp.subject or "",
            cp.keywords or "", cp.comments or ""]
    return lines, {"headers_footers": hf, "metadata": meta}


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    lines = []
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            vals = ["" if c.value is None else str(c.value) for c in r]
            if any(vals):
                lines.append((r[0].row, ws.title, "\t".join(vals)))
    meta = [wb.properties.creator or "", wb.properties.lastModifiedBy or "",
            wb.properties.title or ""]
    return lines, {"metadata": meta, "sheets": wb.sheetnames}


def read_file(name):
    path = os.path.join(HERE, name)
    ext = os.path.splitext(name)[1]
    if ext in (".txt", ".vtt", ".srt", ".csv"):
        return read_text(path)
    if ext == ".docx":
        return read_docx(path)
    if ext == ".xlsx":
        return read_xlsx(path)
    raise SystemExit("unknown format " + name)


VTT_TIMING = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}")


def content_lines(name, lines):
    """Lines that carry transcript text (for word counts and sweeps)."""
    if name.endswith(".vtt"):
        out = []
        for i, s, t in lines:
            if i <= 3 or not t.strip() or VTT_TIMING.match(t):
                continue
            out.append((i, s, t))
        return out
    return lines


def word_count(name, lines):
    return sum(len(t.split()) for _, _, t in content_lines(name, lines))


def first_text(name, lines):
    if name.endswith(".vtt"):
        c = content_lines(name, lines)
        return c[0][2] if c else ""
    if name.endswith(".xlsx"):
        return lines[0][2].split("\t")[0] if lines else ""
    return lines[0][2] if lines else ""


# ------------------------------------------------------------------ value checks
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}


def spoken_digits(text):
    """Digits of a number typed or spoken ('double oh', 'nine nine nine')."""
    if re.search(r"\d", text):
        if re.search(r"[A-Za-z]", text):
            return None
        return re.sub(r"\D", "", text)
    toks = [t for t in re.split(r"[\s,.-]+", text.lower()) if t]
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t not in NUMWORDS:
            return None
        out.append(NUMWORDS[t] * mult)
        mult = 1
    return "".join(out)


PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]


def ok_phone(t):
    d = spoken_digits(t)
    return bool(d) and len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)


def ok_nhs(t):
    d = spoken_digits(t)
    if not d or len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def ok_ni(t):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t).upper()) is not None


REAL_OUTWARD = {"B66", "B67", "B68", "B69", "B70", "B97", "B98", "WS1", "WS2", "WS3", "WS4",
                "WS5", "WV1", "WV2", "WV3", "WV4", "CV10", "CV11", "CV12", "DY1", "DY2",
                "DY4", "DY5", "DY6", "DY7", "DY8", "DY9", "DY12"}


def ok_postcode(t):
    s = re.sub(r"\s", "", t).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    return bool(m) and m.group(1) in REAL_OUTWARD and bool(set(m.group(2)[1:]) & set("CIKMOV"))


def ok_car(t):
    s = re.sub(r"\s", "", t).upper()
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) is not None and bool(set(s[-3:]) & {"I", "Q"})


def norm_spoken(t):
    s = " " + t.lower() + " "
    s = s.replace(" dot ", ".").replace(" at ", "@").replace(" slash ", "/") \
         .replace(" underscore ", "_")
    return re.sub(r"\s", "", s)


SAFE_HOST = re.compile(r"^(?:[\w-]+\.)*example\.(?:org|com|net)$")


def ok_email(t):
    s = norm_spoken(t)
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", s)
    return bool(m) and SAFE_HOST.match(m.group(1)) is not None


def ok_url(t):
    s = norm_spoken(t)
    s = re.sub(r"^https?://", "", s)
    host = s.split("/")[0].split("?")[0]
    return SAFE_HOST.match(host) is not None and "/" in s


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
CARD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def words_to_int(ws):
    total = 0
    for w in ws:
        if w not in CARD:
            return None
        total += CARD[w]
    return total


def parse_dob(t):
    s = t.strip().lower()
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return datetime.date(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+) (\d{4})", s)
    if m and m.group(2) in MONTHS:
        return datetime.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    m = re.fullmatch(r"([a-z-]+) of ([a-z]+) ([a-z -]+)", s)
    if m and m.group(2) in MONTHS:
        day_words = m.group(1).split("-")
        day = ORD_UNITS.get(day_words[-1])
        if day is None:
            return None
        if len(day_words) == 2:
            day += CARD.get(day_words[0], 0)
        yw = m.group(3).replace("-", " ").split()
        if len(yw) >= 2 and yw[0] in CARD:
            hi = CARD[yw[0]]
            lo = words_to_int(yw[1:])
            if lo is None:
                return None
            return datetime.date(hi * 100 + lo, MONTHS.index(m.group(2)) + 1, day)
    return None


def ok_dob(t):
    try:
        d = parse_dob(t)
    except ValueError:
        return False
    return d is not None and 1920 <= d.year <= 2012


def ok_handle(t):
    return (re.fullmatch(r"@[\w.]{3,}", t) is not None
            or re.fullmatch(r"[a-z0-9._]{4,}", t) is not None
            or " underscore " in t)


STREET_TYPES = {"road", "street", "crescent", "row", "rise", "walk", "close", "lane",
                "avenue", "drive", "way", "mews", "grove", "place", "terrace"}


def ok_street(t):
    return t.split()[-1].lower() in STREET_TYPES


TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Imam|Sheikh|Abu|Umm|Uncle|Auntie|Aunty|Brother|Sister|Sir|Dame)"


def ok_name(t):
    if re.search(r"\s", t) or t.endswith("'s") or t.endswith("’s"):
        return False
    if re.fullmatch(TITLES + r"\.?", t, re.I):
        return False
    if re.fullmatch(r"[A-Za-z]\.?", t):  # a single initial is not a name label
        return False
    return True


CHECKERS = {"phone": ok_phone, "nhs_number": ok_nhs, "ni_number": ok_ni,
            "postcode": ok_postcode, "car_registration": ok_car, "email": ok_email,
            "url": ok_url, "date_of_birth": ok_dob, "handle": ok_handle,
            "street_address": ok_street, "name": ok_name,
            "place": lambda t: bool(t.strip()), "workplace": lambda t: bool(t.strip())}

# ------------------------------------------------------------------ sweep patterns
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
NUMW = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEPS = [
    ("phone-like", re.compile(r"(?<![\w/.%])(?:\+44\s?|0)\d[\d ]{8,}\d(?!\w)")),
    ("10 digits", re.compile(r"(?<![\w%])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\w)")),
    ("spoken digits", re.compile(r"(?i)\b" + NUMW + r"(?:[ ,]+" + NUMW + r"){5,}\b")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"(?i)\b\w+(?: dot \w+)* at \w+ dot (?:org|com|net|co)\b")),
    ("url", re.compile(r"(?i)(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk|ai)/\S*")),
    ("spoken url", re.compile(r"(?i)\bdot (?:org|com|net|co dot uk) slash\b")),
    ("handle", re.compile(r"(?<![\w.@])@[\w.]+")),
    ("spoken handle", re.compile(r"(?i)\b\w+ underscore \w+")),
    ("postcode", re.compile(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("NI", re.compile(r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    ("car reg", re.compile(r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("street", re.compile(r"\b(?:\d+[A-Za-z]?,?\s+)?[A-Z][a-z']+(?:\s[A-Z][a-z']+)?\s(?:Road|Street|Crescent|Row|Rise|Walk|Close|Lane|Avenue|Drive|Way|Mews|Grove|Terrace)\b")),
    ("numbered street (any case)", re.compile(r"(?i)\b\d+[a-z]?,?\s+[a-z']+(?:\s[a-z']+)?\s(?:road|street|crescent|row|rise|walk|close|lane|avenue|drive|way|mews|grove|terrace)\b")),
    ("venue", re.compile(r"\b[A-Z][\w']+\s(?:Community Hub|Community Rooms|Surgery|Practice|Medical Centre|Academy|Primary|School|Gym|Fitness|Club|Centre|Rooms|Lodge|Works|Hall|Partnership|Pressings|Circle)\b")),
    ("numeric date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("written date", re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r"\b(?:\s+\d{4})?")),
    ("written date 2", re.compile(r"(?i)\b" + MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")),
    ("spoken date", re.compile(r"(?i)\b[a-z-]*(?:first|second|third|[a-z]th)\s+of\s+" + MONTH_RE + r"\b")),
]
TITLE_CAP = re.compile(r"(?i:\b" + TITLES + r")\.?\s+([A-Z][\w'’.-]*)")
TITLE_LOWER = re.compile(r"\b(?:mr|mrs|ms|miss|dr)\s+([a-z][\w'’-]*)")
STRUCTURAL = [
    re.compile(r"^\[\d\d/\d\d/\d{4} \d\d:\d\d\]"),   # Teams message header timestamp
    re.compile(r"\[\d\d:\d\d:\d\d\]"),                # Sonix timestamps
    re.compile(r"Reference \d+ - [\d.]+% Coverage"),  # NVivo reference column
]


def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            bad("labels.csv header is %r" % header)
        labels = [(r[0], int(r[1]), r[2], r[3]) for r in rd]
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        theader = next(rd)
        if theader != ["file", "text", "why"]:
            bad("tricky.csv header is %r" % theader)
        tricky = [tuple(r) for r in rd]

    files = sorted({l[0] for l in labels})
    if len(files) != 5:
        bad("expected 5 transcripts with labels, got %d" % len(files))
    if {os.path.splitext(f)[1] for f in files} != EXPECTED_FORMATS:
        bad("formats are %s" % sorted({os.path.splitext(f)[1] for f in files}))
    if not 180 <= len(labels) <= 220:
        bad("%d label rows (want about 180-220)" % len(labels))
    kinds_total = Counter(l[2] for l in labels)
    for k in kinds_total:
        if k not in KINDS:
            bad("unknown kind %r" % k)
    share = kinds_total["name"] / max(1, len(labels))
    if not 0.4 <= share <= 0.6:
        bad("names are %.0f%% of rows (want about half)" % (100 * share))

    data = {}
    for name in files:
        if not os.path.exists(os.path.join(HERE, name)):
            bad("missing file " + name)
            continue
        data[name] = read_file(name)

    name_texts_by_file = defaultdict(set)
    for f, _, k, t in labels:
        if k in ("name", "place", "workplace"):
            name_texts_by_file[f].add(t)

    for name in files:
        if name not in data:
            continue
        lines, extra = data[name]
        flab = [l for l in labels if l[0] == name]
        texts = {}
        for _, line, k, t in flab:
            if texts.setdefault(t, k) != k:
                bad("%s: %r has two kinds" % (name, t))
            if not CHECKERS[k](t):
                bad("%s: %s %r fails the safe-value/shape check" % (name, k, t))
        # containment
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    bad("%s: label %r is contained in label %r" % (name, a, b))
        # synthetic notice
        if first_text(name, lines) != SYNTH:
            bad("%s: does not open with the synthetic notice" % name)
        # word count
        wc = word_count(name, lines)
        if not 700 <= wc <= 1000:
            bad("%s: %d words" % (name, wc))
        # occurrences vs rows
        by_line = defaultdict(list)
        for i, sheet, t in lines:
            by_line[i].append((sheet, t))
        want = Counter((l[1], l[3]) for l in flab)
        got = Counter()
        spans = defaultdict(list)  # (line, sheet) -> [(a, b)] label spans
        for i, sheet, t in lines:
            for lt in tl:
                for m in wre(lt).finditer(t):
                    got[(i, lt)] += 1
                    spans[(i, sheet)].append((m.start(), m.end()))
        for key in set(want) | set(got):
            if want[key] != got[key]:
                bad("%s line %d: %r occurs %d times, labelled %d times" % (
                    name, key[0], key[1], got[key], want[key]))
        # workbook: a label text on row r must be on that row in exactly one sheet
        if name.endswith(".xlsx"):
            for (i, lt) in want:
                sheets = [s for s, t in by_line[i] if wre(lt).search(t)]
                if len(sheets) != 1:
                    bad("%s: %r on row %d of sheets %s" % (name, lt, i, sheets))
        # headers/footers and metadata: identifiers there must be label texts of the file
        for hf in extra.get("headers_footers", []):
            covered = [(m.start(), m.end()) for lt in tl for m in wre(lt).finditer(hf)]
            sweep_line(name, "header/footer", None, hf, covered, [], name_texts_by_file)
        for meta in extra.get("metadata", []):
            for lt in tl:
                if wre(lt).search(meta):
                    bad("%s: label text %r in document metadata %r" % (name, lt, meta))
        # tricky spans for this file
        ftricky = [t for f, t, _ in tricky if f == name]
        tspans = defaultdict(list)
        for tt in ftricky:
            found_outside = False
            for i, sheet, t in lines:
                for m in wre(tt).finditer(t):
                    tspans[(i, sheet)].append((m.start(), m.end()))
                    inside = any(a <= m.start() and m.end() <= b for a, b in spans[(i, sheet)])
                    if not inside:
                        found_outside = True
            if tt in texts:
                bad("%s: tricky %r is also a label text" % (name, tt))
            if not found_outside:
                bad("%s: tricky %r does not occur (outside labels) in the file" % (name, tt))
        # sweep
        for i, sheet, t in content_lines(name, lines):
            if i == 1 and t == SYNTH or (name.endswith(".vtt") and t == SYNTH):
                continue
            sweep_line(name, i, sheet, t, spans[(i, sheet)], tspans[(i, sheet)],
                       name_texts_by_file)

    # tricky.csv
    if len(tricky) < 60:
        bad("tricky.csv has %d rows (need at least 60)" % len(tricky))
    for f, t, why in tricky:
        if f not in data:
            bad("tricky.csv names unknown file %s" % f)
        if not why.strip():
            bad("tricky %r has no reason" % t)

    if problems:
        print("\n".join(problems))
        print("FAIL (%d problems)" % len(problems))
        sys.exit(1)
    print("files: %d, label rows: %d, tricky rows: %d" % (len(files), len(labels), len(tricky)))
    for k in sorted(kinds_total, key=lambda k: -kinds_total[k]):
        print("  %-17s %d" % (k, kinds_total[k]))
    print("PASS")


def sweep_line(name, i, sheet, t, label_spans, tricky_spans, name_texts_by_file):
    covered = list(label_spans) + list(tricky_spans)
    for rx in STRUCTURAL:
        covered += [(m.start(), m.end()) for m in rx.finditer(t)]

    def is_covered(a, b):
        return any(a < y and x < b for x, y in covered)

    where = "%s line %s%s" % (name, i, " [%s]" % sheet if sheet else "")
    for what, rx in SWEEPS:
        for m in rx.finditer(t):
            if not is_covered(m.start(), m.end()):
                bad("%s: unlabelled %s %r" % (where, what, m.group(0)))
    title_rx = TITLE_LOWER if name.endswith(".vtt") else TITLE_CAP
    for m in title_rx.finditer(t):
        if not is_covered(m.start(1), m.end(1)):
            bad("%s: unlabelled word after a title %r" % (where, m.group(0)))
    # names/places/workplaces labelled in other files must be labelled or tricky here
    for other, texts in name_texts_by_file.items():
        if other == name:
            continue
        for lt in texts:
            for m in wre(lt).finditer(t):
                if not is_covered(m.start(), m.end()):
                    bad("%s: %r (a label in %s) is neither labelled nor tricky here" % (
                        where, lt, other))


if __name__ == "__main__":
    main()
