"""Rebuild the .docx transcript and labels.csv for the blind-bp set.

Run from this folder:  python build.py
(needs python-docx; e.g. ../../../.venv/bin/python build.py from here)

The four text transcripts (.txt, .csv, .vtt) are hand-written files kept as they are.
The .docx is generated from TRINT below.  labels.csv is generated from LABELS below by
finding every whole-word, case-sensitive occurrence of each label text in its file.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

DOCX = "margate_tideline_cafe_trint.docx"
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# (speaker, timestamp, text)
TRINT = [
    ("Dawn", "00:00:03",
     "Right, is it recording? Little red dot, yeah, lovely. So this is for the evaluation Mr Achterberg's "
     "doing for Thanet council. It's anonymous, the names come out before anything "
     "gets written up. I've been up since dawn doing the rota so bear with me. First question: what actually "
     "makes Tideline work? And not the coffee, Marcus, don't say the coffee."),
    ("Speaker 2", "00:00:27",
     "It's the coffee. No, honestly, for me it's that nobody's a professional. When I come out of Bramblings "
     "in 2019 I had a key worker at Forward Trust, lovely woman, but she went home at five. Here it's "
     "Big Col on the till, it's people who've been exactly where I've been and come out the other side, "
     "or not yet, and they're still here. I've done the barista rota every Saturday since my ninety days. "
     "That's my job. I'm the coffee man, not the drunk."),
    ("Jude", "00:01:04",
     "Can I say about the room? Because the room matters. Before we moved we were in the function room at the "
     "Lugger. A pub. For a recovery group, I ask you. Now we've got the old chapel at 27 Ransome Terrace and "
     "yeah, the heating's rubbish, but there's no bar. Hope said that first, "
     "didn't you? That you couldn't walk past the optics."),
    ("Speaker 4", "00:01:33",
     "I couldn't. I'd sit there with a lemonade, shaking. Here I can breathe. And I'm not just someone who's "
     "ill here, I'm the one who reads the ground rules card at the start, and on the last Saturday I help cook "
     "the roast. We don't do war stories. We don't do who used what. Phones face down. What's said in the "
     "circle stays in the circle. If you're struggling, say so, and nobody's going to try and fix you."),
    ("Dawn", "00:02:01",
     "And you wrote half of them, Hope. I still hope we can get them laminated properly. Can I bring in the "
     "tension bit, because the evaluation specifically asks. People turning up not sober. What do we actually do?"),
    ("Speaker 2", "00:02:19",
     "We don't turn them away, that's the rule. Well, that's the argument. Mrs Cook on the committee says if "
     "someone's under the influence they get a coffee and a sit in the garden with one of us, but they don't "
     "come in the circle, because it's not fair on someone three days clean sitting next to "
     "that. And I agree with her, mostly. But I also remember being the one in the garden."),
    ("Jude", "00:02:52",
     "And that's hard, because last month it was Tariq's brother, and he's in the circle, so what do you do? "
     "I ended up outside on the steps with him for an hour and missed the whole meeting. Sometimes the peer bit "
     "costs you."),
    ("Dawn", "00:03:15",
     "That's the role tension, isn't it. You're a member and then suddenly you're a worker. I get paid, you lot "
     "don't. I'm on the peer support contract through Harbourlight and some weeks I honestly don't know which "
     "hat I've got on. Speaking of which, tell them about the phone thing."),
    ("Speaker 2", "00:03:38",
     "Yeah, so this lad Ryan rang me at three in the morning. He got my number off the whiteboard, which, fair "
     "enough, I'd put it up there, 07700 900 318, for the Sunday walking group. I "
     "picked up. I always pick up. I sat on the phone till it got light and then I had to open up at ten."),
    ("Speaker 4", "00:04:05",
     "That's why we changed it. No personal numbers on the board. It all goes to the café mobile now, that's "
     "oh seven seven double oh, nine double oh, four four one, and whoever's on shift carries it. He's fine, "
     "by the way. He's on the washing up now. He says washing up is his recovery."),
    ("Jude", "00:04:31",
     "Shared identity though, that's the real thing. When I first came I was like, I'm not an addict, I'm a "
     "mental health person, and this one was like, I'm not mental, I'm just a drinker. Now we just say we're "
     "Tideline people. My mum reckons it's a cult. It's not a cult, Mum, it's a café with bad heating."),
    ("Speaker 1", "00:04:58",
     "Before I forget, the monitoring forms. The council want postcodes, not full addresses, and they want a "
     "date of birth, which I know. You put CT9 2QK?"),
    ("Jude", "00:05:10",
     "That's my old one. I'm at my sister's in Westbrook now, so it's CT nine, five V M. And date of birth's the "
     "twelfth of the fourth, eighty-eight, if you must."),
    ("Speaker 4", "00:05:26",
     "I'm not giving my date of birth for a coffee morning, Dawn. That's exactly why people stop coming. You go "
     "from being a person to being a form."),
    ("Dawn", "00:05:38",
     "Noted, word for word. Oh, and can whoever's got the silver Fiesta, GF68 QZU, move it? It's across the fire "
     "door again and the caretaker will have my head."),
    ("Speaker 2", "00:05:51",
     "That's Col's, I'll tell him. Advice for a new café, yeah? Don't put it in a pub. Give people a job on day "
     "one, even if it's just the biscuits. And have someone who's been round the block and can smell trouble at "
     "the door before it's through it."),
    ("Jude", "00:06:15",
     "And don't let the commissioners run it. No offence. When the lady from the NHS came, Dr Nwachukwu, she was "
     "nice, she was, but everyone went quiet because she had a lanyard."
     ""),
    ("Dawn", "00:06:38",
     "None taken, I've got a lanyard too. I'll send the notes on. Right, that's time. Thank you, "
     "all of you. Tariq, if you're listening back, we missed you, come Saturday. "
     "Stopping the recording now."),
]

# label texts per file: text -> kind.  Every whole-word, case-sensitive occurrence gets a row.
LABELS = {
    DOCX: {
        "tlrc.margate@example.org": "email",
        "Tideline": "workplace",
        "Dawn": "name", "Marcus": "name", "Jude": "name", "Hope": "name", "Achterberg": "name",
        "Col": "name", "Cook": "name", "Tariq": "name", "Ryan": "name", "Nwachukwu": "name",
        "Bramblings": "workplace", "Lugger": "workplace", "Harbourlight": "workplace",
        "27 Ransome Terrace": "street_address",
        "07700 900 318": "phone",
        "oh seven seven double oh, nine double oh, four four one": "phone",
        "CT9 2QK": "postcode", "CT nine, five V M": "postcode",
        "Westbrook": "place",
        "twelfth of the fourth, eighty-eight": "date_of_birth",
        "GF68 QZU": "car_registration",
    },
    "hastings_travelling_sisters_facebook.txt": {
        "Travelling Sisters": "workplace", "Saltcote": "workplace", "Moorcroft Primary": "workplace",
        "Saxonbury Housing": "workplace",
        "Shannon": "name", "Doran": "name", "Mirela": "name", "Căldăraru": "name", "Bridget": "name",
        "bridie": "name", "Zdenka": "name", "Horváthová": "name", "Horvathova": "name", "Kaylee": "name",
        "Loveridge": "name", "Roseanne": "name", "Ayres": "name", "Nell": "name", "Price": "name",
        "Jimmy": "name", "Julie": "name", "Buckland": "name", "Florentina": "name", "Lăcătuș": "name",
        "Tina": "name",
        "www.example.org/sisters-circle": "url",
        "07700900219": "phone", "01632 960 584": "phone",
        "Westfield": "place", "Guestling": "place",
        "LB17 QRJ": "car_registration",
        "@hrsisters_circle": "handle",
        "04/11/2003": "date_of_birth",
        "trav.sisters.hastings@example.org": "email",
        "12 Gullwing Close": "street_address", "TN34 3OK": "postcode",
    },
    "medway_veterans_handwritten_notes.txt": {
        "AH": "name", "J.T.": "name", "JT": "name", "G.W.": "name",
        "Smudge": "name", "Taff": "name", "Dusty": "name", "Dave": "name", "Kev": "name", "Lesley": "name",
        "Nobby": "name", "Pritchard": "name", "Jock": "name", "Siân": "name", "Barry": "name",
        "Okonedo": "name", "Hennessy-Vaughan": "name",
        "Lanyard Club": "workplace", "Wickenden Hall": "workplace", "Marlpit Medical Practice": "workplace",
        "Tidewaiter": "workplace",
        "Leysdown": "place", "Minster": "place", "Hoo": "place",
        "GK21 QXL": "car_registration", "GN19 QXT": "car_registration",
        "QQ 47 21 90 C": "ni_number", "999 473 1084": "nhs_number", "03/07/76": "date_of_birth",
        "14 Tarragon Row": "street_address", "ME7 2KV": "postcode",
        "2a Pinnock Walk": "street_address", "ME2 3OK": "postcode",
        "07700 900 604": "phone", "01632 960 417": "phone",
        "medwayvets.notes@example.net": "email", "@medway_lanyard": "handle", "www.example.net/lanyard-minutes": "url",
    },
    "crawley_kintsugi_qda_export.csv": {
        "Jas": "name", "Wren": "name", "Małgorzata": "name", "Gosia": "name", "Bea": "name",
        "Dominic": "name", "Marsh": "name", "Lorna": "name",
        "Kintsugi": "workplace", "Cherrywood": "workplace", "Fennimore Hall": "workplace",
        "Hazeldene Pharmacy": "workplace",
        "Broadfield": "place", "Bewbush": "place", "Three Bridges": "place",
        "@mended.not.fixed": "handle",
        "999 224 6618": "nhs_number",
        "l.bright82@example.com": "email", "07700 900 987": "phone",
        "Flat 3, 19 Carrick Row": "street_address", "RH117OK": "postcode",
        "17.02.1982": "date_of_birth", "ZZ 58 14 27 B": "ni_number",
    },
    "estuary_network_checkin_webex.vtt": {
        "Kerry": "name", "Ashdown": "name", "Gurpreet": "name", "Winston": "name", "Featherstonehaugh": "name",
        "Declan": "name", "Brenda": "name", "Gadsby": "name", "Harjit": "name", "Lol": "name", "Sue": "name",
        "Quilliam": "name", "Mick": "name",
        "Fenwright House": "workplace",
        "Ivychurch": "place", "Eastchurch": "place", "Warden": "place", "Leysdown": "place",
        "Brookland": "place", "Minster": "place",
        "GK70 QXJ": "car_registration",
        "www.example.net/island-walks": "url", "@IsleOfShepWalkers": "handle",
        "estuary peer at example dot net": "email",
        "oh one six three two, nine six oh, double two seven": "phone",
        "nine nine nine, four oh one, six six two eight": "nhs_number",
        "T N 29, 0 K M": "postcode",
    },
}


def build_docx(path):
    import docx
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.add_paragraph(SYN)
    d.add_heading("Tideline Recovery Café – Saturday members' circle (evaluation recording)", level=1)
    meta = d.add_paragraph()
    r = meta.add_run("Trint · Exported 11/03/2024 10:52 · Duration 00:38:47 · Workspace owner "
                     "tlrc.margate@example.org · Language English (UK)")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for speaker, ts, text in TRINT:
        p = d.add_paragraph()
        p.add_run(speaker).bold = True
        t = p.add_run("  [" + ts + "]")
        t.font.color.rgb = RGBColor(0x88, 0x88, 0x88)
        d.add_paragraph(text)
    d.add_paragraph("Transcribed by Trint. Speaker names edited by Dawn. "
                    "Accuracy not guaranteed.")
    d.core_properties.author = "Trint"
    d.core_properties.title = "Transcript export"
    d.save(path)


def file_lines(name):
    """Return the list of 'lines' used for line numbers: paragraphs for docx, physical lines otherwise."""
    path = os.path.join(HERE, name)
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")


def word_re(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def build_labels():
    rows = []
    for name, spec in LABELS.items():
        lines = file_lines(name)
        for i, line in enumerate(lines, 1):
            hits = []
            for text, kind in spec.items():
                for m in word_re(text).finditer(line):
                    hits.append((m.start(), text, kind))
            for _, text, kind in sorted(hits):
                rows.append((name, i, kind, text))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    build_docx(os.path.join(HERE, DOCX))
    rows = build_labels()
    print("wrote", DOCX, "and labels.csv with", len(rows), "rows")
