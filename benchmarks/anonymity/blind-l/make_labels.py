#!/usr/bin/env python3
"""Generate labels.csv from the per-file identifier spec below.
Every whole-word, case-sensitive occurrence of each text gets its own row."""
import csv, re, sys
from pathlib import Path

HERE = Path(__file__).parent

SPEC = {
    "sl01.vtt": [
        ("name", "Ruth Okonjo"), ("name", "Abena Mensah"), ("name", "Joy Campbell"),
        ("name", "Adeyemi"), ("name", "Marcia"), ("name", "Yewande"),
        ("street_address", "41 Selhurst Vale Road"), ("postcode", "CR0 6XJ"),
        ("workplace", "Pemberton Lodge"), ("phone", "07700 900412"),
        ("place", "Chipstead"), ("url", "www.example.org/sisters-in-step"),
        ("url", "https://www.example.com/braidsbymarcia"),
        ("handle", "@marcia_braids"), ("email", "circle.wellbeing@example.org"),
    ],
    "sl02.txt": [
        ("name", "Kelly Brannigan"), ("email", "kelly.brannigan@example.net"),
        ("phone", "0113 496 0571"), ("street_address", "27 Riby Wharf Road"),
        ("postcode", "DN31 3QX"), ("name", "Gary Pickering"), ("workplace", "Ocean Harvest"),
        ("name", "Sid"), ("name", "Les"), ("name", "Tommo"), ("name", "Dobson"),
        ("place", "Laceby"), ("car_registration", "FN14 KZR"), ("ni_number", "QQ 41 72 09 B"),
        ("name", "Janice"), ("date_of_birth", "3rd of June 1961"), ("nhs_number", "999 214 7369"),
        ("phone", "0117 496 0238"), ("url", "facebook.com/harbourlads.trips.tommo"),
    ],
    "sl03.docx": [
        ("street_address", "14 Shieldfield Terrace"), ("postcode", "NE6 2TW"),
        ("name", "Jamie Liddell"), ("email", "jamie.liddell@example.com"),
        ("name", "Rowan"), ("workplace", "Walkergate Community College"), ("name", "Kai"),
        ("handle", "@kaisketches"), ("workplace", "Ouseburn Bike Works"), ("phone", "0191 498 0726"),
        ("name", "Nwosu"), ("date_of_birth", "09/11/2001"), ("nhs_number", "999 583 1023"),
        ("ni_number", "BG640182D"), ("name", "Ffion"),
        ("url", "https://www.instagram.com/ffion_makes_zines"), ("place", "Ponteland"),
        ("name", "Armstrong"),
    ],
    "sl04.txt": [
        ("name", "rose"), ("name", "dazza"), ("name", "bill"), ("name", "shaz"), ("name", "sunny"),
        ("name", "mo"), ("name", "kev"),
        ("phone", "oh seven seven double oh nine double oh six four one"), ("phone", "07700 900733"),
        ("place", "cheddleton"), ("workplace", "hollybush oatcakes"),
        ("handle", "at potbank underscore poet"), ("street_address", "19 lichfield street"),
        ("postcode", "st6 4qz"), ("car_registration", "sk67 wfd"),
        ("email", "kilnfire dot seventy two at example dot net"),
    ],
    "sl05.txt": [
        ("date_of_birth", "14/02/1949"), ("workplace", "Paragon Foods"), ("name", "Bains"),
        ("street_address", "52 Havelock Crescent"), ("postcode", "UB2 5RJ"),
        ("workplace", "Bhatia Sweet Centre"), ("phone", "020 7946 0215"), ("name", "Dilpreet"),
        ("email", "dilpreet.r@example.com"), ("name", "Okafor"), ("name", "Paramjit"),
        ("place", "Kot Badal Khan"), ("name", "Harjit"), ("name", "Satnam"), ("name", "Gurdev"),
        ("workplace", "Greenbrook Junior School"), ("ni_number", "ZZ 93 48 21 A"),
        ("date_of_birth", "12 August 1952"), ("nhs_number", "999 470 2580"),
        ("car_registration", "LR09 PHX"), ("street_address", "7 Featherstone Mews"),
        ("postcode", "UB1 3PN"), ("url", "https://www.facebook.com/sangatsehat.ub.elders"),
        ("name", "Krzysztof"), ("phone", "oh one one eight, four nine six, oh three five two"),
        ("name", "Simran Dhaliwal"), ("email", "simran dot sewa at example dot org"),
        ("handle", "@gurdev_allotment"),
    ],
}


def file_lines(path):
    if path.suffix == ".docx":
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").splitlines()


def pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fname, items in SPEC.items():
        lines = file_lines(HERE / fname)
        for kind, text in items:
            pat = pattern(text)
            n = 0
            for i, line in enumerate(lines, 1):
                for _ in pat.finditer(line):
                    rows.append((fname, i, kind, text)); n += 1
            if n == 0:
                sys.exit(f"NOT FOUND in {fname}: {text}")
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(len(rows), "rows written")


if __name__ == "__main__":
    main()
