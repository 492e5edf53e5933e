# -*- coding: utf-8 -*-
"""Marked-up sources for the blind-bk set.

Markup: [[k|surface text]] where k is a kind code (see KINDS).  build.py strips the
markup, writes the transcript files and derives labels.csv from the markup.
Everything here is invented (people, numbers, addresses, employers, venues, schools,
streets); real towns/villages/boroughs appear only as places or look-alikes.
"""

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

KINDS = {
    "n": "name", "p": "place", "w": "workplace", "s": "street_address",
    "pc": "postcode", "ph": "phone", "em": "email", "u": "url", "h": "handle",
    "dob": "date_of_birth", "nhs": "nhs_number", "ni": "ni_number",
    "car": "car_registration",
}

# ---------------------------------------------------------------------------
# 1. MAXQDA-style transcript (.txt) - Tottenham, older adults' lunch club
# ---------------------------------------------------------------------------
F1_NAME = "bk01_maxqda_tottenham_elders.txt"
F1 = SYNTH + """
Project: What makes peer groups work (London) | Document: TOT-EL-02 focus group
Group: [[w|Thursday Front Room]] lunch club for older adults, [[w|Lindenfield Community Hall]], [[s|41 Cassop Road]], Tottenham [[pc|N17 6CK]]
Session date: 13.03.2025 | Transcribed by: [[n|Ngozi]] [[n|Adeleke-Hart]] | Audio: TOT-EL-02_final.m4a | Duration 00:06:52
Speakers: I = interviewer; Fac = volunteer facilitator; members are shown by first name, as agreed on the consent forms

I: Thank you all for staying on after lunch. To start, how did each of you first come to the club? #00:00:04-1#

[[n|Winston]]: My daughter brought me. After my wife passed in 2021 I was just sitting in the flat on the [[p|Calloway Fields]] estate, eleventh floor, watching the 149 go up and down the High Road. My daughter rang the number on the leaflet, [[ph|020 7946 0518]], and a lady from the club came round and had a cup of tea with me. Thursday is the club now, Sunday is church, and the other days I don't mind so much. #00:00:31-6#

[[n|Halina]]: For me it was the GP. Doctor [[n|Mukherjee]] at [[w|Quaystone Medical Practice]] said, Mrs [[n|Wójcik]], you need people, not more tablets. I said I have people, I have the television. She wrote the club on a prescription paper, the day and the bus. I still have it in my purse. #00:01:02-8#

[[n|Abdullahi]]: My neighbour's son, [[n|Hodan]]'s boy, he found it on Facebook. I am not on Facebook. I am eighty-one, born [[dob|4th April 1944]] in [[p|Ceel Afweyn]], a small town, nobody here has heard of it, my father kept camels there. The boy printed the page and put it under my door with the bus number written on top. #00:01:29-3#

I: What keeps you coming back? What makes it work, would you say? #00:01:34-9#

[[n|Merle]]: Knowing somebody will notice if I'm not there. That's it, honestly. Last winter I had the flu and [[n|Patience]] from the committee phoned me on the Thursday afternoon, "Auntie, where are you?" Nobody else would have known for a week. Not my son in Birmingham, not anybody. And everybody has a job. He does the chairs, [[n|Kostas]] does the urn and won't let anybody else touch it, I do the raffle and the birthday cards. I keep everybody's birthday in my little red book. #00:02:15-8#

[[n|Winston]]: Don't tell them how old I am. At the chemist it's "name and date of birth" every time, so I say it in my sleep: [[n|Gayle]], [[dob|one-nine, oh-eight, forty-one]]. #00:02:38-0#

(laughter) #00:02:39-2#

Fac: What about the ground rules? We wrote them together in the first month. #00:02:44-7#

[[n|Halina]]: Number one, no politics at the table. Number two, what is said in the room stays in the room. Number three, you don't have to talk. I didn't talk for maybe six weeks, I just listened, and nobody pushed me. That is why I stayed. At my church in [[p|Łęczyca]], when I was a girl, the ladies always pushed. And with old people you need patience. We repeat ourselves. Nobody here minds hearing the bus story ten times. #00:03:18-0#

I: Is there anything that doesn't work so well? Any tensions? #00:03:22-9#

[[n|Abdullahi]]: The room. The hall is cold and the toilet is upstairs, and with my knee this is a problem. A man from the council came in January and wrote everything down. Nothing happened. #00:03:40-1#

[[n|Merle]]: And the new people. When the housing association started sending people, all at once we had twelve new faces, some of them not well at all. One gentleman was shouting. The urn man handled it, fair play, but it frightened her and she stayed away two weeks. #00:04:02-7#

[[n|Halina]]: Until [[n|Kostas]] came to my flat, [[s|Flat 6, 22 Gorringe Terrace]], three floors with his bad chest, to bring me the raffle prize I won without being there. A tin of Quality Street. So I came back. #00:04:28-6#

I: Who runs the club day to day? #00:04:31-0#

Fac: On paper it's me and another volunteer on alternate weeks, we volunteer through [[w|Brook Meadow Neighbourhood Trust]]. But really the members run it. If I'm off sick [[n|J.T.]] opens up, he has the spare key. He drove the 41 for thirty years and knows everybody. #00:04:46-9#

[[n|Merle]]: And the minibus. The driver told me look for the white one, [[car|LF64 UQX]], I wrote it on my hand so I don't get in the wrong van. #00:05:08-3#

I: And the funding side? I know the Trust applied to the borough this year. #00:05:13-3#

Fac: Don't start me. The commissioner, Ms [[n|Oyelaran]], is lovely, but the new monitoring form wants NHS numbers for everybody who walks in. I said these are pensioners having soup, not patients. And he got his card out and read his straight to me, [[nhs|999 402 1176]], before I could stop him. #00:05:39-6#

[[n|Abdullahi]]: I am happy to give it. I have nothing to hide. #00:05:42-1#

Fac: I know, my love, but I tore that page up. #00:05:44-8#

I: What makes a good facilitator here? #00:05:47-0#

[[n|Merle]]: Somebody who knows when to be quiet, because this time is precious to us. The last one was from the mental health team and everything was a "session". We're not a session, we're a lunch. #00:06:05-2#

[[n|Winston]]: And somebody who remembers your name. That is a big thing at our age. Nobody says your name any more, only the date of birth. #00:06:13-5#

I: Last question. If another borough wanted to start a club like this, what would you tell them? #00:06:19-0#

[[n|Merle]]: Get a warm room on the ground floor. Get a kettle. Get somebody like [[n|Patience]] who phones. And don't ask for numbers on the first day. #00:06:31-0#

(laughter) #00:06:32-3#

Fac: If anybody wants a copy of the notes, it's [[em|tfr.lunchclub@example.org]] or my mobile, [[ph|07700 900417]], and the photos go up on [[u|www.example.org/tfr-photos]] once everyone has signed the form. #00:06:49-7#

I: Thank you, all of you. I'll stop the recording there. #00:06:52-0#
"""

F1_TRICKY = [
    ("Tottenham", "London district/borough area named in the header, not an identifying small place"),
    ("Birmingham", "big city"),
    ("Facebook", "app/platform"),
    ("149", "bus route number"),
    ("the 41", "bus route number, not a person or address"),
    ("Doctor", "title before a surname; only the surname is labelled"),
    ("High Road", "generic main road, no house number"),
    ("Quality Street", "brand of sweets, looks like a street address"),
    ("13.03.2025", "meeting date, not a date of birth"),
    ("2021", "year"),
    ("Thursday", "meeting day (also part of the group name, which is labelled separately)"),
    ("Auntie", "kinship term of address, not a name"),
    ("Fac", "role label"),
    ("#00:03:18-0#", "MAXQDA timestamp, digits only"),
    ("TOT-EL-02", "document code"),
    ("NHS", "national health service, not a number"),
    ("the Trust", "generic reference to the employer already labelled"),
    ("patience", "ordinary word; Patience (capitalised) is a name in this file"),
    ("Sunday", "weekday; Sunday is a man's name in the WhatsApp file"),
    ("precious", "ordinary word; Precious is a name in the Peckham and Croydon files"),
]

# ---------------------------------------------------------------------------
# 2. Condens / Dovetail repository export (.csv) - Peckham hearing voices group
# ---------------------------------------------------------------------------
F2_NAME = "bk02_condens_peckham_hearing_voices.csv"
F2_HEADER = ["Note", "Participant", "Tags", "Highlight text", "Created by"]
_TB = "[[n|Toyin]] B."
_RP = "[[em|r.pryce@example.org]]"
_C = "Commissioner, South East London ICB"
F2_ROWS = [
    ["Int 01 - peer facilitator", "HV01 [[n|Kehinde]] [[n|Adéwálé]]", "facilitation; taking on roles; ground rules",
     "I came as a member in 2017. [[n|Rosalind]], who set the group up, asked me one week to do the check-in because she had the dentist. Eight years of check-ins later, here I am. Having a job in the room gave me something to be apart from a patient. The rule that matters most: we don't argue about what voices are. Spirits, trauma, illness, the neighbours' wifi, every explanation is welcome at the table. We're affiliated to the Hearing Voices Network and that's their charter too. When a registrar from the Maudsley came to observe, he found that very hard to sit with.", _TB],
    ["Int 01 - peer facilitator", "HV01", "room/venue; tensions",
     "We meet in the back room at [[w|Gildersome Hall]], [[s|3 Mortlake Passage]], [[pc|SE15 4MC]]. It's cheap because the vicar, Reverend [[n|Okwuosa]], likes us. But there's a toddler group at twelve, so at 11.55 the caretaker is standing in the doorway with his keys. You can't finish a hard conversation with someone jangling keys.", _TB],
    ["Int 01 - peer facilitator", "HV01", "access; contact",
     "If people want to come they email the group, it's [[em|peckhamvoices at example dot org]], all one word, or text the group phone on [[ph|07700 900 263]]. Nobody has to give a surname. We watched the Eleanor Longden talk in week one and people still quote it.", _TB],
    ["Int 02 - member", "HV02 [[n|Grzegorz]] ([[n|Greg]])", "shared identity; voices; mutual support",
     "Before the group I thought I was the only man in Peckham with somebody living in his radiator. First night, [[n|Precious]] says hers lives in the fridge. Everybody laughed, me also. It is not funny, but also it is funny. That is shared identity, I think. When it's bad I don't answer the phone to anybody, so the group agreed I can just send one emoji to the facilitator and he knows.", _TB],
    ["Int 02 - member", "HV02", "consent; credit",
     "I post my drawings of the radiator man on Instagram, [[h|@radiator.man.draws]], and people from the group leave hearts. Small thing. Big thing. Wants to be credited by full name for the drawings in any report: [[n|Grzegorz]] [[n|Wróblewski]], portfolio [[u|https://radiatorman.example.net/drawings]]. Consent form signed 21/01/2025.", _TB],
    ["Int 03 - member", "HV03", "ground rules; voices; safety",
     "We wrote the rules on flipchart paper and they're pinned up every week. Rule 4, no diagnosing each other. Rule 7, you can leave any time and nobody follows you out, except whoever is on door duty. My voices have names. The loud one is the Landlord, because he always wants something from me. [[n|Lucjan]] said his is called the Committee, and that was it, we were friends.", _RP],
    ["Int 03 - member", "HV03", "tensions; medication; facilitation",
     "There's a tension about meds. Some people are on clozapine and swear by it, some came off everything, and one man gave a whole speech about 15mg of aripiprazole that upset people. We added a rule: talk about your own experience, not what others should take. When the Trust sent a psychologist to co-facilitate, a nice man, [[n|Fenwick]] I think, the room went quiet for three weeks. Nobody wanted to be assessed.", _RP],
    ["Int 04 - commissioner", _C, "commissioning; referral; data",
     "From where I sit the group is cheap and it works, but I can't evidence it. The dashboard wants outcomes. [[n|Rosalind]] sends me poems. I love the poems. The board doesn't. We tried a referral route: GPs at [[w|Ashbourne Rye Practice]] sent people over with a form, DOB, NHS number, the lot, and the group refused to keep any of it. Honestly I respect that. It's a peer group, not a service.", _RP],
    ["Int 05 - carer", "HV05 (sister of a member)", "access; mutual support; shared identity",
     "I rang the number on the poster in the launderette, [[ph|020 7946 0835]], and got the facilitator's voicemail. He rang back the same evening. My brother had come out after four months to a flat on the [[p|Kitto Fields]] estate, fourth floor, no lift, no furniture. The group found him a sofa before the council did. What worked for [[n|Delroy]] was the other Black men in the room. Mr [[n|Braithwaite]] had heard voices since the seventies, been through all of it, and was still standing. He had never seen that.", _RP],
    ["Int 05 - carer", "HV05", "benefits; tensions",
     "Helping him with the PIP form I must have written his date of birth, [[dob|2 November 1968]], twenty times. The group is the only place nobody asks him for it. If he's in crisis I tell him Samaritans, 116 123, but he'd rather text the group.", _RP],
    ["Observation - session 14 Jan", "Group (9 present)", "observation; ground rules",
     "Check-in round led by HV01. One new member passed, and the group moved on without comment, as per rule 3. Noise from the toddler group from 11.40. [[n|Greg]] shared a drawing. Closed with the one-word round.", _TB],
]

F2_TRICKY = [
    ("Peckham", "London district, not a small place with personal detail"),
    ("Maudsley", "well-known hospital, not the speaker's workplace"),
    ("Hearing Voices Network", "national network/charity"),
    ("Eleanor Longden", "public figure (known talk on hearing voices)"),
    ("Instagram", "app/platform"),
    ("clozapine", "drug"),
    ("15mg of aripiprazole", "drug and dose"),
    ("South East London ICB", "public NHS body, not an individual's employer detail"),
    ("Samaritans, 116 123", "national helpline number"),
    ("2017", "year"),
    ("11.55", "time"),
    ("11.40", "time"),
    ("14 Jan", "session date"),
    ("21/01/2025", "consent date, not a date of birth"),
    ("Rule 4", "ground-rule number"),
    ("the Landlord", "name a member gives a voice, not a person"),
    ("the Committee", "name a member gives a voice, not a person"),
    ("Commissioner", "role label"),
    ("Int 03 - member", "pseudonymous note title"),
    ("HV01", "pseudonymous participant code"),
    ("B.", "single initial after a display name in Created by, not labelled"),
]

# ---------------------------------------------------------------------------
# 3. Focus-group transcript (.odt) with interpreter - Southall refugee women
# ---------------------------------------------------------------------------
F3_NAME = "bk03_focusgroup_southall_refugee_women.odt"
F3_HEAD = [  # (style, text) ; style h = heading, p = paragraph
    ("p", SYNTH),
    ("h", "Focus group transcript: [[w|Sisters of the Crossing]] peer support group, Southall"),
    ("p", "Date: Tuesday 11 February 2025, 10.30-12.00. Venue: [[w|Amberley Green Family Hub]], [[s|90 Ramsworth Avenue]], Southall [[pc|UB2 4KO]]."),
    ("p", "Present: FAC = [[n|Gurpreet]] [[n|Sandhu]] (peer facilitator); INT = Somali/English interpreter [[n|Cawo]] [[n|Warsame]]; P1 = [[n|Faadumo]]; P2 = [[n|Roya]]; P3 = [[n|Hêvî]]; P4 = [[n|Senait]]. Transcribed by [[n|R.D.]] Line numbers follow the audio."),
    ("p", "Note: participants chose whether to be named. Somali speech is marked [Somali] and only the interpreted English is transcribed. After each person's first turn the transcript uses the P number only."),
]
F3_LINES = [
    "FAC: Good morning everyone, and thank you for coming out in the rain. The interpreter will help anyone who wants Somali. P2, you said you're fine in English today?",
    "P2 ([[n|Roya]]): Yes, my English is okay. If I don't know a word I say it in Dari and she laughs at me.",
    "P3 ([[n|Hêvî]]): I don't laugh! Only a little. In Kurdish my name means hope, so I have to be nice.",
    "FAC: Let's start easy. How did you first find the group?",
    "P1 ([[n|Faadumo]]): [Somali]",
    "INT (translating): She says she was in the hotel near the airport, the [[w|Skyline Meridian Hotel]], for eleven months with her two children. A lady from the mosque came on a Friday and gave her a paper with the number, [[ph|020 7946 0691]].",
    "P1: [Somali]",
    "INT (translating): She says at first she did not come because she thought it was the Home Office. Everything is the Home Office. Every paper, every person with a lanyard.",
    "P4 ([[n|Senait]]): For me also. I thought they will write everything down and send it to my caseworker, Mr [[n|Pemberton-Oduya]]. He always says call me on [[ph|0121 496 0734]] and nobody ever answers.",
    "FAC: And what changed your mind?",
    "P4: P3 did. She was in my English class at [[w|Lavender Court Adult Learning]]. She said it is only women, nobody writes your name, you drink tea and you talk or you don't talk.",
    "P3: This is the first rule. Nobody writes names. (laughs) Except today.",
    "FAC: Except today, and only with your permission. What makes the group work, for you?",
    "P2: Everybody understands without explaining. In my village, [[p|Istalif]], my father made the blue pots. Here nobody knows the village, nobody knows anything about me. In the group I don't have to explain why I jump when a door bangs. Three other women also jump.",
    "P1: [Somali]",
    "INT (translating): She says the same. In the group she is not the asylum seeker, she is the woman who makes the best canjeero. Everybody has a job. She brings the food, P3 does the welcome at the door.",
    "P4: And I keep the time, because I was a teacher at the secondary school in [[p|Adi Quala]] for nine years, so I like a bell.",
    "FAC: Can we talk about the hard parts? Where does it go wrong?",
    "P3: When someone gets their decision. Positive or negative, it is hard for the group. Last month [[n|Nasra]] got her status and she felt guilty to tell us, because [[n|Shukri]] was refused the same week. My own family is still in [[p|Penjwen]], my mother keeps chickens behind the house, so I understand both.",
    "INT: (aside to FAC) Should I translate this for P1?",
    "FAC: Yes please, if she wants.",
    "INT (translating): She says yes, this is true, and when she had her interview in Croydon the whole group waited for her in the café across the road.",
    "P2: Also the papers. In my papers my birthday is [[dob|01/01/1991]] because they give everybody first of January. My mother says I was born in spring, when the apricots were out. And the money. In the hotel it was £8.86 a week. Bus fare is the problem. The hub gives Oyster top-ups but only if you sign the sheet, and signing is against our first rule.",
    "FAC: That's a real tension, and we need to take it back to the hub manager.",
    "P1: [Somali]",
    "INT (translating): She is showing me a letter. She says she doesn't understand it. It says National Insurance number [[ni|ZZ 48 21 93 C]] and she asks if this means she is allowed to work now.",
    "FAC: Let's look at that together after the session, with [[n|Jaspreet]] from the advice desk. Let's not read numbers out on the recording.",
    "INT (translating): She says sorry. She didn't know.",
    "P3: For facilitation, [[n|Gurpreet]] is good because she doesn't talk too much. The last lady, from the council, talked for one hour about wellbeing and we didn't say anything.",
    "P4: And the room. This room is good, ground floor, toilets, space for the buggies. Before, we were upstairs above [[w|Dhillon Cash & Carry]] on the Broadway and the smell of onions came through the floor.",
    "FAC: If another group wanted to start, what would you tell them?",
    "P2: Women only. Children welcome. Food. And an interpreter who is a sister, not a police.",
    "INT: (laughs) Thank you.",
    "P1: [Somali]",
    "INT (translating): She says tell them about her daughter, [[n|Ilhaan]], who is at [[w|Marigold Lane Primary]] and now translates for her at [[w|Saffron Court Surgery]], and she does not like this, a child should not hear the doctor's things. So the group matters because the women go with each other to appointments instead.",
    "FAC: That's a good place to stop. Thank you all. Tea is in the kitchen. Queries about this transcript to [[em|sisters.crossing@example.org]].",
    "[Recording ends 11.54]",
]

F3_TRICKY = [
    ("Southall", "London district named in the title, not a small place with personal detail"),
    ("Home Office", "government department"),
    ("Croydon", "large town/borough (Home Office reporting centre)"),
    ("Dari", "language"),
    ("Kurdish", "language/ethnicity"),
    ("hope", "ordinary word (the meaning of a name), not the name itself"),
    ("£8.86", "asylum support allowance amount"),
    ("Oyster", "travel card brand"),
    ("first of January", "default date given on papers, not the DOB string itself"),
    ("Tuesday 11 February 2025", "meeting date"),
    ("10.30-12.00", "meeting times"),
    ("11.54", "time"),
    ("the Broadway", "main shopping street, no number"),
    ("FAC", "role label"),
    ("INT (translating)", "interpreter role label"),
    ("P3", "pseudonymous participant label"),
    ("canjeero", "Somali food word"),
]

# ---------------------------------------------------------------------------
# 4. WhatsApp group chat export (.txt) - Barking Black men's group
# ---------------------------------------------------------------------------
F4_NAME = "bk04_whatsapp_barking_mens_circle.txt"
_T = "\u202f"  # narrow no-break space used by recent Android exports before am/pm
F4 = SYNTH + """
11/03/2025, 6:58{T}pm - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
11/03/2025, 6:58{T}pm - [[n|Kofi]] created group "[[w|Barking Men's Circle]]"
11/03/2025, 6:59{T}pm - [[n|Kofi]] added [[n|Sunday]] O, [[n|Lanre]], [[n|Dwayne]] Barking and [[ph|+44 7700 900863]]
11/03/2025, 7:01{T}pm - [[n|Kofi]]: Welcome brothers 🙏🏾 This is the chat for the Thursday group. Same ground rules as in the room: 1) what's said in the circle stays in the circle, no screenshots 2) no advice unless someone asks for it 3) this chat is NOT monitored 24/7, if you're in crisis call 999 or Samaritans 116 123 4) no selling, no preaching. The group is ours so the rules are ours too, we can vote on changes any Thursday
11/03/2025, 7:05{T}pm - [[ph|+44 7700 900863]]: Hi all it's [[n|Ebo]], got the number off the flyer in [[w|Fresh Fadez]] on the high street. First time doing anything like this tbh. Where is it again?
11/03/2025, 7:12{T}pm - [[n|Kofi]]: @[[ph|447700900863]] welcome bro, glad you're here. No pressure to talk, just come and have a plate. It's
[[w|Ripplemead Community Hall]]
[[s|118 Vicarage Drift]]
[[pc|IG11  7VK]]
side door by the bins, ring the bell 🔔
12/03/2025, 8:41{T}am - [[n|Sunday]] O: <Media omitted>
12/03/2025, 8:44{T}am - [[n|Sunday]] O: morning kings. view from the cab at 5am, only time the A13 is quiet. sleeping better since the sertraline kicked in, 4 weeks on 50mg. still not telling my mum tho, she'd drag me back to [[p|Umuaka]] to see the prophet at her sister's compound 😅
12/03/2025, 9:22{T}am - [[n|Lanre]]: 😂😂 my mum would say it's because I stopped going to church. Real talk tho, that's why this group works for me, same background, nobody has to explain the barbershop version of "I'm fine". shoutout to [[n|dapo]] for the jollof last week btw
13/03/2025, 10:47{T}pm - [[n|Kofi]]: Good session tonight brothers, thank you for trusting the room. Next week [[n|Clive]] is doing the check-in and the new brother is on food. Feedback form for the funders, 2 mins pls 🙏🏾 [[u|https://forms.example.com/bk-circle-q1]]
13/03/2025, 10:52{T}pm - [[n|Dwayne]] Barking: Nearly didn't come tonight. Glad I did. Never sat in a room with 11 black men talking about feelings without somebody turning it into a joke. When the older brother talked about his dad I had to go outside for a minute, that was my story too. But the chat is a lot for me, phone buzzing all day at work, I'm going to leave it and just come Thursdays. No offence to anyone, this is a me thing
13/03/2025, 11:02{T}pm - [[n|Dwayne]] Barking left
14/03/2025, 12:31{T}pm - [[ph|+44 7700 900863]]: Got the warehouse job at [[w|Castlegate Freight]] 🙌🏾 they want my NI and I can't find the card, is it the one on the HMRC letter [[ni|QQ 40 19 27 A]]
14/03/2025, 12:33{T}pm - [[n|Kofi]]: Congrats!! 🎉 but bro don't post your NI in a group chat, delete that 😅 And please respect the brother who left, nobody chase him, he's still coming Thursdays
14/03/2025, 3:10{T}pm - [[n|Lanre]] added [[n|Trev]] Plumber
14/03/2025, 3:12{T}pm - [[n|Trev]] Plumber: Cheers for the add. Anyone need a boiler looking at, mates rates for the circle [[ph|07700900152]]
14/03/2025, 3:15{T}pm - [[n|Kofi]]: Appreciate you bro but rule 4, no selling in here, even for good stuff, otherwise it turns into a marketplace and people stop sharing. Put a card on the noticeboard at the hall 👍🏾
15/03/2025, 9:06{T}am - [[n|Sunday]] O: She's here brothers!!! Baby [[n|Adaeze]], born [[dob|13th March]] 4.12am, 7lb 2oz. That's why I left early Thursday 🙏🏾
17/03/2025, 6:02{T}pm - [[n|Kofi]] changed the group name from "[[w|Barking Men's Circle]]" to "[[w|Brothers Keepers]] ✊🏾"
17/03/2025, 6:04{T}pm - [[n|Kofi]]: New name as voted. A few of you didn't want "men's circle" popping up on your lock screen at work, fair point. We're on insta now too [[h|@brotherskeepers.bkg]] but nothing personal goes on there, only flyers. If anyone needs a letter for work or PIP saying they attend, email [[em|bkcircle.facilitator@example.net]], not on here
17/03/2025, 6:10{T}pm - [[n|Lanre]]: Also coach [[n|Dragoș]] at [[w|Leftfoot Boxing Gym]] says the group can use the ring free on Saturday mornings. Pads and gloves there. Sometimes hitting pads is the only talking I can do, then after we can sit on the bench and actually talk. Shared thing first, words after, same as the food on Thursdays
18/03/2025, 7:45{T}pm - [[n|Lanre]]: whose grey Passat is on the pavement outside the hall [[car|EY19 KQI]]? caretaker is going mad
18/03/2025, 7:50{T}pm - [[n|Lanre]]: This message was deleted
20/03/2025, 11:14{T}pm - [[n|Sunday]] O: Bad night. Baby won't settle and my head is loud again, the old thoughts about not being good enough, not being my dad. Not in crisis, just saying it out loud somewhere because I can't say it at home right now
20/03/2025, 11:16{T}pm - [[n|Kofi]]: Thank you for saying it, that's what this is for. You're not your dad, you're up at midnight with your daughter. You want a call? I'm up anyway
""".replace("{T}", _T)

F4_TRICKY = [
    ("WhatsApp", "app"),
    ("999", "emergency number"),
    ("Samaritans 116 123", "national helpline"),
    ("24/7", "availability, not a date"),
    ("A13", "road number"),
    ("sertraline", "drug"),
    ("50mg", "dose"),
    ("HMRC", "government department"),
    ("Passat", "car model, not a registration"),
    ("Barking", "town/district; after Dwayne it is a contact-name location tag, not a surname"),
    ("Plumber", "occupation tag in a saved contact name"),
    ("O", "single initial in a contact name, not labelled"),
    ("11/03/2025", "message date in export header"),
    ("13/03/2025", "message date (the baby's DOB is written differently)"),
    ("12/03/2025", "message date in export header"),
    ("14/03/2025", "message date in export header"),
    ("15/03/2025", "message date in export header"),
    ("17/03/2025", "message date in export header"),
    ("18/03/2025", "message date in export header"),
    ("20/03/2025", "message date in export header"),
    ("6:58\u202fpm", "message time with narrow no-break space"),
    ("Thursday", "meeting day"),
    ("Thursdays", "meeting day"),
    ("You", "pronoun at the start of a message"),
    ("PIP", "benefit name"),
    ("insta", "app"),
    ("<Media omitted>", "export placeholder"),
    ("7lb 2oz", "birth weight"),
    ("4.12am", "time"),
]

# ---------------------------------------------------------------------------
# 5. Attendance-and-quotes workbook (.xlsx) - Croydon estates and Harrow
# ---------------------------------------------------------------------------
F5_NAME = "bk05_signin_quotes_croydon_harrow.xlsx"
F5_SIGNIN_TITLE = "Sign-in"
F5_SIGNIN = [
    [SYNTH],
    ["Peer support sharing day - Croydon estates & Harrow groups - Saturday 22 March 2025 - [[w|Addington Vale Hub]]"],
    ["Please print clearly. Contact details are only used to send you the summary and will be deleted after 30 days."],
    ["Name", "Organisation", "Contact", "Time in", "Notes"],
    ["[[n|Tendai]] [[n|Moyo]]", "[[w|Addington Shed Collective]]", "[[ph|07700 900 528]]", "09:52", "bringing 3 members"],
    ["[[n|Dorota]] [[n|Kamińska]]", "[[w|Monks Hill Mums Together]]", "[[em|d.k.1984@example.com]]", "09:58", ""],
    ["Mrs [[n|Hansaben]] [[n|Chauhan]] + husband", "[[w|Wealdstone Sakhi Elders]]", "via daughter [[n|Nisha]] [[ph|0113 496 0291]]", "10:05", "Gujarati, daughter interpreting; husband needs chair with arms"],
    ["[[n|PRECIOUS]] [[n|NDLOVU]]", "[[w|Shrublands Sisters Walk & Talk]]", "insta [[h|@walkandtalk_cr0]]", "10:11", ""],
    ["[[n|Sivakumar]] [[n|Thangarajah]]", "[[w|Kenton Tamil Carers Circle]]", "[[ph|(020) 7946 0372]]", "10:14", "parking permit [[car|RX21 ZIQ]]"],
    ["[[n|Mirela]] [[n|Ștefănescu]]", "[[w|Castlebar Roma Women's Group]]", "[[ph|+44 (0)7700 900 645]]", "10:20", ""],
    ["[[n|Bridget]] [[n|Ansah-Whyte]]", "Croydon commissioning team", "[[em|b.aw@example.org]]", "10:26", "commissioner, leaving at 1"],
    ["Anon", "Hearing voices (Croydon)", "prefers not to give", "10:31", ""],
    ["[[n|Lloyd]] [[n|Ferdinand-Cole]]", "[[w|Kingfisher Voices]]", "[[s|14 Pellam Rise]], [[pc|cr0 9km]]", "10:33", "post only, no phone"],
    ["[[n|O.T.]]", "shed", "ask [[n|Tendai]] M.", "10:40", "late, signed in by shed lead"],
]
F5_QUOTES_TITLE = "Quotes"
F5_QUOTES = [
    ["Quotes captured by table scribes - check with the speaker before using in the report"],
    ["Session", "Who", "Quote"],
    ["1. What makes groups work", "Shed member (New Addington)", "On the estate everyone knows your business, so the shed had to be somewhere men could be useful first and talk second. We fix bikes, we build planters for the school. The talking happens over the bikes, never face to face. Nobody has ever said the words mental health in the shed and everybody knows that's what it is."],
    ["1. What makes groups work", "[[n|Hansaben]] (via daughter)", "At my age the loneliness is in the afternoon. Morning there is prayer, evening there is the TV serial. Afternoon is empty. The group is 2 till 4, exactly the empty hours. My village was [[p|Karadi]], there every woman sat outside in the afternoon with her neighbours. Here, in Harrow, the doors are closed. The group is our outside."],
    ["1. What makes groups work", "Harrow table (older man)", "The men don't come if you call it mental health. We call it chai and chess. Same thing, different poster. My wife goes to the ladies' group, I go to the chess, and we both come home talking."],
    ["1. What makes groups work", "[[n|Lloyd]]", "In the voices group nobody says I'm unwell. My voices are company some nights. The group is the only place I can say that without someone reaching for a form or changing my tablets."],
    ["2. Roles and rules", "Polish mum (Croydon)", "I was the only Polish mum at first. Now there are four of us with our own corner, which is good and also not good, because the other mums think we talk about them. We do, sometimes. If Polish mums want to come they can email [[em|mamy.croydon@example.com]], it goes to the organiser's phone."],
    ["2. Roles and rules", "[[n|Tendai]]", "I grew up on [[p|Fieldway]], my mum still lives in the same block, so when I started the shed people already knew me. That helps and it doesn't. Our rule is nobody has a role until they pick one. Mine is the kettle and the keys."],
    ["2. Roles and rules", "Woman from Harrow table (didn't give name)", "Ground rule we added last year: no talking about other people's children. Half the arguments were about grandchildren and whose son had a better job."],
    ["2. Roles and rules", "[[n|Sivakumar]]", "I carry my wife's NHS number on a card in my wallet, [[nhs|999 613 4725]], because every receptionist asks. The carers' circle taught me that. Before it I sat in the car park for an hour not knowing anything. My wife's family are from [[p|Point Pedro]], her brother still has the shop by the harbour. Tamil carers don't ask for help outside the family. The circle is half family already, that is the trick."],
    ["3. Facilitation", "Roma women's table", "For Roma women the room matters more than the facilitator. Ground floor, near the 130 bus, and no man on the door asking for ID. The facilitator should be one of us, not somebody from the council with a lanyard."],
    ["3. Facilitation", "[[n|PRECIOUS]]", "Our walks start at the bench by the library, every Wednesday 10am. Walking side by side is easier than sitting face to face. [[n|Shirley]] from our group says she talks more going up a hill than she ever did in a circle of chairs."],
    ["3. Facilitation", "Harrow table", "Facilitators should be members first. The one the council sent read from a laminated card. Nobody came back the next week."],
    ["4. Tensions", "Commissioner", "I need numbers for the board by the 31st. The groups that do best are the ones that refuse to be a service, and that is exactly what makes them hard to fund."],
    ["4. Tensions", "[[n|Dorota]]", "The hub wants our group's photos for the website, [[u|example.org/addington-vale/groups]], but half our mums have ex-partners looking for them. No faces, ever, not even the backs of heads."],
    ["Wrap-up", "Scribe note", "Contact sheet and quotes to be filed on the shared drive; delete the sign-in sheet after 30 days."],
]

F5_TRICKY = [
    ("Croydon", "large town/borough"),
    ("Harrow", "borough"),
    ("New Addington", "large estate/district named without personal detail"),
    ("Saturday 22 March 2025", "meeting date"),
    ("09:52", "sign-in time"),
    ("30 days", "retention period"),
    ("Anon", "placeholder instead of a name"),
    ("M.", "single initial after a name, not labelled"),
    ("Croydon commissioning team", "public body team, not a named individual employer"),
    ("Gujarati", "language"),
    ("Polish", "nationality/language"),
    ("Roma", "ethnic group"),
    ("Tamil", "language/ethnic group"),
    ("the 130 bus", "bus route"),
    ("Wednesday 10am", "meeting time"),
    ("the 31st", "deadline date"),
    ("NHS", "health service"),
    ("Commissioner", "role label"),
]
