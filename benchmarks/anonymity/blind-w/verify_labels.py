"""Check the blind-w evaluation set. Prints PASS or a list of failures.

Run from this folder:  python verify_labels.py  [--review]

--review also prints capitalised words that are neither labelled nor
tricky (informational only, to catch a forgotten name by eye).
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from build_labels import (HEADER, HERE, LABELS, expected_rows, find_occurrences,
                          load_inventory, read_lines, word_pattern)

SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle", "car_registration",
         "place", "workplace"}
WORD_RANGE = (700, 1000)
ROW_RANGE = (150, 200)
TRICKY_RANGE = (60, 80)

failures = []


def fail(msg):
    failures.append(msg)


# ---------------------------------------------------------------- helpers
NUM_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
             "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
             "eight": "8", "nine": "9"}


def to_digits(text):
    """Digits of a written or spoken number: 'double oh' -> 00, 'o77oo' -> 07700."""
    out, repeat = [], 1
    for tok in re.findall(r"[A-Za-z]+|\d|\+", text.lower()):
        if tok in ("double", "treble", "triple"):
            repeat = 2 if tok == "double" else 3
            continue
        if tok == "plus" or tok == "+":
            out.append("+")
            continue
        if tok.isdigit():
            out.append(tok * repeat)
        elif tok in NUM_WORDS:
            out.append(NUM_WORDS[tok] * repeat)
        elif set(tok) <= {"o"}:  # 'oo' typed for 00
            out.append("0" * len(tok) * repeat)
        else:
            return None
        repeat = 1
    s = "".join(out)
    if s.startswith("+44"):
        s = "0" + s[3:]
    return s


PHONE_RANGES = [("07700900", 11), ("01632960", 11), ("01134960", 11),
                ("02079460", 11), ("01314960", 11)]
REAL_OUTWARD = {"AB56", "SM6", "PE13", "CF44", "GU11"}  # real outward codes used
UNUSED_INWARD_LETTERS = set("CIKMOV")                  # never used in inward codes


def nhs_valid(d):
    if not re.fullmatch(r"\d{10}", d or ""):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def safe_value(kind, text):
    """Return None if the labelled text is a safe synthetic value, else a reason."""
    if kind == "phone":
        d = to_digits(text)
        if not d or not any(d.startswith(p) and len(d) == n for p, n in PHONE_RANGES):
            return f"phone not in Ofcom drama range ({d})"
    elif kind == "nhs_number":
        d = to_digits(text)
        if not (d and d.startswith("999") and nhs_valid(d)):
            return f"NHS number not 999 + valid check digit ({d})"
    elif kind == "ni_number":
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", text.replace(" ", "").upper()):
            return "NI number prefix not QQ/ZZ"
    elif kind == "postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})", text.upper())
        if not m or m.group(1) not in REAL_OUTWARD:
            return "postcode outward code not in the real list"
        if not set(m.group(2)[1:]) & UNUSED_INWARD_LETTERS:
            return "postcode inward part could exist (needs one of C I K M O V)"
    elif kind == "email":
        ok = re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text) or \
            re.fullmatch(r"[a-z ]+ at example dot (org|com|net)", text)
        if not ok:
            return "email not at example.org/.com/.net"
    elif kind == "url":
        if not re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/\S*)?", text):
            return "url not at example.org/.com/.net"
    elif kind == "car_registration":
        m = re.fullmatch(r"[A-Z]{2}\d{2} ?([A-Z]{3})", text.upper())
        if not m or not set(m.group(1)) & {"I", "Q"}:
            return "registration could be issued (needs I or Q in the last three letters)"
    elif kind == "name":
        if " " in text or text.endswith("'s") or re.match(r"(Mr|Mrs|Ms|Dr|Miss)\b", text):
            return "name must be a single word without title or possessive"
    return None


def word_count(name, lines):
    if name.endswith(".vtt"):
        keep = []
        for ln in lines:
            if ln.strip() in ("WEBVTT", "NOTE") or re.fullmatch(r"\d+", ln.strip()) or "-->" in ln:
                continue
            keep.append(re.sub(r"<v ([^>]*)>", r"\1 ", ln))
        return len(" ".join(keep).split())
    return len(" ".join(lines).split())


MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
ORD_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|twenty-\w+|thirtieth|thirty-first)"
NUMW = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|plus)"
SWEEP = {
    "phone": re.compile(r"(?<![\w+/])\+?[0-9oO][0-9oO \-]{7,}[0-9oO](?!\w)"),
    "spoken_number": re.compile(rf"\b(?:{NUMW}[\s,]+){{5,}}{NUMW}\b", re.I),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken_email": re.compile(r"\bat [\w-]+ dot (?:com|org|net|co|uk)\b", re.I),
    "url": re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk)\b(?:/[^\s,)\]]*)?", re.I),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", re.I),
    "registration": re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", re.I),
    "ni_number": re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I),
    "handle": re.compile(r"(?<![\w.@])@[\w.]*\w"),
    "date": re.compile(
        rf"\b\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\b"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b(?:\s+\d{{4}})?"
        rf"|\b{ORD_WORD}\s+of\s+{MONTH}\b"
        rf"|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
        rf"|\b{MONTH}\s+(?:19|20)\d\d\b", re.I),
}


def covered(start, end, spans):
    """True if every non-space character in [start, end) lies in some span."""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end))


# ------------------------------------------------------------------ checks
def main():
    review = "--review" in sys.argv
    inventory = load_inventory()

    with LABELS.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [r for r in reader]
    if header != HEADER:
        fail(f"labels.csv header is {header}")

    if sorted(map(tuple, rows)) != sorted(map(tuple, expected_rows(inventory))):
        fail("labels.csv differs from the inventory (re-run build_labels.py)")

    all_lines = {name: read_lines(name) for name in inventory}
    total_tricky = 0
    kind_totals = Counter()
    stats = []

    for name, lines in all_lines.items():
        spec = inventory[name]
        frows = [r for r in rows if r[0] == name]

        # 1. SYNTHETIC first line
        if name.endswith(".vtt"):
            ok = lines[0] == "WEBVTT" and lines[1] == "" and lines[2] == "NOTE" and lines[3] == SYNTHETIC
        else:
            ok = lines[0] == SYNTHETIC
        if not ok:
            fail(f"{name}: SYNTHETIC line is not where it should be")

        # 2. each row's text is on its line, kinds valid, safe values
        for f, ln, kind, text in frows:
            i = int(ln)
            if kind not in KINDS:
                fail(f"{name}:{ln} unknown kind {kind}")
            if not (1 <= i <= len(lines)) or not word_pattern(text).search(lines[i - 1]):
                fail(f"{name}:{ln} text {text!r} not on that line")
            why = safe_value(kind, text)
            if why:
                fail(f"{name}:{ln} {text!r}: {why}")
            kind_totals[kind] += 1

        # 3. labelled occurrences match rows exactly (independent of inventory)
        row_count = Counter((r[1], r[3]) for r in frows)
        occ_count = Counter()
        for text in {r[3] for r in frows}:
            for ln, _, _ in find_occurrences(lines, text):
                occ_count[(str(ln), text)] += 1
        if row_count != occ_count:
            diff = (row_count - occ_count) + (occ_count - row_count)
            fail(f"{name}: rows and occurrences differ: {dict(diff)}")
        for kind, texts in spec["labels"].items():
            for text in texts:
                if not any(True for _ in find_occurrences(lines, text)):
                    fail(f"{name}: inventory text {text!r} never occurs")
        kinds_of_text = Counter()
        for r in {(r[2], r[3]) for r in frows}:
            kinds_of_text[r[1]] += 1
        for text, n in kinds_of_text.items():
            if n > 1:
                fail(f"{name}: {text!r} labelled with more than one kind")

        # 4. no label text inside another (case-sensitive and case-insensitive)
        texts = sorted({r[3] for r in frows})
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail(f"{name}: label {a!r} is part of label {b!r}")

        # 5. word counts
        wc = word_count(name, lines)
        raw = len(" ".join(lines).split())
        if not WORD_RANGE[0] <= wc <= WORD_RANGE[1] or not WORD_RANGE[0] <= raw <= WORD_RANGE[1]:
            fail(f"{name}: word count {wc} (raw {raw}) outside {WORD_RANGE}")

        # label spans per line
        spans = {i: [] for i in range(1, len(lines) + 1)}
        for text in texts:
            for ln, s, e in find_occurrences(lines, text):
                spans[ln].append((s, e))

        # 6. tricky strings present outside labels and unlabelled
        tricky = spec["tricky"]
        total_tricky += len(tricky)
        tspans = {i: [] for i in spans}
        for t in tricky:
            if t in texts:
                fail(f"{name}: tricky {t!r} is labelled")
            outside = False
            for ln, s, e in find_occurrences(lines, t):
                tspans[ln].append((s, e))
                if not covered(s, e, spans[ln]):
                    outside = True
            if not outside:
                fail(f"{name}: tricky {t!r} not present outside a label")

        # 7. identifier-pattern sweep
        for ln, line in enumerate(lines, 1):
            cover = spans[ln] + tspans[ln]
            for what, pat in SWEEP.items():
                for m in pat.finditer(line):
                    s, e = m.start(), m.end()
                    while e > s and line[e - 1] in " .,;:)]-":
                        e -= 1
                    if not covered(s, e, cover):
                        fail(f"{name}:{ln} unlabelled {what}-like text {line[s:e]!r}")

        if review:
            for ln, line in enumerate(lines, 1):
                for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w'-]+", line):
                    if not covered(m.start(), m.end(), spans[ln] + tspans[ln]):
                        print(f"  review {name}:{ln} {m.group()}")

        stats.append((name, wc, raw, len(frows), len(tricky)))

    # 8. totals
    if not ROW_RANGE[0] <= len(rows) <= ROW_RANGE[1]:
        fail(f"total label rows {len(rows)} outside {ROW_RANGE}")
    if not TRICKY_RANGE[0] <= total_tricky <= TRICKY_RANGE[1]:
        fail(f"total tricky strings {total_tricky} outside {TRICKY_RANGE}")
    missing = KINDS - set(kind_totals)
    if missing:
        fail(f"kinds never used: {sorted(missing)}")

    # 9. no absolute machine paths in any file of this folder
    root_bits = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "root", "/" + "Users/",
                 "/" + "mnt/", "/" + "var/", "C:" + "\\"]
    for path in sorted(HERE.iterdir()):
        if path.is_dir():
            continue
        if path.suffix == ".docx":
            content = "\n".join(read_lines(path.name))
        else:
            try:
                content = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
        for bit in root_bits:
            if bit in content:
                fail(f"{path.name}: contains absolute path fragment {bit!r}")

    for name, wc, raw, n, t in stats:
        print(f"{name:10} words={wc:4} (raw {raw:4})  label rows={n:3}  tricky={t}")
    print("rows per kind: " + ", ".join(f"{k}={kind_totals[k]}" for k in sorted(KINDS)))
    print(f"total rows={len(rows)}  distinct labelled texts="
          f"{len({(r[0], r[3]) for r in rows})}  tricky={total_tricky}")
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"FAILED ({len(failures)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
