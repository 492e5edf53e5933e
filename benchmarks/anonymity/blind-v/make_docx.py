"""Build v03.docx: intro paragraphs, then one table row per turn.

Everything here is SYNTHETIC: every name, number and address is invented.
Line numbering used by labels.csv: every paragraph counts as one line in
document order (1, 2, 3, 4), then each table row is one line after them
(row 1 = line 5, ...). There are no paragraphs after the table.
Run from this folder with the project's venv python:  python make_docx.py
"""
from pathlib import Path

import docx

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Odd Socks parent peer support group - evaluation workshop",
    "Friday 8 March 2024, 12.30pm. Venue: the community hub, 19 Brook Street, Snodland, ME6 5QR.",
    "Speakers: F1 and F2 facilitators, P1 to P5 parents, C1 commissioner (Kent County Council).",
]

TURNS = [
    ("F1", "Okay, we're recording. Thanks for coming on a Friday when half of you have got children finishing at ten past three. This is the evaluation session for Odd Socks. C1 is here from commissioning and wants to hear, in your words, what makes this group work."),
    ("C1", "I'm just here to listen. Pretend I'm not here."),
    ("P1", "I'll start, because I'll cry if I wait. I found Odd Socks when Alfie was four and we were still waiting for his diagnosis. Eighteen months on the list. Kerry messaged me because she'd seen me post in a local group at two in the morning."),
    ("P2", "That's me, I'm Kerry. I lurk in the local groups at night, because that's when mums are at their worst."),
    ("P1", "She sent me the link, example.net/oddsocks-kent, and I turned up the next Friday. What worked was that nobody said have you tried a sticker chart. [laughter]"),
    ("P3", "For me it's that everyone gets it. My daughter Summer is nine. She masks all day at Cobtree Oak Primary and then explodes the minute she's in the car. The school says she's fine. Here, nobody thinks I'm making it up. I used to dread the summer holidays. Now I've got people to text."),
    ("P4", "I'm the only dad who comes. Stepdad, technically. Joy's the one who told me to come, and it took me six months to stop apologising for being here. Bethany always saves me the seat by the door, because I like knowing I can leave."),
    ("F2", "That matters, actually. We do a lot of small things like that. The seat by the door, the lights down, the biscuits always in the same tin."),
    ("P5", "It's autism-friendly for the parents, because half of us are autistic too. I got my own diagnosis at 41, after Reuben got his. The National Autistic Society helpline was lovely, but it's a queue. Here I get a person."),
    ("F1", "Can we talk about the practical stuff? C1 wants to know what we actually do."),
    ("P2", "The big one is EHCP help. Shaz used to be a SENCO at Hazelbank Academy, so she knows exactly what to write. She's helped about fifteen of us with the paperwork."),
    ("P5", "And the trips. We do the woods at Wouldham in spring because it's quiet and there's no cafe. Watching the kids run about without anyone tutting was pure joy."),
    ("P1", "And the phone tree. If you're in crisis you ring Joy on 07700 900238, or the hub landline, 01632 960517, and someone comes. When Alfie went missing from school last March, Joy was at my house in Snodland before the police were."),
    ("C1", "Can I ask what doesn't work?"),
    ("P3", "The sign-up form. It asked for Summer's NHS number, 999 258 7105, and her date of birth, 23/08/2015, and I thought, why does a mums' group need my child's NHS number?"),
    ("F1", "That was the council's form, sorry C1. We were told to collect it for the data return."),
    ("C1", "That's fair feedback. I'll take it back."),
    ("P4", "The WhatsApp is too much. Two hundred messages a day. I've muted it."),
    ("P2", "TikTok works better for some. Shaz posts as @autismmum_shaz and gets thousands of views. That's how the younger mums find us."),
    ("P5", "I don't want to be on the internet. My ex still lives in Eccles, and I don't want him knowing where I go on a Friday. When I left, letters kept going to the old house, 5 Catkin Close, Aylesford, ME20 7XA, and he opened every one."),
    ("F2", "Which is why we never post photos and never tag the venue."),
    ("P1", "Can I say the other thing that works? It's not professionals. When Alfie was in the Kite Unit for two weeks in November, the CAMHS staff were kind, but they go home at five. Bethany drove over every day and just sat in the car park with me and a flask."),
    ("P3", "And the lasagne."),
    ("P2", "Kerry Pettigrew, famous for her lasagne. Put that in the report."),
    ("F1", "We'll take your surname out."),
    ("P2", "I don't care. Email me for the recipe, kerry.pettigrew@example.com."),
    ("C1", "My turn, then. Thank you. What I'm hearing is peer understanding, practical help with EHCPs, and the crisis phone tree. What would you lose if the funding stopped in April?"),
    ("P5", "Honestly? Me. I don't think I'd still be here."),
    ("P4", "The lifts, for one. Joy drives me because my old Corsa failed its MOT. GK70 RWX, sat on the drive since Easter."),
    ("P1", "And my son would lose his Friday. He comes to the holiday sessions now and plays Minecraft with Reuben. He has one friend, and it's here."),
    ("C1", "Thank you, all of you. I'll write this up for the board."),
    ("F1", "And thank you for being so honest. Next week is the Easter craft session, so bring the kids if you want."),
]


def main() -> None:
    d = docx.Document()
    for text in PARAGRAPHS:
        d.add_paragraph(text)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for speaker, speech in TURNS:
        cells = table.add_row().cells
        cells[0].text = speaker
        cells[1].text = speech
    d.save(Path(__file__).with_name("v03.docx"))


if __name__ == "__main__":
    main()
