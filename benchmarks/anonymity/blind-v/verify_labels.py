"""Verify the blind-v synthetic anonymity set and labels.csv. Prints PASS or FAIL.

Everything checked here is SYNTHETIC: every name, number and address is invented.

Checks
  1. every file starts with the exact SYNTHETIC line (txt: line 1; srt: first
     cue text; docx: first paragraph), and the srt / docx structure is sane
  2. labels.csv has the exact header, known files and kinds, valid line numbers
  3. each row's text occurs (whole word, case-sensitive) on its line
  4. occurrences match rows exactly: for every labelled text in a file, the
     multiset of lines where it occurs equals the multiset of its rows
  5. no label text is part of another label text in the same file, one kind
     per text, and no speaker pseudonym is labelled
  6. word counts 700-1000 per file
  7. tricky non-identifiers are present, unlabelled and outside label spans
  8. values are safe: drama-range phones, example.* emails and URLs, NHS 999
     numbers with a valid check digit, never-issued NI prefixes, postcodes and
     registrations in valid format
  9. totals: 150-200 label rows, 60-80 tricky strings; no absolute machine
     paths in any file of this folder
Run from this folder:  python verify_labels.py   (needs python-docx for v03)
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["v01.txt", "v02.srt", "v03.docx", "v04.txt", "v05.txt"]
KINDS = {
    "name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
    "date_of_birth", "url", "handle", "car_registration", "place", "workplace",
}

# Tricky non-identifiers: must be present and must NOT be labelled.
TRICKY = {
    "v01.txt": [
        "Andy's Man Club", "Edinburgh", "Breathing Space", "0800 83 85 87", "Samaritans",
        "116 123", "frank", "Facebook", "WhatsApp", "Hogmanay", "sertraline", "58",
        "PARTICIPANT C", "Forty pound", "Fife",
    ],
    "v02.srt": [
        "Sat Sri Akal", "Vaisakhi", "Diwali", "Heathrow", "Southall", "Punjabi", "happy",
        "67", "twenty-three", "Tuesday", "Zoom", "langar", "diabetes", "P3 said",
        "postnatal depression",
    ],
    "v03.docx": [
        "Kent County Council", "National Autistic Society", "EHCP", "SENCO", "CAMHS",
        "summer", "joy", "41", "TikTok", "Minecraft", "Corsa", "MOT", "Easter",
        "C1 wants", "November",
    ],
    "v04.txt": [
        "samaritans", "116 123", "andys man club", "mind", "wigilia", "peterborough",
        "sertraline 50mg", "£120", "p2 said", "hope", "frank", "dawn", "grace", "bill",
        "will",
    ],
    "v05.txt": [
        "Royal Marines", "Afghanistan", "Northern Ireland", "Plymouth", "Exeter",
        "complex PTSD", "tinnitus", "Op COURAGE", "Combat Stress", "0800 138 1619",
        "Covid", "56", "propranolol 40mg", "Remembrance Sunday", "Tamar Valley line",
    ],
}

PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01174960")
OUTWARD_CODES = {"KY5", "UB2", "ME6", "ME20", "PE1", "PL20", "PL2"}
NI_NEVER_ISSUED = {"QQ", "ZZ", "BG", "GB", "NK", "KN", "NT", "TN"}
SPEAKER = re.compile(r"^(PARTICIPANT [A-Z]|FACILITATOR|COMMISSIONER|[FPCMfpcm]\d+)$")
SRT_TIME = re.compile(r"^\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}$")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def lines_of(fname: str) -> list[str]:
    path = HERE / fname
    if fname.endswith(".docx"):
        import docx

        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            out += ["\t".join(c.text for c in r.cells) for r in t.rows]
        return out
    return path.read_text(encoding="utf-8").split("\n")


def spans(text: str, line: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.span() for m in pat.finditer(line)]


def content_words(fname: str, lines: list[str]) -> int:
    if fname.endswith(".srt"):
        keep = [l for l in lines if l.strip() and not l.strip().isdigit() and not SRT_TIME.match(l)]
    else:
        keep = lines
    return sum(len(l.split()) for l in keep)


def check_structure(fname: str, lines: list[str]) -> None:
    if fname.endswith(".txt"):
        if lines[0] != SYNTH:
            err(f"{fname}: first line is not the SYNTHETIC line")
    elif fname.endswith(".srt"):
        if lines[:3] != ["1", lines[1], SYNTH] or not SRT_TIME.match(lines[1]):
            err(f"{fname}: first cue is not the SYNTHETIC line")
        blocks = "\n".join(lines).strip().split("\n\n")
        for n, b in enumerate(blocks, 1):
            bl = b.split("\n")
            if bl[0] != str(n) or not SRT_TIME.match(bl[1]) or len(bl) < 3:
                err(f"{fname}: malformed cue {n}")
            elif n > 1 and not re.match(r"^(P\d+:|\[[FC]\d+\]) ", bl[2]):
                err(f"{fname}: cue {n} does not start with a speaker")
    else:
        import docx

        d = docx.Document(str(HERE / fname))
        if not d.paragraphs or d.paragraphs[0].text != SYNTH:
            err(f"{fname}: first paragraph is not the SYNTHETIC line")
        if len(d.tables) != 1:
            err(f"{fname}: expected one table")
        for r in d.tables[0].rows:
            if len(r.cells) != 2 or not re.match(r"^[FPC]\d+$", r.cells[0].text):
                err(f"{fname}: bad table row {[c.text for c in r.cells]}")
        body = d.element.body
        tags = [el.tag.rsplit("}", 1)[-1] for el in body.iterchildren()]
        if "p" in tags[tags.index("tbl"):]:
            err(f"{fname}: paragraphs after the table break the line numbering")


def safe(kind: str, text: str) -> bool:
    t = text.strip()
    if kind == "phone":
        digits = re.sub(r"\D", "", t.replace("+44", "0"))
        return len(digits) == 11 and digits.startswith(PHONE_PREFIXES)
    if kind == "email":
        e = re.sub(r"\s+dot\s+", ".", t, flags=re.I)
        e = re.sub(r"\s+at\s+", "@", e, flags=re.I).replace(" ", "")
        return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e, flags=re.I) is not None
    if kind == "url":
        u = re.sub(r"\s+dot\s+", ".", t, flags=re.I)
        u = re.sub(r"\s+slash\s+", "/", u, flags=re.I).replace(" ", "").lower()
        return re.match(r"(https?://)?(www\.)?example\.(org|com|net)(/|$)", u) is not None
    if kind == "nhs_number":
        d = re.sub(r"\D", "", t)
        if len(d) != 10 or not d.startswith("999"):
            return False
        r = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
        check = 0 if r == 11 else r
        return check != 10 and check == int(d[9])
    if kind == "ni_number":
        n = t.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n):
            return False
        return n[:2] in NI_NEVER_ISSUED or any(c in "DFIQUV" for c in n[:2])
    if kind == "postcode":
        p = t.upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})", p)
        return m is not None and m.group(1) in OUTWARD_CODES
    if kind == "car_registration":
        c = t.upper()
        m = re.fullmatch(r"([A-HJ-PR-Y][A-HJ-PR-Y])(\d{2}) ?([A-HJ-PR-Z]{3})", c)
        if not m:
            return False
        age = int(m.group(2))
        return 2 <= age <= 29 or 51 <= age <= 79
    if kind == "handle":
        return re.fullmatch(r"@[\w.]+", t) is not None
    return True


def main() -> int:
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv: bad header {header}")

    by_file: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        f, line, kind, text = r
        if f not in FILES:
            err(f"unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"unknown kind {kind}")
        if text != text.strip() or not text:
            err(f"{f}: untrimmed/empty text {text!r}")
        by_file[f].append((int(line), kind, text))

    total_tricky = 0
    for fname in FILES:
        lines = lines_of(fname)
        check_structure(fname, lines)
        wc = content_words(fname, lines)
        if not 700 <= wc <= 1000:
            err(f"{fname}: {wc} words, outside 700-1000")
        frows = by_file.get(fname, [])
        if not frows:
            err(f"{fname}: no labels")
        kinds_of: dict[str, set[str]] = defaultdict(set)
        for line, kind, text in frows:
            kinds_of[text].add(kind)
            if not 1 <= line <= len(lines):
                err(f"{fname}:{line}: line out of range")
                continue
            if not spans(text, lines[line - 1]):
                err(f"{fname}:{line}: {text!r} not on its line")
            if not safe(kind, text):
                err(f"{fname}:{line}: unsafe or malformed {kind} {text!r}")
        texts = sorted(kinds_of)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{fname}: {t!r} has several kinds {ks}")
            if SPEAKER.match(t):
                err(f"{fname}: speaker pseudonym labelled: {t!r}")
        # 4. occurrences == rows
        label_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for t in texts:
            want = Counter(l for l, _, tx in frows if tx == t)
            got = Counter()
            for i, line in enumerate(lines, 1):
                sp = spans(t, line)
                got[i] += len(sp)
                label_spans[i] += sp
            got = +got
            if got != want:
                err(f"{fname}: occurrences of {t!r} {dict(got)} != rows {dict(want)}")
        # 5. no label inside another
        for a in texts:
            for b in texts:
                if a != b and a in b:
                    err(f"{fname}: label {a!r} is part of label {b!r}")
        # 7. tricky strings
        tricky = TRICKY[fname]
        total_tricky += len(tricky)
        for tr in tricky:
            if tr in kinds_of:
                err(f"{fname}: tricky {tr!r} is labelled")
            for t in texts:
                if spans(t, tr):
                    err(f"{fname}: tricky {tr!r} contains label {t!r}")
            n = 0
            for i, line in enumerate(lines, 1):
                for s, e in spans(tr, line):
                    n += 1
                    if any(s < le and ls < e for ls, le in label_spans[i]):
                        err(f"{fname}:{i}: tricky {tr!r} overlaps a label")
            if n == 0:
                err(f"{fname}: tricky {tr!r} not found")
        print(f"{fname}: {wc} words, {len(frows)} label rows, {len(tricky)} tricky")

    # 9. totals and paths
    if not 150 <= len(rows) <= 200:
        err(f"{len(rows)} label rows, outside 150-200")
    if not 60 <= total_tricky <= 80:
        err(f"{total_tricky} tricky strings, outside 60-80")
    path_pat = re.compile(r"(?<![\w.])/(?:home|work|tmp|Users|root|mnt|opt|srv)/|\b[A-Z]:\\\\?[A-Za-z]")
    for p in sorted(HERE.iterdir()):
        if p.suffix in {".py", ".txt", ".srt", ".csv", ".md"}:
            txt = p.read_text(encoding="utf-8")
        elif p.suffix == ".docx":
            txt = "\n".join(lines_of(p.name))
        else:
            continue
        if path_pat.search(txt):
            err(f"{p.name}: contains an absolute machine path")

    kinds = Counter(r[2] for r in rows)
    print(f"total: {len(rows)} label rows, {total_tricky} tricky strings")
    print("per kind: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
