"""Build ab05.docx: synthetic commissioner's evaluation workshop with a
Black Caribbean elders' group (Nottingham).

Paragraphs first, then one two-column table (Speaker | Comment) at the end,
so the line numbers are: paragraphs 1..N, then table rows N+1.. (header row
included).  No empty paragraphs.  Run from this folder:  python make_docx.py
Every name, number and address below is invented.
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

PARAS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Evaluation workshop: Yard Talk Elders' Circle",
    "Commissioned by Nottingham City Council, Adult Social Care. The workshop was held on Thursday 8 October 2026 at the Blue Mahoe Community Centre, 33 Limewood Walk, St Ann's, Nottingham, NG3 4CV, from half past ten until lunch.",
    "Council officer: Mrs Claudette Ferguson, Commissioning Officer, telephone 0115 496 0329, email commissioning.elders@example.org. She attended the first hour and the shared lunch.",
    "Facilitator: Marcia Small, independent community facilitator, mobile 07700 900847, email yardtalk.facilitation@example.com. She has facilitated the circle since 2019 and ran the workshop in English and patois as members preferred.",
    "Twelve members attended, aged 71 to 93, from Hyson Green, Sneinton and the streets around, with two members joining by speakerphone. Transport was provided by the church minibus from Mount Zion Fellowship, registration FP09 QKD, driven by Deacon Lloyd.",
    "Method: the facilitator asked three questions. What brings you here? What would you miss if it stopped? What gets in the way? Members chose how they wished to be named in this record. The quotes below are as spoken, in members' own words; the facilitator read the table back to the group, and members agreed it before lunch.",
    "Summary of findings: members valued the food, the dominoes, prayer and grace before eating, speaking patois without being corrected, and the same room every Tuesday since 2009. They valued being known by name and being visited when unwell. Concerns raised were transport, especially on Sundays, forms that ask for personal details, hospital letters, and the fear that the group could be moved or merged into a general older people's service.",
    "Recommendations: keep funding the room and the minibus for at least three years; do not require members' identity numbers to attend; let the present facilitator continue; and invite the memory clinic and the pharmacy to come to the circle rather than asking members to travel into the city centre.",
]

TABLE = [
    ("Speaker", "Comment"),
    ("Miss Pearline", "Wah gwan, everybody. Mi come here from di beginning, when Brother Clement did start it inna him front room. Mi did born 1st of August 1942 in Clarendon, and mi never think mi would siddung inna Nottingham and talk bout mi nerves. Write dis down: if unno move we again, like when dem move we out a di old hall, we done. Dis room is we room."),
    ("Brother Clement", "Is not therapy we doing, is company. Man come in here vex, him leave laughing. Di dominoes dem do more than any tablet. And tell di council we nuh want nuh app. We want fi we facilitator an we want di kettle."),
    ("Sister Hortense", "When mi husband pass, Patience from di church bring food every day fi two weeks. Dat is why mi come. She tell mi, Hortense, yuh cyaan siddung inna di house alone. Mi NHS number is 999 560 3314, mi have it pon a paper inna mi purse, and still di hospital lose mi file."),
    ("Mr Gayle", "Di forms dem! Di council want mi National Insurance, mi write ZZ 81 44 09 C and mi vex same way. Why dem need dat fi come drink tea? An di bus. Di 25 nuh run good pon a Sunday, so di deacon haffi carry everybody inna di minibus."),
    ("Auntie Vinette", "Mi grandson put we pon di computer. Di page is example.org/yardtalk-elders and him seh we have a handle, @dominoesandsoup. Mi nuh know wha dat mean but mi like di name. Mi daughter drive up from Birmingham every month, an she seh, Mummy, yuh look better since yuh start come a Yard Talk."),
    ("Bigga (Delroy)", "Everybody call mi Bigga since school inna Hyson Green. Mi did work thirty year at Carrington Dye Works an mi neva talk to nobody bout how mi feel. Not mi wife, not mi pastor. Here, mi talk."),
    ("Precious", "Mi is di youngest, seventy-one! Mi come wid mi mother. Di doctor, Dr Ambrose, put her pon metformin 500mg an amlodipine and nobody explain. Di sisters dem explain it better than di surgery. Windrush pickney, all a we. Some a we still a fight di Home Office. Dis group is where we carry dat load together. Age UK give we di number, 0800 678 1602, but is here we talk."),
    ("Facilitator", "For anyone reading: members can ring me on my mobile or the centre on 0115 4960 742. Please do not post letters to members' homes; use the centre address, and ask for me by name at the desk."),
]


def main():
    doc = Document()
    for text in PARAS:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for speaker, comment in TABLE:
        cells = table.add_row().cells
        cells[0].text = speaker
        cells[1].text = comment
    doc.save(str(HERE / "ab05.docx"))
    print("wrote ab05.docx with", len(PARAS), "paragraphs and", len(TABLE), "table rows")


if __name__ == "__main__":
    main()
