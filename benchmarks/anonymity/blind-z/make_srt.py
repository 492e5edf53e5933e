"""Build z01.srt (SubRip) from the hand-written cue text below.

Cues are separated by blank lines; a cue may have one or two text lines.
Timings are generated (roughly 0.35 s per word, small gaps).
Run from this folder:  python make_srt.py
"""
from pathlib import Path

CUES = """
SYNTHETIC TRANSCRIPT - every name, number and address is invented.

[DEV] Right, is that little red light on? Good.
Morning all, and thanks for stopping on after the tea.

For the recording, I'm Dev Sandhu, and I run
the Tuesday mornings here at the shed.

Today is about what makes this place work,
and what doesn't, so we can tell the funders

something truer than a tick-box.
Do you want to say who you are?

MARGARET: I'm Margaret Ellery. I'm the social prescribing
link worker for the practices round Sleaford,

so a fair few of you came through me.
Please be rude if you need to be. I can take it.

STAN: Rude I can do.

Go on then, you've been coming the longest.

Well. When Maureen died I didn't leave the bungalow
for the best part of four months. Curtains shut.

Dr Ashworth at Carr Dyke Surgery put me on sertraline,
fifty milligram, and said get yourself down the shed.

I thought, old men and sawdust, no thank you.
But our lad drove me over from Ruskington the first time

and sat in his Land Rover in the yard
in case I bolted. Which I very nearly did.

But you didn't.

No. Nobby handed me a chisel before I'd got my coat off.
Nobody asked me how I was feeling. That was the trick.

NOBBY: It weren't a trick, we were short-handed.

[laughter]

[KEITH] Can I come in there? Keith Ormsby, for the tape.
Because for me it was the opposite.

I wanted to talk and nobody would let me.
I'd done thirty-one years at Kestrel Fabrications,

welding, then they shut the line
and I was sixty-two with nowhere to be at seven in the morning.

The wife said, you're under my feet.
I'd hope she was joking. She wasn't.

And the talking side came later?

It did. The walk-and-talk on a Thursday,
out along the old railway towards the beet fields.

Side by side, not looking at each other.
Men will say anything if they're not looking at you.

That's the bit I want the commissioners to hear.
We tried a sit-down group in the library. Nobody came.

Same all over Lincolnshire. We tried one in Nottingham
with a proper therapist, and the lads from here won't go that far for a chat.

What about the practical stuff? Transport is
the thing I hear most. We're not on a bus route, really.

There's a bus, but it's two a day if you're lucky.

I do a run in the van on Tuesdays. White Transit,
FY62 QLR, if anybody sees it in a ditch, that's me.

Maybe don't put that on the tape.

Too late.

[laughter]

Norman Tebbutt, for the record, since everybody's
saying their names. Nobody's called me that since 1978.

I come in from Navenby, off the A607, forty minutes each way.
The shed's worth it. My daughter put the number in my phone,

Dev's mobile, oh seven seven double oh, nine double oh, three four one,
and said ring him if you're in a bad way. And I did, once.

You did. Two in the morning, I remember.
And we got you the Samaritans number as well, 116 123,

because I'm not always awake, whatever folk think.

And NHS 111, and press the option for mental health.
Both of them go on the little card we hand out.

That card's on my fridge, next to the wife's photo.

What would you change, if you could change one thing?

The paperwork. The form wanted my date of birth,
my NHS number, the lot. I had to dig the letter out,

999 057 3166, and I'm fourth of March 1949, I'm not
a spring chicken. Four pages to make a bird box.

Fair. That form is for the Mind grant, not for me,
but I'll see if we can cut it down to one side.

[DEV] Mr Pickering, anything else before we move on?

STAN: Only that you should write something down about Ron Haddow.

Yeah. Some of you knew him.
He came for three years and he died in the spring,

and the shed made his coffin. His family asked us to.
That's not in any funding report but it should be.

That was the best day and the worst day, that.

Can I ask who else we're not reaching?
Because the register is very much the town and the villages.

The lads on the Bishopsfield estate.
Younger ones, fifties, lost their jobs at the chicken factory.

The chicken factory, aye. Half my street worked there.
I'm at 14 Sandpit Lane, and three houses on it have had the ambulance out this year.

MARGARET: If anybody wants to refer a neighbour, it's me
on 07700.900.582, or email, peg.links@example.org.

That's my work one.
I do check it, even on a Friday afternoon.

And the address for the post, because people do ask,
is just the Anvil Shed, Heckington, NG349VK.

And tell them about the Drover's Rest.

Oh, aye. Last Tuesday of the month we go
for a pint, or a lemonade,

and that's the night the quiet ones talk.
Age UK gave us a bit towards the minibus for it.

Any last words for the funders?

Put that a man of seventy-seven learned to use a lathe
and it kept him alive through the winter.

I will. Right, kettle's on. Thanks, everybody.
"""


def ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main():
    cues = [c.strip("\n") for c in CUES.strip().split("\n\n") if c.strip()]
    out = []
    t = 1.0
    for i, cue in enumerate(cues, 1):
        words = len(cue.split())
        dur = max(1.5, 0.35 * words)
        out.append(f"{i}\n{ts(t)} --> {ts(t + dur)}\n{cue}\n")
        t += dur + 0.4
    Path("z01.srt").write_text("\n".join(out), encoding="utf-8")
    print(f"z01.srt: {len(cues)} cues")


if __name__ == "__main__":
    main()
