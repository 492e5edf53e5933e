# -*- coding: utf-8 -*-
"""Check labels.csv and tricky.csv against the five transcripts.

Run from inside this folder:  python verify_labels.py
Prints PASS (exit 0) or a list of problems (exit 1). Reads the built files
themselves (odfpy for .odt, openpyxl for .xlsx), not the build sources.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

from odf import teletype
from odf.namespaces import TEXTNS
from odf.opendocument import load as odf_load
import openpyxl

NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone",
         "email", "url", "handle", "date_of_birth", "nhs_number", "ni_number",
         "car_registration"}
TRANSCRIPT_EXT = (".txt", ".srt", ".vtt", ".odt", ".xlsx")
problems = []


def bad(msg):
    problems.append(msg)


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- extraction
SRT_TIME = re.compile(r"^\d\d:\d\d:\d\d[,.]\d{3} --> \d\d:\d\d:\d\d[,.]\d{3}")


def units_of(fname):
    """list of (unit_no, text, is_content) in the numbering labels.csv uses."""
    if fname.endswith((".txt", ".srt", ".vtt")):
        with open(fname, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        if "\r" in raw:
            bad(f"{fname}: contains CR characters")
        lines = raw.split("\n")
        out = []
        for i, ln in enumerate(lines, 1):
            content = True
            if fname.endswith((".srt", ".vtt")):
                if SRT_TIME.match(ln) or re.fullmatch(r"\d+", ln) or ln == "" or ln == "WEBVTT":
                    content = False
            out.append((i, ln, content))
        return out
    if fname.endswith(".odt"):
        doc = odf_load(fname)
        paras = []

        def walk(node):
            for ch in node.childNodes:
                if ch.nodeType != ch.ELEMENT_NODE:
                    continue
                if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    paras.append(teletype.extractText(ch))
                else:
                    walk(ch)
        walk(doc.text)
        return [(i, p, True) for i, p in enumerate(paras, 1)]
    if fname.endswith(".xlsx"):
        wb = openpyxl.load_workbook(fname)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                vals = ["" if c.value is None else str(c.value) for c in row]
                out.append((row[0].row, "\t".join(vals), True))
        return out
    raise ValueError(fname)


def first_text(fname, units):
    if fname.endswith(".xlsx"):
        wb = openpyxl.load_workbook(fname)
        return str(wb.worksheets[0]["A1"].value)
    for _, t, content in units:
        if content and t.strip():
            return t
    return ""


def word_count(fname, units):
    if fname.endswith(".xlsx"):
        wb = openpyxl.load_workbook(fname)
        ws = wb.worksheets[0]
        n = 0
        for row in ws.iter_rows(min_col=1, max_col=2):
            for c in row:
                if c.value is not None:
                    n += len(str(c.value).split())
        return n
    return sum(len(t.split()) for _, t, content in units if content)


# ---------------------------------------------------------------- safe values
NUMWORD = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
           "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "eight": "8", "nine": "9"}
NATO = {w: w[0].upper() for w in ["alpha", "alfa", "bravo", "charlie", "delta", "echo",
                                   "foxtrot", "golf", "hotel", "india", "juliet", "juliett",
                                   "kilo", "lima", "mike", "november", "oscar", "papa",
                                   "quebec", "romeo", "sierra", "tango", "uniform",
                                   "victor", "whiskey", "whisky", "xray", "x-ray",
                                   "yankee", "zulu"]}


def spoken_to_chars(s):
    toks = re.findall(r"[A-Za-z-]+|\d+|\+", s)
    out, mult = [], 1
    for t in toks:
        lt = t.lower()
        if lt == "double":
            mult = 2
            continue
        if lt == "triple":
            mult = 3
            continue
        if lt in NUMWORD:
            out.append(NUMWORD[lt] * mult)
        elif lt in NATO:
            out.append(NATO[lt] * mult)
        else:
            out.append(t * mult if mult > 1 and len(t) == 1 else t)
        mult = 1
    return "".join(out)


PHONE_RANGES = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}",
                r"01314960\d{3}", r"01414960\d{3}", r"01174960\d{3}", r"01214960\d{3}",
                r"01614960\d{3}", r"02896496\d{3}", r"02920180\d{3}"]


def phone_ok(t):
    d = spoken_to_chars(t)
    d = re.sub(r"^\+44", "0", d)
    d = re.sub(r"\D", "", d)
    return any(re.fullmatch(p, d) for p in PHONE_RANGES)


def nhs_ok(t):
    d = re.sub(r"\D", "", spoken_to_chars(t))
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def ni_ok(t):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t).upper()) is not None


REAL_OUTWARD = set(
    [f"CV{i}" for i in list(range(1, 14)) + list(range(21, 24)) + list(range(31, 38)) + [47]]
    + [f"WV{i}" for i in range(1, 17)] + [f"ST{i}" for i in range(1, 22)]
    + [f"HR{i}" for i in range(1, 10)] + [f"SY{i}" for i in range(1, 26)]
    + [f"TF{i}" for i in range(1, 14)] + [f"B{i}" for i in range(1, 51)])


def postcode_ok(t):
    s = re.sub(r"\s", "", t).upper()
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    if not m:
        return False
    return m.group(1) in REAL_OUTWARD and bool(set(m.group(2)[1:]) & set("CIKMOV"))


def email_ok(t):
    s = t
    if " at " in s:
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = re.sub(r"\s+underscore\s+", "_", s)
        s = s.replace(" ", "")
    return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", s) is not None


def url_ok(t):
    return re.fullmatch(r"(https?://)?(www\.)?example\.(org|com|net)(/\S*)?", t) is not None


def car_ok(t):
    s = re.sub(r"[^A-Z0-9]", "", spoken_to_chars(t).upper())
    if not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) or re.fullmatch(r"[A-Z]{1,3}\d{1,3}[A-Z]", s)
            or re.fullmatch(r"[A-Z]\d{1,3}[A-Z]{3}", s)):
        return False
    letters = [c for c in s if c.isalpha()]
    return bool(set(letters[-3:]) & {"I", "Q"})


SAFE = {"phone": phone_ok, "nhs_number": nhs_ok, "ni_number": ni_ok, "postcode": postcode_ok,
        "email": email_ok, "url": url_ok, "car_registration": car_ok,
        "handle": lambda t: re.fullmatch(r"@[\w.]+", t) is not None}
TITLES = r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Uncle|Aunty|Auntie|Nurse|Sister|Father|Rev)\.?"
ROLE = re.compile(r"(P\d+|Member ?\d+|Speaker ?\d+|Facilitator|Co-facilitator|F|You|[A-Z]\.?)")

# ---------------------------------------------------------------- sweep patterns
SWEEP = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"\b\w+(?: (?:dot|underscore) \w+)* at \w+(?: dot \w+)+\b",
    "url": r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|ai|uk|io|co)(?:/\S*)?\b",
    "handle": r"(?<![\w.])@\w[\w.]*",
    "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b",
    "ni": r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b",
    "car": r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]{3}\s?\d{1,3}[A-Z]\b",
    "digits": r"(?<![\w:,.])\+?\d(?:[ \-]?\d){5,}(?![\w:])",
    "spoken digits": r"(?i)\b(?:(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,-]+){4,}(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b",
    "nato": r"(?i)\b(?:(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|xray|yankee|zulu)\W+){2,}",
    "numeric date": r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    "worded date": r"(?i)\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[ ,]*(?:'?\d{2,4})",
    "spoken date": r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|twenty-\w+|thirtieth|thirty-first) of (?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
}


def main():
    here = sorted(f for f in os.listdir(".") if f.endswith(TRANSCRIPT_EXT))
    if len(here) != 5:
        bad(f"expected 5 transcripts, found {here}")
    # ---- labels.csv
    with open("labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header {header}")
    units = {f: units_of(f) for f in here}
    unit_text = {f: {n: t for n, t, _ in u} for f, u in units.items()}

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
            bad(f"{f}: bad kind {kind}")
        if text != text.strip() or not text:
            bad(f"{f}: label text has outer whitespace: {text!r}")
        by_file[f].append((int(ln), kind, text))
    for f in here:
        if f not in by_file:
            bad(f"{f}: no labels")

    label_spans = defaultdict(lambda: defaultdict(list))  # f -> unit -> [(s,e)]
    for f, labs in by_file.items():
        kinds = {}
        for ln, kind, text in labs:
            if kinds.setdefault(text, kind) != kind:
                bad(f"{f}: {text!r} labelled as {kinds[text]} and {kind}")
        # every row points at a real occurrence, counts match per line
        cnt = Counter((ln, text) for ln, _, text in labs)
        for (ln, text), n in cnt.items():
            if ln not in unit_text[f]:
                bad(f"{f}:{ln}: no such line for {text!r}")
                continue
            occ = len(ww(text).findall(unit_text[f][ln]))
            if occ != n:
                bad(f"{f}:{ln}: {text!r} has {n} rows but {occ} whole-word occurrences")
        # every occurrence anywhere in the file has a row
        for text in kinds:
            for n, t, _ in units[f]:
                for m in ww(text).finditer(t):
                    label_spans[f][n].append((m.start(), m.end()))
                occ = len(ww(text).findall(t))
                if occ and cnt.get((n, text), 0) != occ:
                    bad(f"{f}:{n}: {text!r} occurs {occ}x but has {cnt.get((n, text), 0)} rows")
        # containment (case-insensitive)
        texts = sorted(kinds)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} is contained in label {b!r}")
        # per-kind form rules and safe values
        for text, kind in kinds.items():
            if kind == "name":
                if re.search(r"\s", text):
                    bad(f"{f}: name {text!r} is not a single word")
                if re.search(r"['\u2019]s$", text):
                    bad(f"{f}: name {text!r} keeps a possessive")
                if re.fullmatch(TITLES, text) or re.match(TITLES + r"\s", text):
                    bad(f"{f}: name {text!r} is or starts with a title")
                if ROLE.fullmatch(text):
                    bad(f"{f}: name {text!r} is a role label or single initial")
            if kind in SAFE and not SAFE[kind](text):
                bad(f"{f}: unsafe or malformed {kind}: {text!r}")

    # ---- notice, word counts
    for f in here:
        ft = first_text(f, units[f])
        if ft != NOTICE:
            bad(f"{f}: first text is {ft!r}")
        wc = word_count(f, units[f])
        if not 700 <= wc <= 1000:
            bad(f"{f}: {wc} words, outside 700-1000")

    # ---- totals
    total = len(rows)
    names = sum(1 for r in rows if r[2] == "name")
    if not 180 <= total <= 225:
        bad(f"{total} label rows, expected about 180-220")
    if not 0.4 <= names / max(total, 1) <= 0.6:
        bad(f"names are {names}/{total} rows, expected about half")
    kinds_used = {r[2] for r in rows}
    if kinds_used != KINDS:
        bad(f"kinds never used: {sorted(KINDS - kinds_used)}")

    # ---- tricky.csv
    with open("tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        bad(f"tricky.csv header {th}")
    if len(trows) < 60:
        bad(f"tricky.csv has {len(trows)} rows, need >= 60")
    tricky_spans = defaultdict(lambda: defaultdict(list))
    seen = set()
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            bad(f"tricky row malformed {r}")
            continue
        f, text, _ = r
        if (f, text) in seen:
            bad(f"tricky duplicate {f} {text!r}")
        seen.add((f, text))
        if f not in units:
            bad(f"tricky: unknown file {f}")
            continue
        if any(t == text for _, _, t in by_file[f]):
            bad(f"tricky {text!r} is also a label text in {f}")
        free = 0
        for n, t, content in units[f]:
            for m in ww(text).finditer(t):
                tricky_spans[f][n].append((m.start(), m.end()))
                if not any(s < m.end() and m.start() < e for s, e in label_spans[f][n]):
                    free += 1
        if free == 0:
            bad(f"tricky {text!r} has no unlabelled whole-word occurrence in {f}")

    # ---- sweep for unlabelled identifier-like strings
    for f in here:
        for n, t, content in units[f]:
            if not content:
                continue
            if f.endswith(".xlsx"):
                t = "\t".join(t.split("\t")[:2]) if n > 2 else t
            cover = label_spans[f][n] + tricky_spans[f][n]
            for what, pat in SWEEP.items():
                for m in re.finditer(pat, t):
                    s, e = m.span()
                    if not any(a < e and s < b for a, b in cover):
                        bad(f"{f}:{n}: unlabelled {what}-like string {m.group(0)!r}")

    # ---- names from one file appearing in another
    all_names = {text for labs in by_file.values() for _, k, text in labs if k == "name"}
    tricky_texts = defaultdict(set)
    for r in trows:
        if len(r) == 3:
            tricky_texts[r[0]].add(r[1])
    for f in here:
        own = {text for _, _, text in by_file[f]}
        for name in all_names - own:
            for n, t, content in units[f]:
                if content and ww(name).search(t) and name not in tricky_texts[f]:
                    bad(f"{f}:{n}: {name!r} is a name elsewhere; label it here or list it in tricky.csv")

    # ---- relative paths only
    for fn in ("build.py", "verify_labels.py", "README.md"):
        if os.path.exists(fn):
            with open(fn, encoding="utf-8") as fh:
                if re.search("|".join("/" + d + "/" for d in ("work", "home", "tmp", "Users")), fh.read()):
                    bad(f"{fn}: contains an absolute machine path")
        else:
            bad(f"missing {fn}")

    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"{total} label rows ({names} names), {len(trows)} tricky rows, 5 files")
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
