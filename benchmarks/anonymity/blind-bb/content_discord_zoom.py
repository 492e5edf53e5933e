# -*- coding: utf-8 -*-
"""Transcript text + label specs for the two chat-format files (imported by build.py)."""

DISCORD = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
==============================================================
Guild: Respawn & Rest | peer support for gamers
Channel: #tuesday-checkin
Exported: 19/03/2024 22:41 (UTC) by moth.light
==============================================================

moth.light — 19/03/2024 19:00
evening all 👋 tuesday checkin is open. ground rules are pinned: what's said here stays here, no unsolicited advice, spoiler-tag anything heavy, and if you're in crisis please use the pinned list (Samaritans 116 123, or text SHOUT to 85258) and not just us. we're peers not a service
for the newbies: i'm nat, one of the peer mods. not a therapist, i just keep the lights on and the bots fed. tonight i'd love to hear what actually makes this place work for you, and what doesn't
📌 1   👍 7

ghostpepper_ — 19/03/2024 19:02
hiii. rough week tbh. deadline week in the maths dept and my personal tutor dr adeyemi basically went "have you tried a planner" 💀
😭 5   🫂 3

kestrel_irl — 19/03/2024 19:03
a PLANNER. for adhd. groundbreaking stuff
hi everyone, tobi here for the new ppl, he/they, second year, living in fenwick court block C which is why i'm always online at 2am lol
😂 4

sleepy.axolotl — 19/03/2024 19:05
╰ replying to @ghostpepper_: have you tried a planner
i have six planners. i have a planner for my planners
honestly what helped me was saoirse from the esports soc just sitting with me in the SU quiet room while i did my stats coursework. body doubling > planners every time. the quiet room is ok but it's right next to the bar and on thursdays the pool table is LOUD, so mostly i stay in my room at brightwell hall and join on voice instead
❤️ 6
(edited)

NoodleBard — 19/03/2024 19:06
^ this. the reason this server works for me is nobody makes me explain why a phone call feels like a boss fight
also hi, it's dev. she/her now btw, can a mod update my roles
tension tho: online is easier to turn up to but way easier to vanish from. i ghosted for three weeks in feb and nobody noticed except jayden who dm'd me a frog gif every single day. that frog kept me going ngl
🏳️‍⚧️ 8   💜 5   🐸 9

ghostpepper_ — 19/03/2024 19:09
welcome back dev 💜 and yeah for me it's jobs. we've all got a job here. tobi does the game night schedule, i do the memes channel, nat does the scary safeguarding stuff. having a job is the only reason i turn up on bad weeks
the campus group in the union just sat us in a circle and asked how we were "feeling" and i went nonverbal for an hour
🫂 4   💯 3

moth.light — 19/03/2024 19:15
the ghosting thing is fair and it's on us as mods. we said we'd do a check-in dm if someone goes quiet for two weeks and then we didn't. i'll put it on the agenda for the mod call with ms kowalczyk from student wellbeing
also gentle reminder: we don't name uni staff in open channels, they didn't sign up to be talked about on a server. my bad for doing it just then lol
👍 5

sleepy.axolotl — 19/03/2024 19:18
speaking of oversharing. the sensory room booking form asks for SO much. name, dob, student number, term address. i just put flat 3, 22 orchard way, ls6 3mk and hoped for the best
and it wanted a phone so i put my old number 07700900218 which doesn't even work anymore

kestrel_irl — 19/03/2024 19:19
lmao same. it asked for dob too, i typed 03/11/2004 into the wrong box and it tried to book me a room in 2004

ghostpepper_ — 19/03/2024 19:21
[message deleted by a moderator]
╰ replying to @ghostpepper_: > nhs no. 999 204 7135 (from the app lol)
sorry!!! that was a screenshot from the nhs app, i didn't crop it. thanks for deleting. my gp at millbrook medical centre would be horrified
🫂 3

kestrel_irl — 19/03/2024 19:25
ok lighter topic. game night on friday, i say stardew not lethal company. i'm hosting. add me on steam, same name as here, or my old tag tobes#4471 if you still have that one
also the ravenscroft esports society want to do a joint night?? their president oluwaseun messaged me asking
🌽 5   💀 4

sleepy.axolotl — 19/03/2024 19:27
joint nights are where it gets weird for me. the esports lot are competitive, people call each other trash and it's banter to them. here the whole point is that nobody is trash. also i'm fading, meds wore off (elvanse 40mg is done by 6pm lol). we're gamers but we're also here because we're not ok sometimes
❤️ 9

NoodleBard — 19/03/2024 19:30
╰ replying to @sleepy.axolotl: nobody is trash
ok what about a joint night with a separate chill channel for anyone who wants low-stakes mode, and a mod in each. i'll run chill channel. if anyone needs me offline during it my number is 07700 900461, don't call tho, text 😅
😂 6   💜 7

anyway. random q: is anyone going to the in-person meetup at the SU on the 28th? the bus from otley into Leeds takes forever and it's so loud. my mum's dropping me off, silver yaris, YD19 KQI, wave if you see us

moth.light — 19/03/2024 19:40
closing the thread in 5 mins, mods are around till 11. the new zine is live at https://example.org/respawn-rest/zine if anyone wants to add art, deadline is the 28th too
if you need someone who isn't us: Samaritans 116 123, Switchboard LGBT+ 0300 330 0630, or your GP. and if anything in here upset you and you don't want to say it in channel, email the mod team at modteam.rr@example.net
— nat (she/they), peer mod, Respawn & Rest
"""

DISCORD_LABELS = {
    "Respawn & Rest": "workplace",
    "moth.light": "handle", "ghostpepper_": "handle", "kestrel_irl": "handle",
    "sleepy.axolotl": "handle", "NoodleBard": "handle", "tobes#4471": "handle",
    "adeyemi": "name", "tobi": "name", "saoirse": "name", "dev": "name", "nat": "name",
    "jayden": "name", "kowalczyk": "name", "oluwaseun": "name",
    "fenwick court": "workplace", "brightwell hall": "workplace",
    "millbrook medical centre": "workplace", "ravenscroft esports society": "workplace",
    "flat 3, 22 orchard way": "street_address", "ls6 3mk": "postcode",
    "07700900218": "phone", "07700 900461": "phone",
    "03/11/2004": "date_of_birth", "999 204 7135": "nhs_number",
    "otley": "place", "YD19 KQI": "car_registration",
    "https://example.org/respawn-rest/zine": "url", "modteam.rr@example.net": "email",
}

DISCORD_TRICKY = [
    ("Samaritans", "national helpline charity"),
    ("116 123", "Samaritans helpline number, not personal"),
    ("SHOUT", "national text service"),
    ("85258", "Shout text short code"),
    ("Switchboard LGBT+", "national LGBT+ helpline"),
    ("0300 330 0630", "national helpline number, not a personal phone"),
    ("Leeds", "big city"),
    ("elvanse 40mg", "drug and dose"),
    ("stardew", "game title"),
    ("lethal company", "game title"),
    ("steam", "gaming platform/app"),
    ("19/03/2024 19:00", "message timestamp, not a date of birth"),
    ("19/03/2024", "export/message date, not a date of birth"),
    ("2004", "year on its own (echo of a DOB joke) - not a DOB by itself"),
    ("the 28th", "meeting date"),
    ("GP", "generic role"),
    ("mod", "role label"),
    ("block C", "halls block letter"),
]

ZOOM = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Zoom Meeting chat — Harbour Young Voices (care leavers 16-25) — Thursday check-in
Meeting ID: 871 2290 4416   Host: Ffion Pritchard, Northgate Youth Trust
Saved to: C:\\Users\\fpritch\\Documents\\Zoom\\2024-02-08 19.00.14 Thursday check-in\\meeting_saved_chat.txt

19:00:48 From  HYV Host  to  Everyone:
	Evening all 👋 it's Ffion on the team account. Cameras optional, names optional. Quick reminder of our ground rules: one voice at a time, passing is always fine, what's shared here stays here. Our peer ambassador is co-hosting tonight and keeping an eye on the chat, so if you'd rather type than talk that's completely valid.
19:01:55 From  Chloe's iPad  to  Everyone:
	hiya! laptop died so I'm on the ipad, sorry if I drop out. the baby's asleep on me so I'm typing one-handed. honestly zoom is better for me because of her, in person means two buses from Batley and a pram
19:03:44 From  Peer Ambassador (they/them)  to  Everyone:
	hey hey, Sky here. Tonight's question: what makes this group feel like yours, and what gets in the way?
19:05:02 From  Reece M  to  Everyone:
	evening, he/him, on the bus so just typing. honestly it's that nobody here needs the backstory. at college I have to explain why I haven't got a parent to sign stuff. here it's just, yeah, same. nobody does the sad face. my PA Gareth is sound but he still does the sad face
19:05:20 From  Chloe's iPad  to  Everyone:
	Replying to "evening, he/him, on th...":
	THIS. my old PA Mrs Okafor was lovely but she's paid to care about me, you lot just do
19:06:41 From  Thảo Nguyễn  to  Everyone:
	Hi all, first time on the Zoom one, I usually come on Saturdays. For me it is being asked to do things. At the Anchor Rooms I run the tea table. It sounds small but it was the first job anyone trusted me with since I left my placement in Mytholmroyd. Before that, people did things for me, not with me
19:07:30 From  Jordan Achterberg  to  Everyone:
	the tension for me is that the trust runs it. when the council commissioner came to observe in November everyone went quiet. it felt like a review meeting not a group. and some of the LGBT+ lot aren't out at our placements, so on Zoom my carers might hear. I log in from the car park at Kirkgate Kitchens after my shift, sat in the car like a spy
19:07:58 From  Peer Ambassador (they/them)  to  Everyone:
	Reacted to "the tension for me is..." with 🫂
19:08:02 From  HYV Host  to  Everyone:
	That's really fair. The council funds us through the local offer for care leavers, so sometimes they visit. We can ask for notice and let people skip those weeks without it counting against them. Our ambassador suggested a members-only session once a month with no staff at all, which I'm more than ok with. I'd just need a phone number on the safeguarding sheet, it doesn't have to be mine
19:09:45 From  Peer Ambassador (they/them)  to  Everyone:
	my work phone is +44 7700 900314, happy for that to go on the sheet. Thảo said she'd co-facilitate with me
19:10:30 From  Reece M  to  Everyone:
	can we talk about the room as well. the Anchor Rooms is alright but the lift is broken half the time and the bus stop outside is where my ex hangs about. I moved to the Hollybank estate to get away from all that, I don't want to bump into him on a Saturday
19:11:40 From  Thảo Nguyễn  to  Everyone:
	But on Zoom I cannot tell if people are ok. In the room you can see it on their face. On here people just go quiet and you don't know if they are sad or making toast
19:13:02 From  Peer Ambassador (they/them)  to  Jordan Achterberg(Direct Message):
	if you ever want a 1:1 walk instead of the zoom I'm about, no pressure x
19:14:20 From  Reece M  to  Everyone:
	random q, for the leaving care grant form do they need your NI number? mine is QQ482719C i think, it's on a letter somewhere in a carrier bag
19:14:50 From  HYV Host  to  Everyone:
	maybe not in the main chat 🙈 but yes they do. Bring the letter Saturday, or your PA can help with it
19:15:30 From  Chloe's iPad  to  Everyone:
	also the dob on that form has to match your birth certificate not your placement file. mine said 22.07.2005 on one and a totally different year on the other 🙄
19:16:40 From  Jordan Achterberg  to  Everyone:
	what I like is the roles thing. the tea table, Sky on chat, me doing the playlist. it makes it ours and not the trust's. last word from me for tonight: seen
19:18:30 From  HYV Host  to  Everyone:
	Thank you all so much. Anonymous feedback form: https://example.org/hyv/feedback. Saturday is at the Anchor Rooms, 41 Wharf Side, WF13  4KM, 1-3pm, lift permitting. If tonight stirred things up: Samaritans 116 123, Childline 0800 1111 if you're under 19, or the out-of-hours leaving care team on 01632 960 227. Team inbox is hyv.team@example.org
"""

ZOOM_LABELS = {
    "Harbour Young Voices": "workplace", "Northgate Youth Trust": "workplace",
    "Ffion": "name", "Pritchard": "name", "fpritch": "handle", "Sky": "name",
    "Chloe": "name", "Reece": "name", "Thảo": "name", "Nguyễn": "name",
    "Jordan": "name", "Achterberg": "name", "Okafor": "name", "Gareth": "name",
    "Anchor Rooms": "workplace", "Kirkgate Kitchens": "workplace",
    "Mytholmroyd": "place", "Hollybank": "place", "Batley": "place",
    "+44 7700 900314": "phone", "01632 960 227": "phone",
    "QQ482719C": "ni_number", "22.07.2005": "date_of_birth",
    "https://example.org/hyv/feedback": "url", "hyv.team@example.org": "email",
    "41 Wharf Side": "street_address", "WF13  4KM": "postcode",
}

ZOOM_TRICKY = [
    ("871 2290 4416", "Zoom meeting ID, phone-shaped but not a phone"),
    ("Childline 0800 1111", "national helpline"),
    ("Samaritans", "national helpline charity"),
    ("116 123", "helpline number"),
    ("Zoom", "app"),
    ("November", "month of a meeting"),
    ("Saturdays", "meeting day"),
    ("19:18:30", "chat timestamp"),
    ("2024-02-08 19.00.14", "meeting date/time in save path, not a DOB"),
    ("1-3pm", "meeting time"),
    ("PA", "role label (personal adviser)"),
    ("Everyone", "Zoom recipient label"),
    ("HYV Host", "shared organisational Zoom account used as display name"),
    ("Peer Ambassador", "role label used as Zoom display name"),
    ("LGBT+", "community term"),
    ("under 19", "age bracket"),
]
