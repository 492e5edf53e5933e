"""Write ad03.odt: interview with a member of a prison leavers' peer mentoring group (Teesside).
One ODF paragraph per entry of PARAS (the second entry is written as a heading)."""
import os
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P, H
from odf import teletype

HERE = os.path.dirname(os.path.abspath(__file__))

PARAS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Peer mentoring evaluation: interview transcript (Teesside)",
    "Draft transcript, not yet anonymised. Speaker turns are marked Interviewer and Participant 7.",
    "Interviewer: Thanks for doing this. Could you start by telling me how you came to the mentoring group?",
    "Participant 7: Yeah, no bother. I got out of HMP Durham in the March, after a four stretch, and they put me in Wharton Lodge in Thornaby, which is the approved premises, the hostel like. I had nothing. A bin bag and a discharge grant. My probation officer, Ms Adeyemi, she's alright actually, she gave me a leaflet for the mentoring and I thought, no chance, I'm not sitting in a circle talking about my feelings. Then Gaz turned up at the hostel. Gary Ruddick, proper name, but nobody calls him Gary except his mam. He'd done eleven years himself. He didn't give me a leaflet, he gave me a lift to the Jobcentre and sat with me while I argued about Universal Credit. That's the first thing. He'd been where I was, so I couldn't fob him off.",
    "Interviewer: What's different about a mentor compared with your probation officer?",
    "Participant 7: Probation's got a job to do, I get that. Adeyemi has to write things down, she has to breach you if you mess up. Gaz doesn't write anything down. He'll tell you when you're being a knob, mind, but it stays between you. The other thing was the boxing. He took me down Iron Row Boxing Gym in Grangetown, and the coach there, everyone calls him Big Tommo, he used to work the doors in Stockton. He doesn't care what you've done, he cares if you turn up on a Monday. There's lads from Eston, lads from Hemlington, lads who'd have been fighting each other on the wing, and they're all holding pads for each other. The gym's mobile is +447700900388 if you want to talk to him for the report, and they've got a website, www.ironrowboxing.example.com, with the times on.",
    "Interviewer: Just so you know, we'll take the names out before anything is published. Carry on.",
    "Participant 7: Aye, fair enough. So, work. My mentor knew a fella, Mr Lisowski, who runs Stonebridge Recycling out past the A19, and he takes on lads with convictions as long as you're straight with him from the start. I've been there fourteen months. I drive the white Transit now, NX66 OQV, which is mad when you think I lost my licence at nineteen. Lisowski's tough, he'll dock you if you're late, but he pays the same as everyone else and he's never once brought up my record in front of the others. Will it last? I don't know. But I've never had fourteen months of anything before.",
    "Interviewer: You mentioned ID earlier. Can you say a bit about the practical side of leaving prison?",
    "Participant 7: That's the bit nobody tells you. You can't get a bank account without ID, you can't get ID without an address, and you can't get an address without a bank account. Shauna, the key worker at Wharton Lodge, spent a full day with me on the phone. I still know it all off by heart because I had to say it forty times. Date of birth, twelfth of August nineteen eighty-nine. National Insurance, QQ528109A. And the chemist made me say my NHS number every morning for the methadone, 60 mil, so that's burnt in an' all: nine nine nine, four oh one, two three seven one. Now I'm at 41 Brancepeth Walk, TS6 7KI, my own tenancy, first time in my life my name's on a door. Mind, the first letter from the council still went to the hostel.",
    "Interviewer: How does the group stay in touch? Is there an online side to it?",
    "Participant 7: There's a Facebook group, but mainly it's WhatsApp. Gaz is on Instagram as @cornerman_tees, he posts when somebody gets a job or a flat, and honestly people comment more on those than on anything. If you want to email the group it's boxclever.tees@example.com, and the office landline is oh one nine one, four nine eight, oh two seven three. That number's been the same for six year. People ring it from Newcastle, from Sunderland, from all over, because somebody in a hostel passed it on.",
    "Interviewer: If you were talking to the people who fund this, what would you tell them?",
    "Participant 7: Tell them it's cheaper than jail, for a start. Then tell them it's about people, not programmes. Nacro and the Probation Service do their bit, but the thing that kept me out was a bloke who'd been inside picking up his phone at Christmas when I was sat in a hostel on my own wanting to use. And my daughter. Kayla's nine now. I see her in Shildon every other Saturday, supervised at first, not any more. She doesn't know all of it yet. When she asks, I want to be able to say I'm a mentor now, because I am, I've just started with two lads of my own. Hope's a big word. I'd rather say I've got a plan.",
    "Interviewer: Last question. What name would you like us to use for you in the report?",
    "Participant 7: Ha, you've had my real name on the tape already, haven't you? Craig. Craig Dunmore. Put Participant 7, that's fine by me. Thanks for listening, like.",
]


def main():
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    for i, text in enumerate(PARAS):
        el = H(outlinelevel=1, stylename=h1) if i == 1 else P()
        teletype.addTextToElement(el, text)
        doc.text.addElement(el)
    doc.save(os.path.join(HERE, "ad03.odt"))


if __name__ == "__main__":
    main()
