"""Check the blind-ai benchmark set against its own labelling rules.

Reads the built transcripts (not the sources), labels.csv and tricky.csv, and
prints PASS only if every rule holds.  Run with:
    python verify_labels.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

from docx import Document
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_commissioning_zoom_chat.txt",
    "02_brothers_group_transcription.xlsx",
    "03_dads_group_writeup.md",
    "04_veterans_phone_interview.txt",
    "05_womens_circle_feedback.docx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"facilitator", "interviewer", "caller", "speaker", "member", "f", "p1", "p2",
               "p3", "p4", "p5", "host", "participant", "respondent"}
TOTAL_RANGE = (180, 220)
WORD_RANGE = (700, 1000)
MIN_TRICKY = 60

SAFE_PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01314960",
                       "01414960", "01174960", "01214960", "01614960", "02896496",
                       "02920180")
# real outward codes used in this set (Lewisham, Catford, Croydon, Thornton Heath,
# Margate, Birchington, Folkestone)
REAL_OUTWARD = {"SE4", "SE6", "SE13", "SE23", "CR0", "CR7", "CT7", "CT8", "CT9",
                "CT19", "CT20", "CT21"}
STREET_WORDS = {"street", "road", "lane", "walk", "parade", "terrace", "row", "close",
                "avenue", "crescent", "rise", "way", "gardens", "place", "hill"}

NUM_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
             "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
             "nine": "9"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z"}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- loading
def load_lines(fname):
    """Return {line_number: text} using the numbering convention of labels.csv."""
    path = os.path.join(HERE, fname)
    if fname.endswith((".txt", ".md", ".vtt", ".srt")):
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        parts = raw.split("\n")
        if raw.endswith("\n"):
            parts = parts[:-1]
        return {i: t for i, t in enumerate(parts, 1)}
    if fname.endswith(".docx"):
        return {i: p.text for i, p in enumerate(Document(path).paragraphs, 1)}
    if fname.endswith(".xlsx"):
        ws = openpyxl.load_workbook(path).active
        out = {}
        for i, row in enumerate(ws.iter_rows(values_only=True), 1):
            out[i] = "\t".join("" if c is None else str(c) for c in row)
        return out
    raise ValueError(fname)


def word_count(fname, lines):
    return sum(len(t.split()) for t in lines.values())


def occ(text, line):
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line)]


# ---------------------------------------------------------------- normalising
def spoken_to_compact(s):
    """'oh seven seven double oh' -> '07700'; NATO words -> letters; keeps other chars."""
    toks = re.split(r"[\s,;]+", s.strip())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        lw = t.lower()
        if lw in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1].lower()
            d = NUM_WORDS.get(nxt, nxt)
            out.append(d * (2 if lw == "double" else 3))
            i += 2
            continue
        if lw == "hundred":
            out.append("00")
        elif lw in NUM_WORDS and (len(t) > 1 or lw == "o" and t == "o"):
            out.append(NUM_WORDS[lw])
        elif lw in NATO:
            out.append(NATO[lw])
        else:
            out.append(t)
        i += 1
    return "".join(out)


def nhs_ok(d):
    if not re.fullmatch(r"\d{10}", d) or not d.startswith("999"):
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


def safe_value(kind, text):
    """Return None if the value is in a safe (fictional) range, else a reason."""
    if kind == "phone":
        d = re.sub(r"\D", "", spoken_to_compact(text))
        if d.startswith("44") and len(d) == 12:
            d = "0" + d[2:]
        if len(d) != 11 or not d.startswith(SAFE_PHONE_PREFIXES):
            return f"phone {text!r} -> {d} not in an Ofcom drama range"
    elif kind == "nhs_number":
        d = re.sub(r"\D", "", spoken_to_compact(text))
        if not nhs_ok(d):
            return f"NHS number {text!r} -> {d} not 999-prefixed with valid check digit"
    elif kind == "ni_number":
        c = re.sub(r"[^A-Za-z0-9]", "", spoken_to_compact(text)).upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", c):
            return f"NI number {text!r} -> {c} not QQ/ZZ"
    elif kind == "postcode":
        c = re.sub(r"\s", "", text).upper()
        out, inw = c[:-3], c[-3:]
        if out not in REAL_OUTWARD:
            return f"postcode {text!r}: outward {out} not in the real list"
        if not re.fullmatch(r"\d[A-Z]{2}", inw) or not set(inw[1:]) & set("CIKMOV"):
            return f"postcode {text!r}: inward {inw} lacks C/I/K/M/O/V"
    elif kind == "car_registration":
        c = re.sub(r"[^A-Za-z0-9]", "", spoken_to_compact(text)).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", c) or not set(c[-3:]) & {"I", "Q"}:
            return f"car registration {text!r} -> {c} has no I/Q in last three letters"
    elif kind == "email":
        c = re.sub(r"\s+at\s+", "@", text.strip())
        c = re.sub(r"\s+dot\s+", ".", c)
        c = c.replace(" ", "").lower()
        if not re.fullmatch(r"[\w.+-]+@(?:[\w-]+\.)*example\.(?:org|com|net)", c):
            return f"email {text!r} -> {c} not on example.org/com/net"
    elif kind == "url":
        c = re.sub(r"\s+dot\s+", ".", text.strip())
        c = re.sub(r"\s+slash\s+", "/", c)
        c = c.replace(" ", "").lower()
        c = re.sub(r"^https?://", "", c)
        host = c.split("/")[0].split("?")[0]
        if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:org|com|net)", host):
            return f"url {text!r}: host {host} not example.org/com/net"
    elif kind == "handle":
        if not text.startswith("@"):
            return f"handle {text!r} does not start with @"
    elif kind == "street_address":
        words = {w.lower().strip(",") for w in text.split()}
        if not words & STREET_WORDS:
            return f"street {text!r} has no street-type word"
    elif kind == "date_of_birth":
        if not re.search(r"\d|of|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|Mart", text):
            return f"date of birth {text!r} does not look like a date"
    elif kind == "name":
        if re.search(r"\s", text):
            return f"name {text!r} is not a single word"
        if re.search(r"['’]s$", text):
            return f"name {text!r} keeps a possessive"
        if text.lower() in ROLE_LABELS or re.fullmatch(r"(speaker|member|p)\s*\d+", text.lower()):
            return f"name {text!r} is a role label"
        if re.fullmatch(r"\w\.?", text):
            return f"name {text!r} is a single initial"
        if "." in text and not re.fullmatch(r"(?:[^\W\d_]\.){2,}", text):
            return f"name {text!r} has a dot but is not initials like J.T."
    return None


# ---------------------------------------------------------------- sweep
# Capitalised words that are not identifiers (checked by hand for this set).
ALLOW_CAPS = set("""
a actions address admin after all alright also and anything apologies are as
attended b babies bare because before bi big born but buzz call can check-in cheers
coast commissioning cool corrections could crisis current d dad dads data date
delete did didn't dm do dob does doesn't dr duration eight email english evaluation
even every everybody exported facilitation facilitators file fine first follow-ups
for forms forty four from give go goes golf gp gps ground half hang happy having he
he'd heard hello here hi hold honestly host how i i'd i'll i'm i've icb id if in
insurance interview is it k kent knackered kurdish l language last leave lighter
like lives loud love lovely man me meeting mh monday money morning mrs mum mums' my
name names national next nhs ni nice night-shift no nobody not noted notes nothing
now oh ok old on one our out parking peer phone phones please postcode q1 q2 q3 q4
queries re reacted reminder replying response review right ring roles same saturday
saturdays saved say seen seven shared she shout six so sofas sometimes son sorry
sorted still strand summary sunday support synthetic take telephone tension
tensions thank thank-you thanks that the they've things this to transcript
transport tuesday turkish twelve twenty-two two venue verbatim voicemail warden we
we're wednesdays well what whatsapp when which while who why without word worked
yeah you
""".split())


def sweep(fname, lines, label_spans, tricky_spans):
    """Report identifier-like strings not covered by a label or a tricky entry."""
    problems = []
    patterns = [
        ("email", r"[\w.+-]+@[\w-]+\.[\w.]+"),
        ("spoken email", r"\b\w+ at \w+ dot (?:com|org|net|co)\b"),
        ("url", r"https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|co\.uk)\b\S*"),
        ("spoken url", r"\b\w+ dot (?:com|org|net)(?: slash [\w ]+)?"),
        ("handle", r"(?<![\w.])@[\w.]+"),
        ("digits", r"(?<![\d:.])\+?\d[\d ()-]{5,}\d"),
        ("spoken digits", r"(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|"
                          r"double|triple|hundred)\b[\s,-]*){4,}"),
        ("postcode", r"(?i)\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b"),
        ("ni", r"(?i)\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b"),
        ("car", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
        ("date", r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                 r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Mart) \d{4}\b"),
        ("spoken date", r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                        r"ninth|tenth|eleventh|twelfth|\w*teenth|twentieth|thirtieth|"
                        r"twenty-\w+|thirty-first|\d{1,2}(?:st|nd|rd|th)) of (?:the )?\w+"),
        ("initials", r"(?<!\w)(?:[^\W\d_a-z]\.){2,}"),
        ("nato", r"(?i)\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|"
                 r"kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|"
                 r"victor|whiskey|x-ray|yankee|zulu)\b(?:[\s,]+\w+){2,}"),
    ]

    def covered(ln, a, b):
        for (x, y) in label_spans.get(ln, []) + tricky_spans.get(ln, []):
            if a < y and x < b:
                return True
        return False

    for ln, text in lines.items():
        for kind, pat in patterns:
            for m in re.finditer(pat, text):
                if kind == "nato" and not re.search(r"\d|one|two|three|four|five|six|"
                                                    r"seven|eight|nine", m.group(0)):
                    continue
                if kind == "digits" and len(re.sub(r"\D", "", m.group(0))) < 6:
                    continue
                if not covered(ln, *m.span()):
                    problems.append(f"{fname}:{ln}: unlabelled {kind}-like {m.group(0)!r}")
        # capitalised words: the classic place for a missed name
        for m in re.finditer(r"(?<![\w@/.])[^\W\d_][\w'’-]*", text):
            tok = m.group(0)
            if not tok[0].isupper():
                continue
            if covered(ln, *m.span()):
                continue
            base = re.sub(r"['’]s$", "", tok).lower()
            if base in ALLOW_CAPS or tok.lower() in ALLOW_CAPS or base in ALLOW_EXTRA:
                continue
            problems.append(f"{fname}:{ln}: capitalised word not labelled/tricky/allowed {tok!r}")
    return problems


# words reviewed by hand: ordinary sentence-initial words, headings, weekdays,
# months, apps, generic nouns in form labels
ALLOW_EXTRA = set("""
""".split())


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err(f"labels.csv header is {header}")
        rows = [r for r in rd]
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        theader = next(rd)
        if theader != ["file", "text", "why"]:
            err(f"tricky.csv header is {theader}")
        trows = [r for r in rd]

    lines_by_file = {}
    for fname in FILES:
        if not os.path.exists(os.path.join(HERE, fname)):
            err(f"missing file {fname}")
            continue
        lines_by_file[fname] = load_lines(fname)

    # synthetic banner + word counts
    for fname, lines in lines_by_file.items():
        if fname.endswith(".xlsx"):
            first = lines[2].split("\t")
            hdr = lines[1].split("\t")
            tcol = hdr.index("text") if "text" in hdr else -1
            if tcol < 0 or first[tcol] != SYN:
                err(f"{fname}: first data row text is not the synthetic banner")
            if "speaker" not in hdr:
                err(f"{fname}: no speaker column")
        elif lines.get(1) != SYN:
            err(f"{fname}: first line/paragraph is not the synthetic banner")
        wc = word_count(fname, lines)
        if not WORD_RANGE[0] <= wc <= WORD_RANGE[1]:
            err(f"{fname}: {wc} words, outside {WORD_RANGE}")

    # label rows
    per_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err(f"bad label row {r}")
            continue
        fname, line, kind, text = r
        if fname not in lines_by_file:
            err(f"label for unknown file {fname}")
            continue
        if kind not in KINDS:
            err(f"{fname}:{line}: unknown kind {kind}")
        if not line.isdigit():
            err(f"{fname}: line {line!r} not an integer")
            continue
        if not text or text != text.strip():
            err(f"{fname}:{line}: empty or padded text {text!r}")
        per_file[fname].append((int(line), kind, text))
        why = safe_value(kind, text)
        if why:
            err(f"{fname}:{line}: {why}")

    label_spans_by_file = {}
    for fname, labs in per_file.items():
        lines = lines_by_file[fname]
        kinds_of = defaultdict(set)
        for ln, kind, text in labs:
            kinds_of[text].add(kind)
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{fname}: {text!r} has several kinds {sorted(ks)}")
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err(f"{fname}: label {a!r} is contained in label {b!r}")
        want = Counter((ln, text) for ln, _, text in labs)
        for (ln, text), n in want.items():
            if ln not in lines:
                err(f"{fname}: line {ln} does not exist ({text!r})")
                continue
            have = len(occ(text, lines[ln]))
            if have == 0:
                err(f"{fname}:{ln}: {text!r} not found on that line")
            elif have != n:
                err(f"{fname}:{ln}: {text!r} occurs {have}x but has {n} label rows")
        spans = defaultdict(list)
        for text in texts:
            for ln, line in lines.items():
                found = occ(text, line)
                if found and (ln, text) not in want:
                    err(f"{fname}:{ln}: unlabelled occurrence of {text!r}")
                spans[ln].extend(found)
        label_spans_by_file[fname] = spans

    # tricky rows
    if len(trows) < MIN_TRICKY:
        err(f"tricky.csv has {len(trows)} rows, need >= {MIN_TRICKY}")
    tricky_spans_by_file = defaultdict(lambda: defaultdict(list))
    seen_tricky = set()
    for r in trows:
        if len(r) != 3 or not all(r):
            err(f"bad tricky row {r}")
            continue
        fname, text, why = r
        if (fname, text) in seen_tricky:
            err(f"duplicate tricky row {fname} {text!r}")
        seen_tricky.add((fname, text))
        if fname not in lines_by_file:
            err(f"tricky row for unknown file {fname}")
            continue
        label_texts = {t for _, _, t in per_file[fname]}
        if text in label_texts:
            err(f"{fname}: tricky {text!r} is also a label")
        for lt in label_texts:
            if occ(lt, text):
                err(f"{fname}: tricky {text!r} contains label {lt!r}")
        hits = 0
        for ln, line in lines_by_file[fname].items():
            for m in re.finditer(re.escape(text), line):
                hits += 1
                tricky_spans_by_file[fname][ln].append(m.span())
        if not hits:
            err(f"{fname}: tricky {text!r} does not appear in the file")

    # sweep
    for fname, lines in lines_by_file.items():
        for p in sweep(fname, lines, label_spans_by_file.get(fname, {}),
                       tricky_spans_by_file.get(fname, {})):
            err(p)

    # totals
    total = len(rows)
    kinds = Counter(r[2] for r in rows if len(r) == 4)
    if not TOTAL_RANGE[0] <= total <= TOTAL_RANGE[1]:
        err(f"{total} label rows, outside {TOTAL_RANGE}")
    share = kinds["name"] / total if total else 0
    if not 0.4 <= share <= 0.6:
        err(f"names are {share:.0%} of labels, want about half")
    missing = KINDS - set(kinds)
    if missing:
        err(f"kinds never used: {sorted(missing)}")

    print(f"label rows: {total}  tricky rows: {len(trows)}")
    for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  {k:17s} {n}")
    for fname, lines in lines_by_file.items():
        print(f"  {fname}: {word_count(fname, lines)} words, "
              f"{len(per_file[fname])} label rows")
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
