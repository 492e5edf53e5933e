#!/usr/bin/env python3
"""Verify the blind-aj anonymity benchmark set.

Run from anywhere:  python verify_labels.py
Needs odfpy (for the .odt) and webvtt-py (for the .vtt word count).
Prints PASS (exit 0) or a list of problems and FAIL (exit 1).

Checks
  * every transcript opens with the SYNTHETIC line, is 700-1000 words
  * labels.csv: header, known files/kinds, text present on its line/paragraph/row
  * every whole-word case-sensitive occurrence of a labelled text has a row
    (multiset equality per file/line/text), and no row without an occurrence
  * one kind per text per file; no label text contained in another (case-insensitive)
  * names are single words without possessive 's
  * safe values: Ofcom drama phone ranges, example.* emails/URLs, NHS 999 + mod 11,
    NI prefix QQ/ZZ, postcode = real outward code + inward containing C/I/K/M/O/V,
    car registrations with I or Q in the last three letters
  * totals: 180-220 rows, names roughly half
  * tricky.csv: >=60 rows, text really appears outside every label span, never a label
  * sweep: unlabelled identifier-like strings (numbers, emails, URLs, postcodes, NI/NHS,
    registrations, handles, dates, spoken digit runs, capitalised words not in the
    reviewed allowlist) are reported
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_scrutiny_panel_meet.vtt",
    "02_gambling_peer_group_transcript.csv",
    "03_farmers_wellbeing_telegram.txt",
    "04_seafarers_dropin_vignette.odt",
    "05_criw_tawe_bilingual.txt",
]
KINDS = {
    "name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
    "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration",
}

# ---------------------------------------------------------------- reading units

def odt_paragraphs(path):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(path)
    out = []

    def walk(node):
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                out.append(teletype.extractText(child))
            else:
                walk(child)

    walk(doc.text)
    return out


def units(fname):
    """Return list of (unit_number, text) where unit = physical line / paragraph / row."""
    path = os.path.join(HERE, fname)
    if fname.endswith(".odt"):
        return [(i + 1, p) for i, p in enumerate(odt_paragraphs(path))]
    if fname.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        return [(i + 1, "\t".join(r)) for i, r in enumerate(rows)]
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    return [(i + 1, ln) for i, ln in enumerate(data.split("\n"))]


def body_text(fname):
    """Text whose words are counted."""
    path = os.path.join(HERE, fname)
    if fname.endswith(".vtt"):
        import webvtt
        return "\n".join(c.text for c in webvtt.read(path))
    if fname.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            return "\n".join(r["text"] for r in csv.DictReader(fh))
    if fname.endswith(".odt"):
        return "\n".join(odt_paragraphs(path))
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def first_text(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".vtt"):
        import webvtt
        return webvtt.read(path)[0].text
    if fname.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            return next(csv.DictReader(fh))["text"]
    if fname.endswith(".odt"):
        return odt_paragraphs(path)[0]
    with open(path, encoding="utf-8") as fh:
        return fh.readline().rstrip("\n")


def occ_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

# ---------------------------------------------------------------- safe values

SPOKEN = {
    "oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "dim": "0", "un": "1", "dau": "2", "tri": "3", "pedwar": "4", "pump": "5",
    "chwech": "6", "saith": "7", "wyth": "8", "naw": "9",
}
REPEAT = {"double": 2, "triple": 3, "dwbl": 2}


def phone_digits(s):
    s = s.strip()
    if re.search(r"[a-z]", s, re.I):
        toks = re.findall(r"[a-zA-Z]+|\d+", s.lower())
        out, mult = "", 1
        for t in toks:
            if t in REPEAT:
                mult = REPEAT[t]
                continue
            d = SPOKEN.get(t, t if t.isdigit() else None)
            if d is None:
                return None
            out += d * mult
            mult = 1
        s = out
    d = re.sub(r"[\s().-]", "", s)
    if d.startswith("+44"):
        d = "0" + d[3:]
    return d if d.isdigit() else None


PHONE_OK = [
    r"07700900\d{3}", r"01632960\d{3}", r"(?:0113|0131|0141|0117|0121|0161)4960\d{3}",
    r"02079460\d{3}", r"02896496\d{3}", r"02920180\d{3}",
]
REAL_OUTWARD = {"LL11", "LL12", "LL13", "SA8", "SA9", "FY1", "FY4", "CA10", "CA17", "IM1", "IM5"}


def nhs_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def email_norm(s):
    t = s.strip()
    if "@" not in t:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
        t = t.replace(" ", "")
    return t


def safe_problem(kind, text):
    if kind == "phone":
        d = phone_digits(text)
        if not d or not any(re.fullmatch(p, d) for p in PHONE_OK):
            return "phone not in Ofcom drama range"
    elif kind == "email":
        if not re.fullmatch(r"[\w.+-]+@example\.(?:org|com|net)", email_norm(text)):
            return "email not on example.org/.com/.net"
    elif kind == "url":
        m = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)", text)
        if not m or m.group(1) not in ("example.org", "example.com", "example.net"):
            return "url not on example domain"
    elif kind == "nhs_number":
        if not nhs_ok(text):
            return "NHS number not 999-prefixed with valid check digit"
    elif kind == "ni_number":
        if not re.fullmatch(r"(?:QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", text)):
            return "NI number not QQ/ZZ"
    elif kind == "postcode":
        t = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", t)
        if not m or m.group(1) not in REAL_OUTWARD or not re.search(r"[CIKMOV]", m.group(2)):
            return "postcode unsafe"
    elif kind == "car_registration":
        t = re.sub(r"\s", "", text.upper())
        m = re.fullmatch(r"[A-Z]{2}\d{2}([A-Z]{3})", t)
        if not m or not re.search(r"[IQ]", m.group(1)):
            return "registration unsafe"
    elif kind == "handle":
        if not re.fullmatch(r"@[\w.]+", text):
            return "handle format"
    elif kind == "name":
        if re.search(r"\s", text) or re.search(r"['\u2019]s$", text):
            return "name must be a single word without possessive"
    return None

# ---------------------------------------------------------------- sweep

SPOKEN_WORDS = sorted(set(SPOKEN) | set(REPEAT), key=len, reverse=True)
SPOKEN_RUN = re.compile(
    r"(?<!\w)(?:(?:%s)[\s,]+){4,}(?:%s)(?!\w)" % ("|".join(SPOKEN_WORDS), "|".join(SPOKEN_WORDS)),
    re.I,
)
SWEEP = {
    "phone-like": re.compile(r"(?<![\w.])(?:\+44\s?|0)\d(?:[\s-]?\d){7,11}(?!\w)"),
    "spoken digits": SPOKEN_RUN,
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "spoken email": re.compile(r"\w+ at \w+ dot \w+", re.I),
    "url": re.compile(r"https?://\S+|www\.\S+|(?<![\w@.])[\w-]+\.(?:org|com|net|uk|wales|im)(?:/\S*)?"),
    "postcode": re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?!\w)", re.I),
    "NI": re.compile(r"(?<!\w)[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)"),
    "NHS": re.compile(r"(?<!\w)\d{3}\s?\d{3}\s?\d{4}(?!\w)"),
    "registration": re.compile(r"(?<!\w)[A-Z]{2}\s?\d{2}\s?[A-Z]{3}(?!\w)"),
    "handle": re.compile(r"(?<![\w.])@[\w.]*\w"),
    "date": re.compile(r"(?<!\w)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\w)"),
}
CAPWORD = re.compile(r"[^\W\d_]\w*(?:[-'\u2019.]\w+)*")

# Capitalised words that were reviewed and are NOT identifiers (ordinary words,
# sentence starts, Welsh words, public bodies, real towns/regions, products...).
ALLOW = set("""
A Ac Address Adwaith Alright Also An And Anfona Anyone April At Aw Aye Background Batangas BE
BEFORE Before Ben-my-Chree Berlingo Boxing Breathing Bring But By C.A.L.L C.A.L.L. CAMHS Can
Canolfan Case Central Centre Chair Cheers Childline Christmas CIRCULATION Cllr Code-switching
Cofiwch Come Community Congrats Could Counsellor Crew Crews Crisis Cumberland Cyfranogwr
Cyfranogwyr Cymraeg Cymru Cyn Dad Date Day Ddim Delete DELETED Desktop Dewi Dim Diolch Diwedd Do
Does Dog's Don't Drive Drop-in Dydd Dysgwr Edinburgh Eisteddfod End English Enquiries Even Evening
Every Everyone Facebook Fair Fan FCN Fercher Few Fi Fi'n Fiesta Fingers Finish Fire's First For
Forms Forty Friday Friday's Fridays From Gamban Gambling GamCare GamStop Google Got GP Group
Guildhall Gwilym Gymraeg Gŵyl Ha Half Happy Having He Health Hearing Helpline Herald Hilux His HMRC
Honest Honestly Host Hwyl Hwylusydd Hydref I I'd I'll I'm I've Iawn Ie If In Insta Instagram
Insurance Internal Irish Is It It'll It's January Just Last Learning Like Little Live Look Lovely
Mae Mae'n Mae'r Mail Mam Manchester Manx March Maybe Meddwl Meet Meeting Meic Mine Mine's Mobile Mr
Mrs Much MUST My Nain Name Names National Network New Next Nghymraeg NHS Ni NI Ni'n Night No Nobody
Nodyn Northern Nos Not NOTE Note Nothing Now O'n October Of Oh Oi Ok Okay On Once Ond Only Onn Oops
Or Our P60 Paid Pan Panel Peer Pen-blwydd Philippines Please Police Port Preston Pwy Quick
Recordiwyd Referrals Reg Reit Reminder Rev Rev. Rhif Right Road Rochdale Roles Rota's RPA Rydych
Sadwrn Saesneg Sailors Sailors' Sailors’ Samaritans Same Sat Saturday Saturdays Scrutiny Sea
SeafarerHelp Seafarers Service Sesiwn She She's Shipping Should Sitting Small So Society Some
Someone Sometimes Sori Sorry Space Spar Speaker St Stafell Still Study Summary Sundays Support
Surgery Swnio'n SYNTHETIC Table TABLE Tagalog Take Task Telegram Tell Terminal Text Thank Thanks
That That's The Then There Third This THIS Three Thursday Thursdays TikTok To Told Too Took
TRANSCRIPT Transcript Trawsgrifiad Tuesday Twelve Usual Vet's Visiting Warwick Warwick-Edinburgh We
We'd We're WEBVTT Welcome Wellbeing Welsh Welsh-medium Welsh-speaking WEMWBS Westmorland We’re What
What's Where Whether Which Who Wi-Fi With Within Worker Written Wythnos Yeah Yellow Yep Yes Yn You
You're Ysgol
""".split())

# strings that look like identifiers to the sweep but are public/helpline/meeting data
SWEEP_ALLOW = {
    "0808 8020 133", "03000 111 999", "080880 23456", "meddwl.org", "06.03.24", "13.03.24",
    "12.03.24", "example.org", "WEMWBS",
}


def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    # ---- transcripts
    unit_cache = {}
    for f in FILES:
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            bad(f"missing file {f}")
            continue
        unit_cache[f] = units(f)
        ft = first_text(f)
        if not ft.startswith(SYNTH):
            bad(f"{f}: does not open with the SYNTHETIC line (got {ft[:60]!r})")
        wc = len(body_text(f).split())
        if not 700 <= wc <= 1000:
            bad(f"{f}: {wc} words, outside 700-1000")

    # ---- labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ["file", "line", "kind", "text"]:
            bad(f"labels.csv header {header}")
        rows = [r for r in reader]

    by_file = collections.defaultdict(list)
    for r in rows:
        if len(r) != 4:
            bad(f"bad row {r}")
            continue
        f, line, kind, text = r
        if f not in FILES:
            bad(f"unknown file {f}")
            continue
        if kind not in KINDS:
            bad(f"unknown kind {kind} in {r}")
        by_file[f].append((int(line), kind, text))

    totals = collections.Counter()
    spans = collections.defaultdict(list)  # (file, unit) -> [(start,end)]
    for f in FILES:
        if f not in unit_cache:
            continue
        umap = dict(unit_cache[f])
        labs = by_file.get(f, [])
        kinds_for = collections.defaultdict(set)
        for line, kind, text in labs:
            kinds_for[text].add(kind)
            totals[kind] += 1
            if line not in umap or not occ_re(text).search(umap[line]):
                bad(f"{f}:{line}: label text {text!r} not found (whole-word) on that line")
            msg = safe_problem(kind, text)
            if msg:
                bad(f"{f}: {text!r}: {msg}")
        for text, ks in kinds_for.items():
            if len(ks) > 1:
                bad(f"{f}: {text!r} has several kinds {ks}")
        texts = sorted(kinds_for)
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    bad(f"{f}: label {a!r} is contained in label {b!r}")
        # every occurrence labelled, and nothing extra
        want = collections.Counter((line, text) for line, _, text in labs)
        have = collections.Counter()
        for u, s in unit_cache[f]:
            for text in texts:
                for m in occ_re(text).finditer(s):
                    have[(u, text)] += 1
                    spans[(f, u)].append((m.start(), m.end()))
        for key in set(want) | set(have):
            if want[key] != have[key]:
                bad(f"{f}: line {key[0]} text {key[1]!r}: {have[key]} occurrence(s) but {want[key]} label row(s)")

    n = sum(totals.values())
    if not 180 <= n <= 220:
        bad(f"total label rows {n} outside 180-220")
    if n and not 0.4 <= totals["name"] / n <= 0.6:
        bad(f"names are {totals['name']}/{n} of rows, not about half")

    def covered(f, u, a, b):
        return any(s <= a and b <= e for s, e in spans[(f, u)])

    def starts_in_label(f, u, a):
        return any(s <= a < e for s, e in spans[(f, u)])

    # ---- tricky.csv
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        tr = list(csv.DictReader(fh))
    if len(tr) < 60:
        bad(f"tricky.csv has {len(tr)} rows (<60)")
    tricky_texts = collections.defaultdict(set)
    for r in tr:
        f, text, why = r["file"], r["text"], r["why"]
        if f not in unit_cache:
            bad(f"tricky: unknown file {f}")
            continue
        if not why.strip():
            bad(f"tricky: no reason for {text!r}")
        tricky_texts[f].add(text)
        labtexts = {t for _, _, t in by_file.get(f, [])}
        if text in labtexts:
            bad(f"tricky: {text!r} is a label text in {f}")
        free = False
        for u, s in unit_cache[f]:
            for m in re.finditer(re.escape(text), s):
                if not covered(f, u, m.start(), m.end()):
                    free = True
        if not free:
            bad(f"tricky: {text!r} does not appear (outside labels) in {f}")

    # ---- sweep for unlabelled identifier-like strings
    for f in FILES:
        if f not in unit_cache:
            continue
        for u, s in unit_cache[f]:
            if f.endswith(".vtt") and "-->" in s:
                continue
            cells = s
            for what, rx in SWEEP.items():
                for m in rx.finditer(cells):
                    tok = m.group(0).rstrip(".,;:)")
                    if covered(f, u, m.start(), m.start() + len(tok)):
                        continue
                    if tok in SWEEP_ALLOW or tok in tricky_texts[f]:
                        continue
                    if f.endswith(".csv") and what in ("date",) and re.fullmatch(r"\d\d:\d\d:\d\d", tok):
                        continue
                    bad(f"sweep {f}:{u}: unlabelled {what} {m.group(0)!r}")
            for m in CAPWORD.finditer(cells):
                w = m.group(0)
                if not w[0].isupper():
                    continue
                if starts_in_label(f, u, m.start()):
                    continue
                w2 = re.sub(r"['\u2019]s$", "", w)
                if w in ALLOW or w2 in ALLOW or w2 in tricky_texts[f] or w in tricky_texts[f]:
                    continue
                if any(w2 in t.split() for t in tricky_texts[f]):
                    continue
                bad(f"sweep {f}:{u}: unreviewed capitalised word {w!r}")

    # ---- README header
    rp = os.path.join(HERE, "README.md")
    if not os.path.exists(rp):
        bad("README.md missing")
    else:
        with open(rp, encoding="utf-8") as fh:
            head = fh.read().split("\n")
        if head[0] != ("This set is synthetic: every person, number, address, employer, venue, "
                       "school and street in it is invented."):
            bad("README.md first line wrong")
        if not any(line.startswith("**Status:") for line in head[1:4]):  # "NOT scored yet", then its score
            bad("README.md status line missing")

    for p in problems:
        print(p)
    print(f"label rows: {n}; per kind: {dict(sorted(totals.items()))}")
    if problems:
        print(f"FAIL ({len(problems)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
