#!/usr/bin/env python3
"""Build the blind-at benchmark set.

Run from inside this folder:  ../../../.venv/bin/python build_set.py   (or any python with odfpy)

The transcripts below are written with inline markup {kind|surface text}.
The markup is stripped when the files are written and every marked span
becomes one row of labels.csv (file, line/paragraph, kind, text).
Unmarked occurrences are NOT labelled here; verify_labels.py checks that
every whole-word occurrence of a label text really has a row.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

KINDS = {
    "n": "name", "p": "place", "w": "workplace", "s": "street_address",
    "pc": "postcode", "ph": "phone", "e": "email", "u": "url", "h": "handle",
    "d": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}
MARK = re.compile(r"\{(\w+)\|([^{}]+)\}")


def strip_line(marked):
    """Return (plain_text, [(kind, text), ...]) for one marked-up line."""
    spans = []
    out = []
    pos = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        kind = KINDS[m.group(1)]
        spans.append((kind, m.group(2)))
        out.append(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    assert "{" not in plain and "}" not in plain, plain
    return plain, spans


# ---------------------------------------------------------------------------
# 1. Microsoft Teams transcript (plain text export), HSC trust service-user forum
# ---------------------------------------------------------------------------
F1 = "01_teams_service_user_forum_derry.txt"
T1 = SYN + """
{w|Riverbend Voices} Forum - March meeting-20240314_100211-Meeting Recording
March 14, 2024, 10:02AM
41m 07s

{n|Gráinne} {n|McAteer} started transcription

{n|Gráinne} {n|McAteer}   0:00:04.210
Right, I think that's us recording. Morning, everybody, and welcome to the March meeting of {w|Riverbend Voices}. The recording is only for the minutes and it gets deleted once {n|Eileen} has typed them up. Apologies from {n|Bernie}, who's minding the grandson, and from Councillor {n|Magee}. The main item: the Trust has asked every forum across Derry and the Western area to write down what actually makes a peer group work, because they're redoing the peer support framework. Somebody's on the phone line. Is that you, {n|Pádraig}?

{ph|+442896496217}   0:00:38.332
Aye, it's me. I couldn't get the app going on the tablet so I rang the number off the email.

{w|Glenbrae} Resource Centre - Room 2   0:00:46.115
And it's {n|Siobhán} {n|Quigley} in the room, with {n|Noel} beside me. He got the early bus in from {p|Strathfoyle}, so he's been sitting here since nine.

{n|Eileen} F (Guest)   0:00:58.431
I'll start. For me it's that nobody in here is a patient. When I came out of the ward in 2019 I'd been a bed number for six weeks, and the first night I came to this forum {n|Bernie} made me a cup of tea and asked me what I thought of the discharge letters. Nobody had asked me what I thought about anything in months.

{n|Okafor}, {n|Nkechi} (External)   0:01:29.005
I'm {n|Nkechi}, I'm on the commissioning side. Is it the being asked, or is it being with people who've been through it? And to be honest with everyone, I need numbers for the Public Health Agency return. But I don't need names. A tally on a sheet is fine.

{n|Tomasz} {n|Wiśniewski} (External)   0:01:53.640
Can I add something from {w|Crossgate Link}? Most of the Polish and Lithuanian families we work with will never come to a forum in English. What works for them is the language first and the mental health second. We run a group on a Tuesday in Polish, and people come for the pierogi and stay for the talking. Nobody calls it a mental health group, and that is exactly why it works. Which is a tension, because the Trust wants everything badged. One rule from that group I would steal: nobody has to explain why they are quiet.

{ph|+442896496217}   0:02:39.004
Can I say something about roles? When I started I sat at the back with my coat on. Then {n|Gráinne} gave me the keys and the tea money and I had to be there at half six to open up. That job kept me going that winter. I'd rung the Samaritans twice that month. Having a reason to turn up is different from being invited. And on facilitation, when {n|Fergal} from the Trust chaired it, it was a meeting. When {n|Bernie} chairs it, it's a group. Same biscuits, she just doesn't wear a lanyard. Oh, and the finance woman says she needs my National Insurance for the involvement payments. Will I just say it? It's {ni|QQ 41 27 83 C}.

{n|Gráinne} {n|McAteer}   0:03:21.440
{n|Pádraig}! We're recording! I'll cut that out of the minutes and ring you after. {n|Mairéad}, you had your hand up?

{n|Mairéad}'s iPad (Guest)   0:03:33.018
Sorry, I'm on the wee one's iPad, that's why it says that. Can I raise the venue? I'm out in {p|Claudy}, and since they cut the evening bus I rely on the community taxi. Last month they sent it to the chapel instead of the house. I told them three times, {s|19 Tullyvarrin Lane}, {pc|BT47 4KC}, and I still missed the whole meeting.

{n|Okafor}, {n|Nkechi} (External)   0:04:01.902
On the venue, there's a proposal to move all the forums in the Londonderry locality into {w|Ballycarrick House} from September. It has a lift and parking, and there's no room hire.

{w|Glenbrae} Resource Centre - Room 2   0:04:14.250
It's {n|Noel} here. With respect, that building is where I was assessed. I walk past that reception and my stomach goes. Here there's a crèche and the pensioners' lunch and the bingo on the noticeboard. Nobody looks at you coming in. That matters more than a lift. And it's {n|Siobhán} again, when I went to the desk over there for a clinic they asked my date of birth out loud in front of the whole waiting room. I said it, {d|2nd of the 9th, '71}, and I could've died.

{n|Eileen} F (Guest)   0:04:52.664
And while we're on the Trust getting things wrong, Dr {n|Okafor}, my last appointment letter had the wrong Health and Care number on it. Mine's {nhs|999 234 5675}, and the letter had a completely different one. So whose letter did I get, and who got mine?

{n|Gráinne} {n|McAteer}   0:05:14.090
I'll take that one offline too. Ground rules, because we said we'd review them. What's said in the room stays in the room. Phones face down. Nobody speaks for the Trust, including me. And I'm adding the one about being quiet.

{w|Glenbrae} Resource Centre - Room 2   0:05:37.300
Sorry, the caretaker's at the door. Whoever owns the grey Corsa, {car|OIZ 7423}, it's in the ambulance bay and he needs it shifted. Oh, it's {n|Noel}'s nephew {n|Declan}, he's waiting to leave him home.

{n|Gráinne} {n|McAteer}   0:05:49.221
OK, actions. Travel claims to {e|riverbend.voices@example.org} by the end of the month, or ring me on {ph|028 9649 6105}, that's my desk, or the mobile if it's urgent, {ph|07700 900418}. The framework draft goes up on {u|www.example.org/riverbend/framework} next week, and {n|Nkechi} is taking the venue point back to the planning group. Next meeting is Thursday the 11th of April, same time, and it's still at {w|Glenbrae}.
"""

# ---------------------------------------------------------------------------
# 2. ODT: typed-up handwritten evaluation cards, men's group in a boxing gym
#    Each entry is (element, marked text); element is "h" (heading) or "p".
# ---------------------------------------------------------------------------
F2 = "02_evaluation_cards_boxing_gym_hartlepool.odt"
P2 = [
    ("p", SYN),
    ("h", "{w|Gloves Off} men's group - evaluation cards (typed up)"),
    ("p", "Typed up by {n|Lindsay} in the office at {w|Cormorant} ABC on 29/01/2024, from the cards handed out after the Tuesday session. Spelling kept as written. [?] means I couldn't read it. Words crossed out on the card are shown between ~~ marks. Cards are in the order they came out of the box."),
    ("h", "Card 1"),
    ("p", "First name: {n|Micky}"),
    ("p", "Group: {w|Gloves Off}"),
    ("p", "What helps: Hitting the bags first and then talking. Nobody looks at you to talk until you're sweating, and by then you don't care."),
    ("p", "Comment: Been coming since my brother passed. One of the coaches picked me up from {p|Greatham} every week when I lost my licence. Didn't have to do that. Top lad."),
    ("h", "Card 2"),
    ("p", "First name: {n|Dale} ~~{n|Rowntree}~~"),
    ("p", "Group: tuesday nights"),
    ("p", "What helps: The rules on the wall. No phones, no slagging off people that aren't here, what gets said in the ring stays in the ring."),
    ("p", "Comment: To be frank I thought it would be soft. It's not. It's the only place I've cried since school and nobody made a thing of it."),
    ("h", "Card 3"),
    ("p", "First name: {n|Frank}"),
    ("p", "Group: mens group @ the gym"),
    ("p", "What helps: Coach {n|Hunter}. He doesn't do the counsellor voice. He just says how's your week been and waits."),
    ("p", "Comment: I'm 61, oldest here by a mile, the young lads call me Grandad. DOB {d|14.3.62} if you need it for the funding form."),
    ("h", "Card 4"),
    ("p", "First name: {n|Rav}"),
    ("p", "Group: {w|Gloves Off} / mens mental health"),
    ("p", "What helps: Being given a job. {n|Hunter} asked me to hold the pads for the new lads and it gave me a reason to come back after Christmas."),
    ("p", "Comment: My mam still thinks I'm just going boxing. Went to Andys Man Club in town as well, it's good, but this one suits me better because of the training first."),
    ("h", "Card 5"),
    ("p", "First name: Anon"),
    ("p", "Group: the boxing one"),
    ("p", "What helps: honestly the tea after"),
    ("p", "Comment: Please don't put the group on Facebook again with people's faces. My ex saw me in the photo and found out where I go on a Tuesday. The page is {u|www.example.com/glovesoff-hpool} if you want to check. Take it down."),
    ("h", "Card 6"),
    ("p", "First name: {n|Andrzej} ({n|Jędrek} to the lads)"),
    ("p", "Group: Tuesday"),
    ("p", "What helps: Same as at work, when you have a job you belong. I fix the ring ropes and the bag chains."),
    ("p", "Comment: I work nights at {w|Teesbay Fabrications} so Tuesday is my only night. Please do not move it to Thursday."),
    ("h", "Card 7"),
    ("p", "First name: {n|Kenny}"),
    ("p", "Group: the Tuesday lads"),
    ("p", "What helps: The lads. Big {n|Sully} especially, he rings round if you miss two weeks and doesn't take no for an answer."),
    ("p", "Comment: Happy to help with the funding bid, ring me after 4 on {ph|07700 900562}, or the gym on {ph|01632 960457} and ask for me."),
    ("h", "Card 8"),
    ("p", "First name: {n|Lee} x"),
    ("p", "Group: boxing"),
    ("p", "What helps: Not being the only one. I thought I was the only bloke who felt like this."),
    ("p", "Comment: My GP at {w|Kingfisher Medical Centre} sent me here instead of upping the sertraline. Best thing she's done. Still on 100mg mind."),
    ("h", "Card 9"),
    ("p", "First name: {n|Jonjo}"),
    ("p", "Group: the South Shields lot (monthly joint night)"),
    ("p", "What helps: Meeting the Hartlepool lads. I get the train from {p|Boldon} and it's the one night I leave the house."),
    ("p", "Comment: NI number for the voucher: {ni|ZZ 70 11 42 B}. Ta."),
    ("h", "Card 10"),
    ("p", "First name: {n|Stevie}"),
    ("p", "Group: Tues"),
    ("p", "What helps: Knowing there's a plan for the bad weeks. The card on the wall with the crisis numbers, Samaritans 116 123, and you can text SHOUT to 85258."),
    ("p", "Comment: Put me on the Christmas card list: {s|3 Gullsway Court}, {p|Seaton Carew}, {pc|TS25 1KM}. Moved in November, first place on my own."),
    ("h", "Card 11"),
    ("p", "First name: {n|Tyrone}"),
    ("p", "Group: Tuesday boxing"),
    ("p", "What helps: Sparring with rules. You learn you can take a hit and you're still stood up. Same with life."),
    ("p", "Comment: The car park needs lights. Someone keyed my van last month, white Transit {car|NX19 QKT}. Also can we have a night for partners?"),
    ("h", "Card 12"),
    ("p", "First name: {n|Bilal}"),
    ("p", "Group: tues nite"),
    ("p", "What helps: That nobody cares what you do for work or what you've done. In here you're just a lad on the bags."),
    ("p", "Comment: Follow us {h|@tuesday.gloves} and email {e|ringside.tuesdays@example.com} if you want the photos (no faces!!). Tyson Fury talks about his mental health, so why can't we."),
    ("h", "Typist's note"),
    ("p", "Two cards were blank. One just said \"keep going\" with a drawing of a glove. Card 5 passed to the coach about the Facebook page, photos taken down 30/01. Funding report due to the National Lottery Community Fund by the end of February. {n|L.B.}"),
]

# ---------------------------------------------------------------------------
# 3. Instagram DM thread export, Irish-speaking parents' group (Newry area)
# ---------------------------------------------------------------------------
F3 = "03_instagram_dm_irish_parents_newry.txt"
T3 = SYN + """
Instagram - Direct Messages
Downloaded from: Accounts Centre > Your information > Download your information
Account: {h|crann.taca.iur}
Conversation with: {h|roisin.beag_}
Exported: 03/05/2024 22:41

========== Tue 16 Apr 2024 ==========

{h|roisin.beag_} - 20:14
hiya sorry for messaging out of the blue. is this the {w|Crann Taca} group?? my cousin {n|orlagh} {n|mcverry} said yous do a parents group as gaeilge on a thursday morning
honestly my irish is rotten. i did it to gcse and thats it. we moved to {p|Camlough} in september to be near my mammy and the wee one starts naíscoil in the autumn and i feel like a fraud at the gate. all the other mammies are chatting away fluent and i just smile and nod. and tbh its been a rough few months since she was born, im on the waiting list for the perinatal team

{h|crann.taca.iur} - 20:44
Dia duit! Yes, that's us 😊 It's a peer support group in Newry for parents raising their kids through Irish, and a lot of us found it through postnatal depression or anxiety, so it's not just a playgroup, it's a wee bit of both. This is {n|Caitríona}, I look after the messages. Tell your cousin I said hello, her wee lad was the best napper we ever had!
You'd be surprised how many of us felt exactly like you. Our first ground rule is "Is fearr Gaeilge bhriste ná Béarla cliste" - broken Irish beats clever English, and nobody corrects anybody's grammar, ever. Rule two: if you need to say the hard stuff in English, you say it in English. The Irish is what gets us in the door, but it's being understood that keeps people coming back. We're all a bit mad, choosing Irish for our kids when we're running on no sleep 🙃

{h|roisin.beag_} - 20:47
thats lovely. can i ask where it is, is it in the school? i dont love the idea of the teachers seeing me in bits

{h|crann.taca.iur} - 20:58
That's actually a big debate in the group at the minute 🙈 We meet Déardaoin 10 till half 11 in the nursery room at {w|Gaelscoil na Fuinseoige}. It's free, it's warm, there's a play corner, and the principal is very good to us. But a few mams said the same as you, that it feels like being watched, so one Thursday a month we're trying the back room of {w|Tigh Mhic Cionnaith} instead. Some of the Gaeltacht mams think a pub is no place for a parents' group, even at 10am with the shutters down, so we'll see! Everybody takes a wee job, by the way. One of the dads does the door and the tea, somebody does the toys, somebody does the Facebook. Nobody has to, but people find it helps.
There's a form here {u|https://forms.example.com/r/CT-clar-24} or you can just turn up. If you'd rather talk to a human first, text me on {ph|07700900731} or email {e|eolas.crannt(at)example.org}. Go n-éirí leat! - C

========== Thu 18 Apr 2024 ==========

{h|roisin.beag_} - 09:52
omg im so nervous. im in the red fiesta outside {car|LIZ 2287}, which door is it

{h|crann.taca.iur} - 09:54
Side door beside the bike shed! {n|Dónal} will be there with the tea, he's our fear fáilte this term 🙂 Tell him I sent you.

{h|roisin.beag_} - 12:47
go raibh míle maith agat. that was class. i cried at the tea urn and nobody batted an eye, he just handed me a biscuit and kept talking about the weather as gaeilge. his wee fella and {n|aoibhe} are best friends already
also can i ask something. the health visitor is referring me on and the form wants my H&C number and {n|aoibhe}'s date of birth. is it the number in the red book? mine is {nhs|999 510 3869} and shes {d|03/11/2021}
Liked a message

{h|crann.taca.iur} - 13:05
Ah {n|Róisín}, don't be sending numbers on here, love, Instagram isn't the place for that! Delete that message if you can. Your H&C number is on your medical card or any letter from the GP, and the health visitor can look it up anyway. The red book is for the wee one.

========== Wed 1 May 2024 ==========

{h|roisin.beag_} - 21:58
hiya, bad week. had my return to work meeting at {w|Ashgrove Poultry} and it was awful, my manager kept saying "sure we all get tired". is there anyone from the group i could talk to before thursday? and {n|siobhan} said you post out a leaflet pack, my address is {s|22 Ascaill an Ghleanna}, {pc|bt35 7cv}

{h|crann.taca.iur} - 22:20
Ah pet, I'm sorry it was rotten ❤️ Message {h|eoghan.oc83}, he runs our buddy list. He was off work for months after his wee girl was born, so he gets it. I'll post the pack tomorrow, it has the Foras na Gaeilge leaflet and the list of the other groups. If it gets bad tonight, Lifeline is 0808 808 8000, or Samaritans on 116 123. You're not on your own with this. - {n|Caitríona}
"""

# ---------------------------------------------------------------------------
# 4. WebVTT auto-captions, OCD peer group (Whitley Bay). No voice tags; some
#    cues begin with a capitalised NAME: and others do not.
# ---------------------------------------------------------------------------
F4 = "04_ocd_group_whitley_bay.vtt"
NOTE4 = [
    "NOTE",
    "Auto-generated captions, {w|Untangled} OCD peer support, {w|Briarwood} Community Hall, Tue 7 May 2024.",
    "Host: K {n|Bell}. Speaker names added by host in capitals where known.",
]
CUES4 = [
    "{n|KIRSTY}: Right, it's five past, so let's make a start. Welcome back to {w|Untangled}, everyone.",
    "And welcome to our new face. Do you want to say hello, or just sit for tonight? Both are fine.",
    "hi, um, I'm {n|Jude}. I saw the poster at {w|Marsden Lea Surgery}, on the board by the flu jabs.",
    "{n|KIRSTY}: Brilliant, thanks {n|Jude}. Quick ground rules for you, and a reminder for the rest of us.",
    "We don't give reassurance in here. If someone asks did I lock the door, we don't say yes you did.",
    "It's not us being cold. Reassurance is the compulsion wearing a nicer coat.",
    "Second, you don't have to describe your intrusive thoughts. Saying the theme is enough, if you want to.",
    "And third, phones on silent, and nothing leaves the room, including who was here.",
    "{n|ROBIN}: And I'm timekeeper, so I'll wave at you at ten to. I'm also the one with the biscuits.",
    "What I want to say about this group is it's the only place nobody thinks I'm just tidy.",
    "My sister says she's a bit OCD about her cushions. I spent four hours last Sunday washing my hands till they bled.",
    "In here I don't have to explain the difference. That's what makes it work for me, honestly.",
    "yeah. same. I grew up in {p|Cullercoats} and I never met anyone else with it until I was thirty-four.",
    "{n|BẢO}: Can I go next? So this week's exposure homework was driving my son to school without going back round.",
    "He's at {w|Seabrook Primary} and there's the roundabout by the Spanish City, and I used to go round three or four times",
    "to check I hadn't hit someone. This week I did it once. Once. Then I sat in the car park and shook.",
    "[applause]",
    "{n|KIRSTY}: That's massive. Can I ask how you stopped yourself doing the second lap?",
    "{n|BẢO}: I rang {n|Lorna} from the therapy team and she just said what would the group say. And I knew.",
    "My dad still thinks it's a phase. Even after Beckham talked about it on the telly.",
    "can I talk about something that happened at the pharmacy? It's a bit daft.",
    "They made me say my date of birth out loud, so I said {d|twenty-ninth of February nineteen eighty-eight},",
    "and then I couldn't stop thinking I'd said it wrong and they'd give me someone else's sertraline.",
    "I'm on 200 milligrams, so it matters. I went back twice.",
    "And then they wanted the postcode for delivery, {pc|N E two six, one O V}, and I spelt it three times.",
    "And how was it when you walked out?",
    "horrible for an hour. then fine. Which is the bit I never believe until it happens.",
    "same with letters for me. My referral letter had my NHS number on it, {nhs|999 402 1184},",
    "and I read it about forty times to check it was mine and not a mix-up. I knew it was mine. I still checked.",
    "I'm still waiting for ERP with NHS Talking Therapies, fourteen weeks they said.",
    "Thank you. I want to come back to the room, because a few of you raised it by email.",
    "The hall's had a deep clean after the Slimming World lot and it absolutely stinks of bleach. And the bell on the front door still doesn't work.",
    "For some of us that's a trigger and for others it's, honestly, a comfort, which is its own problem.",
    "{n|ROBIN}: And can we sort out who locks up? It shouldn't be whoever has checking as their main thing.",
    "Last month {n|Gav} was here till ten past nine trying the fire door. We all just stood there. It wasn't fair on him.",
    "{n|KIRSTY}: Agreed. I'll take the keys from now on. Also, {n|Paige} asked me to say she's fine, she's just on nights.",
    "She said to give out the buddy phone again, it's {ph|oh seven seven double oh, nine double oh, three one five}.",
    "Or email the group on {e|tidewatcher at example dot net}, that's the inbox {n|Paige} checks.",
    "And the Instagram is {h|@wb_checkers} if you like that sort of thing, there's nothing personal on it.",
    "{n|BẢO}: Can I also say, could we meet somewhere else? The parking's a nightmare.",
    "Last week a black Qashqai, {car|ND21 VIQ}, had the whole entrance blocked and I had to check three times I hadn't scraped it.",
    "{n|KIRSTY}: There's an option at the library in Whitley Bay, but there's no kitchen, and the tea matters. Let's vote next time.",
    "Before we finish, {n|Jude}, anything you want to say? No pressure at all.",
    "just that I thought I was the only one. Dr {n|Heron} told me about you lot two years ago and it took me this long.",
    "I live on the {p|Fairholme} estate, five minutes away, and I walked past this hall every day.",
    "{n|ROBIN}: Ten to. That's me waving.",
    "{n|KIRSTY}: Lovely. The notes and the leaflet with OCD-UK and OCD Action on are at {u|www.example.net/ocd-group-wb}.",
    "Same time next Tuesday. And remember, nobody checks the door tonight except me.",
]

# ---------------------------------------------------------------------------
# 5. Facilitator's incident / safeguarding log, Troubles-bereaved families group
# ---------------------------------------------------------------------------
F5 = "05_safeguarding_log_bereaved_families_ballymena.txt"
T5 = SYN + """
======================================================================
{w|Lantern Families} Group - Incident & Safeguarding Log (facilitator copy)
Venue: upstairs room, {w|Ardmoyle Community House}, Ballymena
Log holder: {n|M.McK.} | Deputy: {n|R.A.}
Members are recorded by initials only. Full details go in the PRIVATE section. Keep in cabinet 2, key with the caretaker.
======================================================================

09/01/2024 19:55 | {n|M.McK.}
Type: Distress / disclosure
Photographs night. {n|J.T.} became very upset holding the photo of his father ({n|Gerard} {n|Toner}, shot 1976) and said he has had thoughts of ending his life "since the inquest in Belfast got put back again". No plan or means described. My deputy sat with him in the kitchen while I closed the group. Safety plan gone over. He agreed to phone his GP at {w|Ardlough Medical Practice} first thing and to tell his foreman at work he needs the morning off. Gave him the Lifeline card (0808 808 8000).
Agencies contacted: none tonight. Follow-up call 10/01: {n|J.T.} saw the GP, referred to the Home Treatment Team, describes himself as "raging but safe".

23/01/2024 20:10 | {n|R.A.}
Type: Concern - vehicle / intimidation
Second week running a dark blue Insignia, reg {car|KQZ 5181}, was parked across from the front door with two men in it for the length of the group. {n|B.O'N.} recognised the driver and left early, very shaken. She believes it is connected to her late husband's case and the legacy legislation. Several members unsettled, two asked if we can change night.
Agencies contacted: PSNI on 101. Spoke to the neighbourhood team, who will drive past on Tuesdays. Caretaker asked to leave the yard lights on.

06/02/2024 21:00 | {n|M.McK.}
Type: Adult safeguarding referral - see PRIVATE section below
Summary: {n|M.D.} disclosed that her nephew has her bank card and is taking most of her Victims' Payment. She is frightened to go home on group nights. Consent given to refer. Referral phoned through the same evening.

20/02/2024 20:30 | {n|R.A.}
Type: Conflict between members / ground rules
{n|F.McC.} objected to {n|R.H.} bringing in a printed list of names from the memorial, saying some of "them" should not be on it. Voices raised. We went back to the ground rule the group wrote in 2019: every loss in this room is equal, and nobody has to justify their grief. She said the group "isn't for her sort" and left at the break. {n|R.H.} stayed and was upset afterwards. Real tension between wanting a shared identity as bereaved families and the fact that the families come from both sides. For external supervision next week.
Agencies contacted: none.

27/02/2024 20:15 | {n|M.McK.}
Type: Venue / practical
Heating in the upstairs room broken again, so we met in the small lounge beside the playgroup. Two members who travel over from County Tyrone said afterwards that the smaller room felt safer, with the chairs in a circle and no long table "like an inquiry". The tea rota worked well; the two newer members took the cups round and said it helped to have something to do with their hands. Raised with the caretaker and the committee: if the heating is not fixed by April we may ask to move permanently. Noted for the annual review that the room matters as much as the facilitation does.
Agencies contacted: none.

05/03/2024 19:45 | {n|M.McK.}
Type: Data / confidentiality
{n|G.K.} posted another member's mobile ({ph|07700 900874}) and her street in the group WhatsApp, asking people to "call round with a dinner". Kind intention, but the member had not consented. Deleted by admin within 20 minutes. Ground rule about sharing contact details restated at group.
Agencies contacted: ICO self-assessment done, not reportable. Copy in the data folder.

19/03/2024 20:05 | {n|M.McK.}
Type: Anniversary / welfare
{n|Bridie} {n|Cassidy} told the group it is fifty years this week since her son {n|Francis} was killed at the crossroads outside {p|Cullybackey}. She asked for her full name to be used in this log "because it should be written down somewhere, with his". Recorded at her request. We read Heaney's "Mid-Term Break" and the group sat with her for a long while. She also needs the Advice NI form done for her pension, and insisted I write her NI number here so I don't lose it: {ni|ZZ 58 03 17 A}. Moved to the PRIVATE section on 20/03.

======================================================================
PRIVATE - referral details (06/02/2024)
Name: {n|Maureen} {n|Devlin} ("{n|M.D.}" in the entries above)
DOB: {d|04/08/1946}
H&C no: {nhs|999 731 0551}
Address: {s|Flat 3, 27 Drumlee Gardens}, {p|Harryville}, Ballymena {pc|BT436MK}
Referred to: Adult Protection Gateway Service, Northern Trust. Duty social worker on {ph|028 9649 6388} ext 214. Written referral emailed to {e|gateway.duty@example.net} at 21:40.
Outcome 13/02: home visit done, case open, she now has a new bank card and a key safe.
======================================================================
Log reviewed and signed: {n|Uel} {n|Sloan} (Chair of trustees), 28/03/2024
Group contact: {u|www.example.net/lantern-families}
"""


def build_vtt():
    def ts(sec):
        h = int(sec // 3600)
        m = int(sec % 3600 // 60)
        s = sec - h * 3600 - m * 60
        return "%02d:%02d:%06.3f" % (h, m, s)

    lines = ["WEBVTT", ""]
    t = 0.0
    cue_no = 1
    allcues = [SYN] + CUES4
    for i, cue in enumerate(allcues):
        words = len(cue.split())
        dur = max(1.6, round(words * 0.34, 1))
        lines.append(str(cue_no))
        lines.append("%s --> %s" % (ts(t), ts(t + dur)))
        lines.append(cue)
        lines.append("")
        t += dur + 0.4 + (0.9 if i % 5 == 3 else 0.0)
        cue_no += 1
        if i == 0:
            lines.extend(NOTE4)
            lines.append("")
    return "\n".join(lines)


def process_text(fname, marked):
    rows = []
    out_lines = []
    for i, ml in enumerate(marked.split("\n"), start=1):
        plain, spans = strip_line(ml)
        out_lines.append(plain)
        for kind, text in spans:
            rows.append((fname, i, kind, text))
    with open(fname, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lines))
    return rows


def process_odt(fname, paras):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P
    from odf import teletype

    doc = OpenDocumentText()
    hstyle = Style(name="Heading 1", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    hstyle.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(hstyle)
    pstyle = Style(name="Card text", family="paragraph")
    pstyle.addElement(TextProperties(fontsize="11pt", fontfamily="Liberation Serif"))
    doc.styles.addElement(pstyle)
    rows = []
    for i, (el, marked) in enumerate(paras, start=1):
        plain, spans = strip_line(marked)
        if el == "h":
            node = H(outlinelevel=1, stylename=hstyle)
        else:
            node = P(stylename=pstyle)
        teletype.addTextToElement(node, plain)
        doc.text.addElement(node)
        for kind, text in spans:
            rows.append((fname, i, kind, text))
    doc.save(fname)
    return rows


TRICKY = [
    # file 1
    (F1, "Public Health Agency", "NI public body named as a funder/return, not an identifier"),
    (F1, "Samaritans", "national helpline charity"),
    (F1, "Polish", "language/nationality, not a person"),
    (F1, "Lithuanian", "language/nationality"),
    (F1, "Thursday the 11th of April", "meeting date, not a date of birth"),
    (F1, "2019", "year on its own"),
    (F1, "iPad", "device name in a Teams display name"),
    (F1, "Corsa", "car model, not a registration"),
    (F1, "Councillor", "title only; the surname after it is labelled"),
    (F1, "Western area", "health region"),
    (F1, "Derry", "city, no personal detail"),
    (F1, "Londonderry", "city (official name in Trust language)"),
    (F1, "Room 2", "room label in a Teams Room display name"),
    (F1, "0:02:39.004", "Teams timestamp, looks numeric"),
    (F1, "Guest", "Teams role suffix"),
    (F1, "External", "Teams role suffix"),
    (F1, "20240314_100211", "recording file stamp, not a phone or NHS number"),
    # file 2
    (F2, "frank", "ordinary word; Frank (capitalised) is a member's name in this file"),
    (F2, "Andys Man Club", "national men's mental-health charity (looks like a possessive name)"),
    (F2, "Samaritans 116 123", "national helpline number"),
    (F2, "85258", "SHOUT text line number"),
    (F2, "SHOUT", "national text support service"),
    (F2, "sertraline", "drug"),
    (F2, "100mg", "dose"),
    (F2, "Tyson Fury", "public figure"),
    (F2, "Hartlepool", "large town named as the group's home, no personal detail"),
    (F2, "South Shields", "large town, the second group's home; no personal detail"),
    (F2, "Grandad", "kinship nickname, not a name"),
    (F2, "Anon", "card left anonymous"),
    (F2, "Card 5", "role/sequence label"),
    (F2, "29/01/2024", "date the cards were typed up"),
    (F2, "National Lottery Community Fund", "national funder"),
    (F2, "Transit", "van model"),
    # file 3
    (F3, "Instagram", "app"),
    (F3, "Newry", "city where the group meets, no personal detail"),
    (F3, "Tue 16 Apr 2024", "message date separator"),
    (F3, "Lifeline", "NI crisis helpline"),
    (F3, "0808 808 8000", "Lifeline helpline number"),
    (F3, "116 123", "Samaritans helpline number"),
    (F3, "Foras na Gaeilge", "all-island public body for Irish"),
    (F3, "Gaeltacht", "Irish-speaking region"),
    (F3, "Déardaoin", "Irish for Thursday (meeting day)"),
    (F3, "Dia duit", "Irish greeting"),
    (F3, "Béarla", "Irish for the English language"),
    (F3, "fear fáilte", "role label (welcomer) in Irish"),
    (F3, "gcse", "exam"),
    (F3, "H&C", "name of the number type, not the number"),
    (F3, "20:44", "message time"),
    (F3, "red book", "child health record, generic"),
    (F3, "Samaritans", "national helpline charity"),
    # file 4
    (F4, "OCD-UK", "national charity"),
    (F4, "OCD Action", "national charity"),
    (F4, "NHS Talking Therapies", "national service"),
    (F4, "ERP", "therapy acronym"),
    (F4, "sertraline", "drug"),
    (F4, "200 milligrams", "dose"),
    (F4, "Beckham", "public figure"),
    (F4, "Spanish City", "public landmark, no personal detail"),
    (F4, "Slimming World", "national company hiring the hall"),
    (F4, "Tue 7 May 2024", "session date in the NOTE block"),
    (F4, "thirty-four", "age, spoken"),
    (F4, "fourteen weeks", "waiting time"),
    (F4, "ten past nine", "time"),
    (F4, "Qashqai", "car model"),
    (F4, "Instagram", "app"),
    (F4, "bell", "ordinary word; Bell (capitalised) is the host's surname in this file"),
    (F4, "Whitley Bay", "town where the group meets, no personal detail"),
    # file 5
    (F5, "PSNI", "police service"),
    (F5, "101", "police non-emergency number"),
    (F5, "Lifeline", "NI crisis helpline"),
    (F5, "0808 808 8000", "helpline number"),
    (F5, "Northern Trust", "health and social care trust (public body)"),
    (F5, "Adult Protection Gateway Service", "statutory service"),
    (F5, "Victims' Payment", "public compensation scheme"),
    (F5, "Home Treatment Team", "NHS/HSC service"),
    (F5, "ICO", "regulator"),
    (F5, "WhatsApp", "app"),
    (F5, "Heaney", "public figure (poet)"),
    (F5, "Mid-Term Break", "poem title"),
    (F5, "1976", "year"),
    (F5, "Belfast", "city (where the inquest sits)"),
    (F5, "County Tyrone", "county; Tyrone is a member's first name in another file"),
    (F5, "Ballymena", "large town named as the group's base, no personal detail"),
    (F5, "09/01/2024", "log entry date"),
    (F5, "28/03/2024", "sign-off date"),
    (F5, "Advice NI", "regional advice charity"),
    (F5, "Insignia", "car model"),
    (F5, "cabinet 2", "storage label"),
    (F5, "ext 214", "switchboard extension, not a phone number on its own"),
]


FORMATS = {
    F1: ("Microsoft Teams transcript, plain-text export (Guest/External display names, H:MM:SS.mmm stamps)",
         "HSC trust service-user forum, Derry/Londonderry (hybrid: Teams Room + dial-in)"),
    F2: (".odt, typed-up handwritten evaluation cards (one card per member)",
         "men's peer-support group in a boxing gym, Hartlepool (+ South Shields lads)"),
    F3: ("Instagram DM thread export, plain text, handles as senders, date separators",
         "Irish-speaking parents' peer group (perinatal mental health), Newry/Camlough"),
    F4: ("WebVTT auto-captions, no voice tags, some cues start with a NAME: in capitals",
         "OCD peer-support group, Whitley Bay"),
    F5: ("facilitator incident & safeguarding log, plain text, dated entries with initials",
         "group for families bereaved by the Troubles, Ballymena"),
}

HARD_CASES = """\
- **Teams export (01):** organiser name in the header line ("... started transcription"); a dial-in caller whose
  speaker label is a bare phone number (`+442896496217`); a Teams Room device as speaker (`Glenbrae Resource Centre -
  Room 2`) with two people talking under it; a guest who typed only a first name plus initial (`Eileen F (Guest)`);
  a corporate "Surname, Firstname" display name (`Okafor, Nkechi (External)`); a device-named guest
  (`Mairéad's iPad (Guest)`); a member reading out an NI number on a recorded call; date of birth in
  spoken shorthand (`2nd of the 9th, '71`); Irish fadas (Gráinne, Pádraig, Siobhán, Mairéad) and Polish (Wiśniewski);
  names after titles (Councillor Magee, Dr Okafor); possessive (`Noel's nephew`); NI-style registration (`OIZ 7423`).
- **Evaluation cards (02, .odt):** surname crossed out with ~~ marks; names that are ordinary words (Frank, with
  "to be frank" in lower case; Coach Hunter); nickname after "Big" (Sully); Polish diminutive with ogonek (Jędrek);
  DOB scribbled as `14.3.62`; NI number volunteered on a card; a typist's initials as sign-off (`L.B.`); the group's own
  name (Gloves Off) vs. generic "Group:" answers; a men's-health charity that looks like a possessive name
  (Andys Man Club, tricky); public figure Tyson Fury (tricky); Tyrone as a first name here but a county in 05.
- **Instagram DMs (03):** handles as sender lines and as an @mention (labelled without the @); names typed in lower
  case (`orlagh mcverry`, `aoibhe`, `siobhan`) next to a fada form (`Róisín`) whose handle has no fada
  (`roisin.beag_`); Irish-language street address (`22 Ascaill an Ghleanna`) and business name
  (`Tigh Mhic Cionnaith`); lower-case postcode (`bt35 7cv`); obfuscated e-mail (`eolas.crannt(at)example.org`);
  phone with no spaces; child's date of birth; H&C number sent in chat and then scolded; Irish words that look like
  names (Déardaoin, Béarla, Gaeltacht, Foras na Gaeilge - tricky); a group name that is an ordinary Irish phrase
  (Crann Taca).
- **WebVTT (04):** speaker names as capitalised cue prefixes (`KIRSTY:`, `ROBIN:`, and `BẢO:` with a Vietnamese
  diacritic in capitals) while other speakers are unlabelled; a NOTE block with the host's surname; phone number
  spoken as words (`oh seven seven double oh, nine double oh, three one five`); e-mail spoken (`tidewatcher at
  example dot net`); date of birth spoken in words; postcode spelt out (`N E two six, one O V`); NHS number read out;
  ordinary words used as names (ROBIN, Heron, Bell with "bell" lower case elsewhere); public figure Beckham (tricky).
- **Safeguarding log (05):** full initials with Mc/O' (`M.McK.`, `F.McC.`, `B.O'N.`, `J.T.`, `R.H.`, `G.K.`) including
  `M.D.`, which also reads as a medical degree; the name of a person killed in the Troubles and the year (year is
  tricky); a private section with DOB, H&C number, flat address and a postcode with no space (`BT436MK`); agency
  names and helplines that must survive (PSNI, 101, Lifeline, Northern Trust, Adult Protection Gateway Service,
  Advice NI, ICO); a poet (Heaney) and poem title; sign-off with an Ulster short name (`Uel Sloan`).
- **Across the set:** dates that are meeting or log dates (not labelled) beside dates of birth (labelled); helpline
  numbers (0808 808 8000, 116 123, 85258, 101) beside invented phones; H&C/NHS numbers beginning 999 beside the
  emergency number; cities and large towns (not labelled) beside villages and estates with personal detail
  (labelled: Strathfoyle, Claudy, Greatham, Boldon, Seaton Carew, Camlough, Cullercoats, Fairholme, Cullybackey,
  Harryville).
"""


def write_readme(rows):
    import collections
    import verify_labels as V
    status = "**Status: NOT scored yet.**"
    if os.path.exists("README.md"):
        old = open("README.md", encoding="utf-8").read().split("\n")
        if len(old) > 1 and old[1].startswith("**Status:"):
            status = old[1]
    per_file = collections.Counter(r[0] for r in rows)
    by_kind = collections.Counter(r[2] for r in rows)
    out = [V.README_L1, status, "",
           "# blind-at: peer-support groups in Northern Ireland and the North East coast", "",
           "A blind benchmark set for an anonymity checker: five synthetic transcripts of UK mental-health "
           "peer-support groups (members, facilitators and commissioners talking about what makes their groups "
           "work - mutual support, shared identity, roles, ground rules, facilitation, the room - and the "
           "tensions), each in a different real-world format, with planted personal identifiers. It was "
           "written without looking at the checker.", "",
           "## Files", "",
           "| file | format | setting | words | label rows |",
           "|---|---|---|---|---|"]
    for f in (F1, F2, F3, F4, F5):
        fmt, setting = FORMATS[f]
        words = V.word_count(f, V.file_lines(f))
        out.append("| `%s` | %s | %s | %d | %d |" % (f, fmt, setting, words, per_file[f]))
    out += ["", "Word counts are whitespace tokens; for the .vtt only cue text is counted (no header, "
            "cue numbers, timings or NOTE block).", "",
            "Other files: `labels.csv` (identifiers), `tricky.csv` (look-alikes that must NOT be flagged), "
            "`build_set.py` (writes all five transcripts, including the .odt, plus both CSVs and this README), "
            "`verify_labels.py` (checks everything and prints PASS).", "",
            "## Label conventions", "",
            "- `labels.csv` has header `file,line,kind,text`, one row per occurrence.",
            "- `line` is the 1-based physical line for .txt and .vtt files. For the .odt it is the paragraph "
            "number from 1 in odfpy document order, headings (text:h) and paragraphs (text:p) both counted; the "
            "document has no tables, lists, frames, empty paragraphs or page headers/footers.",
            "- `text` is the exact surface string. Every whole-word, case-sensitive occurrence "
            "(`(?<!\\w)text(?!\\w)`) of a label text in its file is an identifier and has its own row; no label "
            "text is contained in another label text of the same file (case-insensitive); each text has one kind "
            "per file.",
            "- Names are single words (a full name gives two rows); titles (Dr, Councillor, Coach) and a "
            "possessive 's are left out. Full initials such as `J.T.`, `M.McK.`, `L.B.` are names. Single "
            "initials (`Eileen F`, `K Bell`, a sign-off `- C`) and role labels (Guest, External, Deputy, Card 5, "
            "Facilitator) are not labelled.",
            "- Handles are labelled without the `@`, so a sender line and an @mention share one label text.",
            "- `workplace` covers employers, venues, schools, GP practices, pubs, gyms and clubs and the group's "
            "own name. Where a venue has a generic tail, only the distinctive part is labelled, consistently "
            "(`Glenbrae` in `Glenbrae Resource Centre`, `Cormorant` in `Cormorant ABC`, `Lantern Families` in "
            "`Lantern Families Group`).",
            "- `place` is a village, small town, estate or area named with personal detail (lives in, travels "
            "from, was killed outside). Cities and large towns named only as where a group meets (Derry, "
            "Londonderry, Belfast, Newry, Ballymena, Hartlepool, South Shields, Whitley Bay) are not labelled and "
            "several are listed in `tricky.csv`.",
            "- `street_address` is house number + street (with `Flat 3, ` when given); town and postcode are "
            "separate. Meeting, message and log-entry dates are not dates of birth and are not labelled.",
            "- Spoken forms are labelled as spoken: `oh seven seven double oh, ...`, `tidewatcher at example dot "
            "net`, `N E two six, one O V`, `twenty-ninth of February nineteen eighty-eight`.", "",
            "## Totals per kind", "",
            "| kind | rows |", "|---|---|"]
    for k in sorted(by_kind, key=lambda k: (-by_kind[k], k)):
        out.append("| %s | %d |" % (k, by_kind[k]))
    out += ["| **total** | **%d** |" % len(rows), "",
            "`tricky.csv` lists %d look-alikes (helplines and their numbers, national charities and public "
            "bodies, cities and regions, drugs and doses, meeting dates, years, apps, car models, public figures, "
            "words that are names elsewhere, role labels, timestamps)." % len(TRICKY), "",
            "## Hard cases planted", "", HARD_CASES,
            "## Safe values", "",
            "Phones only from Ofcom drama ranges (07700 900xxx, 01632 960xxx, 028 9649 6xxx); e-mails and URLs only "
            "on example.org/.com/.net; health and care numbers start 999 and carry a valid modulus-11 check digit; "
            "NI numbers use the QQ or ZZ prefix; postcodes have a real outward code and an inward part containing "
            "C, I, K, M, O or V; car registrations have I or Q among the last three letters. Real helpline "
            "numbers appear only as tricky look-alikes.", "",
            "## Rebuild and verify", "",
            "From inside this folder (the project virtualenv has odfpy):", "",
            "    ../../../.venv/bin/python build_set.py",
            "    ../../../.venv/bin/python verify_labels.py", "",
            "`build_set.py` rewrites the transcripts, `labels.csv`, `tricky.csv` and this README (keeping the "
            "second, Status, line). `verify_labels.py` must print PASS; it accepts any second line starting "
            "with `**Status:`.", ""]
    with open("README.md", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


def main():
    rows = []
    rows += process_text(F1, T1)
    rows += process_odt(F2, P2)
    rows += process_text(F3, T3)
    rows += process_text(F4, build_vtt())
    rows += process_text(F5, T5)
    with open("labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "kind", "text"])
        for r in rows:
            w.writerow(r)
    with open("tricky.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "text", "why"])
        for r in TRICKY:
            w.writerow(r)
    write_readme(rows)
    print("wrote %d label rows, %d tricky rows, README.md" % (len(rows), len(TRICKY)))


if __name__ == "__main__":
    main()
