"""Build ae03.docx (facilitator notes) from the paragraphs below.

Each item is (style, text); paragraph numbers in labels.csv count from 1 in
document order, headings included. Run with the project venv (python-docx).
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

PARAS = [
    ("Normal", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Heading 1", "Facilitator notes: men's peer support group, reflection session"),
    ("Normal", "Not a verbatim record. Notes written up by D.W. (facilitator) the morning after. "
               "The group meets every other Friday evening in the back room of the Fenside Community Hub, Boston. "
               "Eight men present, two apologies. Discussion was in English, Polish and some Lithuanian; "
               "the translations are mine and probably lose something."),
    ("Heading 2", "What makes the group work"),
    ("List Bullet", "Marek felt the main thing is that nobody has to explain where they come from. "
                    "He said at the surgery he is 'the Polish man with the back problem', but here he is just a man "
                    "who is having a hard year. Marek's view is that the men come for the football talk first and the "
                    "feelings second, and that this is fine, because the feelings come out eventually over the tea."),
    ("List Bullet", "B. (surname withheld at his request) said he would not have come if it had been called a mental "
                    "health group. He came because his cousin told him it was 'men from home, with tea'. He has been on "
                    "mirtazapine 15mg since the spring and said the group is the only place he has ever said so out loud."),
    ("List Bullet", "Tomas Vaitkus described the night shifts at Fenland Fresh Produce in Kirton, and how the other men "
                    "on the packing line noticed before he did that he had stopped eating. He wanted it recorded that the "
                    "supervisor there, a woman called Halina, walked him to the minor injuries unit herself and waited."),
    ("List Bullet", "Ionuț said the WhatsApp group matters as much as the meeting. He is the youngest (DOB 19.07.1998; "
                    "he offered it while we were filling in the venue insurance form, and I have not kept the form). "
                    "He said that at home in Romania you would not talk about this with other men, and that seeing "
                    "older men cry in the group changed his mind about what strength means."),
    ("List Bullet", "Wojciech asked me to note that he is eleven months sober and that he wants this in the report for "
                    "the funders 'with my name, I am proud'. We agreed first name only. The group clapped, which has "
                    "never happened before."),
    ("List Bullet", "Several men said the food matters more than we think. Someone brings pierogi or cepelinai most "
                    "weeks and nobody is asked to pay. One of the older men put it like this: 'when you cook for "
                    "somebody, you say more than in an hour with a doctor.' The others agreed, and then argued for ten "
                    "minutes about whose mother made the best ones, which was its own kind of support."),
    ("Heading 2", "What gets in the way"),
    ("List Bullet", "Housing came up again. Three of the men share an HMO at 41 Sluice Walk, PE21  8MV, and the landlord "
                    "has not fixed the boiler since October. The housing officer from the council, Ms Critchlow, came to "
                    "the last session and was helpful, but she can only act on a formal complaint. Grzegorz agreed to "
                    "make it and gave her his details: mobile 07700 900 264, email grey.heron77@example.com."),
    ("List Bullet", "Money. Several men are on Universal Credit and frightened of sanctions. A.K. brought his letter in "
                    "and read out his NI number, ZZ 31 84 02 A, before anyone could stop him. I reminded everyone about "
                    "the confidentiality agreement we all signed in the first session."),
    ("List Bullet", "Services. The community mental health nurse, Sandra Oyelaran, has been coming monthly and the men "
                    "trust her because she does not rush. Marek said the telephone interpreter 'loses half of what you "
                    "say'. Most of the men did not know they can ask for a clinician who speaks their language."),
    ("List Bullet", "Transport. The hub is fine for the men in town, but the lads out at Wyberton and Sutterton rely on "
                    "Piotr's car, a silver Skoda Octavia, FD16 PQL, and he cannot always do Fridays because of his shifts."),
    ("Heading 2", "Actions"),
    ("List Bullet", "Send these notes to Ms Critchlow at the council with Grzegorz's permission."),
    ("List Bullet", "Facilitator to ask the funder whether petrol money for Piotr can come out of the small grant."),
    ("List Bullet", "Chase the surgery about the referral for J.T.; the letter had the wrong NHS number. "
                    "The correct one is 999-016-6137."),
    ("List Bullet", "Put the photos from the barbecue on the group page, fenside-men.example.org/photos, "
                    "faces blurred unless people say otherwise."),
    ("List Bullet", "Next meeting Friday 14 March, 7pm, same room. Bring food from home; Ionuț has promised sarmale."),
    ("List Bullet", "Reminder for the noticeboard: Samaritans 116 123, NHS 111 for urgent help, and the local Andy's "
                    "Man Club meets on Mondays for anyone who wants a second group."),
]


def main() -> None:
    doc = Document()
    for style, text in PARAS:
        doc.add_paragraph(text, style=style)
    doc.save(HERE / "ae03.docx")


if __name__ == "__main__":
    main()
