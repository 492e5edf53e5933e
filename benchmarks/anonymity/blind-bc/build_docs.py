"""Rebuild the two binary transcripts of the blind-bc set.

    python build_docs.py

Writes 02_leicester_saheli_flipchart.docx and 04_wolverhampton_yompers.xlsx
next to this script. Everything in them is synthetic (see README.md).
"""
import io
import os
import struct
import zlib
import datetime

from docx import Document
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2024, 3, 11, 20, 0, 0)

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."


def tiny_png(w=120, h=80, shade=(225, 215, 160)):
    """A plain-coloured PNG standing in for a phone photo of a flipchart."""
    raw = b"".join(b"\x00" + bytes(shade) * w for _ in range(h))

    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- docx
# ("p", style, text) | ("img", shade) | ("table", [rows...])
DOCX = [
    ("p", None, SYNTH),
    ("p", "Heading 1", "Saheli Sangat – \u201cWhat keeps us coming?\u201d workshop"),
    ("p", None, "Flipchart and sticky-note write-up. Saturday 9 March 2024, 10.30–12.30, upstairs room at Kesar House, 21 Tulsi Walk, LE4 6OM."),
    ("p", None, "Typed up by Hansaben from the photos on my phone. Gujarati and Punjabi comments translated by me and Jas, so any mistakes are ours. Please do not forward outside the group."),
    ("p", None, "Present: 14 members, 2 volunteers, Neelam Chohan (link worker) and two social work students who only listened."),
    ("p", "Heading 2", "Sheet 1 – What keeps us coming?"),
    ("img", (236, 200, 214)),
    ("p", "Caption", "Photo 1 – Sheet 1 on the window, pink stickies. Taken on Amrit\u2019s phone, sorry it is blurry."),
    ("p", "List Bullet", "\u201cHere nobody asks why my daughter-in-law doesn\u2019t visit.\u201d (said in Gujarati)"),
    ("p", "List Bullet", "Same language, same jokes, same food. \u201cI don\u2019t have to translate myself.\u201d"),
    ("p", "List Bullet", "\u201cWe are all widows or nearly widows, we understand each other.\u201d (lots of laughing at this one)"),
    ("p", "List Bullet", "Kulwant ji\u2019s saag on the first Saturday. Everyone wrote this!"),
    ("p", "List Bullet", "\u201cComing here is my reason to put on a nice suit and oil my hair.\u201d"),
    ("p", "List Bullet", "The number 54 bus stops outside, and it is free with the bus pass."),
    ("p", "Heading 2", "Sheet 2 – Jobs and roles"),
    ("p", None, "We agreed everybody who wants a job has a job. Copied from the flipchart:"),
    ("table", [
        ["Job", "Who", "Notes"],
        ["Tea and chai", "Pushpa and Surinder", "No more masala sachets, only proper chai with ginger"],
        ["Welcome at the door", "Bharti", "Until April, see below"],
        ["Register (first names only!)", "Jas", "See ground rules"],
        ["Translating Gujarati \u2194 Punjabi \u2194 English", "Hansaben, Mrs Mistry", "Link worker to find a Bengali speaker for the new lady"],
        ["Chair exercises", "P.K.", "She taught keep-fit for 20 years at Brightwater Leisure, so she is strict"],
        ["Quiet minute at the end", "anyone who wants", "Only if people want it. We have Hindu, Sikh and Muslim sisters, so no prayers from one religion"],
    ]),
    ("p", "Heading 2", "Sheet 3 – Ground rules (in our words)"),
    ("p", "List Number", "What is said at Kesar House stays at Kesar House. Not at the mandir, not at the gurdwara, not on WhatsApp."),
    ("p", "List Number", "No gossip about whose son got divorced."),
    ("p", "List Number", "Speak in any language, someone will help."),
    ("p", "List Number", "Phones on silent, except if your husband is poorly at home."),
    ("p", "List Number", "Nobody has to tell her story. You can just sit."),
    ("p", "List Number", "Men can come to the Diwali party only!"),
    ("img", (250, 240, 170)),
    ("p", "Caption", "Photo 2 – Ground rules sheet. Rule 2 was also written in Gurmukhi and in Gujarati script."),
    ("p", "Heading 2", "Sheet 4 – Tensions (yellow stickies)"),
    ("p", None, "We were asked to be honest about what does not work. Sticky notes copied exactly:"),
    ("table", [
        ["Sticky", "By", "What we said"],
        ["\u201cThe Gujarati ladies sit one side and the Punjabi ladies sit the other side\u201d", "S.K.", "We will mix the tables and do a name game"],
        ["\u201cWhy is a young girl from the council here?\u201d", "(no name)", "The link worker explained she is not checking on anybody. Some ladies still not happy"],
        ["\u201cMy son drops me off but he wants to know everything we said\u201d", "(no name)", "Agreed you can just say \u201cit was nice\u201d"],
        ["\u201cMental health is a shame word in my family\u201d", "(no name)", "We call it mann ni vaat or dil di gall, talk of the heart. Better words"],
        ["\u201cRoom is too cold, heating on a timer\u201d", "many", "Ask the caretaker Mr Dhanak. The centre says the heating bill went up since Jan"],
    ]),
    ("p", "Heading 2", "Sheet 5 – Who runs it?"),
    ("p", "List Bullet", "Some ladies want the link worker to run the group because she is \u201cofficial\u201d. Most said no: the group belongs to us and the council is a guest."),
    ("p", "List Bullet", "The two volunteers are tired. We need two more so it does not always fall on the same people. Two ladies said they will try from May."),
    ("p", "List Bullet", "Upstairs is hard for knees. The downstairs hall is bigger but the toddler group is next door and it is very noisy. We stay upstairs for now and ask about the lift."),
    ("p", "Heading 2", "Things people asked me to write down"),
    ("p", "List Bullet", "Kulwant ji needs help with the Attendance Allowance form. She gave the link worker her NI number (QQ 61 04 27 B) on a scrap of paper, please shred it!"),
    ("p", "List Bullet", "Pushpa is 80 this month, born 14.3.1944, she said write it so nobody forgets. Cake on 16 March, no eggs."),
    ("p", "List Bullet", "Bharti has moved from Rushey Mead to her daughter\u2019s in Syston, so she needs a lift now. Jas\u2019s son can bring her (silver Corolla, FN18 QVR, he waits by the bins)."),
    ("p", "List Bullet", "Mrs Chauhan, the practice nurse from Marigold Health Centre, will come in April to check blood pressure. Not compulsory."),
    ("p", "List Bullet", "Surinder worked 31 years at Kohinoor Knitwear and wants to teach the younger ones to knit. To be frank the younger ones are 65!"),
    ("p", "Heading 2", "Contacts"),
    ("p", None, "Neelam (link worker, Mon\u2013Thu): 07700900731"),
    ("p", None, "Group phone (the volunteers keep it): 01632 960 815"),
    ("p", None, "Email: saheli.sangat@example.org"),
    ("p", None, "Worried about someone at night: Samaritans 116 123. Emergency: 999."),
    ("p", None, "Next session: Saturday 13 April 2024, 10.30. Vaisakhi food to share."),
    ("p", None, ""),
    ("p", None, "Jai Shri Krishna and Sat Sri Akal to all. \u2013 H."),
]


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Facilitator"
    cp.last_modified_by = "Facilitator"
    cp.title = "Flipchart write-up"
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for item in DOCX:
        kind = item[0]
        if kind == "p":
            _, style, text = item
            doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
        elif kind == "img":
            p = doc.add_paragraph()
            p.add_run().add_picture(io.BytesIO(tiny_png(shade=item[1])), width=Cm(6))
        elif kind == "table":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    doc.save(path)


# ---------------------------------------------------------------- xlsx
XLSX = [
    [SYNTH],
    ["Yam Yam Yompers \u2013 veterans walking group \u2013 workshop: what makes the group work?"],
    ["Sat 16/03/2024, 11:45\u201312:40, back room of the Wheelwright\u2019s Arms after the canal loop. Facilitator (F): Kelly B., Op COURAGE peer lead. Typed from the recording + my notes."],
    [],
    ["Time", "Who", "Said", "Notes"],
    ["00:00:10", "F", "Thanks for staying after the walk. Two questions: what makes this group work, and what gets in the way. No ranks in here.", "Recorder on, everyone OK with it"],
    ["00:00:41", "Frank", "No ranks is the first thing. I was a colour sergeant, Smudge was a lance jack, one of us was a captain in the Gurkhas. Out on the towpath none of it matters. We're just blokes with bad knees.", ""],
    ["00:01:20", "Smudge", "It's walking side by side. You don't have to look at anybody. Half of what I've told him I told to the back of his head.", "Quote for report: \u201cside by side\u201d"],
    ["00:02:05", "Dil B", "In the battalion we always have buddy. Here also buddy. If my buddy does not come two weeks, I go to his flat in Heath Town and I knock.", "Dil B = Mr Gurung. Check OK to quote"],
    ["00:02:40", "Stevo", "He does an' all. Knocked twenty minutes once. I was under the duvet. Honestly, that's why I'm still here.", "Safeguarding: spoke to him after, he has a worker. His mobile got typed in below by mistake (Excel ate the 0), delete before sharing"],
    ["", "", "", 7700900147],
    ["00:03:15", "F", "What about roles?", ""],
    ["00:03:20", "Frank", "I do the route and the risk assessment because I can't help myself. My grandad was a wheelwright, I like a plan, though the laminated map's a smudge after one wet walk. Smudge does the flask. Taff does the photos.", ""],
    ["00:04:02", "Taff", "And the Strava club, eleven on it now. And the Instagram, @yomp_wv, my granddaughter set it up.", ""],
    ["00:04:40", "ICB", "Can I ask what doesn't work? We're looking at funding more groups like this across the Black Country.", "ICB = Mrs Okafor, commissioning"],
    ["00:05:05", "Stevo", "The pub. Don't get me wrong, the Wheelwright's are good to us, Bev gives us the back room for nothing. But half of us shouldn't be near a bar after. I'm eighteen months dry. To be frank it's a test every Saturday.", ""],
    ["00:05:50", "F", "So it's tea, not pints, but the venue's a tension. Alternatives?", "Church hall wants \u00a325 an hour"],
    ["00:06:15", "Smudge", "Can I go back to the first question? It's that nobody needs the backstory. Civvies want the whole film, what happened, did you see anything. In here you say you had a bad week and the lads just nod and somebody passes you a biscuit. Other tension is the women. We've got Jan now, ex-RAF, and some of the lads swear less and some swear more to prove a point.", ""],
    ["00:06:40", "Jan", "I'm fine with the swearing. What I'm not fine with is being asked if I was a nurse. I was a flight engineer for twenty-two years. Two tours in the Gulf and one in Afghanistan, same as most of them, but the minute I open my mouth they think I'm the welfare officer. Give it time, they'll get used to me.", ""],
    ["00:07:05", "F", "Ground rules?", "Only 3!"],
    ["00:07:10", "Frank", "Nobody gets left behind. No war stories unless you've asked first. What's said on the walk stays on the walk. Which somebody broke.", ""],
    ["00:07:30", "Taff", "That was me. I put a photo up of the lads, him included, outside his GP's.", "GP = Merridale Green Practice, do NOT put in report"],
    ["00:07:55", "Stevo", "It's fine now, but the lads at Canalside Logistics follow that page and I'd told work I was at the dentist.", ""],
    ["00:08:30", "Walker", "Can I say something, I've not said owt. I'm not a natural walker. My wife got the leaflet at the Legion. What works for me is the short loop, and nobody makes you feel soft for taking it.", "New: Dave Walker, 2nd walk, DOB 11/05/1961, lives on Low Hill, no car"],
    ["00:09:10", "Dil B", "Also for the wives. My wife has little English. While we walk she has tea with the other Nepali ladies.", ""],
    ["00:09:40", "ICB", "If we funded transport, would that help?", "Everyone: yes. Plus waterproofs, one lad walked in trainers all winter"],
    ["00:10:20", "F", "Contacts for the write-up?", ""],
    ["00:10:25", "Frank", "My mobile, 07700 900263. Group email yompers.wolves@example.com, website www.example.com/yompers. Not my home address, I get enough post.", ""],
    ["00:10:50", "Taff", "Parking's on the verge by the lock. If a white Transit's in your way it's mine, VK65 QXR, just knock.", ""],
    [],
    ["", "", "", "Actions: F to help Stevo with PIP form (NI ZZ 48 27 91 A, from his letter). April start point: 3 Anvil Yard, wv10  6qk (the caff by the lock). Next walk Sat 20 April, 10:00."],
]


def build_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Workshop turns"
    for row in XLSX:
        ws.append(row)
    for cell in ws[5]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 90
    ws.column_dimensions["D"].width = 50
    for row in ws.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A6"
    wb.properties.creator = "Facilitator"
    wb.properties.lastModifiedBy = "Facilitator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "02_leicester_saheli_flipchart.docx"))
    build_xlsx(os.path.join(HERE, "04_wolverhampton_yompers.xlsx"))
    print("built 02_leicester_saheli_flipchart.docx and 04_wolverhampton_yompers.xlsx")
