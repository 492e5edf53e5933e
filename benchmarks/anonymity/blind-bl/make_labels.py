"""Write labels.csv for the blind-bl set.

SPEC below lists, per file, every planted identifier text and its kind.
This script finds EVERY whole-word, case-sensitive occurrence of each text
((?<!\\w)text(?!\\w)) in its file and writes one row per occurrence, so the
"every occurrence is labelled" rule holds by construction; verify_labels.py
re-checks everything independently.

Line numbering (see README.md):
  .txt / .vtt  1-based physical line
  .docx        1-based index in python-docx Document.paragraphs (headings
               counted); cells of the header table follow after the last
               body paragraph, row by row, left to right
  .csv         1-based sheet row (csv.reader row; row 1 is the notice line)
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
    "bl01_fieldside_interview.docx": {
        "name": ["Dorota", "Wi\u015bniewska", "Aoife", "Cranwell", "Au\u0161ra", "Petrauskien\u0117",
                 "Ionu\u021b", "Zbyszek", "Sandhu", "Dennis", "Mindaugas",
                 "\u0141ukasz", "Bill", "Rose", "J.T.", "Janet", "Tebbutt"],
        "workplace": ["Fieldside Peer Circle", "Haven Reach", "Brinkhall Packing",
                      "Fenlink Labour", "Wellfen Produce",
                      "Fenbridge Medical Practice"],
        "place": ["Holbeach St Marks", "Gedney Drove End"],
        "street_address": ["41 Tollgate Row"],
        "postcode": ["PE21 7OK"],
        "phone": ["07700 900417", "01632 960284"],
        "email": ["fieldside.circle@example.org", "research.fens@example.net"],
        "ni_number": ["QQ 48 27 61 C"],
        "car_registration": ["FL19 VQX"],
        "nhs_number": ["999 081 8363"],
        "date_of_birth": ["03/11/1986"],
    },
    "bl02_kettle_club_happyscribe.txt": {
        "name": ["Hope", "Gordon", "Ashby", "Den", "Pat", "Jean", "Maureen", "Concei\u00e7\u00e3o",
                 "Okonjo", "Gra\u00e7a", "Clay", "Frank", "Kerry", "Ros\u00e1rio",
                 "A-S-H-B-Y"],
        "workplace": ["Kettle Club", "Tidebank Carers", "Brambleholme Primary",
                      "Tulipa Lane Nurseries", "Sluice Hall", "Drowned Goose"],
        "place": ["Long Sutton"],
        "street_address": ["7 Reedling Drove"],
        "postcode": ["PE12  9KV"],
        "phone": ["07700 900358", "oh one six three two, nine six oh, double five one"],
        "email": ["kettleclub.notes@example.com", "sluicehallcafe at example dot org"],
        "nhs_number": ["nine nine nine, five eight four, nine two nine one"],
        "date_of_birth": ["fifth of May, 1944"],
    },
    "bl03_longcovid_discord.txt": {
        "name": ["mel", "nicola", "ruta", "gaz", "dee", "grace", "sanjay", "okafor"],
        "handle": ["tidewatcher", "kestrelwings", "PacingPenguin", "beet_and_biscuits",
                   "foggybrain_22", "sleepy.otter"],
        "workplace": ["Long Haul Lincs", "tennyson lane surgery", "oakhurst fen primary",
                      "ploughshare"],
        "place": ["rainworth"],
        "street_address": ["14 hollin yard"],
        "postcode": ["ng21 0km", "NG34 7IM"],
        "phone": ["07700 900 283"],
        "email": ["mods.longhaullincs@example.com"],
        "url": ["https://www.example.net/e/longhaul-meetup-march",
                "https://docs.example.org/longhaul/pacing-diary"],
        "car_registration": ["FN68 QXE"],
        "date_of_birth": ["22/07/1981"],
        "nhs_number": ["999 414 6548"],
    },
    "bl04_coastal_youth_panel.en.vtt": {
        "name": ["niamh", "shanice", "hardcastle", "caden", "kayden"],
        "workplace": ["tideline", "shoreline"],
        "place": ["ingoldmells"],
        "phone": ["07700900562"],
        "url": ["example.net/coastpanel"],
        "handle": ["skegpeers"],
    },
    "bl05_peer_groups_typeform.csv": {
        "name": ["Marta", "Kowalczyk", "dave", "JOAQUIM", "Lurdes",
                 "Sue", "Heather", "Chamberlain", "Derek", "Bernadette",
                 "Sanjay", "Ionela", "Dr\u0103gulescu", "kai", "kayden",
                 "Fairweather"],
        "workplace": ["Fieldside Peer Circle", "Pit Lane Lads", "Grupo Amizade",
                      "Witham Wellbeing Walkers", "Kettle Club", "Long Haul Lincs", "Shoreline"],
        "place": ["Forest Town", "Pinchbeck", "Harrowby", "Fosdyke",
                  "Chapel St Leonards", "Blidworth"],
        "email": ["poppyfield.m@example.com", "fenboy1972@example.net", "quim.spalding@example.org",
                  "skegkid2006@example.net"],
        "url": ["www.example.org/pitlanelads"],
        "phone": ["07700-900-239", "+44 7700 900871", "01632 960733"],
        "handle": ["fogandfens"],
        "date_of_birth": ["22.07.1938"],
        "nhs_number": ["999 154 0997"],
        "ni_number": ["zz 12 34 56 a"],
        "car_registration": ["YD21 QKX"],
        "postcode": ["NG31 6CV"],
    },
}


def units(path):
    """Return [(line_number, text)] for a file, using the set's numbering."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [(i, p.text) for i, p in enumerate(d.paragraphs, 1)]
        n = len(out)
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    n += 1
                    out.append((n, c.text))
        return out
    if ext == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [(i, "\u241f".join(row)) for i, row in enumerate(csv.reader(f), 1)]
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    return [(i, l.rstrip("\r")) for i, l in enumerate(data.split("\n"), 1)]


def pattern(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fname, kinds in SPEC.items():
        us = units(os.path.join(HERE, fname))
        for kind, texts in kinds.items():
            for text in texts:
                pat = pattern(text)
                hits = 0
                for ln, s in us:
                    for m in pat.finditer(s):
                        rows.append((fname, ln, m.start(), kind, text))
                        hits += 1
                if not hits:
                    raise SystemExit(f"not found: {fname}: {text!r}")
    rows.sort()
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for fname, ln, _, kind, text in rows:
            w.writerow([fname, ln, kind, text])
    print(f"labels.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
