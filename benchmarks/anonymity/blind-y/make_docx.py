"""Write y04.docx: header paragraphs, then a three-column table (Time | Speaker | Text).

Line numbers in labels.csv: body paragraphs from 1, then table rows numbered on
(header row included), a row being its cells joined with " | ".
No paragraphs follow the table.
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

HEADER = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Women's Wellbeing Circle: reflective session transcript",
    "Date: Wednesday 6 November 2024, 10:00 to 11:30",
    "Venue: Noor Community Rooms, 41 Thornbury Road, Savile Town, Dewsbury, WF12 9MC",
    "Transcribed by Imogen Tranter (volunteer). Speakers are shown by role or by first name in capitals. "
    "Urdu and Punjabi phrases are translated in square brackets.",
    "Facilitator contact: Rukhsana, mobile 07700 900 671 (texts preferred).",
]

ROWS = [
    ("10:02", "FACILITATOR",
     "Assalamu alaikum, sat sri akal, good morning everyone. Thank you for staying behind after the chai. As you "
     "know, Mrs Akhtar from the public health team at Kirklees Council is with us today because our funding is up "
     "for renewal in March, and she wants to hear from you, not from me, about what makes this circle work."),
    ("10:03", "COMMISSIONER",
     "Thank you. Please just be honest. I'm not here to check up on anyone, and nothing you say will be written "
     "down with your name on it."),
    ("10:04", "HUMA",
     "I'll go first because I talk too much, my daughter says. When I came here three years ago I had not left "
     "the house on my own for eight months. After my second baby I was crying all day. My mother-in-law said it "
     "is nazar [the evil eye], my husband said it is tiredness, and the GP, Dr Okafor at Eastfield Medical Centre, "
     "gave me citalopram 20mg and a leaflet in English. I can read English, but who reads a leaflet when you are "
     "like that? What brought me in the end was Auntie Jamila. She lives two doors down from us in Ravensthorpe. "
     "She just knocked and said, put your shoes on, we are going to the ladies' group, there is samosa. I did not "
     "know it was a mental health group. If she had said mental health, I would not have come."),
    ("10:07", "BALJIT",
     "That is the same for me. The word is the problem. In our families you don't say depression. You say "
     "tension, you say my nerves. Here nobody makes you use the English word. Rukhsana talks in Punjabi with me, "
     "and Nasreen translates for the Bengali sisters, so nobody is sitting there lost."),
    ("10:09", "MEMBER 4",
     "For me it is that it's women only, and it is in the daytime when the children are at school. My husband "
     "drops me at the door in the grey Corolla, YD19 KIQ, and picks me up at half eleven. He knows where I am, "
     "he knows it is ladies only, so there is no argument at home."),
    ("10:11", "COMMISSIONER",
     "Can I ask about the venue? Would it matter if the group moved to, say, the library or a health centre in "
     "town?"),
    ("10:11", "HUMA",
     "Yes, it would matter. This building is next to the masjid. Everybody's mother comes here. If I am seen "
     "walking into the mental health clinic, by evening the whole of Savile Town knows, and my sister in Bradford "
     "knows by night."),
    ("10:13", "BALJIT",
     "And the practical help. Last month I had the Pension Credit form and I was stuck. It wants this, it wants "
     "that, my national insurance number, ZZ 73 19 58 A, I keep it written in my purse. Rukhsana's daughter sat "
     "with me for one hour and did the whole thing on the computer."),
    ("10:15", "FACILITATOR",
     "We do a lot of that. Forms, letters, appointments. It's not therapy, but if you are drowning in brown "
     "envelopes you can't think about your mood."),
    ("10:16", "MEMBER 4",
     "Can I say about Mrs Begum? She said on the phone she was happy for me to. She is seventy-five, her husband "
     "passed last winter, and she was not eating. We take turns now to cook for her on Fridays. Her date of "
     "birth is the fifth of May nineteen forty-nine, the same day as my mother, so we had a small party for her "
     "here. She laughed for the first time since he died. That is peer support. Nobody in an office can do that."),
    ("10:19", "COMMISSIONER",
     "That's really powerful. What about younger women? We're told uptake among under twenty-fives is low."),
    ("10:19", "HUMA",
     "They are on their phones. My niece Parveen started an Instagram for us, @chaiandchat.circle, and Parveen's "
     "friends from college come on the Saturday now. Some of them were born in Pakistan, some here, it doesn't "
     "matter. The website is www.example.org/womens-circle if you want to see the photos, only the backs of heads."),
    ("10:21", "BALJIT",
     "What does not work, I will say it. The waiting list. Simran, my daughter, she works at Crescent Sweets on "
     "the main road, she was told eighteen weeks for counselling. Eighteen weeks! The circle held her while she "
     "waited, but we are not doctors. Please, Mrs Akhtar, put that in your report in big letters."),
    ("10:22", "COMMISSIONER",
     "I will, I promise. What's the best way to send you the evaluation form?"),
    ("10:23", "FACILITATOR",
     "Email it to the circle address, womenscircle.wf@example.org, or ring the landline, +44 113 496 0925, "
     "Tuesdays and Thursdays. Sometimes I'm in Leeds for training, so leave a message."),
    ("10:24", "MEMBER 4",
     "And tell them about the minibus. Sisters from Thornhill Lees and Heckmondwike can't get here without it. "
     "When it broke in the summer, half the circle disappeared, and two of them never came back."),
    ("10:25", "FACILITATOR",
     "Thank you all. Shukriya [thank you]. Mrs Akhtar, we will send the numbers. Sisters, same time next "
     "Wednesday, and remember, if anyone is in crisis at night, Samaritans are on 116 123 and NHS 111 has a "
     "mental health option. Don't wait for Wednesday."),
]


def main() -> None:
    doc = Document()
    assert len(doc.paragraphs) == 0, "template unexpectedly has body paragraphs"
    for i, text in enumerate(HEADER):
        if i == 1:
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Time", "Speaker", "Text")):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.save(str(HERE / "y04.docx"))


if __name__ == "__main__":
    main()
