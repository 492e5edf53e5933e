"""Verify the blind-z set: transcripts, labels.csv and tricky.csv.

Checks
  1. SYNTHETIC first line / paragraph / first cue.
  2. labels.csv format: header, files, kinds, line range, text on its line.
  3. Every whole-word case-sensitive occurrence of a labelled text has a row
     (and no extra rows).
  4. No label text contained in another label text of the same file
     (case-insensitive; identical-ignoring-case variants such as DEV/Dev allowed).
  5. One kind per text per file (case variants share the kind); names are
     single words without titles or possessive 's.
  6. Word counts 700-1000 per transcript; 150-200 label rows; all kinds used.
  7. Safe values (Ofcom drama phones, example.* domains, 999 NHS numbers with
     valid check digit, QQ/ZZ NI numbers, unissued postcode inward parts,
     car registrations with I or Q in the last three letters).
  8. tricky.csv: >= 60 rows, each present outside any label, never a label.
  9. Sweep: identifier-like patterns and capitalised words not covered by a
     label or tricky string.
 10. No absolute machine paths in any text file of this folder.
Run from anywhere:  python verify_labels.py   (needs python-docx)
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["z01.srt", "z02.txt", "z03.docx", "z04.txt", "z05.txt"]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Rev", "Sir", "Dame"}
REAL_OUTWARD = {"NG34", "G42", "G41", "TA18", "LL57", "SY7"}
DRAMA_PREFIXES = ["07700900", "01632960", "01134960", "01144960", "01154960",
                  "01164960", "01174960", "01184960", "01214960", "01314960",
                  "01414960", "01514960", "01614960", "02079460", "02920180"]
NUMWORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}

# Capitalised words that are ordinary English / structural in these files.
ALLOW_CAPS = set("""
A About After Again Age Ahh Always And Any Anything Arabic B Because Both But Can
Cake Consent D Date Dads Do Don't Dr Every Everybody Fair For Forty Four Go Good
Half Here His I I'd I'll I'm I've In Interpreting Interviewer It It's Last
Maybe Me Men Messages Morning Mostly Mr Mrs My NHS NOT No Nobody Nobody's
Not Note Now Oh Okay One Only Or Our People Please Present Project Put Q Rude
Right Same Session She She's Side Since So Some Speaker Take That That's The Then
There There's They This Three Today Too Transcribed Two Venue We We're Well What
Which Why Word Workshop Write Yeah Yes You You'd You're Your Fourteen Group END
OF RECORDING Facilitator Facilitators Respondent GP GPs Other Thanks Thank Year
Younger Practical Letters Honestly Still Noted Honest Could Where Was His He He's
He'd Debrief Ex Sheep Dads Don't Does Did Were Would Let Look Dr. Side Payment
Transport Too Ring Send Mostly Fund Stop Anything Three Spoken Make Well Yes
Crisis Moved Small Carers Circle District Everybody Fair
Or Any Yeah Weights Sat Didn't Cake Forty Dads Last Through Let's
Mental Health Therapies Farm Farms Trust Ward Surgery Unit Primary Academy Hall
Workers Lads Fifties Younger Side Over Team Office Just Rural Turn Anything
Does Yes Can't Put Morning Women Men Every Much Bit Day Mum Mums Mother
Same When Curtains Tuesdays White If Six You've From Sometimes Carers' Someone How
Tell Ex-farm With On We've Is
""".split())


def load(name):
    path = HERE / name
    if name.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").splitlines()


def whole_word_spans(line, text):
    pat = re.compile(r"(?<![^\W_])" + re.escape(text) + r"(?![^\W_])")
    return [(m.start(), m.end()) for m in pat.finditer(line)]


def words_to_digits(s):
    out, toks, i = [], re.findall(r"[A-Za-z]+|\d", s.lower()), 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in NUMWORDS:
            out.append(NUMWORDS[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in NUMWORDS:
            out.append(NUMWORDS[t])
        elif t.isdigit():
            out.append(t)
        i += 1
    return "".join(out)


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def safe_value_problem(kind, text):
    if kind == "phone":
        d = re.sub(r"\D", "", text) if re.search(r"\d", text) else words_to_digits(text)
        if text.strip().startswith("+44"):
            d = "0" + d[2:]
        if len(d) != 11 or not any(d.startswith(p) for p in DRAMA_PREFIXES):
            return f"phone not in Ofcom drama range ({d})"
    elif kind == "nhs_number":
        d = re.sub(r"\D", "", text) if re.search(r"\d", text) else words_to_digits(text)
        if not nhs_ok(d):
            return f"NHS number not 999-prefixed with valid check digit ({d})"
    elif kind == "ni_number":
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text).upper()):
            return "NI number not QQ/ZZ prefixed"
    elif kind == "postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", re.sub(r"\s", "", text).upper())
        if not m:
            return "postcode malformed"
        if m.group(1) not in REAL_OUTWARD:
            return "postcode outward code not in the declared real list"
        if not set(m.group(2)[1:]) & set("CIKMOV"):
            return "postcode inward part could be issued (needs C/I/K/M/O/V)"
    elif kind == "car_registration":
        t = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", t) or not set(t[-3:]) & {"I", "Q"}:
            return "car registration not I/Q-safe"
    elif kind == "email":
        if not (re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", text)
                or re.search(r" at example dot (org|com|net)$", text)):
            return "email not at example.org/.com/.net"
    elif kind == "url":
        host = re.sub(r"^(https?://)?(www\.)?", "", text).split("/")[0].lower()
        if not re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host):
            return "url not on an example.* host"
    elif kind == "handle":
        if not text.startswith("@"):
            return "handle without @"
    elif kind == "name":
        if re.search(r"\s", text) or text.endswith("'s") or text in TITLES:
            return "name must be a single word without title / possessive"
    return None


def mask_structure(fname, lines):
    """Return lines with structural parts blanked (same length), and which lines to skip."""
    out, skip = [], set()
    for i, line in enumerate(lines, 1):
        if fname.endswith(".srt") and (re.fullmatch(r"\d+", line) or "-->" in line):
            skip.add(i)
        m = None
        if fname == "z04.txt":
            m = re.match(r"\d\d/\d\d/\d{4}, \d\d:\d\d - ", line)
        if m:
            line = " " * m.end() + line[m.end():]
        line = re.sub(r"\b\d{1,2}:\d\d(:\d\d)?\b", lambda x: " " * len(x.group()), line)
        out.append(line)
    return out, skip


SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken-email", re.compile(r"\bat example dot (?:com|org|net)\b|\bdot (?:com|org|net)\b", re.I)),
    ("url", re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ee|uk|io|co)\b(?:/[^\s,]*)?", re.I)),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.]*\w")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
    ("ni", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("car-reg", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
    ("numeric-date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
    ("digits>=3", re.compile(r"\+?\d[\d .\-/]*\d")),
    ("spoken-digits", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,\-]+){3,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
    ("month", re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b", re.I)),
    ("capitalised", re.compile(r"(?<![\w'])[A-Z][\w'\u2019-]*")),
]


def main():
    errors, notes = [], []
    lines = {f: load(f) for f in FILES}

    # 1. SYNTHETIC line
    for f in FILES:
        L = lines[f]
        if f.endswith(".srt"):
            ok = len(L) > 3 and L[0] == "1" and "-->" in L[1] and L[2] == SYN and L[3] == ""
        else:
            ok = bool(L) and L[0] == SYN
        if not ok:
            errors.append(f"{f}: SYNTHETIC opening line missing or wrong")

    # 2. labels.csv format
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [r for r in rd]
    if header != ["file", "line", "kind", "text"]:
        errors.append(f"labels.csv header wrong: {header}")
    per_file_texts = defaultdict(dict)        # file -> text -> kind
    row_counts = Counter()                    # (file, line, text) -> n
    for n, r in enumerate(rows, 2):
        if len(r) != 4:
            errors.append(f"labels.csv:{n}: wrong column count")
            continue
        f, ln, kind, text = r
        if f not in FILES:
            errors.append(f"labels.csv:{n}: unknown file {f}")
            continue
        if kind not in KINDS:
            errors.append(f"labels.csv:{n}: unknown kind {kind}")
        try:
            ln = int(ln)
        except ValueError:
            errors.append(f"labels.csv:{n}: bad line {ln}")
            continue
        if not 1 <= ln <= len(lines[f]) or not whole_word_spans(lines[f][ln - 1], text):
            errors.append(f"labels.csv:{n}: {text!r} not found (whole word) on {f} line {ln}")
        prev = per_file_texts[f].get(text)
        if prev and prev != kind:
            errors.append(f"{f}: {text!r} has two kinds ({prev}, {kind})")
        per_file_texts[f][text] = kind
        row_counts[(f, ln, text)] += 1
        p = safe_value_problem(kind, text)
        if p:
            errors.append(f"{f}: {text!r}: {p}")

    # 3. occurrences == rows
    label_spans = defaultdict(list)           # (file, line) -> [(s, e)]
    for f, texts in per_file_texts.items():
        for text in texts:
            for i, line in enumerate(lines[f], 1):
                spans = whole_word_spans(line, text)
                label_spans[(f, i)].extend(spans)
                if len(spans) != row_counts[(f, i, text)]:
                    errors.append(f"{f} line {i}: {text!r} occurs {len(spans)}x, labelled {row_counts[(f, i, text)]}x")

    # 4/5. containment and case-variant kinds
    for f, texts in per_file_texts.items():
        tl = list(texts)
        for a in tl:
            for b in tl:
                if a == b:
                    continue
                if a.lower() == b.lower():
                    if texts[a] != texts[b]:
                        errors.append(f"{f}: case variants {a!r}/{b!r} have different kinds")
                elif a.lower() in b.lower():
                    errors.append(f"{f}: label {a!r} is contained in label {b!r}")

    # 6. word counts, totals, kinds
    wc = {}
    for f in FILES:
        masked, skip = mask_structure(f, lines[f])
        body = [l for i, l in enumerate(masked, 1) if i not in skip]
        wc[f] = sum(1 for l in body for tok in l.split() if re.search(r"\w", tok))
        if not 700 <= wc[f] <= 1000:
            errors.append(f"{f}: word count {wc[f]} outside 700-1000")
    if not 150 <= len(rows) <= 200:
        errors.append(f"label rows {len(rows)} outside 150-200")
    used = {r[2] for r in rows if len(r) == 4}
    if KINDS - used:
        errors.append(f"kinds never used: {sorted(KINDS - used)}")

    # 8. tricky.csv
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as fh:
        tr = list(csv.DictReader(fh))
    if len(tr) < 60:
        errors.append(f"tricky.csv has {len(tr)} rows (< 60)")
    tricky_spans = defaultdict(list)
    for t in tr:
        f, text = t["file"], t["text"]
        if f not in FILES:
            errors.append(f"tricky.csv: unknown file {f}")
            continue
        if text.lower() in {x.lower() for x in per_file_texts[f]}:
            errors.append(f"tricky.csv: {text!r} is also a label text in {f}")
        free = 0
        for i, line in enumerate(lines[f], 1):
            for s, e in whole_word_spans(line, text):
                tricky_spans[(f, i)].append((s, e))
                if not any(s < le and ls < e for ls, le in label_spans[(f, i)]):
                    free += 1
        if not free:
            errors.append(f"tricky.csv: {text!r} not found in {f} outside labels")

    # 9. sweep
    for f in FILES:
        masked, skip = mask_structure(f, lines[f])
        for i, line in enumerate(masked, 1):
            if i in skip or (i == 1 and line == SYN) or (f.endswith(".srt") and line == SYN):
                continue
            cov = label_spans[(f, i)] + tricky_spans[(f, i)]

            def covered(s, e):
                return all(any(a <= k < b for a, b in cov) for k in range(s, e) if not line[k].isspace())

            for pname, pat in SWEEP:
                for m in pat.finditer(line):
                    s, e = m.span()
                    txt = m.group()
                    if pname == "digits>=3" and sum(c.isdigit() for c in txt) < 3:
                        continue
                    if pname == "capitalised":
                        stem = re.sub(r"['\u2019]s?$", "", txt)
                        if txt in ALLOW_CAPS or stem in ALLOW_CAPS:
                            continue
                        e = s + len(stem)
                    if not covered(s, e):
                        errors.append(f"sweep {pname}: {f} line {i}: {txt!r} not covered by a label or tricky string")

    # 10. no absolute machine paths
    abs_pat = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", r"[A-Z]:\\\\"]) + ")")
    for p in sorted(HERE.iterdir()):
        if p.suffix in {".py", ".csv", ".md", ".txt", ".srt"}:
            if abs_pat.search(p.read_text(encoding="utf-8")):
                errors.append(f"{p.name}: contains an absolute machine path")

    # report
    print("word counts:", ", ".join(f"{f}={wc[f]}" for f in FILES))
    print("rows per file:", dict(Counter(r[0] for r in rows)))
    print("rows per kind:", dict(sorted(Counter(r[2] for r in rows).items())))
    print(f"total label rows: {len(rows)}; tricky rows: {len(tr)}")
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("FAIL", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} problems)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
