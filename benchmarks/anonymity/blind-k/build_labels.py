#!/usr/bin/env python3
"""Generate labels.csv from a per-file spec of (kind, text); every whole-word,
case-sensitive occurrence becomes a row. Run with python."""
import csv, os, re
HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
 "sk01.txt": [
  ("name", "Imogen Blackwood"), ("email", "imogen.blackwood@example.org"), ("phone", "0161 496 0372"),
  ("street_address", "41 Fenwick Grove"), ("postcode", "CH2 7QX"),
  ("name", "Derek"), ("name", "Maureen"), ("name", "Grace"), ("place", "Tattenhall"),
  ("workplace", "Fenbrook Pharmacy"), ("name", "Okonkwo"), ("name", "Joseph"),
  ("url", "www.carerstogether.example.org/newsletter"), ("nhs_number", "999 526 0182"),
  ("date_of_birth", "12/06/1949"), ("car_registration", "DX17 HMV"), ("name", "Haddad"),
  ("name", "Sheila"), ("email", "carerstogether.chester@example.org"), ("phone", "07700 900418"),
 ],
 "sk02.vtt": [
  ("name", "Aoife Quinn"), ("name", "Chidinma Eze"), ("name", "Orla"), ("date_of_birth", "3 February 2024"),
  ("place", "Crossgar"), ("workplace", "Bloom and Birch Florists"),
  ("url", "www.facebook.com/groups/bumpbelfastpeer"), ("handle", "@bumpbelfast_peer"),
  ("handle", "at nightfeeds underscore and tea"), ("street_address", "17 Carnmore Avenue"),
  ("postcode", "BT5 9QZ"), ("ni_number", "QQ 45 67 89 B"), ("name", "Devlin"),
  ("phone", "07700 900 127"), ("phone", "oh seven seven double oh, nine double oh, three five two"),
  ("email", "chidi dot eze at example dot net"),
 ],
 "sk03.docx": [
  ("street_address", "63 Gledhow Rise"), ("postcode", "LS8 4QT"), ("name", "Rhiannon Price"),
  ("email", "rhiannon.price@example.com"), ("phone", "0113 496 0815"), ("name", "Tariq"),
  ("place", "Micklefield"), ("name", "Wojciech"), ("workplace", "Sugarwell Nurseries"),
  ("url", "www.leedsgrowinglads.example.com"), ("name", "Big Sully"), ("name", "Rowan"),
  ("name", "Kwame"), ("name", "Brennan"), ("date_of_birth", "2nd August 1961"),
  ("car_registration", "YK62 BNF"), ("ni_number", "TN 31 52 08 D"),
  ("street_address", "27 Sandholme Court"), ("postcode", "LS7 3PZ"), ("nhs_number", "999 159 0838"),
  ("name", "Frank"), ("handle", "@GrowingLadsLS7"), ("phone", "0113 496 0299"),
 ],
 "sk04.txt": [
  ("name", "bex"), ("name", "jonno"), ("place", "talybont"), ("name", "dawn"), ("name", "robin"),
  ("url", "www.tiktok.com/@anxiousaber"), ("handle", "@panicattheseaside"), ("name", "sunny"),
  ("date_of_birth", "30/01/2005"), ("street_address", "14 glanrafon terrace"), ("postcode", "sy23 2qz"),
  ("ni_number", "nk 20 41 63 b"), ("name", "pryce"), ("name", "ceri"), ("name", "ffion"),
  ("workplace", "caffi gwenllian"), ("car_registration", "cn19 xke"),
  ("phone", "zero seven seven zero zero, nine zero zero, six one four"), ("email", "moth.and.tea@example.net"),
 ],
 "sk05.txt": [
  ("name", "Mirela Lakatos"), ("street_address", "58 Barnsdale Street"), ("postcode", "S4 8QX"),
  ("workplace", "Dearne Valley Packing"), ("name", "Whitfield"), ("name", "Denisa"),
  ("place", "Hoyland Common"), ("name", "Jarmila"), ("workplace", "Firth Park Laundrette"),
  ("name", "Ruby"), ("workplace", "Scowerdale Primary School"), ("name", "Horvathova"),
  ("name", "Ludmila"), ("date_of_birth", "19.11.1997"), ("nhs_number", "999 016 6137"),
  ("ni_number", "BG123456A"), ("date_of_birth", "1st April 2009"), ("handle", "@lenadances_09"),
  ("car_registration", "YD15 KWR"), ("phone", "07700 900761"), ("phone", "+44 7700 900583"),
  ("email", "romasisters.sheffield@example.org"), ("url", "www.romasisters.example.org/our-stories"),
  ("email", "mila.k97@example.com"), ("street_address", "12 Milton Crescent"), ("postcode", "S74 9ZD"),
 ],
}


def lines_of(fn):
    p = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        return [x.text for x in docx.Document(p).paragraphs]
    with open(p, encoding="utf-8") as f:
        return f.read().split("\n")


def occ(text, line):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line)]


def main():
    rows = []
    for fn, spec in SPEC.items():
        L = lines_of(fn)
        for kind, text in spec:
            n = 0
            for i, line in enumerate(L, 1):
                for s in occ(text, line):
                    rows.append((fn, i, kind, text, s)); n += 1
            if n == 0:
                print("MISSING", fn, text)
    rows.sort(key=lambda r: (r[0], r[1], r[4]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["file", "line", "kind", "text"])
        for r in rows:
            w.writerow(r[:4])
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
