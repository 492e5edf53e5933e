# -*- coding: utf-8 -*-
"""Marked-up source text for the blind-av set.
Markers: [KIND:surface text]  KIND in N PL W ST PC PH EM U H DOB NHS NI CAR.
build.py strips the markers, writes the files and derives labels.csv."""

HEAD = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------- 1. Teams VTT
B = "[N:Bernadette] [N:Okafor]"
P = "[N:Priya] [N:Raghunathan]"
G = "[N:Gareth] [N:Holloway]"
T = "[N:Tomasz] [N:Wiśniewski]"
D = "[N:Dawn] [N:Littlewood]"
VTT_CUES = [
    (None, HEAD),
    (B, "Right, I think it's recording now, the little red dot's on. Welcome everyone to the lived experience panel, this is the March session. Apologies from [N:Shaz], who's poorly, and from Councillor [N:Oduya], who's stuck on the M1 somewhere near Junction 28. [N:Priya]'s going to say a few words about why the ICB wants to hear this, and then I'd really like the groups to do most of the talking."),
    (P, "Thanks [N:Bernie]. So, in short, we commission quite a lot of peer support across Nottinghamshire and South Yorkshire, but if I'm honest we don't really know what makes a group work, as opposed to what makes it easy to count. So please be honest with us, including about us, because that's the whole point of a panel."),
    (G, "I'll go first 'cause otherwise I'll just sit here getting nervous. I co-run the Tuesday lot at [W:Calder Vale Community Rooms], ten minutes from my house in [PL:Thrybergh]. What makes it work is nobody's a patient in that room. You come in, [N:Mick] puts the urn on, somebody's on biscuits, somebody's doing the sign-in, and straight away you've got a job. The job is half the therapy, to be honest, it's the"),
    (G, "bit you can't put in a spreadsheet."),
    (T, "Can I come in on that? Sorry, my camera is off, the wifi at [W:Highbury Vale Hub] is terrible today. For our Eastern European group, shared identity is maybe the first thing. When I sit with [N:Marek] or pani [N:Krystyna], I don't have to explain everything, the shifts, the landlord, the mother at home who wants you to come back. But it is also a tension, because"),
    (T, "some of our members do not want to be seen there at all. Nottingham is a small place in that way. Somebody's cousin works with somebody's supervisor at [W:Trentside Logistics], and then everybody knows your business."),
    (B, "That's really important. And it links to monitoring, doesn't it? Last year the sign-in sheets asked for date of birth and postcode, and I know some groups weren't happy."),
    (G, "They weren't. Our [N:Dave] wrote 'none of your business' in the postcode box. Mind you, he also wrote his whole NHS number on it, [NHS:nine nine nine, three four five, six seven eight oh], he knows it off by heart. Oh, I shouldn't have read that out, can you take it out of the minutes? Sorry. Anyway, ground rules, that's what you wanted next, isn't it?"),
    (T, "We write them together in the first session, on flipchart paper. [N:Krystyna] keeps the sheet in her handbag, I'm serious. The main one is what is said here stays here, except if someone is at risk, then we say we will ring Samaritans on 116 123 together, or call 111. And one tension I want to name: when the ICB funds us, some members feel we are now part of the system. [N:Marek] said to me, '[N:Tomek], now we are the NHS, so where do I go to complain about the NHS?'"),
    (G, "Ours are on the wall. Number four is 'no fixing', so you don't tell a bloke with PTSD to try yoga. Number five is '[N:Holloway] doesn't get the last word', added by my wife. And roles, give people roles and they come back. I was in a right state in 2019, couldn't leave the house. Now I'm the one with the keys. If anybody wants to see how we do it, ring me first, I'm on [PH:oh seven seven double oh, nine double oh, four one two]."),
    (B, "Can we not put personal numbers in the meeting, please, I'll circulate contacts afterwards, anything for the notes to [EM:livedexperience.panel@example.org]. Facilitation, then. Is it one person, or more shared? [N:Dawn], you've been quiet, you're with the Mansfield group, aren't you?"),
    (D, "Sorry, I was on mute. Yes. We used to be in the back room at the library, but we've moved, we're upstairs at [W:Carrbrook Methodist Church] now, on [ST:Wolsey Pit Lane], [PC:NG19 7QM] if anyone's sending post. The room matters more than people think. The old room had a glass door onto the corridor, so anybody walking past could see who was in. Two people stopped coming because of that door. Our facilitator is paid, she comes from the trust, but honestly the best sessions are when she sits back and the members take over. And we lose the church room in June, so if anyone knows somewhere in [PL:Forest Town] with a ground-floor room, please message me. I grew up in [PL:Forest Town], I know everybody there, just not anybody with a spare room."),
    (P, "That's fair. I'd honestly rather you complained to us than stopped coming. The feedback form is at [U:example.org/icb-voices/panel-feedback], and it's anonymous, we don't collect anything. I think that's time, so thank you all. Next panel is Thursday the 10th of April, same Teams link, and good luck with the room."),
]

# ---------------------------------------------------------------- 2. ODT focus group
# items: ('h', text) heading, ('p', text) paragraph, ('table', [[cells]...])
ODT = [
    ('p', HEAD),
    ('h', "Focus group transcript: [W:Twisted Spire Pain Circle]"),
    ('p', "Commissioned evaluation of peer support for people living with chronic pain, North Derbyshire."),
    ('p', "Date of session: Wednesday 12 February 2025, 10:30 to 12:00"),
    ('p', "Venue: [W:Holmebrook Community Centre], [ST:Unit 3, Sallowfield Court], Chesterfield [PC:S40 2KM]"),
    ('p', "Facilitator: [N:Janine] [N:Whitworth] ([N:JW]). Notes: R. [N:Pemberton]."),
    ('p', "Transcribed by [W:Clearword Transcription Ltd]. Participant codes are used below; names said aloud have been left in for the client to redact."),
    ('h', "Front sheet"),
    ('table', [
        ["Participant code", "Age band", "Role"],
        ["P1", "45-54", "Member, fibromyalgia, attending since 2022"],
        ["P2", "65-74", "Member and co-founder"],
        ["P3", "35-44", "Member, back injury after a work accident"],
        ["P4", "55-64", "Partner and carer of P2"],
        ["F", "n/a", "Facilitator ([N:JW])"],
    ]),
    ('h', "Transcript"),
    ('p', "F: Thanks everyone for coming out on a cold one. Same as always, what's said here stays here, and you can pass on any question. I want to start with: what keeps you coming back?"),
    ('p', "P2: Honestly? Not being the only one. When [N:Hilary] and I started it we were four people round a table in the back of the [W:Wheatsheaf Tap], because nowhere else would have us on a Tuesday morning."),
    ('p', "P1: For me it's that nobody says 'but you look fine'. My sister says it every Sunday. In here, if I stand up halfway through because my hips are screaming, nobody looks twice. [N:Bev] just slides the cushion over."),
    ('p', "F: Can I ask about roles? Some of you have jobs in the group now."),
    ('p', "P3: I do the WhatsApp. That's my role. I was off work from [W:Markham Vale Fabrications] for eighteen months after the accident and I'd lost any sense I was useful. Running a WhatsApp sounds daft, but it's mine. I put the reminders out, I do the 'who's coming', I tell people when [N:Rashid]'s running late."),
    ('p', "P4: And I do the car park. That sounds like a joke, but with her pain, finding a space near the door is everything. If you see a grey Qashqai, [CAR:YD68 KQE], that's us, don't let the warden ticket it again."),
    ('p', "P2: He's very proud of the Blue Badge."),
    ('p', "F: What about the tensions? What doesn't work?"),
    ('p', "P1: Comparing. There's a bit of who's got it worst. Somebody's on pregabalin 300mg and somebody else is on co-codamol 30/500 and there's a pecking order, and that's not nice."),
    ('p', "P3: And advice. People mean well. Someone told me to stop my amitriptyline because her cousin did. That's where a ground rule helps: we talk about what it's like, not what you should take."),
    ('p', "P2: That rule came from [N:Joy]. She was a pharmacist for thirty years at [W:Derwent Row Pharmacy]. She said, I'm not your pharmacist in here, I'm just [N:Joy] with a bad knee. And honestly, there's not much joy in a PIP form, so we do those together too."),
    ('p', "F: Let's talk about the room."),
    ('p', "P4: The room makes or breaks it. Chairs with arms. Toilets on the same floor. Somewhere you can lie down on the floor without anyone fussing. [W:Holmebrook Community Centre]'s brilliant apart from the heating."),
    ('p', "P1: And the GP surgeries should tell people about us. I only found out because Dr [N:Achterberg] at [W:Linacre Fold Medical Practice] had a leaflet in a drawer. She said there's a group, and I said I'm not a group person, and now look at me."),
    ('p', "P3: Paperwork's a tension too. When we did the PIP forms last month, [N:Colin] read his out to help me and put his National Insurance number on the table, [NI:QQ 12 34 56 C], and I thought, we need a rule for that as well."),
    ('p', "P4: That's me, sorry. I'm [N:Colin]. I'm P4 on your sheet."),
    ('p', "F: Don't worry, it'll be redacted. Anything about facilitation? I'm aware I'm paid and you're not."),
    ('p', "P2: You're good because you don't fix. The previous one, Mr [N:Garside], used to turn everything into a CBT worksheet. You let us run it."),
    ('p', "P1: Can I add, the group number goes to [N:Janine]'s work mobile and that's fine, but last winter it was off for a week and someone had a bad night. So now the card has Samaritans, 116 123, and NHS 111 on the back, and the group phone, [PH:01632 960 734]."),
    ('p', "P3: And the email, [EM:spirecircle.chesterfield@example.com]. I check it. There's a page as well, [U:www.example.com/twistedspire], but nobody's updated it since Covid."),
    ('p', "F: Last thing: what would you say to a commissioner?"),
    ('p', "P2: That we're not a cheap alternative to the pain clinic. We're the thing that gets people through the eleven-month wait for the pain clinic."),
    ('p', "P1: And don't ask for dates of birth on a feedback form. They did last year and I put mine, [DOB:14/09/1973], and then felt sick about it for a week."),
    ('p', "P4: One more. Anyone who needs a lift can text me. We moved out to [PL:Calow] for the bungalow when her pain got bad, and the bus is once an hour. We're at [ST:9 Hollin Rise], [PC:s44  5ok], it's no trouble."),
    ('p', "F: Thank you all. I'll stop the recording there. Next session is Wednesday 12 March."),
    ('p', "P2: Bring the good biscuits, [N:Janine]."),
    ('p', "[End of recording, 58 minutes]"),
]

# ---------------------------------------------------------------- 3. Slack export in email
EMAIL = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
From: [N:Adeyemi], [N:Kez] <[EM:ka.youthteam@example.org]>
Sent: Friday, 14 March 2025 16:42
To: [N:Fairbairn], [N:Lewis] <[EM:lf.manager@example.org]>
Cc: [N:Sandhu], [N:Harpreet] <[EM:hs.youthteam@example.org]>
Subject: FW: #tues-group export for the peer support review (NOT redacted yet)

Hi both,

As promised, here's the Slack export from our Tuesday group planning channel for the review. I've pasted it straight in from the export so the formatting's a bit rubbish (Slack only shows the name once when somebody posts twice in a row). I have NOT redacted anything yet, so please don't forward outside the team until [N:Harpreet] and I have been through it.

-------- pasted export: #tues-group --------
[N:Kez] (she/her)  9:02 AM
morning all 🌈 tonight is the ground rules redo. can someone bring flipchart pens, the ones at [W:Beckfield Youth Hub] are all dead
fyi [N:rhys]'s mum rang the office again ([PH:01632 960 588]) wanting to know who he talks to in group. told her we don't share that, same as always. logging it on the safeguarding sheet
[N:harps]  9:05 AM
on it. also [N:ellis] messaged the group insta ([H:@outthere.donny]) asking if they can bring a mate who's 19?? thoughts
and should we add a rule about screenshots?? one of them said someone screenshotted the group chat and it went round [W:Hatfield Moor Academy]
[N:Lewis] F  9:20 AM
19 is over the age limit for [W:Out There] unfortunately, they can come to the drop-in though. screenshots yes, add it. ring their pastoral lead, Mrs [N:Okonjo], she was good last time
and reminder: no young people's full names in here pls, this channel is getting exported for the review 🙃
[N:Kez] (she/her)  9:52 AM
will do. one tension tho, the older ones (17-18) kind of run the room and the 14 yr olds go quiet. could we split? reception says the small room is free til 7. also [N:Summer] wants to help plan the summer residential, she's asked about being a peer mentor 🥹 roles are the thing with this lot
[N:harps]  10:15 AM
lol. ok for the review, what makes it work: shared identity obvs, nobody has to explain themselves. ground rules THEY wrote. pronoun round at the start (optional!!). and the room, the hub has a side door so nobody has to walk past the front desk. [N:ellis] said the CAMHS waiting room feels like being on trial and ours feels like someone's front room. their GP at [W:Cusworth Lane Surgery] has been sitting on the referral since jan btw
[N:jac] (they/them)  10:21 AM
can I add: transport. half of them can't get here since the 84 stopped running after 6. I live in [PL:Stainforth] so I can do lifts for anyone out that side
[N:Lewis] F  10:26 AM
thank you 💜 lifts have to go through the volunteer driver policy though. can you DM me your reg + insurance
[N:jac] (they/them)  10:30 AM
[CAR:YT19 XQV], the green fiesta with the pride sticker lol. insurance doc is in the drive
[N:Kez] (she/her)  10:41 AM
for the write-up can I use 'it's the only place I don't have to be brave'? that was [N:Ollie] I think. he posts his drawings as [H:@mothboy.art] if we want one for the cover
[N:harps]  10:44 AM
yeah but ask him first. his number changed, new one is [PH:07700 900 847]
[N:Lewis] F  10:45 AM
please don't post young people's numbers in here!! 🙈 delete pls. supervision link for tomorrow: [U:https://teams.example.com/l/meetup-join/dvyt-supervision-0315]
-------- end of export --------

That's the lot. I think the bits about roles, the side door and transport are the most useful for the review. The tension about the older ones taking over the room is real, and I'd rather the review said so than pretended we've got it sorted. Same with the screenshots: the ground rules only work because the young people wrote them and police them themselves, but once something leaves the room we can't do much. If the commissioners ask what they'd be paying for, it's mostly the boring stuff: the room with the side door, a worker who turns up every week, bus fares, and pizza. Happy to talk it through on Monday after the team meeting, or on Tuesday before group if that's easier.

Thanks,
K.

--
[N:Kez] [N:Adeyemi] (she/her)
Senior Youth Worker, LGBTQ+ provision
[W:Don Valley Youth Trust]
[W:Beckfield Youth Hub], [ST:14 Wrenfield Walk], Doncaster [PC:DN4 8OV]
t: [PH:01632 960 215] | m: [PH:+44 7700 900356]
[U:www.example.org/dvyt/out-there] | insta [H:@outthere.donny]
Working days Mon to Thu. If a young person needs urgent support, Childline is 0800 1111, or they can text SHOUT to 85258.
This email and any attachments are confidential and intended only for the named recipient.
"""

# ---------------------------------------------------------------- 4. XLSX miners group
XLSX = [
    ("Transcriber note", HEAD),
    ("Transcriber note", "Recorded in the snug at the [W:Headstocks Club], [ST:2 Winding Wheel Lane], [PC:NG21 0CK]. Group: [W:Deep Seam Men and Families]. Two members asked not to be named and are left out."),
    ("Facilitator", "Right, it's running. So the question for the evaluation is what makes this group work. You've been coming since the start, haven't you?"),
    ("[N:Dennis]", "Since 2016, aye. Before that I hadn't been in a room with more than three people since the pit shut. I did twenty-two year at [W:Harwood Main Colliery], face-worker like my dad, then it were agency work, then nowt. What makes it work? Same as underground. You look after the man next to you. Nobody in here needs telling what it were like in 1984, so you don't have to start at the beginning every time you open your mouth."),
    ("[N:Maureen]", "And it's not just the men, that's what people forget. When our [N:Terry] were on strike we had nothing, and it were the women at [W:Blidworth Lane Welfare] that kept us fed, soup kitchen every dinner time. So when they said a men's group I said no, families, or I'm not coming."),
    ("Facilitator", "What about roles? Who does what?"),
    ("[N:Stan]", "I do the brews. [N:J.T.] does the raffle, and he's a menace with it. [N:Maureen] does the minutes, which nobody reads, and the big fella does the talking."),
    ("[N:J.T.]", "I'm a menace because I'm the only one who can count. No, the raffle matters. It gives the new lads a reason to come up and talk to somebody. You can't walk up to a stranger and say I've not slept since my wife died. You can walk up and buy a strip of tickets."),
    ("[N:Dennis]", "That's right, that. [N:Maureen]: Tell her about the ground rules. Two rules. No politics, and nobody gets asked which side they were on. There's men in this room who went back in. There's men who didn't. If we started on that we'd have no group. Scargill, Thatcher, the UDM, you leave it at the door with your coat."),
    ("[N:Stan]", "It's still a tension, mind. My brother [N:Clive] won't come because he knows [N:Beresford]'s lad comes. Forty year on. I live on the [PL:Crown Farm] estate, same street as him, and we still cross the road."),
    ("[N:J.T.]", "Can I say about the room? We started off in a church hall and it were all wrong. Little chairs, like a school. Here at the club there's a bar, a dartboard, pictures of the pit on the wall. My dad's in one of them. It's ours. A man'll talk in a room that's his. I were born up the road in [PL:Clipstone], front room of [ST:31 Gallows Dyke Row], [DOB:2nd of August '58], and I've never lived more than a mile from this bar."),
    ("Facilitator", "What about facilitation? I'm aware I'm from outside."),
    ("[N:Maureen]", "You're alright, duck. You listen. The one before you, from the council, Ms [N:Featherstone], kept trying to get us doing mindfulness. He fell asleep."),
    ("[N:Dennis]", "I were resting my eyes. [N:J.T.]: He were snoring, love."),
    ("[N:J.T.]", "Serious point, though. When young [N:Kieran] came, his granddad were at [W:Harwood Main Colliery] and all, he's thirty-one and he's been on sertraline 100mg since he lost his job at [W:Sherwood Park Distribution] in [PL:Ollerton], where he grew up. He said this is the only place where nobody thinks he's soft. That's the thing. Mining lads don't go and see a therapist. They'll come to the club."),
    ("Facilitator", "Practical things. How do people find you?"),
    ("[N:Maureen]", "Word of mouth, mostly. And the number on the card, that's my landline, [PH:01632 960 227], because he can't work his mobile. Or they find us at the gala in July."),
    ("[N:Stan]", "And the Facebook page, she does that. What is it, [U:facebook.example.com/deepseamgroup]?"),
    ("[N:Stan]", "Near enough. And there's the pension. Half of this lot have never sorted their Mineworkers' Pension Scheme paperwork. I rang up and they wanted my National Insurance, so I read it off the card, [NI:ZZ 55 01 82 D], and the girl said it weren't on their system. Forty year I've had that number. [N:Dennis] had to drive me to the advice place in his Astra, [CAR:FD12 QBR], and the warden at King's Mill still tried to ticket him."),
    ("Facilitator", "Last thing. If the ICB were listening, what would you tell them?"),
    ("[N:J.T.]", "Don't move us. Don't make us go to a health centre in town. Fund the room, fund the brews, and leave us be. That's the tension with your lot: you want a group that fits on a form, and we're a group that fits in a snug."),
    ("[N:Maureen]", "And ring me, not him. [PH:01632 960 227], or the club on [PH:01632 960 990]. Facilitator: Thank you, I'll switch it off now."),
]

# ---------------------------------------------------------------- 5. Voice note diary
DIARY = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Voice notes of [N:Nataliia] K., auto-transcribed on her phone, not corrected
Kept for the [W:Soniashnyk] group evaluation and shared with her permission

Monday 3 February
Okay. Recording. First voice note for the diary, the organiser from the group ask us to do this for the evaluation. So. Today was the third meeting of [W:Soniashnyk] at the [W:Brookfield Chapel] hall. Eleven people. [N:Oleksandr] made the tea too strong, like always, he says this is the British way. What I like: nobody ask me where is my husband. Everybody knows. Everybody has someone in Ukraine, in Kharkiv, in Dnipro, in the army, in the ground. We don't have to say it. The fast ill it ate her is English lady, [N:Siobhán]'s friend, she is kind but she talks too slow, like we are children.

Wednesday 5 Feb
Bad day. Job centre again. They want my national insurance number and I give it, [NI:QQ 40 27 16 A], and she says the computer has it different. My daughter [N:Sofiia] was translating for me, she is nine, this is not her job. I think about what [N:Halyna] said in the pier support group, we should make a role, somebody who go with people to appointments. Maybe me. I was a teacher in Zaporizhzhia, I can do papers.

Fri 7 February
Registered her at the new GP, [W:Wilmore Hill Surgery]. The lady asked date of birth, I say [DOB:twenty first of September twenty fifteen], and she wrote it in numbers. Then NHS number, I read from the letter, [NHS:999 402 7166]. Good, done. Also the school, [W:Lime Kiln Primary], want a phone for emergency, I give mine, [PH:oh seven seven oh oh nine oh oh three one nine], and this app wrote it like a date, I had to say again slowly.

Sunday 9 February
Group was not so good. Big argument. [N:Mykola] says group should be only Ukrainian speaking, not Russian speaking. [N:Iryna] is from Kharkiv, she speaks Russian at home all her life, she cried and left. This is the tension. We share the same war but not the same language. The facilitator did not know what to do. [N:Kateryna] said the ground rule is we speak what language we want and nobody is judged. I agree with her. We wrote it on the paper on the wall, in three languages.

Tuesday 11 Feb
Today [N:Nicola] came to my flat to say sorry, he brought borscht in a jar for [N:Irena]. I will give it to her on Sunday. The organiser is making the group list again with addresses for the Christmas cards, she is very organised, so I said mine, [ST:Flat 4, 27 Tanyard Walk], [PC:D E two three eight K C]. The app wrote it strange but she will understand.

Thursday 13 Feb
I took over the tea role from [N:Oleksandr]. It is a small thing but I felt useful for the first time since we left Poland. [N:Declan], [N:Siobhán]'s husband, drove me to the cash and carry for big bags of sugar in his white van, [CAR:KX17 WQD]. He asked me what the group is for. I said, for not being alone with it. He said that is what the pub is for, in Ireland. [N:Kateryna] made a group email, [EM:sunflower.derby@example.net], and a page, [U:example.net/sunflower-derby], for people who are not on WhatsApp. Her Instagram is [H:@katia_in_derby] if you want the photos.

Saturday 15 February
Homes for Ukraine meeting at the council. [N:Siobhán] says we can stay in her house in [PL:Duffield] until summer, then we must find our own flat. I am scared. [N:Halyna] lives in [PL:Mickleover] with her sponsor family and she says there are flats near her, near the big Tesco. Maybe. My daughter does not want to change school again.

Monday 17 Feb
Today the [W:Sunny Ash Nick] group had a visitor from the ICB. She asked what makes the group work. I said: we are the same, and we have jobs in it. Before, he was tea, now I am tea, he is chairs. [N:Halyna] is the one who knows every bus route, she works nights at [W:Parkfield Bakery] so she rides all of them. [N:Iryna] came back, and [N:Mykola] shook her hand. That is the thing that works. Then she read a poem of Lesia Ukrainka and everybody cried, even the men, who don't know one word of Ukrainian. The tension is, next year maybe half of us go home, or go to Poland, or to Canada. What is a group when everybody is leaving? The visitor wrote that down. Okay. Stop recording. Stop. How do you stop this
"""
