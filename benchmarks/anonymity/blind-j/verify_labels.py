#!/usr/bin/env python3
"""Check labels.csv against the five synthetic transcripts of setJ.

Standard library + python-docx.  Run: python verify_labels.py
Exit status 0 and "ALL CHECKS PASSED" when everything is consistent.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sj01.vtt", "sj02.txt", "sj03.docx", "sj04.txt", "sj05.txt"]

MINIMUMS = {
    "name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3,
    "ni_number": 3, "street_address": 5, "date_of_birth": 4, "url": 5,
    "handle": 4, "car_registration": 3, "place": 4, "workplace": 4,
}

# Ofcom drama ranges: (prefix of the full national number, first and last 4-digit tail)
DRAMA = [
    ("07700900", 0, 999), ("01134960", 0, 999), ("01174960", 0, 999),
    ("01184960", 0, 999), ("01614960", 0, 999), ("02079460", 0, 999),
    ("02920180", 0, 999), ("01914980", 0, 999), ("01214960", 0, 999),
]

NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
SOCIAL = ("facebook.com", "instagram.com", "tiktok.com", "x.com", "twitter.com",
          "youtube.com")

# Tricky non-identifiers: must be present (whole-word, case-sensitive) and
# every occurrence must lie outside any labelled span.
TRICKY = {
    "sj01.vtt": ["Samaritans", "116 123", "SOBS", "Cruse", "CMHT",
                 "Integrated Care Board", "WhatsApp", "Vauxhall Corsa", "Birmingham",
                 "Wolverhampton", "Kaunas", "a brook", "miles away", "hope", "Tuesday",
                 "February", "seventeen", "Post-it"],
    "sj02.txt": ["Gloves Up", "NHS 111", "Samaritans", "CMHT", "Facebook", "Instagram",
                 "Mind", "Manchester", "Thursday", "March", "£4,000", "P6 said", "Astra",
                 "Integrated Care Board", "Coach says"],
    "sj03.docx": ["Eid", "the bay", "Tesco", "WhatsApp", "Integrated Care Board", "Cardiff",
                  "Hooyo Circle", "Ethiopia", "Universal Credit", "Saturday", "Bismillah",
                  "crèche"],
    "sj04.txt": ["hope", "joy", "will", "may", "miles away", "samaritans 116 123",
                 "nhs 111", "shout 85258", "£3.50", "tuesday", "march", "P4 said",
                 "bristol", "sofa club", "fiesta", "3am"],
    "sj05.txt": ["Lincoln", "Porto", "Latvia", "Mind", "Integrated Care Board", "WhatsApp",
                 "Facebook", "Land Rover", "miles from anybody", "Sixty-six", "2006",
                 "September", "P1's", "Fen Line"],
}

SPOKEN_DIGITS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
                 "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9"}

errors = []


def err(msg):
    errors.append(msg)


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def read_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def spoken_to_digits(text):
    out = []
    mult = 1
    for tok in re.findall(r"[a-z]+|\d", text.lower()):
        if tok in ("double", "treble"):
            mult = 2 if tok == "double" else 3
            continue
        if tok.isdigit():
            d = tok
        elif tok in SPOKEN_DIGITS:
            d = SPOKEN_DIGITS[tok]
        else:
            return None
        out.append(d * mult)
        mult = 1
    return "".join(out)


def phone_digits(text):
    if re.search(r"\d", text):
        digits = re.sub(r"\D", "", text)
        if text.strip().startswith("+44"):
            digits = "0" + digits[2:]
        return digits
    return spoken_to_digits(text)


def in_drama_range(digits):
    if not digits or len(digits) != 11:
        return False
    for prefix, lo, hi in DRAMA:
        if digits.startswith(prefix) and len(digits) == len(prefix) + 3:
            tail = int(digits[len(prefix):])
            return lo <= tail <= hi
    return False


def nhs_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def email_ok(text):
    t = text.strip()
    if "@" not in t:  # spoken form
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
        t = t.replace(" ", "")
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", t)
    if not m:
        return False
    dom = m.group(1).lower()
    return any(dom == d or dom.endswith("." + d) for d in ("example.org", "example.com", "example.net"))


def url_ok(text):
    t = re.sub(r"^https?://", "", text.strip())
    host = t.split("/")[0].lower()
    if host.startswith("www."):
        host = host[4:]
    return any(host == d or host.endswith("." + d)
               for d in ("example.org", "example.com", "example.net") + SOCIAL)


def word_count(name, lines):
    if name.endswith(".vtt"):
        keep = [l for l in lines
                if l.strip() and "-->" not in l and not l.strip().isdigit()
                and l.strip() != "WEBVTT" and not l.startswith("NOTE")]
    else:
        keep = lines
    return sum(len(l.split()) for l in keep)


def main():
    rows = list(csv.DictReader(open(HERE / "labels.csv", encoding="utf-8", newline="")))
    if not rows or list(rows[0].keys()) != ["file", "line", "kind", "text"]:
        err("labels.csv header must be file,line,kind,text")
    texts = {f: read_lines(f) for f in FILES}

    # 1. SYNTHETIC line
    for f, lines in texts.items():
        if f.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{f}: first line must be WEBVTT")
            notes = [l for l in lines if l.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN or lines[2] != "NOTE " + SYN:
                err(f"{f}: NOTE line (line 3) must be 'NOTE {SYN}'")
        elif lines[0] != SYN:
            err(f"{f}: first line/paragraph is not the SYNTHETIC line")

    # 2. each row's text on its line; kinds consistent
    by_file = defaultdict(list)
    kind_of = defaultdict(dict)
    for r in rows:
        f, kind, text = r["file"], r["kind"], r["text"]
        if f not in texts:
            err(f"unknown file {f}")
            continue
        if kind not in MINIMUMS:
            err(f"{f}: unknown kind {kind}")
        ln = int(r["line"])
        lines = texts[f]
        if not (1 <= ln <= len(lines)) or not word_re(text).search(lines[ln - 1]):
            err(f"{f}:{ln}: {text!r} not on that line")
        if text != text.strip() or not text:
            err(f"{f}:{ln}: text has stray whitespace")
        if re.fullmatch(r"[FPC]\d", text):
            err(f"{f}:{ln}: pseudonym label {text} must not be labelled")
        if kind == "name" and (re.match(r"(Mr|Mrs|Ms|Dr|Nurse|Coach)\b", text) or text.endswith("'s")):
            err(f"{f}:{ln}: name {text!r} includes title or possessive")
        prev = kind_of[f].setdefault(text, kind)
        if prev != kind:
            err(f"{f}: {text!r} labelled as both {prev} and {kind}")
        by_file[f].append((ln, text))

    # 3. whole-word occurrences == rows; 4. no labelled text inside another
    spans = defaultdict(list)  # file -> (line, start, end)
    for f, lines in texts.items():
        labelled = set(t for _, t in by_file[f])
        expected = Counter(by_file[f])
        actual = Counter()
        for t in labelled:
            rx = word_re(t)
            for i, line in enumerate(lines, 1):
                for m in rx.finditer(line):
                    actual[(i, t)] += 1
                    spans[f].append((i, m.start(), m.end()))
        if expected != actual:
            for key in sorted(set(expected) | set(actual)):
                if expected[key] != actual[key]:
                    err(f"{f}:{key[0]}: {key[1]!r} rows={expected[key]} occurrences={actual[key]}")
        for a in labelled:
            for b in labelled:
                if a != b and word_re(a).search(b):
                    err(f"{f}: labelled text {a!r} occurs inside labelled text {b!r}")
        # overlapping spans of different labelled texts
        ss = sorted(spans[f])
        for (l1, s1, e1), (l2, s2, e2) in zip(ss, ss[1:]):
            if l1 == l2 and s2 < e1:
                err(f"{f}:{l1}: overlapping labelled spans")

    # 5. format checks per kind
    for r in rows:
        f, kind, text = r["file"], r["kind"], r["text"]
        if kind == "phone" and not in_drama_range(phone_digits(text)):
            err(f"{f}:{r['line']}: phone {text!r} outside Ofcom drama ranges")
        if kind == "nhs_number" and not nhs_ok(text):
            err(f"{f}:{r['line']}: NHS number {text!r} fails 999/modulus-11")
        if kind == "ni_number":
            compact = re.sub(r"\s", "", text).upper()
            if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact) or compact[:2] not in NI_PREFIXES:
                err(f"{f}:{r['line']}: NI number {text!r} not a never-issued prefix")
        if kind == "email" and not email_ok(text):
            err(f"{f}:{r['line']}: email {text!r} not at example.org/.com/.net")
        if kind == "url" and not url_ok(text):
            err(f"{f}:{r['line']}: url {text!r} not example/social domain")
        if kind == "postcode" and not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}", text, re.I):
            err(f"{f}:{r['line']}: postcode {text!r} malformed")
        if kind == "car_registration" and not re.fullmatch(
                r"[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}", text, re.I):
            err(f"{f}:{r['line']}: car registration {text!r} malformed")

    # 6. minimums
    counts = Counter(r["kind"] for r in rows)
    for kind, n in MINIMUMS.items():
        if counts[kind] < n:
            err(f"kind {kind}: {counts[kind]} rows < minimum {n}")

    # 7. word counts
    for f, lines in texts.items():
        n = word_count(f, lines)
        if not 700 <= n <= 1000:
            err(f"{f}: {n} words, outside 700-1000")

    # 8. tricky non-identifiers present and unlabelled
    n_tricky = 0
    for f, items in TRICKY.items():
        labelled = set(t for _, t in by_file[f])
        for t in items:
            n_tricky += 1
            if t in labelled:
                err(f"{f}: tricky string {t!r} is labelled")
            found = False
            for i, line in enumerate(texts[f], 1):
                for m in word_re(t).finditer(line):
                    found = True
                    for (l, s, e) in spans[f]:
                        if l == i and m.start() < e and s < m.end():
                            err(f"{f}:{i}: tricky string {t!r} overlaps a labelled span")
            if not found:
                err(f"{f}: tricky string {t!r} not present")
    if n_tricky < 20:
        err(f"only {n_tricky} tricky strings")

    print("rows per kind:", dict(sorted(counts.items())))
    print("words per file:", {f: word_count(f, l) for f, l in texts.items()})
    print("tricky strings:", n_tricky)
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
