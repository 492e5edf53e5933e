# -*- coding: utf-8 -*-
"""Build the blind-ap synthetic benchmark set.

Run from inside this folder:  python build.py

Sources below carry inline markup:  [[Text]] is a name, [[K:Text]] another kind
(P place, W workplace, S street_address, PC postcode, PH phone, E email, U url,
H handle, D date_of_birth, NHS nhs_number, NI ni_number, CAR car_registration).
The script strips the markup, writes the five transcripts and labels.csv, and
refuses to finish if a labelled text also occurs somewhere it was not marked.
"""
import csv
import re
import sys

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P
import openpyxl
from openpyxl.styles import Font, Alignment

NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {None: "name", "P": "place", "W": "workplace", "S": "street_address",
         "PC": "postcode", "PH": "phone", "E": "email", "U": "url", "H": "handle",
         "D": "date_of_birth", "NHS": "nhs_number", "NI": "ni_number",
         "CAR": "car_registration"}
MK = re.compile(r"\[\[(?:(P|W|S|PC|PH|E|U|H|D|NHS|NI|CAR):)?(.+?)\]\]")

F1 = "01_sikh_mens_circle_otter.txt"
F2 = "02_psw_supervision_writeup.odt"
F3 = "03_perinatal_mums_messenger.txt"
F4 = "04_hearing_voices_resettlement.srt"
F5 = "05_survivors_circle_turns.xlsx"


def strip(s):
    """Return (plain text, [(kind, text, start)]) for one unit of marked-up text."""
    out, labels, pos, last = [], [], 0, 0
    for m in MK.finditer(s):
        out.append(s[last:m.start()])
        pos += len(s[last:m.start()])
        txt = m.group(2)
        labels.append((KINDS[m.group(1)], txt, pos))
        out.append(txt)
        pos += len(txt)
        last = m.end()
    out.append(s[last:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        raise SystemExit("unbalanced markup: " + s)
    return plain, labels


# ---------------------------------------------------------------------------
# 1. Otter-style plain-text export: Sikh men's circle, Wolverhampton
# ---------------------------------------------------------------------------
OTTER = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
[[W:Sanjhi Baithak]] - Thursday circle, Wolverhampton
Thu, 9/11 7:42PM \u2022 58:13

SUMMARY KEYWORDS
brothers, chai, langar, rota, ground rules, family, pressure, room, roles, izzat

SPEAKERS
[[Manjit]] [[Dhaliwal]], [[Jaswant]] [[Bains]], [[Sukhwinder]] [[Gill]], Speaker 4

[[Manjit]] [[Dhaliwal]]  0:04
Okay, is it recording? Sat Sri Akal everyone, welcome back. Housekeeping first. Somebody has parked a silver Corolla across the disabled bay again, registration [[CAR:BF63 QZR]]. Mr [[Dhillon]] from the committee has asked me three times now, so move it at the break please. I'm recording for the council evaluation, so say "off the record" if you want something out. Tonight I want us to talk about what actually makes this circle work, because when we started in the back room at [[W:Tarn House]] it was four of us and a kettle, and some weeks now it's fifteen. Who wants to start?

[[Jaswant]] [[Bains]]  1:02
Me, I was one of the first four. For me it's that nobody has to explain the basic stuff. I went to a group in Birmingham before, good people, but I spent half an hour explaining why I can't just tell my dad I'm depressed. Here you say "izzat" and everyone nods. That's the shared bit. We all know the pressure of being the eldest son, the shop, the mortgage, the aunties.

[[Jaswant]] [[Bains]]  1:31
[Correction: the turn above is [[Sukhi]], not [[Jaswant]]. Otter merged the voices. This one is him. - [[MD]]]
Honestly, I didn't come for the talking. My brother [[Gurnam]] dragged me. I was on nights at [[W:Penncroft Logistics]] out by the i54, sleeping all day, not speaking to anybody, and the doctor at [[W:Oakmere Medical Practice]] put me on sertraline 50mg and said try a group. First week I did the washing up. Second week [[Happy]] gave me the job of stacking the chairs. By week four I was talking more than anyone. It's seva, basically. You're not a patient, you're helping.

Speaker 4  2:20
Still talking more than anyone. [Speaker 4 is [[Kuldeep]] [[Sahota]], joined after Diwali. - [[MD]]] For me it was the ground rules, to be honest. I was scared of it getting back to my family. My wife's cousin lives on the [[P:Heath Town]] estate, two doors from my mum, everybody knows everybody. So when you read out "what's said in the room stays in the room, no names outside, nothing on WhatsApp", that mattered. My uncle's advice was go back to Punjab and get married. And the GP thing. At reception they asked my date of birth out loud, I said [[D:third of March seventy-nine]], and my neighbour is sat right there behind me. I'm happy to talk in here.

[[Sukhwinder]] [[Gill]]  3:30
The funders want the tensions too, so: the room. The back room is too close to the langar hall. On a Sunday you can hear every word through the hatch, and some of the uncles don't think men should be talking about feelings. I didn't come back for two weeks. You rang me four times. I saved your number as "Do Not Answer".

[[Manjit]] [[Dhaliwal]]  3:58
For anyone new, that number is [[PH:07700 900 418]], it's on the card, text it if ringing feels too much. Or email [[E:wolves dot circle at example dot org]], not my personal one. And if it's the middle of the night, Samaritans on 116 123, don't sit on it.

[[Jaswant]] [[Bains]]  4:15
The other tension is the drinking. Half of us used to sort our heads out at the [[W:Tipsy Heron]] after the Wolves on a Saturday. The rule is you don't come in drunk. But then [[Sunny]] turned up straight from a wedding, and it was sunny, everyone was in a good mood, and [[Happy]] still sent him home, and there was a row about who decides. We never voted on that rule. Somebody just said it.

Speaker 4  4:46
That's the facilitation thing. You're good, bhaji, but sometimes you're the boss, and the whole point is no boss. Maybe we take turns chairing. [[Tony]] could do it, he runs the under-sixteens at [[W:Blakenhall Kabaddi Club]], he can handle thirty lads shouting. For the transcript, [[Tony]] is [[Tarsem]], nobody calls him that except his mum.

[[Sukhwinder]] [[Gill]]  5:09
The group chat at 2am. Last winter, when my dad was in hospital, I posted at two in the morning and [[Pali]] answered from a taxi rank in Coventry. He sent a voice note, "I'm here, veerji." That's the group. And he's the one who wants a Coventry circle now. His parents had the sweet shop in [[P:Foleshill]] for thirty years. He's found a room above a dentist at [[S:17 Tanyard Mews]], [[PC:CV6  5KM]], cheap on weekday nights.

[[Manjit]] [[Dhaliwal]]  5:48
Fair point about the rule, I did make that one up on the spot. And we've got a starter pack for new circles, on [[U:example.org/sanjhi-baithak/start]], with two sessions shadowing before anyone runs one. The lads put the dates on Insta as well, [[H:@kabaddi_k7]], because the younger lads don't do Facebook.

Speaker 4  6:07
It's mostly lads from the same few families and the same gurdwara. My mate who cut his hair came twice and felt like he wasn't Sikh enough for us. If we keep saying shared identity, whose identity? Guru Nanak didn't make a members list. And it's all West Midlands accents, which is fine till it isn't.

[[Manjit]] [[Dhaliwal]]  6:31
That's a proper point. Let's take it into the break. Chai's on. And please, whoever owns [[CAR:BF63 QZR]], move it before the committee has a heart attack.

Transcribed by https://otter.ai
"""

# ---------------------------------------------------------------------------
# 2. .odt supervision write-up: NHS trust peer-support workers, Shropshire
# ---------------------------------------------------------------------------
ODT = [
    ("P", NOTICE),
    ("H1", "[[W:Severn Marches Community NHS Trust]] - Peer Support Worker Group Supervision"),
    ("P", "Record of group supervision (lived-experience practice). Tuesday 14 March, 10:00-11:30, Room 4, [[W:Quarryside House]], Shrewsbury [[PC:SY3 8OC]]."),
    ("P", "Supervisor: Dr [[Adaeze]] [[Nwosu]], Clinical Psychologist. Present: [[LW]], [[DK]], [[S\u00d3C]] (Peer Support Workers, Band 3). Apologies: [[RH-B]] (annual leave). Case references use initials and NHS numbers only; full records are held on RiO."),
    ("H2", "1. Check-in and wellbeing"),
    ("P", "The supervisor opened with the usual round. [[LW]] described a heavy fortnight: the anniversary of her own admission fell in the same week as the Tuesday group, and she noticed she was \u201cholding everybody else\u2019s stuff and none of mine\u201d. She had been getting up before dawn to write session plans. [[S\u00d3C]] reported that the new rota had left her covering three groups in one week after the team manager moved a colleague to the inpatient pilot. [[DK]] said he was \u201cfine\u201d, which the group gently challenged; he later said the Telford group had been hard since a long-standing member relapsed."),
    ("P", "The supervisor reminded the group that supervision is for the worker, not the caseload, and that the peer role depends on workers being honest about their own state. She referred again to Intentional Peer Support and the difference between helping someone and being with them."),
    ("H2", "2. Case discussion"),
    ("P", "Case 1 \u2013 [[J.T.]] (NHS No. [[NHS:999 406 2212]], d.o.b. [[D:02/11/1990]]). Attends the [[W:Kingfisher Peer Circle]] at [[W:Coton Mill Library]]. Since moving to [[S:Flat 2, 9 Weavers Row]], [[P:Ketley Bank]], [[PC:TF2 0OK]], he needs two buses and has missed three sessions. [[DK]] disclosed that he had twice driven him home in his own car ([[CAR:YD19 QPX]]). The supervisor noted that this is outside the lone-working policy and that business insurance had not been checked. Discussion of how lifts quietly move the relationship from peer to carer."),
    ("P", "[[LW]] raised that the same member had asked for her personal mobile. She gave the work mobile ([[PH:07700900571]]) instead and explained why. He also asked for help with the PIP2 form; she sat with him while he filled it in, but his NI number ([[NI:QQ 40 21 77 B]]) ended up in her handwriting on the front sheet. Agreed: peer workers can sit alongside but should not complete benefit forms; signpost to Citizens Advice."),
    ("P", "Case 2 \u2013 [[KO'D]] (NHS No. [[NHS:9994871234]], d.o.b. [[D:17.5.64]]). Lives with his father in [[P:Pontesbury]] and works Saturdays at [[W:Bellamy's Garden Centre]]. He has asked to become a volunteer co-facilitator of the Shrewsbury men\u2019s group. [[S\u00d3C]] welcomes this but worries about role creep: he has started phoning other members in the evenings. His GP at [[W:Ashmoor Surgery]] recently increased his quetiapine from 150mg to 200mg. The supervisor suggested a written role description and a three-month review rather than an informal yes."),
    ("H2", "3. What makes the groups work"),
    ("P", "All three workers said the groups work best when members take on roles: greeting at the door, tea, reading out the ground rules, keeping time. Another worker noted that in her Wednesday group the ground rules were rewritten by members last autumn and are now \u201ctheirs, not ours\u201d; attendance rose afterwards. It was observed that shared identity is strongest when a group is specific, for example the farmers\u2019 group [[Gwenllian]] [[Price]] started in her own village, [[P:Clun]], and weaker in the generic drop-in, where people wait to be helped."),
    ("P", "Tensions. The room at the library has glass walls and staff walk through; two members have stopped attending after being seen by neighbours. When a worker rang the duty line ([[PH:01632 960214]]) about a member in distress after group, [[Faith]] on duty was supportive but asked for details the member had shared in confidence. Agreed that workers explain the limits of confidentiality at the start of every group, not only at induction. Some members come through faith groups and prefer church rooms; others find church premises difficult."),
    ("P", "Dual role. One worker described feeling \u201chalf staff, half member\u201d and being asked by ward staff to keep an eye on group members. The supervisor reflected that the peer role is not an extension of clinical observation, and that the team manager should clarify this with the ward. Facilitation style was also discussed: the Shropshire groups that run best have a facilitator who talks least."),
    ("H2", "4. Actions"),
    ("P", "[[LW]]: send the member-written ground rules to [[E:psw.rota@example.net]] and upload them to [[U:https://example.net/smct/peer-support/ground-rules]] by Friday."),
    ("P", "[[DK]]: complete the business insurance and mileage form; no further lifts until approved."),
    ("P", "[[S\u00d3C]]: draft a role description for the volunteer co-facilitator post and bring it to the next session."),
    ("P", "Supervisor: raise rota pressure with [[Morag]]; ask about a room at [[W:Kingsland Tithe Barn]] with a door that closes."),
    ("P", "Next supervision: Tuesday 11 April, 10:00, same room. Signed: A. [[Nwosu]] (supervisor) / [[DK]] (minute-taker)."),
]

# ---------------------------------------------------------------------------
# 3. Facebook Messenger plain-text export: perinatal mums' group, Telford
# ---------------------------------------------------------------------------
MESSENGER = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
[[W:Bump to Bloom Telford]] \U0001F338
Messenger \u00b7 group chat \u00b7 exported 12 Mar

TUE 21:09
[[Nia]] added [[Katarzyna]] [[Wi\u015bniewska]] to the group.

[[Nia]]
welcome lovely!! this is the chat for the Thursday group at [[W:Kestrel Fields Family Hub]], the one with the good sofas \U0001F642 no pressure to post, most of us just lurk at 3am
21:10

[[Katarzyna]]
Thank you. My health visitor [[fran]] gave me the leaflet. I was scared to come alone, my English is ok but when I am tired it goes away \U0001F605
21:12
\u2764\ufe0f 3

[[Stacey]]
honestly ur english is better than mine at 3am x welcome
anyone going tmrw?? cant face the bus with the pram again, the 4 was rammed and a man tutted at the baby the whole way to the hub
21:14

[[Amina]] replied to [[Stacey]]
Original message:
anyone going tmrw??
ill be there twins permitting \U0001F602 i can grab you, im in the red fiesta [[CAR:KN70 ZIB]], outside yours about 9.40. still [[S:6 Larkspur Drive]]?
21:16

[[Stacey]]
yes same house. ur a lifesaver. [[dean]]'s got the car at work again
21:17
\U0001F44D 1

You
Could someone remind me of the ground rules before tomorrow? My partner asked what we actually do and I didn't know how to explain it
21:31

[[Nia]]
course! same as the laminated sheet on the wall:
1. what's said in group stays in group (incl this chat, no screenshots pls)
2. no advice unless someone asks for it
3. no feeding wars. breast, bottle, combi, tube, all fine
4. you can leave the room any time, someone will come and check on you
5. we don't compare births
its not a class, nobody's teaching anyone. we've all been there, that's the point
21:36
\u2764\ufe0f 5

You
number 5 is the one for me. at antenatal everyone talked about their birth plan and my plan was basically not to die \U0001F643
21:38
\U0001F622 2 \u2764\ufe0f 2

TUE 23:52
[[Stacey]]
sorry for the late one. bad night. she wont settle and i keep having the thought that if i go to sleep something will happen to her. i know its the anxiety talking. the GP at [[W:Wrekin Orchard Surgery]] upped my sertraline to 100mg last week but it hasnt kicked in
23:52

[[Nia]]
im up, feeding [[Ezra]]. youre doing the right thing telling someone. want a call? or text me on [[PH:07700 900 742]] if you dont want to wake anyone. x
23:55
\u2764\ufe0f 1

WED 09:03
[[Amina]]
morning. @[[Stacey]] how are u today?
09:03

[[Stacey]]
better. 4 hours in a row!! my mum came over from [[P:Madeley]] and took her round the block in the pram \U0001F389
also does anyone know if the nhs number in the red book is hers or mine?? it says [[NHS:999 210 3574]] on the front
09:20

[[Nia]] replied to [[Stacey]]
Original message:
it says [[NHS:999 210 3574]] on the front
thats hers hun but maybe dont put it in the chat \U0001F62C ill message u. while youre all here, for the hub register i need babies' DOBs again because the spreadsheet died \U0001F644
09:24
\U0001F602 2

[[Stacey]]
[[Summer]] [[D:03/02/24]]
09:25

[[Amina]]
twins [[D:27.9.23]] \U0001F476\U0001F476
09:26

[[Katarzyna]]
Question. Is it ok if I bring my friend [[Oliwia]]? She is Polish also and she doesn't go out since the baby.
09:41

[[Nia]]
yes!! anyone can come, no referral needed. she can email [[E:bumptobloom.telford@example.com]] too if she'd rather
09:44

[[Amina]]
can i raise something. when the dads came to the christmas one it changed the whole room. i couldnt say anything real. i know the dads are lovely but some of us are in this group BECAUSE of our relationships
09:52
\u2764\ufe0f 2

[[Nia]]
no that's completely fair. lets keep thursdays mums only and do a separate family one on saturdays at the park.
09:58

You
agree. the sensory room is lovely but when the weigh clinic is on you can hear babies screaming through the wall and it sets me right off
10:03

[[Katarzyna]]
For me the room is ok, the problem is getting there. We moved to [[P:Lawley Village]] in January ([[PC:tf43mo]] if anyone is passing \U0001F648) and the bus is every hour. I don't drive yet.
I can do snacks. And I can translate the leaflet for my friend and the other Polish mums, I was translator at [[W:Marlow & Finch]] before maternity. The price of formula now, I will need to go back soon anyway
10:10
\u2764\ufe0f 3

[[Amina]]
[[kasia]] youre on my way, were in [[P:Trench]] by the pool. ill add you to the lift list
i also do a little insta about PND in south asian families, [[H:@tiredmama_tf]], anonymous obvs. the Fearne Cotton podcast got me through the first summer
10:13

[[Nia]]
thank you both \U0001F62D im doing the chat, the register, the snacks AND the room booking and im running on empty. and bad news from the hub: theyre closing fridays and want the sensory room back from april. options are the community room at [[W:Tadpole Lane Nursery]] (free but noisy \U0001F643) or upstairs at Costa in the Telford Centre, which is fine till someone we know walks in. my whatsapp is [[PH:+44 7700 900619]] if you want to vote privately. pram walk sign up here [[U:https://example.com/events/pram-walk-town-park]]
11:02

[[Katarzyna]]
Thank you for all this. The health visitor said if we need the duty line it is [[PH:01632 960 118]], and PANDAS or Shout 85258 at night. It helps to know the numbers before the bad night, not during. This group is the only reason I left the house in January
11:15
\u2764\ufe0f 4
"""

# ---------------------------------------------------------------------------
# 4. .srt captions: hearing-voices group, prison resettlement, Stoke-on-Trent
#    One string per cue; "|" forces a line break inside a cue.
# ---------------------------------------------------------------------------
SRT_CUES = [
    NOTICE,
    "[quiet chatter, chairs scraping]",
    "Right, is it recording? Green light. Okay.",
    "Welcome back to the voices group, everyone.",
    "For anyone new, I'm [[Dawn]]. I'm a peer worker|here at [[W:Kilnside Resettlement Service]].",
    "I've heard voices since I was fourteen,|so I'm not reading this off a leaflet.",
    "Quick ground rules. We don't argue|with anyone's experience.",
    "If you say the voice is real, it's real to you,|and we start from there.",
    "Nobody has to say what they were inside for.",
    "And what's said here doesn't go back to probation,|unless someone's at serious risk.",
    "I'll always tell you first if it has to.",
    "[[Reece]], you wanted to start us off?",
    "Yeah. So I got out of HMP [[W:Dovebank]]|eleven weeks ago.",
    "First night at the hostel on [[S:48 Caldon Terrace]],|the voices were screaming.",
    "There's three of them.|The loud one I call the Captain.",
    "He's been with me since I was a kid in [[P:Bentilee]],|in my nan's back bedroom.",
    "Inside, weirdly, the Captain was useful.|He told me who to watch.",
    "Out here he's just noise. He says everyone|on the bus knows what I did.",
    "That's a lot to carry, [[Reece]].|Thanks for bringing it in.",
    "Does anyone else get that? The voices|changing when you come out?",
    "Me. Mine went quiet inside and loud|the minute I got out. Mental, innit.",
    "[[Marcus]], you said last week the olanzapine|had quietened them down?",
    "Partly. Olanzapine 10 mg, and sleeping.|Inside, you sleep.",
    "Out here I'm on my sister's sofa in [[P:Chell Heath]]|with three kids and a dog.",
    "And I put four stone on with the tablets,|so there's that.",
    "What helps me is this room, honestly.|Same chairs, same biscuits, same faces.",
    "On the wing you can't say you hear voices.",
    "You get called a nutter,|or they just up your meds and bang you up.",
    "Here nobody flinches. [[Jacko]] told us|his voice is his dead nan,",
    "and everyone just nodded.|Nobody tried to talk him out of it.",
    "Don't put my nan on the telly, [[Dawn]].",
    "[laughter]",
    "It's only for the evaluation, [[Jacko]].|Nobody's watching it but the commissioners.",
    "The other week we watched that talk by Eleanor Longden,|the one with the voices.",
    "That's when I thought, hang on,|people get better from this.",
    "Having a job helps as well. [[Dawn]] asked me|to do the tea and open up on Wednesdays.",
    "I've got the keys. Me! Keys!|My probation officer nearly fell off his chair.",
    "Talking of probation.|Can I be honest about a tension?",
    "When Mr [[Okafor]] sat in, that one time,|nobody said a word for an hour.",
    "He's alright, he's sound, but he's still|the bloke who can recall you.",
    "So we agreed after that. No staff in the circle|unless the group votes yes.",
    "But I'm staff too, technically.|That's the bit I struggle with.",
    "The service pays me. If someone tells me they're|planning to hurt somebody, I have to pass it on.",
    "We said that on day one.|It's on the wall, next to the biscuits.",
    "The other thing is this room.|It's the old interview room. No windows.",
    "For people who've just come out of a cell,|that's not ideal.",
    "[[Zo\u00eb]] from the women's group said the same.|They've moved to [[W:Glebe Kiln Hall]] on Tuesdays.",
    "Can we move? I'd come more if there was a window.",
    "I'll ask. Can I do something practical|before we finish?",
    "Yeah, my Universal Credit. They keep saying|my NI number doesn't match.",
    "Don't read it out, show me on the form after.",
    "Too late, it's [[NI:ZZ 71 30 55 A]],|and they've put an S on the end.",
    "[[Reece]]! Not in the group, mate.",
    "[laughter]",
    "And they sent my letters to my ex's, [[PC:ST6  8KV]],|not the hostel.",
    "And they want my date of birth again.|The [[D:twenty-second of July, eighty-eight]].",
    "Right. That's one for after.|Can I bring one more voice thing?",
    "Go on.",
    "Last week a car followed me from the bus station|in Hanley, all down the A50. I swear it did.",
    "Grey Astra. I wrote the plate down: [[CAR:FN16 QKE]].",
    "And the Captain read it out like a copper:|[[CAR:Foxtrot November one six, Quebec Kilo Echo]].",
    "What did you do with it?",
    "What we practise in here. I checked it.|I asked myself, what's the evidence?",
    "And it was the probation pool car. [[Okafor]]'s.|He was dropping someone at the hostel.",
    "[laughter]",
    "That's brilliant, though. That's exactly the thing.|Checking it out.",
    "Before this group, I'd have put his windscreen in.",
    "[[Marcus]], you had news?",
    "Yeah, I start at [[W:Potbank Recycling]]|on Monday. Forklift.",
    "[applause]",
    "And I'm doing music again. I'm on SoundCloud|as [[H:@stokebarz]]. Don't laugh.",
    "We'll all follow you. Right, that's time.",
    "If anyone needs me between groups,|the work mobile is",
    "[[PH:oh seven seven double oh, nine double oh, three six one]].",
    "Or the office on [[PH:01632 960 388]],|or email [[E:kilnside.voices@example.org]].",
    "It's all on [[U:example.org/voices-stoke]],|with the Hearing Voices Network links.",
    "If it gets loud tonight, Samaritans is 116 123.|Or ring 111 and press 2.",
    "Same time next Wednesday. Look after yourselves.",
    "Anyone going back towards Stoke, there's room|in the minibus.",
]

# ---------------------------------------------------------------------------
# 5. .xlsx turns: survivors of childhood abuse circle, Hereford
# ---------------------------------------------------------------------------
XLSX_TITLE = ("[[W:Lantern Survivors Circle]], Hereford - session 6 of 8 - "
              "transcribed by [[Tegan]] [[Pugh]] ([[E:tp.transcribes@example.com]])")
XLSX_ROWS = [
    ("Facilitator", "Okay, we're recording. Same as every week: this goes to the evaluation with your names taken out, and you can ask for anything to come out afterwards. I'll read the ground rules, then tonight's question, which is what makes this group work for you, and what doesn't."),
    ("Facilitator", "One, we believe each other. Two, nobody has to tell their story, and nobody gives details that could flood someone else. Three, you can leave the room, and [[Mags]] or I will come and find you. Four, no contact outside unless both people want it."),
    ("P1", "Can I start? For me it's the first one. We believe each other. I told a teacher at [[W:St Aldhelm's Primary]] when I was nine. Mrs [[Hollis]]. She rang my mum, and my mum rang Uncle [[Terry]]. That was the end of telling anyone for thirty years."),
    ("P3", "Same. It's not having to prove it. In here nobody's asking for dates and times like the police did. I can just say it happened, and that's the end of the sentence."),
    ("P2", "For me it's that you're not the only one. I grew up in [[P:Leintwardine]], tiny place, and I honestly thought it had only ever happened to me. Then I rang NAPAC one night and the woman said, you're not the only one in Herefordshire, love, not by a long way."),
    ("Facilitator", "Thank you. Shared experience, but not the same experience, as we keep saying."),
    ("P4", "That's where I struggle, to be fair. I was in care. [[W:Withybank House]], late seventies. People hear survivors' group and think it's all families. For us it was the staff. When [[Grace]] talks about her dad I sometimes feel like mine doesn't count, because it wasn't one person, it was a whole building."),
    ("P2", "It counts. Course it counts. I'm sorry if I ever made it sound like it didn't."),
    ("Co-facilitator", "Can I pick up on roles? [[Joy]] has made the tea for six weeks now and I don't think she realises how much it matters when someone walks in for the first time."),
    ("P3", "It's the only reason I stayed the first night. She handed me a biscuit and didn't ask me anything. There was no joy in our house growing up, so that's funny, isn't it, that it's her."),
    ("P1", "I like having a job. Something to do with my hands while people talk. Otherwise I'm counting ceiling tiles. And it means I'm not just the one who cries, I'm the one with the kettle."),
    ("Facilitator", "And the room? Be honest, it's what the commissioners asked about."),
    ("P4", "The room's a problem for me. [[W:Bartonsham Community Rooms]] is a church hall really. Not this church, but the smell of a church hall, the polish, the hymn books stacked up. I sit by the door every week for a reason."),
    ("P2", "I didn't know that. It's been my saving grace, this place, so I never thought."),
    ("Facilitator", "That's important, thank you. We've looked at the library, but it's open-plan and you'd be seen from the street."),
    ("[[Rhiannon]]", "I'd rather the church than the library. At the library I'd bump into my neighbours. Everyone on [[P:Newton Farm]] knows my business already."),
    ("Facilitator", "What about the tensions? Last week got heated about men joining."),
    ("P1", "I know, and I was the heated one. Nothing against the men. But I saw his car in the Tesco car park in [[P:Bromyard]] last month, where I live now. Same plate he's had since 1979, [[CAR:VJQ 433T]]. I sat in my car shaking for an hour. So a man's voice in this room, I'm not ready, that's all."),
    ("Co-facilitator", "That's allowed. We can hold both. There's a men's circle starting in January and nobody's being told they're wrong."),
    ("P3", "Can I say about facilitation? [[Bron]] never tries to fix us. My GP at [[W:Holmer Vale Practice]], Dr [[Banerjee]], lovely, but she'd be on about fluoxetine 20mg and a referral. Here it's just, do you want to say more or not."),
    ("P4", "Practical thing. I finally sent off for my care records. The form wanted my NHS number, which is [[NHS:nine nine nine, seven three one, eight four six three]], my national insurance, [[NI:ZZ 48 20 19 C]], and the old address, [[S:3 Tanner's Row]], [[PC:hr1 2mc]]. And my date of birth, [[D:2nd of February '74]]. Forty minutes on the phone to get the form."),
    ("Facilitator", "There's a guide on [[U:https://example.org/lantern/records-help]], and [[Mags]] can sit with you when the records come. Nobody should open those alone."),
    ("P2", "Can I do my good news? I've started drawing again. I post it as [[H:@wyeside_sketches]]. Just the river, the cathedral, nothing about any of this. But it's mine. And I went back to work, nights on the line at [[W:Wyebridge Cider]]."),
    ("P1", "The report only ever called him [[D.J.H.]] Like he was the one who needed protecting."),
    ("Facilitator", "We'll stop there. Between sessions, the ISVA service is [[PH:0117 496 0152]] and the group mobile is [[PH:07700 900 864]], checked till nine, or [[E:lantern.circle@example.org]]. Childline's 0800 1111 if you're supporting a young person. And the Esther Rantzen interview someone mentioned is on the handout. Thanks, everyone. Take the A49 slowly, it's icy."),
    ("P3", "Thanks, [[Bron]]."),
]


# ---------------------------------------------------------------------------
def check_units(fname, units):
    """units: list of (unit_no, plain, labels). Every whole-word occurrence of a
    labelled text must be one of the marked spans."""
    texts = {}
    for _, _, labs in units:
        for kind, t, _ in labs:
            if texts.setdefault(t, kind) != kind:
                raise SystemExit(f"{fname}: {t!r} has two kinds")
    bad = []
    for no, plain, labs in units:
        marked = {(t, s) for _, t, s in labs}
        for t in texts:
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", plain):
                if (t, m.start()) not in marked:
                    bad.append((no, t))
        for _, t, s in labs:
            if not re.match(r"(?<!\w)" + re.escape(t) + r"(?!\w)", plain[s:]) or \
               (s > 0 and re.match(r"\w", plain[s - 1])):
                bad.append((no, "not whole-word: " + t))
    if bad:
        raise SystemExit(f"{fname}: unmarked or bad occurrences: {bad}")
    rows = []
    for no, _, labs in units:
        for kind, t, s in sorted(labs, key=lambda x: x[2]):
            rows.append((fname, no, kind, t))
    return rows


def build_text(fname, src):
    units, out = [], []
    for i, line in enumerate(src.split("\n"), 1):
        plain, labs = strip(line)
        out.append(plain)
        units.append((i, plain, labs))
    with open(fname, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    return check_units(fname, units)


def ts(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def build_srt(fname, cues):
    lines, t = [], 1.0
    for n, cue in enumerate(cues, 1):
        parts = cue.split("|")
        words = len(strip(cue.replace("|", " "))[0].split())
        dur = max(1.4, words / 2.7)
        lines.append(str(n))
        lines.append(f"{ts(t)} --> {ts(t + dur)}")
        lines.extend(parts)
        lines.append("")
        t += dur + 0.25 + (n % 3) * 0.1
    src = "\n".join(lines)
    return build_text(fname, src)


def build_odt(fname, paras):
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    body = Style(name="Body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.18cm"))
    doc.styles.addElement(body)
    units = []
    for i, (kind, src) in enumerate(paras, 1):
        plain, labs = strip(src)
        if "  " in plain or "\n" in plain or "\t" in plain:
            raise SystemExit("odt paragraph needs plain single spaces: " + plain)
        if kind == "H1":
            el = H(outlinelevel=1, stylename=h1, text=plain)
        elif kind == "H2":
            el = H(outlinelevel=2, stylename=h2, text=plain)
        else:
            el = P(stylename=body, text=plain)
        doc.text.addElement(el)
        units.append((i, plain, labs))
    doc.save(fname)
    return check_units(fname, units)


def build_xlsx(fname, title, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "turns"
    units = []
    tplain, tlabs = strip(title)
    ws.cell(row=1, column=1, value=NOTICE)
    ws.cell(row=1, column=2, value=tplain)
    ws.cell(row=1, column=1).font = Font(bold=True)
    units.append((1, NOTICE + "\t" + tplain,
                  [(k, t, s + len(NOTICE) + 1) for k, t, s in tlabs]))
    for c, h in enumerate(["speaker", "text", "start", "end"], 1):
        ws.cell(row=2, column=c, value=h).font = Font(bold=True)
    units.append((2, "speaker\ttext\tstart\tend", []))
    t = 3.0
    for r, (spk, txt) in enumerate(rows, 3):
        sp_plain, sp_labs = strip(spk)
        tx_plain, tx_labs = strip(txt)
        dur = len(tx_plain.split()) / 2.6
        start = f"{int(t)//3600:02d}:{int(t)%3600//60:02d}:{int(t)%60:02d}"
        e = t + dur
        end = f"{int(e)//3600:02d}:{int(e)%3600//60:02d}:{int(e)%60:02d}"
        ws.cell(row=r, column=1, value=sp_plain)
        ws.cell(row=r, column=2, value=tx_plain).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=3, value=start)
        ws.cell(row=r, column=4, value=end)
        joined = "\t".join([sp_plain, tx_plain, start, end])
        off = len(sp_plain) + 1
        labs = list(sp_labs) + [(k, x, s + off) for k, x, s in tx_labs]
        units.append((r, joined, labs))
        t = e + 1.5 + (r % 4)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 10
    wb.save(fname)
    return check_units(fname, units)


def main():
    rows = []
    rows += build_text(F1, OTTER)
    rows += build_odt(F2, ODT)
    rows += build_text(F3, MESSENGER)
    rows += build_srt(F4, SRT_CUES)
    rows += build_xlsx(F5, XLSX_TITLE, XLSX_ROWS)
    with open("labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        for r in rows:
            w.writerow(r)
    from collections import Counter
    per_file = Counter(r[0] for r in rows)
    per_kind = Counter(r[2] for r in rows)
    print("label rows:", len(rows))
    for f, n in sorted(per_file.items()):
        print(f"  {f}: {n}")
    for k, n in sorted(per_kind.items()):
        print(f"  {k}: {n}")


if __name__ == "__main__":
    sys.exit(main())
