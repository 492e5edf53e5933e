"""Writes x02.srt (SubRip) from the cue texts below.

Timings are synthetic: each cue lasts about 0.4 s per word, minimum 2 s.
Run from anywhere:  python make_srt.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

CUES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "[Recorded at the Hibiscus Lunch Club, Chapeltown.\nThursday circle, 12 February 2026.]",
    "FACILITATOR: Good afternoon, everybody. Tea is on the side\nand the patties are from Delroy's,",
    "so if they're cold, blame him, not me. [laughter]",
    "FACILITATOR: Last week we said we'd talk about winter,\nfeeling low, and who we lean on.",
    "JOHNSON: Me first, because I'm the oldest. [laughter]",
    "- Mags: You're not the oldest, Pearl is the oldest.",
    "- Don't bring me into it, Margaret.",
    "JOHNSON: I came over in 1961 with my mother. I was born\nthe fourth of June nineteen forty-nine,",
    "so I was twelve, in short trousers, in Leeds, in January. [laughter]",
    "- Forty-one years on the buses, mostly the number 2 route.\nThen Burley Mills Dyeworks after I hurt my back.",
    "- Since my wife passed, the house is too quiet.\nI put the radio on just to have a voice.",
    "FACILITATOR: Thank you, Mr Johnson. How long ago was it?",
    "- Two years in March. Dr Mensah at Grosvenor Medical Practice\nsaid I should come here.",
    "He said, Everton, you are not eating properly. He's right, you know.",
    "- Mags: He's right. You were skin and bone at Christmas.",
    "FACILITATOR: Do you want to go next, then?",
    "- Go on. I was a nurse at Jimmy's for thirty-two years,\nthen the district.",
    "- Nobody tells you that when you retire, the phone stops.\nYou go from forty people needing you to nobody.",
    "- Last autumn I had my own turn. They kept me in nine days,\non Poplar Ward, the same ward I trained on,",
    "and I knew half the staff, which was lovely\nand terrible at the same time.",
    "FACILITATOR: What helped?",
    "- My daughter came up from Birmingham every weekend.\nAnd my neighbour fed the cat and never asked one question.",
    "- And the benefit forms. Lord, the forms. I had to read out\nmy National Insurance three times. ZZ 41 27 93 B.",
    "FACILITATOR: Maybe don't read that one out in here. [laughter]",
    "- Who's going to steal it? Him? [laughter]",
    "WINSTON: I don't want your pension, woman. [laughter]",
    "- I'll say mine. I came from Jamaica in 1958, Bradford first,\nthen here. Now I'm in Potternewton,",
    "top floor on the Cowper Rise estate,\nand the lift has been broken since November.",
    "- Eleven flights. When the lift is broken I don't go out.\nSome weeks I don't go out at all.",
    "FACILITATOR: Have you told the housing?",
    "- My grandson Kofi rang them. He put me on the TikTok too,\n@domino_king_49, dancing in my kitchen.",
    "- Two thousand people watching an old man dance. [laughter]",
    "- Pearl: I seen it. You can't dance. [laughter]",
    "FACILITATOR: We haven't heard from you yet.",
    "- I'm ninety-one. What you want to hear? [laughter]",
    "- No, I'll say. My son is in Canada and my daughter passed.\nI have a carer from Amberley Homecare, a girl called Priya,",
    "very sweet, but she has twelve minutes. Twelve minutes!\nYou can't drink a cup of tea in twelve minutes.",
    "- I have my church, I have the pastor,\nI have the Sunday service on the phone. It's the nights.",
    "- You think about everybody who's gone. My husband.\nMy sister Hyacinth. Not Everton's Hyacinth, my sister.",
    "- I don't sleep till three. The doctor gave me zopiclone,\n3.75, half a tablet. I don't like it.",
    "FACILITATOR: For anyone struggling in the night, Samaritans\nis 116 123, any time, free. And NHS 111 if it's your health.",
    "FACILITATOR: You've been sitting quiet at the end there.",
    "CLAUDETTE: I'm new. My friend said come.\nI lost my job at Christmas.",
    "- The cleaning contract at the library in Harehills finished.\nTwenty-two years.",
    "- I'm sixty-three. Who is going to take me now?\nAnd my husband Lloyd is on dialysis three times a week.",
    "- So I'm the carer now, and I'm the one crying\nin the bathroom so he doesn't hear.",
    "FACILITATOR: We'll come back to that after tea, I promise.\nCarers UK have a helpline too.",
    "[BREAK]",
    "FACILITATOR: Before I forget, the lunch club has a new number.\nIt's 0113 496 0732.",
    "FACILITATOR: Or write to us at 18 Cowslip Terrace, LS7 3PW,\nor email hibiscus.club@example.org.",
    "- Say the number again, slow.",
    "FACILITATOR: Oh one one three, four nine six, oh seven three two.",
    "- You want me to ring you Sundays?\nI'm bored anyway. Give me your number.",
    "- You have it. Same one since 1990.\n0113 4960 519.",
    "FACILITATOR: Has your husband got a social worker?",
    "- There was a lady, Ms Kowalczyk, very nice, but she left.\nNow it's a letter every month with a different name.",
    "- I have his NHS number on the fridge\nbecause every time they ask. 999 146 2848.",
    "- I get his prescriptions from Lloyds.\nParking at the hospital is twelve pounds a day. Twelve pounds!",
    "FACILITATOR: Okay. The one good thing this week.",
    "- Dominoes on Tuesday. I beat him. [laughter]",
    "- He cheated.",
    "- My granddaughter passed her test. In my old red Micra,\nYG62 QRT. She drove me round Roundhay Park.",
    "- The carer brought me a Julie mango from the market.",
    "- He laughed at the telly. First time in weeks.\nSome nonsense on ITV.",
    "FACILITATOR: Lovely. Same time next week. The carnival meeting\nis in April, if anyone wants to help with costumes.",
    "JOHNSON: Leeds West Indian Carnival. I was at the first one. [laughter]",
    "- You were not.",
    "- I was there in spirit.",
    "[END OF RECORDING]",
]


def tc(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def main():
    out, t = [], 500
    for i, text in enumerate(CUES, 1):
        dur = max(2000, 400 * len(text.split()))
        out.append(f"{i}\n{tc(t)} --> {tc(t + dur)}\n{text}\n")
        t += dur + 300
    (HERE / "x02.srt").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
