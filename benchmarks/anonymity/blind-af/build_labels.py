"""Build labels.csv and tricky.csv from the hand-written inventory below.

Run from this folder with a Python that has odfpy:  python build_labels.py
For every (kind, text) in INVENTORY it finds every whole-word, case-sensitive
occurrence of text in the file ("whole word": the characters either side are
not letters, digits or _) and writes one row per occurrence.
Line = physical line for .txt/.srt, paragraph number (from 1) for .odt.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

INVENTORY = {
    "af01.srt": [
        ("name", "Lorraine"), ("name", "Margaret"), ("name", "Mags"), ("name", "M-A-G-S"),
        ("name", "J-O-A-N"), ("name", "Joan"), ("name", "T-H-R-E-L-F-A-L-L"), ("name", "Threlfall"),
        ("name", "Tomasz"), ("name", "T-O-M-A-S-Z"), ("name", "Thomas"),
        ("name", "Adaeze"), ("name", "Nwosu"), ("name", "Pilkington"),
        ("name", "Siobhan"), ("name", "S-I-O-B-H-A-N"), 
        ("place", "Grimsargh"), ("place", "Penwortham"), ("place", "Goosnargh"), ("place", "Longridge"),
        ("workplace", "Ribbleside Deaf Social Club"), ("workplace", "Marlcroft School for the Deaf"),
        ("workplace", "Brockholes Packaging"),
        ("date_of_birth", "fourth of June nineteen fifty-two"),
        ("nhs_number", "nine nine nine, four seven two, three oh one four"),
        ("phone", "07700 900 318"), ("phone", "01632 960447"),
        ("street_address", "27 Tanyard Row"), ("postcode", "PR1 2KC"),
        ("email", "sensory dot north at example dot org"),
        ("car_registration", "YK68 IQU"),
        ("url", "ribblesidedeaf.example.org/wellbeing"),
        ("handle", "@RibblesideDeafClub"), ("handle", "signs_and_sarnies"),
    ],
    "af02.txt": [
        ("name", "Ciaran"), ("name", "Doran"), ("name", "Chalky"),
        ("name", "Johnny"), ("name", "Loveridge"), ("name", "Kielty"), ("name", "Tadhg"),
        ("name", "Rudd"), ("name", "Declan"),
        ("name", "Jimmy"), ("name", "Kaiden"),
        ("place", "Coldharbour Lane"), ("place", "Strood"), ("place", "Lenham"),
        ("place", "Cliffe"), ("place", "Hoo"),
        ("workplace", "Hollybush Lane Surgery"), ("workplace", "St Brendan's Amateur Boxing Club"),
        ("workplace", "Drovers Arms"), ("workplace", "Eastgate Salvage"),
        ("street_address", "Pitch 14, Marshside Meadow"),
        ("postcode", "ME3 8KV"), ("postcode", "me2 4cm"),
        ("phone", "07700900673"), ("phone", "01632-960-219"),
        ("phone", "oh seven seven double oh, nine double oh, five four one"),
        ("phone", "0121 496 0418"),
        ("ni_number", "ZZ 48 21 93 B"),
        ("url", "stbrendansabc.example.com"),
        ("handle", "@brendans_boxing_medway"), ("handle", "kingofthecobs"),
        ("car_registration", "LV66 QKI"),
        ("date_of_birth", "14-02-1961"), ("date_of_birth", "14/02/1961"),
        ("email", "medway.mensgroup@example.net"),
    ],
    "af03.odt": [
        ("name", "Hefin"), ("name", "Ngozi"), ("name", "Kinnear"), ("name", "Beata"),
        ("name", "Wiśniewska"), ("name", "Rhodri"), ("name", "Haworth"), ("name", "Ffion"),
        ("name", "Gwenllian"), ("name", "Gruffydd"),
        ("workplace", "Cefni Marine Unit"), ("workplace", "Tŷ Glannau"),
        ("workplace", "Penlan Laboratories"), ("workplace", "Cwtch Café"),
        ("place", "Menai Bridge"), ("place", "Amlwch"), ("place", "Bethesda"),
        ("place", "Llanfairfechan"),
        ("email", "hr.casework@example.org"), ("email", "b.w.psych@example.org"),
        ("ni_number", "QQ 52 71 38 C"), ("date_of_birth", "2 November 1979"),
        ("street_address", "9 Lôn y Wennol"), ("postcode", "LL59 5MC"),
        ("phone", "07700 900 762"), ("phone", "0113 496 0275"),
        ("car_registration", "CN19 QXL"),
        ("url", "staffcircle.example.org/resources"), ("url", "www.lightonthestraits.example.net"),
        ("handle", "@fixedterm_lecturer"),
    ],
    "af04.txt": [
        ("name", "Pearl"), ("name", "pearl"), ("name", "Treloar"), ("name", "Honey"), ("name", "honey"),
        ("name", "Mudge"), ("name", "ivy"), ("name", "kessell"), ("name", "Poppy"), ("name", "poppy"),
        ("name", "Rendle"), ("name", "jasmine"), ("name", "adeyemi"), ("name", "Daisy"),
        ("name", "daisy"), ("name", "Pascoe"), ("place", "mount batten"), ("place", "saltash"), ("place", "efford"), ("place", "plymstock"),
        ("place", "cawsand"), ("place", "whitleigh"),
        ("workplace", "salt pan café"), ("workplace", "tamarside care home"),
        ("workplace", "gull & lantern"),
        ("phone", "07700 900 127"), ("phone", "+44 7700 900 652"),
        ("date_of_birth", "12.8.71"), ("date_of_birth", "3rd aug 1965"),
        ("url", "menomates.example.org/drop-in"), ("url", "www.tamarwalks.example.net"),
        ("email", "plymmenomates@example.com"),
        ("nhs_number", "9992418532"),
        ("street_address", "41 furzehill lane"), ("street_address", "7 quay steps"),
        ("postcode", "pl9 8mv"), ("postcode", "PL4  7CK"),
        ("car_registration", "wf18 qzi"),
        ("handle", "@salty_menopausal_swims"), ("handle", "sea.dippers.pl1"),
    ],
    "af05.txt": [
        ("name", "Rachel"), ("name", "Tomlinson"), ("name", "RT"), ("name", "Will"),
        ("name", "Ashdown"), ("name", "WA"), ("name", "Yusuf"), ("name", "Qadir"), ("name", "YQ"),
        ("name", "Sian"), ("name", "Prothero"), ("name", "SP"), ("name", "Grace"), ("name", "Fairweather"),
        ("name", "Janet"), ("name", "Orme"), 
        ("workplace", "HEDGEROW PEER NETWORK"), ("workplace", "Hedgerow Peer Network"),
        ("workplace", "Kingfisher House"), ("workplace", "Wyvern Valley Integrated Care Board"),
        ("workplace", "Marches District Council"), ("workplace", "Lugg and Arrow NHS Foundation Trust"),
        ("workplace", "Hop Kiln Hub"), ("workplace", "Coppice Barn"), ("workplace", "Cider Press Room"),
        ("workplace", "Brierley Farm Supplies"),
        ("place", "Pembridge"), ("place", "Bromyard"), ("place", "Weobley"), ("place", "Eardisley"), ("place", "Linton Brook"),
        ("car_registration", "WU21 XQI"),
        ("phone", "01632 960 583"), ("phone", "07700 900 905"),
        ("email", "hedgerow.bookings@example.org"),
        ("url", "www.hedgerowpeer.example.org"), ("handle", "@HedgerowPeer"),
        ("date_of_birth", "03/09/1974"), ("street_address", "5 Orchard Rise"),
        ("postcode", "HR3 6KM"), ("nhs_number", "999 318 2648"), ("ni_number", "ZZ 71 20 44 A"),
    ],
}

# (file, text, why) - look like identifiers but are not; never labelled.
TRICKY = [
    ("af01.srt", "Thursday", "weekday"),
    ("af01.srt", "Friday", "weekday"),
    ("af01.srt", "Poland", "country"),
    ("af01.srt", "Polish Sign Language", "national language"),
    ("af01.srt", "Zoom", "app"),
    ("af01.srt", "Samaritans", "national helpline organisation"),
    ("af01.srt", "116 123", "public Samaritans helpline number"),
    ("af01.srt", "SignHealth", "national charity"),
    ("af01.srt", "NHS 111", "public NHS helpline"),
    ("af01.srt", "Vauxhall Corsa", "car make and model"),
    ("af01.srt", "grace", "ordinary word; Grace is a name in af05"),
    ("af01.srt", "Lancashire", "county"),
    ("af01.srt", "Facebook", "platform"),
    ("af01.srt", "Christmas", "holiday"),
    ("af01.srt", "999 BSL", "public emergency video relay service"),
    ("af01.srt", "Manchester", "big city"),
    ("af01.srt", "mirtazapine 15mg", "drug and dose"),
    ("af01.srt", "room 4", "room number"),
    ("af02.txt", "Medway", "large unitary authority area"),
    ("af02.txt", "Kent", "county"),
    ("af02.txt", "Tuesday", "weekday"),
    ("af02.txt", "room 2", "room number"),
    ("af02.txt", "Appleby", "public horse fair, not a person or home"),
    ("af02.txt", "Stow", "public horse fair"),
    ("af02.txt", "diazepam 5mg", "drug and dose"),
    ("af02.txt", "Ireland", "country"),
    ("af02.txt", "Instagram", "platform"),
    ("af02.txt", "Universal Credit", "national benefit"),
    ("af02.txt", "August", "month"),
    ("af02.txt", "Shout", "national text service"),
    ("af02.txt", "85258", "public Shout text number"),
    ("af02.txt", "Traveller Movement", "national organisation"),
    ("af02.txt", "A2", "road number"),
    ("af02.txt", "TikTok", "app"),
    ("af02.txt", "Ford Transit", "car make and model"),
    ("af02.txt", "M25", "road number"),
    ("af02.txt", "Birmingham", "big city"),
    ("af02.txt", "Brummie", "demonym"),
    ("af02.txt", "joy", "ordinary word that is also a first name"),
    ("af02.txt", "Miss training", "verb, not the title Miss"),
    ("af03.odt", "room B.14", "room number"),
    ("af03.odt", "Wednesday 6 November", "meeting date"),
    ("af03.odt", "12:30 to 14:00", "meeting time"),
    ("af03.odt", "School of Law", "generic department present at every university"),
    ("af03.odt", "Psychology", "generic department"),
    ("af03.odt", "Estates", "generic department"),
    ("af03.odt", "Will", "ordinary sentence-initial verb; Will is a name in af05"),
    ("af03.odt", "Occupational Health", "generic service"),
    ("af03.odt", "Leeds", "big city"),
    ("af03.odt", "propranolol 40mg", "drug and dose"),
    ("af03.odt", "Monday", "weekday"),
    ("af03.odt", "Student Services", "generic department"),
    ("af03.odt", "Education Support", "national charity"),
    ("af03.odt", "08000 562 561", "public Education Support helpline number"),
    ("af03.odt", "116 123", "public Samaritans helpline number"),
    ("af03.odt", "Anglesey", "county"),
    ("af03.odt", "December", "month"),
    ("af03.odt", "Student F", "pseudonym"),
    ("af03.odt", "Dawn", "ordinary word (daybreak) that is also a first name"),
    ("af03.odt", "Samaritans", "national helpline organisation"),
    ("af04.txt", "plymouth", "big city"),
    ("af04.txt", "thursday", "weekday"),
    ("af04.txt", "hrt", "treatment"),
    ("af04.txt", "october", "month"),
    ("af04.txt", "evorel 50", "drug and dose"),
    ("af04.txt", "sertraline", "drug"),
    ("af04.txt", "tesco", "national chain"),
    ("af04.txt", "85258", "public Shout text number"),
    ("af04.txt", "tuesday", "weekday"),
    ("af04.txt", "Top fan", "platform badge"),
    ("af04.txt", "nhs 111", "public NHS helpline"),
    ("af04.txt", "ford fiesta", "car make and model"),
    ("af04.txt", "mind", "national charity"),
    ("af04.txt", "samaritans 116 123", "public helpline"),
    ("af04.txt", "cornwall", "county"),
    ("af04.txt", "utrogestan 100mg", "drug and dose"),
    ("af04.txt", "a38", "road number"),
    ("af04.txt", "march", "month"),
    ("af04.txt", "saturday", "weekday"),
    ("af04.txt", "facebook", "platform"),
    ("af04.txt", "insta", "app"),
    ("af05.txt", "14 May 2024", "meeting date"),
    ("af05.txt", "Room 1.07", "room number"),
    ("af05.txt", "Teams", "app"),
    ("af05.txt", "2025/26", "financial year"),
    ("af05.txt", "£48,000", "contract value"),
    ("af05.txt", "Herefordshire", "county"),
    ("af05.txt", "Wales", "country"),
    ("af05.txt", "clozapine", "drug"),
    ("af05.txt", "Section 117", "statutory provision"),
    ("af05.txt", "NHS 111 option 2", "public helpline"),
    ("af05.txt", "116 123", "public Samaritans helpline number"),
    ("af05.txt", "Mr D", "pseudonym"),
    ("af05.txt", "PIP", "national benefit"),
    ("af05.txt", "A44", "road number"),
    ("af05.txt", "NHS England", "national organisation"),
    ("af05.txt", "30 June", "action deadline"),
    ("af05.txt", "10 September 2024", "next meeting date"),
    ("af05.txt", "ICB", "generic abbreviation"),
    ("af05.txt", "July", "month"),
    ("af05.txt", "Fridays", "weekday"),
    ("af05.txt", "Samaritans", "national helpline organisation"),
]


def read_units(path: Path) -> list[str]:
    """Return the file as a list of lines (.txt/.srt) or paragraphs (.odt)."""
    if path.suffix == ".odt":
        from odf import teletype, text
        from odf.opendocument import load

        doc = load(str(path))
        return [teletype.extractText(p) for p in doc.getElementsByType(text.P)]
    return path.read_text(encoding="utf-8").split("\n")


def occurrences(units: list[str], needle: str) -> list[int]:
    """1-based unit numbers of whole-word, case-sensitive occurrences (one per hit)."""
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [i for i, u in enumerate(units, start=1) for _ in pat.finditer(u)]


def main() -> int:
    rows = []
    ok = True
    for fname, items in INVENTORY.items():
        units = read_units(HERE / fname)
        for kind, text in items:
            lines = occurrences(units, text)
            if not lines:
                print(f"NOT FOUND in {fname}: {text!r}")
                ok = False
            for ln in lines:
                rows.append((fname, ln, kind, text))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    with open(HERE / "tricky.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        w.writerows(TRICKY)
    print(f"{len(rows)} label rows, {len(TRICKY)} tricky rows")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
