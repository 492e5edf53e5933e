"""Build t03.docx: one paragraph per turn, "P4: text".

Paragraph numbers (1-based, counting every paragraph in the document body)
are the `line` values used in labels.csv for t03.docx.
Run: python make_docx.py   (needs python-docx)
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

PARAS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Tweedside Memory Café - carers' evaluation workshop, November 2023. Speakers: P1 (facilitator), P2 to P6 (carers and volunteers), P7 (commissioner, Health and Social Care Partnership).",
    "P1: Thanks for staying behind after the singing. The folk we care for are through in the big hall with Heather and the volunteers, so this is our hour. I want to hear what makes the café work, and what we should stop doing.",
    "P2: Can I start? I'll be blunt. Before the café I hadn't had a conversation with a grown-up that wasn't about pills in about a year. Sandy was diagnosed with vascular dementia in 2019, and after that the phone just stopped ringing. Friends didn't know what to say.",
    "P1: That's a common story, sadly.",
    "P2: It is. But here nobody looks at him funny when he asks the same thing four times. Heather just answers it four times, like it's the first.",
    "P3: For me it's the two rooms. Tam gets his tea and his Tunnock's and the music, and I get to sit in this room with people who know. He's 82 and he was a weaver at Teviotdale Mills for forty years, and when they put the old songs on he knows every word. He doesn't know my name some days, but he knows the words. We used to walk down to the sandy bit by the Tweed every Sunday.",
    "P4: That's the Playlist for Life thing, isn't it? Elspeth set that up on Spotify for us.",
    "P5: Speaking as a volunteer, what makes it work is the same faces. Morag and I have done the urn every Tuesday since the start. People notice if you're not there. Old Rennie once came looking for me at home because I'd missed two weeks.",
    "P1: Let's talk about getting here, because transport came up in every feedback form.",
    "P6: We're out at Yetholm, and it's forty minutes each way. The bus is hopeless. Dad can't manage it now anyway. He used to walk the hills every weekend, through the heather, and now the stairs are a mountain.",
    "P3: And the driving. That's the hard one. Tam was still driving the blue Berlingo, SN67 WHB, up until the spring, and I had to go to Dr Haig behind his back. That felt like a betrayal. It was the café that got me through it, honestly. P4 said to me, you're not taking his keys, you're keeping him alive.",
    "P4: I did say that. My husband drove into a ditch at Ancrum before anybody stopped him.",
    "P7: Can I come in as the commissioner? This is exactly the kind of thing we can't see from the data. On paper the café is £3 a head and two hours a week. What you're describing is something else.",
    "P2: It's respite, but it's also the only place I can cry without frightening him.",
    "P1: What about the advice side? We have the Alzheimer Scotland link worker in once a month.",
    "P2: That's good, but you want somebody you know. When Sandy went into the Elliot Ward with the chest infection, Kirsteen from the café visited him twice. She'd no need to. The nurses thought she was family.",
    "P6: Can I say what doesn't work? The paperwork. Every agency wants his date of birth. I've said 11th November 1941 so many times this year I hear it in my sleep. And the letters all go to the wrong house, because he's still registered at 7 Jenny Moore's Road, TD6 0PW, and we moved him out of St Boswells two years ago.",
    "P7: That's a data-sharing problem, and it's ours to fix, not yours.",
    "P1: Let's do ideas, then. What would make it better?",
    "P3: Evenings. Some of us still work. My daughter-in-law teaches at Eildon Primary School and she'd come if it was after four.",
    "P4: More men. The carers are nearly all wives and daughters. Dougie Lauder is the only husband who comes, and he sits in the car for the first half hour.",
    "P5: He's shy, Dougie. He came in for the Hogmanay party, though, and he danced.",
    "P6: And something online. My brother's in Edinburgh and he'd join a video call. There's a page at example.net/tweedside-memory-cafe but it just says the times.",
    "P1: We could try that. If anyone wants to be on the list, email tweedsidecafe@example.org or phone the hall on 01632 960218 and leave a message with Morag.",
    "P2: Could we keep the café going over Christmas? That's the worst fortnight. Everything's shut, and Sandy gets agitated with all the lights.",
    "P4: The other thing is the pills. My husband's on donepezil, 10mg, and then they added memantine, and nobody explained the side effects. The Admiral nurse was great, but she covers the whole region and you wait weeks.",
    "P5: There's a woman from Denholm who comes on the Tuesday bus with her husband, Lewy body dementia, and she's never once stayed for this bit. I'd love to know how to reach her.",
    "P7: That's helpful. I'll take evenings, Christmas and the transport back to the Partnership, and I'll look at whether Dementia UK can help with a men's carers' session.",
    "P1: Last round. One sentence: what is the café to you?",
    "P2: A place where Sandy is still Sandy.",
    "P3: Two hours where I'm a wife, not a nurse.",
    "P4: Folk who get it.",
    "P5: My Tuesday.",
    "P6: The one place nobody asks for his date of birth.",
    "P7: Evidence, and I mean that kindly. Thank you all.",
    "P1: Thank you. Heather's waving at the window, so I think the singing's finished. Let's go through.",
]


def main() -> None:
    d = docx.Document()
    for p in PARAS:
        d.add_paragraph(p)
    d.save(HERE / "t03.docx")
    print(f"wrote t03.docx ({len(PARAS)} paragraphs, {sum(len(p.split()) for p in PARAS)} words)")


if __name__ == "__main__":
    main()
