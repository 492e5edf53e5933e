"""Verify the blind-aa set: transcripts, labels.csv and tricky.csv.

Checks
  1. each transcript opens with the SYNTHETIC line (txt: line 1; docx:
     paragraph 1; vtt: first line of the NOTE block right after WEBVTT)
  2. labels.csv header, kinds, one kind per text per file, names are single
     words without titles or possessive 's
  3. each row's text occurs (whole word) on its line
  4. every whole-word, case-sensitive occurrence of each label text in its
     file has exactly one row, and no row is spare
  5. no label text is contained in another label text of the same file
     (case-insensitive; identical case-folded texts are allowed, they are
     case variants of one another)
  6. word counts 700-1000 per transcript; 150-200 label rows in total;
     all 13 kinds used
  7. safe values: phones in Ofcom drama ranges, example.* emails and URLs,
     NHS numbers 999 + valid modulus-11 check digit, NI numbers QQ/ZZ,
     postcodes with C/I/K/M/O/V in the inward part, registrations with I/Q
     in the last three letters
  8. tricky.csv: >= 60 rows, each text present in its file, never a label
     text and never overlapping a labelled span
  9. sweep: identifier-like patterns in each transcript must be covered by a
     labelled span or a tricky string
 9b. capitalised-word sweep (catches names left out of the inventory)
 9c. cross-file: names/places/workplaces labelled in one file are labelled
     or tricky wherever else they occur
 10. no absolute machine paths in any file of the folder
Prints PASS or FAIL with the problems found.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["aa01.txt", "aa02.vtt", "aa03.docx", "aa04.txt", "aa05.txt"]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "uncle", "auntie", "sir", "prof"}

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reading
def file_lines(name):
    p = HERE / name
    if p.suffix == ".docx":
        import docx
        d = docx.Document(str(p))
        return [(i, para.text) for i, para in enumerate(d.paragraphs, 1)]
    return [(i, t) for i, t in enumerate(p.read_text(encoding="utf-8").split("\n"), 1)]


def spans(needle, line):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(line)]


# ------------------------------------------------------- spoken numbers
NUMWORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6",
            "seven": "7", "eight": "8", "nine": "9"}


def digits_of(text):
    """Digits of a phone/NHS number written in digits or spoken in words."""
    t = text.lower().replace("+44", " plus44 ").replace("plus 44", " plus44 ")
    toks = re.findall(r"[a-z]+\d*|\d+", t)
    out, i = [], 0
    while i < len(toks):
        tok = toks[i]
        if tok == "plus44":
            out.append("0")
        elif tok in ("double", "treble") and i + 1 < len(toks) and toks[i + 1] in NUMWORDS:
            out.append(NUMWORDS[toks[i + 1]] * (2 if tok == "double" else 3))
            i += 1
        elif tok in NUMWORDS:
            out.append(NUMWORDS[tok])
        elif tok.isdigit():
            out.append(tok)
        i += 1
    return "".join(out)


PHONE_PREFIXES = ["07700900", "01632960", "01134960", "01214960",
                  "02079460", "02920180", "01914980"]


def nhs_valid(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def spoken_to_written(text):
    t = text.strip()
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    return t.replace(" ", "")


SAFE_DOMAIN = re.compile(r"(^|\.)example\.(org|com|net)$", re.I)


def check_safe(fn, kind, text):
    if kind == "phone":
        d = digits_of(text)
        if len(d) != 11 or not any(d.startswith(p) for p in PHONE_PREFIXES):
            fail(f"{fn}: phone not in a drama range: {text!r} -> {d}")
    elif kind == "nhs_number":
        d = digits_of(text)
        if not nhs_valid(d):
            fail(f"{fn}: NHS number not 999 + valid check digit: {text!r} -> {d}")
    elif kind == "ni_number":
        t = text.replace(" ", "").upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", t):
            fail(f"{fn}: NI number not QQ/ZZ: {text!r}")
    elif kind == "postcode":
        t = re.sub(r"\s+", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", t)
        if not m or not set(m.group(2)[1:]) & set("CIKMOV"):
            fail(f"{fn}: postcode inward part lacks C/I/K/M/O/V: {text!r}")
    elif kind == "car_registration":
        t = re.sub(r"\s+", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", t) or not set(t[-3:]) & {"I", "Q"}:
            fail(f"{fn}: registration lacks I/Q in last three letters: {text!r}")
    elif kind == "email":
        t = spoken_to_written(text) if " at " in text else text
        if "@" not in t or not SAFE_DOMAIN.search(t.split("@", 1)[1]):
            fail(f"{fn}: email not at example.*: {text!r}")
    elif kind == "url":
        host = re.sub(r"^https?://", "", text).split("/", 1)[0]
        if not SAFE_DOMAIN.search(host):
            fail(f"{fn}: url not at example.*: {text!r}")


# ------------------------------------------------------------ sweep
SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
    ("spoken-email", re.compile(r"\b[\w.]+(?: dot [\w]+)* at [\w]+ dot \w+(?: dot \w+)*", re.I)),
    ("url", re.compile(r"\b(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|io)(?:/[\w./-]*)?", re.I)),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,}")),
    ("underscore-handle", re.compile(r"\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b")),
    ("phone/number", re.compile(r"(?<![\w:])\+?\d[\d .\-]{4,}\d(?!\w)")),
    ("spoken-digits", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double)[ ,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)),
    ("ni", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)),
    ("car-reg", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", re.I)),
    ("date", re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")),
    ("date-words", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{2,4}\b", re.I)),
    ("title+name", re.compile(r"\b(?:Mr|Mrs|Ms|Dr|mr|mrs|ms|dr)\.? [A-Za-z][\w'-]+")),
    ("house-number+street", re.compile(r"\b\d{1,3} [A-Za-z]+(?: [A-Za-z]+)? (?:Road|Street|Lane|Close|Way|Walk|Cottages|Terrace|Avenue|Drive|Crescent|Felin|Row)\b", re.I)),
    ("named-org", re.compile(r"\b(?:[A-Z][\w'-]+ ){1,3}(?:Surgery|Practice|Hospital|School|Academy|Nursery|Centre|Hub|Farm|Lodge|Tavern|Taxis|Freight|Timber|Parcels)\b")),
]


# capitalised words that are neither identifiers nor used in lower case
# elsewhere in the set (headings, nationalities, weekdays, interjections)
COMMON_CAPS = {
    "Actions", "B", "C", "D", "Bangladeshi", "Brothers", "Contacts", "DM",
    "Distance", "Dr", "End", "English", "Farming", "Focus", "Friday", "GILYDD",
    "GYDA'N", "Goodnight", "Held", "Hello", "I", "I'd", "I've", "I'm",
    "I'll", "Instagram", "Insurance", "NOTE", "NOTE-TAKER", "National",
    "Otherwise", "POSTNATAL", "Polish", "Recorded", "Referrals",
    "Respondent", "SYNTHETIC", "Several", "Sheep", "Silver", "Somali",
    "TRANSCRIPT", "Thanks", "Thursday", "Tuesday", "WEBVTT",
}


def vtt_skip(line):
    return line.strip() == "WEBVTT" or "-->" in line or line.strip().isdigit()


def main():
    texts = {fn: file_lines(fn) for fn in FILES}

    # 1. SYNTHETIC line
    for fn in FILES:
        lines = [t for _, t in texts[fn]]
        if fn.endswith(".vtt"):
            ok = (lines[0].strip() == "WEBVTT" and lines[1].strip() == ""
                  and lines[2].strip() == "NOTE" and lines[3] == SYN)
        else:
            ok = lines[0] == SYN
        if not ok:
            fail(f"{fn}: SYNTHETIC line missing or misplaced")

    # 2. labels.csv
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    if header != ["file", "line", "kind", "text"]:
        fail(f"labels.csv header wrong: {header}")
    kind_of = defaultdict(dict)
    for r in rows:
        fn, ln, kind, text = r
        if fn not in FILES:
            fail(f"unknown file in labels: {fn}")
            continue
        if kind not in KINDS:
            fail(f"unknown kind {kind} ({fn}:{ln})")
        prev = kind_of[fn].setdefault(text, kind)
        if prev != kind:
            fail(f"{fn}: text {text!r} has two kinds {prev}/{kind}")
        if kind == "name":
            if re.search(r"\s", text):
                fail(f"{fn}: name not a single word: {text!r}")
            if text.lower().rstrip(".") in TITLES:
                fail(f"{fn}: name is a title: {text!r}")
            if re.search(r"['\u2019]s$", text):
                fail(f"{fn}: name keeps possessive: {text!r}")
        if text != text.strip() or not text:
            fail(f"{fn}: label text has stray whitespace: {text!r}")

    # 3./4. occurrences vs rows
    row_counter = Counter((r[0], int(r[1]), r[3]) for r in rows if r[0] in FILES)
    occ_counter = Counter()
    label_spans = defaultdict(list)  # (fn, line) -> [(s, e)]
    for fn in FILES:
        for text in kind_of[fn]:
            for ln, line in texts[fn]:
                for s, e in spans(text, line):
                    occ_counter[(fn, ln, text)] += 1
                    label_spans[(fn, ln)].append((s, e))
    for key, n in row_counter.items():
        fn, ln, text = key
        line = dict(texts[fn]).get(ln)
        if line is None or not spans(text, line):
            fail(f"{fn}:{ln}: row text {text!r} not found on its line")
        elif occ_counter[key] != n:
            fail(f"{fn}:{ln}: {text!r} has {n} rows but {occ_counter[key]} occurrences")
    for key, n in occ_counter.items():
        if row_counter[key] == 0:
            fail(f"{key[0]}:{key[1]}: unlabelled occurrence of {key[2]!r}")

    # 5. containment
    for fn in FILES:
        ts = list(kind_of[fn])
        for a in ts:
            for b in ts:
                if a.lower() != b.lower() and a.lower() in b.lower():
                    fail(f"{fn}: label {a!r} is contained in label {b!r}")

    # 6. counts
    for fn in FILES:
        if fn.endswith(".vtt"):
            all_lines = [t for _, t in texts[fn]]
            whole = sum(len(t.split()) for t in all_lines)
            cue = sum(len(t.split()) for t in all_lines if t.strip() and not vtt_skip(t))
            counts = {"whole file": whole, "cue/note text": cue}
        else:
            counts = {"words": sum(len(t.split()) for _, t in texts[fn])}
        for what, n in counts.items():
            if not 700 <= n <= 1000:
                fail(f"{fn}: {what} = {n}, outside 700-1000")
        print(f"{fn}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if not 150 <= len(rows) <= 200:
        fail(f"total label rows {len(rows)} outside 150-200")
    used = {r[2] for r in rows}
    if KINDS - used:
        fail(f"kinds never used: {sorted(KINDS - used)}")

    # 7. safe values
    for fn in FILES:
        for text, kind in kind_of[fn].items():
            check_safe(fn, kind, text)

    # 8. tricky.csv
    with open(HERE / "tricky.csv", newline="", encoding="utf-8") as f:
        tr = list(csv.DictReader(f))
    if len(tr) < 60:
        fail(f"tricky.csv has {len(tr)} rows (< 60)")
    tricky_spans = defaultdict(list)
    for t in tr:
        fn, text = t["file"], t["text"]
        if fn not in FILES:
            fail(f"tricky: unknown file {fn}")
            continue
        if not t.get("why"):
            fail(f"tricky: no reason for {text!r}")
        if text in kind_of[fn] or text.lower() in {k.lower() for k in kind_of[fn]}:
            fail(f"tricky: {text!r} is also a label text in {fn}")
        found = False
        for ln, line in texts[fn]:
            for s, e in spans(text, line):
                found = True
                tricky_spans[(fn, ln)].append((s, e))
                for ls, le in label_spans[(fn, ln)]:
                    if s < le and ls < e:
                        fail(f"tricky: {text!r} overlaps a labelled span at {fn}:{ln}")
        if not found:
            fail(f"tricky: {text!r} not found in {fn}")

    # 9. sweep
    uncovered = 0
    for fn in FILES:
        for ln, line in texts[fn]:
            if fn.endswith(".vtt") and vtt_skip(line):
                continue
            cover = label_spans[(fn, ln)] + tricky_spans[(fn, ln)]
            for what, pat in SWEEP:
                for m in pat.finditer(line):
                    s, e = m.span()
                    if fn == "aa04.txt" and line.startswith("[") and e <= line.find("]") + 1:
                        # chat timestamp: date part must be a tricky string
                        if not any(ts <= s + 1 and s + 1 < te for ts, te in tricky_spans[(fn, ln)]) and what == "date":
                            fail(f"sweep {fn}:{ln}: timestamp date not in tricky.csv")
                        continue
                    if not any(cs < e and s < ce for cs, ce in cover):
                        uncovered += 1
                        fail(f"sweep {fn}:{ln}: uncovered {what}: {m.group(0)!r}")

    # 9b. capitalised-word sweep: a capitalised token not covered by a
    # label or tricky span must be an ordinary word (it also appears in
    # lower case somewhere in the set) or on the short allowlist below.
    lower_words = set()
    for fn in FILES:
        for _, line in texts[fn]:
            lower_words.update(re.findall(r"\b[a-z][\w'\u2019-]*", line))
    for fn in FILES:
        for ln, line in texts[fn]:
            if fn.endswith(".vtt") and vtt_skip(line):
                continue
            cover = label_spans[(fn, ln)] + tricky_spans[(fn, ln)]
            for m in re.finditer(r"\b[A-Z][\w'\u2019-]*", line):
                s, e = m.span()
                if any(cs < e and s < ce for cs, ce in cover):
                    continue
                base = re.sub(r"['\u2019]s?$", "", m.group(0))
                if base.lower() in lower_words or base in COMMON_CAPS:
                    continue
                fail(f"sweep {fn}:{ln}: capitalised word not labelled/tricky/allowed: {m.group(0)!r}")

    # 9c. cross-file: a name/place/workplace labelled in one file that
    # appears (whole word, same case) in another file must be labelled or
    # tricky there too.
    for fa in FILES:
        for text, kind in kind_of[fa].items():
            if kind not in {"name", "place", "workplace"}:
                continue
            for fb in FILES:
                if fb == fa or text in kind_of[fb]:
                    continue
                for ln, line in texts[fb]:
                    for s, e in spans(text, line):
                        if not any(ts <= s and e <= te for ts, te in tricky_spans[(fb, ln)]):
                            fail(f"cross-file: {text!r} ({kind} in {fa}) unlabelled in {fb}:{ln}")

    # 10. absolute paths
    abs_pat = re.compile(r"(?<![\w.])/(?:home|work|tmp|Users|root|mnt|opt|srv)/|[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in {".txt", ".vtt", ".csv", ".md", ".py"}:
            if abs_pat.search(p.read_text(encoding="utf-8")):
                fail(f"{p.name}: contains an absolute machine path")

    # summary
    per_kind = Counter(r[2] for r in rows)
    per_file = Counter(r[0] for r in rows)
    print("label rows:", len(rows), dict(sorted(per_file.items())))
    print("per kind:", dict(sorted(per_kind.items())))
    print("tricky rows:", len(tr))
    if problems:
        print("FAIL")
        for p in problems:
            print("  -", p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
