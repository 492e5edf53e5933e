"""Write w03.docx: one paragraph per turn, `P2: text` style labels.

Paragraph numbers (counting from 1) are the `line` values in labels.csv.
Run from this folder:  python make_docx.py
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Fenland women's wellbeing circle - session 6, typed up from the recording.",
    "Held at the community cabin on the Long Drove site, on the edge of Wisbech. Speakers are shown as P1 to P6; the support worker is shown as Worker. Words in square brackets are the typist's.",
    "Worker: Welcome back, ladies. Tea's in the urn. Before we start, the usual: nothing leaves this cabin, and if you need someone out of hours there's Samaritans on 116 123, or ring 111 and ask for the mental health option.",
    "P1: I'll start, because if I don't I'll lose my nerve. It's about our Mikey. He's twenty and he's not been out of the trailer since Christmas. He won't see the doctor at Fenview Surgery because the last time the receptionist read his address and said \"oh, the site\", like that.",
    "Worker: That's the discrimination we keep hearing about, over and over.",
    "P3: It's every surgery. When I registered my Nan they asked for a utility bill. We've not got a utility bill, we've got a plot licence.",
    "P1: Mikey's cousin Bridgie, she's a McDonagh, she got him talking a bit at Easter. But then the council came about the trailer, wrote down the van reg, YX66 QEI, and he thought they were coming to move us on again. He went back in the bed.",
    "P2: Can I speak? My English is not perfect.",
    "Worker: Your English is grand, Denisa. Go on.",
    "P2: I am Roma, from Slovakia. I live in Waterlees with my husband and three children. I work at Greenfen Produce, packing salad on the line, nights. My daughter Žaneta is the one who speaks for us at the hospital, and she is only twelve. She should not hear about my depression. The doctor gave me sertraline and the leaflet was in English only.",
    "P4: They have leaflets in Polish, Lithuanian, never in Slovak or Romani.",
    "P2: Yes. And the appointment letters have my NHS number, 999 562 0936, but my name is spelled Horvathova, no accents, when it is Horváthová. So I am two people in the computer.",
    "P5: That's the same with my family. I'm a Ward, and half of us in Chatteris are on the system as Wharde, with an h and an e.",
    "P5: I want to talk about my husband's mother, Nanny Winnie. She's eighty-four and she went into the Larkfield Unit in the summer with her nerves, and they wouldn't let the family sit with her. Fourteen of us in the car park. In our culture you don't leave the old people alone on a ward.",
    "Worker: That must have been really distressing, for her and for all of you.",
    "P5: It was. She kept asking for Big Mags, that's my sister, who lives over in March now. She couldn't get there, no car.",
    "P3: I'll go. I'm forty-two, born 04.07.1982. I've had anxiety since I was a child, since we got evicted off the lay-by on the A47 when I was seven. The police came at five in the morning. Every time I hear a diesel engine at night I'm back there.",
    "Worker: That's trauma, and it's real. Thank you, P3, that took courage.",
    "P3: My social worker, Precious, is the first one that ever listened. She's from Zimbabwe herself, she said she knows about being moved on. I can ring her on 07700 900 771 any time before four. That's precious, that is.",
    "P4: I'm the quiet one. I'm from Whittlesey, I'm not a Traveller, I married into it. [laughs] My daughter goes to Orchard Way Primary and another mum told the kids not to play with her. She came home and asked me if we were dirty. I had to go into the toilets at work, at the Lucky Horseshoe, and just breathe.",
    "P6: Can I say, for the form, the benefits lady wanted my National Insurance, and I don't read well, so Kathleen read it out for me in the Jobcentre in front of everyone. ZZ 30 18 42 A. Everyone in the queue heard it.",
    "Worker: That shouldn't have happened. You could complain, and I'll help you write it.",
    "P6: I wouldn't know where to send it.",
    "Worker: You can post it to me at the office, 11 Tanners Walk, PE13 2KC, or email circle.six@example.org and I'll do the rest.",
    "P1: Can we get a men's group going too? For my son and the lads. They won't come to this, they'd die. Maybe around the horses, down by Friday Bridge where they run the ponies.",
    "Worker: Yes, a lads' group is in the plan for the spring. The funding bid covers the whole of Cambridgeshire, so we need numbers.",
    "P2: My husband Radek would come. He is very sad since his brother died. He drinks. Maybe with horses, maybe with cars, he likes cars.",
    "P5: And no forms at the door. Forms frighten people off.",
    "Worker: Noted. No forms at the door. Friends, Families and Travellers have an advice line as well, the details are on the sheet by the urn.",
    "P3: Thanks, all. Same time next fortnight? I'll bring a cake from Tesco.",
    "Worker: Same time. Mind how you go on the A141, there's black ice.",
    "[End of recording. Typist's note: Worker asked for phone numbers to be taken out before sharing; Bridgie's number, 0113 496 0582, was said while packing up and is left in by mistake.]",
]


def main() -> None:
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.save(HERE / "w03.docx")


if __name__ == "__main__":
    main()
