#!/usr/bin/env python3
"""Check the blind-ah benchmark set: labels.csv, tricky.csv and the five transcripts.

    python verify_labels.py

Prints PASS (exit 0) or a list of problems (exit 1).  Checks:
  * every transcript exists, opens with the SYNTHETIC notice, is 700-1000 words, and looks
    like its format (SRT cues, verbatim INT/RESP, docx table, Android chat export, case notes);
  * every label row: known kind, text found whole-word on its line/paragraph, row count per
    line equals the number of whole-word case-sensitive occurrences there;
  * every whole-word, case-sensitive occurrence of a label text in its file has a row;
  * no label text is contained in another label text of the same file (case-insensitive),
    one kind per text per file, names are single words without titles or possessive 's;
  * safe values: Ofcom drama phone ranges, example.* e-mails/URLs, 999 NHS numbers with a
    valid modulus-11 check digit, QQ/ZZ NI numbers, real outward code + C/I/K/M/O/V inward
    postcodes, I/Q registrations, parseable dates of birth;
  * tricky.csv: >= 60 rows, each text really present (outside label spans), never a label;
  * sweep: after masking labels and tricky look-alikes, no e-mail/URL/handle/phone/postcode/
    NI/NHS/registration/date-like string, no title+surname, no unknown capitalised word, and
    (for the all-lower-case captions) no word outside the reviewed vocabulary.
"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
F1 = "01_keel_together_newlyn_autocaptions.srt"
F2 = "02_brae_carers_dundee_verbatim.txt"
F3 = "03_lavender_quay_derry_focus_group.docx"
F4 = "04_moorside_minds_site_visit_whatsapp.txt"
F5 = "05_linktown_table_fife_handover.txt"
FILES = [F1, F2, F3, F4, F5]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"Facilitator", "INT", "RESP", "P1", "P2", "P3", "F", "M1", "Member"}

problems = []
def bad(msg):
    problems.append(msg)

def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

# ----------------------------------------------------------------------------- reading files
def docx_paragraphs(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))]
    # python-docx Document.paragraphs order must agree (the table is the last block)
    for i, p in enumerate(doc.paragraphs):
        if p.text != paras[i]:
            bad(f"{F3}: Document.paragraphs[{i}] differs from document-order paragraph {i+1}")
    # nothing outside the body: headers/footers empty, core properties free of capitalised words
    for s in doc.sections:
        for part in (s.header, s.footer):
            if any(p.text.strip() for p in part.paragraphs):
                bad(f"{F3}: header/footer text present (would be unlabelled)")
    cp = doc.core_properties
    for field in ("author", "last_modified_by", "comments", "subject", "keywords", "category"):
        if (getattr(cp, field) or "").strip():
            bad(f"{F3}: core property {field} not empty: {getattr(cp, field)!r}")
    return paras, doc

def load_lines(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        return docx_paragraphs(path)[0]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")

def content_lines(fn, lines):
    """(line_no, text) pairs that are transcript content (for word counts and sweeps)."""
    out = []
    for i, l in enumerate(lines, 1):
        if fn.endswith(".srt") and (re.fullmatch(r"\d+", l) or "-->" in l or not l.strip()):
            continue
        out.append((i, l))
    return out

def words(text):
    return [t for t in text.split() if re.search(r"\w", t)]

# ----------------------------------------------------------------------------- safe values
NUMWORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
def spoken_digits(s):
    toks = re.findall(r"[a-z]+|\d+", s.lower().replace("-", " "))
    out, rep = "", 1
    for t in toks:
        if t == "double": rep = 2; continue
        if t == "treble": rep = 3; continue
        if t.isdigit(): out += t * rep if len(t) == 1 else t; rep = 1; continue
        if t in NUMWORDS: out += NUMWORDS[t] * rep; rep = 1; continue
    return out

PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
def ok_phone(t):
    d = spoken_digits(t.replace("+44", " 0 "))
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)

def ok_email(t):
    s = t.strip().lower()
    if " at " in s:
        s = re.sub(r"\s+dot\s+", ".", s); s = re.sub(r"\s+at\s+", "@", s); s = s.replace(" ", "")
    return re.fullmatch(r"[a-z0-9._+-]+@example\.(org|com|net)", s) is not None

def ok_url(t):
    s = t.strip().lower()
    s = re.sub(r"\s+dot\s+", ".", s); s = re.sub(r"\s+slash\s+", "/", s)
    m = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)", s)
    return bool(m) and m.group(1) in ("example.org", "example.com", "example.net")

def nhs_ok(t):
    d = spoken_digits(t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])

def ni_ok(t):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t.upper())) is not None

REAL_OUTWARD = {"TR18", "DD4", "BT48", "EX20", "KY1", "KY7", "KY8"}
def postcode_ok(t):
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", re.sub(r"\s", "", t.upper()))
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2)[1:])

def reg_ok(t):
    s = re.sub(r"\s", "", t.upper())
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", s) is not None and any(c in "IQ" for c in s[-3:])

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
def dob_ok(t):
    s = t.lower()
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
    if m:
        d, mo, y = map(int, m.groups())
        return 1 <= d <= 31 and 1 <= mo <= 12 and 1920 <= y <= 2015
    month = [i for i, mname in enumerate(MONTHS, 1) if re.search(r"\b" + mname[:3], s)]
    if len(month) != 1:
        return False
    y4 = re.search(r"\b(19[2-9]\d|20(0\d|1[0-5]))\b", s)
    spoken_year = re.search(r"(sixty|seventy|eighty|ninety) \w+$|two-thousand-and-\w+$", s)
    return bool(y4 or spoken_year)

def street_ok(t):
    return re.search(r"\d", t) is not None and re.search(
        r"\b(terrace|wynd|row|rise|brae|lane|gardens|court|street|road)\b", t.lower()) is not None

SAFE = {"phone": ok_phone, "email": ok_email, "url": ok_url, "nhs_number": nhs_ok, "ni_number": ni_ok,
        "postcode": postcode_ok, "car_registration": reg_ok, "date_of_birth": dob_ok,
        "street_address": street_ok, "handle": lambda t: re.fullmatch(r"@[A-Za-z0-9_.]+", t) is not None}

# ----------------------------------------------------------------------------- sweep allowlists
# Capitalised words reviewed by hand: ordinary words, sentence starts, months/days, generic terms.
CAP_ALLOW = set("""
A About Actually Address Admin Adult Also And Any Anyone Are At Aye Back Because Best Binge But
Can Coming Comparison Completed Confidential Contacts Course DM Date Dizzy Do Don't Duration
Every Everyone Everybody Facilitation For From Full GP Grand Group Ground Guidance Ha Here Hi
Honestly How I I'd I'll I'm I've If In Interviewer Is It It's Its Last Lifelong Like Lived
Location Looking Me Members Mixed Mm Mornings Name Name: New No NO Nobody Noted Notes Now OF Of
Okay On One Only Oops Others Our Participants Practical Present Project Queries Recorded Referrer
Right Roles Same Session She She's So Sorry Still Tea Tel Thanks That That's The There There's
They They're This Thursday Thurs Tuesday Transcribed Transcriber Two Um Update Upstairs Use Venue
Very WELL We We're We've Welcome What When Who's Why With Works Yes You You're Your Nothing Members
Thank Genuinely Her Looking Grants Learning Officer Course Coming Wednesdays Wednesday Usually
Shared Ground Tea Roles Room Full Police New Very Invite Lives Finds Only Two You're Mixed Deadline
Template Room Me Group Breathing THE GROUP ROOM MEMBERS KEEP AN EYE ON TENSIONS THINGS STILL
CHEWING OVER ADMIN CONTACTS HANDOVER NOTES CONFIDENTIAL NUMBERS HERE TO FOR I'M Focus Length
Date: END EXTRACT SAD FACES NOT Wee Adult Others Last Second
Christmas God English Instagram Rooms Upstairs Someone Every Can Because Well Fair Okay Anyone
After Nobody Ground We'd March April May September Jan Sept Mon-Fri Wednesdays Don't It'll
Can't Ex-partner Works Coming Notes Lifelong Lives New Binge Two Tensions Comparison Dizzy
Thoughts Her Hi Best Guidance Grants Learning Officer WEMWBS Practical Last Roles
DOB DOB: Tel: NINO NHS Address: Referrer: Notes: GP: Name: Mixed Shared Tea Full Peer Facilitator
Members Project: Group: Location: Interviewer: Participants: Transcriber: Length:
BMIs Could Dr Mr Mrs Full-length He IN Lighter ME Maybe Messages My Or People Phones Please
RESP SYNTHETIC TRANSCRIPT Tap Things To Which Who
""".split())

# Lower-case caption vocabulary outside the other transcripts, reviewed by hand (no names in it).
SRT_ALLOW = set("""
music recording yeah okay welcome upstairs tuesday commissioners
lads themselves fishing boats forty moaned trip quota weather doctor polish crew cornish accent
worse friend loft catch money drink calm pasty kettle chairs monday missus feet banner partners
wives odd carrying husband accident nineteen twenty mine plate tension younger boys club skippers
deckie lads aren't fishermen's mission rent winter commissioners blokes weeks years van harbour
council parking permit transit ticketing facilitation counsellor voice proper dad benefits form bar
insurance payslip pub heard ninth exemption prescription internet overstepped crewmate philippines
packing shed lad gp cards desk sertraline fifty milligrams weakness tool project logo survey brew
warm drive subtitles screen samaritans middle thank whenever wait understand struggling father
stairs dragged everyone anybody difference language person finish shall rules phones table
listen times text tied sat looking wall says get under wants two months ran check better puts told
isn't also i've i'm it's you're she's he's don't didn't can't won't i'll that's let's we're
boss cry front deckie mean old national reads loud whole everyone knows older looks details
wanted nhs number come doesn't asks talk see young first say word last week lovely gets wrong
nearly touch card email facebook page means always night right off all cornwall on
name's you've boat's group's number's s another birth boat guy helped little long make nice
picks somewhere started than try twelve waits watching women yes dot am three
""".split())

# ----------------------------------------------------------------------------- main checks
def main():
    labels = list(csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")))
    if not labels or list(labels[0].keys()) != ["file", "line", "kind", "text"]:
        bad("labels.csv header must be file,line,kind,text")
    tricky = list(csv.DictReader(open(os.path.join(HERE, "tricky.csv"), encoding="utf-8")))
    if not tricky or list(tricky[0].keys()) != ["file", "text", "why"]:
        bad("tricky.csv header must be file,text,why")
    if len(tricky) < 60:
        bad(f"tricky.csv has {len(tricky)} rows (< 60)")

    lines = {}
    for fn in FILES:
        if not os.path.exists(os.path.join(HERE, fn)):
            bad(f"missing transcript {fn}"); continue
        lines[fn] = load_lines(fn)

    # ---- notice, format and word counts
    wc = {}
    for fn, ls in lines.items():
        if fn.endswith(".srt"):
            if not (ls[0] == "1" and "-->" in ls[1] and ls[2] == NOTICE):
                bad(f"{fn}: first cue text is not the notice")
        elif ls[0] != NOTICE:
            bad(f"{fn}: first line/paragraph is not the notice")
        wc[fn] = sum(len(words(t)) for _, t in content_lines(fn, ls))
        if not 700 <= wc[fn] <= 1000:
            bad(f"{fn}: {wc[fn]} words, outside 700-1000")
    check_formats(lines)

    # ---- label rows
    by_file = defaultdict(list)
    for r in labels:
        fn, kind, text = r["file"], r["kind"], r["text"]
        if fn not in lines:
            bad(f"label for unknown file {fn}"); continue
        if kind not in KINDS:
            bad(f"{fn}:{r['line']}: unknown kind {kind}")
        ln = int(r["line"])
        if not 1 <= ln <= len(lines[fn]):
            bad(f"{fn}:{ln}: line out of range"); continue
        if not ww(text).search(lines[fn][ln - 1]):
            bad(f"{fn}:{ln}: {text!r} not found whole-word on its line")
        by_file[fn].append((ln, kind, text))

    for fn, rows in by_file.items():
        kinds = defaultdict(set)
        for ln, kind, text in rows:
            kinds[text].add(kind)
        for text, ks in kinds.items():
            if len(ks) > 1:
                bad(f"{fn}: {text!r} has several kinds {ks}")
        texts = sorted(kinds)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{fn}: label {a!r} contained in label {b!r}")
        # every occurrence labelled, row counts per line exact
        have = Counter((ln, text) for ln, _, text in rows)
        for text in texts:
            for i, l in enumerate(lines[fn], 1):
                n = len(ww(text).findall(l))
                if n != have.get((i, text), 0):
                    bad(f"{fn}:{i}: {text!r} occurs {n}x but has {have.get((i, text), 0)} rows")
        # kind-specific rules
        for text, ks in kinds.items():
            kind = next(iter(ks))
            if kind == "name":
                if re.search(r"\s", text) or text.endswith("'s") or text.endswith("’s"):
                    bad(f"{fn}: name {text!r} must be one word without possessive")
                if text in ROLE_LABELS or re.fullmatch(r"[A-Z]\.?", text):
                    bad(f"{fn}: role label / single initial labelled as name: {text!r}")
                if re.match(r"(Mr|Mrs|Ms|Dr|Father|Sister)\b", text):
                    bad(f"{fn}: title inside name label {text!r}")
            if kind in SAFE and not SAFE[kind](text):
                bad(f"{fn}: unsafe or malformed {kind}: {text!r}")

    # ---- tricky look-alikes
    label_texts = {fn: {t for _, _, t in rows} for fn, rows in by_file.items()}
    for r in tricky:
        fn, text = r["file"], r["text"]
        if fn not in lines:
            bad(f"tricky: unknown file {fn}"); continue
        if text in label_texts.get(fn, ()):
            bad(f"tricky: {text!r} is also a label in {fn}")
        if not r["why"].strip():
            bad(f"tricky: {text!r} has no reason")
        found = False
        for l in lines[fn]:
            spans = label_spans(l, label_texts.get(fn, ()))
            for m in ww(text).finditer(l):
                if not any(s <= m.start() < e for s, e in spans):
                    found = True
        if not found:
            bad(f"tricky: {text!r} not found (outside labels) in {fn}")

    # ---- sweep for unlabelled identifier-like strings
    tricky_texts = defaultdict(set)
    for r in tricky:
        tricky_texts[r["file"]].add(r["text"])
    vocab_other = set()
    for fn in FILES[1:]:
        for _, l in content_lines(fn, lines[fn]):
            m = mask(l, label_texts.get(fn, set()) | tricky_texts[fn])
            vocab_other.update(w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", m))
    for fn, ls in lines.items():
        for i, l in content_lines(fn, ls):
            masked = mask(l, label_texts.get(fn, ()) | tricky_texts[fn])
            if fn == F4:
                masked = re.sub(r"^\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - ", " ", masked)
            if fn == F3 and re.fullmatch(r"\d{2}:\d{2}", l):
                continue
            sweep(fn, i, l, masked, vocab_other)

    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    kinds = Counter(r["kind"] for r in labels)
    print("files:", ", ".join(f"{fn} ({wc[fn]} words, {len(by_file[fn])} rows)" for fn in FILES))
    print("label rows:", len(labels), dict(sorted(kinds.items())))
    print("tricky rows:", len(tricky))
    print("PASS")
    return 0

def label_spans(line, texts):
    spans = []
    for t in texts:
        spans += [m.span() for m in ww(t).finditer(line)]
    return spans

def mask(line, texts):
    chars = list(line)
    for t in sorted(texts, key=len, reverse=True):
        for m in ww(t).finditer("".join(chars)):
            for k in range(m.start(), m.end()):
                chars[k] = " "
    return "".join(chars)

SWEEPS = [
    ("email", r"[\w.+-]+@[\w-]+\.[\w.]+|\bat\s+\w+\s+dot\s+(org|com|net|co)\b"),
    ("url", r"https?://|\bwww\.|\b\w+\.(org|com|net|co\.uk)\b|\bdot\s+(org|com|net)\b"),
    ("handle", r"(?<![\w.])@[A-Za-z_][\w.]*"),
    ("phone", r"(?:\+\s?44|\b0)[\d\s-]{8,14}\d"),
    ("postcode", r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"),
    ("ni_number", r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
    ("nhs_number", r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b"),
    ("car_registration", r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b"),
    ("date", r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}\b"),
    ("spoken number", r"\b((oh|zero|one|two|three|four|five|six|seven|eight|nine|double|treble)[\s,-]+){5,}"),
    ("title+name", r"\b(Mr|Mrs|Ms|Miss|Dr|Father|Sister|mr|mrs|dr)\.? [A-Za-z][\w'-]+"),
]

def sweep(fn, i, line, masked, vocab_other):
    for kind, rx in SWEEPS:
        for m in re.finditer(rx, masked):
            bad(f"{fn}:{i}: unlabelled {kind}-like string {m.group(0)!r}")
    if fn == F1:
        if line == NOTICE:
            return
        for w in re.findall(r"[A-Za-z][\w'’-]*", masked):
            if w.lower() not in vocab_other and w.lower() not in SRT_ALLOW:
                bad(f"{fn}:{i}: caption word {w!r} not in reviewed vocabulary (name?)")
    else:
        for w in re.findall(r"(?<![\w@.])[A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’.-]*", masked):
            w2 = w.rstrip(".:,;'’-")
            if w2.endswith("'s") or w2.endswith("’s"):
                w2 = w2[:-2]
            if w2 and w2 not in CAP_ALLOW and w2 + ":" not in CAP_ALLOW:
                bad(f"{fn}:{i}: capitalised word {w2!r} neither labelled, tricky nor reviewed")

def check_formats(lines):
    # 1 SRT: numbered cues, timing lines, lower case, no punctuation except ' - [ ]
    ls = lines.get(F1, [])
    k, i = 0, 0
    while i < len(ls):
        if not ls[i].strip():
            i += 1; continue
        k += 1
        if ls[i] != str(k) or not re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", ls[i + 1]):
            bad(f"{F1}: malformed cue at line {i+1}"); break
        i += 2
        while i < len(ls) and ls[i].strip():
            if ls[i] != NOTICE:
                if ls[i] != ls[i].lower():
                    bad(f"{F1}:{i+1}: caption not lower case")
                if re.search(r"[^a-z0-9 '\[\]-]", ls[i]) or re.search(r"\w-(?!jun)", ls[i].replace("jun-jun", "junjun")):
                    bad(f"{F1}:{i+1}: punctuation in captions: {ls[i]!r}")
            i += 1
    if not any(l.startswith("- ") for l in ls):
        bad(f"{F1}: no '- ' speaker-change marks")
    # 2 verbatim
    t2 = "\n".join(lines.get(F2, []))
    for needle in ("INT:", "RESP 2:", "[inaudible]"):
        if needle not in t2:
            bad(f"{F2}: missing {needle}")
    if not re.search(r"\[[A-Z][^\]]*\]\n\nRESP", t2):
        bad(f"{F2}: no overlap in square brackets")
    # 3 docx table
    from docx import Document
    d = Document(os.path.join(HERE, F3))
    if len(d.tables) != 1 or [c.text for c in d.tables[0].rows[0].cells] != ["Time", "What was said"]:
        bad(f"{F3}: expected one 'Time | What was said' table")
    # 4 chat export: every line is a timestamped message or a continuation line
    for i, l in enumerate(lines.get(F4, [])[1:], 2):
        if l.startswith("[") and re.match(r"\[\d\d/\d\d/\d{4} \d\d:\d\d\]", l):
            bad(f"{F4}:{i}: iOS-style '[dd/mm/yyyy hh:mm]' line")
    if sum(bool(re.match(r"\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - [^:]+: ", l)) for l in lines.get(F4, [])) < 20:
        bad(f"{F4}: not enough Android-style message lines")
    # 5 case notes
    t5 = "\n".join(lines.get(F5, []))
    for field in ("Name:", "DOB:", "Address:", "GP:", "Referrer:"):
        if t5.count(field) < 3:
            bad(f"{F5}: headed field {field} appears fewer than 3 times")

if __name__ == "__main__":
    sys.exit(main())
