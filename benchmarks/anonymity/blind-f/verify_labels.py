#!/usr/bin/env python3
"""Check labels.csv against the synthetic transcripts in this folder.

Standard library + python-docx only.  Run:
    python verify_labels.py
Exit status 0 means every check passed.
"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sf01.vtt", "sf02.txt", "sf03.docx", "sf04.txt", "sf05.txt"]
KINDS = ["name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4,
            "car_registration": 3, "place": 4, "workplace": 4}
SPEAKERS = {"F1", "F2", "C1"} | {f"P{i}" for i in range(1, 9)}

# Non-identifiers that must be present and must not be (part of) a label.
TRICKY = {
    "sf01.vtt": ["by chance", "Teams", "what P2 said", "Ford Transit", "Integrated Care Board",
                 "£4,000", "the bill", "CMHT", "Instagram", "Black History Month",
                 "Samaritans 116 123", "Birmingham", "Thursday", "I'm 52"],
    "sf02.txt": ["Tuesday 12 March 2024", "£30", "grace of God", "Integrated Care Board",
                 "Facebook", "Samaritans", "NHS 111", "London", "Shogun", "paper roses",
                 "the council", "I'm 44"],
    "sf03.docx": ["Nain", "Brno", "Hearing Voices Network", "Diwali", "gold star",
                  "half a chance", "£12", "WhatsApp", "Mind", "Wednesday", "CMHT", "Samaritans",
                  "Cardiff voices peer group", "Philippines", "Croeso", "Czech Republic"],
    "sf04.txt": ["daisy chain", "iceland", "teams", "zoom", "OCD-UK", "samaritans is 116 123",
                 "nhs 24", "christmas", "10pm", "will do", "F1's name", "the 19th", "whatsapp"],
    "sf05.txt": ["lucky", "Hong Kong", "BN(O) visa", "Christmas", "£95", "lithium", "Bipolar UK",
                 "NHS 111", "Samaritans", "Shiraz", "Kingston", "18 January 2024", "Year 4",
                 "Sunday", "P7"],
}

PHONE_RANGES = [r"07700900\d{3}", r"01(?:13|17|18|61)4960\d{3}", r"02079460\d{3}",
                r"02920180\d{3}", r"01914980\d{3}", r"02896496\d{3}"]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
WORDNUM = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
           "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# Written shapes of structured identifiers; any match must overlap a labelled span.
SHAPES = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "handle": r"(?<![\w.])@\w+",
    "url": r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net)/\S*",
    "phone": r"(?:\+44\s?\(0\)\s?\d|\(?\b0\d)[\d\s.()-]{7,}\d",
    "nhs": r"\b999[\s-]?\d{3}[\s-]?\d{4}\b",
    "ni": r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b",
    "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b",
    "car": r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b",
}

errors = []


def err(msg):
    errors.append(msg)


def file_lines(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def pat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def spoken_digits(text):
    """Digits of a number, written or read aloud ('double oh', 'nine')."""
    if not re.search(r"[a-z]{2,}", text.lower()) or re.fullmatch(r"[\d\s().+\-]+", text):
        return re.sub(r"\D", "", text)
    out, mult = "", 1
    for tok in re.findall(r"[a-z]+|\d", text.lower()):
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        d = WORDNUM.get(tok, tok if tok.isdigit() else None)
        if d is None:
            err(f"unreadable spoken number token {tok!r} in {text!r}")
            continue
        out += d * mult
        mult = 1
    return out


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            err(f"bad header {header}")
        rows = [(r[0], int(r[1]), r[2], r[3]) for r in reader]

    texts = {fn: file_lines(fn) for fn in FILES}
    kind_counts = Counter(r[2] for r in rows)

    # 1. synthetic line
    for fn, lines in texts.items():
        if fn.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{fn}: first line is not WEBVTT")
            notes = [l for l in lines if l.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN:
                err(f"{fn}: first NOTE is not the SYNTHETIC line")
        elif lines[0] != SYN:
            err(f"{fn}: first line/paragraph is not the SYNTHETIC line")

    by_file = defaultdict(list)
    for r in rows:
        if r[0] not in texts:
            err(f"unknown file in row {r}")
            continue
        if r[2] not in KINDS:
            err(f"unknown kind in row {r}")
        by_file[r[0]].append(r)

    for fn, lines in texts.items():
        frows = by_file[fn]
        # 2. row text is on its line
        for _, ln, kind, text in frows:
            if not (1 <= ln <= len(lines)) or not pat(text).search(lines[ln - 1]):
                err(f"{fn}:{ln}: {text!r} not found as a whole word on that line")
            if text in SPEAKERS:
                err(f"{fn}: speaker pseudonym {text!r} labelled")
        # consistent kind per text
        kinds_of = defaultdict(set)
        for _, _, kind, text in frows:
            kinds_of[text].add(kind)
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{fn}: {text!r} labelled with several kinds {ks}")
        # 3. occurrences == rows
        expected = Counter((ln, text) for _, ln, _, text in frows)
        actual = Counter()
        spans = defaultdict(list)  # line -> [(start, end, text)]
        for text in kinds_of:
            for i, line in enumerate(lines, 1):
                for m in pat(text).finditer(line):
                    actual[(i, text)] += 1
                    spans[i].append((m.start(), m.end(), text))
        for key in set(expected) | set(actual):
            if expected[key] != actual[key]:
                err(f"{fn}:{key[0]}: {key[1]!r} has {actual[key]} occurrence(s) but {expected[key]} row(s)")
        # 4. no labelled text inside another labelled text
        for a in kinds_of:
            for b in kinds_of:
                if a != b and pat(a).search(b):
                    err(f"{fn}: labelled text {a!r} occurs inside labelled text {b!r}")
        # 10. tricky strings present and unlabelled
        for t in TRICKY.get(fn, []):
            hits = [(i, m.start(), m.end()) for i, line in enumerate(lines, 1)
                    for m in re.finditer(re.escape(t), line)]
            if not hits:
                err(f"{fn}: tricky string {t!r} missing")
            if t in kinds_of:
                err(f"{fn}: tricky string {t!r} is labelled")
            for i, s, e in hits:
                for ls, le, lt in spans[i]:
                    if s < le and ls < e:
                        err(f"{fn}:{i}: tricky {t!r} overlaps label {lt!r}")
        # 11. identifier-shaped strings (written forms) must all be covered by a label
        for i, line in enumerate(lines, 1):
            for sname, sp in SHAPES.items():
                for m in re.finditer(sp, line):
                    if not any(m.start() < le and ls < m.end() for ls, le, _ in spans[i]):
                        err(f"{fn}:{i}: unlabelled {sname}-shaped string {m.group(0)!r}")
        # 9. word counts
        words = len(" ".join(lines).split())
        if not 700 <= words <= 1000:
            err(f"{fn}: {words} words, outside 700-1000")

    # 5-7. value checks
    for fn, ln, kind, text in rows:
        if kind == "phone":
            d = spoken_digits(text)
            if d.startswith("440"):
                d = "0" + d[3:]
            elif d.startswith("44"):
                d = "0" + d[2:]
            if not any(re.fullmatch(p, d) for p in PHONE_RANGES):
                err(f"{fn}:{ln}: phone {text!r} ({d}) outside Ofcom drama ranges")
        elif kind == "nhs_number":
            if not nhs_ok(spoken_digits(text)):
                err(f"{fn}:{ln}: NHS number {text!r} fails 999 prefix / modulus 11")
        elif kind == "ni_number":
            s = re.sub(r"\s", "", text).upper()
            if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) or s[:2] not in NI_PREFIXES:
                err(f"{fn}:{ln}: NI number {text!r} not a never-issued-prefix format")
        elif kind == "email":
            if not re.search(r"example(\.| dot )(org|com|net)\b", text):
                err(f"{fn}:{ln}: email {text!r} not at an example domain")
        elif kind == "url":
            if not re.search(r"example\.(org|com|net)|(facebook|instagram|x|tiktok)\.com/", text):
                err(f"{fn}:{ln}: url {text!r} not example/social path")
        elif kind == "postcode":
            if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", text.upper()):
                err(f"{fn}:{ln}: postcode {text!r} malformed")
        elif kind == "car_registration":
            if not re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", text.upper()):
                err(f"{fn}:{ln}: registration {text!r} not current UK format")
        elif kind == "handle":
            if not (text.startswith("@") or text.startswith("at ")):
                err(f"{fn}:{ln}: handle {text!r} neither @ nor read aloud")

    # 8. minimums
    for kind, n in MINIMUMS.items():
        if kind_counts[kind] < n:
            err(f"kind {kind}: {kind_counts[kind]} rows, minimum {n}")

    print("rows per kind:", dict(sorted(kind_counts.items())))
    print("rows per file:", dict(sorted(Counter(r[0] for r in rows).items())))
    print("words per file:", {fn: len(" ".join(l).split()) for fn, l in texts.items()})
    print("tricky strings:", sum(len(v) for v in TRICKY.values()))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
