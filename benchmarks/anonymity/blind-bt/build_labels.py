"""Regenerate labels.csv and tricky.csv from the per-file lists below.

Run from anywhere:  python build_labels.py
Every whole-word, case-sensitive occurrence ((?<!\\w)text(?!\\w)) of a label
text in its file becomes one row, with the 1-based physical line (text, .md,
.vtt) or 1-based paragraph number (python-docx Document.paragraphs order).
Paths are relative to this script's folder.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = {
    "01_fen_edge_descript.txt": {
        "name": ["Gwen", "Harrup", "Dessy", "Desislava", "Petkova", "Jānis", "Ozoliņš", "Tiago",
                 "Gonçalves", "Frank", "Raya", "Gonsalves", "Goncalves", "Līga", "Ozolins",
                 "Десислава", "Петкова", "Zé", "José", "Pereira", "Jose"],
        "workplace": ["Fen Edge Peer Circle", "Ousebank Growers", "Brickyard Farm", "Ferryman's Rest",
                      "Hollybank Medical Practice", "Larksfield Community Hall"],
        "place": ["Wisbech", "Terrington St Clement"],
        "handle": ["fenedge.admin"],
        "url": ["https://share.example.com/v/fe14-Qk7rT2"],
        "date_of_birth": ["08/12/1994", "twelfth of August ninety-four"],
        "car_registration": ["AU68 QKL"],
        "nhs_number": ["nine nine nine, three four one, two seven six seven"],
        "phone": ["oh seven seven double oh, nine double oh, two six one"],
        "email": ["fen edge peers at example dot org"],
        "ni_number": ["QQ 52 71 03 B"],
        "street_address": ["9 Tollgate Drove"],
        "postcode": ["PE 34 4KV"],
    },
    "02_touchline_email_thread.txt": {
        "name": ["Sophie", "Ellwood", "Marcus", "Kett", "Nathan", "Blowers", "Tank", "Kev", "Dean",
                 "Harbord", "J.T.", "chalky"],
        "workplace": ["Touchline Talk", "Haven Rovers FC", "Legends Lounge"],
        "place": ["Martham"],
        "email": ["commissioning.se@example.org", "touchlinetalk.lead@example.org",
                  "community@havenrovers.example.net"],
        "phone": ["+44 7700 900 356", "07700 900 418", "01632 960 584", "07700 900 729"],
        "date_of_birth": ["17/06/1979"],
        "car_registration": ["EF64 QRL"],
        "handle": ["@HavenRoversFC", "@HavenRoversCT"],
        "url": ["www.example.net/havenrovers/community"],
        "street_address": ["3 Saltgrass Lane"],
        "postcode": ["NR30  3VK"],
    },
    "03_little_anchors_writeup.md": {
        "name": ["N.O.", "Bethan", "Hope", "Inês", "Kerry-Ann", "Tomasz", "Nadia", "Oyelaran", "Dawn",
                 "Achterberg", "Theo"],
        "workplace": ["Little Anchors", "Pinebrook Family Hub", "Stourmouth Haulage", "Stonelodge Surgery"],
        "place": ["Chantry", "Capel St Mary"],
        "street_address": ["Flat 7, Mulberry Court, Tansy Road"],
        "postcode": ["IP2  9VK"],
        "phone": ["+44 (0)7700 900134", "01632 960 418"],
        "email": ["k.a.pryke@example.com"],
        "date_of_birth": ["02/06/2024"],
        "nhs_number": ["999 462 3184"],
        "url": ["https://forms.example.com/little-anchors/sept"],
        "handle": ["@littleanchors.ipsw"],
    },
    "04_off_task_zoom.vtt": {
        "name": ["Ollie", "Brannigan", "sunny", "Līva", "Mark", "Marguerite", "Rafe", "Gaz", "Alfie", "Venn"],
        "workplace": ["Off Task Club", "Dunmore & Pike", "Bell Jar", "Heronsgate Surgery",
                      "Sallow Wood Academy"],
        "place": ["Diss", "wells next the sea"],
        "car_registration": ["YX17 QIB"],
        "handle": ["wobbly_kettle", "@fen.tiger.draws"],
        "phone": ["0 7 7 0 0 9 0 0 7 3 3"],
        "email": ["squirrel dot wrangler at example dot com", "offtask.host@example.org"],
        "date_of_birth": ["1st of November 88"],
        "street_address": ["12 Quillet Close"],
        "postcode": ["NR2 4 OC"],
        "url": ["example dot org forward slash o t c dash resources"],
    },
    "05_raizes_questionnaire.docx": {
        "name": ["Conceição", "Almeida", "São", "Connie", "Faith", "Ilze", "Stoyan", "Todorov", "Kristaps",
                 "rui", "Okereke", "Whitlock"],
        "workplace": ["Raízes", "Kestrel Hall", "Heathgate Orchards", "Brookmead Primary", "Café Saudade",
                      "Marram House Surgery"],
        "place": ["Jaywick", "Tiptree"],
        "car_registration": ["KR16 QBN"],
        "phone": ["07700 900 652"],
        "email": ["sao.madeira.71@example.net"],
        "street_address": ["4 Plover Walk"],
        "postcode": ["CO152MO"],
        "date_of_birth": ["03.03.1971"],
        "ni_number": ["ZZ 61 44 90 A"],
    },
}


def units(path):
    """Return the list of lines (text files) or paragraphs (.docx), 1-based by position."""
    if path.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def main():
    rows = []
    for fname, kinds in LABELS.items():
        lines = units(os.path.join(HERE, fname))
        for kind, texts in kinds.items():
            for text in texts:
                pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
                hits = 0
                for i, line in enumerate(lines, 1):
                    for m in pat.finditer(line):
                        rows.append((fname, i, m.start(), kind, text))
                        hits += 1
                if not hits:
                    raise SystemExit(f"label text not found: {fname}: {text!r}")
    rows.sort()
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        for fname, line, _, kind, text in rows:
            w.writerow([fname, line, kind, text])
    print(f"wrote labels.csv with {len(rows)} rows")


if __name__ == "__main__":
    main()
