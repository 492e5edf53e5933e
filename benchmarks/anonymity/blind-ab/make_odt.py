"""Build ab01.odt: synthetic gambling-harm peer group workshop (Northern Ireland).

One paragraph per turn. Run from this folder:  python make_odt.py
Every name, number and address below is invented.
"""
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.text import P
from odf import teletype

HERE = Path(__file__).resolve().parent

PARAS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Erneside Gambling Harm Peer Group, reflection workshop held on Tuesday 10 November 2026. Typed up from the recording with consent.",
    "Lead: Right, we'll make a start. Thanks for coming out on a wet night. The Western Trust asked us to think about what makes this group work, so nobody is being marked. Who wants to go first?",
    "Mairead: Aye, go on. I came to my first meeting in the back room of the Crannog Hotel in Enniskillen four years ago. I'd lost the house money on the horses and on the phone, mostly the phone, and I thought I was the only woman in County Fermanagh doing it. Siobhán was on the door that night and she just handed me a tea and said sit where you like. Nobody asked me anything.",
    "Peer 2: That's the thing for me too. I'm from Kesh and everybody knows everybody, so coming into town was the only way. If it had been in the parish hall at home I'd never have walked in.",
    "Declan: Can I say, the bit that worked for me was the phone list. Pádraig rang me every night for the first fortnight. His number is still in my phone as Paddy do not ignore, 07700900318.",
    "Lead: And is that something we should keep, the phone list?",
    "Peer 1: Keep it, but get consent, like. When Big Dessie gave my number out to his cousin across the border I wasn't best pleased.",
    "Peer 4: For the record, the GamCare helpline is on the card, 0808 8020 133, and Lifeline is 0808 808 8000 if someone is in a bad way at night. We say both at the start of every meeting.",
    "Peer 5: And Samaritans, 116 123. Caoimhe always says it in Irish as well, which I love.",
    "Lead: What about the practical side? A few of you mentioned money.",
    "Peer 1: See, that's where Mr McCusker at the credit union was brilliant. He sat down with me and the wife and we went through every statement. He got me signed up to GAMSTOP and put Gamban on my phone the same afternoon. I'd been at Drumbane Feeds eleven years and I was borrowing off the lads in the yard.",
    "Peer 3: I'll be honest, the forms nearly put me off. The referral sheet wanted my health and care number, which is 999 214 7083, my date of birth, my National Insurance, the lot. I wrote 14/07/1983 and then panicked and scribbled it out.",
    "Lead: You don't need to say those out loud here, by the way.",
    "Peer 3: Ach, sure it's all written down anyway. QQ 48 27 19 C, there you go, now yous all know.",
    "Peer 5: The forms are the Trust's, not ours. What works is the room. I'll tell you what didn't work: the year we moved to the old school at 17 Mullaghmeen Row. Lovely building, but it's right across from the bookies.",
    "Peer 2: My son dropped me there one night and parked outside, the silver Ford Focus, LK66 QNB, and the next week a fella in the bar says to him, was your da at the gambling meeting? Small places. That's why Fivemiletown people go to Omagh and Omagh people come to us.",
    "Lead: So venue and discretion. Anything else?",
    "Peer 4: Women. There were three women out of twenty when I started. Siobhán's WhatsApp group changed that. She set up a page as well, example.org/erneside-women, and women message her there rather than ring.",
    "Peer 2: And she's on Instagram as @notonemorebet, which is cheeky, but it works.",
    "Peer 3: The other thing is the lead not being a professional. No offence.",
    "Lead: None taken. I'm a peer too, I just hold the keys.",
    "Peer 3: Aye, but when Dr Gilmartin came in from the addiction service with her slides, everybody went quiet. Relapse this, triggers that. It felt like a clinic. The best nights are when somebody puts the kettle on and someone just says, I had a bad week.",
    "Peer 1: I'd agree. Though I will say, she got me off the mirtazapine, 15mg was knocking me out, so fair play to her.",
    "Lead: For the write-up, how should people get in touch with us?",
    "Peer 5: The email is erneside.peers@example.org, and the landline in the centre is 028 9649 6214, but only Tuesdays and Thursdays.",
    "Peer 3: Or they can ring my mobile, oh seven seven double oh, nine double oh, four six one.",
    "Lead: Let's not put personal mobiles in the report. You've been quiet down that end.",
    "Pádraig: I have. I'm just thinking about the lads who didn't come back. Oisín from Lisnaskea came twice and we never saw him again. His mother rang me at Christmas. The group works for the ones who stay.",
    "Peer 2: Follow-up. A text the week after. That's all it would take.",
    "Mairead: We could look at the postcodes to see who's far out. Half of us are out past Irvinestown. Mine is BT94 1KV and it's forty minutes each way.",
    "Peer 4: Transport is huge. There's no bus out our way after six, and the A32 is no joke in the dark. The man who gave me a lift moved to Dublin in the summer, so now I drive myself.",
    "Lead: Okay. Discretion, the venue, peer-led, follow-up, transport. Anything for the commissioners in Belfast?",
    "Declan: Tell them it's not about the money, it's about not changing the room every year. Hope is knowing where the room is.",
    "Peer 5: Put that in. Declan's a poet now.",
    "Lead: Thanks, everyone. Same time next week, Tuesday 17 November, and the kettle will be on from seven.",
]


def main():
    doc = OpenDocumentText()
    for text in PARAS:
        p = P()
        teletype.addTextToElement(p, text)
        doc.text.addElement(p)
    doc.save(str(HERE / "ab01.odt"))
    print("wrote ab01.odt with", len(PARAS), "paragraphs")


if __name__ == "__main__":
    main()
