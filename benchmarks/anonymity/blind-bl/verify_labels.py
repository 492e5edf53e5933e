"""Check the blind-bl set: labels.csv, tricky.csv and the transcripts.

Run from anywhere (paths are relative to this script):  python verify_labels.py
Needs python-docx for the .docx file. Prints PASS and exits 0 when every check holds;
otherwise prints each problem and exits 1.

Checks
  * each transcript starts with the SYNTHETIC notice and has 700-1000 words
  * every labels.csv row: known file and kind, text found (whole word) on its line
  * every whole-word, case-sensitive occurrence of a labelled text in its file has
    exactly one row (and no row without an occurrence)
  * one kind per text per file; no label text contained in another (case-insensitive)
  * names are single words, no titles, no possessive, no single initials
  * safe values: Ofcom drama phone ranges, example.org/.com/.net emails and URLs,
    NHS numbers 999... with a valid modulus-11 check digit, NI numbers QQ/ZZ,
    postcodes with a real outward code and C/I/K/M/O/V in the inward part,
    car registrations with I or Q among the last three letters
  * 180-220 label rows in total, about half of them names
  * tricky.csv: >= 60 rows, each text really appears in its file outside any label
    and is not itself a label text there
  * sweep: identifier-shaped strings (emails, URLs, @handles, phone numbers,
    spoken digit runs, postcodes, NI numbers, car registrations, NHS-shaped numbers,
    dates) and capitalised words that no label covers must be explained by
    tricky.csv or the reviewed allow-list below; a name or place labelled in one
    file that appears unlabelled (any case) in another must be listed in tricky.csv
  * scripts use no absolute machine paths
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "bl01_fieldside_interview.docx",
    "bl02_kettle_club_happyscribe.txt",
    "bl03_longcovid_discord.txt",
    "bl04_coastal_youth_panel.en.vtt",
    "bl05_peer_groups_typeform.csv",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reading files
def units(fname):
    """[(line_no, text)] using the set's numbering convention."""
    path = os.path.join(HERE, fname)
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [(i, p.text) for i, p in enumerate(d.paragraphs, 1)]
        n = len(out)
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    n += 1
                    out.append((n, c.text))
        return out
    if ext == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [(i, "\u241f".join(row)) for i, row in enumerate(csv.reader(f), 1)]
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    return [(i, l.rstrip("\r")) for i, l in enumerate(data.split("\n"), 1)]


TAG = re.compile(r"<[^>]*>")


def spoken_text(fname, us):
    """The text whose words are counted (VTT: rolling duplicates removed, tags stripped)."""
    if fname.endswith(".vtt"):
        lines = []
        for _, s in us[1:]:
            s2 = TAG.sub("", s).strip()
            if not s2 or "-->" in s or s.startswith(("Kind:", "Language:", "WEBVTT")):
                continue
            if lines and lines[-1] == s2:
                continue
            lines.append(s2)
        return "\n".join(lines)
    return "\n".join(s.replace("\u241f", " ") for _, s in us)


def first_text(fname, us):
    if fname.endswith(".vtt"):
        for i, (_, s) in enumerate(us):
            if "-->" in s:
                return us[i + 1][1]
        return ""
    if fname.endswith(".csv"):
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            return f.readline().rstrip("\r\n")
    return us[0][1]


def wpat(text, flags=0):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", flags)


# ---------------------------------------------------------------- safe values
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
            "nine": "9"}


def spoken_digits(s):
    """'oh one six three two, double five' -> '0163255'; digits kept as they are."""
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t == "hundred":
            out.append("00")
            continue
        d = t if t.isdigit() else NUMWORDS.get(t)
        if d is None:
            continue
        out.append(d * mult)
        mult = 1
    return "".join(out)


DRAMA = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
         "01214960", "01614960", "02896496", "02920180"]


def phone_ok(t):
    d = spoken_digits(t)
    if d.startswith("44"):
        d = "0" + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p in DRAMA)


def norm_spoken_email(t):
    s = t.lower().strip()
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    return s.replace(" ", "")


def email_ok(t):
    return re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(org|com|net)", norm_spoken_email(t)) is not None


def url_ok(t):
    s = re.sub(r"^https?://", "", t.strip().lower())
    host = s.split("/")[0]
    return re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host) is not None


def nhs_ok(t):
    d = spoken_digits(t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def ni_ok(t):
    s = re.sub(r"[^A-Za-z0-9]", "", t).upper()
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", s) is not None


# real outward codes of the East Midlands / Lincolnshire area this set may use
REAL_OUTWARD = {"PE10", "PE11", "PE12", "PE13", "PE20", "PE21", "PE22", "PE23", "PE24", "PE25",
                "NG18", "NG19", "NG20", "NG21", "NG31", "NG32", "NG33", "NG34", "LN1", "LN2",
                "LN4", "LN6", "LN11", "LN12"}


def postcode_ok(t):
    s = re.sub(r"[^A-Za-z0-9]", "", t).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    return bool(m) and m.group(1) in REAL_OUTWARD and re.search(r"[CIKMOV]", m.group(2)) is not None


def car_ok(t):
    s = re.sub(r"[^A-Za-z0-9]", "", t).upper()
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) is not None and re.search(r"[IQ]", s[-3:]) is not None


def dob_ok(t):
    return re.search(r"(19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2}\b", t) is not None


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok,
        "ni_number": ni_ok, "postcode": postcode_ok, "car_registration": car_ok,
        "date_of_birth": dob_ok}

TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Nurse", "Senhora", "Sir", "Prof", "Cllr",
          "mr", "mrs", "ms", "dr"}

# ---------------------------------------------------------------- sweep patterns
SWEEPS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"(?i)\b\w+ at \w+ dot (?:org|com|net)\b")),
    ("url", re.compile(r"(?i)(?:https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|co\.uk)/\S*)")),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_.]+")),
    ("phone", re.compile(r"(?<![\d\w])(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?!\d)")),
    ("spoken digits", re.compile(r"(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b")),
    ("postcode", re.compile(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("ni number", re.compile(r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    ("car reg", re.compile(r"(?i)\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("nhs-shaped", re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
]

# Capitalised words that are not identifiers, reviewed by hand (sentence starts,
# role labels, days, months, languages, towns and cities, services, apps ...).
ALLOWED_CAPS = set("""
A After Alright Also And Another Anything As At BOT Before Being But Come Could DM DOB Date
Does Don't Email English Even Every Fine First For Give Half He Here How I I'd I'm I've If
In Is It January Just Kind Language Last Leaflets Location More Most Mr Mrs My NHS Nearly
Never No Nobody Now Okay One Our Parking Patient People Polish Portuguese Prepared Put
Queries Read Right Romanian SYNTHETIC Same Saturday She She'd So Some Somebody Someone
Sometimes Speaker Speakers Start Submit Sunday Surname TRANSCRIPT Tell Thank Thanks That The
Then This Thursday Thursdays Today Transcribed Transport Tuesday UTC WEBVTT Walking We We're
We've Wednesdays Welcome What When Where Which Who Why X You COVID Reason
""".split())


# Ordinary words that also occur in Faker's name lists; reviewed by hand.
NAME_LIST_WORDS = set("""
case church don early english fair flowers good hall little long love pace page park parks
pop read ring small strong summer weeks west white winter young
""".split())


def name_list():
    """First names and surnames from Faker's locales that fit this set (optional)."""
    import importlib
    out = set()
    for loc in ["en_GB", "en_US", "en_IE", "pl_PL", "lt_LT", "ro_RO", "pt_PT", "pt_BR"]:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except Exception:
            continue
        for attr in ["first_names", "first_names_male", "first_names_female", "last_names",
                     "last_names_male", "last_names_female"]:
            v = getattr(prov, attr, None)
            if v:
                out.update(x.lower() for x in (v.keys() if isinstance(v, dict) else v))
    return out


def spans_of(text, label_texts):
    sp = []
    for t in label_texts:
        for m in wpat(t).finditer(text):
            sp.append((m.start(), m.end()))
    return sp


def overlaps(a, b, spans):
    return any(a < e and s < b for s, e in spans)


def main():
    # ------------------------------------------------------------ files
    U = {}
    for fname in FILES:
        if not os.path.exists(os.path.join(HERE, fname)):
            bad(f"missing transcript {fname}")
            continue
        U[fname] = units(fname)
        if first_text(fname, U[fname]) != SYN:
            bad(f"{fname}: does not open with the SYNTHETIC notice")
        n = len(spoken_text(fname, U[fname]).split())
        if not 700 <= n <= 1000:
            bad(f"{fname}: {n} words (want 700-1000)")
    if problems:
        return
    # ------------------------------------------------------------ labels
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            bad(f"labels.csv header is {header}")
        rows = [r for r in rd if r]
    by_file = {}
    kinds_of = {}
    for r in rows:
        if len(r) != 4:
            bad(f"labels.csv bad row {r}")
            continue
        fname, line, kind, text = r
        if fname not in U:
            bad(f"label for unknown file {fname}")
            continue
        if kind not in KINDS:
            bad(f"unknown kind {kind} in {r}")
        if not line.isdigit():
            bad(f"bad line {r}")
            continue
        by_file.setdefault(fname, []).append((int(line), kind, text))
        kinds_of.setdefault((fname, text), set()).add(kind)
    for (fname, text), ks in kinds_of.items():
        if len(ks) > 1:
            bad(f"{fname}: {text!r} has several kinds {ks}")
    for fname, labs in by_file.items():
        lines = dict(U[fname])
        texts = sorted({t for _, _, t in labs})
        # each row's text is on its line; rows match occurrences exactly
        from collections import Counter
        want = Counter()
        for t in texts:
            p = wpat(t)
            for ln, s in U[fname]:
                k = len(p.findall(s))
                if k:
                    want[(ln, t)] += k
        have = Counter((ln, t) for ln, _, t in labs)
        for key in set(want) | set(have):
            if want[key] != have[key]:
                bad(f"{fname} line {key[0]}: {key[1]!r} occurs {want[key]}x, labelled {have[key]}x")
        for ln, kind, t in labs:
            if ln not in lines:
                bad(f"{fname}: line {ln} does not exist ({t!r})")
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{fname}: label {a!r} is contained in label {b!r}")
        # names
        for ln, kind, t in labs:
            if kind == "name":
                if re.search(r"\s", t):
                    bad(f"{fname}: name {t!r} is not a single word")
                if t in TITLES:
                    bad(f"{fname}: title labelled as name {t!r}")
                if re.search(r"['\u2019]s$", t):
                    bad(f"{fname}: possessive in name {t!r}")
                if re.fullmatch(r"[A-Za-z]\.?", t):
                    bad(f"{fname}: single initial labelled {t!r}")
            if kind in SAFE and not SAFE[kind](t):
                bad(f"{fname}: unsafe or malformed {kind} {t!r}")
    total = len(rows)
    names = sum(1 for r in rows if len(r) == 4 and r[2] == "name")
    if not 180 <= total <= 220:
        bad(f"{total} label rows (want about 180-220)")
    if not 0.4 <= names / max(total, 1) <= 0.6:
        bad(f"names are {names}/{total} of the rows (want about half)")
    # ------------------------------------------------------------ tricky
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "text", "why"]:
            bad(f"tricky.csv header is {header}")
        trows = [r for r in rd if r]
    if len(trows) < 60:
        bad(f"tricky.csv has {len(trows)} rows (want >= 60)")
    tricky = {}
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            bad(f"tricky.csv bad row {r}")
            continue
        fname, text, _ = r
        if fname not in U:
            bad(f"tricky for unknown file {fname}")
            continue
        ltexts = {t for _, _, t in by_file.get(fname, [])}
        if text in ltexts:
            bad(f"tricky {text!r} is a label text in {fname}")
        ok = False
        for ln, s in U[fname]:
            sp = spans_of(s, ltexts)
            for m in wpat(text).finditer(s):
                if not overlaps(m.start(), m.end(), sp):
                    ok = True
        if not ok:
            bad(f"tricky {text!r} does not appear (outside labels) in {fname}")
        tricky.setdefault(fname, []).append(text)
    # ------------------------------------------------------------ sweep
    all_names = {}
    for fname, labs in by_file.items():
        for _, kind, t in labs:
            if kind in ("name", "place", "workplace"):
                all_names.setdefault(t.lower(), set()).add(fname)
    unexplained_caps = {}
    known_names = name_list()
    if not known_names:
        print("note: faker not installed, lower-case name sweep skipped")
    for fname in FILES:
        ltexts = {t for _, _, t in by_file.get(fname, [])}
        tr = tricky.get(fname, [])
        for ln, s in U[fname]:
            sp = spans_of(s, ltexts)
            tsp = spans_of(s, tr)
            for what, pat in SWEEPS:
                for m in pat.finditer(s):
                    if overlaps(m.start(), m.end(), sp) or overlaps(m.start(), m.end(), tsp):
                        continue
                    bad(f"{fname} line {ln}: unlabelled {what}-like {m.group(0)!r}")
            for m in re.finditer(r"(?<![\w@#])[A-Z\u00c0-\u00de\u0100-\u017d\u0218-\u021b][\w\u2019'.-]*", s):
                w = m.group(0).rstrip(".'\u2019-")
                w = re.sub(r"(['\u2019]s|['\u2019]ll)$", "", w)
                if overlaps(m.start(), m.end(), sp) or overlaps(m.start(), m.end(), tsp):
                    continue
                if w in ALLOWED_CAPS:
                    continue
                unexplained_caps.setdefault(w, set()).add(fname)
            for m in re.finditer(r"[^\W\d_]+", s):
                w = m.group(0).lower()
                if w in known_names and w not in NAME_LIST_WORDS and not (
                        overlaps(m.start(), m.end(), sp) or overlaps(m.start(), m.end(), tsp)):
                    bad(f"{fname} line {ln}: {m.group(0)!r} is in a first-name/surname list "
                        f"but is neither labelled, tricky nor reviewed as an ordinary word")
            for low, files in all_names.items():
                for m in wpat(low, re.I).finditer(s):
                    if overlaps(m.start(), m.end(), sp) or overlaps(m.start(), m.end(), tsp):
                        continue
                    bad(f"{fname} line {ln}: {m.group(0)!r} is labelled elsewhere "
                        f"({', '.join(sorted(files))}) but not here and not in tricky.csv")
    for w, fs in sorted(unexplained_caps.items()):
        bad(f"capitalised word {w!r} in {sorted(fs)} is neither labelled, tricky nor allow-listed")
    # ------------------------------------------------------------ scripts
    machine_root = "/" + "work" + "/"
    for fn in os.listdir(HERE):
        if fn.endswith(".py"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                if machine_root in f.read():
                    bad(f"{fn} contains an absolute machine path")


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")
