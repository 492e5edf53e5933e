"""Check labels.csv and tricky.csv against the five transcripts.

Checks: the SYNTHETIC opening line; every row's text is on its line; the
labelled occurrences match the rows exactly (whole-word, case-sensitive);
no label text inside another in the same file; one kind per text per file;
names are single words without titles or possessive 's; word counts 700-1000;
safe values (drama phone ranges, example domains, 999 NHS numbers with a valid
check digit, QQ/ZZ NI numbers, postcodes with an impossible inward part, car
registrations with I or Q in the last three letters); tricky strings present
and never labelled; a sweep for identifier-like strings not covered by a
label or a tricky string; no absolute machine paths in the folder.
Run from this folder:  python verify_labels.py   (prints PASS or FAIL)
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_labels import INVENTORY  # noqa: E402  (hand-written inventory)
FILES = ["ab01.odt", "ab02.srt", "ab03.txt", "ab04.txt", "ab05.docx"]
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"}
PSEUDONYMS = {"Lead", "Peer", "I", "R", "Facilitator"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Sister ", "Brother ",
          "Deacon ", "Auntie ", "Father ")
PHONE_RANGES = ["07700900", "01632960", "01134960", "01174960", "02896496", "01154960"]
OUTWARD_OK = {"BT94", "CO15", "CO14", "PE21", "PE12", "LS6", "NG3"}
WORD_DIGITS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
               "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- extraction
def file_lines(name):
    path = HERE / name
    if name.endswith((".txt", ".srt")):
        return path.read_text(encoding="utf-8").split("\n")
    if name.endswith(".odt"):
        from odf.opendocument import load
        from odf.text import P, H
        from odf import teletype
        doc = load(str(path))
        if doc.getElementsByType(H):
            fail(f"{name}: has heading elements; paragraph numbering would be ambiguous")
        return [teletype.extractText(p) for p in doc.getElementsByType(P)]
    if name.endswith(".docx"):
        from docx import Document
        doc = Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                lines.append(" | ".join(c.text for c in row.cells))
        return lines
    raise ValueError(name)


def spans(text, line):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(line)]


def words_to_digits(s):
    """'oh seven seven double oh' -> '07700'; digits pass through."""
    out = []
    toks = re.findall(r"[a-z]+|\d", s.lower())
    mult = 1
    for t in toks:
        if t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in WORD_DIGITS or t.isdigit():
            out.append((WORD_DIGITS.get(t, t)) * mult)
            mult = 1
    return "".join(out)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


# ---------------------------------------------------------------- safe values
def check_safe(name, kind, text):
    if kind == "phone":
        d = text.replace("+44", "0") if text.startswith("+44") else text
        d = words_to_digits(d) if re.search(r"[a-z]", d) else re.sub(r"\D", "", d)
        if not (len(d) == 11 and any(d.startswith(p) for p in PHONE_RANGES)):
            fail(f"{name}: phone not in a drama range: {text!r} -> {d}")
    elif kind == "email":
        if not (re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text)
                or re.fullmatch(r"[a-z .]+ at example dot (org|com|net)", text)):
            fail(f"{name}: email not at an example domain: {text!r}")
    elif kind == "url":
        if not re.fullmatch(r"(www\.)?example\.(org|com|net)(/[\w./-]*)?", text):
            fail(f"{name}: url not at an example domain or has a scheme: {text!r}")
    elif kind == "nhs_number":
        d = words_to_digits(text) if re.search(r"[a-z]", text, re.I) else re.sub(r"\D", "", text)
        if not nhs_ok(d):
            fail(f"{name}: NHS number not 999 with a valid check digit: {text!r}")
    elif kind == "ni_number":
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text).upper()):
            fail(f"{name}: NI number prefix not QQ/ZZ: {text!r}")
    elif kind == "postcode":
        c = re.sub(r"\s", "", text).upper()
        out, inw = c[:-3], c[-3:]
        if out not in OUTWARD_OK or not re.fullmatch(r"\d[A-Z]{2}", inw) \
                or not set(inw[1:]) & set("CIKMOV"):
            fail(f"{name}: postcode not safe: {text!r}")
    elif kind == "car_registration":
        c = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", c) or not set(c[-3:]) & {"I", "Q"}:
            fail(f"{name}: car registration not safe: {text!r}")


# ---------------------------------------------------------------- sweep patterns
MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
DIGW = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SWEEP = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\bat \w+ dot (?:org|com|net|co dot uk)\b",
    "url": r"\b(?:https?://)?(?:www\.)?[\w-]+\.(?:org|com|net|co\.uk|ac\.uk|ee|io)(?:/[\w./-]*)?",
    "phone": r"(?<![\w.])(?:\+44\s?|0)\d(?:[\s.]?\d){8,10}(?!\d)",
    "spoken digits": r"(?i)\b" + DIGW + r"(?:[ ,]+" + DIGW + r"){5,}\b",
    "postcode": r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
    "ni number": r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "nhs number": r"\b\d{3}\s?\d{3}\s?\d{4}\b",
    "car reg": r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "numeric date": r"\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\b",
    "written date": r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|ninth|tenth)"
                    r"(?: of)? (?:" + MONTHS + r")(?:,? \d{4})?\b",
    "handle": r"(?<![\w.])@[\w.]+\w",
    "street": r"(?i)\b\d{1,4}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
              r"(?:Road|Street|Row|Lane|Close|Walk|Terrace|Avenue|Court|Crescent|Drive|Way|Mews)\b",
}


def main():
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            fail(f"labels.csv header is {header}")
        rows = [r for r in rd]
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        if next(rd) != ["file", "text", "why"]:
            fail("tricky.csv header wrong")
        tricky = [r for r in rd]

    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            fail(f"bad row {r}")
            continue
        fn, ln, kind, text = r
        if fn not in FILES:
            fail(f"row for unknown file {r}")
            continue
        if kind not in KINDS:
            fail(f"unknown kind {r}")
        by_file[fn].append((int(ln), kind, text))
    tricky_by_file = defaultdict(list)
    for fn, text, why in tricky:
        tricky_by_file[fn].append(text)

    summary = []
    for fn in FILES:
        lines = file_lines(fn)
        # SYNTHETIC opening
        if fn.endswith(".srt"):
            first_cue = []
            for l in lines[2:]:
                if not l.strip():
                    break
                first_cue.append(l)
            if lines[0].strip() != "1" or " ".join(first_cue) != SYNTH:
                fail(f"{fn}: first cue is not the SYNTHETIC line")
        elif lines[0] != SYNTH:
            fail(f"{fn}: first line/paragraph is not the SYNTHETIC line")

        frows = by_file[fn]
        inv = {t: k for t, k in INVENTORY.get(fn, [])}
        have = {t: k for _, k, t in frows}
        for t in set(inv) - set(have):
            fail(f"{fn}: inventory text has no rows: {t!r}")
        for t in set(have) - set(inv):
            fail(f"{fn}: labelled text not in the inventory: {t!r}")
        for t in set(inv) & set(have):
            if inv[t] != have[t]:
                fail(f"{fn}: {t!r} kind {have[t]} but inventory says {inv[t]}")
        texts = {}
        for ln, kind, text in frows:
            if texts.setdefault(text, kind) != kind:
                fail(f"{fn}: text {text!r} has two kinds")
            if not (1 <= ln <= len(lines)) or not spans(text, lines[ln - 1]):
                fail(f"{fn}: line {ln}: {text!r} not found as a whole word")
            if text in PSEUDONYMS or re.fullmatch(r"Peer \d+", text):
                fail(f"{fn}: pseudonymous label labelled: {text!r}")
            if kind == "name":
                if re.search(r"\s", text) or text.startswith(TITLES) or text.endswith(("'s", "’s")):
                    fail(f"{fn}: name label not a single bare word: {text!r}")
            check_safe(fn, kind, text)

        # exact match of occurrences and rows
        expected = Counter()
        covered = defaultdict(list)  # line index -> spans
        for text in texts:
            for i, line in enumerate(lines, 1):
                for s in spans(text, line):
                    expected[(i, text)] += 1
                    covered[i].append(s)
        got = Counter((ln, text) for ln, _, text in frows)
        for k in expected - got:
            fail(f"{fn}: unlabelled occurrence line {k[0]}: {k[1]!r}")
        for k in got - expected:
            fail(f"{fn}: row without an occurrence line {k[0]}: {k[1]!r}")

        # containment
        tl = list(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() != b.lower() and a.lower() in b.lower():
                    fail(f"{fn}: label {a!r} is inside label {b!r}")

        # tricky strings
        tcover = defaultdict(list)
        lowered = {t.lower() for t in texts}
        for t in tricky_by_file[fn]:
            if t.lower() in lowered:
                fail(f"{fn}: tricky text {t!r} is also a label")
            n = 0
            for i, line in enumerate(lines, 1):
                for s in spans(t, line):
                    n += 1
                    tcover[i].append(s)
                    if any(s[0] < e and b < s[1] for b, e in covered[i]):
                        fail(f"{fn}: tricky {t!r} overlaps a label on line {i}")
            if not n:
                fail(f"{fn}: tricky text not found: {t!r}")

        # word count
        if fn.endswith(".srt"):
            body = [l for l in lines if l.strip() and not l.strip().isdigit() and "-->" not in l]
        else:
            body = lines
        words = sum(len(l.split()) for l in body)
        if not 700 <= words <= 1000:
            fail(f"{fn}: {words} words, outside 700-1000")

        # sweep for identifier-like strings not covered
        for i, line in enumerate(lines, 1):
            if fn.endswith(".srt") and ("-->" in line or line.strip().isdigit()):
                continue
            spans_ok = covered[i] + tcover[i]
            for what, pat in SWEEP.items():
                for m in re.finditer(pat, line):
                    if not any(m.start() < e and b < m.end() for b, e in spans_ok):
                        fail(f"{fn}: line {i}: uncovered {what}-like string {m.group(0)!r}")
        summary.append((fn, len(frows), words, len(tricky_by_file[fn])))

    # no absolute machine paths anywhere in the folder
    abs_pat = re.compile(r"(?<![\w.~])/(?:work|home|tmp|root|Users|mnt|opt)/")
    for p in sorted(HERE.iterdir()):
        if p.suffix in (".odt", ".docx"):
            blob = "\n".join(file_lines(p.name))
        elif p.is_file():
            blob = p.read_text(encoding="utf-8", errors="replace")
        else:
            continue
        if abs_pat.search(blob):
            fail(f"{p.name}: contains an absolute machine path")

    if len(tricky) < 60:
        fail(f"only {len(tricky)} tricky strings")
    if not 150 <= len(rows) <= 200:
        fail(f"{len(rows)} label rows, outside 150-200")
    kinds = Counter(r[2] for r in rows)
    for k in KINDS - set(kinds):
        fail(f"kind never used: {k}")

    for fn, n, w, t in summary:
        print(f"{fn:10s} rows={n:3d} words={w:4d} tricky={t:3d}")
    print("rows per kind:", ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print(f"total rows={len(rows)} tricky={len(tricky)}")
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
