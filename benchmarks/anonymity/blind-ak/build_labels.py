"""Generate labels.csv and tricky.csv for the blind-ak set.

For every (text, kind) listed per file below, ALL whole-word, case-sensitive
occurrences ((?<!\\w)text(?!\\w)) are written to labels.csv, one row each,
with the 1-based physical line (text/.md) or 1-based paragraph number
(.docx, python-docx Document.paragraphs order, headings counted).

Run with: python build_labels.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

F1 = "01_grants_review_teams_transcript.txt"
F2 = "02_mens_shed_flipchart_notes.docx"
F3 = "03_postnatal_group_sms_export.txt"
F4 = "04_hoarding_peer_group_chat_wiki.md"
F5 = "05_facilitator_reflective_log_dictation.txt"

SPEC = {
    F1: [
        # names (speaker labels, surname-first Teams label, ASR spelling without diacritics)
        ("Threlfall", "name"), ("Gillian", "name"), ("Marcus", "name"),
        ("Sandra", "name"), ("Kettle", "name"), ("Conceição", "name"),
        ("Conceicao", "name"), ("Barros", "name"), ("Dennis", "name"),
        ("Mayhew", "name"), ("Pauline", "name"), ("Arbuthnot", "name"),
        ("Kez", "name"), ("Kerry", "name"),
        ("Lomax", "name"), ("Brundall", "name"),
        ("Amaral", "name"),
        ("Ormesby", "place"), ("Bradwell", "place"),
        ("Wednesday Lot", "workplace"), ("Mission Rooms", "workplace"),
        ("Cantinho", "workplace"), ("Haven Quay Seafoods", "workplace"),
        ("Breydon Labour Solutions", "workplace"), ("Café Lusitânia", "workplace"),
        ("19 Cobb Fold", "street_address"), ("7 Tollgate Passage", "street_address"),
        ("NR30 2QK", "postcode"),
        ("03/07/1961", "date_of_birth"),
        ("999 526 0182", "nhs_number"),
        ("FV66 QLJ", "car_registration"),
        ("+44 7700 900562", "phone"), ("0163 296 0228", "phone"),
        ("gill.t@example.org", "email"), ("peersupportgrants@example.org", "email"),
        ("www.example.org/eastgrants", "url"),
    ],
    F2: [
        ("R.B.", "name"), ("Col", "name"), ("Vic", "name"), ("Taff", "name"),
        ("Lenny", "name"), ("Mo", "name"), ("Stan", "name"), ("Will", "name"),
        ("J.T.", "name"), ("DW", "name"), ("Baz", "name"), ("Abdul", "name"),
        ("Doughty", "name"), ("Steve", "name"), ("Frank", "name"),
        ("Saxilby", "place"), ("Birchwood", "place"),
        ("Tuesday Diggers", "workplace"), ("Greetwell Holt Allotments", "workplace"),
        ("Witham Valley Haulage", "workplace"), ("Quarrygate Tyres", "workplace"),
        ("Ironstone Gym", "workplace"), ("Greetwell Vale Bowls Club", "workplace"),
        ("3 Pinfold Cottages", "street_address"), ("Gatehouse Drove", "street_address"),
        ("LN60VW", "postcode"), ("LN6 0VW", "postcode"),
        ("07700 900417", "phone"), ("07700 900 583", "phone"), ("01632 960771", "phone"),
        ("firstaider.bk@example.net", "email"),
        ("https://www.example.net/digger-talks", "url"),
        ("@tuesdaydiggers_lincs", "handle"),
        ("14.04.1954", "date_of_birth"),
        ("QQ 47 11 93 A", "ni_number"),
        ("YR15 QXP", "car_registration"),
    ],
    F3: [
        ("Dawn", "name"), ("Shannon", "name"), ("Precious", "name"),
        ("tendai", "name"), ("Hollie", "name"), ("Hols", "name"),
        ("carys", "name"), ("anand", "name"), ("Agnieszka", "name"),
        ("Wróbel", "name"), ("ryan", "name"), ("Aga", "name"),
        ("Kayleigh-Jo", "name"), ("Ellis", "name"),
        ("Kesgrave", "place"), ("Whitehouse", "place"),
        ("Larchmere Surgery", "workplace"), ("Small Hours", "workplace"),
        ("Bramblegate Family Hub", "workplace"),
        ("41 Cordwainer Way", "street_address"),
        ("ip3 8mk", "postcode"),
        ("14/01/24", "date_of_birth"), ("02.09.1993", "date_of_birth"),
        ("999 159 0838", "nhs_number"),
        ("ZZ 61 04 87 D", "ni_number"),
        ("EA68 QKZ", "car_registration"),
        ("+447700900311", "phone"), ("+44 7700 900311", "phone"),
        ("+447700900488", "phone"), ("+447700900652", "phone"),
        ("01632 960415", "phone"),
        ("smallhours.group@example.com", "email"),
        ("example.org/smallhours-ipswich", "url"),
    ],
    F4: [
        ("Kwame", "name"), ("Bev", "name"), ("Dorota", "name"), ("tash", "name"),
        ("Ray", "name"), ("Penny", "name"), ("keeley", "name"),
        ("Lister", "name"), ("Quarmby", "name"), ("marianne", "name"),
        ("Eye", "place"),
        ("Clear Space Circle", "workplace"), ("Paston Reach Community Centre", "workplace"),
        ("Nene Side Logistics", "workplace"), ("Lindenfield Surgery", "workplace"),
        ("Fenbridge Lettings", "workplace"), ("Weir House Tavern", "workplace"),
        ("22 Hempsted Walk", "street_address"),
        ("pe4  7ck", "postcode"),
        ("+44 7700 900734", "phone"), ("447700900812", "phone"),
        ("clearspacecircle@example.org", "email"),
        ("https://www.example.com/pboro-peer-review", "url"),
        ("example.net/clearspace/pip-guide", "url"),
        ("@binbag.brave.pboro", "handle"), ("@clearspace.circle", "handle"),
        ("23/11/1958", "date_of_birth"),
        ("999 016 6137", "nhs_number"),
        ("ZZ 93 18 27 B", "ni_number"),
        ("KN17 QIV", "car_registration"),
    ],
    F5: [
        ("ines", "name"), ("John", "name"), ("Leandro", "name"), ("Keem", "name"),
        ("Sebastian", "name"), ("Grassa", "name"), ("Fatima", "name"),
        ("Domingas", "name"), ("Zay", "name"), ("Craig", "name"),
        ("Gonsalves", "name"), ("concession", "name"), ("Eenesh", "name"),
        ("Sutterton", "place"), ("Fishtoft", "place"), ("Wrangle", "place"),
        ("Roda de Conversa", "workplace"), ("roader conversa", "workplace"),
        ("Fenmarsh Produce", "workplace"), ("Pilgrim Fields Surgery", "workplace"),
        ("Quayline Staffing", "workplace"), ("Mercer's Yard Hall", "workplace"),
        ("Skirth Lane Primary", "workplace"),
        ("three sluice row", "street_address"),
        ("pe 21 9 ok", "postcode"),
        ("oh seven seven double oh nine double oh two six one", "phone"),
        ("0121 496 0735", "phone"),
        ("jobs dot boston at example dot net", "email"),
        ("second of august nineteen seventy nine", "date_of_birth"),
        ("9991860916", "nhs_number"),
        ("cue cue 58 20 41 a", "ni_number"),
    ],
}

# (file, text, why) - look-alikes that appear in the transcripts and must NOT be flagged
TRICKY = [
    (F1, "kettle", "ordinary noun (put the kettle on); the surname Kettle is capitalised"),
    (F1, "Samaritans", "national charity"),
    (F1, "116 123", "Samaritans national helpline number"),
    (F1, "Home Office", "government department"),
    (F1, "National Insurance", "name of the scheme, no number given"),
    (F1, "Yarmouth", "town named as where the group meets, no personal detail"),
    (F1, "Madeira", "region of origin, country-level"),
    (F1, "Angola", "country"),
    (F1, "Fátima", "Portuguese pilgrimage town/shrine; the name Fatima is a person only in file 05"),
    (F1, "Norwich", "city, where a course is held"),
    (F1, "Recovery College", "generic NHS service type"),
    (F1, "Mind", "national charity"),
    (F1, "DBS", "type of criminal-record check"),
    (F1, "Guest", "Teams role label for an unauthenticated attendee"),
    (F1, "Public Health", "department in a speaker label; the name part Marcus is labelled, E is a single initial"),
    (F1, "Tuesday 26 March", "next meeting date, not a date of birth"),
    (F1, "March 12, 2024, 2:03PM", "meeting timestamp in the header"),
    (F1, "20240312_140302", "recording file timestamp"),
    (F1, "WhatsApp", "app"),
    (F1, "Trust", "generic NHS trust, not named"),
    (F2, "Plot 14", "allotment plot number, not a postal address on its own"),
    (F2, "Jobcentre", "national public employment service"),
    (F2, "Andy\u2019s Man Club", "national charity; Andy is not a group member"),
    (F2, "AMC", "abbreviation of the national charity"),
    (F2, "Monty Don", "TV gardener, public figure"),
    (F2, "Imps", "nickname of a professional football club"),
    (F2, "sertraline 100mg", "drug and dose"),
    (F2, "frank", "ordinary adjective (to be frank); Frank is a name in the same file"),
    (F2, "will", "ordinary verb; Will is a name in the same file"),
    (F2, "Tuesday", "weekday; part of the group name only in 'Tuesday Diggers'"),
    (F2, "L.", "single initial on a sticky note - not labelled by convention"),
    (F2, "DOB", "field abbreviation"),
    (F2, "Berlingo", "car model"),
    (F2, "Tue 12 March", "meeting date"),
    (F3, "dawn", "ordinary noun (up since dawn); Dawn is the facilitator's name"),
    (F3, "precious", "ordinary adjective; Precious is a member's name"),
    (F3, "small hours", "ordinary phrase; the group name is Small Hours"),
    (F3, "Samaritans", "national charity"),
    (F3, "SHOUT", "national crisis text service"),
    (F3, "85258", "national crisis text short code"),
    (F3, "111", "NHS 111 service number"),
    (F3, "sertraline 50mg", "drug and dose"),
    (F3, "Harare", "capital city"),
    (F3, "NHS App", "national app"),
    (F3, "Co-op", "national retail chain, meeting point"),
    (F3, "Galaxy A14", "phone model in the export header"),
    (F3, "19/03/2024", "appointment date, not a date of birth"),
    (F3, "Me", "export label for the phone owner"),
    (F3, "Juke", "car model"),
    (F3, "Dziękuję", "Polish for thank you, not a name"),
    (F4, "eye", "ordinary noun (keep an eye on); Eye is a village in the same file"),
    (F4, "penny", "ordinary noun (the penny dropped); Penny is a member"),
    (F4, "Hoarding UK", "national charity"),
    (F4, "Marie Kondo", "public figure"),
    (F4, "Stacey Solomon", "public figure"),
    (F4, "clutter image rating", "published assessment scale"),
    (F4, "environmental health", "council service, not named"),
    (F4, "charity shop", "generic shop type"),
    (F4, "WhatsApp", "app"),
    (F4, "HMRC", "government department"),
    (F4, "PIP", "national benefit"),
    (F4, "facilitator", "role label in the speaker name 'Bev (facilitator)'"),
    (F4, "Yaris", "car model"),
    (F4, "412 messages", "count in a wiki note"),
    (F4, "tiktok", "app"),
    (F5, "wrangle", "ordinary verb; Wrangle is a village in the same file"),
    (F5, "Boston", "town where the group meets, no personal detail"),
    (F5, "Great Yarmouth", "town, proposed joint session"),
    (F5, "Birmingham", "big city"),
    (F5, "Viseu", "city in Portugal"),
    (F5, "Sagres", "town in Portugal"),
    (F5, "Portuguese", "language/nationality"),
    (F5, "fourteenth of march", "session date, spoken"),
    (F5, "ok", "filler word; it also ends the spoken postcode 'pe 21 9 ok'"),
    (F5, "obrigado", "Portuguese for thank you"),
    (F5, "half seven", "time"),
]


def units(path):
    if path.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def main():
    rows = []
    for fname, items in SPEC.items():
        lines = units(os.path.join(HERE, fname))
        for text, kind in items:
            pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
            found = 0
            for i, line in enumerate(lines, 1):
                for m in pat.finditer(line):
                    rows.append((fname, i, m.start(), kind, text))
                    found += 1
            if not found:
                raise SystemExit(f"not found in {fname}: {text!r}")
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for f, ln, _, k, t in rows:
            w.writerow([f, ln, k, t])
    with open(os.path.join(HERE, "tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        for r in TRICKY:
            w.writerow(r)
    print(f"labels.csv: {len(rows)} rows; tricky.csv: {len(TRICKY)} rows")


if __name__ == "__main__":
    main()
