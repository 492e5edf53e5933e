"""Build 02_residents_forum_slough.docx (synthetic transcript).

Run from inside this folder:  python build_docx.py
Every person, number, address, employer and venue below is invented.
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Cm

OUT = "02_residents_forum_slough.docx"

COVER = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h1", "Veldmere Residents' Wellbeing Forum"),
    ("p", "Transcript of meeting held Wednesday 13 March 2024, 6.30pm to 8pm"),
    ("p", "Venue: Community Room (ground floor), Harrowden Court, 2-48 Harrowden Close, Slough SL1 4CM"),
    ("h2", "Attendees"),
    ("p", "Trish Quennell - chair (resident)"),
    ("p", "Gurpreet S. - resident"),
    ("p", "Wojtek - resident, runs the allotment group"),
    ("p", "Mariatu - resident"),
    ("p", "Dolores Whitcombe - Tenancy Sustainment Officer"),
    ("p", "Rianne Achterberg - Public Health, Slough Borough Council (observer)"),
    ("p", "Apologies: Mr Fairweather; Leon"),
    ("p", "Transcribed by J. Appiah, admin team - tel. 01632 960417"),
    ("p", "Speakers are shown by role, as agreed with the group. Names above are for the attendance record only. Audio deleted once this transcript was checked."),
]

ROWS = [
    ("Speaker", "What was said"),
    ("Chair", "Okay, it's gone half six so let's make a start. Thanks for coming out in this rain. For anyone new, this is the forum, we've met in this room since the first lockdown ended, and the idea is residents supporting residents. It is not a complaints meeting. Dolores from the housing association is here, and so is our observer from the council."),
    ("Observer", "Thank you. I'm only listening. I'm writing a short piece for the commissioning review about what groups like this actually do for people."),
    ("Chair", "Ground rules first, same as always. One voice at a time, what's said in the room stays in the room, and no repairs talk until the last ten minutes. I know, Gurpreet. I know."),
    ("Resident 1", "I didn't say anything!"),
    ("Chair", "You were about to."),
    ("Resident 1", "Fair. Look, for me what makes it work is that it's us. When I moved into Harrowden Court in 2019 I didn't know a soul. I was on nights at Brindlecroft Logistics out past the trading estate, my marriage had just gone, and I was drinking more than I'd admit. Mrs Quennell knocked on my door with a flyer and basically wouldn't leave."),
    ("Chair", "I did leave. Eventually."),
    ("Resident 2", "Same for me. On paper I am Wojciech but everybody says Wojtek. In Poland I was an engineer, here I was cleaning offices at night, and I felt like nobody. Now I run the allotment group on Tuesdays and people ask me things. Having a role, this is the medicine. Better than the sertraline, honestly, although I still take the 50 milligrams."),
    ("Resident 3", "Can I come in? I think the room matters as much as the people. Before this, we met in the Veldmere office and it felt like going to see your landlord. Which it was. Here there's a kettle, there's the window onto the garden, you can come down in your slippers. My grandson Ishaku thinks it's his room, he does his homework in the corner while I'm here. He's in Year 9 at Claycroft Academy now, taller than me."),
    ("Tenancy officer", "I'll be honest about the tension from our side. Veldmere pays for the room, the tea, and my time. There's pressure from above to show outcomes, so I'm asked to count things, and the minute I start counting, the whole tone changes and people go quiet. That's probably what the council wants to hear about."),
    ("Observer", "It is, yes. We hear that from a lot of groups."),
    ("Tenancy officer", "And then there's boundaries. People tell me things in here as a neighbour, and the next morning I'm the tenancy officer who has to write it down. I haven't worked out that one yet."),
    ("Chair", "We've said before, if it's a housing matter, it goes to the office after, not in the circle. I was born in this town, 2 November 1949, I've seen every landlord there's been since Mrs Thatcher sold the council houses, and the only thing that has ever worked round here is neighbours."),
    ("Resident 4 (new, did not give name)", "Sorry, can I ask, is it only for people in the tower? My sister's on the Britwell and she's been very low since her husband passed, but it's two buses."),
    ("Resident 3", "Bring her! Last month a lady came from the other side of town. We don't check postcodes."),
    ("Resident 2", "And after, some of us go to the Drover's Rest for one drink, or a lemonade, it's not compulsory. Lemonade is very popular."),
    ("Resident 1", "Two years dry in May. This lot, and the men's group at the Kestrel Bank Surgery, and a very patient GP. That's what did it."),
    ("Chair", "Right, it's ten to eight. Repairs, quickly, and I mean quickly."),
    ("Resident 1", "Flat 9, 31 Ottery Walk, the damp is back in the bedroom. I rang the repairs line, 020 7946 0183, forty minutes on hold. And for three months Universal Credit had someone else's National Insurance number on my claim, ZZ 71 03 26 B, which isn't even mine, so I'm not in the best mood."),
    ("Tenancy officer", "Give me the reference after and I'll chase it tomorrow. Not in the circle. Anyone else can email tenancy.sustainment@example.com, that's the team inbox, not my personal one."),
    ("Resident 2", "Also the car park. Somebody in a silver Qashqai, LV19 QXE, parks across the disabled bay every Wednesday evening, so Mariatu's husband cannot get his chair out of the van."),
    ("Resident 3", "He doesn't like me to complain. But yes. It was ours they blocked."),
    ("Observer", "Can I just say thank you. I'll send my notes to Trish before anything goes in the review, and nobody will be named."),
    ("Chair", "Lovely. Same time next month. Samaritans is 116 123 if anyone needs it tonight, and the Talking Therapies self-referral leaflets are on the side. Mind the step on the way out."),
]

AFTER = [
    ("h2", "Actions"),
    ("p", "1. Tenancy officer to chase the damp report outside the meeting."),
    ("p", "2. Allotment group to photograph the bay and send it to estates."),
    ("p", "3. Chair to redo the sign-in sheet so it doesn't ask for addresses."),
    ("p", "Next meeting: Wednesday 10 April 2024, 6.30pm, Community Room. Queries to the forum inbox, residents.forum@example.com"),
]


def main():
    doc = Document()
    cp = doc.core_properties
    cp.author = "SYNTHETIC"
    cp.last_modified_by = "SYNTHETIC"
    cp.title = "SYNTHETIC residents' forum transcript"
    cp.comments = "Synthetic benchmark document"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    for kind, text in COVER:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    # page break after the cover page (added as a run in the last cover paragraph)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for i, (who, said) in enumerate(ROWS):
        cells = table.add_row().cells
        cells[0].text = who
        cells[1].text = said
        if i == 0:
            for c in cells:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    for row in table.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12)

    for kind, text in AFTER:
        if kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "SYNTHETIC - forum transcript - draft for checking"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
