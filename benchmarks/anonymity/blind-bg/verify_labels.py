"""Verify labels.csv / tricky.csv against the transcripts in this folder.

Run from this folder:  python verify_labels.py      (prints PASS or a list of problems)
Needs python-docx for the .docx transcript. Uses only paths relative to this script.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
TRANSCRIPTS = sorted(p.name for p in HERE.iterdir()
                     if p.suffix in {".txt", ".vtt", ".srt", ".docx"} and p.name[:2].isdigit())
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (South West England)
OUTWARD = {"BS1", "BS2", "BS3", "BS4", "BS5", "BS6", "BS13", "PL1", "PL4", "PL13", "TA7", "TA10",
           "TR1", "TR18", "TR19", "EX1", "EX4"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Pastor", "Prof", "Mx"}
SPOKEN = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}

problems = []


def bad(msg):
    problems.append(msg)


def units(name):
    """(line_no, text) units. .docx: paragraph numbers; table cells take the last paragraph number."""
    path = HERE / name
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(str(path))
        out, n = [], 0
        for el in doc.element.body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                n += 1
                out.append((n, Paragraph(el, doc).text))
            elif tag == "tbl":
                for row in Table(el, doc).rows:
                    for cell in row.cells:
                        out.append((n, cell.text))
        # sanity: numbering matches python-docx Document.paragraphs
        if n != len(doc.paragraphs):
            bad(f"{name}: paragraph numbering mismatch")
        return out
    return list(enumerate(path.read_text(encoding="utf-8").split("\n"), 1))


def pat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_count(name, us):
    path = HERE / name
    if path.suffix in {".vtt", ".srt"}:
        words = 0
        for _, line in us:
            s = line.strip()
            if not s or s == "WEBVTT" or s.isdigit() or "-->" in s:
                continue
            words += len(s.split())
        return words
    return sum(len(t.split()) for _, t in us)


def first_text(name, us):
    path = HERE / name
    if path.suffix in {".vtt", ".srt"}:
        for _, line in us:
            s = line.strip()
            if s and s != "WEBVTT" and not s.isdigit() and "-->" not in s:
                return s
    return us[0][1].strip() if us else ""


def spoken_to_digits(s):
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, dbl = "", False
    for t in toks:
        if t in ("double", "triple"):
            dbl = 2 if t == "double" else 3
            continue
        d = SPOKEN.get(t, t if t.isdigit() else "")
        out += d * (dbl or 1)
        dbl = False
    return out


def check_value(f, kind, text):
    if kind == "phone":
        d = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_to_digits(text)
        if d.startswith("44"):
            d = "0" + d[2:]
        if len(d) != 11 or not any(d.startswith(p) for p in PHONE_PREFIXES):
            bad(f"{f}: phone not in Ofcom drama range: {text!r} -> {d}")
    elif kind == "email":
        e = text
        if "@" not in e:
            e = re.sub(r"\s+dot\s+", ".", e)
            e = re.sub(r"\s+at\s+", "@", e).replace(" ", "")
        if not re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(org|com|net)", e):
            bad(f"{f}: unsafe email {text!r}")
    elif kind == "url":
        host = re.sub(r"^https?://", "", text).split("/")[0]
        if not re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host):
            bad(f"{f}: unsafe url {text!r}")
    elif kind == "nhs_number":
        d = re.sub(r"\D", "", text)
        ok = len(d) == 10 and d.startswith("999")
        if ok:
            s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
            c = 11 - s % 11
            c = 0 if c == 11 else c
            ok = c != 10 and c == int(d[9])
        if not ok:
            bad(f"{f}: unsafe/invalid NHS number {text!r}")
    elif kind == "ni_number":
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", text.replace(" ", "").upper()):
            bad(f"{f}: unsafe NI number {text!r}")
    elif kind == "postcode":
        s = text.replace(" ", "").upper()
        out, inw = s[:-3], s[-3:]
        if out not in OUTWARD or not re.fullmatch(r"\d[A-Z]{2}", inw) or not set(inw) & set("CIKMOV"):
            bad(f"{f}: unsafe postcode {text!r}")
    elif kind == "car_registration":
        s = text.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) or not set(s[-3:]) & {"I", "Q"}:
            bad(f"{f}: unsafe car registration {text!r}")
    elif kind == "handle":
        if not text.startswith("@"):
            bad(f"{f}: handle without @ {text!r}")
    elif kind == "name":
        if re.search(r"\s", text) or text in TITLES or text.endswith("'s"):
            bad(f"{f}: name label must be a single word without title/possessive: {text!r}")


SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"\b[\w.]+(?: dot [\w]+)* at [\w]+(?: dot [\w]+)+", re.I)),
    ("url", re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.example\.(?:org|com|net)\S*")),
    ("handle", re.compile(r"(?<![\w.@])@\w+")),
    ("phone", re.compile(r"(?:\+44|\b0)[\d\s-]{8,}\d")),
    ("spoken number", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double)\b[\s,]*){6,}", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\s?\d[A-Z\d]?\s*\d\s?[A-Z]{2}\b|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")),
    ("NI", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    ("NHS", re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")),
    ("car reg", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")),
    ("titled name", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Pastor)\.? ([A-Z][\w'-]+)")),
]
WA_PREFIX = re.compile(r"^\[\d{2}/\d{2}/\d{4}, \d{2}:\d{2}:\d{2}\] ")


def main():
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["file", "line", "kind", "text"]:
            bad("labels.csv header wrong")
        rows = list(rd)
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["file", "text", "why"]:
            bad("tricky.csv header wrong")
        tricky = list(rd)

    if len(TRANSCRIPTS) != 5:
        bad(f"expected 5 transcripts, found {TRANSCRIPTS}")
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            bad(f"bad row {r}")
            continue
        f, line, kind, text = r
        if f not in TRANSCRIPTS:
            bad(f"unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"unknown kind {kind}")
        by_file[f].append((int(line), kind, text))

    tricky_by_file = defaultdict(list)
    for r in tricky:
        if len(r) != 3 or not r[2].strip():
            bad(f"bad tricky row {r}")
            continue
        tricky_by_file[r[0]].append(r[1])
    if len(tricky) < 60:
        bad(f"tricky.csv has {len(tricky)} rows (<60)")

    totals = Counter()
    for f in TRANSCRIPTS:
        us = units(f)
        labs = by_file[f]
        # header and word count
        if first_text(f, us) != HEADER:
            bad(f"{f}: first text is not the synthetic header")
        wc = word_count(f, us)
        if not 700 <= wc <= 1000:
            bad(f"{f}: word count {wc} outside 700-1000")
        # one kind per text, containment, value safety
        kinds = defaultdict(set)
        for _, k, t in labs:
            kinds[t].add(k)
        for t, ks in kinds.items():
            if len(ks) > 1:
                bad(f"{f}: {t!r} has several kinds {ks}")
            check_value(f, next(iter(ks)), t)
        texts = sorted(kinds)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} contained in label {b!r}")
        # every row's text on its line, and every occurrence labelled (exact counts)
        expected = Counter()
        for ln, s in us:
            for t in texts:
                expected[(ln, t)] += len(pat(t).findall(s))
        got = Counter((ln, t) for ln, _, t in labs)
        for key in set(expected) | set(got):
            if expected[key] != got[key]:
                bad(f"{f}: line {key[0]} {key[1]!r}: {expected[key]} occurrence(s) but {got[key]} row(s)")
        for _, k, _ in labs:
            totals[k] += 1
        # tricky checks
        lab_set = set(texts)
        for t in tricky_by_file[f]:
            if t in lab_set:
                bad(f"{f}: tricky text {t!r} is also a label")
            if not any(pat(t).search(s) for _, s in us):
                bad(f"{f}: tricky text {t!r} not found")
        # sweep for unlabelled identifier-like strings
        for ln, s in us:
            spans = []
            for t in texts:
                spans += [(m.start(), m.end()) for m in pat(t).finditer(s)]
            tspans = []
            for t in tricky_by_file[f]:
                tspans += [(m.start(), m.end()) for m in pat(t).finditer(s)]
            start = 0
            m0 = WA_PREFIX.match(s)
            if m0:
                start = m0.end()
            for what, rx in SWEEP:
                for m in rx.finditer(s, start):
                    a, b = (m.span(1) if what == "titled name" else m.span())
                    if any(x < b and a < y for x, y in spans):
                        continue
                    if any(x <= a and b <= y for x, y in tspans):
                        continue
                    bad(f"{f}:{ln}: unlabelled {what}-like string {s[a:b]!r}")

    # a labelled text from one file must not sit unlabelled (and not tricky) in another file
    all_labels = {(t, k) for f in TRANSCRIPTS for _, k, t in by_file[f]}
    for f in TRANSCRIPTS:
        us = units(f)
        own = {t for _, _, t in by_file[f]}
        for t, k in sorted(all_labels):
            if t in own or t in tricky_by_file[f]:
                continue
            for ln, s in us:
                if pat(t).search(s) and not any(t in o for o in own):
                    bad(f"{f}:{ln}: {k} {t!r} (labelled elsewhere) is unlabelled here")

    # scripts must not use absolute machine paths
    for py in HERE.glob("*.py"):
        src = py.read_text(encoding="utf-8")
        if re.search(r"['\"]/(work|home|Users|tmp)/", src):
            bad(f"{py.name}: absolute path in script")

    n = sum(totals.values())
    print("label rows per kind:", dict(sorted(totals.items())))
    print(f"total label rows: {n}; names: {totals['name']} ({100 * totals['name'] // max(n, 1)}%); tricky rows: {len(tricky)}")
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
