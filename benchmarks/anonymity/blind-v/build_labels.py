"""Build labels.csv for the blind-v synthetic anonymity set.

Everything labelled here is SYNTHETIC: every name, number and address is invented.

For each file, LABELS lists (kind, text) pairs. The script finds EVERY
whole-word, case-sensitive occurrence of each text in that file and writes
one row per occurrence: file,line,kind,text.

Line numbering:
  .txt   file line, counting from 1
  .srt   file line, counting from 1 (index and timing lines count too)
  .docx  every paragraph in document order is one line, then each table row
         is one line after those paragraphs (the row's cells joined by a tab)

Run from this folder:  python build_labels.py   (needs python-docx for v03)
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

LABELS = {
    "v01.txt": [
        ("name", "Lorna"), ("name", "Imrie"), ("name", "Davie"), ("name", "Gilfillan"),
        ("name", "Graham"), ("name", "Senga"), ("name", "Shug"), ("name", "Frank"),
        ("name", "Lumsden"), ("name", "Rab"), ("name", "Tam"), ("name", "Mowat"),
        ("name", "Eck"), ("name", "Kieran"),
        ("street_address", "41 Pitcairn Avenue"), ("postcode", "KY5 9QD"),
        ("place", "Lochgelly"), ("place", "Kelty"), ("place", "Cardenden"),
        ("workplace", "Fordell Fabrications"), ("workplace", "Kinnaird Park Primary"),
        ("workplace", "Rannoch Ward"),
        ("car_registration", "SP68 HWJ"), ("phone", "07700 900461"),
        ("date_of_birth", "12/06/1965"), ("ni_number", "QQ 52 18 47 C"),
        ("email", "pitstop.lochgelly@example.org"),
        ("url", "Example dot org slash pit stop fife"), ("url", "example.org/pitstop-fife"),
        ("handle", "@tamfishes_ky4"),
    ],
    "v02.srt": [
        ("name", "Dhillon"), ("name", "Simran"), ("name", "Jaswinder"), ("name", "Kulwant"),
        ("name", "Happy"), ("name", "Harpreet"), ("name", "Pinky"), ("name", "Bhamra"),
        ("name", "Gurmeet"), ("name", "Kaur"), ("name", "Sandhu"),
        ("place", "Iver Heath"), ("place", "Norwood Green"),
        ("workplace", "Jasmine Ward"), ("workplace", "Sangam Textiles"),
        ("workplace", "Greenleaf Surgery"),
        ("phone", "07700 900726"), ("phone", "020 7946 0381"),
        ("email", "saheli.sangat@example.org"), ("email", "simran dot k at example dot com"),
        ("url", "www.example.org/saheli"), ("handle", "@nani_cooks_ub2"),
        ("date_of_birth", "01/04/1957"), ("nhs_number", "999 316 2043"),
        ("ni_number", "ZZ 31 47 92 B"), ("street_address", "12 Tudor Road"),
        ("postcode", "UB2 4XT"), ("car_registration", "LV21 XKP"),
    ],
    "v03.docx": [
        ("name", "Alfie"), ("name", "Kerry"), ("name", "Summer"), ("name", "Joy"),
        ("name", "Bethany"), ("name", "Reuben"), ("name", "Shaz"), ("name", "Pettigrew"),
        ("place", "Snodland"), ("place", "Wouldham"), ("place", "Eccles"), ("place", "Aylesford"),
        ("workplace", "Cobtree Oak Primary"), ("workplace", "Hazelbank Academy"),
        ("workplace", "Kite Unit"),
        ("street_address", "19 Brook Street"), ("street_address", "5 Catkin Close"),
        ("postcode", "ME6 5QR"), ("postcode", "ME20 7XA"),
        ("url", "example.net/oddsocks-kent"),
        ("phone", "07700 900238"), ("phone", "01632 960517"),
        ("nhs_number", "999 258 7105"), ("date_of_birth", "23/08/2015"),
        ("handle", "@autismmum_shaz"), ("email", "kerry.pettigrew@example.com"),
        ("car_registration", "GK70 RWX"),
    ],
    "v04.txt": [
        ("name", "gosia"), ("name", "marek"), ("name", "marke"), ("name", "tank"),
        ("name", "kuba"), ("name", "tomek"), ("name", "okonkwo"), ("name", "rich"),
        ("name", "nowak"),
        ("place", "whittlesey"), ("place", "eye"), ("place", "yaxley"),
        ("workplace", "fenstone construction"), ("workplace", "kowal-bud"),
        ("workplace", "heron wharf academy"),
        ("car_registration", "av19 kxe"), ("phone", "07700900582"),
        ("ni_number", "zz184736d"), ("url", "example.com/razem-pboro"),
        ("handle", "@jakub_buduje"),
        ("email", "tw.builds@example.net"), ("email", "j.harker@example.org"),
        ("street_address", "14 lincoln road"), ("postcode", "pe1 2tx"),
        ("date_of_birth", "12.05.88"),
    ],
    "v05.txt": [
        ("name", "Maureen"), ("name", "Chalky"), ("name", "White"), ("name", "Mia"),
        ("name", "Calum"), ("name", "Trelore"), ("name", "Callum"), ("name", "Treloar"),
        ("name", "Sian"), ("name", "Gaz"), ("name", "Becky"), ("name", "Freya"),
        ("name", "Lofty"), ("name", "Pauline"),
        ("place", "Wembury"), ("place", "Bere Alston"), ("place", "Ivybridge"),
        ("place", "Lee Moor"), ("place", "Yelverton"),
        ("workplace", "Saltram Vale Academy"), ("workplace", "Tamar Marine Services"),
        ("workplace", "Bracken Ward"), ("workplace", "Harvey Tremayne Surgery"),
        ("workplace", "Tamarisk Unit"),
        ("street_address", "Merafield Road"), ("street_address", "2 Moorland View"),
        ("street_address", "Flat 4, 17 Beacon Park Road"),
        ("postcode", "PL20 6QT"), ("postcode", "PL2 3NW"),
        ("date_of_birth", "ninth of October ninety-five"),
        ("date_of_birth", "ninth of October nineteen ninety-four"),
        ("nhs_number", "999 871 3463"),
        ("phone", "0117 496 0825"), ("phone", "07700 900904"),
        ("car_registration", "WF68 KZN"),
        ("url", "www.example.com/forces-forward-plymouth"),
        ("ni_number", "QQ 71 20 93 A"), ("email", "gaz.holloway@example.net"),
        ("handle", "@lofty_on_the_moor"),
    ],
}


def file_lines(path: Path) -> list[str]:
    """Return the file's lines as labels.csv numbers them (index 0 = line 1)."""
    if path.suffix == ".docx":
        import docx  # python-docx

        d = docx.Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return lines
    return path.read_text(encoding="utf-8").split("\n")


def occurrences(text: str, line: str) -> list[int]:
    """Start offsets of whole-word, case-sensitive matches of text in line."""
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(line)]


def main() -> int:
    rows = []
    problems = []
    for fname, labels in LABELS.items():
        lines = file_lines(HERE / fname)
        texts = [t for _, t in labels]
        dup = [t for t, n in Counter(texts).items() if n > 1]
        if dup:
            problems.append(f"{fname}: duplicate label texts {dup}")
        found = []
        for kind, text in labels:
            n = 0
            for i, line in enumerate(lines, 1):
                for col in occurrences(text, line):
                    found.append((i, col, kind, text))
                    n += 1
            if n == 0:
                problems.append(f"{fname}: label text not found: {text!r}")
        found.sort()
        rows += [(fname, i, kind, text) for i, _, kind, text in found]
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    per_kind = Counter(r[2] for r in rows)
    per_file = Counter(r[0] for r in rows)
    print(f"wrote labels.csv: {len(rows)} rows")
    for f in LABELS:
        print(f"  {f}: {per_file[f]}")
    for k, n in sorted(per_kind.items()):
        print(f"  {k}: {n}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
