"""Checks labels.csv / tricky.csv / README.md against the five transcripts. Prints PASS or the problems.
Run from inside this folder:  python verify_labels.py   (needs python-docx)."""
import csv, re, sys, os
from collections import Counter, defaultdict

FILES = [
    "01_zoom_roma_traveller_women_basildon.txt",
    "02_newsletter_men_after_prison_chatham.docx",
    "03_whatsapp_menopause_eastbourne.txt",
    "04_notetaker_parents_additional_needs_maidstone.csv",
    "05_debrief_form_scrutiny_visit_southend.txt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
HEADLINE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, school and street in it "
             "is invented.")
problems = []


def bad(msg):
    problems.append(msg)


def load_units(fn):
    """(line, text) units: physical lines for .txt/.csv; paragraphs (1-based) then table rows (1-based) for .docx."""
    if fn.endswith(".docx"):
        from docx import Document
        d = Document(fn)
        units = [(i, p.text) for i, p in enumerate(d.paragraphs, 1)]
        for t in d.tables:
            for j, r in enumerate(t.rows, 1):
                units.append((j, " | ".join(c.text for c in r.cells)))
        return units
    with open(fn, encoding="utf-8", newline="") as f:
        return [(i, l.rstrip("\r\n")) for i, l in enumerate(f.read().split("\n"), 1)]


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_count(fn, units):
    if fn.endswith(".csv"):
        with open(fn, encoding="utf-8", newline="") as f:
            return sum(len((r["speaker"] + " " + r["text"]).split()) for r in csv.DictReader(f))
    return sum(len(t.split()) for _, t in units)


# ---------- spoken-form helpers for safe-value checks ----------
DIG = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
       "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in DIG:
            out += DIG[toks[i + 1]] * (2 if t == "double" else 3); i += 1
        elif t == "hundred":
            out += "00"
        elif t in DIG:
            out += DIG[t]
        i += 1
    return out


DRAMA = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960", "01214960",
         "01614960", "02896496", "02920180"]
OUTWARD = {"CM1", "CM2", "CM11", "CM12", "SS1", "SS2", "SS9", "SS13", "SS14", "SS15", "SS16", "ME4", "ME5",
           "ME7", "ME8", "ME14", "ME15", "ME16", "RH10", "RH11", "BN20", "BN21", "BN22", "BN23"}


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def safe_value(kind, text):
    if kind == "phone":
        d = spoken_digits(text) if re.search(r"[a-z]{3}", text.lower()) else re.sub(r"\D", "", text)
        if d.startswith("44"):
            d = "0" + d[2:]
        return len(d) == 11 and any(d.startswith(p) for p in DRAMA)
    if kind == "email":
        e = text.lower().replace(" at ", "@").replace(" dot ", ".").replace(" ", "")
        return re.fullmatch(r"[\w.+-]+@(www\.)?example\.(org|com|net)", e) is not None
    if kind == "url":
        return re.match(r"(https?://)?(www\.)?example\.(org|com|net)(/|$)", text.lower()) is not None
    if kind == "nhs_number":
        return nhs_ok(re.sub(r"\D", "", text))
    if kind == "ni_number":
        n = re.sub(r"\s", "", text.upper())
        return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n) is not None
    if kind == "postcode":
        p = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        return bool(m) and m.group(1) in OUTWARD and any(c in m.group(2) for c in "CIKMOV")
    if kind == "car_registration":
        r = re.sub(r"\s", "", text.upper())
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r) is not None and any(c in r[-3:] for c in "IQ")
    if kind == "date_of_birth":
        return re.search(r"(19|20)\d\d|nineteen|twenty", text) is not None
    if kind == "handle":
        return text.startswith("@") or "underscore" in text
    if kind == "name":
        return " " not in text and len(text) > 1 and not re.fullmatch(r"[A-Z]\.?", text)
    return True


# ---------- load labels ----------
with open("labels.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    hdr = next(rd)
    if hdr != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header {hdr}")
    rows = [r for r in rd]
with open("tricky.csv", encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    if next(rd) != ["file", "text", "why"]:
        bad("tricky.csv header")
    tricky = [r for r in rd]

labels_by_file = defaultdict(list)
for r in rows:
    if len(r) != 4:
        bad(f"bad row {r}"); continue
    fn, ln, kind, text = r
    if fn not in FILES:
        bad(f"unknown file {fn}")
    if kind not in KINDS:
        bad(f"unknown kind {kind}")
    if text != text.strip() or not text:
        bad(f"untrimmed text {text!r}")
    if kind == "name" and (text.endswith("'s") or re.match(r"(Mr|Mrs|Ms|Dr|Cllr|Father)\b", text)):
        bad(f"name label includes possessive/title: {text}")
    labels_by_file[fn].append((int(ln), kind, text))

totals = Counter()
for fn in FILES:
    if not os.path.exists(fn):
        bad(f"missing {fn}"); continue
    units = load_units(fn)
    labs = labels_by_file[fn]
    # headline
    if fn.endswith(".csv"):
        with open(fn, encoding="utf-8", newline="") as f:
            rd = csv.reader(f)
            h = next(rd)
            first = next(rd)
            recs = [first] + list(rd)
        if h != ["speaker", "text", "start", "end"]:
            bad(f"{fn}: csv header {h}")
        if first[1] != HEADLINE:
            bad(f"{fn}: first row text is not the headline")
        if any(len(r) != 4 for r in recs):
            bad(f"{fn}: a record does not have 4 columns")
        with open(fn, encoding="utf-8", newline="") as f:
            if f.read().rstrip("\n").count("\n") != len(recs):
                bad(f"{fn}: records span several physical lines")
    elif units[0][1] != HEADLINE:
        bad(f"{fn}: first line/paragraph is not the headline")
    # word count
    wc = word_count(fn, units)
    if not 700 <= wc <= 1000:
        bad(f"{fn}: {wc} words (need 700-1000)")
    # one kind per text; containment
    kinds_of = defaultdict(set)
    for ln, kind, text in labs:
        kinds_of[text].add(kind)
    for t, ks in kinds_of.items():
        if len(ks) > 1:
            bad(f"{fn}: {t!r} has several kinds {ks}")
        if not safe_value(next(iter(ks)), t):
            bad(f"{fn}: unsafe or malformed {next(iter(ks))} value {t!r}")
    texts = list(kinds_of)
    for a in texts:
        for b in texts:
            if a != b and a.lower() in b.lower():
                bad(f"{fn}: label {a!r} contained in label {b!r}")
    # every occurrence labelled, every label row real
    expected = Counter()
    spans = defaultdict(list)  # unit index -> spans of label occurrences
    for idx, (ln, s) in enumerate(units):
        for t in texts:
            for m in wre(t).finditer(s):
                expected[(ln, t)] += 1
                spans[idx].append((m.start(), m.end()))
    got = Counter((ln, t) for ln, _, t in labs)
    for k in expected - got:
        bad(f"{fn}: occurrence not labelled (line, text) {k}")
    for k in got - expected:
        bad(f"{fn}: label row with no matching occurrence {k}")
    for ln, kind, text in labs:
        totals[kind] += 1
    # tricky look-alikes
    tr = [t for f2, t, _ in tricky if f2 == fn]
    tr_spans = defaultdict(list)
    for t in tr:
        found = False
        if t in kinds_of:
            bad(f"{fn}: tricky text {t!r} is also a label")
        for idx, (ln, s) in enumerate(units):
            for m in re.finditer(re.escape(t), s):
                found = True
                tr_spans[idx].append((m.start(), m.end()))
                if any(a < m.end() and m.start() < b for a, b in spans[idx]):
                    bad(f"{fn}: tricky text {t!r} overlaps a label occurrence")
        if not found:
            bad(f"{fn}: tricky text {t!r} not in file")
    # sweep for unlabelled identifier-like strings
    SWEEP = [
        ("email", r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
        ("spoken email", r"\b[\w.]+ at [\w]+ dot (org|com|net|co)\b"),
        ("url", r"(https?://|www\.)\S+|\bexample\.(org|com|net)/\S*"),
        ("phone", r"(\+44\s?|\b0)\d{2,4}[ \d]{6,10}\d\b|@44\d{9,10}\b"),
        ("spoken number", r"\b(oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                          r"(\W+(oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)){6,}\b"),
        ("postcode", r"\b[A-Za-z]{1,2}\s?\d[A-Za-z\d]?\s{0,2}\d[A-Za-z]{2}\b"),
        ("ni", r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),
        ("car reg", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
        ("nhs-like", r"\b\d{3}\s?\d{3}\s?\d{4}\b"),
        ("handle", r"(?<![\w.])@[A-Za-z_][\w.]*\w"),
        ("title+name", r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Father)\.?\s+([A-Z][\w'\-]+)"),
        ("initials", r"(?<!\w)(?:[A-Z]\.){1,2}[A-Z]'?[A-Z]?\.(?!\w)"),
        ("date", r"\b\d{1,2}[./]\d{1,2}[./](19|20)\d\d\b"),
        ("spoken handle", r"\b\w+ underscore \w+"),
        ("spoken date", r"\b(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                        r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\w-]*"),
    ]
    wa_ts = re.compile(r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ")
    # speaker labels / senders: every capitalised word or number in the label must be labelled or a listed look-alike
    spk = {"01": r"^([^\s:][^:]{0,40}): ", "02": r"^([A-Z]{2,}): ",
           "03": r"^\d\d/\d\d/\d{4}, \d\d:\d\d - ([^:]{1,40}): ", "04": r"^([^,\"]{1,40}),"}.get(fn[:2])
    if spk:
        for idx, (ln, s) in enumerate(units):
            m = re.match(spk, s)
            if not m or (fn.endswith(".csv") and ln == 1):
                continue
            for w in re.finditer(r"(?<!\w)(?:\+?\d[\d ]+\d|[A-Z][\w\u00c0-\u024f'.]*)", m.group(1)):
                a, b = m.start(1) + w.start(), m.start(1) + w.end()
                if len(w.group().rstrip(".")) <= 1:
                    continue
                if w.group() in ("Speaker",):
                    continue
                ok = any(x < b and a < y for x, y in spans[idx]) or any(x <= a and b <= y for x, y in tr_spans[idx])
                if not ok:
                    bad(f"{fn} line {ln}: unlabelled word {w.group()!r} in speaker label")
    for idx, (ln, s) in enumerate(units):
        for what, pat in SWEEP:
            for m in re.finditer(pat, s):
                a, b = (m.start(1), m.end(1)) if what == "title+name" else (m.start(), m.end())
                if what == "date" and fn.startswith("03_") and wa_ts.match(s) and a == 0:
                    continue  # WhatsApp export timestamp
                if what == "initials" and len(m.group()) <= 2:
                    continue  # single initial, not labelled by convention
                covered = any(x <= a and b <= y or (x < b and a < y) for x, y in spans[idx])
                trick = any(x <= a and b <= y for x, y in tr_spans[idx])
                if not covered and not trick:
                    bad(f"{fn} line {ln}: unlabelled {what}-like string {s[a:b]!r}")

# tricky count, totals
if len(tricky) < 60:
    bad(f"only {len(tricky)} tricky rows")
n = sum(totals.values())
if not 180 <= n <= 225:
    bad(f"{n} label rows, expected about 180-220")
if not 0.4 <= totals["name"] / max(n, 1) <= 0.65:
    bad(f"names are {totals['name']}/{n} of rows, aim about half")
for k in KINDS:
    if totals[k] == 0:
        bad(f"no {k} labels")

# README
try:
    with open("README.md", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != README_L1:
        bad("README first line wrong")
    if len(lines) < 2 or not lines[1].startswith("**Status:"):
        bad("README second line must start with **Status:")
    body = "\n".join(lines)
    if re.search(r"(^|[\s(`'\"])/(work|home|tmp|root|Users)/", body):
        bad("README contains an absolute path")
except FileNotFoundError:
    bad("README.md missing")
for script in ("build_docx.py", "build_csv.py", "make_labels.py", "verify_labels.py"):
    with open(script, encoding="utf-8") as f:
        if re.search(r"[\"'](/work|/home|/tmp|/root)/", f.read()):
            bad(f"{script} uses an absolute path")

print(f"{n} label rows, {len(tricky)} tricky rows; per kind: " + ", ".join(f"{k}={totals[k]}" for k in sorted(totals)))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("PASS")
