#!/usr/bin/env python3
"""Build sd03.docx (synthetic transcript) with python-docx.

One paragraph per line, no empty paragraphs, so paragraph number N in
labels.csv is the 1-based index into Document.paragraphs.
Run with: python make_docx.py
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Peer Support Workshop Series: Session 2 of 3",
    "Group: Bengali women's wellbeing circle, Tower Hamlets",
    "Venue: community room, 62 Osprey Close, London E1 4QX",
    "Interpreter (Sylheti/English): Nasima Chowdhury",
    "Note: turns spoken in Sylheti are given in the interpreter's English. Timestamps removed.",
    "F1: Welcome back, everyone, and thank you to our interpreter again. Today we want to talk about what makes this group work for you. There are samosas, and the tea is on the side.",
    "P1 (via interpreter): She says before this group she did not go out except to the school gate and the shop. Her husband's family said a women's group is only for gossip. Now she says it is the only place where she is not somebody's mother or somebody's wife. She is herself.",
    "P2: I speak English, I'll say it myself. For me it is the same language, the same food, the same jokes. When I tell the GP I feel heavy in my chest, Dr Tanaka is kind but she is looking for heart problems. Here when I say heavy, Rokeya Apa knows exactly what I mean. She has had it.",
    "P3 (via interpreter): She says the group started in a front room in 2015, with five women and one pot of tea.",
    "P4: (laughs) Eight women. And two pots.",
    "F2: What about roles in the group? Who does what?",
    "P4: Shirin does the money. Two pounds each week for tea and the room, she keeps a book. Mrs Begum does a short prayer at the start for anyone who wants, and nobody has to join. That is a rule. Your faith is your own business; the group is for everyone.",
    "P5 (via interpreter): She wants to say about Shirin's children. When their mother was in hospital, the group cooked for the family for six weeks, a rota, every day. Nobody from services asked about the children. The group did.",
    "F1: That's a powerful example. Does anyone want to talk about the ground rules?",
    "P2: Number one, what is said in the room stays in the room. In our community everyone knows everyone, my auntie knows your auntie. If something goes back to somebody's mother-in-law, it's finished. Number two, phones face down. Number three, no one talks about someone who is not here.",
    "P6: And the men wait outside. My husband drives me and sits in the car, the blue Toyota, listening to the cricket.",
    "P2: Faith Boateng from the health visitors came once. She was lovely, but she brought a clipboard and everybody went quiet. It is not her fault. It is the clipboard.",
    "F2: What about the harder parts? Some groups tell us paperwork and rules can take over.",
    "P4: For us the hard part is the council. They gave us a grant last year, £1,200, and now they want monitoring forms with everyone's date of birth and postcode. Women won't give it. They think it goes to the Home Office. I told the officer, Rose, she is a good woman, I said you will lose half the group. She said it is the funder's rule.",
    "C1: I'm from the Integrated Care Board, and I'll be honest, that's partly us. We ask for it to show we are reaching people. We could look at collecting it anonymously, first half of the postcode and an age band only.",
    "P2: That would be better. But then you also want us to come to your engagement meetings and tell you what is wrong with services, and you are the ones paying for our room. It is difficult to shout at your landlord.",
    "P3 (via interpreter): She says the group helped her with the PIP forms. She did not know her national insurance number. Shirin found it on an old letter, QQ 12 34 56 C, and made the phone call with her. They also needed the NHS number from her hospital letter, 9990372152, and her date of birth, 2nd of February 1968. She says she could not have done it alone, and the price of everything rose again this year, so the money matters.",
    "P5: Can I give my number to the new lady, for the walking on Sunday? 020 7946 0518. Or email me, rahima.khatun@example.com. I am at Flat 12, 47 Cardella Street, for the map on your phone it is e1 2rq.",
    "F1: Thank you, but please be careful putting numbers on the recording. We will take that out of the write-up.",
    "P4: My granddaughter put my recipes online, at rokeya underscore cooks, everyone in the group follows. And the group has a page now, https://example.net/womens-circle-e1, with the times in Bangla and English.",
    "F2: Tell us about the venue.",
    "P2: Before, we met in the back room at the Shapla Sweet Centre, where my sister works, but the smell of frying, and men coming in and out. Now we have this room. Ground floor, a door that locks, a toilet, the buggies fit. It matters.",
    "P1 (via interpreter): She says in Ramadan the group moved to after iftar, and at Eid they had a party with the children. She says this is her family in London.",
    "C1: If anyone wants to send me something in writing, or call, my office is (020) 7946 0733.",
    "F1: Before we close, does anyone want to say anything to the commissioner directly?",
    "P3 (via interpreter): She says please don't make us into a service. We are sisters. If you want to help, pay for the room and leave us the key.",
    "C1: Noted. Word for word.",
    "F1: Thank you all. If today brought up anything difficult, there is NHS 111, or the Samaritans on 116 123, any time, and Mind has a Bangla-speaking line too. Next session is Friday after next.",
]


def main():
    doc = Document()
    for text in PARAGRAPHS:
        doc.add_paragraph(text)
    doc.save(os.path.join(HERE, "sd03.docx"))
    print("wrote sd03.docx with", len(PARAGRAPHS), "paragraphs,",
          sum(len(p.split()) for p in PARAGRAPHS), "words")


if __name__ == "__main__":
    main()
