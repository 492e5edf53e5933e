"""Builds 02_trans_peer_interview.odt (interview transcript, Q:/A:, long header table).

Synthetic data only: every person, number, address, employer and venue is invented.
Paragraph numbering used in labels.csv: every text:h and text:p element in document
order (table-cell paragraphs included, headings counted), starting at 1.
Run: python make_odt.py
"""
import os

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import H, P

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_trans_peer_interview.odt")

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

HEADER_ROWS = [
    ("Project", "Peer Support Groups Study (South Coast) - interview strand"),
    ("Interview reference", "TNB-BTN-04"),
    ("Date of interview", "Thursday 9 May 2024, 14:00"),
    ("Location", "Kingfisher Rooms, first-floor meeting room (participant's choice)"),
    ("Interviewer", "Dr Imogen Salt"),
    ("Participant name", "Wren Achterberg"),
    ("Name on GP / legal records", "Stephen Achterberg (do not use)"),
    ("Pronouns", "they/them"),
    ("Date of birth", "02/11/1996"),
    ("Age band", "25-34"),
    ("Address", "Flat 3, 27 Quillfeather Mews, Brighton"),
    ("Postcode", "BN2 9OK"),
    ("Telephone", "07700 900318 (text first)"),
    ("Email", "littlebird96@example.net"),
    ("GP practice", "Tidemill Surgery"),
    ("NHS number", "999 159 0838"),
    ("Group attended", "The Tuesday Lot (trans and non-binary peer group)"),
    ("Time in group", "approx. 2 years"),
    ("Role in group", "Door / welcome volunteer; newcomer buddy"),
    ("Referred by", "Self-referral after a Switchboard listings page"),
    ("Emergency contact", "Jonah Okonkwo-Reyes (partner), 01632 960 417"),
    ("Consent to be named in outputs", "No - use pseudonym P4"),
    ("Transcribed by", "Paulina Żak, 14/05/2024"),
    ("Audio file", "TNB-BTN-04_0509.m4a (47 min)"),
]

QA = [
    ("Q", "Thanks for doing this, Wren. To start, can you tell me how you first came to The Tuesday Lot?"),
    ("A", "Honestly, I'd lost faith in groups. I'd tried one of the big online forums and it was all fighting. A friend from work, at the Oat & Ember Bakery, said there's this group that meets on Tuesdays and it's just people sitting round with tea. I went three times before I said a word."),
    ("Q", "What made you keep going back?"),
    ("A", "That nobody made me say a word. Siân, the facilitator, does this thing at the start where she says you can pass on anything, including the name round. That sounds small. For me it was huge, because at the time I didn't have a name I liked yet. I was still my old name on everything official."),
    ("Q", "You mentioned the name round. How do the ground rules work?"),
    ("A", "They're on a laminated sheet on the wall. No outing anyone, obviously. No asking about bodies or surgery unless the person brings it up. No medical advice, which people break constantly, like, oh, my estradiol 2mg did this to me. And what's said in the room stays in the room. Dex reads them out every week, even when it's the same twelve people, because you never know who's new."),
    ("Q", "Is that ever a tension?"),
    ("A", "Yeah, the pronoun round. Some of the older members find it a bit performative. Faith, who's been out since the eighties, said once it felt like a job interview. And some of the younger enbies feel the opposite, that if we drop it they'll get misgendered. So now it's a badge you can fill in or not. Compromise by stationery. Take my version with a pinch of salt, though, I'm biased."),
    ("Q", "What role do you have in the group now?"),
    ("A", "I do the door. It sounds like a bouncer thing but it's more that I'm the first face. I text newcomers the week before. If you're my buddy you get my number, and I meet you outside the Kingfisher Rooms so you don't have to walk in alone. Having the job is good for me. On bad weeks I still come because, well, somebody has to open the door."),
    ("Q", "Has the venue changed over time?"),
    ("A", "We used to meet in the back room of the Gannet and Lantern. It was cheap and the landlord was lovely, but you had to walk through the main bar, and after somebody got followed home from there a lot of people stopped coming. The new place has a lift, a gender-neutral loo that actually locks, and frosted windows. Auntie Val calls it the fishbowl, but in a nice way."),
    ("Q", "Who is that?"),
    ("A", "Oh, she isn't really anyone's auntie. She runs the café downstairs and she just adopted us. That's another thing: the room isn't just the room, it's the people around it."),
    ("Q", "How does facilitation work between the two facilitators?"),
    ("A", "Siân is paid a tiny bit through the council grant, so on the paperwork she's Mx Pritchard and she has to do the safeguarding. Dex is a volunteer and much more jokey. They balance out. But when Marcus was coming, that was hard. He'd talk for forty minutes about the Gender Identity Clinic waiting list, and everyone in that room is on that list, so everyone would just sink."),
    ("Q", "How was that resolved?"),
    ("A", "She met him for a coffee, one to one, and he moved to the Thursday online group instead. Some people thought that was kind and some thought we'd chucked him out. I don't know. I'm still his buddy, technically, so I text him."),
    ("Q", "Does the group connect to your life outside?"),
    ("A", "Massively. My mum's in Peacehaven and she came to the family evening in March. My dad won't come. He still calls me Stephen on the phone. My partner says the group is like a second family that's better at texting back."),
    ("Q", "Is there anything that would make the group work better?"),
    ("A", "Money, always. Maybe a second group for people over fifty. And a proper website. We've only got example.org/tuesday-lot, which someone built in an evening, and the Insta, @tuesdaylot_btn, which is mostly pictures of biscuits."),
    ("Q", "Anything to add before I stop the recording?"),
    ("A", "Just that I grew up on Moulsecoomb and went to Coldean Ridge Academy, and nobody there would have believed this group exists. So, yeah. Put that in."),
    ("Q", "I will. Thank you."),
]


def build():
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    col = Style(name="Col", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="6cm"))
    doc.automaticstyles.addElement(col)

    doc.text.addElement(P(text=SYNTH))
    doc.text.addElement(H(outlinelevel=1, text="Interview transcript - peer support groups (Brighton)"))
    table = Table(name="Participant")
    table.addElement(TableColumn(numbercolumnsrepeated=2, stylename=col))
    for k, v in HEADER_ROWS:
        row = TableRow()
        for cell_text in (k, v):
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=cell_text))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(H(outlinelevel=2, text="Transcript"))
    doc.text.addElement(P(text="Key: Q = interviewer, A = participant. [inaudible] = unclear audio. Timestamps removed."))
    for who, text in QA:
        doc.text.addElement(P(text=f"{who}: {text}"))
    doc.text.addElement(P(text="[End of recording 00:47:12]"))
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
