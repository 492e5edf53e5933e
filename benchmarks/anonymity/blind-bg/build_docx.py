"""Build 04_truro_voices_library.docx (synthetic focus-group transcript).

Run from anywhere:  python build_docx.py
Writes the .docx next to this script. Needs python-docx.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "04_truro_voices_library.docx"

TITLE_BLOCK = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h", "The Listening Shelf: hearing voices peer group"),
    ("p", "Focus group transcript, session 2 of 3 (Peer Support in the South West study)"),
    ("p", "Venue: Chyvounder Library, 3 Lowenna Terrace, Truro TR1 2VK (group room, after closing)"),
    ("p", "Date of session: Wednesday 19 February 2025, 17:30 to 19:00"),
    ("p", "Facilitator: Nia Pengelly (peer worker, Kernow Peer Collective). Transcribed by A.K., checked by R.P.L."),
    ("p", "Participants are P1 to P5 in the table. Where a first name was spoken it has been left in for now and marked [redact]."),
]

TABLE_1 = [
    ("Facilitator (Nia)", "Thanks for staying after the library shut. Same as last time: the recorder is on, you can ask me to stop it, and nobody has to talk. First question from the study is simple. What makes this group work for you?"),
    ("P1", "The building. I'll say it straight away. If it was at the hospital I wouldn't come. I had eleven weeks on Harvest Ward in 2019 and I can't walk past a hand gel dispenser without my chest going. Here I'm just a bloke going into a library. Nobody on the bus knows."),
    ("P2 (Robin)", "Same for me. And the quiet. Libraries are meant to be quiet, so if my voices are loud it's me against the room, not me against a room full of machines beeping. There was a robin on the windowsill last week the whole session. I know that sounds daft."),
    ("P3", "It doesn't. I think the main thing is that nobody here argues with what you hear. At the CMHT they want to know is it real, is it a symptom, what dose of aripiprazole, 10mg or 15mg. Here Siân just asked me what the Landlord says to me in the mornings and whether he's kinder on a Sunday. Nobody had ever asked me that."),
    ("Facilitator (Nia)", "For the transcript, the Landlord and the Captain are the names people in the group use for their voices, not real people."),
    ("P4", "Mine is just called the Noise. And I'd say the rule that you can use any explanation you like. Loveday thinks hers are her grandmother. Jory thinks his are from the trauma. I think mine are from the clozapine years. We don't fight about it. That's the Hearing Voices Network way, it's in the ground rules on the back of the door."),
    ("P5", "Can I say the hard bit? I nearly left in the autumn. When Dr Carne started coming, the psychologist, everyone went quiet. She was nice. But the minute there's a professional in the room you start performing being well. I watched Jory do it. I did it."),
    ("Facilitator (Nia)", "That was a real tension. The trust wanted a clinician co-facilitating for the funding. We compromised: she comes to the first half hour once a month, then leaves, and the group decides what gets fed back. Does that still feel okay?"),
    ("P5", "Better. Not perfect."),
]

MID = [
    ("p", "[Break, 10 minutes. Recorder paused 00:38:12, restarted 00:49:40.]"),
]

TABLE_2 = [
    ("Facilitator", "Second part is about roles and the room. Who does what in this group?"),
    ("P2 (Robin)", "I do the box. The book box. Every week somebody brings a book that helped and it goes in the box with a note in the front. Mr Tregenza lets us keep it behind the issue desk. If you're too wobbly to talk you can just take a book home and that counts as coming."),
    ("P1", "Keziah does the clock. She says ten minutes left in a very gentle voice and nobody's allowed to start anything big after that. It's a proper job. People forget it's a proper job."),
    ("P4", "I do the texts. I'll give it out again for anyone new: the group phone is 01632 960277, it's a cheap pay as you go, and it's switched off after nine. Or e-mail listening.shelf at example dot net. We've got an Instagram too, @voicesinthestacks, but it's just book photos, nobody's face."),
    ("P3", "The hard bit about the room is the closing time. The council cut the hours in January, so now we're in here after they lock up, and Mr Tregenza has to stay. He's lovely but he's staff. Last week he made everyone a tea and I didn't know whether I was allowed to talk about the Landlord in front of him."),
    ("P5", "And the bus. I come in from Probus where I live with my sister, and the last one back is twenty past seven. If we overrun I'm stuck in Truro, and that's not a good place for me at night. Last time I had to ring my sister and she came out in her pyjamas."),
    ("P4", "What would help is a second room in Camborne or Redruth. Half of West Cornwall can't get here. I've been reading my crisis card out so I remember what's on it, NHS number 999 159 0838, born 30th June 1979, and it says the nearest place is Treliske. That's an hour on the bus."),
    ("Facilitator", "[Facilitator note: P4 read out personal details; marked for redaction.] Last question. If the council shut this library, would the group survive?"),
    ("P1", "Honestly? We'd meet in the Wetherspoons. [laughter] No. We'd survive because of people, not the building. But the building is why most of us walked in the first time."),
    ("P3", "Put that in the report. The building gets you in, the people keep you."),
]

CLOSING = [
    ("p", "End of recording 01:27:40. Next session at the same venue. Samaritans 116 123 and NHS 111 option 2 were read out at the end as usual."),
    ("p", "Transcriber note: query for the research team from A.K., please contact a.kitto.transcripts@example.com if anything is unclear."),
]


def add_block(doc, block):
    for kind, text in block:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)


def add_table(doc, rows):
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text = "Speaker"
    hdr[1].text = "What was said"
    for who, said in rows:
        cells = table.add_row().cells
        cells[0].text = who
        cells[1].text = said


def main():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.author = "Synthetic benchmark"
    doc.core_properties.title = "Synthetic focus group transcript"
    add_block(doc, TITLE_BLOCK)
    add_table(doc, TABLE_1)
    add_block(doc, MID)
    add_table(doc, TABLE_2)
    add_block(doc, CLOSING)
    doc.save(OUT)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
