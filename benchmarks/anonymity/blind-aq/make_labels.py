"""Regenerate labels.csv from the label spec below.

Run from inside this folder:  python make_labels.py [--show]
For every (file, kind, text) in SPEC it writes one row per whole-word,
case-sensitive occurrence ((?<!\\w)text(?!\\w)) with the 1-based physical line
(text/.vtt) or paragraph number / table row number (.docx).
--show prints every occurrence in context, for manual review.
"""
import csv
import re
import sys

from docx import Document

SPEC = {
    "01_teams_breadfruit_circle.txt": {
        "name": ["Beverley", "Clarke", "Winston", "Ambrose", "Hyacinth", "Barrett",
                 "HOLLIS", "Maureen", "Cynthie", "Delroy", "Okonkwo", "Lindo", "Sonia",
                 "Jermaine"],
        "workplace": ["Breadfruit Circle", "Marlstone Surgery", "Stokeleigh Infirmary",
                      "Calloway House"],
        "place": ["Kingswood", "Mocho", "Croft Vale"],
        "street_address": ["41 Quarrington Road", "Forty-one Quarrington Road"],
        "postcode": ["BS5 0MK"],
        "phone": ["+44 117 496 0372", "Oh seven seven double oh, nine double oh, two six one",
                  "0117 496 0825"],
        "email": ["bev.circle@example.org", "prescribing.team@example.org"],
        "date_of_birth": ["Fourth of August, forty-seven"],
        "nhs_number": ["nine nine nine, five two six, oh one eight two"],
    },
    "02_grant_panel_minutes.docx": {
        "name": ["Zoë", "Ellery", "Z.E.", "Priya", "Raghunathan", "Marek", "Wiśniewski",
                 "M.W.", "Femi", "Adeyemi-Clarke", "FAC", "Siân", "Pritchard", "Hollie",
                 "Brandt", "HB", "Rhiannon", "Cole-Mensah", "RCM", "Dev", "Lakhani", "DL"],
        "workplace": ["Levelstone Community Foundation", "Bramble Park Medical Centre",
                      "Ridgeway Bipolar Peer Network", "Wyvern Works",
                      "Tanhouse Leisure Centre", "Drover’s Rest"],
        "street_address": ["22 Kestrel Row", "Tallow Row"],
        "postcode": ["SN2 1KC"],
        "phone": ["07700 900 517", "01632 960214"],
        "email": ["ridgewaypeers@example.org"],
        "ni_number": ["ZZ 48 31 72 B"],
        "date_of_birth": ["03.09.1989"],
        "car_registration": ["YK67 QRV"],
    },
    "03_whatsapp_queerfolk_exe.txt": {
        "name": ["Ash", "robin", "kit", "River", "Mateus", "Dani", "Trebilcock", "Gerald",
                 "jess"],
        "workplace": ["Queerfolk Exe", "Cobbler’s Loft", "Haldon Rise Pool",
                      "Kestle Youth Trust"],
        "street_address": ["17 Fennick Lane", "Flat 2, 58 Wrenfield Road"],
        "postcode": ["ex4 6mv"],
        "place": ["Crediton", "Topsham"],
        "phone": ["+44 7700 900631", "447700900715", "07700900248"],
        "email": ["swimnight.exe@example.com", "youthwork.team@example.org"],
        "url": ["https://www.example.org/swimnight",
                "https://example.org/queerfolk-exe/feedback"],
        "handle": ["@tplus_swimnight", "@thursdaysoftness"],
        "date_of_birth": ["17/11/2003"],
        "nhs_number": ["999 016 6137"],
        "car_registration": ["wx17 qev"],
    },
    "04_even_keel_captions.vtt": {
        "name": ["Dee", "Tash", "Gaz", "Hope", "Bex", "Moz", "Fern", "Castellano-Reid",
                 "Siobhán", "Kowalczyk"],
        "workplace": ["Even Keel", "Beaufort Rooms", "Leckhampton Vale Primary",
                      "Larchfield Unit"],
        "place": ["Prestbury", "Hesters Way", "Winchcombe"],
        "phone": ["oh one six three two, nine six oh, four one eight"],
        "email": ["evenkeel dot chelt at example dot org"],
        "url": ["example.net/evenkeel"],
        "handle": ["@moodforecast_chelt"],
        "nhs_number": ["Nine nine nine, one eight six, oh nine one six"],
        "date_of_birth": ["twelfth of the fourth, eighty-eight"],
        "ni_number": ["QQ 40 28 17 C"],
        "car_registration": ["WR19 QKD"],
    },
    "05_surf_fieldnotes.txt": {
        "name": ["Moyle", "Dawn", "Jago", "Col", "Lowenna", "Kofi", "Sunny", "Marsh",
                 "Ngozi", "Trelawny", "Bastable", "Pascoe", "Sunil", "Adébáyọ̀", "K.M."],
        "workplace": ["Saltwater Minds", "Tamarside University", "Coxside Bakery",
                      "Harbourlight Surf School"],
        "place": ["Ivybridge", "Modbury", "Thurlestone"],
        "street_address": ["4 Quillet Cottages"],
        "postcode": ["TQ7 3KV"],
        "phone": ["07700 900733", "07700-900-418"],
        "email": ["reef.project@example.net"],
        "handle": ["@saltwaterminds_plym"],
        "nhs_number": ["999 390 9963"],
        "date_of_birth": ["2.2.61"],
        "car_registration": ["WK21 QOE", "KX09 VIQ"],
    },
}


def units(path):
    """Yield (line_number, text) units: physical lines, or docx paragraphs + table rows."""
    if path.endswith(".docx"):
        doc = Document(path)
        for i, p in enumerate(doc.paragraphs, 1):
            yield i, p.text
        for t in doc.tables:
            for i, row in enumerate(t.rows, 1):
                yield i, "\t".join(c.text for c in row.cells)
    else:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f.read().split("\n"), 1):
                yield i, line


def main():
    show = "--show" in sys.argv
    rows = []
    for fn, kinds in SPEC.items():
        us = list(units(fn))
        for kind, texts in kinds.items():
            for t in texts:
                pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
                n = 0
                for ln, u in us:
                    for m in pat.finditer(u):
                        rows.append((fn, ln, kind, t))
                        n += 1
                        if show:
                            print(f"{fn}:{ln} [{kind}] {t!r}: ...{u[max(0, m.start()-35):m.end()+35]}...")
                if n == 0:
                    print("NOT FOUND", fn, t)
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(len(rows), "label rows written")


if __name__ == "__main__":
    main()
