#!/usr/bin/env python3
"""Build sg03.docx (one paragraph per line) for synthetic set G.

SG03 holds the marked-up source: {kind|text} marks a planted identifier.
The markup is stripped before writing; build_set.py uses the same source
to write the labels (line = 1-based paragraph number).
Run with the venv that has python-docx: python make_docx.py
"""
import os
import re

MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")

SG03 = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
"Safe Space" student peer support group (Exeter) - participatory evaluation, workshop 1
Date: Tuesday 6 May 2025, 5.30-7pm
Venue: upstairs room, The Common Ground café, {addr|3a Northernhay Row}, Exeter {pc|EX4 3QY}
Transcribed by: {n|Kerensa Pascoe} ({em|kerensa.p@example.net}, {ph|+44 7700 900318})
Present: F1 (peer facilitator), F2 (co-facilitator), P1-P5 (members). C1 sent apologies.
Content note: self-harm is discussed; no method detail. Ground rule 3 observed throughout.
F1: Okay so, um, first - thank you for being here. I know it's May, it's deadline season, everyone's dying. [laughter] So the question's just: what makes this group work for you? And what doesn't?
P1: Can I go first cos I'll lose my nerve. Um. I think it's that nobody flinches? Like at home if I even mention it my mum goes quiet and looks at my arms. Here you just say "bad week" and people nod and someone passes the biscuits.
P2: The biscuits are load-bearing, honestly.
P1: They are! But yeah. It's not being the weird one. In halls I was the weird one.
F2: So it's like a shared... identity?
P3: Yeah but not in a "we're all the same" way. More like we've all been in the same place. My flatmate - sorry, can I say her name? - she's the one who found the group for me.
[Transcriber's note: P3 names her flatmate, {n|Autumn Trelawny}, in the next turn; retained pending the group's decision on redaction.]
P3: It was {n|Autumn Trelawny}. She printed the poster off and left it on my pillow. Which was either really sweet or really passive aggressive. [laughter]
P4: For me it's different cos I'm not even at uni. I'm seventeen, I'm at {wk|Exe Valley Sixth Form}, and I'm the youngest here by like three years. The group's sixteen to twenty-five so I'm allowed, but I was scared it'd be all uni people going on about Freshers. And then {n|Precious} sat next to me the first week and asked what I was reading and we talked about books for forty minutes.
F1: That's really nice.
F2: Can we talk about the ground rules? How do people feel about them?
P2: I think they're good. No pictures, no detail about how, no "who's worse". That last one matters. There's a thing online where it gets competitive and it's horrible.
P5: I like the rules. What I don't like is Wellbeing wanting us to do a risk assessment every session. Like, a form. Every week. With names and student numbers and a RAG rating. We're not a ward.
F1: Yeah, that's the bureaucracy one.
P5: And then they wanted dates of birth, so I put mine, {dob|14/03/2004}, and then they emailed me someone else's support plan by mistake cos we had the same initials. And my own letter went to my old house, {pc|EX2 5DQ}, and my ex-housemate opened it. So. Great system.
P1: Oh my god.
P5: It's fine. It's not fine. But.
F1: That's such a good example of rules that are meant to keep us safe but the paperwork makes it less safe.
P3: Can I say the NHS bit? Cos the CMHT - I've been on their waiting list since October. My letter's got my NHS number right on the top, {nhs|9994581279}, and literally nothing else has happened. Then my GP, Dr {n|Halloran}, goes "do you have any peer support?" and I'm like, yes, them, and they're students with a kettle.
P2: A kettle and a lot of love.
F2: Roles, then. Some of you have taken stuff on this year.
P2: I did the group chat for a bit. It broke me a bit, not gonna lie. Someone posted at 3am and I was the only one up and I didn't know if I should ring someone. I gave them Papyrus and the Shout number, 85258, and sat on the phone with them till six.
F1: And that's the bit we have to fix. It can't be one person.
P2: {n|Summer} took it over after and she's done a rota, so now it's two people a night and nobody does more than one night a week. Over the summer, though, there was nobody, cos everyone went home, and that was the worst bit of the whole year.
P4: Can I say the awkward thing? We want to complain about Wellbeing and the CMHT. Properly complain. But we literally need them. Half of us got referred by them. If we make a fuss-
F2: Yeah. Lobbying them versus needing them.
P5: I think we do the letter anyway. {n|Tharshini Sivakumar} from the Guild said she'd sign it with us, she's on the welfare committee.
F1: Okay. I'll put that down as an action. And the venue? We moved here from campus in January.
P1: Here's loads better. On campus everyone sees you going through the door that says Wellbeing. Here it's just a café. You could be anyone.
P3: Though the bus is two buses for me. I'm twenty, I'm living back home in {pl|Chudleigh} because of the eating disorder, and the last bus back is ten past eight, so if we overrun I'm stuck.
P4: And someone keeps parking across the disabled bay outside, a silver Vauxhall Corsa, {car|WK70 RFD}. I've got a picture. [laughter]
F1: We'll mention it to the café. Last one. If someone new was thinking about coming, what would you tell them?
P1: That you don't have to talk. I didn't talk for three weeks.
P5: The website's {url|https://www.example.com/safe-space-exeter}, and {n|Jago} does the Insta, he's {h|@nightowl_jago}, message him and he'll meet you at the door so you don't walk in on your own.
P3: P1 said it right at the start. Nobody flinches.
F1: Okay. I'm going to stop recording. Thank you, everyone. Honestly.
[Recording ends 18:52]"""


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def build(lines, path):
    import docx
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    build([strip(l) for l in SG03.split("\n")], os.path.join(here, "sg03.docx"))
    print("wrote sg03.docx")
