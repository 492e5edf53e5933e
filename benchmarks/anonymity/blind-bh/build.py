"""Build the blind-bh benchmark set.

Run from anywhere:  python build.py
Paths are relative to this script's folder. Produces:
  screening_qa_inverness.srt      (from src_screening.txt, cues separated by blank lines)
  forms_feedback_lanterns_kendal.xlsx
  interview_kettle_group.odt
  labels.csv                      (every whole-word, case-sensitive occurrence of each label text)
The two .txt transcripts (Slack, Descript) are hand-written sources and are not generated.
"""
import csv
import datetime as dt
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(HERE, name)


SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

SRT = "screening_qa_inverness.srt"
XLSX = "forms_feedback_lanterns_kendal.xlsx"
ODT = "interview_kettle_group.odt"
SLACK = "slack_tnb_facilitators.txt"
DESCRIPT = "descript_roundtable_orkney_kendal.txt"
FILES = [SRT, XLSX, SLACK, ODT, DESCRIPT]

# --------------------------------------------------------------------------- SRT

def ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def build_srt():
    src = open(P("src_screening.txt"), encoding="utf-8").read().strip("\n")
    cues = [c.strip("\n") for c in re.split(r"\n\s*\n", src) if c.strip()]
    out = []
    t = 1.2
    for i, c in enumerate(cues, 1):
        words = len(c.split())
        dur = max(1.6, min(6.0, 0.42 * words))
        out.append(f"{i}\n{ts(t)} --> {ts(t + dur)}\n{c}\n")
        t += dur + 0.35 + (i % 3) * 0.21
    with open(P(SRT), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# --------------------------------------------------------------------------- XLSX
Q_HEAD = [
    "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
    "Which Little Lanterns group do you come to?",
    "What has helped you most about coming?",
    "Has anything been hard, or not worked for you?",
    "Anything about the room, the venue or getting there?",
    "If you're happy for Bev to get in touch, leave a number or email (optional)",
]


def d(day, h, m, s):
    return dt.datetime(2024, 11, day, h, m, s)


RESPONSES = [
    [1, d(4, 19, 12, 40), d(4, 19, 21, 5), "anonymous", "", "",
     "Tuesday evenings, Kendal",
     "Being in a room where nobody flinches when I say Alfie's name. At work they change the subject. Here people ask about him. Someone remembered his birthday, 3rd June, without me saying, and I cried in the car park after but in a good way.",
     "Sometimes the newer parents take up the whole evening and I don't get a turn. I know they need it more, but a ground rule about time would help.",
     "The hall is fine but the radiators are either off or boiling. The bill for the room must be a lot, could we do a raffle?",
     ""],
    [2, d(4, 20, 3, 11), d(4, 20, 14, 52), "cashw77@example.com", "Carol Ashworth", "",
     "Both - Tuesdays in Kendal and the online one",
     "Meeting other mums who had a stillbirth. Poppy was born sleeping on 14/02/2022 and I thought I was the only one in the whole of Cumbria. J.T. who does the tea was the first person who said her name back to me.",
     "I found the online group hard because my husband Bill kept walking through behind me. Not his fault.",
     "Parking is a nightmare on a Tuesday. Somebody in a white van PY20 QOI parks across the disabled bay every week.",
     "07700 900731 after 6, or the email above"],
    [3, d(5, 9, 40, 2), d(5, 9, 44, 30), "anonymous", "", "",
     "The Thursday daytime one",
     "Having a job in the group. I do the memory tree now, I write the names on the paper leaves. It gives me a reason to get there.",
     "I would like the group to say clearly that dads are welcome. My partner thinks it's a mums' thing. Only two dads come and they sit together by the door.",
     "It's hard to get in from Staveley without a car since they cut the bus, I get a lift off my neighbour.",
     ""],
    [4, d(5, 21, 55, 18), d(5, 22, 9, 41), "anonymous", "", "",
     "Tuesday",
     "Bev. Honestly she holds it all together. And Mrs Thwaite my mother in law comes with me, which I never thought she would.",
     "We lost Isla at 19 months. I sometimes feel the parents who lost babies think my grief is different, and the parents of older children think I didn't have long enough with her. No one says it out loud.",
     "The room upstairs at the Fellgate is better than the main hall, less echo.",
     "Joanne Thwaite 07700900915 (mobile, no spaces sorry)"],
    [5, d(6, 13, 2, 7), d(6, 13, 20, 33), "kendalmam@example.net", "Siân Pritchard", "",
     "Online Wednesdays (I moved back to Manchester in the summer)",
     "Knowing nobody will tell me everything happens for a reason. The ground rules card says no advice unless asked. That card should be on every wall in the country.",
     "The Zoom link changes every week and I go hunting through my emails. Could it always be https://example.com/lanterns-weds like it was in spring? Also the counselling referral wanted my NHS number and I didn't know where to put it, so: 999 305 4178",
     "n/a",
     "DOB 11.09.1980 if you need it for the referral. Landline 0161 496 0825"],
    [6, d(7, 10, 15, 0), d(7, 10, 31, 26), "anonymous", "", "",
     "Tuesday Kendal",
     "Taking on a role. I'm the one who meets new people at the door now. I remember my first night, standing outside in the car park for twenty minutes.",
     "There was a falling out in the summer about having a stall at the Westmorland show. Some of us didn't want to be 'the sad parents' in front of the whole town. It got heated and the group nearly split.",
     "A quiet room for when you get overwhelmed. At Heronsyke Primary where I work they have a calm room, something like that.",
     ""],
    [7, d(7, 18, 47, 51), d(7, 19, 6, 12), "rainbowbaby.dad@example.org", "Tomasz Wiśniewski", "",
     "Tuesdays, with my wife",
     "Being one of the only dads I was nervous. A dad from the Thursday group took me for a pint at the Lone Heron after and that did more than any leaflet.",
     "My English is not always good enough for the fast talking. A slower round would help. My wife Hope translates for me but then she does not get to speak herself.",
     "Kentvale Dairies lets me finish early on Tuesday so I can come, please thank them in the newsletter.",
     "same as my email"],
    [8, d(8, 11, 20, 9), d(8, 11, 27, 45), "anonymous", "", "",
     "Thursday daytime",
     "That nobody rushes me. It has been six years since we lost our son and I still come. Some people think you should 'move on' from a group. The facilitator says the door is open as long as you want it.",
     "The facilitator training is only ever in Manchester or Preston. Could it be in Kendal?",
     "Please keep the candles. Mr Pennington the caretaker is very kind about the wax.",
     ""],
    [9, d(9, 8, 5, 44), d(9, 8, 25, 3), "anonymous", "", "",
     "Tuesday Kendal + volunteering",
     "I'm one of the volunteers now and we were promised expenses. The claim form asks for NI so here it is QQ 45 67 89 C. Post any cheque to 17 Lowther Fold, Kendal, la9 6mc",
     "Living on the Kirkbarrow estate everyone knows what happened to us. The group is the one place nobody knows me as 'that family'. I hope that makes sense.",
     "Can the Christmas one be somewhere other than the pub we all went to after the funeral.",
     "my Facebook is @rainbowmam_86 if easier"],
]


def build_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([SYN])
    ws.append(Q_HEAD)
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in RESPONSES:
        ws.append(r)
    for row in ws.iter_rows(min_row=3):
        for c in row[1:3]:
            c.number_format = "m/d/yy h:mm:ss"
        for c in row[6:]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [5, 16, 16, 28, 20, 16, 26, 60, 60, 50, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(P(XLSX))


# --------------------------------------------------------------------------- ODT
COVER = [
    ("P", SYN),
    ("H", "Peer Support That Works: Interview 07"),
    ("P", "Group: The Kettle Group (Traveller women's peer support, Liverpool)"),
    ("P", "Interviewee: Bridgie McDonagh, co-facilitator"),
    ("P", "Interviewer: Fenella Crouch"),
    ("P", "Date of interview: 12 March 2024"),
    ("P", "Place: back room of the Jolly Drover, Old Swan"),
    ("P", "Transcribed by: Amrit Sandhu (verbatim, lightly cleaned)"),
    ("P", "Audio file: TWG_interview07_final.m4a    Duration: 41:12"),
    ("P", "Consent: written, ref CF-07. Interviewee asked to be named."),
]
BODY = [
    "Q: Thanks for doing this, Bridgie. Can you start by telling me how the group began?",
    "A: It was me and my cousin, really. Winnie Ward. We used to sit in her trailer on the Hazelmoss site with a flask, and other women would come and sit too, and one day somebody said, this is a group, this. So we called it the Kettle Group, because there was always a kettle on.",
    "Q: And when did it move indoors?",
    "A: 2019. Father Quigley gave us the parish hall at St Ita's for nothing. He's gone now, God rest him, and the new priest charges us.",
    "Q: What do you think makes it work?",
    "A: Being among our own. At the doctor's you're a Traveller first and a woman with her nerves second. At Dovecot Lane Surgery the receptionist asked me for a fixed address three times in one go. In here nobody asks you what a site is, or why you won't talk to a man about your nerves. We came down from Glasgow when I was twelve and I've been explaining myself ever since.",
    "Q: Is there a shared identity, even across different families?",
    "A: There's rows, don't get me wrong. The McDonagh side and the Ward side have history going back to my grandmother's time. But in the room we've a rule: leave the family business at the door. Winnie's sister-in-law made that rule. She wrote it on the back of a cereal box and it's still on the wall.",
    "Q: Tell me about roles in the group.",
    "A: My niece does the money, God help us. Mary-Ellen does the reading. She reads any letters for women who can't read, council letters, hospital letters. That's a big job, that. I facilitate with Siobhán. She's a settled woman, a nurse. She was on the ward with my mam when she was dying and that's how we met.",
    "Q: What happens with the hospital letters?",
    "A: Honest to God, they lose everything. My mam's NHS number, I had it wrote on my hand, 999 701 2348, because every time it was a different story. She reads them out and we make the phone calls together, on speaker, so nobody's on their own with it.",
    "Q: Are there tensions about who the group is for?",
    "A: Oh, yes. Some of the younger girls wanted a Facebook page, and we're on there now, @KettleGroupLiverpool, but the older women said no, people will see, the husbands will see. And there's the question of the settled women. My co-facilitator's not a Traveller, and some won't speak in front of her. We talked it through. She stays, but she sits out the first half hour.",
    "Q: How do you handle it when someone's in crisis?",
    "A: We're not counsellors. We have the Samaritans number up on the wall. But last winter Kathleen, my eldest, she was born the 9th of October 1987 so she's no child, she was very bad, and it was the group got her through. Margaret Joyce drove her to A&E at two in the morning and sat with her till nine.",
    "Q: Does the venue matter?",
    "A: More than anything. The parish hall is cold and the new priest doesn't like us. We tried this back room, but Mr Cheetham wants us gone by seven when the darts start. Now we're looking at a shop unit on the corner by my sister's, she's at 41 Larkhill Close, L13 5OV, and it's been empty a year.",
    "Q: Is there anything you'd like commissioners to hear?",
    "A: Pay the women who hold it. I do it for nothing, I've three grandchildren, and I'm on Universal Credit. The DWP had my National Insurance wrong for a year, it's QQ 12 34 56 C, somebody typed it in with a B. A year! And fund transport. Half our women are out on the site with one bus an hour. My cousin's got a bungalow in Hale and she'd come every week if she had a lift. My son drives some of them, and he's been stopped by the police four times in that van, KX62 QJI, for nothing, for being who he is.",
    "Q: Would you want other groups to contact you?",
    "A: Course. Ring me, 07700 900187, or the email is tea.and.talk@example.org, the young ones check it. There's a page as well, www.example.net/kettle. And if anyone's at Appleby this June, come and find us down by the river.",
    "Q: Thank you. That's everything.",
    "A: Thank you, Fenella love. Put my name in, mind. Bridgie McDonagh. I'm not ashamed of any of it.",
    "[END OF RECORDING 41:12]",
]


def build_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H as TH
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(h1)
    brk = Style(name="PageBreakHeading", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    brk.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.automaticstyles.addElement(brk)
    qa = Style(name="QA", family="paragraph")
    qa.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(qa)
    for kind, txt in COVER:
        if kind == "H":
            doc.text.addElement(TH(outlinelevel=1, stylename=h1, text=txt))
        else:
            doc.text.addElement(TP(text=txt))
    doc.text.addElement(TH(outlinelevel=2, stylename=brk, text="Transcript"))
    for txt in BODY:
        doc.text.addElement(TP(stylename=qa, text=txt))
    doc.save(P(ODT))


# --------------------------------------------------------------------------- text extraction
def file_lines(name):
    """Return list of line strings; index+1 is the label 'line' number."""
    path = P(name)
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook
        ws = load_workbook(path).active
        return ["\t".join("" if v is None else str(v) for v in row)
                for row in ws.iter_rows(values_only=True)]
    if name.endswith(".odt"):
        from odf.opendocument import load
        from odf import teletype
        from odf.namespaces import TEXTNS
        doc = load(path)
        out = []

        def walk(el):
            for ch in el.childNodes:
                if ch.nodeType == ch.ELEMENT_NODE:
                    if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                        out.append(teletype.extractText(ch))
                    else:
                        walk(ch)
        walk(doc.text)
        return out
    return open(path, encoding="utf-8").read().split("\n")


# --------------------------------------------------------------------------- labels
LABELS = {
    SRT: {
        "name": ["SEONAID", "Shona", "Hughie", "ÙISDEAN", "CATRÌONA", "Oyelaran", "Morag",
                 "Dòmhnall", "Munro", "MacAskill", "Peigi", "NicLeòid",
                 "Ruairidh", "Gunn"],
        "place": ["Barvas", "Dores", "Foyers", "Milton of Leys"],
        "workplace": ["Fasgadh Centre", "Còmhlan Cridhe", "Culmore", "Millbank Primary",
                      "Bun-sgoil Allt Dubh"],
        "street_address": ["22 Smithy Brae"],
        "postcode": ["IV2 3KM"],
        "phone": ["01632 960417", "07700 900268"],
        "email": ["fiosrachadh@example.org"],
        "url": ["www.example.org/ceum-air-cheum"],
        "handle": ["@comhlan.cridhe"],
        "car_registration": ["SF19 QKV"],
    },
    XLSX: {
        "name": ["Bev", "Alfie", "Carol", "Ashworth", "Poppy", "J.T.", "Bill",
                 "Thwaite", "Isla", "Joanne", "Siân", "Pritchard", "Tomasz", "Wiśniewski",
                 "Hope", "Pennington"],
        "workplace": ["Little Lanterns", "Fellgate", "Heronsyke Primary", "Lone Heron",
                      "Kentvale Dairies"],
        "place": ["Staveley", "Kirkbarrow"],
        "date_of_birth": ["3rd June", "14/02/2022", "11.09.1980"],
        "email": ["cashw77@example.com", "kendalmam@example.net", "rainbowbaby.dad@example.org"],
        "phone": ["07700 900731", "07700900915", "0161 496 0825"],
        "url": ["https://example.com/lanterns-weds"],
        "nhs_number": ["999 305 4178"],
        "ni_number": ["QQ 45 67 89 C"],
        "street_address": ["17 Lowther Fold"],
        "postcode": ["la9 6mc"],
        "car_registration": ["PY20 QOI"],
        "handle": ["@rainbowmam_86"],
    },
    SLACK: {
        "name": ["jude", "okafor", "Ferreira", "rowan", "kai", "ash", "tomek", "lior", "ngozi",
                 "bex", "D.M.", "Adeyemi", "Haslam", "sky"],
        "workplace": ["Outwith", "Saltire Rooms", "Brightwell Care"],
        "place": ["Hattersley", "Sighthill"],
        "street_address": ["Cotton Tree Lane", "88 Tollbrae Street"],
        "postcode": ["G31 2VC", "M19  3KO"],
        "phone": ["07700 900553", "0141 496 0372"],
        "email": ["mcrpeers@example.net"],
        "url": ["https://example.org/forms/tnb-referral", "https://example.net/tnb-peer"],
        "handle": ["@tnbpeers_mcr"],
        "ni_number": ["ZZ987654B"],
        "date_of_birth": ["1/4/92"],
        "car_registration": ["yx68kqi"],
    },
    ODT: {
        "name": ["Bridgie", "McDonagh", "Fenella", "Crouch", "Amrit", "Sandhu", "Winnie", "Ward",
                 "Quigley", "Mary-Ellen", "Siobhán", "Kathleen",
                 "Margaret", "Joyce", "Cheetham"],
        "workplace": ["Kettle Group", "Jolly Drover", "St Ita's", "Dovecot Lane Surgery"],
        "place": ["Hazelmoss", "Hale"],
        "street_address": ["41 Larkhill Close"],
        "postcode": ["L13 5OV"],
        "phone": ["07700 900187"],
        "email": ["tea.and.talk@example.org"],
        "url": ["www.example.net/kettle"],
        "handle": ["@KettleGroupLiverpool"],
        "nhs_number": ["999 701 2348"],
        "ni_number": ["QQ 12 34 56 C"],
        "date_of_birth": ["9th of October 1987"],
        "car_registration": ["KX62 QJI"],
    },
    DESCRIPT: {
        "name": ["Heather", "Rendall", "Will", "Sutcliffe", "Dawn", "Capstick", "Tam", "Flett",
                 "Harcus", "Reuben", "Jamie", "Linklater", "Inga"],
        "workplace": ["Peedie Lights", "Skerryvore", "Bothy Bar", "St Oswin's",
                      "Northvale Creamery", "Burnvale Primary"],
        "place": ["Hoy", "Evie", "Burneside"],
        "street_address": ["9 Skerry View"],
        "postcode": ["KW 15 1 MC"],
        "phone": ["oh one six three two, nine six oh, five one three", "07700 900 642"],
        "email": ["islandparents at example dot net"],
        "url": ["example dot org slash peedie"],
        "handle": ["@lakesgriefwalks"],
        "date_of_birth": ["second of February, two thousand and nine"],
        "car_registration": ["SK67 IQV"],
    },
}


def occurrences(text, line):
    return list(re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line))


def build_labels():
    rows = []
    for f in FILES:
        lines = file_lines(f)
        for kind, texts in LABELS[f].items():
            for t in texts:
                n = 0
                for i, ln in enumerate(lines, 1):
                    for _ in occurrences(t, ln):
                        rows.append((f, i, kind, t))
                        n += 1
                if n == 0:
                    raise SystemExit(f"label text not found: {f}: {t!r}")
    order = {f: k for k, f in enumerate(FILES)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[3]))
    with open(P("labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    print(f"labels.csv: {len(rows)} rows")


if __name__ == "__main__":
    build_srt()
    build_xlsx()
    build_odt()
    build_labels()
