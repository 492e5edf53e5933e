"""Write labels.csv for this set from the per-file identifier lists below.

Every whole-word, case-sensitive occurrence ((?<!\\w)text(?!\\w)) of a listed text in its
file becomes one row: file, line, kind, text.
  line = 1-based physical line (.txt/.srt), paragraph number from 1 in python-docx
         Document.paragraphs order (.docx), 1-based sheet row (.csv).
Run from anywhere:  python make_labels.py   (needs python-docx; build the .docx first)
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

SPEC = {
    "br_otter_yard_barrow.docx": {
        "name": ["Gethin", "Mags", "Tomasz", "W\u00f3jcik", "Tomek", "Ellis", "J.T.", "Craig",
                 "Lund", "Okonkwo", "Frank", "Kenny", "Haverthwaite", "Siobh\u00e1n", "Zo\u00eb"],
        "workplace": ["Hull and Hammer", "Ropery Rooms", "Duddon Marine Coatings", "Abbey Mill Surgery",
                      "Crane and Lantern", "Harbour Fund"],
        "street_address": ["9 Pinfold Row", "Tarn Street"],
        "postcode": ["LA14 2QC"],
        "phone": ["oh 7700 900 314", "01632 960418"],
        "email": ["hullandhammer@example.org", "subsman 71 at example dot net"],
        "car_registration": ["PK66 QWI"],
        "date_of_birth": ["Third of June seventy-nine"],
        "ni_number": ["QQ 48 71 20 C"],
        "place": ["Askam"],
    },
    "br_telegram_gambling_fleetwood.txt": {
        "name": ["Dawn", "Pickthall", "kyle", "Marek", "Shaz", "Wendy", "alfie", "Hannah",
                 "Cardew", "Tam", "Kerr"],
        "workplace": ["Still Standing", "Lifeboat Rooms", "Neptune Amusements", "Wyre Dock Hub"],
        "handle": ["@stillstanding_bay", "@kb_spins", "@moneybuddies_fylde"],
        "phone": ["07700 900582", "+44 7700 900127", "0161 496 0733"],
        "email": ["bayadvice@example.org"],
        "url": ["https://stillstanding.example.org/clinic-survey"],
        "street_address": ["17 Sandylands Mews", "12 Harbour Walk"],
        "postcode": ["FY7 6QV"],
        "place": ["Knott End", "Thornton"],
        "date_of_birth": ["17.11.85"],
        "ni_number": ["zz 31 22 84 b"],
        "car_registration": ["YX17 QIA"],
    },
    "br_gdocs_dads_whitehaven.txt": {
        "name": ["Rhys", "Tremble", "Priya", "Venkataraman", "Ewan", "Fisher", "Ngozi", "Deano",
                 "O'Dwyer", "Liam", "Storey", "Kai", "Whitwell"],
        "workplace": ["Harbour Dads", "Candlestick Rooms", "Calder Reach Decommissioning",
                      "Harbourgate Medical Practice", "Tern Lane Nursery", "Fox and Anchor", "St Brendan's"],
        "place": ["Mirehouse", "St Bees", "Cleator Moor"],
        "date_of_birth": ["02/09/1994", "11.01.89"],
        "nhs_number": ["999 081 8363", "9995849291"],
        "phone": ["07700 900846", "0141 496 0270", "+44 (0)7700 900 813"],
        "email": ["twinsdad89@example.net", "harbourdads@example.org"],
        "handle": ["@harbourdads_whitehaven"],
        "url": ["harbourdads.example.net/links", "https://forms.example.com/harbourdads-feedback"],
        "postcode": ["CA28  7MV"],
        "street_address": ["4 Mariners Way"],
        "car_registration": ["nu21qoi"],
    },
    "br_news_knit_peel.srt": {
        "name": ["MOIRA", "KINVIG", "Harold", "Dorrie", "ESTHER", "CORLETT", "Joy",
                 "R\u00d3IS\u00cdN", "FAHY", "Alan", "PHIL", "QUIRK", "BRENDA", "CHRISTIAN", "Kermode",
                 "Fenella", "Cashen"],
        "workplace": ["Purl Harbour", "Kipper Kitchen", "Ballacarrick Primary"],
        "place": ["Foxdale", "Laxey", "Kirk Michael"],
        "date_of_birth": ["ninth of August, 1938"],
        "phone": ["07700 900271"],
        "email": ["knitpeel@example.com"],
        "url": ["purlharbour.example.org"],
        "street_address": ["6 Herring Row"],
        "postcode": ["IM5 1KV"],
    },
    "br_padlet_network_board.csv": {
        "name": ["Kath", "Ainsworth", "Yusuf", "Bello", "Tanya", "Birkett", "Gordon", "Dawn", "Marian",
                 "Oyelaran-Hughes", "Tait", "Des", "Nikhil", "Sandhu", "Ffion"],
        "handle": ["bev.f", "@furnesspeers"],
        "workplace": ["Lightburn Hall", "Mill Rooms", "Ironside Gym"],
        "street_address": ["22 Quarry Brow", "3 Sefton Parade"],
        "postcode": ["LA12 7MC", "la4 5vk"],
        "phone": ["0117 496 0521", "0113 496 0459", "029 2018 0334", "020 7946 0918"],
        "email": ["facilitator.training@example.org", "network.coord@example.net"],
        "url": ["https://padlet.example.com/baynetwork/whatworks"],
        "nhs_number": ["999 414 6548"],
        "car_registration": ["PN19 QXI"],
        "ni_number": ["ZZ 90 11 62 D"],
        "date_of_birth": ["2/2/54"],
        "place": ["Bolton-le-Sands", "Haverigg", "Ridgeway", "Dalton"],
    },
}


def units(path):
    """Yield (unit number, text) for the numbering convention of each format."""
    if path.suffix == ".docx":
        from docx import Document
        for i, p in enumerate(Document(path).paragraphs, 1):
            yield i, p.text
    elif path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.reader(fh), 1):
                yield i, "\t".join(row)
    else:
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh.read().split("\n"), 1):
                yield i, line


def main():
    rows = []
    for fname, kinds in SPEC.items():
        lines = list(units(HERE / fname))
        for kind, texts in kinds.items():
            for text in texts:
                pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
                found = 0
                for n, line in lines:
                    for _ in pat.finditer(line):
                        rows.append((fname, n, kind, text))
                        found += 1
                if not found:
                    raise SystemExit(f"not found in {fname}: {text!r}")
    rows.sort(key=lambda r: (list(SPEC).index(r[0]), r[1], r[3]))
    with open(HERE / "labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"labels.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
