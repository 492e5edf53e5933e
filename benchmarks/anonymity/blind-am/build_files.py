"""Build the two binary transcripts of the blind-am set (.docx diary, .xlsx sign-in sheet).

Run from inside this folder:  ../../../.venv/bin/python build_files.py   (or any python with
python-docx + openpyxl).  Output paths are relative to the current directory.
Everything in here is invented; see README.md.
"""
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

DOCX = "02_bradford_polish_mothers_facilitator_diary.docx"
XLSX = "05_sheffield_autistic_adults_signin_feedback.xlsx"

# ---------------------------------------------------------------------------
# (2) Reflective diary kept by a volunteer facilitator (.docx)
# Each item: (style, text). style None = normal paragraph.
# ---------------------------------------------------------------------------
DIARY = [
    (None, NOTICE),
    ("Title", "Reflective diary \u2013 Mamy Razem (Polish-speaking mums\u2019 group)"),
    (None, "Kept by A. Hartley, volunteer peer facilitator. Monthly supervision with Rachel, Wellspring "
           "Perinatal Peer Service. For supervision only \u2013 not for the file."),
    ("Heading 2", "Tuesday 9 January 2024"),
    (None, "First session after Christmas. Seven mums and five babies in the upstairs room at Lowfold "
           "Family Hub, plus Hope (health visitor) for the first half hour. Gosia brought pickles and the "
           "last pierniki from Wigilia, and we started the way we always start: tea, babies on the mat, one "
           "round of \u201cjak si\u0119 masz\u201d where nobody has to say more than one word."),
    (None, "We rewrote the ground rules (zasady) in both languages. One mum wanted \u201cno advice unless "
           "asked\u201d at the top. \u0141ucja wanted \u201cphones away except for photos of babies\u201d, "
           "which made everybody laugh. Another asked for \u201cwhat is said in Polish stays in "
           "Polish\u201d, which I think is really about trust, not language."),
    (None, "Tension: our health visitor sat at the edge and afterwards said, very kindly, that she felt like a guest in "
           "her own building. I understand. But for one hour a week these women do not have to translate "
           "themselves. I hope we can find a way for her to come without the whole group switching to "
           "English. Bring to supervision."),
    (None, "\u2014 A.H."),
    ("Heading 2", "Tuesday 16 January 2024"),
    (None, "Only four mums; snow, and the 576 not running. Bo\u017cena stayed behind. Universal Credit "
           "stopped her payment because her National Insurance number was typed wrong \u2013 they had "
           "ZZ 51 83 04 D instead of ZZ 51 83 04 B. We rang together from the office. Forty minutes on hold. "
           "She is moving nearer her sister in March, so she was also worried about the change of address."),
    (None, "Note to self: I should not be writing people\u2019s numbers in this diary. My supervisor will "
           "say GDPR. She is right."),
    (None, "What worked: she said she would never ring them alone, but with another Polish mum next to her "
           "she could. That is the peer part. I was not an expert, just a person who also once cried on hold "
           "to the DWP."),
    ("Heading 2", "Tuesday 23 January 2024"),
    (None, "Asia (Joanna Krzy\u017canowska) was very flat. Baby Zuzia (ur. 02.11.2023) feeds every two "
           "hours and her mum has not slept properly since. She said in Polish \u201cI love her but I "
           "don\u2019t feel anything\u201d, then \u201csorry, sorry\u201d to the group. One of the others "
           "took the baby and walked up and down by the window with her. Nobody gave advice. The rule worked."),
    (None, "After, with her permission, I rang the health visitor and we did the perinatal referral together. They "
           "needed the baby\u2019s NHS number from the red book (999 302 4716) and Asia\u2019s date of birth, "
           "14.06.1991. Wait is about six weeks. She asked if they have Polish-speaking staff. I did not "
           "know. Me: cried in the car outside Lidl. Supervision."),
    ("Heading 2", "Tuesday 30 January 2024"),
    (None, "The Hub double-booked us with Toddler Gym, so we ended up in the caf\u00e9 next door, Kawa i "
           "Konfitura. Warm, lovely cheesecake, but too public. Two mums left early. The room matters more "
           "than I thought: the upstairs room has the sofa, the mat, a door that shuts. When we lose it the "
           "group loses its edges. Rang bookings \u2013 room promised in writing until July."),
    ("Heading 2", "Tuesday 6 February 2024"),
    (None, "Roles. Our youngest mum runs the WhatsApp (too many emojis). Another does the tea rota. The mum "
           "who is moving house still wants to do the welcome \u2013 stand at the door and say dzie\u0144 "
           "dobry to new mums. I think that is the most important job. K. said she doesn\u2019t want a job, "
           "she just wants to come, and that must also be allowed."),
    (None, "Tension: some want a Facebook page so more mums can find us. Others are scared \u2013 some "
           "have partners who do not know they come. Agreed: no faces, page called just \u201cMamy Razem "
           "Bradford\u201d, linking to www.example.org/mamyrazem with the Hub\u2019s phone, not ours."),
    ("Heading 2", "Tuesday 13 February 2024"),
    (None, "Shared identity. Gosia said: \u201cWhen I visit my mother in Zakopane I am too English, here I "
           "am too Polish. Only in this room am I just a mum.\u201d Everyone went quiet. Then Bo\u017cena "
           "said \u201cGosiu, you are never too anything\u201d and she laughed so much her baby cried."),
    (None, "She also told me, \u201cAgnieszko, stop apologising for your Polish\u201d (I grew up in Leeds, "
           "mine is kitchen Polish). For supervision: am I getting too close? She rang me on Sunday night at "
           "home. I need a boundary that does not feel like a door closing."),
    (None, "\u2014 A.H."),
    ("Heading 2", "Contacts (keep private \u2013 do not photocopy)"),
    (None, "Gosia \u2013 Ma\u0142gorzata J\u0119drzejczak \u2013 07700 900 743 \u2013 "
           "mjedrzejczak84@example.com \u2013 lives Queensbury, by the Co-op"),
    (None, "Bo\u017cena K. \u2013 +44 7700 900562 (WhatsApp only) \u2013 from March: 41 Quernmoor "
           "Street, Thornton, BD133KO"),
    (None, "Health visitor (HV, 0-19 team) \u2013 0113 496 0781 \u2013 ask for duty line"),
    (None, "Hub bookings \u2013 0113 496 0577 (Mon\u2013Thu, 9\u20133)"),
]


def build_docx(path=DOCX):
    doc = Document()
    doc.core_properties.author = "facilitator"
    doc.core_properties.title = "Reflective diary"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for sty, text in DIARY:
        if sty is None:
            doc.add_paragraph(text)
        else:
            doc.add_paragraph(text, style=sty)
    doc.save(path)


# ---------------------------------------------------------------------------
# (5) Sign-in and feedback sheet (.xlsx). Row 1 = notice, row 2 = title, row 3 = header.
# ---------------------------------------------------------------------------
HEADER = [
    "Name (what you'd like to be called)", "Pronouns", "Organisation / role", "Contact (optional)",
    "Postcode (first half is fine)", "Date of birth (optional, funder monitoring)",
    "Car reg (car park permit)", "How did you hear about us?", "Comment / feedback",
]

ROWS = [
    ["DAVIES, Rhiannon (facilitator)", "she/her", "Quiet Corner Collective - co-facilitator",
     "ask at the desk", "S11", "-", "-", "-",
     "Ran the ground rules today. Kept 'no eye contact needed' at the top and added 'you can leave "
     "without saying goodbye'. Room 2 much better than the main hall; the fridge hum was the only complaint."],
    ["sam", "they/them", "member", "pixelmoth@example.net", "s2 4co", "prefer not", "bus", "Instagram",
     "liked that i could sit in the corner with headphones and still count as in the group. fidget box is ace. "
     "please keep name badges optional"],
    ["Kit Brannigan", "he/him", "member + volunteer (tea)", "07700900275", "S6", "12/08/1996", "n/a",
     "friend",
     "Doing the tea is my way in. I don't have to make small talk if I'm holding a teapot. Would like a "
     "written plan of who does what each week, surprises are hard."],
    ["Femi (visiting)", "he/him", "Sheaf Valley Autism Hub - peer worker", "", "S8", "-", "train", "work",
     "Came to see how you run it. The traffic-light cards (talk / maybe / not today) are brilliant, we'll "
     "borrow them with credit. Good that nobody is 'the expert' in the room."],
    ["R.J.", "", "member", "", "S7 1MK", "1994-05-30", "", "GP (Hallamgate Surgery)",
     "First time. Nearly left at the door because of the buzzer. Someone came down and let me in "
     "without making it a thing. Thank you."],
    ["Mr O.", "he/him", "member", "", "", "", "SF15 OQK", "Sheffield Libraries leaflet",
     "Please call me Mr Okafor. I know everyone else uses first names; it is a respect thing for me and I "
     "appreciated that nobody argued about it."],
    ["Siobh\u00e1n Dervan", "she/they", "member", "insta @siobhanmakes", "S11", "3 Feb 2001", "", "Reddit",
     "Tension for me: some people want a social, others want to talk about diagnosis and burnout. "
     "Alternate weeks? Also the sign-in sheet itself is stressful, could it be a form on the tablet?"],
    ["Patience", "she/her", "member", "via support worker", "DN4", "", "", "my support worker",
     "Thank you for your patience with me today, I was late and flustered. Liked that the timer person "
     "gives a two-minute warning before the break."],
    ["Frankie (carer)", "", "carer", "", "", "", "", "",
     "Not sure if carers should stay in the room. I went to the caf\u00e9 and that felt right. Liv said "
     "it was the first group where nobody asked her to explain herself. She also says the low lights are "
     "the only reason she can stay two hours."],
    ["Bryn", "he/him", "member", "discord: quietfox_88", "S2", "", "", "Discord",
     "The Discord is where I actually talk. In person I mostly listen. Both count. Please don't make "
     "in-person the 'real' group."],
    ["Horsfall, M.", "", "member", "ring mum first", "", "30/11/1987", "", "mum",
     "Too loud when the kitchen hatch was open. Otherwise good. Want the same seat every time (green chair). "
     "Mum says I talked more on the bus home than all week."],
    ["Sunny", "they/them", "member", "", "", "", "", "website",
     "I like that roles rotate. Last month I did the timer and it made me feel useful instead of weird. "
     "Would do the welcome table if I can do it from behind the table."],
]

NOTES = [
    ["FACILITATOR NOTES (not for the funder copy)"],
    ["Attendance 12 incl. 1 carer + 1 visitor. 3 first-timers. Nobody left early; two used the quiet room. "
     "Shared identity came up again: several said this is the first place they have not had to mask, and "
     "that being with other autistic adults (not staff who are 'good with autism') is the whole point."],
    ["Agreed new ground rule: 'no touching other people's stim toys without asking'. Alternating social / "
     "topic weeks - vote next time. Would like a heads up by text if the room ever changes."],
    ["Tension to hold: carers in the room or not. Happy to use the caf\u00e9 this time, but some carers will "
     "want to stay. Ask the visiting peer worker how their hub handles it."],
    ["Kit - volunteer expenses form done (NI QQ 72 19 44 A), \u00a36.40 bus fare. Form in the blue folder."],
    ["Venue: Kelham Forge Community Rooms, 9 Smelter's Yard, S3 8OC. Caretaker Dale 07700 900 704 "
     "(he'll unlock Room 2 from 12.30)."],
    ["Next session Sat 13 April 2024, same room. Booking and the accessible route: www.example.net/quietcorner"],
    ["Crisis info on the back wall: Samaritans 116 123, NHS 111 option 2, text SHOUT to 85258. "
     "Funder return (National Lottery Community Fund) due 30 April."],
]


def build_xlsx(path=XLSX):
    wb = Workbook()
    ws = wb.active
    ws.title = "Session 14"
    ws.append([NOTICE])
    ws.append(["Quiet Corner Collective - autistic adults' peer group - SIGN-IN & FEEDBACK - Session 14 - "
               "Sat 16 March 2024, 1-3pm - Room 2 (lights dimmed)"])
    ws.append(HEADER)
    for r in ROWS:
        ws.append([v if v != "" else None for v in r])
    ws.append([])
    for r in NOTES:
        ws.append(r)
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [26, 10, 30, 26, 14, 16, 14, 26, 70]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A4"
    wb.save(path)


if __name__ == "__main__":
    build_docx()
    build_xlsx()
    print("built", DOCX, XLSX)
