# -*- coding: utf-8 -*-
"""Cue list + label spec for the Teams caption file (imported by build.py)."""

OK = "WYICB Boardroom 2 (Room)"
SU = "Students' Union Wellbeing"
PD = "Priyanka (Guest)"
WH = "Wren (they/them) (Guest)"
KG = "Kemal (Guest)"

# (voice or None, caption text). Long turns are split over cues the way Teams does it.
CUES = [
    (None, "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    (OK, "OK, I think the recording has started. Thanks everyone for making time. This is the quarterly review of the campus peer support grants, so it's me, Adaeze Okonkwo, from the West Yorkshire ICB, the students' union wellbeing team, Priyanka who runs Spectrum Social, and Wren Halloran from the LGBTQ+ peer network."),
    (SU, "Morning. It's Marcus on the shared union account, sorry, my laptop's in for repair. I'm in the Hub meeting room on the second floor of Calder House, so apologies in advance for the drilling."),
    (OK, "No problem. Do you want to start us off with what's working?"),
    (PD, "Yeah, sure. So Spectrum Social meets Wednesdays, four till six, in the quiet room in the union. The biggest thing honestly is predictability. Same room, same time, same biscuits. People know exactly what they're walking into, and for autistic students that's half the battle. And we give people jobs. One of our members, J.T., looks after the sensory kit, ear defenders, fidgets, the weighted blanket. He told me it was the first time at uni he'd felt useful rather than, um, accommodated."),
    (WH, "That's really similar to us, actually. The LGBTQ+ network is mostly on Discord, and the roles thing is huge there. We've got channel mods, a welcome person, someone who does the pronoun roles, someone who runs the film night. Everybody owns a bit of it."),
    (OK, "And where are the tension points? Be as honest as you like, this isn't going to the board word for word."),
    (WH, "Honestly, the venue. For the in-person meet we had a room at the chaplaincy and some people just weren't comfortable there, for obvious reasons. Then we moved to the Fox and Lantern on Thursday nights, and a pub isn't great for people who don't drink or can't afford to."),
    (SU, "Yeah, and that's on us, to be fair. The union rooms get double booked. Last term the esports society got the quiet room and the autism group were put in the bar annex next to the fruit machines."),
    (PD, "Which for autistic students is, you know, the worst possible room. Two people left and didn't come back. One of them, Callum, emailed me afterwards to say he'd been to his GP at Larkfield Surgery because it had knocked him back that much."),
    (OK, "That's really useful to hear, if not nice. Can I ask about facilitation? The grant was for peer-led groups, but I know Professor Lindqvist in psychology was keen on a staff lead in the room."),
    (WH, "We'd push back on that. What makes it work is that it's us. If a personal tutor is sitting there it becomes pastoral. My tutor, Dr Abernethy, is lovely, but I'm not talking about dysphoria with him in the room."),
    (SU, "I think there's a middle ground, where there's a named staff contact for safeguarding but they're not in the room. That's roughly what the union policy says anyway."),
    (PD, "That's what we do already. If something comes up in session I ring the wellbeing duty line, or out of hours it's campus security on 0113 496 0731, and they know who we are."),
    (OK, "And the ADHD group, is that still going? I saw the, uh, Focus Friends thing on the union website in September."),
    (SU, "It's sort of merged into Spectrum Social now. Shivon who set it up graduated, so there wasn't anyone to pick it up."),
    (WH, "Sorry, it's Siobhan, S-I-O-B-H-A-N, the transcript always murders it. She's doing a PhD in Glasgow now but she still pops into the Discord most weeks."),
    (KG, "Hiya, sorry I'm late, bus was rammed. It's Kemal Aydın, I run the Tuesday gaming night for the ADHD lot in the union games room."),
    (OK, "Welcome. We're on tensions. Anything from the gaming side?"),
    (KG, "Moderation, mainly. We had someone join the server with the handle frostbyte_77 who clearly wasn't a student, just trawling the chat. We banned him, but it shook people up for weeks."),
    (SU, "The other tension is halls. A lot of the autistic first years are in Brackenridge Hall, which is twenty minutes out, and the last bus back is 9:40."),
    (PD, "Yeah, J.T. and two others live out there. We've been talking about a satellite session in the Brackenridge common room, maybe fortnightly."),
    (OK, "I like that. On outcomes, we need something for the ICB board in March. Could somebody send me contact details for the feedback survey?"),
    (SU, "Yeah, it's su dash wellbeing at example dot org. Or ring me on oh seven seven double oh, nine double oh, five eight two, that's my work mobile."),
    (OK, "Brilliant. Last thing, is there anything you want me to take back to the commissioners?"),
    (WH, "Just that the money matters less than the room. Give us a room that's ours, every week, same time, and we'll do the rest ourselves."),
    (KG, "And pay the peer facilitators. I've done Tuesdays for free for a year, which is fine, but I'm also working weekends at Halden Leisure Centre to cover rent."),
    (SU, "Noted. I'll follow up with Ms"),
    (SU, "Oyelaran in finance about the stipends, she owes me one."),
    (OK, "Lovely. I'll stop the recording there. Thanks all, really helpful."),
]

VTT_LABELS = {
    "Okonkwo": "name", "Adaeze": "name", "Priyanka": "name",
    "Wren": "name", "Halloran": "name", "Kemal": "name", "Aydın": "name",
    "Marcus": "name", "J.T.": "name", "Callum": "name", "Lindqvist": "name",
    "Abernethy": "name", "Shivon": "name", "Siobhan": "name", "S-I-O-B-H-A-N": "name",
    "Oyelaran": "name",
    "Spectrum Social": "workplace", "Calder House": "workplace", "Fox and Lantern": "workplace",
    "Larkfield Surgery": "workplace", "Focus Friends": "workplace", "Brackenridge": "workplace",
    "Halden Leisure Centre": "workplace",
    "0113 496 0731": "phone", "oh seven seven double oh, nine double oh, five eight two": "phone",
    "su dash wellbeing at example dot org": "email", "frostbyte_77": "handle",
}

VTT_TRICKY = [
    ("West Yorkshire ICB", "NHS commissioning body/region"),
    ("ICB", "NHS body acronym"),
    ("Students' Union Wellbeing", "shared organisational Teams account used as speaker label"),
    ("WYICB Boardroom 2 (Room)", "Teams meeting-room device used as speaker label"),
    ("Guest", "Teams guest marker"),
    ("Glasgow", "big city"),
    ("Discord", "app"),
    ("9:40", "bus time"),
    ("March", "month of board meeting"),
    ("September", "month"),
    ("Wednesdays", "meeting day"),
    ("Professor", "title only"),
    ("LGBTQ+", "community term"),
    ("ADHD", "condition"),
    ("Hub", "generic room name"),
]
