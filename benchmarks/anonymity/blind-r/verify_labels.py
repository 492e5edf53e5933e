"""Check labels.csv against the transcripts in this folder. Prints PASS or the problems.

Run from this folder with a Python that has python-docx installed:
    python verify_labels.py

Checks
  1. the first line of every file (first NOTE in .vtt, first paragraph in .docx)
     is exactly the SYNTHETIC line;
  2. labels.csv has the header file,line,kind,text, known files and kinds, and
     each row's text occurs as a whole word on its line;
  3. for every labelled text, its whole-word, case-sensitive occurrences in the
     file match the rows exactly, line by line (and each text has one kind);
  4. no label text is part of another label text in the same file
     (case-insensitive substring; two case variants of the same text, such
     as "Dex" and "dex", are the same identifier and allowed);
  5. every transcript has 700-1000 words;
  6. the tricky non-identifiers below are present, are not label texts, and
     occur at least once outside every labelled span;
  7. planted values are safe: drama-range phones, example domains, 999 NHS
     numbers with a valid check digit, never-issued NI prefixes, unissuable
     registrations, postcode-shaped postcodes, no pseudonym speaker labels;
  8. totals: 140-200 labelled rows, 60-80 tricky strings, and no absolute
     machine paths in any file of this folder.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYNTHETIC = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["r01.txt", "r02.vtt", "r03.docx", "r04.txt", "r05.txt"]
KINDS = {
    "name", "phone", "email", "postcode", "nhs_number", "ni_number",
    "street_address", "date_of_birth", "url", "handle", "car_registration",
    "place", "workplace",
}

# Deliberately unlabelled strings that a careless detector may flag.
TRICKY = {
    "r01.txt": [
        "will", "frank", "Samaritans", "116 123", "Mind", "Andy's Man Club",
        "WhatsApp", "Screwfix", "Carlisle", "Newcastle", "Member 2 said",
        "Thursday", "£4,500", "sertraline", "PTSD", "Christmas",
    ],
    "r02.vtt": [
        "hope", "Pride", "Mermaids", "Switchboard", "Shout", "85258", "Discord",
        "Glasgow", "Edinburgh", "17", "fluoxetine", "Saturday", "June",
        "iPad (2)", "Facilitator 2", "Instagram",
    ],
    "r03.docx": [
        "grace", "joy", "Windrush Day", "Carnival", "Age UK", "NHS 111", "999",
        "Leeds City Council", "Birmingham", "London", "metformin", "dementia",
        "£2", "83", "Elder 3 said", "Easter",
    ],
    "r04.txt": [
        "sunny", "dawn", "bill", "mark", "shout", "samaritans", "111",
        "calm harm", "tiktok", "stoke", "manchester", "sertraline", "bpd", "19",
        "2am", "m3 said",
    ],
    "r05.txt": [
        "rose", "dawn", "mark", "bill", "NHS 111", "PANDAS", "Home-Start",
        "Exeter", "Bristol", "postnatal depression", "postpartum psychosis",
        "sertraline", "67", "Easter", "Mum 2 said", "£3,000",
    ],
}

DRAMA_PHONE = re.compile(
    r"^(07700900\d{3}"
    r"|01632960\d{3}"
    r"|01(?:13|14|15|16|17|18|21|31|41|51|61)4960\d{3}"
    r"|01914980\d{3}"
    r"|02079460\d{3})$"
)
EXAMPLE_HOST = re.compile(r"(^|\.)example\.(org|com|net)$")
SOCIAL_PATH = re.compile(r"^(www\.)?(facebook|instagram)\.com/groups/[A-Za-z0-9_.]+$")
NEVER_ISSUED_NI = {"QQ", "ZZ", "NK", "TN", "BG", "GB", "KN", "NT"}
POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$", re.I)
CAR_REG = re.compile(r"^[A-Z]{2}\d{2}\s?([A-Z]{3})$", re.I)
SPEAKER = re.compile(
    r"^(Member|Facilitator|Commissioner|Elder|Mum|Dad|Peer|Health Visitor|m\d|f\d|comm)\b"
)
WORD_DIGITS = {
    "oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def read_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        import docx

        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def whole_word(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_count(name, lines):
    if name.endswith(".vtt"):
        lines = [
            l for l in lines
            if l.strip() != "WEBVTT" and not re.fullmatch(r"\d+", l.strip()) and "-->" not in l
        ]
    return sum(len(l.split()) for l in lines)


def phone_digits(text):
    words = re.findall(r"[a-z]+", text.lower())
    if words and all(w in WORD_DIGITS or w in ("double", "triple") for w in words):
        out, repeat = "", 1
        for w in words:
            if w == "double":
                repeat = 2
            elif w == "triple":
                repeat = 3
            else:
                out += WORD_DIGITS[w] * repeat
                repeat = 1
        return out
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+44"):
        digits = "0" + digits[2:]
    return digits


def nhs_ok(text):
    d = re.sub(r"\s", "", text)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def email_ok(text):
    t = text.strip()
    if "@" not in t:  # read aloud: "name at example dot org"
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
        t = t.replace(" ", "")
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)", t)
    return bool(m and EXAMPLE_HOST.search(m.group(1).lower()))


def url_ok(text):
    t = re.sub(r"^https?://", "", text.strip())
    host = t.split("/")[0].lower()
    return bool(EXAMPLE_HOST.search(host) or SOCIAL_PATH.match(t))


def safe_value_problem(kind, text):
    if kind == "phone" and not DRAMA_PHONE.match(phone_digits(text)):
        return "phone outside Ofcom drama ranges"
    if kind == "email" and not email_ok(text):
        return "email not at an example domain"
    if kind == "url" and not url_ok(text):
        return "url not at an example domain or made-up social path"
    if kind == "nhs_number" and not nhs_ok(text):
        return "NHS number not 999 with valid check digit"
    if kind == "ni_number":
        t = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t) or t[:2] not in NEVER_ISSUED_NI:
            return "NI number without a never-issued prefix"
    if kind == "postcode" and not POSTCODE.match(text.strip()):
        return "postcode not postcode-shaped"
    if kind == "car_registration":
        m = CAR_REG.match(text.strip())
        if not m or not set(m.group(1).upper()) & {"I", "Q"}:
            return "registration not current-format with an unissuable I/Q"
    if kind == "handle" and not re.fullmatch(r"@?[A-Za-z0-9_.]+", text):
        return "handle has odd characters"
    if SPEAKER.match(text):
        return "looks like a pseudonym speaker label"
    return None


def main():
    problems = []
    lines_of = {name: read_lines(name) for name in FILES}

    # 1. SYNTHETIC line
    for name, lines in lines_of.items():
        if name.endswith(".vtt"):
            if lines[0].strip() != "WEBVTT":
                problems.append(f"{name}: does not start with WEBVTT")
            note_at = next((i for i, l in enumerate(lines) if l.startswith("NOTE")), None)
            if note_at is None:
                problems.append(f"{name}: no NOTE block")
            else:
                first = lines[note_at][4:].strip()
                block = [first] if first else []
                j = note_at + 1
                while j < len(lines) and lines[j].strip():
                    block.append(lines[j])
                    j += 1
                if block != [SYNTHETIC]:
                    problems.append(f"{name}: first NOTE is not exactly the SYNTHETIC line")
        elif lines[0] != SYNTHETIC:
            problems.append(f"{name}: first line is not exactly the SYNTHETIC line")

    # 2. rows
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        raw = list(reader)
    if header != ["file", "line", "kind", "text"]:
        problems.append(f"labels.csv header is {header}")
    rows = []
    for n, r in enumerate(raw, 2):
        if len(r) != 4:
            problems.append(f"labels.csv row {n}: {len(r)} fields")
            continue
        name, line, kind, text = r
        if name not in lines_of:
            problems.append(f"row {n}: unknown file {name}")
            continue
        if kind not in KINDS:
            problems.append(f"row {n}: unknown kind {kind}")
        if not line.isdigit() or not 1 <= int(line) <= len(lines_of[name]):
            problems.append(f"row {n}: bad line {line}")
            continue
        if not whole_word(text).search(lines_of[name][int(line) - 1]):
            problems.append(f"row {n}: {text!r} not on {name} line {line}")
        rows.append((name, int(line), kind, text))

    # 3. occurrences match rows exactly
    by_file = defaultdict(lambda: defaultdict(Counter))
    kinds_of = defaultdict(set)
    for name, line, kind, text in rows:
        by_file[name][text][line] += 1
        kinds_of[(name, text)].add(kind)
    spans = defaultdict(lambda: defaultdict(list))
    for name, texts in by_file.items():
        for text, per_line in texts.items():
            found = Counter()
            for i, l in enumerate(lines_of[name], 1):
                for m in whole_word(text).finditer(l):
                    found[i] += 1
                    spans[name][i].append((m.start(), m.end()))
            if found != per_line:
                problems.append(
                    f"{name}: {text!r} occurs {dict(found)} but rows say {dict(per_line)}"
                )
            if len(kinds_of[(name, text)]) != 1:
                problems.append(f"{name}: {text!r} has kinds {kinds_of[(name, text)]}")

    # 4. no label inside another
    for name, texts in by_file.items():
        ts = list(texts)
        for a in ts:
            for b in ts:
                if a.lower() != b.lower() and a.lower() in b.lower():
                    problems.append(f"{name}: label {a!r} is inside label {b!r}")

    # 5. word counts
    counts = {}
    for name, lines in lines_of.items():
        counts[name] = word_count(name, lines)
        if not 700 <= counts[name] <= 1000:
            problems.append(f"{name}: {counts[name]} words, outside 700-1000")

    # 6. tricky strings
    n_tricky = 0
    for name, tricky in TRICKY.items():
        labelled = set(by_file[name])
        for t in tricky:
            n_tricky += 1
            if t in labelled:
                problems.append(f"{name}: tricky {t!r} is a label text")
                continue
            free = 0
            for i, l in enumerate(lines_of[name], 1):
                for m in whole_word(t).finditer(l):
                    if not any(m.start() < e and s < m.end() for s, e in spans[name][i]):
                        free += 1
            if free == 0:
                problems.append(f"{name}: tricky {t!r} missing or only inside labels")

    # 7. safe values
    for (name, text), ks in kinds_of.items():
        for k in ks:
            p = safe_value_problem(k, text)
            if p:
                problems.append(f"{name}: {text!r} ({k}): {p}")

    # 8. totals and paths
    if not 140 <= len(rows) <= 200:
        problems.append(f"{len(rows)} labelled rows, outside 140-200")
    if not 60 <= n_tricky <= 80:
        problems.append(f"{n_tricky} tricky strings, outside 60-80")
    roots = ["work", "home", "tmp", "Users", "mnt", "root"]
    path_pat = re.compile("|".join("/" + r + "/" for r in roots) + r"|[A-Za-z]:\\\\")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in {".txt", ".vtt", ".csv", ".md", ".py"}:
            if path_pat.search(f.read_text(encoding="utf-8")):
                problems.append(f"{f.name}: contains an absolute machine path")

    per_kind = Counter(k for _, _, k, _ in rows)
    print("rows per kind: " + ", ".join(f"{k} {per_kind[k]}" for k in sorted(per_kind)))
    print("rows per file: " + ", ".join(
        f"{n} {sum(1 for r in rows if r[0] == n)}" for n in FILES))
    print("words per file: " + ", ".join(f"{n} {c}" for n, c in counts.items()))
    print(f"total rows {len(rows)}, tricky strings {n_tricky}")
    if problems:
        print("FAIL")
        print("\n".join(problems))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
