"""Write labels.csv and tricky.csv from the hand-written inventories below.

Each inventory entry is (text, kind).  Rows are produced for every whole-word,
case-sensitive occurrence of the text in its file ("whole word": the
characters either side are not letters, digits or `_`).
Line numbers: physical lines for .txt/.srt; for .odt/.docx, paragraph number
from 1, then table rows numbered on after the paragraphs (a row = its cells
joined with " | ").
Run from this folder:  python build_labels.py
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

INVENTORY = {
    "ab01.odt": [
        # names (speaker labels that are names included)
        ("Mairead", "name"), ("Declan", "name"), ("Pádraig", "name"),
        ("Paddy", "name"), ("Siobhán", "name"), ("Dessie", "name"),
        ("Caoimhe", "name"), ("McCusker", "name"), ("Gilmartin", "name"),
        ("Oisín", "name"),
        ("07700900318", "phone"), ("028 9649 6214", "phone"),
        ("oh seven seven double oh, nine double oh, four six one", "phone"),
        ("erneside.peers@example.org", "email"),
        ("example.org/erneside-women", "url"),
        ("@notonemorebet", "handle"),
        ("999 214 7083", "nhs_number"),
        ("QQ 48 27 19 C", "ni_number"),
        ("14/07/1983", "date_of_birth"),
        ("17 Mullaghmeen Row", "street_address"),
        ("BT94 1KV", "postcode"),
        ("LK66 QNB", "car_registration"),
        ("Enniskillen", "place"), ("Kesh", "place"),
        ("Fivemiletown", "place"), ("Omagh", "place"), ("Lisnaskea", "place"),
        ("Irvinestown", "place"),
        ("Crannog Hotel", "workplace"), ("Drumbane Feeds", "workplace"),
    ],
    "ab02.srt": [
        ("SUSAN", "name"), ("Susan", "name"), ("Pettigrew", "name"),
        ("Graham", "name"), ("DEREK", "name"), ("Derek", "name"),
        ("Maureen", "name"), ("Linda", "name"),
        ("Bernie", "name"), ("BERNADETTE", "name"), ("TONY", "name"),
        ("Tony", "name"), ("Abernethy", "name"),
        ("+44 7700 900583", "phone"), ("01632.960.417", "phone"),
        ("tendringcarers at example dot net", "email"),
        ("www.example.net/tendring-carers-cafe", "url"),
        ("@nazecarerscircle", "handle"),
        ("Nine nine nine, three oh five, one one two eight", "nhs_number"),
        ("9th August 1946", "date_of_birth"),
        ("12 Gorsewood Close", "street_address"),
        ("CO15 6MV", "postcode"), ("CO14 8IK", "postcode"),
        ("EY14 QJU", "car_registration"),
        ("Walton", "place"), ("Frinton", "place"),
        ("Holland-on-Sea", "place"), ("St Osyth", "place"), ("Clacton", "place"),
        ("Saltings Hall", "workplace"), ("Cliffview Care Home", "workplace"),
    ],
    "ab03.txt": [
        ("Gosia", "name"), ("Małgorzata", "name"), ("Malgorzata", "name"),
        ("Kuba", "name"), ("Jakub", "name"),
        ("Zieliński", "name"), ("Rūta", "name"), ("Łukasz", "name"),
        ("Lukasz", "name"),
        ("Ania", "name"), ("Pearce", "name"), ("Žydrūnas", "name"),
        ("Aušra", "name"), ("Grzegorz", "name"), ("Nwosu", "name"),
        ("07700.900.274", "phone"),
        ("wellbeing.circle@example.com", "email"),
        ("example.com/polacy-fenland-wsparcie", "url"),
        ("@lietuviai_fenuose", "handle"),
        ("9994728156", "nhs_number"),
        ("ZZ357102A", "ni_number"),
        ("12.05.1991", "date_of_birth"), ("third of September 1988", "date_of_birth"),
        ("44 Pightle Row", "street_address"),
        ("PE21  8QK", "postcode"), ("pe12 9mo", "postcode"),
        ("FY62 IQT", "car_registration"),
        ("Boston", "place"), ("Kirton", "place"),
        ("Holbeach", "place"), ("Sutton Bridge", "place"),
        ("Kętrzyn", "place"), ("Biržai", "place"),
        ("Fenmarsh Produce", "workplace"), ("Kestrel Staffing", "workplace"),
    ],
    "ab04.txt": [
        ("moth_girl_22", "handle"), ("quietlark", "handle"),
        ("tea_and_panic", "handle"), ("b1nary_bee", "handle"),
        ("lanternfish", "handle"), ("@cloudberry.zines", "handle"),
        ("sky", "name"), ("will", "name"), ("hope", "name"), ("faith", "name"),
        ("rich", "name"), ("dawn", "name"), ("okonjo", "name"), ("priya", "name"),
        ("+447700900291", "phone"), ("0113 496 0577", "phone"),
        ("anxietypeers.soc@example.com", "email"),
        ("example.org/calm-corner-rota", "url"),
        ("www.example.net/small-brave-things", "url"),
        ("2005-03-02", "date_of_birth"),
        ("27 ashgrove terrace", "street_address"),
        ("ls6 3qc", "postcode"),
        ("yg21 qpx", "car_registration"),
        ("qq 90 12 34 d", "ni_number"),
        ("meanwood", "place"),
        ("pickled pear", "workplace"), ("northbeam call centre", "workplace"),
    ],
    "ab05.docx": [
        ("Claudette", "name"), ("Ferguson", "name"), ("Marcia", "name"),
        ("Small", "name"), ("Lloyd", "name"), ("Pearline", "name"),
        ("Clement", "name"), ("Hortense", "name"), ("Patience", "name"),
        ("Gayle", "name"), ("Vinette", "name"), ("Bigga", "name"),
        ("Delroy", "name"), ("Precious", "name"), ("Ambrose", "name"),
        ("0115 496 0329", "phone"), ("07700 900847", "phone"), ("0115 4960 742", "phone"),
        ("commissioning.elders@example.org", "email"),
        ("yardtalk.facilitation@example.com", "email"),
        ("example.org/yardtalk-elders", "url"),
        ("@dominoesandsoup", "handle"),
        ("999 560 3314", "nhs_number"),
        ("ZZ 81 44 09 C", "ni_number"),
        ("1st of August 1942", "date_of_birth"),
        ("33 Limewood Walk", "street_address"),
        ("NG3 4CV", "postcode"),
        ("FP09 QKD", "car_registration"),
        ("St Ann's", "place"), ("Hyson Green", "place"), ("Sneinton", "place"),
        ("Blue Mahoe Community Centre", "workplace"), ("Mount Zion Fellowship", "workplace"),
        ("Carrington Dye Works", "workplace"),
    ],
}

# Look-alikes that are NOT personal identifiers: (file, text, why).  Never labelled.
TRICKY = [
    ("ab01.odt", "Tuesday 10 November 2026", "meeting date, not a date of birth"),
    ("ab01.odt", "Western Trust", "public health and social care trust"),
    ("ab01.odt", "County Fermanagh", "county"),
    ("ab01.odt", "GamCare", "national organisation"),
    ("ab01.odt", "0808 8020 133", "public helpline (GamCare)"),
    ("ab01.odt", "Lifeline", "public crisis service (Northern Ireland)"),
    ("ab01.odt", "0808 808 8000", "public helpline (Lifeline)"),
    ("ab01.odt", "Samaritans", "national organisation"),
    ("ab01.odt", "116 123", "public helpline (Samaritans)"),
    ("ab01.odt", "GAMSTOP", "national self-exclusion scheme"),
    ("ab01.odt", "Gamban", "app"),
    ("ab01.odt", "Ford Focus", "car make and model"),
    ("ab01.odt", "WhatsApp", "app"),
    ("ab01.odt", "Instagram", "app / platform"),
    ("ab01.odt", "mirtazapine", "drug name"),
    ("ab01.odt", "15mg", "drug dose"),
    ("ab01.odt", "Tuesdays", "weekday"),
    ("ab01.odt", "Thursdays", "weekday"),
    ("ab01.odt", "Christmas", "festival"),
    ("ab01.odt", "A32", "road number"),
    ("ab01.odt", "Dublin", "capital city"),
    ("ab01.odt", "Belfast", "big city"),
    ("ab01.odt", "Hope", "ordinary word that is also a name"),
    ("ab01.odt", "Tuesday 17 November", "meeting date"),
    ("ab02.srt", "Wednesday the 3rd of June", "meeting date, not a date of birth"),
    ("ab02.srt", "Colchester", "city"),
    ("ab02.srt", "Chelmsford", "city"),
    ("ab02.srt", "Carer's Allowance", "national benefit"),
    ("ab02.srt", "Admiral Nurse", "job title / service"),
    ("ab02.srt", "Dementia UK", "national organisation"),
    ("ab02.srt", "0800 888 6678", "public helpline (Dementia UK)"),
    ("ab02.srt", "Alzheimer's Society", "national organisation"),
    ("ab02.srt", "0333 150 3456", "public helpline (Alzheimer's Society)"),
    ("ab02.srt", "NHS 111", "public health line"),
    ("ab02.srt", "Kent", "county"),
    ("ab02.srt", "Honda Jazz", "car make and model"),
    ("ab02.srt", "Fridays", "weekday"),
    ("ab02.srt", "Facebook", "platform"),
    ("ab02.srt", "donepezil 10mg", "drug name and dose"),
    ("ab02.srt", "memantine", "drug name"),
    ("ab02.srt", "A133", "road number"),
    ("ab02.srt", "first Wednesday in July", "meeting date"),
    ("ab03.txt", "Lincolnshire", "county"),
    ("ab03.txt", "Fenland", "district / region name in the group's name"),
    ("ab03.txt", "Polish", "nationality / language"),
    ("ab03.txt", "Lithuanian", "nationality / language"),
    ("ab03.txt", "Home Office", "government department"),
    ("ab03.txt", "EU Settlement Scheme", "national scheme"),
    ("ab03.txt", "Wigilia", "festival (Polish Christmas Eve supper)"),
    ("ab03.txt", "Ford Transit", "van make and model"),
    ("ab03.txt", "Facebook", "platform"),
    ("ab03.txt", "Poland", "country"),
    ("ab03.txt", "sertraline 50mg", "drug name and dose"),
    ("ab03.txt", "Google Translate", "app"),
    ("ab03.txt", "Samaritans", "national organisation"),
    ("ab03.txt", "116 123", "public helpline (Samaritans)"),
    ("ab03.txt", "NHS 111", "public health line"),
    ("ab03.txt", "Mind", "national charity (also an ordinary word)"),
    ("ab03.txt", "Warsaw", "capital city"),
    ("ab03.txt", "Gdańsk", "big city"),
    ("ab03.txt", "Masuria", "region"),
    ("ab03.txt", "A16", "road number"),
    ("ab03.txt", "A17", "road number"),
    ("ab03.txt", "Lincoln", "city"),
    ("ab03.txt", "Saturday", "weekday"),
    ("ab03.txt", "Sunday", "weekday"),
    ("ab03.txt", "Christmas Eve", "festival"),
    ("ab04.txt", "14/11/2026", "export date in every message header, not a date of birth"),
    ("ab04.txt", "shout 85258", "public text line (Shout)"),
    ("ab04.txt", "samaritans 116 123", "public helpline"),
    ("ab04.txt", "nhs 111", "public health line"),
    ("ab04.txt", "propranolol 10mg", "drug name and dose"),
    ("ab04.txt", "january", "month"),
    ("ab04.txt", "wednesdays 8pm", "weekly meeting time"),
    ("ab04.txt", "october", "month"),
    ("ab04.txt", "grace period", "ordinary phrase containing a name word"),
    ("ab04.txt", "amber", "ordinary word that is also a name"),
    ("ab04.txt", "frank", "ordinary word that is also a name"),
    ("ab04.txt", "fiesta", "car model"),
    ("ab04.txt", "monday", "weekday"),
    ("ab04.txt", "headspace", "app"),
    ("ab04.txt", "leeds", "big city"),
    ("ab05.docx", "Nottingham City Council", "local authority (organisation)"),
    ("ab05.docx", "Thursday 8 October 2026", "meeting date, not a date of birth"),
    ("ab05.docx", "Nottingham", "big city"),
    ("ab05.docx", "grace", "ordinary word that is also a name"),
    ("ab05.docx", "Tuesday", "weekday"),
    ("ab05.docx", "Clarendon", "parish of Jamaica (county-level region)"),
    ("ab05.docx", "metformin 500mg", "drug name and dose"),
    ("ab05.docx", "amlodipine", "drug name"),
    ("ab05.docx", "Windrush", "historical generation / event"),
    ("ab05.docx", "Home Office", "government department"),
    ("ab05.docx", "Age UK", "national organisation"),
    ("ab05.docx", "0800 678 1602", "public helpline (Age UK)"),
    ("ab05.docx", "Birmingham", "big city"),
    ("ab05.docx", "Sunday", "weekday"),
    ("ab05.docx", "Sundays", "weekday"),
]


def file_lines(name):
    """Return the file's lines as a list (index 0 = line 1)."""
    path = HERE / name
    if name.endswith((".txt", ".srt")):
        return path.read_text(encoding="utf-8").split("\n")
    if name.endswith(".odt"):
        from odf.opendocument import load
        from odf.text import P
        from odf import teletype
        doc = load(str(path))
        return [teletype.extractText(p) for p in doc.getElementsByType(P)]
    if name.endswith(".docx"):
        from docx import Document
        doc = Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append(" | ".join(c.text for c in row.cells))
        return lines
    raise ValueError(name)


def occurrences(text, line):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(line)]


def main():
    rows = []
    for name, inv in INVENTORY.items():
        lines = file_lines(name)
        for text, kind in inv:
            found = 0
            for i, line in enumerate(lines, 1):
                for _ in occurrences(text, line):
                    rows.append((name, i, kind, text))
                    found += 1
            if not found:
                raise SystemExit(f"{name}: inventory text not found: {text!r}")
    order = list(INVENTORY)
    rows.sort(key=lambda r: (order.index(r[0]), r[1]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    with open(HERE / "tricky.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        w.writerows(TRICKY)
    print(f"labels.csv: {len(rows)} rows; tricky.csv: {len(TRICKY)} rows")


if __name__ == "__main__":
    main()
