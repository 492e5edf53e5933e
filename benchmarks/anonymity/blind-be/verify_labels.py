"""Check the blind-be set: labels.csv, tricky.csv and the five transcripts.

Checks
  1. each transcript opens with the SYNTHETIC line (first line / first cue /
     first paragraph / first data row's Text);
  2. every label row's text occurs whole-word on its line, and the number of
     rows for (file, line, text) equals the number of occurrences there;
  3. every whole-word, case-sensitive occurrence of a label text in its file has
     a row (follows from 2 when summed over all lines);
  4. no label text is contained in another label text of the same file
     (case-insensitive); one kind per text per file;
  5. label conventions: names are single words, no titles, no possessive 's,
     no role labels or single initials;
  6. safe values: Ofcom drama phone ranges, example.* emails and URLs, NHS 999
     with a valid modulus-11 check digit, NI prefix QQ/ZZ, postcodes with a real
     outward code and C/I/K/M/O/V in the inward part, registrations with I or Q
     in the last three letters (spoken, NATO and OCR forms are normalised first);
  7. word counts 700-1000 per transcript; 180-220 label rows; names 40-60 %;
  8. tricky.csv: >= 60 rows, every text really occurs in its file, is not a
     label text there and has at least one occurrence outside every label span;
  9. sweep: identifier-shaped strings (emails, URLs, handles, phone/NHS-like
     digit runs incl. OCR digits, spoken digit runs, postcodes, NI numbers,
     registrations, NATO spellings, numeric and spoken dates, names after
     titles, speaker labels, label names of other files) must overlap a label
     or a tricky text;
 10. scripts use no absolute machine paths; README first lines.

Run from the folder:  python verify_labels.py      -> prints PASS or the problems.
"""
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_labels import units  # noqa: E402  (same line conventions)

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Pani", "Pan", "Părintele", "Doamna", "Sir"]
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
REAL_OUTWARD = {"HU9", "BD21", "BD23", "DL11", "YO12"}
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
            "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
NATO = {w: w[0].upper() for w in ["alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot",
                                  "golf", "hotel", "india", "juliet", "juliett", "kilo", "lima",
                                  "mike", "november", "oscar", "papa", "quebec", "romeo",
                                  "sierra", "tango", "uniform", "victor", "whiskey", "whisky",
                                  "xray", "yankee", "zulu"]}
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
ORD = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
       "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
       "twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|"
       "twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first")

errors = []


def err(msg):
    errors.append(msg)


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------ loading --
def transcripts():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "*"))):
        b = os.path.basename(p)
        ext = os.path.splitext(b)[1].lower()
        if b in ("labels.csv", "tricky.csv") or ext not in (".txt", ".vtt", ".srt", ".csv", ".docx"):
            continue
        out.append(b)
    return out


def spoken_digits(s):
    """Turn '07700 900 146', 'oh one six three two, nine six oh', 'O77OO 9OO 8l2' into digits."""
    s = s.lower().replace("+44", "0").replace("(0)", "")
    toks = re.findall(r"[a-z]+|\d+", s)
    out = ""
    mult = 1
    for t in toks:
        if t.isdigit():
            out += t * mult
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in NUMWORDS:
            out += NUMWORDS[t] * mult
            mult = 1
        else:  # OCR letters standing in for digits
            conv = "".join({"o": "0", "l": "1", "i": "1"}.get(ch, "?") for ch in t)
            out += conv
    return out


def norm_email(s):
    s = s.strip()
    if "@" not in s:
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
    return s.replace(" ", "")


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999") or not d.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def norm_postcode(s):
    s = s.upper()
    words = re.findall(r"[A-Z]+|\d+", s)
    out = ""
    for w in words:
        out += NUMWORDS.get(w.lower(), w) if w.isalpha() and len(w) > 1 and w.lower() in NUMWORDS else w
    out = re.sub(r"[^A-Z0-9]", "", out)
    if len(out) >= 2 and out[1] == "0" and out[0].isalpha():  # OCR: Y0 -> YO
        out = out[0] + "O" + out[2:]
    return out


def norm_reg(s):
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    if len(toks) > 3 and all(t.lower() in NATO or t.lower() in NUMWORDS or t.isdigit() for t in toks):
        return "".join(NATO.get(t.lower(), NUMWORDS.get(t.lower(), t)) for t in toks).upper()
    return re.sub(r"[^A-Z0-9]", "", s.upper())


def safe_value(kind, text):
    if kind == "phone":
        d = spoken_digits(text)
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)
    if kind == "email":
        return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", norm_email(text)) is not None
    if kind == "url":
        return re.match(r"(https?://)?(www\.)?example\.(org|com|net)(/|$)", text) is not None
    if kind == "nhs_number":
        return nhs_ok(spoken_digits(text))
    if kind == "ni_number":
        return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())) is not None
    if kind == "postcode":
        pc = norm_postcode(text)
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", pc)
        return bool(m) and m.group(1) in REAL_OUTWARD and re.search(r"[CIKMOV]", m.group(2)) is not None
    if kind == "car_registration":
        r = norm_reg(text)
        m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})|[A-Z]\d{1,3}([A-Z]{3})", r)
        if not m:
            return False
        last3 = m.group(1) or m.group(2)
        return "I" in last3 or "Q" in last3
    if kind == "handle":
        return re.fullmatch(r"@[\w.]+", text) is not None
    return True


# --------------------------------------------------------------- main --
def main():
    files = transcripts()
    if len(files) != 5:
        err(f"expected 5 transcripts, found {files}")
    exts = sorted(os.path.splitext(f)[1] for f in files)
    if exts != sorted([".docx", ".txt", ".csv", ".txt", ".vtt"]):
        err(f"unexpected formats {exts}")

    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        labels = [dict(zip(header, r)) for r in rd]
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header {header}")
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        th = next(rd)
        tricky = [dict(zip(th, r)) for r in rd]
    if th != ["file", "text", "why"]:
        err(f"tricky.csv header {th}")

    unit_cache = {fn: list(units(os.path.join(HERE, fn))) for fn in files}
    all_names = {}
    for r in labels:
        if r["kind"] == "name":
            all_names.setdefault(r["text"], set()).add(r["file"])

    # 1. synthetic opening
    for fn in files:
        ext = os.path.splitext(fn)[1]
        us = unit_cache[fn]
        if ext == ".txt":
            ok = us[0][1] == SYN
        elif ext == ".docx":
            ok = us[0] == (1, SYN)
        elif ext == ".csv":
            with open(os.path.join(HERE, fn), encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
            ok = rows[0]["Text"] == SYN
            with open(os.path.join(HERE, fn), encoding="utf-8", newline="") as f:
                if len(f.read().splitlines()) != len(rows) + 1:
                    err(f"{fn}: a CSV field holds a newline; row numbers would not be lines")
        else:
            import webvtt
            ok = webvtt.read(os.path.join(HERE, fn))[0].text == SYN
        if not ok:
            err(f"{fn}: does not open with the SYNTHETIC line")

    # 2-5. label rows
    by_file = {}
    for r in labels:
        if r["file"] not in files:
            err(f"label for unknown file {r['file']}")
            continue
        if r["kind"] not in KINDS:
            err(f"unknown kind {r}")
        by_file.setdefault(r["file"], []).append(r)
    spans = {fn: [] for fn in files}
    for fn in files:
        rows = by_file.get(fn, [])
        texts = {}
        for r in rows:
            texts.setdefault(r["text"], set()).add(r["kind"])
        for t, ks in texts.items():
            if len(ks) > 1:
                err(f"{fn}: text {t!r} has several kinds {ks}")
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    err(f"{fn}: label {a!r} is contained in label {b!r}")
        expected = {}
        for ui, (ln, txt) in enumerate(unit_cache[fn]):
            for t in tl:
                for m in wre(t).finditer(txt):
                    expected[(ln, t)] = expected.get((ln, t), 0) + 1
                    spans[fn].append((ui, m.start(), m.end()))
        got = {}
        for r in rows:
            try:
                ln = int(r["line"])
            except ValueError:
                err(f"bad line {r}")
                continue
            got[(ln, r["text"])] = got.get((ln, r["text"]), 0) + 1
        for k in set(expected) | set(got):
            if expected.get(k, 0) != got.get(k, 0):
                err(f"{fn}: line {k[0]} text {k[1]!r}: {expected.get(k, 0)} occurrence(s), "
                    f"{got.get(k, 0)} row(s)")
        for t, ks in texts.items():
            kind = next(iter(ks))
            if kind == "name":
                if re.search(r"\s", t):
                    err(f"{fn}: name {t!r} is not a single word")
                if t.endswith("'s") or t.endswith("’s"):
                    err(f"{fn}: name {t!r} keeps a possessive")
                if t in TITLES:
                    err(f"{fn}: name {t!r} is a title")
                if re.fullmatch(r"[A-Z]\.?", t) or re.fullmatch(
                        r"(Speaker|Member|P|F|Participant)\s*\d*|Facilitator|Interpreter|Host", t):
                    err(f"{fn}: name {t!r} is an initial or role label")
            if not safe_value(kind, t):
                err(f"{fn}: unsafe or malformed {kind} value {t!r}")

    # 7. counts
    total = len(labels)
    names = sum(1 for r in labels if r["kind"] == "name")
    if not 180 <= total <= 220:
        err(f"total label rows {total} outside 180-220")
    if not 0.40 <= names / max(total, 1) <= 0.60:
        err(f"names are {names}/{total}, not about half")
    for fn in files:
        n = word_count(fn, unit_cache[fn])
        if not 700 <= n <= 1000:
            err(f"{fn}: {n} words, outside 700-1000")

    # 8. tricky
    if len(tricky) < 60:
        err(f"tricky.csv has {len(tricky)} rows (< 60)")
    label_texts = {fn: {r["text"] for r in by_file.get(fn, [])} for fn in files}
    tricky_spans = {fn: [] for fn in files}
    for t in tricky:
        fn = t["file"]
        if fn not in files:
            err(f"tricky row for unknown file {t}")
            continue
        if t["text"] in label_texts[fn]:
            err(f"{fn}: tricky text {t['text']!r} is also a label")
        free = False
        seen = False
        for ui, (ln, txt) in enumerate(unit_cache[fn]):
            for m in wre(t["text"]).finditer(txt):
                seen = True
                tricky_spans[fn].append((ui, m.start(), m.end()))
                if not overlaps(spans[fn], ui, m.start(), m.end()):
                    free = True
        if not seen:
            err(f"{fn}: tricky text {t['text']!r} does not occur")
        elif not free:
            err(f"{fn}: tricky text {t['text']!r} only occurs inside labels")

    # 9. sweep
    for fn in files:
        for ui, (ln, txt) in enumerate(unit_cache[fn]):
            for kind, m in sweep(txt, all_names, fn):
                if not (overlaps(spans[fn], ui, m.start(), m.end())
                        or overlaps(tricky_spans[fn], ui, m.start(), m.end())):
                    err(f"{fn}: line {ln}: unlabelled {kind}-like {m.group(0)!r}")

    # 10. scripts and README
    for py in glob.glob(os.path.join(HERE, "*.py")):
        src = open(py, encoding="utf-8").read()
        if re.search(r"['\"](/work|/home|/tmp|/Users|[A-Za-z]:\\\\)", src):
            err(f"{os.path.basename(py)} contains an absolute path")
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md missing")
    else:
        lines = open(readme, encoding="utf-8").read().splitlines()
        if not lines or lines[0] != ("This set is synthetic: every person, number, address, employer, "
                                     "venue, school and street in it is invented."):
            err("README.md first line wrong")
        if len(lines) < 2 or "**Status: NOT scored yet.**" not in lines[1:3]:
            err("README.md status line missing")

    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"{len(files)} transcripts, {total} label rows ({names} names), {len(tricky)} tricky rows")
    print("PASS")


def overlaps(span_list, ui, a, b):
    """True when [a, b) in unit number ui overlaps a recorded span."""
    return any(u == ui and s < b and a < e for u, s, e in span_list)


def word_count(fn, us):
    ext = os.path.splitext(fn)[1]
    if ext == ".csv":
        with open(os.path.join(HERE, fn), encoding="utf-8", newline="") as f:
            text = " ".join(r["Speaker"] + " " + r["Text"] for r in csv.DictReader(f))
    elif ext == ".vtt":
        import webvtt
        text = " ".join(c.text for c in webvtt.read(os.path.join(HERE, fn)))
    else:
        text = "\n".join(t for _, t in us)
    # a word contains at least one letter (timestamps, emoji and bare numbers do not count)
    return len([w for w in text.split() if re.search(r"[^\W\d_]", w)])


NUMW = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEPS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"\b[\w.]+ at [\w-]+ dot (?:org|com|net|co dot uk)\b", re.I)),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk)/\S*")),
    ("handle", re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]{2,}")),
    ("digit run", re.compile(r"(?<![\w/.:])[+(]?[\dOl](?:[\dOl]|[ \-)](?=[\dOl])){6,}(?![\w/])")),
    ("spoken digits", re.compile(r"\b" + NUMW + r"(?:[ ,]+" + NUMW + r"){5,}\b", re.I)),
    ("postcode", re.compile(r"(?<!\w)[A-Z] ?[A-Z]? ?[0-9O][0-9]? ?[0-9A-Z]? ?[0-9] ?[A-Z] ?[A-Z](?!\w)", re.I)),
    ("ni number", re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    ("registration", re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")),
    ("nato", re.compile(r"\b(?:(?:" + "|".join(NATO) + r"|" + NUMW + r")[ ,]+){4,}(?:"
                        + "|".join(NATO) + r")\b", re.I)),
    ("numeric date", re.compile(r"(?<![\w/.])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\w/])")),
    ("spoken date", re.compile(r"\b(?:" + ORD + r") of (?:" + MONTHS + r")\b|\b(?:" + MONTHS
                               + r") the (?:" + ORD + r")\b", re.I)),
]


def sweep(txt, all_names, fn):
    for kind, rx in SWEEPS:
        for m in rx.finditer(txt):
            if kind == "digit run":
                d = re.sub(r"[^\dOl]", "", m.group(0))
                if len(d) < 9 or sum(c.isdigit() for c in d) < 4:
                    continue
            if kind == "postcode":
                g = m.group(0)
                if not re.search(r"\d", g) or not re.search(r"[A-Za-z].*\d.*[A-Za-z]", g):
                    continue
                if g.islower() and " " not in g:
                    continue
            if kind == "numeric date" and re.fullmatch(r"\d{1,2}\.\d{1,2}", m.group(0)):
                continue  # clock times like 9.10 / 7.20
            yield kind, m
    # speaker labels: Zoom display names, VTT voice tags, Otter Speaker column, Trint speaker lines
    for rx in (r"^\d\d:\d\d:\d\d From (.+?) to ", r"<v ([^>]+)>", r"^([^,\"]+),\d+:\d\d:\d\d,",
               r"^(.+?)\s+\[\d\d:\d\d:\d\d\]$"):
        for m in re.finditer(rx, txt):
            yield "speaker label", _Sub(m, 1)
    # names after titles
    for m in re.finditer(r"\b(?:" + "|".join(TITLES) + r")\.? ([A-ZÀ-ŽȘȚ][\w'’-]+)", txt):
        yield "name after title", _Sub(m, 1)
    # label names of other files occurring here must be labelled here or be tricky
    for name, fns in all_names.items():
        if fn in fns:
            continue
        for m in wre(name).finditer(txt):
            yield "name from another file", m


class _Sub:
    """Match-like wrapper for a group of a match."""

    def __init__(self, m, g):
        self._m, self._g = m, g

    def start(self):
        return self._m.start(self._g)

    def end(self):
        return self._m.end(self._g)

    def group(self, _=0):
        return self._m.group(self._g)


if __name__ == "__main__":
    main()
