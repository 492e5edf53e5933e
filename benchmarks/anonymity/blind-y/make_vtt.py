"""Write y02.vtt, a Teams-style WebVTT (cue id line, timing line, one <v Name> line per cue).

Timings are derived from word counts so the file looks like an auto-transcript.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEETING = "7c2e91d4-3a6b-4f0e-b8d1-5e9a0c4f2b17"

HEADER = [
    "WEBVTT",
    "",
    "NOTE",
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Dads' Circle, Midlands perinatal peer support, online reflective session recorded in Teams.",
    "",
]

CUES = [
    ("Gareth Mensah",
     "Right, I think that's everyone in. Welcome to the Dads' Circle. This is the reflective one we do every few "
     "months, where we talk about the group itself rather than the nappies and the no sleep. Claire's joined from "
     "the ICB to listen in, she's the one who funds us. Claire, you're showing as iPhone three, is that you?"),
    ("iPhone (3)",
     "Yes, sorry, that's me, I'm on my phone in the car park at work. Carry on as if I'm not here."),
    ("Priyesh Lal",
     "I'll start, I've been coming longest. Our daughter was born on the 2nd of January 2023 at Larkfield Maternity Unit and it was a really "
     "bad birth. Emergency section, my wife lost a lot of blood, and I was stood in a corridor for two hours not "
     "knowing if either of them were alive. Everyone asked how she was. Nobody asked how I was, which is fair "
     "enough, but three months on I still couldn't drive past the hospital without my hands shaking. I honestly "
     "thought dads didn't get that. The health visitor had seen the DadPad app on my phone and said there's a "
     "group. She wrote down your number, +44 7700 900318, and I sat on it for about a month before I texted."),
    ("Tomasz Wiśniewski",
     "For me it was my partner's midwife. I am from Poland, all my family is in Gdańsk, so when Ola had the baby "
     "there was nobody, just us in a flat in Bulwell. Everything is fine, I tell everyone. Then I am not sleeping, "
     "I am checking he is breathing every twenty minutes, and I lose my job at Hallam Freight because I am late "
     "three times in one month."),
    ("Gareth Mensah",
     "Tomek, if it's all right, tell them the bit about the walk, because I think that's the heart of it."),
    ("Tomasz Wiśniewski",
     "Yes. So Gareth does a Saturday walk, the buggy walk, from outside 3 Brook Mews, that is his house in "
     "Hucknall, round the reservoir and back. No sitting in a circle, no talking about feelings if you don't "
     "want. But you walk one hour next to another dad and somewhere around forty minutes you say the true thing. "
     "We moved to Coalville in the summer and I still drive over for it. My new work email, if Claire wants the "
     "feedback form back, is t dot wisniewski at example dot net."),
    ("brumdad_88",
     "Can I come in on that? Sorry, my camera's broken. It's Liam. I'm in Kings Heath, I've got twins who are "
     "fourteen weeks old, and I've been on propranolol 40mg for the panic since they came home. What works for me "
     "is the online bit, honestly. I work nights at a warehouse off the M6, so I can't do Saturday walks. Being "
     "able to dial in from the break room on my phone with the camera off, that's what makes it work for me. The group chat helps as well, and the Insta. There's a dad who posts as @threeamdad, just honest stuff, at three in the "
     "morning, and it's like, oh, right, someone else is up. And the website, dadscircle.example.org/midlands, "
     "has the times of everything, so I don't have to ask."),
    ("iPhone (3)",
     "Can I ask something from our side? We're writing the business case for next year. What would you lose if "
     "this became a clinic-run group, say run by the perinatal team at the hospital?"),
    ("Priyesh Lal",
     "Honestly? Everyone. Half of us wouldn't walk into a clinic. It'd feel like being assessed. Here nobody's "
     "writing notes. I've got nothing against the perinatal team, they were brilliant with my wife, but this is "
     "different. It's dads who've been there. And a practical thing, my head at Castlegate Primary would never let "
     "me out at two on a Thursday for a clinic. The group's at eight at night, after bath time, and that matters. And fund the dads, because then you're funding the mums and the babies too. When I was falling apart, so was my whole house."),
    ("Tomasz Wiśniewski",
     "And please do not make it need a referral. When I was bad, I could not fill a form. My GP gave me a letter "
     "for the talking therapy and I lost it in two days. Here Gareth just texted me, come Saturday, and I came."),
    ("Gareth Mensah",
     "For the record, because the ICB needs numbers: I do keep a list, but it's first names and a mobile, that's "
     "all. Someone sent me their partner's NHS number once, 9993051624, to help with a referral, and I had to "
     "explain I'm not the NHS, I'm a bloke with a kettle. I deleted it straight away."),
    ("brumdad_88",
     "That might have been me. Sorry, mate."),
    ("iPhone (3)",
     "That's exactly the kind of thing we need in the case, that the group holds its boundaries. I'll send the "
     "template over. Gareth, is the best number still the office one, 0121 496 0734?"),
    ("Gareth Mensah",
     "Yeah, that's the Signal Box Family Hub in Stirchley, B30 2KV if you're posting anything, Tuesdays and "
     "Thursdays. If anyone's struggling between sessions, please don't wait for me. Shout is 85258, Samaritans "
     "is 116 123, and if it's an emergency it's 999, not the group chat. Same time next Thursday, lads."),
]


def stamp(seconds: float) -> str:
    h = int(seconds // 3600)
    m = int(seconds % 3600 // 60)
    s = seconds % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def main() -> None:
    lines = list(HEADER)
    t = 3.48
    for i, (speaker, text) in enumerate(CUES):
        dur = max(2.5, len(text.split()) / 2.6)
        lines.append(f"{MEETING}/{12 + i * 3}-0")
        lines.append(f"{stamp(t)} --> {stamp(t + dur)}")
        lines.append(f"<v {speaker}>{text}</v>")
        lines.append("")
        t += dur + 0.64
    (HERE / "y02.vtt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
