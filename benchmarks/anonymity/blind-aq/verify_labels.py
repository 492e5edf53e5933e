"""Verify the blind-aq anonymity benchmark set.

Run from inside this folder:  python verify_labels.py
Checks
  * every transcript opens with the SYNTHETIC line and has 700-1000 words;
  * labels.csv: header, kinds, one kind per text per file, names are single words,
    no label text contained in another label text of the same file (case-insensitive),
    every row's text occurs on its line, and EVERY whole-word case-sensitive
    occurrence of a label text in its file has exactly one row;
  * safe values: Ofcom drama phone ranges, example.* e-mails/URLs, NHS numbers
    starting 999 with a valid modulus-11 check digit, QQ/ZZ NI numbers, postcodes with
    a real outward code and a C/I/K/M/O/V inward part, registrations with I or Q in the
    last three letters, parseable dates of birth;
  * tricky.csv: >= 60 look-alikes that occur in their file and are not labelled;
  * a sweep for unlabelled identifier-like strings (e-mails, URLs, handles, long digit
    runs, spoken digit runs, postcodes, NI numbers, registrations, dates, spoken dates,
    words after titles, speaker labels, capitalised words not on the allow-list);
  * README first lines, and no absolute machine paths in scripts/README.
Prints PASS when everything holds, otherwise FAIL with the problems.
"""
import csv
import datetime
import re
import sys
from collections import Counter

from docx import Document

FILES = [
    "01_teams_breadfruit_circle.txt",
    "02_grant_panel_minutes.docx",
    "03_whatsapp_queerfolk_exe.txt",
    "04_even_keel_captions.vtt",
    "05_surf_fieldnotes.txt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_FIRST = ("This set is synthetic: every person, number, address, employer, venue, "
                "school and street in it is invented.")
DRAMA_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real outward codes (South West) that the planted postcodes may use
REAL_OUTWARD = {"BS1", "BS2", "BS3", "BS5", "BS6", "BA1", "BA2", "SN1", "SN2", "SN3", "TA1",
                "TA2", "PL1", "PL4", "EX1", "EX2", "EX4", "EX17", "GL50", "GL51", "GL52",
                "TQ7"}
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Prof|Sister|Brother|Auntie|Uncle|Nurse)"
ROLE_VOICES = {"Caretaker", "Facilitator"}

# Capitalised words that are NOT identifiers (sentence starts, ordinary words, acronyms,
# public names). Anything capitalised, outside a label and not listed here, fails the sweep.
ALLOW = set("""
A About Action ACTION Agreed Ah Also Another Any Applicant Application Apologies Approved
April Arrival At Attendance Back Bantham Being Between BSW But By Can CART Caretaker Chair
Cheltenham Christmas Circle Check Clarendon Cllr Commissioning Community Consent CPN
Crisis Current Date Decision Declarations Dr Even Every Everyone Estimated FIELD Facilitation
Fiesta First FN For Forwarded Foundation Fry Get Got GP Ground Here He His Honestly I ICB
Instagram In It It's Its Jamaica January Jobcentre Kind Language Last Lead Let Let's LCF
Live London Love Many Marlborough Me Meeting Members Mental Methodist Minutes MINUTES
Morning My National New Newsletter NHS NI NON NOTE Name No Nobody Noted Nothing O OK
Oh On One Organisation Our Out Owner Panel Participant People PDF PHQ PIP Practical
Present Quotes Raise Recorded Recording Redact Reflections Researcher Review Ridgeway
Right Room Rule Safety Samaritans Sat Saturday Second See Several Share She SHOUT Since
Site So Some Somebody Someone Speakers Southampton South Hams Stephen Sun Sunday Sunny
Surfline SWIM SYNTHETIC TA Tea Teams Tension Texts That That's The These They This THIS
Three THURSDAY Tuesday TRANS TRANSCRIPT TU ETH REEF Two Vote Walk We We're We've WEBVTT
WEMWBS Welcome What WhatsApp When Where Who Whoever Windrush Word Worth Write Written You
Your Grants Small Health Panel Insurance Officer Agreed Attendance Business Decision Date
Action Any Approved Present Elected Chair Clinical Role Ridgeway Swindon Marlborough
Switchboard Exe NIGHT Friday DM ILY DOB PhD Nearest Lead Hub Mr Miss Mrs Ms And Is Please
To Those If March May September Messages NON-BINARY NOT Usual Maybe Timekeeper Everybody
Peer Ten Born ONE-WORD CHECK-OUT Anonymised NOTES Check-in Later After Flag Recurring
""".split())


def units(path):
    """(line_number, text) units: physical lines; docx paragraphs then table rows."""
    if path.endswith(".docx"):
        doc = Document(path)
        out = [(i, p.text) for i, p in enumerate(doc.paragraphs, 1)]
        for t in doc.tables:
            for i, row in enumerate(t.rows, 1):
                out.append((i, "\t".join(c.text for c in row.cells)))
        return out
    with open(path, encoding="utf-8") as f:
        return list(enumerate(f.read().split("\n"), 1))


def wpat(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


NUMW = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
        "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9"}


def digits_of(s):
    """Digits of a written or spoken number ('double oh' etc.)."""
    if not re.search(r"[a-z]", s, re.I):
        return re.sub(r"\D", "", s)
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            out += NUMW[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
        elif t in NUMW:
            out += NUMW[t]
            i += 1
        elif t.isdigit():
            out += t
            i += 1
        else:
            raise ValueError("not a number word: " + t)
    return out


def phone_ok(s):
    d = digits_of(s)
    if s.strip().startswith("+44") or (len(d) == 12 and d.startswith("44")):
        d = "0" + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p in DRAMA_PREFIXES), d


def nhs_ok(s):
    d = digits_of(s)
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def email_ok(s):
    e = s
    if " at " in s:
        e = re.sub(r"\s+dot\s+", ".", s)
        e = re.sub(r"\s+at\s+", "@", e).replace(" ", "")
    return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e) is not None


def url_ok(s):
    u = re.sub(r"^https?://", "", s)
    host = u.split("/")[0].lower()
    host = host[4:] if host.startswith("www.") else host
    return host in ("example.org", "example.com", "example.net")


def postcode_ok(s):
    p = re.sub(r"\s+", "", s.upper())
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2)[1:])


def car_ok(s):
    p = re.sub(r"\s+", "", s.upper())
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", p) is not None and any(c in "IQ" for c in p[-3:])


def ni_ok(s):
    return re.fullmatch(r"(QQ|ZZ) ?\d{2} ?\d{2} ?\d{2} ?[A-D]", s) is not None


ORD = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), 1)}
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1):
    ORD["twenty-" + _w] = 20 + _i
ORD["thirtieth"], ORD["thirty-first"] = 30, 31
MONTHS = {m: i for i, m in enumerate("january february march april may june july august "
                                     "september october november december".split(), 1)}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
UNITS = {w: int(NUMW[w]) for w in NUMW if w not in ("oh", "o", "zero", "nought")}


def dob_ok(s):
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 1900 if y < 100 else y
    else:
        m = re.fullmatch(r"([\w-]+) of (?:the )?([\w-]+),? ([\w-]+)", s.lower())
        if not m or m.group(1) not in ORD:
            return False
        d = ORD[m.group(1)]
        mo = MONTHS.get(m.group(2)) or ORD.get(m.group(2))
        parts = m.group(3).split("-")
        if parts[0] not in TENS or (len(parts) > 1 and parts[1] not in UNITS):
            return False
        y = 1900 + TENS[parts[0]] + (UNITS[parts[1]] if len(parts) > 1 else 0)
    try:
        dt = datetime.date(y, mo, d)
    except (TypeError, ValueError):
        return False
    return datetime.date(1920, 1, 1) <= dt <= datetime.date(2008, 1, 1)


def main():
    errs = []
    err = errs.append

    # ---- files, first line, word counts
    texts, words = {}, {}
    for fn in FILES:
        try:
            us = units(fn)
        except FileNotFoundError:
            err(f"missing file {fn} (run from inside the folder)")
            continue
        texts[fn] = us
        if fn.endswith(".vtt"):
            import webvtt
            cues = webvtt.read(fn)
            if cues[0].text.strip() != SYNTH:
                err(f"{fn}: first cue is not the SYNTHETIC line")
            if us[0][1].strip() != "WEBVTT":
                err(f"{fn}: not a WEBVTT file")
        elif us[0][1].strip() != SYNTH:
            err(f"{fn}: first line/paragraph is not the SYNTHETIC line")
        n = sum(len(t.split()) for _, t in us)
        words[fn] = n
        if not 700 <= n <= 1000:
            err(f"{fn}: {n} words, outside 700-1000")
    if errs:
        return report(errs)

    # ---- labels.csv
    with open("labels.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        err("labels.csv header wrong: %r" % header)
    kind_of, by_file = {}, {fn: set() for fn in FILES}
    row_counter = Counter()
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}")
            continue
        fn, line, kind, text = r
        if fn not in FILES:
            err(f"unknown file {fn}")
            continue
        if kind not in KINDS:
            err(f"unknown kind {kind} in {r}")
        if not line.isdigit():
            err(f"bad line in {r}")
            continue
        if kind_of.setdefault((fn, text), kind) != kind:
            err(f"{fn}: {text!r} has two kinds")
        by_file[fn].add(text)
        row_counter[(fn, int(line), text)] += 1
        if text != text.strip() or not text:
            err(f"{fn}: label with outer spaces {text!r}")
        if kind == "name":
            if re.search(r"\s", text):
                err(f"{fn}: name not a single word {text!r}")
            if re.search(r"['’]s$", text):
                err(f"{fn}: possessive left in {text!r}")
            if re.fullmatch(TITLES + r"\.?", text):
                err(f"{fn}: title labelled as name {text!r}")
            if re.fullmatch(r"[A-Z]\.?", text):
                err(f"{fn}: single initial labelled {text!r}")
        ok = True
        if kind == "phone":
            ok = phone_ok(text)[0]
        elif kind == "nhs_number":
            ok = nhs_ok(text)
        elif kind == "email":
            ok = email_ok(text)
        elif kind == "url":
            ok = url_ok(text)
        elif kind == "postcode":
            ok = postcode_ok(text)
        elif kind == "car_registration":
            ok = car_ok(text)
        elif kind == "ni_number":
            ok = ni_ok(text)
        elif kind == "date_of_birth":
            ok = dob_ok(text)
        elif kind == "handle":
            ok = re.fullmatch(r"@[A-Za-z0-9_.]+", text) is not None and "example" not in text
        elif kind == "street_address":
            ok = re.search(r"\b(Road|Lane|Row|Street|Cottages|Way|Close|Avenue|Terrace)\b", text) is not None
        if not ok:
            err(f"{fn}: unsafe or malformed {kind} {text!r}")

    # containment (case-insensitive) within a file
    for fn, ts in by_file.items():
        low = sorted(ts, key=len)
        for i, a in enumerate(low):
            for b in low[i + 1:]:
                if a.lower() in b.lower():
                    err(f"{fn}: label {a!r} is contained in label {b!r}")
        for a in ts:
            for b in ts:
                if a != b and a.lower() == b.lower():
                    err(f"{fn}: labels {a!r} and {b!r} differ only in case")

    # every occurrence labelled, every row an occurrence
    occ = Counter()
    spans = {}  # (fn, unit index) -> list of (start, end)
    for fn in FILES:
        for ui, (ln, u) in enumerate(texts[fn]):
            for t in by_file[fn]:
                for m in wpat(t).finditer(u):
                    occ[(fn, ln, t)] += 1
                    spans.setdefault((fn, ui), []).append((m.start(), m.end()))
    for k in set(occ) | set(row_counter):
        if occ[k] != row_counter[k]:
            err(f"{k[0]} line {k[1]}: {k[2]!r} occurs {occ[k]}x but has {row_counter[k]} rows")

    # ---- tricky.csv
    with open("tricky.csv", encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        err("tricky.csv header wrong")
    if len(trows) < 60:
        err(f"tricky.csv has only {len(trows)} rows")
    tricky_by_file = {fn: set() for fn in FILES}
    for r in trows:
        fn, text, why = r
        if fn not in FILES:
            err(f"tricky: unknown file {fn}")
            continue
        tricky_by_file[fn].add(text)
        if text in by_file[fn]:
            err(f"tricky {text!r} is also a label in {fn}")
        free = False
        found = False
        for ui, (ln, u) in enumerate(texts[fn]):
            for m in wpat(text).finditer(u):
                found = True
                if not any(s < m.end() and m.start() < e for s, e in spans.get((fn, ui), [])):
                    free = True
        if not found:
            err(f"tricky {text!r} not found in {fn}")
        elif not free:
            err(f"tricky {text!r} only occurs inside labels in {fn}")

    # ---- sweep
    sweeps = [
        ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
        ("spoken email", re.compile(r"\b\w+(?: dot \w+)* at \w+ dot (?:org|com|net|co dot uk)\b", re.I)),
        ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|uk)/\S*")),
        ("handle", re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")),
        ("digits", re.compile(r"\+?\d[\d \-]{6,}\d")),
        ("spoken digits", re.compile(
            r"\b(?:(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)"
            r"[ ,]+){4,}(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
        ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)),
        ("ni", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")),
        ("registration", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b", re.I)),
        ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
        ("spoken date", re.compile(
            r"\b(?:" + "|".join(sorted(ORD, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"
            r" of (?:the )?\w+", re.I)),
        ("after title", re.compile(r"\b" + TITLES + r"\.? ([A-Z][\w’'-]*\.?)")),
        ("street", re.compile(r"\b\d+[A-Za-z]?,? (?:[A-Z][\w’'-]* ){1,3}(?:Road|Street|Lane|Row|Way|"
                              r"Close|Avenue|Terrace|Cottages|Place|Drive|Crescent|Hill|Mews)\b")),
    ]
    wa_prefix = re.compile(r"^\[\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d\] ([^:]+): ")
    vtt_timing = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}")
    teams_ts = re.compile(r"^\d+:\d\d:\d\d$")

    for fn in FILES:
        us = texts[fn]
        for ui, (ln, u) in enumerate(us):
            cov = spans.get((fn, ui), [])
            tcov = []
            for t in tricky_by_file[fn]:
                tcov += [(m.start(), m.end()) for m in wpat(t).finditer(u)]

            def covered(a, b, allow_tricky=True):
                if any(s <= a and b <= e for s, e in cov):
                    return True
                if allow_tricky and any(s <= a and b <= e for s, e in tcov):
                    return True
                return False

            skip_to = 0
            if fn.endswith(".vtt") and vtt_timing.match(u):
                continue
            if fn.startswith("03_"):
                m = wa_prefix.match(u)
                if m:
                    skip_to = m.start(1)
                    sender = m.group(1)
                    for w in re.finditer(r"[^\W\d_][\w’'-]*|\+[\d ]+\d", sender):
                        if len(w.group()) > 1 and not covered(w.start() + m.start(1), w.end() + m.start(1), False):
                            err(f"{fn}:{ln}: sender word {w.group()!r} not labelled")
            if teams_ts.match(u) or (fn.startswith("01_") and ui + 1 < len(us) and teams_ts.match(us[ui + 1][1])):
                if not teams_ts.match(u):
                    for w in re.finditer(r"[^\W_][\w’'-]*(?:\s\d+)*", u):
                        if not covered(w.start(), w.end(), False):
                            err(f"{fn}:{ln}: speaker label part {w.group()!r} not labelled")
                continue
            if fn.startswith("01_") and "transcription" in u:
                name = u.split("   ")[0]
                for w in re.finditer(r"\w+", name):
                    if not covered(w.start(), w.end(), False):
                        err(f"{fn}:{ln}: transcription-event name {w.group()!r} not labelled")
            for vm in re.finditer(r"<v(?:\.[\w.]+)? ([^>]+)>", u):
                v = vm.group(1)
                if v not in ROLE_VOICES and not covered(vm.start(1), vm.end(1), False):
                    err(f"{fn}:{ln}: voice {v!r} not labelled")
            for name, rx in sweeps:
                for m in rx.finditer(u):
                    a, b = (m.start(1), m.end(1)) if m.lastindex else (m.start(), m.end())
                    if a < skip_to:
                        continue
                    if name == "after title" and re.fullmatch(r"[A-Z]\.", m.group(1)):
                        continue
                    if name == "digits" and len(re.sub(r"\D", "", m.group())) < 9:
                        continue
                    if name == "handle" and covered(a + 1, b):
                        continue  # e.g. a WhatsApp @mention of a labelled phone number
                    if not covered(a, b):
                        # partial overlap with a label is fine for greedy patterns
                        if name in ("digits", "url", "spoken digits") and any(
                                s < b and a < e for s, e in cov):
                            continue
                        err(f"{fn}:{ln}: unlabelled {name}: {u[a:b]!r}")
            # capitalised words outside labels and tricky texts
            for m in re.finditer(r"(?<![\w’'])[^\W\d_][\w’'-]*", u):
                w = m.group()
                if m.start() < skip_to or not w[0].isupper():
                    continue
                base = re.sub(r"(['’]s|['’]re|['’]ve|['’]ll|['’]m|['’]d|n['’]t)$", "", w)
                if covered(m.start(), m.end()) or covered(m.start(), m.start() + len(base)):
                    continue
                if w in ALLOW or base in ALLOW or w.upper() == w and len(w) <= 6 and w in ALLOW:
                    continue
                err(f"{fn}:{ln}: capitalised word {w!r} neither labelled, tricky nor allowed")

    # ---- README and paths
    try:
        with open("README.md", encoding="utf-8") as f:
            rl = f.read().split("\n")
        if rl[0].strip() != README_FIRST:
            err("README.md first line wrong")
        if not rl[1].startswith("**Status:"):  # "NOT scored yet" until the set is scored, then its score
            err("README.md second line must be the status line")
    except FileNotFoundError:
        err("README.md missing")
    abs_rx = re.compile("(?<![\\w.])/" + "(?:wo" + "rk|ho" + "me|tmp|Users|root)/")
    for fn in ["README.md", "build_docx.py", "make_labels.py", "verify_labels.py"]:
        try:
            with open(fn, encoding="utf-8") as f:
                if abs_rx.search(f.read()):
                    err(f"{fn}: contains an absolute machine path")
        except FileNotFoundError:
            err(f"{fn} missing")

    # ---- summary
    kinds = Counter(kind_of[(r[0], r[3])] for r in rows if (r[0], r[3]) in kind_of)
    per_file = Counter(r[0] for r in rows)
    print("label rows:", len(rows))
    for fn in FILES:
        print(f"  {fn}: {per_file[fn]} rows, {words[fn]} words")
    print("per kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    print("tricky rows:", len(trows))
    return report(errs)


def report(errs):
    if errs:
        for e in errs:
            print("ERROR:", e)
        print(f"FAIL ({len(errs)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
