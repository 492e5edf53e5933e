"""Builds 04_seafarers_dropin_vignette.odt (third-person case-study vignette).

Run:  python build_odt.py
Paragraph numbering used in labels.csv = order of text:h / text:p elements in
the document body (headings counted, table-cell paragraphs counted, in reading
order), i.e. what paragraphs() in verify_labels.py returns.
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "04_seafarers_dropin_vignette.odt")

# ("h1"|"h2"|"p"|"table", content)
BLOCKS = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h1", "Case study: \u201cIt\u2019s like being back on a crew\u201d \u2013 peer support at the Ravensquay Seafarers\u2019 Drop-in"),
    ("p", "Written up by Alisha Corkill, Peer Support Worker, for the Ravensquay steering group. Internal learning document, March 2024. Names have been changed (see note at end)."),
    ("h2", "Background"),
    ("p", "The Ravensquay drop-in runs on Tuesday and Friday afternoons in the old net loft at 27 Glenfaba Row, Douglas, a short walk from the Sea Terminal. It was started by Rev. Hilary Cook and a handful of retired mariners who knew what it was like to be a long way from home with nobody to talk to. Visiting crews, fishermen from Peel and Port St Mary, and ferry staff all come in. There is tea, a washing machine, free Wi-Fi and a small room with a door that closes."),
    ("p", "The drop-in is not a clinical service. It is peer-led: most of the volunteers have worked at sea, and the ground rules were written by members at the very first meeting \u2013 no rank in the room, no religion unless someone asks for it, and nobody is asked about their contract or their captain."),
    ("h2", "An able seaman\u2019s story"),
    ("p", "Rodel Macaraeg is a 41-year-old able seaman from the Philippines who first came in last winter, when his vessel, a feeder container ship, was held in Douglas for three weeks over unpaid wages. His shipmates call him \u201cDodong\u201d. He told the peer worker he had not slept properly since the company, Tholt Line Shipping, stopped answering emails. He had sent money home to Batangas every month for nine years."),
    ("p", "For his first two visits he sat near the door and charged his phone. On the third, the ship\u2019s cook from another vessel, Jānis Bērziņš, sat down next to him and started talking about basketball. It was not the volunteers who got him talking but another seafarer who had been through a wage dispute himself. By the end of the afternoon they were teaching each other card games and had swapped WhatsApp numbers."),
    ("h2", "What seemed to help"),
    ("p", "Three things mattered. The first was shared identity: \u201conly another seaman knows,\u201d as he put it. The second was having a role. Within a month Dodong was the one welcoming new crews in Tagalog and showing them where the kettle was. The third was the room itself. The net loft is warm, it smells of coffee rather than disinfectant, and there are old charts of the Irish Sea on the wall that people stand and argue over."),
    ("p", "The peer worker also helped him register with a GP so that he could get something for the insomnia. Lheaney Surgery needed his details, and the summary below was copied into the case file before the vignette was anonymised. THIS TABLE MUST BE DELETED BEFORE CIRCULATION."),
    ("table", [
        ("Name", "Rodel Macaraeg"),
        ("Date of birth", "17/08/1982"),
        ("NHS no.", "999 159 0838"),
        ("NI no.", "QQ 55 10 21 B"),
        ("Address ashore", "c/o the drop-in, Douglas, IM1 2KV"),
        ("Mobile / email", "+44 7700 900 672 / ab.seaman82@example.com"),
    ]),
    ("h2", "The question of who the room is for"),
    ("p", "Oleksandr, who asks everyone to call him Sasha, is a second engineer on the inter-island ferry and lives in Laxey, in the flat above his sister-in-law\u2019s bakery. He found the drop-in \u201ctoo churchy\u201d at first and did not like a chaplain running the sign-in book. He now co-facilitates on Fridays. He pointed out that crews coming off the Ben-my-Chree were finishing twelve-hour shifts and missing the session completely, so the steering group moved Friday to 7pm."),
    ("p", "That change caused the drop-in\u2019s first real argument. The chaplain wanted a named sign-in sheet for the funders; members did not want their names written down anywhere their employers might see. Juan Quilliam, a retired Manx fisherman who drives crews to the pharmacy in his own green Berlingo, KX62 IQJ, said: \u201cWe\u2019re not a service, we\u2019re a crew. Crews don\u2019t keep registers.\u201d The compromise was tally marks on the whiteboard and a monthly headcount, which the funders accepted."),
    ("p", "Lamb hotpot on a Friday is Juan\u2019s doing, and it has become a ritual. The engineers say the food is half the reason they come. The chaplaincy still holds a short service in the corner on Sundays, but it is separate, and nobody is nudged towards it."),
    ("h2", "Learning for the steering group"),
    ("p", "What makes this group work is what members bring to each other, not what staff provide: recognition from people who have lived the same life, a job to do, and a room that feels like a mess deck rather than a waiting room. The tensions are real too \u2013 between faith and neutrality, between counting people and protecting them, and between long-stay crews and locals who can come every week."),
    ("p", "For onward referral, Alisha uses the Sailors\u2019 Society crisis line, SeafarerHelp and, for local residents, the Manx Care Crisis Team. Crew can also book a slot online at https://www.example.com/seafarers-dropin-iom or message the drop-in on Instagram at @netloft_tuesdays. Enquiries to netloft.enquiries@example.net or 01632 960 381."),
    ("p", "Note on names: both men agreed to be named here; all other details should be checked with A.C. before this leaves the steering group."),
    ("p", "A.C. \u2013 12.03.24"),
]


def build():
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    body = Style(name="Body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.styles.addElement(body)
    colstyle = Style(name="col", family="table-column")
    colstyle.addElement(TableColumnProperties(columnwidth="6cm"))
    doc.automaticstyles.addElement(colstyle)

    for kind, content in BLOCKS:
        if kind == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=content))
        elif kind == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=content))
        elif kind == "p":
            doc.text.addElement(P(stylename=body, text=content))
        elif kind == "table":
            t = Table(name="ReferralSummary")
            t.addElement(TableColumn(numbercolumnsrepeated=2, stylename=colstyle))
            for left, right in content:
                tr = TableRow()
                for cell in (left, right):
                    tc = TableCell()
                    tc.addElement(P(stylename=body, text=cell))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
