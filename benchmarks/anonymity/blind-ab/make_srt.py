"""Build ab02.srt: synthetic dementia carers' peer group workshop (Tendring coast, Essex).

Captions in the style of a live-captioned recording: `>> ` marks a change of
speaker, a name is given only sometimes, and cues break mid-sentence.
A `~` in the source joins words that must stay on one caption line; it is
written out as a plain space.  Run from this folder:  python make_srt.py
Every name, number and address below is invented.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_LINE = 42
WORDS_PER_SEC = 2.6

# (speaker name or None, what was said)
TURNS = [
    ("SUSAN", "Okay, I think the recorder's going now. Welcome, everyone, to our carers' reflection session here at the Saltings~Hall in Walton. My name's Susan Pettigrew, I run the group. For the tape, it's Wednesday~the~3rd~of~June, and Graham from the council is sitting in at the back, so be nice to him."),
    (None, "Can I go first? Because I've got to be back by twelve for my wife."),
    (None, "Course you can, Derek."),
    ("DEREK", "So I've been coming two years. She was diagnosed at sixty-eight, she's seventy-nine now, and for the first year I didn't tell a soul. What got me here was a leaflet in the waiting room at the GP. I nearly binned it."),
    (None, "What made you keep it?"),
    (None, "It said Frinton on it. I thought, I can do Frinton. I couldn't have done Colchester, not with the parking and leaving her on her own."),
    (None, "That's come up a lot, hasn't it, keeping it local. We've got people from Holland-on-Sea, St~Osyth, all along the coast."),
    (None, "I'm Linda, by the way, I look after my mum. For me it's that nobody here looks at you funny when you say you've had enough. My sister in Chelmsford says, oh, but she's your mum. Well, yes. She's still my mum when she's thrown her tea at the wall."),
    (None, "Laughter there, for the tape."),
    (None, "What helped me was the practical stuff. When Bernie told me about Carer's~Allowance I honestly didn't know it existed. And the Admiral~Nurse, through Dementia~UK, that was her too."),
    ("BERNADETTE", "I just pass it on. Someone passed it on to me. The Admiral~Nurse line is 0800~888~6678, and the Alzheimer's~Society one is 0333~150~3456. I've got them both on the fridge."),
    (None, "And NHS~111 for the nights."),
    (None, "Can I ask about the forms, because the council wants to know what gets in the way."),
    ("DEREK", "Oh, the forms. I had to read out Maureen's NHS number on the phone three times last month. Nine~nine~nine,~three~oh~five,~one~one~two~eight. I know it better than my own. And her date of birth, 9th~August~1946, every single time. Then they put her down at the wrong house, 12~Gorsewood~Close instead of twenty-one, and the letters went next door."),
    (None, "That happened to us with the postcode. Mum's is CO15~6MV and they had her down as somewhere in Kent."),
    (None, "Okay. What else works? Tony, you've been nodding."),
    ("TONY", "The café after. We go across to the café on the front and nobody talks about dementia for an hour. I drive Derek's wife too, sometimes, in the Honda~Jazz, the blue one, EY14~QJU, with the badge in the window. Sorry, that's a lot of detail for the tape."),
    (None, "It's all right, it's only for the report."),
    (None, "What doesn't work is when it gets too big. In the winter we had thirty people in here and I didn't say a word all morning."),
    (None, "Fair. We could split into two tables. Mrs~Abernethy from Cliffview~Care~Home offered us their lounge on Fridays."),
    (None, "I'd go to that. Mum did a fortnight's respite there and she came back singing."),
    (None, "Can we also say something about the men? There's only two of them some weeks."),
    (None, "I don't mind. Tony's here."),
    (None, "Half the time."),
    (None, "Contact details for the report?"),
    ("SUSAN", "The group's email is tendringcarers~at~example~dot~net, all one word. The website is www.example.net/tendring-carers-cafe, and my mobile, for carers only please, is +44~7700~900583. If you're ringing the hall, it's 01632.960.417, that's how it's written on the noticeboard anyway, with dots."),
    (None, "And Susan's on Facebook as well."),
    (None, "It's @nazecarerscircle on there, but the email's better."),
    (None, "And if you're posting the report, send mine to CO14~8IK, I'm never on the computer."),
    (None, "Last thing. Medication. Nobody explains it. Maureen's on donepezil~10mg, and memantine was mentioned, and I just nodded along."),
    (None, "That's a good one for a session. We could ask the memory clinic in Clacton to send someone."),
    (None, "If they come out on the A133 in the rain, I'll be impressed."),
    ("SUSAN", "Okay, I'll stop us there. Thank you all for listening. Next session is the first~Wednesday~in~July. Go on, off you go, she'll be waiting."),
]

FIRST = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."


def wrap(turns):
    """Return caption lines; a change of speaker always starts a new line."""
    lines = []
    for name, said in turns:
        head = ">> " + (name + ": " if name else "")
        words = said.split()
        cur = head.rstrip()
        for w in words:
            cand = cur + " " + w
            if len(cand.replace("~", " ")) > MAX_LINE and cur not in (">>", head.rstrip()):
                lines.append(cur)
                cur = w
            else:
                cur = cand
        lines.append(cur)
    return [l.replace("~", " ") for l in lines]


def ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main():
    lines = wrap(TURNS)
    cues = [[FIRST]] + [lines[i:i + 2] for i in range(0, len(lines), 2)]
    out, t = [], 0.0
    for n, cue in enumerate(cues, 1):
        dur = max(1.5, sum(len(l.split()) for l in cue) / WORDS_PER_SEC)
        out += [str(n), f"{ts(t)} --> {ts(t + dur)}", *cue, ""]
        t += dur + 0.12
    (HERE / "ab02.srt").write_text("\n".join(out), encoding="utf-8")
    print("wrote ab02.srt with", len(cues), "cues")


if __name__ == "__main__":
    main()
