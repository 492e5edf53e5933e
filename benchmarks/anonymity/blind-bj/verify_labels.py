"""Verify the blind-bj anonymity benchmark set.

Usage (from this folder):  python verify_labels.py [--review]

Checks
  * every transcript starts with the SYNTHETIC banner (first line / first cue / first paragraph)
  * word counts 700-1000 per transcript
  * labels.csv: header, kinds, each row's text really occurs (whole word, case-sensitive) on its
    line / paragraph / sheet row, and the number of rows per (file, line, text) equals the number
    of occurrences there -> every occurrence of a labelled text is labelled
  * labelled texts never occur in parts of a file that have no line number (docx tables,
    headers/footers, core properties)
  * no label text contained in another label text of the same file (case-insensitive);
    one kind per text per file; names are single words without titles / possessive 's;
    role labels and single initials are not labelled
  * safe values: Ofcom drama phone ranges, example.org/.com/.net only, NHS 999 + modulus 11,
    NI numbers QQ/ZZ, postcodes with a real outward code and C/I/K/M/O/V in the inward part,
    car registrations with I or Q among the last three letters
  * tricky.csv: >= 60 rows, each text really appears in its file and is never a labelled text
  * sweep: identifier-looking strings (numbers, emails, urls, handles, postcodes, dates,
    NI/NHS-like numbers, registrations, Mc/Mac/O' surnames, accented words, common first names,
    dotted initials) must be covered by a label or a tricky entry
Prints PASS or the list of problems (exit code 1).
"""
import csv
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BANNER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = [
    "01_zoom_survivors_derry.txt",
    "02_forms_gaa_mens_health_omagh.csv",
    "03_minutes_young_carers_newry.docx",
    "04_podcast_perinatal_glens.srt",
    "05_signal_walk_and_talk_fermanagh.txt",
]
KINDS = {"name", "place", "workplace", "street_address", "postcode", "phone", "email", "url",
         "handle", "date_of_birth", "nhs_number", "ni_number", "car_registration"}
PHONE_PREFIXES = ["07700900", "01632960", "01134960", "02079460", "01314960", "01414960",
                  "01174960", "01214960", "01614960", "02896496", "02920180"]
# real Northern Ireland outward codes (BT1-BT49, BT51-BT57, BT60-BT71, BT74-BT82, BT92-BT94)
REAL_OUTWARD = {f"BT{n}" for n in list(range(1, 50)) + list(range(51, 58)) + list(range(60, 72))
                + list(range(74, 83)) + list(range(92, 95))}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "fr", "father", "sister", "sr", "rev", "cllr", "prof"}
ROLE_RE = re.compile(r"^(facilitator|host|chair|secretary|treasurer|member\s*\d+|p\d+|f|speaker\s*\d+)$",
                     re.I)
NUMWORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
            "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
FIRST_NAMES = """aidan aileen ailbhe aine aisling alan amira ann anne aoife barry bernie bill brendan
bridget brid bronagh cathal ciara ciaran clodagh colm conal conor declan dermot dessie dom dominic
donal eamon eileen eoin eugene fergal fiona frank gareth gerry grace grainne hafsa hughie jim john
jordan kevin liam maire margaret mairead martin mary maura mattie mick micheal niamh nuala orla
packie padraig pat patrick paddy peter pj roisin ruta saoirse sean seamus siobhan tadhg tiarnan
tomasz tomek una wojtek wojciech zofia agnieszka""".split()
TIMING_RE = re.compile(r"^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$")
SIGNAL_PREFIX_RE = re.compile(r"^\[\d\d/\d\d/\d{4}, \d\d:\d\d\] ")
ZOOM_HEAD_RE = re.compile(r"^\[.*\] \d\d:\d\d:\d\d$")


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# ---------------------------------------------------------------- loading
def units(fname):
    """Return (units, offgrid): units = list of (number, text); offgrid = text without a number."""
    p = HERE / fname
    ext = p.suffix.lower()
    if ext in (".txt", ".srt", ".vtt"):
        lines = p.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        return [(i, l.rstrip("\r")) for i, l in enumerate(lines, 1)], ""
    if ext == ".csv":
        with open(p, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        return [(i, "\t".join(r)) for i, r in enumerate(rows, 1)], ""
    if ext == ".docx":
        import docx
        d = docx.Document(str(p))
        paras = [(i, q.text) for i, q in enumerate(d.paragraphs, 1)]
        off = []
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    off.append(c.text)
        for s in d.sections:
            for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                         s.even_page_header, s.even_page_footer):
                off.extend(q.text for q in part.paragraphs)
        cp = d.core_properties
        off.extend(str(getattr(cp, a) or "") for a in
                   ("author", "title", "subject", "keywords", "comments", "last_modified_by",
                    "category", "identifier", "content_status"))
        # any comments part / extra xml text
        with zipfile.ZipFile(p) as z:
            for n in z.namelist():
                if n.startswith("word/comments") or n.startswith("docProps/custom"):
                    off.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "ignore")))
        return paras, "\n".join(off)
    raise SystemExit(f"unsupported file type {fname}")


def table_text(fname):
    """Words for word counting (table cells included for docx)."""
    p = HERE / fname
    ext = p.suffix.lower()
    if ext == ".srt":
        out = []
        for l in p.read_text(encoding="utf-8").split("\n"):
            if l.strip().isdigit() or TIMING_RE.match(l.strip()):
                continue
            out.append(l)
        return "\n".join(out)
    if ext == ".docx":
        import docx
        d = docx.Document(str(p))
        t = [q.text for q in d.paragraphs]
        t += [c.text for tb in d.tables for r in tb.rows for c in r.cells]
        return "\n".join(t)
    us, _ = units(fname)
    return "\n".join(u for _, u in us)


def first_text(fname):
    p = HERE / fname
    if p.suffix == ".srt":
        blocks = p.read_text(encoding="utf-8").strip().split("\n\n")
        return blocks[0].split("\n", 2)[2].split("\n")[0]
    if p.suffix == ".docx":
        us, _ = units(fname)
        return us[0][1]
    return p.read_text(encoding="utf-8").split("\n")[0].rstrip("\r")


# ---------------------------------------------------------------- safe values
def spoken_digits(s):
    s = s.lower().replace("(0)", " ")
    out = []
    toks = re.findall(r"[a-z]+|\d", s)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = NUMWORDS.get(nxt, nxt if nxt.isdigit() else "")
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in NUMWORDS:
            out.append(NUMWORDS[t])
        i += 1
    return "".join(out)


def phone_ok(t):
    d = spoken_digits(t)
    if t.strip().startswith("+44") or (d.startswith("44") and len(d) == 12):
        d = "0" + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES), d


def unspeak(t):
    s = " " + t.lower() + " "
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+slash\s+", "/", s)
    s = re.sub(r"\s+underscore\s+", "_", s)
    return s.replace(" ", "")


def email_ok(t):
    return re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(org|com|net)", unspeak(t)) is not None


def url_ok(t):
    s = unspeak(t)
    s = re.sub(r"^https?://", "", s)
    host = s.split("/")[0]
    return re.fullmatch(r"([\w-]+\.)*example\.(org|com|net)", host) is not None


def nhs_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 10 or not d.startswith("999"):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def ni_ok(t):
    return re.fullmatch(r"(QQ|ZZ)\d{6}[A-D]", re.sub(r"\s", "", t.upper())) is not None


def postcode_ok(t):
    s = re.sub(r"\s", "", t.upper())
    m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})", s)
    return bool(m) and m.group(1) in REAL_OUTWARD and any(c in "CIKMOV" for c in m.group(2)[1:])


def car_ok(t):
    letters = re.findall(r"[A-Z]", t.upper())
    return len(letters) >= 3 and any(c in "IQ" for c in letters[-3:]) and re.search(r"\d", t)


# ---------------------------------------------------------------- main
def main():
    review = "--review" in sys.argv
    errs = []
    E = errs.append

    # --- files, banner, word counts
    words = {}
    for f in FILES:
        if not (HERE / f).exists():
            E(f"missing file {f}")
            continue
        if first_text(f) != BANNER:
            E(f"{f}: first line/cue/paragraph is not the SYNTHETIC banner")
        n = len(table_text(f).split())
        words[f] = n
        if not 700 <= n <= 1000:
            E(f"{f}: {n} words (want 700-1000)")
    if len({Path(f).suffix for f in FILES}) < 4:
        E("formats not distinct enough")

    # --- labels
    with open(HERE / "labels.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        head = next(rd)
        if head != ["file", "line", "kind", "text"]:
            E(f"labels.csv header {head}")
        rows = [r for r in rd if r]
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            E(f"bad label row {r}")
            continue
        f, line, kind, text = r
        if f not in FILES:
            E(f"label for unknown file {f}")
            continue
        if kind not in KINDS:
            E(f"bad kind {kind} in {r}")
        if text != text.strip() or not text:
            E(f"whitespace around label text {r!r}")
        by_file[f].append((int(line), kind, text))

    cache = {f: units(f) for f in FILES}
    label_spans = defaultdict(list)  # (file, unit) -> [(start, end)]
    kind_count = Counter()
    for f in FILES:
        us, off = cache[f]
        umap = dict(us)
        labs = by_file[f]
        kinds_of = defaultdict(set)
        for line, kind, text in labs:
            kinds_of[text].add(kind)
            kind_count[kind] += 1
        texts = sorted(kinds_of)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                E(f"{f}: text {t!r} has several kinds {ks}")
        # containment
        for a in texts:
            for b in texts:
                if a != b and a.lower() in b.lower():
                    E(f"{f}: label {a!r} contained in label {b!r}")
        # row counts per (line,text) == occurrences
        want = Counter((line, text) for line, _, text in labs)
        have = Counter()
        for t in texts:
            rx = ww(t)
            for n, u in us:
                for m in rx.finditer(u):
                    have[(n, t)] += 1
                    label_spans[(f, n)].append((m.start(), m.end()))
            if rx.search(off):
                E(f"{f}: label {t!r} occurs in a table/header/metadata part that has no line number")
        for key in set(want) | set(have):
            if want[key] != have[key]:
                line, t = key
                where = umap.get(line, "<no such line>")
                E(f"{f}: line {line} text {t!r}: {want[key]} label rows but {have[key]} occurrences "
                  f"| {where[:90]!r}")
        # per-kind rules
        for line, kind, text in labs:
            bad = None
            if kind == "name":
                if re.search(r"\s", text):
                    bad = "name must be one word"
                elif text.lower().rstrip(".") in TITLES:
                    bad = "title labelled"
                elif re.search(r"['’]s$", text):
                    bad = "possessive 's included"
                elif ROLE_RE.match(text) or re.fullmatch(r"[A-Za-z]\.?", text):
                    bad = "role label / single initial labelled"
            elif kind == "phone":
                ok, d = phone_ok(text)
                bad = None if ok else f"unsafe phone ({d})"
            elif kind == "email":
                bad = None if email_ok(text) else "email not on example.org/.com/.net"
            elif kind == "url":
                bad = None if url_ok(text) else "url not on example.org/.com/.net"
            elif kind == "nhs_number":
                bad = None if nhs_ok(text) else "NHS number not 999 + valid check digit"
            elif kind == "ni_number":
                bad = None if ni_ok(text) else "NI number not QQ/ZZ"
            elif kind == "postcode":
                bad = None if postcode_ok(text) else "postcode outward not real or inward lacks CIKMOV"
            elif kind == "car_registration":
                bad = None if car_ok(text) else "registration lacks I/Q in last three letters"
            elif kind == "handle":
                bad = None if text.startswith("@") else "handle without @"
            if bad:
                E(f"{f}: line {line} {kind} {text!r}: {bad}")

    total = sum(kind_count.values())
    if not 180 <= total <= 220:
        E(f"{total} label rows (want about 180-220)")
    if not 0.4 <= kind_count["name"] / max(total, 1) <= 0.6:
        E(f"names are {kind_count['name']}/{total}, want about half")

    # --- tricky
    with open(HERE / "tricky.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        head = next(rd)
        if head != ["file", "text", "why"]:
            E(f"tricky.csv header {head}")
        trows = [r for r in rd if r]
    if len(trows) < 60:
        E(f"only {len(trows)} tricky rows (want >= 60)")
    tricky_spans = defaultdict(list)
    seen = set()
    for r in trows:
        if len(r) != 3 or not r[2].strip():
            E(f"bad tricky row {r}")
            continue
        f, t, why = r
        if (f, t) in seen:
            E(f"duplicate tricky row {f} {t!r}")
        seen.add((f, t))
        if f not in FILES:
            E(f"tricky for unknown file {f}")
            continue
        if t in {x[2] for x in by_file[f]}:
            E(f"{f}: tricky text {t!r} is also a label text")
        rx = ww(t)
        found = False
        for n, u in cache[f][0]:
            for m in rx.finditer(u):
                found = True
                tricky_spans[(f, n)].append((m.start(), m.end()))
                for a, b in label_spans[(f, n)]:
                    if m.start() < b and a < m.end():
                        E(f"{f}: tricky {t!r} overlaps a labelled identifier on line {n}")
        if not found:
            E(f"{f}: tricky text {t!r} does not appear in the file")

    # --- sweep
    patterns = [
        ("digits", re.compile(r"\+?\(?\d[\d ()\-]{4,}\d")),
        ("date", re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b")),
        ("date-words", re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*,?\s+\d{2,4}\b", re.I)),
        ("spoken-date", re.compile(r"\b(first|second|third|\w+th|twenty-\w+|thirty-\w+)\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(nineteen|twenty)\b", re.I)),
        ("email", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
        ("spoken-email", re.compile(r"\bat\s+\w+\s+dot\s+(org|com|net)\b", re.I)),
        ("url", re.compile(r"https?://\S+|www\.\S+|\bexample\.(org|com|net)/\S*|\bexample\s+dot\s+(org|com|net)\s+slash\b", re.I)),
        ("handle", re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]*\w")),
        ("postcode", re.compile(r"\bBT\s*\d{1,2}\s*\d\s*[A-Z]{2}\b", re.I)),
        ("ni", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)),
        ("car", re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]{3}\s?\d{1,4}\b|\b[a-z]{3}\d{3,4}\b")),
        ("spoken-number", re.compile(r"\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I)),
        ("surname", re.compile(r"\b(?:Mc|Mac|O')[A-Z]\w+|\bmc[a-z]{3,}\b")),
        ("accented", re.compile(r"\b\w*[À-ɏ]\w*")),
        ("initials", re.compile(r"(?<!\w)[A-Z]\.[A-Z]\.(?!\w)")),
        ("first-name", re.compile(r"(?<!\w)(?:" + "|".join(FIRST_NAMES) + r")(?!\w)", re.I)),
        # the word after a title (Dr X, Mrs X, Sister X ...) - group 1 is checked
        ("after-title", re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Fr|Father|Sister|Cllr|Rev)\.?\s+([A-Z][\w'’-]*\w)")),
    ]
    # speaker labels: every word of 2+ letters in them must be covered (group 1 is checked)
    speaker_rx = [
        re.compile(r"^\[([^\]]+)\] \d\d:\d\d:\d\d$"),               # Zoom  [Name] 00:01:02
        re.compile(r"^\[\d\d/\d\d/\d{4}, \d\d:\d\d\] ([^:]+):"),       # Signal [date, time] Name:
        re.compile(r"^> ([^:]+):"),                                    # quoted reply  > Name:
        re.compile(r"^\[\d\d/\d\d/\d{4}, \d\d:\d\d\] [^:]+: > ([^:]+):"),  # quote after sender
        re.compile(r"^- ([A-ZÀ-Ý][A-ZÀ-Ý' -]*):"),                     # caption  - NAME:
    ]
    for f in FILES:
        for n, u in cache[f][0]:
            text = u
            if f.endswith(".srt") and (TIMING_RE.match(u.strip()) or u.strip().isdigit()):
                continue
            if f.endswith(".txt"):
                text = SIGNAL_PREFIX_RE.sub(lambda m: " " * len(m.group(0)), text)
                if ZOOM_HEAD_RE.match(text):
                    text = re.sub(r"\d\d:\d\d:\d\d$", "        ", text)
            if f.endswith(".csv") and n >= 3:  # blank the Timestamp column
                cells = text.split("\t")
                cells[0] = " " * len(cells[0])
                text = "\t".join(cells)
            for kind, rx in patterns:
                for m in rx.finditer(text):
                    g = 1 if rx.groups and kind == "after-title" else 0
                    s, e = m.span(g)
                    seg = m.group(g)
                    if kind == "digits" and len(re.sub(r"\D", "", seg)) < 6:
                        continue
                    if kind == "accented" and not re.search(r"[A-Za-zÀ-ɏ]{2}", seg):
                        continue
                    ok = any(s < b and a < e for a, b in label_spans[(f, n)])
                    ok = ok or any(a <= s and e <= b for a, b in tricky_spans[(f, n)])
                    if not ok:
                        E(f"{f}: line {n}: unlabelled {kind}-like string {seg!r}")

            for rx in speaker_rx:
                for m in rx.finditer(u):
                    for w in re.finditer(r"[^\W\d_]{2,}", m.group(1)):
                        s, e = m.start(1) + w.start(), m.start(1) + w.end()
                        ok = any(s < b and a < e for a, b in label_spans[(f, n)])
                        ok = ok or any(a <= s and e <= b for a, b in tricky_spans[(f, n)])
                        if not ok:
                            E(f"{f}: line {n}: speaker label word {w.group(0)!r} neither labelled nor tricky")

    # --- review helper: capitalised tokens not covered by anything
    if review:
        for f in FILES:
            for n, u in cache[f][0]:
                for m in re.finditer(r"(?<![\w.])[A-Z][\w'’-]+", u):
                    s, e = m.span()
                    if any(s < b and a < e for a, b in label_spans[(f, n)] + tricky_spans[(f, n)]):
                        continue
                    print(f"REVIEW {f}:{n}: {m.group(0)}")

    # --- scripts must not hold absolute machine paths
    for p in HERE.glob("*.py"):
        if re.search(r"['\"]/(work|home|tmp|Users)/", p.read_text(encoding="utf-8")):
            E(f"{p.name}: absolute path in script")

    print("label rows per kind:", dict(sorted(kind_count.items())), "total", total)
    print("label rows per file:", {f: len(by_file[f]) for f in FILES})
    print("words per file:", words)
    print("tricky rows:", len(trows))
    if errs:
        for e in errs:
            print("FAIL:", e)
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
