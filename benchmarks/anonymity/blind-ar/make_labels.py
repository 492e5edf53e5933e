"""Generate labels.csv from the per-file label spec below (run from inside this folder).

For every (kind, text) in SPEC, every whole-word, case-sensitive occurrence
((?<!\\w)text(?!\\w)) in the file becomes one row. Line = physical line for
text/csv files, paragraph number (odfpy document order, headings counted) for .odt.
"""
import csv
import re

from odf import teletype
from odf.namespaces import TEXTNS
from odf.opendocument import load

F1 = "ar01_interview_chinese_carers.txt"
F2 = "ar02_newsletter_young_mums.odt"
F3 = "ar03_chat_voices_group.txt"
F4 = "ar04_advisory_board.csv"
F5 = "ar05_radio_phonein_mens_group.txt"
FILES = [F1, F2, F3, F4, F5]

SPEC = {
    F1: {
        "name": ["Rhiannon", "Pryce-Evans", "Okonkwo-Hale", "Ming", "Lau", "Fung", "Winnie",
                 "Cheung", "Lǚ", "Xiùyīng", "Bernadette", "Bernie", "Fairclough", "J.T."],
        "workplace": ["Kam Lung Family Centre", "Clearword Transcription Ltd", "Golden Bamboo",
                      "Silver Dragon"],
        "street_address": ["14 Pagoda Walk"],
        "postcode": ["M1 4VK"],
        "nhs_number": ["999 482 6131"],
        "date_of_birth": ["twenty-second of November, ninety-six"],
        "handle": ["mooncake_mama88"],
        "place": ["Irlam", "Ordsall"],
        "phone": ["oh seven seven double oh, nine double oh, four one two", "0161 496 0734"],
        "email": ["carers.kamlung@example.org", "typing@clearword.example.com"],
    },
    F2: {
        "name": ["Chantelle", "Marsden", "Ivy", "Bridget", "Pat", "Jade", "Precious", "Tobi",
                 "Kayleigh", "Ashurst", "Małgosia", "Wójcik", "Halliwell", "Dee"],
        "workplace": ["Nest", "Winstanley Heath Academy", "Brickfield Centre", "Hollins Bakery",
                      "Pebblebrook Nursery"],
        "place": ["Norley Hall", "Platt Bridge", "Worsley Mesnes"],
        "street_address": ["27 Kestrel Fold"],
        "postcode": ["WN3 5KV"],
        "phone": ["07700 900 256", "01632 960418"],
        "email": ["youngmums.brickfield@example.org"],
        "url": ["www.example.org/youngmums-wigan"],
        "handle": ["@tired.mum.diaries"],
        "car_registration": ["PN21 QKL"],
        "date_of_birth": ["2/2/22"],
    },
    F3: {
        "name": ["Gareth", "Siobhán", "Nkechi", "Toby", "Kevin", "Roscoe", "gaz", "dougie",
                 "Mags", "Desmond", "Dessie", "Marr", "Bożena"],
        "workplace": ["Wirral Voices", "St Winnoc's", "Tidewater Café", "Mersey Vale NHS Trust", "Birch Lodge",
                      "Fernlea Medical Practice"],
        "place": ["Moreton", "Woodchurch"],
        "street_address": ["Flat 6, 12 Fernbeck Close"],
        "postcode": ["CH46  1VK"],
        "phone": ["07700 900 318", "07700 900 583"],
        "email": ["voices.admin@example.net"],
        "url": ["www.example.net/wirral-voices/leaflet.pdf"],
        "handle": ["@WirralVoicesPeer"],
        "nhs_number": ["999 217 8647"],
        "ni_number": ["QQ 42 71 90 D"],
        "date_of_birth": ["09.08.1979"],
        "car_registration": ["MD68 BQI"],
    },
    F4: {
        "name": ["Doyle", "Ray", "Priya", "Tom", "Ferreira", "Bev", "Lorraine", "Sanjeev",
                 "Nuala", "Kasia", "Will", "T.H.", "K.F."],
        "workplace": ["Weaver Valley Mental Health NHS Trust", "Wire Works Hub",
                      "Hatton Moss Surgery", "Pewter Anchor"],
        "place": ["Orford", "Haslington"],
        "street_address": ["3 Cable Yard", "Bramwell Close", "19 Sorrel Way"],
        "postcode": ["WA5 1VC", "CW2 8MI"],
        "url": ["www.example.com/weavervalley/involvement"],
        "ni_number": ["ZZ 30 48 17 B"],
        "email": ["leab.payments@example.net"],
        "phone": ["07700 900 771", "01632 960 205"],
        "date_of_birth": ["12/06/1956"],
        "car_registration": ["BD70 OQT"],
    },
    F5: {
        "name": ["Dave", "Kinsella", "Steve", "Entwistle", "Tank", "Stephen", "Gary", "Col",
                 "Marian", "Jonno", "Dezza", "Yusuf", "Pete", "Tomasz", "Len", "Nwosu"],
        "workplace": ["Mill Town Radio", "Crooke Lock Wanderers", "Front Row", "Lathom Freight",
                      "Kingfisher unit"],
        "place": ["Shevington", "Hindley Green", "Abram", "Golborne", "Lowton", "Padgate",
                  "Aspull"],
        "street_address": ["Gantry Lane"],
        "postcode": ["WN6 8OC"],
        "phone": ["07700 900 144", "oh seven seven double oh, nine double oh, oh nine seven"],
        "email": ["frontrow at example dot org"],
        "handle": ["@FrontRowBlokes"],
        "date_of_birth": ["Boxing Day, forty-nine"],
    },
}


def units(path):
    """Return list of (number, text) units: physical lines or odt paragraphs."""
    if path.endswith(".odt"):
        doc = load(path)
        out = []

        def walk(node):
            for c in node.childNodes:
                if c.nodeType == 1 and c.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(c))
                elif c.nodeType == 1:
                    walk(c)

        walk(doc.text)
        return list(enumerate(out, 1))
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    return list(enumerate(data.split("\n"), 1))


def main():
    rows = []
    for fn in FILES:
        us = units(fn)
        for kind, texts in SPEC[fn].items():
            for t in texts:
                rx = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
                n = 0
                for ln, txt in us:
                    for _ in rx.finditer(txt):
                        rows.append((fn, ln, kind, t))
                        n += 1
                if n == 0:
                    raise SystemExit(f"label text not found: {fn}: {t!r}")
    rows.sort(key=lambda r: (FILES.index(r[0]), r[1], r[3]))
    with open("labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"wrote labels.csv with {len(rows)} rows")


if __name__ == "__main__":
    main()
