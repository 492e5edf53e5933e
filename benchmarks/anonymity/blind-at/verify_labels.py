#!/usr/bin/env python3
"""Verify the blind-at benchmark set. Run from inside this folder:

    python verify_labels.py        (needs odfpy for the .odt file)

Checks: README header, synthetic opening line, word counts, labels.csv rules
(text present on its line, every whole-word case-sensitive occurrence labelled,
no label text contained in another in the same file, one kind per text per
file, name conventions), safe values (Ofcom drama phone ranges, example.*
e-mail/URL domains, 999 health numbers with a valid modulus-11 check digit,
QQ/ZZ NI numbers, real outward code + CIKMOV inward postcodes, I/Q in the last
three registration letters), totals per kind, tricky.csv look-alikes, and a
sweep for identifier-like strings that are neither labelled nor listed as
tricky. Prints PASS or a list of problems.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, "
             "school and street in it is invented.")
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email",
         "url", "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
TRANSCRIPT_RE = re.compile(r"^\d\d_.+\.(txt|vtt|srt|odt)$")
MIN_WORDS, MAX_WORDS = 700, 1000
MIN_TOTAL, MAX_TOTAL = 180, 220
MIN_TRICKY = 60

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- file access
def odt_paragraphs(fname):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(fname)
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType == ch.ELEMENT_NODE:
                if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(ch))
                else:
                    walk(ch)
    walk(doc.text)
    return out


def file_lines(fname):
    if fname.endswith(".odt"):
        return odt_paragraphs(fname)
    with open(fname, encoding="utf-8") as fh:
        return fh.read().split("\n")


def caption_text_lines(lines):
    """Cue text lines of a .vtt/.srt (no header, ids, timings or NOTE blocks)."""
    out = []
    in_note = False
    for ln in lines:
        s = ln.strip()
        if not s:
            in_note = False
            continue
        if in_note:
            continue
        if s.startswith("NOTE"):
            in_note = True
            continue
        if s.startswith("WEBVTT") or "-->" in s or s.isdigit():
            continue
        out.append(ln)
    return out


def word_count(fname, lines):
    if fname.endswith((".vtt", ".srt")):
        lines = caption_text_lines(lines)
    return sum(len(l.split()) for l in lines)


def occ_regex(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- safe values
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960",
                  "01414960", "01174960", "01214960", "01614960", "02896496", "02920180"]
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
            "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
            "eight": "8", "nine": "9"}


def spoken_to_digits(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out, mult = [], 1
    for t in toks:
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        d = NUMWORDS.get(t, t if t.isdigit() else None)
        if d is None:
            return None
        out.append(d * mult)
        mult = 1
    return "".join(out)


def phone_ok(text):
    if re.search(r"[a-z]", text.lower()):
        digits = spoken_to_digits(text)
        if digits is None:
            return False
    else:
        digits = re.sub(r"\D", "", text)
        if text.strip().startswith("+44"):
            digits = "0" + digits[2:]
            if digits.startswith("00"):
                digits = digits[1:]
    return len(digits) == 11 and any(digits.startswith(p) for p in PHONE_PREFIXES)


def domain_ok(host):
    host = host.lower().strip(".")
    return any(host == d or host.endswith("." + d) for d in ("example.org", "example.com", "example.net"))


def email_norm(text):
    t = text.strip()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+", ".", t)
    return t


def email_ok(text):
    t = email_norm(text)
    m = re.fullmatch(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t)
    return bool(m) and domain_ok(m.group(1))


def url_ok(text):
    t = re.sub(r"^https?://", "", text.strip())
    host = t.split("/")[0]
    return domain_ok(host)


def nhs_ok(text):
    d = re.sub(r"\D", "", text)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def ni_ok(text):
    return bool(re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text.upper())))


# real outward codes that may be used (inward parts are deliberately impossible)
REAL_OUTWARD = {"BT%d" % i for i in list(range(1, 50)) + list(range(51, 58)) +
                list(range(60, 72)) + list(range(74, 83)) + [92, 93, 94]}
REAL_OUTWARD |= {"TS24", "TS25", "TS26", "TS27", "NE25", "NE26", "NE27", "NE28", "NE29",
                 "NE30", "NE33", "NE34", "NE35", "NE36"}


def postcode_norm(text):
    toks = re.findall(r"[A-Za-z]+|\d", text)
    out = []
    for t in toks:
        lt = t.lower()
        if lt in NUMWORDS and len(t) > 1:
            out.append(NUMWORDS[lt])
        else:
            out.append(t.upper())
    return "".join(out)


def postcode_ok(text):
    s = postcode_norm(text)
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    if not m:
        return False
    return m.group(1) in REAL_OUTWARD and bool(set(m.group(2)[1:]) & set("CIKMOV"))


def car_ok(text):
    s = re.sub(r"\s", "", text.upper())
    if not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) or re.fullmatch(r"[A-Z]{1,3}\d{1,4}", s)):
        return False
    letters = re.sub(r"[^A-Z]", "", s)
    return bool(set(letters[-3:]) & {"I", "Q"})


ROLE_LABELS = {"facilitator", "member", "chair", "host", "guest", "external", "coach",
               "admin", "deputy", "f", "p", "m"}
TITLES = ("Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Councillor ", "Constable ", "Coach ",
          "Father ", "Sister ")


def name_ok(text):
    if re.search(r"\s", text):
        return "name is not a single word"
    if text.startswith(TITLES) or text.endswith(("'s", "’s")):
        return "title or possessive included"
    if re.fullmatch(r"[A-Za-z]\.?", text):
        return "single initial"
    if text.lower() in ROLE_LABELS or re.fullmatch(r"(Member|P|F)\s?\d+", text):
        return "role label"
    return None


def dob_ok(text):
    return bool(re.search(r"\d", text) or re.search(
        r"(?i)january|february|march|april|may|june|july|august|september|october|november|december",
        text))


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok,
        "ni_number": ni_ok, "postcode": postcode_ok, "car_registration": car_ok,
        "date_of_birth": dob_ok,
        "handle": lambda t: bool(re.fullmatch(r"@?[\w.]+", t)),
        "street_address": lambda t: bool(re.match(r"(Flat \d+, )?\d+[A-Za-z]? \S", t))}

# ---------------------------------------------------------------- sweep setup
SWEEP_PATTERNS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.]+\s*[\(\[]at[\)\]]\s*[\w.]+|\b\w+ at \w+ dot \w+")),
    ("url", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|net|co\.uk|ie)/\S*")),
    ("handle", re.compile(r"(?<![\w.])@[\w.]+")),
    ("handle", re.compile(r"^[a-z0-9._]+(?= - \d\d:\d\d$)")),
    ("phone", re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\))?\s?|0)\d(?:[\s-]?\d){8,10}(?!\w)")),
    ("phone", re.compile(r"(?i)\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                         r"(?:[\s,]+(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)){6,}")),
    ("postcode", re.compile(r"(?i)(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)")),
    ("postcode", re.compile(r"\b[A-Z] [A-Z] (?:one|two|three|four|five|six|seven|eight|nine)\b")),
    ("ni_number", re.compile(r"(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)")),
    ("nhs_number", re.compile(r"(?<!\w)\d{3}\s?\d{3}\s?\d{4}(?!\w)")),
    ("car_registration", re.compile(r"(?<!\w)(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{3}\s?\d{3,4})(?!\w)")),
    ("date", re.compile(r"(?<!\w)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\w)")),
    ("date", re.compile(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|\w+th|twenty-\w+|thirty-\w+)"
                        r" of (?:the \d|january|february|march|april|may|june|july|august|september"
                        r"|october|november|december)")),
    ("initials", re.compile(r"(?<!\w)[A-Z]\.[A-Z][A-Za-z']{0,3}\.")),
]
# dates allowed without a label: meeting/log dates in 2024 are not dates of birth
ALLOWED_DATE = re.compile(r"^\d{1,2}/\d{1,2}/2024$")

# Capitalised words that are ordinary vocabulary in these files (not identifiers).
ALLOW_CAPS = set("""
A About Account Accounts Action Address Admin Adult Agencies Agreed Ah Also And Anniversary
Anon Anything April Aye Ballymena Be Before Being Big Both Brilliant Béarla But
Can Card Caretaker Centre Chair Christmas City Coach Comment Community Concern Conflict
Consent Constable Contacted Conversation Copy Councillor Data Déardaoin Delete Deleted Deputy
Described Dia Didn't Direct Distress Don't Downloaded Dr Duty Eileen English Even Everybody
Exported External F Facebook February First Flat Follow For Form Forum Full Funding GP Gaeilge Gaelscoil
Gardens Gateway Gave Go Grand Grandad Group Guest H He He's Health Here Hitting Host Honestly
I I'd I'll I'm I've In Incident Information Insurance Irish It It's K Keep Kind Knowing Last
Lane Let's Liked Log Lovely Meeting Members Message Moved My NHS NI NOTE Name National Nephew
Next No Nobody Not OCD OK Oh Once One Or Our Outcome PRIVATE People Photographs Please Polish
Practice Primary Private Put Quick Real Recorded Recording Referral Referred Resource Right Room
Rule Safeguarding Same Second Several She She's Side So Some Sorry Spelling Spoke Summary
Surgery Take Tell That That's The There There's They This Thursday Tuesday Tuesdays Two Type
Typed Typist's Venue Voices
ABC Apologies Apr Auto-generated Been Best Cards Care DOB Do Download Follow-up Ground Hall
Happy Having Heating If Is March May Messages Mine Morning Most Noted November On Phones Raised
Reassurance SYNTHETIC Safety Saying September Someone Sparring Speaker Still Sunday TRANSCRIPT
Somebody Ta Ten Thank Then Thu To Top Travel Trust Tues WEBVTT Wed Welcome Went When Which Will With Words We We'd We're What Whoever Written Yes You You'd You're Your
""".split())

MAX_REPORT = 40


def main():
    # ------------------------------------------------------------ README
    if not os.path.exists("README.md"):
        err("README.md missing")
    else:
        rl = open("README.md", encoding="utf-8").read().split("\n")
        if rl[0] != README_L1:
            err("README first line wrong")
        if len(rl) < 2 or not rl[1].startswith("**Status:"):
            err("README second line must start with **Status:")
    # no absolute machine paths in scripts/README
    for f in ("README.md", "build_set.py", "verify_labels.py"):
        if os.path.exists(f):
            txt = open(f, encoding="utf-8").read()
            if re.search(r"(?<![\w.])/(?:" + "work|tmp|home|root|Users" + r")/", txt):
                err("%s contains an absolute path" % f)

    transcripts = sorted(f for f in os.listdir(".") if TRANSCRIPT_RE.match(f))
    if len(transcripts) != 5:
        err("expected 5 transcripts, found %d" % len(transcripts))
    exts = {os.path.splitext(f)[1] for f in transcripts}
    lines_of = {f: file_lines(f) for f in transcripts}
    words = {}
    for f, lines in lines_of.items():
        first = caption_text_lines(lines)[0] if f.endswith((".vtt", ".srt")) else lines[0]
        if first != SYN:
            err("%s: first line/cue/paragraph is not the synthetic notice" % f)
        words[f] = word_count(f, lines)
        if not MIN_WORDS <= words[f] <= MAX_WORDS:
            err("%s: %d words (want %d-%d)" % (f, words[f], MIN_WORDS, MAX_WORDS))

    # ------------------------------------------------------------ labels
    with open("labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err("labels.csv header wrong: %r" % header)
        rows = [r for r in rd]
    per_file = collections.defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err("bad labels row %r" % r)
            continue
        f, ln, kind, text = r
        if f not in lines_of:
            err("label for unknown file %s" % f)
            continue
        if kind not in KINDS:
            err("unknown kind %s" % kind)
        try:
            ln = int(ln)
        except ValueError:
            err("bad line %r" % r)
            continue
        lines = lines_of[f]
        if not 1 <= ln <= len(lines) or not occ_regex(text).search(lines[ln - 1]):
            err("%s:%d: label text %r not found on that line" % (f, ln, text))
        if text != text.strip() or not text:
            err("%s:%d: label text has outer whitespace %r" % (f, ln, text))
        if kind == "name":
            why = name_ok(text)
            if why:
                err("%s:%d: name %r: %s" % (f, ln, text, why))
        if kind in SAFE and not SAFE[kind](text):
            err("%s:%d: %s %r fails the safe-value rule" % (f, ln, kind, text))
        per_file[f].append((ln, kind, text))

    covered = {f: collections.defaultdict(list) for f in lines_of}  # line -> spans
    for f, labs in per_file.items():
        kinds_of = collections.defaultdict(set)
        for ln, kind, text in labs:
            kinds_of[text].add(kind)
        for text, ks in kinds_of.items():
            if len(ks) > 1:
                err("%s: %r has several kinds %s" % (f, text, sorted(ks)))
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    err("%s: label %r is contained in label %r" % (f, a, b))
        # every occurrence labelled, and exactly once
        want = collections.Counter((ln, text) for ln, kind, text in labs)
        for text in texts:
            rx = occ_regex(text)
            for i, line in enumerate(lines_of[f], start=1):
                found = list(rx.finditer(line))
                for m in found:
                    covered[f][i].append((m.start(), m.end()))
                if len(found) != want.get((i, text), 0):
                    err("%s:%d: %r occurs %d time(s) but has %d label row(s)"
                        % (f, i, text, len(found), want.get((i, text), 0)))

    total = len(rows)
    by_kind = collections.Counter(r[2] for r in rows if len(r) == 4)
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        err("total label rows %d outside %d-%d" % (total, MIN_TOTAL, MAX_TOTAL))
    name_share = by_kind["name"] / total if total else 0
    if not 0.4 <= name_share <= 0.6:
        err("names are %.0f%% of labels (want about half)" % (100 * name_share))

    # ------------------------------------------------------------ tricky
    with open("tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        if header != ["file", "text", "why"]:
            err("tricky.csv header wrong: %r" % header)
        trows = [r for r in rd]
    if len(trows) < MIN_TRICKY:
        err("only %d tricky rows (want >= %d)" % (len(trows), MIN_TRICKY))
    tricky_cov = {f: collections.defaultdict(list) for f in lines_of}
    for r in trows:
        if len(r) != 3 or r[0] not in lines_of:
            err("bad tricky row %r" % (r,))
            continue
        f, text, why = r
        if not why.strip():
            err("tricky %r has no reason" % text)
        label_texts = {t for _, _, t in per_file.get(f, [])}
        if text in label_texts:
            err("%s: tricky %r is also a label text" % (f, text))
        rx = occ_regex(text)
        free = 0
        for i, line in enumerate(lines_of[f], start=1):
            for m in rx.finditer(line):
                tricky_cov[f][i].append((m.start(), m.end()))
                if not any(s < m.end() and m.start() < e for s, e in covered[f][i]):
                    free += 1
        if not free:
            err("%s: tricky %r never appears outside a label" % (f, text))

    # ------------------------------------------------------------ sweep
    found = []
    for f, lines in lines_of.items():
        for i, line in enumerate(lines, start=1):
            spans = covered[f][i] + tricky_cov[f][i]

            def inside(s, e):
                return any(a <= s and e <= b for a, b in spans)

            for kind, rx in SWEEP_PATTERNS:
                for m in rx.finditer(line):
                    s, e = m.span()
                    frag = m.group().rstrip(".,;:)")
                    e = s + len(frag)
                    if inside(s, e):
                        continue
                    if kind == "date" and ALLOWED_DATE.match(frag):
                        continue
                    if kind == "postcode" and not re.search(r"\d[A-Za-z]{2}$", frag):
                        continue
                    found.append("%s:%d: unlabelled %s-like %r" % (f, i, kind, frag))
            for m in re.finditer(r"\w[\w'’-]*", line):
                tok = m.group()
                if not tok[0].isupper():
                    continue
                core = re.sub(r"['’]s$", "", tok)
                if core in ALLOW_CAPS or tok in ALLOW_CAPS or inside(m.start(), m.start() + len(core)):
                    continue
                if core.isupper() and len(core) <= 1:
                    continue
                found.append("%s:%d: capitalised word %r is neither labelled, tricky nor allowed"
                             % (f, i, core))
    for x in found[:MAX_REPORT]:
        err(x)
    if len(found) > MAX_REPORT:
        err("... and %d more sweep hits" % (len(found) - MAX_REPORT))

    # ------------------------------------------------------------ report
    print("files:")
    for f in transcripts:
        print("  %-55s %5d words %4d labels" % (f, words.get(f, 0), len(per_file.get(f, []))))
    print("label rows: %d   tricky rows: %d   formats: %s" % (total, len(trows), " ".join(sorted(exts))))
    print("per kind: " + ", ".join("%s=%d" % kv for kv in sorted(by_kind.items())))
    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("FAIL (%d problems)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
