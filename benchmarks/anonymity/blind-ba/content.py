# -*- coding: utf-8 -*-
"""Source text for the blind-ba set. Identifiers are marked {{kind|text}}; build.py strips the
markup, writes the five transcripts and derives labels.csv from it."""

NOTICE = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------- 1. Zoom auto-transcript (.vtt)
VTT_FILE = "wheelhouse_zoom_autotranscript.vtt"
VTT_CUES = [
    NOTICE,
    "Facilitator (Host): Morning all, welcome to the {{w|Wheelhouse}}, this is the Tuesday one so it's a bit smaller. I've pressed record because {{n|Hilary}} {{n|Vosper}} from the commissioners wants a few quotes for the funding report, nobody's name goes in it. Everyone alright with that?",
    "Facilitator (Host): Ground rules, quick. What's said here stays here, one at a time, and if it gets too much just turn your camera off, nobody will chase you. After hours it's Samaritans on 116 123, or NHS 111 and press 2.",
    "Commissioner (she/her): thanks {{n|Tamsin}}. Just so you know who I am, I'm {{n|Hilary}}, I commission the peer support side for {{w|Kernow Wellbeing Partnership}}. I'm not checking up on anybody. I'm trying to work out what makes this group work so I can argue for it at the board in April.",
    "{{n|jago}}: what makes it work is nobody here is going to tell me to go for a walk and drink more water. sorry. last winter we had eleven days tied up in {{pl|Newlyn}} with the weather and I just sat in the wheelhouse. skipper on the {{w|Girl Lowena}}, that's old {{n|Dicky}} {{n|Harvey}}, he rang {{n|Tamsin}} not me, and she rang me. that's what works.",
    "Facilitator (Host): he did. And I think that's the thing, it isn't me, it's the skippers and the wives ringing round. Mrs {{n|Hocking}}, you were nodding.",
    "{{n|Loveday}} H: yeah sorry I'm in the dairy so the signal's rubbish. it's the same up our way. we're out past {{pl|Zennor}} at {{w|Higher Chywoon}}, and the nearest anyone is the chapel. my husband won't come on this, he says it's for townies, but he reads the WhatsApp over my shoulder every night.",
    "Facilitator (Host): does it help that the group is fishing and farming together? Because when we started the commissioners wanted two separate groups.",
    "{{ph|+44 7700 900417}}: hello, sorry, it's {{n|Bran}}, I'm on the phone cos the broadband's gone again. can you hear me? I think the mixing is the best bit honestly. farmers moan about the price of milk, we moan about quota, it's the same moan. when my brother went, back in 2019, it was a farmer from {{pl|Sancreed}} who sat with me at the wake, not any of the boys off the boat.",
    "Facilitator (Host): thank you {{n|Bran}}. Take your time.",
    "{{n|Kitto}} family iPad: it's {{n|Wenna}} here, on mum's iPad. can I say something about the room? when we meet in person at the {{w|Kittiwake}} it's upstairs and dad can't do the stairs since his hip, so actually the zoom is better for him, he sits in on the settee. but the {{w|Kittiwake}} is where people actually talk, after, on the steps with a pasty.",
    "Commissioner (she/her): that's really useful. Would people miss the venue if it went? There's talk of moving everything into the wellbeing hub in Penzance.",
    "{{n|jago}}: yeah I'd miss it. you can see the boats from the window. I'm not going up Penzance to sit in a room with a poster about five a day. and the parking's a joke, someone had their pickup across the slipway again last week, {{car|WK67 QXR}}, if that's anyone's mate tell him.",
    "Facilitator (Host): Noted. Can we talk about roles a bit? the old boys do the tea, {{n|Wenna}} does the rota, {{n|yago}} is unofficially in charge of the biscuits, and I sometimes think the jobs are what keep people coming back.",
    "{{n|Kitto}} family iPad: the rota's on {{url|www.example.org/penwith-peer-rota}}, I'll put it in the chat. and if you want to swap a week text me on {{ph|07700 900 362}}, not the landline, mum never answers it. oh and the harvest loaf photos are up on insta, {{h|@chywoon_cows}}.",
    "Facilitator (Host): And the flip side, which we talked about in January, is that when someone's in a bad place their role can turn into a pressure. one of the lads said last month he felt he couldn't miss a week because of the urn.",
    "{{ph|+44 7700 900417}}: the urn is sacred mind. but yeah. the other tension is gossip. it's a small place. my cousin's wife heard I'd been to the group from someone in the {{w|Star}} before I'd even told her myself.",
    "Facilitator (Host): That's real. It's why we never post photos of faces and why the Facebook group is closed.",
    "Commissioner (she/her): can I ask one commissioning thing? The monitoring form asks for a postcode and I know people hate it.",
    "{{n|jago}}: I put {{pc|TR 18 4CK}} I think, that's mum's. mine changes depending which berth we're on.",
    "{{n|Loveday}} H: I put the farm, {{pc|TR26 3OV}}, and a vet bill came to the same address that week which was a funny old coincidence.",
    "Commissioner (she/her): You really don't have to. I only need counts. If anyone wants the evaluation summary it'll come from {{em|commissioning.kwp@example.net}}, not my own address.",
    "Facilitator (Host): Right, check-out round, one word for how you're leaving.",
    "{{n|jago}}: fed. no, knackered. proper knackered. but better.",
    "{{n|Kitto}} family iPad: dad says dreckly, which isn't a feeling but there you go",
    "{{n|Loveday}} H: grateful. and can someone send me {{n|Dicky}}'s number, I want to ask him about the harvest supper at the chapel.",
    "Facilitator (Host): I've got it here, it's the new one, {{ph|oh one six three two, nine six oh, five eight one}}. Thank you all. Same time next week, and I'll ring you Thursday, my love.",
]

# ---------------------------------------------------------------- 2. handwritten notes (.docx)
DOCX_FILE = "fen_folk_talk_handwritten_notes.docx"
DOCX_PARAS = [
    ("Normal", NOTICE),
    ("Title", "{{w|Fen Folk Talk}} – notes from Tuesday group"),
    ("Normal", "Typed up from four pages of A5 notebook (blue biro, last page pencil). [illegible] = couldn't read my own writing. Crossings-out shown in [square brackets]."),
    ("Normal", "Notes taken by: {{n|Ros}} {{n|Dring}} (volunteer facilitator) · Venue: {{w|Bethesda}} schoolroom, back door · Meeting: Tues 5th March, 7.30–9.15pm"),
    ("Heading 1", "Who came"),
    ("List Bullet", "Me ({{n|Ros}}), and {{n|Terry}} from the chapel with the keys and the heating"),
    ("List Bullet", "{{n|J.T.}} – first time. Came with his sister-in-law, then she went and sat in the car. Farms out {{pl|Holbeach Hurn}} way, beet and potatoes, 400 acres mostly rented"),
    ("List Bullet", "Mrs {{n|Ward}} ({{n|Edna}}) – scones again, wouldn't take money for them"),
    ("List Bullet", "{{n|Ştefan}} and {{n|Ioana}} from the packhouse ({{w|Fenmarsh Produce}}, nights) – she's translating"),
    ("List Bullet", "{{n|Todor}} – Bulgarian, on the brassica rigs, first name only he said, fine"),
    ("List Bullet", "'{{n|Nipper}}' {{n|Loveridge}} and his uncle {{n|Jimmy}}, from the site at {{pl|Crowhill Bank}}"),
    ("List Bullet", "Apologies: {{n|Kev}} [{{n|Bellamy}}] (lambing), {{n|Sandy}} (on the ward in Boston, knee)"),
    ("Heading 1", "Check-in – one word each"),
    ("List Bullet", "{{n|J.T.}}: \"frit\". Said he nearly turned round at the bottom of the drove. Wife doesn't know he's here."),
    ("List Bullet", "Mrs W.: \"blessed\" – would have been {{n|Arthur}}'s 80th. Born {{dob|9th March 1944}}, she said it twice so I wrote it down [why did I write this?]"),
    ("List Bullet", "Ş.: \"obosit\" (tired). 14 hour shifts. Lives in the caravans behind the packhouse, six to a van"),
    ("List Bullet", "T.: thumbs up. Counts as a word"),
    ("List Bullet", "N.: \"alright\". his uncle said nothing, fair enough"),
    ("Heading 1", "Ground rules (we re-did them)"),
    ("List Number", "Phones on silent. N. asked to keep his on – his nan's bad – agreed"),
    ("List Number", "What's said in the schoolroom stays in the schoolroom. No names at the market or in the Co-op"),
    ("List Number", "Nobody has to talk. Tea first, always"),
    ("List Number", "No preaching. The steward promised: no hymns, no leaflets, the chapel just lends the room"),
    ("Heading 1", "What makes it work (their words as near as I got them)"),
    ("List Bullet", "\"Nobody in here thinks farming is a hobby\" – the new lad"),
    ("List Bullet", "\"Travellers don't go to groups. We go to each other. But my uncle needed more than us\" – {{n|Nipper}}. {{n|Edna}}'s husband bought ponies off {{n|Jimmy}}'s dad at Stow Fair in the seventies, which is half of why they came at all"),
    ("List Bullet", "{{n|Ioana}}: in the packhouse nobody asks how you are, only how many trays. Here someone asks. She wants to bring her cousin {{n|Mădălina}} next time"),
    ("List Bullet", "Having a job to do – scones, heating, and now {{n|Todor}} does the chairs. He says at home in his village near Pleven the old men sit outside the shop and that's the group"),
    ("List Bullet", "The room itself. Not the council, not the doctors, not the pub. {{n|J.T.}}: \"my dad was christened in this chapel, I can't be frit of it\""),
    ("List Bullet", "Food. The scones matter more than the leaflets. People stayed nearly an hour after we finished and nobody looked at the clock"),
    ("List Bullet", "Being asked, not told. Nobody in the room is paid to be there, which people noticed and said out loud"),
    ("Heading 1", "Tensions / things to watch"),
    ("List Bullet", "Language – translating for free all night isn't fair on her. Ask the commissioner about paying an interpreter"),
    ("List Bullet", "Chapel – Ş. is Orthodox and was worried it was a church thing. the chapel steward put him right"),
    ("List Bullet", "Forms – the commissioner's sheet wants NHS number and GP. N. isn't registered anywhere since the family came off the {{w|Wash Banks Surgery}} list. Not pushing it"),
    ("List Bullet", "Gossip – he worried somebody from the {{w|Ship Inn}} darts team would see his pickup outside. [Parked round the back in the end.]"),
    ("List Bullet", "Timing – the soil's sandy up that end and the beet lifting ran late, so half the farmers couldn't get here till gone eight. Start later in autumn?"),
    ("Heading 1", "For the commissioner meeting (Thurs)"),
    ("List Bullet", "Numbers only: 9 in the room, 2 apologies. Three nationalities, four languages if you count Lincolnshire"),
    ("List Bullet", "Spend so far £18 on milk and biscuits. Hall free, chapel won't take anything, put a note in the box anyway"),
    ("List Bullet", "Transport – the last bus back from Long Sutton is 6.10pm, so anyone without a car can't come. Minibus? Lift rota?"),
    ("List Bullet", "Leaflets (Samaritans, Farming Community Network, RABI) all left on the table, none taken. Maybe leave them in the loo instead, where nobody's watching"),
    ("Heading 1", "Actions"),
    ("List Bullet", "Ring K. re lambing cover – mobile {{ph|07700 900 118}} (back of book)"),
    ("List Bullet", "Fee form for our interpreter – NI no. {{ni|QQ 40 21 77 B}}, address {{st|22 Saracen's Drove}}, {{pl|Gedney Dyke}}, {{pc|PE12 0MV}}"),
    ("List Bullet", "{{n|Ştefan}} for the GP registration letter: DOB {{dob|17.09.91}}, NHS {{nhs|999 526 0182}} – (!!) shred this page once it's entered, shouldn't be in the notebook"),
    ("List Bullet", "Minutes to {{em|fenfolktalk@example.com}}. The steward wants them for the chapel newsletter too – NO names"),
    ("List Bullet", "Blue Transit parked in the disabled space again, {{car|PN13 QKO}}? not sure of the last letter. Steward to have a word"),
    ("List Bullet", "Next: Tues 19th March, same time. Mrs W. doing scones (again)"),
    ("Normal", "– {{n|R.D.}} 6/3, typed 7/3"),
]

# ---------------------------------------------------------------- 3. phone interview (.txt)
TXT_INTERVIEW_FILE = "market_day_phone_interview.txt"
TXT_INTERVIEW = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
----------------------------------------------------------------
Project:      What makes peer groups work - rural strand
Ref:          RUR-07 (telephone)
Interviewer:  Dr {{n|Oyelaran}} ({{n|K.O.}})
Interviewee:  {{n|Nancy}} {{n|Huxtable}} - co-facilitator, {{w|Market Day Mates}}
Group meets:  cafe at {{w|Kennacott Cross Market}}, Wednesdays (market day)
Date:         11 April 2024, 19:40-20:25
Recorded:     speakerphone + Otter, tidied by hand. Q = interviewer, A = interviewee
Call-back:    {{ph|(01632) 960744}} (farm office, not before 8pm)
----------------------------------------------------------------

Q: Thanks for making time, {{n|Nancy}}. I know Wednesday's a long day for you. Can you start with how the group began?

A: Course. It began in the cafe at the market before anyone called it a group. After the TB went through the valley in 2017, and we lost the whole herd at {{w|Lower Nethercott}}, I noticed the same faces not leaving after the sale. Just sat there with a cold tea. So me and {{n|Frank}} {{n|Heard}}, he's clerk to the auctioneers, stuck a notice up by the pens: "Tea's on us Wednesdays. Talk if you want to." First week we had four. Now it's twenty-odd, more in lambing.

Q: And it's called {{w|Market Day Mates}} now?

A: That was the young farmers' idea. {{n|Will}} {{n|Squires}}, who chairs {{w|Taw Valley YFC}}, said nobody would come to anything with "mental" in the name, and he's right. {{n|Tilly}} from the club painted the sign.

Q: What do you think makes it work?

A: To be frank, it's that nobody has to say they've come to a mental health group. You've come for a bacon roll and the trade. The old boys will talk about the price of store cattle for forty minutes and then right at the end one of them says his wife's gone to her sister's and he's not sleeping. You've heard nothing for weeks and then that. You have to sit through the forty minutes to get the one sentence.

Q: Who does what in the group?

A: There's jobs, and the jobs matter. He does the notices. Mrs {{n|Brazil}}, {{n|Rose}}, her family have dealt horses at the market since before my time. She does the urn and she'll have the measure of you before you've sat down. She says Travellers had peer support long before anyone gave it a name, and she's not wrong.

Q: Does having Gypsy and Traveller families in the group cause any friction?

A: It did at first. There were a couple of farmers who'd had gates left open, or said they had, and there was muttering. Somebody reported {{n|Rose}}'s nephew's lorry for parking on the verge, {{car|WU62 BIQ}}, when it's parked there every market for thirty years. What changed it was when {{n|Stan}} {{n|Cleave}} died. Her lads dug the grave for him because nobody could get out to {{pl|Beaford}} before the weekend. After that nobody muttered. The order of service is still pinned up in the cafe, it says born {{dob|2nd February 1958}}, and people touch it on the way past.

Q: What about the room itself?

A: It's the cafe, with the pens one side and the ring the other. You can smell it. The commissioner said that's no place for a support group, but for our lot it's the only place. Move it to the library in town and nobody would come. The market company lets us have the back corner for nothing. If you write to thank them it's {{w|Kennacott Cross Market}}, {{st|Station Yard}}, {{pc|EX19 8CV}}, they'd like that.

Q: You mentioned the commissioner. How is that relationship?

A: Mixed. She's kind, but the form wants names, dates of birth, postcodes, the lot, and half our lot won't fill a form in for anybody since the DEFRA inspections. I give her numbers and first names. She wanted everyone's GP on it, {{w|Castle Mead Surgery}} mostly, and I said no.

Q: Fair enough. For the thank-you voucher I'll need a couple of details, I'll stop the recording for-

A: Oh leave it on, it's only me. Date of birth {{dob|third of June sixty-two}}, national insurance {{ni|ZZ 61 04 93 D}}.

Q: I'll take those out of the transcript, thank you. And the best number for the voucher?

A: My mobile, {{ph|oh seven seven double oh, nine double oh, two four six}}. Not the farm line, because he picks that up and he'll think you're selling something. Sorry, my {{n|Frank}}, my husband, not {{n|Frank}} {{n|Heard}}. It's a nightmare round here. And if the voucher's posted, it's my mother's bungalow in {{pl|Winkleigh}}, {{st|4 Tanyard Close}}, because our post goes astray.

Q: What are the tensions, the things that don't work?

A: Gossip, first. Everybody knows everybody's trailer. If your pickup's outside the cafe two hours on a Wednesday, people know. {{n|Will}} had somebody ring his dad. And the other thing is if the market shuts, or drops to two sales a month, we've lost the room. There's talk of the site going for houses.

Q: Is there anything you'd say to a commissioner?

A: Fund the tea, not the leaflets. And don't send a young woman in a lanyard from Exeter to ask farmers how they feel. Send her to stand in the queue for a bacon roll every week for a year. That's what the girl who painted our sign did, and now she's the one they ring.

Q: Thank you. Anything else?

A: The letters. They sent a letter about my husband's memory clinic to the wrong {{n|Frank}}, with his NHS number on it, {{nhs|nine nine nine, oh one six, six one three seven}}, and the clerk opened it at the market office. That's what happens when everybody's called the same thing. Put that in your report. Oh, and the dates are on {{url|www.example.com/mdm-devon}}, or people can email {{em|marketmates at example dot net}}, all one word.

Q: That's brilliant. I'll stop it there.

[END OF RECORDING 44:51]
"""

# ---------------------------------------------------------------- 4. Facebook thread (.txt)
FB_FILE = "fenland_farm_minds_facebook_thread.txt"
FB_TEXT = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
[pasted from Facebook, private group "{{w|Fenland Farm Minds}}" · 1.2K members · copied 14/03]

{{n|Marcia}} {{n|Goodacre}} ▸ {{w|Fenland Farm Minds}}
Admin · 2d · 👥
Evening all 🌾 Quick one about the Thursday meet-up. The {{w|Coronation Hall}} has put the hire up to £35 a night so we're looking at options. The landlord has offered the back room at the {{w|Plough}}, and the Rev says the {{w|Zion}} chapel hall is ours for nothing if we don't mind hard chairs. Thoughts?? For anyone new: we started in 2021 after a few of us got talking at the beet pad. It's not therapy, nobody's going to make you do a trust fall, it's tea and talking to people who get it. Ground rules are in Featured (no names outside, no selling, no arguing about the NFU 😂). Meets Thursdays 7.30, details on {{url|example.com/fenland-farm-minds/events}} ✅ Reminder this group is for support, not for selling tractors 😂 If you're struggling tonight: Samaritans 116 123, or text SHOUT to 85258. Farming Community Network helpline is 03000 111 999.
👍❤️😢 63 · 41 comments · 3 shares
Like   Comment   Share
Most relevant ▾

{{n|Gaz}} {{n|Fairweather}}
Top fan
pub every time. nobody's opening up in a chapel with the organ staring at them 😂 no offence rev. and at least the {{w|Plough}} does proper beef not beef from Brazil. watched Jeremy Clarkson moaning about the council last night, try it without a telly crew mate. my insta is {{h|@fens_beet_boy}} if anyone wants to see a REAL farm
2d  Like  Reply  👍 12

{{n|Chidi}} {{n|Okafor}}
No organ, I promise! The kitchen's yours, just leave the urn how you found it 🙏 For anyone new it's {{w|Zion}} Methodist, {{st|3 Fendyke Row}}, {{pc|pe13  4km}}, park on the verge not the drive
2d  Like  Reply  👍 22

{{n|Florin}} {{n|Moldovan}}
Bună seara. Is ok for people from farm who is not English? Me and my wife work at {{w|Sandholme Salads}}, we are 6 from Romania there, some Bulgarian also. My brother {{n|Răzvan}} is very bad since winter, not sleeping, only working
2d  Like  Reply  ❤️ 31

    {{n|Desislava}} {{n|Petrova}}
    you are all welcome. Здравейте 👋 I can help translate Bulgarian and a bit of Romanian. my husband {{n|Пламен}} drives for the packhouse so he knows the lads. whatsapp me {{ph|07700 900 583}}
    1d  Like  Reply  👍 9

{{n|Kezia}} {{n|Lee}}
will there be other women there? my dad wont let me go if its all men from the pub, no disrespect. we are on the site off the A47, me mam might come too. people round here think travellers dont get like this or we keep it all in the family. my cousin went to the one in town and got stared at the whole night. we've had three funerals this year
1d  Like  Reply

{{n|Olly}} {{n|Tebbutt}}
{{w|Fen Edge YFC}} have got 6 lads who would come but not if its sat in a circle lol. can we do it after stock judging? follow {{h|@fenedge_yfc}} for dates. ALSO anyone seen a grey Ifor Williams took from {{w|Hobb's Lode Farm}} last night, pickup seen was {{car|AY19 QXL}}, ring {{ph|07700900971}}
1d  Like  Reply  😮 3

{{n|Hattie}} {{n|Crowson}} - {{w|South Holland Wellbeing Alliance}}
Hi all, commissioner here 👋 We can cover hall hire until March if the group meets in a neutral venue, and we can pay a sessional interpreter and travel for anyone on Universal Credit. That's in our funding rules, not a judgement on the pub! Details at {{url|https://example.com/shwa/peer-grants}} or email {{em|peergrants@example.com}}
1d  Like  Reply  👍 14

Anonymous member
posting anon because half my family are in this group. I came to the first one in the autumn and sat in the car park for forty minutes. What got me in was someone knocking on the window with a mug of tea. Honestly don't care about the venue, I care that the same faces are there. When it moved last year three of us stopped coming because nobody told us. Whatever you pick please stick with it for a year. And please don't make us sign in with full names again, I nearly walked out when the clipboard came out.
1d  Like  Reply  ❤️ 52

    {{n|Marcia}} {{n|Goodacre}}
    Admin
    Thank you for this ❤️ No clipboard, promise. Sign-in is first names or just a tick now. If anyone wants to meet someone before coming in, one of us will be in the car park from 7.15 by the bottle bank.
    1d  Like  Reply  ❤️ 17

    Anonymous member
    same. and can we keep it off the radio this time, BBC Radio Lincolnshire rang the hall last year asking for a farmer to interview 🙈
    1d  Like  Reply  😆 8

{{n|Bev}} {{n|Skeels}}
tagging {{n|shaz}} and {{n|spud}} cos they were asking on the school run. i'm on {{st|Ringers Drove}}, can give lifts, anyone near {{pl|Parson Drove}} pm me or ring {{ph|+44 (0)7700 900 652}}
20h  Like  Reply

{{n|Ruth}} {{n|Blanchflower}}
Would have been dad's birthday today, {{dob|12.08.1947}}. 2 years since we lost him and this group got me through the first winter. Chapel, pub, cow shed, I don't mind where, just keep it going ❤️ love from me and {{n|dawn}} x
18h  Like  Reply  ❤️ 48


"""

# ---------------------------------------------------------------- 5. transcription service export (.csv)
CSV_FILE = "wold_top_mart_group_recording.csv"
CSV_ROWS = [
    ("NOTE", NOTICE),
    ("Facilitator", "Right, kettle's boiled, shall we make a start? For the recording, this is the {{w|Sale Ring Circle}}, Monday after the fatstock sale, in the cafe at {{w|Wold Top Mart}}. Everyone's said yes to recording and it goes to the commissioner with names taken out."),
    ("Member 1", "Names taken out. Everyone in Lincolnshire knows my voice, duck."),
    ("Facilitator", "They do, {{n|Bunny}}. Ground rules first. One at a time, no fixing each other, and what's said in the ring stays in the ring. If you're in a bad way later, Samaritans on 116 123, or the farming helpline on the card."),
    ("Member 4", "Can I say about fixing. When I first came, {{n|Mark}}, sorry, can I say names? {{n|Mark}} kept telling me to see my GP, and I'd been to the GP, I'm on sertraline 100mg, it wasn't the GP I needed. It was somebody who'd been up before dawn with a prolapsed ewe."),
    ("Facilitator", "First names are fine in here, they'll come out. That's the bit we wanted to get at though, what makes this group different from the doctor's."),
    ("Member 1", "It's that we're all stock people. You don't have to explain why you didn't sleep in lambing, or why you fill up when the lorry takes the cull ewes. I farmed at {{pl|Tealby}} forty year and I never told a soul what I've told this lot."),
    ("{{n|Cătălin}}", "For me is different. I am from Romania, I work at {{w|Grimsdyke Poultry}} on the catching team, night work. In my village my father had cows also, so when I come here and the old farmers talk about heifers I understand, even when the words I don't understand."),
    ("Facilitator", "And what got you through the door the first time?"),
    ("{{n|Cătălin}}", "{{n|Andreea}}, my wife. She found the poster in the Polish shop. She said you go or I go home to Iași. (laughter)"),
    ("Commissioner", "Can I ask, as the one paying for the tea, about roles? In the proposal it says members take on roles."),
    ("Member 1", "I do the chairs, and the bran mash for {{n|Kath}}'s pony, don't ask. Somebody does the lift share. The {{n|Fowlers}} bring cake. Young {{n|Josh}} from the young farmers does the group phone."),
    ("Facilitator", "Which is {{ph|0113 496 0742}}, if anyone's lost it. It's a cheap pay as you go and {{n|Josh}} checks it."),
    ("Member 6", "It's on the poster and on {{url|example.org/salering}} as well. And if people are on insta it's {{h|@woldtop_lad}}, but that's my own one really."),
    ("Member 4", "That's the tension for me. He's nineteen and he's carrying people's phone calls at two in the morning. I don't think that's fair on him."),
    ("Facilitator", "That's a real point. We said in the ground rules nobody is on call. {{n|Josh}}, we'll talk after."),
    ("{{n|Cătălin}}", "Also the forms. The commissioner form wants NHS number, date of birth. For me the hospital write my birthday wrong. It is {{dob|03.11.1979}} but they write {{dob|11/03/1979}}, so all my letters are wrong. My NHS number on the app is {{nhs|999 159 0838}} and still they send to another man."),
    ("Commissioner", "I'm so sorry, that's awful. For the record, the group never needs to send me NHS numbers, just how many people came."),
    ("Member 1", "Just numbers. Like sheep."),
    ("Facilitator", "On the room. What would you lose if we moved to the chapel hall at {{w|Providence}}? They've offered it free."),
    ("Member 1", "I'd lose my lift. {{n|Mark}} comes past my door at {{st|2 Pinfold Lane}} on his way to the sale. And I'd lose the smell. You can't do this in a chapel, {{n|Kath}}. I was christened in one, married in one, I'll be buried out of one. I don't want to talk about my nerves in one."),
    ("Member 4", "And the mart's neutral. A pub isn't, the chapel isn't. Everybody's got a reason to be at the mart on a Monday, nobody asks why your pickup's there."),
    ("{{n|Cătălin}}", "For me the pub is problem, I don't drink. But also in the mart car park is my van, {{car|FY66 VIQ}}, and the boss knows the van. So maybe he sees it."),
    ("Facilitator", "That's gossip again. It keeps coming up, every week."),
    ("Unknown speaker", "[inaudible] ...not since the {{n|Fowlers}}' lad had his accident at the Louth show."),
    ("Commissioner", "I'd like to send the evaluation form to whoever holds the group's email."),
    ("Facilitator", "It's {{em|saleringcircle@example.org}}. Or post it to me, {{st|19 Tallowgate Yard}}, Louth, {{pc|LN11  9CM}}. It's the flat above the saddler's, knock loud."),
    ("Member 6", "Can I just ask, for the volunteer expenses the form says NI number. Mine's {{ni|QQ731940A}}, is it alright to just say it?"),
    ("Facilitator", "Probably not on tape, love, but we'll cut it. Check-out. One word each."),
    ("Member 1", "Mardy. No. Better. And tell Mr {{n|Dowse}} his heifers are still in my top field at {{pl|Ludford}}, {{pc|LN8 3KV}}, if the vet comes asking."),
    ("{{n|Cătălin}}", "Bine. Good."),
    ("Member 4", "Tired."),
    ("Member 6", "Alright."),
    ("Facilitator", "Thank you all. Same time next Monday. Anyone needs me before, it's {{ph|01632 960 390}}, the landline, not the group phone."),
]

# ---------------------------------------------------------------- look-alikes that must NOT be flagged
TRICKY = [
    (VTT_FILE, "Samaritans", "national helpline charity"),
    (VTT_FILE, "116 123", "Samaritans helpline number, public"),
    (VTT_FILE, "NHS 111", "public NHS service number"),
    (VTT_FILE, "April", "month of a board meeting, not a name here"),
    (VTT_FILE, "Penzance", "town named without personal detail (public hub)"),
    (VTT_FILE, "WhatsApp", "app"),
    (VTT_FILE, "2019", "year only"),
    (VTT_FILE, "January", "meeting month"),
    (VTT_FILE, "Facebook", "platform"),
    (VTT_FILE, "she/her", "pronouns in Zoom display name"),
    (VTT_FILE, "Thursday", "weekday"),
    (VTT_FILE, "iPad", "device name in Zoom display label"),
    (VTT_FILE, "wheelhouse", "ordinary word (boat cabin); the capitalised group name is labelled"),
    (VTT_FILE, "bill", "ordinary word (vet bill); Bill is a common first name"),
    (VTT_FILE, "dreckly", "Cornish dialect word"),
    (DOCX_FILE, "Tues 5th March", "meeting date, not a date of birth"),
    (DOCX_FILE, "7.30–9.15pm", "meeting times"),
    (DOCX_FILE, "Boston", "town named without personal detail (hospital location)"),
    (DOCX_FILE, "Stow Fair", "public horse fair"),
    (DOCX_FILE, "Pleven", "large Bulgarian city"),
    (DOCX_FILE, "Co-op", "national retailer"),
    (DOCX_FILE, "ward", "ordinary word; Mrs Ward is labelled in the same file"),
    (DOCX_FILE, "sandy", "ordinary word (soil); Sandy is a labelled name in the same file"),
    (DOCX_FILE, "Tues 19th March", "next meeting date"),
    (DOCX_FILE, "6/3", "date the notes were written"),
    (DOCX_FILE, "Orthodox", "religion"),
    (DOCX_FILE, "Transit", "vehicle model, not a registration"),
    (DOCX_FILE, "obosit", "Romanian word (tired)"),
    (DOCX_FILE, "400 acres", "farm size number"),
    (DOCX_FILE, "A5", "paper size that looks like a road number"),
    (DOCX_FILE, "frit", "Lincolnshire dialect word"),
    (TXT_INTERVIEW_FILE, "11 April 2024", "interview date, not a date of birth"),
    (TXT_INTERVIEW_FILE, "19:40-20:25", "times"),
    (TXT_INTERVIEW_FILE, "RUR-07", "interview reference code"),
    (TXT_INTERVIEW_FILE, "Otter", "transcription app"),
    (TXT_INTERVIEW_FILE, "2017", "year only"),
    (TXT_INTERVIEW_FILE, "DEFRA", "government department"),
    (TXT_INTERVIEW_FILE, "Exeter", "city"),
    (TXT_INTERVIEW_FILE, "frank", "ordinary word (to be frank); Frank is a labelled name in the same file"),
    (TXT_INTERVIEW_FILE, "heard", "ordinary verb; Heard is a labelled surname in the same file"),
    (TXT_INTERVIEW_FILE, "Q:", "role label for interviewer"),
    (TXT_INTERVIEW_FILE, "A:", "role label for interviewee"),
    (TXT_INTERVIEW_FILE, "44:51", "recording length"),
    (TXT_INTERVIEW_FILE, "Wednesdays", "meeting day"),
    (FB_FILE, "Samaritans 116 123", "helpline"),
    (FB_FILE, "85258", "SHOUT text line"),
    (FB_FILE, "03000 111 999", "Farming Community Network helpline"),
    (FB_FILE, "Farming Community Network", "national charity"),
    (FB_FILE, "A47", "road number"),
    (FB_FILE, "Ifor Williams", "trailer manufacturer brand that looks like a person's name"),
    (FB_FILE, "Jeremy Clarkson", "public figure"),
    (FB_FILE, "Brazil", "country here; Brazil is a labelled surname in another file"),
    (FB_FILE, "£35", "money amount"),
    (FB_FILE, "1.2K members", "group metadata"),
    (FB_FILE, "14/03", "date the thread was copied"),
    (FB_FILE, "Top fan", "Facebook badge"),
    (FB_FILE, "Admin", "Facebook role badge"),
    (FB_FILE, "7.30", "meeting time"),
    (FB_FILE, "Romania", "country"),
    (CSV_FILE, "Lincolnshire", "county"),
    (CSV_FILE, "sertraline 100mg", "drug and dose"),
    (CSV_FILE, "dawn", "ordinary word; dawn is a labelled name in the Facebook file"),
    (CSV_FILE, "bran", "ordinary word (bran mash); Bran is a labelled name in the Zoom file"),
    (CSV_FILE, "Louth", "market town named without personal detail"),
    (CSV_FILE, "Member 4", "pseudonymous role label"),
    (CSV_FILE, "Commissioner", "role label used as speaker"),
    (CSV_FILE, "Unknown speaker", "speaker placeholder"),
    (CSV_FILE, "Iași", "large Romanian city with diacritics"),
    (CSV_FILE, "two in the morning", "time"),
    (CSV_FILE, "Mardy", "Lincolnshire dialect word, capitalised"),
    (CSV_FILE, "Bine", "Romanian word (good), capitalised like a name"),
    (DOCX_FILE, "Long Sutton", "real village named only for a bus time, no personal detail"),
    (DOCX_FILE, "RABI", "national farming charity"),
    (DOCX_FILE, "£18", "money amount"),
    (DOCX_FILE, "N.", "single initial of a member, not labelled by convention"),
    (DOCX_FILE, "Ş.", "single initial with diacritic, not labelled by convention"),
    (DOCX_FILE, "K.", "single initial, not labelled by convention"),
    (DOCX_FILE, "Mrs W.", "title plus single initial, not labelled by convention"),
    (DOCX_FILE, "Farming Community Network", "national charity"),
    (VTT_FILE, "H", "single surname initial in a Zoom display name; not labelled by convention"),
    (VTT_FILE, "Facilitator (Host)", "role label used as Zoom display name"),
    (VTT_FILE, "Commissioner (she/her)", "role label used as Zoom display name"),
    (FB_FILE, "Anonymous member", "Facebook anonymous-post label"),
    (FB_FILE, "BBC Radio Lincolnshire", "public broadcaster"),
    (FB_FILE, "Universal Credit", "benefit"),
    (FB_FILE, "NFU", "national farming union"),
    (FB_FILE, "2021", "year only"),
    (FB_FILE, "7.15", "time"),
    (FB_FILE, "Jeremy", "public figure first name; not a member"),
]

