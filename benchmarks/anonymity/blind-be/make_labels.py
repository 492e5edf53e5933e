"""Write labels.csv for the blind-be set.

For every transcript the planted identifiers are listed once (text -> kind);
every whole-word, case-sensitive occurrence of each text is then located and
written as its own row (file, line, kind, text).

Line numbers:
  .txt / .vtt / .srt  1-based physical line
  .csv                1-based row number (header = row 1; no field holds a newline)
  .docx               paragraph number in Document.paragraphs order (headings
                      counted); text inside a table gets the number of the last
                      paragraph before that table.

Run from anywhere:  python make_labels.py   (paths are relative to this folder)
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = {
    "hull_grimsby_agency_workers_trint.docx": {
        "name": ["Agnieszka", "Nowicka", "Ionuț", "Bălan", "Ionut", "Darek", "Florin", "J.T.",
                 "Gosia", "Ștefania", "Małgorzata", "Halina", "Vasile", "Pickersgill"],
        "workplace": ["Razem", "Gantry Rooms", "Coldharbour Seafoods", "Wyke Bridge Surgery",
                      "Ferrymark"],
        "street_address": ["14 Brinkle Street"],
        "place": ["Nunsthorpe", "Bransholme", "Orchard Park"],
        "date_of_birth": ["03/08/1990", "third of August"],
        "ni_number": ["ZZ 63 04 18 A"],
        "nhs_number": ["nine nine nine, five two six, oh one eight two"],
        "car_registration": ["YK16 QFT"],
        "phone": ["07700 900 146"],
        "email": ["peercircle.humber@example.org"],
        "url": ["www.example.com/pl-ro-leaflet"],
        "postcode": ["HU9 1OK"],
    },
    "bradford_keighley_bsl_zoom_chat.txt": {
        "name": ["bev", "Nadia", "Jules", "Tariq", "Kiran", "Sunny", "Dawn", "Whitworth", "Jan",
                 "Leatherbarrow", "Pawlowski", "Andrew"],
        "workplace": ["Bright Hands", "Holmefield", "Mapleford Packaging", "Lundholme Surgery",
                      "Worthside Rooms", "Wyvern Hill School for the Deaf"],
        "place": ["Braithwaite", "silsden"],
        "street_address": ["3 Tarn Croft"],
        "postcode": ["BD21 3MV"],
        "handle": ["@brighthands.bfd"],
        "email": ["airedale.peers@example.net"],
        "url": ["example.org/brighthands-training"],
        "phone": ["07700 900 583", "0113 496 0712"],
        "nhs_number": ["9991590838", "999 159 0838"],
        "date_of_birth": ["17/06/1979"],
    },
    "swaledale_hill_farmers_otter.csv": {
        "name": ["Heather", "Jonty", "Wilf", "Callum", "Raw", "Dot", "Margaret", "Kev",
                 "Sagoo", "Alderson"],
        "workplace": ["Heft Talk", "Fleece and Crook", "Swale Gill Vets", "Wensley Fold Dairies",
                      "Kisdon Side Primary"],
        "place": ["Thwaite", "Muker", "Keld", "Gunnerside", "Askrigg"],
        "phone": ["oh one six three two, nine six oh, two two seven"],
        "email": ["upthedale@example.net"],
        "url": ["example.net/dales-newsletter"],
        "handle": ["@swaleyowes"],
        "car_registration": ["YJ68 QWN"],
        "date_of_birth": ["fourteenth of February, nineteen forty-seven"],
        "street_address": ["Blea Dubbin Farm"],
        "postcode": ["DL 11 6QK"],
    },
    "scarborough_mens_shed_flipchart_ocr.txt": {
        "name": ["Col", "Tez", "Dougle", "Dougie", "Mick", "Frank", "Stan", "Kev", "R.W.",
                 "Ozzie", "Fother", "gill", "Agarwal"],
        "workplace": ["DRIFTWOOD SHED", "Gildercliffe", "Gannet & Anchor",
                      "Northstead Lane Surgery"],
        "street_address": ["Unit 4, Gannet Yard"],
        "postcode": ["Y012 4CV"],
        "phone": ["O77OO 9OO 8l2", "01632 96O 355"],
        "email": ["driftwood.shed@example.org"],
        "handle": ["@drift_wood_scarb"],
        "car_registration": ["YC09 QLM"],
        "date_of_birth": ["12.7.58", "3/1/49"],
        "ni_number": ["QQ 40 27 19 D"],
        "place": ["Barrowcliff", "Eastfield", "Cloughton"],
    },
    "yh_peer_network_meet_captions.vtt": {
        "name": ["Rachel", "Ioana", "Keith", "Sameera", "Agnieszka", "Mihaela", "Dom"],
        "workplace": ["Împreună", "Café Cireșica", "Razem", "Gantry Rooms", "Hollin Gate Barn",
                      "Bright Hands", "Driftwood Shed"],
        "place": ["Waltham", "Buckden"],
        "postcode": ["B D 23 5 M X"],
        "car_registration": ["yankee kilo one nine quebec delta india"],
        "nhs_number": ["nine nine nine oh one six six one three seven"],
        "date_of_birth": ["second of November eighty-eight"],
        "url": ["example.com/yh-peer-grants"],
        "email": ["k dot brack at example dot org", "d.ferriby@example.com"],
        "phone": ["011 349 60321"],
    },
}

FILE_ORDER = list(LABELS)


def units(path):
    """Yield (line_number, text) units for a transcript, following the line conventions."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = docx.Document(path)
        n = 0
        for child in doc.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                n += 1
                yield n, Paragraph(child, doc).text
            elif tag == "tbl":
                for row in Table(child, doc).rows:
                    for cell in row.cells:
                        yield n, cell.text
    else:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        for i, line in enumerate(text.splitlines(), 1):
            yield i, line


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fname in FILE_ORDER:
        path = os.path.join(HERE, fname)
        flat = [(kind, t) for kind, ts in LABELS[fname].items() for t in ts]
        found = []
        for ln, txt in units(path):
            for kind, t in flat:
                for m in word_re(t).finditer(txt):
                    found.append((ln, m.start(), kind, t))
        counts = {}
        for _, _, _, t in found:
            counts[t] = counts.get(t, 0) + 1
        missing = [t for _, t in flat if t not in counts]
        if missing:
            raise SystemExit(f"{fname}: label text never found: {missing}")
        found.sort()
        rows += [(fname, ln, kind, t) for ln, _, kind, t in found]
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"labels.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
