"""Builds veterans_muckers.srt from the cue list below (run: python make_srt.py)."""
CUES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "[Live captions: the Muckers, veterans' peer group,\nHirstwood Welfare Hall. Captioner: R. Tindale]",
    "SHONA: Right, kettle's boiled, phones on silent.\nWelcome back to the Muckers, everyone.",
    "Quick reminder of the ground rules.\nWhat's said in the hut stays in the hut.",
    "No rank in this room. Nobody's a sergeant\nand nobody's a sprog.",
    "If you need to step out, step out. Nobody\nfollows you unless you want them to.",
    "We've got Dil with us again, and Sunita\nis interpreting into Nepali for him.",
    "GORDON: Can I start? I've been thinking about\nwhat makes this work, like you asked last month.",
    "It's that I don't have to explain myself. I say\n\"tab\" or \"stag\" and nobody looks at us daft.",
    "My Brenda's brilliant, forty years married,\nbut she doesn't get why I check the doors twice.",
    "Here, Tommo just nods. He was in Crossmaglen\nthe same year as me, different company.",
    "Before this I'd sit in the car outside\nthe Bothal Comrades Club and not go in.",
    "There's a statue of Jackie Milburn up the road.\nNobody asks him how he's feeling either.",
    "[laughter]",
    "KEITH: Can I say something that might be awkward?",
    "Some of the lads make out it's only for\ninfantry. Combat vets. Proper soldiers.",
    "I was RAF, ground crew, twenty-two years.\nI've had \"crab\" shouted at me across this hall.",
    "SHONA: That's fair, and thank you for saying it.\nCap badge doesn't decide who belongs here.",
    "I was a driver in the RLC myself,\nand I'm still the only woman most weeks.",
    "BAZ: In fairness, it was me that said crab.\nSorry, mate. Genuinely.",
    "INTERPRETER (for Dil): He says in the Gurkhas\nthe regiment was family. It fed you, housed you.",
    "He says this group is like the regiment,\nbut without the shouting.",
    "He asks for help with the pension credit form.\nHis papers say first of January nineteen sixty-two,",
    "but that is not his real birthday,\nit is what the recruiters in Dharan wrote.",
    "His National Insurance is QQ 40 27 18 D.\nHe wants his son copied in on the letters.",
    "SHONA: I'll sit with you at the break, Dil.\nMaybe don't read that out to the whole room!",
    "[laughter]",
    "Which brings us to roles. Gordy runs the tea\nrota now, and the minibus has a rota too.",
    "BAZ: Aye. If you want picking up on Monday,\nring the minibus phone by Sunday teatime.",
    "The number is\noh-seven-seven-double-oh, nine-double-oh, three-one-six.",
    "White Transit, NK19 QXR. It's parked\nround the back by the old lamp cabin.",
    "GORDON: Since Harle Brothers let me go, that rota\nis the only thing in my week with a start time.",
    "INTERPRETER (for Dil): He was a cook in the regiment.\nHe can make dal bhat for everyone in April.",
    "KEITH: The tension for me is drinking stories.\nHalf of us are off it, and the bar's downstairs.",
    "SHONA: Which is why we meet at ten in the morning\nand the hatch only does tea and bacon stotties.",
    "The room matters as well. We asked for this side\nso you can sit with your back to the wall.",
    "And two exits. I clocked that myself\nthe first day I walked in here.",
    "KEITH: The way she runs it works, mind.\nShe doesn't do the therapy voice.",
    "Devil's advocate, though. When it kicks off,\nsomebody has to be the boss of the room.",
    "SHONA: I'm not the boss. I hold the rules\nand I hand them back to you when I can.",
    "BAZ: Can I mention J.T.? He's not been\nfor three weeks and he's not answering.",
    "He's out at Linton on his own since\nhis lass left. I went round, curtains shut.",
    "SHONA: Thanks. Let's not go into detail\nwhen he's not here. I'll do a welfare check.",
    "If anyone's worried about anyone, Combat Stress\nis 0800 138 1619, Samaritans 116 123, any time.",
    "The Facebook page is @AshVetsBrew. Somebody told me\nthe banner still says \"lads\". Noted, it's getting fixed.",
    "Newsletter bits to ashvets.brew@example.org",
    "or it's all on example.org/ashington-vets",
    "Next month we move to the new place,\nWansbeck Riverside Pavilion, NE63 0KV.",
    "GORDON: I'll miss this hall. Me da drank here\nwhen it was the pit welfare.",
    "The pits shut, the smelter shut,\nand this is what's left. Still standing.",
    "SHONA: Last thing. Dr Adeyemi from Hollymount Surgery\nwants to come in and talk about hearing aids.",
    "Same time next Monday, the 11th.\nLook after yourselves. And each other.",
    "[END OF CAPTIONS - Monday 4 March 2024, 11:47]",
]


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main():
    out = []
    t = 500
    for i, text in enumerate(CUES, 1):
        dur = 1200 + 180 * len(text.split())
        out.append(f"{i}\n{ts(t)} --> {ts(t + dur)}\n{text}\n")
        t += dur + 240 + (i * 37) % 900
    with open("veterans_muckers.srt", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
