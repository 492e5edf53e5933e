"""Build ac03.docx (synthetic perinatal peer group notes) from the paragraph list below.

Every paragraph, heading included, is one numbered paragraph (from 1) for labels.csv.
Run from anywhere: python make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

# (style, text): style "title", "h1" or "p"
PARAGRAPHS = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("title", "Cwtch Mamas perinatal peer group: what makes our group work"),
    ("p", "Notes from the reflection workshop, held in person and online, collated by Nia Pritchard "
          "(peer facilitator) for the commissioners in Flintshire and on the Wirral. Quotes are as close to "
          "word-for-word as we could get. Attribution is given as each person asked."),
    ("h1", "What helps"),
    ("p", "\u201cIt's the one place nobody judges me for not loving every minute of it.\u201d (Member, 34, from Shotton)"),
    ("p", "\u201cSeeing mams who were where I am six months ago and are alright now. That's the whole thing "
          "really.\u201d (Member, 27)"),
    ("p", "\u201cFfion rang me the night before my first session and said she'd wait for me at the door. "
          "She did. In the rain. And I can speak Polish with her when the English words are too tired to "
          "come.\u201d (Agnieszka, 31, Wallasey)"),
    ("p", "\u201cBeing allowed to bring the baby. My daughter was born on the 14th of September 2023 and she has been "
          "to every single group since she was six weeks old.\u201d (Member, 30, from Flint)"),
    ("p", "\u201cThe WhatsApp. I know we're not meant to use it in a crisis, and it says Samaritans 116 123 at the "
          "top every week, but just someone typing 'same' at 3am.\u201d (Member, 22)"),
    ("p", "\u201cSi\u00e2n's voice notes. Nobody else sings to my baby down the phone.\u201d (Member, 38)"),
    ("h1", "What gets in the way"),
    ("p", "\u201cThe bus. There's one bus from Saltney and it doesn't connect with anything. My mam drove me in the "
          "end, in her little red Fiat, CA21 QKE, she's the only reason I got to half the sessions.\u201d "
          "(Member, 25)"),
    ("p", "\u201cForms. The referral wanted my DOB, 22/11/1996, my baby's NHS number, my address, my health "
          "visitor's name, all before I'd even met anyone. I nearly gave up on that page.\u201d (Member, 27)"),
    ("p", "\u201cThe red book had her NHS number on the front, 999 526 0182, and I was reading it out on the phone in "
          "the middle of Tesco to a receptionist who kept saying 'sorry, again?'\u201d (Member, 33, from Mold)"),
    ("p", "\u201cThe maternity allowance form wanted my NI number, ZZ 12 09 88 A, and I'd never used it because "
          "I'd only ever done cash work.\u201d (Member, 19)"),
    ("p", "\u201cGoing back to work. Deeside Ceramics wanted me back full time at six months, and my manager, "
          "Mr Hughes-Jones, said 'we all had babies, love'. I had to drop to every other week.\u201d "
          "(Member, 35)"),
    ("p", "\u201cBeing on two sides of the border. My GP is in Wales, I gave birth in Chester, and my midwife was in "
          "England, and nobody talks to each other.\u201d (Member, 29)"),
    ("p", "\u201cShame, if I'm honest. My husband's family in Lahore think depression is something you pray "
          "away.\u201d (Rukhsana, 32)"),
    ("p", "\u201cNot knowing who is who. I had a health visitor, a community psychiatric nurse, a perinatal nurse and "
          "Dr Oyelaran from the mother and baby team all in one week, and I couldn't tell you which one was "
          "which.\u201d (Member, 28)"),
    ("h1", "Staff and services"),
    ("p", "\u201cBethan, my health visitor, is the one who told me about the group. She gave me the facilitator's "
          "mobile, 07700 900 128, and said ring it today, not tomorrow.\u201d (Member, 24)"),
    ("p", "\u201cThe GP at Coed Celyn Surgery was lovely, but the first thing she did was put me on sertraline 50mg "
          "without asking if I was breastfeeding. The group found me the leaflet that said it was fine.\u201d "
          "(Member, 31)"),
    ("p", "\u201cI still don't know what Betsi Cadwaladr actually is. Is it a hospital? A person?\u201d "
          "(Member, 22)"),
    ("p", "\u201cThe PANDAS helpline and Mind were good for information, but you can't ring a helpline for a "
          "cuppa.\u201d (Member, 40)"),
    ("h1", "Finding us"),
    ("p", "\u201cI found them on Instagram, @mamasofthedee, and I lurked for two weeks before I messaged.\u201d "
          "(Member, 23)"),
    ("p", "\u201cThe leaflet had a web address, example.org/cwtch-mamas, and an email, croeso@example.com, but I didn't "
          "want an email from a mental health group popping up on the family iPad.\u201d (Member, 26)"),
    ("p", "\u201cMy sister-in-law follows a mum on TikTok, tidal_mama_diaries, who posted about us. That's how I "
          "knew it was real.\u201d (Member, 30)"),
    ("h1", "Where we meet"),
    ("p", "Facilitator note: we meet at Sandbrook Children's Centre (ch46  9ic) on Thursdays, and upstairs at "
          "19 Dee View Terrace, Connah's Quay, CH5 4MK, on alternate Mondays. The venue line is 0151 496 0392."),
    ("p", "\u201cOne of our mams wrote her home address on the sign-in sheet, Flat 4, 2 Maes Glas Court, Buckley, "
          "and the sheet went missing for a week. We keep the sheets in a locked drawer now.\u201d (Nia, facilitator)"),
    ("h1", "What we'd change"),
    ("p", "\u201cMore dads' sessions. My partner won't come to anything with 'mental health' on the poster.\u201d "
          "(Member, 30)"),
    ("p", "\u201cA cr\u00e8che. And someone to ring you when you stop coming, not just when you start.\u201d "
          "(Member, 37)"),
    ("p", "\u201cLonger funding. We lost Ffion's post for four months last year and three mams stopped coming.\u201d "
          "(Member, 36)"),
    ("p", "Next workshop: Thursday 10 October, same place. Thank you to everyone who came."),
]


def build(path: Path = HERE / "ac03.docx") -> Path:
    doc = Document()
    for style, text in PARAGRAPHS:
        if style == "title":
            doc.add_heading(text, level=0)
        elif style == "h1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    # keep the output stable between runs
    doc.core_properties.author = "synthetic"
    doc.core_properties.title = "Synthetic perinatal peer group notes"
    doc.save(path)
    return path


if __name__ == "__main__":
    p = build()
    print(f"wrote {p.name} with {len(PARAGRAPHS)} paragraphs")
