"""Build labels.csv from the planted identifier lists below.

Every planted (kind, text) is searched in its file as a whole-word,
case-sensitive match; one row is written per occurrence. The expected
number of occurrences is declared next to each entry and checked, so an
accidental extra occurrence (for example "Will" used as a verb at the start
of a sentence) stops the build instead of being silently labelled.

Run from this folder with a Python that has python-docx installed:
    python build_labels.py
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# file -> list of (kind, text, expected occurrences in that file)
PLANTED = {
    "r01.txt": [
        ("name", "Niamh", 1),
        ("name", "Gallagher-Burke", 1),
        ("name", "Dougie", 4),
        ("name", "Armstrong", 1),
        ("name", "Tam", 3),
        ("name", "Bryn", 2),
        ("name", "Sandeep", 1),
        ("name", "Helen", 1),
        ("name", "Ashcroft-Tate", 1),
        ("name", "Ifeanyi", 1),
        ("name", "Will", 2),
        ("name", "Kowalczyk", 1),
        ("phone", "07700 900417", 1),
        ("phone", "(01632) 960228", 1),
        ("email", "westcoastsheds at example dot org", 1),
        ("email", "shedtalk.admin@example.net", 1),
        ("url", "westcoastsheds.example.org/talk", 1),
        ("handle", "@ShedTalkWest", 1),
        ("postcode", "CA15 8QX", 2),
        ("street_address", "7 Curzon Quay", 1),
        ("street_address", "14 Ropewalk Terrace", 1),
        ("place", "Maryport", 2),
        ("place", "Flimby", 1),
        ("place", "Dearham", 1),
        ("place", "Workington", 2),
        ("workplace", "Solway Fabrications", 1),
        ("workplace", "Sellafield", 1),
        ("workplace", "Yewdale Ward", 1),
        ("date_of_birth", "23/05/1958", 1),
        ("nhs_number", "999 526 0182", 1),
        ("car_registration", "PX68 QKL", 1),
    ],
    "r02.vtt": [
        ("name", "Mhairi", 6),
        ("name", "Fraser", 5),
        ("name", "Kieran", 6),
        ("name", "MacLeod", 5),
        ("name", "Sinclair-Munro", 1),
        ("name", "Oisín", 1),
        ("name", "Alasdair", 2),
        ("name", "Anjali", 2),
        ("name", "Tomasz", 1),
        ("name", "Dex", 1),
        ("name", "dex", 1),
        ("name", "Yusuf", 1),
        ("handle", "starfish_42", 3),
        ("handle", "nb.otter", 3),
        ("handle", "@qh_youth", 1),
        ("phone", "+44 7700 900613", 1),
        ("email", "hello@qhyouth.example.org", 1),
        ("url", "qhyouth.example.org/drop-in", 1),
        ("postcode", "iv2 4sq", 1),
        ("street_address", "22 Farraline Wynd", 1),
        ("date_of_birth", "3rd of October 2000", 1),
        ("place", "Lochcarron", 1),
        ("place", "Dingwall", 1),
        ("place", "Nairn", 1),
        ("place", "Ullapool", 1),
        ("place", "Alness", 1),
        ("workplace", "Glenmoray Academy", 1),
        ("workplace", "Torvean Hotel", 1),
    ],
    "r03.docx": [
        ("name", "Pearl", 3),
        ("name", "Winston", 2),
        ("name", "Beverley", 1),
        ("name", "Desmond", 1),
        ("name", "Mensah", 1),
        ("name", "Ivy", 1),
        ("name", "Campbell", 1),
        ("name", "Delroy", 1),
        ("name", "Grant-Williams", 1),
        ("name", "Joy", 2),
        ("place", "Chapeltown", 2),
        ("place", "Harehills", 1),
        ("place", "Moneague", 1),
        ("place", "Gingerland", 1),
        ("street_address", "41 Alderton Mount", 1),
        ("postcode", "LS7 3NJ", 1),
        ("ni_number", "QQ 41 27 08 B", 1),
        ("nhs_number", "999 159 0838", 1),
        ("date_of_birth", "the second of June, nineteen forty-one", 1),
        ("phone", "oh one one three, four nine six, oh two five eight", 1),
        ("phone", "0113 496 0934", 1),
        ("email", "sundaycircle at example dot com", 1),
        ("url", "facebook.com/groups/sundaycircleLS7", 1),
        ("handle", "@chaptownelders", 1),
        ("workplace", "Yorkshire Rider", 1),
        ("workplace", "Hudson Road Mills", 1),
        ("workplace", "Potternewton Brook Primary", 1),
    ],
    "r04.txt": [
        ("name", "will", 3),
        ("name", "hope", 2),
        ("name", "jas", 2),
        ("name", "bex", 1),
        ("name", "kai", 1),
        ("name", "siobhan", 1),
        ("name", "jonno", 1),
        ("name", "ollie", 1),
        ("name", "okafor", 1),
        ("name", "lils", 1),
        ("place", "biddulph", 1),
        ("place", "leek", 1),
        ("place", "kidsgrove", 1),
        ("workplace", "ward 4", 1),
        ("workplace", "harplands", 1),
        ("workplace", "dunmore packaging", 1),
        ("workplace", "kestrel college", 1),
        ("phone", "07700.900.845", 1),
        ("email", "pennyforthem@example.com", 1),
        ("handle", "@moth.and.lamp", 1),
        ("handle", "@lilac.static", 1),
        ("url", "calmspace.example.com/group", 1),
        ("postcode", "st8 7qw", 1),
        ("car_registration", "sk19 qnd", 1),
        ("date_of_birth", "29.02.2004", 1),
    ],
    "r05.txt": [
        ("name", "Arlo", 2),
        ("name", "Callum", 1),
        ("name", "Dawn", 1),
        ("name", "Roksana", 2),
        ("name", "Pettigrew", 1),
        ("name", "Ffion", 2),
        ("name", "Chidi", 1),
        ("name", "Marguerite", 1),
        ("name", "Nkechi", 1),
        ("name", "Bibi", 1),
        ("place", "Bridport", 1),
        ("place", "Shipton Gorge", 1),
        ("place", "Burton Bradstock", 1),
        ("place", "Eype", 1),
        ("place", "Powerstock", 1),
        ("place", "Symondsbury", 1),
        ("place", "Walditch", 1),
        ("workplace", "Palmers Brewery", 1),
        ("workplace", "Hazel Ward", 1),
        ("workplace", "Allington Vale Primary", 1),
        ("workplace", "Whitlock Surgery", 1),
        ("street_address", "Magdalen Lane", 1),
        ("street_address", "12 Sea View Terrace", 1),
        ("postcode", "DT6 4QZ", 1),
        ("postcode", "dt6  5rx", 1),
        ("phone", "01632 960519", 1),
        ("phone", "0117 496 0391", 1),
        ("email", "bumps.and.brews@example.org", 1),
        ("url", "www.bumpsandbrews.example.org", 1),
        ("nhs_number", "999 016 6137", 1),
        ("nhs_number", "9990308241", 1),
        ("ni_number", "NK 281593 C", 1),
        ("date_of_birth", "3 January 2024", 1),
        ("date_of_birth", "14th of August 1991", 1),
        ("car_registration", "WA19 QPE", 1),
    ],
}


def read_lines(name):
    """Return the file's lines; line 1 is element 0. For .docx, paragraphs."""
    path = HERE / name
    if name.endswith(".docx"):
        import docx

        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def whole_word(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    errors = []
    for name, planted in PLANTED.items():
        lines = read_lines(name)
        for kind, text, expected in planted:
            pat = whole_word(text)
            hits = [
                (i, m.start())
                for i, line in enumerate(lines, 1)
                for m in pat.finditer(line)
            ]
            if len(hits) != expected:
                errors.append(f"{name}: {text!r} expected {expected}, found {len(hits)}")
            for line_no, col in hits:
                rows.append((name, line_no, col, kind, text))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    order = {name: i for i, name in enumerate(PLANTED)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for name, line_no, _col, kind, text in rows:
            w.writerow([name, line_no, kind, text])
    print(f"wrote labels.csv with {len(rows)} rows")


if __name__ == "__main__":
    main()
