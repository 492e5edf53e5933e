"""Check labels.csv / tricky.csv against the five synthetic transcripts.

Run from inside this folder:  python verify_labels.py
Prints PASS when every rule holds, otherwise lists the problems and prints FAIL.
"""
import collections
import csv
import glob
import os
import re
import sys

from docx import Document

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
         "date_of_birth", "nhs_number", "ni_number", "car_registration"}
ROLE_LABELS = {"Facilitator", "Member", "Chair", "Observer", "Resident", "Me", "INT", "P", "P2", "F",
               "Speaker", "Unknown"}
PHONE_RANGES = [r"07700900\d{3}", r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}", r"01314960\d{3}",
                r"01414960\d{3}", r"01174960\d{3}", r"01214960\d{3}", r"01614960\d{3}", r"02896496\d{3}",
                r"02920180\d{3}"]
# Real outward codes of the Thames Valley / Home Counties towns used in this set.
REAL_OUTWARD = {"RG1", "RG2", "RG4", "RG5", "RG6", "RG30", "RG31", "SL1", "SL2", "SL3", "SL6", "OX1", "OX2",
                "OX3", "OX4", "OX14", "MK1", "MK2", "MK3", "MK6", "MK9", "MK10", "MK11", "MK13", "LU1", "LU2",
                "LU3", "LU4", "HP11", "HP12", "HP13"}
STREET_WORDS = ("Road", "Close", "Walk", "Way", "Street", "Crescent", "Lane", "Avenue", "Drive", "Court",
                "Terrace", "Row", "Gardens", "Place")
NUMWORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# Capitalised words that were reviewed and are not identifiers (ordinary words, months, public bodies ...).
REVIEWED_CAPS = set("""
A Abingdon Actions Ah Allotment Also American And Anyone Any Apologies April Are Attendees Audio Bastille Because
Before Better Block Both Bring But Bye Can Checked Christmas Citizens Cold Community Conversation Cool Council Covid
COVID Crossing Day Dec Does Don Dr End Everybody Everyone Exported Fair Families Fathers February Feb Flat For
Friday GP Give Go God Good Gu Half Hargeisa He Health Hello Her Here Hi His Honestly Hooyo How I Im In Insurance
International Into It January Jan June Last Lads Lake Long Lovely Look Mar March May Me Meeting Messages Milton
Mind Mine Monday Mr Mrs My NHS National Need Next No Nobody Not Note November Now October Oh Okay On One Or
Our Oxford Oxfordshire PEM PIP Participant Participants Passcode Peer Please Plate Poland Practical Public
Queries Quick Recorded Recording Reminder Remember Repairs Resident Right Risks Room Route Same Samaritans
September She SMS SOS So Society Somebody Someone Sorry Speakers Start Still Student Sunday Support
Sustainment Team Talking Tenancy Thank Thanks That The Their Then There They This Those Thurs Thursday Thursdays
Topic Total Transcribed Transcript Tuesdays UK Universal Walking We Wednesday Wednesdays Welcome Well Wellbeing
What When Which Who Whos Why Willen Wind With Women Yeah Yes You Zoom Keynes Services Minds Officer Therapies
Borough Express Tesco Park Institute Group Centre Residents Forum Speaker Unknown Insta Nightline Shout
Gingerbread Freud Thatcher Churchill Lyon Slough Wolverton Bletchley Year Qashqai English Somali Sadness Six
Count Rota Eventually Lemonade Ground Even
CMS CAFCASS ICB SU WEMWBS WhatsApp TikTok Chair Observer Officer Grandmother Also Walk Ok Everybody
Interviewer Interview Transcriber Second Both Written Plus Red Stopping Whats Did Lads Evening New Found
Welcome Also Im In Into Is Isn Its Lady Ladies Let Lots Mum Nothing Other Put Really Reading Same She Sure
Does Having Honestly Students Union Course Agency Peer PEER SPACES STUDY WALKING INTERVIEW
INT REMOVE WI Wellbeing Forum UK Ive Dont Didnt Cant Thats Crew Park
Venue Names People Two Be Read Loved At Roles Keep Just Shuttered Too If Host Anything Some About Chat
""".split())


def fail(msgs, m):
    msgs.append(m)


def transcripts():
    out = []
    for pat in ("*.vtt", "*.txt", "*.csv", "*.docx"):
        for f in sorted(glob.glob(pat)):
            if f in ("labels.csv", "tricky.csv"):
                continue
            out.append(f)
    return sorted(out)


def units(path):
    """(line, text) units: physical lines; for .docx paragraphs (1-based) and table cells (row number)."""
    if path.endswith(".docx"):
        doc = Document(path)
        res = [(i, p.text) for i, p in enumerate(doc.paragraphs, 1)]
        for t in doc.tables:
            for r, row in enumerate(t.rows, 1):
                for cell in row.cells:
                    res.append((r, cell.text))
        return res
    with open(path, encoding="utf-8", newline="") as f:
        return list(enumerate(f.read().split("\n"), 1))


def word_count(path):
    if path.endswith(".docx"):
        doc = Document(path)
        n = sum(len(p.text.split()) for p in doc.paragraphs)
        for t in doc.tables:
            for row in t.rows:
                for cell in row.cells:
                    n += len(cell.text.split())
        return n
    text = open(path, encoding="utf-8").read()
    if path.endswith(".vtt"):
        n = 0
        for line in text.split("\n"):
            s = line.strip()
            if s == "WEBVTT" or re.fullmatch(r"\d+", s) or "-->" in s:
                continue
            n += len(s.split())
        return n
    return len(text.split())


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def spoken_to_plain(s):
    """Turn spoken digits / 'dot' / 'at' / 'slash' into written form."""
    toks = re.split(r"[\s,]+", s.strip())
    out, rep = [], 1
    for t in toks:
        lt = t.lower()
        if lt == "double":
            rep = 2
            continue
        if lt == "triple":
            rep = 3
            continue
        if lt in NUMWORDS:
            out.append(NUMWORDS[lt] * rep)
        elif lt == "dot":
            out.append(".")
        elif lt == "at":
            out.append("@")
        elif lt in ("slash",):
            out.append("/")
        elif lt == "forward":
            continue
        else:
            out.append(t)
        rep = 1
    return out


def digits_of(s):
    d = re.sub(r"\D", "", "".join(spoken_to_plain(s)))
    return d


def nhs_ok(d):
    if not re.fullmatch(r"999\d{7}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def safe_value(kind, text):
    """Return None if the value is in a safe range, otherwise a reason."""
    if kind == "phone":
        d = digits_of(text)
        if d.startswith("44") and len(d) == 12:
            d = "0" + d[2:]
        if not any(re.fullmatch(p, d) for p in PHONE_RANGES):
            return "phone not in Ofcom drama range: %s -> %s" % (text, d)
    elif kind == "nhs_number":
        if not nhs_ok(digits_of(text)):
            return "NHS number not 999 + valid check digit: %s" % text
    elif kind == "ni_number":
        v = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", v):
            return "NI number not QQ/ZZ: %s" % text
    elif kind == "postcode":
        v = re.sub(r"\s", "", text).upper()
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", v)
        if not m:
            return "postcode malformed: %s" % text
        if m.group(1) not in REAL_OUTWARD:
            return "postcode outward code not in the real list: %s" % text
        if not set(m.group(2)[1:]) & set("CIKMOV"):
            return "postcode inward part lacks C/I/K/M/O/V: %s" % text
    elif kind == "car_registration":
        v = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", v) or not set(v[-3:]) & {"I", "Q"}:
            return "car registration lacks I/Q in last three letters: %s" % text
    elif kind == "email":
        v = "".join(spoken_to_plain(text)) if " " in text else text
        if not re.fullmatch(r"[\w.+-]+@(?:[\w-]+\.)*example\.(?:org|com|net)", v):
            return "email not on example.org/.com/.net: %s" % text
    elif kind == "url":
        v = "".join(spoken_to_plain(text)) if " " in text else text
        host = re.sub(r"^https?://", "", v).split("/")[0]
        if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:org|com|net)", host):
            return "url not on example.org/.com/.net: %s" % text
    elif kind == "handle":
        if not re.fullmatch(r"@[\w.]+", text):
            return "handle malformed: %s" % text
    elif kind == "street_address":
        if not any(w in text for w in STREET_WORDS):
            return "street address without a street word: %s" % text
    elif kind == "name":
        if re.search(r"\s", text):
            return "name with whitespace (names must be single words): %s" % text
        if text in ROLE_LABELS:
            return "role label labelled as a name: %s" % text
        if re.fullmatch(r"[A-Za-z]\.?", text):
            return "single initial labelled: %s" % text
        if text.endswith("'s"):
            return "possessive left in label: %s" % text
    elif kind == "date_of_birth":
        if not re.search(r"\d|January|February|March|April|May|June|July|August|September|October|November|December|Dec",
                         text):
            return "date of birth without a date: %s" % text
    return None


# Identifier-like patterns for the sweep (anything matched must be labelled or a listed look-alike).
SWEEP = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken email/url": re.compile(r"\b\w+ dot (?:org|com|net|co dot uk)\b", re.I),
    "url": re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:org|com|net|uk|io|ee)\b(?:/\S*)?"),
    "handle": re.compile(r"(?<![\w.])@[\w.]+"),
    "phone/long number": re.compile(r"\+?\d(?:[\d \-]{6,}\d)"),
    "postcode": re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d\s*[A-Za-z]\s*[A-Za-z]\b"),
    "ni number": re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b"),
    "car registration": re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b"),
    "numeric date": re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
    "spoken digits": re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)"
                                r"[\s,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I),
    "initials": re.compile(r"(?<!\w)(?:[A-Z]\.){2,}(?!\w)"),
    "ordinal date": re.compile(r"\b(?:first|second|third|\w+th|twenty-\w+|thirty-\w+|\d{1,2}(?:st|nd|rd|th)?)"
                               r" (?:of )?(?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"),
}


def spans(regexes, s):
    out = []
    for r in regexes:
        out += [(m.start(), m.end()) for m in r.finditer(s)]
    return out


def covered(a, b, sp):
    return any(x < b and a < y for x, y in sp)


def main():
    msgs = []
    files = transcripts()
    if len(files) != 5:
        fail(msgs, "expected 5 transcripts, found %s" % files)
    exts = sorted(os.path.splitext(f)[1] for f in files)
    if exts != [".csv", ".docx", ".txt", ".txt", ".vtt"]:
        fail(msgs, "unexpected mix of formats: %s" % exts)

    # ---- first line / cue / paragraph / row ---------------------------------------------------
    for f in files:
        if f.endswith(".docx"):
            first = Document(f).paragraphs[0].text
        elif f.endswith(".vtt"):
            import webvtt
            first = webvtt.read(f).captions[0].text
            raw = open(f, encoding="utf-8").read()
            if not raw.startswith("WEBVTT") or "\nNOTE" not in raw:
                fail(msgs, "%s: not a WebVTT file with NOTE blocks" % f)
            if not re.search(r"^[A-ZÀ-ÿ][\wÀ-ÿ]+ [A-Z][\w'-]+: ", raw, re.M):
                fail(msgs, "%s: no 'Firstname Surname:' cue text" % f)
        elif f.endswith(".csv"):
            with open(f, encoding="utf-8", newline="") as fh:
                recs = list(csv.reader(fh))
            if recs[0] != ["speaker", "text"]:
                fail(msgs, "%s: header is not speaker,text" % f)
            first = recs[1][1]
            nlines = len(open(f, encoding="utf-8").read().rstrip("\n").split("\n"))
            if nlines != len(recs):
                fail(msgs, "%s: a record spans several physical lines" % f)
            spk = {r[0] for r in recs[1:]}
            if "Unknown Speaker" not in spk or not any(" " in s and s != "Unknown Speaker" for s in spk):
                fail(msgs, "%s: needs both full-name and 'Unknown Speaker' speaker cells" % f)
        else:
            first = open(f, encoding="utf-8").read().split("\n")[0]
        if first != SYNTH:
            fail(msgs, "%s: first text is not the SYNTHETIC line (%r)" % (f, first[:60]))

    # ---- word counts -----------------------------------------------------------------------------
    wcs = {}
    for f in files:
        wcs[f] = word_count(f)
        if not 700 <= wcs[f] <= 1000:
            fail(msgs, "%s: %d words (want 700-1000)" % (f, wcs[f]))

    # ---- labels.csv --------------------------------------------------------------------------------
    with open("labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        fail(msgs, "labels.csv header wrong: %s" % header)
    by_file = collections.defaultdict(list)
    for r in rows:
        if len(r) != 4:
            fail(msgs, "bad labels row %s" % r)
            continue
        f, line, kind, text = r
        if f not in files:
            fail(msgs, "labels.csv names unknown file %s" % f)
            continue
        if kind not in KINDS:
            fail(msgs, "unknown kind %s" % kind)
        if text != text.strip() or not text:
            fail(msgs, "label text with stray whitespace: %r" % text)
        by_file[f].append((int(line), kind, text))

    for f in files:
        labs = by_file.get(f, [])
        us = units(f)
        kinds_of = collections.defaultdict(set)
        for _, k, t in labs:
            kinds_of[t].add(k)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                fail(msgs, "%s: %r has several kinds %s" % (f, t, ks))
            why = safe_value(next(iter(ks)), t)
            if why:
                fail(msgs, "%s: %s" % (f, why))
        texts = sorted(kinds_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail(msgs, "%s: label %r is contained in label %r" % (f, a, b))
        # expected rows = every whole-word case-sensitive occurrence
        expected = collections.Counter()
        for ln, s in us:
            for t in texts:
                n = len(wre(t).findall(s))
                if n:
                    expected[(ln, t)] += n
        got = collections.Counter((ln, t) for ln, _, t in labs)
        for key in set(expected) | set(got):
            if expected[key] != got[key]:
                fail(msgs, "%s line %d %r: %d occurrences in file, %d label rows"
                     % (f, key[0], key[1], expected[key], got[key]))
        # docx: nothing labelled may hide in headers, footers or properties
        if f.endswith(".docx"):
            doc = Document(f)
            hidden = []
            for sec in doc.sections:
                for part in (sec.header, sec.footer):
                    hidden += [p.text for p in part.paragraphs]
            cp = doc.core_properties
            hidden += [cp.author or "", cp.title or "", cp.last_modified_by or "", cp.comments or ""]
            for h in hidden:
                for t in texts:
                    if wre(t).search(h):
                        fail(msgs, "%s: label %r also appears in a header/footer/property" % (f, t))

    # ---- totals ------------------------------------------------------------------------------------
    kinds = collections.Counter(r[2] for r in rows)
    total = len(rows)
    if not 180 <= total <= 220:
        fail(msgs, "total label rows %d (want 180-220)" % total)
    share = kinds["name"] / max(total, 1)
    if not 0.4 <= share <= 0.6:
        fail(msgs, "names are %.0f%% of labels (want about half)" % (100 * share))

    # ---- tricky.csv --------------------------------------------------------------------------------
    with open("tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        fail(msgs, "tricky.csv header wrong: %s" % th)
    if len(trows) < 60:
        fail(msgs, "only %d tricky rows (want >= 60)" % len(trows))
    tricky_by_file = collections.defaultdict(list)
    for f, t, why in trows:
        if f not in files:
            fail(msgs, "tricky.csv names unknown file %s" % f)
            continue
        tricky_by_file[f].append(t)
        labtexts = {x for _, _, x in by_file[f]}
        if t in labtexts:
            fail(msgs, "%s: tricky %r is also a label" % (f, t))
        free = False
        for ln, s in units(f):
            lsp = spans([wre(x) for x in labtexts], s)
            for m in wre(t).finditer(s):
                if not covered(m.start(), m.end(), lsp):
                    free = True
        if not free:
            fail(msgs, "%s: tricky %r does not occur outside labels" % (f, t))

    # ---- sweep for unlabelled identifier-like strings ---------------------------------------------
    for f in files:
        labtexts = sorted({x for _, _, x in by_file[f]})
        lre = [wre(x) for x in labtexts]
        tre = [wre(x) for x in tricky_by_file[f]]
        for ln, s in units(f):
            lsp = spans(lre, s)
            tsp = spans(tre, s)
            # ignore timing lines of captions and message timestamps
            if "-->" in s:
                continue
            for what, rx in SWEEP.items():
                for m in rx.finditer(s):
                    a, b = m.start(), m.end()
                    if covered(a, b, lsp):
                        continue
                    if any(x <= a and b <= y for x, y in tsp):
                        continue
                    if what == "phone/long number" and len(re.sub(r"\D", "", m.group())) < 9:
                        continue
                    fail(msgs, "%s line %d: unlabelled %s %r" % (f, ln, what, m.group()))
            # capitalised words that are neither labelled, look-alikes nor reviewed ordinary words
            for m in re.finditer(r"(?<![\w@./])[A-ZÀ-Þ][\wÀ-ÿ'’-]*", s):
                w = re.sub(r"['’]s$", "", m.group()).rstrip("'’-")
                if covered(m.start(), m.end(), lsp) or covered(m.start(), m.end(), tsp):
                    continue
                w = re.split(r"['’]", w)[0]  # I'm, We've ... -> I, We
                parts = [p for p in w.split("-") if p]
                if all(p in REVIEWED_CAPS or p.upper() == p for p in parts):
                    continue
                fail(msgs, "%s line %d: unreviewed capitalised word %r" % (f, ln, w))

    # ---- no absolute machine paths in scripts / README ---------------------------------------------
    for f in glob.glob("*.py") + ["README.md"]:
        if os.path.exists(f):
            txt = open(f, encoding="utf-8").read()
            if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/", txt):
                fail(msgs, "%s contains an absolute path" % f)

    # ---- report -----------------------------------------------------------------------------------
    print("files:")
    for f in files:
        print("  %-40s %4d words %3d label rows" % (f, wcs[f], len(by_file[f])))
    print("label rows: %d  (names %d = %.0f%%)" % (total, kinds["name"], 100 * share))
    for k in sorted(kinds):
        print("  %-17s %3d" % (k, kinds[k]))
    print("tricky rows: %d" % len(trows))
    if msgs:
        for m in msgs:
            print("PROBLEM:", m)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
