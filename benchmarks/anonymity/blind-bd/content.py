"""Text of the five blind-bd transcripts and the label spec for each.

Every person, number, address, employer, venue, school and street here is invented.
Label spec: kind -> list of exact surface strings; build.py labels EVERY whole-word,
case-sensitive occurrence of each string in its file.
"""

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------------------
# 1. Co-production panel record (.odt) - Gateshead
# ---------------------------------------------------------------------------
F1 = "coproduction_panel_gateshead.odt"
F1_PARAS = [
    ("title", SYN),
    ("title", "Bridging Voices Co-production Panel - Record of Meeting (DRAFT v3, margin comments shown inline in [square brackets])"),
    ("body", "Wednesday 6 March 2024, 10:00-12:30, upstairs room, Larchfield, 22 Quarrybeck Road, Gateshead NE10 0KM"),
    ("body", "Present - members: Aoife Ruddick (chair), Dessie O., Tomasz Wiśniewski, Bernie K. and four others. Commissioners: G. Ashworth-Leigh (mental health) and the VCSE lead. Notes: M.W."),
    ("body", "Apologies: one member (shift change, stuck on the A1 again), one councillor."),
    ("head", "1. Welcome and ground rules"),
    ("body", "The chair opened by reading the ground rules off the flipchart: one voice at a time; what's said in the room stays in the room; nobody has to share a diagnosis; commissioners are \"guests in a member-led space\". The commissioners asked whether the last one was new. A member said it was added after November \"when it felt like a consultation, not a panel\"."),
    ("head", "2. What makes the groups work - members' round"),
    ("body", "Pauline (Leam Lane women's group) said it works because \"nobody in there is the patient\". She started coming after her husband's stroke and now does the sign-in sheet and the tea: \"Having a job to do got me out of bed on a Tuesday when nothing else would.\" For her the roles matter more than the topics."),
    ("body", "Tomasz described the Polish-speaking group he co-facilitates on Thursday nights at the Gowan Welfare Hall. \"At first I came only so somebody could read the letters from the jobcentre for me. Then Łukasz asked me to help run it and I said no three times.\" Shared language is the glue, he said, not shared diagnosis. He has also learned some Geordie, mostly swearing."),
    ("comment", "[Comment - T.W.: Please spell his name with the Ł, he is very particular 🙂]"),
    ("body", "Bernie said what works for her is \"the same faces in the same chairs\". She lives out at Kibblesworth and gets two buses, and if the group moved she would not follow it. When the group was put in a clinic room for a term \"it felt like waiting to be called in\". Dessie agreed: being made welcomer on the door was the first time since he left the yard at Hebburn that anyone had given him a title."),
    ("body", "The commissioners asked whether the groups would accept a standard outcome measure. Long pause. One member: \"You can measure me if you like, pet, but I'm not filling a WEMWBS in every week.\" (laughter) The chair said members are proud of what they do and would rather tell it as stories."),
    ("comment", "[Comment - Ashworth-Leigh, Graham: Can we note I was asking, not proposing? GAL]"),
    ("head", "3. Tensions"),
    ("body", "The VCSE lead raised the tension between \"peer\" and \"service\". Since the groups went onto the Community Wellbeing Grant they have had to report attendance. The chair said some members now give a made-up first name at sign-in because they do not want to be counted. Dessie: \"At Larchfield I'm Dessie, on your form I'm Desmond, and at the doctor's I'm a number.\""),
    ("body", "Facilitation was the second tension. One co-facilitator said that when he had his own bad patch in January the group \"held itself\" through the WhatsApp. Another member disagreed: the chat gets heavy at 2am and nobody signed up to be a crisis line. Agreed the ground rules will say the chat is not monitored, and point people to Samaritans on 116 123 or NHS 111, option 2."),
    ("comment", "[Comment - M.W.: Check option 2 is the same here as in Cumbria before we print anything.]"),
    ("head", "4. The room"),
    ("body", "Members agreed the venue is part of the support. Larchfield is step-free, on a bus route, has a kettle members are trusted with, and the caretaker, Mr Fenwick, leaves the heating on for the Tuesday lot. The commissioners asked whether the groups could move into the new hub at the Civic Centre to save on room hire (£18 a session). A firm no from members: \"the Civic is where you go about your benefits.\""),
    ("comment", "[Comment - P.M.: I said it a lot stronger than that. Put \"over my dead body\".]"),
    ("head", "5. Actions"),
    ("body", "Chair to redraft the ground rules with the chat rule and circulate to chair.bvpanel@example.org by 20 March."),
    ("body", "Commissioners to find out if the grant return can take first names or pseudonyms only."),
    ("body", "D.O. to ask Quayline Taxis if he can swap his Wednesday shift so he can do the door at 10. Panel business only on his own mobile, 07700 900237, not the cab office."),
    ("body", "Polish leaflet to go on the panel page: www.example.org/bridging-voices/pl"),
    ("comment", "[Comment - Saleem, N. 07/03 10:02: the bit below got pasted in from my inbox by mistake. DELETE before this goes anywhere!!]"),
    ("body", "> New self-referral: Kayleigh Proud, DOB 19/11/1998, NHS 999 217 3343, NI QQ 12 34 56 C. 14 Cobbleburn Court, NE108MV. Mob 07700900512 - text only, partner checks calls. GP Hawthorne Vale Surgery. Insta @bairns_and_biscuits."),
    ("comment", "[Comment - chair: Deleted from v4. Can we switch off the inbox auto-paste?]"),
    ("body", "Next meeting: Wednesday 3 April 2024, 10:00, same room. Agreed as accurate by chair: __________"),
]
F1_LABELS = {
    "name": ["Aoife", "Ruddick", "Dessie", "Tomasz", "Wiśniewski", "Bernie",
             "Ashworth-Leigh", "Saleem", "M.W.", "Pauline", "Łukasz",
             "T.W.", "Desmond", "Graham", "GAL", "Fenwick", "P.M.", "D.O.",
             "Kayleigh", "Proud"],
    "workplace": ["Bridging Voices", "Larchfield", "Gowan Welfare Hall", "Quayline Taxis",
                  "Hawthorne Vale Surgery"],
    "place": ["Leam Lane", "Kibblesworth", "Hebburn"],
    "street_address": ["22 Quarrybeck Road", "14 Cobbleburn Court"],
    "postcode": ["NE10 0KM", "NE108MV"],
    "phone": ["07700 900237", "07700900512"],
    "email": ["chair.bvpanel@example.org"],
    "url": ["www.example.org/bridging-voices/pl"],
    "handle": ["@bairns_and_biscuits"],
    "date_of_birth": ["19/11/1998"],
    "nhs_number": ["999 217 3343"],
    "ni_number": ["QQ 12 34 56 C"],
}

# ---------------------------------------------------------------------------
# 2. Filmed workshop subtitles (.srt) - Barrow-in-Furness and Workington
# ---------------------------------------------------------------------------
F2 = "filmed_workshop_slipway.srt"
F2_CUES = [
    SYN,
    "[gulls, wind, a tannoy from the dock]",
    "Slipway Circle\npeer support for fishing and shipyard families",
    "Filmed at the Keel and Anchor, Barrow-in-Furness,\nand the Netloft Centre, Workington",
    "FACILITATOR: Right, we're rolling. Ignore the camera,\nit's only a phone on a stick.",
    "[laughter]",
    "FACILITATOR: So, one question for today.\nWhat makes this group work?",
    "JEAN ASKEW\nMember, Barrow group",
    "For me? Nobody has to explain.\nEverybody in that room knows the shift pattern.",
    "My Stuart's been at Harbour Forge twenty-two years.\nNights, weekends, whenever the hull's due out.",
    "Our Ryan was born the 2nd of June 2003,\nthree days after he went onto nights.",
    "I said to the doctor, I've been married to that rota\nlonger than I've been married to him.",
    "[laughter]",
    "She said, have you thought about a group?\nI said, love, I live on Walney, there's nothing.",
    "Turned out there was. It was just\nin the back room of a pub.",
    "FACILITATOR: And you came all the way over\nfrom the Workington group.",
    "DOUGIE McSHANE\nRetired skipper, Flimby",
    "Aye. Forty year on the boats,\nman and boy.",
    "I've fished since before Jack Charlton\nwas on the telly doing it.",
    "Fishermen don't talk. We talk about\nthe weather, the quota, the price of diesel.",
    "We don't talk about the night\nthe Morning Tern went down off the Solway.",
    "I lost two good lads that night.\nYoung Liam Tolson and his uncle.",
    "I never said a word about it for eleven year.\nNot to the wife, not to anybody.",
    "Then Bev from the Mission put a leaflet\non the dash of the van and left it there.",
    "Thursday, seven o'clock, bacon sandwiches.\nThat's what got me. Not the mental health bit.",
    "[laughter]",
    "FACILITATOR: What keeps you coming back?",
    "Having a job. I do the tea urn.\nNobody touches that urn but me.",
    "Sounds daft. But the urn is the reason\nI get out of bed on a Thursday.",
    "MARICEL BAUTISTA\nMember, Workington group",
    "My husband is on the scallop boats,\nout of Scotland now, not here.",
    "Three weeks away, one week home.\nWhen he is away I am mother and father.",
    "In the Philippines we have the whole barangay.\nHere I had nobody, only the children.",
    "I thought, this is English group, English ladies,\nthey don't want me there.",
    "But the lady with the raffle said, sit here.\nI sat in that chair every week since.",
    "FACILITATOR: Ground rules. Every group has them.\nWhat are yours?",
    "(JEAN) What's said on the boat stays on the boat.",
    "And nobody's grief is bigger than anybody else's.\nThat one came from Pat, God rest her.",
    "KENNY O'ROURKE\nApprentice welder, Ormsgill",
    "I'm the youngest by about forty years.\n[laughter]",
    "Me dad's on the slipway, me grandad was on the slipway.\nYou don't really get a choice round here.",
    "When I had the panic attacks at college\nthey sent us to a thing in Lancaster.",
    "Nice people. But they were on about apps\nand journaling, and I'm thinking, mate, I weld.",
    "Here, Stuart just sat down next to us\nand said, \"Same, son. Same.\"",
    "FACILITATOR: It's not all easy though, is it?\nWhere are the tensions?",
    "- Honestly? The men and the wives.\n- That's fair, that.",
    "Some of the men don't want the wives in the room.\nThere's things you cannot say in front of your wife.",
    "- And there's things we can't say\nin front of our husbands, Douglas.",
    "[laughter]",
    "And the money. The council paid for the room\nfor one year only, then nothing.",
    "Now it is eighteen pound a week.\nWe do raffle, tombola, bingo, everything.",
    "(DOUGIE) In Barrow the landlord, Tam Rigg, gives them\nthe back room for nowt on a Thursday.",
    "But it's still a pub. For some of our lot\na pub's the worst place you could put them.",
    "FACILITATOR: Last one. How does somebody find you?",
    "(JEAN) Word of mouth. Or text the group phone,\noh seven seven double oh, nine double oh, three one five.",
    "[on screen] Group mobile 07700 900315",
    "(KENNY) Or Insta. @arc_and_grind,\nthat's mine, I'll pass it on.",
    "- Kenneth, nobody wants your welding pictures.",
    "[laughter]",
    "Slipway Circle meets Thursdays 7pm, Keel and Anchor,\n14 Cutter Row, Barrow, LA14 2OK",
    "Workington: Tuesdays 10am, Netloft Centre\nslipwaycircle@example.net · example.com/slipwaycircle",
    "Struggling now? Samaritans, free, any time: 116 123",
    "Filmed by Callum Fearon. With thanks to everyone\nat the Fishermen's Mission.",
]
F2_LABELS = {
    "name": ["JEAN", "ASKEW", "Stuart", "Ryan", "DOUGIE", "McSHANE", "Liam", "Tolson",
             "Bev", "MARICEL", "BAUTISTA", "Pat", "KENNY", "O'ROURKE", "Douglas", "Tam",
             "Rigg", "Kenneth", "Callum", "Fearon"],
    "workplace": ["Slipway Circle", "Keel and Anchor", "Netloft", "Harbour Forge",
                  "Morning Tern"],
    "place": ["Walney", "Flimby", "Ormsgill"],
    "street_address": ["14 Cutter Row"],
    "postcode": ["LA14 2OK"],
    "phone": ["07700 900315", "oh seven seven double oh, nine double oh, three one five"],
    "email": ["slipwaycircle@example.net"],
    "url": ["example.com/slipwaycircle"],
    "handle": ["@arc_and_grind"],
    "date_of_birth": ["2nd of June 2003"],
}

# ---------------------------------------------------------------------------
# 3. SMS / iMessage export (.txt) - Sunderland young mums, postnatal depression
# ---------------------------------------------------------------------------
F3 = "sms_thread_saltgrass_mams.txt"
F3_HEADER = [
    SYN,
    "Conversation: Saltgrass Mams 🐣  (iMessage group · 5 others)",
    "Exported 11/04/2024 22:41 · iMazing · Messages.txt · 21 messages",
    "",
]
F3_MSGS = [
    ("Mar 04, 2024  9:12:45 PM", "+447700900641",
     "hiya is it still on thurs at barleycroft? havent been since before xmas 🙈 not sure i can face it tbh"),
    ("Mar 04, 2024  9:14:10 PM", "Me",
     "yes!! 10-12 upstairs, lift is fixed now so the pram is fine. so glad ur coming back x you dont have to talk, just come and have a brew"),
    ("Mar 04, 2024  9:20:33 PM", "Me", "wait is this jade?? new number?"),
    ("Mar 04, 2024  9:21:51 PM", "+447700900641",
     "yeah its me lol phone got smashed, save this one. old one 07700 900 372 is dead. tbh not great. baby's fine its me. gp put me on sertraline 50mg last wk and i feel like a zombie. dr okafor at kittiwake says give it 6 wks"),
    ("Mar 04, 2024  9:31:15 PM", "kels 💕",
     "6 wks is right hun, the first 2 are the worst. i was exactly the same after ava-rose, couldnt feel anything then it slowly lifted. ur not on ur own x"),
    ("Mar 04, 2024  9:44:20 PM", "+447700900955",
     "sorry who is everyone? the HV added me, im new. shannon, baby is 7 wks 😬 nearly didnt message tbh. im out at town end farm and the bus with a pram is a nightmare"),
    ("Mar 04, 2024  9:46:03 PM", "Me",
     "hiya and welcome!! im gem, i sort of run it with nat. rules are on the pinned pic but basically what's said in group stays in group, no advice unless someone asks for it, nobody has to talk, and this chat isnt for emergencies - ring 111 and press 2, or samaritans on 116 123 ❤"),
    ("Mar 04, 2024  9:49:12 PM", "marta",
     "i can get u, im only in castletown its on my way. white fiesta nk17 qoe, ill text when im outside. car seat base is already in x"),
    ("Mar 04, 2024  9:53:09 PM", "+447700900955",
     "omg thank u!! 37 gullcroft rd, sr5 3mv. blue door next to the bookies. i'll be the one looking terrified"),
    ("Mar 05, 2024  3:12:51 AM", "+447700900641",
     "anyone up. he wont settle and i cant stop crying. sorry"),
    ("Mar 05, 2024  3:14:30 AM", "kels 💕",
     "up feeding. put him in the cot, go and sit in the kitchen 5 mins with the door shut. he's safe. ur doing nothing wrong x"),
    ("Mar 05, 2024  8:02:11 AM", "Me",
     "morning all ☀️ proud of u for saying last night. for anyone reading this at 3am in future - this chat isnt monitored, the crisis line number is on the pinned pic"),
    ("Mar 05, 2024  9:15:40 AM", "nat hv",
     "Morning ladies. For the crèche form I need each baby's full name and DOB - please message me privately, not in the group 🙏 Form is here: https://example.org/saltgrass/creche-form"),
    ("Mar 05, 2024  9:17:02 AM", "+447700900955", "ellie-mae pybus 22/01/2024 👶"),
    ("Mar 05, 2024  9:17:44 AM", "kels 💕",
     "ava-rose 9th nov 23 x. and if anyone's stuck for the nhs number its on the front of the red book, hers is 999 543 2102"),
    ("Mar 05, 2024  9:20:31 AM", "nat hv",
     "PRIVATELY girls!! 😂 I'll take those off my notes. If you can't get me, ring the family hub desk on 01632 960418 (Mon-Fri 9-5) or email hvteam7@example.org"),
    ("Mar 05, 2024  9:26:10 AM", "marta",
     "can i say something. some of the girls dont like the hv being in the chat. feels like being watched, like social services are reading it. its supposed to be ours"),
    ("Mar 05, 2024  9:31:40 AM", "Me",
     "lets vote on thurs in the room not on here. ill bring it up at the start, everyone gets a say"),
    ("Mar 05, 2024  9:33:12 AM", "+447700900641",
     "agree. and thank u for last night. the room is the bit that matters anyway. first time i came i sat on the stairs for 20 mins and marta came out with a brew and a biscuit and didnt ask me a single thing. thats why i came back"),
    ("Mar 06, 2024  8:10:26 PM", "kels 💕",
     "ps anyone else going back to work? im back at peregrine in 3 wks and dreading it, they've put me on lates 🙃 who even does bedtime"),
    ("Mar 07, 2024  1:14:22 PM", "Me",
     "thank u all for today ❤ vote was 6 to 1 for nat staying in the chat but only for the first half hour of group, then its just us. next week is the lady from PANDAS. follow @saltgrass.mams for the pics (no faces!!) - gem x"),
]
F3_LABELS = {
    "name": ["kels", "jade", "okafor", "ava-rose", "shannon", "gem", "nat", "marta",
             "ellie-mae", "pybus"],
    "workplace": ["Saltgrass Mams", "barleycroft", "kittiwake", "peregrine"],
    "place": ["town end farm", "castletown"],
    "street_address": ["37 gullcroft rd"],
    "postcode": ["sr5 3mv"],
    "phone": ["+447700900641", "+447700900955", "07700 900 372", "01632 960418"],
    "email": ["hvteam7@example.org"],
    "url": ["https://example.org/saltgrass/creche-form"],
    "handle": ["@saltgrass.mams"],
    "date_of_birth": ["22/01/2024", "9th nov 23"],
    "nhs_number": ["999 543 2102"],
    "car_registration": ["nk17 qoe"],
}

# ---------------------------------------------------------------------------
# 4. Microsoft Teams web transcript (.txt) - Carlisle eating-disorder recovery
# ---------------------------------------------------------------------------
F4 = "teams_transcript_fellside.txt"
F4_HEADER = [
    SYN,
    "Fellside Recovery Circle - fortnightly evening group",
    "Transcript",
    "12 March 2024, 18:30 · 47m 52s",
    "BELLAMY, Kirsty (NCIC) started transcription",
]
K = "BELLAMY, Kirsty (NCIC)"
F4_TURNS = [
    (K, "0:04", "Evening everyone. Can people hear me OK? So we've got four of you online tonight and a few of you in the room. Usual reminders before we start. Cameras on or off, your choice. Names, use whatever name you like in here, some of you use your real one and some don't, and that's fine. And the big one for this group, we don't say numbers. No weights, no calories, no sizes, no BMI. If someone slips, Ffion or I will just gently say numbers and we move on. Tonight's question is what makes the group work for you, and what doesn't. Shivon, you had your hand up?"),
    ("Siobhán Tully (Guest)", "1:02", "Yeah. For me it's being with people who get the voice. Like, I don't have to explain the voice. Anywhere else, my mam in Wigton, my manager at Border Oat Mill, I'm explaining all the time. Here I can just say it was loud today and everybody nods. And the meal after the in-person group, I used to dread it and now it's the best part. Eating with people who are also finding it hard."),
    ("Ffion H", "2:15", "And the other one is no comparing. Not in here. I'll say, as someone who co-facilitates now, the no comparing rule is the reason I stayed. At my first group I was so sure everyone would look at me and think, she's not ill enough."),
    ("Castleway Room 2", "2:58", "Hi, it's Amira in the room. Can you hear us? The kettle's making a racket behind me, sorry. Just to say the no comparing thing is the same for us in here. We all nodded."),
    ("starling_ed (Guest)", "3:10", "Can I say the bit that doesn't work? Sorry. The gym thing. Half the leaflets at the hub are for Forge Fitness because they sponsor the bench outside, and I walk past their poster every week to get to the room. It's all before and after photos. I've said it twice. I know it's not your fault."),
    ("Joe Kettle (Guest)", "4:05", "Can I come in? So I'm usually the only bloke, and for a long time that was the hard part. My GP at Marlborough Gardens Surgery said eating disorders were a girls' thing, basically. Took me two years to get referred. What works here is nobody's ever made me feel like the odd one out. I got given a job, doing the check-in round at the start, and honestly having a job made me come back. I'm from Harraby, I know half the people in that car park, and that used to scare me, but now I just say I'm going to a group and leave it there."),
    ("Ffion H", "5:20", "Can I pick up on that, being known? Because it's a real tension for us. Carlisle's small. I've bumped into members in Sainsbury's. We had a ground rule from the start, if you see each other outside you don't have to say hello, and nobody's offended. And online, I know some people join with a nickname for exactly that reason."),
    ("starling_ed (Guest)", "6:02", "Yeah, that's me. I teach at Lowther Fell Academy and some of the parents are, you know. So I'm a bird on here."),
    ("Siobhán Tully (Guest)", "6:40", "Can I be honest about the admin side? I've got the PIP letter here and it's got my date of birth wrong, it says 3rd of August 2001, and my NI number ZZ 48 71 20 D, and they still want me to go to Newcastle for an assessment. I was in bits. And this lot just helped me with the form, nobody made a thing of it. That's the group."),
    ("Castleway Room 2", "7:35", "It's Mo here in the room. On what works, for me it's the room itself. The hub's got the little kitchen and the sofas and it doesn't smell like a ward. When we were at the hospital the group felt like another appointment. Here I can come early and help set out the chairs. If they ever move us I'm not sure I'd follow."),
    ("Joe Kettle (Guest)", "8:20", "Just quickly, Kirsty, for the new lad I mentioned, the referral email's fellsidecircle at example dot net, isn't it? He's got no car so he'll need the bus."),
    (K, "9:05", "That's right, or he can self-refer on example.org/fellside. In person it's Castleway, side door on 3 Tarnbeck Close, CA1  2KO, there's a bell. On the gym posters, I'll take that to the hub manager, Mr Dobrowolski, again, in writing this time. And so everyone knows, this transcript is only for my notes, it's deleted once I've written the summary, and I'll take the PIP bit out. If anyone needs help with forms, text me on the group phone, 0770 0900 461. Right, five minutes. Beat's helpline is on the slide if tonight's stirred anything up, and if you're at risk ring 999 or NHS 111. Back at quarter to."),
]
F4_FOOTER = []
F4_LABELS = {
    "name": ["BELLAMY", "Kirsty", "Ffion", "Amira", "Shivon", "Siobhán", "Tully",
             "Dobrowolski", "Joe", "Kettle", "Mo"],
    "workplace": ["Fellside Recovery Circle", "Castleway", "Border Oat Mill", "Forge Fitness",
                  "Marlborough Gardens Surgery", "Lowther Fell Academy"],
    "place": ["Wigton", "Harraby"],
    "street_address": ["3 Tarnbeck Close"],
    "postcode": ["CA1  2KO"],
    "phone": ["0770 0900 461"],
    "email": ["fellsidecircle at example dot net"],
    "url": ["example.org/fellside"],
    "handle": ["starling_ed"],
    "date_of_birth": ["3rd of August 2001"],
    "ni_number": ["ZZ 48 71 20 D"],
}

# ---------------------------------------------------------------------------
# 5. Researcher field-notes diary (.docx) - rural Northumberland villages
# ---------------------------------------------------------------------------
F5 = "fieldnotes_northumberland.docx"
F5_BLOCKS = [
    ("p", SYN),
    ("h1", "Field diary - peer support in rural Northumberland (strand 3)"),
    ("p", "Researcher: Dr Imogen Strachan-Reid. Raw notes, not for circulation. Participant IDs are on the contact sheet at the end."),
    ("h2", "Tue 13 February 2024 - Seahouses"),
    ("p", "Drove up the A1 in fog, then the B1340. The Coble Club meets in the back room of the Fox and Lantern on a Tuesday teatime, because the boats are in by then. Eight men, two wives, one dog. Walked the sandy path round the harbour first to settle my nerves. Sat by the fire, as agreed with Geordie Rutter, who set the group up after his brother's boat was lost in 2016."),
    ("p", "Shared identity is everything here. He put it plainly: \"We're not a mental health group, we're a fishermen's group that talks.\" Roles are informal but fiercely held: Isa Brannigan runs the kitty and the raffle, and young Will does the tea. Nobody facilitates officially; the founder \"keeps the peace\" and decides when the talking stops and the darts start. It works because everyone knows exactly who does what, and nobody has to ask."),
    ("p", "Tension noted: two crews are old rivals over the crab grounds and will not sit at the same table. Their own ground rule, never written down: nothing from the harbour comes into the room. Someone mentioned Fenwick's Christmas window in Newcastle and the mood lifted for ten minutes."),
    ("p", "Reflexive: I am very visible as an outsider. One of the wives asked where I was from and I said Durham. I should have said the university. Next time I will bring biscuits and sit further from the door, where the newcomers sit."),
    ("h2", "Thu 15 February 2024 - Upland Blether"),
    ("p", "The group meets in the old schoolroom behind the chapel at Elsdon. Five hill farmers and a gamekeeper. Wilf Charlton (P07) farms above Alwinton and drove me back to my car in his pickup, NL62 QXA, talking the whole way about lambing and his son leaving for Australia. He said more in the pickup than in the group. Memo: the car is part of the room."),
    ("p", "The gamekeeper, known to everyone as Sandy, spoke once: \"It's the only place I'm not the one with the gun.\" The others looked at the floor, which I read as respect rather than discomfort."),
    ("p", "Distance is the main tension. Members drive forty minutes each way on the A68 and the valley road, and in snow the group simply does not happen. The WhatsApp group keeps it going, but two men have no signal at home and rely on a neighbour passing on the date."),
    ("h2", "Mon 19 February 2024 - phone call"),
    ("p", "Margaret Hindmarsh rang from her landline, 01632 960553, to withdraw, then un-withdraw. She worries the notes will get back to Thirlmoor Surgery. She read out the details from her repeat slip \"so you know it's really me\": date of birth 2nd May 1947, NHS 9994021168. I have NOT copied the number onto the contact sheet. Must shred this page."),
    ("p", "Memo: consent is not a one-off event in groups like these. It gets renegotiated in kitchens, in pickups and on phone calls, usually at the moment someone feels most exposed."),
    ("h2", "Wed 21 February 2024 - reflections"),
    ("p", "Upland Blether used to meet in the café at Harelaw Mart on sale days. Men liked it because nobody asks why you are at the mart; you can be there for the sheep and stay for the talk. Nobody has to admit to going to a group. The café closed in the autumn and attendance halved. The venue was doing half the work, and nobody had noticed until it was gone."),
    ("p", "Admin: posted consent forms to Isa at 3 Foulshaw Cottages, Harbottle, NE65 7MK. She has no email; her grandson's address is on the sheet. Her ground rule for me: \"Don't put our business on the computer, pet.\""),
    ("p", "Contact sheet (restricted - do not email, do not print)"),
    ("table", [
        ["ID", "Name", "Phone", "Email / other", "Consent"],
        ["P03", "G. Rutter (\"Geordie\")", "07700 900846", "via the club phone", "verbal 13/02"],
        ["P05", "Isa B.", "none - post only", "coquetlad77@example.com (grandson)", "written, posted 21/02"],
        ["P07", "W. Charlton", "+44 7700 900129", "hillfarm.w@example.net", "written 15/02"],
        ["P09", "M. Hindmarsh", "landline, see 19/02", "-", "withdrew, rejoined 19/02"],
    ]),
    ("p", "Group contacts: their page is example.net/upland-blether and they post on X as @UplandBlether. Next visit: Tue 5 March, weather permitting."),
]
F5_LABELS = {
    "name": ["Imogen", "Strachan-Reid", "Geordie", "Rutter", "Isa", "Brannigan", "Will",
             "Wilf", "Charlton", "Sandy", "Margaret", "Hindmarsh"],
    "workplace": ["Coble Club", "Fox and Lantern", "Upland Blether", "Thirlmoor Surgery",
                  "Harelaw Mart"],
    "place": ["Seahouses", "Elsdon", "Alwinton", "Harbottle"],
    "street_address": ["3 Foulshaw Cottages"],
    "postcode": ["NE65 7MK"],
    "phone": ["01632 960553", "07700 900846", "+44 7700 900129"],
    "email": ["coquetlad77@example.com", "hillfarm.w@example.net"],
    "url": ["example.net/upland-blether"],
    "handle": ["@UplandBlether"],
    "date_of_birth": ["2nd May 1947"],
    "nhs_number": ["9994021168"],
    "car_registration": ["NL62 QXA"],
}

SPECS = {F1: F1_LABELS, F2: F2_LABELS, F3: F3_LABELS, F4: F4_LABELS, F5: F5_LABELS}
FILES = [F1, F2, F3, F4, F5]
