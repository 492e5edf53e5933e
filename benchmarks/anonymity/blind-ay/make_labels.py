"""Generate labels.csv and tricky.csv from the per-file dictionaries below.

Every whole-word, case-sensitive occurrence ((?<!\\w)text(?!\\w)) of a labelled
text in its file becomes one row, so the label dictionaries are the single
source of truth.  Run with .venv/bin/python make_labels.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

F1 = "01_zoom_chat_belfast.txt"
F2 = "02_case_notes_newry.docx"
F3 = "03_radio_phonein_omagh.txt"
F4 = "04_captions_derry.srt"
F5 = "05_whatsapp_ballymena.txt"
FILES = [F1, F2, F3, F4, F5]


def lines_of(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        from docx import Document
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def by_kind(**kw):
    out = {}
    for kind, texts in kw.items():
        for t in texts:
            assert t not in out, t
            out[t] = kind
    return out


LABELS = {
    F1: by_kind(
        name=["Gráinne", "McAteer", "Grainne", "Bronagh", "oisin", "breslin", "Oisín", "J.T.",
              "pádraig", "Padraig", "Devlin", "Speers", "Hilary", "Gault", "Davy", "Eamon"],
        workplace=["Cairde Peer Support", "St Fiacre's", "Harbourside Logistics", "Glenside Gaels",
                   "Carnview Flute Band", "Forthriver Medical Practice", "Carnanmore Primary School",
                   "Millbrae Community Rooms"],
        place=["Glencairn", "Ligoniel", "Ballysillan"],
        street_address=["41 Tullyvarna Crescent"],
        date_of_birth=["03/11/1979"],
        nhs_number=["999 412 6636"],
        phone=["07700 900 583", "028 9649 6218"],
        url=["https://example.org/cairde/have-your-say", "https://example.org/cairde/wellbeing-plan"],
        email=["commissioning.north@example.net", "tuesdaycircle@example.org"],
        postcode=["BT14 8KO"],
        car_registration=["MW68 OQI"],
        handle=["@thistleandthornart"],
    ),
    F2: by_kind(
        name=["Caoimhe", "Ní", "Bhriain", "Ciarán", "McGlinchey", "R.O’H.", "D.McK.", "Hazel",
              "O’Hagan", "Bernadette", "Strain", "Keown"],
        workplace=["Clanrye Peer Circle", "St Dallán’s Parish Centre", "Shanroe Emmets",
                   "Altnamackan Pride of the Hill Flute Band", "Gullion Precast", "Mourneview Surgery"],
        place=["Cullyhanna", "Bessbrook", "Tullyhappy"],
        street_address=["16 Ardglassan Terrace"],
        postcode=["BT35 6KV"],
        car_registration=["YG15 KIQ"],
        phone=["028 9649 6455", "07700 900 214"],
        date_of_birth=["21.07.1964"],
        nhs_number=["9992034459"],
        ni_number=["ZZ 48 23 61 B"],
        handle=["@oul_slieve_walker"],
        url=["https://example.com/monitoring/clanrye-q4"],
        email=["clanrye.circle@example.com"],
    ),
    F3: by_kind(
        name=["Declan", "Mulgrew", "Niamh", "Maggie", "Teague", "Sandy", "Wylie", "Mags", "Tam",
              "Gerry", "Róisín"],
        place=["Fintona", "Drumquin", "Beragh", "Irvinestown", "Carrickmore"],
        workplace=["Sperrin Sound FM", "Tea and Talk Circle", "Drover's Rest", "Strule Valley Health Centre",
                   "Drumlegagh Flute Band", "Gortnagross Éire Óg"],
        phone=["oh two eight, nine six four nine, six three one one",
               "oh seven seven double oh, nine hundred, seven oh two"],
        url=["example.com/tyrone-groups"],
        email=["latelineomagh at example dot net"],
        handle=["@LateLineSperrin"],
        street_address=["Unit 4, Gortmore Business Park"],
        postcode=["BT78 1MV"],
        date_of_birth=["ninth of January 1958"],
    ),
    F4: by_kind(
        name=["DEIRDRE", "Dee", "Colm", "Orla", "Grace", "Fergal", "Gallagher", "Rían"],
        place=["Claudy", "Creggan"],
        workplace=["Maiden City Peer Circle", "Glenowen Hall", "Corrody Shirt Company", "Walled Wren",
                   "Ballougry Primary School", "Foyle Access Subtitling"],
        street_address=["5 Glenowen Row"],
        postcode=["BT48 0KM"],
        phone=["07700 900 861"],
        email=["maidencitycircle@example.net"],
        url=["www.example.net/maidencity/panel"],
        handle=["@maidencitypeers"],
        car_registration=["MX19 QIV"],
        date_of_birth=["2nd of March 2019"],
    ),
    F5: by_kind(
        name=["Ivan", "Bell", "Wilma", "Lorraine", "Sammy", "heather", "Gordy", "Doreen",
              "Bertie", "Hanna"],
        phone=["+44 7700 900462", "07700900318", "028 9649 6730"],
        workplace=["Braid Peer Support", "Slemish View Community Hall", "Braidwater Tyres",
                   "Kirkinriola Loyal Flute Band", "Braidside Medical Practice"],
        place=["Gracehill", "Ballykeel"],
        street_address=["22a Tullygarley Row"],
        postcode=["BT43  6KQ"],
        url=["https://maps.example.com/?q=54.8631,-6.2783", "https://example.com/join/BraidPeer7Qx"],
        email=["braidpeers@example.com"],
        handle=["@slemishscones"],
        car_registration=["pn67 xqi"],
        date_of_birth=["14/03/1990"],
        ni_number=["QQ527109C"],
    ),
}

# (text, why) look-alikes that must NOT be flagged; each really occurs in its file.
TRICKY = {
    F1: [
        ("Facilitator", "pseudonymous role label in Zoom display name"),
        ("Member 4", "pseudonymous Zoom display name"),
        ("Everyone", "Zoom recipient keyword"),
        ("Direct Message", "Zoom private-message marker"),
        ("Tuesday", "meeting day"),
        ("Thursday", "meeting day of another group"),
        ("Zoom", "app"),
        ("WhatsApp", "app"),
        ("Trust", "public health body (commissioner), not an employer of a member"),
        ("Lisburn", "city"),
        ("Great Victoria Street", "major public railway station, not an address"),
        ("Birmingham", "big city (emigration through the Troubles)"),
        ("1974", "year"),
        ("100mg", "dose"),
        ("sertraline", "drug"),
        ("strain", "ordinary word; Strain is a surname in 02"),
        ("iPad", "device in Zoom display name"),
        ("Fiesta", "car model"),
        ("19:18:10", "chat timestamp"),
        ("the 18th", "meeting date"),
        ("brb", "chat shorthand"),
        ("under 12s", "age-group team, not a club name"),
    ],
    F2: [
        ("Newry", "city in venue line"),
        ("Thursday 6 February 2025", "meeting date"),
        ("07/02/2025", "date the notes were written, not a DOB"),
        ("20 February", "meeting/booking date"),
        ("Friday 14 February", "supervision date"),
        ("M1–M9", "pseudonymous member codes"),
        ("M4", "pseudonymous member code"),
        ("Facilitator", "role label"),
        ("Co-facilitator", "role label"),
        ("CPC/FN/2025-014", "file reference number, not personal"),
        ("Trust", "public health body"),
        ("London", "big city (left through the Troubles)"),
        ("1973", "year"),
        ("1980s", "decade"),
        ("Slieve Gullion", "mountain / region"),
        ("heather", "plant; heather is a name in 05"),
        ("mirtazapine 30mg", "drug and dose"),
        ("PIP", "benefit"),
        ("Aware NI", "national charity"),
        ("Lifeline", "helpline"),
        ("0808 808 8000", "public helpline number"),
        ("Samaritans", "national charity"),
        ("116 123", "public helpline number"),
        ("Protestant", "religion, not an identifier"),
        ("Astra", "car model"),
        ("Instagram", "app / platform"),
    ],
    F3: [
        ("PRESENTER", "role speaker label"),
        ("CALLER", "role speaker label"),
        ("Omagh", "big town"),
        ("Bann", "river / region"),
        ("Tyrone", "county"),
        ("Fermanagh", "county"),
        ("Glasgow", "big city (left through the Troubles)"),
        ("1981", "year"),
        ("Seamus Heaney", "public figure"),
        ("heather", "plant; heather is a name in 05"),
        ("sandy", "ordinary word; Sandy is a caller here"),
        ("propranolol", "drug"),
        ("GAA", "national sporting body"),
        ("Trust", "public health body"),
        ("Lifeline", "helpline"),
        ("0808 808 8000", "public helpline number"),
        ("Samaritans", "national charity"),
        ("116 123", "public helpline number"),
        ("22:58", "time"),
        ("Wednesday", "meeting day"),
        ("Monday nights", "meeting time"),
        ("five past ten", "spoken time, not a number to flag"),
    ],
    F4: [
        ("Facilitator", "role speaker label in captions"),
        ("Derry", "city"),
        ("Waterside", "large district of the city"),
        ("Bogside", "large district of the city"),
        ("Manchester", "big city (left through the Troubles)"),
        ("1972", "year"),
        ("grace", "ordinary word; Grace is a member here"),
        ("Phil Coulter", "public figure"),
        ("Facebook", "app / platform"),
        ("Lifeline", "helpline"),
        ("0808 808 8000", "public helpline number"),
        ("Christmas", "holiday"),
        ("00:00:01,000", "caption timestamp"),
        ("seven o'clock", "time"),
    ],
    F5: [
        ("bell", "ordinary word; Bell is a member's surname here"),
        ("Thursday", "meeting day"),
        ("WhatsApp", "app"),
        ("Armagh", "city"),
        ("Trust", "public health body"),
        ("Canada", "country (left through the Troubles)"),
        ("1976", "year"),
        ("PIP", "benefit"),
        ("Ballymena Showgrounds", "large public venue for an open day"),
        ("Moravian", "denomination"),
        ("PTT-20250308-WA0007.opus", "voice-note filename with a date, not a DOB"),
        ("<Media omitted>", "export placeholder"),
        ("03/03/2025, 18:02", "export timestamp, not a DOB"),
        ("This message was deleted", "export placeholder"),
        ("GP", "generic role"),
        ("Friday", "day"),
        ("C", "single initial in a saved contact name (Lorraine C), not labelled"),
        ("You", "WhatsApp export marker for the exporting phone's owner"),
    ],
}


def occurrences(line, text):
    return list(re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line))


def main():
    rows = []
    for f in FILES:
        lines = lines_of(f)
        for i, line in enumerate(lines, 1):
            for text, kind in LABELS[f].items():
                for _ in occurrences(line, text):
                    rows.append((f, i, kind, text))
    rows.sort(key=lambda r: (FILES.index(r[0]), r[1]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "tricky.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        for f in FILES:
            for text, why in TRICKY[f]:
                w.writerow([f, text, why])
    print(len(rows), "label rows;", sum(len(v) for v in TRICKY.values()), "tricky rows")
    for f in FILES:
        for text in LABELS[f]:
            if not any(occurrences(l, text) for l in lines_of(f)):
                print("UNUSED LABEL", f, text)


if __name__ == "__main__":
    main()
