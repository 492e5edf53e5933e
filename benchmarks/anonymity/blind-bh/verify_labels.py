"""Verify labels.csv / tricky.csv against the transcripts in this folder.

Run from this folder (or anywhere):  python verify_labels.py
Prints PASS and exits 0 when every check succeeds; otherwise lists problems and exits 1.
Needs openpyxl and odfpy. All paths are relative to this script's folder.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "screening_qa_inverness.srt",
    "forms_feedback_lanterns_kendal.xlsx",
    "slack_tnb_facilitators.txt",
    "interview_kettle_group.odt",
    "descript_roundtable_orkney_kendal.txt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
# real outward codes used in this set
REAL_OUTWARD = {"IV2", "LA9", "G31", "M19", "L13", "KW15"}
SAFE_PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                       "01174960", "01214960", "01614960", "02896496", "02920180"]
SAFE_DOMAINS = {"example.org", "example.com", "example.net"}

problems = []


def bad(msg):
    problems.append(msg)


def P(name):
    return os.path.join(HERE, name)


# ------------------------------------------------------------------ extraction
def file_lines(name):
    path = P(name)
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook
        ws = load_workbook(path).active
        return ["\t".join("" if v is None else str(v) for v in row)
                for row in ws.iter_rows(values_only=True)]
    if name.endswith(".odt"):
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(path)
        out = []

        def walk(el):
            for ch in el.childNodes:
                if ch.nodeType == ch.ELEMENT_NODE:
                    if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                        out.append(teletype.extractText(ch))
                    else:
                        walk(ch)
        walk(doc.text)
        return out
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def content_text(name, lines):
    """Text used for word counts (srt: cue text only)."""
    if name.endswith(".srt"):
        keep = [l for l in lines if l.strip() and not re.fullmatch(r"\d+", l.strip())
                and "-->" not in l]
        return "\n".join(keep)
    return "\n".join(lines)


def first_text(name, lines):
    if name.endswith(".srt"):
        for l in lines:
            if l.strip() and not re.fullmatch(r"\d+", l.strip()) and "-->" not in l:
                return l
    if name.endswith(".xlsx"):
        return lines[0].split("\t")[0]
    return lines[0]


def occ(text, line):
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line)]


# ------------------------------------------------------------------ normalisers
NUMW = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", s.lower())
    out, rep = "", 1
    for t in toks:
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            continue
        if t in NUMW:
            out += NUMW[t] * rep
        elif t.isdigit():
            out += t
        elif t == "+":
            out += "+"
        rep = 1
    return out


def spoken_web(s):
    s = re.sub(r"\s+at\s+", "@", s.strip())
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+slash\s+", "/", s)
    return s.replace(" ", "")


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    t = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def safe_check(f, kind, text):
    t = text
    if kind == "phone":
        d = spoken_digits(t)
        if d.startswith("+44"):
            d = "0" + d[3:]
        if len(d) != 11 or not any(d.startswith(p) for p in SAFE_PHONE_PREFIXES):
            bad(f"{f}: unsafe phone {t!r} -> {d}")
    elif kind == "email":
        e = spoken_web(t).lower()
        if not re.fullmatch(r"[\w.+-]+@([\w-]+\.)*[\w-]+\.[a-z]+", e) or e.split("@")[1] not in SAFE_DOMAINS:
            bad(f"{f}: unsafe email {t!r}")
    elif kind == "url":
        u = spoken_web(t).lower()
        host = re.sub(r"^https?://", "", u).split("/")[0]
        if host.startswith("www."):
            host = host[4:]
        if host not in SAFE_DOMAINS:
            bad(f"{f}: unsafe url {t!r}")
    elif kind == "nhs_number":
        if not nhs_ok(re.sub(r"\D", "", t)):
            bad(f"{f}: bad NHS number {t!r}")
    elif kind == "ni_number":
        n = t.replace(" ", "").upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n):
            bad(f"{f}: unsafe NI number {t!r}")
    elif kind == "postcode":
        p = t.replace(" ", "").upper()
        out, inw = p[:-3], p[-3:]
        if out not in REAL_OUTWARD or not re.fullmatch(r"\d[A-Z]{2}", inw) or not set(inw) & set("CIKMOV"):
            bad(f"{f}: unsafe postcode {t!r}")
    elif kind == "car_registration":
        r = t.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r) or not set(r[-3:]) & {"I", "Q"}:
            bad(f"{f}: unsafe registration {t!r}")
    elif kind == "name":
        if " " in t:
            bad(f"{f}: name label is not a single word: {t!r}")
        if t.endswith("'s") or t.endswith("’s"):
            bad(f"{f}: possessive kept in name label {t!r}")
        if re.fullmatch(r"[A-Za-z]\.?", t):
            bad(f"{f}: single initial labelled {t!r}")
        if re.fullmatch(r"(Speaker|Member|P|F|Q|A)\s*\d*", t):
            bad(f"{f}: role label labelled {t!r}")


# ------------------------------------------------------------------ sweep patterns
SWEEP = [
    ("phone", re.compile(r"(?<![\w])(?:\+44\s?|0)\d(?:[ \-]?\d){8,10}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email/url", re.compile(r"\b\w+ at \w+ dot \w+|\b\w+ dot (?:org|com|net|co)\b", re.I)),
    ("url", re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:org|com|net|co\.uk)/\S*")),
    ("postcode", re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)", re.I)),
    ("spaced postcode", re.compile(r"(?<!\w)[A-Z]{1,2} \d{1,2} \d [A-Z]{2}(?!\w)")),
    ("car reg", re.compile(r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{3}(?!\w)", re.I)),
    ("NI", re.compile(r"(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)", re.I)),
    ("NHS", re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")),
    ("date", re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d/.])")),
    ("spoken date", re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|ninth|tenth|"
                               r"\w+teenth|twent\w+|thirt\w+)(?: of)? (?:January|February|March|April|May|June|"
                               r"July|August|September|October|November|December)\b")),
    ("spoken digits", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                                 r"[ ,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
    ("handle", re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]*[\w]")),
]


def main():
    # ---------------- labels.csv
    with open(P("labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            bad(f"labels.csv header {header}")
        rows = [r for r in rd if r]
    with open(P("tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        if th != ["file", "text", "why"]:
            bad(f"tricky.csv header {th}")
        tricky = [r for r in rd if r]

    lines = {f: file_lines(f) for f in FILES}
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            bad(f"labels.csv malformed row {r}")
            continue
        f, ln, kind, text = r
        if f not in lines:
            bad(f"labels.csv: unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"labels.csv: unknown kind {kind}")
        by_file[f].append((int(ln), kind, text))

    total = 0
    kinds_total = Counter()
    for f in FILES:
        L = lines[f]
        labs = by_file[f]
        total += len(labs)
        # synthetic header
        if first_text(f, L).strip() != SYN:
            bad(f"{f}: first text is not the SYNTHETIC line")
        # word count
        wc = len(content_text(f, L).split())
        if not 700 <= wc <= 1000:
            bad(f"{f}: word count {wc} outside 700-1000")
        # one kind per text
        kinds_of = defaultdict(set)
        for ln, kind, text in labs:
            kinds_of[text].add(kind)
            kinds_total[kind] += 1
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                bad(f"{f}: {t!r} has several kinds {ks}")
        # text on its line + every occurrence labelled (exact multiset match)
        want = Counter((ln, text) for ln, _, text in labs)
        have = Counter()
        for t in kinds_of:
            for i, line in enumerate(L, 1):
                for _ in occ(t, line):
                    have[(i, t)] += 1
        for k in want:
            if want[k] > have[k]:
                bad(f"{f}: label {k[1]!r} not found (enough times) on line {k[0]}")
        for k in have:
            if have[k] > want[k]:
                bad(f"{f}: unlabelled occurrence of {k[1]!r} on line {k[0]}")
        # containment
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} contained in label {b!r}")
        # safe values
        for t, ks in kinds_of.items():
            for k in ks:
                safe_check(f, k, t)
        # spans covered by labels / tricky items
        tr_texts = [t for tf, t, _ in tricky if tf == f]
        for i, line in enumerate(L, 1):
            spans = []
            for t in kinds_of:
                spans += occ(t, line)
            tspans = []
            for t in tr_texts:
                tspans += [m.span() for m in re.finditer(re.escape(t), line)]
            for what, rx in SWEEP:
                for m in rx.finditer(line):
                    s, e = m.span()
                    if any(s < b and a < e for a, b in spans + tspans):
                        continue
                    bad(f"{f}:{i}: unlabelled {what}-like string {m.group(0)!r}")

    # ---------------- tricky.csv
    if len(tricky) < 60:
        bad(f"tricky.csv has only {len(tricky)} rows (need >= 60)")
    seen = set()
    for r in tricky:
        if len(r) != 3:
            bad(f"tricky.csv malformed row {r}")
            continue
        f, t, why = r
        if (f, t) in seen:
            bad(f"tricky.csv duplicate {f} {t!r}")
        seen.add((f, t))
        if f not in lines:
            bad(f"tricky.csv unknown file {f}")
            continue
        if not why.strip():
            bad(f"tricky.csv: no reason for {t!r}")
        labtexts = {text for _, _, text in by_file[f]}
        if t in labtexts:
            bad(f"tricky.csv: {t!r} is a label text in {f}")
        found_free = False
        for line in lines[f]:
            lspans = []
            for lt in labtexts:
                lspans += occ(lt, line)
            for s, e in occ(t, line):
                if not any(s < b and a < e for a, b in lspans):
                    found_free = True
        if not found_free:
            bad(f"tricky.csv: {t!r} does not occur (outside labels) in {f}")

    # ---------------- totals / scripts / README
    if not 180 <= total <= 220:
        bad(f"total label rows {total} outside 180-220")
    share = kinds_total["name"] / max(total, 1)
    if not 0.4 <= share <= 0.62:
        bad(f"name share {share:.2f} not about half")
    for script in ("build.py", "verify_labels.py"):
        with open(P(script), encoding="utf-8") as fh:
            if re.search(r"['\"]/(work|home|tmp|Users)/", fh.read()):
                bad(f"{script} contains an absolute path")
    with open(P("README.md"), encoding="utf-8") as fh:
        rl = fh.read().split("\n")
    if rl[0] != "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.":
        bad("README.md first line wrong")
    if "**Status: NOT scored yet.**" not in rl[1:4]:
        bad("README.md status line missing")

    print(f"label rows: {total}; per kind: {dict(sorted(kinds_total.items()))}")
    print(f"tricky rows: {len(tricky)}")
    for f in FILES:
        print(f"  {f}: words={len(content_text(f, lines[f]).split())} labels={len(by_file[f])}")
    if problems:
        print("FAIL")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
