"""Verify the blind-ae evaluation set.  Prints PASS or a list of problems.

Checks: SYNTHETIC opening line; labels.csv rows are on their lines; labelled
occurrences match rows exactly (whole-word, case-sensitive); no label text
inside another; one kind per text; name rules; word counts; safe values;
tricky.csv sanity; and a sweep for identifier-like strings that are neither
labelled nor listed as tricky.  Run with the project venv (python-docx).
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from build_labels import FILES, HERE, find_whole, load_units

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sister", "nurse", "father"}
# Real outward codes used in the set (inward parts are never-issued).
OUTWARD = {"LL18", "LL22", "IV15", "PE21", "SE15", "WF17"}
DRAMA = [("07700900", 3), ("01632960", 3), ("01134960", 3), ("02079460", 3),
         ("01314960", 3), ("01414960", 3)]
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}
MONTHS = ("january february march april may june july august september october "
          "november december jan feb mar apr jun jul aug sep sept oct nov dec").split()

problems = []


def bad(msg):
    problems.append(msg)


def spoken_digits(text):
    """'oh seven seven double oh' -> '07700'; digits pass through."""
    out, mult = "", 1
    for tok in re.findall(r"[A-Za-z]+|\d", text.lower()):
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        if tok == "hundred":
            out += "00"
            continue
        d = tok if tok.isdigit() else NUMWORDS.get(tok)
        if d is None:
            continue
        out += d * mult
        mult = 1
    return out


def nhs_ok(digits):
    if len(digits) != 10 or not digits.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(digits[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(digits[9])


def phone_ok(text):
    t = text.replace("(0)", "")
    d = spoken_digits(t) if re.search(r"[a-z]", t) else re.sub(r"\D", "", t)
    if t.strip().startswith("+44"):
        d = "0" + d[2:]
    return any(d.startswith(p) and len(d) == len(p) + n for p, n in DRAMA), d


def safe_value(kind, text):
    if kind == "phone":
        return phone_ok(text)[0]
    if kind == "email":
        e = re.sub(r"\s+at\s+", "@", text)
        e = re.sub(r"\s+dot\s+", ".", e)
        return bool(re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e))
    if kind == "url":
        host = re.sub(r"^(https?://)?", "", text).split("/")[0]
        return bool(re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host))
    if kind == "nhs_number":
        return nhs_ok(spoken_digits(text))
    if kind == "ni_number":
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())))
    if kind == "postcode":
        p = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        return bool(m) and m.group(1) in OUTWARD and bool(set(m.group(2)) & set("CIKMOV"))
    if kind == "car_registration":
        p = re.sub(r"\s", "", text.upper())
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", p)) and bool(set(p[-3:]) & {"I", "Q"})
    return True


def word_count(name, units):
    if name.endswith(".vtt"):
        words = 0
        for ln in units[5:]:
            if "-->" in ln or re.fullmatch(r"\d*", ln.strip()):
                continue
            words += len(re.sub(r"<[^>]+>", " ", ln).split())
        return words
    if name == "ae04.txt":
        return sum(len(re.sub(r"^\[[^\]]*\] ", "", ln).split()) for ln in units[1:])
    return sum(len(ln.split()) for ln in units[1:])


def spans(line, text):
    return [(i, i + len(text)) for i in find_whole(line, text)]


def covered(span, cover):
    a, b = span
    return any(x < b and a < y for x, y in cover)


def main():
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [r for r in rd]
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    with open(HERE / "tricky.csv", newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        theader = next(rd)
        tricky = [r for r in rd]
    if theader != ["file", "text", "why"]:
        bad(f"tricky.csv header is {theader}")

    units = {f: load_units(f) for f in FILES}
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            bad(f"bad row {r}")
            continue
        f, ln, kind, text = r
        if f not in units:
            bad(f"unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"unknown kind {kind} in {r}")
        by_file[f].append((int(ln), kind, text))

    total_words = {}
    for f in FILES:
        u = units[f]
        # 1. SYNTHETIC line
        if f.endswith(".vtt"):
            ok = (u[0] == "WEBVTT" and u[1] == "" and
                  ((u[2] == "NOTE" and u[3] == SYN) or u[2] == "NOTE " + SYN))
        else:
            ok = u[0] == SYN
        if not ok:
            bad(f"{f}: SYNTHETIC opening line missing or misplaced")
        # word count
        wc = word_count(f, u)
        total_words[f] = wc
        if not 700 <= wc <= 1000:
            bad(f"{f}: word count {wc} outside 700-1000")

        frows = by_file[f]
        kinds_of = defaultdict(set)
        for ln, kind, text in frows:
            kinds_of[text].add(kind)
            if not 1 <= ln <= len(u) or text not in u[ln - 1]:
                bad(f"{f}:{ln}: text {text!r} not on its line")
            if not safe_value(kind, text):
                bad(f"{f}:{ln}: unsafe or malformed {kind} value {text!r}")
            if kind == "name":
                if re.search(r"\s", text) or text.endswith("'s") or text.lower().rstrip(".") in TITLES:
                    bad(f"{f}:{ln}: name label must be one word without title/possessive: {text!r}")
                if re.fullmatch(r"[A-Za-z]\.?", text):
                    bad(f"{f}:{ln}: single initial labelled: {text!r}")
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                bad(f"{f}: text {text!r} has several kinds {ks}")
        # 2. occurrences match rows exactly
        texts = set(kinds_of)
        expected = Counter()
        for t in texts:
            for i, line in enumerate(u, 1):
                expected[(i, t)] += len(find_whole(line, t))
        got = Counter((ln, t) for ln, _k, t in frows)
        for key in set(expected) | set(got):
            if expected[key] != got[key]:
                bad(f"{f}:{key[0]}: {key[1]!r} occurs {expected[key]}x but has {got[key]} rows")
        # 3. no label inside another (case-insensitive; case variants allowed)
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() != b.lower() and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} is contained in label {b!r}")

        # tricky checks
        label_cover = defaultdict(list)
        for t in texts:
            for i, line in enumerate(u, 1):
                label_cover[i] += spans(line, t)
        ftricky = [t for tf, t, _w in tricky if tf == f]
        trick_cover = defaultdict(list)
        for t in ftricky:
            if t in texts:
                bad(f"{f}: tricky text {t!r} is also a label")
            free = 0
            for i, line in enumerate(u, 1):
                for sp in spans(line, t):
                    trick_cover[i].append(sp)
                    if not covered(sp, label_cover[i]):
                        free += 1
            if free == 0:
                bad(f"{f}: tricky text {t!r} has no free whole-word occurrence")

        # 4. sweep for identifier-like strings not covered
        sweep(f, u, label_cover, trick_cover, texts, ftricky)

    # totals
    if not 150 <= len(rows) <= 200:
        bad(f"labels.csv has {len(rows)} rows, want 150-200")
    used = Counter(r[2] for r in rows)
    if set(used) != KINDS:
        bad(f"kinds not all used: missing {KINDS - set(used)}")
    if len(tricky) < 60:
        bad(f"tricky.csv has {len(tricky)} rows, want >= 60")
    # no absolute machine paths
    for p in HERE.iterdir():
        if p.suffix in {".py", ".md", ".csv", ".txt", ".vtt"}:
            s = p.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(work|home|tmp|Users|root|mnt)/|[A-Z]:\\\\", s):
                bad(f"{p.name}: contains an absolute machine path")

    print("words:", ", ".join(f"{f}={n}" for f, n in total_words.items()))
    print("rows per file:", dict(Counter(r[0] for r in rows)))
    print("rows per kind:", dict(sorted(used.items())))
    print("label rows:", len(rows), " tricky rows:", len(tricky))
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print("PASS")
    return 0


PATTERNS = [
    ("digits", r"\+?\(?\d[\d\s().\-/]{4,}\d"),
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("spoken email", r"\b\w+ at \w+ dot (?:com|org|net|co)\b"),
    ("url", r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk)\b\S*"),
    ("handle", r"(?<![\w.])@\w[\w.]*"),
    ("dotted/underscored token", r"\b[A-Za-z]+[._][A-Za-z]+\w*\b"),
    ("postcode", r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
    ("ni number", r"\b[A-Za-z]{2}\s*\d{2}\s*\d{2}\s*\d{2}\s*[A-Da-d]\b"),
    ("car registration", r"\b[A-Za-z]{2}\d{2}\s*[A-Za-z]{3}\b"),
    ("numeric date", r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"),
    ("month date", r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:%s)\b" % "|".join(MONTHS)),
    ("worded date", r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|twenty-\w+|thirty-first)"
                    r"\s+of\s+(?:%s)\b" % "|".join(MONTHS)),
    ("worded year", r"\b(?:nineteen|two thousand)\b[\w\s,-]*"),
    ("number words", r"\b(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|"
                     r"double|triple|hundred)[,\s]+){4,}(?:zero|oh|nought|one|two|three|four|"
                     r"five|six|seven|eight|nine|hundred)\b"),
]


def sweep(f, u, label_cover, trick_cover, texts, ftricky):
    for i, line in enumerate(u, 1):
        if f.endswith(".vtt") and "-->" in line:
            continue
        scan = line
        if f == "ae04.txt":
            m = re.match(r"^\[[^\]]*\] ", line)
            if m:
                scan = " " * m.end() + line[m.end():]
        cover = label_cover[i] + trick_cover[i]
        for kind, pat in PATTERNS:
            for m in re.finditer(pat, scan, flags=re.I if kind in ("month date", "worded date") else 0):
                if kind == "digits" and len(re.sub(r"\D", "", m.group())) < 6:
                    continue
                if kind == "worded year":
                    m_span = (m.start(), m.start() + len(m.group().split()[0]))
                else:
                    m_span = m.span()
                if not covered(m_span, cover):
                    bad(f"{f}:{i}: uncovered {kind}: {m.group()!r}")
        # names after titles
        for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss|Dr|Sister|Nurse|mr|mrs|ms|dr)\.?\s+([A-Za-z][\w'-]*)", scan):
            if not covered(m.span(2), cover):
                bad(f"{f}:{i}: title followed by unlabelled word: {m.group()!r}")
        # VTT voice tags: every capitalised token must be covered or a single initial
        if f.endswith(".vtt"):
            for m in re.finditer(r"<v ([^>]+)>", line):
                for t in re.finditer(r"[A-Za-z][\w']*", m.group(1)):
                    tok = t.group()
                    sp = (m.start(1) + t.start(), m.start(1) + t.end())
                    if len(tok) == 1:
                        continue
                    if not covered(sp, cover):
                        bad(f"{f}:{i}: voice-tag word not labelled or tricky: {tok!r}")
        # WhatsApp senders must be labelled
        if f == "ae04.txt":
            m = re.match(r"^\[[^\]]*\] ([^:]+): ", line)
            if m and m.group(1) not in texts:
                bad(f"{f}:{i}: WhatsApp sender {m.group(1)!r} is not labelled")


if __name__ == "__main__":
    sys.exit(main())
