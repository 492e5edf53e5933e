"""Builds labels.csv (and tricky.csv) from the hand-written inventory below.

For every (kind, text) in INVENTORY, every whole-word, case-sensitive occurrence
of text in that file becomes one row: file,line,kind,text.
Line numbers: .txt/.srt = physical line of the file (from 1);
.docx = body paragraphs first, then table rows, counting on (see common.py).

Run:  python build_labels.py     (then python verify_labels.py)
"""
import csv
import sys

from common import FILES, HERE, KINDS, find_spans, read_lines

INVENTORY = {
    "x01.txt": {
        "name": ["Ingrid", "Halcrow", "Dee", "Tait", "Rasmussen", "Carys", "Tommy", "Tomasz",
                 "Rodel", "Jun", "MAGNIE", "Magnie", "Erlend", "Leask", "Irvine",
                 "Jeemsie"],
        "place": ["Scalloway", "Burra", "Lerwick", "Whalsay"],
        "workplace": ["Selkie Hall", "Harvest Dawn", "Voeside Seafoods", "Westvoe Surgery",
                      "Sea Wren", "Gilbert Bain"],
        "street_address": ["6 Scallan Brae"],
        "postcode": ["ZE1 0TQ"],
        "phone": ["oh seven seven double oh, nine double oh, two one eight", "01632 96 04 17"],
        "email": ["rough.seas.group@example.org"],
        "handle": ["@roughseas_shetland"],
        "url": ["example.org/roughseas"],
        "car_registration": ["SK19 KIQ"],
    },
    "x02.srt": {
        "name": ["Delroy", "JOHNSON", "Johnson", "Mags", "Pearl", "Margaret", "Hyacinth", "Mensah",
                 "Everton", "WINSTON", "Kofi", "Priya", "CLAUDETTE", "Lloyd", "Kowalczyk"],
        "place": ["Chapeltown", "Harehills", "Potternewton", "Cowper Rise", "Roundhay Park"],
        "workplace": ["Hibiscus Lunch Club", "Burley Mills Dyeworks", "Grosvenor Medical Practice",
                      "Jimmy's", "Poplar Ward", "Amberley Homecare"],
        "street_address": ["18 Cowslip Terrace"],
        "postcode": ["LS7 3PW"],
        "phone": ["0113 496 0732", "Oh one one three, four nine six, oh seven three two",
                  "0113 4960 519"],
        "email": ["hibiscus.club@example.org"],
        "handle": ["@domino_king_49"],
        "nhs_number": ["999 146 2848"],
        "ni_number": ["ZZ 41 27 93 B"],
        "date_of_birth": ["fourth of June nineteen forty-nine"],
        "car_registration": ["YG62 QRT"],
    },
    "x03.docx": {
        "name": ["Ari", "Raizy", "Oyelaran", "Grunfeld", "Dovid", "Shmuli", "Chani", "Lieberman",
                 "Simcha", "Meir", "Abitbol", "Heshy", "Yankel"],
        "place": ["Stamford Hill", "Woodberry Down", "Clapton", "Canvey", "Springfield Park",
                  "Golders Green"],
        "workplace": ["Beis Ezra Hall", "Homerton", "Lark Ward", "Northfield Surgery",
                      "Alef Wholesale", "Tiferes Avos", "Gefen", "Ateres Hall"],
        "street_address": ["41 Kessler Walk"],
        "postcode": ["N16 6QH"],
        "phone": ["07700 900 563", "020 7946 0381"],
        "email": ["koach.men@example.net"],
        "url": ["https://example.net/koach"],
        "car_registration": ["LR68 QXE"],
        "date_of_birth": ["second of Adar, 5744", "5 February 1984"],
    },
    "x04.txt": {
        "name": ["kaz", "KAZ", "rory", "sunny", "niamh", "mcilroy", "tam", "jade", "aoife",
                 "deirdre"],
        "place": ["glengormley", "carrick", "rathcoole", "ormeau", "ballyhackamore", "holylands"],
        "workplace": ["lantern house", "lagan view high", "mcardle's chippy"],
        "street_address": ["17 ashvale mews"],
        "postcode": ["bt7 1qx"],
        "phone": ["+44 7700 900417", "07700 900852",
                  "oh seven seven double oh nine double oh three one one"],
        "email": ["starlitzine@example.com"],
        "handle": ["@glitterbin_", "@lanternhouse.youth", "@frogpond.doodles"],
        "url": ["https://example.com/lantern-house/thursday"],
        "date_of_birth": ["02/10/2008"],
    },
    "x05.txt": {
        "name": ["Lorraine", "Kirsty", "Steve", "Callum", "Dack", "Varghese", "Tendai", "Pat", "Gaz",
                 "Achterberg", "Dale", "Rosie", "Bex"],
        "place": ["Tilney All Saints", "King's Lynn", "Walpole St Andrew", "Emneth", "Fairstead"],
        "workplace": ["Tebbit Haulage", "QE", "St Edmund's Primary", "Fenside Academy", "Goosefen",
                      "Marshland Surgery", "Hollin & Rudd", "Kestrel Ward"],
        "street_address": ["Pigot's Drove"],
        "phone": ["01632 960 884"],
        "email": ["westnorfolk.parents@example.com"],
        "url": ["www.example.com/fen-parents"],
        "nhs_number": ["999 412 3688"],
        "ni_number": ["QQ 70 31 64 A"],
        "date_of_birth": ["ninth of November 1998", "23/04/1971"],
        "car_registration": ["AY08 QKN"],
    },
}

# Look-alike strings that must stay UNLABELLED: (file, text, why)
TRICKY = [
    ("x01.txt", "MODERATOR", "pseudonymous speaker label"),
    ("x01.txt", "PARTICIPANT 1", "pseudonymous speaker label, also referenced in text"),
    ("x01.txt", "Tuesday 20 January 2026", "session date, not a date of birth"),
    ("x01.txt", "22 January", "typing-up date"),
    ("x01.txt", "dawn", "ordinary word (boat is Harvest Dawn)"),
    ("x01.txt", "sertraline", "drug"),
    ("x01.txt", "50mg", "dose"),
    ("x01.txt", "£40", "money"),
    ("x01.txt", "Gdańsk", "big city abroad"),
    ("x01.txt", "Aberdeen", "big city"),
    ("x01.txt", "Shetland", "region"),
    ("x01.txt", "Fishermen's Mission", "national charity"),
    ("x01.txt", "Samaritans", "national helpline"),
    ("x01.txt", "116 123", "Samaritans public number"),
    ("x01.txt", "Up Helly Aa", "festival"),
    ("x01.txt", "A970", "road number"),
    ("x01.txt", "Co-op", "brand / chain shop"),
    ("x02.srt", "FACILITATOR", "pseudonymous speaker label"),
    ("x02.srt", "12 February 2026", "session date"),
    ("x02.srt", "Leeds", "big city"),
    ("x02.srt", "Bradford", "big city"),
    ("x02.srt", "Jamaica", "country"),
    ("x02.srt", "Birmingham", "big city"),
    ("x02.srt", "NHS 111", "public helpline"),
    ("x02.srt", "zopiclone", "drug"),
    ("x02.srt", "3.75", "dose"),
    ("x02.srt", "Carers UK", "national charity"),
    ("x02.srt", "Julie mango", "a name used as a word (mango variety)"),
    ("x02.srt", "Lloyds", "pharmacy brand (Lloyd is a labelled name)"),
    ("x02.srt", "TikTok", "app"),
    ("x02.srt", "Leeds West Indian Carnival", "festival"),
    ("x02.srt", "November", "month"),
    ("x02.srt", "Micra", "car model, not a registration"),
    ("x03.docx", "Facilitator", "pseudonymous speaker label"),
    ("x03.docx", "Member 3", "pseudonymous speaker label, also referenced in text"),
    ("x03.docx", "Sunday 15 March 2026", "session date"),
    ("x03.docx", "Pesach", "festival"),
    ("x03.docx", "Jerusalem", "big city"),
    ("x03.docx", "8.30pm", "time"),
    ("x03.docx", "OCD", "diagnosis"),
    ("x03.docx", "citalopram", "drug"),
    ("x03.docx", "20mg", "dose"),
    ("x03.docx", "simcha", "word for a celebration (Simcha is a labelled name)"),
    ("x03.docx", "Baruch Hashem", "phrase; Baruch is also a first name"),
    ("x03.docx", "Shalom bayis", "phrase; Shalom is also a first name"),
    ("x03.docx", "SHOUT", "national text service"),
    ("x03.docx", "85258", "Shout public short code"),
    ("x03.docx", "0800 58 58 58", "CALM public helpline"),
    ("x04.txt", "outreach phone", "role account, not a person"),
    ("x04.txt", "childline", "national helpline"),
    ("x04.txt", "0800 1111", "Childline public number"),
    ("x04.txt", "frank", "word ('to be frank')"),
    ("x04.txt", "grace", "word ('saving grace')"),
    ("x04.txt", "rob", "word ('dont rob')"),
    ("x04.txt", "may", "word ('may as well')"),
    ("x04.txt", "bill", "word ('foot the bill')"),
    ("x04.txt", "fluoxetine", "drug"),
    ("x04.txt", "10mg", "dose"),
    ("x04.txt", "camhs", "NHS service"),
    ("x04.txt", "tesco", "brand"),
    ("x04.txt", "belfast", "big city"),
    ("x04.txt", "st paddy's day", "festival"),
    ("x04.txt", "£3.50", "money"),
    ("x04.txt", "2A", "bus route"),
    ("x05.txt", "INTERVIEWER", "pseudonymous speaker label"),
    ("x05.txt", "RESPONDENT", "pseudonymous speaker label"),
    ("x05.txt", "10 December 2025", "session date"),
    ("x05.txt", "12 December 2025", "transcription date"),
    ("x05.txt", "A47", "road number"),
    ("x05.txt", "A17", "road number"),
    ("x05.txt", "Peterborough", "city"),
    ("x05.txt", "Cambridge", "city"),
    ("x05.txt", "Norwich", "city"),
    ("x05.txt", "Fens", "region"),
    ("x05.txt", "mirtazapine", "drug"),
    ("x05.txt", "15mg", "dose"),
    ("x05.txt", "The Compassionate Friends", "national charity"),
    ("x05.txt", "0808 808 1677", "Cruse public helpline"),
    ("x05.txt", "rose", "word (Rosie is a labelled name)"),
    ("x05.txt", "robin", "bird"),
]


def main():
    rows, problems = [], []
    for name in FILES:
        lines = read_lines(name)
        inv = INVENTORY[name]
        for kind, texts in inv.items():
            if kind not in KINDS:
                problems.append(f"{name}: unknown kind {kind}")
            for text in texts:
                hits = 0
                for i, line in enumerate(lines, 1):
                    for start, _ in find_spans(line, text):
                        rows.append((name, i, start, kind, text))
                        hits += 1
                if not hits:
                    problems.append(f"{name}: '{text}' not found")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    order = {n: k for k, n in enumerate(FILES)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for name, line, _, kind, text in rows:
            w.writerow([name, line, kind, text])
    with open(HERE / "tricky.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        for row in TRICKY:
            w.writerow(row)
    print(f"labels.csv: {len(rows)} rows; tricky.csv: {len(TRICKY)} rows")


if __name__ == "__main__":
    main()
