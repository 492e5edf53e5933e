#!/usr/bin/env python3
"""Build sk03.docx: one paragraph per line of TEXT (run with python)."""
import os
from docx import Document

TEXT = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Growing Lads allotment group (Leeds) - participatory evaluation workshop
Venue: the big shed on the allotments behind 63 Gledhow Rise, Leeds LS8 4QT
Date: Saturday 14 September 2024. Notes: Rhiannon Price, rhiannon.price@example.com, 0113 496 0815
Speaker labels F1, P1 to P6 and C1 are pseudonyms.
F1: Right, lads, kettle's boiled, so let's make a start. Same as last time, what's said in the shed stays in the shed, and nobody has to talk. We're trying to work out what it is about this group that keeps you coming back.
P1: Easy. Nobody asks how I'm feeling. We just dig. Then about an hour in, when your hands are busy, it comes out anyway. I told Tariq more about my divorce over a row of leeks than I ever told my counsellor.
P2: That's the thing, it's side by side, not face to face. I couldn't do a circle of chairs. I tried the one at the hospital and I sat in the car park for twenty minutes and drove home.
F1: And the shared identity bit? Is it being blokes, or being unwell, or both?
P3: Both, and being skint. There's one ex-miner of sixty-three with COPD and a dodgy back in Micklefield, and that's me, so I don't say much back home. Here half of us are on the sick and nobody's embarrassed about it.
P4: For me it's not being the only Polish one anymore. When Wojciech started, he brought his dad's way of doing tomatoes and now the whole plot does it his way. He drives over straight from his shift at Sugarwell Nurseries, still in his fleece.
F1: Let's talk about roles. A few of you have jobs now.
P5: I do the seed orders and the Facebook page, and I set up the website, www.leedsgrowinglads.example.com, with the photos. Big Sully does the tea and the jokes. Rowan brought the seedlings on in his greenhouse all spring. Having a job means you turn up, because if you don't, the tea doesn't happen.
P2: And Kwame's the one who talks to the council. He's good at it. I'd end up swearing.
F1: That brings us to the rules. Last time someone said the allotment association rules felt like a council office.
P1: They do. Mr Brennan, the secretary, is a decent fella, but he wants forms for everything. To get a key to the gate I had to give my date of birth, 2nd August 1961, my address, and a copy of my driving licence. For a shed.
P6: I gave him my van reg as well, YK62 BNF, because they said they'd clamp anything not on the list. Then it was on a spreadsheet that got emailed round every plot holder by accident.
P3: And the benefits lot are worse. My PIP letter came with my National Insurance number on the front, TN 31 52 08 D, and they sent it to the old address, 27 Sandholme Court, LS7 3PZ, where my ex still lives.
F1: That's rough. So there's tension between having structure, which you said you need, and the bureaucracy that comes with it.
P5: Same with the GP side. The social prescriber was brilliant, she got four of us here. But then the surgery sent a referral letter with my NHS number, 999 159 0838, to the shed. The shed! It was stuck in the noticeboard for a week where anyone could read it.
C1: I'm sorry, that shouldn't have happened. I'll raise it with the practice manager.
F1: Facilitation, then. How do you feel about me being here, versus running it yourselves?
P4: You're alright. You don't facilitate, you just turn up with biscuits and ask questions at the right time. To be frank, if you weren't here, I think Big Sully would end up in charge and we'd never plant anything.
P6: There's a leadership thing though. When Frank was in hospital in the spring, nobody knew who to tell, who was allowed to open up, whether we were even insured. There's no one accountable when it's everyone's group.
P1: And if someone's really bad, we're not a crisis team. Last winter one of the lads said some things and I didn't know what to do. I rang the CMHT duty line, then NHS 111, then in the end I sat with him under the rowan tree till his sister came.
C1: Can I ask about the lobbying side? You've campaigned for more money for green social prescribing.
P2: We have, and we'll keep doing it, but it's awkward. Kwame wrote to the councillors about the cuts to the Mind allotment project, and then the next month we needed the council to fix the water tap. You feel like you're biting the hand.
P5: We've got an Instagram, @GrowingLadsLS7, and we put the letter on there. That got more reaction than the letter. Mr Brennan said we should ring him first next time, on 0113 496 0299, before we go public.
F1: And the venue? This is a shed on an allotment, basically.
P3: Best room in Leeds. No carpet, no posters about feelings, no clock. You can leave when you want and nobody thinks you've stormed out.
P4: Toilet's a disgrace though. Put that in the report.
F1: (laughs) It's going in. Thanks, lads. Same time next Saturday, and bring your own mug, the good ones have gone walkabout again."""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    doc = Document()
    for line in TEXT.split("\n"):
        doc.add_paragraph(line)
    doc.save(os.path.join(here, "sk03.docx"))


if __name__ == "__main__":
    main()
