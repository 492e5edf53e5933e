"""Writes x03.docx: two header paragraphs, then a two-column table (speaker | text).

Line numbering used by labels.csv for this file: body paragraphs are numbered
first (1, 2), then the table rows in order, counting on from the last paragraph
(header row = 3, first spoken row = 4, ...). A table row's text is its cells
joined with " | ".
Run from anywhere:  python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Koach - men's wellbeing evening. Notes typed from the audio, Sunday 15 March 2026, 8.30pm, "
    "back room of the Beis Ezra Hall, 41 Kessler Walk, N16 6QH. Speaker column as agreed: "
    "Facilitator, Member 1 to Member 3, and first names only where people asked for them.",
]

ROWS = [
    ("Speaker", "What was said"),
    ("Facilitator", "Shavua tov, everyone. Same rules as always: nothing leaves the room, nothing goes on "
     "the WhatsApp, and if anyone needs to go and daven Maariv, go. Tonight we said we'd talk about the "
     "pressure before Pesach."),
    ("Ari (peer supporter)", "I'll go first so nobody else has to. Last year before Pesach I didn't sleep "
     "for a week. The cleaning, the business, my father-in-law in the Homerton on Lark Ward. My wife Raizy "
     "found me at four in the morning sitting in the car outside the house. That was the day I called the "
     "doctor, Dr Oyelaran at the Northfield Surgery. A Nigerian lady, very straight. She didn't make me feel "
     "like a shmatte."),
    ("Member 2", "For me it's the money. Eight kids, one wage. I'm in the accounts office at Alef Wholesale, "
     "and Mr Grunfeld is a good boss but the margins are nothing. Pesach is two thousand pounds if you're "
     "careful. Three if you're not."),
    ("Facilitator", "Two thousand pounds, and that's before the wine."),
    ("Member 2", "[laughs] Before the wine, before the shmura matzah, before new shoes for eight pairs of feet. "
     "And my eldest, Dovid, wants to go to yeshiva in Jerusalem after Sukkos. How do I say no to that? How do "
     "I say yes?"),
    ("Shmuli", "For the new people, I've been coming two years. I have OCD, the religious kind, scrupulosity. "
     "Before Pesach is the worst time of the year for me. Every crumb is a disaster. When we lived on the "
     "Woodberry Down estate my wife Chani used to find me at two in the morning with a torch inside the oven. "
     "It was Rabbi Lieberman who said to me: the halacha doesn't ask this of you, this is the illness "
     "talking. It took me a long time to hear it. Now I'm on citalopram, 20mg, and I see a CBT therapist who "
     "isn't frum, isn't even Jewish, and that's fine."),
    ("Member 3", "Which one? The one in Clapton or the one in Canvey?"),
    ("Shmuli", "The first one. The other one is his brother, Simcha. [laughter]"),
    ("Facilitator", "Let's not play Jewish geography tonight. [laughter]"),
    ("Member 3", "Sorry. I'm the new one. I'm Meir. My family is Moroccan, we came down from Manchester two "
     "years ago when I got the job at Tiferes Avos, teaching the ten-year-olds. I love the boys. But I go home "
     "and I'm empty. My wife says, you're not here even when you're here. She's right."),
    ("Peer supporter", "Did you ever speak to anyone? Outside the family?"),
    ("Member 3", "In Manchester there was an old man in our shul, Reb Abitbol, who used to take me for a walk "
     "after Shabbos. Nothing official. Since we moved I have nobody like that."),
    ("Heshy", "I'll be your walk. [laughter] I'm serious. I go round Springfield Park every night at half past "
     "ten when the kids are asleep. Meet me at the gate."),
    ("Facilitator", "You've been quiet the last few weeks. How are things?"),
    ("Heshy", "Up and down. You know I lost the job at Gefen when they closed in January. Twenty years I did "
     "the challos on a Thursday night. Now I'm doing deliveries in my own car, the grey Sharan, LR68 QXE, "
     "from Golders Green to Stamford Hill and back. The petrol eats half of it. And my mother moved "
     "in with us. She's eighty-four and the dementia is getting worse. Some nights she thinks I'm my father, "
     "Yankel, and I answer to it. What am I going to do, correct her?"),
    ("Member 1", "My father was the same at the end. Like Member 3 said, you're there and you're not there."),
    ("Facilitator", "There's a carers' project at the shul now. Can I pass her your number?"),
    ("Heshy", "Give it. The mobile is 07700 900 563. Or the house, 020 7946 0381, but my mother answers and "
     "you'll be on there an hour. [laughter]"),
    ("Facilitator", "For everyone else, the group email is koach.men@example.net and the times are on "
     "https://example.net/koach. Nothing identifying on there."),
    ("Member 2", "One practical thing? The council tax reduction form wants everything. I put my date of birth "
     "in Hebrew by mistake, the second of Adar, 5744, and the lady on the phone had no idea. It should have "
     "said 5 February 1984."),
    ("Facilitator", "[laughs] One for next time. Let's close. Baruch Hashem, we got through another week. If "
     "it's bad in the night, Samaritans is 116 123, or text SHOUT to 85258, or CALM on 0800 58 58 58."),
    ("Ari (peer supporter)", "And there's a simcha on Tuesday, my daughter's vort, at the Ateres Hall. "
     "You're all invited. Bring the wives."),
    ("Member 1", "Mazel tov! [laughter]"),
    ("Facilitator", "Mazel tov. Shalom bayis to everyone over Pesach. Good night."),
]


def main():
    doc = Document()
    for text in PARAGRAPHS:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for speaker, text in ROWS:
        cells = table.add_row().cells
        cells[0].text = speaker
        cells[1].text = text
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    doc.styles["Normal"].font.size = Pt(11)
    doc.save(HERE / "x03.docx")


if __name__ == "__main__":
    main()
