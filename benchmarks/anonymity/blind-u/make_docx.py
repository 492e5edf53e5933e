"""Write u03.docx: one paragraph per turn. Run with a Python that has python-docx.

Usage: python make_docx.py   (writes u03.docx next to this script)
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Evaluation workshop: Blue Light Circle, a peer support group for nurses and paramedics. Training room, Kirkfield Ambulance Station, 2 Mill Race Lane, Garforth, LS25 1WQ. Turns are labelled F1 and F2 (facilitators), P1 to P5 (members) and C1 (commissioner).",
    "F1: Right, we're recording. Thanks for coming, and extra thanks to those of you who've come straight off a night shift. This is the evaluation C1 asked for. We want to know what makes this group work, warts and all. Who wants to start?",
    "P1: I will. I'm a paramedic, eleven years in. I came to the group after a job on the A64 one January. Three kids in the back of a car. I went home, didn't sleep, and went back in the next night because that's what you do. By March I was shouting at my own children. My crewmate Hope is the one who dragged me here. She said, you either come to Blue Light or I'm telling the manager.",
    "P2: And look at you now.",
    "P1: Look at me now. Still here. That's the point of it.",
    "P2: I'm a nurse. I've been on Ward 27 at Beckside General for eighteen years, respiratory. During COVID we were the ward, if you know what I mean. Forty-one deaths in the first wave. I went to occupational health and they gave me six sessions of CBT over the phone and a link to Headspace. Nothing wrong with Headspace. But the woman on the phone had never stood in a side room while someone's daughter watched her mum die on an iPad.",
    "F2: So what's different here?",
    "P2: Everyone here has stood in that room. I don't have to explain what a DNACPR is. I don't have to translate anything.",
    "P3: Can I say something a bit different? I nearly left after my first night. P4 was talking about a job I'd been on, same job, different crew, and I didn't know whether I was allowed to say. There was no rule about it. I'm from Kippax, everyone knows everyone, and my mum's neighbour's lad was in that car.",
    "F1: That's fair, and it's why we changed the agreement. If you recognise a job, you can say so and step out.",
    "C1: Can I ask about access? We fund this through the staff wellbeing budget and I have to justify it against TRiM and the employee assistance line.",
    "P4: TRiM is good for the first few weeks. This is for the year after. I've done the EAP, it's a call centre with a nice voice. Here it's Sunny, who was on the road for twenty-six years and knows exactly what your uniform smells like after a burns job.",
    "F2: Sunny's not in tonight, he's at his granddaughter's nativity. Sunil Mistry, C1, for your records. He was at Wetherby station for most of his career and he's our volunteer peer lead now.",
    "C1: Thank you. Is there a contact for him?",
    "F1: Sunny's on 07700 900955, but please don't ring him tonight. Or email the group at bluelightcircle@example.net, and new people can sign up at bluelightcircle.example.org/join.",
    "P5: I want to say something about the practical stuff. When I was off sick last year HR lost my file twice. The second time, they had me read out my National Insurance number, QQ 48 21 07 D, across an open-plan office, and then my NHS number, 999 401 2363, so occupational health could find my record. Everybody heard. That's what made me worse, not the job. The group is where I could finally laugh about it.",
    "P5: My team leader, Precious, was brilliant, mind. She drove out to my house in Rothwell with a box of Krispy Kremes and a card signed by the whole of Ward 14. I cried on the doorstep.",
    "F2: What about the format? At the moment it's fortnightly, Tuesdays, 19:00, here at the station.",
    "P1: The time's wrong for shift workers. Half of us are on four-on, four-off, and sleep is precious on nights. Could we have a daytime one as well?",
    "P3: And online. Not instead, as well. When I was at my worst I couldn't drive. The Corsa, YH70 WBN, sat on the drive for a month because I was having panic attacks on the ring road.",
    "P4: Online would be worse for me. I need to be in the room. I need the brews and the biscuits.",
    "C1: Can we talk about cost? I've got the room at nothing, the facilitators at £180 a session, and supervision on top.",
    "F1: Supervision is Dr Ellen Hargreaves, a clinical psychologist who does it at cost. Her practice line is 0113 496 0721 if finance need to check the invoices. Without supervision, F2 and I would be carrying all of it home.",
    "P2: Can I say something about the name? Nurses don't have blue lights. When I first saw the poster I thought it wasn't for me. Maybe that's why there are more paramedics than nurses.",
    "F2: Noted. We argued about the name for weeks.",
    "P5: Honestly, I hope nobody changes it. It means something to us now.",
    "C1: Last question. If the funding stopped tomorrow, what would happen?",
    "P1: We'd meet in a pub. Brennan's already said he'd open his back room for us on a Tuesday.",
    "P4: But then the ones who need it most wouldn't come. The ones who don't drink, or can't.",
    "P3: Like me. I'm on propranolol and sertraline, I'm not sitting in a pub. And my son Callum is at Holmcroft Primary. I'm not having his teacher see me coming out of a pub on a school night.",
    "C1: Understood. Thank you all. I'll write this up for the board in April and share it with F1 before it goes anywhere.",
    "F1: And if anyone's struggling after tonight, there's Samaritans on 116 123, NHS Practitioner Health, or text FRONTLINE to 85258. And there's us.",
]


def main() -> None:
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    out = HERE / "u03.docx"
    document.save(out)
    print(f"wrote {out.name}: {len(PARAGRAPHS)} paragraphs, "
          f"{sum(len(p.split()) for p in PARAGRAPHS)} words")


if __name__ == "__main__":
    main()
