"""Build r03.docx: one paragraph per transcript line.

Run from this folder with a Python that has python-docx installed:
    python make_docx.py
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

LINES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Evaluation workshop: Sunday Circle, Caribbean elders' wellbeing and peer support group",
    "Venue: community room, 41 Alderton Mount, Chapeltown, LS7 3NJ",
    "Recorded on a Wednesday afternoon in October. Speakers are listed by role only.",
    "Facilitator: Good afternoon, everybody. Before we start, Elder 2 has asked if we can say grace, because there's food after. Then we'll do the questions from Leeds City Council.",
    "Elder 2: Lord, bless this food and bless the hands that made it, especially Pearl, who was up since six. Amen.",
    "Facilitator: Amen. Right. The first question is simple. What brings you here every week?",
    "Elder 1: Company. Plain and simple. My wife passed three years ago, and the house was too quiet. My daughter in Birmingham rings, but it's not the same as sitting with people who know where you're from. Winston brought me the first time. He said, come for the dominoes, stay for the soup.",
    "Elder 3: Winston says that to everybody.",
    "Facilitator: What about the talking side? This is a peer support group, not just a social. Does that part help?",
    "Elder 4: For me, yes. I nursed for thirty-two years, and I never talked about my own nerves, ever. When I retired, the depression came down on me like a blanket. The doctor said, it's your age, take these, and that was it. Here, Beverley sat with me and said, I had that too, after I left Yorkshire Rider. That gave me permission.",
    "Peer Volunteer: Can I add, a lot of our elders came through Windrush time, and there's a whole generation who were told to be strong and keep quiet. So talking is a big step. Nobody here forces it.",
    "Elder 3: I'll tell you what I like. Nobody here says \"where are you really from\". Everybody knows. I'm from Moneague, up in the hills. Desmond is from Gingerland, back home. We argue about whose rum is better and that is the therapy.",
    "(laughter)",
    "Commissioner: I'm writing that down. What about the practical help? I understand the group helped some members with forms.",
    "Elder 2: Oh, yes. The pension credit. I'm 83, and the form was like a exam. Mr Mensah from the advice session sat with me for a whole afternoon. My national insurance, QQ 41 27 08 B, my NHS number, 999 159 0838, my date of birth, the second of June, nineteen forty-one. My eyes are bad now.",
    "Facilitator: That's the advice session on the first Wednesday, run alongside Age UK.",
    "Elder 2: Now I get an extra bit every week. New coat for Carnival!",
    "Commissioner: Good. And if someone is struggling in between sessions, what happens?",
    "Peer Volunteer: We have a phone tree. If you don't hear from somebody, you ring. The group phone is oh one one three, four nine six, oh two five eight. And we always say, if it's urgent, it's NHS 111 or 999, not us. We're not a crisis service.",
    "Elder 4: Ivy didn't come for two weeks last winter. Campbell went round to her house in Harehills and found her with no heating. She's fine now. But if nobody noticed, who knows.",
    "Commissioner: Let me ask the awkward one. What doesn't work?",
    "Elder 3: The stairs! This room is upstairs, and half of us have bad knees.",
    "Elder 4: And the men don't come. Apart from these two rascals. Delroy comes for the food, not the talking.",
    "Peer Volunteer: Seriously though, men our age, Caribbean men, will talk about cricket for three hours and never say they are lonely. We tried a men's morning. Grant-Williams ran it for a while, before he moved to London. It worked, but it stopped when he left.",
    "Commissioner: That's helpful. If there was more money, what would you spend it on?",
    "Elder 2: A minibus. And a proper cook. Pearl is wonderful but she's 79 herself.",
    "Elder 3: I'd like something on memory. My brother has dementia, and I'm frightened of it. We don't talk about it in our community. People say he's just getting old.",
    "Facilitator: Elder 3 said something very important there. There is a lot of fear about dementia, and a lot of silence.",
    "Elder 4: And diabetes. Half the room is on metformin and the other half should be. Somebody could come and talk about food that's still our food, not just salad.",
    "Peer Volunteer: People find us through church, mostly. Word of mouth. Some of the grandchildren found us online, facebook.com/groups/sundaycircleLS7, and there's an Instagram, @chaptownelders, that the young ones run. If the council wants to write, the address is sundaycircle at example dot com. Or ring the coordinator, Joy, on 0113 496 0934.",
    "Elder 1: Joy is the reason the group still exists, I'll say that plainly. She fights for every penny.",
    "Elder 2: She brings so much joy, that girl. The name suits her.",
    "Elder 3: Before the group, I went to the doctor, the chemist and church. That's all. Now I have somewhere to go on a Wednesday, somewhere on Windrush Day, somewhere at Easter. At my age that's not small. That's life.",
    "Elder 4: And it only costs £2 for the lunch. Don't put that up.",
    "Commissioner: I won't. Thank you all, genuinely. I grew up near Chapeltown myself, and I know what places like this are worth.",
    "Facilitator: Thank you. Now, plates. Pearl has made curry goat and there's rice and peas, and nobody leaves until it's gone.",
    "Elder 1: I used to be a tailor at Hudson Road Mills. Fifty years ago. I can still tell you who cut that jacket badly.",
    "Elder 1: My grandson's teacher at Potternewton Brook Primary asked me to come in and talk about it. History, they call me now. History!",
    "(end of recording)",
]


def main() -> None:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(HERE / "r03.docx")
    print(f"wrote r03.docx with {len(LINES)} paragraphs")


if __name__ == "__main__":
    main()
