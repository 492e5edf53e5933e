"""Check the blind-q synthetic set and its labels.csv.  Prints PASS or the failures.

Run from this folder:  python verify_labels.py   (needs python-docx for q03.docx)
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from build_labels import FILES, PLANTED, TRICKY, build, read_lines, word_pattern

HERE = Path(__file__).resolve().parent
SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {
    "name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
    "date_of_birth", "url", "handle", "car_registration", "place", "workplace",
}
failures = []


def fail(message):
    failures.append(message)


# ---------------------------------------------------------------- safe values
WORD_DIGITS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(text):
    digits, repeat = "", 1
    for word in re.findall(r"[a-z]+", text.lower()):
        if word == "double":
            repeat = 2
        elif word == "triple":
            repeat = 3
        elif word in WORD_DIGITS:
            digits += WORD_DIGITS[word] * repeat
            repeat = 1
        else:
            return None
    return digits


def safe_phone(text):
    digits = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_digits(text)
    if not digits:
        return False
    if re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits):
        return True
    if re.fullmatch(r"0(113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}", digits):
        return True
    return bool(re.fullmatch(r"02079460\d{3}", digits))


def spoken_email(text):
    words = text.lower().split()
    if "at" not in words:
        return None
    out = " ".join(words).replace(" dot ", ".").replace(" at ", "@")
    return out.replace(" ", "")


def safe_email(text):
    address = text if "@" in text else spoken_email(text)
    return bool(address) and bool(re.fullmatch(r"[a-z0-9._-]+@example\.(org|com|net)", address.lower()))


def nhs_ok(text):
    digits = re.sub(r"\D", "", text)
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def ni_ok(text):
    compact = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    prefix = compact[:2]
    never = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    return prefix in never or prefix[0] in "DFIQUV" or prefix[1] in "DFIOQUV"


def postcode_ok(text):
    compact = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d)([A-Z]{2})", compact)
    # inward unit letters never include C, I, K, M, O or V, so these cannot be real postcodes
    return bool(m) and any(c in "CIKMOV" for c in m.group(3))


def car_ok(text):
    compact = re.sub(r"\s", "", text).upper()
    m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", compact)
    # I and Q are never used in the last three letters of a current-style plate
    return bool(m) and any(c in "IQ" for c in m.group(1))


SAFE = {
    "phone": safe_phone,
    "email": safe_email,
    "nhs_number": nhs_ok,
    "ni_number": ni_ok,
    "postcode": postcode_ok,
    "car_registration": car_ok,
    "url": lambda t: bool(re.search(r"(^|[/.])example\.(org|com|net)(/|$)", t)),
    "handle": lambda t: bool(re.fullmatch(r"@[A-Za-z0-9_.]+", t)),
}


# ---------------------------------------------------------------- helpers
def spans(line, text):
    return [(m.start(), m.end()) for m in word_pattern(text).finditer(line)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    texts = {name: read_lines(name) for name in FILES}

    # 1. SYNTHETIC first line
    for name, lines in texts.items():
        if name.endswith(".vtt"):
            if lines[0].strip() != "WEBVTT":
                fail(f"{name}: first line is not WEBVTT")
            note_at = next((i for i, l in enumerate(lines) if l.startswith("NOTE")), None)
            if note_at is None:
                fail(f"{name}: no NOTE block")
            else:
                note = lines[note_at][4:].strip() or lines[note_at + 1].strip()
                if note != SYNTHETIC:
                    fail(f"{name}: first NOTE is {note!r}")
        elif lines[0] != SYNTHETIC:
            fail(f"{name}: first line/paragraph is {lines[0]!r}")

    # 2. labels.csv is current and well-formed
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [tuple(r) for r in reader]
    if header != ["file", "line", "kind", "text"]:
        fail(f"labels.csv header is {header}")
    expected_rows, build_errors = build()
    for e in build_errors:
        fail(e)
    if sorted(rows) != sorted((f, str(l), k, t) for f, l, k, t in expected_rows):
        fail("labels.csv differs from what build_labels.py produces; rerun it")

    by_file = defaultdict(list)
    for f, l, k, t in rows:
        if f not in texts:
            fail(f"row names unknown file {f}")
            continue
        if k not in KINDS:
            fail(f"{f}:{l} unknown kind {k}")
        line_no = int(l)
        if not 1 <= line_no <= len(texts[f]) or not spans(texts[f][line_no - 1], t):
            fail(f"{f}:{l} text {t!r} is not on that line as a whole word")
        by_file[f].append((line_no, k, t))

    # 3. every whole-word, case-sensitive occurrence is a row, and no more
    for name, lines in texts.items():
        label_rows = by_file[name]
        kinds_of = defaultdict(set)
        for _, k, t in label_rows:
            kinds_of[t].add(k)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                fail(f"{name}: {t!r} has several kinds {ks}")
        row_count = Counter((ln, t) for ln, _, t in label_rows)
        for t in kinds_of:
            for number, line in enumerate(lines, start=1):
                n = len(spans(line, t))
                if n != row_count.get((number, t), 0):
                    fail(f"{name}:{number} {t!r} occurs {n}x but has {row_count.get((number, t), 0)} row(s)")
            if re.fullmatch(r"[FPCfpc]\d+", t):
                fail(f"{name}: speaker label {t!r} must not be labelled")

        # 4. no label text inside another label text (case-insensitive, whole word or substring)
        label_texts = sorted(kinds_of)
        for a in label_texts:
            for b in label_texts:
                if a != b and (a in b or re.search(r"(?<!\w)" + re.escape(a.lower()) + r"(?!\w)", b.lower())):
                    fail(f"{name}: label {a!r} is inside label {b!r}")

        # 5. label spans never overlap
        for number, line in enumerate(lines, start=1):
            occupied = [(s, t) for t in label_texts for s in spans(line, t)]
            for i, (s1, t1) in enumerate(occupied):
                for s2, t2 in occupied[i + 1:]:
                    if overlaps(s1, s2):
                        fail(f"{name}:{number} labels {t1!r} and {t2!r} overlap")

        # 6. tricky non-identifiers present, unlabelled, containing no label
        for category, trick in TRICKY[name]:
            hits = [(n, s) for n, line in enumerate(lines, start=1) for s in spans(line, trick)]
            if not hits:
                fail(f"{name}: tricky {trick!r} ({category}) not found")
            if trick in kinds_of:
                fail(f"{name}: tricky {trick!r} is labelled")
            for t in label_texts:
                if spans(trick, t):
                    fail(f"{name}: tricky {trick!r} contains label {t!r}")
            for n, s in hits:
                for t in label_texts:
                    for ls in spans(lines[n - 1], t):
                        if overlaps(s, ls):
                            fail(f"{name}:{n} tricky {trick!r} overlaps label {t!r}")

        # 7. safe values
        for t, ks in kinds_of.items():
            for k in ks:
                if k in SAFE and not SAFE[k](t):
                    fail(f"{name}: {k} {t!r} is not a safe synthetic value")

        # 8. word counts
        words = sum(len(l.split()) for l in lines)
        if not 700 <= words <= 1000:
            fail(f"{name}: {words} words, want 700-1000")
        if name.endswith(".vtt"):
            cue_text = [re.sub(r"^<v [^>]*>", "", l) for l in lines if l.startswith("<v ")]
            spoken = sum(len(l.split()) for l in cue_text)
            if not 700 <= spoken <= 1000:
                fail(f"{name}: {spoken} spoken words, want 700-1000")
            voices = {re.match(r"<v ([^>]*)>", l).group(1) for l in lines if l.startswith("<v ")}
            labelled_voices = [v for v in voices if all(w in kinds_of for w in v.split())]
            if not labelled_voices or len(labelled_voices) == len(voices):
                fail(f"{name}: want both labelled real-looking and pseudonymous voice names, got {voices}")

    # 9. totals
    total = len(rows)
    if not 140 <= total <= 200:
        fail(f"{total} label rows, want 140-200")
    tricky_total = sum(len(v) for v in TRICKY.values())
    if not 60 <= tricky_total <= 80:
        fail(f"{tricky_total} tricky strings, want 60-80")
    planted_kinds = {k for v in PLANTED.values() for k, _, _ in v}
    if planted_kinds != KINDS:
        fail(f"kinds not covered: {sorted(KINDS - planted_kinds)}")

    # 10. no absolute machine paths in any file of the folder
    for path in sorted(HERE.iterdir()):
        if path.suffix in {".py", ".md", ".csv", ".txt", ".vtt"}:
            body = path.read_text(encoding="utf-8")
            if re.search(r"(^|[\s'\"(])/(work|home|tmp|root|Users)/|[A-Z]:\\\\", body):
                fail(f"{path.name}: contains an absolute machine path")

    kinds_total = Counter(k for _, _, k, _ in rows)
    print(f"rows: {total}; tricky strings: {tricky_total}")
    for name in FILES:
        print(f"  {name}: {sum(1 for r in rows if r[0] == name)} rows")
    print("  " + ", ".join(f"{k} {kinds_total[k]}" for k in sorted(kinds_total)))
    if failures:
        print("FAIL")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
