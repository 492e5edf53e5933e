# -*- coding: utf-8 -*-
"""Independent checks for the blind-bk set.  Reads only the built files, labels.csv,
tricky.csv and README.md in this folder (never sources.py).  Prints PASS or the problems.

Run from this folder:  python verify_labels.py
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_FIRST = ("This set is synthetic: every person, number, address, employer, venue, school "
                "and street in it is invented.")
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
EXPECTED_FILES = {".txt": 2, ".csv": 1, ".odt": 1, ".xlsx": 1}
MIN_WORDS, MAX_WORDS = 700, 1000
TOTAL_RANGE = (180, 220)
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Doctor", "Reverend", "Rev", "Pastor", "Auntie",
          "Aunty", "Uncle", "Sister", "Brother", "Coach", "Prof", "Professor", "Sir", "Dame"}
ROLE_LABELS = {"I", "Fac", "FAC", "INT", "P1", "P2", "P3", "P4", "P5", "F", "M", "Commissioner",
               "Facilitator", "Interviewer", "Member"}

problems = []


def fail(msg):
    problems.append(msg)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# Reading files into {line: [cell texts]} (xlsx: {line: {sheet: [cells]}})
# ---------------------------------------------------------------------------
def read_txt(fname):
    with open(p(fname), encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        fail("%s: contains CR characters" % fname)
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return {i: {"": [t]} for i, t in enumerate(lines, start=1)}


def read_csv(fname):
    with open(p(fname), encoding="utf-8", newline="") as fh:
        raw = fh.read()
    physical = raw.split("\n")
    if physical and physical[-1] == "":
        physical = physical[:-1]
    rows = list(csv.reader(raw.splitlines()))
    if len(rows) != len(physical):
        fail("%s: some record spans several physical lines" % fname)
    with open(p(fname), encoding="utf-8", newline="") as fh:
        rows2 = list(csv.reader(fh))
    if rows2 != rows:
        fail("%s: csv parse differs between line-split and file parse" % fname)
    return {i: {"": list(r)} for i, r in enumerate(rows2, start=1)}


def read_odt(fname):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(p(fname))
    paras = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType == ch.ELEMENT_NODE and ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                paras.append(teletype.extractText(ch))
            elif ch.nodeType == ch.ELEMENT_NODE:
                walk(ch)
    walk(doc.text)
    # cross-check against odfpy's own per-type lists
    from odf.text import P, H
    n_p = len(doc.getElementsByType(P))
    n_h = len(doc.getElementsByType(H))
    if n_p + n_h != len(paras):
        fail("%s: paragraph walk found %d, odfpy lists %d" % (fname, len(paras), n_p + n_h))
    return {i: {"": [t]} for i, t in enumerate(paras, start=1)}


def read_xlsx(fname):
    import openpyxl
    wb = openpyxl.load_workbook(p(fname), read_only=False)
    out = defaultdict(dict)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = [str(c.value) for c in row if c.value is not None]
            if cells:
                out[row[0].row][ws.title] = cells
    return dict(out), [ws.title for ws in wb.worksheets]


def whole_word(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------------------
# Load everything
# ---------------------------------------------------------------------------
def main():
    with open(p("labels.csv"), encoding="utf-8", newline="") as fh:
        rdr = csv.reader(fh)
        header = next(rdr)
        if header != ["file", "line", "kind", "text"]:
            fail("labels.csv header is %r" % header)
        labels = [r for r in rdr]
    for r in labels:
        if len(r) != 4:
            fail("labels.csv bad row %r" % r)
    labels = [(r[0], int(r[1]), r[2], r[3]) for r in labels if len(r) == 4]

    transcripts = sorted(f for f in os.listdir(HERE)
                         if os.path.splitext(f)[1] in EXPECTED_FILES and f.startswith("bk"))
    exts = Counter(os.path.splitext(f)[1] for f in transcripts)
    if dict(exts) != EXPECTED_FILES or len(transcripts) != 5:
        fail("expected 5 transcripts (2 txt, csv, odt, xlsx), found %r" % transcripts)
    for f in set(r[0] for r in labels):
        if f not in transcripts:
            fail("labels.csv names unknown file %s" % f)

    content = {}
    sheetnames = {}
    for f in transcripts:
        ext = os.path.splitext(f)[1]
        if ext == ".txt":
            content[f] = read_txt(f)
        elif ext == ".csv":
            content[f] = read_csv(f)
        elif ext == ".odt":
            content[f] = read_odt(f)
        elif ext == ".xlsx":
            content[f], sheetnames[f] = read_xlsx(f)

    # --- banner + words -----------------------------------------------------
    words = {}
    for f in transcripts:
        first = content[f].get(1, {})
        first_cells = [c for cells in first.values() for c in cells]
        if os.path.splitext(f)[1] == ".xlsx":
            ws0 = sheetnames[f][0]
            first_cells = first.get(ws0, [])[:1]
        if not first_cells or first_cells[0] != SYNTH:
            fail("%s: first line/paragraph/cell is not the synthetic banner: %r" % (f, first_cells[:1]))
        n = sum(len(c.split()) for line in content[f].values() for cells in line.values() for c in cells)
        nletters = sum(len(re.findall(r"\S*[^\W\d_]\S*", c)) for line in content[f].values()
                       for cells in line.values() for c in cells)
        words[f] = n
        if not (MIN_WORDS <= n <= MAX_WORDS) or nletters < MIN_WORDS:
            fail("%s: word count %d (tokens with letters %d) outside %d-%d" % (f, n, nletters, MIN_WORDS, MAX_WORDS))
    with open(p(transcripts[0]), "rb") as fh:
        pass

    # --- basic label row checks --------------------------------------------
    by_file = defaultdict(list)
    for r in labels:
        by_file[r[0]].append(r)
        f, line, kind, text = r
        if kind not in KINDS:
            fail("bad kind %r" % (r,))
        if text != text.strip() or not text:
            fail("label text has outer whitespace: %r" % (r,))
    if not (TOTAL_RANGE[0] <= len(labels) <= TOTAL_RANGE[1]):
        fail("total label rows %d outside %s" % (len(labels), TOTAL_RANGE))
    kinds = Counter(r[2] for r in labels)
    if not (0.4 <= kinds["name"] / max(1, len(labels)) <= 0.62):
        fail("names are %d of %d rows, not about half" % (kinds["name"], len(labels)))

    for f in transcripts:
        rows = by_file.get(f, [])
        # one kind per text per file
        kind_of = defaultdict(set)
        for _, _, k, t in rows:
            kind_of[t].add(k)
        for t, ks in kind_of.items():
            if len(ks) > 1:
                fail("%s: %r has several kinds %r" % (f, t, ks))
        # containment (case-insensitive substring)
        texts = sorted(kind_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail("%s: label %r is contained in label %r" % (f, a, b))
        # names: single words, no titles, no possessive, no single initials, no role labels
        for _, line, k, t in rows:
            if k == "name":
                if re.search(r"\s", t):
                    fail("%s:%d name %r is not a single word" % (f, line, t))
                if t in TITLES or t.rstrip(".") in TITLES:
                    fail("%s:%d title labelled as name %r" % (f, line, t))
                if re.search(r"['\u2019]s$", t):
                    fail("%s:%d possessive kept in %r" % (f, line, t))
                if re.fullmatch(r"[A-Z]\.?", t):
                    fail("%s:%d single initial labelled %r" % (f, line, t))
                if t in ROLE_LABELS:
                    fail("%s:%d role label labelled %r" % (f, line, t))
        # occurrences: every whole-word case-sensitive occurrence labelled, and vice versa
        expected = Counter((line, t) for _, line, _, t in rows)
        for t in texts:
            rx = whole_word(t)
            for line, sheets in content[f].items():
                per_sheet = {sh: sum(len(rx.findall(c)) for c in cells) for sh, cells in sheets.items()}
                n = sum(per_sheet.values())
                if len([sh for sh, v in per_sheet.items() if v]) > 1:
                    fail("%s: %r occurs on row %d of more than one sheet" % (f, t, line))
                if n != expected.get((line, t), 0):
                    fail("%s:%d %r occurs %d times but has %d label rows" % (f, line, t, n, expected.get((line, t), 0)))
        for (line, t), n in expected.items():
            if line not in content[f]:
                fail("%s: label line %d does not exist (%r)" % (f, line, t))

    # --- safe values --------------------------------------------------------
    for f, line, k, t in labels:
        ok, why = safe_value(k, t)
        if not ok:
            fail("%s:%d unsafe %s %r: %s" % (f, line, k, t, why))

    # --- tricky.csv ---------------------------------------------------------
    with open(p("tricky.csv"), encoding="utf-8", newline="") as fh:
        rdr = csv.reader(fh)
        th = next(rdr)
        if th != ["file", "text", "why"]:
            fail("tricky.csv header is %r" % th)
        tricky = [r for r in rdr]
    if len(tricky) < 60:
        fail("tricky.csv has only %d rows" % len(tricky))
    tricky_by_file = defaultdict(list)
    for r in tricky:
        if len(r) != 3 or not r[2].strip():
            fail("tricky.csv bad row %r" % (r,))
            continue
        f, t, why = r
        tricky_by_file[f].append(t)
        if f not in content:
            fail("tricky.csv unknown file %r" % f)
            continue
        label_texts = {x[3] for x in by_file.get(f, [])}
        if t in label_texts:
            fail("tricky %r in %s is also a label text" % (t, f))
        free = False
        found = False
        for line, sheets in content[f].items():
            for cells in sheets.values():
                for c in cells:
                    spans = label_spans(c, [x for x in by_file.get(f, []) if x[1] == line])
                    for m in whole_word(t).finditer(c):
                        found = True
                        if not any(m.start() < e and s < m.end() for s, e in spans):
                            free = True
        if not found:
            fail("tricky %r does not appear in %s" % (t, f))
        elif not free:
            fail("tricky %r in %s only appears inside labels" % (t, f))

    # --- sweep for unlabelled identifier-like strings ----------------------
    all_names = defaultdict(set)
    for f, _, k, t in labels:
        if k == "name":
            all_names[t].add(f)
    for f in transcripts:
        rows = by_file.get(f, [])
        allowed = tricky_by_file.get(f, [])
        for line, sheets in content[f].items():
            lrows = [x for x in rows if x[1] == line]
            for cells in sheets.values():
                for c in cells:
                    spans = label_spans(c, lrows)
                    tspans = [(mm.start(), mm.end()) for a in allowed for mm in whole_word(a).finditer(c)]
                    for kind, rx in SWEEP:
                        for m in rx.finditer(c):
                            if any(m.start() < e and s < m.end() for s, e in spans):
                                continue
                            if any(s <= m.start() and m.end() <= e for s, e in tspans):
                                continue
                            fail("%s:%d unlabelled %s-like string %r" % (f, line, kind, m.group(0)))
                    # names labelled in other files must be labelled here or listed as tricky
                    for nm, files in all_names.items():
                        if f in files:
                            continue
                        for m in whole_word(nm).finditer(c):
                            if any(m.start() < e and s < m.end() for s, e in spans):
                                continue
                            if nm in allowed:
                                continue
                            fail("%s:%d %r is a name in %s but unlabelled here and not in tricky.csv"
                                 % (f, line, nm, sorted(files)))
                    # a capitalised word after a title must be labelled (or tricky)
                    for m in re.finditer(r"\b(%s)\.? ([A-Z][\w'\u2019-]+)" % "|".join(sorted(TITLES)), c):
                        st, en = m.start(2), m.end(2)
                        if any(st < e and s < en for s, e in spans):
                            continue
                        if any(m.group(0) in a or m.group(2) == a for a in allowed):
                            continue
                        fail("%s:%d unlabelled word after title: %r" % (f, line, m.group(0)))

    # --- README ---------------------------------------------------------------
    with open(p("README.md"), encoding="utf-8") as fh:
        readme = fh.read().split("\n")
    if readme[0] != README_FIRST:
        fail("README first line wrong")
    if len(readme) < 2 or readme[1] != "**Status: NOT scored yet.**":
        fail("README second line wrong")
    text = "\n".join(readme)
    for f in transcripts:
        if not re.search(r"`%s` \|[^\n]*\| %d \| %d \|" % (re.escape(f), words[f], len(by_file[f])), text):
            fail("README table row for %s does not match words/labels" % f)
    for k in KINDS:
        if "| %s | %d |" % (k, kinds.get(k, 0)) not in text:
            fail("README total for %s does not match" % k)
    abs_path = re.compile(r"[\"'](/(?:%s)/[^\"']*)" % "|".join(["wo" + "rk", "ho" + "me", "t" + "mp", "Us" + "ers"]))
    for fn in ("build.py", "verify_labels.py", "sources.py", "README.md"):
        if os.path.exists(p(fn)):
            m = abs_path.search(open(p(fn), encoding="utf-8").read())
            if m:
                fail("%s contains an absolute machine path %s" % (fn, m.group(1)))

    # --- report -----------------------------------------------------------------
    print("files:")
    for f in transcripts:
        print("  %-45s words=%4d labels=%3d" % (f, words[f], len(by_file[f])))
    print("label rows: %d; per kind: %s" % (len(labels), dict(sorted(kinds.items()))))
    print("tricky rows: %d" % len(tricky))
    if problems:
        for m in problems:
            print("PROBLEM:", m)
        print("FAIL (%d problems)" % len(problems))
        sys.exit(1)
    print("PASS")


def label_spans(cell, rows):
    spans = []
    for _, _, _, t in rows:
        for m in whole_word(t).finditer(cell):
            spans.append((m.start(), m.end()))
    return spans


# ---------------------------------------------------------------------------
# Safe values
# ---------------------------------------------------------------------------
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
OUTWARD = {"N17", "N15", "SE15", "SE5", "IG11", "RM9", "UB1", "UB2", "CR0", "CR7", "HA1", "HA3", "E6"}


def spoken_digits(t):
    toks = re.findall(r"[a-z]+|\d", t.lower())
    out = []
    mult = 1
    for tok in toks:
        if tok == "double":
            mult = 2
            continue
        if tok == "treble":
            mult = 3
            continue
        d = NUMWORDS.get(tok, tok if tok.isdigit() else None)
        if d is not None:
            out.append(d * mult)
        mult = 1
    return "".join(out)


def safe_value(kind, t):
    if kind == "phone":
        d = re.sub(r"\D", "", t) if re.search(r"\d", t) else spoken_digits(t)
        if "(0)" in t:
            d = re.sub(r"\D", "", t.replace("(0)", ""))
        if d.startswith("44"):
            d = "0" + d[2:]
        if len(d) != 11 or not any(d.startswith(x) for x in PHONE_PREFIXES):
            return False, "not in an Ofcom drama range (%s)" % d
        return True, ""
    if kind == "email":
        e = t.lower().replace(" at ", "@").replace(" dot ", ".")
        m = re.search(r"@(?:[\w-]+\.)*example\.(org|com|net)$", e)
        return (True, "") if m else (False, "domain not example.*")
    if kind == "url":
        m = re.match(r"^(https?://)?([\w-]+\.)*example\.(org|com|net)(/\S*)?$", t.lower())
        return (True, "") if m else (False, "not an example.* url")
    if kind == "nhs_number":
        d = re.sub(r"\D", "", t)
        if len(d) != 10 or not d.startswith("999"):
            return False, "not 10 digits starting 999"
        s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        return (True, "") if c != 10 and c == int(d[9]) else (False, "bad check digit")
    if kind == "ni_number":
        n = re.sub(r"\s", "", t).upper()
        return (True, "") if re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n) else (False, "not QQ/ZZ")
    if kind == "postcode":
        n = re.sub(r"\s", "", t).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", n)
        if not m:
            return False, "not postcode-shaped"
        if m.group(1) not in OUTWARD:
            return False, "outward code not in the real-outward whitelist"
        if not set(m.group(2)[1:]) & set("CIKMOV"):
            return False, "inward part lacks C/I/K/M/O/V"
        return True, ""
    if kind == "car_registration":
        n = re.sub(r"\s", "", t).upper()
        m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", n)
        if not m:
            return False, "not current-format registration"
        return (True, "") if set(m.group(1)) & set("IQ") else (False, "no I/Q in last three letters")
    if kind == "handle":
        return (True, "") if re.fullmatch(r"@[\w.]+", t) else (False, "not @handle")
    if kind == "date_of_birth":
        ok = re.search(r"\d|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty", t)
        return (True, "") if ok else (False, "does not look like a date")
    if kind == "street_address":
        ok = re.search(r"\b(Road|Street|Avenue|Terrace|Passage|Drift|Rise|Close|Lane|Way|Gardens|Court|Yard)\b", t)
        return (True, "") if ok else (False, "no street type word")
    return True, ""


SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\b\w+ at \w+ dot (org|com|net)\b")),
    ("url", re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(org|com|net|co\.uk)/\S*")),
    ("phone", re.compile(r"(?<![\w#:])(\+44\s?(\(0\)\s?)?|\(?0)\d[\d\s)]{8,12}\d(?!\d)|(?<![\w])447\d{9}\b")),
    ("nhs_number", re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")),
    ("ni_number", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
    ("car_registration", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z_][\w.]*\w")),
    ("date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(January|February|March|April|May|June|July|August|September|October|November|December)( \d{4})?\b")),
]

if __name__ == "__main__":
    main()
