"""Write labels.csv from the per-file list of labelled texts below.

Every whole-word, case-sensitive occurrence of each text becomes one row
(file, line, kind, text).  Line = 1-based file line (.txt/.vtt) or
1-based paragraph number (.docx).  Run with python.
SYNTHETIC: every value here is invented.
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

LABELS = {
    "se01.txt": [
        ("name", "Orla Devlin"), ("name", "Niamh"), ("name", "Okafor"), ("name", "Will"),
        ("name", "Ruaridh"), ("name", "Siobhán Quinn"), ("name", "Caskey"), ("name", "Tadhg"),
        ("phone", "028 9649 6214"), ("phone", "07700 900318"),
        ("phone", "Oh two eight, nine six four nine, six five oh two"),
        ("email", "transcripts.od@example.net"), ("email", "linenvoices@example.org"),
        ("email", "tmcg.music@example.com"),
        ("postcode", "BT13 2FJ"),
        ("street_address", "27 Glenbrook Avenue"),
        ("url", "www.example.org/voicestogether"), ("url", "facebook.com/voicestogetherbt"),
        ("handle", "@linenroomvoices"),
        ("car_registration", "KX68 PWD"),
        ("place", "Stornoway"),
    ],
    "se02.vtt": [
        ("name", "Adebayo Ogunleye"), ("name", "imran qureshi"), ("name", "Rocky"),
        ("name", "Dawn"), ("name", "Hope"), ("name", "Gethin"), ("name", "Chauhan"),
        ("phone", "Plus four four, seven seven double oh, nine double oh, five six two"),
        ("phone", "07700 900845"),
        ("email", "ade dot runs at example dot org"),
        ("postcode", "LE2 7FN"),
        ("street_address", "Flat 4, 19 Wicklow Street"),
        ("date_of_birth", "3rd of February 2019"),
        ("date_of_birth", "fourteenth of July nineteen eighty-six"),
        ("ni_number", "BG 63 94 17 A"),
        ("handle", "@leics_runner_dad"),
        ("workplace", "Kettleby Packaging"),
        ("car_registration", "LR21 VHK"),
        ("place", "Fleckney"),
        ("url", "https://www.example.com/dadtalk/join"),
    ],
    "se03.docx": [
        ("name", "Magdalena Wróbel"), ("name", "Agnieszka"), ("name", "Kasia"), ("name", "Elira"),
        ("name", "Okonkwo"), ("name", "Ionela"), ("name", "Aga"), ("name", "Tomasz"), ("name", "Inês"),
        ("postcode", "pe1 2nx"), ("postcode", "PE7  1RS"),
        ("street_address", "12a Gladstone Walk"),
        ("phone", "07700-900-233"), ("phone", "07700.900.741"),
        ("email", "sunflower.notes@example.org"),
        ("workplace", "Fenland Fresh Foods"), ("workplace", "Longthorpe Dental Surgery"),
        ("place", "Whittlesey"),
        ("url", "facebook.com/razemwomenpb"),
        ("handle", "@bakes_and_bread_pb"),
        ("nhs_number", "999 482 6174"),
        ("date_of_birth", "17/09/1984"),
        ("ni_number", "QQ 48 27 61 D"),
    ],
    "se04.txt": [
        ("name", "shaz"), ("name", "col"), ("name", "gazza"), ("name", "robin"), ("name", "jade"),
        ("name", "armstrong"), ("name", "linh"), ("name", "hodan"), ("name", "frank"),
        ("email", "stillstanding.notes@example.com"),
        ("phone", "07700900127"), ("phone", "0191-498-0356"),
        ("street_address", "58 kelvin grove road"), ("street_address", "flat 2, 14 tanfield terrace"),
        ("postcode", "ne6 5tq"),
        ("place", "amble"),
        ("workplace", "lemington arms"),
        ("url", "gamfree-ne.example.org/meetings"),
        ("ni_number", "tn 44 81 20 b"),
        ("date_of_birth", "2/11/95"),
        ("nhs_number", "999 638 1544"),
        ("handle", "@not_today_bookie"),
        ("car_registration", "nd66 xjt"),
    ],
    "se05.txt": [
        ("name", "Rhiannon Pryce"), ("name", "Gethin"), ("name", "Thevaki"), ("name", "Holly"),
        ("name", "Nguyen"), ("name", "Faith"), ("name", "Abdirahman"), ("name", "Eilidh"),
        ("name", "Mei Ling"),
        ("email", "typing.rp@example.net"), ("email", "hill dot walker dot seventy at example dot com"),
        ("phone", "+44 117 496 0812"), ("phone", "(029) 2018 0655"),
        ("place", "Clun"), ("place", "Bishop's Castle"), ("place", "Llanidloes"), ("place", "Knighton"),
        ("workplace", "Bryn Glas Farm"), ("workplace", "Kington Road Pharmacy"),
        ("workplace", "Severnside College"), ("workplace", "Teme Valley Primary"),
        ("workplace", "Golden Lotus"),
        ("nhs_number", "9993057282"),
        ("nhs_number", "nine nine nine, seven one six, oh four three six"),
        ("date_of_birth", "30th of April 1971"),
        ("ni_number", "NK552071C"),
        ("car_registration", "WX64 LRN"),
        ("url", "https://marchesmood.example.org/stories"),
        ("street_address", "Flat 1, 6 Mill Leat Close"),
        ("postcode", "SY78QX"),
        ("handle", "At sign, hedge underscore layer underscore seventy-one"),
    ],
}


def read_lines(path: Path) -> list[str]:
    if path.suffix == ".docx":
        from docx import Document
        return [p.text for p in Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def whole_word(text: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main() -> None:
    rows = []
    for fname, items in LABELS.items():
        lines = read_lines(HERE / fname)
        found = []
        for kind, text in items:
            pat = whole_word(text)
            n = 0
            for i, line in enumerate(lines, 1):
                for m in pat.finditer(line):
                    found.append((i, m.start(), kind, text))
                    n += 1
            if n == 0:
                raise SystemExit(f"{fname}: {text!r} not found")
        found.sort()
        rows += [(fname, i, kind, text) for i, _, kind, text in found]
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"{len(rows)} rows written")


if __name__ == "__main__":
    main()
