"""Verify the blind-s synthetic anonymity set. Prints PASS or FAIL with reasons.

Re-reads the transcripts and labels.csv with its own matcher and checks structure,
exact occurrence coverage, tricky non-identifiers and value safety; it also checks that
labels.csv covers exactly the identifier list (SPEC) in build_labels.py.
Run with a python that has python-docx (needed to read s03.docx).
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["s01.txt", "s02.srt", "s03.docx", "s04.txt", "s05.txt"]
SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
TOTAL_RANGE = (150, 200)
TRICKY_RANGE = (60, 80)
WORDS_RANGE = (700, 1000)

# Tricky NON-identifiers: must be present as whole words and must not overlap any label.
TRICKY = {
    "s01.txt": ["Manchester", "Access to Work", "Tesco", "American Sign Language", "Fiesta",
                "Leeds", "Tuesday", "Samaritans", "116 123", "Shout", "85258", "NHS 111",
                "999 BSL", "£4,200"],
    "s02.srt": ["Eritrea", "Khartoum", "Asmara", "sertraline", "50mg", "Samaritans", "116 123",
                "Home Office", "TikTok", "Ramadan", "Eid", "first of January", "Leeds", "said"],
    "s03.docx": ["World Suicide Prevention Day", "faith", "Easter", "A47", "Corsa", "nineteen",
                 "Wigilia", "£18,000", "Help is at Hand", "SOBS", "The Compassionate Friends",
                 "Papyrus", "HOPELINE247", "rowan"],
    "s04.txt": ["beat", "shout", "85258", "nhs 111", "myfitnesspal", "zoom", "fluoxetine", "20mg",
                "arfid", "leeds", "manchester", "easter", "year 13", "2 words for p1"],
    "s05.txt": ["Betsi Cadwaladr", "Farming Community Network", "DPJ Foundation", "Tir Dewi",
                "NFU Cymru", "Young Farmers", "Royal Welsh Show", "Eisteddfod", "foot-and-mouth",
                "postnatal depression", "lithium", "sixty-seven", "Birmingham", "A55"],
}

# Safe-value rules
PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01614960")
SAFE_DOMAINS = ("example.org", "example.com", "example.net")
SOCIAL_HOSTS = ("facebook.com", "instagram.com", "tiktok.com", "x.com")
REAL_OUTWARD = {"LA12", "TS17", "LL77", "HX7"}  # real outward codes used; inward parts invented
NI_NEVER_ISSUED = {"QQ", "ZZ", "BG", "GB", "NK", "KN", "NT"}
SPOKEN_DIGITS = {"oh": "0", "o": "0", "zero": "0", "one": "1", "two": "2", "three": "3",
                 "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# Absolute machine paths (pattern assembled so this file does not match itself).
_ROOTS = ["/" + r for r in ("work", "home", "Users", "tmp", "mnt")] + ["[A-Z]:" + "\\\\"]
ABS_PATH = re.compile(r"(^|[\s'\"(=])(" + "|".join(_ROOTS) + r")")

errors = []


def err(msg):
    errors.append(msg)


def read_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, line):
    """Whole-word, case-sensitive occurrences as (start, end)."""
    out, i = [], line.find(text)
    while i != -1:
        j = i + len(text)
        before_ok = i == 0 or not is_word_char(line[i - 1])
        after_ok = j == len(line) or not is_word_char(line[j])
        if before_ok and after_ok:
            out.append((i, j))
        i = line.find(text, i + 1)
    return out


def spoken_to_digits(value):
    value = value.lower().replace(",", " ").replace("+44", "0")
    out = []
    tokens = value.split()
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok in ("double", "triple") and k + 1 < len(tokens):
            d = SPOKEN_DIGITS.get(tokens[k + 1], tokens[k + 1])
            out.append(d * (2 if tok == "double" else 3))
            k += 2
            continue
        out.append(SPOKEN_DIGITS.get(tok, re.sub(r"\D", "", tok)))
        k += 1
    return "".join(out)


def spoken_to_email(value):
    v = value.strip()
    if "@" not in v:
        v = re.sub(r"\s+dot\s+", ".", v)
        v = re.sub(r"\s+at\s+", "@", v)
        v = v.replace(" underscore ", "_")
    return v


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def safe(kind, text):
    t = text.strip()
    if kind == "phone":
        d = spoken_to_digits(t)
        return len(d) == 11 and d.startswith(PHONE_PREFIXES)
    if kind == "email":
        e = spoken_to_email(t)
        return re.fullmatch(r"[a-z0-9._-]+@([a-z0-9-]+\.)*example\.(org|com|net)", e) is not None
    if kind == "url":
        u = re.sub(r"^https?://", "", t)
        u = re.sub(r"^www\.", "", u)
        host, _, path = u.partition("/")
        if host.endswith(SAFE_DOMAINS):
            return True
        return host in SOCIAL_HOSTS and "example" in path
    if kind == "nhs_number":
        return nhs_ok(re.sub(r"\D", "", t))
    if kind == "ni_number":
        n = t.replace(" ", "").upper()
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None and n[:2] in NI_NEVER_ISSUED
    if kind == "postcode":
        p = t.upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})", p)
        return m is not None and m.group(1) in REAL_OUTWARD
    if kind == "car_registration":
        m = re.fullmatch(r"[A-HJ-PR-Y][A-HJ-PR-Y](\d\d) [A-HJ-PR-Z]{3}", t)
        if not m:
            return False
        age = int(m.group(1))
        return 2 <= age <= 25 or 51 <= age <= 74
    if kind == "handle":
        h = t if t.startswith("@") else "@" + spoken_to_email(t).replace(" ", "")
        return re.fullmatch(r"@[A-Za-z0-9._]+", h) is not None or "underscore" in t
    if kind == "date_of_birth":
        return re.search(r"(19[3-9]\d|200\d)", t) is not None
    return True


def word_count(name, lines):
    body = lines[1:]
    if name.endswith(".srt"):
        body = [l for l in body if l.strip() and not l.strip().isdigit() and "-->" not in l]
    if name == "s04.txt":
        body = [re.sub(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ", "", l) for l in body]
    return sum(len(l.split()) for l in body)


def check_formats(texts):
    srt = texts["s02.srt"]
    blocks = "\n".join(srt).strip("\n").split("\n\n")
    for n, block in enumerate(blocks, 1):
        b = block.split("\n")
        if b[0] != str(n) or not re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", b[1]):
            err(f"s02.srt: bad cue {n}")
        elif n > 1 and not re.match(r"(P\d:|\[[FC]\d\]) ", b[2]):
            err(f"s02.srt: cue {n} lacks a speaker label")
    for n, line in enumerate(texts["s04.txt"][1:], 2):
        if line and not re.fullmatch(r"\d\d/\d\d/\d{4}, \d\d:\d\d - [pfc]\d: .+", line):
            err(f"s04.txt:{n}: not WhatsApp export style")
        if line != line.lower():
            err(f"s04.txt:{n}: not all lower case")
    for name in ("s01.txt", "s05.txt"):
        for n, line in enumerate(texts[name], 1):
            if re.match(r"[A-Z]+\d?\s*\(", line):
                err(f"{name}:{n}: speaker label not pseudonymous")


def main():
    texts = {f: read_lines(f) for f in FILES}
    for f, lines in texts.items():
        first = lines[2] if f.endswith(".srt") else lines[0]
        if first != SYNTHETIC:
            err(f"{f}: first line/cue is not the SYNTHETIC line")
        wc = word_count(f, lines)
        print(f"  words {f}: {wc}")
        if not WORDS_RANGE[0] <= wc <= WORDS_RANGE[1]:
            err(f"{f}: {wc} words outside {WORDS_RANGE}")
    check_formats(texts)

    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")

    row_count = Counter()
    kinds_of = defaultdict(set)
    label_texts = defaultdict(set)
    for r in rows:
        f, line, kind, text = r
        if f not in texts:
            err(f"unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"bad kind {kind}")
        n = int(line)
        if not 1 <= n <= len(texts[f]) or not occurrences(text, texts[f][n - 1]):
            err(f"{f}:{n}: '{text}' not on that line")
        if re.fullmatch(r"[PFCIpfci]\d", text):
            err(f"{f}: speaker label '{text}' must not be labelled")
        if text != text.strip() or text.endswith("'s"):
            err(f"{f}: untidy label text '{text}'")
        if not safe(kind, text):
            err(f"{f}: unsafe or malformed {kind} '{text}'")
        row_count[(f, n, text)] += 1
        kinds_of[(f, text)].add(kind)
        label_texts[f].add(text)

    # labels.csv must cover exactly the identifier list in build_labels.py
    sys.dont_write_bytecode = True
    from build_labels import SPEC
    spec = {(f, k, t) for f, kinds in SPEC.items() for k, ts in kinds.items() for t in ts}
    have = {(r[0], r[2], r[3]) for r in rows}
    for missing in sorted(spec - have):
        err(f"{missing[0]}: listed identifier '{missing[2]}' ({missing[1]}) has no row")
    for extra in sorted(have - spec):
        err(f"{extra[0]}: row '{extra[2]}' ({extra[1]}) is not in the identifier list")

    for (f, text), ks in kinds_of.items():
        if len(ks) > 1:
            err(f"{f}: '{text}' has several kinds {ks}")

    # Every whole-word occurrence is a row, and no extra rows.
    spans = defaultdict(list)
    for f, labs in label_texts.items():
        for text in labs:
            for n, line in enumerate(texts[f], 1):
                occ = occurrences(text, line)
                spans[(f, n)] += occ
                if len(occ) != row_count.get((f, n, text), 0):
                    err(f"{f}:{n}: '{text}' occurs {len(occ)}x, rows {row_count.get((f, n, text), 0)}")
        for a in labs:
            for b in labs:
                if a != b and a in b:
                    err(f"{f}: label '{a}' is part of label '{b}'")

    # Tricky non-identifiers
    tricky_total = 0
    for f, items in TRICKY.items():
        for t in items:
            tricky_total += 1
            found = False
            for n, line in enumerate(texts[f], 1):
                for s, e in occurrences(t, line):
                    found = True
                    for ls, le in spans[(f, n)]:
                        if s < le and ls < e:
                            err(f"{f}:{n}: tricky '{t}' overlaps a label")
            if not found:
                err(f"{f}: tricky '{t}' not present")
            if t in label_texts[f]:
                err(f"{f}: tricky '{t}' is labelled")

    total = len(rows)
    if not TOTAL_RANGE[0] <= total <= TOTAL_RANGE[1]:
        err(f"{total} label rows outside {TOTAL_RANGE}")
    if not TRICKY_RANGE[0] <= tricky_total <= TRICKY_RANGE[1]:
        err(f"{tricky_total} tricky strings outside {TRICKY_RANGE}")

    # No absolute machine paths in any file of this folder.
    for p in sorted(HERE.iterdir()):
        if p.suffix in {".py", ".md", ".csv", ".txt", ".srt"}:
            body = p.read_text(encoding="utf-8")
            if ABS_PATH.search(body):
                err(f"{p.name}: contains an absolute path")

    per_kind = Counter(r[2] for r in rows)
    per_file = Counter(r[0] for r in rows)
    print(f"  rows: {total}; tricky strings: {tricky_total}")
    print("  per file: " + ", ".join(f"{k} {v}" for k, v in sorted(per_file.items())))
    print("  per kind: " + ", ".join(f"{k} {v}" for k, v in per_kind.most_common()))
    if errors:
        print("FAIL")
        for e in errors:
            print("  - " + e)
        raise SystemExit(1)
    print("PASS")


if __name__ == "__main__":
    main()
