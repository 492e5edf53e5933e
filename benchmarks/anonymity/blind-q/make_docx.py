"""Build q03.docx (synthetic transcript), one paragraph per transcript line.

Run from this folder:  python make_docx.py
Needs python-docx (import name: docx).
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Women's wellbeing circle (Gypsy, Roma and Traveller women), Fenland - evaluation workshop",
    "Held in the community room, recorded with consent. F1 and F2 are peer facilitators, P1 to P6 are members, C1 is the public health commissioner.",
    "(00:00:40) F1: Right, kettle's on, the children are with Bridget in the next room, so we've got an hour. We've women here from Wimblington, from Manea, all over. We're here because the funding runs out in the autumn and C1 needs to know if it's worth keeping. Be honest. It won't hurt my feelings.",
    "(00:01:15) P1: It's worth keeping. That's my answer. Can I go home now?",
    "[laughter]",
    "(00:01:30) P2: I'll say it proper. Before this there was nowhere. You don't talk about your nerves in our community. You don't go to the doctor and say I can't get up in the morning, because then it's round the whole of Appleby Fair by June that you've gone funny. Here it stays here.",
    "(00:02:05) C1: Can I ask what made you trust it? We've tried things before that didn't land.",
    "(00:02:20) P3: Because it was Kathleen that started it. She's one of ours. If it was a woman from the council with a clipboard I'd not have opened the door. No offence.",
    "(00:02:31) C1: None taken.",
    "(00:02:34) P3: Kathleen lost her brother the way a lot of us have lost someone. She doesn't need it explaining.",
    "(00:02:50) P4: The reading matters too. Half of us didn't get much schooling. I was pulled out of Thomas Clarkson Academy in Year 8 because of the bullying. At the doctor's they hand you a form and you sit there ashamed. In the circle F2 reads things out and nobody makes a face.",
    "(00:03:22) F2: And we do the forms together. Last month it was GP registration. The surgery in Chatteris told P5 she couldn't register without proof of address, which isn't even the rule.",
    "(00:03:40) P5: They said it twice. I'm on a site, I've got a plot number. In the end F2 rang the practice manager, a Mrs Delaney, and read her the NHS guidance down the phone. I'm registered now. The letter had my date of birth, 03/07/1988, and my NHS number, 999 402 7816, and I keep it in my purse like it's gold.",
    "(00:04:15) C1: That's exactly the kind of barrier I need to hear about.",
    "(00:04:20) P6: Can I talk about the men? Because it's us that finds them. My cousin's husband, Mikey Ward, we lost him at Christmas. Every woman in this room knows a Mikey. The men won't come to anything. At least the women have got this.",
    "(00:04:58) F1: We've talked about that a lot. There's a men's session starting at the boxing club, and we've given everyone the numbers for Samaritans and for Shout, text 85258, so they can pass them on.",
    "(00:05:16) P2: And Joy's been going to the boxing club with her lad, haven't you.",
    "(00:05:20) P1: I have. I sit at the back with a flask. It's a joy to watch him, honest. He's nicer to his nan since he started.",
    "(00:05:35) C1: What would make the group better?",
    "(00:05:40) P4: Somewhere that isn't the portacabin. It leaks. We had the last meeting with a bucket in the middle.",
    "(00:05:52) P3: Transport. I'm out at Manea and there's no bus that goes anywhere useful. My sister-in-law Shania drives me, but she's got five kids.",
    "(00:06:10) P2: And somewhere online for the young ones. My girl's on her phone day and night. Kathleen set up a page, www.example.org/fenwomen, but it wants somebody younger to run it. My girl already follows a lass on TikTok, @fenland_wagtail, who talks about anxiety, and she listens to her more than to me.",
    "(00:06:44) F1: We'd want anything like that private. You know what people write online about us.",
    "(00:06:52) P6: I've had it said to my face at the school gate. Dirty this, dirty that. You go home and you don't sleep.",
    "(00:07:05) C1: Friends, Families and Travellers said something similar when we met them. Is there anything you'd want me to tell the people above me?",
    "(00:07:15) P5: That it's cheap. Tea, biscuits, the room, F1 and F2. It's about twenty pound a head a month, if that. Tell them it costs less than one night in the hospital in Cambridge.",
    "(00:07:34) P4: And tell them about the lady from Doddington. She was in a bad way after the baby, postnatal depression, and she wouldn't let the health visitor in. She came here for a year. She's the one who brings the cakes now.",
    "(00:07:58) P3: I'd say the same. I was on sertraline and I thought that was it, that was my lot. The circle gave me some hope back, and a laugh on a Wednesday.",
    "(00:08:12) F2: If anyone needs the circle, the number's 01632 960118, or email circle.fen@example.org. Post goes to Kathleen's sister at 14 Hollycroft Road, PE166CK, because we can't get post on the site.",
    "(00:08:34) C1: Thank you. I'll write this up and bring it back to you before it goes anywhere.",
    "(00:08:40) F1: Thanks, everyone. Before you go, Bridget's got the children's names on a list, so make sure you take the right ones home.",
    "[laughter, recording ends]",
]


def main() -> None:
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.save(HERE / "q03.docx")
    print(f"wrote q03.docx with {len(PARAGRAPHS)} paragraphs")


if __name__ == "__main__":
    main()
