"""Build the Otter.ai-style .docx transcript of this set.

Run from anywhere:  python build_docx.py
Writes br_otter_yard_barrow.docx next to this script.
Paragraph numbers used in labels.csv follow python-docx Document.paragraphs order (headings counted, from 1).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "br_otter_yard_barrow.docx"

HEADER = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h", "Hull and Hammer - Tuesday night peer group"),
    ("p", "Tue, May 14, 2024 6:34PM \u2022 51:22"),
    ("b", "SUMMARY KEYWORDS"),
    ("p", "yard, rota, night shift, ground rules, brew, chairs, hardship grant, taxis, tribunal, lads, sleep, noise"),
    ("b", "SPEAKERS"),
    ("p", "Speaker 1, Mags, Tomasz W\u00f3jcik, Speaker 2, Ellis"),
]

TURNS = [
    ("Speaker 1", "0:04", "Right, we'll make a start. Recorder's on, same as always, it's only so I can do the notes and then it gets deleted, it's all been checked. Welcome back everyone. For anyone new, this is Hull and Hammer. It's for anyone who works or worked down the yard or on the contracts round it, and the one real rule is that what's said in the Ropery Rooms stays in this room. Good biscuits are out, because Tomek's back."),
    ("Tomasz W\u00f3jcik", "0:36", "Yes, I'm back. Three weeks on the sick, first time in nineteen years. Last time I was asked to think what the group does for me, so I thought. For me it is that nobody here asks what is wrong with you. At work the supervisor, J.T., asks every morning are you fit, are you right. Here people just let me sit. When I was off, one of the lads came round to mine, 9 Pinfold Row, with soup, and he didn't even come in, he left it on the step and texted. That's the group for me."),
    ("Ellis", "1:49", "It was only leek and potato, don't make it a thing. I was twenty-two years at Duddon Marine Coatings till they shut the blast bay and I never once talked to a man there about anything but the football. Here everybody knows what a double back shift does to your head. You don't have to explain the noise, or why you can't sleep when you get in at seven and the bin wagon's going past."),
    ("Speaker 2", "2:41", "Can I come in on that? Sorry, I'm new. It's Craig Lund. I'm on the boats, well, the submarines, but I'm not meant to say much about that. My GP at Abbey Mill Surgery put me onto you, Dr Okonkwo. There's a group in the yard's own building but I didn't want the one on site because of who'd see me walking in. I've parked round the back, the blue Corsa, PK66 QWI, if it's in someone's space, sorry."),
    ("Mags", "3:31", "Nobody minds, love. I'll tell you what makes it work, and Gethin'll go red. He's one of us. Thirty years in the pipe shop, he's not some lad off a leaflet. When the council sent that woman from the wellbeing hub to run it for six weeks it nearly died. She was lovely, but she'd say let's sit with that feeling, and you could see Frank folding his arms."),
    ("Speaker 1", "4:10", "I won't go red. But I'll say the flip side. Being one of you means I'm also the one you ring at two in the morning. My mobile's been on that card since 2019, oh 7700 900 314, and most weeks that's fine, but when it's Tomek and two new starters all in one week I'm not sleeping either. We agreed in January: ring the rota, not me. The rota number is 01632 960418 and it goes to whoever's on."),
    ("Ellis", "5:02", "But nobody rings the rota. Honestly. The rota is a stranger. You ring Gethin because you know his voice. And it's roles as well. I do the chairs. Sounds daft, but I've done the chairs every Tuesday since Kenny's funeral, and without the chairs I don't think I'd come. He was a plater, forty years. Gives you a reason to be through that door at half six that isn't I'm struggling."),
    ("Speaker 2", "5:49", "Does it have to be here though? Only I'm out at Askam now, since me and the wife split, and the bus is a nightmare after eight."),
    ("Speaker 1", "6:01", "We talked about a second night upstairs at the Crane and Lantern, but drink's the problem for half this room, so no. Mr Haverthwaite at the Harbour Fund said they might pay for taxis. I'll email him off the group address, hullandhammer@example.org, and copy you in if you give me yours."),
    ("Speaker 2", "6:24", "It's subsman 71 at example dot net. All one word."),
    ("Mags", "6:30", "While we're on forms, love, the hardship grant. I've got it in my bag. It wants your national insurance and your date of birth and to be frank, I'm not reading them out in here."),
    ("Tomasz W\u00f3jcik", "6:41", "It's fine, everyone knows my birthday, you made a cake. Third of June seventy-nine. NI is on the letter, QQ 48 71 20 C."),
    ("Speaker 1", "6:55", "Right, can we pull it back. That's actually one for the ground rules, what we say out loud. Siobh\u00e1n raised it at the facilitators' meeting, the women's group at the yard have a rule: don't say anything you'd not want read back at a tribunal. Maybe we want that too."),
    ("Speaker 1", "7:31", "Okay. I'll put it to the vote next week. Zo\u00eb's doing the welcome. Same room, 6:30, and for the sat nav it's LA14 2QC, round the back off Tarn Street. If anyone needs something tonight, Samaritans are on 116 123, and the Andy's Man Club lot meet Mondays at the rugby club."),
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, text in HEADER:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            p = doc.add_paragraph()
            p.add_run(text).bold = (kind == "b")
    for speaker, stamp, text in TURNS:
        p = doc.add_paragraph()
        p.add_run(f"{speaker}  {stamp}").bold = True
        doc.add_paragraph(text)
    doc.core_properties.title = "Hull and Hammer - Tuesday night peer group"
    doc.core_properties.author = "Otter.ai"
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    out = build()
    d = Document(out)
    words = sum(len(p.text.split()) for p in d.paragraphs)
    print(f"wrote {out.name}: {len(d.paragraphs)} paragraphs, {words} words")
