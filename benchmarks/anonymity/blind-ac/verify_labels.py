"""Check labels.csv and tricky.csv against the five synthetic transcripts.

Checks:
  1. each file opens with the SYNTHETIC line (first line; first docx paragraph; first line of a
     NOTE block right after WEBVTT in the .vtt);
  2. header and kinds of labels.csv; each row's text is on its line / paragraph;
  3. labelled occurrences match rows exactly (every whole-word, case-sensitive occurrence of a
     labelled text has a row, and no extra rows);
  4. no label text contained in another label text of the same file (case-insensitive; pure case
     variants allowed); one kind per text per file; names are single words without titles or 's;
  5. word counts 700-1000 per file; 150-200 label rows; every kind used;
  6. safe values (Ofcom drama phone ranges, example.* emails/URLs, NHS 999 + modulus 11,
     NI prefix QQ/ZZ, postcode inward part with C/I/K/M/O/V, car registration with I or Q in the
     last three letters);
  7. tricky.csv: >= 60 rows, each text present, not a label text, never overlapping a label;
  8. a sweep for identifier-like patterns not covered by a label or a tricky string.
Prints PASS or the list of problems. Run from anywhere: python verify_labels.py
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["ac01.txt", "ac02.vtt", "ac03.docx", "ac04.txt", "ac05.txt"]
KINDS = {
    "name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
    "date_of_birth", "url", "handle", "car_registration", "place", "workplace",
}
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
PSEUDONYMS = {"Fac", "F", "Member", "member", "Facilitator", "Commissioner"}

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def read_units(fname: str) -> list[str]:
    path = HERE / fname
    if fname.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(path).paragraphs]
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def spans(text: str, line: str):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(line)]


# ---------------------------------------------------------------- word counts
TS = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}")


def word_count(fname: str, units: list[str]) -> int:
    if fname.endswith(".vtt"):
        words = 0
        for ln in units:
            s = ln.strip()
            if s in ("WEBVTT", "NOTE") or TS.match(s) or re.fullmatch(r"[A-Z]+:", s):
                continue
            words += len(s.split())
        return words
    return sum(len(u.split()) for u in units)


# ---------------------------------------------------------------- safe values
DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(text: str) -> str:
    """Digits of a number written in digits and/or spoken words (double/treble, plus)."""
    out = []
    toks = re.findall(r"[A-Za-z]+|\d|\+", text)
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        if t.isdigit():
            out.append(t)
        elif t in ("plus", "+"):
            out.append("+")
        elif t in ("double", "treble") and i + 1 < len(toks):
            d = DIGIT_WORDS.get(toks[i + 1].lower(), toks[i + 1])
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t in DIGIT_WORDS:
            out.append(DIGIT_WORDS[t])
        else:
            return ""  # not a pure number
        i += 1
    return "".join(out)


PHONE_PREFIXES = ("07700900", "01632960", "01134960", "01314960", "01414960", "01514960")


def safe_phone(text: str) -> bool:
    d = spoken_digits(text)
    if d.startswith("+44"):
        d = "0" + d[3:]
    return len(d) == 11 and d.startswith(PHONE_PREFIXES)


def nhs_ok(digits: str) -> bool:
    if not re.fullmatch(r"\d{10}", digits) or not digits.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def spoken_to_address(text: str) -> str:
    t = text
    for word, sym in ((" at ", "@"), (" dot ", "."), (" underscore ", "_"), (" dash ", "-")):
        t = t.replace(word, sym)
    return t.replace(" ", "")


EXAMPLE_HOST = re.compile(r"(^|\.)example\.(org|com|net)$", re.I)


def safe_value(kind: str, text: str) -> bool:
    if kind == "phone":
        return safe_phone(text)
    if kind == "email":
        addr = spoken_to_address(text) if "@" not in text else text
        return "@" in addr and bool(EXAMPLE_HOST.search(addr.split("@", 1)[1]))
    if kind == "url":
        host = re.sub(r"^https?://", "", text).split("/", 1)[0]
        return bool(EXAMPLE_HOST.search(host))
    if kind == "nhs_number":
        return nhs_ok(spoken_digits(text))
    if kind == "ni_number":
        return text.replace(" ", "").upper()[:2] in ("QQ", "ZZ")
    if kind == "postcode":
        compact = text.replace(" ", "").upper()
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", compact)) and \
            any(c in "CIKMOV" for c in compact[-3:])
    if kind == "car_registration":
        compact = text.replace(" ", "").upper()
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", compact)) and \
            any(c in "IQ" for c in compact[-3:])
    return True


# ---------------------------------------------------------------- sweep patterns
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
NUMW = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble|plus)"
SWEEP = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken email": re.compile(r"\b\w+(?: (?:dot|underscore) \w+)* at \w+(?: dot \w+)+\b", re.I),
    "url": re.compile(r"\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk)\b(?:/[\w/.-]*)?", re.I),
    "handle": re.compile(r"(?<![\w.])@\w[\w.]*"),
    "handle-ish": re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+\d{2,}\b|\b[a-z]+\.[a-z]+\b(?!\.)", re.I),
    "digits": re.compile(r"(?<!\w)\+?\d(?:[ .\-]?\d){5,}(?!\w)"),
    "spoken digits": re.compile(rf"\b(?:{NUMW}[ ,]+){{4,}}{NUMW}\b", re.I),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I),
    "ni": re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.I),
    "car reg": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b", re.I),
    "numeric date": re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),
    "day month": re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTHS}\b", re.I),
    "month day": re.compile(rf"\b{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b", re.I),
    "worded date": re.compile(r"\b(?:nineteen|twenty)[ -](?:hundred|oh|ten|eleven|twelve|thirteen|fourteen|"
                              r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                              r"seventy|eighty|ninety)", re.I),
    "title + name": re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|dr|mr|mrs|ms)\.? [A-Za-z][\w-]+"),
}
# handle-ish tokens that are fine in running text
HANDLEISH_OK = {"e.g", "i.e"}


def main() -> int:
    # ------------------------------------------------ load
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            problem(f"labels.csv header is {header}")
        rows = [r for r in reader]
    with open(HERE / "tricky.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        theader = next(reader)
        if theader != ["file", "text", "why"]:
            problem(f"tricky.csv header is {theader}")
        tricky = [r for r in reader]

    units = {fn: read_units(fn) for fn in FILES}
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            problem(f"bad row {r}")
            continue
        fn, line, kind, text = r
        if fn not in units:
            problem(f"unknown file {fn}")
            continue
        if kind not in KINDS:
            problem(f"unknown kind {kind} in {r}")
        by_file[fn].append((int(line), kind, text))

    # ------------------------------------------------ 1. SYNTHETIC line
    for fn, us in units.items():
        if fn.endswith(".vtt"):
            ok = len(us) > 3 and us[0] == "WEBVTT" and us[1] == "" and us[2] == "NOTE" and us[3] == SYNTH
        else:
            ok = bool(us) and us[0] == SYNTH
        if not ok:
            problem(f"{fn}: SYNTHETIC line missing or misplaced")

    tricky_by_file = defaultdict(list)
    for r in tricky:
        tricky_by_file[r[0]].append(r[1])

    word_counts = {}
    for fn in FILES:
        us = units[fn]
        labs = by_file[fn]
        # ------------------------------------------------ 2. text on its line
        for line, kind, text in labs:
            if not (1 <= line <= len(us)) or not spans(text, us[line - 1]):
                problem(f"{fn}:{line}: text {text!r} not found as a whole word on that line")
        # ------------------------------------------------ 4. kinds, containment, name form
        kind_of = {}
        for _, kind, text in labs:
            if kind_of.setdefault(text, kind) != kind:
                problem(f"{fn}: {text!r} has two kinds ({kind_of[text]}, {kind})")
            if text in PSEUDONYMS:
                problem(f"{fn}: pseudonymous label {text!r} labelled")
            if kind == "name":
                if re.search(r"\s", text) or text.endswith(("'s", "\u2019s")):
                    problem(f"{fn}: name {text!r} is not a single bare word")
                if re.match(r"(?:Dr|Mr|Mrs|Ms|Miss)\.?$", text):
                    problem(f"{fn}: title labelled as name")
            if text != text.strip() or not text:
                problem(f"{fn}: label text has outer whitespace: {text!r}")
            if not safe_value(kind, text):
                problem(f"{fn}: unsafe {kind} value {text!r}")
        texts = sorted(kind_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() != b.lower() and a.lower() in b.lower():
                    problem(f"{fn}: label {a!r} is contained in label {b!r}")
        # ------------------------------------------------ 3. occurrences == rows
        expected = Counter()
        label_spans = defaultdict(list)
        for text in texts:
            for i, u in enumerate(us, start=1):
                for s, e in spans(text, u):
                    expected[(i, text)] += 1
                    label_spans[i].append((s, e))
        got = Counter((line, text) for line, _, text in labs)
        for key in expected.keys() | got.keys():
            if expected[key] != got[key]:
                problem(f"{fn}:{key[0]}: {key[1]!r} occurs {expected[key]}x but has {got[key]} rows")
        # ------------------------------------------------ 7. tricky
        tricky_spans = defaultdict(list)
        for t in tricky_by_file[fn]:
            if t in kind_of:
                problem(f"{fn}: tricky text {t!r} is also a label text")
            n = 0
            for i, u in enumerate(us, start=1):
                for s, e in spans(t, u):
                    n += 1
                    tricky_spans[i].append((s, e))
                    if any(s < le and ls < e for ls, le in label_spans[i]):
                        problem(f"{fn}:{i}: tricky {t!r} overlaps a labelled span")
            if n == 0:
                problem(f"{fn}: tricky text {t!r} not found")
        # ------------------------------------------------ 8. sweep
        for i, u in enumerate(us, start=1):
            if fn.endswith(".vtt") and TS.match(u):
                continue
            covered = label_spans[i] + tricky_spans[i]
            for name, pat in SWEEP.items():
                for m in pat.finditer(u):
                    if name == "handle-ish" and m.group(0).lower() in HANDLEISH_OK:
                        continue
                    if name == "handle-ish" and not re.search(r"[_\d.]", m.group(0)):
                        continue
                    if not any(m.start() < e and s < m.end() for s, e in covered):
                        problem(f"{fn}:{i}: uncovered {name}-like string {m.group(0)!r}")
        # ------------------------------------------------ 5. words
        wc = word_count(fn, us)
        word_counts[fn] = wc
        if not 700 <= wc <= 1000:
            problem(f"{fn}: {wc} words (want 700-1000)")

    # ------------------------------------------------ totals
    if not 150 <= len(rows) <= 200:
        problem(f"{len(rows)} label rows (want 150-200)")
    kinds_used = Counter(r[2] for r in rows)
    for k in KINDS - set(kinds_used):
        problem(f"kind {k} never used")
    if len(tricky) < 60:
        problem(f"only {len(tricky)} tricky rows (want >= 60)")

    print("words:", ", ".join(f"{fn} {wc}" for fn, wc in word_counts.items()))
    print("rows per file:", ", ".join(f"{fn} {len(by_file[fn])}" for fn in FILES))
    print("rows per kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds_used.items())))
    print(f"label rows {len(rows)}, tricky rows {len(tricky)}")
    if problems:
        print(f"FAIL ({len(problems)} problems)")
        for p in problems:
            print("  -", p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
