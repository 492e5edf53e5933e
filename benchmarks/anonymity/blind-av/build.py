# -*- coding: utf-8 -*-
"""Rebuild the blind-av transcripts and labels.csv from content.py.
Run from inside this folder:  python build.py"""
import csv, os, re
from collections import Counter, defaultdict
import content as C

MARK = re.compile(r'\[(N|PL|W|ST|PC|PH|EM|U|H|DOB|NHS|NI|CAR):([^\]]+)\]')
KIND = {'N': 'name', 'PL': 'place', 'W': 'workplace', 'ST': 'street_address', 'PC': 'postcode',
        'PH': 'phone', 'EM': 'email', 'U': 'url', 'H': 'handle', 'DOB': 'date_of_birth',
        'NHS': 'nhs_number', 'NI': 'ni_number', 'CAR': 'car_registration'}
FILES = {
    'vtt': '01_icb_lived_experience_panel_teams.vtt',
    'odt': '02_chronic_pain_focus_group.odt',
    'eml': '03_youth_lgbtq_slack_export_email.txt',
    'xlsx': '04_former_miners_families_turns.xlsx',
    'diary': '05_ukrainian_member_voice_diary.txt',
}


def strip(s):
    marks = [(m.group(2), KIND[m.group(1)]) for m in MARK.finditer(s)]
    return MARK.sub(lambda m: m.group(2), s), marks


def ts(sec):
    h, r = divmod(sec, 3600); m, s = divmod(r, 60)
    return '%02d:%02d:%06.3f' % (h, m, s)


units = {}   # file -> list of (unit_no, [cell texts]), marks -> list of (unit_no, text, kind)
marks = {}

# 1. VTT ---------------------------------------------------------------------
lines, mk, t = ['WEBVTT', ''], [], 1.84
guid = '5c0e7a2d-91b4-4f3e-a6d8-3e1b27c4f90a'
for i, (spk, txt) in enumerate(C.VTT_CUES):
    body = txt if spk is None else '<v %s>%s</v>' % (spk, txt)
    dur = max(2.0, len(strip(txt)[0].split()) / 2.7)
    lines.append('%s/%d-%d' % (guid, 11 + i * 3, i % 2))
    lines.append('%s --> %s' % (ts(t), ts(t + dur)))
    lines.append(body)
    lines.append('')
    t += dur + 0.37
raw = lines
plain, fm = [], []
for n, l in enumerate(raw, 1):
    p, m = strip(l); plain.append(p); fm += [(n, a, b) for a, b in m]
with open(FILES['vtt'], 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(plain))
units[FILES['vtt']] = [(n, [p]) for n, p in enumerate(plain, 1)]
marks[FILES['vtt']] = fm

# 2/5. plain text -------------------------------------------------------------
for key, src in (('eml', C.EMAIL), ('diary', C.DIARY)):
    plain, fm = [], []
    for n, l in enumerate(src.split('\n'), 1):
        p, m = strip(l); plain.append(p); fm += [(n, a, b) for a, b in m]
    with open(FILES[key], 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(plain))
    units[FILES[key]] = [(n, [p]) for n, p in enumerate(plain, 1)]
    marks[FILES[key]] = fm

# 3. ODT ----------------------------------------------------------------------
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import teletype

doc = OpenDocumentText()
hs = Style(name='Heading 1', family='paragraph')
hs.addElement(TextProperties(fontsize='15pt', fontweight='bold'))
doc.styles.addElement(hs)
n, fm, ul = 0, [], []
for item in C.ODT:
    if item[0] in ('p', 'h'):
        n += 1
        p, m = strip(item[1]); fm += [(n, a, b) for a, b in m]; ul.append((n, [p]))
        el = H(outlinelevel=1, stylename=hs) if item[0] == 'h' else P()
        teletype.addTextToElement(el, p)
        doc.text.addElement(el)
    else:
        tbl = Table(name='FrontSheet')
        tbl.addElement(TableColumn(numbercolumnsrepeated=3))
        for row in item[1]:
            tr = TableRow()
            for cell in row:
                n += 1
                p, m = strip(cell); fm += [(n, a, b) for a, b in m]; ul.append((n, [p]))
                tc = TableCell(valuetype='string')
                para = P(); teletype.addTextToElement(para, p); tc.addElement(para)
                tr.addElement(tc)
            tbl.addElement(tr)
        doc.text.addElement(tbl)
doc.save(FILES['odt'])
units[FILES['odt']] = ul
marks[FILES['odt']] = fm

# 4. XLSX ---------------------------------------------------------------------
from openpyxl import Workbook
from openpyxl.styles import Alignment
wb = Workbook(); ws = wb.active; ws.title = 'Transcript'
ws.append(['speaker', 'text'])
fm, ul = [], [(1, ['speaker', 'text'])]
for i, (spk, txt) in enumerate(C.XLSX, 2):
    s, m1 = strip(spk); tx, m2 = strip(txt)
    ws.append([s, tx]); ul.append((i, [s, tx]))
    fm += [(i, a, b) for a, b in m1 + m2]
ws.column_dimensions['A'].width = 18; ws.column_dimensions['B'].width = 110
for row in ws.iter_rows(min_row=2):
    row[1].alignment = Alignment(wrap_text=True, vertical='top')
wb.save(FILES['xlsx'])
units[FILES['xlsx']] = ul
marks[FILES['xlsx']] = fm

# labels ----------------------------------------------------------------------
rows, problems = [], []
for fname, ul in units.items():
    kinds = {}
    for _, a, b in marks[fname]:
        if kinds.setdefault(a, b) != b:
            problems.append('%s: %r has two kinds' % (fname, a))
    want = Counter((u, a) for u, a, _ in marks[fname])
    got = Counter()
    for u, cells in ul:
        for a, k in kinds.items():
            rx = re.compile(r'(?<!\w)' + re.escape(a) + r'(?!\w)')
            for cell in cells:
                for _ in rx.finditer(cell):
                    got[(u, a)] += 1
                    rows.append((fname, u, k, a))
    for key in set(want) | set(got):
        if want[key] != got[key]:
            problems.append('%s unit %s %r marked %d found %d' % (fname, key[0], key[1], want[key], got[key]))
    texts = list(kinds)
    for a in texts:
        for b in texts:
            if a != b and a.lower() in b.lower():
                problems.append('%s: %r contained in %r' % (fname, a, b))
rows.sort(key=lambda r: (r[0], r[1]))
with open('labels.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['file', 'line', 'kind', 'text']); w.writerows(rows)
print('\n'.join(problems) or 'no build problems')
print(len(rows), 'label rows')
print(Counter(r[2] for r in rows))
print(Counter(r[0] for r in rows))

# README ----------------------------------------------------------------------
def wc(fname):
    n = 0
    for _, cells in units[fname]:
        for c in cells:
            if fname.endswith('.vtt') and (c.strip() == 'WEBVTT' or '-->' in c or c.startswith(guid)):
                continue
            n += len(re.sub(r'<[^>]+>', ' ', c).split())
    return n

SETTING = {
    FILES['vtt']: ('WebVTT captions from a Microsoft Teams meeting (`<v Firstname Surname>` voice tags, GUID cue ids, two cues split mid-sentence)',
                   'Integrated care board lived-experience panel: members from Rotherham, Nottingham and Mansfield groups talk to a commissioner'),
    FILES['odt']: ('OpenDocument text: focus-group transcript with heading, metadata lines, a front-sheet table (participant code, age band, role) and `P1:`-style turns',
                   'Chronic-pain peer group, Chesterfield / North Derbyshire'),
    FILES['eml']: ('Plain-text email (From/Sent/To/Cc/Subject headers, signature, disclaimer) with a Slack channel export pasted in',
                   'Young LGBTQ+ group run by a youth service in Doncaster; youth workers and a volunteer plan the session'),
    FILES['xlsx']: ('Excel sheet of turns, header row `speaker`,`text`; long turns; two cells hold two speakers joined (`Name: ...`)',
                    "Former miners' and families' group at a welfare club near Mansfield"),
    FILES['diary']: ('Plain-text phone auto-transcription of a voice-note diary, dates as headings, mis-heard words',
                     "Ukrainian refugee member of a Derby group (Homes for Ukraine)"),
}
status = '**Status: NOT scored yet.**'
if os.path.exists('README.md'):
    old = open('README.md', encoding='utf-8').read().split('\n')
    if len(old) > 1 and old[1].startswith('**Status:'):
        status = old[1]
per_file = Counter(r[0] for r in rows)
kinds_total = Counter(r[2] for r in rows)
L = ['This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.',
     status, '',
     '# blind-av: East Midlands and South Yorkshire peer-support transcripts', '',
     'Five synthetic transcripts from UK mental-health peer-support settings, with planted personal identifiers, '
     'for testing an anonymity checker blind (the checker was not looked at while writing the set).', '',
     '| file | format | setting | words | label rows |', '|---|---|---|---|---|']
for key in ('vtt', 'odt', 'eml', 'xlsx', 'diary'):
    fn = FILES[key]
    L.append('| `%s` | %s | %s | %d | %d |' % (fn, SETTING[fn][0], SETTING[fn][1], wc(fn), per_file[fn]))
L += ['', 'Total label rows: **%d**.' % len(rows), '', '## Totals per kind', '', '| kind | rows |', '|---|---|']
L += ['| %s | %d |' % (k, v) for k, v in kinds_total.most_common()]
L += ['', '## Label conventions', '',
      '- `labels.csv` has header `file,line,kind,text`, one row per occurrence.',
      '- `line` is the 1-based physical line for `.txt` and `.vtt`; for `.odt` the paragraph number counted from 1 in document order '
      '(odfpy `text:p` and `text:h` elements, headings counted, each front-sheet table cell is one paragraph); for `.xlsx` the 1-based spreadsheet row '
      '(row 1 is the `speaker`,`text` header, both cells are searched).',
      '- `text` is the exact surface string. Every whole-word, case-sensitive occurrence `(?<!\\w)text(?!\\w)` of a labelled text in its file is an identifier and has a row.',
      '- No label text is contained in another label text of the same file (case-insensitive); one kind per text per file.',
      '- Names are single words (a full name gives two rows); titles (Mr, Mrs, Ms, Dr, Councillor, pani) and possessive `\'s` are left out. '
      'Full initials such as `J.T.` are names. Role labels (Facilitator, P1-P4, F, Transcriber note) and single initials (R., K.) are not labelled.',
      '- Kinds: name, place (village/small town/estate with personal detail), workplace (employer, venue, school, GP practice, pub, club, the group\'s own name), '
      'street_address, postcode, phone, email, url, handle, date_of_birth, nhs_number, ni_number, car_registration.',
      '- Spoken values keep their spoken surface (e.g. a phone number said as words) and are one label row.',
      '- `tricky.csv` (`file,text,why`) lists %d look-alikes that really appear and must NOT be flagged.' % (sum(1 for _ in open('tricky.csv', encoding='utf-8')) - 1 if os.path.exists('tricky.csv') else 0),
      '', '## Safe values', '',
      '- Phones only from Ofcom drama ranges (07700 900xxx, 01632 960xxx); emails and URLs only on example.org/.com/.net; '
      'NHS numbers start 999 with a valid modulus-11 check digit; NI numbers have prefix QQ or ZZ; postcodes use a real outward code '
      '(S40, S44, DN4, NG19, NG21, DE23) with an inward part containing C, I, K, M, O or V; car registrations have I or Q among the last three letters. '
      'Every person, employer, venue, school and street is invented; real towns and villages are used for places.',
      '', '## Hard cases planted', '',
      '- Teams voice tags carry full names on every cue (`<v Tomasz Wiśniewski>`), so speaker names are labels; Polish diacritics; a nickname (Tomek, Bernie) beside the full name; '
      'a possessive (`Priya\'s`); a surname alone as a ground rule (`\'Holloway doesn\'t get the last word\'`); names after `Councillor` and the Polish honorific `pani`.',
      '- An NHS number and a mobile number read out as words (`nine nine nine, three four five ...`, `oh seven seven double oh ...`).',
      '- ODT: facilitator initials `JW` in the metadata and in the front-sheet table; a note-taker as `R. Pemberton` (only the surname labelled); '
      'a participant breaking his own code (`I\'m Colin. I\'m P4 on your sheet`); `Joy` as a name while `joy` is an ordinary word in the same file; '
      'a postcode typed in lower case with a double space (`s44  5ok`); a dd/mm/yyyy date of birth; an NI number read out in groups.',
      '- Email: identifiers in the From/To/Cc headers in `Surname, Firstname` order; Slack display names in lower case (`harps`, `jac`) and '
      'names in lower case in messages (`ellis`, `rhys\'s`); `Summer` as a name beside `summer residential`; a Slack header `Lewis F` (surname initial not labelled); '
      'a car registration as the whole of a message; a phone in brackets; an international `+44 7700 900356` mobile in the signature; a Teams meeting URL; Instagram handles.',
      '- XLSX: initials `J.T.` as a speaker label and inside turns; cells holding two speakers joined (`... Maureen: Tell her ...`, `... J.T.: He were snoring`); '
      'identifiers in a `Transcriber note` row; a dialect date of birth (`2nd of August \'58`); a Facebook-style URL on a subdomain of example.com; a spaced NI number.',
      '- Voice diary: Ukrainian names in Latin transliteration (Kateryna, Oleksandr, Sofiia, Mykola); speech-to-text mis-hearings of names (`Nicola` for Mykola, '
      '`Irena` for Iryna) and of the group name (`Sunny Ash Nick` for Soniashnyk); an Irish name with a fada (`Siobhán`); a spoken date of birth; '
      'a postcode spelled out (`D E two three eight K C`); a spaced NHS number; an Instagram handle.',
      '- Look-alikes in `tricky.csv`: helplines (116 123, 0800 1111, 85258), national charities and schemes, cities and regions, drugs and doses, meeting dates, '
      'years, road and bus numbers, apps, public figures, role labels, times, and words that are names elsewhere.',
      '', '## Rebuild and verify', '',
      'From inside this folder, with a Python that has python-docx, odfpy, openpyxl and webvtt-py (the project `.venv`):', '',
      '```', 'python build.py          # writes the 5 transcripts, labels.csv and this README from content.py',
      'python verify_labels.py  # checks every rule and prints PASS', '```', '',
      '`content.py` holds the marked-up source (`[KIND:text]` markers); `build.py` strips the markers, writes the files and derives every label row '
      'by searching each file for all whole-word occurrences. `tricky.csv` is written by hand.', '']
with open('README.md', 'w', encoding='utf-8') as f:
    f.write('\n'.join(L))
