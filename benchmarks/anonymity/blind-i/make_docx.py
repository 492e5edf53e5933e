#!/usr/bin/env python3
"""Build si03.docx: one paragraph per line of PARAS (paragraph number = label line).
SYNTHETIC - every name, number and address below is invented.
Run with python make_docx.py"""
import os
from docx import Document

PARAS = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Highland Shed Collective - evaluation workshop 3: "What makes the shed work?"
Transcribed by Morag Sutherland, Northlight Transcription (morag.sutherland@example.net, tel. 0191 498 0227)
Venue: The Shed, Unit 4, 23 Glenurquhart Lane, Inverness IV3 8HL
Date: Tuesday 5 November 2024 (Bonfire Night), 18:30-20:00
Present: F1, F2 (facilitators), P1-P7 (shed members), C1 (commissioner, NHS Highland)
F1: Right lads, kettle's on, there's ginger nuts on the bench. We'll try and get you out before the fireworks. Tonight's question - what makes the shed work? And what gets in the way?
P1: The tools. [laughter] No, serious. You come for the tools and stay for the blether. Nobody walks in saying "I'm depressed, help me". You walk in saying "has anybody got a seven mil bit".
P2: Aye, that's it exactly. Shoulder to shoulder, no face to face.
P3: When I first came, Callum MacLeod just handed me a sander and said "that bench needs doing". Didnae ask my name for about a month. Best thing anyone did for me that year.
F2: Why was that the best thing?
P3: Because everybody else was asking how I was. The doctor, the wife, the CPN. I didnae know how I was. But I knew how to sand a bench.
P4: For me it's - erm. I'm from Drumnadrochit, I'm sixty-three, I lost my wife two year ago and I've been on the tablets since. Up the road everybody knows all that. In here I'm just the guy who's good with dovetails.
P1: He is good with dovetails.
F1: So there's something about who you are in here. A different identity.
P5: Ginger calls them shed names. Everybody gets one. I'm Spoons, because of the carving. Sunny reads the instructions, so he's no allowed one till he stops. [laughter]
P7: Somebody has to read them.
F2: Let's talk about roles. Who does what?
P6: Tomasz is the key holder. He opens up Tuesdays and Thursdays. If he's off sick, we're stood in the car park.
P2: And that's a problem, that. It's all on one fella. We've said we need a rota.
P7: We've said that for two years.
P1: Thing is, once you've a rota you need a committee, then minutes, and then you're the council. I came here to get away from forms.
C1: Can I come in on that? From our side I'd love to give you money with no strings, but it comes with a monitoring return, insurance, safeguarding. I'm no trying to turn you into the council.
P3: We know, hen. It's no you.
P1: See the insurance, though. To use the bandsaw I had to put my date of birth on a form - 14/07/1958 - and sign to say I'd been trained. I've been on a bandsaw since before the insurance man was born.
F1: So, rules versus bureaucracy. I'll write that up.
P5: The rules we've got are fine. No drink, no drugs. You don't use a machine you've no been shown on. You leave the bench tidy. And what's said at the tea table stays at the tea table. Four rules. A man can remember four rules.
F2: And who enforces them?
P2: Alasdair, mostly, by looking at you. [laughter]
F2: Sorry - before we go on, whose is the white Transit, SV17 KRD? The bin lorry cannae get round.
P7: That'll be Alasdair's.
[Transcriber's note: Alasdair leaves to move his van and comes back a few minutes later; discussion carries on.]
P4: On the leadership thing. Mr Fraser gave us half his tools when he retired, and because of that folk think he's the boss. He's no the boss. But nobody wants to tell him.
P6: He's the founder, really. Him and Kofi Boateng.
F1: P4 said nobody wants to tell him. Is there a tension there, between somebody leading and being accountable to the group?
P6: Aye. At the AGM the other founder said, if you're going to lead you have to be willing to be voted out. Fair play.
C1: And the services side. You've been quite vocal with NHS Highland about the waiting times for counselling.
P3: Aye, we wrote to the paper.
C1: Which is fine! But you also get your referrals from the same GPs and the same team.
P2: It's awkward. Biting the hand and holding out the other one. But if the shed doesnae say it, who will?
P7: Can I say about the venue? The unit's cold. Really cold. On a misty morning in January you can see your breath. And the landlord's threatened to put the rent up.
F1: Anything that's working with the venue?
P7: It's ours. You can leave a job half done and it's there next week. You cannae do that in a church hall.
P5: And the younger lads. We've a couple now. One of them came in through MacRae's Garage, where he's an apprentice. Nineteen. Wouldnae say a word. Now he's designed a kit - a flat-pack bird box - that we sell at the Christmas market for a tenner.
F2: That's brilliant. Where do folk find out about you?
P1: The website, https://www.example.com/highlandshed, and the Twitter, @HighlandShedEx. Ginger does the Twitter. Or email highland shed at example dot com.
P6: Badly. [laughter]
P3: And if anybody wants a lift, ring me. Oh seven seven oh oh, nine oh oh, eight five two. I'm up that way on a Tuesday anyway.
P4: Tomasz wanted to say about the Jobcentre.
P7: Yes. They sent me letters with my NI number, NK 40 21 77 B, but with wrong name. Four weeks the shed helped me with phone calls. That's what this place is. Is not just the wood.
F1: Thank you. That's a good place to stop. Enjoy the fireworks, everyone.
C1: Thanks all. And thanks for the ginger nuts.""".split("\n")


def main():
    doc = Document()
    for p in PARAS:
        doc.add_paragraph(p)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "si03.docx")
    doc.save(out)
    print("wrote", out, len(PARAS), "paragraphs")


if __name__ == "__main__":
    main()
