#!/usr/bin/env python3
"""Regenerate labels.csv from SPEC: every whole-word, case-sensitive occurrence
of each labelled text becomes one row (file, line, kind, text).
Run: python build_labels.py   (python-docx needed for sj03.docx)
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

SPEC = {
    "sj01.vtt": {
        "name": ["Paulette Greaves", "Kemi O.", "tomas", "Miles", "Darius", "Jordan",
                 "Nwosu", "Faith", "Pereira", "Amber"],
        "phone": ["0121 496 0273", "07700 900314",
                  "oh seven seven double oh, nine double oh, five eight one"],
        "workplace": ["Bradmore Pharmacy"],
        "place": ["Codsall"],
        "date_of_birth": ["14/02/1998"],
        "street_address": ["41 Merridale Grove"],
        "postcode": ["WV3 9QX"],
        "url": ["www.example.org/after-the-storm-wv"],
        "email": ["stormgroup.wv@example.org"],
        "handle": ["@afterthestorm_wv"],
    },
    "sj02.txt": {
        "name": ["Nadia Qureshi", "Gaz", "Mulrooney", "Delroy", "Earl", "Ramdhanie",
                 "Smudge", "Harjit", "Kyle Brennan"],
        "workplace": ["Northfold Transcription", "Iron Cradle Boxing Gym"],
        "phone": ["0161 496 0728", "07700 900 642"],
        "email": ["transcripts@northfold.example.com"],
        "street_address": ["12 Cobden Mill Street", "7 Hartington Close"],
        "postcode": ["M6 5QR"],
        "ni_number": ["TN 31 40 77 D"],
        "url": ["facebook.com/glovesupsalford"],
        "handle": ["@glovesup_m6"],
        "car_registration": ["YT17 HBN"],
    },
    "sj03.docx": {
        "name": ["Ayaan Warsame", "Hodan", "Sagal", "Farah", "Prydderch", "Tigist",
                 "Iris", "Nabil"],
        "street_address": ["58 Tudor Wharf Lane"],
        "postcode": ["CF117QZ"],
        "phone": ["029 2018 0456"],
        "nhs_number": ["999 402 7719"],
        "place": ["Dinas Powys"],
        "email": ["hooyo dot circle at example dot net"],
        "date_of_birth": ["3rd of June 2019"],
        "workplace": ["Cwrt Helyg Primary"],
        "ni_number": ["QQ 73 05 18 A"],
        "url": ["https://www.example.org/hooyo-circle"],
    },
    "sj04.txt": {
        "name": ["jonno", "ash", "kez", "brook", "duke", "oluwadamilare", "tiago",
                 "ilze", "rosa"],
        "phone": ["07700900217"],
        "workplace": ["fern & flint"],
        "car_registration": ["wu68 kzt"],
        "url": ["example.com/sofaclub-zine"],
        "handle": ["@bristolsofaclub", "at nightbus underscore poet"],
        "street_address": ["19 stapleton row"],
        "postcode": ["bs5 6xz"],
        "date_of_birth": ["8 nov 2003"],
        "ni_number": ["zz 12 34 56 b"],
        "email": ["sofaclub.bris@example.com"],
        "nhs_number": ["9990456135"],
    },
    "sj05.txt": {
        "name": ["Dawn", "Mir", "Hope", "Brackenbury", "Lombardi", "Rhian", "Zubair"],
        "place": ["Tetney", "Wragby", "Alford"],
        "date_of_birth": ["twelfth of January nineteen fifty-nine", "21-09-2005"],
        "workplace": ["Fenwold Produce", "Ludwold Academy", "Riverbank Agricultural College",
                      "Marris and Daughters", "Heron Ward"],
        "street_address": ["17 Sluice Road"],
        "postcode": ["DN36 5QW", "ln13 9tj"],
        "url": ["http://example.net/fen-line"],
        "car_registration": ["FY63 XRK", "L627 BVF"],
        "phone": ["+44 7700 900866", "oh seven seven oh oh, nine oh oh, seven two nine",
                  "0113 496 0915"],
        "ni_number": ["GB 48 19 27 C"],
        "nhs_number": ["999 631 5800"],
        "email": ["fenline dot group at example dot com", "jozolins@example.org"],
        "handle": ["@fenline_group"],
    },
}


def file_lines(name):
    path = HERE / name
    if name.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fname, kinds in SPEC.items():
        lines = file_lines(fname)
        for kind, texts in kinds.items():
            for text in texts:
                rx = word_re(text)
                found = 0
                for i, line in enumerate(lines, 1):
                    for m in rx.finditer(line):
                        rows.append((fname, i, m.start(), kind, text))
                        found += 1
                if not found:
                    raise SystemExit(f"{fname}: {text!r} not found")
    rows.sort()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        for f, ln, _, kind, text in rows:
            w.writerow([f, ln, kind, text])
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()
