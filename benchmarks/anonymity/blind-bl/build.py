"""Build the generated files of the blind-bl set.

Writes, next to this script:
  bl01_fieldside_interview.docx      (NVivo-ready interview, python-docx)
  bl04_coastal_youth_panel.en.vtt    (YouTube auto-caption style, rolling lines)
  bl05_peer_groups_typeform.csv      (Typeform responses export)

The two hand-written text files (bl02, bl03) are kept as they are.
Everything in here is invented (see README.md).
Run from anywhere:  python build.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------------------
# bl01 - NVivo-ready interview (.docx)
# ---------------------------------------------------------------------------
DOCX_NAME = "bl01_fieldside_interview.docx"

DOCX_HEADING = "Fieldside Peer Circle \u2013 evaluation interview 07"
DOCX_NOTE = "Prepared for NVivo auto-coding by speaker."

DOCX_TABLE = [
    ("Interviewee", "Dorota Wi\u015bniewska"),
    ("Date of interview", "12/03/2024"),
    ("Location", "Haven Reach, side room (Boston)"),
    ("Interviewer", "Aoife Cranwell"),
]

DOCX_TURNS = [
    "[00:00:05] Interviewer: Okay, that's recording. Thanks for meeting me at Haven Reach again. How long have you been coming to the Fieldside Peer Circle?",
    "[00:00:16] Interviewee: Nearly four years now. I came because of Au\u0161ra. She was on the same line as me at the packhouse, and she said there is a group on Thursday evenings where nobody asks you for your papers.",
    "[00:00:41] Interviewer: What was it like, that first time?",
    "[00:00:44] Interviewee: I sat by the door with my coat on. I was living in a static caravan at Holbeach St Marks and I was not sleeping. Mrs Petrauskien\u0117 \u2014 I call her like that as a joke \u2014 she made tea and just put it in my hand. Nobody made me talk. That is the first rule: you can always pass.",
    "[00:01:30] Interviewer: Who else was there in those early days?",
    "[00:01:33] Interviewee: A Portuguese man, he worked nights at Brinkhall Packing on the Boston side. Ionu\u021b, the Romanian boy, very young, maybe twenty. And Zbyszek, who is older, a bit like a grandfather for everybody. Zbyszek was the one who said we need roles \u2014 the kettle, the WhatsApp, opening the room. He was a teacher in Gniezno.",
    "[00:02:10] Interviewer: And did you take on a role yourself?",
    "[00:02:13] Interviewee: I do the WhatsApp now. So my number is the one on the leaflets, 07700 900417, which my husband doesn't like. [laughs] People message at four in the morning sometimes, from the packhouse, and I have to decide, do I answer or not. When you are the helper, you also need help.",
    "[00:02:48] Interviewer: How do you manage that?",
    "[00:02:51] Interviewee: We made a ground rule for the helpers too. After ten at night I don't answer, I send the Samaritans number, 116 123, or NHS 111 and press 2. Another helper covers when I'm in Poland.",
    "[00:03:30] Interviewer: You mentioned papers earlier. Could you say a bit more?",
    "[00:03:34] Interviewee: People are scared of forms. The agency, Fenlink Labour, sometimes they keep your documents. One girl, I won't say her name, she didn't even know her own National Insurance number. I helped her ring up and we got it, QQ 48 27 61 C, and she wrote it on her arm in biro. The group is not only feelings, it's practical.",
    "[00:04:12] Interviewer: Does the practical side ever clash with the peer support side?",
    "[00:04:16] Interviewee: Mr Sandhu from the council, the commissioner, he needs numbers, referrals to Steps2Change. He came once with a clipboard and everybody went quiet. Somebody told him politely, next time please just drink the tea. [laughs] But without his money we don't have the room.",
    "[00:04:50] Interviewer: Tell me about the room.",
    "[00:04:53] Interviewee: The centre is okay. It's behind the Co-op at 41 Tollgate Row \u2014 for the sat-nav it's PE21 7OK \u2014. But the heating is bad and the caretaker, Dennis, locks up at half eight exactly, even if somebody is crying. The women's group needs its own room.",
    "[00:05:40] Interviewer: How do people get there?",
    "[00:05:42] Interviewee: Mindaugas drives the minibus from the chapel, the white Transit, FL19 VQX. He collects from the caravan park at Gedney Drove End That's the other tension. In a small place, getting out of that minibus is like having a sign on your back.",
    "[00:06:25] \u0141ukasz (interpreter, by phone): Dorota says the shared identity is not only \u201cwe are Polish\u201d or \u201cwe are foreign\u201d. It's that everybody knows what a twelve-hour shift in the cold store does to your head. Even the English members, Bill and Rose, they worked on the land all their lives.",
    "[00:07:02] Interviewer: Thank you. Dorota, is that fair?",
    "[00:07:06] Interviewee: Bill is seventy-one, he did potatoes all his life, and his wife too. When the Romanian boy had the panic attack in the car park, it was Bill who sat on the kerb with him. No language, just sitting. That's peer support.",
    "[00:07:38] Interviewer: What makes a good facilitator, in your view?",
    "[00:07:41] Interviewee: Someone who doesn't talk too much! [laughs] Our first facilitator came from Mind, she was lovely but she had a script. Now we share it. J.T. does the first half \u2014 that's Janet Tebbutt \u2014 and I do the second half. J.T. is good at stopping people who go round and round.",
    "[00:08:15] Interviewer: Is there anything you would change?",
    "[00:08:18] Interviewee: A proper way to leave. When the season finishes, half the group just disappears \u2014 back to Klaip\u0117da, back to Ia\u0219i \u2014 and nobody says goodbye. We started a goodbye circle in October. Ionu\u021b's cousin lost his job at the Wellfen Produce packhouse. I gave him a card with the group email, fieldside.circle@example.org, but he never wrote.",
    "[00:09:02] Interviewer: Anything about health services you want to say?",
    "[00:09:05] Interviewee: I registered at Fenbridge Medical Practice last year and the receptionist wrote my NHS number on a post-it for me, 999 081 8363. And every form wants my date of birth \u2014 03/11/1986, I could sing it \u2014 but nobody asks how are you really.",
    "[00:09:40] Interviewer: Last question. If a commissioner reads this, what should they know?",
    "[00:09:44] Interviewee: That it works because it belongs to us. Give us the room and the minibus and leave the rest to us. And pay the caretaker to stay until nine. [laughs]",
    "[00:10:02] Interviewer: Thank you. I'll stop the recording there.",
]

DOCX_SIGNOFF = ("Transcribed by A. Cranwell, 19/03/2024. Queries: 01632 960284 or "
                "research.fens@example.net.")


def build_docx():
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph(SYN)
    doc.add_heading(DOCX_HEADING, level=1)
    doc.add_paragraph(DOCX_NOTE)
    table = doc.add_table(rows=len(DOCX_TABLE), cols=2)
    table.style = "Table Grid"
    for i, (k, v) in enumerate(DOCX_TABLE):
        table.cell(i, 0).text = k
        table.cell(i, 1).text = v
    for t in DOCX_TURNS:
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph(DOCX_SIGNOFF)
    # fixed core properties so rebuilds are stable and carry no machine user name
    cp = doc.core_properties
    cp.author = "evaluation team"
    cp.last_modified_by = "evaluation team"
    cp.title = "Interview 07"
    doc.save(os.path.join(HERE, DOCX_NAME))


# ---------------------------------------------------------------------------
# bl04 - YouTube auto-generated captions of a livestreamed panel (.vtt)
# ---------------------------------------------------------------------------
VTT_NAME = "bl04_coastal_youth_panel.en.vtt"

# One entry per caption line as the recogniser split it (lower case, no punctuation).
VTT_LINES = """
[Music]
okay i think we're live hello everyone and
welcome thank you for joining us on a
wednesday night we're streaming from skegness
and this is our panel on what makes
peer support groups work for young people
on the coast i'm niamh i'm youth work
lead at tideline so i'll be chairing tonight
if you've got questions pop them in the
live chat and our youth worker will read
them out so let me introduce the panel
first of all we've got shanice who's eighteen
and has been coming to our shoreline group
since she was fifteen we've got the youth
worker who runs it on tuesday nights and we've
got someone who commissions young people's mental
health for the county council so do you
want to start what was it like the first
time you came
um yeah so i was in year ten and
i wasn't going in like at
all and my head of year mr hardcastle he
basically walked me down to the group himself
which was a bit embarrassing but yeah i
live in ingoldmells and there's literally
nothing out there in winter everything shuts
after the summer season it's just the
caravans and the wind so having somewhere to
go on a tuesday was massive
and what kept you coming back
honestly it was the other people like there
was a lad i'd known from primary and he
was the first person who didn't ask me why
i wasn't in school he just asked if i wanted
a go on the pool table and we've got rules
like you don't ask someone why they're there
and what's said in the room stays in the room
and you're allowed to just sit on your phone
for the first few weeks which sounds bad but
it's actually really important
thank you so you've been running the group
for what three years now what do you think
makes it work
yeah three years in march so for me the big
thing is young people running it not us so
we have roles we've got a young person who
does the music a young person who does the
snacks and we've got peer mentors who did the
training last year and the moment you give
someone a role they stop being a service user
and start being part of it the other thing
is the room we used to meet in a church hall
and it felt like school with the stacking
chairs now we're in the old amusements unit on
the front and the young people painted it
themselves
and what about the hard stuff the tensions
the big one is seasonal so in the summer loads
of our young people are working at butlins or
on the rides at fantasy island or in the
chippies and they disappear for four months
and then in october they come back and they're
wrecked and everyone's skint and the group has
to sort of reform itself every year the other
one is safeguarding versus trust like if
someone tells you something in group sometimes
i have to pass it on and that can break the
trust for everyone not just that one person
and from the commissioning side what do you
see
so i'll be honest the way we fund things
doesn't really fit this we fund by outcomes
and by numbers and with a group like this
the outcome is a young person going back to
college which doesn't show up in any of our
dashboards for eighteen months and then it
shows up as an education outcome not a
health one so we need better ways of counting
and that's on us not on the young people
okay we've got questions coming in caden can
you read them out
yeah so the first one is from a girl who
says she's sixteen and lives out past the
caravan parks and she wants to know if
there's anything for people who've left school
but aren't in work
great question yes so our over sixteens group
is on thursdays and you can text us on
07700900562 and someone will get back to you
it's text only because we found young people
don't answer calls from numbers they don't
know
yeah nobody answers calls
next one is from a parent who says their son
won't leave his room how do they get him to
come along
can i answer that one um so my mum tried
everything with me and the thing that actually
worked was when a mate messaged me not an
adult so if your son has got any mates who
come get them to message him it's way less
scary than a youth worker turning up
that's really good advice okay we're nearly out
of time so last word to the council
i'd just say we've got the young people's
strategy coming out in the spring and i want
it written with groups like this not for
them so if you're a young person on the coast
and you've got opinions please come and
shout at me
brilliant thank you so much everyone you can
find the recording and all the links at
example.net/coastpanel and follow us on
instagram at skegpeers for next month's
panel thanks kayden and thanks
everyone for being so honest
[Music]
"""


def _ts(t):
    h = int(t // 3600)
    m = int((t % 3600) // 60)
    s = t - 3600 * h - 60 * m
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def build_vtt():
    lines = [l.strip() for l in VTT_LINES.strip().splitlines() if l.strip()]
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    # the notice is the first cue, as a plain (non auto-generated) cue
    out += ["00:00:00.000 --> 00:00:03.200", SYN, ""]
    t = 3.2
    prev = " "
    step = 0.37  # seconds per word, jittered below
    for i, line in enumerate(lines):
        words = line.split()
        start = t
        stamps = []
        for j, _ in enumerate(words):
            stamps.append(t)
            t += step + ((i * 7 + j * 3) % 5) * 0.03
        end = t
        if len(words) == 1:
            tagged = words[0]
        else:
            tagged = words[0] + "".join(
                f"<{_ts(stamps[j])}><c> {words[j]}</c>" for j in range(1, len(words)))
        out += [f"{_ts(start)} --> {_ts(end)} align:start position:0%", prev, tagged, ""]
        out += [f"{_ts(end)} --> {_ts(end + 0.01)} align:start position:0%", line, " ", ""]
        t = end + 0.01
        prev = line
    with open(os.path.join(HERE, VTT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# bl05 - Typeform responses export (.csv)
# ---------------------------------------------------------------------------
CSV_NAME = "bl05_peer_groups_typeform.csv"

CSV_HEADER = [
    "#", "What's your first name?", "Surname (optional)", "Email",
    "Which peer group do you go to?", "Where do you live? (town, village or estate)",
    "What makes the group work for you?", "What gets in the way, or causes tension?",
    "Anything else you'd like us to know?",
    "If you're happy for us to ring you, leave a number",
    "Start Date (UTC)", "Submit Date (UTC)", "Network ID",
]

CSV_ROWS = [
    ["k3x9q2m7v1", "Marta", "Kowalczyk", "poppyfield.m@example.com", "Fieldside Peer Circle",
     "in a caravan behind the farm, Boston way",
     "Same faces every week. We mix Polish and English and nobody laughs at my English. The tea is too strong haha. When I started I only listened for two months and that was ok.",
     "The agency gives the rota on Sunday night so I never know if I can come Thursday. Also the minibus only goes round the Boston side.",
     "", "", "2024-03-04 19:12:40", "2024-03-04 19:20:03", "4f9a1c77e2"],
    ["p0z8w4n6c2", "dave", "", "fenboy1972@example.net", "Pit Lane Lads (Mansfield)", "Forest Town",
     "lads who get it. ex pit, ex army, ex everything. one rule - no fixing each other, just listen. the bloke who runs it has been where we've been and he doesnt do the sad voice",
     "the room at the club is freezing and the committee want it back for bingo on a monday. also the younger lads think its an old mans thing so they dont come",
     "we've got a page now www.example.org/pitlanelads", "07700-900-239 after 4pm",
     "2024-03-04 20:41:17", "2024-03-04 20:47:55", "b81d03e6aa"],
    ["d7r1t5y9h3", "JOAQUIM", "", "quim.spalding@example.org", "Grupo Amizade", "Pinchbeck",
     "Being with people from home. At work nobody asks how you are, in the group Senhora Lurdes always asks. She remembers everything, your kids, your back, your landlord.",
     "Some want only Portuguese, some want to practise English. We argue about this every week! Also the Scout hut is cold in January.",
     "I work nights at the chicken factory so Saturday is better for me", "+44 7700 900871 (WhatsApp only)",
     "2024-03-05 07:02:09", "2024-03-05 07:15:48", "2c7e9f1045"],
    ["m2c6b0x4k8", "Sue", "", "", "Witham Wellbeing Walkers",
     "Harrowby estate, Grantham",
     "Walking side by side is easier than sitting in a circle. You can talk without looking at anyone. Heather, our walk leader, keeps us to the pace of the slowest one and nobody is made to feel slow.",
     "Some weeks it's more of a rambling club than a support group and the quiet ones end up at the back.",
     "My energy bill is through the roof so the walks are my warm space too. Leaflets to NG31 6CV please, not email", "01632 960733 - landline, mornings",
     "2024-03-05 09:30:51", "2024-03-05 09:41:12", "e40a6b29d3"],
    ["b5n3j7l1q9", "Mrs P", "Chamberlain", "", "Kettle Club (carers)", "",
     "Nobody corrects Derek when he gets the year wrong. That's the rule and it's the kindest thing anyone has done for us since the diagnosis.",
     "The steps at the hall. And when somebody dies we don't hear for weeks.",
     "My husband's date of birth is 22.07.1938 and his NHS number is 999 154 0997 in case you need it for the records. I'm not sure why you would but I'd rather give it than be asked again.",
     "", "2024-03-06 14:05:33", "2024-03-06 14:26:40", "71fd5c0b88"],
    ["f1g5h9j3k7", "Bernadette", "", "", "Long Haul Lincs", "Lincoln",
     "1. being believed\n2. the mods - Sanjay especially\n3. nobody says 'have you tried yoga'",
     "People who recover sort of vanish and it's hard not to feel jealous. I feel bad even saying that.",
     "find me on insta @fogandfens if anyone wants a chat", "",
     "2024-03-06 21:48:02", "2024-03-06 22:03:19", "0d9a4e7c61"],
    ["x4v8c2z6b0", "Ionela", "Dr\u0103gulescu", "", "Fieldside Peer Circle (women's group)",
     "Fosdyke",
     "The women's group on Tuesday. We can speak about the houses and the men without the men there. The facilitator is very good, she lets silence happen.",
     "Transport. I have no car. Sometimes the minibus comes but only on Thursdays.",
     "My NI number is zz 12 34 56 a and the agency says they don't have it, is it normal?", "",
     "2024-03-07 18:11:26", "2024-03-07 18:24:57", "93c2f8a1be"],
    ["w6e0r4t8y2", "kai", "", "skegkid2006@example.net", "Shoreline (Skegness)", "Chapel St Leonards",
     "the youth workers dont act like teachers. kayden lets us put our own music on and nobody makes you talk. we walk along the shoreline after sometimes",
     "in summer everyones working at the parks so theres like 3 people there",
     "", "", "2024-03-07 23:52:08", "2024-03-07 23:55:30", "5ab7e0d4f2"],
    ["q9a3s7d1f5", "J", "Fairweather", "", "Pit Lane Lads", "Blidworth",
     "Just knowing Tuesday is there. I plan the week round it now. Before the group I hadn't said a word about the strike to anyone in forty years.",
     "Parking. Someone keeps blocking me in - I'm the silver Astra, YD21 QKX, if whoever it is reads this!",
     "", "", "2024-03-08 10:17:45", "2024-03-08 10:26:02", "c6e1b9074d"],
]


def build_csv():
    with open(os.path.join(HERE, CSV_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(SYN + "\r\n")
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(CSV_HEADER)
        for r in CSV_ROWS:
            assert len(r) == len(CSV_HEADER), r
            w.writerow(r)


if __name__ == "__main__":
    build_docx()
    build_vtt()
    build_csv()
    print("built", DOCX_NAME, VTT_NAME, CSV_NAME)
