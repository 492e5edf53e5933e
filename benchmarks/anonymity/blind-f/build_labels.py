#!/usr/bin/env python3
"""Generate labels.csv from a hand-written spec of planted identifiers.

Each spec entry is (kind, text, expected_occurrences). The script finds every
whole-word, case-sensitive occurrence of the text in the file (file line for
.txt/.vtt, paragraph number for .docx) and fails if the count differs from
what was intended, so accidental reuse of a labelled string is caught.
Run with: python build_labels.py
"""
import csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
    "sf01.vtt": [
        ("name", "Delroy Campbell", 4), ("name", "J. Okonkwo", 3), ("name", "tendai moyo", 4),
        ("name", "Chidi", 2), ("name", "Boateng", 1), ("name", "Gene", 1), ("name", "Bill", 1),
        ("name", "Marcia", 1), ("name", "Winston", 1), ("name", "Grace", 1),
        ("phone", "07700 900183", 1),
        ("phone", "oh seven seven double oh, nine double oh, four six two", 1),
        ("email", "brothers.circle@example.org", 1),
        ("url", "https://www.example.org/notts-brothers-circle", 1),
        ("handle", "@nottsbrotherscircle", 1),
        ("postcode", "NG7 4FX", 1),
        ("street_address", "number 9 on Larkspur Road", 1),
        ("car_registration", "FD68 KWT", 1),
        ("place", "Ruddington", 1),
        ("workplace", "Kestrel Couriers", 1),
    ],
    "sf02.txt": [
        ("name", "Joanne Whitlock", 1), ("name", "Bridget McDonagh", 2), ("name", "Shannon", 1),
        ("name", "Kathleen", 1), ("name", "Ward", 1), ("name", "Ivy", 1), ("name", "Joyce", 1),
        ("street_address", "27 Mill Lane", 1), ("postcode", "ME13 8XY", 1),
        ("email", "j.whitlock@example.net", 1),
        ("phone", "(0117) 496 0782", 1), ("phone", "07700900311", 1),
        ("place", "Hernhill", 1),
        ("nhs_number", "999 246 1357", 1), ("ni_number", "QQ 12 34 56 C", 1),
        ("date_of_birth", "03/07/1969", 1),
        ("car_registration", "KN16WFR", 1),
        ("workplace", "Hollybank Farm", 1),
        ("url", "facebook.com/kentwomenswellbeing", 1),
        ("handle", "@TWWG_Kent", 1),
    ],
    "sf03.docx": [
        ("name", "Eleri Pugh", 1), ("name", "Reyes", 2), ("name", "Angel", 1), ("name", "Jasmine", 2),
        ("name", "Ivana Baloghová", 1), ("name", "Akosua", 1), ("name", "Sandhu", 1), ("name", "Siân", 1), ("name", "Tomáš", 1),
        ("street_address", "41 Llwyn Close", 1), ("street_address", "Flat 6, 18 Mardy Gardens", 1),
        ("postcode", "CF24 3LP", 1), ("postcode", "CF5 2XQ", 1),
        ("phone", "029 2018 0917", 1), ("phone", "+44 (0)20 7946 0318", 1),
        ("email", "hearingvoices.cardiff@example.com", 1),
        ("email", "maricel dot s at example dot net", 1),
        ("workplace", "Cedar Ward", 1),
        ("date_of_birth", "2nd of June 1981", 1),
        ("nhs_number", "9994172832", 1), ("ni_number", "BG552109A", 1),
        ("place", "Dinas Powys", 1),
        ("url", "example.net/cardiff-voices", 1),
        ("handle", "at voices underscore cardiff", 1),
    ],
    "sf04.txt": [
        ("name", "jasmine", 2), ("name", "gene", 1), ("name", "shirin", 2), ("name", "lucky", 2),
        ("name", "ka wai", 1), ("name", "bill", 1), ("name", "rahimi", 1), ("name", "rutendo", 2),
        ("name", "star", 2),
        ("phone", "0191 498 0642", 1), ("phone", "07700.900.725", 1),
        ("email", "ocdpeers.abdn@example.com", 1),
        ("place", "newmachar", 1),
        ("street_address", "22 whinfield row", 1), ("postcode", "ab24 3fn", 1),
        ("car_registration", "sv19 kxe", 1),
        ("workplace", "mcintosh's garden centre", 1),
        ("url", "example.net/ocd-aberdeen-peers", 1),
        ("handle", "@ocdpeers_abdn", 1),
        ("ni_number", "gb 40 21 33 b", 1), ("nhs_number", "999 583 0167", 1),
        ("date_of_birth", "15.11.94", 1),
    ],
    "sf05.txt": [
        ("name", "Kwame Asante", 1), ("name", "Don", 1), ("name", "Leung", 1), ("name", "Tatenda", 1),
        ("name", "Chikwanha", 1), ("name", "Pearl", 1), ("name", "Chance", 1), ("name", "Harjit", 1),
        ("name", "Bhavesh", 1), ("name", "Moradi", 1),
        ("email", "transcripts@example.org", 1),
        ("email", "pearl dot b fifty-five at example dot com", 1),
        ("phone", "0113 496 0358", 1),
        ("phone", "oh one one three, four nine six, oh seven two one", 1),
        ("place", "Bramham", 1), ("place", "Boston Spa", 1),
        ("workplace", "Golden Lotus takeaway", 1), ("workplace", "Ashfield Lodge nursing home", 1),
        ("workplace", "Aire Valley Cars", 1), ("workplace", "Kirkstall Valley Primary", 1),
        ("workplace", "st bede's catholic college", 1),
        ("street_address", "number 14 on Thornfield Grove", 1),
        ("street_address", "Flat 3, 22 Beacon Street", 1),
        ("postcode", "LS62QT", 1), ("postcode", "LS9 7HT", 1),
        ("date_of_birth", "twelfth of September nineteen fifty-five", 1),
        ("date_of_birth", "1 May 1979", 1),
        ("url", "instagram.com/pearls.kitchen.leeds", 1),
        ("url", "www.example.com/leeds-bipolar-peers", 1),
        ("handle", "@leedsbipolarpeers", 1),
        ("car_registration", "YD21 LXR", 1),
        ("ni_number", "ZZ 99 88 77 A", 1),
        ("nhs_number", "999-360-2574", 1),
    ],
}


def file_lines(path):
    if path.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows, ok = [], True
    for fn, entries in SPEC.items():
        lines = file_lines(os.path.join(HERE, fn))
        for kind, text, expected in entries:
            found = []
            for i, line in enumerate(lines, 1):
                found += [i] * len(pattern(text).findall(line))
            if len(found) != expected:
                print(f"COUNT MISMATCH {fn} {text!r}: expected {expected}, found {len(found)} at {found}")
                ok = False
            rows += [(fn, i, kind, text) for i in found]
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
