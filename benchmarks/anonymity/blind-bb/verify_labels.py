# -*- coding: utf-8 -*-
"""Checks labels.csv / tricky.csv against the five transcripts. Prints PASS or the problems."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
errors, warnings = [], []


def err(*a): errors.append(" ".join(str(x) for x in a))


def load_units(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    if fname.endswith(".odt"):
        from odf.opendocument import load
        from odf import teletype
        doc = load(path); out = []
        def walk(n):
            for c in n.childNodes:
                if c.nodeType == c.ELEMENT_NODE:
                    if c.qname[1] in ("p", "h") and c.qname[0].endswith(":text:1.0"):
                        out.append(teletype.extractText(c))
                    else:
                        walk(c)
        walk(doc.text); return out
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def words(fname, units):
    if fname.endswith(".vtt"):
        cue = [u for u in units if u and u != "WEBVTT" and "-->" not in u and not re.match(r"^[0-9a-f-]{36}/\d+-\d+$", u)]
        return len(re.sub(r"<[^>]+>", " ", " ".join(cue)).split())
    return len(" ".join(units).split())


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------- safe-value checks ----------
NUMW = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
        "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digits_of(s):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", s.lower()); out = ""; rep = 1
    for t in toks:
        if t == "double": rep = 2; continue
        if t == "triple": rep = 3; continue
        if t == "hundred": out += "00"; continue
        if t.isdigit(): out += t * rep if len(t) == 1 else t; rep = 1; continue
        if t in NUMW: out += NUMW[t] * rep; rep = 1; continue
        if t == "+": out += "+"
    return out


PHONE_OK = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960", "01214960",
            "01614960", "02896496", "02920180"]
OUTWARD_OK = {"LS6", "WF13", "S10", "SK1", "M14", "BS8", "NG7", "CF24", "EH8", "G12", "BT7", "YO10"}


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"): return False
    t = sum(int(d[i]) * (10 - i) for i in range(9)); c = 11 - t % 11; c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def safe(kind, text):
    if kind == "phone":
        d = digits_of(text)
        if d.startswith("+44"): d = "0" + d[3:]
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_OK)
    if kind == "email":
        return bool(re.search(r"@example\.(org|com|net)$", text) or re.search(r" at example dot (org|com|net)$", text))
    if kind == "url":
        return bool(re.match(r"^(https?://)?(www\.)?example\.(org|com|net)(/|$)", text))
    if kind == "nhs_number":
        return nhs_ok(re.sub(r"\D", "", text))
    if kind == "ni_number":
        return bool(re.match(r"^(QQ|ZZ)\d{6}[A-D]$", re.sub(r"\s", "", text)))
    if kind == "postcode":
        m = re.match(r"^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$", text.upper())
        return bool(m) and m.group(1) in OUTWARD_OK and bool(re.search(r"[CIKMOV]", m.group(2)))
    if kind == "car_registration":
        m = re.match(r"^[A-Z]{2}\d{2} ?([A-Z]{3})$", text)
        return bool(m) and bool(re.search(r"[IQ]", m.group(1)))
    if kind == "name":
        return " " not in text
    return True


# ---------- load ----------
labels = list(csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")))
tricky = list(csv.DictReader(open(os.path.join(HERE, "tricky.csv"), encoding="utf-8")))
if list(labels[0].keys()) != ["file", "line", "kind", "text"]: err("labels.csv header wrong")
if list(tricky[0].keys()) != ["file", "text", "why"]: err("tricky.csv header wrong")
files = sorted({r["file"] for r in labels})
if len(files) != 5: err("expected 5 files, got", files)
units = {f: load_units(f) for f in files}
by_file = collections.defaultdict(list)
for r in labels: by_file[r["file"]].append(r)

for f in files:
    U = units[f]
    first = next(u for u in U if u and u != "WEBVTT" and "-->" not in u and not re.match(r"^[0-9a-f-]{36}/", u))
    if first != SYN: err(f, "first text is not the SYNTHETIC line:", first[:60])
    n = words(f, U)
    if not 700 <= n <= 1000: err(f, "word count out of range:", n)
    rows = by_file[f]
    kind_of = {}
    for r in rows:
        if r["kind"] not in KINDS: err(f, "bad kind", r)
        if kind_of.setdefault(r["text"], r["kind"]) != r["kind"]: err(f, "two kinds for", r["text"])
        ln = int(r["line"])
        if not (1 <= ln <= len(U)) or not ww(r["text"]).search(U[ln - 1]): err(f, "text not on its line", r)
        if not safe(r["kind"], r["text"]): err(f, "unsafe/ill-formed value", r)
    # every occurrence labelled, exact counts per line
    cnt = collections.Counter((int(r["line"]), r["text"]) for r in rows)
    for t in kind_of:
        for i, u in enumerate(U, 1):
            k = len(ww(t).findall(u))
            if k != cnt.get((i, t), 0): err(f, "occurrence count mismatch line", i, repr(t), k, cnt.get((i, t), 0))
    # containment
    ts = list(kind_of)
    for a in ts:
        for b in ts:
            if a != b and a.lower() in b.lower(): err(f, "label contained in another:", repr(a), "in", repr(b))
    # labelled spans
    spans = collections.defaultdict(list)
    for t in ts:
        for i, u in enumerate(U, 1):
            spans[i] += [m.span() for m in ww(t).finditer(u)]
    tr = [x["text"] for x in tricky if x["file"] == f]
    for i, u in enumerate(U, 1):
        for t in tr:
            spans[-i] += [m.span() for m in re.finditer(re.escape(t), u)]

    def covered(i, s, e):
        return any(a <= s and e <= b for a, b in spans[i] + spans[-i])

    # sweep for identifier-like strings
    SWEEP = [
        ("email", r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
        ("spoken email", r"\w+(?: (?:dot|dash|underscore) \w+)* at \w+ dot \w+"),
        ("url", r"(https?://|www\.)\S+|\bexample\.(org|com|net)/\S*"),
        ("phone-ish", r"(\+44\s?|\b0)\d[\d ]{7,12}\d\b"),
        ("long digits", r"\b\d{3}\s?\d{3}\s?\d{4}\b"),
        ("postcode", r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
        ("ni", r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
        ("car reg", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
        ("@handle", r"(?<!\w)@[\w.]+\w"),
        ("#tag", r"\w+#\d{4}\b"),
        ("date", r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),
        ("spoken digits", r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred),? ){4,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b"),
        ("titled name", r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|professor|prof)\.?) ([A-Za-z][\w'-]+)"),
    ]
    for what, rx in SWEEP:
        for i, u in enumerate(U, 1):
            for m in re.finditer(rx, u):
                s, e = (m.span(1) if what == "titled name" else m.span())
                while e > s and u[e - 1] in ".,;:)": e -= 1
                if u[s] == "@" and covered(i, s + 1, e): continue
                if what == "phone-ish" and len(re.sub(r"\D", "", m.group())) < 10: continue
                if not covered(i, s, e):
                    err(f, "unlabelled", what, "line", i, repr(u[s:e]))
    # tricky: present, not a label, has an occurrence outside labelled spans
    for t in tr:
        if t in kind_of: err(f, "tricky text is also a label:", t)
        if not any(t in u for u in U): err(f, "tricky text not in file:", t)

# cross-file: a name labelled elsewhere appearing here unlabelled must be listed as tricky here
names_elsewhere = collections.defaultdict(set)
for r in labels:
    if r["kind"] == "name": names_elsewhere[r["text"]].add(r["file"])
for f in files:
    here = {r["text"] for r in by_file[f]}
    tr = {x["text"] for x in tricky if x["file"] == f}
    for t, fs in names_elsewhere.items():
        if f in fs or t in here: continue
        if any(ww(t).search(u) for u in units[f]) and t not in tr:
            err(f, "name from another file appears unlabelled and not in tricky:", t)

tot = len(labels)
kinds = collections.Counter(r["kind"] for r in labels)
if not 180 <= tot <= 220: err("total label rows out of range:", tot)
if not 0.4 <= kinds["name"] / tot <= 0.6: err("name share off:", kinds["name"], "/", tot)
if len(tricky) < 60: err("fewer than 60 tricky rows")
for f in files: print("%-42s words=%4d rows=%3d" % (f, words(f, units[f]), len(by_file[f])))
print("total rows", tot, dict(kinds), "tricky", len(tricky))
if errors:
    print("\n".join(errors)); print("FAIL (%d problems)" % len(errors)); sys.exit(1)
print("PASS")
