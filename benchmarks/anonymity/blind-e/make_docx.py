"""Build se03.docx: one paragraph per line (header paragraphs, then turns).

Run with the venv:  python make_docx.py
SYNTHETIC: every name, number and address below is invented.
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

LINES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Razem Women's Circle - workshop transcript: \"What holds us together\"",
    "Meeting place: back room of St Columba's Hall, 12a Gladstone Walk, Peterborough pe1 2nx",
    "Notes typed by Magdalena Wróbel, volunteer. Queries to 07700-900-233 or sunflower.notes@example.org",
    "Language: the group meets in English by agreement; Polish words are kept where they were used. Speaker codes are pseudonyms.",
    "Session: Saturday, 10am to 12 noon, the week after Easter. Six members, two facilitators, one visitor from the council.",
    "F1: Dzień dobry, good morning everybody. Thank you for coming on a Saturday. Last time we said we would talk about why this group works, in English, so everybody can follow. Agnieszka, you wanted to start?",
    "P1: Yes. For me it is simple. When I came in 2014 I did not know anybody. I worked twelve hours a day at Fenland Fresh Foods, packing salad, and I came home and cried. Here nobody asks me why I am sad. They know already.",
    "P2: It is the same for me, but I am not Polish, I am from Romania. At first I think, this is a Polish group, I will not fit. But Kasia said, the language of the group is English and the language of the heart is all of them.",
    "P3: [laughs] Kasia's face should be on a poster. Every week she gives us one pearl of wisdom and we write it on the board.",
    "F2: Can I ask about the ground rules? We have five on the card. Which one really matters?",
    "P4: Confidentiality. Peterborough is small for us. Everybody knows everybody from church or from the Polish shop. If something I say here goes to the shop, I am finished.",
    "P2: And no translating for someone unless she asks. My daughter always translated for me at the GP, about my body, and I hated it.",
    "F1: Elira, you have been quiet. Only if you want to.",
    "P5: I will say a little. I am from Albania, I came for my husband's work. I had postnatal depression after my second baby and I did not know this word even in Albanian. The midwife, Mrs Okonkwo, gave me the leaflet for this group. She saved my life, honestly.",
    "F2: Thank you, Elira. That took courage.",
    "P3: Can I say about me also? I am 38, I live in Whittlesey, PE7  1RS, with my two boys, and since the accident I have PTSD. The bus takes one hour each way, so if I come it means something. Here I am not a diagnosis. Here I am Ionela, mother, woman, cook. [laughs] Good cook.",
    "P6: For me it is the venue. The hall is cold, yes, but there is a room for the children with a volunteer. Without this I cannot come. Three children under six.",
    "P4: And it is not an NHS building. When I go to the CMHT I feel like a patient from the moment I open the door.",
    "F1: Let's talk about roles. Who is doing what now?",
    "P1: I do the WhatsApp group and the page, facebook.com/razemwomenpb. On Instagram I am @bakes_and_bread_pb, but that is cakes, not feelings. [laughs]",
    "P1: But honestly it is too much sometimes. At eleven at night someone messages in crisis and I am alone with the phone. I am not a professional.",
    "F2: That is the burden we keep hearing about. We agreed crisis messages get the card: Samaritans 116 123, NHS 111, the crisis team. Not Agnieszka at midnight.",
    "P4: But people do not want a number. They want Aga. That is the problem with being kind.",
    "P6: Maybe we share it. A different person each week holds the phone. My husband can drive people who need a lift, too. Tomasz, 07700.900.741, he does not mind, he is retired.",
    "C1: Can I come in? I'm from public health at the council. I want to understand how we could fund you without making it heavy for you.",
    "P6: Please, no more forms. Look, I have the letter from the hospital here in my bag. NHS number 999 482 6174, date of birth 17/09/1984. For Universal Credit I wrote my national insurance, QQ 48 27 61 D, maybe ten times. I am tired of writing who I am.",
    "C1: That's a fair challenge. We don't need any of that from the group. Only how many came, and maybe a few stories.",
    "P2: And the stories are not always nice. We also write letters to complain about the waiting list for talking therapy in Polish. Two years! Then we ask you for money. It is funny.",
    "C1: It's not funny, it's healthy. Keep writing them.",
    "P5: I have a small job now, in the mornings I clean at Longthorpe Dental Surgery. Before this group I did not leave the house. So when you count, please count that.",
    "P3: And Inês, from the Portuguese mums, came twice and now she wants to start the same thing in her church. This is how it spreads. Not from a leaflet, from a person.",
    "F2: Good place to stop. The notes go to Magdalena Wróbel first, she checks them with you before anything goes to the council.",
    "F1: Next meeting is the first Saturday in June. Bring food, we are doing the picnic. Dziękuję, everybody.",
]


def main() -> None:
    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    doc.save(HERE / "se03.docx")


if __name__ == "__main__":
    main()
