"""Verify the blind-u synthetic anonymity set and labels.csv.

Checks: the SYNTHETIC first line; every row's text is on its line; labelled
occurrences match rows exactly (whole-word, case-sensitive); no label text is
part of another label text in the same file; word counts; tricky
non-identifiers present and unlabelled; values are safe (drama phone ranges,
example domains, valid-checksum 999 NHS numbers, never-issued NI prefixes,
valid postcode/registration formats); an identifier-pattern sweep finds
nothing unlabelled; no absolute machine paths. Prints PASS or the failures.

Usage: python verify_labels.py [--audit]
Run with a Python that has python-docx (for u03.docx).
"""
import csv
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["u01.txt", "u02.vtt", "u03.docx", "u04.txt", "u05.txt"]
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number",
         "street_address", "date_of_birth", "url", "handle",
         "car_registration", "place", "workplace"}
WORDS_MIN, WORDS_MAX = 700, 1000
TOTAL_MIN, TOTAL_MAX = 150, 200
TRICKY_MIN, TRICKY_MAX = 60, 80

# Tricky NON-identifiers: each must occur in its file and never be labelled.
TRICKY = {
    "u01.txt": ["saving grace", "Respondent 1", "Facilitator 1",
                "Breathing Space", "0800 83 85 87", "Samaritans", "116 123",
                "sertraline", "50mg", "fifty-eight", "£15", "Inverness",
                "Easter", "May", "back", "WhatsApp"],
    "u02.vtt": ["Host", "iPhone (4)", "Facilitator 2", "Mind", "CALM",
                "Andy's Man Club", "Shout", "85258", "Section 3",
                "olanzapine", "Eid", "Black History Month", "£200",
                "Manchester", "sixty-seven", "mark"],
    "u03.docx": ["F1", "P4", "C1", "A64", "January", "COVID", "Headspace",
                 "TRiM", "DNACPR", "hope", "precious", "19:00", "£180",
                 "propranolol", "NHS Practitioner Health", "FRONTLINE"],
    "u04.txt": ["m4", "c1", "may", "summer", "dawn", "joy", "polish",
                "cardiff", "brecon beacons", "childline", "0800 1111", "meic",
                "tesco", "£25", "adhd", "ms"],
    "u05.txt": ["Member A", "Brighton", "seventy-four", "eighty-one", "HIV",
                "bipolar", "Lithium", "800mg", "mirtazapine", "Age UK",
                "Switchboard", "Amazing Grace", "will",
                "Terrence Higgins Trust"],
}

SPEAKER_RE = re.compile(r"^(Interviewer|Respondents?( \d)?|Commissioner( \d)?|"
                        r"Facilitator( \d)?|Member [A-Z]|[FPCfcm]\d|Host)$")
DRAMA_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01314960")
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")
KNOWN_OUTWARD = {"HS2", "M14", "LS25", "CF42"}  # real outward codes used
NI_NEVER_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

SWEEP = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk)"
                      r"(?:/[\w./-]*[\w/])?"),
    "phone": re.compile(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d\b"),
    "ten_digits": re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"),
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I),
    "car_registration": re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", re.I),
    "ni_number": re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
                            re.I),
    "handle": re.compile(r"(?<![\w.])@[\w.]*\w"),
    "date": re.compile(r"\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b"),
}


def read_lines(path: Path) -> list[str]:
    if path.suffix == ".docx":
        import docx  # python-docx
        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").splitlines()


def ww(text: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_count(fname: str, lines: list[str]) -> int:
    if fname.endswith(".vtt"):
        n = 0
        for ln in lines:
            if (not ln or ln == "WEBVTT" or ln == "NOTE" or "-->" in ln
                    or ln.isdigit()):
                continue
            n += len(re.sub(r"^<v [^>]*>", "", ln).split())
        return n
    return sum(len(ln.split()) for ln in lines)


def nhs_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def dob_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", value)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3] or 2000)
    else:
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? of ([A-Za-z]+) (\d{4})",
                         value)
        if not m or m[2].lower() not in MONTHS:
            return False
        day, month, year = int(m[1]), MONTHS.index(m[2].lower()) + 1, int(m[3])
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1920 <= year <= 2015


def safe_value(kind: str, text: str) -> str | None:
    """Return a reason if the value is unsafe or malformed, else None."""
    up = text.upper()
    if kind == "phone":
        d = re.sub(r"\D", "", text)
        if d.startswith("44"):
            d = "0" + d[2:]
        if len(d) != 11 or not d.startswith(DRAMA_PREFIXES):
            return "phone not in an Ofcom drama range"
    elif kind == "email":
        m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", text)
        if not m or not any(m[1] == d or m[1].endswith("." + d)
                            for d in EXAMPLE_DOMAINS):
            return "email not at an example domain"
    elif kind == "url":
        host = re.sub(r"^https?://", "", text).split("/")[0]
        host = re.sub(r"^www\.", "", host)
        if not any(host == d or host.endswith("." + d)
                   for d in EXAMPLE_DOMAINS):
            return "url not at an example domain"
    elif kind == "nhs_number":
        if not nhs_ok(text):
            return "NHS number not 999-prefixed with valid modulus-11 check"
    elif kind == "ni_number":
        v = up.replace(" ", "")
        if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v):
            return "NI number format"
        p = v[:2]
        if not (p in NI_NEVER_PREFIX or p[0] in "DFIQUV" or p[1] in "DFIOQUV"):
            return "NI prefix could be issued"
    elif kind == "postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})", up)
        if not m or m[1] not in KNOWN_OUTWARD:
            return "postcode format or unknown outward code"
    elif kind == "car_registration":
        if not re.fullmatch(r"[A-HJ-PR-Y][A-HJ-PR-Y]"
                            r"(0[2-9]|1\d|2[0-5]|5[1-9]|6\d|7[0-5]) "
                            r"[A-HJ-PR-Z]{3}", up):
            return "registration not in current AB12 CDE format"
    elif kind == "date_of_birth":
        if not dob_ok(text):
            return "date of birth not a valid date"
    elif kind == "handle":
        if not re.fullmatch(r"@?[A-Za-z0-9_.]*[A-Za-z0-9_]", text):
            return "handle format"
    elif kind == "name":
        if " " in text or text.endswith(("'s", "\u2019s")) or \
                text.rstrip(".") in {"Dr", "Mr", "Mrs", "Ms", "Miss", "mr"}:
            return "name must be a single word without title or possessive"
    elif kind == "street_address":
        if not re.search(r"(Road|Street|Lane|Terrace|Rathad)\b", text, re.I):
            return "street address without a street word"
    return None


def main(audit: bool = False) -> int:
    fails: list[str] = []
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [r for r in reader]
    if header != ["file", "line", "kind", "text"]:
        fails.append(f"bad header {header}")
    lines = {f: read_lines(HERE / f) for f in FILES}
    by_file: dict[str, list[tuple[int, str, str]]] = {f: [] for f in FILES}
    for r in rows:
        if len(r) != 4 or r[0] not in lines or not r[1].isdigit():
            fails.append(f"malformed row {r}")
            continue
        by_file[r[0]].append((int(r[1]), r[2], r[3]))

    # labels.csv covers exactly the inventory declared in build_labels.py
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    from build_labels import LABELS
    for f in FILES:
        declared = set(LABELS.get(f, []))
        present = {(k, t) for _, k, t in by_file[f]}
        for k, t in sorted(declared - present):
            fails.append(f"{f}: declared label {k}:{t!r} has no rows")
        for k, t in sorted(present - declared):
            fails.append(f"{f}: row {k}:{t!r} not declared in build_labels.py")

    # first line
    for f, ls in lines.items():
        if f.endswith(".vtt"):
            ok = ls[0] == "WEBVTT" and "NOTE" in ls and \
                ls[ls.index("NOTE") + 1] == SYN
        else:
            ok = ls[0] == SYN
        if not ok:
            fails.append(f"{f}: SYNTHETIC first line missing")

    # word counts
    counts = {f: word_count(f, ls) for f, ls in lines.items()}
    for f, n in counts.items():
        if not WORDS_MIN <= n <= WORDS_MAX:
            fails.append(f"{f}: {n} words, outside {WORDS_MIN}-{WORDS_MAX}")

    covered: dict[str, dict[int, set[int]]] = {}
    for f, frows in by_file.items():
        ls = lines[f]
        cov: dict[int, set[int]] = {}
        covered[f] = cov
        kinds_of: dict[str, set[str]] = {}
        for line, kind, text in frows:
            kinds_of.setdefault(text, set()).add(kind)
            if kind not in KINDS:
                fails.append(f"{f}:{line}: unknown kind {kind}")
            if not 1 <= line <= len(ls) or not ww(text).search(ls[line - 1]):
                fails.append(f"{f}:{line}: {text!r} not on that line")
            if SPEAKER_RE.match(text):
                fails.append(f"{f}:{line}: speaker label {text!r} labelled")
            reason = safe_value(kind, text)
            if reason:
                fails.append(f"{f}:{line}: {text!r}: {reason}")
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                fails.append(f"{f}: {text!r} has several kinds {ks}")
        # occurrences match rows exactly
        want = Counter((line, text) for line, _, text in frows)
        for text in kinds_of:
            pat = ww(text)
            have = Counter()
            for i, ln in enumerate(ls, start=1):
                for m in pat.finditer(ln):
                    have[(i, text)] += 1
                    cov.setdefault(i, set()).update(range(m.start(), m.end()))
            mine = Counter({k: v for k, v in want.items() if k[1] == text})
            if have != mine:
                fails.append(f"{f}: occurrences of {text!r} {dict(have)} "
                             f"!= rows {dict(mine)}")
        # no label text inside another
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a in b:
                    fails.append(f"{f}: label {a!r} is part of {b!r}")

    # tricky non-identifiers
    n_tricky = 0
    for f, items in TRICKY.items():
        labelled = {t for _, _, t in by_file[f]}
        for t in items:
            n_tricky += 1
            pat = ww(t)
            hits = [(i, m) for i, ln in enumerate(lines[f], start=1)
                    for m in pat.finditer(ln)]
            if not hits:
                fails.append(f"{f}: tricky {t!r} not present")
            if t in labelled:
                fails.append(f"{f}: tricky {t!r} is labelled")
            for i, m in hits:
                if covered[f].get(i, set()) & set(range(m.start(), m.end())):
                    fails.append(f"{f}:{i}: tricky {t!r} overlaps a label")
                covered[f].setdefault(-i, set()).update(
                    range(m.start(), m.end()))
    if not TRICKY_MIN <= n_tricky <= TRICKY_MAX:
        fails.append(f"{n_tricky} tricky strings, outside "
                     f"{TRICKY_MIN}-{TRICKY_MAX}")

    # identifier-pattern sweep: every hit must sit inside a label or tricky
    for f, ls in lines.items():
        for i, ln in enumerate(ls, start=1):
            if "-->" in ln:
                continue
            ok_chars = covered[f].get(i, set()) | covered[f].get(-i, set())
            for what, rx in SWEEP.items():
                for m in rx.finditer(ln):
                    span = set(range(m.start(), m.end()))
                    if not span <= ok_chars:
                        fails.append(f"{f}:{i}: unlabelled {what}-like "
                                     f"{m.group(0)!r}")

    # no absolute machine paths anywhere in the folder
    abs_rx = re.compile(r"(?<![\w.])/(?:home|work|Users|tmp|mnt|root|opt)/|"
                        r"[A-Z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in {".txt", ".vtt", ".py", ".md", ".csv",
                                         ".docx"}:
            body = "\n".join(read_lines(p)) if p.suffix == ".docx" else \
                p.read_text(encoding="utf-8")
            if abs_rx.search(body):
                fails.append(f"{p.name}: contains an absolute path")

    total = sum(len(v) for v in by_file.values())
    if not TOTAL_MIN <= total <= TOTAL_MAX:
        fails.append(f"{total} labels, outside {TOTAL_MIN}-{TOTAL_MAX}")

    kinds = Counter(k for v in by_file.values() for _, k, _ in v)
    print("words:", ", ".join(f"{f}={n}" for f, n in counts.items()))
    print("labels per file:",
          ", ".join(f"{f}={len(v)}" for f, v in by_file.items()))
    print("labels per kind:",
          ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    print(f"total labels: {total}; tricky non-identifiers: {n_tricky}")

    if audit:  # capitalised words that are neither labels nor tricky
        for f, ls in lines.items():
            lab = {t for _, _, t in by_file[f]}
            seen = set()
            for ln in ls:
                for m in re.finditer(r"(?<![.?!:>] )(?<!^)\b[A-Z][a-z]+\b", ln):
                    w = m.group(0)
                    if w not in lab and w not in seen:
                        seen.add(w)
            print(f"AUDIT {f}: {' '.join(sorted(seen))}")

    if fails:
        print("FAIL")
        for x in fails:
            print("  -", x)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main("--audit" in sys.argv))
