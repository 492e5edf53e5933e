#!/usr/bin/env python
"""Check labels.csv and tricky.csv against the transcripts in this folder. Prints PASS or the problems.

Run:  python verify_labels.py        (needs python-docx and openpyxl; odfpy only if an .odt is present)
All paths are relative to this script's folder.

Line numbering used by labels.csv:
  .txt/.vtt/.srt  1-based physical line
  .docx           1-based count of every paragraph (w:p) in body order, so paragraphs inside table
                  cells are counted where the table stands (row by row, left cell then right cell).
                  Paragraphs before the table have the same numbers as python-docx Document.paragraphs.
  .odt            1-based odfpy paragraph/heading order
  .xlsx/.csv      1-based row number within its own sheet
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, school and street "
             "in it is invented.")
README_L2 = "**Status: NOT scored yet.**"

TRANSCRIPTS = [
    "01_perinatal_zoom_chat.txt",
    "02_fishing_focus_group.docx",
    "03_care_leavers_otter.txt",
    "04_hoarding_meet_captions.vtt",
    "05_steering_group_action_log.xlsx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reading files into numbered lines
def read_lines(name):
    """Return {sheet_or_None: {line_no: text}} for one transcript."""
    path = HERE / name
    ext = path.suffix.lower()
    if ext in (".txt", ".vtt", ".srt"):
        raw = path.read_bytes().decode("utf-8")  # raises if not UTF-8
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return {None: {i: l.rstrip("\r") for i, l in enumerate(lines, start=1)}}
    if ext == ".docx":
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph
        d = docx.Document(str(path))
        pars = [Paragraph(p, d) for p in d.element.body.iter(qn("w:p"))]
        out = {i: p.text for i, p in enumerate(pars, start=1)}
        for i, p in enumerate(d.element.body.iter(qn("w:p")), start=1):
            tc = p.getparent()
            if tc.tag == qn("w:tc") and tc.getparent().index(tc) == min(
                    k for k, ch in enumerate(tc.getparent()) if ch.tag == qn("w:tc")):
                DOCX_SPEAKER_CELLS[name].add(i)
        # sanity: paragraphs before the first table match Document.paragraphs numbering
        for i, p in enumerate(d.paragraphs[:3], start=1):
            if p.text != out[i]:
                fail(f"{name}: paragraph numbering mismatch at {i}")
        return {None: out}
    if ext == ".odt":
        from odf import teletype, text as odftext
        from odf.opendocument import load
        d = load(str(path))
        els = [e for e in d.text.getElementsByType(odftext.P)] + [e for e in d.text.getElementsByType(odftext.H)]
        # keep document order
        allel = [e for e in d.text.childNodes]
        order = []

        def walk(node):
            if node in els:
                order.append(node)
            for c in getattr(node, "childNodes", []):
                walk(c)
        for n in allel:
            walk(n)
        return {None: {i: teletype.extractText(e) for i, e in enumerate(order, start=1)}}
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path))
        res = {}
        for ws in wb.worksheets:
            rows = {}
            for r in ws.iter_rows():
                vals = [c.value for c in r if isinstance(c.value, str)]
                if vals:
                    rows[r[0].row] = "\t".join(vals)
            res[ws.title] = rows
        return res
    if ext == ".csv":
        with open(path, encoding="utf-8", newline="") as f:
            return {None: {i: "\t".join(row) for i, row in enumerate(csv.reader(f), start=1)}}
    raise SystemExit(f"unsupported file type {name}")


def merged(sheets):
    """{line: [text, ...]} across sheets."""
    out = defaultdict(list)
    for rows in sheets.values():
        for n, t in rows.items():
            out[n].append(t)
    return out


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- safe-value helpers
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    """Turn 'oh seven seven double oh ...' and mixed digit strings into a digit string."""
    toks = re.findall(r"[A-Za-z]+|\d|\+", s.lower())
    out, rep = [], 1
    for t in toks:
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            continue
        if t in NUMWORDS:
            out.append(NUMWORDS[t] * rep)
        elif t.isdigit():
            out.append(t * rep)
        elif t == "+":
            out.append("+")
        rep = 1
    return "".join(out)


SAFE_PHONE = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
              "01214960", "01614960", "02896496", "02920180"]
EXAMPLE = re.compile(r"(?:^|\.)example\.(?:org|com|net)$")
REAL_OUTWARD = ({f"TR{i}" for i in range(1, 28)} | {f"PL{i}" for i in range(1, 36)}
                | {f"EX{i}" for i in range(1, 40)} | {f"TQ{i}" for i in range(1, 15)})
MONTHS = "January February March April May June July August September October November December".split()


def norm_spoken_email(s):
    t = " " + s.lower() + " "
    t = t.replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
    t = t.replace(" at ", "@").replace(" dot ", ".")
    return t.replace(" ", "")


def check_safe(f, kind, text):
    if kind == "phone":
        d = spoken_digits(text)
        if d.startswith("+44"):
            d = "0" + d[3:]
        if not (len(d) == 11 and any(d.startswith(p) for p in SAFE_PHONE)):
            fail(f"{f}: phone not in an Ofcom drama range: {text!r} -> {d}")
    elif kind == "email":
        e = norm_spoken_email(text)
        m = re.fullmatch(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", e)
        if not m or not EXAMPLE.search(m.group(1)):
            fail(f"{f}: email not on example.org/.com/.net: {text!r}")
    elif kind == "url":
        host = re.sub(r"^[a-z]+://", "", text.lower()).split("/")[0].split("?")[0]
        if not EXAMPLE.search(host):
            fail(f"{f}: url not on example.org/.com/.net: {text!r}")
    elif kind == "nhs_number":
        d = spoken_digits(text)
        ok = len(d) == 10 and d.startswith("999")
        if ok:
            s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
            c = 11 - s % 11
            c = 0 if c == 11 else c
            ok = c != 10 and c == int(d[9])
        if not ok:
            fail(f"{f}: NHS number not 999-prefixed with a valid check digit: {text!r}")
    elif kind == "ni_number":
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())):
            fail(f"{f}: NI number not QQ/ZZ: {text!r}")
    elif kind == "postcode":
        p = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        if not m or m.group(1) not in REAL_OUTWARD or not set(m.group(2)) & set("CIKMOV"):
            fail(f"{f}: postcode not real-outward + CIKMOV inward: {text!r}")
    elif kind == "car_registration":
        p = re.sub(r"\s", "", text.upper())
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", p) or not set(p[-3:]) & {"I", "Q"}:
            fail(f"{f}: car registration without I/Q in last three letters: {text!r}")
    elif kind == "name":
        if re.search(r"\s", text) or re.search(r"\d", text):
            fail(f"{f}: name label must be a single word without digits: {text!r}")
        if text.endswith("'s") or text.endswith("\u2019s"):
            fail(f"{f}: possessive left in name label: {text!r}")
        if re.fullmatch(r"[A-Za-z]\.?", text):
            fail(f"{f}: single initial labelled as a name: {text!r}")
    elif kind == "handle":
        if not text.startswith("@"):
            fail(f"{f}: handle should start with @: {text!r}")
    elif kind == "date_of_birth":
        if not (re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", text) or any(m in text for m in MONTHS)):
            fail(f"{f}: date of birth does not look like a date: {text!r}")
    elif kind == "street_address":
        if not re.search(r"\d", text):
            fail(f"{f}: street address without a number: {text!r}")


# ---------------------------------------------------------------- sweeps for unlabelled identifier-like strings
NUMW = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
MONTH_RE = "|".join(MONTHS)
ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
       r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
       r"twenty-\w+|thirtieth|thirty-first)")
SWEEPS = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken email": r"(?i)\b[\w.]+ at [\w-]+ dot (?:com|org|net|co dot uk)\b",
    "url": r"(?i)(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|ai|io)\b(?:/\S*)?",
    "handle": r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]",
    "phone": r"(?<![\w:.])(?:\+44\s?|0)\d(?:[ -]?\d){8,10}(?![\w:])",
    "long number": r"(?<![\w:.])\d(?:[ -]?\d){6,}(?![\w:])",
    "spoken number": r"(?i)\b" + NUMW + r"(?:[ ,-]+" + NUMW + r"){5,}\b",
    "postcode": r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d\s*[A-Z]{2}\b",
    "ni": r"(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    "car": r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b",
    "numeric date": r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    "spelled date": r"(?i)\b" + ORD + r"(?: of)? (?:" + MONTH_RE + r")\b(?:,? (?:\d{4}|two thousand[\w -]*))?",
    "street": (r"\b\d+[A-Za-z]?,? (?:[A-Z][\w'-]+ ){1,3}(?:Street|Road|Lane|Close|Row|Terrace|Ope|Hill|Way|Avenue|"
               r"Crescent|Drive|Place|Court|Vale|Gardens|Yard|Parade|Square)\b"),
}
TITLE = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|dr|Cllr|Nurse|Sister|Father|Rev)\.? ([A-Za-z][\w-]*)")
ROLE_TOKENS = {"facilitator", "everyone", "iphone", "ipad", "direct", "message", "speaker", "mod", "chair", "icb",
               "commissioner", "all", "perinatal", "fishing", "farming", "hoarding", "care", "leavers", "host",
               "peer", "worker", "name", "on", "request", "raised", "by", "owner", "text", "group", "contact",
               "notes", "meets", "cllr", "mr", "mrs", "ms", "dr"}


DOCX_SPEAKER_CELLS = defaultdict(set)  # file -> paragraph numbers that are left-hand table cells


def speaker_fields(name, sheets):
    """Yield (line, text, start, end) spans of speaker / author fields, per format."""
    for sheet, rows in sheets.items():
        for n, t in rows.items():
            if name.endswith(".txt") and "zoom" in name:
                m = re.match(r"^\d\d:\d\d:\d\d From (.+?) to (.+?)(?: \(Direct Message\))?:$", t)
                if m:
                    yield n, t, m.start(1), m.end(1)
                    yield n, t, m.start(2), m.end(2)
            elif name.endswith(".txt"):
                m = re.match(r"^(.+?)  \d+:\d\d$", t)
                if m:
                    yield n, t, m.start(1), m.end(1)
                if rows.get(n - 1) == "SPEAKERS":
                    yield n, t, 0, len(t)
            elif name.endswith(".vtt"):
                for m in re.finditer(r"<v ([^>]+)>", t):
                    yield n, t, m.start(1), m.end(1)
            elif name.endswith(".docx"):
                if n in DOCX_SPEAKER_CELLS[name]:
                    yield n, t, 0, len(t)
            elif name.endswith(".xlsx"):
                cells = t.split("\t")
                cols = {1, 4} if len(cells) == 5 else ({1} if sheet == "Contacts" else set())
                pos = 0
                for i, c in enumerate(cells):
                    if i in cols:
                        yield n, t, pos, pos + len(c)
                    pos += len(c) + 1


SPEAKER_CODES = {"MOD", "P1", "P2", "P3", "P4", "P5", "P6", "Speaker", "Text"}


def word_count(name, sheets):
    text = "\n".join(t for rows in sheets.values() for t in rows.values())
    if name.endswith(".vtt"):
        text = text.split("\n\n", 1)[1] if "\n\n" in text else text
    return sum(1 for tok in text.split() if any(ch.isalpha() for ch in tok))


def main():
    # ---------- labels.csv
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as f:
        rdr = csv.reader(f)
        header = next(rdr)
        if header != ["file", "line", "kind", "text"]:
            fail(f"labels.csv header is {header}")
        labels = [dict(zip(header, r)) for r in rdr if r]
    files = {r["file"] for r in labels}
    for f_ in TRANSCRIPTS:
        if not (HERE / f_).exists():
            fail(f"missing transcript {f_}")
    for f_ in files - set(TRANSCRIPTS):
        fail(f"labels.csv names an unknown file {f_}")

    content = {f_: read_lines(f_) for f_ in TRANSCRIPTS}
    lines_of = {f_: merged(content[f_]) for f_ in TRANSCRIPTS}

    # ---------- synthetic opening line
    for f_ in TRANSCRIPTS:
        sheets = content[f_]
        first_sheet = next(iter(sheets.values()))
        if f_.endswith(".vtt"):
            body = "\n".join(first_sheet[i] for i in sorted(first_sheet))
            cues = [c for c in body.split("\n\n")[1:] if "-->" in c]
            first = cues[0].split("\n", 1)[1].strip() if cues else ""
            first = re.sub(r"<[^>]+>", "", first)
        else:
            first = first_sheet.get(1, "")
        if first != SYN:
            fail(f"{f_}: first line / cue / paragraph / row is not the synthetic notice: {first!r}")

    # ---------- per-label checks
    by_file = defaultdict(list)
    for r in labels:
        if r["kind"] not in KINDS:
            fail(f"unknown kind {r['kind']!r} in row {r}")
        try:
            r["line"] = int(r["line"])
        except ValueError:
            fail(f"bad line number in row {r}")
            continue
        by_file[r["file"]].append(r)

    spans = defaultdict(list)  # (file, line) -> [(start, end, text)] label occurrence spans
    for f_, rows in by_file.items():
        L = lines_of[f_]
        kinds = defaultdict(set)
        for r in rows:
            kinds[r["text"]].add(r["kind"])
            check_safe(f_, r["kind"], r["text"])
        for t, ks in kinds.items():
            if len(ks) > 1:
                fail(f"{f_}: {t!r} has more than one kind {ks}")
        texts = sorted(kinds)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail(f"{f_}: label {a!r} is contained in label {b!r}")
        want = Counter((r["line"], r["text"]) for r in rows)
        for (ln, t), n in want.items():
            found = sum(len(ww(t).findall(x)) for x in L.get(ln, []))
            if found == 0:
                fail(f"{f_}:{ln}: label text {t!r} not on that line")
            elif found != n:
                fail(f"{f_}:{ln}: {t!r} occurs {found}x but has {n} row(s)")
        for t in texts:
            for ln, xs in L.items():
                for x in xs:
                    for m in ww(t).finditer(x):
                        spans[(f_, ln)].append((m.start(), m.end(), t))
                    if ww(t).search(x) and (ln, t) not in want:
                        fail(f"{f_}:{ln}: unlabelled occurrence of {t!r}")
        # xlsx: no label text on the same row number in two sheets
        if len(content[f_]) > 1:
            for t in texts:
                seen = defaultdict(list)
                for sheet, rws in content[f_].items():
                    for ln, x in rws.items():
                        if ww(t).search(x):
                            seen[ln].append(sheet)
                for ln, sh in seen.items():
                    if len(sh) > 1:
                        fail(f"{f_}: {t!r} on row {ln} of several sheets {sh}")

    # ---------- tricky.csv
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as f:
        rdr = csv.reader(f)
        th = next(rdr)
        if th != ["file", "text", "why"]:
            fail(f"tricky.csv header is {th}")
        tricky = [dict(zip(th, r)) for r in rdr if r]
    if len(tricky) < 60:
        fail(f"tricky.csv has only {len(tricky)} rows (need 60)")
    tspans = defaultdict(list)
    for t in tricky:
        f_ = t["file"]
        if f_ not in lines_of:
            fail(f"tricky.csv names unknown file {f_}")
            continue
        label_texts = {r["text"] for r in by_file.get(f_, [])}
        if t["text"] in label_texts:
            fail(f"{f_}: tricky text {t['text']!r} is also a label text")
        free = 0
        for ln, xs in lines_of[f_].items():
            for x in xs:
                for m in ww(t["text"]).finditer(x):
                    tspans[(f_, ln)].append((m.start(), m.end()))
                    if not any(s < m.end() and m.start() < e for s, e, _ in spans[(f_, ln)]):
                        free += 1
        if not free:
            fail(f"{f_}: tricky text {t['text']!r} does not appear outside labels")

    def covered(f_, ln, s, e):
        return (any(a <= s and e <= b for a, b, _ in spans[(f_, ln)])
                or any(a <= s and e <= b for a, b in tspans[(f_, ln)]))

    def overlaps_label(f_, ln, s, e):
        return any(a < e and s < b for a, b, _ in spans[(f_, ln)])

    # ---------- sweeps
    for f_ in TRANSCRIPTS:
        for ln, xs in lines_of[f_].items():
            for x in xs:
                for what, pat in SWEEPS.items():
                    for m in re.finditer(pat, x):
                        s, e = m.span()
                        if covered(f_, ln, s, e):
                            continue
                        # a match that lies inside or around a labelled identifier is fine if it overlaps one
                        # and every character of the match outside the label is punctuation/space
                        if overlaps_label(f_, ln, s, e):
                            rest = list(x[s:e])
                            for a, b, _ in spans[(f_, ln)]:
                                for i in range(max(a, s), min(b, e)):
                                    rest[i - s] = " "
                            if not re.search(r"\w", "".join(rest)):
                                continue
                            if what in ("url",) and all(ch in " ./" for ch in "".join(rest).strip()):
                                continue
                        fail(f"{f_}:{ln}: unlabelled {what}: {m.group(0)!r}")
                # capitalised words with non-ASCII letters (likely names) must be labelled or tricky
                for m in re.finditer(r"(?<!\w)[^\W\d_a-z][^\W\d_]*(?!\w)", x):
                    if m.group(0)[0].isupper() and not m.group(0).isascii() and not covered(f_, ln, *m.span()):
                        fail(f"{f_}:{ln}: capitalised non-ASCII word neither labelled nor tricky: {m.group(0)!r}")
                # participant / contact list entries: "P1: Name Name, ..." -> the names must be labelled
                m = re.match(r"^(?:P\d|MOD): ([^,]+),", x)
                if m:
                    for t in re.finditer(r"[^\W\d_][\w.'\u2019-]*", m.group(1)):
                        if t.group(0)[0].isupper() and not covered(f_, ln, s0 := m.start(1) + t.start(),
                                                                   s0 + len(t.group(0))):
                            fail(f"{f_}:{ln}: list entry word not labelled: {t.group(0)!r}")
                for m in TITLE.finditer(x):
                    s, e = m.span(1)
                    if not any(a <= s and e <= b for a, b, _ in spans[(f_, ln)]):
                        fail(f"{f_}:{ln}: name after title not labelled: {m.group(0)!r}")
        for ln, t, s, e in speaker_fields(f_, content[f_]):
            for m in re.finditer(r"[^\W\d_][\w.'\u2019-]*", t[s:e]):
                tok = re.sub(r"['\u2019]s$", "", m.group(0)).rstrip(".")
                a, b = s + m.start(), s + m.start() + len(tok)
                if tok.lower() in ROLE_TOKENS or re.fullmatch(r"[A-Z]", tok) or re.fullmatch(r"P\d", tok):
                    continue
                if tok in ("Speaker", "Text") or tok.isdigit():
                    continue
                if not (any(x_ <= a and b <= y_ for x_, y_, _ in spans[(f_, ln)])
                        or any(x_ <= a and b <= y_ for x_, y_ in tspans[(f_, ln)])):
                    fail(f"{f_}:{ln}: speaker/author field token not labelled: {tok!r} in {t[s:e]!r}")

    # ---------- cross-file: a text labelled in one file must be labelled or tricky wherever it appears
    all_texts = {(r["text"], r["kind"]) for r in labels}
    for t, k in sorted(all_texts):
        for f_ in TRANSCRIPTS:
            if any(r["text"] == t for r in by_file.get(f_, [])):
                continue
            for ln, xs in lines_of[f_].items():
                for x in xs:
                    for m in ww(t).finditer(x):
                        if not any(a <= m.start() and m.end() <= b for a, b in tspans[(f_, ln)]):
                            fail(f"{f_}:{ln}: {t!r} ({k} elsewhere) appears unlabelled and is not in tricky.csv")

    # ---------- word counts and totals
    for f_ in TRANSCRIPTS:
        wc = word_count(f_, content[f_])
        if not 700 <= wc <= 1000:
            fail(f"{f_}: {wc} words (want 700-1000)")
    total = len(labels)
    names = sum(1 for r in labels if r["kind"] == "name")
    if not 180 <= total <= 220:
        fail(f"{total} label rows (want 180-220)")
    if not 0.40 <= names / max(total, 1) <= 0.60:
        fail(f"names are {names}/{total} of labels (want about half)")

    # ---------- README and scripts
    rd = (HERE / "README.md").read_text(encoding="utf-8").split("\n") if (HERE / "README.md").exists() else []
    if len(rd) < 2 or rd[0].strip() != README_L1:
        fail("README.md first line is not the synthetic notice")
    if len(rd) < 2 or README_L2 not in [x.strip() for x in rd[1:4]]:
        fail("README.md status line missing")
    for py in list(HERE.glob("*.py")) + list(HERE.glob("src/*.py")):
        if re.search(r"['\"]/(?:work|home|tmp|Users)/", py.read_text(encoding="utf-8")):
            fail(f"{py.name}: absolute machine path in script")

    # ---------- report
    print(f"{len(TRANSCRIPTS)} transcripts, {total} label rows ({names} names), {len(tricky)} tricky rows")
    for f_ in TRANSCRIPTS:
        print(f"  {f_}: {word_count(f_, content[f_])} words, {len(by_file.get(f_, []))} label rows")
    print("  per kind:", dict(sorted(Counter(r['kind'] for r in labels).items(), key=lambda kv: -kv[1])))
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"FAIL ({len(problems)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
