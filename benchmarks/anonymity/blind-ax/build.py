#!/usr/bin/env python3
"""Build the .odt and .xlsx transcripts of the blind-ax set and regenerate labels.csv.

Run with .venv/bin/python build.py  (needs odfpy + openpyxl).
The three .txt transcripts are hand-written files in this folder; this script only reads them.
labels.csv is generated from LABELS below: every whole-word, case-sensitive occurrence of a
label text in its file becomes one row (file, line, kind, text).
"""
import csv
import os
import re

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P, H, Span
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

ODT_FILE = "ax1_focus_group_glasgow_south_asian.odt"
XLSX_FILE = "ax4_razem_edinburgh_polish.xlsx"
TXT_FILES = [
    "ax2_interview_western_isles.txt",
    "ax3_email_thread_fife_dundee.txt",
    "ax5_google_meet_somali_glasgow_inverness.txt",
]

# ---------------------------------------------------------------------------
# ax1: .odt focus group (bold "Name:" speaker labels). Items: ("p", text) plain
# paragraph, ("h", text) heading, ("s", speaker, text) speaker turn.
# ---------------------------------------------------------------------------
ODT = [
    ("p", SYN),
    ("h", "Focus group 2 \u2013 Chandni Peer Circle, Albertvale Community Rooms"),
    ("p", "Date: Tuesday 12 March 2024, 11:00\u201312:30. Languages: English, Urdu, Punjabi. "
          "Facilitator and interpreter booked via the council."),
    ("p", "Present: Facilitator (F); Interpreter (Urdu/Punjabi); Rukhsana Akhtar; Harjit Kaur; P3 (asked not to be named); "
          "Mrs Shamim Bashir (through the interpreter). Apologies: Farzana M."),
    ("s", "Facilitator", "Thank you all for coming, and for the pakoras. As agreed, first names only in the "
          "write-up. Can we start with what made you come the first time?"),
    ("s", "Rukhsana", "For me it was my GP. Dr Gill at Glenbrae Medical Practice gave me a leaflet after my "
          "second go on sertraline. I kept it in my handbag six months. I live in Eaglesham now, since my "
          "husband passed, and there's nobody there who looks like me. So I came on the 38 bus in the rain "
          "and nearly turned round at the door."),
    ("s", "Facilitator", "What made you stay?"),
    ("s", "Rukhsana", "Parveen Aunty. She was doing the tea, and she just said, beta, sit, the chai is hot. "
          "She didn't ask me anything. Nobody asked me what is wrong with you. That was the thing."),
    ("s", "Harjit", "Same for me but different. At the gurdwara everybody asks how is your son, how is your "
          "husband, when is your daughter getting married. Here nobody asks about the family unless you "
          "bring it. That's the ground rule. We call it Sukhi's rule, after the lady who started us - she's "
          "on the early shift at Noorani Sweet Centre now. Ask about the woman, not the family."),
    ("s", "Interpreter", "Mrs Bashir says - I will translate directly - \"In my village, in Dadyal, the women "
          "sat together every afternoon. Here I sit in the flat and I only see the television.\" She says "
          "the circle is her afternoon again. She also says to tell you the stairs are a problem: she is "
          "at 2/1, 38 Marchbrae Terrace, two floors and no lift, so a ground-floor room matters."),
    ("s", "Facilitator", "That's important. Tell me more about the room."),
    ("s", "P3", "Before, we met in the library, with glass walls. Men walking past, looking in, "
          "somebody's brother-in-law. Nobody talked. Albertvale Community Rooms has curtains, a kitchen, "
          "a small room for namaz. You can cry and nobody outside sees. That's half of it, honestly."),
    ("s", "Facilitator", "And the tensions? It can't all be easy."),
    ("s", "P3", "No. Gossip is the big one. Glasgow is small for us - everyone's cousin is someone's "
          "neighbour. One lady stopped coming because her sister-in-law joined. And the interpreter, "
          "sorry, no offence, is sometimes someone's niece."),
    ("s", "Interpreter", "None taken. It's true. I tell Aunty-ji every time, what she says to me goes "
          "out of my head when I leave."),
    ("s", "Harjit", "Also at the start some of the Muslim aunties weren't sure about Sikh ladies being "
          "there, and we weren't sure either. Now me and Mrs Bashir argue about cricket every week. "
          "India-Pakistan, you can imagine."),
    ("s", "Facilitator", "How do the roles work? Who does what?"),
    ("s", "P3", "I do the WhatsApp and the Instagram, @chai_and_chats_southside. Only first names "
          "on it, and no faces, that's a rule too. Parveen Aunty does the tea "
          "and tells everybody off."),
    ("s", "Rukhsana", "I never thought I would have a job again. I was a dinner lady at Craigbank Primary "
          "for eleven years. Now people ring me, 0141 496 0382 is on the leaflet, and I answer like it's "
          "a real job, \"Chandni Peer Circle, Rukhsana speaking\"."),
    ("s", "Facilitator", "Practical things. The centre wants car registrations for the car park."),
    ("s", "Harjit", "Mine is my son's car, SN66 BQF, the silver one. He drops me and waits at the Asda."),
    ("s", "Facilitator", "And the referral form. I know it's been a sore point."),
    ("s", "P3", "When I came up from Bradford my NHS number was 999 618 2045 and here it's a CHI, and "
          "the chemist couldn't find me for two weeks. So when the form asks for numbers, I think: for "
          "what? Peer support should be the one place you are not a number."),
    ("s", "Interpreter", "Aunty-ji says she doesn't mind forms. She wants it written she is the oldest, "
          "born nineteen fifty-one, ninth of August, so she gets the good chair. [laughter]"),
    ("s", "Facilitator", "Noted. Anything for the commissioners before we finish?"),
    ("s", "Harjit", "Keep it in the community. When they tried to move us to the health centre, "
          "Breathing Space leaflets everywhere, white walls, half of us didn't come. People come here "
          "because it feels like somebody's front room, not a clinic."),
    ("s", "Facilitator", "Thank you. The summary will go to chandni.circle@example.com and on the page "
          "at example.org/peers/chandni. The postcode for the new room is G41 4CV if anyone needs "
          "it for the taxi. Shukriya, everyone."),
    ("p", "[Recording ends 12:27. Notes: F. Transcribed from audio; Urdu and Punjabi speech as rendered "
          "by the interpreter.]"),
]

# ---------------------------------------------------------------------------
# ax4: .xlsx, one row per turn. Columns: Timestamp, Speaker, Text. Row 1 = header.
# ---------------------------------------------------------------------------
XLSX = [
    ("00:00:00", "[note]", SYN),
    ("00:00:00", "[note]", "Razem Peer Support - members' discussion, back room of Bursztyn Community "
                           "Caf\u00e9, Leith Walk. Hybrid: three online via Teams, chat pasted in as rows."),
    ("00:00:00", "[note]", "Speaker key: MOD = moderator; INT = interpreter (speaks for Pani Halina); "
                           "P1 = Kasia; P2 = Zbyszek; P3 = Agnieszka. Chat rows = online attendees."),
    ("00:00:12", "MOD", "Dzie\u0144 dobry, everyone. Thank you for staying after the group. Polish or "
                              "English, both are fine, the interpreter will help. What makes this group work?"),
    ("00:00:31", "P1", "For me, the first thing: everybody here came with one suitcase. Nobody has to "
                          "explain the night bus from Luton or sleeping six in a flat. I came in 2006, "
                          "I worked nights at Seafield Cold Store, and for ten years I never said to "
                          "anybody I was not okay."),
    ("00:01:05", "P2", "In Poland men don't go to groups. Men go to the pub or the garage. I came "
                            "because my wife told me: you go, or I go. [laughter] Now I make the coffee. "
                            "If the coffee is bad, the group is bad."),
    ("00:01:29", "MOD", "So the roles matter?"),
    ("00:01:33", "P2", "Of course. I am not a talker. But I am the coffee man, and people sit by the "
                            "machine and talk to me. Later they talk to the group."),
    ("00:01:52", "INT", "She says - she asked me to speak for her - that she is 67, she "
                                "came here to look after her grandchildren, and she has no English. Without "
                                "the group she would speak to nobody but the "
                                "children and the television."),
    ("00:02:20", "INT", "She adds: at the group she is not a babcia, she is Halina. That is the "
                                "difference."),
    ("00:02:34", "P3", "Can I say the tension? Some people want only Polish, some of us want to "
                              "practise English. I moved from Peterborough in 2015. My English is okay, "
                              "my husband is Scottish, and sometimes I feel I am between two chairs."),
    ("00:03:01", "MOD", "How do you handle that?"),
    ("00:03:05", "P1", "We made a rule: first half Polish, second half English. And the interpreter "
                          "for the older ladies in both halves. We wrote the ground rules together "
                          "when we started - no politics, no religion, no telling people what to "
                          "do with their life."),
    ("00:03:30", "P2", "Because every Polish family has one uncle who will argue about PiS until "
                            "morning. [laughter]"),
    ("00:03:41", "ola (chat)", "sorry my mic is broken. for me the online option is everything, i am in "
                               "Loanhead with a baby and no car. please keep the teams link"),
    ("00:03:58", "MOD", "Thank you, that's clear. And facilitation - how does that work?"),
    ("00:04:06", "P1", "We take turns. Me, Agnieszka, and Wojtek before he went back to Krak\u00f3w. "
                          "Brakuje nam Wojtka - we miss him, he was very calm. We did the training with Dorota "
                          "Wi\u015bniewska, the peer trainer. She says the facilitator is not a teacher, "
                          "just the one who holds the clock."),
    ("00:04:35", "P3", "The difficult part is when it is your friend who is not well. Last winter "
                              "one member was very low, talking about the bridge. I am friends with her "
                              "on Facebook, I know her children from Orze\u0142 Saturday School. I had to "
                              "call NHS 24 and I felt like a traitor. She thanked me after, but for a month I didn't sleep."),
    ("00:05:25", "MOD", "Let's talk about the room. Why the caf\u00e9?"),
    ("00:05:30", "P1", "Because it smells like home. Pierogi, coffee. Before we were in a church hall "
                          "and half the people thought the priest would know everything. In the caf\u00e9 "
                          "nobody knows why you are in the back room. You could be buying sausage."),
    ("00:05:55", "P2", "The bad thing is the noise of the machine. And Tuesdays the owner, Pan "
                            "\u0141ukasz, has deliveries, so we are sitting between boxes."),
    ("00:06:12", "INT", "She says the room is warm and that is enough. She remembers in "
                                "her village, Bukowina Tatrza\u0144ska, the women met in the kitchen of "
                                "the priest's housekeeper. Same thing."),
    ("00:06:30", "MOD", "Practical things, quickly. The funder asks what paperwork is a problem."),
    ("00:06:36", "INT", "Pani Halina says the Universal Credit letter has her National Insurance "
                                "number wrong. Her number is QQ 44 18 27 B and the letter says "
                                "QQ 44 18 72 B. She brought the letter for Kasia to read."),
    ("00:06:58", "P1", "Yes, we will phone them together tomorrow, I have her date of birth, "
                          "12.06.1957, and everything. This is also peer support, honestly. Half of "
                          "the group is forms."),
    ("00:07:15", "P3", "For me it was the NHS number. In England I had 999 274 3190, here the GP "
                              "at Restalrig Lane Surgery gave me a CHI and nothing matched for months."),
    ("00:07:38", "m.dabrowski (chat)", "can you also put the phone for the group in the notes. my "
                                       "brother wants to come"),
    ("00:07:50", "P1", "Yes - +44 7700 900 347, that's the group phone, I keep it Tuesdays. Or "
                          "write on Instagram, @razem.edi, or the form at example.com/razem/zapisy."),
    ("00:08:10", "P2", "And tell him parking is terrible. If he comes by car, not in the loading "
                            "bay. Last month my van, SK17 WQO, got a ticket, sixty pounds."),
    ("00:08:26", "MOD", "Where do people find you if they don't use Instagram?"),
    ("00:08:31", "P1", "Posters in the Polish shop and the post goes to my flat, 3F2, 41 Cairnbrae "
                          "Row, EH6 8QM. The caf\u00e9 doesn't want post."),
    ("00:08:50", "MOD", "Last question. In one word, what is the group?"),
    ("00:08:55", "P3", "In Polish we say razem. Together."),
    ("00:08:58", "P2", "Coffee. [laughter] No - razem, she is right."),
    ("00:09:04", "INT", "She says: \"dom\", home."),
    ("00:09:10", "ola (chat)", "razem \u2764\ufe0f dzi\u0119ki Kasiu i wszystkim"),
    ("00:09:15", "MOD", "Dzi\u0119kuj\u0119 bardzo. We'll stop the recording there."),
]

# ---------------------------------------------------------------------------
# Labels: per file, label text -> kind.  Every whole-word, case-sensitive
# occurrence of each text in its file becomes a row of labels.csv.
# ---------------------------------------------------------------------------
LABELS = {
    ODT_FILE: {
        "Chandni Peer Circle": "workplace", "Albertvale Community Rooms": "workplace",
        "Glenbrae Medical Practice": "workplace", "Noorani Sweet Centre": "workplace",
        "Craigbank Primary": "workplace",
        "Rukhsana": "name", "Akhtar": "name", "Harjit": "name", "Kaur": "name", "Shamim": "name",
        "Bashir": "name", "Farzana": "name", "Gill": "name", "Parveen": "name", "Sukhi": "name",
        "Eaglesham": "place", "Dadyal": "place",
        "2/1, 38 Marchbrae Terrace": "street_address",
        "@chai_and_chats_southside": "handle",
        "0141 496 0382": "phone",
        "SN66 BQF": "car_registration",
        "999 618 2045": "nhs_number",
        "nineteen fifty-one, ninth of August": "date_of_birth",
        "chandni.circle@example.com": "email",
        "example.org/peers/chandni": "url",
        "G41 4CV": "postcode",
    },
    "ax2_interview_western_isles.txt": {
        "Tobar Peer Support": "workplace", "Cnoc Ard Hall": "workplace",
        "Arnol Road Surgery": "workplace", "Lewis Wheels": "workplace", "Cleitir Tweed": "workplace",
        "Sgoil Bhaile \u00d9r": "workplace",
        "Mackinnon": "name", "Peigi": "name", "MacNeil": "name", "Dolina": "name",
        "Macaulay": "name", "Ruairidh": "name", "Murdo": "name", "Kipper": "name", "Seonaidh": "name",
        "Iain": "name", "M\u00e0iri": "name", "Bheag": "name", "Ealasaid": "name",
        "Kenny": "name", "MacLeod": "name", "Nicolson": "name", "Beag": "name",
        "Shawbost": "place", "Lochboisdale": "place", "Tong": "place", "Back": "place",
        "Eriskay": "place", "Balallan": "place",
        "3rd of March 1964": "date_of_birth",
        "oh seven seven double oh, nine double oh, two six one": "phone",
        "SY19 KQE": "car_registration",
        "HS2 0KV": "postcode",
        "@hebrideanhermit": "handle",
        "311498 4436": "nhs_number",
        "tobarpeers at example dot org": "email",
        "example.org/tobar": "url",
    },
    "ax3_email_thread_fife_dundee.txt": {
        "Linktown HV": "workplace", "Linktown Hearing Voices Group": "workplace",
        "Raith Brae Community Hub": "workplace", "Stobsmuir Men's Circle": "workplace",
        "Linnbrae Medical Practice": "workplace",
        "Alasdair": "name", "Souter": "name", "Kirsty": "name", "McFarlane": "name", "Shug": "name",
        "Petrie": "name", "Hugh": "name", "Hope": "name", "J.T.": "name", "Lewis": "name",
        "Shona": "name", "Ogilvie": "name", "Graham": "name", "Gallacher": "name",
        "Fintry": "place",
        "17 Glebeknowe Road": "street_address", "9 Muirbrae Loan": "street_address",
        "KY1 2MV": "postcode", "DD4  9KO": "postcode", "KY8 3CM": "postcode",
        "07700 900538": "phone", "01632 960714": "phone", "0131 496 0274": "phone",
        "linktownhv@example.org": "email", "kmcf.commissioning@example.net": "email",
        "stobsmuir.men@example.com": "email", "gdo41.gp@example.org": "email",
        "peers [at] example [dot] org": "email",
        "example.org/linktownhv": "url",
        "@StobsmuirBlokes": "handle",
        "14/02/68": "date_of_birth",
        "3115680457": "nhs_number",
        "ZZ481093A": "ni_number",
        "SP68 XQI": "car_registration",
    },
    XLSX_FILE: {
        "Razem Peer Support": "workplace", "Bursztyn Community Caf\u00e9": "workplace",
        "Seafield Cold Store": "workplace", "Orze\u0142 Saturday School": "workplace",
        "Restalrig Lane Surgery": "workplace",
        "Kasia": "name", "Kasiu": "name", "Zbyszek": "name", "Halina": "name", "Agnieszka": "name",
        "Wojtek": "name", "Wojtka": "name", "Dorota": "name", "Wi\u015bniewska": "name",
        "\u0141ukasz": "name", "ola": "name",
        "Loanhead": "place", "Bukowina Tatrza\u0144ska": "place",
        "QQ 44 18 27 B": "ni_number", "QQ 44 18 72 B": "ni_number",
        "12.06.1957": "date_of_birth",
        "999 274 3190": "nhs_number",
        "m.dabrowski": "handle", "@razem.edi": "handle",
        "+44 7700 900 347": "phone",
        "example.com/razem/zapisy": "url",
        "SK17 WQO": "car_registration",
        "3F2, 41 Cairnbrae Row": "street_address",
        "EH6 8QM": "postcode",
    },
    "ax5_google_meet_somali_glasgow_inverness.txt": {
        "Xidid Women's Circle": "workplace", "Keppoch Family Rooms": "workplace",
        "Cowlairs Cash & Carry": "workplace", "Ashgrove Lane Primary": "workplace",
        "Thornbush Community Hall": "workplace", "Fountainwell Medical Practice": "workplace",
        "Abdirahman": "name", "Eilidh": "name", "sahra": "name", "Maryan": "name",
        "Cawo": "name", "C-A-W-O": "name", "Deka": "name", "Deeqa": "name", "D-E-E-Q-A": "name",
        "Xaliimo": "name", "Halima": "name", "Faadumo": "name", "Cali": "name", "Dheere": "name",
        "Sighthill": "place", "Merkinch": "place", "Nairn": "place",
        "+44 141 496 0517": "phone",
        "zero seven seven zero zero, nine zero zero, one eight two": "phone",
        "1st of January 1980": "date_of_birth",
        "3116802165": "nhs_number",
        "QQ 27 91 40 C": "ni_number",
        "SV20 OQJ": "car_registration",
        "xidid.circle@example.org": "email", "highlandpeers@example.net": "email",
        "example.net/xidid/referral": "url",
        "Flat 12/3, 40 Ardoch Court": "street_address",
        "G21 1KV": "postcode", "IV3 5OM": "postcode",
        "@hooyo.talks.hie": "handle",
    },
}


def build_odt(path):
    doc = OpenDocumentText()
    bold = Style(name="SpeakerBold", family="text")
    bold.addElement(TextProperties(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold"))
    doc.automaticstyles.addElement(bold)
    for item in ODT:
        if item[0] == "h":
            doc.text.addElement(H(outlinelevel=1, text=item[1]))
        elif item[0] == "p":
            doc.text.addElement(P(text=item[1]))
        else:
            _, speaker, said = item
            para = P()
            para.addElement(Span(stylename=bold, text=speaker + ":"))
            para.addText(" " + said)
            doc.text.addElement(para)
    doc.save(path)


def build_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws.append(["Timestamp", "Speaker", "Text"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in XLSX:
        ws.append(list(row))
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 110
    for r in ws.iter_rows(min_row=2):
        r[2].alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.creator = "blind-ax build.py"
    wb.properties.lastModifiedBy = "blind-ax build.py"
    wb.save(path)


def units(fname):
    """Return [(unit_number, text)] the way labels.csv counts lines/paragraphs/rows."""
    full = os.path.join(HERE, fname)
    if fname.endswith(".txt"):
        with open(full, encoding="utf-8") as fh:
            return list(enumerate(fh.read().split("\n"), start=1))
    if fname.endswith(".odt"):
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(full)
        out = []

        def walk(node):
            for ch in node.childNodes:
                if ch.nodeType == ch.ELEMENT_NODE and ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    out.append(teletype.extractText(ch))
                elif ch.nodeType == ch.ELEMENT_NODE:
                    walk(ch)
        walk(doc.text)
        return list(enumerate(out, start=1))
    if fname.endswith(".xlsx"):
        from openpyxl import load_workbook
        ws = load_workbook(full).active
        res = []
        for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
            res.append((i, " | ".join("" if v is None else str(v) for v in row)))
        return res
    raise ValueError(fname)


def write_labels():
    rows = []
    used = set()
    for fname in [ODT_FILE, TXT_FILES[0], TXT_FILES[1], XLSX_FILE, TXT_FILES[2]]:
        lab = LABELS[fname]
        for num, text in units(fname):
            hits = []
            for t, kind in lab.items():
                for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    hits.append((m.start(), t, kind))
            for _, t, kind in sorted(hits):
                rows.append((fname, num, kind, t))
                used.add((fname, t))
        for t in lab:
            if (fname, t) not in used:
                print("WARNING: label text never occurs:", fname, t)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    build_odt(os.path.join(HERE, ODT_FILE))
    build_xlsx(os.path.join(HERE, XLSX_FILE))
    rows = write_labels()
    print("built", ODT_FILE, XLSX_FILE, "and labels.csv with", len(rows), "rows")
