"""Checks the blind-x set: transcripts, labels.csv and tricky.csv.

Run:  python verify_labels.py      -> prints totals, then PASS (exit 0) or FAIL (exit 1).

Checks
 1. every transcript starts with the SYNTHETIC line (srt: first cue text; docx: first paragraph)
 2. labels.csv header, kinds, line numbers; each row's text occurs whole-word on its line
 3. the rows equal exactly the whole-word, case-sensitive occurrences of every labelled
    text in its file (one row per occurrence, two on a line = two rows); one kind per text
 4. no label text is part of another label text in the same file
 5. names are single words, no title, no possessive 's
 6. word counts 700-1000 per file; label total 150-200; every kind present
 7. tricky strings (tricky.csv, 60-80): present, never labelled, never overlapping a label
 8. safe values: Ofcom drama phone ranges, example.org/.com/.net, NHS 999 + modulus 11,
    never-issued NI prefixes, listed real outward postcodes, registrations never issued
 9. identifier-pattern sweep: nothing phone/email/URL/postcode/registration/NI/NHS/handle/
    date/spoken-number/title+name/speaker-name-like is left unlabelled unless tricky
10. no absolute machine paths in any file of this folder
"""
import csv
import re
import sys
import zipfile
from collections import Counter, defaultdict

from common import (FILES, HERE, KINDS, find_spans, first_line, is_structural_srt,
                    read_lines, word_count)

SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- safe values
PHONE_OK = re.compile(r"07700900\d{3}|01632960\d{3}|01134960\d{3}|02079460\d{3}|01314960\d{3}")
WORD_DIGIT = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
              "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
              "nine": "9"}
ALLOWED_OUTWARD = {"ZE1", "LS7", "N16", "BT7"}  # real outward codes; inward parts invented
NI_NEVER_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def spoken_to_digits(text):
    text = text.lower().replace("+44", " 0")
    out, mult = [], 1
    for tok in re.findall(r"\d+|[a-z]+", text):
        if tok.isdigit():
            out.append(tok[0] * mult + tok[1:]) if mult > 1 else out.append(tok)
            mult = 1
        elif tok == "double":
            mult = 2
        elif tok in ("treble", "triple"):
            mult = 3
        elif tok in WORD_DIGIT:
            out.append(WORD_DIGIT[tok] * mult)
            mult = 1
    return "".join(out)


def nhs_valid(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def safe_value(kind, text):
    if kind == "phone":
        return bool(PHONE_OK.fullmatch(spoken_to_digits(text)))
    if kind == "email":
        return bool(re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text))
    if kind == "url":
        host = re.sub(r"^https?://", "", text).split("/")[0]
        return bool(re.fullmatch(r"(www\.)?example\.(org|com|net)", host))
    if kind == "nhs_number":
        return nhs_valid(re.sub(r"\D", "", text))
    if kind == "ni_number":
        ni = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", ni):
            return False
        a, b = ni[0], ni[1]
        return a in "DFIQUV" or b in "DFIOQUV" or ni[:2] in NI_NEVER_PAIRS
    if kind == "postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})", text.upper())
        return bool(m) and m.group(1) in ALLOWED_OUTWARD
    if kind == "car_registration":
        m = re.fullmatch(r"[A-Z]{2}\d{2} ?([A-Z]{3})", text.upper())
        # I and Q are never used in the last three letters, so these were never issued
        return bool(m) and bool(set(m.group(1)) & {"I", "Q"})
    if kind == "handle":
        return text.startswith("@")
    return True


# ---------------------------------------------------------------- sweep patterns
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Adar|Nisan|Tishrei|Elul")
ORD_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
             "twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
             "nineteenth|twentieth|twenty-\\w+|thirtieth|thirty-first")
DIGIT_WORDS = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)"
SWEEP = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"(?i)\b(?:https?://|www\.)\S+"),
    "domain": re.compile(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|ie|io|co)\b(?:/\S*)?"),
    "handle": re.compile(r"(?<![\w@.])@\w(?:[\w.]*\w)?"),
    "phone": re.compile(r"(?<![\w+])(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?!\d)"),
    "nhs_like": re.compile(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"),
    "digit_run": re.compile(r"\b\d{7,}\b"),
    "postcode": re.compile(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    "registration": re.compile(r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
    "ni": re.compile(r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),
    "date_numeric": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),
    "date_text": re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:" + MONTHS + r")\b(?:,?\s+\d{4})?"),
    "date_text_us": re.compile(r"(?i)\b(?:" + MONTHS + r")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"),
    "date_words": re.compile(r"(?i)\b(?:" + ORD_WORDS + r")\s+of\s+(?:" + MONTHS + r")\b"),
    "spoken_number": re.compile(r"(?i)\b" + DIGIT_WORDS + r"(?:[\s,]+" + DIGIT_WORDS + r"\b){5,}"),
    "title_name": re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Rabbi|Reb|Pastor|Skipper|Auntie|Uncle|"
                             r"mr|mrs|ms|dr)\.?\s+([A-Za-z][\w'-]*)"),
}
WA_PREFIX = re.compile(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ")
WA_SENDER = re.compile(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ([^:]+): ")
PSEUDO_WORDS = {"MODERATOR", "PARTICIPANT", "PARTICIPANTS", "INTERVIEWER", "RESPONDENT",
                "FACILITATOR", "Facilitator", "Member", "Peer", "worker", "supporter",
                "peer", "Speaker", "Date", "Venue", "Typed", "up", "by", "Present",
                "outreach", "phone"}


def overlaps(span, spans):
    return any(span[0] < e and s < span[1] for s, e in spans)


def speaker_spans(name, idx, line):
    """Spans of speaker-label words that are not pseudonymous role words."""
    out = []
    if name.endswith(".docx"):
        if " | " in line:
            cell = line.split(" | ", 1)[0]
            for m in re.finditer(r"[A-Za-z][\w'-]*", cell):
                if m.group() not in PSEUDO_WORDS:
                    out.append((m.start(), m.end()))
        return out
    m = WA_SENDER.match(line)
    if m:
        for w in re.finditer(r"[^\s]+", m.group(1)):
            if w.group() not in PSEUDO_WORDS and not re.fullmatch(r"\+?\d+", w.group()):
                out.append((m.start(1) + w.start(), m.start(1) + w.end()))
        return out
    m = re.match(r"^(?:\[[\d:]+\]\s*)?(?:-\s*)?([A-Za-z][A-Za-z0-9 ()]{0,40}?):\s", line)
    if m:
        for w in re.finditer(r"[A-Za-z][\w'-]*", m.group(1)):
            if w.group() not in PSEUDO_WORDS:
                out.append((m.start(1) + w.start(), m.start(1) + w.end()))
    return out


# ---------------------------------------------------------------- main checks
def main():
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r for r in reader]
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as f:
        tricky = list(csv.DictReader(f))

    lines_of = {n: read_lines(n) for n in FILES}

    # 1. SYNTHETIC first line
    for n in FILES:
        if first_line(n, lines_of[n]) != SYNTHETIC:
            err(f"{n}: first line is not the SYNTHETIC line")

    # 2. row sanity
    kind_of = defaultdict(dict)
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        n, ln, kind, text = r
        if n not in FILES:
            err(f"unknown file {n}")
            continue
        if kind not in KINDS:
            err(f"{n}:{ln} unknown kind {kind}")
        if not ln.isdigit() or not 1 <= int(ln) <= len(lines_of[n]):
            err(f"{n}: bad line {ln}")
            continue
        if not find_spans(lines_of[n][int(ln) - 1], text):
            err(f"{n}:{ln} text '{text}' not on that line")
        if text != text.strip() or not text:
            err(f"{n}:{ln} text has stray whitespace: '{text}'")
        prev = kind_of[n].setdefault(text, kind)
        if prev != kind:
            err(f"{n}: '{text}' labelled as both {prev} and {kind}")
        if kind == "name":
            if " " in text or text.endswith("'s") or re.match(r"(?i)(mr|mrs|ms|dr|rabbi|reb)\b", text):
                err(f"{n}:{ln} name '{text}' is not a single bare word")
        if not safe_value(kind, text):
            err(f"{n}:{ln} unsafe {kind} value '{text}'")

    # 3. rows == occurrences
    expected = Counter()
    label_spans = defaultdict(lambda: defaultdict(list))
    for n in FILES:
        for text, kind in kind_of[n].items():
            for i, line in enumerate(lines_of[n], 1):
                for sp in find_spans(line, text):
                    expected[(n, str(i), kind, text)] += 1
                    label_spans[n][i].append(sp)
    actual = Counter(tuple(r) for r in rows if len(r) == 4)
    for key in (expected - actual):
        err(f"missing row(s) {key} x{(expected - actual)[key]}")
    for key in (actual - expected):
        err(f"extra row(s) {key} x{(actual - expected)[key]}")

    # 4. no label inside another
    for n in FILES:
        texts = list(kind_of[n])
        for a in texts:
            for b in texts:
                if a != b and a in b:
                    err(f"{n}: label '{a}' is part of label '{b}'")

    # 6. counts
    print("file        words  labels  distinct")
    per_file = Counter(r[0] for r in rows)
    for n in FILES:
        wc = word_count(n)
        print(f"{n:10s} {wc:6d} {per_file[n]:7d} {len(kind_of[n]):9d}")
        if not 700 <= wc <= 1000:
            err(f"{n}: {wc} words (want 700-1000)")
    per_kind = Counter(r[2] for r in rows)
    print("labels per kind:", ", ".join(f"{k} {per_kind[k]}" for k in KINDS))
    print(f"total labels: {len(rows)}; distinct (file, text): {sum(len(v) for v in kind_of.values())}")
    if not 150 <= len(rows) <= 200:
        err(f"total labels {len(rows)} (want 150-200)")
    for k in KINDS:
        if not per_kind[k]:
            err(f"no label of kind {k}")

    # 7. tricky strings
    tricky_spans = defaultdict(lambda: defaultdict(list))
    print(f"tricky non-identifiers: {len(tricky)}")
    if not 60 <= len(tricky) <= 80:
        err(f"{len(tricky)} tricky strings (want 60-80)")
    for t in tricky:
        n, text = t["file"], t["text"]
        if text in kind_of[n]:
            err(f"{n}: tricky '{text}' is labelled")
        found = 0
        for i, line in enumerate(lines_of[n], 1):
            for sp in find_spans(line, text):
                found += 1
                tricky_spans[n][i].append(sp)
                if overlaps(sp, label_spans[n][i]):
                    err(f"{n}:{i} tricky '{text}' overlaps a label")
        if not found:
            err(f"{n}: tricky '{text}' not found")

    # 9. sweep
    for n in FILES:
        for i, line in enumerate(lines_of[n], 1):
            if n.endswith(".srt") and is_structural_srt(line):
                continue
            scan = line
            m = WA_PREFIX.match(line) if n == "x04.txt" else None
            if m:
                scan = " " * m.end() + line[m.end():]
            covered = label_spans[n][i] + tricky_spans[n][i]
            for pname, pat in SWEEP.items():
                for mm in pat.finditer(scan):
                    sp = mm.span(1) if pname == "title_name" else mm.span()
                    if pname == "title_name" and mm.group(1).endswith("'s"):
                        sp = (sp[0], sp[1] - 2)
                    if not overlaps(sp, covered):
                        err(f"{n}:{i} unlabelled {pname}-like '{scan[sp[0]:sp[1]]}'")
            for sp in speaker_spans(n, i, line):
                if not overlaps(sp, covered):
                    err(f"{n}:{i} unlabelled speaker-name-like '{line[sp[0]:sp[1]]}'")

    # 10. absolute paths
    bad = re.compile(r"(?<![\w.~])/(?:" + "|".join(["ho" + "me", "wo" + "rk", "Us" + "ers", "tm" + "p",
                                                        "ro" + "ot", "mn" + "t", "op" + "t", "va" + "r",
                                                        "us" + "r"]) + r")/|\b[A-Za-z]:\\\\")
    for path in sorted(HERE.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                blobs = [z.read(x).decode("utf-8", "replace") for x in z.namelist()]
        else:
            blobs = [path.read_bytes().decode("utf-8", "replace")]
        for blob in blobs:
            mm = bad.search(blob)
            if mm:
                err(f"{path.name}: absolute path '{blob[mm.start():mm.start() + 30]}'")

    if ERRORS:
        print("\n".join(ERRORS))
        print(f"FAIL ({len(ERRORS)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
