#!/usr/bin/env python3
"""Build sf03.docx (synthetic transcript) with python-docx: one paragraph per line.

Run with the venv:  python make_docx.py
Paragraph numbers (1-based) are the 'line' values used in labels.csv.
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))

LINES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Cardiff voices peer group - reflective workshop on what makes the group work",
    "Transcribed by: Eleri Pugh",
    "Recorded: Wednesday 6 November, 6.30pm, upstairs room, 41 Llwyn Close, CF24 3LP",
    "Group contact: 029 2018 0917 or hearingvoices.cardiff@example.com",
    "Speakers: F1 and F2 (facilitators), P1 to P7 (members), C1 (commissioner)",
    "F1: Croeso, welcome. Thanks for coming out in the rain. Tonight we're talking about what makes this group work, and I've got the big sheet of paper for the tensions.",
    "P1: What works for me is that nobody here tries to get rid of my voices. Everywhere else it's how do we make them stop. Here it's, what are they saying today, and do you want to tell them to shut up? (laughter)",
    "P3: Same. I've heard voices since I was twelve. My Nain used to say I had the gift, and honestly she was kinder about it than the first psychiatrist. This is the only room where both of those views get a hearing.",
    "P2: For me it's the shared thing. I'm a nurse, I'm on Cedar Ward, and I came from the Philippines in 2016. When my mother died I started hearing her voice, and when I told Nurse Reyes, my manager, she thought I wasn't safe to work. Here, nobody panics.",
    "F2: That's a big thing to bring in, thank you.",
    "P2: Nurse Reyes meant well. But in the Filipino community you don't say this out loud. My son Angel is the only one at home who knows I come here.",
    "P4: I'm from Czech Republic, from Brno. Tomáš from my work told me about this place. When I first came my English was bad, and Jasmine sat next to me and wrote things down for me on a napkin. That's why I stayed. Not the leaflets, the napkin.",
    "P5: For Roma people you don't talk about this outside the family. My cousin Ivana Baloghová brought me the first time and waited outside in the car for the whole two hours. Now she comes in too.",
    "F1: Let's talk about roles. Who does what here?",
    "P6: I do the tea and I set out the chairs in a circle, never in rows. Jasmine does the welcome for new people. Akosua does the money, because she's the only one of us who can add up. (laughter)",
    "P7: I'd like to say something about ground rules. We agreed nobody argues with anybody else's voices, and nobody says 'it's just your illness'. That rule is the reason I came back after the first week.",
    "P6: Can I read something out? I've got a letter from the CMHT and I don't understand it. Is it alright? It says 'Date of birth: 2nd of June 1981, NHS number 9994172832, National Insurance BG552109A', and then it says my appointment with Dr Sandhu has been cancelled. Again.",
    "F2: Maybe let's look at that together in the break, rather than in the recording.",
    "P6: Sorry. I'm 61, I live in Dinas Powys, I've had a schizophrenia diagnosis since 1989, and I've been cancelled three times this year. I'm a bit fed up.",
    "C1: That's useful for me to hear, as the commissioner, even if it's uncomfortable. Can I ask about structure? We fund the group through the Integrated Care Board, £12 a head, and we need to know who is responsible if something goes wrong in a session.",
    "P1: That's the tension. If F1 and F2 are in charge, then it's a service, not peer support. If nobody's in charge, you lot get nervous.",
    "P3: I think we need both. Someone has to hold the keys to the room. But the decisions about what we do should be ours. We voted on the Diwali night, we voted on going to the Hearing Voices Network conference. That's how it should stay.",
    "P7: And the lobbying. Last spring we wrote to the health board about the waiting times and got a meeting. But then half of us were worried our own care would suffer, because the people we were complaining about are the people who see us every month.",
    "P4: Yes. You want to shout, but you need them. It is like arguing with your landlord.",
    "F1: What about structure versus activities? Some of you have said the walks matter more than the talking.",
    "P5: The walks round the lake, yes. Given half a chance I'll talk about the walks all night. When I'm walking I can hear the voices and still have a conversation, and nobody stares.",
    "P3: Some weeks I need the talking, though. The voices were terrible in the summer and I needed to sit and be listened to. If every week was a trip out, I'd have stopped coming.",
    "P2: If anyone wants to contact me about the nurses' support idea, my email is maricel dot s at example dot net. I'll answer after my shifts.",
    "F2: And the group's page is example.net/cardiff-voices, and we post the dates on there and on social media, our handle is at voices underscore cardiff. We moved the chat off WhatsApp for privacy.",
    "P6: My old address is still on the list, by the way. I moved. It's Flat 6, 18 Mardy Gardens, CF5 2XQ now. If you post anything, post it there.",
    "P1: And if you need to reach the old facilitator, Siân, she's on +44 (0)20 7946 0318 now she's moved to the London team.",
    "F1: Thank you, everyone. Someone gets a gold star for sticking it out to the end of a long session. If anyone needs it tonight, there's Samaritans, and Mind have a line too. Diolch, see you next Wednesday.",
]


def main():
    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    out = os.path.join(HERE, "sf03.docx")
    doc.save(out)
    print("wrote", out, len(LINES), "paragraphs")


if __name__ == "__main__":
    main()
