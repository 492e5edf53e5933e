"""Build labels.csv for the blind-u synthetic anonymity set.

Every (kind, text) pair below is searched for in its file as a whole-word,
case-sensitive match, and one row is written per occurrence, so labels.csv
always lists every occurrence. `line` counts from 1; for the .docx it is the
paragraph number. Run with a Python that has python-docx (for u03.docx).

Usage: python build_labels.py
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

LABELS = {
    "u01.txt": [
        ("name", "Peigi"), ("name", "MacAulay"), ("name", "Grace"),
        ("name", "Kenny"), ("name", "Seonag"), ("name", "Donnie"),
        ("name", "Maclennan"), ("name", "Iain"), ("name", "Morag"),
        ("name", "MacIver"), ("name", "Matheson"), ("name", "Ruairidh"),
        ("name", "Campbell"), ("name", "Ciorstaidh"), ("name", "Mairead"),
        ("name", "Alasdair"),
        ("place", "Balallan"), ("place", "Leurbost"), ("place", "Shawbost"),
        ("place", "Carloway"), ("place", "Tolsta"), ("place", "Ness"),
        ("place", "Back"), ("place", "Achmore"),
        ("street_address", "3 Rathad na Creige"),
        ("postcode", "HS2 9QT"),
        ("phone", "07700 900417"), ("phone", "07700 900682"),
        ("phone", "01632 960518"),
        ("car_registration", "SY19 HLM"),
        ("email", "tau.invoices@example.org"),
        ("workplace", "Tobar Ward"),
        ("workplace", "Tigh an Uillt Counselling"),
        ("workplace", "Sgoil Chnoc na Mòna"),
    ],
    "u02.vtt": [
        ("name", "Lloyd"), ("name", "Fairweather"), ("name", "Marcus"),
        ("name", "Adebayo"), ("name", "Dele"), ("name", "Winston"),
        ("name", "Clarke"), ("name", "Kingsley"), ("name", "Tunde"),
        ("name", "Patrice"), ("name", "Jordan"),
        ("handle", "sparks83"), ("handle", "kingsley_r"),
        ("handle", "@tunde.draws"), ("handle", "@brothers.table.mcr"),
        ("url", "example.org/brothers-table"),
        ("email", "brotherstable.mcr@example.net"),
        ("phone", "07700 900233"),
        ("car_registration", "MX15 KDU"),
        ("street_address", "40 Quinney Street"),
        ("postcode", "M14 7XR"),
        ("workplace", "Edgecroft Unit"), ("workplace", "Fresh Fade"),
        ("workplace", "Northway Logistics"),
        ("workplace", "Ashburn Sixth Form College"),
    ],
    "u03.docx": [
        ("name", "Hope"), ("name", "Sunny"), ("name", "Sunil"),
        ("name", "Mistry"), ("name", "Precious"), ("name", "Ellen"),
        ("name", "Hargreaves"), ("name", "Brennan"), ("name", "Callum"),
        ("place", "Garforth"), ("place", "Kippax"), ("place", "Wetherby"),
        ("place", "Rothwell"),
        ("workplace", "Kirkfield Ambulance Station"),
        ("workplace", "Ward 27"), ("workplace", "Beckside General"),
        ("workplace", "Ward 14"), ("workplace", "Holmcroft Primary"),
        ("street_address", "2 Mill Race Lane"),
        ("postcode", "LS25 1WQ"),
        ("phone", "07700 900955"), ("phone", "0113 496 0721"),
        ("email", "bluelightcircle@example.net"),
        ("url", "bluelightcircle.example.org/join"),
        ("ni_number", "QQ 48 21 07 D"),
        ("nhs_number", "999 401 2363"),
        ("car_registration", "YH70 WBN"),
    ],
    "u04.txt": [
        ("name", "grace"), ("name", "will"), ("name", "hope"),
        ("name", "rose"), ("name", "mark"), ("name", "pritchard"),
        ("name", "jenkins"), ("name", "bowen"), ("name", "bex"),
        ("name", "jonno"), ("name", "ffion"), ("name", "cerys"),
        ("place", "treorchy"), ("place", "maerdy"), ("place", "ferndale"),
        ("place", "tylorstown"), ("place", "cwmparc"),
        ("workplace", "ysgol gyfun cwm ffrwd"),
        ("date_of_birth", "14/02/2009"), ("date_of_birth", "12/02"),
        ("phone", "07700900312"), ("phone", "01632 960241"),
        ("handle", "cwtch.queen04"),
        ("street_address", "19 glanffrwd terrace"),
        ("postcode", "cf42 6tg"),
        ("car_registration", "cn18 wke"),
        ("url", "example.org/rct-young-carers"),
        ("email", "youngcarers.rhondda@example.org"),
    ],
    "u05.txt": [
        ("name", "Maureen"), ("name", "Geoffrey"), ("name", "Denise"),
        ("name", "Kerensa"), ("name", "Pat"), ("name", "Joan"),
        ("name", "Gareth"), ("name", "Achterberg"), ("name", "Derek"),
        ("name", "Raymond"),
        ("place", "Heptonstall"), ("place", "Hebden Bridge"),
        ("place", "Todmorden"), ("place", "Mevagissey"), ("place", "Polperro"),
        ("place", "Rodmell"), ("place", "Saltdean"), ("place", "Peacehaven"),
        ("place", "Woodingdean"),
        ("workplace", "Calder Vale Grammar"), ("workplace", "Pennine Press"),
        ("workplace", "Bodiam Ward"), ("workplace", "Ashdown Vale Hospital"),
        ("workplace", "Falmer Unit"), ("workplace", "Lilian Moffat Surgery"),
        ("workplace", "Trewartha Secondary Modern"),
        ("workplace", "Carrick Dry Dock"), ("workplace", "Larkspur Ward"),
        ("workplace", "Southdown Exchange"), ("workplace", "Seaview Lodge"),
        ("date_of_birth", "3rd of May 1950"), ("date_of_birth", "12/11/1956"),
        ("nhs_number", "999 618 4021"), ("nhs_number", "9995507315"),
        ("ni_number", "ZZ 40 11 27 A"),
        ("phone", "01632 960377"),
        ("street_address", "Tidemill Road"),
    ],
}


def read_lines(path: Path) -> list[str]:
    """Lines of a transcript; for .docx, one entry per paragraph."""
    if path.suffix == ".docx":
        import docx  # python-docx
        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").splitlines()


def whole_word(text: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main() -> int:
    rows = []
    problems = []
    for fname, labels in LABELS.items():
        lines = read_lines(HERE / fname)
        for kind, text in labels:
            pat = whole_word(text)
            found = 0
            for lineno, line in enumerate(lines, start=1):
                for m in pat.finditer(line):
                    rows.append((fname, lineno, m.start(), kind, text))
                    found += 1
            if not found:
                problems.append(f"{fname}: {text!r} not found")
    if problems:
        print("\n".join(problems))
        return 1
    rows.sort()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for fname, lineno, _, kind, text in rows:
            w.writerow([fname, lineno, kind, text])
    print(f"wrote labels.csv: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
