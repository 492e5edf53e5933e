"""Check labels.csv and tricky.csv against the five transcripts.

Run from this folder with a Python that has odfpy:  python verify_labels.py
Prints PASS or FAIL with the reasons. Checks:
  - first line / first cue / first paragraph is the SYNTHETIC line
  - each row's text occurs (whole word) on its line
  - labelled occurrences match the rows exactly (every whole-word,
    case-sensitive occurrence has a row, no extra rows)
  - no label text inside another (case-insensitive; pure case variants allowed)
  - one kind per text per file; names are single words without titles or 's
  - word counts 700-1000; row total 150-200; all kinds used; >= 60 tricky rows
  - safe values (Ofcom drama phones, example.* domains, 999 NHS numbers with
    a valid check digit, QQ/ZZ NI numbers, postcodes with C/I/K/M/O/V inward,
    registrations with I or Q in the last three letters)
  - tricky strings present, never labelled, never overlapping a label
  - a sweep for identifier-like patterns not covered by a label or tricky string
  - no absolute machine paths in any file of the folder
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["af01.srt", "af02.txt", "af03.odt", "af04.txt", "af05.txt"]
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Father", "Cllr", "Sir", "Rev"}
REAL_OUTWARD = {"PR1", "ME2", "ME3", "LL59", "PL4", "PL9", "HR3"}
SRT_TS = re.compile(r"^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$")
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def read_units(path: Path) -> list[str]:
    if path.suffix == ".odt":
        from odf import teletype, text
        from odf.opendocument import load

        doc = load(str(path))
        return [teletype.extractText(p) for p in doc.getElementsByType(text.P)]
    return path.read_text(encoding="utf-8").split("\n")


def ww(needle: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")


def srt_text_lines(units: list[str]) -> set[int]:
    """1-based numbers of cue-text lines (not index, timestamp or blank)."""
    keep = set()
    for i, u in enumerate(units, start=1):
        if not u.strip() or SRT_TS.match(u):
            continue
        if re.fullmatch(r"\d+", u) and i < len(units) and SRT_TS.match(units[i]):
            continue
        keep.add(i)
    return keep


def spoken_digits(s: str) -> str:
    s = s.lower().replace("+44", "0").replace("(0)", "")
    out = []
    toks = re.findall(r"[a-z]+|\d", s)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = nxt if nxt.isdigit() else NUMWORDS.get(nxt, "")
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t])
        i += 1
    return "".join(out)


def nhs_ok(d: str) -> bool:
    if not re.fullmatch(r"999\d{7}", d):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def safe(kind: str, text: str) -> bool:
    if kind == "phone":
        d = spoken_digits(text)
        return bool(re.fullmatch(r"07700900\d{3}|01632960\d{3}|0(?:113|117|121)4960\d{3}", d))
    if kind == "email":
        e = text.lower()
        if " at " in e:
            e = e.replace(" dot ", ".").replace(" at ", "@").replace(" ", "")
        return bool(re.fullmatch(r"[\w.+-]+@(?:[\w-]+\.)*example\.(org|com|net)", e))
    if kind == "url":
        host = re.sub(r"^https?://", "", text.lower()).split("/")[0]
        return bool(re.fullmatch(r"(?:[\w-]+\.)*example\.(org|com|net)", host))
    if kind == "nhs_number":
        return nhs_ok(spoken_digits(text))
    if kind == "ni_number":
        return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())))
    if kind == "postcode":
        pc = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", pc)
        return bool(m) and m.group(1) in REAL_OUTWARD and bool(set(m.group(2)[1:]) & set("CIKMOV"))
    if kind == "car_registration":
        r = re.sub(r"\s", "", text.upper())
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r)) and bool(set(r[-3:]) & {"I", "Q"})
    if kind == "handle":
        return bool(re.fullmatch(r"@?[\w.]+", text))
    return True


MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
SWEEP = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "spoken_email": r"\b\w+(?: dot \w+)* at \w+(?: dot \w+)+\b",
    "url": r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|io)\b(?:/\S*)?",
    "handle": r"(?<![\w.])@[A-Za-z_][\w.]*",
    "digits": r"(?<![\w.])\+?\(?\d[\d ()-]{4,}\d(?![\w])",
    "number_words": r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,-]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b",
    "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b",
    "ni": r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b",
    "car_reg": r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b",
    "date_num": r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b",
    "date_words": r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r"\b(?:\s+\d{2,4})?",
    "date_spoken": r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twent\w+|thirt\w+) of " + MONTHS,
    "street": r"\b\d+[a-z]?,? [A-Za-zô' ]{2,30}\b(?:road|street|lane|row|rise|close|way|avenue|steps|drive|crescent|meadow|y wennol)\b",
    "pitch": r"\b(?:pitch|plot) \d+",
}


def main() -> int:
    units = {f: read_units(HERE / f) for f in FILES}

    # 1. SYNTHETIC line
    for f, u in units.items():
        first = u[2] if f.endswith(".srt") else u[0]
        if f.endswith(".srt") and not (u[0] == "1" and SRT_TS.match(u[1])):
            err(f"{f}: does not start with cue 1")
        if first != SYNTH:
            err(f"{f}: first line/cue/paragraph is not the SYNTHETIC line: {first!r}")

    # word counts
    wc = {}
    for f, u in units.items():
        if f.endswith(".srt"):
            keep = srt_text_lines(u)
            wc[f] = sum(len(u[i - 1].split()) for i in keep)
            raw = sum(len(x.split()) for x in u)
            if not 700 <= raw <= 1000:
                err(f"{f}: raw token count incl. timestamps {raw} outside 700-1000")
        else:
            wc[f] = sum(len(x.split()) for x in u)
        if not 700 <= wc[f] <= 1000:
            err(f"{f}: word count {wc[f]} outside 700-1000")

    # 2. rows
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header {header}")
    per_text = defaultdict(Counter)  # (file, text) -> Counter(line)
    kinds_of = defaultdict(set)
    for r in rows:
        f, line, kind, text = r
        if f not in units:
            err(f"row for unknown file {r}")
            continue
        if kind not in KINDS:
            err(f"bad kind {r}")
        ln = int(line)
        if not 1 <= ln <= len(units[f]) or not ww(text).search(units[f][ln - 1]):
            err(f"text not on its line: {r}")
        if f.endswith(".srt") and ln not in srt_text_lines(units[f]):
            err(f"row points at a non-text srt line: {r}")
        per_text[(f, text)][ln] += 1
        kinds_of[(f, text)].add(kind)
        if kind == "name":
            if re.search(r"\s", text):
                err(f"name with space: {r}")
            if text in TITLES:
                err(f"title labelled as name: {r}")
            if re.search(r"['’]s$", text):
                err(f"possessive in name: {r}")
        if not safe(kind, text):
            err(f"unsafe value: {r}")
    for key, ks in kinds_of.items():
        if len(ks) > 1:
            err(f"{key} has several kinds {ks}")

    # 3. occurrences match rows exactly
    for (f, text), cnt in per_text.items():
        actual = Counter()
        for i, u in enumerate(units[f], start=1):
            n = len(ww(text).findall(u))
            if n:
                actual[i] = n
        if actual != cnt:
            err(f"{f}: occurrences of {text!r} at {dict(actual)} but rows at {dict(cnt)}")
        joined = " ".join(units[f])
        if len(ww(text).findall(joined)) != sum(actual.values()):
            err(f"{f}: {text!r} also occurs across a line break")

    # 4. containment
    by_file = defaultdict(set)
    for f, text in per_text:
        by_file[f].add(text)
    for f, texts in by_file.items():
        for a in texts:
            for b in texts:
                if a != b and a.lower() != b.lower() and a.lower() in b.lower():
                    err(f"{f}: label {a!r} contained in label {b!r}")

    # totals
    kind_tot = Counter(r[2] for r in rows)
    if not 150 <= len(rows) <= 200:
        err(f"{len(rows)} label rows, want 150-200")
    missing = KINDS - set(kind_tot)
    if missing:
        err(f"kinds never used: {missing}")

    # 5. tricky
    with open(HERE / "tricky.csv", newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        tricky = list(rd)
    if th != ["file", "text", "why"]:
        err(f"tricky.csv header {th}")
    if len(tricky) < 60:
        err(f"only {len(tricky)} tricky rows")
    label_spans = defaultdict(list)  # (file, line) -> spans
    for (f, text) in per_text:
        for i, u in enumerate(units[f], start=1):
            for m in ww(text).finditer(u):
                label_spans[(f, i)].append(m.span())
    covered = defaultdict(list)
    for k, v in label_spans.items():
        covered[k].extend(v)
    for f, text, why in tricky:
        if f not in units:
            err(f"tricky row for unknown file: {f}")
            continue
        if (f, text) in per_text or text.lower() in {t.lower() for t in by_file[f]}:
            err(f"tricky text is labelled: {f} {text!r}")
        found = False
        for i, u in enumerate(units[f], start=1):
            for m in re.finditer(re.escape(text), u):
                found = True
                for s, e in label_spans.get((f, i), []):
                    if m.start() < e and s < m.end():
                        err(f"tricky {text!r} overlaps a label on {f}:{i}")
                covered[(f, i)].append(m.span())
        if not found:
            err(f"tricky text not found: {f} {text!r}")

    # 6. sweep
    for f, u in units.items():
        lines = srt_text_lines(u) if f.endswith(".srt") else set(range(1, len(u) + 1))
        for i in sorted(lines):
            line = u[i - 1]
            for name, pat in SWEEP.items():
                for m in re.finditer(pat, line, flags=re.I if name in ("street", "date_words", "date_spoken", "pitch", "number_words", "spoken_email") else 0):
                    if not any(m.start() < e and s < m.end() for s, e in covered.get((f, i), [])):
                        err(f"sweep {name}: uncovered {m.group(0)!r} at {f}:{i}")

    # 7. no absolute machine paths
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in {".py", ".md", ".csv", ".txt", ".srt"}:
            if re.search(r"(?<![\w.])/(?:work|home|tmp|root|Users|mnt|opt)/", p.read_text(encoding="utf-8")):
                err(f"absolute path in {p.name}")

    print("word counts:", ", ".join(f"{f}={n}" for f, n in wc.items()))
    print("rows per file:", dict(Counter(r[0] for r in rows)))
    print("rows per kind:", dict(sorted(kind_tot.items())))
    print(f"total rows: {len(rows)}; tricky rows: {len(tricky)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
