# -*- coding: utf-8 -*-
"""Verify the blind-az benchmark set.  Prints PASS or a list of problems.

Reads only the files in this folder (transcripts, labels.csv, tricky.csv,
README.md).  Run with a Python that has python-docx, odfpy, webvtt-py and
english-words:   .venv/bin/python verify_labels.py

Checks
  * exactly five transcripts, one per format; each opens with the SYNTHETIC line
    (first line / first cue text / first paragraph); 700-1000 words each;
  * labels.csv: header, kinds, line numbers in range, text present on its line,
    every whole-word case-sensitive occurrence of a labelled text in its file
    has exactly one row, one kind per text per file, no label text contained in
    another label text of the same file (case-insensitive);
  * name labels are single words, without honorifics / possessive 's, and are
    not role labels or single initials;
  * safe values: Ofcom drama phone ranges, example.* emails/URLs, NHS numbers
    starting 999 with a valid modulus-11 check digit, NI prefix QQ/ZZ, postcodes
    with a real outward code and an inward part containing C/I/K/M/O/V, car
    registrations with I or Q among the last three letters;
  * no identifiers hidden in .docx headers/footers/properties or .odt metadata;
  * tricky.csv: >= 60 rows, every text really appears (whole word, outside
    labelled spans) and is never itself a label text in that file;
  * sweep: no unlabelled e-mail, URL, @handle, phone-like digit run, spoken
    digit run, postcode-, NI-, NHS- or registration-like string, unreviewed
    date, or word that is neither English (english-words web2+gcide), nor part
    of a tricky text, nor in the reviewed list below;
  * README.md: first two lines, label totals per kind and per file.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_L1 = ("This set is synthetic: every person, number, address, employer, venue, school and "
             "street in it is invented.")

KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
EXPECTED_EXT = Counter({".docx": 1, ".odt": 1, ".vtt": 1, ".txt": 2})
HONORIFICS = {"aunty", "auntie", "uncle", "pastor", "sister", "brother", "bro", "mr", "mrs", "ms",
              "miss", "dr", "imam", "sheikh", "hajji", "mama", "papa", "sis", "rev"}
ROLE_RE = re.compile(r"^(Facilitator|Member \d+|P\d+|F|Speaker \d+|Interviewer|Moderator)$")

# Real outward codes used for the theme (London and the South East).
REAL_OUTWARD = {"SE6", "SE13", "SE4", "SE8", "SE14", "SE23", "N15", "N17", "N22", "CR0", "CR7",
                "SW2", "SW9", "SE5", "LU1", "LU2", "LU3", "LU4", "SL1", "SL2", "SL3", "E8", "E5"}

SAFE_PHONE = [re.compile(p) for p in (
    r"^07700900\d{3}$", r"^01632960\d{3}$", r"^01134960\d{3}$", r"^02079460\d{3}$",
    r"^01314960\d{3}$", r"^01414960\d{3}$", r"^01174960\d{3}$", r"^01214960\d{3}$",
    r"^01614960\d{3}$", r"^02896496\d{3}$", r"^02920180\d{3}$")]
EXAMPLE_DOMAIN = re.compile(r"^(www\.)?example\.(org|com|net)$")

# Unlabelled date-like strings that are meeting / export / transcription dates.
ALLOWED_DATES = {
    "05_slough_discord_export.txt": {"03/02/2025", "12/02/2025", "13/02/2025", "14/02/2025"},
    "02_tottenham_focus_group.txt": {"09/11/2024"},
}

# Words that are not in the English word lists but were reviewed as NOT identifiers
# (slang, non-English common words, brand/app names, tags, nationalities, etc.).
REVIEWED = {
    # chat/English slang and abbreviations
    "wagwan", "innit", "lol", "tbf", "tho", "thru", "ty", "hbd", "bday", "youngun", "ur", "gonna",
    "btw", "dm", "DM", "hun", "fam", "i", "m", "s", "t", "ll", "re", "ve", "d", "k", "x",
    "ok", "tv", "am", "pm",
    # formats, tags, platforms, devices
    "WEBVTT", "Fi", "Wi", "iPhone", "WhatsApp", "whatsapp", "Facebook", "Instagram", "Bluetooth",
    "SSM", "Unverified", "Teams", "NOTE", "PC2", "HALL", "A13", "Galaxy", "FG3", "m4a", "m41s",
    "GP", "NHS", "A&E", "L", "D", "E", "A", "H", "R", "T", "C", "P", "en", "GB", "mg", "th",
    # languages, peoples, places that are regions/countries/big towns
    "Kurmanji", "Tigrinya", "Kurdish", "Turkish", "Eritrea", "eritrean", "Nigerians", "romani",
    "Romani", "Roma", "Romania", "Sylhet", "Bengali", "Lewisham", "Tottenham", "Croydon", "Brixton",
    "Luton", "Slough", "Langley", "Kingston", "London",
    # faith/food/culture words
    "Dhuhr", "Quran", "nasheed", "madrasa", "shiro", "samosas", "chai", "sastipe", "imam",
    "Samaritans", "Zafira", "Corolla", "bourbons", "Masjid",
    # everyday words missing from the word lists
    "app", "wellbeing", "childcare", "launderette", "website", "cries", "laptop", "began",
    "playlist", "whiteboard", "meetup", "meetups", "Meetups", "nav", "postcode", "screenshots",
    "screenshotted", "Bro",
    # misc
    "Runa", "Laila", "ssm", "rota", "Pentecostal",
}

FILES_TEXT = (".txt", ".vtt", ".srt")


def fail(msgs, m):
    msgs.append(m)


# ------------------------------------------------------------------ loaders
def load_units(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    if ext == ".odt":
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(path)
        out = []

        def walk(node):
            for ch in node.childNodes:
                if getattr(ch, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(ch))
                else:
                    walk(ch)
        walk(doc.text)
        return out
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    return data.split("\n")


def word_count(path, units):
    if path.endswith(".vtt"):
        n = 0
        for ln in units:
            s = ln.strip()
            if (not s or s in ("WEBVTT", "NOTE") or "-->" in s or s.isdigit()
                    or s.startswith(("Kind:", "Language:"))):
                continue
            n += len(re.sub(r"<v [^>]*>", "", s).split())
        return n
    return sum(len(u.split()) for u in units)


CONTRACTION_STEMS = {"didn", "doesn", "couldn", "wasn", "isn", "aren", "won", "wouldn", "shouldn",
                     "hasn", "haven", "weren", "don", "ain", "hadn"}


def known_word(tok, dictionary):
    """English if in the word lists directly or after stripping a regular inflection."""
    w = tok.lower()
    if w in dictionary or w in CONTRACTION_STEMS:
        return True
    cands = []
    for suf, rep_ in (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("es", ""), ("s", ""),
                      ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""),
                      ("ers", ""), ("ly", ""), ("est", ""), ("'s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            cands.append(w[: -len(suf)] + rep_)
    # doubled consonant: stopped -> stop, running -> run
    for suf in ("ed", "ing", "er"):
        if w.endswith(suf) and len(w) > len(suf) + 3 and w[-len(suf) - 1] == w[-len(suf) - 2]:
            cands.append(w[: -len(suf) - 1])
    return any(c in dictionary for c in cands)


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ------------------------------------------------------------------ value checks
NUMWORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
            "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def spoken_digits(s):
    out, mult = [], 1
    for tok in re.findall(r"[A-Za-z]+|\d", s):
        t = tok.lower()
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
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


def phone_ok(text):
    d = spoken_digits(text.replace("+", " "))
    if d is None:
        return False
    if text.strip().startswith("+44"):
        d = "0" + d[2:]
    return any(p.match(d) for p in SAFE_PHONE)


def spoken_email(text):
    t = text.strip()
    if "@" in t:
        return t
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    return t.replace(" ", "")


def email_ok(text):
    e = spoken_email(text)
    m = re.match(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)$", e)
    return bool(m) and bool(EXAMPLE_DOMAIN.match(m.group(1).lower()))


def url_ok(text):
    t = re.sub(r"^[a-z]+://", "", text.strip().lower())
    host = t.split("/")[0]
    return bool(EXAMPLE_DOMAIN.match(host))


def nhs_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def ni_ok(text):
    t = re.sub(r"\s", "", text.upper())
    return bool(re.match(r"^(QQ|ZZ)\d{6}[A-D]$", t))


def postcode_ok(text):
    t = re.sub(r"\s", "", text.upper())
    if len(t) < 5:
        return False
    out, inw = t[:-3], t[-3:]
    return (out in REAL_OUTWARD and re.match(r"^\d[A-Z]{2}$", inw) is not None
            and re.search(r"[CIKMOV]", inw[1:]) is not None)


def reg_ok(text):
    t = re.sub(r"\s", "", text.upper())
    return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z]{3}$", t)) and re.search(r"[IQ]", t[-3:]) is not None


def dob_ok(text):
    return bool(re.search(r"\d", text)) or bool(re.search(
        r"(January|February|March|April|May|June|July|August|September|October|November|December)",
        text))


SAFE = {"phone": phone_ok, "email": email_ok, "url": url_ok, "nhs_number": nhs_ok,
        "ni_number": ni_ok, "postcode": postcode_ok, "car_registration": reg_ok,
        "date_of_birth": dob_ok}


# ------------------------------------------------------------------ main
def main():
    msgs = []
    names = sorted(f for f in os.listdir(HERE)
                   if os.path.splitext(f)[1].lower() in (".docx", ".odt", ".vtt", ".txt", ".srt"))
    exts = Counter(os.path.splitext(f)[1].lower() for f in names)
    if exts != EXPECTED_EXT:
        fail(msgs, "unexpected transcript set %s: %s" % (dict(exts), names))
    units = {f: load_units(os.path.join(HERE, f)) for f in names}

    # --- openings and word counts
    wc = {}
    for f, u in units.items():
        if f.endswith(".vtt"):
            import webvtt
            if u[0].strip() != "WEBVTT":
                fail(msgs, "%s: first line is not WEBVTT" % f)
            caps = webvtt.read(os.path.join(HERE, f)).captions
            if not caps or caps[0].text.strip() != SYN:
                fail(msgs, "%s: first cue text is not the SYNTHETIC line" % f)
        elif u[0] != SYN:
            fail(msgs, "%s: first line/paragraph is not the SYNTHETIC line" % f)
        wc[f] = word_count(f, u)
        if not 700 <= wc[f] <= 1000:
            fail(msgs, "%s: %d words (want 700-1000)" % (f, wc[f]))

    # --- labels.csv
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = list(rd)
    if header != ["file", "line", "kind", "text"]:
        fail(msgs, "labels.csv header %r" % header)
    per = defaultdict(Counter)          # (file, text) -> Counter(line -> rows)
    kinds = defaultdict(set)
    for r in rows:
        if len(r) != 4:
            fail(msgs, "bad row %r" % r)
            continue
        f, line, kind, text = r
        if f not in units:
            fail(msgs, "row for unknown file %r" % f)
            continue
        if kind not in KINDS:
            fail(msgs, "unknown kind %r" % kind)
        if not line.isdigit() or not 1 <= int(line) <= len(units[f]):
            fail(msgs, "%s: line %r out of range" % (f, line))
            continue
        if not text or text != text.strip():
            fail(msgs, "%s:%s: empty or padded text %r" % (f, line, text))
        if not ww(text).search(units[f][int(line) - 1]):
            fail(msgs, "%s:%s: %r not found (whole word) on its line" % (f, line, text))
        per[(f, text)][int(line)] += 1
        kinds[(f, text)].add(kind)
        if kind == "name":
            if re.search(r"\s", text):
                fail(msgs, "%s: name label %r is not a single word" % (f, text))
            if text.lower().rstrip(".") in HONORIFICS:
                fail(msgs, "%s: honorific labelled as name %r" % (f, text))
            if re.search(r"['\u2019]s$", text):
                fail(msgs, "%s: possessive kept in name %r" % (f, text))
            if re.match(r"^[A-Za-z]\.?$", text) or ROLE_RE.match(text):
                fail(msgs, "%s: initial or role label %r labelled as name" % (f, text))
        if kind in SAFE and not SAFE[kind](text):
            fail(msgs, "%s: unsafe or malformed %s %r" % (f, kind, text))

    for (f, text), ks in kinds.items():
        if len(ks) > 1:
            fail(msgs, "%s: %r has several kinds %s" % (f, text, ks))
    # every occurrence labelled, exactly once
    for (f, text), got in per.items():
        want = Counter()
        for i, u in enumerate(units[f], 1):
            n = len(ww(text).findall(u))
            if n:
                want[i] = n
        if want != got:
            fail(msgs, "%s: %r occurrences %s but label rows %s" % (f, text, dict(want), dict(got)))
    # containment
    by_file = defaultdict(list)
    for (f, text) in per:
        by_file[f].append(text)
    for f, texts in by_file.items():
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    fail(msgs, "%s: label %r is contained in label %r" % (f, a, b))

    # labelled spans per file/line
    spans = defaultdict(list)
    for (f, text) in per:
        for i, u in enumerate(units[f], 1):
            for m in ww(text).finditer(u):
                spans[(f, i)].append((m.start(), m.end()))

    def masked(f, i, u):
        chars = list(u)
        for a, b in spans.get((f, i), []):
            for k in range(a, b):
                chars[k] = " "
        return "".join(chars)

    # --- metadata / headers in office files
    all_label_texts = defaultdict(set)
    for (f, text) in per:
        all_label_texts[f].add(text)
    for f in names:
        p = os.path.join(HERE, f)
        meta = ""
        if f.endswith(".docx"):
            import docx
            d = docx.Document(p)
            cp = d.core_properties
            meta = " ".join(str(getattr(cp, a) or "") for a in (
                "author", "last_modified_by", "title", "subject", "comments", "keywords", "category"))
            for s in d.sections:
                for part in (s.header, s.footer):
                    if any(pp.text.strip() for pp in part.paragraphs):
                        fail(msgs, "%s: text in header/footer (not in paragraph order)" % f)
            if d.tables:
                fail(msgs, "%s: tables present (not in paragraph order)" % f)
        elif f.endswith(".odt"):
            from odf.opendocument import load
            from odf import teletype
            doc = load(p)
            meta = teletype.extractText(doc.meta)
        for t in all_label_texts[f]:
            if t in meta:
                fail(msgs, "%s: label text %r hidden in document metadata" % (f, t))

    # --- tricky.csv
    with open(os.path.join(HERE, "tricky.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        th = next(rd)
        trows = list(rd)
    if th != ["file", "text", "why"]:
        fail(msgs, "tricky.csv header %r" % th)
    if len(trows) < 60:
        fail(msgs, "tricky.csv has %d rows (want >= 60)" % len(trows))
    tricky_tokens = set()
    seen = set()
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            fail(msgs, "bad tricky row %r" % r)
            continue
        f, text, why = r
        if (f, text) in seen:
            fail(msgs, "duplicate tricky row %r" % r)
        seen.add((f, text))
        if f not in units:
            fail(msgs, "tricky row for unknown file %r" % f)
            continue
        if text in all_label_texts[f]:
            fail(msgs, "%s: tricky text %r is also a label" % (f, text))
        free = 0
        for i, u in enumerate(units[f], 1):
            for m in ww(text).finditer(u):
                if not any(a < m.end() and m.start() < b for a, b in spans.get((f, i), [])):
                    free += 1
        if not free:
            fail(msgs, "%s: tricky text %r does not appear outside labelled spans" % (f, text))
        tricky_tokens.update(re.findall(r"[^\W\d_]+", text))

    # --- sweeps
    try:
        from english_words import get_english_words_set
        dictionary = (get_english_words_set(["web2"], lower=True)
                      | get_english_words_set(["gcide"], lower=True))
    except Exception as e:  # pragma: no cover
        fail(msgs, "english-words not available: %s" % e)
        dictionary = set()
    sweeps = [
        ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
        ("url", re.compile(r"(?:https?://|www\.)\S+|\bexample\.(?:org|com|net)\S*")),
        ("handle", re.compile(r"(?<![\w@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")),
        ("phone-like digits", re.compile(r"\+?\d(?:[ ()\-]?\d){8,}")),
        ("postcode-like", re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")),
        ("NI-like", re.compile(r"\b[A-Za-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b")),
        ("registration-like", re.compile(r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b")),
        ("date-like", re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")),
        ("spoken digits", re.compile(
            r"(?i)\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
            r"[\s,]+){5,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")),
        ("handle-like token", re.compile(r"(?<![\w.@/])[A-Za-z]+[._][A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*(?![\w@])"
                                         r"|(?<![\w@])[A-Za-z]+\d+[A-Za-z_]*\d*(?![\w@])")),
    ]
    # context sweeps: the word after an honorific, in a credit line or an initials run must be labelled
    sweeps += [
        ("name after honorific", re.compile(
            r"\b(?:Aunty|Auntie|Uncle|Pastor|Sister|Brother|Bro|Imam)\s+[A-Z\u00c0-\u024f][\w\-]*"
            r"|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z\u00c0-\u024f][\w\-]*")),
        ("name in credit line", re.compile(
            r"(?i:\b(?:words|photos?|transcribed by|checked by|second check|edited by|tidied by|"
            r"exported by|minutes by|chair)\s*:?\s+)(?![A-Z]\.)[A-Z\u00c0-\u024f][\w\-]*")),
        ("initials", re.compile(r"(?<!\w)(?:[A-Z]\.){2,}")),
    ]
    allowed_handle_like = {"m4a", "PC2", "A13", "FG3", "J.T", "S.T", "L&D", "i.e", "e.g"}
    speaker_res = [
        re.compile(r"^(?P<who>.+?)\s{2,}\d+:\d{2}$"),                      # Teams  "Name   0:03"
        re.compile(r"^(?P<who>[^:|]{1,40}?) \d{2}:\d{2}:\d{2}$"),           # focus group
        re.compile(r"^(?P<who>.+?) \u2014 \d{2}/\d{2}/\d{4} \d{2}:\d{2}$"),  # Discord
        re.compile(r"<v (?P<who>[^>]+)>"),                                  # WebVTT voice
    ]
    tricky_by_file = defaultdict(set)
    for (ff, t) in seen:
        tricky_by_file[ff].add(t)
    unknown = Counter()
    for f in names:
        for i, u in enumerate(units[f], 1):
            mu = masked(f, i, u)
            for kind, rx in sweeps:
                for m in rx.finditer(mu):
                    s = m.group(0)
                    if kind == "date-like" and s in ALLOWED_DATES.get(f, set()):
                        continue
                    if kind == "handle-like token" and (s in allowed_handle_like
                                                        or re.match(r"^[A-Z]+\d+$", s)
                                                        or re.match(r"^\d", s)):
                        continue
                    if any(s in t for (ff, t) in seen if ff == f):
                        continue  # part of a reviewed look-alike (tricky.csv)
                    fail(msgs, "%s:%d: unlabelled %s %r" % (f, i, kind, s))
            for rx in speaker_res:
                for m in rx.finditer(mu):
                    who = m.group("who")
                    for t in sorted(tricky_by_file[f], key=len, reverse=True):
                        who = who.replace(t, " ")
                    who = re.sub(r"\((?:Guest|Unverified|External)\)|['\u2019]s\b|\biPhone\b", " ", who)
                    rest = [w for w in re.findall(r"[^\W_]+", who)
                            if w.lower() not in HONORIFICS and not ROLE_RE.match(w)]
                    if rest:
                        fail(msgs, "%s:%d: unlabelled speaker/voice words %r" % (f, i, rest))
            for tok in re.findall(r"[^\W\d_]+", mu):
                if known_word(tok, dictionary) or tok in REVIEWED or tok in tricky_tokens:
                    continue
                if not re.search(r"[A-Za-z]", tok) and not re.search(r"[^\x00-\x7f]", tok):
                    continue
                unknown[(f, tok)] += 1
    for (f, tok), n in sorted(unknown.items()):
        fail(msgs, "%s: unreviewed word %r (x%d) - label it, add to tricky.csv or REVIEWED" % (f, tok, n))

    # --- README
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
            rl = fh.read().split("\n")
        if rl[0] != README_L1:
            fail(msgs, "README.md first line wrong")
        if len(rl) < 2 or not rl[1].startswith("**Status:"):
            fail(msgs, "README.md second line wrong")
        text = "\n".join(rl)
        kc = Counter(r[2] for r in rows if len(r) == 4)
        for k in KINDS:
            if not re.search(r"\|\s*%s\s*\|\s*%d\s*\|" % (re.escape(k), kc.get(k, 0)), text):
                fail(msgs, "README.md: total for kind %s (%d) not found" % (k, kc.get(k, 0)))
        fc = Counter(r[0] for r in rows if len(r) == 4)
        for f in names:
            if not re.search(r"\|\s*`?%s`?\s*\|.*\|\s*%d\s*\|\s*%d\s*\|" % (re.escape(f), wc[f], fc[f]), text):
                fail(msgs, "README.md: row for %s with %d words / %d labels not found" % (f, wc[f], fc[f]))
        if not re.search(r"\*\*%d\*\*" % len(rows), text):
            fail(msgs, "README.md: grand total **%d** not found" % len(rows))
    except FileNotFoundError:
        fail(msgs, "README.md missing")

    # --- report
    kc = Counter(r[2] for r in rows if len(r) == 4)
    print("files: %d, label rows: %d, tricky rows: %d" % (len(names), len(rows), len(trows)))
    print("per kind: " + ", ".join("%s=%d" % kv for kv in sorted(kc.items())))
    print("names: %d of %d (%.0f%%)" % (kc["name"], len(rows), 100.0 * kc["name"] / max(1, len(rows))))
    for f in names:
        print("  %-36s %4d words" % (f, wc[f]))
    if msgs:
        for m in msgs:
            print("FAIL:", m)
        print("FAILED (%d problems)" % len(msgs))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
