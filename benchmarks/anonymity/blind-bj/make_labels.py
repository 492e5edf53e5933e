"""Regenerate labels.csv from the planted-identifier list below.

Usage (from this folder):  python make_labels.py
For every file, every whole-word case-sensitive occurrence of each planted text gets one row
(file, line, kind, text); line numbering is done by verify_labels.units() so both scripts agree.
"""
import csv
import re

from verify_labels import FILES, HERE, units

PLANTED = {
    "01_zoom_survivors_derry.txt": {
        "name": ["Gráinne", "Siobhán", "Dessie", "Quigley", "Clodagh", "Margaret", "Rūta", "Frank",
                 "Harkin", "Packie", "J.T.", "Bríd", "Okafor"],
        "place": ["Sion Mills", "Ballymagroarty", "Muff"],
        "workplace": ["Quayside Circle", "Mallowfield", "Brennock", "Corrigan"],
        "street_address": ["14 Carnmoyle Terrace"],
        "postcode": ["BT47 6KQ"],
        "phone": ["447700900231", "oh seven seven double oh, nine double oh, four one eight"],
        "email": ["grainne dot dk at example dot org"],
        "url": ["example.org/quayside-feedback"],
        "date_of_birth": ["second of April, nineteen fifty-one"],
    },
    "02_forms_gaa_mens_health_omagh.csv": {
        "name": ["Ciarán", "Ciaran", "eoin", "mcgarrity", "P.J.", "Corrigan", "Wojtek", "Zieliński",
                 "Bill", "Lyttle", "Mick", "Donnelly", "Mícheál", "Hughie"],
        "place": ["Lisnacreaght", "Gortin"],
        "workplace": ["Half-Time Talk", "Carrickvane", "tullyreagh emmets", "Naomh Fiachra",
                      "Drumbeg Meats", "Slievebane Óg", "Mulrine", "Glenkeel Medical Practice"],
        "email": ["emcg77@example.com", "pjc.tullyreagh@example.org", "w.zielinski@example.net",
                  "tyroneman1979@example.net", "wjl.1962@example.org", "mdonn.cv@example.com",
                  "micheal.og@example.org", "hmcc55@example.net"],
        "phone": ["07700 900562", "+44 (0)7700 900781", "07700 900 355"],
        "date_of_birth": ["3rd Nov 1968", "22/9/84", "1990-05-30"],
        "ni_number": ["ZZ 40 71 26 B"],
        "handle": ["@cvgaels_wellbeing"],
        "url": ["example.com/halftimetalk/walks"],
        "street_address": ["6 Corrabeg Mews"],
        "postcode": ["BT79 0MK"],
        "car_registration": ["NIQ 2054"],
    },
    "03_minutes_young_carers_newry.docx": {
        "name": ["Úna", "McParland", "Saoirse", "Magennis", "Hafsa", "Qureshi", "Kevin", "Rocks",
                 "Pat", "Trainor", "Amira", "Jordan", "Haughey", "Devlin", "K.R.", "S.M.", "Cathal",
                 "P.T."],
        "workplace": ["Anchor", "Fernagh Hall", "Carnagh Integrated College", "Gullion Cabs",
                      "Cloughreagh Surgery"],
        "place": ["Crossmaglen", "Mullaghbawn", "Forkhill"],
        "street_address": ["22 Mullaghglass Row"],
        "postcode": ["BT35 6VQ"],
        "email": ["ldev.carnagh@example.com", "referrals.ycn@example.org", "secretary.ycn@example.org"],
        "nhs_number": ["999 401 7357"],
        "date_of_birth": ["04/09/2008"],
        "phone": ["07700 900614", "028 9649 6158"],
        "car_registration": ["MQZ 7730"],
        "handle": ["@yc_newry_peers"],
    },
    "04_podcast_perinatal_glens.srt": {
        "name": ["SEAN", "ORLA", "TOMASZ", "Órla", "Tomek", "Agnieszka", "Ailbhe", "McKillop",
                 "Nuala", "Grace", "Adeyemi", "Zofia", "Blaney"],
        "place": ["Carnlough"],
        "workplace": ["Wee Hours", "Kilmory Rooms", "Braidwater Foods", "Kilnahoy Medical Centre",
                      "Glenmona Pharmacy"],
        "phone": ["oh seven seven double oh, nine double oh, three two seven"],
        "url": ["example dot org slash glens parents"],
        "handle": ["@glens_parents_ni"],
        "date_of_birth": ["twenty-ninth of February twenty twenty-four"],
    },
    "05_signal_walk_and_talk_fermanagh.txt": {
        "name": ["Conal", "fergal", "Mattie", "dom", "Róisín", "Seán", "Maura"],
        "place": ["Belcoo", "Garrison", "Kinawley"],
        "workplace": ["Kilcorran Harps", "Gilsenan"],
        "phone": ["+44 7700 900873", "028 9649 6420", "07700 900 446"],
        "ni_number": ["ZZ 52 18 07 A"],
        "date_of_birth": ["12/10/1988"],
        "car_registration": ["lqz4417"],
        "postcode": ["BT93 4KC"],
        "email": ["rmaguire.kh@example.com"],
        "url": ["example.com/routes/lough-loop-7k"],
        "handle": ["@cycle4packie"],
    },
}


def main():
    rows = []
    for f in FILES:
        us, _ = units(f)
        occ = []
        for kind, texts in PLANTED[f].items():
            for t in texts:
                rx = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
                hits = 0
                for n, u in us:
                    for m in rx.finditer(u):
                        occ.append((n, m.start(), kind, t))
                        hits += 1
                if not hits:
                    print(f"WARNING {f}: planted {t!r} not found")
        occ.sort()
        rows += [(f, n, kind, t) for n, _, kind, t in occ]
    with open(HERE / "labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(len(rows), "label rows written")


if __name__ == "__main__":
    main()
