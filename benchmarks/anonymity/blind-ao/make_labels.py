"""Regenerate labels.csv from the per-file label lists below.

Run from inside this folder:  python make_labels.py
Every whole-word, case-sensitive occurrence of each listed text is written as one row.
(Each occurrence was checked by hand to really be an identifier.)
"""
import csv
import re

from docx import Document

LABELS = {
    "01_zoom_longcovid_oxford.vtt": {
        "name": ["Fiona", "Gallacher", "F.G.", "Tomás", "Ferreira", "Inês", "Hope",
                 "Pashley", "Bernadette", "Okonjo", "Bernie", "Siobhán", "Rhys", "Abernethy",
                 "Graham", "Lusk", "Kasia", "Maureen"],
        "workplace": ["Second Wind", "Harcastle Instruments", "Quarrymead", "Pollard's Lane Primary",
                      "Tanner's Yard Hub"],
        "place": ["Kennington", "Blackbird Leys"],
        "phone": ["oh seven seven double oh, nine double oh, five four one", "447700900218"],
        "url": ["example dot org forward slash ground rules", "https://example.net/pem-diary-template"],
        "email": ["secondwind dot facilitator at example dot org"],
        "date_of_birth": ["12/09/1978", "twenty-first of September"],
        "nhs_number": ["999 526 0182"],
    },
    "02_residents_forum_slough.docx": {
        "name": ["Trish", "Quennell", "Gurpreet", "Wojtek", "Wojciech", "Mariatu", "Dolores", "Whitcombe",
                 "Rianne", "Achterberg", "Fairweather", "Leon", "Appiah", "Ishaku"],
        "workplace": ["Veldmere", "Harrowden Court", "Brindlecroft Logistics", "Claycroft Academy",
                      "Drover's Rest", "Kestrel Bank Surgery"],
        "place": ["Britwell"],
        "street_address": ["2-48 Harrowden Close", "Flat 9, 31 Ottery Walk"],
        "postcode": ["SL1 4CM"],
        "phone": ["01632 960417", "020 7946 0183"],
        "ni_number": ["ZZ 71 03 26 B"],
        "email": ["tenancy.sustainment@example.com", "residents.forum@example.com"],
        "car_registration": ["LV19 QXE"],
        "date_of_birth": ["2 November 1949"],
    },
    "03_dads_group_imessage_mk.txt": {
        "name": ["Marek", "Dudek", "Kwame", "Paterson", "dev", "Sam", "J.T.", "tone", "kwams", "Kofi",
                 "Amelie", "chris"],
        "workplace": ["Dadspace", "Harnessworks", "Kilnbrook Boxing", "Three Ferrets"],
        "place": ["Fullers Slade"],
        "street_address": ["41 Gorrelmead Way"],
        "postcode": ["mk111ck"],
        "phone": ["+447700900431", "+447700900270", "+447700900316", "+447700900588", "07700 900588"],
        "ni_number": ["zz 31 42 07 d"],
        "url": ["https://example.com/mk-thursday-rota"],
        "email": ["thursdaycrew@example.net"],
        "handle": ["@mkdadwalks"],
        "car_registration": ["AY17 QJK"],
        "date_of_birth": ["09/04/2017", "9th April", "3rd Dec 2012"],
    },
    "04_student_society_transcription.csv": {
        "name": ["Amara", "Nwosu", "Ciarán", "Breathnach", "Kieran", "Sunny", "Léa", "Jas", "Yusuf",
                 "Oyelaran"],
        "workplace": ["Kindred", "Rowanbrook Hall", "Greaves Bakehouse", "Hollin & Marsh",
                      "Northcourt Surgery", "Lamb and Lantern"],
        "place": ["Wooburn Green", "Woodley"],
        "street_address": ["17 Quillon Road"],
        "postcode": ["RG6 7 CK"],
        "phone": ["0770 090 0663"],
        "email": ["peersupport.soc@example.net"],
        "url": ["example.org/peersupport-signup"],
        "handle": ["@peerpals.rdg"],
        "date_of_birth": ["14/07/2004", "fourteenth of July"],
    },
    "05_walking_interview_luton.txt": {
        "name": ["Hodan", "H.W.", "Pryce", "E.P.", "Faadumo", "Fadumo", "Hersi",
                 "Whitlock", "Sagal", "Khadra", "Ayaan", "Cawo", "Xaliimo", "Ducaale", "Abdirahman"],
        "workplace": ["Ubax", "Larkfield Institute", "Marlwood Community Centre", "Crescent Rise",
                      "Siraad Pharmacy"],
        "place": ["Lewsey Farm", "Toddington"],
        "street_address": ["12 Kilnbeck Street", "Ravensdale Crescent, number 58"],
        "postcode": ["LU1 3KV"],
        "phone": ["zero seven seven zero zero, nine zero zero, two zero six"],
        "email": ["peerspaces.study@example.org"],
        "url": ["example.org/peerspaces/info"],
        "handle": ["@sisters.of.the.lea"],
        "nhs_number": ["nine nine nine, one five nine, oh eight three eight"],
        "date_of_birth": ["first of January nineteen seventy-six"],
        "car_registration": ["LN66 QIE"],
    },
}


def units(path):
    """Yield (line_number, text) units as defined in README.md."""
    if path.endswith(".docx"):
        doc = Document(path)
        for i, p in enumerate(doc.paragraphs, 1):
            yield i, p.text
        for t in doc.tables:
            for r, row in enumerate(t.rows, 1):
                for cell in row.cells:
                    yield r, cell.text
    else:
        with open(path, encoding="utf-8", newline="") as f:
            for i, line in enumerate(f.read().split("\n"), 1):
                yield i, line


def occurrences(text, s):
    return len(re.findall(r"(?<!\w)" + re.escape(text) + r"(?!\w)", s))


def main():
    rows = []
    for fname, kinds in LABELS.items():
        us = list(units(fname))
        for ln, s in us:
            found = []
            for kind, texts in kinds.items():
                for t in texts:
                    for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", s):
                        found.append((m.start(), kind, t))
            for _, kind, t in sorted(found):
                rows.append((fname, ln, kind, t))
    with open("labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print("wrote labels.csv with", len(rows), "rows")


if __name__ == "__main__":
    main()
