"""Generate labels.csv (and tricky.csv) for the blind-am set from the per-file spec below.

Every whole-word, case-sensitive occurrence  (?<!\\w)TEXT(?!\\w)  of a spec text in its file gets one
row: file, line, kind, text.  `line` = physical line (text files), paragraph number in
python-docx Document.paragraphs order (docx), spreadsheet row number (xlsx).
Run from inside this folder after build_files.py.  verify_labels.py re-checks everything.
"""
import csv
import re
import sys

import docx
import openpyxl

T1 = "01_hull_football_wellbeing_focus_group_rev.txt"
T2 = "02_bradford_polish_mothers_facilitator_diary.docx"
T3 = "03_leeds_gp_social_prescribing_review_teams_chat.txt"
T4 = "04_whitby_bereaved_by_suicide_radio_interview.txt"
T5 = "05_sheffield_autistic_adults_signin_feedback.xlsx"
FILES = [T1, T2, T3, T4, T5]


def units(path):
    """Return list of (line_no, text) for a transcript file."""
    if path.endswith(".docx"):
        d = docx.Document(path)
        return [(i, p.text) for i, p in enumerate(d.paragraphs, start=1)]
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        out = []
        for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [str(v) for v in row if v is not None]
            out.append((r_idx, "\t".join(cells)))
        return out
    with open(path, encoding="utf-8") as fh:
        return [(i, line.rstrip("\n")) for i, line in enumerate(fh, start=1)]


SPEC = {
    T1: {
        "name": ["Jordan", "Pickersgill", "Callum", "Ramsden", "Rammy", "Tomasz", "Wróbel", "Tomek",
                 "Declan", "Featherstone", "Deccy", "Mo", "Abdi", "Gaz", "Tank", "Ostler", "Shaz"],
        "workplace": ["Full Time Lads", "Goosegate Rec", "Cod and Compass", "Kettlewell Freight", "Sutton Carr Academy",
                      "Brindley and Cross", "IronDock Gym"],
        "place": ["Bransholme", "Paull", "Hessle"],
        "street_address": ["Tidemill Street"],
        "postcode": ["HU9 3KC"],
        "phone": ["07700 900421"],
        "email": ["fulltimelads at example dot org"],
        "handle": ["@fulltimelads.hull"],
        "date_of_birth": ["Fourth of the second, ninety-nine"],
        "car_registration": ["YK19 QXI"],
    },
    T2: {
        "name": ["Hartley", "Rachel", "Hope", "Gosia", "Łucja", "Bożena", "A.H.", "Asia", "Joanna",
                 "Krzyżanowska", "Zuzia", "Gosiu", "Agnieszko", "Małgorzata", "Jędrzejczak"],
        "workplace": ["Mamy Razem", "Wellspring Perinatal Peer Service", "Lowfold Family Hub",
                      "Kawa i Konfitura"],
        "place": ["Thornton", "Zakopane", "Queensbury"],
        "street_address": ["41 Quernmoor Street"],
        "postcode": ["BD133KO"],
        "phone": ["07700 900 743", "+44 7700 900562", "0113 496 0781", "0113 496 0577"],
        "email": ["mjedrzejczak84@example.com"],
        "url": ["www.example.org/mamyrazem"],
        "nhs_number": ["999 302 4716"],
        "ni_number": ["ZZ 51 83 04 D", "ZZ 51 83 04 B"],
        "date_of_birth": ["02.11.2023", "14.06.1991"],
    },
    T3: {
        "name": ["Okonkwo", "Adaeze", "Pickles", "Dawn", "Buckley", "Mark", "Varley", "Nicholas", "Sandhu",
                 "Jaspreet", "Farrar", "Ben", "Lightowler", "Amber", "O'Driscoll", "Niamh", "kez", "J.T.",
                 "Haworth", "Ade", "marj", "JS"],
        "workplace": ["Brackenridge Surgery", "Hollin Peer Network",
                      "Ashbrook Library", "Tanhouse Fold Medical Centre", "Weaver's Bobbin",
                      "Fellside Community Centre"],
        "place": ["Bardsey"],
        "street_address": ["2 Sycamore Garth"],
        "postcode": ["LS12 4MC"],
        "phone": ["07700 900 873", "0113 496 0712 ext 224"],
        "email": ["hollinpeers@example.net", "brackenridge.sp@example.org"],
        "url": ["https://www.example.org/hollin-peer-network/timetable",
                "https://teams.example.com/l/recording/brackenridge-q4"],
        "handle": ["@HollinPeers"],
        "nhs_number": ["999 614 2051"],
        "date_of_birth": ["03/07/1958"],
        "car_registration": ["YE21 QKI"],
    },
    T4: {
        "name": ["Gwen", "Arkwright", "Bernie", "Cowling", "Kieran", "Scaife", "Tamsin", "Oddie", "Robin",
                 "Lee", "Hinchcliffe", "Margaret"],
        "workplace": ["Harbourlight FM", "Driftwood", "Coble Rooms", "Gull Rock Tyres", "Saltwick Plaice",
                      "Esk Bridge Surgery"],
        "place": ["Sleights", "Eastfield"],
        "street_address": ["Tolbooth Wynd", "14 Gannet Wynd", "Unit 4, Netherby Yard"],
        "postcode": ["YO21 3KV", "YO22  4MK"],
        "phone": ["01632 960418", "oh seven seven double oh, nine double oh, two eight six", "07700 900614"],
        "email": ["whitbysupport at example dot net", "coasttalk@example.org"],
        "url": ["harbourlight.example.org/coasttalk", "www.example.com/saltwickplaice"],
        "handle": ["@HarbourlightFM"],
        "date_of_birth": ["ninth of October ninety-three"],
    },
    T5: {
        "name": ["DAVIES", "Rhiannon", "sam", "Kit", "Brannigan", "Femi", "R.J.", "Okafor", "Siobhán",
                 "Dervan", "Patience", "Frankie", "Liv", "Bryn", "Horsfall", "Sunny", "Dale"],
        "workplace": ["Quiet Corner Collective", "Sheaf Valley Autism Hub", "Hallamgate Surgery",
                      "Kelham Forge Community Rooms"],
        "street_address": ["9 Smelter's Yard"],
        "postcode": ["s2 4co", "S7 1MK", "S3 8OC"],
        "phone": ["07700900275", "07700 900 704"],
        "email": ["pixelmoth@example.net"],
        "handle": ["@siobhanmakes", "quietfox_88"],
        "url": ["www.example.net/quietcorner"],
        "date_of_birth": ["12/08/1996", "1994-05-30", "3 Feb 2001", "30/11/1987"],
        "car_registration": ["SF15 OQK"],
        "ni_number": ["QQ 72 19 44 A"],
    },
}

# Look-alikes that must NOT be flagged (file, text, why).  Each really occurs in its file.
TRICKY = [
    (T1, "Andy's Man Club", "national men's peer-support charity; contains a first name"),
    (T1, "Samaritans", "national helpline charity"),
    (T1, "116 123", "Samaritans helpline number, not a personal phone"),
    (T1, "111 and press option 2", "NHS 111 mental-health option"),
    (T1, "Hull", "big city / setting"),
    (T1, "Gdańsk", "big city abroad, not a small place with personal detail"),
    (T1, "Poland", "country"),
    (T1, "sertraline, 100mg", "drug and dose"),
    (T1, "tank", "ordinary word; Tank is a nickname in the same file"),
    (T1, "Speaker 4", "pseudonymous speaker label"),
    (T1, "Astra", "car model, not an identifier"),
    (T1, "00:41:52", "recording duration"),
    (T1, "07/03/2024 21:14", "export date/time, not a date of birth"),
    (T1, "last March", "vague date"),
    (T1, "WhatsApp", "app"),
    (T1, "3G", "pitch surface"),
    (T1, "Kurdish", "nationality/ethnicity, not an identifier on its own"),
    (T1, "FA registration", "national football body"),
    (T2, "Bradford", "big city / setting"),
    (T2, "Leeds", "big city (facilitator grew up there)"),
    (T2, "pickles", "ordinary word; Pickles is a surname in file 03"),
    (T2, "hope", "ordinary word; Hope is a health visitor's name in this file"),
    (T2, "K.", "single initial, pseudonymous"),
    (T2, "A.", "single initial before a surname (A. Hartley); not labelled, only the surname is"),
    (T2, "Tuesday 9 January 2024", "session date, not a date of birth"),
    (T2, "Tuesday 16 January 2024", "session date heading"),
    (T2, "Tuesday 23 January 2024", "session date heading"),
    (T2, "Tuesday 30 January 2024", "session date heading"),
    (T2, "Tuesday 6 February 2024", "session date heading"),
    (T2, "Tuesday 13 February 2024", "session date heading"),
    (T2, "Universal Credit", "national benefit"),
    (T2, "DWP", "government department"),
    (T2, "Lidl", "national supermarket chain"),
    (T2, "576", "bus route number"),
    (T2, "0-19 team", "generic NHS service name"),
    (T2, "Wigilia", "Polish Christmas Eve"),
    (T2, "Co-op", "national shop chain"),
    (T2, "GDPR", "law"),
    (T3, "Leeds City Council", "large public body / commissioner's employer"),
    (T3, "ICB", "NHS integrated care board (generic)"),
    (T3, "PCN", "primary care network (generic)"),
    (T3, "EMIS", "GP clinical system"),
    (T3, "mirtazapine 15mg", "drug and dose"),
    (T3, "amber", "RAG rating; Amber is a name in this file"),
    (T3, "mark", "verb; Mark is a name in this file"),
    (T3, "dawn", "ordinary word; Dawn is a name in this file"),
    (T3, "Dr V", "title + single initial, not labelled"),
    (T3, "South Asian", "ethnicity descriptor (not the name Asia)"),
    (T3, "Punjabi-speaking", "language descriptor"),
    (T3, "21/03/2024 15:34", "export date/time"),
    (T3, "20/06/2024 14:00", "next meeting date"),
    (T3, "19 April", "deadline date"),
    (T3, "[14:12]", "message time stamp"),
    (T3, "Q4", "quarter"),
    (T3, "142 referrals", "statistic"),
    (T3, "Microsoft Teams", "software"),
    (T3, "Qashqai", "car model"),
    (T3, "(Guest)", "Teams role tag in a header"),
    (T3, "NHS 111 option 2", "national helpline"),
    (T3, "116 123", "Samaritans helpline number"),
    (T4, "Whitby", "setting town named by the show, no personal detail"),
    (T4, "Scarborough", "large town / setting"),
    (T4, "Esk Valley", "region"),
    (T4, "robin", "bird; Robin is a name in this file"),
    (T4, "lee of the chapel wall", "ordinary word lee; Lee is a name in this file"),
    (T4, "driftwood", "ordinary word; Driftwood is the group's name in this file"),
    (T4, "Coast Talk", "radio programme title"),
    (T4, "Bram Stoker", "public figure"),
    (T4, "Dracula", "fictional character"),
    (T4, "text SHOUT to 85258", "national crisis text line"),
    (T4, "SOBS", "national charity"),
    (T4, "Survivors of Bereavement by Suicide", "national charity"),
    (T4, "1987", "year a business opened"),
    (T4, "Ep. 112", "episode number"),
    (T4, "one-oh-three point four", "spoken station frequency, not a phone number"),
    (T4, "Sunday 10 March 2024", "broadcast date"),
    (T4, "PRESENTER", "role speaker label"),
    (T4, "Co-op", "national shop chain"),
    (T4, "116 123", "Samaritans helpline number"),
    (T5, "S11", "outward postcode district only (not a full postcode)"),
    (T5, "DN4", "outward postcode district only"),
    (T5, "S8", "outward postcode district only"),
    (T5, "patience", "ordinary word; Patience is a name in this file"),
    (T5, "Room 2", "room within the venue"),
    (T5, "Sheffield Libraries", "large public service"),
    (T5, "National Lottery Community Fund", "national funder"),
    (T5, "Sat 16 March 2024", "session date"),
    (T5, "Sat 13 April 2024", "next session date"),
    (T5, "M.", "single initial after a surname (Horsfall, M.); not labelled"),
    (T5, "they/them", "pronouns"),
    (T5, "Discord", "app"),
    (T5, "\u00a36.40", "money amount"),
    (T5, "12.30", "time"),
    (T5, "Mum says", "relationship word"),
    (T5, "Mr O.", "title + single initial in the name column; not labelled"),
    (T5, "S2", "outward postcode district only"),
    (T5, "S6", "outward postcode district only"),
    (T2, "Toddler Gym", "activity name, not a venue"),
    (T2, "The Hub", "short generic reference; the full venue name is labelled where it appears"),
    (T5, "Samaritans 116 123", "national helpline"),
    (T5, "NHS 111 option 2", "national helpline"),
    (T5, "text SHOUT to 85258", "national crisis text line"),
    (T5, "due 30 April", "funder deadline date"),
]


def main():
    rows = []
    missing = []
    for f in FILES:
        us = units(f)
        for kind, texts in SPEC[f].items():
            for t in texts:
                pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
                n = 0
                for ln, txt in us:
                    for _ in pat.finditer(txt):
                        rows.append((f, ln, kind, t))
                        n += 1
                if n == 0:
                    missing.append((f, t))
    order = {f: i for i, f in enumerate(FILES)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[3]))
    with open("labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print("label rows:", len(rows))
    with open("tricky.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        w.writerows(TRICKY)
    print("tricky rows:", len(TRICKY))
    if missing:
        print("SPEC TEXT NOT FOUND:", missing)
        sys.exit(1)


if __name__ == "__main__":
    main()
