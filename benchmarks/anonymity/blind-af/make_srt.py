"""Write af01.srt (synthetic Deaf/BSL wellbeing group, interpreter voicing).

Run from this folder:  python make_srt.py
Every name, number and address below is invented.
"""
from pathlib import Path

CUES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "[Thursday Deaf wellbeing peer group.\nSigned contributions are voiced by the interpreter.]",
    "INTERPRETER: Lorraine is signing welcome, everyone.\nToday we are reflecting on what makes this group work.",
    "INTERPRETER: The woman by the window is signing first. Her name is Margaret\nbut everybody calls her Mags, M-A-G-S.",
    "INTERPRETER: She has come since the group started in the back room\nof the Ribbleside Deaf Social Club.",
    "INTERPRETER: Before this she only saw Deaf people at the club on a Friday night,\nand since her husband died the house in Grimsargh is very quiet.",
    "INTERPRETER: She says the best thing is nobody writes things down for her.\nEverybody here signs. That is the whole point.",
    "INTERPRETER: Next is the woman in the green cardigan. She is fingerspelling,\nthat's J-O-A-N, Joan, surname T-H-R-E-L-F-A-L-L, Threlfall.",
    "INTERPRETER: She went to Marlcroft School for the Deaf in the sixties,\nwhen they still smacked your hands for signing.",
    "INTERPRETER: Then thirty years on the line at Brockholes Packaging in Penwortham,\nwhere the supervisors thought she was rude for not answering when they shouted.",
    "INTERPRETER: She says her GP keeps booking phone appointments.\nFor a Deaf woman. She laughs, but it isn't funny.",
    "INTERPRETER: She is holding up a form from the surgery. Date of birth,\nshe's signing the fourth of June nineteen fifty-two.",
    "INTERPRETER: And the NHS number is nine nine nine, four seven two, three oh one four -\nand the facilitator is signing stop, not to the whole room! Everyone laughs.",
    "INTERPRETER: The man in the football shirt is spelling T-O-M-A-S-Z, Tomasz.\nHe grew up in Poland using Polish Sign Language.",
    "INTERPRETER: So BSL is his second sign language and English his third.\nPeople at the warehouse call him Thomas, which he hates.",
    "INTERPRETER: Lockdown was the hardest time.\nMasks meant no lip patterns, and Zoom put the interpreter in a tiny box.",
    "INTERPRETER: A relay call to a crisis line once took him forty minutes.\nThe facilitator adds: Samaritans is 116 123, SignHealth has BSL video, NHS 111 has BSL too.",
    "SOCIAL WORKER: Can I add something? I'm Adaeze Nwosu, the sensory social worker.\nIf you can't get through, text my work mobile, 07700 900 318. Text only.",
    "INTERPRETER: The woman by the window says the old social worker, Mr Pilkington,\nused to turn up with no interpreter and talk to her son instead.",
    "SOCIAL WORKER: Sorry, I've heard about him. Forms now go to the office at\n27 Tanyard Row, PR1 2KC, or email sensory dot north at example dot org.",
    "INTERPRETER: The lady in the cardigan asks, what about people without email?\nThe facilitator says the club landline still has the flashing light, 01632 960447.",
    "INTERPRETER: The young woman at the end is spelling S-I-O-B-H-A-N, Siobhan,\nand says everyone gets it wrong on the register.",
    "INTERPRETER: She is the only Deaf person in her village, out past Goosnargh,\nand the last bus is at six. Without the minibus she couldn't come.",
    "INTERPRETER: When the minibus is off her brother drives her. He is outside now\nin the silver Vauxhall Corsa, YK68 IQU. He says he'd feel like the odd one out.",
    "INTERPRETER: So, what makes it work? The man in the football shirt signs: Deaf-led.\nThe group belongs to us. It is not a hearing service that invited us in.",
    "INTERPRETER: The lady in the cardigan says the same interpreter is booked every time,\nso they trust her. That's me. Thank you.",
    "INTERPRETER: The young woman says: the tea, and a circle so everyone sees every face.\nYou take losing a member with good grace when you've all seen each other cry.",
    "INTERPRETER: Another member adds that people come from Longridge and the villages.\nThe minibus matters more than anything in the Lancashire strategy.",
    "SOCIAL WORKER: Can I take that to the commissioners? They keep asking for outcomes.",
    "INTERPRETER: The facilitator signs: the outcome is that Margaret's GP finally booked\na face-to-face appointment with an interpreter, because we wrote the letter here.",
    "INTERPRETER: The man in the football shirt says the sessions are on the club website,\nribblesidedeaf.example.org/wellbeing, and on Facebook at @RibblesideDeafClub.",
    "INTERPRETER: He says a Deaf lad who vlogs as signs_and_sarnies talks about mental health,\nand the young ones watch him more than anything official.",
    "INTERPRETER: The lady in the cardigan signs, I'm not watching a vlog at my age, Tomasz.",
    "INTERPRETER: The facilitator says two members have stopped coming since Christmas.\nThe group is not a crisis service. If someone is unsafe, use 999 BSL or go to A&E.",
    "SOCIAL WORKER: The Deaf mental health team in Manchester has a waiting list. But it exists.",
    "INTERPRETER: The woman by the window takes mirtazapine 15mg at night. It helps her sleep,\nbut it was this group that got her dressed on a Thursday.",
    "INTERPRETER: Wrapping up: next week is room 4.\nThe lady in the cardigan will bring cake, because Mags's cake was terrible.",
    "[End of recording]",
]


def ts(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main() -> None:
    out = []
    t = 1.0
    for i, text in enumerate(CUES, start=1):
        dur = max(2.0, 0.42 * len(text.split()))
        out.append(str(i))
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        out.extend(text.split("\n"))
        out.append("")
        t += dur + 0.6
    Path(__file__).with_name("af01.srt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
