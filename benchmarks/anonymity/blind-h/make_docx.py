#!/usr/bin/env python3
"""Build sh03.docx (SYNTHETIC transcript) - one paragraph per line.

Run with the venv that has python-docx:
    python make_docx.py
Paragraph numbers (1-based, counting every paragraph in document.paragraphs)
are the 'line' numbers used in labels.csv for sh03.docx.
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))

LINES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Lotus Circle Wellbeing Group - reflective workshop transcript",
    "Venue: upstairs room, 38 Anson Grove, Manchester, M13 9ZQ",
    "Date: Saturday 4 February 2023 (the weekend after Chinese New Year)",
    "Languages: English, Cantonese and Mandarin. F2 interpreted; translated turns are marked [translated].",
    "Transcribed by Lok-Yi Tsang, tel. 0161 496 0583",
    "Speakers: F1 facilitator; F2 co-facilitator and interpreter; P1 to P7 members; C1 commissioner",
    "F1: Welcome back, everyone, and Kung Hei Fat Choi to those who say it. Thank you for the oranges. Today we are asking one question really: what makes this group work for you?",
    "P1 [translated from Cantonese]: For me it is like a family. My children are in London and Hong Kong, they phone on Sunday, but here I can speak my own language and nobody thinks I am crazy. Mrs Leung brings soup every week and she notices if I am thin.",
    "P2: I'm Malaysian Chinese, so I speak Hokkien at home, Cantonese here, English at work, and I'm tired all the time, haha. My husband, Tan Boon Hock, thought a mental health group was for people who are, you know, finished. Now he drives me here on Saturdays and waits in the car.",
    "F2: Can I ask about the name? Some people did not want the words 'mental health' on the door.",
    "P3: Yes, that was a big argument. We are Lotus Circle, not a clinic. If my parents in Shenyang heard I go to a mental health group they would worry for one year. I came as a student and I had panic every night. Dr Zhao, my supervisor, was the one who told me there is a group with Mandarin speakers.",
    "P4: I am from Thailand, I married here. I was very alone, only my husband and his mother. My friend Ploy brought me. Ploy said, you come for the food, you stay for the talking. Khun Nok is the oldest Thai lady and she is like my aunt now.",
    "F1: What about roles? Who does what in the group?",
    "P5 [translated from Cantonese]: Ah Keung does the tai chi at the start, ten minutes. Auntie Siew Lan does the money, three pounds each for the food. I do the cooking on the big days. I work the kitchen at Happy Garden Takeaway in the week so I can cook for fifty, no problem.",
    "P6: My daughter, Lily Cheung, does all the posters. She's @lilycheung.draws on Instagram if you want to see, the Chinese New Year one was beautiful. The group website is https://www.example.net/lotus-circle but nobody looks at it, everyone is on WhatsApp.",
    "F2: I want to ask about something harder. Last time some people said the group is run by the same few people. Is that a tension?",
    "P2: Honestly, yes. Auntie Siew Lan has done the money for six years. Nobody questions her, because she is older, and in our culture you don't. But if she is sick, nobody knows where the account is. And if someone new has an idea, they don't feel they can say it to the aunties.",
    "P7 [translated from Mandarin]: The Cantonese speakers and the Mandarin speakers sit at different tables. It is not unfriendly, just natural. But sometimes I feel I am a guest in their group. Liu Yang and I started a Mandarin table just to have our own time.",
    "F1: That's really honest, thank you. Like F2 said at the start, nobody has to agree.",
    "C1: Could I ask about services? I'm here from the commissioning side, and I'd like to know what you need from the NHS.",
    "P1 [translated from Cantonese]: An interpreter who comes on time. Dr Ho speaks Cantonese, he is the only one, and he is retiring. Last year the hospital letter had my NHS number, 9993051721, and my birthday, 21st of August 1958, but my name was spelled wrong, so reception said it was not me. I cried in the street.",
    "P6: I live out in Wilmslow, I'm seventy-two, on my own since my husband died, and I'm the only Chinese lady on my road. When my depression came back, the GP there had never heard of a group like this. I found it myself on Facebook.",
    "P3: And the forms for work. When I started my part-time job I needed an NI number, BG 33 71 05 D, and the letter went to the wrong flat. All my details, just sitting in a hallway. That made my anxiety terrible for a month.",
    "F2: So you need services, but they also cause stress. Do you ever complain, or campaign?",
    "P2: We wrote a letter once, about interpreters. Then we worried. What if they stop the room? What if the funding goes? You don't want to be the trouble-makers when you need them. Ploy said we must be brave, but she's young.",
    "P4: Also I want to say, if anybody wants to contact me for the report, my number is +44 7700 900 629 and my email is ploy.sriwan@example.com. Oh, no, sorry, that is Ploy's email, mine is different, I will write it.",
    "F1: No worries, we'll catch you after. Last round: one word for the group.",
    "P1 [translated from Cantonese]: Soup.",
    "P5: Family.",
    "P7: Patience.",
    "P2: Home.",
    "F1: Thank you all. Happy Year of the Rabbit. I'll stop the recording now.",
]


def main():
    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    out = os.path.join(HERE, "sh03.docx")
    doc.save(out)
    print("wrote", out, len(LINES), "paragraphs")


if __name__ == "__main__":
    main()
