"""Build labels.csv for the blind-q synthetic anonymity set.

PLANTED lists every identifier text planted in each file, with its kind and the
number of times it is expected to occur (whole-word, case-sensitive).  The
script finds every occurrence line by line and writes one row per occurrence:

    file,line,kind,text

Line numbers count from 1: file lines for .txt/.vtt, paragraph numbers for
.docx.  The script stops with an error if an occurrence count differs from the
planted count, so an accidental extra use of a labelled word (for example a
sentence starting "Will ...") is caught instead of silently labelled.

TRICKY lists the non-identifiers planted on purpose (unlabelled).  They are used
by verify_labels.py.

Run from this folder:  python build_labels.py   (needs python-docx for q03.docx)
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FILES = ["q01.vtt", "q02.txt", "q03.docx", "q04.txt", "q05.txt"]

# file -> list of (kind, text, expected occurrences)
PLANTED = {
    "q01.vtt": [
        # display names in <v ...> voice tags are labelled at every cue
        ("name", "Colin", 8),
        ("name", "Ashworth", 5),
        ("name", "Nadia", 7),
        ("name", "Okafor", 5),
        ("name", "Taff", 2),
        ("name", "Rose", 1),
        ("name", "Dougie", 2),
        ("name", "Mackenzie", 2),
        ("name", "Lofty", 2),
        ("name", "Bernie", 1),
        ("name", "Kerry-Ann", 1),
        ("place", "Leyburn", 1),
        ("place", "Redmire", 1),
        ("place", "Bellerby", 1),
        ("place", "Hawes", 1),
        ("street_address", "9 Kelberdale Terrace", 1),
        ("postcode", "DL8 5CV", 1),
        ("phone", "07700 900461", 1),
        ("email", "commissioning.dales@example.org", 1),
        ("workplace", "Friarage", 1),
        ("car_registration", "YK62 QRI", 1),
        ("handle", "@ure_and_cover_73", 1),
        ("url", "https://www.example.net/dalesbrew", 1),
    ],
    "q02.txt": [
        ("name", "Eleri", 1),
        ("name", "Prosser", 1),
        ("name", "Grace", 2),
        ("name", "Carys", 1),
        ("name", "Rhodri", 1),
        ("name", "Dai", 2),
        ("name", "Bethan", 1),
        ("name", "Jenkins", 1),
        ("place", "Pontardawe", 2),
        ("place", "Ystalyfera", 1),
        ("place", "Clydach", 1),
        ("place", "Cwmllynfell", 1),
        ("workplace", "Cefn Coed", 1),
        ("workplace", "Onnen Ward", 1),
        ("workplace", "Tata Steel", 1),
        ("phone", "07700.900.382", 1),
        ("street_address", "3 Heol y Nant", 1),
        ("postcode", "SA8 4KC", 1),
        ("email", "jo dot bell at example dot com", 1),
    ],
    "q03.docx": [
        ("name", "Bridget", 2),
        ("name", "Kathleen", 4),
        ("name", "Delaney", 1),
        ("name", "Mikey", 2),
        ("name", "Ward", 1),
        ("name", "Joy", 1),
        ("name", "Shania", 1),
        ("place", "Wimblington", 1),
        ("place", "Manea", 2),
        ("place", "Chatteris", 1),
        ("place", "Doddington", 1),
        ("workplace", "Thomas Clarkson Academy", 1),
        ("date_of_birth", "03/07/1988", 1),
        ("nhs_number", "999 402 7816", 1),
        ("url", "www.example.org/fenwomen", 1),
        ("handle", "@fenland_wagtail", 1),
        ("phone", "01632 960118", 1),
        ("email", "circle.fen@example.org", 1),
        ("street_address", "14 Hollycroft Road", 1),
        ("postcode", "PE166CK", 1),
    ],
    "q04.txt": [
        ("name", "kez", 2),
        ("name", "mags", 1),
        ("name", "dawn", 2),
        ("name", "robin", 3),
        ("name", "ash", 3),
        ("name", "mcgregor", 1),
        ("name", "wen", 1),
        ("place", "bridge of allan", 2),
        ("place", "tillicoultry", 1),
        ("phone", "07700 900 527", 1),
        ("email", "thursdaycircle.stir@example.net", 1),
        ("workplace", "forth valley royal", 1),
        ("workplace", "wallace high", 1),
        ("car_registration", "sv19 qxi", 1),
        ("street_address", "14 cairnbrae lane", 1),
        ("postcode", "fk9  4vm", 1),
        ("handle", "@thursdaycircle_otter", 1),
        ("ni_number", "nk274193b", 1),
    ],
    "q05.txt": [
        ("name", "Trevor", 2),
        ("name", "Morwenna", 1),
        ("name", "Jago", 1),
        ("name", "Will", 1),
        ("name", "Marian", 1),
        ("name", "Hope", 2),
        ("name", "Pascoe", 1),
        ("name", "Demelza", 2),
        ("place", "Trewellard", 1),
        ("place", "Botallack", 1),
        ("place", "Bojewyan", 1),
        ("place", "Zennor", 1),
        ("place", "Morvah", 1),
        ("place", "St Just", 1),
        ("place", "Carnyorth", 1),
        ("workplace", "Geevor", 1),
        ("workplace", "Tremayne Ward", 1),
        ("workplace", "Cape Cornwall School", 1),
        ("workplace", "Chy Lowen Care Home", 1),
        ("workplace", "Bolitho Unit", 1),
        ("workplace", "Pengelly Haulage", 1),
        ("date_of_birth", "fourteenth of February nineteen fifty-one", 1),
        ("nhs_number", "9995561239", 1),
        ("ni_number", "QQ 12 34 56 C", 1),
        ("phone", "oh seven seven double oh nine double oh three one two", 1),
        ("street_address", "7 Chapel Terrace", 1),
        ("postcode", "TR 19 7KV", 1),
        ("email", "penwith.carers@example.com", 1),
    ],
}

# file -> list of (category, exact text) planted NON-identifiers (not labelled)
TRICKY = {
    "q01.vtt": [
        ("day", "Thursday"),
        ("brand", "Co-op"),
        ("service", "Op COURAGE"),
        ("big city", "York"),
        ("big city", "Leeds"),
        ("charity", "Combat Stress"),
        ("pseudonym reference", "F2 sat"),
        ("app", "WhatsApp"),
        ("name-word as word", "rose"),
        ("helpline", "Samaritans on 116 123"),
        ("month", "March"),
        ("name-word as word", "frank"),
        ("name-word as word", "Mark it down"),
        ("age", "sixty-odd"),
        ("helpline", "Shout is there on 85258"),
    ],
    "q02.txt": [
        ("charity", "Hearing Voices Network"),
        ("session date", "14 March 2024"),
        ("age", "fourteen"),
        ("day", "Tuesday"),
        ("drug", "clozapine"),
        ("drug", "olanzapine"),
        ("drug", "aripiprazole"),
        ("helpline", "111 press 2"),
        ("helpline", "Samaritans are on 116 123"),
        ("festival", "Christmas"),
        ("pseudonym reference", "P1 said"),
        ("pseudonym reference", "P2's"),
        ("name-word as word", "saving grace"),
        ("brand", "Facebook"),
    ],
    "q03.docx": [
        ("event", "Appleby Fair"),
        ("school year", "Year 8"),
        ("service", "NHS guidance"),
        ("festival", "Christmas"),
        ("helpline", "Shout, text 85258"),
        ("name-word as word", "a joy to watch"),
        ("app", "TikTok"),
        ("charity", "Friends, Families and Travellers"),
        ("money", "twenty pound a head"),
        ("big city", "Cambridge"),
        ("diagnosis", "postnatal depression"),
        ("drug", "sertraline"),
        ("name-word as word", "hope"),
        ("day", "Wednesday"),
        ("pseudonym reference", "P5 she"),
    ],
    "q04.txt": [
        ("helpline", "breathing space 0800 83 85 87"),
        ("helpline", "shout 85258"),
        ("helpline", "samaritans 116 123"),
        ("therapy", "cbt"),
        ("duration", "14 months"),
        ("big city", "shanghai"),
        ("diagnosis", "adhd"),
        ("drug", "fluoxetine"),
        ("name-word as word", "will we get"),
        ("name-word as word", "rose"),
        ("name-word as word", "frank answer"),
        ("name-word as word", "sunny day"),
        ("month", "october"),
        ("name-word as word", "hope the rest"),
        ("pseudonym reference", "c1's question"),
        ("benefit", "pip"),
    ],
    "q05.txt": [
        ("age", "I'm 71"),
        ("diagnosis", "vascular dementia"),
        ("big city", "Bristol"),
        ("big city", "Plymouth"),
        ("diagnosis", "bipolar"),
        ("drug", "lithium"),
        ("benefit", "Carer's Allowance"),
        ("money", "£81.90"),
        ("diagnosis", "Parkinson's"),
        ("diagnosis", "postpartum psychosis"),
        ("road", "A30"),
        ("charity", "Age UK"),
        ("charity", "Alzheimer's Society"),
        ("helpline", "Samaritans are there on 116 123"),
        ("name-word as word", "Don't lose hope"),
        ("name-word as word", "I will come back"),
    ],
}


def read_lines(name):
    """Return the list of lines (for .docx: paragraphs), numbered from 1 by position."""
    path = HERE / name
    if name.endswith(".docx"):
        import docx

        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def word_pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def find_rows(name, lines):
    rows = []
    errors = []
    for kind, text, expected in PLANTED[name]:
        pat = word_pattern(text)
        found = 0
        for number, line in enumerate(lines, start=1):
            for _ in pat.finditer(line):
                rows.append((name, number, kind, text))
                found += 1
        if found != expected:
            errors.append(f"{name}: {text!r} expected {expected} occurrence(s), found {found}")
    rows.sort(key=lambda r: (r[1], lines[r[1] - 1].find(r[3]), r[3]))
    return rows, errors


def build():
    all_rows = []
    all_errors = []
    for name in FILES:
        rows, errors = find_rows(name, read_lines(name))
        all_rows.extend(rows)
        all_errors.extend(errors)
    return all_rows, all_errors


def main():
    rows, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "line", "kind", "text"])
        writer.writerows(rows)
    print(f"wrote labels.csv with {len(rows)} rows")


if __name__ == "__main__":
    main()
