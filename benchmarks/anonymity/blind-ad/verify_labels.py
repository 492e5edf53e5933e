"""Verify the blind-ad set. Prints problems and ends with PASS or FAIL.

Checks: SYNTHETIC opening line; labels.csv rows (text on its line, known kind);
every whole-word case-sensitive occurrence of a labelled text has exactly one row;
no label text inside another (case-insensitive, pure case variants allowed);
one kind per text per file; name rows are single words without title or 's;
word counts 700-1000; 150-200 rows and all 13 kinds; safe values per kind;
tricky.csv (>=60 rows, present, never overlapping a label); a sweep for
identifier-like patterns not covered by a label or tricky occurrence; no
absolute machine paths in any text file of the folder."""
import collections
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
REAL_OUTWARD = {"CV11", "HD1", "WF1", "TS6", "BS3", "M13", "M8"}
PHONE_RANGES = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"01614960\d{3}",
                r"01514960\d{3}", r"01914980\d{3}"]
SAFE_DOMAINS = ("example.org", "example.com", "example.net")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Pastor", "Auntie", "Uncle", "Sister", "Father")
NUMWORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
            "six": "6", "seven": "7", "eight": "8", "nine": "9"}
MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

problems = []


def bad(msg):
    problems.append(msg)


def ww_spans(line, text):
    """Whole-word, case-sensitive occurrences: neighbours are not letters, digits or '_'."""
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<![^\W_])(?<!_)" + re.escape(text) + r"(?![^\W_])(?!_)", line)]


def words_to_digits(s):
    out = ""
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        if t.isdigit():
            out += t
        elif t in NUMWORDS:
            out += NUMWORDS[t]
        elif t in ("double", "treble", "triple") and i + 1 < len(toks):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1].lower()
            out += (NUMWORDS.get(nxt, nxt) if not nxt.isdigit() else nxt) * n
            i += 1
        elif t == "hundred":
            out += "00"
        i += 1
    return out


def nhs_ok(d):
    if not re.fullmatch(r"999\d{7}", d):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def safe_value(kind, text):
    t = text
    if kind == "phone":
        s = t.replace("(0)", "")
        d = words_to_digits(s) if re.search(r"[a-z]", s) else re.sub(r"\D", "", s)
        if s.strip().startswith("+44"):
            d = "0" + d[2:]
        return any(re.fullmatch(r, d) for r in PHONE_RANGES), d
    if kind == "email":
        s = re.sub(r"\s+dot\s+", ".", t)
        s = re.sub(r"\s+at\s+", "@", s).replace(" ", "")
        m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", s)
        return bool(m) and m.group(1).lower() in SAFE_DOMAINS, s
    if kind == "url":
        s = re.sub(r"^https?://", "", t)
        host = s.split("/")[0].lower()
        return any(host == d or host.endswith("." + d) for d in SAFE_DOMAINS), host
    if kind == "nhs_number":
        d = words_to_digits(t) if re.search(r"[a-z]", t) else re.sub(r"\D", "", t)
        return nhs_ok(d), d
    if kind == "ni_number":
        s = re.sub(r"\s", "", t).upper()
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", s)), s
    if kind == "postcode":
        s = re.sub(r"\s", "", t).upper()
        out, inw = s[:-3], s[-3:]
        ok = (out in REAL_OUTWARD and re.fullmatch(r"\d[A-Z]{2}", inw) is not None
              and any(c in "CIKMOV" for c in inw[1:]))
        return ok, s
    if kind == "car_registration":
        s = re.sub(r"\s", "", t).upper()
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s)) and any(c in "IQ" for c in s[-3:]), s
    if kind == "date_of_birth":
        ok = bool(re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", t)
                  or re.fullmatch(r"\d{1,2}(st|nd|rd|th)? (%s)[a-z]* \d{4}" % MONTHS, t, re.I)
                  or re.fullmatch(r"[a-z-]+ of (%s)[a-z]* nineteen [a-z-]+" % MONTHS, t, re.I))
        return ok, t
    return True, t


SWEEPS = [
    ("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("spoken email", r"\b\w+(?: dot \w+)* at \w+ dot \w+"),
    ("url", r"(?:https?://|www\.)\S+"),
    ("domain", r"\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|io)\b(?:/\S*)?"),
    ("handle", r"(?<![\w@.])@\w+"),
    ("snake_case handle", r"\b[a-z]+_[a-z0-9_]+\b"),
    ("digit run", r"(?<!\w)\+?\d[\d \t().-]*\d"),
    ("spoken digits", r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|hundred)[\s,]+){5,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"),
    ("postcode", r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
    ("ni number", r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
    ("car registration", r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b"),
    ("numeric date", r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"),
    ("written date", r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:%s)[a-z]*\.?\s+\d{4}\b" % MONTHS),
    ("spoken date", r"(?i)\b[a-z]+(?:th|st|nd|rd)\s+of\s+(?:%s)[a-z]*\b" % MONTHS),
]
NAME_CUES = [
    ("title + name", r"\b(?:%s)\.?\s+([A-Z][\w-]+)" % "|".join(TITLES)),
    ("self-intro", r"\b(?:I'm|I am|it's|It's|name's|called|calls him|call him|calls her)\s+([A-Z][\w-]+)"),
]
NAME_CUE_ALLOW = {"Big", "OK", "Okay"}


def sweep_line(name, n, line, covered):
    body = line
    if name.endswith(".srt") and (re.fullmatch(r"\d+", line) or "-->" in line):
        return
    ts = re.match(r"\[\d{2}/\d{2}/\d{2} \d{2}:\d{2}\]", line)  # chat-export timestamp prefix
    if ts:
        covered = covered + [ts.span()]

    def is_cov(a, b):
        return any(a < e and s < b for s, e in covered)
    for label, pat in SWEEPS:
        for m in re.finditer(pat, body):
            if label == "digit run" and len(re.sub(r"\D", "", m.group())) < 6:
                continue
            if not is_cov(m.start(), m.end()):
                bad(f"{name}:{n}: uncovered {label}: {m.group()!r}")
    for label, pat in NAME_CUES:
        for m in re.finditer(pat, body):
            if m.group(1) in NAME_CUE_ALLOW:
                continue
            if not is_cov(m.start(1), m.end(1)):
                bad(f"{name}:{n}: uncovered {label}: {m.group()!r}")


def main():
    here = common.HERE
    with open(os.path.join(here, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    with open(os.path.join(here, "tricky.csv"), encoding="utf-8", newline="") as f:
        tr = list(csv.DictReader(f))
    if list(tr[0].keys()) != ["file", "text", "why"]:
        bad("tricky.csv header must be file,text,why")

    per_kind = collections.Counter()
    per_file = collections.Counter()
    words = {}
    for name in common.FILES:
        lines = common.doc_lines(name)
        # 1. SYNTHETIC opening
        first = lines[2] if name.endswith(".srt") else lines[0]
        if name.endswith(".srt") and not (lines[0] == "1" and "-->" in lines[1] and lines[3] == ""):
            bad(f"{name}: first cue must hold only the SYNTHETIC line")
        if first != common.SYNTHETIC:
            bad(f"{name}: first line is {first!r}")
        # word count
        text_lines = [l for l in lines if not (name.endswith(".srt") and (re.fullmatch(r"\d+", l) or "-->" in l))]
        wc = sum(len(l.split()) for l in text_lines)
        words[name] = wc
        if not 700 <= wc <= 1000:
            bad(f"{name}: {wc} words (want 700-1000)")

        frows = [r for r in rows if r[0] == name]
        per_file[name] = len(frows)
        kind_of = {}
        for fn, ln, kind, text in frows:
            per_kind[kind] += 1
            if kind not in KINDS:
                bad(f"{name}: unknown kind {kind}")
            if kind_of.setdefault(text, kind) != kind:
                bad(f"{name}: {text!r} has two kinds")
            ln = int(ln)
            if not 1 <= ln <= len(lines) or not ww_spans(lines[ln - 1], text):
                bad(f"{name}:{ln}: label text {text!r} not on that line")
            if kind == "name":
                if re.search(r"\s", text) or text.endswith(("'s", "’s")) or text in TITLES:
                    bad(f"{name}: bad name label {text!r}")
            ok, norm = safe_value(kind, text)
            if not ok:
                bad(f"{name}: unsafe {kind} {text!r} ({norm})")
        texts = sorted(kind_of)
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() != b.lower() and a.lower() in b.lower():
                    bad(f"{name}: label {a!r} is inside label {b!r}")
        # exact occurrence match
        want = collections.Counter()
        covered = collections.defaultdict(list)
        for i, line in enumerate(lines, 1):
            for t in texts:
                for sp in ww_spans(line, t):
                    want[(i, t)] += 1
                    covered[i].append(sp)
        have = collections.Counter((int(r[1]), r[3]) for r in frows)
        for k in sorted(set(want) | set(have)):
            if want[k] != have[k]:
                bad(f"{name}:{k[0]}: {k[1]!r} occurs {want[k]}x, labelled {have[k]}x")
        # tricky
        tcov = collections.defaultdict(list)
        for t in [x for x in tr if x["file"] == name]:
            hits = 0
            for i, line in enumerate(lines, 1):
                for m in re.finditer(re.escape(t["text"]), line):
                    hits += 1
                    tcov[i].append((m.start(), m.end()))
                    if any(m.start() < e and s < m.end() for s, e in covered[i]):
                        bad(f"{name}:{i}: tricky {t['text']!r} overlaps a label")
            if hits == 0:
                bad(f"{name}: tricky text {t['text']!r} not found")
            if t["text"] in kind_of:
                bad(f"{name}: tricky text {t['text']!r} is also a label")
        # sweep
        for i, line in enumerate(lines, 1):
            sweep_line(name, i, line, covered[i] + tcov[i])

    for r in rows:
        if r[0] not in common.FILES:
            bad(f"row for unknown file {r[0]}")
    if not 150 <= len(rows) <= 200:
        bad(f"{len(rows)} label rows (want 150-200)")
    if set(per_kind) != KINDS:
        bad(f"kinds missing: {KINDS - set(per_kind)}")
    if len(tr) < 60:
        bad(f"only {len(tr)} tricky rows")
    # no absolute machine paths
    pat = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "[A-Z]:" + r"\\\\"]) + ")")
    for fn in sorted(os.listdir(here)):
        if fn.endswith((".py", ".csv", ".md", ".txt", ".srt")):
            with open(os.path.join(here, fn), encoding="utf-8") as f:
                if pat.search(f.read()):
                    bad(f"{fn}: contains an absolute machine path")

    print("words:", dict(words))
    print("rows per file:", dict(per_file))
    print("rows per kind:", dict(sorted(per_kind.items())))
    print(f"total rows: {len(rows)}; tricky rows: {len(tr)}")
    for p in problems:
        print("PROBLEM:", p)
    print("FAIL" if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
