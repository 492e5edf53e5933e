"""Build 02_gaelic_older_report.docx (facilitator's end-of-year report).

Run from inside this folder:  ../../../.venv/bin/python build_docx.py
(or any python with python-docx installed). Output is written next to this script.
Paragraph numbers used in labels.csv follow Document.paragraphs order (headings
counted, starting at 1); text inside the single table is addressed by its table
row number (header row = 1).
"""
import datetime
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_gaelic_older_report.docx")

# (style, text) in document order; "TABLE" marks where the table goes.
BODY = [
    ("Normal", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Title", "Cridhe Còmhla: end-of-year report"),
    ("Normal", "Gaelic conversation and company group for older people, Lochaber. "
               "Year 3: April 2023 to March 2024."),
    ("Normal", "Prepared by Seonag Rankin, volunteer facilitator, for the Linnhe Small Grants Panel."),
    ("Normal", "We meet on Wednesdays, 2–4pm, in the upstairs room of An Seann Sgoil, "
               "4 Bothan Place, Caol, PH33 7MV."),
    ("Heading 1", "1. Summary"),
    ("Normal", "We met 38 times this year, with an average of nine members. For most of them this is "
               "the only place in the week where Gaelic is the first language in the room. Several told "
               "us their grandchildren have no Gaelic, and that they had started to lose words simply "
               "through not using them. The group is not a class. Native speakers from Lewis, Uist and "
               "Skye sit beside people who grew up with the language in Lochaber and lost it, and a few "
               "learners."),
    ("Normal", "What makes it work, in members' words, is \"being yourself in your own language\". Mutual "
               "support happens mostly over the tea: lifts, soup, a hand with a form, somebody noticing "
               "that a chair has been empty for two weeks and going round to the house."),
    ("Normal", "Roles have settled without anyone assigning them. Ùisdean sets out the chairs and boils "
               "the urn, and will not be relieved of it. Peigi leads the singing at the end. Mrs MacPhail "
               "keeps the birthday book. Dòmhnall, our youngest at 71, drives Peigi in from her cottage at "
               "Banavie, and Ceit walks over from her sister's in Inverlochy."),
    ("Heading 1", "2. Ground rules and facilitation"),
    ("Normal", "Our ground rules were agreed in year one and are re-read every September: Gaelic first, "
               "English always welcome; nobody corrects anybody else's Gaelic; what is said in the room "
               "stays in the room; and we do not discuss who has gone into a home or hospital unless they "
               "have told us themselves. My job as facilitator is mostly to keep the tea on time and make "
               "sure the quieter ones get a turn. I try to stay out of the way."),
    ("Normal", "I am a learner myself, and some members would prefer a facilitator who is a native "
               "speaker. We have agreed to share the role: from September, one of the native speakers "
               "will chair a session each month and I will make the tea."),
    ("Heading 1", "3. Sessions and attendance"),
    ("Normal", "The table shows a sample of sessions. Attendance is given by first name as written in "
               "the sign-in book."),
    ("TABLE", None),
    ("Heading 1", "4. In members' own words"),
    ("Quote", "\u201cTha e mar dhachaigh dhomh.\u201d It is like home to me. \u2013 Ceit"),
    ("Quote", "\u201cIn the care home they call me Hughie. Here I am Ùisdean again.\u201d"),
    ("Quote", "\u201cI was frightened to open my mouth in case I got it wrong. Now I would not miss a "
              "Wednesday.\u201d \u2013 S.M., learner"),
    ("Quote", "\u201cDè do naidheachd, a Dhòmhnaill? That is the first thing I hear every week, and "
              "nobody asked me that since my wife died.\u201d"),
    ("Heading 1", "5. What has been hard"),
    ("Normal", "The stairs. An Seann Sgoil has no lift and Mrs MacPhail cannot manage them since her "
               "fall. From November to February we moved down to the old dining room, which is colder and "
               "has no hearing loop, and two members stopped coming. We have asked the Gleann Bàn Bowling "
               "Club about their lounge for next winter."),
    ("Normal", "There is a tension between native speakers and learners. Some native speakers feel the "
               "learners slow things down; some learners feel judged. The rule about not correcting "
               "helps, but it is not solved. One member has also asked that nothing in this report could "
               "identify her to her family, who do not know she comes."),
    ("Normal", "Incident, 10 January 2024: Dòmhnall became breathless during the session. An ambulance "
               "was called and he was taken to the Belford. He is well and back with us. The incident "
               "form records his CHI as 999 604 2138 and date of birth as 03/02/1953."),
    ("Normal", "Transport: his car (SN17 VIQ) is now on the community transport scheme, so his "
               "mileage is covered."),
    ("Heading 1", "6. Next year and contacts"),
    ("Normal", "We are asking for a portable hearing loop, taxi fares for members beyond the bus route, "
               "and a summer trip to Iona, chosen by vote. Ùisdean's birthday (he was born on "
               "15 November 1933, and will tell you so) is already in the diary."),
    ("Normal", "Contact: facilitator's mobile 07700 900733, cridhe.comhla@example.org. Photos shared with "
               "members' consent: www.example.org/cridhe-comhla"),
    ("Normal", "Mar sin leibh an-dràsta. \u2013 Seonag"),
]

TABLE = [
    ["Date", "Session", "Attended", "Notes"],
    ["12 April 2023", "Òrain an taighe: songs from home", "Peigi, Ùisdean, Ceit (+6)",
     "First session after Easter"],
    ["7 June 2023", "Visit from Bun-sgoil na Creige P6", "D.M. (+5)",
     "Children asked about the herring"],
    ["13 September 2023", "The herring and the gutting", "Raonaid (+7)",
     "First visit for one new member"],
    ["15 November 2023", "A 90th birthday", "All 14", "Cake from Bonnach Bakehouse"],
    ["10 January 2024", "Winter stories", "Dòmhnall (+6)", "See incident note"],
    ["6 March 2024", "Planning year 4", "Seònaid, Mòrag (+9)", "Agreed this report"],
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Group facilitator"
    cp.last_modified_by = "Group facilitator"
    cp.title = "End-of-year report"
    cp.comments = ""
    cp.created = datetime.datetime(2024, 3, 8, 10, 0, 0)
    cp.modified = datetime.datetime(2024, 3, 8, 10, 0, 0)
    for style, text in BODY:
        if style == "TABLE":
            table = doc.add_table(rows=0, cols=len(TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(TABLE):
                cells = table.add_row().cells
                for c, val in enumerate(row):
                    cells[c].text = val
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
            continue
        if style == "Title":
            doc.add_heading(text, level=0)
        elif style == "Heading 1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text, style=style)
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("wrote", os.path.basename(OUT))
