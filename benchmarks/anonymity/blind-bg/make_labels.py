"""Generate labels.csv from the per-file identifier spec below.

Every whole-word, case-sensitive occurrence of a spec text in its file becomes
one row (file, line, kind, text). Line = physical 1-based line for .txt/.vtt;
for .docx the python-docx paragraph number (from 1), with table text given the
number of the last paragraph before the table.

Run from anywhere:  python make_labels.py   (build the .docx first)
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

SPEC = {
    "01_bristol_brothers_otter.txt": {
        "name": ["Fenwick", "Kwabena", "Dee", "Chance", "Sol",
                 "Adeyemi", "Marlon", "Banjo", "Desmond", "Jerome", "Lloyd"],
        "workplace": ["Calabash Circle", "Ashgrove Community Rooms", "Avonmere Logistics",
                      "Cotham Brook Surgery", "Marlfield", "Gilded Heron", "Fade Republic"],
        "phone": ["077009 00318", "oh seven seven double oh nine double oh, four six one"],
        "place": ["Hartcliffe", "St Pauls"],
        "street_address": ["Wrenfield Close", "Quarrender Street", "17 Fennimore Walk"],
        "postcode": ["BS5 9KC", "BS2 8 MO"],
        "car_registration": ["WU19 QKI"],
        "date_of_birth": ["twenty-second of October, eighty-four"],
    },
    "02_plymouth_dads_zoom.vtt": {
        "name": ["Dan", "Thomas", "Wiśniewski", "J.T.", "Isla", "Kofi",
                 "Becca", "Ceri", "Rich", "Efua", "Sophie", "Wiktoria", "Pascoe"],
        "workplace": ["Tamar Dads", "Wriggle Barn", "Stonehouse Creek Health Centre",
                      "Hoe Crest", "Breakwater Leisure"],
        "date_of_birth": ["12th of March 2024"],
        "street_address": ["2 Kestrel Wharf"],
        "postcode": ["PL 13 MV"],
        "place": ["Bere Alston"],
        "phone": ["0770-090-0562"],
        "email": ["hello dot dads at example dot org"],
        "url": ["www.dadsroom.example.org"],
    },
    "03_somerset_levels_email.txt": {
        "name": ["Rosalind", "Pike", "Małgorzata", "Dąbrowska", "Hilary", "Sealy", "Gosia",
                 "Janet", "Fry", "Will", "Coombes", "Kev", "Trish", "Roz", "Bev", "June"],
        "email": ["rp.levels@example.org", "m.dab.farm@example.net", "commissioning.sw@example.org"],
        "workplace": ["Rhyne & Reed", "Old Creamery Rooms", "Eel & Withy",
                      "Heartwood Rural Wellbeing CIC"],
        "car_registration": ["YK68 QVI"],
        "place": ["Muchelney", "Westonzoyland"],
        "handle": ["@RhyneReedLevels"],
        "street_address": ["3 Heron Drove, Burrowbridge", "Lower Sowy Farm"],
        "postcode": ["TA7 0MV", "TA7 0 QM"],
        "phone": ["01632 960418", "07700 900725", "0117 496 0832"],
        "date_of_birth": ["07.11.1968"],
        "nhs_number": ["999 526 0182"],
        "ni_number": ["QQ 42 17 93 C"],
        "url": ["https://ruralreview.example.org/somerset-levels"],
    },
    "04_truro_voices_library.docx": {
        "workplace": ["The Listening Shelf", "Chyvounder Library", "Kernow Peer Collective",
                      "Harvest Ward"],
        "street_address": ["3 Lowenna Terrace"],
        "postcode": ["TR1 2VK"],
        "name": ["Nia", "Pengelly", "A.K.", "R.P.L.", "Robin", "Siân", "Loveday", "Jory",
                 "Carne", "Tregenza", "Keziah"],
        "phone": ["01632 960277"],
        "email": ["listening.shelf at example dot net", "a.kitto.transcripts@example.com"],
        "handle": ["@voicesinthestacks"],
        "place": ["Probus"],
        "nhs_number": ["999 159 0838"],
        "date_of_birth": ["30th June 1979"],
    },
    "05_cornwall_harbour_whatsapp.txt": {
        "workplace": ["Harbour Lights", "Gurnard's Loft", "Tolvean Care Home", "Coastguard Club",
                      "Penmorvah Medical Practice"],
        "name": ["Kerensa", "Denzil", "Curnow", "Trev", "Steph", "Mikey", "pearl", "morwenna",
                 "jowan"],
        "place": ["Gwavas"],
        "street_address": ["4 Pilchard Steps"],
        "postcode": ["tr18 5om"],
        "phone": ["+44 7700 900871", "07700 900 903"],
        "ni_number": ["ZZ 83 21 05 A"],
        "car_registration": ["WF71 QOI"],
        "url": ["https://gofund.example.com/gurnards-loft-roof"],
        "email": ["harbourlights.notes@example.org"],
        "handle": ["@gurnardsloft"],
        "date_of_birth": ["02/04/75"],
    },
}


def units(path):
    """Return list of (line_number, text) units for a transcript file."""
    path = Path(path)
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(str(path))
        out, n = [], 0
        for el in doc.element.body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                n += 1
                out.append((n, Paragraph(el, doc).text))
            elif tag == "tbl":
                for row in Table(el, doc).rows:
                    for cell in row.cells:
                        out.append((n, cell.text))
        return out
    text = path.read_text(encoding="utf-8")
    return [(i, line) for i, line in enumerate(text.split("\n"), 1)]


def pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fname, kinds in SPEC.items():
        us = units(HERE / fname)
        for kind, texts in kinds.items():
            for t in texts:
                pat = pattern(t)
                hits = 0
                for ln, s in us:
                    for _ in pat.finditer(s):
                        rows.append((fname, ln, kind, t))
                        hits += 1
                if hits == 0:
                    raise SystemExit(f"spec text not found: {fname}: {t!r}")
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"labels.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
