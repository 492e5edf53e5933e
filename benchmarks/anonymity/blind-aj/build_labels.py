"""Writes labels.csv from the per-file label inventory below.

Every whole-word, case-sensitive occurrence of each text in its file becomes a row
(one row per occurrence), with the line / paragraph / row number that
verify_labels.units() gives. The inventory is the single source of truth; after
editing a transcript re-run this and then verify_labels.py.

Run:  python build_labels.py
"""
import csv
import os

from verify_labels import FILES, HERE, occ_re, units

SPEC = {
    "01_scrutiny_panel_meet.vtt": {
        "name": ["Joanne", "Bithell", "Eluned", "Ffoulkes", "Marcus", "Adeyemi", "Kerry",
                 "Tattersall", "Huw", "Pennant", "Hugh", "Dean", "Rigby", "Olwen", "Prydderch",
                 "Joy", "Siân", "Mostyn", "Bellis"],
        "place": ["Gwersyllt", "Caia Park", "Plas Madoc"],
        "workplace": ["Tŷ Cwtch", "Pen-y-Maes Surgery", "Llwyn Onn", "Gallt Arms", "Ysgol Gwaun Ddu"],
        "street_address": ["14 Heol Dinas"],
        "postcode": ["LL11 2VK"],
        "phone": ["07700 900461"],
        "email": ["scrutiny.wxm@example.org", "croeso.tc@example.org"],
        "url": ["example.org/tycwtch/join"],
        "nhs_number": ["999 526 0182"],
        "car_registration": ["CX19 QKD"],
    },
    "02_gambling_peer_group_transcript.csv": {
        "name": ["Dawn", "Mick", "Michael", "Grace", "Tariq", "Kieran", "Ciarán", "Bernie",
                 "Lorraine", "Moss", "Zoë", "Zoe", "Jordan", "Whiteside"],
        "place": ["Thornton", "Grange Park", "Mereside"],
        "workplace": ["Level Heads", "Hollinshead Motors", "Anchor and Crown", "Wavecrest Centre",
                      "Beechfield Surgery"],
        "street_address": ["37 Brinscall Grove"],
        "postcode": ["FY4  4KC"],
        "phone": ["oh seven seven double oh, nine double oh, three one two",
                  "oh one six one, four nine six, oh five eight two"],
        "email": ["levelheads at example dot org"],
        "url": ["example.org/levelheads"],
        "handle": ["@ninetydays_fylde"],
        "date_of_birth": ["22/07/1994"],
        "ni_number": ["QQ 12 34 56 C"],
        "car_registration": ["FV16 QXR"],
    },
    "03_farmers_wellbeing_telegram.txt": {
        "name": ["Tom", "Atkinson", "jen", "Bryony", "Stuart", "Mags", "Wilf", "dixon", "Ewan",
                 "Lamb", "J.T.", "pawel", "Paweł", "Kath"],
        "place": ["Orton", "Ravenstonedale", "Caldbeck", "Kirkby Stephen", "Shap"],
        "workplace": ["Fellside Natter", "Tup & Tether", "Birkbeck & Ruddick", "Crossgill Primary",
                      "Fellgate Surgery"],
        "street_address": ["Low Garth Farm", "4 Stainmore View", "Low Scales"],
        "postcode": ["CA17 4VJ"],
        "phone": ["07700 900118", "01632 960 547", "+44 7700 900 845"],
        "email": ["fellside.natter@example.org"],
        "url": ["https://example.net/fellside-natter/rota"],
        "handle": ["@fellsidenatter_cumbria"],
        "date_of_birth": ["6th March 1944"],
        "ni_number": ["ZZ 40 19 37 D"],
        "car_registration": ["PN67 QKB"],
    },
    "04_seafarers_dropin_vignette.odt": {
        "name": ["Alisha", "Corkill", "Hilary", "Cook", "Rodel", "Macaraeg", "Dodong", "Jānis",
                 "Bērziņš", "Oleksandr", "Sasha", "Juan", "Quilliam", "A.C."],
        "place": ["Laxey"],
        "workplace": ["Ravensquay", "Tholt Line Shipping", "Lheaney Surgery"],
        "street_address": ["27 Glenfaba Row"],
        "postcode": ["IM1 2KV"],
        "phone": ["+44 7700 900 672", "01632 960 381"],
        "email": ["ab.seaman82@example.com", "netloft.enquiries@example.net"],
        "url": ["https://www.example.com/seafarers-dropin-iom"],
        "handle": ["@netloft_tuesdays"],
        "date_of_birth": ["17/08/1982"],
        "nhs_number": ["999 159 0838"],
        "ni_number": ["QQ 55 10 21 B"],
        "car_registration": ["KX62 IQJ"],
    },
    "05_criw_tawe_bilingual.txt": {
        "name": ["Non", "Rees-Bowen", "Gatrin", "Catrin", "Chatrin", "Rowlands", "Llŷr", "Llyr",
                 "Shawn", "Siôn", "Tomos", "Domos", "Efa", "Eira"],
        "place": ["Ystalyfera", "Rhos"],
        "workplace": ["Criw Tawe", "Griw Tawe", "Ysgol Gyfun Glantwrch", "Canolfan Pant-y-Crwys",
                      "Meddygfa Tŷ Coch", "Blas y Cwm"],
        "street_address": ["12 Heol Pant-y-Brwyn"],
        "postcode": ["SA8 3MK"],
        "phone": ["dim saith saith dim dim, naw dim dim, pedwar pump dau"],
        "email": ["criw.tawe.ifanc@example.org"],
        "url": ["example.org/criwtawe/adnoddau"],
        "handle": ["@tawe.ifanc"],
        "date_of_birth": ["ail o Fedi, dwy fil a saith"],
        "car_registration": ["CU15 IQV"],
    },
}


def main():
    rows = []
    for f in FILES:
        spec = SPEC[f]
        us = units(f)
        for kind, texts in spec.items():
            for text in texts:
                n = 0
                for u, s in us:
                    for _ in occ_re(text).finditer(s):
                        rows.append((f, u, kind, text))
                        n += 1
                if n == 0:
                    print(f"WARNING: {f}: {text!r} never occurs")
    rows.sort(key=lambda r: (FILES.index(r[0]), r[1]))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"wrote {len(rows)} label rows")


if __name__ == "__main__":
    main()
