#!/usr/bin/env python3
"""Generate labels.csv from the per-file list of planted identifiers.
Every whole-word, case-sensitive occurrence of a listed text becomes one row.
Run with python (needs python-docx for sp03.docx)."""
import csv, os, re
HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
 "sp01.vtt": {
  "name": ["Ayodele", "Okafor", "Morag", "Cruickshank", "Dougie", "Bain", "Kirsty", "Ewan",
           "Sandy", "Grant", "Mair", "Isla"],
  "car_registration": ["SV19 KXR"], "workplace": ["Saltire Smokehouse"], "place": ["Rosehearty"],
  "url": ["www.example.org/broch-fishers-talk"], "handle": ["@skipper_morag_fr"],
  "phone": ["07700 900314"], "street_address": ["17 Harbour Wynd"], "postcode": ["AB43 9QX"],
  "email": ["dougie.bain@example.org", "morag dot cruickshank at example dot net"],
 },
 "sp02.txt": {
  "name": ["Gwilym", "Pritchard", "Eleri", "Dewi", "Ffion", "Rhodri", "Carys", "Hope", "Sioned", "Dai Bach"],
  "car_registration": ["CU63 LMV"], "place": ["Llanddewi Brefi"],
  "workplace": ["Teifi Valley Mart", "Ysgol Cwm Aur"], "ni_number": ["QQ 12 34 56 C"],
  "date_of_birth": ["2nd of June 1961"], "nhs_number": ["999 526 0182"],
  "phone": ["oh two nine, two oh one eight, oh seven three one"],
  "street_address": ["5 Chapel Terrace"], "postcode": ["SY25 6QZ"],
  "url": ["https://www.example.com/cylch-ffermwyr", "facebook.com/cylchffermwyr.teifi"],
  "email": ["eleri.pugh@example.net"],
 },
 "sp03.docx": {
  "name": ["Tomasz", "Jurgita", "Kazlauskienė", "Agnieszka", "Nowak", "Oliwia", "Kasia", "Wójcik",
           "Rūta", "Lukas", "Daiva"],
  "place": ["Sutterton"], "url": ["www.example.net/mamy-razem-lincs"], "handle": ["@kasia.piecze"],
  "workplace": ["Fenmarsh Produce", "Witham Bank Primary"], "ni_number": ["ZZ 48 19 22 B"],
  "date_of_birth": ["14/09/1988"], "street_address": ["12 Sluice Road"], "postcode": ["PE20 3XJ"],
  "nhs_number": ["999 159 0838"], "car_registration": ["LN68 PWT"], "email": ["aga.nowak@example.com"],
  "phone": ["07700 900861", "0113 496 0552"],
 },
 "sp04.txt": {
  "name": ["frank", "dunc", "dawn", "kai", "amber", "jordan", "shaz", "mo"],
  "handle": ["@flipz.k99", "@furness.skate.talk"], "place": ["askam"], "car_registration": ["pk17 zxd"],
  "street_address": ["9 rydal street"], "postcode": ["la16 7dx"],
  "phone": ["07700 900127", "oh seven seven double oh, nine double oh, two five six"],
  "email": ["skatebox seventy seven at example dot com"], "url": ["www.example.com/furness-skate-talk"],
  "workplace": ["ormsgill tyre & exhaust"], "date_of_birth": ["03.11.04"],
 },
 "sp05.txt": {
  "name": ["Harjit", "Singh", "Sandhu", "Harry", "Jaswinder", "Jassi", "Manny", "Declan", "O'Rourke",
           "Maureen", "Baljinder", "Gurpreet", "Kaur", "Amandeep", "Precious", "Kulwant", "Ken",
           "Eilidh", "Fraser"],
  "date_of_birth": ["29th of February 1972", "7 August 1999"], "place": ["Istead Rise", "Shorne"],
  "workplace": ["Pinewood Stores", "St Aldric's Sixth Form", "Kestrel Haulage", "Willow Ward",
                "Sheetal Sweet Centre"],
  "handle": ["@jassi_lifts"], "street_address": ["6 Orchard Mews", "88 Milton Crescent"],
  "postcode": ["DA11 7QS", "DA12 4ZP"], "nhs_number": ["999 016 6137"],
  "phone": ["07700 900593", "0191 498 0624", "020 7946 0183"], "ni_number": ["NK 21 45 90 D"],
  "url": ["www.example.org/saanjh-carers"], "car_registration": ["GN21 KFE"],
  "email": ["harjit.sandhu@example.org", "jassi.lifts@example.com"],
 },
}

def read_lines(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")

def ww(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

def main():
    rows = []
    for fn, kinds in SPEC.items():
        lines = read_lines(fn)
        for kind, texts in kinds.items():
            for t in texts:
                n = 0
                for i, line in enumerate(lines, 1):
                    for _ in ww(t).finditer(line):
                        rows.append((fn, i, kind, t)); n += 1
                if n == 0:
                    raise SystemExit(f"{fn}: {t!r} not found")
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["file", "line", "kind", "text"]); w.writerows(rows)
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
