"""Verify labels.csv and tricky.csv against the five transcripts.  Prints PASS or FAIL.

Checks
  1. each transcript opens with the SYNTHETIC line (vtt: first line of the NOTE block after WEBVTT)
  2. every row's text occurs (whole word, case-sensitive) on its line; kinds and files are known
  3. the rows equal exactly the set of whole-word occurrences of the labelled texts (per file),
     and every entry of the hand-written inventory in build_labels.py has rows
  4. no label text is contained in another label text of the same file (case-insensitive);
     one kind per text per file; names are single words without titles or possessive 's
  5. word counts 700-1000; total rows 150-200; all kinds used
  6. safe values (drama phone ranges, example.* domains, 999 NHS numbers with valid check digit,
     QQ/ZZ NI numbers, postcodes with C/I/K/M/O/V in the inward part, registrations with I/Q
     among the last three letters)
  7. tricky.csv: >= 60 rows, each text present (whole word) in its file, never itself a label text
     (case-sensitive, so lower-case "rose" may be tricky where "Rose" is a name), never overlapping a label
  8. sweep for identifier-like patterns not covered by a label or a tricky string
  9. no absolute machine paths in any file of the folder
Run with the project's venv python (needs odfpy and python-docx).
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from build_labels import FILES, INVENTORY, read_lines  # noqa: E402  (text extraction + inventory)

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Auntie", "Uncle", "Nurse", "Sister", "Prof")

errors: list[str] = []
infos: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def spans(line: str, text: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences (independent regex implementation)."""
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    out, pos = [], 0
    while True:
        m = pat.search(line, pos)
        if not m:
            return out
        out.append((m.start(), m.end()))
        pos = m.start() + 1


# ---------- spoken numbers ----------
DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def to_digits(text: str) -> str:
    """Digits of a written or spoken number ('double oh' -> '00'); '+44' -> leading 0."""
    if re.search(r"[A-Za-z]{2,}", text) and not re.search(r"\d", text):
        out, rep = [], 1
        for tok in re.findall(r"[a-z]+", text.lower()):
            if tok == "double":
                rep = 2
            elif tok == "triple":
                rep = 3
            elif tok in DIGIT_WORDS:
                out.append(DIGIT_WORDS[tok] * rep)
                rep = 1
            else:
                return ""
        return "".join(out)
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+44"):
        digits = "0" + digits[2:]
    return digits


PHONE_OK = [r"07700900\d{3}", r"01632960\d{3}", r"01(?:13|14|15|16|17|18|21|31|41|51|61|91)4960\d{3}",
            r"02079460\d{3}", r"02920180\d{3}", r"02896496\d{3}"]


def nhs_ok(d: str) -> bool:
    if len(d) != 10 or not d.startswith("999"):
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def spoken_to_written(text: str) -> str:
    t = re.sub(r"\s+dot\s+", ".", text, flags=re.I)
    t = re.sub(r"\s+at\s+", "@", t, flags=re.I)
    return t.replace(" ", "")


def safe_value(kind: str, text: str) -> str | None:
    """Return an error string if the value is not in a safe range."""
    if kind == "phone":
        d = to_digits(text)
        if not any(re.fullmatch(p, d) for p in PHONE_OK):
            return f"phone not in a drama range: {text!r} -> {d}"
    elif kind == "nhs_number":
        d = to_digits(text)
        if not nhs_ok(d):
            return f"NHS number not 999-prefixed with valid check digit: {text!r} -> {d}"
    elif kind == "ni_number":
        t = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", t):
            return f"NI number not QQ/ZZ: {text!r}"
    elif kind == "postcode":
        t = re.sub(r"\s", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", t)
        if not m or not set(m.group(2)) & set("CIKMOV"):
            return f"postcode inward part lacks C/I/K/M/O/V: {text!r}"
    elif kind == "car_registration":
        t = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", t) or not set(t[-3:]) & set("IQ"):
            return f"registration lacks I/Q in last three letters: {text!r}"
    elif kind in ("email", "url"):
        t = spoken_to_written(text).lower()
        if t.startswith(("http://", "https://")):
            return f"{kind} should be scheme-less: {text!r}"
        host = t.split("@")[-1] if kind == "email" else t.split("/")[0]
        if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:org|com|net)", host):
            return f"{kind} not at example.org/.com/.net: {text!r}"
        if kind == "email" and "@" not in t:
            return f"email without @/at: {text!r}"
    elif kind == "handle":
        if not re.fullmatch(r"@?[\w.]+", text):
            return f"odd handle: {text!r}"
    return None


# ---------- sweep patterns ----------
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ORD_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
             "twenty-\\w+|thirtieth|thirty-first")
NUMW = "oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple"
SWEEP = {
    "digits": re.compile(r"(?<![\w:.])[+(]?\d[\d ().\-]{5,}\d(?![\w:])"),
    "spoken_digits": re.compile(rf"\b(?:(?:{NUMW})[\s,]+){{4,}}(?:{NUMW})\b", re.I),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken_email": re.compile(r"\b[\w.-]+ (?:dot [\w-]+ )*at [\w-]+ dot (?:org|com|net|uk)\b", re.I),
    "url": re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|io)\b(?:/[\w./-]*)?"),
    "handle": re.compile(r"(?<![\w@.])@[\w.]+"),
    "postcode": re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
    "ni": re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
    "car_reg": re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b"),
    "date": re.compile(rf"\b\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
                       rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{MONTHS})\b|\b(?:{ORD_WORDS}) of (?:{MONTHS})\b|"
                       rf"\b(?:{MONTHS}) \d{{4}}\b", re.I),
    "title_name": re.compile(rf"\b(?:{'|'.join(TITLES)})\.? [^\W\d_][^\W\d_]+"),
    "workplace": re.compile(r"\b(?:[A-Z][\w'-]*\s)+(?:Surgery|Farm|Vets|School|Academy|Primary|Ward|Centre|"
                            r"Rooms|Hall|Practice|Clinic|Hospital|College|Unit|Freight|Lodge|House|Hub|"
                            r"Council|Board|Network|Poultry|Sweets|Mill|Garage|Works|Ltd)\b"),
}


def content_words(fname: str, lines: list[str]) -> int:
    n = 0
    for line in lines:
        if fname.endswith(".vtt"):
            if line == "WEBVTT" or "-->" in line or re.fullmatch(r"[0-9a-f-]{36}/\d+-\d+", line):
                continue
            line = re.sub(r"</?v[^>]*>", " ", line)
        n += len(line.split())
    return n


def main() -> None:
    # ---- load ----
    texts = {f: read_lines(HERE / f) for f in FILES}
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    if header != ["file", "line", "kind", "text"]:
        err(f"labels.csv header is {header}")
    with open(HERE / "tricky.csv", newline="", encoding="utf-8") as fh:
        treader = csv.reader(fh)
        theader = next(treader)
        tricky = list(treader)
    if theader != ["file", "text", "why"]:
        err(f"tricky.csv header is {theader}")

    # ---- 1 synthetic line ----
    for f, lines in texts.items():
        if f.endswith(".vtt"):
            ok = lines[:1] == ["WEBVTT"] and len(lines) > 3 and lines[1] == "" and lines[2] == "NOTE" \
                and lines[3] == SYNTH
        else:
            ok = bool(lines) and lines[0] == SYNTH
        if not ok:
            err(f"{f}: SYNTHETIC line missing or misplaced")

    # ---- 2 row sanity ----
    by_file: dict[str, list[tuple[int, str, str]]] = {f: [] for f in FILES}
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        f, ln, kind, text = r
        if f not in texts:
            err(f"unknown file {f}")
            continue
        if kind not in KINDS:
            err(f"unknown kind {kind} in {r}")
        try:
            n = int(ln)
        except ValueError:
            err(f"bad line number {r}")
            continue
        if not 1 <= n <= len(texts[f]) or not spans(texts[f][n - 1], text):
            err(f"{f}:{n}: text {text!r} not found (whole word) on its line")
        by_file[f].append((n, kind, text))

    # ---- 3 exact occurrence match ----
    label_spans: dict[str, dict[int, list[tuple[int, int]]]] = {f: {} for f in FILES}
    for f in FILES:
        kinds_of: dict[str, set[str]] = {}
        for _, kind, text in by_file[f]:
            kinds_of.setdefault(text, set()).add(kind)
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{f}: {text!r} has several kinds {ks}")
        expected = Counter()
        for i, line in enumerate(texts[f], start=1):
            for text, ks in kinds_of.items():
                for sp in spans(line, text):
                    expected[(i, next(iter(ks)), text)] += 1
                    label_spans[f].setdefault(i, []).append(sp)
        got = Counter(by_file[f])
        for k in expected - got:
            err(f"{f}: occurrence without row {k}")
        for k in got - expected:
            err(f"{f}: row without occurrence {k}")
        # every hand-written inventory entry must be present in labels.csv with the same kind
        for kind, text in INVENTORY[f]:
            if kinds_of.get(text) != {kind}:
                err(f"{f}: inventory entry ({kind}, {text!r}) missing or with another kind in labels.csv")
        # overlapping label spans on a line
        for i, sps in label_spans[f].items():
            sps.sort()
            for a, b in zip(sps, sps[1:]):
                if b[0] < a[1]:
                    err(f"{f}:{i}: overlapping labels at {a} {b}")

        # ---- 4 containment, names ----
        uniq = sorted(kinds_of)
        for a in uniq:
            for b in uniq:
                if a != b and a.lower() in b.lower():
                    err(f"{f}: label {a!r} is contained in label {b!r}")
            if "name" in kinds_of[a]:
                if re.search(r"\s", a) or a.endswith(("'s", "’s")) or a in TITLES:
                    err(f"{f}: name label must be one bare word: {a!r}")
            for kind in kinds_of[a]:
                problem = safe_value(kind, a)
                if problem:
                    err(f"{f}: {problem}")

    # ---- 5 counts ----
    word_counts = {f: content_words(f, texts[f]) for f in FILES}
    for f, n in word_counts.items():
        if not 700 <= n <= 1000:
            err(f"{f}: {n} words, outside 700-1000")
    if not 150 <= len(rows) <= 200:
        err(f"{len(rows)} label rows, outside 150-200")
    used = {r[2] for r in rows if len(r) == 4}
    if KINDS - used:
        err(f"kinds never used: {sorted(KINDS - used)}")

    # ---- 7 tricky ----
    if len(tricky) < 60:
        err(f"only {len(tricky)} tricky rows")
    tricky_spans: dict[str, dict[int, list[tuple[int, int]]]] = {f: {} for f in FILES}
    for t in tricky:
        if len(t) != 3 or t[0] not in texts:
            err(f"bad tricky row {t}")
            continue
        f, text, why = t
        if not why.strip():
            err(f"tricky row without reason {t}")
        labelled = {x[2] for x in by_file[f]}
        if text in labelled:
            err(f"{f}: tricky text {text!r} is also a label text")
        found = False
        for i, line in enumerate(texts[f], start=1):
            for sp in spans(line, text):
                found = True
                tricky_spans[f].setdefault(i, []).append(sp)
                for ls in label_spans[f].get(i, []):
                    if sp[0] < ls[1] and ls[0] < sp[1]:
                        err(f"{f}:{i}: tricky {text!r} overlaps a labelled occurrence")
        if not found:
            err(f"{f}: tricky text {text!r} not in file")

    # ---- 8 sweep ----
    for f in FILES:
        for i, line in enumerate(texts[f], start=1):
            if f.endswith(".vtt") and "-->" in line:
                continue
            covered = label_spans[f].get(i, []) + tricky_spans[f].get(i, [])
            for pname, pat in SWEEP.items():
                for m in pat.finditer(line):
                    if pname == "digits" and len(re.sub(r"\D", "", m.group())) < 7:
                        continue
                    if not any(m.start() < b and a < m.end() for a, b in covered):
                        err(f"{f}:{i}: uncovered {pname} pattern {m.group()!r}")
            # info only: capitalised words mid-sentence that are neither labelled nor tricky
            for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w'’-]+", line):
                if not any(m.start() < b and a < m.end() for a, b in covered):
                    infos.append(f"{f}:{i}: {m.group()}")

    # ---- 9 absolute paths ----
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".csv", ".txt", ".vtt"):
            body = p.read_text(encoding="utf-8")
            if re.search(r"(?<![\w.])/(?:work|home|tmp|root|Users|mnt)/|[A-Z]:\\\\", body):
                err(f"{p.name}: contains an absolute machine path")

    # ---- report ----
    per_kind = Counter(r[2] for r in rows if len(r) == 4)
    per_file = Counter(r[0] for r in rows if len(r) == 4)
    print("rows per file:", dict(sorted(per_file.items())))
    print("rows per kind:", dict(sorted(per_kind.items())))
    print("words per file:", word_counts)
    print("tricky rows:", len(tricky), dict(sorted(Counter(t[0] for t in tricky).items())))
    if "-v" in sys.argv:
        print("INFO capitalised mid-sentence words not labelled or tricky (review by eye):")
        for x in infos:
            print("  ", x)
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"PASS: {len(rows)} label rows, {len(tricky)} tricky strings, 5 files")


if __name__ == "__main__":
    main()
