"""Generate labels.csv from the per-file identifier spec below.

For each file, every whole-word, case-sensitive occurrence ((?<!\\w)text(?!\\w))
of each spec text is written as one row: file,line,kind,text.
line = physical line (txt, vtt), paragraph number (docx, python-docx order,
headings counted), or row number in sheet "Sheet" (xlsx).

Run:  python make_labels.py        (then python verify_labels.py)
Use   python make_labels.py --show to print each occurrence in context.
"""
import csv
import os
import re
import sys

from units import load_units

HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
    "t1_rev_export.txt": [
        ("Yard Sessions", "workplace"),
        ("Hartcliffe", "place"),
        ("Jerome", "name"), ("Baptiste", "name"),
        ("Sol", "name"),
        ("Dele", "name"),
        ("3rd of November 2004", "date_of_birth"),
        ("Fernhollow", "workplace"),
        ("Whitchurch Brook", "workplace"),
        ("Tyrese", "name"),
        ("WM68 QXT", "car_registration"),
        ("Withywood", "place"),
        ("Kwabena", "name"),
        ("Kwabs", "name"),
        ("@yardsessions.bs", "handle"),
        ("Lawrence Weston", "place"),
        ("Jaylen", "name"),
        ("Chance", "name"),
        ("Okonjo", "name"),
        ("Bishopsmead", "workplace"),
        ("Avonside Freight", "workplace"),
        ("Adeyemi", "name"),
        ("07700 900461", "phone"),
        ("07700 900 738", "phone"),
        ("Pennick", "name"),
        ("yardsessions.example.org/join", "url"),
        ("hello.yard@example.org", "email"),
        ("14 Ferncombe Walk", "street_address"),
        ("BS13 9MQ", "postcode"),
        ("Shirehampton", "place"),
    ],
    "t2_descript_export.docx": [
        ("Chalkhill Voices", "workplace"),
        ("Tenterhook", "workplace"),
        ("Marian", "name"), ("Cole", "name"),
        ("Lorcan", "name"), ("Devlin", "name"),
        ("Zo\u00eb", "name"),
        ("Bo\u017cena", "name"), ("Wr\u00f3bel", "name"),
        ("Peggy", "name"),
        ("Stroud", "place"),
        ("St Osric's", "workplace"),
        ("Chalford", "place"),
        ("Hillside Weavers", "workplace"),
        ("Eastcombe", "place"),
        ("QQ 12 34 56 C", "ni_number"),
        ("999 275 6136", "nhs_number"),
        ("17/06/1951", "date_of_birth"),
        ("J.T.", "name"),
        ("Nailsworth", "place"),
        ("Pike", "name"),
        ("3 Teasel Row", "street_address"),
        ("GL6  8KV", "postcode"),
        ("01632 960218", "phone"),
        ("fivevalleys.hv@example.net", "email"),
        ("https://example.org/hv-circle/march", "url"),
    ],
    "t3_slack_channel.txt": [
        ("Lavender Hour", "workplace"),
        ("Glenys", "name"),
        ("G.H.", "name"),
        ("Larkspur Room", "workplace"),
        ("Dawn", "name"), ("Ellery", "name"),
        ("Hamid", "name"),
        ("Frank", "name"),
        ("Trowbridge", "place"),
        ("Hilperton", "place"),
        ("WU64 KQE", "car_registration"),
        ("27 Corderoy Terrace", "street_address"),
        ("ba14 8vq", "postcode"),
        ("Sin\u00e9ad", "name"), ("Brophy", "name"),
        ("Th\u00e9r\u00e8se", "name"),
        ("Therese", "name"),
        ("Kennet Row Surgery", "workplace"),
        ("Priya", "name"),
        ("Maureen", "name"),
        ("Bradford on Avon", "place"),
        ("Jolly Cooper", "workplace"),
        ("ted", "name"),
        ("bev", "name"),
        ("Twerton", "place"),
        ("999 460 2713", "nhs_number"),
        ("1st May 1952", "date_of_birth"),
        ("Ashby Hall", "workplace"),
        ("12.4.44", "date_of_birth"),
        ("https://example.org/lavender/rsvp", "url"),
        ("peer.research@example.net", "email"),
        ("01632 960 774", "phone"),
        ("@LavenderHourBath", "handle"),
        ("+44 7700 900 215", "phone"),
    ],
    "t4_surveymonkey_export.xlsx": [
        ("Spoon Club", "workplace"),
        ("Bill", "name"), ("Probert", "name"),
        ("William", "name"),
        ("Oakwood Chase", "workplace"),
        ("Faith", "name"),
        ("01632 960 447", "phone"),
        ("Parkend", "place"),
        ("Montague Rooms", "workplace"),
        ("Siobh\u00e1n", "name"), ("Kearney", "name"),
        ("Anand", "name"),
        ("ZZ 48 21 93 B", "ni_number"),
        ("Margaret", "name"),
        ("Gareth", "name"), ("Pugh", "name"),
        ("Dunraven Haulage", "workplace"),
        ("Lydney", "place"),
        ("0121 496 0188", "phone"),
        ("Hollybrook Cottage, Quarry Tump Lane", "street_address"),
        ("gl15 4vk", "postcode"),
        ("R.J.", "name"),
        ("Annear", "name"),
        ("Leckhampton Vale", "workplace"),
        ("07700 900 352", "phone"),
        ("02/09/1966", "date_of_birth"),
        ("Dorothy", "name"), ("Meek", "name"),
        ("Dot", "name"),
        ("Ruardean", "place"),
        ("4 Knapp Cottages", "street_address"),
        ("01632 960 093", "phone"),
        ("14.03.1941", "date_of_birth"),
        ("999 731 5502", "nhs_number"),
        ("Penberthy", "name"),
        ("@spoonie_in_the_forest", "handle"),
        ("spoonclub.example.org/pacing", "url"),
        ("07700 900 619", "phone"),
        ("12 Barleycorn Way", "street_address"),
        ("GL51  0MV", "postcode"),
        ("forestwalker62@example.com", "email"),
        ("s.k.1971@example.net", "email"),
        ("g.forest.walks@example.com", "email"),
        ("yogamats.chelt@example.org", "email"),
        ("hillcrest.walker@example.org", "email"),
    ],
    "t5_stream_captions.vtt": [
        ("Harriet", "name"), ("Lomax", "name"),
        ("Callum", "name"),
        ("Si\u00e2n", "name"),
        ("Will", "name"),
        ("+44 7700 900883", "phone"),
        ("Steady Brothers", "workplace"),
        ("Penhill", "place"),
        ("Kofi", "name"),
        ("Canalside Hub", "workplace"),
        ("Saxonbury Housing", "workplace"),
        ("Fairweather", "name"),
        ("Stan", "name"),
        ("999 512 3878", "nhs_number"),
        ("nineteenth of May 2005", "date_of_birth"),
        ("41 Hobbin Close", "street_address"),
        ("SN2 7OK", "postcode"),
        ("Sean", "name"),
        ("Gethin", "name"),
        ("Pewsey", "place"),
        ("@steadybros.sn", "handle"),
        ("Moonrakers Pain Caf\u00e9", "workplace"),
        ("Ruth", "name"), ("Ashdown", "name"),
        ("oh seven seven double oh, nine double oh, two two six", "phone"),
        ("A S H D O W N", "name"),
        ("painpeers dot wilts at example dot org", "email"),
        ("example.org/wilts-peer-map", "url"),
        ("Marcus", "name"),
        ("whiskey romeo one nine, quebec juliet papa", "car_registration"),
        ("0117 496 0592", "phone"),
    ],
}

FILES = list(SPEC)


def occurrences(units, text):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    for line_no, chunks in units:
        for chunk in chunks:
            for m in pat.finditer(chunk):
                yield line_no, chunk, m.start()


def main():
    show = "--show" in sys.argv
    rows = []
    for fname, spec in SPEC.items():
        units = load_units(os.path.join(HERE, fname))
        file_rows = []
        for text, kind in spec:
            found = list(occurrences(units, text))
            if not found:
                print("NOT FOUND", fname, text)
            for line_no, chunk, pos in found:
                file_rows.append((line_no, pos, kind, text))
                if show:
                    ctx = chunk[max(0, pos - 35): pos + len(text) + 35].replace("\n", " ")
                    print(f"{fname}:{line_no} [{kind}] {text!r} :: ...{ctx}...")
        file_rows.sort()
        rows += [(fname, ln, kind, text) for ln, _, kind, text in file_rows]
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"wrote {len(rows)} label rows")


if __name__ == "__main__":
    main()
