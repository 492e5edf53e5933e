#!/usr/bin/env python
"""Build the blind-bq benchmark set.

Every transcript below is written with inline markup ``{surface text|kind}``
around each planted identifier.  The build strips the markup, writes the five
transcripts (.vtt, .docx, .txt, .xlsx, .odt) and writes labels.csv with one
row per labelled occurrence (file, line, kind, text).

Run from this folder:  python build.py   (python = the project's .venv python,
i.e. ../../../.venv/bin/python from here).  Then run verify_labels.py.

SYNTHETIC: every person, number, address, employer, venue, school and street
below is invented.
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

KINDS = {
    "n": "name", "p": "place", "w": "workplace", "a": "street_address",
    "pc": "postcode", "ph": "phone", "e": "email", "u": "url", "h": "handle",
    "d": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}
MARK = re.compile(r"\{([^{}|]+)\|(\w+)\}")


def parse(s):
    """Return (clean text, [(text, kind), ...]) for one marked-up line."""
    labels = []

    def rep(m):
        labels.append((m.group(1), KINDS[m.group(2)]))
        return m.group(1)

    clean = MARK.sub(rep, s)
    assert "{" not in clean and "}" not in clean, s
    return clean, labels


# ---------------------------------------------------------------------------
# 1. Zoom captions (.vtt) - Dundee psychosis peer group
# ---------------------------------------------------------------------------
VTT_FILE = "bq1_zoom_sidlaw_psychosis_peer_dundee.vtt"

FA = "Facilitator"
FS = "{Fiona|n} S - HSCP"
KV = "{Kev|n}"
GX = "Galaxy A12"
GV = "{Gav|n}'s iPhone"
PH = "{+441632960588|ph}"
MK = "{Mark|n}"
EI = "{Eilidh|n} D"

VTT_NOTE = [
    "NOTE",
    "{Sidlaw Peer Circle|w} - Thursday check-in on Zoom, recorded with consent for the evaluation",
    "Host account {tayforth.peers@example.org|e} - Meeting ID 846 2210 9573",
    "Auto-captions, lightly tidied by {E.D.|n}",
]

VTT_CUES = [
    (FA, "Right, I think that's everybody in. Welcome to the Thursday check-in. We're recording for the evaluation, and {Fiona|n} from the partnership is sitting in today, so be nice to her."),
    (FS, "Thanks. I'm just here to listen. I commission the peer support contracts for Dundee HSCP, and I wanted to hear what makes groups like this work, in your words rather than on a monitoring form."),
    (FA, "Usual round, then. One word for your week, and one thing the group does for you. {Kev|n}, you were first in, so you're first up."),
    (KV, "Aye. Word for the week is knackered. I've started back at {Riverside Print Works|w}, two days, phased return. The group's the one place I can say the voices were loud on Monday and nobody reaches for the phone. At the {Cleghorn Medical Practice|w} you say voices and they're upping the clozapine before you've sat down. Here somebody goes, aye, mine too, and we move on."),
    (FA, "Is that you on the Galaxy, {Sandy|n}? You're on mute."),
    (GX, "Aye, it's me. Mine were on about the bins all week. [laughter] Word for the week, tired. What the group does for me, it gives me a job. I do the tea rota, I text folk the night before. Wee thing, but it means somebody needs me on a Thursday."),
    (FA, "And you're brilliant at it. Who's next... I can see an iPhone but no video."),
    (GV, "Camera's broke, sorry. It's {Gav|n}. Word is steady. I've been drawing again, I put them up on Insta, {@tayside_doodles|h}, no pressure. First thing I've finished in three year."),
    (FA, "That's lovely. And we've got somebody dialled in on the phone, I think. Is that you, {Senga|n}?"),
    (PH, "Aye, it's me, hen. I'm on the landline at my sister's in {Douglas|p}, the broadband's off at mine again. Word for the week is lonely, if I'm honest. Since they moved me from {Fintry|p} to the new flat I don't know a soul. It's {Flat 2/1, 37 Quarrelhill Gardens|a}, {DD4 0KM|pc}, if anybody's passing, and I mean that. The group's the one time in the week somebody says my name like they're pleased to see me."),
    (FS, "What would you lose if the group went online for good? Budgets being budgets, that's partly why I'm asking."),
    (PH, "The room. At the {Brackenbrae Centre|w} there's the big window and the same chairs every week, and {Mark|n} always sits by the radiator. You know where you are with it."),
    (MK, "I do, it's my radiator. [laughter] Word for the week, mixed. Online's fine for a check-in, but that room is where I learned to trust folk. Ground rules on the wall: no advice unless you ask, no diagnosis talk unless you bring it yourself. It's a mark of respect, that wall."),
    (MK, "Only tension I'd say is the car park. Whoever has the red Fiesta, {SN17 KIQ|car}, was across two spaces again, and the janitor told me to sort it."),
    (FA, "Noted, I'll put it in the group email, no names. Let's keep going. {Aylee|n}, you've been quiet, are you okay?"),
    (EI, "Aye, just listening. Word is proud. I finished the peer worker course with {Tayforth Peer Network|w}, so from next month I'm co-facilitating. Two years ago I was the one in the corner not speaking. Having a role changed how I see myself, I'm not just a file at Ninewells. But when I'm facilitating, am I still allowed a bad week? {Lorna|n} says yes, but it's a worry."),
    (FA, "We'll keep coming back to that one. You wanted to hear about tensions, didn't you?"),
    (KV, "The big one is when somebody's really unwell in the room. Last spring one of the lads got paranoid about the rest of us. {Lorna|n} had to step in, and a couple of folk stopped coming. Mutual support's great till it isn't."),
    (FA, "That's fair. We've a plan now: the quiet room next door, and I only phone the crisis team if the person agrees. The other thing on the feedback was reception asking for dates of birth out loud."),
    (GX, "That was me. I went in and the lassie on the desk shouted \"date of birth?\" and I had to say {3rd of November 1979|d} in front of a queue of folk from my own stair. Dundee's a small place, everybody knows everybody."),
    (FS, "That's really useful, thank you, I'll take it back to the centre. If anybody wants to send me anything directly, it's {F dot strach at example dot org|e}, or text the work mobile, {07700 900246|ph}."),
    (KV, "Another tension bit. When my work found out I come here, my supervisor, Mr {Doig|n}, started asking was I fit to be on the guillotine. The paper guillotine, like. [laughter] The group's where I practised what to say back."),
    (FA, "Good for you. Housekeeping: next week is Thursday 21 March, back in the room, not Zoom. And if anybody's struggling before then, Breathing Space is 0800 83 85 87, or Samaritans on 116 123."),
    (GV, "Can I just say, {Senga|n}, hearing that about the flat. I'm no far from you. I'll chap your door Saturday if you want and we'll walk down the Ferry, there's a sandy bit by the castle that's quiet."),
    (PH, "Oh son, that would be lovely. Ring the mobile, the landline's my sister's. It's {07700 900 731|ph}."),
    (FA, "That's what it's about. Right, I'm stopping the recording. Thanks, everybody."),
]


def ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def build_vtt():
    lines = ["WEBVTT", ""]
    t = 0.0
    cue_id = 1

    def add_cue(text):
        nonlocal t, cue_id
        words = len(MARK.sub(lambda m: m.group(1), text).split())
        dur = max(2.5, round(words * 0.36, 2))
        lines.extend([str(cue_id), f"{ts(t)} --> {ts(t + dur)}", text, ""])
        t = round(t + dur + 0.42, 2)
        cue_id += 1

    add_cue(SYN)
    lines.extend(VTT_NOTE + [""])
    for spk, txt in VTT_CUES:
        add_cue(f"{spk}: {txt}")
    out, labels = [], []
    for i, line in enumerate(lines, 1):
        clean, labs = parse(line)
        out.append(clean)
        labels += [(VTT_FILE, i, k, x) for x, k in labs]
    (HERE / VTT_FILE).write_text("\n".join(out) + "\n", encoding="utf-8")
    return labels


# ---------------------------------------------------------------------------
# 2. Researcher field notes (.docx) - Borders men's groups
# ---------------------------------------------------------------------------
DOCX_FILE = "bq2_fieldnotes_borders_mens_groups.docx"

DOCX_PARAS = [
    ("p", SYN),
    ("title", "Field notes - men's peer groups in the Scottish Borders (textile and farm)"),
    ("p", "Researcher: R. {Soutar|n} · Study ref BPS-24-07 · Working notes, not for circulation"),
    ("h", "Tuesday 5 March 2024 - {Teviot Threads|w}, Hawick"),
    ("b", "Venue is the back room of {Wilton Glebe Hall|w}, 10-12. Eleven men today, most of them ex-{Ellisdale Spinners|w} (the mill closed in 2019). Tea urn, caramel wafers, a framed photo of the darning flat above the radiator."),
    ("b", "{Tam|n} {Laidlaw|n} ({T.L.|n}) runs the kettle and the sign-in book. Described the group as \"the mill without the noise\". Forty-one years as a frame knitter. Gave his date of birth for the consent form without being asked ({14.02.1961|d}) - I need to stop that happening."),
    ("b", "Shared identity is strong: they still use the mill nicknames. {Shuggie|n} was the one who could fix the Shima Seiki machines and is still asked about every breakdown. Several men said the nicknames are \"how you know you belong\"."),
    ("b", "{Dod|n} {Renwick|n} ({DR|n}) drives in from {Denholm|p}. His wife \"made him come\" after the redundancy. Silent for the first hour, then talked for ten minutes about the letter from HR and the word \"surplus\"."),
    ("b", "Tension: {Kyle|n}, early twenties, not from the mills (works at {Loaningdale Motors|w}). Said he felt like a guest: \"all they talk about is the mill\". {T.L.|n} said afterwards the group \"has to make room or it'll die with us\"."),
    ("b", "Ground rules are on a flipchart sheet that has been on the wall for years: what's said in the room stays in the room; nobody fixes anybody; phones face-down; \"nae politics\" (added after a row about the Common Riding)."),
    ("b", "{Bill|n} brought in his electricity bill and the group spent twenty minutes on his tariff. Practical help as a form of care - nobody called it mental health, but that is what it was."),
    ("b", "{Tam|n} asked me to put the group number on the new poster: {07700 900 118|ph} (his own mobile - check he's sure). Group page is {example.org/teviot-threads|u}."),
    ("h", "Thursday 7 March 2024 - home visit"),
    ("b", "Met {Tam|n} at home, {12 Haugh Wynd|a}, {Burnfoot|p}, {TD9  8QK|pc} (double space copied as on his letter from the council)."),
    ("b", "Lives alone since his wife died in 2021. Says the group \"gave me a job again\": the kettle, the book, phoning round when somebody misses two weeks. Taking on a role seems central for him, more than the talking."),
    ("b", "Showed me his long-service clock from the mill. His GP at {Slitrig Vale Surgery|w} started him on sertraline 50mg \"and then the group did the rest\". (He wants that quoted.)"),
    ("b", "Worries about what happens when he can't do it any more. Nobody else wants the keys. Possible fragility: the group rests on one man's kettle."),
    ("h", "Tuesday 12 March 2024 - {Gala Waterside Blether|w}, Galashiels"),
    ("b", "Very different feel. Farm men, two shepherds, a couple of ex-mill mechanics. Meets in the function room of the {Auld Brig Bar|w} because \"naebody looks twice at men going into a pub\"."),
    ("b", "Facilitator {Alasdair|n} is paid through a small grant; some of the men still think he's \"from the social\". He plays it down, sits in the circle, makes the tea second, lets the men run the agenda."),
    ("b", "{J.T.|n}, farm manager at {Blackcleuch Farm|w} up the {Yarrow|p}, talked about lambing and the 3am loneliness in the shed. Gave me the farm email for the newsletter: {blackcleuch.lambing@example.net|e}."),
    ("b", "His pickup was in the car park with the engine running for the dog ({SY68 QKJ|car}); the barman came through twice about it. Small-town venue tensions: the group is a guest in somebody else's business."),
    ("b", "{Wattie|n} comes in from {Stow|p} - forty minutes each way, \"worth every mile\". At the end he told me to \"just stow the chairs behind the bar, hen\"."),
    ("b", "Mr {Elliot|n}, eighties, would not give a first name. Said the group works because \"naebody asks how you're feeling, they ask how the ewes are, and you answer that\"."),
    ("b", "Ethics: one man showed me his Universal Credit journal on his phone to explain the sanction; National Insurance number visible on screen, {QQ 52 71 09 C|ni}. I looked away. Recording here only so the ethics log is accurate - DELETE before these notes go anywhere."),
    ("h", "Tuesday 19 March 2024 - {Teviot Threads|w} with the commissioner"),
    ("b", "The commissioner from the partnership came to observe. The men bristled at the outcomes form. {Shuggie|n}: \"we're no a spreadsheet, hen\". She took it well and put the form away."),
    ("b", "Proposal from the floor: a rotating chair so it isn't always the same man. {Kyle|n} offered to run a Facebook page ({@TeviotThreadsHWK|h}) - first time he's volunteered for anything. A shared role might be how he gets in."),
    ("b", "Venue worry: the hall committee want the back room for Common Riding teas in June. The men talked about the room the way they talked about the mill floor - somewhere that was theirs."),
    ("b", "Next session Thursday 28 March. Bring spare consent forms; check the poster proof before it goes to print."),
    ("p", "Typed up 20/03/24 - {R.S.|n}"),
]


def build_docx():
    import docx
    doc = docx.Document()
    doc.core_properties.author = "fieldwork"
    doc.core_properties.title = "Field notes (synthetic)"
    labels = []
    for i, (style, text) in enumerate(DOCX_PARAS, 1):
        clean, labs = parse(text)
        if style == "title":
            doc.add_heading(clean, 0)
        elif style == "h":
            doc.add_heading(clean, 1)
        elif style == "b":
            doc.add_paragraph(clean, style="List Bullet")
        else:
            doc.add_paragraph(clean)
        labels += [(DOCX_FILE, i, k, x) for x, k in labs]
    doc.save(HERE / DOCX_FILE)
    # sanity: paragraph numbering must match
    check = docx.Document(HERE / DOCX_FILE).paragraphs
    assert len(check) == len(DOCX_PARAS)
    return labels


# ---------------------------------------------------------------------------
# 3. Viber group chat copied as text - Polish & Ukrainian mums, Glenrothes
# ---------------------------------------------------------------------------
CHAT_FILE = "bq3_viber_mums_group_glenrothes.txt"

YO = "You"
OK = "{Oksana|n} 🌻"
AG = "{Aga|n} 🇵🇱"
OL = "{Olena|n} K"
IR = "{Iryna|n}"
LI = "{Lindsay|n} (Fife Council CLD)"
NU = "{+44 7700 900561|ph}"

CHAT_LINES = [
    SYN,
    "Viber · {Mamy Razom|w} Glenrothes 🌻🇵🇱🇺🇦 · 23 members",
    "Copied from {Kasia|n}'s phone for the group evaluation, 14/03/2024 (her own messages show as \"You\"; photos, stickers and voice notes left out)",
    "",
    "— Monday, 4 March 2024 —",
    f"[09:02] {YO}: Dzień dobry / Добрий ранок everyone 🌻 Reminder: group is Wednesday 10am at {{Balgeddie Family Rooms|w}}, crèche is on. {{Lindsay|n}} is bringing the health visitor to talk about sleep (again 😅)",
    f"[09:05] {OK}: Дякую, {{Касю|n}}! 🙏 I will bake. medivnyk or syrnyky?",
    f"[09:06] {AG}: medivnyk!!! 😍 {{Kasiu|n}} is {{gosia|n}} coming? she said the bus from {{Leslie|p}} is terrible since they changed the times",
    f"[09:09] {YO}: I think yes, she said she'll try. her little one started at {{Whinnyknowe Primary|w}} so she comes after drop off",
    f"[09:31] {OL}: Good morning. I can't Wednesday, I have shift at {{Lomond Fresh Packing|w}} until 2 😔 Can someone write me what the health visitor says? For me the group is the only place I speak and nobody is in a hurry",
    f"[09:33] {OK}: @{{Olena|n}} yes I write you everything ❤️ and I bring you cake after",
    "",
    "— Tuesday, 5 March 2024 —",
    f"[14:12] {NU}: Hello. I am {{Nataliia|n}}, a lady from church gave me this group. I am from Kharkiv, now in {{Markinch|p}} with host family. Can I come with baby 7 months? I don't know anyone here and my English is not so good.",
    f"[14:15] {YO}: Witamy / Вітаємо! Of course, babies welcome, we have crèche. Address is {{14 Corrie Brae|a}}, {{ky7 6vk|pc}}, use the side door by the bins. My number {{07700 900872|ph}} if you get lost 🙂 Nobody's English is perfect here, don't worry about it.",
    f"[14:20] {IR}: {{Наталю|n}}, I will pick you up 9:30 🚗 grey Skoda {{SJ20 ZQX|car}}, I wave 👋",
    f"[18:47] {LI}: Hi all! Welcome to our new mum 😊 Just a gentle reminder of our group agreement since we've got new folk: 1) everyone speaks the language they're comfortable in, nobody gets told which one; 2) no arguing about politics or the war in the group, but we can talk about how it feels; 3) what's shared here stays here; 4) no selling in the chat please. Sign-up for the crèche is {{https://example.org/mamyrazom/zapisy|u}} and you can always message me here x",
    f"[18:55] {OK}: For the ones who asked me privately, cake orders for Easter are on Instagram {{@medivnyk_fife|h}}, not here, rule 4 😇",
    "",
    "— Wednesday, 6 March 2024 —",
    f"[12:40] {YO}: Thank you everyone for today ❤️ 14 mums and 9 babies!! The health visitor said the sleep leaflets are on the NHS Fife website in Polish and Ukrainian, I will put link when I find it",
    f"[12:44] {AG}: it was so good today. I cried a bit when {{natalka|n}} told about the train from Kharkiv. we are all far from our mamas. group is like family for me, my mama is in Warsaw and here I only have this and work. at work I am just the polish girl on the line, here I am me",
    f"[12:46] {IR}: Yes. But I want to say something, please don't be angry. Sometimes Polish mums speak Polish very fast and we are sitting. And Ukrainian mums speak Ukrainian and Polish mums are sitting. We are two groups in one room. Maybe we need mixed tables?",
    f"[12:50] {YO}: You are right, thank you for saying it 🙏 I will talk with L. Maybe I do more translating, I speak both a bit 😅 but then I am working, not a mum in the group, also not easy for me",
    f"[12:52] {OK}: I can help translate too, we take turns. Also Pani {{Halina|n}} said she cannot do crèche next two weeks, her knee is bad, so we need someone",
    f"[13:05] {OK}: maybe also we need bigger room? today the babies were crawling under the chairs and the kettle is too near. the room upstairs has the sofas",
    f"[13:07] {YO}: I ask about upstairs, but it costs money and the church group has it Wednesdays. L. says the council can maybe pay if we write what the group does for us, so everybody please think what to write ✍️",
    "",
    "— Thursday, 7 March 2024 —",
    f"[21:48] {OL}: {{999 703 1423|nhs}} {{Sofiia|n}} {{12.04.2019|d}} {{Tanshall Brae Medical Practice|w}}",
    f"[21:49] {OL}: sorry!!! wrong chat 🙈 that was for the GP form",
    f"[21:50] {YO}: delete it kochana ❤️ long press → delete for everyone",
    "",
    "— Monday, 11 March 2024 —",
    f"[08:15] {AG}: mums is anyone driving to Kirkcaldy Wednesday after group? I have appointment at Victoria Hospital at 2 and {{Paweł|n}} has the car at work. from {{Pitteuchar|p}} it's 2 buses 🙄",
    f"[08:20] {YO}: I can take you, I go that way for work anyway",
    f"[19:30] {OK}: Girls, some news. {{Bohdan|n}} got his papers, he comes in April ❤️ After two years. I want to say thank you to this group. When he was not here you were my family. Without the group I was only at home with baby and Google Translate.",
    f"[19:33] {YO}: ❤️❤️ gratulacje {{Oksanko|n}}!!! you deserve it",
    f"[19:40] {LI}: That's wonderful news 💛 Just so everyone knows, I'm on leave next week, my colleague from our team will open up the room. Her work mobile is {{07700 900 219|ph}}.",
    f"[19:45] {YO}: Do zobaczenia / До зустрічі 💛 – {{Kasia|n}}",
]


def build_chat():
    out, labels = [], []
    for i, line in enumerate(CHAT_LINES, 1):
        clean, labs = parse(line)
        out.append(clean)
        labels += [(CHAT_FILE, i, k, x) for x, k in labs]
    (HERE / CHAT_FILE).write_text("\n".join(out) + "\n", encoding="utf-8")
    return labels


# ---------------------------------------------------------------------------
# 4. Sign-up & feedback form (.xlsx) - young carers project
# ---------------------------------------------------------------------------
XLSX_FILE = "bq4_young_carers_signup_feedback.xlsx"

XLSX_ROWS = [
    [SYN],
    ["{Kinnear Young Carers Project|w} - spring sign-up & feedback (Kirkcaldy, Dundee, Perthshire online). Form owner: {Shona|n} {Beveridge|n}. Exported 18/03/2024 from {example.net/forms/ycp-spring-24|u}"],
    ["Name", "Phone", "Email", "Group", "What helps you most", "Anything else"],
    ["{Ellie-Mae|n} W", "{07700 900614|ph}", "", "Kirkcaldy Tues 11-15",
     "Being with people who get it. At school nobody knows I do my mum's tablets and help her with the stairs. Here I don't have to explain anything and nobody looks at me funny if I'm tired or I've not done my hair.",
     "I'm in S2 at {Linnburn High School|w}. Can the minibus drop me at the bus station instead of the shops? It's nearer my gran's and she gives me my tea on Tuesdays."],
    ["{jayden|n} r", "{7700900388|ph}", "{jr.gaming.ky@example.net|e}", "kirkcaldy tues",
     "the games night and that the workers dont make a big deal out of stuff. also the chippy after",
     "my dads got MS so sometimes I cant come last minute, pls dont kick me out of the group"],
    ["{J.T.|n}", "", "{jt.kilgour@example.org|e}", "Dundee Sat 16+",
     "Honestly the residential. First time in two years I slept a full night without listening out for my brother. The group chat is good too, you can be up at 3am and someone is awake and gets it without you saying much.",
     "Please don't put my full name on anything. My brother's condition isn't something people at college know about and I want to keep it that way. Same with photos on the Facebook page."],
    ["Mrs D. {Hutton|n}", "{01632 960 592|ph} (home)", "", "Parents/carers",
     "Knowing my son has somewhere on a Tuesday where he is a boy and not a carer. He comes home lighter. He talks about the other kids like they're his team, and he's started saying no to me sometimes, which I know is healthy even if I don't like it.",
     "For the trip form: his date of birth is {02/11/2010|d}, NHS number {999 218 5309|nhs}. He has asthma (blue inhaler, salbutamol 100mcg, two puffs). Please phone the landline, not email, I don't check it."],
    ["{Faith|n} {Adamson|n}", "{+44 (0)7700 900 233|ph}", "", "Dundee Sat 16+",
     "The peer mentors. One of them was a young carer too and she's the reason I stayed after the first week. I'd kind of lost faith that anyone my age would understand what it's like with my mum's mental health.",
     "I live in {Ardler|p} with my mum and my two wee sisters, so Saturday morning is hard, I have to get them up and fed first. Could we start at 11 instead of 10?"],
    ["{Ruaridh|n} {McPhail|n}", "", "{inky.otter@example.net|e}", "Perthshire online",
     "Online is the only way for me. We're out at {Fearnan|p} and the bus into Perth is twice a day. The Thursday video call means I'm not the only young carer in the glen, even if the others are on a screen.",
     "My drawings are on {@inky_otter_art|h} if you want something for the newsletter cover. Also the wifi drops when it rains, sorry if I vanish in the middle."],
    ["{Dmytro|n} {Kovalenko|n} ({Дмитро|n})", "{07700 900 455|ph}", "", "Dundee Sat 16+",
     "Speaking English with other young carers, and the rule that nobody asks about the war unless I talk first. That is a good rule. Also football after, and that the worker helped me with the college form.",
     "I look after my grandmother, my mum works nights at a care home. Please send letters to {Flat 3/2, 9 Kilnburn Court|a}, {DD3 9MV|pc}, not to school."],
    ["{Peggy|n} {Gourlay|n}", "{0131 496 0118|ph}", "", "Volunteer (driver)",
     "Seeing them laugh in the back of the car. Some of these kids carry more than I did at forty. Driving is my wee role and I'm proud of it. I was a carer for my own husband for nine years and nobody ever drove me anywhere.",
     "Mileage claim: car is {SN70 VQK|car}. NI number for the volunteer expenses form is {ZZ 40 31 77 A|ni}."],
    ["{ZARA-LOUISE|n} {TODD|n}", "{07700900 307|ph}", "{zl.dancer@example.com|e}", "KIRKCALDY TUES",
     "DANCE SESSIONS!!! and the workers xx",
     "my birthday is {9th June 2009|d} so I'll be 15 for the trip, can I still go with the 11-15 group or do I have to move up"],
    ["anon", "", "", "Dundee Sat 16+",
     "The start is good, the check-in round where you just say a number out of ten and nobody pushes you. I like that there's a rule about not fixing each other.",
     "Being honest the Saturday group has got a bit cliquey. The ones who've been coming since they were 12 sit together and the new ones end up on their phones. Maybe mix the tables or give new folk a job like doing the music."],
    ["prefer not to say", "", "", "Parents/carers",
     "That it's run by people who've been carers, not just professionals. The parents' evening where we met each other was the first time I didn't feel judged for my daughter doing so much at home.",
     "The room at Kirkcaldy is too small now and it's up two flights, which is ironic for a carers group. Also the form asks for a lot of details, is it all needed? Some of us are nervous about social work."],
    ["{Kieran|n} {O'Neill|n}", "", "", "Kirkcaldy Tues",
     "The boxing taster at {Pathhead Phoenix Boxing Club|w}. I can't talk about my dad's drinking but I can hit pads with folk who know.",
     "no"],
]


def build_xlsx():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form responses 1"
    wb.properties.creator = "form export"
    labels = []
    for r, row in enumerate(XLSX_ROWS, 1):
        for c, cell in enumerate(row, 1):
            clean, labs = parse(cell)
            if clean != "":
                ws.cell(row=r, column=c, value=clean)
            labels += [(XLSX_FILE, r, k, x) for x, k in labs]
    for c in ws[3]:
        c.font = Font(bold=True)
    widths = [26, 20, 32, 24, 60, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEF"[i]].width = w
    for row in ws.iter_rows(min_row=4):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(HERE / XLSX_FILE)
    return labels


# ---------------------------------------------------------------------------
# 5. Verbatim interview (.odt) with cover page - Perthshire farm men's group
# ---------------------------------------------------------------------------
ODT_FILE = "bq5_interview_perthshire_farm_blether.odt"

ODT_COVER = [
    SYN,
    "{Strathtay Farm Blether|w} - peer support evaluation",
    "Interview 4 of 9 · verbatim transcript",
    "Respondent: {Douglas|n} \"{Dougie|n}\" {Conacher|n} (RESP)",
    "Interviewer: {Morven|n} {Baird|n} (INT)",
    "Date of interview: Saturday 9 March 2024 · Location: side room, {Kirkbrae Rooms|w}, {Aberfeldy|p}",
    "Transcribed by {A.K.|n} · Conventions: [inaudible], [pause], [laughs], [sp?] = spelling unsure",
    "Consent: first names only in any outputs. Audio deleted after checking.",
]

ODT_BODY = [
    "INT: Okay, that's it recording. Can you just say your name for the tape, and how long you've been coming to the group?",
    "RESP: Aye. {Dougie|n}. {Conacher|n}, if you want it proper, {C-O-N-A-C-H-E-R|n}. Been coming since the winter after the foot and mouth - no, that's wrong, that was 2001. Since the winter of twenty-nineteen. So five year.",
    "INT: And how did you first hear about it?",
    "RESP: {Will|n}. {Will|n} {Fotheringham|n}, he runs it. He came round the farm with the vet, {Menzies|n} - {Mingis|n}, you say it - and the two of them stood in the yard and didnae mention feelings once. Just said there's soup on a Thursday in the hall and a few of the boys will be there.",
    "INT: What was going on for you at that time?",
    "RESP: [pause] I'd lost {Hamish|n}. My best pal. We were boys together at {Fortingall|p}, and he had the farm next to {Drumcroy Mains|w}, where I work. Found him in the byre in the November. Nobody talked about it. You go to the funeral, you shake hands, you go back to the sheep. {Heather|n}, the wife, she said I wasnae sleeping, wasnae eating, sitting in the Hilux at the end of the road at two in the morning.",
    "INT: That sounds really hard.",
    "RESP: It was. The doctor, Dr {Okonkwo|n} at the {Glentarf Medical Practice|w}, she's good, she put me on the mirtazapine, fifteen milligrams, and that helped the sleep. But it was the group that... you know. Sitting with men that have the same hands as you.",
    "INT: Can you say more about that, the same hands?",
    "RESP: [laughs] Look at them. Cracked. Every man in that room has lambed at three in the morning, had a beast die on him, had the bank on the phone. You don't have to explain. When wee {Eck|n} says it's been a bad month, everybody knows what a bad month is. That's the shared thing. We're all farming folk, or we were.",
    "INT: Are there any rules in the group, written down or not?",
    "RESP: There's a sheet on the wall. Nae talking about folk that's not there. Nae selling - that was after {MacGregor|n} tried to sell us a quad. [laughs] And you don't have to speak. You can just come for the soup. The unwritten rule is, if a man's not there two weeks, somebody phones him. I phoned one of the boys last spring and he says it's the only reason he picked up the phone to anybody that month.",
    "INT: So you've taken on a bit of a role yourself?",
    "RESP: Aye, I do the phoning. I got given the list. And I drive the boys from {Kenmore|p} that cannae drive any more. I've the pickup, {SN19 QXK|car}, it takes four if you're friendly.",
    "INT: How does that feel, having that job?",
    "RESP: Useful. That's the word. On the farm you're useful till your knees go, and then you're sitting at the window watching somebody else burn the heather. The group gives you somewhere to be useful after.",
    "INT: Are there things that don't work so well? Tensions?",
    "RESP: Oh aye. The estate workers and the tenant farmers, there's history there, going back. And some of the younger ones want it on the WhatsApp and the Zoom, and the old boys will not touch it. The boys from up Pitlochry way won't come at all in winter, the A9's a death trap. And the room - the hall is up a stair, and wi' {Eck|n}'s hip that's no good. We've asked the council for the ground floor.",
    "RESP: And money. Every year {Will|n} is filling in forms for the grant and we're all signing things. Last year they wanted my national insurance for a volunteer form and I'm reading it out down the phone, {zed zed four one, two two, nine eight, B|ni}, standing in the yard, and I thought, this is daft.",
    "INT: [laughs] Did you get an email address set up in the end?",
    "RESP: My daughter did it. {tractorman65 at example dot net|e}. Don't laugh.",
    "INT: I won't. And just for the consent form, can I check your date of birth and postcode?",
    "RESP: {22nd August 1965|d}. {PH15 2VM|pc}. It's {3 Boreland Cottages|a}, but the post goes to the farm. And they'll want the phone, it's {oh seven seven double oh, nine double oh, three six one|ph}.",
    "INT: Thanks, I'll take those off the transcript. Last question: what would you say to a man who's thinking about coming?",
    "RESP: Come for the soup. Naebody will make you talk. And if you're bad, really bad, phone the RSABI line, or the Samaritans, 116 123, I've got it on the fridge. But come for the soup first.",
    "INT: Thank you. That was really helpful.",
    "RESP: And put {Hamish|n}'s name in it somewhere. That's all I'd ask.",
    "[END OF RECORDING - 41:12]",
    "Transcriber's note: respondent took a call from the pharmacy at 38:05 and read out his NHS number ({999 350 8713|nhs}); left in per verbatim protocol, flagged to interviewer for redaction. Group web page cited in the consent pack: {example.org/strathtay-blether|u}.",
]


def build_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, ParagraphProperties, TextProperties
    from odf.text import P, H
    from odf import teletype

    doc = OpenDocumentText()
    title = Style(name="CoverTitle", family="paragraph")
    title.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    title.addElement(ParagraphProperties(margintop="4cm", marginbottom="0.5cm"))
    cover = Style(name="Cover", family="paragraph")
    cover.addElement(ParagraphProperties(marginbottom="0.3cm"))
    head = Style(name="TranscriptHeading", family="paragraph")
    head.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    head.addElement(ParagraphProperties(breakbefore="page", marginbottom="0.4cm"))
    body = Style(name="Turn", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    for s in (title, cover, head, body):
        doc.automaticstyles.addElement(s)

    labels = []
    n = 0

    def add(el, text):
        nonlocal n
        n += 1
        clean, labs = parse(text)
        teletype.addTextToElement(el, clean)
        doc.text.addElement(el)
        labels.extend((ODT_FILE, n, k, x) for x, k in labs)

    for i, text in enumerate(ODT_COVER):
        add(P(stylename=title if i == 1 else cover), text)
    add(H(outlinelevel=1, stylename=head), "Transcript")
    for text in ODT_BODY:
        add(P(stylename=body), text)
    doc.save(str(HERE / ODT_FILE))
    return labels


def main():
    labels = []
    labels += build_vtt()
    labels += build_docx()
    labels += build_chat()
    labels += build_xlsx()
    labels += build_odt()
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(labels)
    print(f"wrote 5 transcripts and {len(labels)} label rows")


if __name__ == "__main__":
    main()
