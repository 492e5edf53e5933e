"""Build v02.srt (SubRip) from the cue list below.

Everything here is SYNTHETIC: every name, number and address is invented.
Timings are generated from the length of each cue (about 0.4 s per word).
Run from this folder:  python make_srt.py
"""
from pathlib import Path

CUES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "[F1] Sat Sri Akal everyone, and welcome. This is the evaluation afternoon for Saheli Sangat.",
    "[F1] The council wants to know what makes the group work, so we are recording. Names come out later.",
    "[F1] Mrs Dhillon is here from the borough as our commissioner, and my co-facilitator Simran is taking notes.",
    "[F2] Hello everyone. If you want anything off the record, just raise your hand.",
    "P1: I will start. I have been coming since Vaisakhi two years ago.",
    "P1: Before that I did not leave the house except for the gurdwara and the doctor.",
    "P1: My daughter-in-law Jaswinder brought me the first time. She said, Mum, just sit, drink your chai, you don't have to talk.",
    "[F1] And what kept you coming back?",
    "P1: The language. Everything else I tried was in English, and the counsellor kept saying depression, depression.",
    "P1: In Punjabi we don't say it the same way. Here Kulwant said to me, your heart is heavy, and I cried, because that was exactly it.",
    "P2: That is the thing. We talk Punjabi, Hindi, English, all mixed up. Nobody corrects you.",
    "P3: For me it is only women. At home there is always someone listening. My husband, my father-in-law. Here it is just us.",
    "P3: I am 67. I came from Iver Heath after my husband passed, to be near my son. I knew nobody.",
    "P3: Happy found me crying at the bus stop and brought me here.",
    "P4: That is me, Happy. My real name is Harpreet, but my nani called me Happy when I was a baby and it stuck.",
    "P4: Funny, because I was not happy. Three years ago I was cleaning nights at Heathrow and I broke down in the staff car park.",
    "P4: I was in Jasmine Ward for six weeks. When I came out my sister-in-law Pinky told me about this group.",
    "P4: She saw the poster at Sangam Textiles, where she works on the cutting floor.",
    "[F1] Can we talk about what is hard?",
    "P2: Gossip. Southall is small for us. Everybody's mother knows everybody's mother.",
    "P2: The first weeks I was frightened somebody would tell my in-laws in Norwood Green.",
    "P2: What helped is the rule, no surnames. Nobody asks which family or which village in Punjab.",
    "P5: But the WhatsApp group is a problem. Someone added my own number, 07700 900726,",
    "P5: and my cousin saw it and asked me why I was in a mental health group.",
    "P5: So now we tell new ladies, give the group phone, 020 7946 0381, not your own.",
    "[F2] Yes. And the email is saheli.sangat@example.org, or find us at www.example.org/saheli.",
    "P2: Simran gives her own email to everybody too, simran dot k at example dot com. She should not.",
    "P1: I don't do email. My grandson puts my cooking on his Instagram, @nani_cooks_ub2, because I make the langar on Sundays.",
    "P1: Now everybody in the gurdwara knows my face from the telephone.",
    "P3: The food matters. Last week Kulwant brought pinnis and we all forgot our diabetes.",
    "[F1] Like P3 said, food is half of it. Mrs Dhillon, do you want to ask something now?",
    "[C1] Thank you. I want to understand access. How do women hear about you, and who is not coming?",
    "P2: Mostly word of mouth. And Dr Bhamra at the Greenleaf Surgery gives out our leaflet.",
    "P5: Young women are not coming. My niece is twenty-three, she has anxiety, she says it is a group for aunties.",
    "P4: Because it is Tuesday afternoon. The young ones are working. An evening on Zoom, maybe.",
    "[C1] That's helpful. And the referral paperwork? I know the form changed.",
    "P3: The old form wanted everything. Date of birth, 01/04/1957. NHS number, 999 316 2043.",
    "P3: National Insurance, ZZ 31 47 92 B, for the benefits part. Why does a tea group need all this? It frightened me.",
    "[F1] We stopped that form in January. Now it is only a first name and a phone number.",
    "P1: But Simran sent me a Diwali card at home, 12 Tudor Road, UB2 4XT,",
    "P1: and wrote my full name on the envelope, Gurmeet Kaur Sandhu, so my neighbour knew where it came from!",
    "P1: Anyway my son-in-law drives me. His car is LV21 XKP, it is outside every Tuesday, so people know already.",
    "[C1] What would you tell funders about why it works?",
    "P2: Because it is us. Women like us, running it. F2 was in the group before she was a facilitator.",
    "[F2] It's true. I came as a member in 2019 with postnatal depression. Now I run it.",
    "P4: And it is not only talking. Sewing, walking in the park, cooking. When your hands are busy, you can say things.",
    "P3: And the prayers. Not everyone is religious, but for me, we start with Ardas and I feel calm.",
    "P5: And we laugh. Happy makes everybody laugh.",
    "P4: See? My name is working, finally!",
    "[F1] Thank you all. Our commissioner will take this back to the council. Next session is after Vaisakhi.",
    "[C1] Thank you for letting me sit in. The Zoom idea will go in my report.",
]


def ts(ms: int) -> str:
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main() -> None:
    out = []
    t = 1000
    for i, text in enumerate(CUES, 1):
        dur = max(2000, int(len(text.split()) * 400))
        out += [str(i), f"{ts(t)} --> {ts(t + dur)}", text, ""]
        t += dur + 500
    Path(__file__).with_name("v02.srt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
