"""Writes labels.csv: one row per whole-word, case-sensitive occurrence of each
identifier text declared below (file, line/paragraph/row, kind, exact text).

The declarations are the author's decisions about what is an identifier; this script
only finds every occurrence so that no occurrence is missed or double counted.
Run: python make_labels.py
"""
import csv
import os

from verify_labels import FILES, HERE, units, word_pattern

SPEC = {
    "01_gurkha_families_zoom.vtt": {
        "name": ["Sushila", "Kanchha", "Dambar", "Gurung", "Bishnu", "Limbu", "Kopila", "Ghale",
                 "KG", "K.G.", "Anjali", "Rana", "Hollie", "Brennan", "Bhim", "Pun", "Prem"],
        "workplace": ["Sahayog Families Circle", "Solent Quay Freight", "Brambleside Care Home",
                      "Larchwood Medical Practice", "Marlhill Community Hall"],
        "place": ["Thornhill", "Netley", "Hedge End"],
        "street_address": ["22 Dunnockmere Road"],
        "postcode": ["SO19 8MV"],
        "car_registration": ["HW19 QBT"],
        "date_of_birth": ["15/04/1949", "3 Baisakh 2006"],
        "nhs_number": ["nine nine nine, five two six, oh one eight two"],
        "phone": ["oh seven seven double oh, nine double oh, two four six"],
        "email": ["sahayog dot families at example dot org"],
        "url": ["example dot org slash sahayog"],
        "handle": ["gorkhali dot parivar"],
    },
    "02_trans_peer_interview.odt": {
        "name": ["Imogen", "Salt", "Wren", "Achterberg", "Stephen", "Jonah", "Okonkwo-Reyes",
                 "Paulina", "Żak", "Siân", "Dex", "Faith", "Pritchard", "Val", "Marcus"],
        "workplace": ["Kingfisher Rooms", "The Tuesday Lot", "Tidemill Surgery", "Oat & Ember Bakery",
                      "Gannet and Lantern", "Coldean Ridge Academy"],
        "place": ["Moulsecoomb", "Peacehaven"],
        "street_address": ["27 Quillfeather Mews"],
        "postcode": ["BN2 9OK"],
        "phone": ["07700 900318", "01632 960 417"],
        "email": ["littlebird96@example.net"],
        "url": ["example.org/tuesday-lot"],
        "handle": ["@tuesdaylot_btn"],
        "date_of_birth": ["02/11/1996"],
        "nhs_number": ["999 159 0838"],
    },
    "03_young_mums_slack.txt": {
        "name": ["kez", "tasha", "rocco", "bella", "Bryony", "Hale", "jodie", "Lyla", "Will",
                 "shaz", "Gallagher", "Oliwia", "Król"],
        "handle": ["maisie.c", "@bloom.and.bump"],
        "workplace": ["Little Anchors", "Fernhill Family Hub", "seabrook", "Shorebird Cafe"],
        "place": ["Lake", "Wootton", "Pan"],
        "phone": ["07700 900561", "01632 960882", "07700900147"],
        "email": ["tiredmumma.iow@example.com"],
        "url": ["https://example.com/littleanchors/signup"],
        "postcode": ["po36 9kc"],
        "street_address": ["9 tansyfold lane"],
        "date_of_birth": ["03/08/2005", "17/01/2024"],
        "nhs_number": ["999 016 6137"],
        "car_registration": ["KV62 QFE"],
    },
    "04_recovery_cafe_survey.csv": {
        "name": ["Lou", "Gaz", "Dean", "Okafor", "Wójcik", "Tomasz", "Frank", "Mick", "Pete",
                 "Reece", "Kelly", "Ashdown"],
        "workplace": ["Second Brew", "Herring Gull", "Furrow Lane Primary", "Driftwood Mission Hall",
                      "Rockhill Medical Centre"],
        "place": ["Hollington", "Ore", "St Ouen"],
        "street_address": ["41 Marramwick Terrace", "6 Samphirewell Walk"],
        "postcode": ["TN341MQ"],
        "phone": ["07700 900 733"],
        "email": ["onedayatatime84@example.com"],
        "url": ["https://www.example.net/secondbrew"],
        "handle": ["@second_brew_hastings"],
        "ni_number": ["QQ 40 71 28 C"],
        "nhs_number": ["999 186 0916"],
        "date_of_birth": ["22.07.1983"],
        "car_registration": ["GK16 QXI"],
    },
    "05_icb_panel_verbatim.txt": {
        "name": ["NAGARAJAN", "OKONJO", "HALLORAN", "J.T.", "BRIGHTWELL", "QUÉRÉE", "TAMANG",
                 "Amara", "Hari", "Pun", "Renée",
                 "Marion", "Ashcombe"],
        "workplace": ["Harbourgate House", "Sahayog Families Circle", "The Tuesday Lot",
                      "Little Anchors", "Second Brew", "Café Mielle", "Kingfisher Rooms",
                      "Tidewater Transcription"],
        "place": ["Paulsgrove", "Trinity"],
        "street_address": ["40 Fathomgate Walk", "8 Ropeyarn Row"],
        "postcode": ["PO1 3MV", "SO14  3CK"],
        "car_registration": ["GX21 QJU"],
        "ni_number": ["ZZ 18 36 52 B"],
        "nhs_number": ["999 526 0182"],
        "date_of_birth": ["15th April 1949"],
        "phone": ["01632 960 274", "020 7946 0813"],
        "email": ["peergrants@example.org", "transcripts@example.com"],
        "url": ["www.example.org/peer-grants"],
    },
}


def main():
    out = []
    for fname in FILES:
        u = units(fname)
        for kind, texts in SPEC[fname].items():
            for text in texts:
                found = 0
                for n, t in u.items():
                    for m in word_pattern(text).finditer(t):
                        out.append((fname, n, m.start(), kind, text))
                        found += 1
                if not found:
                    print(f"WARNING: {fname}: {text!r} not found")
    out.sort()
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for fname, n, _, kind, text in out:
            w.writerow([fname, n, kind, text])
    print(f"wrote {len(out)} label rows")


if __name__ == "__main__":
    main()
