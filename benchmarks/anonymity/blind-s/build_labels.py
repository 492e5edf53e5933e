"""Build labels.csv from the identifier list below.

Every whole-word, case-sensitive occurrence of each listed text in its file becomes
one row (file,line,kind,text). Run with a python that has python-docx (for s03.docx).
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["s01.txt", "s02.srt", "s03.docx", "s04.txt", "s05.txt"]


def read_lines(name):
    """Return the file's lines; line n of the labels is element n-1."""
    path = HERE / name
    if name.endswith(".docx"):
        import docx  # python-docx
        return [p.text for p in docx.Document(str(path)).paragraphs]
    return path.read_text(encoding="utf-8").split("\n")


def word_pattern(text):
    """Whole-word, case-sensitive pattern (word characters are Unicode \\w)."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def find_all(text, line):
    return [(m.start(), m.end()) for m in word_pattern(text).finditer(line)]


SPEC = {
    "s01.txt": {
        "name": ["Morven", "Achterberg", "Keziah", "D-E-C-L-A-N", "Declan", "Joy", "Edna",
                 "Ashworth", "Walter", "Fenella", "Ruddock", "Sandra", "Iwu-Price", "Rashid"],
        "street_address": ["41 Fellside Road"],
        "place": ["Ulverston", "Dalton", "Cartmel", "Greenodd", "Bouth"],
        "postcode": ["LA12 7QX"],
        "workplace": ["Furness Marine Fabrication"],
        "handle": ["bayside underscore signer seven seven"],
        "car_registration": ["PN19 KXR"],
        "url": ["handstogether-furness.example.org"],
        "phone": ["07700 900 318"],
        "email": ["handstogether dot furness at example dot net"],
    },
    "s02.srt": {
        "name": ["Yonas", "Hamid", "Abdirahman", "Gary", "Tesfay", "Said", "Okonkwo", "Bilal",
                 "Whitlock"],
        "workplace": ["Tees Valley Pallets", "Portrack Cold Storage", "Teesbank College"],
        "place": ["Thornaby", "Mandale", "Ingleby Barwick"],
        "car_registration": ["YX21 BHT"],
        "phone": ["07700 900 562", "oh one one three, four nine six, oh five seven one"],
        "street_address": ["14 Bassleton Lane", "Trenchard Avenue"],
        "ni_number": ["QQ 48 19 27 C"],
        "handle": ["@tees.striker9"],
        "email": ["saturday dot football at example dot org"],
        "url": ["facebook.com/groups/thornaby-saturday-fc-example"],
        "postcode": ["TS17 9QX"],
        "date_of_birth": ["01/01/1994"],
    },
    "s03.docx": {
        "name": ["Callum", "Graham", "Faith", "Mensah", "Priya", "Anjali", "Ellie-May", "Patel",
                 "Kai", "Okafor", "Bartosz", "Bartek", "Zuzanna", "Mohammed"],
        "workplace": ["Wissey Valley Engineering", "Swift Start Driving", "Nar Valley Academy",
                      "Brecks Poultry"],
        "place": ["Sporle", "Narborough", "Watton", "Necton"],
        "nhs_number": ["999 159 0838"],
        "date_of_birth": ["4th of June 2002"],
        "car_registration": ["AV70 KPM"],
        "street_address": ["3 Mill Row"],
        "url": ["kindnessforkai.example.com"],
        "phone": ["07700 900 147"],
        "email": ["breckparents@example.net", "breckparents at example dot net"],
    },
    "s04.txt": {
        "name": ["soph", "mads", "hussain", "ffion", "kirsty", "olu", "niamh"],
        "place": ["heptonstall", "mytholmroyd", "hebden bridge"],
        "workplace": ["linden unit", "ridgefoot high", "calder valley vets"],
        "url": ["recoverycircle.example.net/join"],
        "handle": ["@slowbloom_recovery"],
        "date_of_birth": ["03/11/2001"],
        "nhs_number": ["999 016 6137"],
        "postcode": ["hx7 6zq"],
        "street_address": ["22 birchcliffe road"],
        "phone": ["07700900731"],
        "email": ["sunflower.seeds92@example.com"],
    },
    "s05.txt": {
        "name": ["Emlyn", "Rowlands", "Gwenllian", "Huw", "Osian", "Lowri", "Cadi", "Dafydd",
                 "Mair", "Tom", "Rhodri", "Eirlys", "Pugh"],
        "street_address": ["Tyddyn Isaf", "Cefn Mawr", "Penrhos Uchaf", "Lôn Ysgubor"],
        "place": ["Rhosmeirch", "Llangefni", "Bethel", "Capel Coch", "Brynsiencyn",
                  "Llanfairynghornwy", "Llanddona"],
        "workplace": ["Coed Aur Surgery", "Menai Animal Health", "Ysgol Penrhyd", "Ward Eithin",
                      "Ysbyty Glannau Môn", "Llinos Feeds", "Uned Heulwen"],
        "postcode": ["LL77 7ZQ"],
        "nhs_number": ["999 186 0916"],
        "date_of_birth": ["30/06/1972"],
        "car_registration": ["CX68 RVL"],
        "handle": ["@ynys_smallholder"],
        "phone": ["01632 960 415"],
        "email": ["merchedyfferm@example.org"],
        "url": ["merchedyfferm.example.org/cylch"],
    },
}


def main():
    rows = []
    problems = []
    for fname in FILES:
        lines = read_lines(fname)
        for kind, texts in SPEC[fname].items():
            for text in texts:
                hits = [(n, s) for n, line in enumerate(lines, 1) for s, _ in find_all(text, line)]
                if not hits:
                    problems.append(f"{fname}: '{text}' not found")
                rows += [(FILES.index(fname), n, s, fname, kind, text) for n, s in hits]
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    rows.sort()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for _, n, _, fname, kind, text in rows:
            w.writerow([fname, n, kind, text])
    print(f"wrote labels.csv with {len(rows)} rows")


if __name__ == "__main__":
    main()
