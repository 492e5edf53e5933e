"""Checks the blind-al benchmark set and prints PASS or a list of problems.

Run: python verify_labels.py

Checks
  * every transcript opens with the SYNTHETIC line (first text line / first cue /
    first paragraph / first data row's text) and has 700-1000 words;
  * labels.csv: header, kinds, each text is on its line, one row per whole-word,
    case-sensitive occurrence ((?<!\\w)text(?!\\w)) of every labelled text in its
    file, one kind per text per file, no label text contained in another label
    text of the same file (case-insensitive, so case variants are also refused),
    names are single words and not role labels or single initials;
  * safe values: Ofcom drama phone ranges, example.org/.com/.net e-mail and URLs,
    999 NHS numbers with a valid modulus-11 check digit, QQ/ZZ NI numbers, real
    outward postcode + inward part containing C/I/K/M/O/V, car registrations with
    I or Q among the last three letters (spoken forms are normalised first);
  * cross-file: a labelled name/workplace/place text that turns up in another
    file is either labelled there too or listed in tricky.csv for that file;
  * tricky.csv: >= 60 rows, each really appears in its file outside any label
    span and contains no label text;
  * sweep: unlabelled phone-like digit runs, spoken digit runs, e-mails, URLs,
    @handles, postcodes, NI numbers, car registrations, dates and capitalised
    words that are not sentence-initial, not common words, not tricky look-alikes.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

FILES = {
    "01_gurkha_families_zoom.vtt": "vtt",
    "02_trans_peer_interview.odt": "odt",
    "03_young_mums_slack.txt": "txt",
    "04_recovery_cafe_survey.csv": "csv",
    "05_icb_panel_verbatim.txt": "txt",
}
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}

PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
REAL_OUTWARD = {"SO14", "SO15", "SO16", "SO17", "SO19", "SO31", "PO1", "PO4", "PO5", "PO6",
                "PO30", "PO33", "PO36", "BN1", "BN2", "BN3", "BN10", "TN34", "TN35", "TN37",
                "JE2", "JE3"}
ROLE_LABEL = re.compile(r"^(Facilitator|Host|Chair|Member \d+|P\d+|Q|A|R\d+|Respondent \d+)$")

NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
            "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
MULT = {"double": 2, "triple": 3, "treble": 3}

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- reading units
def odt_paragraphs(path):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(path)
    paras = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                paras.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
    return paras


def units(fname):
    """Return {unit number: text}. Lines for txt/vtt, paragraphs for odt, rows for csv."""
    path = os.path.join(HERE, fname)
    kind = FILES[fname]
    if kind in ("txt", "vtt"):
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        return {i: ln.rstrip("\r") for i, ln in enumerate(raw.split("\n"), 1)}
    if kind == "odt":
        return {i: p for i, p in enumerate(odt_paragraphs(path), 1)}
    if kind == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        return {i: "\t".join(r) for i, r in enumerate(rows, 1)}
    raise ValueError(kind)


def word_pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def word_count(fname, u):
    kind = FILES[fname]
    total = 0
    for n, t in u.items():
        if kind == "vtt":
            if t.strip() == "WEBVTT" or "-->" in t or re.fullmatch(r"\s*\d+\s*", t):
                continue
            t = re.sub(r"<[^>]*>", " ", t)
        total += len(re.findall(r"[^\W\d_][\w'’.@/-]*", t))
    return total


# ---------------------------------------------------------------- safe values
def spoken_to_digits(s):
    out = []
    toks = re.findall(r"[a-z]+|\d", s.lower())
    mult = 1
    for t in toks:
        if t in MULT:
            mult = MULT[t]
            continue
        if t.isdigit():
            d = t
        elif t in NUMWORDS:
            d = NUMWORDS[t]
        else:
            return None
        out.append(d * mult)
        mult = 1
    return "".join(out)


def spoken_address(s):
    t = " " + s.lower() + " "
    t = t.replace(" dot ", ".").replace(" at ", "@").replace(" slash ", "/")
    t = t.replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
    return t.strip().replace(" ", "")


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


EXAMPLE_HOST = re.compile(r"^(www\.)?example\.(org|com|net)$")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "baisakh|jestha|asar|shrawan|bhadra|asoj|kartik|mangsir|poush|magh|falgun|chaitra")


def check_value(kind, text):
    """Return an error string or None."""
    if kind == "phone":
        d = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_to_digits(text)
        if not d or len(d) != 11 or not any(d.startswith(p) for p in PHONE_PREFIXES):
            return f"phone not in an Ofcom drama range: {text!r} -> {d}"
    elif kind == "email":
        e = text if "@" in text else spoken_address(text)
        if not re.fullmatch(r"[\w.+-]+@(example\.(org|com|net))", e):
            return f"email not on example.*: {text!r} -> {e}"
    elif kind == "url":
        u = text if ("." in text and " " not in text) else spoken_address(text)
        host = re.sub(r"^https?://", "", u).split("/")[0]
        if not EXAMPLE_HOST.match(host):
            return f"url not on example.*: {text!r} -> {u}"
    elif kind == "nhs_number":
        d = re.sub(r"\D", "", text) if re.search(r"\d", text) else spoken_to_digits(text)
        if not d or not nhs_ok(d):
            return f"bad NHS number: {text!r} -> {d}"
    elif kind == "ni_number":
        n = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", n):
            return f"bad NI number: {text!r}"
    elif kind == "postcode":
        p = re.sub(r"\s", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", p)
        if not m or m.group(1) not in REAL_OUTWARD or not set(m.group(2)) & set("CIKMOV"):
            return f"postcode unsafe/invalid: {text!r}"
    elif kind == "car_registration":
        r = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r) or not set(r[-3:]) & {"I", "Q"}:
            return f"car registration unsafe: {text!r}"
    elif kind == "date_of_birth":
        t = text.lower()
        if not (re.fullmatch(r"\d{1,2}[./]\d{1,2}[./](\d{2}|\d{4})", t)
                or re.fullmatch(r"\d{1,2}(st|nd|rd|th)? (of )?(" + MONTHS + r"),? \d{4}", t)):
            return f"date of birth not parseable: {text!r}"
    elif kind == "street_address":
        if not re.fullmatch(r"\d+[a-z]? [A-Za-z' ]+ (road|lane|mews|terrace|walk|row|close|street|way|crescent)",
                            text, flags=re.I):
            return f"street address shape: {text!r}"
    elif kind == "handle":
        h = text if text.startswith("@") or " " not in text else spoken_address(text)
        if not re.fullmatch(r"@?[\w.]+", h):
            return f"handle shape: {text!r}"
    elif kind == "name":
        if re.search(r"\s", text):
            return f"name is not a single word: {text!r}"
        if ROLE_LABEL.match(text):
            return f"role label labelled as name: {text!r}"
        if re.fullmatch(r"[A-Z]\.?", text):
            return f"single initial labelled: {text!r}"
        if text.endswith("'s") or text.endswith("’s"):
            return f"possessive kept in name: {text!r}"
    return None


# ---------------------------------------------------------------- sweep helpers
SWEEP_PATTERNS = [
    ("digits", re.compile(r"(?<![\w/])\+?\d(?:[ \-]?\d){5,}(?!\w)")),
    ("spoken digits", re.compile(r"(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)[ ,]+){4,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("spoken email/url", re.compile(r"(?i)\b\w+ dot (?:org|com|net|co dot uk)\b")),
    ("url", re.compile(r"(?i)(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|uk)/\S*")),
    ("handle", re.compile(r"(?<![\w.])@[\w.]+")),
    ("postcode", re.compile(r"(?i)\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")),
    ("ni", re.compile(r"(?i)\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    ("car", re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")),
    ("date", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")),
]

# Capitalised words that are not identifiers in this set (sentence-initial words are
# skipped automatically). Anything capitalised, mid-sentence, not labelled, not here
# and not inside a tricky.csv look-alike makes the sweep fail.
COMMON = set("""
I I'm I'd I'll I've OK ON YOUR AT Okay Yes No Ha Hm Oh Oops
Room Host Namaste Welcome English Nepali Nepal Gurkha Hong Kong Zoom WhatsApp Facebook
Galaxy Redmi Note iPhone iPad GP ICB Mrs Mr Ms Mx Dr NHS Sunday Sundays Tihar Dashain
Sorry Thank Honestly Dhanyabad
Interview Transcript Key Timestamps Brighton Project Peer Support Groups Study South Coast
Location Interviewer Participant Pronouns Date Age Address Postcode Telephone Email GP
Group Time Role Referred Emergency Consent Transcribed Audio Flat Door Self-referral
NHS End Insta Auntie Thursday Tuesdays March Gender Identity Clinic Siân Name
Slack Workspace IOW Channel Exported GMT Tuesday Wednesday Thursday March Facilitator
Morning Reminder Hub HV Mrs Thanks PANDAS Samaritans Love Cafe AM PM DM NHS ON YOUR
Can Going Doing Sorted Gentle
Q1 Q2 Q3 R01 R03 R06 R07 R09 M T. NI DOB Christmas January Monday Wednesdays Wi-Fi
Universal Credit Jersey Berlingo Thursdays Tuesday Big AT FRANK Buvidal Bexhill English
INTEGRATED CARE BOARD PEER SUPPORT SMALL GRANTS PANEL ROUND DECISIONS Held Conference
Portsmouth Date Commenced Before Members Observer Applicant DR MS MR THE CHAIR Chair Lay
Member Commissioning Manager Clinical Lead Mental Health Community Services P R O C E D N G S
South Coast Isle Wight Southampton Brighton Hastings Second Third Fourth First PHQ-9
National Insurance Slack Sunday Pause Strike Queries CERTIFICATE Signed Dated Tel Ref Floor Ltd
Page F. A. C. R. H. M. Decisions Apologies Agreed Briefly Noted
SYNTHETIC TRANSCRIPT Prius Island January February April May June July August September October
November December A B C D E F G H J K L M N O P Q R S T U V W X Y Z
""".split())


def is_sentence_initial(text, start):
    raw = text[:start]
    if re.fullmatch(r"[\s\d]*", raw) or raw.endswith("\t"):
        return True          # line/cell start, or after a court margin number
    before = raw.rstrip()
    last = before[-1]
    if last in ".!?:>\"'“(-–—^|*":
        return True
    return not (last.isalnum() or last in ",;)&/")   # after an emoji or symbol


def main():
    units_by_file = {}
    full_text = {}
    for fname in FILES:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            fail(f"missing transcript {fname}")
            continue
        u = units(fname)
        units_by_file[fname] = u
        full_text[fname] = "\n".join(u.values())
        # opening line
        kind = FILES[fname]
        if kind == "txt" and u.get(1) != SYNTH:
            fail(f"{fname}: first line is not the SYNTHETIC line")
        if kind == "odt" and u.get(1) != SYNTH:
            fail(f"{fname}: first paragraph is not the SYNTHETIC line")
        if kind == "csv":
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            if rows[0] != ["speaker", "text"]:
                fail(f"{fname}: header is not speaker,text")
            if len(rows) < 2 or rows[1][1] != SYNTH:
                fail(f"{fname}: first data row's text is not the SYNTHETIC line")
            if any(len(r) != 2 for r in rows):
                fail(f"{fname}: a row does not have exactly 2 columns")
        if kind == "vtt":
            import webvtt
            caps = webvtt.read(path).captions
            if not caps or caps[0].text != SYNTH:
                fail(f"{fname}: first cue text is not the SYNTHETIC line")
        wc = word_count(fname, u)
        if not 700 <= wc <= 1000:
            fail(f"{fname}: {wc} words, outside 700-1000")

    # ---------------------------------------------------------- labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            fail(f"labels.csv header wrong: {header}")
        rows = [r for r in rd]
    labels = []
    for i, r in enumerate(rows, 2):
        if len(r) != 4:
            fail(f"labels.csv row {i}: {len(r)} fields")
            continue
        fname, line, kind, text = r
        if fname not in FILES:
            fail(f"labels.csv row {i}: unknown file {fname}")
            continue
        if kind not in KINDS:
            fail(f"labels.csv row {i}: unknown kind {kind}")
        if not line.isdigit():
            fail(f"labels.csv row {i}: line not an integer")
            continue
        if not text or text != text.strip():
            fail(f"labels.csv row {i}: empty or padded text {text!r}")
        labels.append((fname, int(line), kind, text))

    by_file_text_kind = defaultdict(set)
    row_count = Counter()
    for fname, line, kind, text in labels:
        by_file_text_kind[(fname, text)].add(kind)
        row_count[(fname, line, text)] += 1
        u = units_by_file.get(fname, {})
        if line not in u or not word_pattern(text).search(u[line]):
            fail(f"{fname}:{line}: label {text!r} not found (whole word) on that line")
        err = check_value(kind, text)
        if err:
            fail(f"{fname}:{line}: {err}")
    for (fname, text), kinds in by_file_text_kind.items():
        if len(kinds) > 1:
            fail(f"{fname}: {text!r} has several kinds {sorted(kinds)}")
    texts_by_file = defaultdict(set)
    for fname, line, kind, text in labels:
        texts_by_file[fname].add(text)
    # every occurrence labelled, exactly once
    for fname, texts in texts_by_file.items():
        u = units_by_file[fname]
        for text in texts:
            pat = word_pattern(text)
            for n, t in u.items():
                c = len(pat.findall(t))
                if c != row_count[(fname, n, text)]:
                    fail(f"{fname}:{n}: {text!r} occurs {c}x but has {row_count[(fname, n, text)]} rows")
    # containment
    for fname, texts in texts_by_file.items():
        tl = sorted(texts)
        for a in tl:
            for b in tl:
                if a != b and a.lower() in b.lower():
                    fail(f"{fname}: label {a!r} is contained in label {b!r} (case-insensitive)")

    # ---------------------------------------------------------- tricky.csv
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        theader = next(rd)
        trows = [r for r in rd]
    if theader != ["file", "text", "why"]:
        fail(f"tricky.csv header wrong: {theader}")
    if len(trows) < 60:
        fail(f"tricky.csv has {len(trows)} rows, need >= 60")
    tricky_by_file = defaultdict(list)
    seen_tricky = set()
    for i, r in enumerate(trows, 2):
        if len(r) != 3 or not r[2].strip():
            fail(f"tricky.csv row {i}: needs file,text,why")
            continue
        fname, text, why = r
        if fname not in FILES:
            fail(f"tricky.csv row {i}: unknown file {fname}")
            continue
        if (fname, text) in seen_tricky:
            fail(f"tricky.csv row {i}: duplicate {text!r}")
        seen_tricky.add((fname, text))
        tricky_by_file[fname].append(text)
        if text in texts_by_file[fname]:
            fail(f"tricky.csv row {i}: {text!r} is a label text in {fname}")
        for lt in texts_by_file[fname]:
            if word_pattern(lt).search(text):
                fail(f"tricky.csv row {i}: {text!r} contains label text {lt!r}")

    def label_spans(fname, t):
        spans = []
        for lt in texts_by_file[fname]:
            for m in word_pattern(lt).finditer(t):
                spans.append((m.start(), m.end()))
        return spans

    def tricky_spans(fname, t):
        spans = []
        for tt in tricky_by_file[fname]:
            for m in re.finditer(re.escape(tt), t):
                spans.append((m.start(), m.end()))
        return spans

    def overlaps(a, spans):
        return any(a[0] < s[1] and s[0] < a[1] for s in spans)

    for fname, tlist in tricky_by_file.items():
        u = units_by_file[fname]
        for tt in tlist:
            found_free = False
            for n, t in u.items():
                ls = label_spans(fname, t)
                for m in re.finditer(re.escape(tt), t):
                    if not overlaps((m.start(), m.end()), ls):
                        found_free = True
            if not found_free:
                fail(f"tricky.csv: {tt!r} does not appear (outside labels) in {fname}")

    # ---------------------------------------------------------- cross-file
    for fa, texts in texts_by_file.items():
        for text in texts:
            kinds = by_file_text_kind[(fa, text)]
            if not kinds & {"name", "place", "workplace"}:
                continue
            for fb in FILES:
                if fb == fa or text in texts_by_file[fb]:
                    continue
                if word_pattern(text).search(full_text.get(fb, "")) and text not in tricky_by_file[fb]:
                    fail(f"{fb}: contains {text!r} (a label in {fa}) unlabelled and not in tricky.csv")

    # ---------------------------------------------------------- sweep
    for fname, u in units_by_file.items():
        for n, t in u.items():
            if FILES[fname] == "vtt" and "-->" in t:
                continue
            ls = label_spans(fname, t)
            ts_ = tricky_spans(fname, t)
            for what, pat in SWEEP_PATTERNS:
                for m in pat.finditer(t):
                    span = (m.start(), m.end())
                    if not overlaps(span, ls) and not overlaps(span, ts_):
                        fail(f"sweep {fname}:{n}: unlabelled {what}: {m.group(0)!r}")
            for m in re.finditer(r"(?<![\w@.#/])[A-ZÀ-ÖØ-Þ][\w'’.-]*", t):
                w = m.group(0).rstrip(".'’-")
                span = (m.start(), m.end())
                if overlaps(span, ls) or overlaps(span, ts_):
                    continue
                if w in COMMON or w.rstrip("'s").rstrip("’s") in COMMON:
                    continue
                if is_sentence_initial(t, m.start()):
                    continue
                fail(f"sweep {fname}:{n}: unexplained capitalised word {w!r}")

    # ---------------------------------------------------------- totals
    kinds_total = Counter(k for _, _, k, _ in labels)
    total = len(labels)
    if not 180 <= total <= 220:
        fail(f"labels.csv has {total} rows, expected 180-220")
    if total and not 0.4 <= kinds_total["name"] / total <= 0.6:
        fail(f"names are {kinds_total['name']}/{total}, expected about half")
    for k in KINDS:
        if kinds_total[k] == 0:
            fail(f"no labels of kind {k}")

    # ---------------------------------------------------------- README
    rp = os.path.join(HERE, "README.md")
    if os.path.exists(rp):
        with open(rp, encoding="utf-8") as f:
            rl = f.read().split("\n")
        if rl[0] != "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.":
            fail("README.md first line wrong")
        if not any(line.startswith("**Status:") for line in rl[1:4]):  # "NOT scored yet", then its score
            fail("README.md status line missing")
    else:
        fail("README.md missing")

    print("words per file:", {f: word_count(f, u) for f, u in units_by_file.items()})
    print("label rows per file:", dict(Counter(f for f, *_ in labels)))
    print("label rows per kind:", dict(sorted(kinds_total.items())), "total", total)
    print("tricky rows:", len(trows))
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
