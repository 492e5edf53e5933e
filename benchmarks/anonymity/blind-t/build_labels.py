"""Build labels.csv for the blind-t synthetic anonymity set.

Every label below is a (kind, text) pair for one file. This script finds EVERY
whole-word, case-sensitive occurrence of each text in that file and writes one
row per occurrence, so labels.csv is complete by construction.  The transcript
texts were written so that each labelled string is only ever used in its
identifying sense within its file (checked by hand and by verify_labels.py).

line = 1-based line number (.txt/.vtt) or 1-based paragraph number (.docx).
Whole word = not preceded or followed by a Unicode word character.
Run: python build_labels.py   (python-docx needed for t03.docx)
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

LABELS = {
    "t01.txt": [
        ("name", "Eimear"), ("name", "Callaghan-Boyd"), ("name", "Bronagh"),
        ("name", "Wilma"), ("name", "Gourley"), ("name", "Caoimhe"),
        ("name", "Ewa"), ("name", "Sammy"), ("name", "Orr"), ("name", "Joy"),
        ("street_address", "41 Mullaghmore Road"),
        ("place", "Dungiven"), ("place", "Feeny"), ("place", "Park"), ("place", "Limavady"),
        ("postcode", "BT47 4WJ"),
        ("phone", "07700 900417"),
        ("url", "www.example.org/bridges-women"),
        ("date_of_birth", "02/08/1966"),
        ("workplace", "Glenedra Primary School"), ("workplace", "Mulholland Unit"),
        ("workplace", "Drumrane Bakery"),
        ("email", "commissioning.west@example.net"),
        ("handle", "@bridges_wg"),
    ],
    "t02.vtt": [
        ("name", "Hodan"), ("name", "Warsame"), ("name", "Rachel"), ("name", "Okafor-Bennett"),
        ("name", "Faadumo"), ("name", "Nimco"), ("name", "Sahra"),
        ("name", "Ubah"), ("name", "Abdirahman"), ("name", "Ayaan"), ("name", "Farah"),
        ("name", "Deqa"),
        ("place", "Barton Hill"),
        ("street_address", "12 Stapleton Walk"),
        ("postcode", "BS5 6XT"),
        ("workplace", "Kingfisher Children's Centre"),
        ("phone", "0117 496 0382"),
        ("email", "sisterscircle at example dot com"),
        ("nhs_number", "999 205 6789"),
        ("car_registration", "WU68 FRL"),
        ("handle", "@hooyo_circle_bs5"),
        ("url", "example.com/hooyo-circle"),
    ],
    "t03.docx": [
        ("name", "Heather"), ("name", "Sandy"), ("name", "Tam"), ("name", "Elspeth"),
        ("name", "Morag"), ("name", "Rennie"), ("name", "Haig"), ("name", "Kirsteen"),
        ("name", "Dougie"), ("name", "Lauder"),
        ("place", "Yetholm"), ("place", "Ancrum"), ("place", "St Boswells"), ("place", "Denholm"),
        ("workplace", "Teviotdale Mills"), ("workplace", "Elliot Ward"),
        ("workplace", "Eildon Primary School"),
        ("car_registration", "SN67 WHB"),
        ("date_of_birth", "11th November 1941"),
        ("street_address", "7 Jenny Moore's Road"),
        ("postcode", "TD6 0PW"),
        ("url", "example.net/tweedside-memory-cafe"),
        ("email", "tweedsidecafe@example.org"),
        ("phone", "01632 960218"),
    ],
    "t04.txt": [
        ("name", "wren"), ("name", "river"), ("name", "rivr"), ("name", "kai"),
        ("name", "pennington"), ("name", "okoro"), ("name", "jess"), ("name", "gareth"),
        ("name", "robin"), ("name", "sunny"), ("name", "bex"), ("name", "dani"), ("name", "joan"),
        ("place", "beaminster"), ("place", "charmouth"), ("place", "bridport"), ("place", "symondsbury"),
        ("car_registration", "hw71 xpd"),
        ("postcode", "dt6 4ye"),
        ("workplace", "kestrel house"), ("workplace", "brit valley school"),
        ("url", "example.net/bridtrans-resources"),
        ("ni_number", "zz481562b"),
        ("date_of_birth", "17/9/98"),
        ("phone", "07700 9008 62"),
        ("email", "tgroup.dorset@example.org"),
        ("handle", "@moth_and_moss"),
    ],
    "t05.txt": [
        ("name", "Jory"), ("name", "Tamsin"), ("name", "Moyle"), ("name", "Morwenna"),
        ("name", "Spud"), ("name", "Trevaskis"), ("name", "Arnel"), ("name", "Jun-Jun"),
        ("name", "Jānis"), ("name", "Princess"), ("name", "Loveday"),
        ("place", "Mousehole"), ("place", "Newlyn"), ("place", "Pendeen"), ("place", "Paul"),
        ("workplace", "Trewhella Brothers"), ("workplace", "Penrose Surgery"),
        ("workplace", "Bolitho Ward"), ("workplace", "Tregarthen Academy"),
        ("workplace", "Carew Unit"),
        ("street_address", "Trewarveneth Street"),
        ("date_of_birth", "fourth of July, nineteen sixty-three"),
        ("phone", "oh one six three two, nine six oh, seven four one"),
        ("email", "netmenders at example dot net"),
        ("url", "example.com/netmenders"),
        ("nhs_number", "999 471 0354"),
        ("ni_number", "QQ 73 41 08 B"),
        ("car_registration", "WF66 RTB"),
        ("postcode", "TR18 5NQ"),
        ("handle", "@saltyoldboy"),
    ],
}

# Tricky NON-identifiers: must be present in the file and never inside a label.
TRICKY = {
    "t01.txt": ["Belfast", "Lifeline", "0808 808 8000", "Samaritans", "116 123",
                "Aware NI", "Action Mental Health", "the Twelfth", "sertraline",
                "postnatal depression", "Participant 3 said", "Hope", "Grace", "joy",
                "June", "I'm 58"],
    "t02.vtt": ["Ramadan", "Eid", "iftar", "Hargeisa", "Mogadishu", "Bristol Mind",
                "NHS 111", "SHOUT", "85258", "Participant 2 (Guest)", "Sunflower",
                "Interpreter", "amitriptyline", "10mg", "seventy pounds", "TikTok"],
    "t03.docx": ["Alzheimer Scotland", "Dementia UK", "Admiral nurse", "donepezil",
                 "memantine", "vascular dementia", "Lewy body dementia", "Edinburgh",
                 "Hogmanay", "heather", "sandy", "Tweed", "£3", "Tunnock's",
                 "Playlist for Life", "P4 said", "He's 82"],
    "t04.txt": ["[19:04]", "hope", "frank", "bill", "may", "will", "mermaids",
                "switchboard", "0800 0119 100", "gic", "estradiol 2mg", "exeter",
                "london", "£20", "jan", "co-op"],
    "t05.txt": ["Fishermen's Mission", "Andy's Man Club", "RNLI", "NHS 111", "PTSD",
                "Bipolar", "lithium", "400mg", "mirtazapine", "Wolf Rock", "Manila",
                "Christmas", "I'm 61", "I'm 34", "Samaritans"],
}

FILES = list(LABELS)


def read_units(name):
    """Return the file's lines (or docx paragraphs) as a list; index 0 = line 1."""
    p = HERE / name
    if name.endswith(".docx"):
        import docx
        return [para.text for para in docx.Document(p).paragraphs]
    return p.read_text(encoding="utf-8").split("\n")


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def find_all(units, text):
    """[(line, start, end)] for every whole-word case-sensitive occurrence."""
    rx = word_re(text)
    return [(i, m.start(), m.end()) for i, u in enumerate(units, 1) for m in rx.finditer(u)]


def build():
    rows = []
    for f in FILES:
        units = read_units(f)
        found = []
        for kind, text in LABELS[f]:
            occ = find_all(units, text)
            if not occ:
                raise SystemExit(f"label not found: {f} {text!r}")
            found += [(ln, st, kind, text) for ln, st, _ in occ]
        for ln, st, kind, text in sorted(found):
            rows.append((f, ln, kind, text))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    from collections import Counter
    rows = build()
    print(f"wrote labels.csv: {len(rows)} rows")
    for f in FILES:
        print(f"  {f}: {sum(r[0] == f for r in rows)}")
    for k, n in sorted(Counter(r[2] for r in rows).items()):
        print(f"  {k}: {n}")
    print(f"tricky strings: {sum(len(v) for v in TRICKY.values())}")
