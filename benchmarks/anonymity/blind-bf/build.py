"""Build the blind-bf synthetic benchmark set.

Every transcript below is written with inline markup [[k|text]] marking a planted
identifier.  The script strips the markup, writes the five transcripts, and writes
labels.csv (one row per occurrence) and tricky.csv.  All paths are relative to the
folder this script lives in.

Run:  python build.py      (with the project's .venv python: python-docx, odfpy, openpyxl)
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

KINDS = {
    "n": "name", "pl": "place", "w": "workplace", "st": "street_address",
    "pc": "postcode", "ph": "phone", "em": "email", "url": "url", "h": "handle",
    "dob": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}
MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]")


def parse(s):
    """Return (plain text, [(kind, text), ...]) for a marked-up string."""
    found = []

    def rep(m):
        found.append((KINDS[m.group(1)], m.group(2)))
        return m.group(2)

    return MARK.sub(rep, s), found


LABELS = []  # (file, line, kind, text)


def add_labels(fname, line, found):
    for kind, text in found:
        LABELS.append((fname, line, kind, text))


# ---------------------------------------------------------------------------
# A. ODT meeting minutes - young carers, King's Lynn
# ---------------------------------------------------------------------------
ODT_NAME = "kestrel_steering_minutes_2024-04-16.odt"
ODT = [
    ("p", HEADER),
    ("h1", "[[w|Kestrel Young Carers]] – Steering Group Minutes"),
    ("p", "Tuesday 16 April 2024, 4.30pm to 6.00pm. Upstairs room, The [[w|Lantern Rooms]], "
          "[[st|27 Tapster Yard]], King's Lynn [[pc|PE30 1OK]]."),
    ("h2", "Attendance"),
    ("p", "Present:"),
    ("p", "[[n|Joanne]] [[n|Tilbury]] ([[n|J.T.]]), group coordinator – Chair"),
    ("p", "[[n|Bev]] [[n|Hollingsworth]] ([[n|BH]]), peer facilitator"),
    ("p", "[[n|Deepak]] [[n|Raval]], commissioning officer, Norfolk County Council"),
    ("p", "Mr [[n|Ogunleye]], Head of Year 9, [[w|Alderbrook High School]]"),
    ("p", "Young carer reps: [[n|Kacey]] (Year 10) and [[n|Reece]] (Year 12)"),
    ("p", "Apologies: [[n|Tomasz]] [[n|Wiśniewski]] (carers lead, [[w|Quillfield Surgery]])"),
    ("p", "Minutes: [[n|HD]]"),
    ("h2", "1. Welcome and ground rules"),
    ("p", "The Chair opened the meeting and thanked both reps for coming straight from school. She read out "
          "the ground rules the young people wrote in 2023: phones face down, nobody has to speak, nobody asks "
          "why you were late, and what is said in group stays in group unless someone is at risk. [[n|Kacey]] "
          "said the lateness rule matters most, because \"you're late because your mum had a bad morning, not "
          "because you can't be bothered\"."),
    ("h2", "2. What is working"),
    ("p", "[[n|Reece]] said the best thing is not having to explain. At school he explains what a young carer "
          "is every single time and then people go quiet. In group \"everyone just gets it, so we can talk "
          "about the telly instead\". The peer facilitator said this is the shared identity part: one of the "
          "few places where caring is normal but is not the whole of who they are."),
    ("p", "The welcomer role has been held by one of the reps since January. She messages new members before "
          "their first session from the group phone ([[ph|07700 900 183]]), never from her own number, and "
          "meets them at the bottom of the stairs. Two Year 8s from [[w|Alderbrook High School]] have stayed "
          "since February, and school staff say their attendance has also improved, though nobody can say it "
          "was only the group."),
    ("p", "The commissioner asked whether the welcomer role could be written up as a case study for the "
          "quarterly return. The rep agreed as long as her name is taken out."),
    ("h2", "3. Venue, transport and access"),
    ("p", "The [[w|Lantern Rooms]] is warm, free after 4pm and close to the bus station, but the upstairs "
          "room has no lift. [[n|Lily-Mae]] (Year 7) brings her little brother, who uses a wheelchair, on "
          "weeks when her mum is on nights. For the last three sessions the peer facilitator has run a second "
          "table in the café downstairs, which splits the group in two."),
    ("p", "The minibus ([[car|AO19 QIX]]) failed its MOT on 2 April and a quote has been requested from "
          "[[w|Fenbright Motors]]. Until it is back, [[n|Kacey]] is getting two buses in from "
          "[[pl|Terrington St Clement]], and the other rep walks over from the [[pl|Fairstead]], which is fine "
          "in April but will not be in November."),
    ("p", "Mr [[n|Ogunleye]] suggested moving to a ground-floor classroom at school. The reps were strongly "
          "against: \"school is where we have to pretend, the whole point is it's not school\". Agreed to ask "
          "the venue about its ground-floor meeting room first."),
    ("h2", "4. Tensions raised"),
    ("p", "The commissioner explained that the grant is now measured on reach, and the target for 2024/25 is "
          "40 young people across West Norfolk. The group has 14 regulars. The Chair said doubling the numbers "
          "would break the thing that makes it work: the young people know each other, they have roles, and "
          "they notice when someone is missing. He accepted this and asked for a frank note he can take back "
          "to the panel."),
    ("p", "One rep said some young carers stay away because it is called a carers group and they do not see "
          "themselves that way. The other disagreed: \"the name is how my nan found us\". Agreed to keep the "
          "name and change the leaflet."),
    ("h2", "5. Safeguarding (restricted – remove before wider circulation)"),
    ("p", "Young carer L. (DOB [[dob|09/02/2011]]): parent discharged from the Queen Elizabeth Hospital on "
          "8 April with no care package. Home address [[st|4 Brindlemere Close]], [[pl|Gaywood]], "
          "[[pc|PE30 4CM]]. The parent's NHS number ([[nhs|999 526 0182]]) was written on the referral form "
          "and has been copied here in error. Referral to CADS made by [[n|BH]] on 9 April."),
    ("h2", "6. Roles for young people"),
    ("p", "The young people proposed rotating roles: welcomer, timekeeper, snack buyer and rules keeper. "
          "They asked for badges rather than titles. One rep will manage the £20 snack budget and keep "
          "receipts. Posts go on the group Instagram, [[h|@kestrel.yc]], with first names only and a yes from "
          "everyone in the photo. One rep asked that nobody tags her own account ([[h|@k.cey_x]]) again."),
    ("h2", "7. Any other business"),
    ("p", "The surgery asked by email whether it can put up a poster. A local councillor has offered to "
          "visit; the young people asked for after half term and \"not during snacks\". Next meeting: "
          "Tuesday 21 May 2024, 4.30pm, same venue."),
    ("h2", "Action log"),
    ("table", [
        ["No.", "Action", "Owner", "Due"],
        ["1", "Get minibus quote and rebook MOT", "[[n|BH]]", "30/04/2024"],
        ["2", "Redact NHS number from item 5 before circulating", "[[n|J.T.]]", "19/04/2024"],
        ["3", "Ask venue about the ground-floor room", "[[n|J.T.]]", "10/05/2024"],
        ["4", "Send attendance figures and case-study draft to commissioner", "Minute taker", "10/05/2024"],
        ["5", "Send poster to [[w|Quillfield Surgery]]", "Chair", "30/04/2024"],
        ["6", "Badge designs for roles", "Young carer reps", "21/05/2024"],
    ]),
    ("p", "Minutes agreed by the Chair on 18/04/2024. Queries: [[em|youngcarers.lynn@example.org]] or "
          "[[url|www.example.org/kestrel-young-carers]]"),
]


def build_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import teletype

    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    colstyle = Style(name="ActCol", family="table-column")
    colstyle.addElement(TableColumnProperties(columnwidth="4cm"))
    doc.automaticstyles.addElement(colstyle)

    para_no = 0
    for kind, content in ODT:
        if kind == "table":
            t = Table(name="Actions")
            t.addElement(TableColumn(numbercolumnsrepeated=4, stylename=colstyle))
            for row in content:
                tr = TableRow()
                for cell in row:
                    plain, found = parse(cell)
                    add_labels(ODT_NAME, para_no, found)  # text in tables -> last paragraph before table
                    tc = TableCell(valuetype="string")
                    p = P()
                    teletype.addTextToElement(p, plain)
                    tc.addElement(p)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            continue
        para_no += 1
        plain, found = parse(content)
        add_labels(ODT_NAME, para_no, found)
        if kind == "h1":
            el = H(outlinelevel=1, stylename=h1)
        elif kind == "h2":
            el = H(outlinelevel=2, stylename=h2)
        else:
            el = P()
        teletype.addTextToElement(el, plain)
        doc.text.addElement(el)
    doc.save(str(HERE / ODT_NAME))


# ---------------------------------------------------------------------------
# B. YouTube auto-caption SRT - older LGBTQ+ group, Norwich
# ---------------------------------------------------------------------------
SRT_NAME = "lavender_lamp_10th_birthday_tea.en.srt"
SRT_CUES = [
    HEADER,
    "[Music]",
    "Hello and welcome to the [[w|Lavender Lamp Club]]\ntenth birthday tea!",
    "I'm [[n|Philippa]] [[n|Crane]], I co-facilitate\nwith the very patient man on my left.",
    "We meet every other Wednesday, two till four,\nat [[w|Merriweather Hall]], [[st|Cleaver's Yard]], [[pc|NR3 1KM]].",
    "This is being filmed for the channel,\nso if you'd rather not be seen, sit by the urn.",
    "[Applause]",
    ">> so i'm [[n|clive]] for anyone who doesn't know me\nten years ago me and [[n|bernard]] started this",
    "in the back room of the [[w|wherryman's rest]]\nsix of us and a tin of biscuits",
    "[[n|bernard]]'s not with us now he died in 2019\nbut he'd have loved this honestly he would",
    "the reason we started it was simple\nwe were all old enough to remember section 28",
    "and the clubs in norwich were all for the young ones\nloud music and stairs and nobody over forty",
    "we wanted somewhere you could sit down\nand not have to explain yourself",
    "not to your kids not to the carers\nnot to the vicar",
    "and that's still the heart of it really\nthe ground rules are the same as day one",
    "what's said in the lamp stays in the lamp\nnobody outs anybody ever",
    "and you don't have to talk\nyou can just have a biscuit",
    "[Laughter]",
    "people ask why we don't meet in the evenings\nand the answer is most of us don't drive after dark",
    "and the last bus out to the villages\ngoes at ten to six",
    ">> can i say something\n>> go on then love",
    ">> i'm [[n|dot]] i'm eighty-one\ni was born on the [[dob|12th of june 1942]]",
    "so i'm the oldest here\ndon't let [[n|maureen]] tell you otherwise",
    "i came out at seventy-one after my husband passed\ni'd been on sertraline since the funeral",
    "and it was age uk who gave me the leaflet\nmy daughter drove me in from [[pl|reepham]] the first time",
    "and i sat in the car park for twenty minutes\nand [[n|frank]] came out and knocked on the window",
    "with a cup of tea and said you're alright love\nand that was it i've not missed one since",
    "[Applause]",
    ">> [[n|frank]] does the teas\nhe's done the teas for eight years",
    ">> i'm the tea man yeah\ni live on my own on the [[pl|mile cross]] estate",
    "and before this some weeks\ni didn't speak to a living soul",
    "having a job to do helps you know\nyou've got a reason to come even on a bad day",
    "oh and the heather on the tables\nis from my allotment by the way",
    "[Laughter]",
    ">> you wanted to say a bit\n>> yeah i'm [[n|kwame]] i'm the newest",
    "i've been coming since october\ni moved up from london when i retired",
    "i tried the [[w|thursday table]] over in ipswich first\nbut it's an hour on the a140 and the a14",
    "and i'll be honest i nearly didn't come back here\nbecause everybody knew each other",
    "and had their seats and their jokes\nand i thought i'm never getting in",
    "it was [[n|maureen]] who said come and sit by me\nso i think we have to watch that as we get bigger",
    "newcomers need a job straight away\nlike he said",
    ">> and [[n|sasha]]\n>> i'm [[n|sasha]] i'm sixty-eight and i'm trans",
    "when i first came a couple of people\nwere funny about it",
    "not everybody but enough\nand the facilitators dealt with it properly",
    "no big speech they just talked to people\nand the rule became you use the name people give you",
    "full stop\ni live in a little cottage in [[pl|happisburgh]] now",
    "near where the cliffs are falling into the sea\nand this is the only place i'm not the odd one out",
    ">> [[n|maureen]]\n>> oh go on then i'm [[n|maureen]] i'm a lesbian",
    "and i'm the one who fell out with everybody in 2018\n[Laughter]",
    "we had a row about whether the club was getting political\nsome wanted to march at pride",
    "some just wanted the cake\nand we settled it by doing both",
    "we even did a quiz on judy garland and lily savage\nwhich got more heated than the pride row",
    "i was a nurse thirty-eight years\nat the [[w|fellbridge nursing home]]",
    "so i know what loneliness does to people our age\nit's not the big dramatic thing",
    "it's the tuesday afternoon\nwhen the phone doesn't ring",
    "[Applause]",
    ">> thank you all a few bits of housekeeping\nif you need a lift next time ring me on [[ph|07700 900562]]",
    "or the hall on [[ph|oh one six three two nine six oh four four one]]\nand leave a message with [[n|gail]]",
    "if things are bad between meetings\nplease ring the samaritans on 116 123",
    "or switchboard they're lovely\nand they know about us",
    "the cake today is [[n|dot]]'s lemon drizzle\nand thank you to the national lottery for the grant",
    "so happy birthday to us\n[Music]",
    "[Applause]",
]


def srt_time(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def build_srt():
    lines = []
    t = 0
    for i, cue in enumerate(SRT_CUES, 1):
        dur = 1800 if cue.startswith("[") else 2200 + 160 * len(cue.split())
        lines.append(str(i))
        lines.append(f"{srt_time(t)} --> {srt_time(t + dur)}")
        for sub in cue.split("\n"):
            plain, found = parse(sub)
            add_labels(SRT_NAME, len(lines) + 1, found)
            lines.append(plain)
        lines.append("")
        t += dur + 40
    (HERE / SRT_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# C. Android WhatsApp export - Bangladeshi mothers, Tower Hamlets / Newham
# ---------------------------------------------------------------------------
WA_NAME = "WhatsApp Chat with Mayer Adda Tues mums.txt"
LRI, PDI = "\u2068", "\u2069"  # isolates WhatsApp wraps around @mentions
RA = "[[n|Rukhsana]] Apa"
SH = "[[n|Shopna]]"
TN = "[[n|Tahmina]] Newham"
FZ = "[[n|Farzana]] 🌷"
PV = "[[ph|+44 7700 900421]]"
JO = "[[n|Jess]] Outreach"
NZ = "[[n|Nazmin]]"
WA = [
    HEADER,
    "05/03/2024, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more.",
    f"05/03/2024, 09:02 - {RA} created group \"[[w|Mayer Adda]] 🌸 Tues mums\"",
    f"05/03/2024, 09:05 - {RA}: Assalamu alaikum sisters 🌸 This is the group for the Tuesday mums at "
    "[[w|Cordwainer Children's Centre]]. Few rules please:",
    "1. What is said in the group stays in the group, no screenshots",
    "2. No politics and no talking about anyone's in-laws 😅",
    "3. Voice notes under 2 minutes!!",
    "4. If you are not ok, say so. Nobody will judge",
    f"05/03/2024, 09:11 - {FZ}: Walaikum salam apa ❤️ jazakallah for making this. I can do translating on "
    "Tuesdays for the mums who don't have English",
    f"05/03/2024, 09:12 - {PV}: Salam everyone this is [[n|Parveen]] from Tuesday group, new number 😊 please save",
    f"05/03/2024, 09:20 - {TN}: Salam! Is it ok I joined? I'm from Newham side not Tower Hamlets lol, my "
    "health visitor told me about you",
    f"05/03/2024, 09:41 - {SH}: rota for tea and snacks, i put my name first for this week. if you can't do "
    "your week swap with someone and tell apa",
    f"12/03/2024, 08:51 - {JO}: Morning all, sorry about the heating last week, I've reported it again. Today "
    "we're in the downstairs room by the garden and the crèche is on till 12 💛",
    "For the sat nav it's [[st|12 Limeburner Court]], [[pc|E14 6OK]]. Parking is tight, there's a grey Corsa "
    "[[car|LD67 KIQ]] that always blocks the gate, if it's yours please move it 🙏",
    f"12/03/2024, 14:05 - {RA}: Thank you everyone for today. Lovely to see 11 mums and 9 babies 🥰",
    f"Special thank you to @{LRI}[[n|Shopna]]{PDI} for the pitha and to [[n|Farzana]] for translating for "
    "[[n|রুমানা]] আপা",
    f"12/03/2024, 14:20 - {PV}: Today really helped me. Since baby came I don't sleep and I thought I am the "
    "only one who feels like this. When you said you cried in Asda I nearly cried in the group 😭",
    "Also my GP is [[w|Ropery Fields Surgery]] and they always say no appointments, what do I do",
    f"12/03/2024, 14:24 - {TN}: 😂😭 it's true. Sister you are not alone. Ask GP about postnatal, they gave "
    "me sertraline 50mg and the health visitor came every week. Ring at 8am exactly and ask for the duty doctor",
    f"12/03/2024, 14:33 - {RA}: If you want I will come with you, I have done it many times for [[n|moni]] and "
    "[[n|salma]] bhabi. Also you can self refer to Talking Therapies, or text SHOUT to 85258 any time of night",
    f"19/03/2024, 07:58 - {SH}: salam, can anyone help me with school form for my daughter, it asks so many "
    "things 😩",
    "her dob [[dob|14.02.2019]], nhs no [[nhs|9991590838]], and they want my national insurance too",
    "[[ni|QQ 48 17 26 B]] is that the right one?? it's on my UC letter",
    f"19/03/2024, 08:10 - {RA}: Sister don't put these numbers in the group 🙏 anyone can see. Delete and "
    "bring the form on Tuesday, we do it together",
    f"19/03/2024, 08:12 - {SH}: This message was deleted",
    f"19/03/2024, 12:40 - {NZ}: You deleted this message",
    f"19/03/2024, 12:41 - {NZ}: Apa can we talk about something. Some people are sharing what happens in the "
    "group with their family. My sister in law knew what I said last week. I don't want to say who but it "
    "hurt me",
    f"19/03/2024, 12:55 - {RA}: I'm so sorry sister. This is why the first rule is the first rule. I will "
    "remind everyone on Tuesday without names. Call me later [[ph|07700900738]]",
    f"19/03/2024, 13:02 - {FZ}: Agree with apa. We are all from same community, same mosque, same school "
    "gates, everybody knows everybody. That's why the group is good but also why it's scary",
    f"26/03/2024, 09:15 - {JO}: Reminder: no session next week (Easter holidays). Centre number if you need "
    "anything [[ph|020 7946 0318]]. Bookings for the summer trip: [[url|https://www.example.org/mayer-adda/trip]]",
    "And a question from the centre: after Easter they want a parenting course instead of the chat. What do "
    "you all think?",
    f"26/03/2024, 09:20 - {FZ}: My cousin sister does cakes for eid, her page is [[h|@sweetcrumbs.e13]] if "
    "anyone wants, she is [[pc|e13  9vc]] near the market",
    f"26/03/2024, 09:51 - {PV}: Please keep the chat. The course is nice but the chat is why I come. With the "
    "course there's a teacher. With the chat it's us. Maybe course 1 week, adda 1 week?",
    f"26/03/2024, 10:05 - {NZ}: Also can we have a role for new mums. Someone who sits with them first time. I "
    "was so shy first time I stayed in the toilet 20 minutes 🙈 <This message was edited>",
    f"26/03/2024, 10:09 - {TN}: Me!! I can do it on Tuesdays, and I can do Bangla and Sylheti",
    f"26/03/2024, 10:30 - {JO}: Love this. I'll tell my manager the mums have decided 😊 course details from "
    "[[em|outreach.eastlondon@example.org]] if anyone still wants them",
    f"02/04/2024, 21:12 - {TN}: Salam, late message sorry. My mother passed in Sylhet last night. We are flying "
    "Thursday. Please make dua",
    f"02/04/2024, 21:16 - {FZ}: Inna lillahi wa inna ilayhi raji'un 🤲 she was from [[pl|Beanibazar]] no? My "
    "nani's village is just there",
    f"02/04/2024, 21:20 - {SH}: 🤲🤲 i will cook for you before you go, send me address",
    f"02/04/2024, 21:24 - {TN}: JazakAllah ❤️ Flat 6, [[st|31 Pellipar Walk]], [[pl|Carpenters]] estate, "
    "[[pc|E15 2MO]]",
    f"02/04/2024, 21:25 - {SH}: <Media omitted>",
    f"09/04/2024, 10:12 - {RA}: Eid Mubarak to all my sisters and your families 🌙✨ See you on the 16th "
    "inshallah.",
    "[[n|Rukhsana]] apa",
]


def build_whatsapp():
    out = []
    for i, line in enumerate(WA, 1):
        plain, found = parse(line)
        add_labels(WA_NAME, i, found)
        out.append(plain)
    (HERE / WA_NAME).write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# D. XLSX focus group - Kurdish men, Peterborough
# ---------------------------------------------------------------------------
XLSX_NAME = "hevalti_focus_group_3.xlsx"
XLSX_TRANSCRIPT = [
    [HEADER],
    ["Focus group 3 – [[w|Hevaltî]] men's group – [[w|Brayfield Community Centre]], Peterborough – 07/03/2024 – "
     "Transcribed by [[n|M.K.]] from audio, checked against interpreter notes"],
    ["Speaker", "Start", "End", "Utterance"],
    ["F", "00:00:05", "00:00:31", "Thank you all for coming. As before, in the notes we use numbers not names, P1 to "
     "P6. Nothing leaves this room with your name on it. [[n|Sherzad]] will interpret for anyone who wants Sorani "
     "or Kurmanji."],
    ["P1", "00:00:33", "00:01:24", "I start. Before the group I was only work and sleep. Twelve hours at "
     "[[w|Zagros Hand Car Wash]], then home to one room in [[pl|Millfield]], then phone to my mother in "
     "Sulaymaniyah. Nobody to talk. Here I can talk like a man talks to his brother."],
    ["INT", "00:01:30", "00:02:02", "P2 says for him the group is like the diwan at home, the room where the men "
     "sit in the evening. In Kurdistan every village has this. Here we lost it, so we make it again on Tuesday."],
    ["P3", "00:02:05", "00:02:58", "Yes, but at first I did not trust. In the Home Office time you learn not to "
     "speak. Every person asking questions, you think, who is this man, who sent him. Kak [[n|Hêmin]] told me, "
     "come one time, just drink tea, don't talk. So I came and I didn't talk for maybe one month."],
    ["F", "00:03:00", "00:03:06", "What makes it feel safe now?"],
    ["P3", "00:03:08", "00:04:01", "Rules. We made them together at Newroz last year. No talking about Barzani "
     "or Talabani, because parties break families. No asking about a man's case. Phones away. What is said here "
     "stays here. And we are all from the same place, so we understand the jokes without explaining."],
    ["P4 ([[n|Karwan]])", "00:04:03", "00:04:49", "For me it's different, I am younger. The old men give advice "
     "like my father. Good, but sometimes too much. [[n|Dilşad]] always tells me get married, get married 😄"],
    ["INT", "00:04:50", "00:04:55", "[laughter] He says it with love."],
    ["[[n|Rêbîn]]", "00:04:58", "00:05:44", "I want to say about roles. I do the tea and the key. "
     "The centre manager gives me the key for the hall, I open, I make the chai. When I have the key I feel like I am "
     "somebody again, not only a number for the Home Office."],
    ["P5", "00:05:47", "00:06:40", "In Iraq I was a teacher. Here I work nights packing at [[w|Copperbeck Foods]]. "
     "I live in [[pl|Eye]], in the village, my wife likes it quiet, but there is no bus after seven, so "
     "[[n|Azad]] brings me in his taxi."],
    ["P6", "00:06:42", "00:07:20", "Yes I bring him, taxi is my work. If anyone needs a lift, the car is "
     "[[car|AF19XQI]], silver Toyota, you see it outside. My number, write it: "
     "[[ph|oh seven seven double oh nine double oh two nine one]]."],
    ["F", "00:07:22", "00:07:35", "We won't put numbers in the notes. Can we talk about what does not work so well?"],
    ["INT", "00:07:37", "00:08:30", "P2 says the room. The centre is good, but on Friday there is a children's "
     "party next door, very loud, and the men don't open up. Also it is upstairs and his knees are bad. And he "
     "says sometimes the group is only complaining, Home Office, council, housing. He wants also football, "
     "walking, something with the hands."],
    ["P4", "00:08:32", "00:08:44", "Yes, football! We watched Posh together one time, it was the best session."],
    ["P1", "00:08:46", "00:09:30", "Another problem, the young men don't come. My cousin is "
     "twenty, he says it is for old men with tea. He is on TikTok all day. Maybe we make a WhatsApp for the "
     "young ones."],
    ["P3", "00:09:32", "00:10:05", "No WhatsApp please. Last year someone put a photo in a group and it was in "
     "Kurdistan in one hour. My brother in Erbil saw my face. Keep an eye on photos, always."],
    ["F", "00:10:07", "00:10:15", "And the doctor side, the mental health side?"],
    ["P5", "00:10:17", "00:10:58", "My GP at [[w|Ashcombe Medical Centre]] gave me mirtazapine 15mg for sleep. "
     "It helps sleep but not the head. What helps the head is here, honestly."],
    ["INT", "00:11:00", "00:11:41", "P2 says he did the course with Mind, it was good, but in English and nobody "
     "Kurdish. Here he does not need to explain what is Anfal, what is a village burned."],
    ["P6", "00:11:43", "00:12:35", "About papers. Men bring their letters here and we help each other. Last "
     "month [[n|Şêrko]] gave me his whole letter, his national insurance [[ni|ZZ 43 21 09 B]] and date of birth "
     "[[dob|1.1.1980]]. Everybody from that time is first of January on paper! 😄"],
    ["F", "00:12:37", "00:12:50", "We need to be careful with papers in the room. Last question: one thing you "
     "would change?"],
    ["P4", "00:12:52", "00:13:10", "A bigger group but still small. Strange answer, I know."],
    ["P1", "00:13:12", "00:13:58", "Women have groups, children have groups, for men nobody thinks. Also put my "
     "address on the list for the Newroz picnic: [[st|31 Tolbooth Row]], [[pc|PE1 2MV]]. [[n|Rebin]] with no "
     "hats on the letters, the council always spells it like that."],
    ["F", "00:14:00", "00:14:12", "Thank you. We finish at eight. Next session Tuesday 12 March, same place."],
]
XLSX_CODES = [
    ["Code", "Name", "Age", "Contact", "Notes"],
    ["P1", "[[n|Rêbîn]] [[n|Ahmadi]]", "34", "[[ph|07700 900 654]]", "car wash; one room, [[pl|Millfield]]"],
    ["P2", "[[n|Hêmin]] [[n|Barzinji]]", "58", "via interpreter", "Sorani only; knees - needs ground floor"],
    ["P3", "[[n|Dilşad]] [[n|Omer]]", "41", "", "quiet first month"],
    ["P4", "[[n|Karwan]] [[n|Salih]]", "27", "[[em|ks_fitness97@example.com]]", "wants football"],
    ["P5", "[[n|Şêrko]] [[n|Mahmoud]]", "44", "DOB [[dob|1.1.1980]]", "ex-teacher, nights"],
    ["P6", "[[n|Azad]] [[n|Faraj]]", "63", "[[ph|07700900291]]", "taxi"],
    ["F", "[[n|Dana]] (staff)", "", "[[em|hevalti.pboro@example.org]]", "facilitator"],
    ["INT", "(agency)", "", "", "interpreter, freelance"],
    ["KEY – delete after transcript checked (08/03)"],
]


def build_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Transcript"
    for r, row in enumerate(XLSX_TRANSCRIPT, 1):
        for c, cell in enumerate(row, 1):
            plain, found = parse(cell)
            add_labels(XLSX_NAME, r, found)
            ws.cell(row=r, column=c, value=plain)
            if r > 3:
                ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    for c in range(1, 5):
        ws.cell(row=3, column=c).font = Font(bold=True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 100
    ws2 = wb.create_sheet("Participant codes")
    for r, row in enumerate(XLSX_CODES, 1):
        for c, cell in enumerate(row, 1):
            plain, found = parse(cell)
            add_labels(XLSX_NAME, r, found)
            ws2.cell(row=r, column=c, value=plain)
    for c in range(1, 6):
        ws2.cell(row=1, column=c).font = Font(bold=True)
    ws2.column_dimensions["B"].width = 40
    ws2.column_dimensions["D"].width = 32
    ws2.column_dimensions["E"].width = 40
    wb.save(str(HERE / XLSX_NAME))


# ---------------------------------------------------------------------------
# E. Microsoft Teams transcript .docx - commissioners and facilitators
# ---------------------------------------------------------------------------
DOCX_NAME = "East Peer Support Learning Set - March check-in.docx"
HL = "[[n|Lockwood]], [[n|Heather]]"
AF = "[[n|Aidan]] [[n|Frost]] (He/Him)"
SK = "[[n|Shamima]] [[n|Khatun]] (Guest)"
DOCX = [
    HEADER,
    "East Peer Support Learning Set – March check-in",
    "March 14, 2024, 10:02AM",
    "58m 11s",
    f"{HL} started transcription",
    f"{HL}   0:03",
    "Morning, everyone. So this is the March learning set. I've got the transcript on so I can write up notes "
    "for the ICB, and I'll strip names out before anything goes anywhere. Same question as last time: what "
    "actually makes your groups work, and where does it rub? [[n|Aidan]], do you want to start us off?",
    f"{AF}   0:41",
    "Yeah, go on then. So The [[w|Thursday Table]] is six years old now. Older LGBTQ+ folk in Ipswich, most of "
    "them over 65. We're upstairs at [[w|Orrin House]], that's [[st|9 Pennyroyal Yard]], [[pc|IP4 1 OM]] if "
    "anyone wants to visit, and referrals can ring the office on [[ph|01632 960118]]. What works? Honestly, "
    "jobs. Everyone has a job. [[n|Cyril]] does the raffle. He's just turned 90, born [[dob|3rd March 1934]], "
    "and he told us the date three weeks running so we'd all get him a card. He comes in from [[pl|Kesgrave]] "
    "on the community bus. That's a man who needed to be needed, you know? The other thing is the room. We're "
    "in a church building. It's free, it's got a lift, but for some of our members a church is the last place "
    "they want to be, given what was said to them. Two of them won't come through the door. We tried the back "
    "room at the [[w|Tanner's Lamb]], which was lovely until the karaoke started. If you want to see the room, "
    "we're on Instagram as [[h|@thursdaytable.ips]].",
    f"{SK}   6:58",
    "Sorry, I was on mute. Can you hear me? OK. So I run [[w|Shapla Circle]] at [[w|Elderfield Children's Centre]] "
    "in Newham, Bangladeshi mums, and I've been sitting in on [[w|Mayer Adda]] in Tower Hamlets too. It's roles "
    "for us as well. They've just made a first-time buddy role, so a new mum doesn't sit on her own, and that "
    "came from the mums, not from us. The hard bit is the WhatsApp. It's where the support happens at 2:00 AM, "
    "but it's also where things leak. One mum posted her national insurance and her daughter's NHS number in "
    "the group asking for help with a school form. So now there's a rule: no numbers in the chat, bring the "
    "form on Tuesday.",
    "[[n|Kai]] - [[w|Halberd Youth Hub]]   10:30",
    "Hi all, I do the young carers peer group. Ours is 11 to 17. What works is the same as you've said, they "
    "don't have to explain themselves. We had one lad, I'll just call him J, from [[w|Saxonbury Academy]], "
    "whose mum has MS, and the first thing he said was nobody here asks me why I'm tired. The tension for us "
    "is safeguarding versus peer led. The young people set the ground rules, but I can't promise "
    "confidentiality, they know that, and sometimes it stops them talking. Transport too. We've a lad out on "
    "the [[pl|Chantry]] with two buses and a little sister to drop off first. When there's frost on the ground "
    "he just doesn't come.",
    "[[n|Róisín]] [[n|O'Dwyer]] (External)   12:47",
    "Hiya. I'm doing the peer evaluation across the six groups. Four things keep coming back: mutual support, "
    "shared identity, having a role, and the room itself. And the same tension everywhere: commissioners want "
    "reach, and the groups want to stay small enough to notice when someone's missing. If you've got anything "
    "for me, send it to the team inbox, that's [[em|commissioning dot east at example dot org]], or ring me on "
    "[[ph|07700 900 846]]. Please don't send me anyone's personal details.",
    f"{SK}   15:05",
    "Like Mr [[n|Frost]] said, the room matters. Ours is in the children's centre, and the mums like it because "
    "husbands and mothers-in-law see a children's place, not a mental health place. If we moved it to a clinic "
    "half of them wouldn't come. For me the tension is I'm paid and they're not. When I was off sick in "
    "January the group carried on without me, and I think that's the best sign it works.",
    f"{HL}   17:40",
    "Thanks, [[n|Shamina]]. Sorry, [[n|Shamima]]. That's really useful. Can I put the buddy role in the report "
    "as a practice example? And on outcomes, I know everyone hates WEMWBS. We're keeping it, but we'll also "
    "take the groups' own stories. OK, I'll write this up. Next set is 11 April, same Teams link, and the notes "
    "go on [[url|example.net/eastpeerlearning]]. Can someone send me the [[pl|Kesgrave]] bus details? Thanks, all. "
    "[[n|Heather]]",
]


def build_docx():
    from docx import Document

    d = Document()
    for i, para in enumerate(DOCX, 1):
        plain, found = parse(para)
        add_labels(DOCX_NAME, i, found)
        d.add_paragraph(plain)
    d.core_properties.title = "East Peer Support Learning Set - March check-in"
    d.core_properties.author = "Microsoft Teams"
    d.save(str(HERE / DOCX_NAME))


# ---------------------------------------------------------------------------
# tricky look-alikes that must NOT be flagged
# ---------------------------------------------------------------------------
TRICKY = [
    (ODT_NAME, "King's Lynn", "real town the group is in; not an identifier on its own"),
    (ODT_NAME, "Norfolk County Council", "real public body / commissioner employer, not personal"),
    (ODT_NAME, "West Norfolk", "region"),
    (ODT_NAME, "Queen Elizabeth Hospital", "real public district hospital; also looks like a public figure"),
    (ODT_NAME, "CADS", "county children's advice service acronym"),
    (ODT_NAME, "frank", "ordinary adjective; Frank is a name only in the .srt (lower case there)"),
    (ODT_NAME, "Instagram", "app"),
    (ODT_NAME, "Tuesday 21 May 2024", "meeting date, not a date of birth"),
    (ODT_NAME, "30/04/2024", "action due date in dd/mm/yyyy like a DOB"),
    (ODT_NAME, "2024/25", "financial year"),
    (ODT_NAME, "Head of Year 9", "job title"),
    (ODT_NAME, "L.", "single initial of a young person - not labelled by convention"),
    (ODT_NAME, "MOT", "vehicle test, capitalised acronym"),
    (SRT_NAME, "section 28", "law, public history"),
    (SRT_NAME, "norwich", "city, lower case in auto captions"),
    (SRT_NAME, "london", "city"),
    (SRT_NAME, "ipswich", "town"),
    (SRT_NAME, "heather", "the plant; Heather is a person only in the Teams .docx"),
    (SRT_NAME, "sertraline", "drug"),
    (SRT_NAME, "age uk", "national charity"),
    (SRT_NAME, "samaritans", "national helpline"),
    (SRT_NAME, "116 123", "Samaritans helpline number (public)"),
    (SRT_NAME, "switchboard", "LGBT+ helpline; also an ordinary word"),
    (SRT_NAME, "judy garland", "public figure"),
    (SRT_NAME, "lily savage", "public figure (stage persona)"),
    (SRT_NAME, "a140", "road number"),
    (SRT_NAME, "a14", "road number"),
    (SRT_NAME, "2019", "year"),
    (SRT_NAME, "national lottery", "national funder"),
    (SRT_NAME, "[Music]", "caption sound tag"),
    (SRT_NAME, "eighty-one", "age, not a date of birth"),
    (WA_NAME, "Newham", "London borough - also used as a contact-name suffix"),
    (WA_NAME, "Tower Hamlets", "London borough"),
    (WA_NAME, "WhatsApp", "app"),
    (WA_NAME, "Asda", "national supermarket chain"),
    (WA_NAME, "sertraline 50mg", "drug and dose"),
    (WA_NAME, "Talking Therapies", "NHS service name"),
    (WA_NAME, "85258", "Shout crisis text number (public)"),
    (WA_NAME, "SHOUT", "national crisis text service"),
    (WA_NAME, "Sylhet", "city/region in Bangladesh"),
    (WA_NAME, "Apa", "honorific (big sister) in a contact name"),
    (WA_NAME, "bhabi", "kinship term (brother's wife)"),
    (WA_NAME, "UC", "Universal Credit"),
    (WA_NAME, "05/03/2024, 09:02", "export timestamp, not a date of birth"),
    (WA_NAME, "<Media omitted>", "export placeholder"),
    (WA_NAME, "Sylheti", "language"),
    (WA_NAME, "Easter", "holiday"),
    (XLSX_NAME, "Peterborough", "city"),
    (XLSX_NAME, "Kurdistan", "region"),
    (XLSX_NAME, "Erbil", "big city"),
    (XLSX_NAME, "Sulaymaniyah", "big city"),
    (XLSX_NAME, "Barzani", "public figure / political party family"),
    (XLSX_NAME, "Talabani", "public figure / political party family"),
    (XLSX_NAME, "Newroz", "festival (also a given name elsewhere)"),
    (XLSX_NAME, "Home Office", "government department"),
    (XLSX_NAME, "Posh", "nickname of Peterborough United"),
    (XLSX_NAME, "mirtazapine 15mg", "drug and dose"),
    (XLSX_NAME, "Mind", "national charity; also an ordinary word"),
    (XLSX_NAME, "Anfal", "historical event"),
    (XLSX_NAME, "eye", "ordinary word; Eye (village) is labelled as a place"),
    (XLSX_NAME, "Sorani", "language"),
    (XLSX_NAME, "Kurmanji", "language"),
    (XLSX_NAME, "TikTok", "app"),
    (XLSX_NAME, "P4", "pseudonymous participant code"),
    (XLSX_NAME, "INT", "role label (interpreter)"),
    (XLSX_NAME, "00:04:58", "timestamp"),
    (XLSX_NAME, "Kak", "Kurdish honorific before a name"),
    (XLSX_NAME, "07/03/2024", "focus-group date"),
    (DOCX_NAME, "ICB", "NHS integrated care board"),
    (DOCX_NAME, "Ipswich", "town"),
    (DOCX_NAME, "Newham", "London borough"),
    (DOCX_NAME, "WEMWBS", "wellbeing scale acronym"),
    (DOCX_NAME, "frost", "ordinary word; Frost is a surname in the same file"),
    (DOCX_NAME, "Instagram", "app"),
    (DOCX_NAME, "Teams", "app"),
    (DOCX_NAME, "He/Him", "pronouns in Teams display name"),
    (DOCX_NAME, "(Guest)", "Teams label"),
    (DOCX_NAME, "(External)", "Teams label"),
    (DOCX_NAME, "March 14, 2024, 10:02AM", "meeting date"),
    (DOCX_NAME, "11 April", "meeting date"),
    (DOCX_NAME, "J", "single initial - not labelled by convention"),
    (DOCX_NAME, "MS", "medical condition"),
    (DOCX_NAME, "2:00 AM", "time"),
]


def main():
    LABELS.clear()
    build_odt()
    build_srt()
    build_whatsapp()
    build_xlsx()
    build_docx()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "kind", "text"])
        for row in LABELS:
            w.writerow(row)
    with open(HERE / "tricky.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "text", "why"])
        for row in TRICKY:
            w.writerow(row)
    print(f"built 5 transcripts, {len(LABELS)} label rows, {len(TRICKY)} tricky rows")


if __name__ == "__main__":
    main()
