"""Regenerates labels.csv and tricky.csv from the planted-identifier lists below.
Every whole-word, case-sensitive occurrence of a listed text gets one row (file,line,kind,text).
Run from inside this folder:  ../../../.venv/bin/python make_labels.py  (or any python with python-docx)."""
import csv, re, sys

F1 = "01_zoom_roma_traveller_women_basildon.txt"
F2 = "02_newsletter_men_after_prison_chatham.docx"
F3 = "03_whatsapp_menopause_eastbourne.txt"
F4 = "04_notetaker_parents_additional_needs_maidstone.csv"
F5 = "05_debrief_form_scrutiny_visit_southend.txt"

PLANTED = {
 F1: {
  "name": ["Kathleen", "Doran", "Florica", "Lăcătuș", "Mária", "Shannon", "Bridie", "Nell", "Dunja",
           "Róisín", "Lovell", "Declan"],
  "workplace": ["Vardo Sisters", "Brackenwood Surgery", "Pennant House", "Hollowfield Primary", "Kestrel Rooms"],
  "place": ["Nevendon"],
  "street_address": ["9 Pennyroyal Close"],
  "phone": ["07700 900412", "oh seven seven double oh, nine double oh, six three one"],
  "car_registration": ["WX17 QFN"],
  "nhs_number": ["999 234 5675"],
  "date_of_birth": ["fourteenth of March nineteen seventy-eight"],
  "postcode": ["SS 14 3VK"],
  "email": ["hallbookings at example dot org"],
  "handle": ["roisin underscore sews"],
 },
 F2: {
  "name": ["Lorna", "Achterberg", "Gaz", "Gary", "Whitlock", "Kwabena", "Asante-Maclean", "GW", "KOBBY",
           "Tomasz", "Wójcik", "Kev", "Adebayo", "Errol", "Sol", "G.W."],
  "workplace": ["Second Stretch", "Ropery", "Brindley Scaffolding", "Iron Tide"],
  "place": ["Twydall"],
  "street_address": ["14 Chandlers Wharf"],
  "postcode": ["ME4 4KC"],
  "phone": ["07700 900 517"],
  "email": ["secondstretch@example.org"],
  "url": ["www.example.org/second-stretch"],
  "handle": ["@secondstretch.medway"],
  "ni_number": ["QQ 12 34 56 A"],
  "date_of_birth": ["12.04.1974"],
  "car_registration": ["YK63 QBD"],
 },
 F3: {
  "name": ["Sue", "Dawn", "Mags", "Priya", "Mistry", "lorraine", "Bernie", "kayleigh", "Col", "kieran"],
  "workplace": ["Hot Flush Club", "Larkspur Community Centre", "Harebell Practice", "Brightwell Care"],
  "street_address": ["Marlowe Gardens", "31 Saltings Way"],
  "postcode": ["bn21 4mk"],
  "phone": ["+44 7700 900318", "@447700900318", "07700 900 284"],
  "url": ["https://example.net/larkspur-bookings"],
  "email": ["eb.menopause.cafe@example.com"],
  "nhs_number": ["999 487 3210"],
  "date_of_birth": ["02/09/1971"],
  "place": ["Polegate", "Langney"],
  "car_registration": ["GK70 XQA"],
  "handle": ["@flushandfierce_eb"],
 },
 F4: {
  "name": ["Ruth", "Leanne", "Ezra", "Hope", "Kai", "Fenwick", "Marek", "Mark", "Sandy", "Okafor"],
  "workplace": ["Stepping Stones", "Oakhurst Park School", "Hadlow Freight", "Medlar House"],
  "place": ["Coxheath", "Shepway"],
  "car_registration": ["LB18 QOT"],
  "handle": ["@MaidstoneSENDswap"],
  "nhs_number": ["999 312 4567"],
  "date_of_birth": ["seventeenth of the sixth twenty fifteen"],
  "email": ["thursday.parents@example.org"],
  "phone": ["01632 960118"],
  "url": ["example.com/kent-send-voices"],
  "ni_number": ["ZZ 48 27 16 C"],
  "street_address": ["23 Foxglove Rise"],
  "postcode": ["ME15 8OV"],
 },
 F5: {
  "name": ["Shaun", "Bamidele", "Hattie", "J.T.", "Marchbanks", "Nwosu", "Ingrid",
           "Solberg", "D.M.", "K.O'C.", "R.K.", "F.O.", "Frank", "Lusk", "Rhiannon", "Kettley",
           "Tolu", "Adeyinka", "HGP"],
  "workplace": ["TIDEWATER PEER SUPPORT", "Cinder Path Hall", "Penhallow Cold Store", "Wickham Lane Academy",
                "Tanner Estates", "Thameside Medical Practice"],
  "street_address": ["2 Ferry Steps", "Flat 6, Mariner Court, 41 Gunners Walk"],
  "postcode": ["SS9  1CO", "SS1 2MV"],
  "car_registration": ["EF21 QRT"],
  "email": ["scrutiny.officer@example.org"],
  "handle": ["@tw_peers_ss"],
  "ni_number": ["ZZ123456D"],
  "date_of_birth": ["29.02.1988"],
  "nhs_number": ["9996041271"],
  "phone": ["07700900771", "0121 496 0583"],
  "place": ["Thundersley"],
  "url": ["www.example.org/tw-feedback"],
 },
}

TRICKY = {
 F1: [("Romania", "country"), ("Slovakia", "country"), ("Romanichal", "ethnic group, not a person"),
      ("Irish Traveller", "ethnic group"), ("GRT", "acronym (Gypsy, Roma and Traveller)"),
      ("ICB", "NHS commissioning body acronym"), ("Pitsea", "real town used only as a general location"),
      ("Basildon", "real town (hospital location, no personal address)"), ("Co-op", "national chain used as landmark"),
      ("TikTok", "app"), ("Mind", "national charity that is also an ordinary word"),
      ("Wednesday the sixth of March", "meeting date, not a date of birth"),
      ("Wednesday the third of April", "next meeting date"), ("812 4471 9034", "Zoom meeting ID, not a phone"),
      ("Transit", "vehicle model"), ("00:00:02.140", "cue timestamp"), ("Father", "title on its own"),
      ("GMT20240306-190214_Recording.transcript.vtt", "recording file name with date-time"),
      ("Facilitator K", "pseudonymous Zoom display name (role + single initial)")],
 F2: [("Chatham", "real town"), ("Gillingham", "real town"), ("Probation Service", "national service"),
      ("Nacro", "national charity"), ("Samaritans", "national helpline"), ("116 123", "national helpline number"),
      ("NHS 111", "national helpline"), ("85258", "SHOUT national text line"), ("SHOUT", "national text line"),
      ("Jobcentre", "national public office"), ("Frank", "ordinary adjective here (a name in the debrief form)"),
      ("Astra", "car model"), ("Spring 2024", "issue date"), ("Tuesdays 6.30pm to 8pm", "meeting time"),
      ("National Insurance", "scheme name, not a number"), ("Big", "nickname prefix, not a name"),
      ("PHOTO", "upper-case caption label (looks like the upper-case speaker labels)")],
 F3: [("Hope", "ordinary verb here (a name in the notetaker file)"), ("dawn", "ordinary word (lower case) in a file where Dawn is a name"),
      ("Utrogestan 100mg", "drug and dose"), ("Oestrogel", "drug"), ("Evorel", "drug"), ("Boots", "national chain"),
      ("Davina McCall", "public figure"), ("Crawley", "real town, no personal detail"), ("WhatsApp", "app"),
      ("116 123", "national helpline number"), ("NHS 111", "national helpline"),
      ("06/03/2024", "export timestamp date, not a date of birth"), ("Tues 7-8.30pm", "meeting time"),
      ("<Media omitted>", "export artefact"), ("insta", "app"), ("yaris", "car model")],
 F4: [("Speaker 2", "pseudonymous notetaker label"), ("Speaker 4", "pseudonymous notetaker label"),
      ("Speaker 1", "pseudonymous notetaker label"), ("EHCP", "plan type acronym"), ("SENCo", "role"),
      ("A229", "road number"), ("Kent County Council", "local authority"), ("Contact", "national charity, also ordinary word"),
      ("IPSEA", "national charity"), ("melatonin", "drug"), ("Facebook", "app"), ("Corsa", "car model"),
      ("the 21st", "meeting date"), ("7pm", "time"), ("Thursday", "meeting day")],
 F5: [("Rochford District Council", "local authority"), ("Leigh-on-Sea", "real town used in venue line"),
      ("Southend-on-Sea", "real town"), ("sertraline 100mg", "drug and dose"), ("PHQ-9", "questionnaire name"),
      ("A&E", "service"), ("NHS 111 option 2", "national helpline"), ("DBF-2024-031", "form reference"),
      ("Thursday 14 March 2024", "session date"), ("14/03/24", "signature date"), ("Tuesday 2 April", "meeting date"),
      ("£6.40", "money"), ("v3.2", "form version"), ("Instagram", "app"), ("Cllr", "title on its own"),
      ("13:02", "time")],
}


def load_lines(fn):
    """Return list of (line_number, text) units as used for the `line` column."""
    if fn.endswith(".docx"):
        from docx import Document
        d = Document(fn)
        units = [(i, p.text) for i, p in enumerate(d.paragraphs, 1)]
        for t in d.tables:
            for j, r in enumerate(t.rows, 1):
                units.append((j, " | ".join(c.text for c in r.cells)))
        return units
    with open(fn, encoding="utf-8", newline="") as f:
        return [(i, l.rstrip("\r\n")) for i, l in enumerate(f.read().split("\n"), 1)]


def wre(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def main():
    rows = []
    for fn, kinds in PLANTED.items():
        units = load_lines(fn)
        for kind, texts in kinds.items():
            for t in texts:
                n = 0
                for ln, s in units:
                    for m in wre(t).finditer(s):
                        rows.append((fn, ln, kind, t)); n += 1
                        if "-v" in sys.argv:
                            print(f"{fn[:2]} {ln:>3} {kind:<16} {s[max(0,m.start()-30):m.end()+30]!r}")
                if n == 0:
                    print("NOT FOUND", fn, t)
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["file", "line", "kind", "text"]); w.writerows(rows)
    with open("tricky.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["file", "text", "why"])
        for fn, items in TRICKY.items():
            for t, why in items:
                w.writerow([fn, t, why])
    print(len(rows), "label rows;", sum(len(v) for v in TRICKY.values()), "tricky rows")


if __name__ == "__main__":
    main()
