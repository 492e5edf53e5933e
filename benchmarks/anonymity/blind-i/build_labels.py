#!/usr/bin/env python3
"""Regenerate labels.csv from SPEC: one row per whole-word, case-sensitive
occurrence of each labelled text. Run with python.
SYNTHETIC - every identifier below is invented."""
import csv, os, re
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))

SPEC = {
 "si01.txt": [
  ("name", "Nadia Hollins"), ("name", "Jack"), ("name", "Honey"), ("name", "Chiamaka Eze"),
  ("name", "Kasia"), ("name", "Rowan"), ("name", "Kaur"), ("name", "Shahana"),
  ("email", "nadia.hollins@example.org"), ("email", "bumpsandbeyond.derby@example.org"),
  ("phone", "07700 900417"), ("phone", "07700 900 238"),
  ("street_address", "58 Larkhill Walk"), ("postcode", "DE1 3QT"),
  ("date_of_birth", "2nd of November 2023"), ("nhs_number", "999 214 7369"),
  ("url", "www.example.org/bumpsandbeyond"), ("car_registration", "FD19 WKX"),
  ("workplace", "Brightwell Dental"), ("workplace", "Eastgate Secretarial"), ("place", "Little Eaton"),
 ],
 "si02.vtt": [
  ("name", "Marcia Gayle"), ("name", "Rudo"), ("name", "Tunde"), ("name", "tunde"),
  ("name", "Crystal"), ("name", "Kwabena"), ("name", "Okonkwo"), ("name", "Tharshan"),
  ("street_address", "27 Marnock Terrace"), ("postcode", "sw9 7ah"),
  ("url", "hearingvoices.example.org/brixton"),
  ("handle", "@brixvoices_ex"), ("handle", "at quiet storm twenty two"),
  ("ni_number", "QQ 12 34 56 C"),
  ("phone", "020 7946 0381"), ("phone", "oh seven seven double oh, nine double oh, six one four"),
  ("email", "voices dot brixton at example dot net"), ("workplace", "Halcyon Lodge"),
 ],
 "si03.docx": [
  ("name", "Morag Sutherland"), ("name", "Callum MacLeod"), ("name", "Ginger"), ("name", "Spoons"),
  ("name", "Sunny"), ("name", "Tomasz"), ("name", "Alasdair"), ("name", "Fraser"), ("name", "Kofi Boateng"),
  ("email", "morag.sutherland@example.net"), ("email", "highland shed at example dot com"),
  ("phone", "0191 498 0227"), ("phone", "Oh seven seven oh oh, nine oh oh, eight five two"),
  ("street_address", "23 Glenurquhart Lane"), ("postcode", "IV3 8HL"), ("place", "Drumnadrochit"),
  ("date_of_birth", "14/07/1958"), ("car_registration", "SV17 KRD"), ("workplace", "MacRae's Garage"), ("workplace", "Northlight Transcription"),
  ("url", "https://www.example.com/highlandshed"), ("handle", "@HighlandShedEx"),
  ("ni_number", "NK 40 21 77 B"),
 ],
 "si04.txt": [
  ("name", "kit"), ("name", "valentina ospina"), ("name", "fern"), ("name", "bex"),
  ("name", "page"), ("name", "thiago"), ("name", "olu"),
  ("street_address", "22 kingsland mews"), ("postcode", "so14 3jl"), ("postcode", "SO171BJ"),
  ("car_registration", "hx21 pfo"), ("email", "sotonauts.contact@example.com"),
  ("nhs_number", "999 470 2858"), ("date_of_birth", "04/09/2003"), ("handle", "@pixelmoth_ex"),
  ("url", "instagram.com/sotonauts_ex"), ("url", "https://example.net/sotonauts/social-signup"),
  ("workplace", "hartley's bike shop"), ("phone", "07700-900-146"), ("phone", "07700900582"),
 ],
 "si05.txt": [
  ("name", "Bernadette Quilligan"), ("name", "Paddy McDonagh"), ("name", "Hazel"), ("name", "Andreas"),
  ("name", "Andy"), ("name", "Tendai Moyo"), ("name", "Rafiq Uddin"), ("name", "Kumaran"),
  ("name", "Gurdeep"), ("name", "Spud"), ("name", "Misty"), ("name", "Mikey"), ("name", "Reed"),
  ("email", "bernie.quilligan@example.com"), ("phone", "+44 7700 900731"), ("phone", "07700 900 356"),
  ("street_address", "31 Cowslip Avenue"), ("street_address", "6 Hayward Close"),
  ("postcode", "LU4 9QX"), ("postcode", "lu2 7dn"),
  ("place", "Toddington"), ("place", "Caddington"), ("place", "Harlington"),
  ("workplace", "Doran Paving"), ("workplace", "Golden Fry"), ("workplace", "Larch Ward"),
  ("workplace", "Stopsley Adult Learning Centre"), ("workplace", "St Brendan's Primary"),
  ("url", "facebook.com/leanonmeluton.example"), ("handle", "at quiet lad talking"),
  ("date_of_birth", "ninth of March, nineteen eighty-six"), ("date_of_birth", "12.6.77"),
  ("car_registration", "KX15 TGY"), ("nhs_number", "9993580120"),
  ("nhs_number", "Nine nine nine, six oh two, one one seven three"), ("ni_number", "ZZ 56 44 19 A"),
 ],
}


def lines_of(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def pat(t):
    return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")


def main():
    rows = []
    for fn, items in SPEC.items():
        ls = lines_of(fn)
        for kind, text in items:
            n = 0
            for i, l in enumerate(ls, 1):
                for m in pat(text).finditer(l):
                    rows.append((fn, i, m.start(), kind, text)); n += 1
            if n == 0:
                raise SystemExit(f"not found: {fn} {text!r}")
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    rows = [(a, b, d, e) for a, b, c, d, e in rows]
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
