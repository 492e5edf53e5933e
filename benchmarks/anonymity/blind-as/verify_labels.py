"""Verify the blind-as benchmark set. Run from inside this folder:

    python verify_labels.py

Checks: file presence and first-line marker, word counts, labels.csv rules (text at its line,
every whole-word case-sensitive occurrence labelled, one kind per text per file, no label text
contained in another, names single words), safe values per kind, totals, tricky.csv, README
header, relative paths only, and a sweep for unlabelled identifier-like strings.
Prints PASS (exit 0) or the list of problems (exit 1).
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    "01_crofters_fishers_conference_call.txt": "text",
    "02_gaelic_older_report.docx": "docx",
    "03_recovery_signal_export.txt": "text",
    "04_rural_women_captions.srt": "srt",
    "05_nhs_highland_oral_history.txt": "text",
}
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, school and "
             "street in it is invented.")
ROLE_LABELS = {"facilitator", "host", "caller", "member", "interviewer", "interviewee", "you",
               "q", "a", "f", "p", "chair", "speaker", "transcriber"}
SAFE_PHONE_PREFIXES = ("07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                       "01174960", "01214960", "01614960", "02896496", "02920180")
REAL_OUTWARD = {"IV1", "IV2", "IV3", "IV4", "IV12", "IV63", "PH33", "PH31", "PH49", "HS1",
                "HS2", "HS3", "HS5", "HS6", "KW1", "KW15", "KW16", "KW17", "TD1", "TD6", "TD7",
                "TD8", "TD9", "IV27", "IV40", "IV51"}

problems = []


def bad(msg):
    problems.append(msg)


# ----------------------------------------------------------------- reading files
def read_units(fname):
    """List of (line, text). docx: paragraphs numbered from 1, table rows by row number."""
    path = os.path.join(HERE, fname)
    if FILES[fname] == "docx":
        from docx import Document
        doc = Document(path)
        units = [(i, p.text) for i, p in enumerate(doc.paragraphs, 1)]
        for t in doc.tables:
            for r, row in enumerate(t.rows, 1):
                units.append((r, " | ".join(c.text for c in row.cells)))
        return units, doc
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    return list(enumerate(raw.split("\n"), 1)), raw


def by_line(units):
    d = defaultdict(list)
    for ln, tx in units:
        d[ln].append(tx)
    return {k: "\n".join(v) for k, v in d.items()}


def word_count(fname, units, extra):
    kind = FILES[fname]
    if kind == "text":
        return len(extra.split())
    if kind == "srt":
        n = 0
        for _ln, tx in units:
            s = tx.strip()
            if not s or s.isdigit() or "-->" in s:
                continue
            n += len(s.split())
        return n
    n = 0
    for _ln, tx in units:
        n += len(tx.replace(" | ", " ").split())
    return n


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ----------------------------------------------------------------- safe values
NUMWORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
            "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_norm(s):
    out, mult = [], 1
    for t in re.findall(r"\+|\d+|[^\W\d_]+", s):
        lt = t.lower()
        if lt in ("double", "treble", "triple"):
            mult = 2 if lt == "double" else 3
            continue
        if lt in NUMWORDS:
            out.append(NUMWORDS[lt] * mult)
        elif t.isdigit():
            out.append(t if mult == 1 else t[0] * mult + t[1:])
        elif t == "+":
            out.append("+")
        else:
            out.append(t.upper())
        mult = 1
    return "".join(out)


def mod11_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        r = 0
    return r != 10 and r == int(d[9])


def check_value(kind, text):
    """Return None if safe/plausible, else a reason."""
    if kind == "name":
        if re.search(r"\s", text):
            return "name must be a single word"
        if text.lower().strip(".") in ROLE_LABELS:
            return "role label labelled as name"
        if re.fullmatch(r"[A-Za-z]\.?", text):
            return "single initial labelled"
        if "." in text and not re.fullmatch(r"(?:[A-Z]\.){2,}", text):
            return "dotted name that is not initials"
        return None
    if kind == "phone":
        n = spoken_norm(text)
        digits = re.sub(r"\D", "", n)
        if n.startswith("+44"):
            digits = "0" + digits[2:]
        if len(digits) != 11 or not digits.startswith(SAFE_PHONE_PREFIXES):
            return f"phone not in Ofcom drama range ({digits})"
        return None
    if kind == "nhs_number":
        digits = re.sub(r"\D", "", spoken_norm(text))
        if len(digits) != 10 or not digits.startswith("999") or not mod11_ok(digits):
            return f"NHS/CHI number not 999-prefixed with valid check digit ({digits})"
        return None
    if kind == "ni_number":
        n = re.sub(r"[^A-Z0-9]", "", spoken_norm(text))
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n):
            return f"NI number not QQ/ZZ ({n})"
        return None
    if kind == "postcode":
        n = re.sub(r"[^A-Z0-9]", "", spoken_norm(text).upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", n)
        if not m:
            return f"postcode malformed ({n})"
        if m.group(1) not in REAL_OUTWARD:
            return f"outward code {m.group(1)} not in the real list"
        if not set(m.group(2)[1:]) & set("CIKMOV"):
            return f"inward {m.group(2)} lacks C/I/K/M/O/V"
        return None
    if kind == "car_registration":
        n = re.sub(r"[^A-Z0-9]", "", text.upper())
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", n) or not set(n[-3:]) & {"I", "Q"}:
            return f"registration not safe ({n})"
        return None
    if kind == "email":
        e = re.sub(r"\s+at\s+", "@", text.strip(), flags=re.I)
        e = re.sub(r"\s+dot\s+", ".", e, flags=re.I)
        e = e.replace(" ", "")
        m = re.fullmatch(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", e)
        if not m:
            return f"email malformed ({e})"
        dom = m.group(1).lower()
        if not any(dom == d or dom.endswith("." + d) for d in ("example.org", "example.com",
                                                                "example.net")):
            return f"email domain not example.* ({dom})"
        return None
    if kind == "url":
        u = re.sub(r"^https?://", "", text)
        host = re.split(r"[/?#]", u, 1)[0].lower()
        if not any(host == d or host.endswith("." + d) for d in ("example.org", "example.com",
                                                                  "example.net")):
            return f"url host not example.* ({host})"
        return None
    if kind == "handle":
        if not re.fullmatch(r"@[\w.]+", text):
            return "handle must look like @name"
        return None
    if kind == "date_of_birth":
        if not (re.search(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", text) or
                re.search(r"(January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\s+((19|20)\d\d|(nineteen|twenty|"
                          r"ninety|eighty|seventy|sixty|fifty|forty|thirty)\b)", text)):
            return "date of birth not recognisable"
        return None
    if kind == "street_address":
        if not re.match(r"\d+\s+\S+", text):
            return "street address without house number"
        return None
    return None


# ----------------------------------------------------------------- sweep patterns
SWEEPS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("spoken email", re.compile(r"\b\w[\w.]*\s+at\s+[\w-]+\s+dot\s+\w+", re.I)),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|scot)\b\S*")),
    ("handle", re.compile(r"(?<![\w.@])@[\w.]+")),
    ("digit run", re.compile(r"\+?\d(?:[ \u00a0]?\d){5,}")),
    ("spoken number", re.compile(
        r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)"
        r"[\s,]+){4,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)),
    ("NI number", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
    ("registration", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("numeric date", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")),
    ("19xx year", re.compile(r"\b19\d\d\b")),
    ("title + word", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Cllr)\.?\s+[A-Z][\w'-]+")),
]

# Capitalised words that are not identifiers (sentence starts, common words, role labels,
# public places/organisations). Anything capitalised, unlabelled and not in this list or in
# tricky.csv fails the sweep, so a missed name cannot slip through unnoticed.
ALLOW = set("""
A About Access Address Agreed All An And Anyway At Attachments Attended Aye But Can Caller
Callers Cheers Contact Conversation Date Dial-in End Evening Everybody Everybody's Exported
Former Good Ground Group Hello Hi Host I I'd I'll I'm I've If In Incident Interviewee
Interviewer It It's Line Love Map Maybe Me Mind My No Nobody Nobody's Not Notes Now Oh Okay On
Only Or Our Period Photos Prepared Proud Q Recorded Reference Reminder Right Roles Sad Same
Session She So Some Somebody Sometimes Sorry Start Summary Telephone Thank Thanks That That's
The There There's They This Transcribed Transport Type We Welcome What What's When Where Which
Who Who's Whoever Why Yes You You're Your
Always Anything Attendance Badly Bus Cake Children Commissioning Constantly Crofting Disappearing
Do Does Ever Everything Fair Freezing From Fund Get Getting Go Grazings Groups He Here How Is
Just Knitting Lambing Last Look Mutual Names Native Next Noted Numbers One Open Paid Peer-led
People Perhaps Phones Planning Queries See Sessions Setting Several Shared Tea Then Thirty-one
Transcript Two Visit Was Were Winter Word Year For First Dè Did
Monday Mondays Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December
Gaelic English Mr Mrs Ms Dr NI GP CHI ID H C Conference Mine's She'll Let's Don't Transcriber's
SYNTHETIC TRANSCRIPT CONFERENCE LINE HIGHLAND PEER VOICES ORAL HISTORY COLLECTION END OF RECORDING
""".split())


def main():
    os.chdir(HERE)
    # ---------------------------------------------------------- presence, marker, words
    units_of, full_of, words_of = {}, {}, {}
    for f in FILES:
        if not os.path.exists(f):
            bad(f"missing file {f}")
            continue
        units, extra = read_units(f)
        units_of[f] = units
        if FILES[f] == "text":
            if units[0][1] != SYN:
                bad(f"{f}: first line is not the synthetic marker")
        elif FILES[f] == "srt":
            if units[2][1] != SYN or units[0][1].strip() != "1":
                bad(f"{f}: first cue text is not the synthetic marker")
        else:
            if extra.paragraphs[0].text != SYN:
                bad(f"{f}: first paragraph is not the synthetic marker")
        wc = word_count(f, units, extra)
        words_of[f] = wc
        if not 700 <= wc <= 1000:
            bad(f"{f}: word count {wc} outside 700-1000")
        full_of[f] = by_line(units)
    if problems:
        finish()

    # ---------------------------------------------------------- labels.csv
    with open("labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        bad(f"labels.csv header is {header}")
    kind_of = {}
    texts_of = defaultdict(set)
    rowcount = Counter()
    for i, r in enumerate(rows, 2):
        if len(r) != 4:
            bad(f"labels.csv row {i}: {r}")
            continue
        f, ln, kind, text = r
        if f not in FILES:
            bad(f"labels.csv row {i}: unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"labels.csv row {i}: unknown kind {kind}")
        if not ln.isdigit():
            bad(f"labels.csv row {i}: line {ln!r}")
            continue
        if text != text.strip() or not text:
            bad(f"labels.csv row {i}: text has outer spaces / empty")
        if (f, text) in kind_of and kind_of[(f, text)] != kind:
            bad(f"{f}: {text!r} has two kinds")
        kind_of[(f, text)] = kind
        texts_of[f].add(text)
        rowcount[(f, int(ln), text)] += 1
        why = check_value(kind, text)
        if why:
            bad(f"{f}: {text!r} ({kind}): {why}")

    spans = defaultdict(list)  # (file, line) -> [(start, end)]
    for f, texts in texts_of.items():
        lines = full_of[f]
        for text in texts:
            rx = wre(text)
            for ln, tx in lines.items():
                occ = [m.span() for m in rx.finditer(tx)]
                spans[(f, ln)].extend(occ)
                if len(occ) != rowcount.get((f, ln, text), 0):
                    bad(f"{f}:{ln}: {text!r} occurs {len(occ)}x but has "
                        f"{rowcount.get((f, ln, text), 0)} label rows")
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} is contained in label {b!r}")
    for (f, ln, text), n in rowcount.items():
        if ln not in full_of[f]:
            bad(f"{f}: line {ln} does not exist")

    total = len(rows)
    kinds = Counter(r[2] for r in rows if len(r) == 4)
    if not 180 <= total <= 220:
        bad(f"total label rows {total} outside 180-220")
    if not 0.4 <= kinds["name"] / max(total, 1) <= 0.6:
        bad(f"names are {kinds['name']}/{total}, not about half")

    # ---------------------------------------------------------- docx metadata
    _u, doc = read_units("02_gaelic_older_report.docx")
    cp = doc.core_properties
    meta = " ".join(str(x or "") for x in (cp.author, cp.last_modified_by, cp.title,
                                            cp.comments, cp.subject, cp.keywords))
    for text in texts_of["02_gaelic_older_report.docx"]:
        if wre(text).search(meta):
            bad(f"docx metadata leaks label {text!r}")
    for sec in doc.sections:
        for part in (sec.header, sec.footer):
            if any(p.text.strip() for p in part.paragraphs):
                bad("docx header/footer has text not covered by paragraph numbering")

    # ---------------------------------------------------------- tricky.csv
    with open("tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        bad(f"tricky.csv header is {th}")
    if len(trows) < 60:
        bad(f"tricky.csv has only {len(trows)} rows")
    tricky_spans = defaultdict(list)
    seen = set()
    for i, r in enumerate(trows, 2):
        if len(r) != 3 or r[0] not in FILES or not r[1] or not r[2]:
            bad(f"tricky.csv row {i}: {r}")
            continue
        f, text, _why = r
        if (f, text) in seen:
            bad(f"tricky.csv row {i}: duplicate")
        seen.add((f, text))
        if text in texts_of[f]:
            bad(f"tricky.csv row {i}: {text!r} is a label text in {f}")
        found_free = False
        for ln, tx in full_of[f].items():
            for m in re.finditer(re.escape(text), tx):
                tricky_spans[(f, ln)].append(m.span())
                if not any(s < m.end() and m.start() < e for s, e in spans[(f, ln)]):
                    found_free = True
        if not found_free:
            bad(f"tricky.csv row {i}: {text!r} not found outside labels in {f}")

    # ---------------------------------------------------------- sweep
    def covered(f, ln, a, b):
        if any(s < b and a < e for s, e in spans[(f, ln)]):
            return True
        return any(s <= a and b <= e for s, e in tricky_spans[(f, ln)])

    for f, lines in full_of.items():
        for ln, tx in lines.items():
            if FILES[f] == "srt" and re.fullmatch(r"[\d:,\s>-]*", tx):
                continue  # cue numbers and timings
            for what, rx in SWEEPS:
                for m in rx.finditer(tx):
                    if not covered(f, ln, *m.span()):
                        bad(f"{f}:{ln}: unlabelled {what}: {m.group(0)!r}")
            for m in re.finditer(r"(?<![\w@/.+#=-])[^\W\d_][\w'’.-]*", tx):
                tok = m.group(0).rstrip(".'’-")
                if not tok[:1].isupper():
                    continue
                if covered(f, ln, m.start(), m.start() + len(tok)):
                    continue
                base = re.sub(r"['’]s$", "", tok)
                if tok in ALLOW or base in ALLOW:
                    continue
                if all(p in ALLOW for p in re.split(r"[-.]", base) if p):
                    continue
                bad(f"{f}:{ln}: capitalised word not labelled/allowed: {tok!r}")

    # ---------------------------------------------------------- README and paths
    if not os.path.exists("README.md"):
        bad("README.md missing")
    else:
        with open("README.md", encoding="utf-8") as fh:
            rl = fh.read().split("\n")
        if rl[0] != README_L1:
            bad("README.md first line wrong")
        if len(rl) < 2 or not rl[1].startswith("**Status:"):
            bad("README.md second line must start with **Status:")
        per_file = Counter(r[0] for r in rows if len(r) == 4)
        for f in FILES:
            row = [ln for ln in rl if ln.startswith(f"| `{f}`")]
            cells = [c.strip() for c in row[0].strip("|").split("|")] if row else []
            if len(cells) < 5 or cells[-2] != str(words_of.get(f)) or cells[-1] != str(per_file[f]):
                bad(f"README table row for {f} does not match words={words_of.get(f)} "
                    f"rows={per_file[f]}")
        for k, n in kinds.items():
            if f"| {k} | {n} |" not in rl:
                bad(f"README totals table lacks '| {k} | {n} |'")
        if f"| **total** | **{total}** |" not in rl:
            bad("README total row wrong")
    abs_rx = re.compile(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/|[A-Z]:\\\\")
    for fn in ("README.md", "build_docx.py", "make_labels.py", "verify_labels.py"):
        if os.path.exists(fn):
            with open(fn, encoding="utf-8") as fh:
                if abs_rx.search(fh.read()):
                    bad(f"{fn}: contains an absolute machine path")

    print(f"label rows: {total}; per kind: " +
          ", ".join(f"{k}={v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])))
    print(f"tricky rows: {len(trows)}")
    finish()


def finish():
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")
    sys.exit(0)


if __name__ == "__main__":
    main()
