"""Write ad01.srt: auto-captions of a hoarding-disorder peer group (Midlands), lightly corrected.
Each entry of CUES is one caption; '|' splits it onto two caption lines."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CUES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "(Facilitator) Right, I think it's recording.|Can everyone see the captions on the screen?",
    "Welcome back, everyone. This is the hoarding|peer support group, Tuesday night, Nuneaton.",
    "- Hi, I'm Gwen, I'm one of the facilitators,|and yes, I've got my own boxes at home.",
    "Tonight's a bit different because Mr Okafor|from the ICB is sitting in with us.",
    "He commissions community mental health|across Warwickshire, so be kind to him.",
    "(laughter)",
    "He wants to hear what makes this group work,|in our words, not on a form.",
    "- Hi, I'm Declan. I've been coming|about eighteen months now.",
    "What works for me is that nobody here|turns up with a skip.",
    "My sister did that once. Turned up at|23 Marlpit Close with a skip and two lads",
    "from Brackwell Auctions, where she works,|and I didn't speak to her for a year.",
    "Here, the facilitator asked me what one thing|I'd be OK letting go of. One thing.",
    "It was a broken kettle. Took me three weeks.|Nobody laughed.",
    "I used to buy off eBay at three in the morning.|Now I text someone from the group instead.",
    "- Thanks. Eva, do you want to go next?",
    "- It's Aoife, the captions always do that.|A-O-I-F-E. Irish spelling, sorry.",
    "I live out in Hartshill with my mum.|Her house is the hoard really, not mine,",
    "but I've sort of inherited the guilt,|if that makes sense.",
    "What helps is hearing the older members|talk about the shame side of it,",
    "because the TV programmes never show that bit.|They just show the skip.",
    "- I'm Lorraine, Lorraine Hadley.|I'll say my surname, I don't care anymore.",
    "Environmental health came out to me on the|Camp Hill estate in January,",
    "and the letter had my postcode as cv11 4mv,|which isn't even my street, so that was fun.",
    "After that, Hadley was a dirty word|on our landing, I can tell you.",
    "But in here I'm just the one with the|bread bags, and that's fine.",
    "(Facilitator) Bev, you've been coming the longest.",
    "- I have. Since it was six of us in the|back room of Pinfold Community Hub.",
    "My husband's model railway is still in the|spare room. Eleven years since he passed.",
    "The group didn't make me bin it.|They asked me which engine was his favourite.",
    "That question did more than any|leaflet from Hoarding UK, no offence to them.",
    "My GP kept asking for my NHS number like I'd know it.|It's 999 456 7896. I've learnt it now.",
    "- Can I come in? It's Marek.|The captions will spell my surname wrong.",
    "Wiśniewski. There, Gwen's fixed it.|Last time it said Vishnevsky.",
    "(laughter)",
    "For me it's practical. The council form|wanted my date of birth, 03/10/1958,",
    "then it wanted to know how many rooms I|could not use. I could not answer.",
    "Our peer worker sat with me in the car park and we|did it together, one question at a time.",
    "- That's me, Sunita. Sonita on the captions,|apparently.",
    "I'm a peer worker now but I started as a member.|I used to rent a unit at Kettleby Self Storage",
    "and pay for it before I paid for food.|That's the honest version.",
    "What makes it work is we never|say clutter like it's rubbish.",
    "These are people's memories. Marek's tools|were his father's tools. You start there.",
    "(Facilitator) Anything you want to ask us?",
    "- Just briefly, thank you. What stops people|coming back after the first session?",
    "- Transport, mostly. People out in Galley Common,|the bus is hopeless,",
    "it's easier to get into Coventry than here,|and the A444 roadworks don't help.",
    "Declan gives people lifts, but his|Ford Focus hasn't got a passenger seat.",
    "- It has now! BV14 QKE, cleared out|in September. Big moment.",
    "(applause)",
    "- The other thing is money. The room|costs us, the tea costs us.",
    "If the ICB could fund the room for|a year, that's half the worry gone.",
    "(Facilitator) Between sessions people can ring the group mobile,|oh seven seven double oh, nine double oh, four one six,",
    "or the hub landline on 01632 960284,|or email clearspace at example dot org.",
    "There's a resources page too,|clearspace-peers.example.org/resources.",
    "And our Instagram is|@boxes_and_biscuits, which is mostly cake.",
    "- It's mostly cake.",
    "- If anyone's in crisis, that's different.|Samaritans on 116 123, or NHS 111.",
    "We're peers, we're not a crisis service,|and we say that every single week.",
    "- Can I say one more thing?|It's me again, from Hartshill.",
    "Mum's on sertraline, 100 milligrams, and the GP|thinks that's the answer. It's part of it.",
    "The other part is this room. Coming here on a|Tuesday and knowing nobody will flinch.",
    "- That's what I'll tell the board.|Nobody flinches. Thank you, all of you.",
    "(Facilitator) Right, let's have a brew.|Same time next week, same room.",
]


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main():
    out = []
    t = 1200
    for i, cue in enumerate(CUES, 1):
        words = len(cue.replace("|", " ").split())
        dur = max(1500, 380 * words)
        out.append(str(i))
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        out.extend(cue.split("|"))
        out.append("")
        t += dur + 240 + (i * 137) % 900
    with open(os.path.join(HERE, "ad01.srt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
