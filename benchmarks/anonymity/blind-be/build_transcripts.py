"""Build the generated transcripts of the blind-be set.

Builds:
  hull_grimsby_agency_workers_trint.docx          (Trint/Descript-style export)
  swaledale_hill_farmers_otter.csv          (Otter-style CSV export)

The other three transcripts are plain UTF-8 files kept as they are.
Run from anywhere:  python build_transcripts.py
All paths are relative to this script's folder.
"""
import csv
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------- docx --
# ("S", speaker, timestamp) = speaker paragraph; ("P", text) = speech paragraph
DOCX_TURNS = [
    ("S", "Facilitator", "00:00:04"),
    ("P", "Okay, it's recording now. Welcome back to Razem, everybody. We are in the small room "
          "at the Gantry Rooms tonight, 14 Brinkle Street, because the Zumba class have the big hall. "
          "I know some of you don't like this room, the glass in the door, we will talk about that."),
    ("P", "First the ground rules, like always. What is said in the circle stays in the circle. "
          "Phones on silent. Nobody translates for somebody else unless they ask. And we don't "
          "argue which agency is the worst, or we are here until midnight."),
    ("S", "Speaker 2", "00:00:41"),
    ("P", "Can I say one thing about translating? Last time Florin's cousin came, first time, and "
          "Darek was doing everything into Polish and I was doing Romanian, like the United Nations. "
          "Nobody could say something small and quiet. For new people we need one buddy, not three "
          "translators."),
    ("S", "Speaker 3", "00:01:09"),
    ("P", "Yeah, fair. I talk too much, everybody knows. But when I came to Hull in 2016 nobody "
          "translated for me. I was on nights at Coldharbour Seafoods and my supervisor, J.T., just "
          "shouted the numbers. So if someone is new, I want to help."),
    ("S", "Facilitator", "00:01:38"),
    ("P", "Both things are true. Ionut is saying give people space, Darek is saying don't leave people "
          "alone. Maybe the buddy is the answer. Gosia, you did that for Ștefania, yes?"),
    ("S", "Speaker 4", "00:01:52"),
    ("P", "Yes. I met her at the bus station in Grimsby, she was frightened to come alone. She lives on "
          "the Nunsthorpe, at the bottom where the shop closed, and she didn't know the buses. So we came "
          "together on the train. Now she comes by herself. But I can't do it every week, I have my own "
          "kids, my own shifts."),
    ("S", "Facilitator", "00:02:20"),
    ("P", "Of course. Nobody has a job forever. Ionuț does the tea and the WhatsApp group, Małgorzata "
          "does the buddy, I do the chairing. Who wants something new?"),
    ("S", "Speaker 2", "00:02:41"),
    ("P", "I can give the WhatsApp to someone, honestly. At two in the morning I get messages, somebody "
          "can't sleep, somebody had a bad shift. It's good that they write, but I'm a forklift driver, "
          "not a doctor."),
    ("S", "Facilitator", "00:03:02"),
    ("P", "The group is not a crisis service. We put in the WhatsApp description the Samaritans, "
          "116 123, NHS 111 and the leaflet, www.example.com/pl-ro-leaflet. And you can mute it."),
    ("S", "Speaker 3", "00:03:20"),
    ("P", "About doctors. I registered at Wyke Bridge Surgery finally, four months. The receptionist "
          "said my date of birth was wrong on the system. They had 03/08/1990, which is right the Polish "
          "way, third of August, but they read the month first. So I was a different person, and they "
          "sent the letters to the old flat on Bransholme."),
    ("P", "And last month Ferrymark put a wrong National Insurance number on my payslip, ZZ 63 04 18 A. "
          "Somebody else's. So now my tax goes to another man."),
    ("S", "Speaker 2", "00:04:10"),
    ("P", "Tell new people to bring the NHS number. My wife, they lost her completely until she read it "
          "on the phone, nine nine nine, five two six, oh one eight two."),
    ("S", "Speaker 4", "00:04:31"),
    ("P", "Can I say about the room? The glass in the door, and the window to the car park. Last week "
          "the agency van was outside, the white Transit, YK16 QFT. If the driver sees me here, everyone "
          "at work knows by Monday that Gosia goes to the crazy group. For Polish people this is still a "
          "big shame, mental health. My mother would never."),
    ("S", "Facilitator", "00:05:15"),
    ("P", "Okay. Two options. We ask Pani Halina on the front desk for the upstairs room, no window to "
          "the car park. Or we move."),
    ("S", "Speaker 2", "00:05:29"),
    ("P", "The Romanian church hall, off Holderness Road, near the Lidl. Free on Tuesdays, but it's a "
          "church, maybe a problem for some. A friend's wife says the priest, Părintele Vasile, doesn't ask "
          "questions. But it's far from Orchard Park, where I live, and from Grimsby it's another bus."),
    ("S", "Facilitator", "00:06:02"),
    ("P", "Let's not decide tonight. If anybody wants to tell me privately, my number is the same, "
          "07700 900 146, or peercircle.humber@example.org. Post still goes to the Gantry Rooms, HU9 1OK."),
    ("P", "Now, the bigger thing. Last time somebody said, in this room I'm not an agency number, I'm a "
          "person. Can we go round on that? What does the group give you that work doesn't?"),
    ("S", "Speaker 3", "00:06:35"),
    ("P", "For me, nobody here needs the explanation. When I say I did six nights and then they cancelled "
          "my shift by text at 5am, everybody just nods. My GP is nice, but she says why don't "
          "you find a different job. Like it's so easy."),
    ("S", "Speaker 4", "00:07:02"),
    ("P", "For me it's that I'm not only the one who helps. At home I'm the mother, at work I translate "
          "for the supervisor, all day I'm for everyone. Here sometimes somebody makes me the tea."),
    ("S", "Speaker 2", "00:07:20"),
    ("P", "Three sugars, I know. I'm Romanian, the Polish are the majority here, and at the beginning I "
          "thought, this is their group, I am the guest. Now it's different, "
          "Ștefania's mother cooked sarmale for the Romanian evening in April. But in the break people "
          "speak Polish and I'm outside the circle again. Not bad intention. It just happens."),
    ("S", "Facilitator", "00:07:55"),
    ("P", "Thank you for saying that. It's a ground rule we don't have yet. Can we vote on it next time?"),
    ("S", "Speaker 3", "00:08:09"),
    ("P", "Okay for me. Last thing, the commissioner lady from the ICB who came in January, "
          "Mrs Pickersgill. She asked how many people, how many sessions, never what happens here. If "
          "the money stops, Razem stops. And I don't fill forms with our names."),
    ("S", "Facilitator", "00:08:37"),
    ("P", "No names go to anyone, only totals, I promise. Ten minutes break. The cake is on the "
          "table. Recording off."),
]

SPEAKER_TABLE = [
    ("Label", "Who (speaker key added after export)"),
    ("Facilitator", "Agnieszka Nowicka, Polish"),
    ("Speaker 2", "Ionuț Bălan, Romanian, does tea and WhatsApp"),
    ("Speaker 3", "Darek, Polish"),
    ("Speaker 4", "not identified"),
]


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(SYN)                                                   # 1
    doc.add_heading("Razem Peer Circle - session 9 (Hull) - Tuesday 5 March", level=1)  # 2
    doc.add_paragraph("Exported from Trint 12/03/2024 10:41 · Duration 00:47:13 · "
                      "Language English (UK) · Speakers 4")                  # 3
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for a, b in SPEAKER_TABLE:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
    for item in DOCX_TURNS:
        if item[0] == "S":
            p = doc.add_paragraph()
            r = p.add_run(item[1])
            r.bold = True
            p.add_run("   [" + item[2] + "]")
        else:
            doc.add_paragraph(item[1])
    doc.add_paragraph("— End of transcript —")
    doc.save(path)


# ----------------------------------------------------------------- csv --
# Otter-style export: Speaker, Start, End, Text.  One physical line per row.
OTTER_ROWS = [
    ("Speaker 1", SYN),
    ("Heather",
     "Right, is it going? Little red light, on the dot of seven. So this is Heft Talk, back room of the "
     "Fleece and Crook, and I'm recording because Jonty couldn't get down from the tops, he's got a ewe "
     "with a prolapse. Usual rules. What's said in here stays in here, and that means not at the mart "
     "either. Phones can stay on, half of you have got cows calving. And nobody gets told what to do "
     "with their own farm."),
    ("Speaker 4",
     "That last one's the one that matters. Doctor, bank, ministry, everybody's telling you what to do "
     "with your own farm. In here nobody does."),
    ("Speaker 3",
     "Can I say, I'm new, I'm Callum, I'm at Thwaite, the farm just past the chapel where the road bends. "
     "My dad died in the October and I've took it on, and I didn't know who to ring. Mrs Raw gave me the "
     "leaflet at the school gate."),
    ("Speaker 4",
     "I knew your dad. Good stockman. I'll not say more because it's your story not mine. But I were the "
     "same, 1982, my father went and I were twenty-odd with four hundred ewes and a raw deal from the "
     "bank. Nobody talked about it."),
    ("Heather",
     "You're very welcome, Callum. Mrs Raw's a gem. And that's what we want to change. Can we do the "
     "thing we said, about what makes it work? I'll write it up for the newsletter, no names. Wilf, "
     "you've been coming longest."),
    ("Speaker 4",
     "It's that it's farmers. I tried one of them groups in Northallerton, lovely folk, but a lass said "
     "she'd had a hard week at the office and I thought, I've buried forty lambs this week. It's not that "
     "hers don't matter. It's that in here I don't have to explain the forty lambs."),
    ("Speaker 5",
     "Can I come in there. It's Dot. I'm a farmer's wife, which is different, and honestly, sometimes I "
     "feel this is a men's group with a woman chairing it. The wives carry a lot. The books, the tax, the "
     "worrying. We're in Muker and I do the accounts for three farms off the kitchen table."),
    ("Speaker 4",
     "My Margaret would've said the same. She did all the books. When she went I didn't know the "
     "password for owt."),
    ("Heather",
     "That's fair, and I'd rather hear it than not. Maybe the wives want their own night. Or maybe the "
     "men need to hear it. The other thing is jobs. I can't keep doing the texting, the room and the "
     "kettle. Jonty said he'd do the group phone, so the number's changing from my mobile to oh one six "
     "three two, nine six oh, two two seven. That's a landline at the institute, it goes to answerphone."),
    ("Speaker 3",
     "Heather, is there a WhatsApp? Sorry, I'm the young one."),
    ("Heather",
     "There is, but signal up at ours, Keld end, is rubbish, so half of them never see it. Email is "
     "upthedale@example.net, newsletter's on example.net/dales-newsletter, and the Twitter is @swaleyowes for meeting dates. Farmers' helplines are on "
     "the back of the card, the FCN one is 03000 111 999."),
    ("Speaker 5",
     "Can I say something about the room. It's lovely at the pub, it's warm. But the landlord's behind "
     "that bar and Kev knows everybody. Last time my neighbour's lad saw our Land Rover outside on a "
     "Tuesday and it was round the whole of Gunnerside by Wednesday that we'd split up."),
    ("Speaker 4",
     "Nowhere's private up here. Everybody knows when you've had Swale Gill Vets out for a knackered tup. "
     "I'd rather they said he's at that talking group than he's gone quiet."),
    ("Speaker 3",
     "The thing I didn't expect was the practical stuff. Last week after the meeting Wilf came and helped "
     "me dose the hoggs. Didn't say much. Just turned up in the pickup. And when they nicked the quad, "
     "Dot's husband rang round and found it at a sale near Leyburn."),
    ("Speaker 5",
     "That were the same gang that took the Hilux from Askrigg, our cousin's, YJ68 QWN. Police never "
     "found that. It helps, that we look out for each other. But it's not therapy, is it, and some folk "
     "need more than a brew and a dose of hoggs."),
    ("Heather",
     "That's the hard bit. I'm not trained. If somebody says they've thought about the gun cabinet, I ring "
     "the GP and the crisis team, I've done it twice. That's where the group ends. Tell them about the "
     "doctor."),
    ("Speaker 4",
     "Aye. Young doctor, Dr Sagoo. She put my date of birth in, fourteenth of February, nineteen "
     "forty-seven, the big snow, and she says you're seventy-seven, Mr Alderson, how are you sleeping. "
     "And I said I'm not. First time I'd told anyone. She gave me sertraline, 50 milligrams. I didn't "
     "tell a soul for a year, only this lot."),
    ("Speaker 3",
     "My mam's been saying I should go. She's at Wensley Fold Dairies in the office, she's worried sick."),
    ("Heather",
     "Then we'll have a chat after, you and me. Last thing, the newsletter. Mrs Raw wants addresses for "
     "the paper copy. Yours is still Blea Dubbin Farm, DL 11 6QK? And the kids from Kisdon Side Primary "
     "are doing a drawing for the wall, so next month there'll be crayon tractors. Right, kettle. Jonty "
     "owes me a tenner. Thanks all."),
    ("Speaker 5",
     "It is, aye. The letters come to the back door."),
]


def hms(sec):
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


def build_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["Speaker", "Start", "End", "Text"])
        t = 0
        for speaker, text in OTTER_ROWS:
            assert "\n" not in text
            dur = max(4, round(len(text.split()) / 2.6))
            w.writerow([speaker, hms(t), hms(t + dur), text])
            t += dur + 1


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "hull_grimsby_agency_workers_trint.docx"))
    build_csv(os.path.join(HERE, "swaledale_hill_farmers_otter.csv"))
    print("built docx and csv")
