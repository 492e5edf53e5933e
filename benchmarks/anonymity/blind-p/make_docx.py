#!/usr/bin/env python3
"""Build sp03.docx (one paragraph per transcript line). Run with python."""
import os
from docx import Document

LINES = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Mamy Razem (Mums Together) peer support group - evaluation workshop 3
Recorded on a Friday morning at the children's centre. An interpreter helped with parts in Polish and Lithuanian. Speakers: F1, F2 (co-facilitators), P1-P4 (members). Labels are pseudonyms.
F1: Dzień dobry, labas, good morning. Today we want to hear what makes Mamy Razem work, and what gets in the way. Who would like to start?
P1: I will. For me it is simple. Before the group I spoke to nobody except the checkout lady at Tesco and my husband, Tomasz, when he came back from the fields. I was in the house with the baby in Sutterton, the only Polish family on our close, and I thought I was going crazy.
F2: And how did you find us?
P1: The health visitor, Jurgita Kazlauskienė, gave me the leaflet. She is Lithuanian but she speaks Polish better than me! She said, "Agnieszka, you go on Friday, and I will ask them on Monday if you went." So I had to go.
P2: Jurgita does that with everybody.
F1: So somebody opened the door. What happens once you're in the room?
P3: We are all mums and we are all far from our own mums. My mother is in Kaunas. On the bad days you cannot phone her because she will worry, and you cannot phone the English neighbours because they do not understand. Here, everybody understands.
P2: And we speak our language. When I had the depression after Oliwia was born, the doctor gave me the questionnaire in English. Nine questions. I put all zeros because I didn't understand what "little interest or pleasure" meant. Then here, Kasia read it to me in Polish and I cried for an hour.
F2: That's such an important point about language. Shall we talk about roles? Some of you have taken on jobs in the group.
P4: I do the WhatsApp and the Facebook, and the little website, www.example.net/mamy-razem-lincs. My husband calls me the "social media manager" and he is laughing, but it's true. When somebody new messages at midnight, it is me who answers.
P3: Kasia is the one with the cakes. Kasia Wójcik. Everybody knows her cakes. She sells them at the market too, on Instagram she is @kasia.piecze, and she brings the broken ones for us.
F1: Is it a problem, that the group depends on a few people?
P4: Yes and no. When I was ill in the summer for two weeks, nobody did the WhatsApp and the new mums didn't know if the group was still on. Three of them never came back. So, yes.
P2: But we don't want a committee. At the Polish Saturday school they have a committee and they argue about everything, chairs, money, who brings the plates. We come here to rest.
F2: Let's talk about the ground rules. I know you wrote them together.
P1: Number one, no judging. Not about breastfeeding, not about working, not about going back to Poland. Number two, what is said here stays here, and that is hard, because everybody knows everybody at church. Number three, if you are not OK, you say "red" and somebody takes you to the quiet room.
P3: The "red" rule was Agnieszka Nowak's idea.
P1: Thank you for saying my full name in the recording!
[laughter]
F1: Don't worry, we'll take it out. P2, you wanted to say something about work.
P2: Yes. Most of us work at Fenmarsh Produce, in the packhouse, salads and brassicas. Twelve-hour shifts, agency contracts. The group is on Friday morning because that is when the line is quiet. If the group moved to Tuesday, half of us could not come.
P4: My neighbour Rūta works there too. She got a warning for being off with anxiety, so I went with her to the meeting with HR. They wanted her National Insurance, ZZ 48 19 22 B, for the sick pay form. Her son Lukas is at Witham Bank Primary with my son, so we walk together every morning.
P3: The practical things are half of it. Last month I helped Jurgita's cousin Daiva with her GP registration. I wrote it all for her: date of birth 14/09/1988, address 12 Sluice Road, PE20 3XJ, NHS number 999 159 0838. She was so scared to get it wrong.
F1: The commissioners always ask us whether the group should campaign.
P1: We did sign the letter about the perinatal team. The waiting list is five months. But then we worried. If we complain too loud, will the health visitors still send mums to us? We need them. They are the door.
P2: Also the children's centre gives us the room for free. If the council closes it, where do we go? Somebody's kitchen? Kasia's kitchen is very small.
[laughter]
F2: How could the commissioners help, without taking over?
P4: Money for the crèche. Money for the interpreter. And stop asking us for a constitution. My sister in London has a group like this and they spent a whole year on the constitution.
P3: And transport. I don't drive. P1's husband brings me in the red Skoda, LN68 PWT, and every week I worry that Tomasz is late for the fields because of me.
F1: Thank you. Before we finish, is everybody okay for us to contact you about the next workshop?
P1: Yes. My email is aga.nowak@example.com, or my phone, 07700 900861.
P3: For me, text is better. And if I don't answer, ring my sister in Leeds, 0113 496 0552. She always knows where I am.
P4: And don't forget Wigilia. We do the Christmas Eve supper for all the families on the 23rd, because everybody works on the 24th. Everybody is welcome. Even the commissioners.
F2: We'd love that. Dziękujemy, ačiū, thank you all.""".split("\n")

def main():
    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sp03.docx")
    doc.save(out)
    print("wrote", out, len(LINES), "paragraphs")

if __name__ == "__main__":
    main()
