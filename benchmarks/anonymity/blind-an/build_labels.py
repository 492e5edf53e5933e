"""Writes labels.csv and tricky.csv from the hand-written specs below.

Run from inside this folder:  python build_labels.py
For every (text, kind) in LABELS the script finds every whole-word,
case-sensitive occurrence ((?<!\\w)text(?!\\w)) in that file and writes one row
per occurrence with its physical line number (text files) or paragraph number
(.odt, odfpy document order, headings counted).
"""
import csv
import re

from build_odt import read_paragraphs

FILES = [
    "veterans_muckers.srt",
    "carers_focus_group.txt",
    "womens_group_bundle.odt",
    "farmers_discord.txt",
    "deaf_group_notes.md",
]


def names(*xs):
    return [(x, "name") for x in xs]


LABELS = {
    "veterans_muckers.srt": names(
        "Tindale", "SHONA", "GORDON", "KEITH", "BAZ", "Dil", "Sunita", "Brenda",
        "Tommo", "Gordy", "J.T.", "Adeyemi",
    ) + [
        ("Muckers", "workplace"),
        ("Hirstwood Welfare Hall", "workplace"),
        ("Bothal Comrades Club", "workplace"),
        ("Harle Brothers", "workplace"),
        ("Wansbeck Riverside Pavilion", "workplace"),
        ("Hollymount Surgery", "workplace"),
        ("Linton", "place"),
        ("first of January nineteen sixty-two", "date_of_birth"),
        ("QQ 40 27 18 D", "ni_number"),
        ("oh-seven-seven-double-oh, nine-double-oh, three-one-six", "phone"),
        ("NK19 QXR", "car_registration"),
        ("AshVetsBrew", "handle"),
        ("ashvets.brew@example.org", "email"),
        ("example.org/ashington-vets", "url"),
        ("NE63 0KV", "postcode"),
    ],
    "carers_focus_group.txt": names(
        "Imogen", "Kettlewell", "Pybus", "Pauline", "Alan", "Stan", "Norma",
        "Glenys", "Michelle", "Bożena", "Tadeusz", "Tadek", "Connor", "Ronnie",
        "Lumsden", "Pinkney", "Hetty", "Oyelaran", "I.K.",
    ) + [
        ("Thornlaw Memory Café", "workplace"),
        ("Dene Holme Social Club", "workplace"),
        ("Hesleden View", "workplace"),
        ("Pennybank Logistics", "workplace"),
        ("Crimdon Lane Surgery", "workplace"),
        ("Marras Arms", "workplace"),
        ("Easington Colliery", "place"),
        ("Wheatley Hill", "place"),
        ("Horden", "place"),
        ("Acre Rigg", "place"),
        ("Peterlee", "place"),
        ("42 Pitwheel Terrace", "street_address"),
        ("nine nine nine, four oh two, six one seven eight", "nhs_number"),
        ("twelfth of May thirty-nine", "date_of_birth"),
        ("NL08 QOE", "car_registration"),
        ("07700 900 481", "phone"),
        ("oh one six three two, nine six oh, seven one two", "phone"),
        ("SR8 3MW", "postcode"),
        ("SR8 3MV", "postcode"),
        ("fg4 dot peers at example dot org", "email"),
        ("www.example.net/peer-groups-north", "url"),
    ],
    "womens_group_bundle.odt": names(
        "Kerry-Ann", "Duckworth", "Kez", "Darren", "Holt", "Gemma", "Rawcliffe",
        "Nasreen", "Małgorzata", "Gosia", "Amira", "Siobhán", "Entwistle", "G.R.",
    ) + [
        ("Loom", "workplace"),
        ("Thursby Mill Rooms", "workplace"),
        ("Hollinbank Surgery", "workplace"),
        ("Hargreaves Fold Primary", "workplace"),
        ("Marsden Cross Women's Hub", "workplace"),
        ("Shuttle and Bobbin", "workplace"),
        ("Brierfield", "place"),
        ("Stoneyholme", "place"),
        ("Barrowford", "place"),
        ("Flat 3, 18 Spindle Walk", "street_address"),
        ("BB97QK", "postcode"),
        ("07700 900 612", "phone"),
        ("01632 960 388", "phone"),
        ("0161 496 0732", "phone"),
        ("sunflower86@example.com", "email"),
        ("pendlewomen.group@example.org", "email"),
        ("www.example.net/pendle-safe/plan", "url"),
        ("threads.and.tea.pendle", "handle"),
        ("17/09/1986", "date_of_birth"),
        ("9992483717", "nhs_number"),
        ("ZZ714826B", "ni_number"),
        ("PE67 KIQ", "car_registration"),
    ],
    "farmers_discord.txt": names(
        "Ștefan", "Shepherd", "bryony", "gaz", "Heather", "Dawn", "Tupsy",
    ) + [
        ("tup_whisperer", "handle"),
        ("quadbike_queen", "handle"),
        ("hefted_ewe", "handle"),
        ("bleatbox", "handle"),
        ("Fell Folk Natter", "workplace"),
        ("Eden Fold", "workplace"),
        ("Tup & Crook", "workplace"),
        ("Greenriggs Vets", "workplace"),
        ("Ravenstonedale", "place"),
        ("Garrigill", "place"),
        ("Orton", "place"),
        ("High Swinegill", "street_address"),
        ("07700 900 734", "phone"),
        ("https://forms.example.net/fellfolk-thursday", "url"),
        ("fellfolk.natter@example.com", "email"),
        ("QQ 59 31 07 A", "ni_number"),
        ("PX66 QJU", "car_registration"),
        ("px66qju", "car_registration"),
        ("07.03.1964", "date_of_birth"),
        ("CA17 4QK", "postcode"),
        ("CA10  3MX", "postcode"),
    ],
    "deaf_group_notes.md": names(
        "Ffion", "Gaskarth", "Callum", "Brough", "Oduya", "Jean",
        "Marty", "M-A-R-T-Y", "Deirdre", "D-E-I-R-D-R-E", "H-U-T-T-O-N", "Zoë",
        "Kayleigh", "Ciarán", "C.B.", "F.G.",
    ) + [
        ("Solway Signers", "workplace"),
        ("Saltpans Hall", "workplace"),
        ("Brackenholme School for the Deaf", "workplace"),
        ("Solway Alloys", "workplace"),
        ("Ellenbank Medical Practice", "workplace"),
        ("Maryport", "place"),
        ("Flimby", "place"),
        ("Moorclose", "place"),
        ("Seaton", "place"),
        ("11 Harbourgate Row", "street_address"),
        ("23 Kelpie Close", "street_address"),
        ("CA15 8KV", "postcode"),
        ("+44 7700 900947", "phone"),
        ("999 583 1201", "nhs_number"),
        ("14/02/1979", "date_of_birth"),
        ("AO70 VIQ", "car_registration"),
        ("solway.signers@example.org", "email"),
        ("https://example.net/solwaysigners/vlog", "url"),
        ("solwaysigners_vlog", "handle"),
    ],
}

TRICKY = {
    "veterans_muckers.srt": [
        ("INTERPRETER", "role label in a speaker tag; the person is the one after 'for'"),
        ("Crossmaglen", "real town named as a deployment, not where anyone lives"),
        ("Jackie Milburn", "public figure (footballer statue), not a group member"),
        ("RAF", "service branch"),
        ("RLC", "army corps abbreviation"),
        ("Gurkhas", "regiment, not a person"),
        ("Dharan", "city in Nepal named as a recruiting centre"),
        ("Nepali", "language"),
        ("April", "month; not a name in this file"),
        ("Combat Stress", "national charity"),
        ("0800 138 1619", "national helpline number (Combat Stress)"),
        ("116 123", "Samaritans helpline"),
        ("Monday 4 March 2024", "meeting date, not a date of birth"),
        ("11:47", "caption timestamp-like time"),
        ("Transit", "van model"),
    ],
    "carers_focus_group.txt": [
        ("Moderator", "role label used as speaker tag"),
        ("R3", "pseudonymous respondent label"),
        ("Alzheimer's Society", "national charity"),
        ("Alzheimer's", "disease eponym, not a person"),
        ("Dementia UK", "national charity"),
        ("Attendance Allowance", "benefit name"),
        ("June", "month here; a first name elsewhere"),
        ("Leeds", "big city, not identifying"),
        ("Poland", "country"),
        ("donepezil 10mg", "drug and dose"),
        ("NUM", "national trade union"),
        ("eighty-four", "year of the miners' strike, not a date of birth"),
        ("Corsa", "car model"),
        ("A19", "road number"),
        ("Lewy body", "disease eponym"),
        ("Durham County Council", "large public body"),
        ("Sunderland", "big city"),
        ("WhatsApp", "app"),
        ("Wednesday 6 March 2024", "meeting date"),
        ("10.30-11.55", "meeting time range that looks like a date"),
        ("11/03/2024", "date the transcript was checked, not a date of birth"),
        ("00:31:12", "audio timestamp"),
    ],
    "womens_group_bundle.odt": [
        ("Pendle", "borough-level area, not an address"),
        ("LOOM/24/017", "internal form reference, not a listed identifier kind"),
        ("27/02/2024", "form date, not a date of birth"),
        ("IDVA", "role abbreviation"),
        ("Audi A3", "car make and model"),
        ("999", "emergency number"),
        ("sertraline 100mg", "drug and dose"),
        ("Freedom Programme", "national course name"),
        ("Tuesday 5 March 2024", "meeting date"),
        ("Lancashire and South Cumbria ICB", "large NHS body"),
        ("Instagram", "app"),
        ("Urdu", "language"),
        ("National Domestic Abuse Helpline", "national helpline"),
        ("0808 2000 247", "national helpline number"),
        ("Women's Aid", "national charity"),
        ("Silent Solution", "national police scheme"),
        ("Tuesday 12 March", "meeting date"),
        ("loom", "ordinary word (weaving loom); the group is called the Loom"),
        ("K.", "single initial used in the notes; single initials are not labelled"),
        ("G.", "single initial of the facilitator; only full initials like G.R. are labelled"),
    ],
    "farmers_discord.txt": [
        ("FCN", "national charity abbreviation"),
        ("03000 111 999", "national helpline number (FCN)"),
        ("Samaritans", "national charity"),
        ("dawn", "ordinary word; Dawn is a name in the same file"),
        ("heather", "ordinary word (moorland plant); Heather is a name in the same file"),
        ("shepherd", "ordinary word; Shepherd is a surname in the same file"),
        ("2001", "year (foot and mouth), not a date of birth"),
        ("Land Rover", "vehicle make"),
        ("Hilux", "vehicle model"),
        ("Ifor Williams", "trailer brand that looks like a person's name"),
        ("Farmwatch", "generic rural crime scheme"),
        ("101", "police non-emergency number"),
        ("SFI", "government scheme abbreviation"),
        ("RPA", "government agency"),
        ("Herdwick", "sheep breed"),
        ("06/03/2024", "message timestamp date"),
        ("07/03/2024", "export date"),
        ("Today at 06:50", "message timestamp (Discord 'Today at' form)"),
        ("whatsapp", "app, lower case"),
    ],
    "deaf_group_notes.md": [
        ("BSL", "language"),
        ("RSLI", "professional registration status"),
        ("CODA", "term (child of Deaf adult)"),
        ("Cumberland Council", "large public body"),
        ("Workington", "town named as a general place"),
        ("Derry", "city"),
        ("Asda", "national supermarket chain"),
        ("Access to Work", "national scheme"),
        ("May", "month; a first name elsewhere"),
        ("Blue Badge", "national scheme"),
        ("999 BSL", "national emergency relay service"),
        ("emergencySMS", "national service"),
        ("Relay UK", "national relay service"),
        ("18001", "relay prefix"),
        ("Rose Ayling-Ellis", "public figure; Rose is also a first name"),
        ("Strictly", "TV programme"),
        ("Saturday 9 March 2024", "meeting date"),
        ("2009", "year"),
        ("F", "handshape letter / single initial"),
    ],
}

WORD = r"(?<!\w){}(?!\w)"


def file_lines(fname):
    if fname.endswith(".odt"):
        return read_paragraphs(fname)
    with open(fname, encoding="utf-8") as fh:
        return fh.read().split("\n")


def main():
    rows = []
    for fname in FILES:
        lines = file_lines(fname)
        for text, kind in LABELS[fname]:
            pat = re.compile(WORD.format(re.escape(text)))
            n = 0
            for i, line in enumerate(lines, 1):
                for _ in pat.finditer(line):
                    rows.append((fname, i, kind, text))
                    n += 1
            if n == 0:
                raise SystemExit(f"{fname}: label text not found: {text!r}")
    rows.sort(key=lambda r: (FILES.index(r[0]), r[1]))
    with open("labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    with open("tricky.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        for fname in FILES:
            for text, why in TRICKY[fname]:
                w.writerow([fname, text, why])
    from collections import Counter
    print("label rows:", len(rows))
    print("per file:", dict(Counter(r[0] for r in rows)))
    print("per kind:", dict(Counter(r[2] for r in rows)))
    print("tricky rows:", sum(len(v) for v in TRICKY.values()))


if __name__ == "__main__":
    main()
