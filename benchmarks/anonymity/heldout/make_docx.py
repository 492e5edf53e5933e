#!/usr/bin/env python3
"""Build hb01.docx (SYNTHETIC hearing-voices group workshop transcript).

One paragraph per line; no tables, no tracked changes.
Run with a Python that has python-docx, e.g.
    python make_docx.py
Every name, number and address below is invented.
"""

import os

from docx import Document

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Transcribed by Bronwen Pryce-Jones (freelance transcriber) for the Voices Together peer evaluation.",
    "Recorded in the community room, 22 Mill Lane, Bristol BS5 6JX. Thursday afternoon session, approx. 55 minutes.",
    "Queries about this transcript: bronwen.pj@example.com or (0117) 496 0123.",
    "F1: Right, is that recording? Lovely. So this is the bit where we step back and talk about what makes this group work, and what it's balancing. No wrong answers.",
    "P1: Can I start? Because I've been coming since the summer before last and I still remember my first week. Hope was on the door, and she just said, sit wherever, love, you don't have to say anything.",
    "F1: Hope's brilliant at that. She'd be mortified to hear it, mind.",
    "P2: For me it's that nobody tells you the voices aren't real. That's the Hearing Voices Network way, isn't it, the voices are real to you and we talk about what they say. My care coordinator, Mr Adeyemi-Clarke, he's sound, but he always wants to get to the medication question first.",
    "P3: Mmm. Yeah.",
    "P2: Here it's more like, what's the voice called, when does it get loud, what helps. I've got one I call the Landlord, because he's always on at me about money.",
    "P4: I'll be honest, I nearly didn't come back after the second week, because Dariusz was talking about his voices telling him to hurt people and it frightened the life out of me.",
    "F1: That's a really important one. The balance between letting people say the frightening stuff and keeping the room safe for everyone.",
    "P4: And what helped was Dariusz himself, actually. He came over at the break and said, I'm not going to do anything, I've had them twenty years, they're all talk. Frank conversation, that. Made me laugh.",
    "P1: We've got the ground rules on the wall, though. What's said in the room stays in the room, no telling anyone what to take.",
    "P5: Can I say a thing about the outside bit? Because last month someone put a photo on the group chat from the picnic, and you could see my car, the reg and everything, WV19 KXT, and my sister in the background. I know it was innocent. But my ex knows that car. He already found my old account, @lizzieb_1986, and that's why I came off everything.",
    "F1: Yeah. And we took it down straight away, and that's partly why we moved off WhatsApp onto the closed forum.",
    "P5: I know. I'm not having a go. Just, it's a balance, isn't it. We want to be a proper community, do stuff together, but some of us have got reasons to stay hidden.",
    "P3: My thing is the paperwork. When I first got referred, the Early Intervention team sent a letter with my NHS number on it, 999 402 7131, and my date of birth, 30/01/1990, to my mum's house, and she opened it. That's how she found out.",
    "F1: Ah, no.",
    "P3: So I turned up here thinking, right, what do this lot want to know about me. Ngozi said, we don't even need your surname. That's what sold it.",
    "F1: We keep a sign-in sheet for the fire register, but it's first names only.",
    "C1: Can I come in there, as the one from the Integrated Care Board who funds all this? We'd love more data, honestly. Outcomes, numbers, postcodes. But I'm hearing that the not-asking is part of why it works.",
    "P6: It is. If you'd asked me for my details I'd have gone straight back out the door. My support worker, Phuong, she came with me the first time and sat in the car for an hour in case I bolted.",
    "P1: And the benefits stuff is bad enough. At my PIP assessment the woman read my National Insurance number out in the waiting room, QQ604218D, like it was nothing. Here nobody wants any of that.",
    "P2: The other balance is the staff thing. F1's paid, but the rest of us aren't, and sometimes you feel like you're doing the heavy lifting for nowt.",
    "F1: That's fair.",
    "P2: Like, when Mrs Kowalczyk was in crisis last winter, it was me and Tomasz driving round at eleven at night looking for her. Not complaining, but that's what actually happens.",
    "C1: That's useful to hear. That's the bit that never makes the monitoring return.",
    "P4: The voices don't keep office hours. Mine are worst at four in the morning. The Samaritans are good, 116 123, but it's not the same as texting someone who knows you.",
    "P1: Joy's set up the night rota thing. She's a lifesaver, honestly.",
    "F1: She is. Though we've said the rota's voluntary, nobody should feel they have to be on it.",
    "P5: What about social media, while we're on the balancing? Because someone set up a page, facebook.com/groups/voices-together-with-hope-barrett, and it's got her whole name in the title. Hope never agreed to that.",
    "F1: I've messaged the person who made it. I'd rather we had a page with no names on, just the group and the times.",
    "P6: I found you on the council site anyway, www.example.org/bristol-wellbeing/voices-together, that's all anyone needs.",
    "P3: Mind's leaflet as well, they've got us on their list.",
    "P2: Can I just say about the joy of it as well? Because we're talking like it's all rules. Some weeks it's just a laugh. Rukhsana brought samosas in for Eid and we sat for an hour.",
    "F1: That's what I'd want the report to say. It's not a clinic.",
    "C1: Noted. I'll have a bit of faith in you lot to tell me what the numbers should be, then.",
    "P5: Bit of a change from the last one. He wanted postcodes for everyone.",
    "P1: I put mine down as BS3, two doors up from the chippy, and that's all they're getting.",
    "F1: And that's fine. Anything else before we break? No? Lovely. Kettle's on.",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    doc = Document()
    for text in PARAGRAPHS:
        doc.add_paragraph(text)
    out = os.path.join(here, "hb01.docx")
    doc.save(out)
    print("wrote", out, len(PARAGRAPHS), "paragraphs")


if __name__ == "__main__":
    main()
