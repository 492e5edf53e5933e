# -*- coding: utf-8 -*-
"""Verify the blind-av set. Run from inside this folder:  python verify_labels.py
Prints PASS if every rule holds, otherwise lists the problems and prints FAIL."""
import csv, os, re, sys
from collections import Counter, defaultdict

HEAD = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
README_1 = "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented."
KINDS = {'name', 'place', 'workplace', 'street_address', 'postcode', 'phone', 'email', 'url', 'handle',
         'date_of_birth', 'nhs_number', 'ni_number', 'car_registration'}
TRANSCRIPTS = ['01_icb_lived_experience_panel_teams.vtt', '02_chronic_pain_focus_group.odt',
               '03_youth_lgbtq_slack_export_email.txt', '04_former_miners_families_turns.xlsx',
               '05_ukrainian_member_voice_diary.txt']
PHONE_PREFIXES = ['07700900', '01632960', '01134960', '02079460', '01314960', '01414960', '01174960',
                  '01214960', '01614960', '02896496', '02920180']
REAL_OUTWARD = {'S40', 'S44', 'DN4', 'NG19', 'NG21', 'DE23'}   # real outward codes used in this set
ROLE_RX = re.compile(r'^(P\d+|F|Facilitator|Member \d+|Speaker \d+|[A-Z]\.?)$')
TITLES = ('Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Councillor', 'pani')
problems = []


def err(msg):
    problems.append(msg)


def ww(text):
    return re.compile(r'(?<!\w)' + re.escape(text) + r'(?!\w)')


# ------------------------------------------------------------------ reading
def odt_paragraphs(path):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(path)
    out = []
    def walk(el):
        for ch in el.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.qname in ((TEXTNS, 'p'), (TEXTNS, 'h')):
                out.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
    return out


def read_units(fn):
    """list of (unit number, [cell strings]) in the label line convention"""
    if fn.endswith('.odt'):
        return [(i, [p]) for i, p in enumerate(odt_paragraphs(fn), 1)]
    if fn.endswith('.xlsx'):
        from openpyxl import load_workbook
        ws = load_workbook(fn).active
        return [(r[0].row, ['' if c.value is None else str(c.value) for c in r]) for r in ws.iter_rows()]
    with open(fn, encoding='utf-8') as f:
        return [(i, [l]) for i, l in enumerate(f.read().split('\n'), 1)]


def is_vtt_meta(fn, s):
    return fn.endswith('.vtt') and (s.strip() == 'WEBVTT' or '-->' in s or re.match(r'^[0-9a-f-]{36}/\d+-\d+$', s.strip()))


def words(fn, units):
    n = 0
    for _, cells in units:
        for c in cells:
            if is_vtt_meta(fn, c):
                continue
            n += len(re.sub(r'<[^>]+>', ' ', c).split())
    return n


# ------------------------------------------------------------------ value checks
NUM = {'oh': '0', 'o': '0', 'zero': '0', 'nought': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4',
       'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}


def spoken_to_chars(s, keep_letters=False):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", s)
    out, mult = [], 1
    for t in toks:
        lt = t.lower()
        if lt == 'double':
            mult = 2; continue
        if lt == 'triple':
            mult = 3; continue
        if lt in NUM and not (keep_letters and len(t) == 1 and t.isupper()):
            out.append(NUM[lt] * mult)
        elif t.isdigit() or t == '+':
            out.append(t[0] * (mult - 1) + t if mult > 1 else t)
        elif keep_letters:
            out.append(t.upper())
        mult = 1
    return ''.join(out)


def nhs_ok(d):
    if not re.fullmatch(r'999\d{7}', d):
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def value_ok(kind, text):
    if kind == 'name':
        return (not re.search(r'\s', text) and not text.endswith("'s") and text not in TITLES
                and not ROLE_RX.match(text))
    if kind == 'phone':
        d = spoken_to_chars(text)
        d = '0' + d[3:] if d.startswith('+44') else d
        return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)
    if kind == 'nhs_number':
        return nhs_ok(spoken_to_chars(text))
    if kind == 'ni_number':
        return bool(re.fullmatch(r'(QQ|ZZ)\d{6}[A-D]', re.sub(r'\s', '', text).upper()))
    if kind == 'postcode':
        pc = spoken_to_chars(text, keep_letters=True).upper() if re.search(r'[a-z]{3}', text) else re.sub(r'\s', '', text).upper()
        m = re.fullmatch(r'([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})', pc)
        return bool(m) and m.group(1) in REAL_OUTWARD and bool(set(m.group(2)) & set('CIKMOV'))
    if kind == 'car_registration':
        m = re.fullmatch(r'[A-Z]{2}\d{2}([A-Z]{3})', re.sub(r'\s', '', text).upper())
        return bool(m) and bool(set(m.group(1)) & set('IQ'))
    if kind == 'email':
        e = re.sub(r'\s+dot\s+', '.', re.sub(r'\s+at\s+', '@', text))
        return bool(re.fullmatch(r'[\w.+-]+@([\w-]+\.)*example\.(org|com|net)', e))
    if kind == 'url':
        host = re.sub(r'^https?://', '', text).split('/')[0]
        return bool(re.fullmatch(r'([\w-]+\.)*example\.(org|com|net)', host))
    if kind == 'handle':
        return text.startswith('@') and ' ' not in text
    if kind == 'date_of_birth':
        return bool(re.search(r'\d|January|February|March|April|May|June|July|August|September|October|November|December', text))
    return True


# ------------------------------------------------------------------ README
if not os.path.exists('README.md'):
    err('README.md missing')
else:
    rl = open('README.md', encoding='utf-8').read().split('\n')
    if rl[0] != README_1:
        err('README first line wrong')
    if len(rl) < 2 or not rl[1].startswith('**Status:'):
        err('README second line must start with **Status:')
ABS = re.compile('(?<![\\w.])/(?:' + 'work|home|tmp|Users' + ')/')
for script in ('build.py', 'content.py', 'README.md'):
    if os.path.exists(script) and ABS.search(open(script, encoding='utf-8').read()):
        err('%s contains an absolute machine path' % script)

# ------------------------------------------------------------------ labels
with open('labels.csv', encoding='utf-8', newline='') as f:
    rd = csv.reader(f)
    if next(rd) != ['file', 'line', 'kind', 'text']:
        err('labels.csv header wrong')
    labels = [r for r in rd]
units = {fn: read_units(fn) for fn in TRANSCRIPTS if os.path.exists(fn)}
for fn in TRANSCRIPTS:
    if fn not in units:
        err('missing transcript ' + fn)

by_file = defaultdict(list)
for r in labels:
    if len(r) != 4:
        err('bad label row %r' % r); continue
    fn, line, kind, text = r
    if fn not in units:
        err('label for unknown file %r' % fn); continue
    if kind not in KINDS:
        err('bad kind %r' % kind)
    if not line.isdigit():
        err('bad line %r' % line); continue
    if text != text.strip() or not text:
        err('label text has outer whitespace %r' % text)
    if not value_ok(kind, text):
        err('%s: unsafe or malformed %s %r' % (fn, kind, text))
    by_file[fn].append((int(line), kind, text))

for fn, ul in units.items():
    rows = by_file.get(fn, [])
    kinds = defaultdict(set)
    for _, k, t in rows:
        kinds[t].add(k)
    for t, ks in kinds.items():
        if len(ks) > 1:
            err('%s: %r has several kinds %s' % (fn, t, sorted(ks)))
    texts = sorted(kinds)
    for a in texts:
        for b in texts:
            if a != b and a.lower() in b.lower():
                err('%s: label %r contained in label %r' % (fn, a, b))
    want = Counter((l, t) for l, _, t in rows)
    got = Counter()
    for u, cells in ul:
        for t in texts:
            for c in cells:
                got[(u, t)] += len(ww(t).findall(c))
    for key in set(want) | {k for k, v in got.items() if v}:
        if want[key] != got[key]:
            err('%s line %s %r: %d label rows but %d occurrences' % (fn, key[0], key[1], want[key], got[key]))

# ------------------------------------------------------------------ first line, word counts
for fn, ul in units.items():
    if fn.endswith('.vtt'):
        cues = [c[0] for _, c in ul if c[0].strip() and not is_vtt_meta(fn, c[0])]
        first = re.sub(r'<[^>]+>', '', cues[0]) if cues else ''
        if ul[0][1][0] != 'WEBVTT':
            err('vtt must start with WEBVTT')
    elif fn.endswith('.xlsx'):
        first = ul[1][1][1] if len(ul) > 1 else ''
        if [c.lower() for c in ul[0][1]] != ['speaker', 'text']:
            err('xlsx header row must be speaker, text')
    else:
        first = ul[0][1][0]
    if first.strip() != HEAD:
        err('%s does not open with the SYNTHETIC line (%r)' % (fn, first[:60]))
    n = words(fn, ul)
    if not 700 <= n <= 1000:
        err('%s has %d words' % (fn, n))

total = len(labels)
if not 180 <= total <= 220:
    err('total label rows %d outside 180-220' % total)

# ------------------------------------------------------------------ tricky
with open('tricky.csv', encoding='utf-8', newline='') as f:
    rd = csv.reader(f)
    if next(rd) != ['file', 'text', 'why']:
        err('tricky.csv header wrong')
    tricky = [r for r in rd]
if len(tricky) < 60:
    err('only %d tricky rows' % len(tricky))
tricky_by_file = defaultdict(list)


def label_spans(fn, cell):
    spans = []
    for t in {t for _, _, t in by_file.get(fn, [])}:
        spans += [m.span() for m in ww(t).finditer(cell)]
    return spans


def overlaps(span, spans):
    return any(span[0] < b and a < span[1] for a, b in spans)


seen = set()
for r in tricky:
    if len(r) != 3 or not r[2].strip():
        err('bad tricky row %r' % r); continue
    fn, text, why = r
    if (fn, text) in seen:
        err('duplicate tricky row %r' % r)
    seen.add((fn, text))
    if fn not in units:
        err('tricky row for unknown file %r' % fn); continue
    if any(text == t for _, _, t in by_file[fn]):
        err('%s: tricky %r is also a label' % (fn, text))
    free = False
    for _, cells in units[fn]:
        for c in cells:
            ls = label_spans(fn, c)
            for m in ww(text).finditer(c):
                if not overlaps(m.span(), ls):
                    free = True
    if not free:
        err('%s: tricky %r does not appear outside labels' % (fn, text))
    tricky_by_file[fn].append(text)

# ------------------------------------------------------------------ sweep for unlabelled identifier-like strings
SWEEP = {
    'email': r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+',
    'url': r'(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|co\.uk)/\S*',
    'handle': r'(?<![\w.])@[A-Za-z0-9_.]+',
    'phone': r'(?<![\d])(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)',
    'spoken digits': r'(?i)\b(?:(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,]+){5,}(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b',
    'postcode': r'(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b',
    'ni': r'(?i)\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b',
    'car reg': r'\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b',
    'nhs-like': r'\b\d{3}\s?\d{3}\s?\d{4}\b',
    'date': r'\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b',
    'after title': r'\b(?:Mr|Mrs|Ms|Miss|Dr|Councillor|pani)\.?\s+[A-Z]\w+',
}
all_names = defaultdict(set)
for fn, rows in by_file.items():
    for _, k, t in rows:
        if k == 'name':
            all_names[t].add(fn)
for fn, ul in units.items():
    tspans_rx = [ww(t) for t in tricky_by_file[fn]]
    for u, cells in ul:
        for c in cells:
            if is_vtt_meta(fn, c):
                continue
            ls = label_spans(fn, c)
            ts_ = [m.span() for rx in tspans_rx for m in rx.finditer(c)]
            for what, rx in SWEEP.items():
                for m in re.finditer(rx, c):
                    sp = m.span()
                    if what == 'after title':
                        sp = (m.end() - len(m.group().split()[-1]), m.end())
                    if not overlaps(sp, ls) and not overlaps(sp, ts_):
                        err('%s line %s: unlabelled %s-like %r' % (fn, u, what, m.group()))
            # names labelled in another file must be labelled or explained here
            for t, fns in all_names.items():
                if fn in fns:
                    continue
                for m in ww(t).finditer(c):
                    if not overlaps(m.span(), ls) and not overlaps(m.span(), ts_):
                        err('%s line %s: %r is a name elsewhere but neither labelled nor tricky here' % (fn, u, t))

if problems:
    print('\n'.join(problems))
    print('FAIL (%d problems)' % len(problems))
    sys.exit(1)
print('labels: %d rows, %s' % (total, dict(Counter(r[2] for r in labels))))
print('tricky: %d rows' % len(tricky))
print('PASS')
