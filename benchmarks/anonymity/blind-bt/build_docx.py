"""Build 05_raizes_questionnaire.docx (synthetic benchmark document).

Run from anywhere:  python build_docx.py
Paths are relative to this script's folder. Every person, number, address,
employer, venue and school in the text below is invented.
"""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "05_raizes_questionnaire.docx")

# (style, text) in document order; each entry is exactly one paragraph.
PARAS = [
    ("Normal", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Title", "What makes a peer group work? Member questionnaire"),
    ("Normal", "Peer support groups in Essex and Suffolk, autumn round. Please type your answers under each "
               "question. Write as much or as little as you like. You can skip anything. Your answers will be "
               "anonymised before anyone outside the project team sees them."),
    ("Heading 2", "Q1. Your name (and what you like to be called)"),
    ("Normal", "Conceição Almeida. Everyone calls me São, at work they say Connie because they can't say it."),
    ("Heading 2", "Q2. Which group do you go to, and how long for?"),
    ("Normal", "Raízes (it means roots). Portuguese and Latvian workers, some Bulgarians now too, Wednesday nights "
               "at Kestrel Hall. I go since 2021 and now I co-facilitate with Faith from the council volunteer "
               "scheme. Before that I did a few months at the Colchester group but the bus was too much."),
    ("Heading 2", "Q3. What makes the group work for you?"),
    ("Normal", "Being understood without explaining. When I say I did 11 hours on the strawberries at Heathgate "
               "Orchards and then the landlord text me about the chalet, nobody asks why I don't just change job. "
               "They know. Also the food. Everybody brings something, Ilze brings the black bread, Stoyan Todorov "
               "makes banitsa, I bring bolo do caco because I am from Madeira. Eating together is half of the group."),
    ("Normal", "And it is in our own languages when we need. English is fine for the group, but when you cry you "
               "cry in Portuguese."),
    ("Heading 2", "Q4. Tell us about a time the group supported you or someone else."),
    ("Normal", "Last winter Kristaps lost his job and his room the same week, because the room came with the job. "
               "He slept in his car, the blue Passat, KR16 QBN, outside the Tesco for four nights and he did not "
               "tell anyone. rui noticed he was wearing the same hoodie and said it in the group, kindly. After "
               "that we organised a sofa for him every night until the council found something. He is now the "
               "one who stays behind to stack the chairs."),
    ("Normal", "For me it was when my daughter had the trouble at Brookmead Primary. The head teacher, Mr Okereke, "
               "called me in and I understood maybe half. Ilze came with me and translated everything, even the "
               "polite parts."),
    ("Heading 2", "Q5. What roles do people take on in the group?"),
    ("Normal", "Faith and me open the room and hold the time. Kristaps does the chairs. Ilze does the WhatsApp "
               "group and the reminders in two languages. Stoyan is the one who makes everybody laugh when it gets "
               "too heavy, that is also a role. New people sometimes only watch for two or three weeks and that is "
               "fine, watching is also taking part."),
    ("Heading 2", "Q6. What ground rules matter most to you? Have any been broken?"),
    ("Normal", "1) Confidential. 2) Nobody talks about who is legal and who is not. 3) No preaching, we have "
               "Catholics, Orthodox and nothing. 4) You can leave the room any time. Number 2 was broken once, a "
               "man who came two times started asking people about their visas. Faith spoke to him after and he "
               "did not come back. Some people were angry with her, but I think she was right, people must feel "
               "safe. I had a little faith in the rules before, now I have more."),
    ("Heading 2", "Q7. What about the room, the venue and the practicalities?"),
    ("Normal", "Kestrel Hall is free, that is the best thing. The worst is that it is far from Jaywick and in "
               "winter the last bus is 21:40. In summer half the group is away picking at Tiptree so the numbers "
               "go up and down a lot. We tried the back room at Café Saudade for a while, nice coffee, but people "
               "from outside could hear, and the owner's husband kept coming in to get crates."),
    ("Heading 2", "Q8. Any tensions, or anything you would change? Anything else?"),
    ("Normal", "The tension is between the people who stay in England and the people who go home every winter. "
               "The ones who stay feel the group is theirs, the ones who come back in March feel like guests. "
               "Also the referrals from the GP at Marram House Surgery, they send people who need a doctor not a "
               "group, and we are not trained for that. I would change that we get a bit of money for the "
               "food, and a training on suicide, because we had one bad night and I did not sleep after. My "
               "cousin runs a group in Basildon and says the same. Please tell Mrs Whitlock at the council."),
    ("Heading 2", "Contact details (optional, for the follow-up interview and the involvement payment)"),
    ("Normal", "Phone / WhatsApp: 07700 900 652"),
    ("Normal", "Email: sao.madeira.71@example.net"),
    ("Normal", "Address: 4 Plover Walk, Jaywick, Clacton-on-Sea CO152MO"),
    ("Normal", "Date of birth: 03.03.1971"),
    ("Normal", "NI number (for the voucher): ZZ 61 44 90 A"),
    ("Normal", "Signed: C. Almeida - typed on my phone sorry for mistakes"),
]


def build(path=OUT):
    doc = Document()
    doc.core_properties.author = "Synthetic benchmark"
    doc.core_properties.title = "Synthetic questionnaire"
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    for style, text in PARAS:
        doc.add_paragraph(text, style=style)
    doc.save(path)
    return path


if __name__ == "__main__":
    print("wrote", build())
