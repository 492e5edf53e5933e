# -*- coding: utf-8 -*-
"""Content of the blind-az benchmark set: transcripts, label specs, tricky look-alikes.

Everything here is synthetic: every person, number, address, employer, venue,
school and street is invented (real towns/villages/regions only).
build.py turns this into the transcript files, labels.csv and tricky.csv.
"""

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

F1 = "01_lewisham_teams_review.docx"
F2 = "02_tottenham_focus_group.txt"
F3 = "03_croydon_brixton_hybrid.vtt"
F4 = "04_luton_community_newsletter.odt"
F5 = "05_slough_discord_export.txt"

# ---------------------------------------------------------------------------
# 1. Microsoft Teams transcript (.docx): "Name   m:ss" paragraph, then speech.
# ---------------------------------------------------------------------------
TEAMS_PARAS = [
    SYN,
    "Lewisham Lifted quarterly review-20240312_140215-Meeting Transcript",
    "12 March 2024, 2:02pm",
    "58m 41s",
    "ADEYEMI, Bisola started transcription",
    "ADEYEMI, Bisola   0:03",
    "Right, I think we're recording. Thanks everyone for making the time. For the notes, I look "
    "after the community wellbeing contracts at Southvale Partnership, and this is the quarterly "
    "review for Lewisham Lifted. I'm not here to mark anyone's homework. I want to hear what actually "
    "makes the group work and where it's creaking. Who wants to start us off?",
    "Femi Ogunbiyi (Guest)   0:31",
    "Thank you. So, for anyone new, we meet Tuesday evenings in the back hall at Kingsgrace Pentecostal "
    "Assembly, 27 Tressell Grove, SE6 2KV. Pastor Ogunbiyi is my uncle, not me, before anybody asks. "
    "I'm just Femi. The hall matters more than people think. The men know that building. Their mums "
    "cleaned it, their kids did Sunday school there, so nobody has to explain where they're going on a "
    "Tuesday night. Numbers-wise, the dashboard says eleven on average. Some weeks it's six, some weeks "
    "it's twenty, because Dessie has been cutting hair all Saturday and telling every man in the chair "
    "about us. Honestly, the barbershop is our best referral route. Better than the GP. Quaggy Vale "
    "Surgery sent us two people in a year. On ground rules, since the last report mentioned a falling "
    "out: we've got five rules on the wall. What's said in the hall stays in the hall. Phones face down. "
    "Nobody preaches, and that includes me. You can always pass. And you stack your own chair. The "
    "preaching one was hard in a church hall, to be fair. Brother Lenny took it personally, he felt we "
    "should open with prayer. We had a long talk, me, him and J.T. from the food bank, and landed on a "
    "minute of quiet at the start. Anyone can pray in their head, anyone can just breathe. Ibrahim told "
    "me afterwards it was the first group where he didn't feel like a guest in someone else's house.",
    "Dessie (Unverified)   2:26",
    "I'm here, I'm here, sorry, the shop Wi-Fi is rubbish. Yeah so, Fresh Fadez, on the parade by the "
    "station. A man sits in my chair for forty minutes, he's going to talk. I don't push it. I just say "
    "there's a thing on Tuesday, the tea is free, Aunty Comfort makes the fried dumpling, and nobody's "
    "going to make you cry in a circle. Half of them laugh and then they turn up. That's your shared "
    "identity thing. It's not a diagnosis. It's that everyone in that hall knows what it is to be Black "
    "in Lewisham and get told to open up by people who've never set foot on the Rolleston Estate. I grew "
    "up on the fourth floor there and my mum's still in the same flat.",
    "Ngozi Okafor   3:40",
    "Can I come in? I'm the member rep, Sister Ngozi to most of them. Roles are where people actually get "
    "better. Blessing does the sign-in sheet now; six months ago she couldn't leave her flat. One of the lads does "
    "the music at the end, Kwame holds the keys. Giving somebody the keys is the biggest thing you can "
    "do. It says we trust you with the building. You don't get that kind of comfort from a leaflet.",
    "+44 20 7946 0388   5:02",
    "That's me, sorry, I'm on the phone from the car, the app won't load. Yeah, the keys. Listen, I'll be "
    "straight with the lady from the council. The group got me through after I came out of hospital. But "
    "my referral went round in circles for four months because the surgery had my date of birth wrong. "
    "They had me down as the fourth of November 1959, I'm ten years younger than that! So every form "
    "bounced. My NHS number is 999 412 3459 if that helps, I've got the letter right here.",
    "ADEYEMI, Bisola   6:02",
    "Not the council, and please don't read your NHS number out on a recorded call. It can come "
    "through properly and I'll pick it up with the practice. You had something about the room?",
    "Dessie (Unverified)   6:20",
    "Yeah. The hall is ours till nine but the choir comes in at half eight and starts warming up. And "
    "there's a silver Corolla, LB67 QXT, parked across the ramp every single Tuesday, so Mr Okafor can't "
    "get his chair in. He won't complain himself.",
    "Femi Ogunbiyi (Guest)   6:48",
    "And that's the tension. The church gives us the room for almost nothing, and it's where the older "
    "ones feel safe. But the younger ones won't walk into a church. So we started a Thursday drop-in at "
    "Corbett Hall Pantry, round the back of the library on Pellow Parade. Different feel. Less tea, more "
    "football. The young ones think Thursdays are the real group now. Aunty Comfort thinks the Thursday lot are "
    "just passing through. Both are true. Shared identity is lovely until it turns into a wall. "
    "Facilitation's the other thing. Since my co-facilitator went back to Kingston I've been doing it on my "
    "own, Tuesday and Thursday, and answering the phone at midnight. Safeguarding said give people the "
    "crisis lines, and I do, Samaritans on 116 123, NHS 111 option 2, text Shout on 85258, but a man in a "
    "bad way calls the person he knows. I'd like Blessing to step up, and maybe Bro Tayo from the "
    "Thursday lot. I'll send the letter over from lewishamlifted@example.org, and ring me after on oh "
    "seven seven double oh, nine double oh, three one seven.",
    "ADEYEMI, Bisola   8:41",
    "That's exactly what the co-facilitator money is for, but give Blessing the training first, not just "
    "the job. Actions, then. I chase the surgery about Kwame's record. The proposal comes to me by the "
    "29th. The barbershop keeps doing what it does. And somebody find out who owns that Corolla.",
    ]

TEAMS_LABELS = [
    ("ADEYEMI", "name"), ("Bisola", "name"), ("Femi", "name"), ("Ogunbiyi", "name"),
    ("Dessie", "name"), ("Comfort", "name"), ("Lenny", "name"), ("J.T.", "name"),
    ("Ibrahim", "name"), ("Ngozi", "name"), ("Okafor", "name"), ("Blessing", "name"),
    ("Kwame", "name"), ("Tayo", "name"),
    ("Lewisham Lifted", "workplace"), ("Southvale Partnership", "workplace"),
    ("Kingsgrace Pentecostal Assembly", "workplace"), ("Quaggy Vale Surgery", "workplace"),
    ("Fresh Fadez", "workplace"), ("Corbett Hall Pantry", "workplace"),
    ("27 Tressell Grove", "street_address"), ("Pellow Parade", "street_address"),
    ("SE6 2KV", "postcode"),
    ("Rolleston Estate", "place"),
    ("+44 20 7946 0388", "phone"),
    ("oh seven seven double oh, nine double oh, three one seven", "phone"),
    ("lewishamlifted@example.org", "email"),
    ("fourth of November 1959", "date_of_birth"),
    ("999 412 3459", "nhs_number"),
    ("LB67 QXT", "car_registration"),
]

# ---------------------------------------------------------------------------
# 2. Plain-text focus group, speaker then timestamp (Name 00:03:12).
# ---------------------------------------------------------------------------
FOCUS = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Peer Support in Practice (evaluation) | Focus Group 3 | Yan Yana Women's Circle, Tottenham
Date: Thursday 7 November 2024, 10:30-11:45
Venue: upstairs room, Havelock Rooms, 14 Sorrell Row, London N17  6VK
Present: Facilitator, P1-P5, interpreter (Turkish/Kurmanji). Names removed except where members asked to be named.
Audio: FG3_tottenham_071124.m4a | Length 00:10:04

Facilitator 00:00:04
Thank you all for coming. Just to remind everyone, this is recorded, you can stop at any time, and we take names out before anything is written up. How long have you been coming?

P1 00:00:31
Me first, I am the oldest. Four years. Before the group I did not leave the house except for the school run and the market. My daughter found it on Facebook.

P2 00:00:52
Two years. My GP at Bramblefield Medical Centre gave me a leaflet, but I came because Gülşen's sister said come.

P4 00:01:10
One year and a half. My name Hêvî, it means hope in Kurdish, so everybody laughs, the hope lady in the sadness group.

[laughter]

Facilitator 00:01:24
What keeps you coming back?

Gülşen 00:01:29
Nobody asks me to explain. In the English groups I spend all the time explaining why my husband's family decides. Here, we know. When the doctor says try mindfulness, we laugh together, because how you do mindfulness with three children and a mother-in-law in a two-bedroom flat?

P3 00:02:05
For me also. I am from Eritrea, I am not Turkish, not Kurdish, but it does not matter. Çiğdem teaches me her recipes, I teach them shiro. We are all women who came from somewhere and had to start again. My mother is still in Adi Keyh, I send money every month and I worry every day. Here I can say I worry and nobody tells me be positive.

Facilitator 00:02:48
And roles? I know some of you have jobs in the group.

Mrs Demir 00:02:55
I do the phone tree. Every Wednesday I ring everybody. Are you coming, do you need a lift. If someone doesn't answer two weeks, I go to the door. I know where everybody lives, that is the job. Zeynep on the Tiverley Estate, Rojda above the launderette, Senait by the bus garage.

P2 00:03:30
And Berfin does the WhatsApp. Too many voice notes!

Facilitator 00:03:38
How did you decide the ground rules?

P4 00:03:42
We made them the first month with Nurcan, the first facilitator. No politics. Turkish women and Kurdish women in one room, if we talk politics the group is finished in one day. No husbands' names. What is said in the room stays in the room. And you don't have to speak English. If you speak Kurmanji, someone translates, if you speak Tigrinya, Senait's daughter comes on the phone.

P1 00:04:20
But sometimes the rule is hard. Last year with the earthquake, my mother's village near Pazarcık was destroyed, my cousin's house is gone. How I don't talk politics then? The government, the buildings. I was so angry. Nurcan said, it's okay, that is not politics, that is grief.

P3 00:05:03
Yes. She is good because she is one of us but she is also trained. The new one from the council is nice, but she talks like the leaflet. She said to Abrehet, have you tried the Mind website, and she does not read English. You need a facilitator who knows when to be quiet. You need patience for this group.

P5 00:05:44
The problem is the room. The Havelock Rooms is good, it has the kitchen and the lift, but it belongs to the mosque, and the Quran class wants us out at quarter to twelve exactly. And the prayer room is next door, the men come for Dhuhr, the mood changes.

P1 00:06:30
Before, we were upstairs at Keyif Ocakbaşı, Mr Aslan gave us the room free in the morning. But the smell of the grill, and the men downstairs watching who goes up. No.

Facilitator 00:06:58
What would make it better?

Mrs Demir 00:07:02
Money for a minibus. Half the ladies cannot come when it rains. My neighbour drives some, she has the blue Zafira, but she cannot do everyone. And childcare. Çiğdem brings the baby, fine, but some have three.

P4 00:07:30
And help with the letters. Everyone brings letters. Like this one, look, QQ 47 18 29 C, they print it on the front and they send it to the wrong flat.

P2 00:07:44
Hêvî, don't read it out, it's recording!

P4 00:07:47
Oh! Sorry. Take it out after.

Facilitator 00:07:50
We'll take that out. Does the group help with the children's side too?

P3 00:08:02
My son Yonas, he was born the third of September 2008, so he is sixteen now, he has problems at Elmwick Academy, fighting. Gülşen came with me to the meeting because my English gets small when I am nervous.

P1 00:08:35
Small English, big heart.

[laughter]

Facilitator 00:08:41
Last question. If the council, or the NHS, wanted to copy this group somewhere else, what should they know?

P4 00:08:50
Don't copy it. Give the room and the tea and the bus money. But the group is the women.

P5 00:09:06
And pay the facilitator properly. Nurcan Kaya does twenty hours and gets paid for six.

Mrs Demir 00:09:18
And answer the phone. The number on the leaflet, 020 7946 0552, nobody answers after three o'clock. When somebody is in crisis at night they call me, not the leaflet. Or Samaritans, but the ladies won't, they are scared it goes to the police.

Facilitator 00:09:58
Thank you, that's really important. I'll stop the recording there.

[END OF RECORDING 00:10:04]

Transcribed by R. Mensah, 09/11/2024. Second check: S.T.
Queries to fg.transcripts@example.net quoting FG3. Group contact (consent given): yanyana.circle@example.org
"""

FOCUS_LABELS = [
    ("Gülşen", "name"), ("Hêvî", "name"), ("Çiğdem", "name"), ("Demir", "name"),
    ("Zeynep", "name"), ("Rojda", "name"), ("Senait", "name"), ("Berfin", "name"),
    ("Nurcan", "name"), ("Kaya", "name"), ("Abrehet", "name"), ("Aslan", "name"),
    ("Yonas", "name"), ("Mensah", "name"), ("S.T.", "name"),
    ("Yan Yana Women's Circle", "workplace"), ("Havelock Rooms", "workplace"),
    ("Bramblefield Medical Centre", "workplace"), ("Keyif Ocakbaşı", "workplace"),
    ("Elmwick Academy", "workplace"),
    ("14 Sorrell Row", "street_address"),
    ("N17  6VK", "postcode"),
    ("Adi Keyh", "place"), ("Tiverley Estate", "place"), ("Pazarcık", "place"),
    ("QQ 47 18 29 C", "ni_number"),
    ("third of September 2008", "date_of_birth"),
    ("020 7946 0552", "phone"),
    ("fg.transcripts@example.net", "email"), ("yanyana.circle@example.org", "email"),
]

# ---------------------------------------------------------------------------
# 3. WebVTT captions with <v> voices (device names, phone numbers).
# ---------------------------------------------------------------------------
VTT = """WEBVTT
Kind: captions
Language: en-GB

NOTE
Front Room Circle - hybrid session, Croydon hub + Brixton link.
Auto captions, tidied by Winston 2025-01-22. Dial-in callers show as numbers.

1
00:00:00.000 --> 00:00:08.000
SYNTHETIC TRANSCRIPT - every name, number and address is invented.

2
00:00:08.600 --> 00:00:19.000
<v HALL-PC2>Good evening everybody, welcome to the Front Room Circle.
It's Pastor Delroy on the hall computer. Can Brixton hear us?

3
00:00:19.700 --> 00:00:36.500
<v Tayo's iPhone>Loud and clear, Pastor. Five of us in the back
of Kingz Corner Cuts tonight, shutters down. Bigz brought patties,
so if the sound drops it's because man is eating. [laughter]

4
00:00:37.100 --> 00:00:53.800
<v HALL-PC2>Bless you. Now, for the new ones, this is a circle, not a class.
Nobody is the expert. We meet at Thornhill Gospel Hall, 112 Dunmarsh Road,
CR0 2MK, every second Wednesday, and the barbershop joins on the link.

5
00:00:54.400 --> 00:01:06.400
<v HALL-PC2>The rules are on the wall: one voice at a time, what's shared
stays here, no fixing people, respect the elders, and the elders also listen.
Phones on silent, and if you need to step out, step out, nobody will chase you.

6
00:01:07.200 --> 00:01:14.100
<v 07700 900614>Hello? Hello? Can you hear me? It's Aunty Pat.

7
00:01:14.700 --> 00:01:18.400
<v HALL-PC2>We hear you, go ahead.

8
00:01:19.200 --> 00:01:55.200
<v 07700 900614>I came from Kellits in nineteen sixty-one, a little girl
in my mother's good coat. I was born the 2nd of February 1948,
so you do the sum. And nobody in this country asked me
how I was feeling until this circle. The shared thing is we all remember.
The signs in the windows, the church, the blues parties, the cold.
I don't have to explain it to Winston or to Lloyd. I just say you know, and they know.

9
00:01:56.200 --> 00:02:22.400
<v +44 7700 900233>Yes, it's Lloyd, I'm on the mobile because the minibus is dead again.
HN18 XQE is sitting outside my house with the bonnet up. That's the real problem,
you know. Half the elders can't get to the hall without that bus,
and the driver money went in April. Nobody at the council seems to understand
that if the bus doesn't come, the group doesn't happen.

10
00:02:23.200 --> 00:02:33.600
<v Galaxy A13>Can I say something? It's Junior. Sorry, I'm on my cousin's phone.

11
00:02:34.200 --> 00:02:52.800
<v Galaxy A13>Respect to the elders, yeah, but sometimes it feels like the group
is for them. We get "in my day" every week. My day is now.
I've got my own stuff and it's not the same stuff. Work, rent, my head.
I'm not saying stop the stories. I'm saying leave a gap for us.

12
00:02:53.600 --> 00:03:26.400
<v Kingsley (he/him)>I hear that. I'm on the laptop in the kitchen.
When I started I just made the tea. That was my role, tea man.
Took me three months to say anything in the circle,
but the tea made me belong before I had the words.
So give the young ones a role that's theirs, not a token thing.
Junior could run the sound system for the Christmas social.

13
00:03:27.200 --> 00:03:47.200
<v Tayo's iPhone>In the shop it's different, to be fair. Nobody's sitting in a circle.
They're in the chair looking in the mirror, not at anybody, that's why they talk.
Smiley said more last Friday with the clippers on his head
than in six months of appointments at Fellbrook Surgery.

14
00:03:47.800 --> 00:03:55.200
<v HALL-PC2>That's a good word. The room changes what people can say.
Brother Sunday, you've been quiet. You want to come in?

15
00:03:56.000 --> 00:04:16.000
<v Sunday Adeleke>Thank you, Pastor. For us Nigerians, and I can say this
because I am one, we don't talk about the mind. You have a problem,
you pray, you fast. My wife Nkechi said go to this group, they also pray,
don't worry. [laughter]

16
00:04:16.800 --> 00:04:30.400
<v Sunday Adeleke>What helps me is the Pastor doesn't pretend the church
is the answer to everything. He said in the first week, God and the GP, both.
And nobody here laughs when a grown man cries. That is rare.

17
00:04:31.200 --> 00:04:48.000
<v 07700 900614>Can I ask, how do I sort the referral? The lady at the surgery
wanted my number and I only have the blue card. It's 999 604 1174,
I'm reading it off the card. Is that the one?

18
00:04:48.600 --> 00:05:08.800
<v Akosua (Front Desk)>Yes Aunty, that's the one, but don't say it on the call,
we're recording. I'll come and sit with you after. [inaudible]

19
00:05:09.400 --> 00:05:26.400
<v Akosua (Front Desk)>For everyone on the link: sign-up is on Instagram,
@frontroomcircle, or https://www.example.org/frontroom/join,
and if you need the minibus text the bus phone on 07700 900 145, not Pastor.

20
00:05:27.000 --> 00:05:31.200
<v +44 7700 900233>And not after ten, I'm sleeping!

21
00:05:31.800 --> 00:05:45.600
<v Galaxy A13>Can Emeka from the shop come on the minibus too?
He lives on the Wickham Vale estate, same block as my nan. Pickup is SW9 8CK.

22
00:05:46.200 --> 00:05:58.400
<v HALL-PC2>Of course, that's what it's for. Before we close, the round.
One word for how you're leaving tonight.

23
00:05:59.000 --> 00:06:01.600
<v Galaxy A13>Lighter.

24
00:06:15.000 --> 00:06:27.200
<v HALL-PC2>Grateful. God bless. Next circle is the 5th of February,
same time. Safe home, everybody. [Music]

NOTE
End of session. Hall laptop died at 00:06:27, last minute missing.
"""

VTT_LABELS = [
    ("Winston", "name"), ("Delroy", "name"), ("Tayo", "name"), ("Bigz", "name"),
    ("Pat", "name"), ("Lloyd", "name"), ("Junior", "name"), ("Kingsley", "name"),
    ("Smiley", "name"), ("Sunday", "name"), ("Adeleke", "name"), ("Nkechi", "name"),
    ("Akosua", "name"), ("Emeka", "name"),
    ("Front Room Circle", "workplace"), ("Kingz Corner Cuts", "workplace"),
    ("Thornhill Gospel Hall", "workplace"), ("Fellbrook Surgery", "workplace"),
    ("112 Dunmarsh Road", "street_address"),
    ("CR0 2MK", "postcode"), ("SW9 8CK", "postcode"),
    ("Kellits", "place"), ("Wickham Vale", "place"),
    ("07700 900614", "phone"), ("+44 7700 900233", "phone"), ("07700 900 145", "phone"),
    ("2nd of February 1948", "date_of_birth"),
    ("999 604 1174", "nhs_number"),
    ("HN18 XQE", "car_registration"),
    ("frontroomcircle", "handle"),
    ("https://www.example.org/frontroom/join", "url"),
]

# ---------------------------------------------------------------------------
# 4. Community newsletter (.odt): feature article quoting members.
#    (style, text) with style in {"P", "H1", "H2", "H3"}.
# ---------------------------------------------------------------------------
NEWS_PARAS = [
    ("P", SYN),
    ("H1", "Community News \u2014 Luton North"),
    ("P", "Issue 14 | Spring 2025 | Free, please take one"),
    ("H2", "Tea, talk and turmeric: inside the peer circles keeping Luton going"),
    ("P", "Words: Kerry-Ann Walsh | Photos: Mo H."),
    ("P", "On a wet Tuesday morning the hall behind the mosque smells of cardamom and damp "
          "coats. Twelve women sit in a horseshoe of plastic chairs. There is no whiteboard. \u201cWe tried a "
          "whiteboard,\u201d laughs Rahima Begum, who has come every week since the Bokul Circle began in "
          "2019. \u201cNobody looked at it. They looked at the samosas.\u201d"),
    ("P", "The bokul is a small, sweet-smelling flower that grows all over Sylhet. The circle was started "
          "by Fahmida, a dispenser at Marlpit Pharmacy, after her own postnatal depression. "
          "\u201cWhen I was ill the doctor gave me sertraline, 50mg, and a number for talking therapy with a "
          "six-month wait,\u201d she says. \u201cWhat I needed was another mum who would sit with me and not "
          "report back to my mother-in-law.\u201d"),
    ("H3", "\u201cNobody is the patient here\u201d"),
    ("P", "There is no leader as such. Members take turns to run the morning. One week it is Nasrin, who "
          "keeps the register in a school exercise book; the next it is Rupa Das, a teaching assistant at "
          "Hawthorn Rise Primary, who brings a Bluetooth speaker and a playlist of Runa Laila songs. "
          "\u201cIf you give someone a job, they come back,\u201d she says. \u201cIf you only give them a "
          "leaflet, it goes in the drawer with the other leaflets.\u201d"),
    ("P", "The ground rules are written in Bengali and English on a sheet taped to the urn: nothing said "
          "leaves the room, no comparing children, no advice unless someone asks, and husbands are never "
          "discussed by name. \u201cThat last one was Aunty Rahima\u2019s idea,\u201d the founder says. \u201cBest "
          "idea anybody ever had.\u201d"),
    ("P", "Photo: \u09a8\u09be\u09b8\u09b0\u09bf\u09a8 \u0986\u0995\u09cd\u09a4\u09be\u09b0, "
          "the circle\u2019s treasurer, counting the tea money."),
    ("P", "Rahima (born 14.04.1955) grew up in a village outside Beanibazar and came to Luton in 1979 "
          "to join her husband, who worked nights at Cresswell\u2019s Bakery. For years, she says, she "
          "carried \u201ca heaviness\u201d that nobody had a word for. \u201cIn our language we say the mind is "
          "tired. Here they say depression and give you a tablet. At the circle we just say, you are "
          "tired, sit down.\u201d"),
    ("P", "Not everything is easy. The hall is shared with the madrasa, and on busy weeks the circle is "
          "squeezed into a side room with a broken heater. Some members worry about being seen going in. "
          "\u201cPeople think a mental health group means you are mad,\u201d says one member, who asked not "
          "to be named. \u201cSo we tell them it is a cooking club. Which is also true.\u201d"),
    ("H2", "Down the road: the lads at the food bank"),
    ("P", "Two miles away, on Thursday afternoons, a very different group meets in the storeroom of Hatters "
          "Pantry, the food bank off the ring road. Most of the eight men are Roma from Romania. Some work "
          "nights in warehouses near the airport; some are waiting on Universal Credit decisions."),
    ("P", "\u201cIn Romania nobody talks about the head,\u201d says Florin L\u0103c\u0103tu\u0219, 41, who came "
          "from T\u00e2nd\u0103rei in 2014 and now volunteers sorting tins. \u201cYou are strong or you are "
          "crazy. Here, Uncle Dev says there is a third thing: you are tired and you need your brothers.\u201d"),
    ("P", "Dev Sandhu, a retired bus driver who facilitates the group, says the hardest thing was trust. "
          "\u201cFor two months they thought I was from the council. Then one lad\u2019s mum got sick and we "
          "drove her to the L&D at two in the morning in the pantry van, KX19 QOB, the white one. After "
          "that it was different.\u201d"),
    ("P", "The tension, he admits, is the queue. Men waiting for food parcels can see who goes into the back "
          "room. \u201cShared identity is a strength, but it is also small. Everybody knows everybody. We are "
          "asking for a different door.\u201d Ionu\u021b, 23, puts it more simply: \u201cI don\u2019t want my "
          "cousin to see me here. But I come.\u201d"),
    ("P", "Both groups are funded until March by Lea Valley Health Partnership. Its community wellbeing "
          "lead said: \u201cPeer support is cheap to fund and expensive to lose. We are "
          "looking at how to keep these circles going beyond this year.\u201d"),
    ("H3", "Get involved"),
    ("P", "Bokul Circle (women only): Tuesdays 10.30am\u201312.30pm, Madinatul Falah Masjid hall, "
          "9 Quillan Street, Luton LU1 3MV. Call or WhatsApp Nasrin on 01632 960418."),
    ("P", "Hatters Pantry men\u2019s group: Thursdays 2\u20134pm, 41a Sorbus Way, LU4 9CK. Email "
          "hatterspantry@example.org, visit www.example.org/hatters-pantry or find us on Instagram "
          "@hatterspantry_luton."),
    ("P", "If you are struggling right now, call Samaritans free on 116 123 or text SHOUT to 85258. In an "
          "emergency, call 999 or go to A&E."),
    ("H3", "Birthday corner"),
    ("P", "Happy 80th to Uncle Abdul (born 2 March 1945), still first in the queue for chai every "
          "Tuesday, and congratulations to M\u0103d\u0103lina, who passed her driving theory test at the "
          "third go!"),
    ("P", "Next issue: stories, photos and recipes to newsdesk@example.com by 30 May. Community News is put "
          "together by volunteers. Thanks to everyone who talked to us."),
]

NEWS_LABELS = [
    ("Kerry-Ann", "name"), ("Walsh", "name"), ("Mo", "name"),
    ("Rahima", "name"), ("Begum", "name"), ("Fahmida", "name"), 
    ("Nasrin", "name"), ("Rupa", "name"), ("Das", "name"),
    ("\u09a8\u09be\u09b8\u09b0\u09bf\u09a8", "name"), ("\u0986\u0995\u09cd\u09a4\u09be\u09b0", "name"),
    ("Florin", "name"), ("L\u0103c\u0103tu\u0219", "name"), ("Dev", "name"),
    ("Sandhu", "name"), ("Ionu\u021b", "name"), 
    ("Abdul", "name"), ("M\u0103d\u0103lina", "name"),
    ("Madinatul Falah Masjid", "workplace"), ("Bokul Circle", "workplace"),
    ("Marlpit Pharmacy", "workplace"), ("Hawthorn Rise Primary", "workplace"),
    ("Cresswell\u2019s Bakery", "workplace"), ("Hatters Pantry", "workplace"),
    ("Lea Valley Health Partnership", "workplace"),
    ("41a Sorbus Way", "street_address"), ("9 Quillan Street", "street_address"),
    ("LU1 3MV", "postcode"), ("LU4 9CK", "postcode"),
    ("Beanibazar", "place"), ("T\u00e2nd\u0103rei", "place"),
    ("14.04.1955", "date_of_birth"), ("2 March 1945", "date_of_birth"),
    ("KX19 QOB", "car_registration"),
    ("01632 960418", "phone"),
    ("hatterspantry@example.org", "email"), ("newsdesk@example.com", "email"),
    ("www.example.org/hatters-pantry", "url"),
    ("hatterspantry_luton", "handle"),
]

# ---------------------------------------------------------------------------
# 5. Discord channel export (plain text): "name — date time" then messages.
# ---------------------------------------------------------------------------
DISCORD = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
==============================================================
Guild: Slough Sound Minds
Channel: #general-chat
Topic: peer support between meetups. Read the pinned rules. Not a crisis service.
Exported 14/02/2025 22:10 | 27 messages
==============================================================

SSM Facilitator — 03/02/2025 09:00
📌 Welcome 💜 Rules: 1) what's said here stays here, no screenshots 2) ask before you DM 3) never post anyone's number or address, including your own 4) this chat isn't watched 24/7. In crisis: Samaritans 116 123, or 999.
Meetups every Wednesday 7pm, Darul Sakina Masjid hall, 22 Farnley Crescent, SL1 2QK, side door.

sl1ppy_g — 12/02/2025 18:47
anyone going tonight
is it mosque hall or library again
anyone want a lift from the station? got space for 2, text me 07700900781

lilac.tea — 12/02/2025 18:49
mosque hall, library's shut for the roof
patience is bringing the urn so we're good
postcode for sat nav is sl12qk, side door by the bins

dreadz_99 — 12/02/2025 18:52
wagwan fam. last time the sat nav took me to Langley lol
also whoever owns the white golf RV21KQA ur blocking the side door every week 😤

mr.slick07 — 12/02/2025 18:58
can someone help me with universal credit form after. it asking national insurance. is this it zz 31 42 75 d or is the other paper (edited)

SSM Facilitator — 12/02/2025 19:01
@mr.slick07 delete that babe, rule 3 🙈 bring the letter tonight and me and rahel will sit with you. you've got the right one, just don't post it here
and the golf is the imam's nephew, leave it 😂

lilac.tea — 12/02/2025 22:14
thank you everyone for tonight 💜 sameer what you said about your dad, respect. that took guts
and dee thank you for the playlist, the nasheed at the end had me crying
honestly this is the only place i don't have to explain being eritrean AND being sad. everyone just gets the in between bit. thank you Ola for holding it

sl1ppy_g — 12/02/2025 22:20
ty. felt weird saying it out loud. first time i said it to anyone who wasn't a doctor
group's the only place no one looks at me like "but you're so funny tho"
my mum still thinks it's a youth club 😭 which tbf

dreadz_99 — 12/02/2025 22:31
real talk. at Hartley Logistics it's banter banter banter all shift, no one asks. here man can just be tired
the biscuit rota is getting political tho. someone brought bourbons again

mr.slick07 — 12/02/2025 22:40
thank you for help with form. rahel is very patient 😅 my mum in Colnbrook say thank you also
in romani we say sastipe, it mean health. this group is sastipe for me

SSM Facilitator — 13/02/2025 08:15
Morning all ☀️ a few of you asked about roles. we need someone on the door and someone to keep the rota sheet. sign up here https://example.com/ssm-rota
tunde did the door for 6 months and he's stepping back, massive thank you tunde 🙌
roles aren't a test btw. if you just want to come and sit, that's enough

dreadz_99 — 13/02/2025 08:40
i'll do door. nobody gets past uncle k 😂

lilac.tea — 13/02/2025 09:02
can i say something about the rules tho. someone screenshotted this chat last week and it ended up in a whatsapp group in Datchet where my aunty lives. i know who it was. i'm not gonna say. but that's exactly why i nearly didn't come back

SSM Facilitator — 13/02/2025 09:10
I'm really sorry hun. that's a serious breach and I'll deal with it privately. if anyone needs to talk about it DM me or email ssm.slough@example.com. the group only works if it's safe

dreadz_99 — 13/02/2025 09:20
tension innit. we want it open so new people find us but then it's not safe
maybe new people come thru the facilitator first, have a chat, then get the link. and the link expires after a day

mr.slick07 — 13/02/2025 11:47
my cousin want to come. he is 17 is that ok. he is at Beechmere College

sl1ppy_g — 14/02/2025 00:03
its my bday!! 14.02.2004 gang, valentine's baby 😂 21 today

lilac.tea — 14/02/2025 00:10
↳ replying to sl1ppy_g
happy birthday sameer!!! 🎂🎂

SSM Facilitator — 14/02/2025 09:00
Happy birthday 🎂 @mr.slick07 it's 18+ I'm afraid, but there's a youth group at the library on Saturdays, I'll DM you.
No meetup next Wednesday (half term, hall's booked). Sunday walk instead, 11am at the Jubilee River car park, bring a flask. Map: example.net/jubilee-walk
— Ola x
"""

DISCORD_LABELS = [
    ("Ola", "name"), ("patience", "name"), ("rahel", "name"), 
    ("sameer", "name"), ("dee", "name"), ("tunde", "name"),
    ("sl1ppy_g", "handle"), ("lilac.tea", "handle"), ("dreadz_99", "handle"), ("mr.slick07", "handle"),
    ("Slough Sound Minds", "workplace"), ("Darul Sakina Masjid", "workplace"),
    ("Hartley Logistics", "workplace"), ("Beechmere College", "workplace"),
    ("22 Farnley Crescent", "street_address"),
    ("SL1 2QK", "postcode"), ("sl12qk", "postcode"),
    ("Colnbrook", "place"), ("Datchet", "place"),
    ("zz 31 42 75 d", "ni_number"),
    ("07700900781", "phone"),
    ("RV21KQA", "car_registration"),
    ("14.02.2004", "date_of_birth"),
    ("https://example.com/ssm-rota", "url"), ("example.net/jubilee-walk", "url"),
    ("ssm.slough@example.com", "email"),
]

LABEL_SPECS = {
    F1: TEAMS_LABELS,
    F2: FOCUS_LABELS,
    F3: VTT_LABELS,
    F4: NEWS_LABELS,
    F5: DISCORD_LABELS,
}

# ---------------------------------------------------------------------------
# Look-alikes that must NOT be flagged (file, text, why).
# ---------------------------------------------------------------------------
TRICKY = [
    # F1 Teams
    (F1, "Lewisham", "London borough on its own (the group name is labelled separately)"),
    (F1, "Samaritans", "national charity helpline"),
    (F1, "116 123", "Samaritans helpline number"),
    (F1, "NHS 111", "national NHS line"),
    (F1, "Shout", "national crisis text service"),
    (F1, "85258", "Shout text short code"),
    (F1, "Kingston", "capital city (Jamaica); not a small place with personal detail"),
    (F1, "Sunday", "day of the week (Sunday school); a name in another file"),
    (F1, "comfort", "ordinary word; Comfort is a name in this file only with a capital"),
    (F1, "Corolla", "car model, not a registration"),
    (F1, "12 March 2024, 2:02pm", "meeting date/time in Teams header"),
    (F1, "20240312_140215", "Teams file-name timestamp"),
    (F1, "0:03", "Teams offset timestamp"),
    (F1, "(Guest)", "Teams guest tag"),
    (F1, "(Unverified)", "Teams unverified-guest tag"),
    (F1, "29th", "meeting deadline date"),
    (F1, "Pastor", "honorific alone (name after it is labelled)"),
    (F1, "GP", "generic service"),
    (F1, "NHS", "national health service"),
    (F1, "Black", "ethnicity, not a surname"),
    # F2 focus group
    (F2, "Facilitator", "role label"),
    (F2, "P1", "pseudonymous role label"),
    (F2, "P4", "pseudonymous role label"),
    (F2, "Tottenham", "London district"),
    (F2, "Eritrea", "country"),
    (F2, "Kurmanji", "language"),
    (F2, "Tigrinya", "language"),
    (F2, "Facebook", "app/platform"),
    (F2, "WhatsApp", "app/platform"),
    (F2, "Mind", "national mental-health charity"),
    (F2, "patience", "ordinary word here; a lower-case name in the Discord file"),
    (F2, "hope", "ordinary word (translation of the name Hêvî)"),
    (F2, "Dhuhr", "prayer time"),
    (F2, "Zafira", "car model"),
    (F2, "Thursday 7 November 2024", "meeting date"),
    (F2, "09/11/2024", "transcription date, not a DOB"),
    (F2, "FG3", "focus-group code"),
    (F2, "FG3_tottenham_071124.m4a", "audio file name"),
    (F2, "00:10:04", "timestamp"),
    (F2, "R.", "single initial (surname after it is labelled)"),
    (F2, "Mrs", "honorific in speaker label"),
    (F2, "London", "capital city in the venue line"),
    (F2, "NHS", "national health service"),
    # F3 VTT
    (F3, "HALL-PC2", "device name without a person in it"),
    (F3, "Galaxy A13", "phone model used as a caption voice"),
    (F3, "iPhone", "device type"),
    (F3, "he/him", "pronouns in display name"),
    (F3, "Front Desk", "role in display name"),
    (F3, "Croydon", "large town"),
    (F3, "Brixton", "London district"),
    (F3, "Instagram", "app/platform"),
    (F3, "Nigerians", "nationality"),
    (F3, "nineteen sixty-one", "year of arrival, not a date of birth"),
    (F3, "2025-01-22", "session date in NOTE"),
    (F3, "5th of February", "next meeting date"),
    (F3, "April", "month"),
    (F3, "[Music]", "caption sound tag"),
    (F3, "God", "religious word, not a name"),
    # F4 newsletter
    (F4, "Luton", "large town"),
    (F4, "Sylhet", "region/city in Bangladesh"),
    (F4, "Romania", "country"),
    (F4, "Roma", "ethnic group"),
    (F4, "sertraline, 50mg", "drug and dose"),
    (F4, "Runa Laila", "public figure (singer)"),
    (F4, "bokul", "flower (lower case); the group name is labelled"),
    (F4, "L&D", "public hospital abbreviation"),
    (F4, "Universal Credit", "benefit"),
    (F4, "116 123", "Samaritans helpline number"),
    (F4, "85258", "Shout text short code"),
    (F4, "999", "emergency number, not an NHS number"),
    (F4, "A&E", "hospital department"),
    (F4, "2019", "year"),
    (F4, "Issue 14", "newsletter issue number"),
    (F4, "Uncle", "honorific alone"),
    (F4, "Bengali", "language"),
    (F4, "Community News", "generic newsletter title"),
    (F4, "Luton North", "area in the masthead"),
    (F4, "SHOUT", "national crisis text service keyword"),
    (F4, "H.", "single initial after a labelled first name (Mo H.)"),
    # F5 Discord
    (F5, "SSM Facilitator", "role display name (the facilitator's name only appears in her sign-off)"),
    (F5, "romani", "language, lower case"),
    (F5, "sastipe", "Romani word for health"),
    (F5, "eritrean", "nationality, lower case"),
    (F5, "nasheed", "devotional song genre"),
    (F5, "Samaritans", "national charity"),
    (F5, "Langley", "district/village mentioned without personal detail (sat-nav error)"),
    (F5, "Jubilee River", "public landmark"),
    (F5, "Sunday", "day of the week; a name in another file"),
    (F5, "uncle k", "nickname is a single initial after an honorific"),
    (F5, "14/02/2025 22:10", "export timestamp"),
    (F5, "#general-chat", "channel name"),
    (F5, "18+", "age rule"),
    (F5, "patient", "ordinary word next to the name patience"),
    (F5, "universal credit", "benefit, lower case"),
    (F5, "24/7", "availability, not a date"),
    (F5, "valentine's", "festival"),
    (F5, "golf", "car model"),
]
