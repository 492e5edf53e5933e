"""Build 03_minutes_young_carers_newry.docx (synthetic committee minutes).

Run from anywhere:  python build_minutes_docx.py
Writes the .docx next to this script. Needs python-docx.
Paragraph numbers used in labels.csv follow Document.paragraphs order
(headings counted, table cells NOT counted - the action table holds no identifiers).
"""
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "03_minutes_young_carers_newry.docx"

# (style, text). style None = Normal.
BODY = [
    (None, "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Title", "Anchor Young Carers Network - Newry & South Armagh"),
    ("Heading 1", "Steering Group Minutes (DRAFT - not for circulation until item 5 redacted)"),
    (None, "Wednesday 6 March 2024, 4.00pm to 5.45pm, upstairs meeting room, "
           "Fernagh Hall, 22 Mullaghglass Row, Newry BT35 6VQ"),
    ("Heading 2", "Attendance"),
    (None, "Present:"),
    ("List Bullet", "Úna McParland - Chair (parent carer representative)"),
    ("List Bullet", "Saoirse Magennis - Lead Youth Worker, Anchor"),
    ("List Bullet", "Dr Hafsa Qureshi - Commissioning Lead, Southern Trust (items 5 and 6 only)"),
    ("List Bullet", "Kevin Rocks - Treasurer"),
    ("List Bullet", "Pat Trainor - Secretary (minutes)"),
    ("List Bullet", "Amira and Jordan - young carer representatives (junior leaders)"),
    (None, "Apologies: Fr Haughey (parish); Mrs Devlin (Carnagh Integrated College)."),
    ("Heading 2", "1. Welcome and apologies"),
    (None, "The Chair welcomed everyone, in particular the two junior leaders attending "
           "for the first time. Apologies as above. The Chair reminded members that young carers are referred "
           "to by first name only in minutes and that the Chatham House rule applies to item 3."),
    ("Heading 2", "2. Minutes of last meeting and matters arising"),
    (None, "The minutes of 7 February were agreed as accurate (proposed K.R., seconded S.M.). "
           "Matters arising: the Education Authority home-to-school transport form has still not come "
           "back; Secretary to chase (see action log)."),
    ("Heading 2", "3. What makes the group work - feedback from the young carers' session"),
    (None, "The Lead Youth Worker fed back from the February session, where eleven young carers aged 11 to 17 took part. "
           "Main themes:"),
    ("List Bullet", "Mutual support: \"nobody in here asks why you were late or why your homework's not done\". "
                    "Several said it is the only place they are not \"the sensible one\"."),
    ("List Bullet", "Shared identity: the older ones like being called young carers. Two of the younger ones "
                    "(one from Crossmaglen, one from Mullaghbawn) do not, and would rather it was \"just a "
                    "youth club\"."),
    ("List Bullet", "Roles: the junior leaders now run the warm-up game and the tuck shop. Jordan said having "
                    "a job \"makes it not a therapy thing\"."),
    ("List Bullet", "Ground rules: written by the young people themselves in September, including \"no phones "
                    "out unless your mum or dad needs you\", which they felt was fair given several are on "
                    "call at home."),
    ("List Bullet", "Tensions: some parents worry the group talks about them. The Chair said that as a parent she "
                    "understood this, but the group is an anchor for the young people, not a complaints "
                    "session about home."),
    (None, "One of the junior leaders added that the best thing is \"being normal for two hours\" and asked that the Rocks "
           "family minibus keeps doing the pick-up for the three who live in Forkhill. The Treasurer confirmed "
           "he would continue until June."),
    ("Heading 2", "4. Venue and transport"),
    (None, "The upstairs room at Fernagh Hall remains suitable: private, own kitchen, lift. Concern was "
           "raised that the hall shares a car park with Cloughreagh Surgery and some young people do not "
           "want to be seen by their parents' GP. The school has offered a classroom "
           "for the summer term; the young people turned this down (\"school is "
           "school\")."),
    (None, "Gullion Cabs are quoting £38 per run from the south Armagh villages. Treasurer to get a second quote."),
    ("Heading 2", "5. Information governance incident"),
    (None, "On 19 February a referral form for a new young carer was emailed from a personal account "
           "(ldev.carnagh@example.com) to an old network address instead of referrals.ycn@example.org. "
           "The body of the email included the young person's full H&C number, 999 401 7357, and "
           "date of birth, 04/09/2008. The email has been deleted and the Trust informed. "
           "The commissioner advised that the number should not have been written into these minutes either; "
           "Secretary to redact before circulation."),
    ("Heading 2", "6. Commissioning and outcomes"),
    (None, "The commissioner explained that from April the Southern Trust contract will require WEMWBS and an "
           "Outcomes Star at entry and at exit. The Lead Youth Worker and the Chair raised concern that scoring young people "
           "every twelve weeks cuts across the informal, peer-led ethos, and that young carers already "
           "feel assessed by social services. The Treasurer noted that next year's funding (£24,500) depends on "
           "the returns. Compromise agreed: measures done one-to-one, never in the group room, and any "
           "young person can decline."),
    (None, "Named contact for the Trust: Saoirse, 07700 900614, or the office landline 028 9649 6158."),
    ("Heading 2", "7. Any other business"),
    (None, "The Treasurer reported that the minibus (MQZ 7730) failed its MOT on tyres and will be off the road "
           "until 15 March. Pat's husband Cathal has offered to cover that run in the meantime."),
    (None, "Amira asked whether the group could have an Instagram page. Agreed in principle, private "
           "account only, handle to be @yc_newry_peers; Lead Youth Worker to check with the Trust first."),
    (None, "The parish priest sent word offering the parish minibus as backup. Agreed to thank him but not rely on it."),
    ("Heading 2", "Date of next meeting"),
    (None, "Wednesday 3 April 2024, 4.00pm, same venue. Papers to secretary.ycn@example.org by 27 March."),
    ("Heading 2", "Action log"),
]

ACTIONS = [
    ("Owner", "Action", "Due"),
    ("Secretary", "Chase Education Authority transport form", "13 March"),
    ("Secretary", "Redact item 5 (number and date) before circulating", "Before circulation"),
    ("Treasurer", "Second quote for the taxi run", "3 April"),
    ("Lead Youth Worker", "Check Instagram page with the Trust", "3 April"),
    ("Chair", "Letter of thanks to the parish", "20 March"),
    ("Lead Youth Worker", "Plan for one-to-one outcome measures", "3 April"),
]

AFTER = [
    (None, "Signed (Chair): ____________________   Date: __________"),
    (None, "Minutes taken by P.T."),
]


def add(doc, style, text):
    if style is None:
        doc.add_paragraph(text)
    elif style == "Title":
        doc.add_heading(text, level=0)
    elif style.startswith("Heading "):
        doc.add_heading(text, level=int(style.split()[1]))
    else:
        doc.add_paragraph(text, style=style)


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Secretary"
    cp.last_modified_by = "Secretary"
    cp.title = "Steering group minutes"
    cp.comments = ""
    cp.created = datetime(2024, 3, 6, 18, 5)
    cp.modified = datetime(2024, 3, 7, 9, 40)
    cp.revision = 3
    for style, text in BODY:
        add(doc, style, text)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in ACTIONS:
        cells = table.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for style, text in AFTER:
        add(doc, style, text)
    doc.save(OUT)
    print("wrote", OUT.name, "paragraphs:", len(doc.paragraphs))


if __name__ == "__main__":
    main()
