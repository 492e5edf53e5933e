"""Builds 02_gambling_peer_group_transcript.csv (AI transcription tool export).

The CSV is the benchmark artefact; this script is its editable source.
Run:  python build_csv.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_gambling_peer_group_transcript.csv")

ROWS = [
    ("Speaker 1", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Dawn", "Okay, let's get going. Welcome back to Level Heads, and welcome to our new faces. Usual ground rules: phones face down, first names only, what's said in here stays in here, and nobody has to share. If you just want to sit with a brew, that's fine."),
    ("Speaker 2", "Can I go first? I've had a rough one. Got paid Friday and by Saturday dinner it was gone. Sat up till dawn on the slots app. I hadn't done that since before Christmas."),
    ("Dawn", "Thanks, Mick. That took guts. What was different this time, do you reckon?"),
    ("Speaker 2", "Honestly? I took Gamban off my phone. Told myself I was fine. Grace said the same thing happened to her."),
    ("Speaker 3", "Yeah, that was me. I've been coming since last summer. The blocking only works if you leave it on. I went round it by walking into the bookies on Central Drive instead."),
    ("Dawn", "And that's the thing about this group, isn't it. Nobody in here is going to be shocked. Everyone's done the going round it."),
    ("Speaker 4", "Sorry, I'm new. I'm Tariq. My sister found you online. I haven't told anyone at work. I'm a mechanic at Hollinshead Motors out on Preston New Road and if they knew what I owed they'd think I was nicking off them."),
    ("Speaker 1", "Welcome. You don't have to say any more than you want to. Can one of the longer-standing lot say what it was like at the start? Kieran?"),
    ("Ciarán", "First few weeks I didn't say a word. I just listened to Bernie going on about the horses and thought, that's me, that's exactly me. That's what did it. Not advice. Hearing my own story coming out of somebody else's mouth."),
    ("Bernie", "Oi, I don't go on. Much. [laughter] But he's right. I've got a job in the group now, I do the Thursday texts. Reminder goes out at four, and if someone's not been for two weeks I give them a ring. Having a job in here helped me more than anything."),
    ("Speaker 1", "Roles matter. Do you want to tell him how to get on the text list?"),
    ("Bernie", "Just text me, love. It's oh seven seven double oh, nine double oh, three one two. Or the landline, it's a Manchester number, I kept it when I moved, oh one six one, four nine six, oh five eight two. I'm at my sister's in Thornton most weekends so leave a message."),
    ("Speaker 5", "Can I say something about the room? Sorry. I'm Lorraine. I used to go to a group in the back room at the Anchor and Crown, and you had to walk past the fruit machines to get to it. I think it's brilliant we're in the Wavecrest Centre now. Nothing flashing at you."),
    ("Speaker 1", "That's a big one. Where we meet matters. The old church hall had bingo on the Friday and that's why we moved."),
    ("Speaker 4", "Can I ask something practical? The debt advice woman gave me a form for the Breathing Space thing and I filled half of it in the car park. Name, date of birth 22/07/1994, address 37 Brinscall Grove, FY4  4KC, and then it wants my National Insurance and I don't know it."),
    ("Speaker 3", "It'll be on your payslip. Mine's at the top, QQ 12 34 56 C. Oh God, hang on, I shouldn't have read that out. Can you get them to take that bit out?"),
    ("Speaker 1", "I'll delete it from the transcript before it goes anywhere, don't worry. The advice centre can look yours up. You were saying about the room?"),
    ("Speaker 5", "Just that this place feels like ours. Moss let us put the posters up, the ninety days one and the pound a day thing. Even the car park's all moss and puddles. And I follow a recovery account on Instagram, @ninetydays_fylde, she posts every morning and it gets me out of bed."),
    ("Speaker 2", "Can I be honest about a tension though? Some weeks it feels like the same three of us talk every time. New people just sit there. I don't want it turning into the Mick show."),
    ("Speaker 1", "That's fair, Michael, and it's why we do the round at the start. Everyone gets a minute, even if your minute is pass. And Zoë's going to co-facilitate from next month, so it won't always be me steering."),
    ("Speaker 3", "Zoe's brilliant. She did the training with the NHS Northern Gambling Service lot in Manchester. She's the one who got me onto GamStop."),
    ("Speaker 4", "My GP at Beechfield Surgery put me on sertraline, fifty milligrams. Is that normal? I feel like a fraud taking tablets for this."),
    ("Speaker 5", "Half this room's on something, love. No shame. I'm on mirtazapine for sleep. You're not a fraud."),
    ("Speaker 4", "And how much do you lot pay for this? I can't afford anything right now."),
    ("Speaker 1", "Nothing, it's funded. If you want to look us up it's levelheads at example dot org for emails, or the page is example.org/levelheads. We don't do Facebook, people kept getting betting adverts next to our posts."),
    ("Speaker 2", "Tell him about the car."),
    ("Bernie", "I sold my car to cover a loan, love. Little red Corsa, FV16 QXR. My daughter lives on Grange Park and I still see it parked outside the Spar. You're not daft and you're not bad. It's an illness that likes you skint."),
    ("Speaker 4", "Thanks. Honestly. I thought I'd be the only one. I'm on Mereside, round the corner from three bookies, so it's everywhere I look."),
    ("Speaker 1", "You're not the only one. Before we finish: if it gets bad between sessions, the National Gambling Helpline is 0808 8020 133, any time, day or night. If you're in danger, ring 999. Next week is Thursday the 14th, same time, half six."),
    ("Speaker 6", "Sorry, I've not said anything all night. I'm Jordan. I'm fine, I just wanted to sit. Cheers."),
    ("Speaker 1", "That's completely fine. Sitting counts. And Mr Whiteside says the car park gate gets locked at nine tonight, so don't hang about. Take care, everyone."),
]


def ts(sec):
    h, rem = divmod(int(sec), 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def main():
    t = 0.0
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["start", "end", "speaker", "text"])
        for spk, text in ROWS:
            dur = max(3.0, len(text.split()) / 2.6)
            w.writerow([ts(t), ts(t + dur), spk, text])
            t += dur + 1.4
    print("wrote", OUT)


if __name__ == "__main__":
    main()
