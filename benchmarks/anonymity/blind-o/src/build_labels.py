"""Generate labels.csv from a per-file spec of (kind, text); every whole-word occurrence gets a row."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
from verify_labels import file_lines  # same line/paragraph reader

SPEC = {
 "so01.txt": [
  ("name","Gethin Pryce"),("name","Eirlys"),("name","Rhodri"),("name","Tadeusz"),
  ("name","Bronwen"),("name","Hughes"),
  ("phone","07700 900412"),("phone","029 2018 0344"),
  ("date_of_birth","9th of June 1971"),("postcode","LL13 7QX"),("postcode","LL11 4TD"),("handle","@bron_bakes_nights"),
  ("place","Brymbo"),("car_registration","CX68 WPB"),("workplace","Ffynnon Bakehouse"),
  ("email","nightowls.wxm@example.org"),("url","https://nightowls.example.org/rota"),
  ("street_address","23 Pentre Gwyn Terrace"),("nhs_number","999 214 7830"),("ni_number","QQ 12 34 56 C"),
 ],
 "so02.vtt": [
  ("name","Agnieszka Nowak"),("name","Kasia Wiśniewska"),("name","Laima Petrauskienė"),("name","Oskar"),
  ("name","Aga"),("name","Bożena"),("name","Laimute"),("name","Kasiu"),("name","Whitfield"),("name","Jurgita"),
  ("workplace","Fenland Fresh Packers"),("street_address","41 Skirbeck Mews"),("postcode","PE21 9XJ"),
  ("ni_number","TN 31 42 75 B"),("url","https://www.facebook.com/groups/mamy.example.lincs"),
  ("handle","@mamaKasia_PE21"),("date_of_birth","3 November 2016"),
  ("email","laima dot p at example dot net"),("phone","oh seven seven double oh, nine double oh, seven three one"),
  ("phone","0113 496 0622"),("email","kasia.w.mama@example.com"),
 ],
 "so03.docx": [
  ("name","Dilwyn"),("name","Mared Lloyd-Jones"),("name","Hefin"),("name","Ifor"),("name","Hazel"),
  ("name","Prosser"),("name","Ffion"),
  ("place","Abbeycwmhir"),("street_address","6 Ithon Close"),("postcode","LD1 5ZW"),("date_of_birth","14/02/1958"),
  ("nhs_number","999 380 1569"),("car_registration","VN21 HDX"),("url","www.example.net/mart-cafe-bookings"),
  ("url","https://example.com/hillfarmerscircle"),("email","mared.lj@example.com"),("workplace","Cefn Isaf Farm"),
  ("workplace","Tegid Ward"),("phone","07700 900268"),("handle","@DilTheTup"),("phone","Oh one one seven, four nine six, oh eight eight one"),
  ("ni_number","ZZ 98 76 54 A"),
 ],
 "so04.txt": [
  ("name","kez"),("name","robin"),("name","amber"),("name","rusty"),("name","dev"),("name","mo"),
  ("street_address","14 wellowgate mews"),("postcode","dn31 2qt"),("date_of_birth","29/02/2008"),
  ("url","instagram.com/humberwheels_example"),("handle","@rustyrolls_dn"),("workplace","humber wheels"),
  ("phone","07700900583"),("email","kezskates@example.com"),("car_registration","yk17 nvo"),("place","laceby"),
 ],
 "so05.txt": [
  ("name","Maricel Santos"),("name","Morag"),("name","Tendai"),("name","Blessing"),("name","Sunita Gurung"),
  ("name","Hope"),("name","Ramon"),("name","Kerr"),
  ("workplace","Teviot View Care Home"),("street_address","8 Tolbooth Wynd"),("postcode","TD9 8YU"),
  ("phone","020 7946 0312"),("place","Newcastleton"),("car_registration","SN19 KTO"),
  ("workplace","Ettrick Bank Nursery"),("workplace","Slitrig Primary"),("date_of_birth","21 August 1980"),
  ("nhs_number","999 562 0499"),("ni_number","NK 20 31 42 C"),("url","https://example.net/borders-carers-circle"),
  ("handle","@TendaiSingsBorders"),("email","tendai.moyo.care@example.net"),("email","sunita g at example dot org"),
  ("phone","0191 498 0725"),("place","Denholm"),
 ],
}

rows = []
for fn, items in SPEC.items():
    lines = file_lines(os.path.join(HERE, fn))
    for kind, text in items:
        pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        n = 0
        for i, ln in enumerate(lines, 1):
            for m in pat.finditer(ln):
                # skip occurrences that sit inside a longer labelled text (e.g. Gethin inside Gethin Pryce)
                inside = any(o != text and o.find(text) >= 0 and any(
                    mm.start() <= m.start() and m.end() <= mm.end()
                    for mm in re.finditer(r"(?<!\w)" + re.escape(o) + r"(?!\w)", ln)) for _, o in items)
                if inside:
                    continue
                rows.append((fn, i, kind, text)); n += 1
        if n == 0:
            print("NOT FOUND", fn, text)
rows.sort(key=lambda r: (r[0], r[1]))
with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["file","line","kind","text"]); w.writerows(rows)
print(len(rows), "rows")
