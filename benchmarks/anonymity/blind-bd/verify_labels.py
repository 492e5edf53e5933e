"""Check labels.csv / tricky.csv against the blind-bd transcripts.  Prints PASS or FAIL.

Run from this folder:  python verify_labels.py
It reads the files itself (does not import build.py/content.py) and checks:
  * every label text is on its line, and EVERY whole-word case-sensitive occurrence
    of a label text in its file has exactly one row (table cells of a .docx count
    as the last paragraph before the table);
  * no label text is contained in another label text of the same file
    (case-insensitive), one kind per text per file, names are single words;
  * safe values (Ofcom drama phone ranges, example.* emails/URLs, 999 NHS numbers with
    a valid modulus-11 check digit, QQ/ZZ NI numbers, postcodes with a real outward
    code and a C/I/K/M/O/V inward part, car registrations with I or Q in the last
    three letters);
  * opening line, word counts (700-1000), totals (180-220, about half names);
  * tricky.csv look-alikes really occur, outside labels, and are not label texts;
  * a sweep for unlabelled identifier-like strings (phones, emails, URLs, handles,
    postcodes, NI/NHS numbers, registrations, dates, spoken numbers, capitalised
    words not on the reviewed allow-list, other-case variants of label texts);
  * scripts in the folder use no absolute machine paths; README first lines.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "coproduction_panel_gateshead.odt",
    "filmed_workshop_slipway.srt",
    "sms_thread_saltgrass_mams.txt",
    "teams_transcript_fellside.txt",
    "fieldnotes_northumberland.docx",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real outward codes used in this set (Gateshead, Sunderland, Barrow, Carlisle, Coquetdale)
REAL_OUTWARD = {"NE10", "SR5", "LA14", "CA1", "NE65"}
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Sister", "Prof"}

# Capitalised words that are NOT identifiers, reviewed by hand (sentence starts, role
# labels, months, apps, towns/cities/regions, charities, public bodies, public figures).
ALLOWED_CAPS = set("""
SYNTHETIC TRANSCRIPT A Co-production Panel Record Meeting DRAFT Wednesday March Present
Commissioners Notes Apologies Welcome The What Since November Comment Fair Happy
Polish-speaking Thursday At First Then Shared He Please She When Long One You I'm Can
Tensions Community Wellbeing Grant Facilitation January Agreed NHS Check Members Tuesday
Civic Centre Put Actions Chair Polish DELETE New DOB NI Mob GP Insta Deleted April Next
I'd Having For Mr Cllr FACILITATOR Right Ignore So Member Nobody Everybody My Nights Our
I Turned It And Retired Aye Forty I've Fishermen We Young Not That's Sounds But Three In
Here English Ground Every Apprentice Me Nice Same It's Honestly Some There's Now Last
Word Group Or Thursdays Tuesdays Struggling Filmed With More God Conversation Exported
Messages Mar PM AM HV PRIVATELY Morning Form If Mon-Fri Recovery Transcript Evening
Usual Cameras Names No Tonight's Yeah Like Anywhere Eating Guest Room Hi Just Half Sorry
Took Because Also OK On Back Field Researcher Dr Raw Participant IDs Tue February Drove
Eight Walked Sat Roles Tension Their Someone Christmas Reflexive Thu Five Memo Distance
Mon Wed Admin Her Don't Contact ID Name Phone Email Consent
Another I'll We're Men Messages.txt
""".split())


# Lower-case chat: every lower-case word of the SMS export that is not labelled must be an
# ordinary word from this reviewed list (catches unlabelled lower-case names).
CHAT_FILE = "sms_thread_saltgrass_mams.txt"
CHAT_VOCAB = set("""
a added address advice after agree all already and anyone anyone's anything anyway are
ask asks at baby baby's back base basically be bedtime been before being biscuit bit
blue book bookies brew bring bus but came can can't cant car chat come coming cot
couldnt crisis crying crèche dead desk didnt does doing dont door dr dreading each else
email emergencies even every everyone exactly face faces family feeding feel feels
fiesta fine first fixed follow for form from front full future get gets girls give glad
go going got gp great group half has have havent he he's here hers him hiya hour hub hun
hv i i'll iMazing iMessage if ill im in invented is isnt it its just kitchen ladies lady
last lates lets lift lifted like line lol looking matters me message messages mins
monitored morning my name nearly need new next nhs night nightmare no nobody not notes
nothing now number of off old omg on one only or others ours out outside own phone pic
pics pinned please pram press privately proud ps put reading red right ring room rules
run safe said samaritans same sat save say saying says seat sertraline services settle
shut since single sit slowly smashed so social some someone something sorry sort stairs
start staying stays still stop stuck supposed sure take talk tbh terrified text thank
that thats the then they've thing this those thurs time to today txt u unless up
upstairs ur us vote wait was watched way week welcome what's when white who why with wk
wks wont work worst wrong x xmas yeah yes you zombie
""".split())


def fail(msg):
    ERRORS.append(msg)


ERRORS = []


# ---------------------------------------------------------------------------
def read_units(fname):
    """(line, text) list: physical lines for text/srt; paragraphs for docx/odt."""
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        res, n = [], 0
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                n += 1
                res.append((n, Paragraph(child, d).text))
            elif tag == "tbl":
                for row in Table(child, d).rows:
                    for cell in row.cells:
                        res.append((n, cell.text))
        if len(d.paragraphs) != n:
            fail("%s: paragraph count mismatch" % fname)
        return res
    if fname.endswith(".odt"):
        from odf.opendocument import load
        from odf import text as odftext, teletype
        doc = load(path)
        return [(i, teletype.extractText(p))
                for i, p in enumerate(doc.getElementsByType(odftext.P), 1)]
    with open(path, encoding="utf-8") as f:
        data = f.read()
    return [(i, l) for i, l in enumerate(data.split("\n"), 1)]


def wb(text, flags=0):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", flags)


WORDNUM = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    out, dbl = [], 1
    for tok in re.findall(r"[a-z]+|\d", s.lower()):
        if tok == "double":
            dbl = 2
            continue
        if tok == "triple":
            dbl = 3
            continue
        if tok in WORDNUM:
            out.append(WORDNUM[tok] * dbl)
        elif tok.isdigit():
            out.append(tok * dbl)
        dbl = 1
    return "".join(out)


def safe_value(kind, text):
    t = text.strip()
    if kind == "phone":
        d = t.replace("+44", "0")
        d = spoken_digits(d) if re.search(r"[A-Za-z]", d) else re.sub(r"\D", "", d)
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)
    if kind == "email":
        e = re.sub(r"\s+at\s+", "@", t)
        e = re.sub(r"\s+dot\s+", ".", e).replace(" ", "")
        return re.fullmatch(r"[\w.+-]+@example\.(org|com|net)", e) is not None
    if kind == "url":
        return re.match(r"(https?://)?(www\.)?example\.(org|com|net)(/|$)", t) is not None
    if kind == "nhs_number":
        d = re.sub(r"\D", "", t)
        if len(d) != 10 or not d.startswith("999"):
            return False
        s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        return c != 10 and c == int(d[9])
    if kind == "ni_number":
        return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t.upper())) is not None
    if kind == "postcode":
        p = re.sub(r"\s", "", t.upper())
        out_, in_ = p[:-3], p[-3:]
        return (out_ in REAL_OUTWARD and re.fullmatch(r"\d[A-Z]{2}", in_) is not None
                and any(ch in "CIKMOV" for ch in in_[1:]))
    if kind == "car_registration":
        r = re.sub(r"\s", "", t.upper())
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}", r) is not None and any(
            ch in "IQ" for ch in r[-3:])
    if kind == "date_of_birth":
        return re.search(r"\d", t) is not None
    if kind == "name":
        return (not re.search(r"\s", t)) and not t.endswith("'s") and t not in TITLES
    return True


SWEEPS = {
    "phone": re.compile(r"(?<![\w+])(?:\+44\s?|0)(?:\d[\s-]?){8,10}\d(?!\w)"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken_email": re.compile(r"\bat\s+\w+\s+dot\s+(?:org|com|net|co)\b", re.I),
    "url": re.compile(r"(?:https?://|www\.)\S+|(?<![\w@.])[\w-]+\.(?:org|com|net|co\.uk|uk)/\S*"),
    "handle": re.compile(r"(?<![\w.])@[A-Za-z0-9_.]*[A-Za-z0-9_]"),
    "handle_like": re.compile(r"(?<!\w)[a-z]+_[a-z0-9_]+(?!\w)"),
    "postcode": re.compile(r"(?<!\w)[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}(?!\w)"),
    "ni": re.compile(r"(?<!\w)[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d](?!\w)"),
    "nhs": re.compile(r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)"),
    "car": re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}(?!\w)"),
    "date": re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\d/])"),
    "date_words": re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:the\s+\d{1,2}(?:st|nd|rd|th)|[A-Za-z]{3,9})\b,?\s+\d{2,4}\b"),
    "spoken_num": re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double)[\s,-]+){5,}", re.I),
    "house_number": re.compile(r"(?<!\w)\d{1,3}[a-z]?,?\s+[A-Za-z]+\s+(?:Road|Rd|Street|St|Lane|Close|Court|Row|Way|Terrace|Cottages|Avenue|Drive|Crescent|Mews|Place|Gardens|rd|st|lane|close)\b"),
}


def main():
    # ---------------- labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            fail("labels.csv header is %r" % header)
        rows = [r for r in reader]
    labels = defaultdict(list)  # file -> [(line, kind, text)]
    for r in rows:
        if len(r) != 4:
            fail("bad row %r" % r)
            continue
        fn, line, kind, text = r
        if fn not in FILES:
            fail("unknown file %s" % fn)
            continue
        if kind not in KINDS:
            fail("unknown kind %s" % kind)
        labels[fn].append((int(line), kind, text))

    # ---------------- tricky.csv
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        th = next(reader)
        if th != ["file", "text", "why"]:
            fail("tricky.csv header is %r" % th)
        tricky = [r for r in reader]
    tricky_by_file = defaultdict(set)
    for r in tricky:
        if len(r) != 3 or not r[2].strip():
            fail("bad tricky row %r" % r)
            continue
        tricky_by_file[r[0]].add(r[1])
    if len(tricky) < 60:
        fail("tricky.csv has %d rows (<60)" % len(tricky))

    total_words = {}
    for fn in FILES:
        if not os.path.exists(os.path.join(HERE, fn)):
            fail("missing %s" % fn)
            continue
        units = read_units(fn)
        by_line = defaultdict(list)
        for ln, t in units:
            by_line[ln].append(t)
        L = labels[fn]

        # opening line
        if fn.endswith(".srt"):
            first_cue = []
            for _, t in units[2:]:
                if not t.strip():
                    break
                first_cue.append(t)
            ok = " ".join(first_cue).strip() == SYN
        else:
            ok = units[0][1].strip() == SYN
        if not ok:
            fail("%s: does not open with the SYNTHETIC line" % fn)

        # word counts
        if fn.endswith(".srt"):
            txt = [t for _, t in units if t.strip() and not t.strip().isdigit() and "-->" not in t]
            _check_srt(fn, units)
        else:
            txt = [t for _, t in units]
        wc = sum(len(t.split()) for t in txt)
        total_words[fn] = wc
        if not 700 <= wc <= 1000:
            fail("%s: %d words" % (fn, wc))

        # kinds per text / containment / safe values
        kind_of = {}
        for ln, kind, text in L:
            if kind_of.setdefault(text, kind) != kind:
                fail("%s: %r has two kinds" % (fn, text))
            if not safe_value(kind, text):
                fail("%s: unsafe or malformed %s %r" % (fn, kind, text))
        texts = sorted(kind_of)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail("%s: label %r contained in %r" % (fn, a, b))

        # every occurrence labelled, every row on its line
        want = Counter((ln, t) for ln, _, t in L)
        have = Counter()
        spans = defaultdict(list)  # line -> [(unit_index, s, e)]
        for ui, (ln, t) in enumerate(units):
            for text in texts:
                for m in wb(text).finditer(t):
                    have[(ln, text)] += 1
                    spans[ui].append((m.start(), m.end()))
        for key in set(want) | set(have):
            if want[key] != have[key]:
                fail("%s line %d: %r labelled %d times, occurs %d times"
                     % (fn, key[0], key[1], want[key], have[key]))

        # other-case variants of label texts must be listed as tricky
        for ui, (ln, t) in enumerate(units):
            for text in texts:
                for m in wb(text, re.I).finditer(t):
                    if m.group(0) != text and m.group(0) not in kind_of \
                            and m.group(0) not in tricky_by_file[fn]:
                        fail("%s line %d: %r is a case variant of label %r, not in tricky.csv"
                             % (fn, ln, m.group(0), text))

        # tricky rows
        for tt in tricky_by_file[fn]:
            if tt in kind_of:
                fail("%s: tricky %r is also a label" % (fn, tt))
            found = False
            for ui, (ln, t) in enumerate(units):
                for m in wb(tt).finditer(t):
                    if not any(s < m.end() and m.start() < e for s, e in spans[ui]):
                        found = True
            if not found:
                fail("%s: tricky %r not found outside labels" % (fn, tt))

        # sweeps
        for ui, (ln, t) in enumerate(units):
            tspans = []
            for tt in tricky_by_file[fn]:
                for m in wb(tt).finditer(t):
                    tspans.append((m.start(), m.end()))
            covered = spans[ui]
            for name, rx in SWEEPS.items():
                for m in rx.finditer(t):
                    s, e = m.start(), m.end()
                    if any(a < e and s < b for a, b in covered):
                        continue
                    if any(a <= s and e <= b for a, b in tspans):
                        continue
                    if fn.endswith(".srt") and name in ("date", "phone", "nhs") and \
                            re.fullmatch(r"[\d:, >-]+", t.strip()):
                        continue  # timing line
                    fail("%s line %d: unlabelled %s-like %r" % (fn, ln, name, m.group(0)))
            if fn == CHAT_FILE:
                for m in re.finditer(r"(?<![\w'’])[^\W\d_][\w'’-]*", t):
                    w = m.group(0)
                    if w[0].isupper() or any(a <= m.start() < b for a, b in covered) \
                            or any(a <= m.start() < b for a, b in tspans):
                        continue
                    if w not in CHAT_VOCAB:
                        fail("%s line %d: chat word %r not labelled/known" % (fn, ln, w))
            for m in re.finditer(r"(?<![\w'’])[^\W\d_][\w'’.-]*", t):
                w = m.group(0).rstrip(".-'’")
                if not w or not w[0].isupper() or (len(w) == 1 and w != "I"):
                    continue  # lower-case word, or a single initial (never labelled)
                if any(a <= m.start() < b for a, b in covered):
                    continue
                base = re.sub(r"['’]s$", "", w)
                if w in ALLOWED_CAPS or base in ALLOWED_CAPS or w in tricky_by_file[fn] \
                        or any(a <= m.start() < b for a, b in tspans):
                    continue
                if base.lower() in COMMON:
                    continue
                fail("%s line %d: capitalised word %r not labelled/allowed" % (fn, ln, w))

    # ---------------- totals
    kinds = Counter(k for fn in labels for _, k, _ in labels[fn])
    total = sum(kinds.values())
    if not 180 <= total <= 220:
        fail("total label rows %d not in 180-220" % total)
    if not 0.4 <= kinds["name"] / max(total, 1) <= 0.6:
        fail("names are %d of %d" % (kinds["name"], total))

    # ---------------- scripts and README
    for fn in os.listdir(HERE):
        if fn.endswith(".py"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                if re.search(r"""["'](?:/[A-Za-z]|[A-Z]:[\\/])""", f.read()):
                    fail("%s contains an absolute path" % fn)
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        rl = f.read().split("\n")
    if rl[0] != ("This set is synthetic: every person, number, address, employer, venue, "
                 "school and street in it is invented."):
        fail("README first line")
    if "**Status: NOT scored yet.**" not in rl[1:4]:
        fail("README status line")

    print("files:", len(FILES), " label rows:", total, " tricky rows:", len(tricky))
    for fn in FILES:
        print("  %-36s %4d words %3d labels" % (fn, total_words.get(fn, 0), len(labels[fn])))
    print("  per kind:", dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


def _check_srt(fn, units):
    lines = [t for _, t in units]
    i, n, prev_end = 0, 1, -1
    tm = re.compile(r"(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if lines[i].strip() != str(n):
            fail("%s: cue %d numbering at line %d" % (fn, n, i + 1))
            return
        m = tm.match(lines[i + 1].strip())
        if not m:
            fail("%s: bad timing line %d" % (fn, i + 2))
            return
        g = [int(x) for x in m.groups()]
        s = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        e = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not prev_end <= s < e:
            fail("%s: cue %d timing overlaps" % (fn, n))
        prev_end = e
        i += 2
        while i < len(lines) and lines[i].strip():
            i += 1
        n += 1


# ordinary English words that may be capitalised at a sentence start
COMMON = set("""
a about after all also an and any anyone are as at be because before being but by can
could did do does don't each even every for from get go good had has have he her here
him his how i if in is it its just know last let like make may me more most much must
my no nobody not now of off ok on once one only or other our out over please right said
say see she should so some something still such that the their them then there these
they this those to too up us very was we well were what when where which while who why
will with would yes yet you your yours
""".split())


if __name__ == "__main__":
    main()
