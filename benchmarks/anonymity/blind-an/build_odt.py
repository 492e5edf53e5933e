"""Builds womens_group_bundle.odt (registration form + session notes).

Run from inside this folder:  python build_odt.py
Every block below becomes exactly one text:h or text:p element, in this order,
directly under office:text (no tables, lists, frames or page headers), so the
paragraph numbers used in labels.csv are simply the positions in this list
(1-based, headings counted).
"""
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P
from odf import teletype

OUT = "womens_group_bundle.odt"

BLOCKS = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h1", "The Loom: women's peer support group (Pendle)"),
    ("p", "Registration form and session notes. CONFIDENTIAL: keep in the locked cabinet, never on the shared drive or in email."),
    ("h2", "Part A: Registration form"),
    ("p", "Form reference: LOOM/24/017"),
    ("p", "Date received: 27/02/2024"),
    ("p", "Full name: Kerry-Ann Duckworth"),
    ("p", "Preferred name: Kez"),
    ("p", "Date of birth: 17/09/1986"),
    ("p", "Address (do NOT share, refuge move-on flat): Flat 3, 18 Spindle Walk"),
    ("p", "Postcode: BB97QK"),
    ("p", "Safe phone (text first, never leave voicemail): 07700 900 612"),
    ("p", "Safe email: sunflower86@example.com"),
    ("p", "NHS number (if known): 9992483717"),
    ("p", "National Insurance no.: ZZ714826B"),
    ("p", "GP practice: Hollinbank Surgery"),
    ("p", "Children: 2 (girl 9, boy 6), both at Hargreaves Fold Primary. School has a copy of the court order."),
    ("p", "Referred by: IDVA at Marsden Cross Women's Hub, 01632 960 388"),
    ("p", "Emergency contact: sister, 0161 496 0732 (knows about the group)"),
    ("p", "Person(s) who must NOT be given any information: Darren Holt (ex-partner) and anyone asking on his behalf, including his mother."),
    ("p", "Vehicle to watch for in the car park: black Audi A3, PE67 KIQ. If seen, do not approach; ring 999."),
    ("p", "Access needs: prefers a seat facing the door; anxious in lifts; on sertraline 100mg; may need to leave early on Tuesdays for the Freedom Programme."),
    ("p", "How did you hear about us? Leaflet on the back of the toilet door at the health centre."),
    ("p", "Consent to store this form: Yes. Signed: K. Duckworth. Date: 27/02/2024"),
    ("p", "Completed by: Gemma Rawcliffe, peer facilitator"),
    ("h2", "Part B: Session notes, Tuesday 5 March 2024, 10:00 to 12:00"),
    ("p", "Present: G.R. (facilitating), Kez (first session), Nasreen, Małgorzata (Gosia), Amira, Siobhán. Mr Entwistle, commissioner from the Lancashire and South Cumbria ICB, observed for the first half hour with everyone's agreement. After check-in we switched to initials, as agreed last term."),
    ("p", "Ground rules. G. read the card: what's shared stays in the room; no photos and no tagging each other on Facebook or Instagram; no news about partners or ex-partners brought in from outside; nobody has to tell their story; we leave one at a time, a few minutes apart."),
    ("p", "Check-in. K. said it was her first time in a room full of women who believe her without her having to prove it. Siobhán nearly didn't come because the bus goes past her old house in Brierfield and she still ducks down in her seat. N. spoke in English first and then in Urdu, with A. putting it into English for the group."),
    ("p", "Mutual support. M. brought cake again and said feeding people is how she says thank you. N. said the group is the only place where nobody asks why she didn't leave sooner. Several said it helps to see women who are two or three years on: A. is living proof it gets quieter."),
    ("p", "Roles. M. has taken over the crèche rota with the volunteers. S. offered to co-facilitate next term. G. said she'd welcome it but wants S. to do the Loom training first so she isn't carrying other women's stories home with no support."),
    ("p", "Tensions. It is a small town. A. said her ex's cousin drinks in the Shuttle and Bobbin across the road and can see who goes in. We talked about the side door and staggered arrivals. When the commissioner asked whether we could evidence outcomes with a wellbeing score every week, several women said it felt like being assessed by social services again. N.: \"I left one man who checked on me every day.\" He took that away."),
    ("p", "Facilitation. G. kept check-in to two minutes each with the sand timer, which some find helpful and some find rushing. We agreed to try a pass card so nobody has to speak if they don't want to. Feedback for the commissioner will be read out at the next session first, not sent by email behind anyone's back."),
    ("p", "The room. Everyone likes Thursby Mill Rooms: warm, a kitchen, the crèche next door, and the old loom in the corridor that the group is named after. But the lift is broken and the back stairs come out onto the canal towpath, which is dark by four. S. asked for the blinds to stay down."),
    ("p", "K. said we could note that she is moving from Stoneyholme to a new tenancy in Barrowford in April. Address not to be written anywhere until she says."),
    ("h2", "Actions"),
    ("p", "G. to text K. on the safe number about the bus pass (text first, never ring)."),
    ("p", "A. to send the Urdu ground-rules card to pendlewomen.group@example.org for printing."),
    ("p", "S. to share the safety-planning leaflet: www.example.net/pendle-safe/plan"),
    ("p", "G. to remind members the group's Instagram is @threads.and.tea.pendle and that nobody has to follow it."),
    ("p", "Helplines handed out: National Domestic Abuse Helpline 0808 2000 247; Samaritans 116 123; Women's Aid live chat. In an emergency ring 999, and if you can't speak press 55 when asked (Silent Solution)."),
    ("p", "Next session: Tuesday 12 March, same room. Notes by G.R., checked by N."),
]


def build():
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    body = Style(name="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    for s in (h1, h2, body):
        doc.styles.addElement(s)
    for kind, text in BLOCKS:
        if kind == "h1":
            el = H(outlinelevel=1, stylename=h1)
        elif kind == "h2":
            el = H(outlinelevel=2, stylename=h2)
        else:
            el = P(stylename=body)
        teletype.addTextToElement(el, text)
        doc.text.addElement(el)
    doc.save(OUT)


def read_paragraphs(path=OUT):
    """Paragraphs (text:h and text:p) in document order, as odfpy sees them."""
    from odf.opendocument import load
    from odf.element import Element
    doc = load(path)
    out = []

    def walk(node):
        for child in node.childNodes:
            if isinstance(child, Element) and child.qname[1] in ("p", "h") and \
                    child.qname[0] == "urn:oasis:names:tc:opendocument:xmlns:text:1.0":
                out.append(teletype.extractText(child))
            elif isinstance(child, Element):
                walk(child)

    walk(doc.text)
    return out


if __name__ == "__main__":
    build()
    paras = read_paragraphs()
    assert paras == [b[1] for b in BLOCKS], "round-trip mismatch"
    print(f"wrote {OUT}: {len(paras)} paragraphs, {sum(len(p.split()) for p in paras)} words")
