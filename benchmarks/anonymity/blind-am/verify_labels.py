"""Verify the blind-am benchmark set.  Run from inside this folder:

    python verify_labels.py          (needs python-docx and openpyxl)

Checks
  * every transcript exists, starts with the SYNTHETIC notice, has 700-1000 words
  * labels.csv: header, kinds, text present on its line, EVERY whole-word case-sensitive occurrence
    (?<!\\w)text(?!\\w) of a label text in its file has exactly one row, no label text contained in
    another label text of the same file (case-insensitive), one kind per text per file, name labels are
    single words without titles / possessive 's / single initials
  * safe values: Ofcom drama phone ranges, example.org/.com/.net e-mails and URLs, NHS numbers 999 +
    valid modulus-11, NI prefix QQ/ZZ, real outward postcode + inward part with C/I/K/M/O/V,
    car registrations with I or Q in the last three letters
  * totals: 180-220 label rows, names roughly half
  * tricky.csv: >= 60 rows, each text really occurs in its file and is not (part of) a label
  * sweep: identifier-shaped strings (e-mails, URLs, @handles, phone-like digit runs, postcodes,
    NI/NHS/car-reg shapes, dates, spoken digit strings, any token with 3+ digits, and every
    capitalised word) must be covered by a label, a tricky look-alike, or the reviewed allow-lists below
  * README.md first two lines; no absolute machine paths in the scripts or README
Prints PASS when everything holds, otherwise the problems and FAIL.
"""
import csv
import datetime
import os
import re
import sys

import docx
import openpyxl

NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_hull_football_wellbeing_focus_group_rev.txt",
    "02_bradford_polish_mothers_facilitator_diary.docx",
    "03_leeds_gp_social_prescribing_review_teams_chat.txt",
    "04_whitby_bereaved_by_suicide_radio_interview.txt",
    "05_sheffield_autistic_adults_signin_feedback.xlsx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960", "01174960",
                  "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (Yorkshire and the Humber)
REAL_OUTWARD = {"HU9", "BD13", "LS12", "YO21", "YO22", "S3", "S7", "S2", "S6", "S8", "S11", "S35", "DN4"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Sir"}

errors = []


def err(msg):
    errors.append(msg)


# --------------------------------------------------------------------------- reading
def units(path):
    if path.endswith(".docx"):
        d = docx.Document(path)
        return [(i, p.text) for i, p in enumerate(d.paragraphs, start=1)]
    if path.endswith(".xlsx"):
        ws = openpyxl.load_workbook(path).worksheets[0]
        out = []
        for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
            out.append((r_idx, "\t".join(str(v) for v in row if v is not None)))
        return out
    with open(path, encoding="utf-8") as fh:
        return [(i, line.rstrip("\n")) for i, line in enumerate(fh, start=1)]


def first_text(path, us):
    if path.endswith(".xlsx"):
        ws = openpyxl.load_workbook(path).worksheets[0]
        return str(ws.cell(row=1, column=1).value)
    for _, t in us:
        if t.strip():
            return t.strip()
    return ""


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# --------------------------------------------------------------------------- safe values
WORDNUM = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, mult = "", 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t.isdigit():
            out += t * mult
        elif t in WORDNUM:
            out += WORDNUM[t] * mult
        else:
            return None
        mult = 1
    return out


def check_phone(t):
    s = re.sub(r"\s*(ext|x)\.?\s*\d+$", "", t.strip())
    if re.search(r"\d", s):
        s = s.replace("(0)", "")
        d = re.sub(r"\D", "", s)
        if s.strip().startswith("+44"):
            d = "0" + d[2:]
    else:
        d = spoken_digits(s)
    if not d or len(d) != 11 or not any(d.startswith(p) for p in PHONE_PREFIXES):
        return "phone not in an Ofcom drama range: %r -> %r" % (t, d)


def check_email(t):
    s = t
    if "@" not in s:
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = s.replace(" ", "")
    m = re.fullmatch(r"[\w.+-]+@([\w.-]+)", s)
    if not m or not re.fullmatch(r"(.+\.)?example\.(org|com|net)", m.group(1)):
        return "email not on example.org/.com/.net: %r" % t


def check_url(t):
    host = re.sub(r"^https?://", "", t).split("/")[0]
    if not re.fullmatch(r"(.+\.)?example\.(org|com|net)", host):
        return "url not on example.org/.com/.net: %r" % t


def check_nhs(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or not d.startswith("999"):
        return "nhs number not 10 digits starting 999: %r" % t
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    if c == 10 or c != int(d[9]):
        return "nhs number bad check digit: %r" % t


def check_ni(t):
    s = t.replace(" ", "").upper()
    if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", s):
        return "NI number not QQ/ZZ: %r" % t


def check_postcode(t):
    s = re.sub(r"\s+", "", t.upper())
    out, inw = s[:-3], s[-3:]
    if out not in REAL_OUTWARD:
        return "postcode outward not in reviewed real list: %r" % t
    if not re.fullmatch(r"\d[A-Z]{2}", inw) or not set(inw[1:]) & set("CIKMOV"):
        return "postcode inward lacks C/I/K/M/O/V: %r" % t


def check_car(t):
    s = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) or not set(s[-3:]) & {"I", "Q"}:
        return "car registration not safe (needs I or Q in last three): %r" % t


MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")


def check_dob(t):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y"):
        try:
            datetime.datetime.strptime(t, fmt)
            return None
        except ValueError:
            pass
    low = t.lower()
    if re.search(r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))", low) \
            and re.search(r"(ty|teen|\d\d)", low):
        return None
    return "date of birth not recognisable: %r" % t


SAFE = {"phone": check_phone, "email": check_email, "url": check_url, "nhs_number": check_nhs,
        "ni_number": check_ni, "postcode": check_postcode, "car_registration": check_car,
        "date_of_birth": check_dob}

# --------------------------------------------------------------------------- sweep patterns
NUMWORD = (r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|double|triple|twenty|"
           r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point)")
SWEEP = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|io|co)\b(?:/\S*)?")),
    ("spoken email", re.compile(r"\w+\s+at\s+\w+\s+dot\s+\w+", re.I)),
    ("handle", re.compile(r"(?<![\w.])@[A-Za-z0-9_.]+")),
    ("handle-like", re.compile(r"\b[a-z]+_[a-z0-9_]+\b")),
    ("phone", re.compile(r"(?:\+44\s?|(?<!\d)0)\d[\d ]{8,12}\d")),
    ("postcode", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
    ("ni", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
    ("car reg", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")),
    ("date", re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
    ("date words", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:%s)\b\.?(?:\s+\d{2,4})?" % MONTHS, re.I)),
    ("spoken digits", re.compile(r"\b%s(?:[\s,-]+%s){3,}\b" % (NUMWORD, NUMWORD), re.I)),
    ("spoken date", re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                               r"\d{1,2}(?:st|nd|rd|th))\s+of\s+\w+", re.I)),
    ("3+ digits", re.compile(r"[\w@./:+\u00a3-]*\d[\w@./:+\u00a3-]*")),
]
TIME_RE = re.compile(r"^\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[.,]?$")

# Reviewed allow-lists: numbers and capitalised words that are not identifiers (checked by hand).
NUMBERS_OK = {
    "142", "97", "2025", "2024", "21:14", "100mg", "15mg", "3.30", "3.15", "12.30", "\u00a36.40", "1-3pm",
    "11:00-11:30", "14:00", "15:34", "14:00.", "2024,", "2024.", "2025,",
}
CAPS_OK = set("""
A Actions Actually Health Admin After Afternoon Agree Agreed Also Alternate Alternating Always An And
Another Anyone April As Ask Attendance Baby Back Been Board Booking Both Bring Broadcast But Came
Camera Can Car Caretaker Cheers Christmas COAST Coke Comment Commissioner Competitive
Confidentiality Contact Contacts Content CREDITS Crisis Date DOB Doing Duration Ebb END English
Every Everybody Everyone Exported Facebook FACILITATOR Fair FEEDBACK Files First For Form Forty From
Frying Funder Gentleman Get God Good GP GPs Guests Gym Happy He He'd Her Honest How Hub HV I I'd
I'll I'm I've If In Insta Instagram Insurance It January JINGLE July Just Kept KEY KPI Last Liked
March Massively Me Meeting Monthly Mon–Thu Morning Mr Mrs MUSIC My Name Named Names National Nearly
Need Never Next NHS NI No Nobody Not Note NOTES Numbers OK One Only Or Organisation Others Otherwise
Our OUTRO Peer People Please Podcast Polish Polish-speaking Postcode Prescribing Presenter Pronouns
PSA Quick Ran Rang READ Recording Reddit Referrals Reflective Review Right Ring Roles S2 S6 Said
Samaritans Same Satnav Saturdays Session Seven Shared She SIGN-IN Sit Six So Social Some Someone
SPEAKER Speaker Speakers SPONSOR Stop Storm Sunday Sundays Supervision SYNTHETIC Take TALK Tension
Thank Thanks That The Theme Then There's They This Thursday Today Toddler Too Transcriber TRANSCRIPT
Tuesday Two Venue Wait Walking Want Warm We We'll We're What WhatsApp When Which Who's Why Would You
You're You've
""".split())


def strip_tok(tok):
    t = tok.rstrip(".,;:!?)\u201d\"'")
    for suf in ("'s", "\u2019s"):
        if t.endswith(suf):
            t = t[: -len(suf)]
    return t


# --------------------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)

    # ---- labels
    with open("labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err("labels.csv header wrong: %r" % header)
        rows = [r for r in rd if r]
    with open("tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        theader = next(rd)
        if theader != ["file", "text", "why"]:
            err("tricky.csv header wrong: %r" % theader)
        trows = [r for r in rd if r]

    by_file = {f: [] for f in FILES}
    for r in rows:
        if len(r) != 4:
            err("bad labels row %r" % r)
            continue
        f, line, kind, text = r
        if f not in by_file:
            err("label for unknown file %r" % f)
            continue
        if kind not in KINDS:
            err("unknown kind %r" % kind)
        by_file[f].append((int(line), kind, text))

    kind_totals = {}
    file_stats = {}
    for f in FILES:
        if not os.path.exists(f):
            err("missing transcript %s" % f)
            continue
        us = units(f)
        lines = dict(us)
        # notice + word count
        if first_text(f, us) != NOTICE:
            err("%s: first text is not the SYNTHETIC notice" % f)
        words = sum(len(t.split()) for _, t in us)
        if not 700 <= words <= 1000:
            err("%s: %d words (need 700-1000)" % (f, words))
        file_stats[f] = [words, 0]
        labs = by_file[f]
        # one kind per text
        kinds_of = {}
        for ln, kind, text in labs:
            kinds_of.setdefault(text, set()).add(kind)
            kind_totals[kind] = kind_totals.get(kind, 0) + 1
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err("%s: %r has several kinds %s" % (f, text, ks))
        texts = sorted(kinds_of)
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err("%s: label %r is contained in label %r" % (f, a, b))
        # names: single word, no title, no possessive, not single initial
        for text, ks in kinds_of.items():
            if "name" in ks:
                if re.search(r"\s", text):
                    err("%s: name label has whitespace %r" % (f, text))
                if text in TITLES or text.endswith("'s") or text.endswith("\u2019s"):
                    err("%s: name label is a title or possessive %r" % (f, text))
                if re.fullmatch(r"[A-Za-z]\.?", text):
                    err("%s: single initial labelled %r" % (f, text))
            for k in ks:
                if k in SAFE:
                    m = SAFE[k](text)
                    if m:
                        err("%s: %s" % (f, m))
        # every occurrence labelled exactly once, and each row's text is on its line
        want = {}
        for ln, kind, text in labs:
            want[(ln, text)] = want.get((ln, text), 0) + 1
            if ln not in lines:
                err("%s: line %d out of range for %r" % (f, ln, text))
        spans = {}
        for text in texts:
            pat = ww(text)
            for ln, t in us:
                n = 0
                for m in pat.finditer(t):
                    n += 1
                    spans.setdefault(ln, []).append(m.span())
                got = want.get((ln, text), 0)
                if n != got:
                    err("%s line %d: %r occurs %d time(s) but has %d label row(s)" % (f, ln, text, n, got))
        # tricky spans
        tspans = {}
        ftricky = [r for r in trows if r[0] == f]
        for tf, ttext, why in ftricky:
            found_free = False
            for ln, t in us:
                start = 0
                while True:
                    i = t.find(ttext, start)
                    if i < 0:
                        break
                    sp = (i, i + len(ttext))
                    tspans.setdefault(ln, []).append(sp)
                    if not any(a < sp[1] and sp[0] < b for a, b in spans.get(ln, [])):
                        found_free = True
                    start = i + 1
            if not found_free:
                err("%s: tricky text %r does not occur outside labels" % (f, ttext))
            if ttext in kinds_of:
                err("%s: tricky text %r is also a label" % (f, ttext))

        def covered(ln, sp):
            for a, b in spans.get(ln, []) + tspans.get(ln, []):
                if a < sp[1] and sp[0] < b:
                    return True
            return False

        # sweep structured shapes
        for ln, t in us:
            for what, pat in SWEEP:
                for m in pat.finditer(t):
                    sp = m.span()
                    s = m.group(0)
                    if what == "3+ digits":
                        if len(re.findall(r"\d", s)) < 3 or TIME_RE.match(s) or s in NUMBERS_OK:
                            continue
                    if not covered(ln, sp):
                        err("%s line %d: unlabelled %s-shaped string %r" % (f, ln, what, s))
            # capitalised words
            for m in re.finditer(r"[^\W\d_][\w'\u2019.\u2013-]*", t):
                tok = m.group(0)
                if not tok[0].isupper():
                    continue
                if covered(ln, m.span()):
                    continue
                core = strip_tok(tok)
                if core in CAPS_OK or tok in CAPS_OK:
                    continue
                # hyphen / dash compounds: every part must be allowed
                parts = [strip_tok(p) for p in re.split(r"[-\u2013]", core) if p]
                if parts and all((not p[0].isupper()) or p in CAPS_OK for p in parts):
                    continue
                err("%s line %d: capitalised word %r not labelled and not in reviewed allow-list" % (f, ln, tok))

    # ---- totals
    n = len(rows)
    for f in file_stats:
        file_stats[f][1] = len(by_file[f])
    if not 180 <= n <= 220:
        err("total label rows %d not in 180-220" % n)
    names = kind_totals.get("name", 0)
    if not 0.4 <= names / max(n, 1) <= 0.6:
        err("names are %d of %d rows, not about half" % (names, n))
    for k in KINDS:
        if kind_totals.get(k, 0) == 0:
            err("kind %s never used" % k)
    if len(trows) < 60:
        err("tricky.csv has only %d rows" % len(trows))

    # ---- README + no absolute paths
    if not os.path.exists("README.md"):
        err("README.md missing")
    else:
        with open("README.md", encoding="utf-8") as fh:
            rl = fh.read().splitlines()
        if not rl or rl[0] != ("This set is synthetic: every person, number, address, employer, venue, "
                               "school and street in it is invented."):
            err("README.md first line wrong")
        if len(rl) < 2 or not rl[1].startswith("**Status:"):
            err("README.md second line must be the status line")
        body = "\n".join(rl)
        for f, (w, c) in file_stats.items():
            if not re.search(r"`%s`.*\|\s*%d\s*\|\s*%d\s*\|\s*$" % (re.escape(f), w, c), body, re.M):
                err("README.md table row for %s should say %d words, %d label rows" % (f, w, c))
        for k in sorted(kind_totals):
            if not re.search(r"^\|\s*%s\s*\|\s*%d\s*\|" % (k, kind_totals[k]), body, re.M):
                err("README.md kind total for %s should be %d" % (k, kind_totals[k]))
        if not re.search(r"\*\*total\*\*\s*\|\s*\*\*%d\*\*" % n, body):
            err("README.md total should be %d" % n)
    for fn in os.listdir("."):
        if fn.endswith((".py", ".md")):
            with open(fn, encoding="utf-8") as fh:
                body = fh.read()
            if re.search(r"(?<![\w.])/(work|home|root|tmp|Users|mnt)/", body):
                err("%s contains an absolute machine path" % fn)

    print("label rows: %d  (%s)" % (n, ", ".join("%s=%d" % (k, kind_totals[k]) for k in sorted(kind_totals))))
    print("tricky rows: %d" % len(trows))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL (%d problems)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
