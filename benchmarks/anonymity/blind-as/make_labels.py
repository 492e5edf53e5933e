"""Regenerate labels.csv from the identifier inventory below.

Run from inside this folder:  python make_labels.py
Every whole-word, case-sensitive occurrence ((?<!\\w)text(?!\\w)) of each listed text in its
file becomes one row. Line = 1-based physical line for .txt/.srt; for .docx the paragraph
number in Document.paragraphs order (headings counted), or for table text the table row
number (header row = 1).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = {
    "01_crofters_fishers_conference_call.txt": {
        "name": ["Rhona", "Donnie", "Kenny", "Ishbel", "Calum", "Crab", "Murdo", "Strachan",
                 "J.T.", "Maciver"],
        "place": ["Gravir", "Scalpay"],
        "workplace": ["Fank Talk", "Taigh na Mara Trust", "Morning Tern", "Gull Point Seafoods",
                      "Cnoc Ard Surgery", "Anchor and Oar"],
        "street_address": ["7 Gannet Brae"],
        "postcode": ["HS2 9KV"],
        "phone": ["0131 496 0227", "+44 7700 900318", "+44 7700 900642", "+44 1632 960441",
                  "+44 7700 900155", "oh seven seven double oh, nine double oh, three one eight",
                  "01632 960587"],
        "email": ["fanktalk at example dot org"],
        "url": ["fanktalk.example.org"],
        "ni_number": ["QQ four oh one one seven three B"],
        "date_of_birth": ["ninth of April ninety-nine"],
    },
    "02_gaelic_older_report.docx": {
        "name": ["Seonag", "Rankin", "Ùisdean", "Peigi", "MacPhail", "Dòmhnall", "Ceit", "Mòrag",
                 "Seònaid", "Raonaid", "D.M.", "S.M.", "Hughie", "Dhòmhnaill"],
        "place": ["Caol", "Banavie", "Inverlochy"],
        "workplace": ["Cridhe Còmhla", "Linnhe Small Grants Panel", "An Seann Sgoil",
                      "Gleann Bàn Bowling Club", "Bun-sgoil na Creige", "Bonnach Bakehouse"],
        "street_address": ["4 Bothan Place"],
        "postcode": ["PH33 7MV"],
        "phone": ["07700 900733"],
        "email": ["cridhe.comhla@example.org"],
        "url": ["www.example.org/cridhe-comhla"],
        "nhs_number": ["999 604 2138"],
        "date_of_birth": ["03/02/1953", "15 November 1933"],
        "car_registration": ["SN17 VIQ"],
    },
    "03_recovery_signal_export.txt": {
        "name": ["Gail", "Tam", "Dougie", "Aileen", "Bożena", "shaz", "kev", "robbie", "Will",
                 "Kerr", "J.T.", "Laidlaw"],
        "place": ["Denholm", "Burnfoot"],
        "workplace": ["Second Wind", "Heron Mill", "Lowood Knitwear", "kirkyard pharmacy",
                      "IronWorks"],
        "street_address": ["14 Spindle Row"],
        "postcode": ["TD9  8KC"],
        "phone": ["+44 7700 900561", "+44 7700 900874", "07700900209", "0161 496 0752"],
        "email": ["secondwind.borders@example.org"],
        "url": ["https://maps.example.com/?q=Heron+Mill+Hawick"],
        "handle": ["@gala.sober.dad"],
        "ni_number": ["ZZ 61 40 72 D"],
        "date_of_birth": ["17.8.79", "17/08/1979"],
        "nhs_number": ["999 875 3104"],
        "car_registration": ["SK68 XQI"],
    },
    "04_rural_women_captions.srt": {
        "name": ["MORAG", "INGA", "KATHLEEN", "ELSPETH", "Grace", "Rendall", "Neil", "Alec",
                 "Bunty", "Sigrún", "Skye", "Hazel"],
        "place": ["Evie", "Rousay", "Dounby"],
        "workplace": ["Hen Hoose", "Peedie Hall", "Quoyburn Eggs"],
        "street_address": ["3 Kiln Corner"],
        "postcode": ["KW17 2OC"],
        "phone": ["oh one six three two, nine six oh, four seven one"],
        "email": ["henhoose at example dot net"],
        "handle": ["@henhoose.orkney"],
        "car_registration": ["SV19 QKI"],
        "date_of_birth": ["14 June 2019"],
    },
    "05_nhs_highland_oral_history.txt": {
        "name": ["Fiona", "Urquhart", "Ruaridh", "Gow", "Ogilvie", "Eilidh", "Munro", "Lachie",
                 "Okafor", "Ngozi", "Hamish", "Beaton", "Kasia", "Wójcik", "A.J."],
        "place": ["Balloch", "Hilton", "Kinlochbervie"],
        "workplace": ["Hen Hoose", "Strathmhor Bowling Club", "Loch Inchard Seafoods",
                      "Cridhe Còmhla"],
        "street_address": ["9 Corrie Loan"],
        "postcode": ["IV2 7KC"],
        "phone": ["07700 900921", "0131 496 0814"],
        "email": ["highlandvoices@example.org"],
        "url": ["https://example.org/highland-peer-voices/017"],
        "ni_number": ["QQ 27 44 91 C"],
        "date_of_birth": ["23.08.1962"],
        "car_registration": ["SF66 QJO"],
        "nhs_number": ["Nine nine nine, three one two, four five six seven"],
    },
}


def units(fname):
    """Return list of (line_number, text) addressable units for a file."""
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        out = [(i, p.text) for i, p in enumerate(doc.paragraphs, 1)]
        for table in doc.tables:
            for r, row in enumerate(table.rows, 1):
                out.append((r, " | ".join(c.text for c in row.cells)))
        return out
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    return list(enumerate(text.split("\n"), 1))


def main():
    rows = []
    for fname, kinds in LABELS.items():
        us = units(fname)
        for kind, texts in kinds.items():
            for t in texts:
                rx = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
                n = 0
                for line, text in us:
                    for _m in rx.finditer(text):
                        rows.append((fname, line, kind, t))
                        n += 1
                if n == 0:
                    sys.exit(f"NOT FOUND: {fname}: {t!r}")
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    by_file = {}
    by_kind = {}
    for f, _l, k, _t in rows:
        by_file[f] = by_file.get(f, 0) + 1
        by_kind[k] = by_kind.get(k, 0) + 1
    for f, n in by_file.items():
        print(f"{f}: {n}")
    for k, n in sorted(by_kind.items(), key=lambda x: -x[1]):
        print(f"  {k}: {n}")
    print("total", len(rows))


if __name__ == "__main__":
    main()
