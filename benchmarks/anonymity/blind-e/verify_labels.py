"""Check setE: transcripts + labels.csv are mutually consistent and safe.

Run with python verify_labels.py  (needs python-docx for se03.docx).
Exit status 0 = all checks passed.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["se01.txt", "se02.vtt", "se03.docx", "se04.txt", "se05.txt"]
KINDS = ["name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4,
            "car_registration": 3, "place": 4, "workplace": 4}
MIN_TRICKY = 20

# Tricky non-identifiers: must be present (whole word, case-sensitive) and never labelled.
TRICKY = {
    "se01.txt": ["will", "faith", "holly on the table", "the sky", "frank", "Samaritans 116 123",
                 "P1 said", "Tuesday", "October", "Christmas", "Halloween", "Sixty quid", "Dublin",
                 "Crumlin Road", "The Linen Room", "Voices Together", "January", "March", "Belfast"],
    "se02.vtt": ["Zoom", "WhatsApp", "Integrated Care Board", "rocky", "hope", "frank", "May",
                 "Eid", "Diwali", "Dad Talk Leicester", "Strava", "Transit", "41", "will", "F1",
                 "PTSD", "Saturday mornings"],
    "se03.docx": ["pearl of wisdom", "Samaritans 116 123", "NHS 111", "CMHT", "WhatsApp",
                  "Universal Credit", "Easter", "Peterborough", "2014", "Romania", "Albania",
                  "Saturday", "June", "will", "Razem Women's Circle", "St Columba's Hall", "38",
                  "Dzień dobry", "Instagram"],
    "se04.txt": ["will", "may", "hope", "sky bet", "gamcare", "samaritans", "gamblers anonymous",
                 "asda", "whatsapp", "newcastle", "leeds", "14 grand", "christmas", "astra",
                 "tiktok", "1985", "still standing", "29", "F2", "nhs"],
    "se05.txt": ["dawn", "the rose garden", "will", "Mind", "NHS 111", "Samaritans", "Land Rover",
                 "Eisteddfod", "Hereford", "Birmingham", "Inverness", "Cardiff", "2009",
                 "Marches Mood Group", "Instagram", "Thursday", "52", "two hours"],
}
SPEAKERS = {"F1", "F2", "C1"} | {f"P{i}" for i in range(1, 9)}

DRAMA = [("07700900", 0, 999), ("01134960", 0, 999), ("01174960", 0, 999), ("01184960", 0, 999),
         ("01614960", 0, 999), ("02079460", 0, 999), ("02920180", 0, 999), ("01914980", 0, 999),
         ("02896496", 0, 999)]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
DIGIT_WORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TIMING = re.compile(r"^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$")
SOCIAL = ("facebook.com", "instagram.com", "x.com", "twitter.com", "tiktok.com")

# identifier-shaped patterns (emails, urls, @handles, long digit runs, postcodes, regs, NI)
SWEEP = re.compile(
    r"[\w.]+@[\w.]+\w"                                  # email
    r"|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/[\w/.-]*\w"  # url with path
    r"|(?<!\w)@\w+"                                       # handle
    r"|\+?\(?\d[\d ().-]{7,}\d"                          # phone / NHS-like digit run
    r"|(?i:\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b)"          # postcode-like
    r"|(?i:\b[a-z]{2}\d{2} ?[a-z]{3}\b)"                     # car registration
    r"|(?i:\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b)"         # NI number
    r"|(?i:\b\d+[a-z]?,? (?:[a-z']+ ){1,3}(?:street|road|avenue|walk|close|terrace|lane|row"
    r"|drive|way|court|crescent|place|gardens)\b)"           # street address
    r"|(?i:\b\d{1,2}(?:st|nd|rd|th)? of [a-z]+ \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b)"  # dates
)
SWEEP_OK = {"116 123"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def ww(text: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def read_lines(fname: str) -> list[str]:
    path = HERE / fname
    if path.suffix == ".docx":
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def spoken_digits(text: str) -> str:
    out = ""
    toks = re.findall(r"[a-z]+", text.lower())
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "plus":
            out += "+"
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in DIGIT_WORDS:
            out += DIGIT_WORDS[toks[i + 1]] * (2 if t == "double" else 3)
            i += 1
        elif t in DIGIT_WORDS:
            out += DIGIT_WORDS[t]
        else:
            return ""  # not a pure digit reading
        i += 1
    return out


def phone_ok(text: str) -> bool:
    digits = re.sub(r"[^\d+]", "", text) if re.search(r"\d", text) else spoken_digits(text)
    if text.strip().startswith("+") or digits.startswith("+"):
        digits = digits.lstrip("+")
        if not digits.startswith("44"):
            return False
        digits = "0" + digits[2:]
    digits = digits.replace("+", "")
    if len(digits) != 11:
        return False
    return any(digits.startswith(p) and lo <= int(digits[8:]) <= hi for p, lo, hi in DRAMA)


def nhs_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_digits(text)
    if len(d) != 10 or not d.startswith("999"):
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
    check = 0 if r == 11 else r
    return check != 10 and check == int(d[9])


def word_count(fname: str, lines: list[str]) -> tuple[int, int]:
    """(spoken/content words, raw words)."""
    raw = sum(len(l.split()) for l in lines)
    if fname.endswith(".vtt"):
        spoken = [re.sub(r"<v [^>]*>", "", l) for l in lines
                  if l and not TIMING.match(l) and l != "WEBVTT" and not l.startswith("NOTE")]
        return sum(len(l.split()) for l in spoken), raw
    return raw, raw


def main() -> int:
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["file", "line", "kind", "text"]:
            err(f"bad header {reader.fieldnames}")
        rows = list(reader)

    texts = {f: read_lines(f) for f in FILES}

    # 1. SYNTHETIC line / format
    for f, lines in texts.items():
        if f.endswith(".vtt"):
            if lines[0] != "WEBVTT":
                err(f"{f}: first line not WEBVTT")
            notes = [l for l in lines if l.startswith("NOTE")]
            if not notes or notes[0] != "NOTE " + SYN:
                err(f"{f}: NOTE SYNTHETIC line missing")
            for i, l in enumerate(lines, 1):
                if "-->" in l and not TIMING.match(l):
                    err(f"{f}:{i}: bad timing line")
                if l.startswith("<v") and not re.match(r"^<v [^>]+>\S", l):
                    err(f"{f}:{i}: bad voice tag")
            voices = {m for l in lines for m in re.findall(r"<v ([^>]+)>", l)}
            display = voices - SPEAKERS
            if not (2 <= len(display) <= 3):
                err(f"{f}: expected 2-3 display-name voices, got {display}")
            if not any(v == v.lower() and " " in v for v in display):
                err(f"{f}: no all-lower-case display name")
            if not any(" " not in v for v in display):
                err(f"{f}: no first-name-only display name")
        elif lines[0] != SYN:
            err(f"{f}: first line/paragraph is not the SYNTHETIC line")

    by_file: dict[str, list[dict]] = {f: [] for f in FILES}
    for r in rows:
        if r["file"] not in by_file:
            err(f"unknown file {r['file']}")
            continue
        if r["kind"] not in KINDS:
            err(f"unknown kind {r['kind']}")
        if r["text"] in SPEAKERS:
            err(f"speaker label labelled: {r}")
        by_file[r["file"]].append(r)

    for f, frows in by_file.items():
        lines = texts[f]
        # 2. text on its line
        for r in frows:
            ln = int(r["line"])
            if not (1 <= ln <= len(lines)) or not ww(r["text"]).search(lines[ln - 1]):
                err(f"{f}:{ln}: {r['text']!r} not on its line")
        # 3. every whole-word case-sensitive occurrence <-> rows
        labelled = {r["text"] for r in frows}
        kinds_of = {}
        for r in frows:
            kinds_of.setdefault(r["text"], set()).add(r["kind"])
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{f}: {t!r} has several kinds {ks}")
        expected = Counter()
        for t in labelled:
            pat = ww(t)
            for i, l in enumerate(lines, 1):
                expected[(i, t)] += len(pat.findall(l))
        got = Counter((int(r["line"]), r["text"]) for r in frows)
        expected = +expected
        if expected != got:
            for k in (expected - got):
                err(f"{f}:{k[0]}: unlabelled occurrence of {k[1]!r}")
            for k in (got - expected):
                err(f"{f}:{k[0]}: row without occurrence {k[1]!r}")
        # 4. no labelled text inside another
        for a in labelled:
            for b in labelled:
                if a != b and ww(a).search(b):
                    err(f"{f}: labelled {a!r} occurs inside labelled {b!r}")
                if a != b and ww(a.lower()).search(b.lower()):
                    print(f"  warning {f}: {a!r} inside {b!r} ignoring case")
        # 5-7. value checks
        for r in frows:
            k, t = r["kind"], r["text"]
            if k == "phone" and not phone_ok(t):
                err(f"{f}: phone {t!r} not in Ofcom drama ranges")
            if k == "nhs_number" and not nhs_ok(t):
                err(f"{f}: NHS number {t!r} fails 999/modulus-11 check")
            if k == "ni_number":
                c = re.sub(r"\s", "", t).upper()
                if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) or c[:2] not in NI_PREFIXES:
                    err(f"{f}: NI number {t!r} not a never-issued prefix")
            if k == "email":
                flat = t.lower().replace(" dot ", ".").replace(" at ", "@")
                if not re.fullmatch(r"[\w.]+@example\.(org|com|net)", flat):
                    err(f"{f}: email {t!r} not at example domain")
            if k == "url":
                host = re.sub(r"^https?://", "", t).split("/")[0].removeprefix("www.")
                if not (re.search(r"(^|\.)example\.(org|com|net)$", host) or host in SOCIAL):
                    err(f"{f}: url {t!r} not example/social domain")
            if k == "postcode" and not re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}", t):
                err(f"{f}: postcode {t!r} bad format")
            if k == "car_registration" and not re.fullmatch(r"[A-Za-z]{2}\d{2} ?[A-Za-z]{3}", t):
                err(f"{f}: car registration {t!r} bad format")
            if k == "street_address" and not re.match(r"(?i)(flat \d+\w?, )?\d+\w? ", t):
                err(f"{f}: street address {t!r} does not start at a (flat/)house number")
        # 9. word counts
        spoken, raw = word_count(f, lines)
        if not (700 <= spoken <= 1000 and raw <= 1000):
            err(f"{f}: word count {spoken} (raw {raw}) outside 700-1000")
        print(f"{f}: {len(frows)} rows, {spoken} words (raw {raw})")
        # 10a. sweep: identifier-shaped strings must sit inside a labelled span
        covered = [(i, m.start(), m.end()) for t in labelled for i, l in enumerate(lines, 1)
                   for m in ww(t).finditer(l)]
        for i, l in enumerate(lines, 1):
            if f.endswith(".vtt") and TIMING.match(l):
                continue
            for m in SWEEP.finditer(l):
                if m.group(0) in SWEEP_OK:
                    continue
                if not any(i == j and s2 <= m.start() and m.end() <= e2 for j, s2, e2 in covered):
                    err(f"{f}:{i}: identifier-shaped {m.group(0)!r} not labelled")
        # 10. tricky strings present and unlabelled
        spans = {(i, m.start(), m.end()) for t in labelled for i, l in enumerate(lines, 1)
                 for m in ww(t).finditer(l)}
        for t in TRICKY.get(f, []):
            hits = [(i, m.start(), m.end()) for i, l in enumerate(lines, 1) for m in ww(t).finditer(l)]
            if not hits:
                err(f"{f}: tricky {t!r} not present")
            if t in labelled:
                err(f"{f}: tricky {t!r} is labelled")
            for i, s, e in hits:
                if any(i == j and s < e2 and s2 < e for j, s2, e2 in spans):
                    err(f"{f}:{i}: tricky {t!r} overlaps a labelled span")

    # 8. minimums
    counts = Counter(r["kind"] for r in rows)
    for k, m in MINIMUMS.items():
        if counts[k] < m:
            err(f"kind {k}: {counts[k]} < minimum {m}")
    n_tricky = sum(len(v) for v in TRICKY.values())
    if n_tricky < MIN_TRICKY:
        err(f"only {n_tricky} tricky strings")
    print("counts:", {k: counts[k] for k in KINDS}, "total", len(rows), "tricky", n_tricky)

    for e in errors:
        print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
