"""Build 02_mens_shed_flipchart_notes.docx (synthetic flipchart write-up).

Run with: python build_docx.py
Each entry below becomes exactly one paragraph, in order, so paragraph
numbers in labels.csv (1-based, Document.paragraphs order, headings counted)
match the list position.
"""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_mens_shed_flipchart_notes.docx")

# (style, text) - style None = Normal
PARAS = [
    (None, "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Heading 1", "Flipchart write-up: \u201cWhat keeps us coming?\u201d"),
    (None, "Tuesday Diggers (men\u2019s shed), Plot 14, Greetwell Holt Allotments \u2013 Tue 5 March 2024, 10.30 till the rain came"),
    (None, "Typed up by R.B. from 4 flipchart sheets + the sticky notes (photos on the shed laptop). Spellings as written. Initials in brackets = who said it."),
    (None, "Present: 9 regulars + 1 new lad (1st time, sent by the Jobcentre). Apologies from 2."),
    ("Heading 2", "SHEET 1 \u2013 WHY DO WE KEEP COMING?"),
    (None, "\u2022 the tea (obv) \u2192 the urn. \u201cproper tea not that herbal muck\u201d"),
    (None, "\u2022 nobody asks how you FEEL straight off \u2192 you just dig, the talking comes sideways (DW)"),
    (None, "\u2022 side by side not face to face!! \u2190 everyone agreed, underlined twice"),
    (None, "\u2022 having a job \u2192 rhubarb bed, compost bays, seed orders, the urn. Something to come in FOR"),
    (None, "\u2022 blokes who\u2019ve been there. Two of us knew each other from Witham Valley Haulage, both off 2 yrs w/ nerves, \u201cdidn\u2019t have to explain nothing\u201d"),
    (None, "\u2022 gets you out the flat \u2192 Lenny moved to Saxilby, 2 buses each way, still comes. Stan walks over from Birchwood"),
    (None, "STICKY: \u201cMy missus says I\u2019m nicer on a Tuesday\u201d"),
    (None, "STICKY: \u201cCame for the compost, stayed for the blokes\u201d"),
    (None, "STICKY: \u201cDoctor said get out more. This is out.\u201d"),
    (None, "\u2022 same boat \u2192 most of us lost the job first, then the rest followed. Nobody here thinks you\u2019re soft"),
    ("Heading 2", "SHEET 2 \u2013 GROUND RULES (2nd go, agreed 5/3)"),
    (None, "1. what\u2019s said in the shed stays in the shed"),
    (None, "2. nobody HAS to talk. you can just hoe."),
    (None, "3. no politics. no football after 11 (!!) \u2013 Imps talk at brew time only"),
    (None, "4. phones on silent EXCEPT Mo (on call for Quarrygate Tyres)"),
    (None, "5. tools signed out in the red book by the door. Strimmer = key holder only, after last time"),
    (None, "6. someone having a bad day \u2192 tea, not advice"),
    (None, "\u2192 someone wanted \u201cno swearing\u201d, vetoed 7\u20132 \U0001F602"),
    ("Heading 2", "SHEET 3 \u2013 ROLES (who does what)"),
    (None, "Key holder \u2013 Vic. Spare key with Mrs Doughty, 3 Pinfold Cottages (NOT for the noticeboard)"),
    (None, "Seeds / orders \u2013 Col. Budget \u00a340 a term, receipts to treasurer"),
    (None, "First aid \u2013 Baz (did the course at Ironstone Gym, cert runs out Oct)"),
    (None, "Treasurer \u2013 me (reluctantly!!)"),
    (None, "Brew rota \u2013 everyone, BUT J.T. not allowed near the milk again"),
    (None, "Welcomer for new lads \u2013 Lenny + DW (buddy for the new lad, 4 wks)"),
    (None, "\u2192 roles = belonging?? \u201conce you\u2019ve got a job they can\u2019t get rid of you\u201d"),
    (None, "Insurance form: Stan 70 in April, DOB 14.04.1954. Taff\u2019s NI no. for the volunteer expenses: QQ 47 11 93 A (to shred after)"),
    ("Heading 2", "SHEET 4 \u2013 WHAT\u2019S NOT WORKING / TENSIONS"),
    (None, "\u2022 council peer support review form wants postcodes + DOB for everyone \u2192 \u201cwe\u2019re not a clinic\u201d (J.T.) \u2192 just put the shed\u2019s own, LN60VW"),
    (None, "\u2022 cliquey?? Abdul\u2019s sticky: \u201cfelt like walking into someone else\u2019s local\u201d \u2192 welcomers to do a proper welcome + tour of the beds"),
    (None, "\u2022 facilitator \u2013 do we need one? Steve from Andy\u2019s Man Club comes monthly. Some love it. One of the lads calls it \u201cthe talking bit\u201d + goes to the compost"),
    (None, "\u2022 the room = the shed. Freezing Jan/Feb. Portakabin offered by Frank at the depot?? \u2192 treasurer to chase"),
    (None, "\u2022 parking \u2013 allotment committee moaning re the Berlingo on the verge (YR15 QXP) \u2192 park on the track"),
    (None, "\u2022 Mo\u2019s night shifts \u2192 misses half. Move to Weds? NO \u2013 Weds = bowls for two of us at Greetwell Vale Bowls Club"),
    (None, "\u2022 money \u2013 grant ends Aug. to be frank nobody understands the form. Will P.: \u201cwill anyone notice if we just carry on\u201d"),
    ("Heading 2", "STICKY NOTES (wall by the door)"),
    (None, "\u201cThree years since the redundancy. Only place I don\u2019t feel like a spare part.\u201d"),
    (None, "\u201cThe lads noticed I was quiet before my wife did\u201d \u2013 L."),
    (None, "\u201cDon\u2019t turn it into a course\u201d"),
    (None, "\u201cMy onions > Monty Don\u2019s onions\u201d"),
    (None, "\u201cOn sertraline 100mg and I still come to dig. Both help.\u201d"),
    (None, "\u201cif I don\u2019t turn up ring me 07700 900417 \u2013 I mean it\u201d"),
    ("Heading 2", "CONTACTS \u2013 bottom of sheet 4 (NB: TAKE THIS BIT OFF BEFORE IT GOES ON THE NOTICEBOARD)"),
    (None, "Vic \u2013 07700 900 583 (texts better)"),
    (None, "Col \u2013 landline only, 01632 960771, after 6"),
    (None, "First aider \u2013 firstaider.bk@example.net"),
    (None, "New lad \u2013 via the Jobcentre, don\u2019t give his number out"),
    (None, "AMC sign-up \u2013 https://www.example.net/digger-talks"),
    (None, "Shed insta @tuesdaydiggers_lincs"),
    (None, "Deliveries: Plot 14, Gatehouse Drove, LN6 0VW \u2013 gate code from key holder"),
    (None, "Next session Tue 12 March \u2013 new lad\u2019s first proper week. Bring gloves. \u2013 R.B."),
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for style, text in PARAS:
        if style:
            doc.add_paragraph(text, style=style)
        else:
            doc.add_paragraph(text)
    doc.core_properties.author = "shed laptop"
    doc.core_properties.title = "flipchart write-up"
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
