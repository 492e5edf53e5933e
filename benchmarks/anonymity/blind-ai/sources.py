# Source text for the three plain-text transcripts.
# Markup: ⟦KIND|surface text⟧ marks a planted identifier; build_set.py strips
# the markup, writes the files and derives labels.csv from it.

ZOOM = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Saved chat: Peer Support Commissioning Review - SE London & Kent Coast (hybrid)
Meeting ID: 836 4421 9907    Host: ICB Host    Exported by: ⟦N|Priya⟧ ⟦N|Kandola⟧

00:01:12 From ICB Host to Everyone:
	Morning all, ⟦N|Fenella⟧ ⟦N|Grice⟧ hosting. Could everyone pop name / role / org in the chat for the minutes please
00:01:40 From ⟦N|Priya⟧ K to Everyone:
	peer support lead, SE London. I'm in the room today
00:01:52 From ⟦N|dele⟧.o (he/him) to Everyone:
	co-founder ⟦W|Ironwood Brothers⟧, Lewisham. black men's MH group, 3rd year now
00:02:05 From ⟦N|Jonno⟧'s iPad to Everyone:
	⟦W|Mess Tin Breakfast Club⟧, Folkestone. camera's knackered sorry
00:02:09 From Croydon Public Health to Everyone:
	⟦N|Comfort⟧ ⟦N|Asante⟧, public health, Croydon. Hi all 👋
00:02:31 From Perinatal MH Team to Everyone:
	⟦N|Tamsin⟧ ⟦N|Ward⟧, perinatal mental health, covering for Dr ⟦N|Haverty⟧ who is stuck on the ward
00:02:44 From ⟦N|Gülistan⟧ D. to Everyone:
	⟦W|Kulîlk Women's Circle⟧, Croydon 🌸 my English is ok, my wifi is not
00:03:10 From ICB Host to Everyone:
	In person: ⟦W|Kingsbarrow House⟧, ⟦S|41 Pellmore Street⟧, ⟦PC|SE13 6KV⟧. Buzz for 3rd floor, lift is out again
00:03:26 From ⟦N|Priya⟧ K to Everyone:
	Replying to "In person: ⟦W|Kingsbarrow House⟧, ..."
	if the buzzer's dead ring me on ⟦PH|07700 900417⟧ and I'll come down
00:07:20 From ⟦N|dele⟧.o (he/him) to Everyone:
	what makes it work? honestly the room. we moved from the church hall to the back of ⟦W|Fadeaway Barbers⟧ on ⟦S|Quillon Parade⟧ and numbers doubled. men will talk in a barber's chair that won't talk in a clinic
00:07:41 From Croydon Public Health to Everyone:
	Replying to "what makes it work? honestly..."
	100%. the comfort of a familiar space never shows up in our outcome frameworks
00:08:30 From ⟦N|dele⟧.o (he/him) to Everyone:
	referrals are mostly word of mouth and insta ⟦H|@ironwood.bros⟧. a couple from GPs. tbh the barber ⟦N|Kwabena⟧ sends more than the GPs
00:09:12 From ⟦N|Jonno⟧'s iPad to Everyone:
	same for us. nobody comes to "a support group". they come for a bacon roll at the ⟦W|Tollgate Café⟧ on a Saturday and stay for the chat. the ground rules get done before the food comes out: no rank, no politics, nobody leaves on their own
00:09:58 From ICB Host to Everyone:
	Reacted to "same for us. nobody comes..." with ❤️
00:11:15 From ⟦N|Gülistan⟧ D. to Everyone:
	For us shared identity is everything but also complicated. Turkish and Kurdish women in one room, some families were on different sides. First rule: no politics in the circle, only in the kitchen after 😄
00:13:05 From ICB Host to Everyone:
	The tension from our side is evidence. The board want PHQ-9 and GAD-7 at week 1 and week 12 and I know groups hate it
00:13:30 From Croydon Public Health to Everyone:
	Replying to "The tension from our side..."
	from the Croydon groups: women will not write their name on a form, some husbands check the phones. facilitators keep first names only on paper registers, never on a computer
00:14:10 From Perinatal MH Team to Everyone:
	Re pathway - this is the dad who bounced between us and ⟦W|Tidewater⟧ in Margate for 6 weeks: ⟦NHS|999 402 7719⟧ DOB ⟦D|02/03/1991⟧ ⟦PC|CT9 2KM⟧. nobody ever phoned him
00:14:25 From Croydon Public Health to Everyone:
	no patient identifiers in chat please!! it all gets saved
00:14:31 From Perinatal MH Team to Everyone:
	sorry sorry, wrong window 🙈 can the host strip it from the export?
00:14:40 From ICB Host to ⟦N|Priya⟧ K(Direct Message):
	will do. can we take the referral thing offline? don't want ⟦N|Lewis⟧ (dads' lead) hearing it second-hand
00:16:30 From ⟦N|Gülistan⟧ D. to Everyone:
	Tension for me: I am refugee, I am mother, they trust me because of this. But then everyone has my number and I am "on call" all week. This is the tension nobody pays for
00:16:40 From ICB Host to Everyone:
	Noted. Reminder that out-of-hours cover is NHS 111 option 2, Samaritans 116 123 or Op COURAGE for veterans, not group leads' mobiles
00:18:45 From Croydon Public Health to Everyone:
	Croydon small grants round closes 30 Sept, link: ⟦U|https://grants.example.org/croydon/peer-2024?ref=zoom⟧
00:19:30 From Croydon Public Health to Everyone:
	any group meeting in the borough, Thornton Heath included. email ⟦E|peersupport.croydon@example.org⟧ or ring the team on ⟦PH|020 7946 0832⟧
00:21:15 From ⟦N|Jonno⟧'s iPad to Everyone:
	open invite - Sat 8-10am, ⟦W|Tollgate Café⟧, ⟦S|3 Gullsway Terrace⟧, ⟦PC|CT20  1VM⟧. mobile ⟦PH|+44 7700 900 863⟧ or DM ⟦H|@messtin_folkestone⟧
00:26:50 From Perinatal MH Team to Everyone:
	Tension for perinatal: dads' groups are paid for out of the maternity budget, so every dad is technically "the partner of" a patient. No record of his own. Same in Lewisham and Kent
00:27:30 From ⟦N|dele⟧.o (he/him) to Everyone:
	other tension is roles. one brother does the tea, one does the WhatsApp, one does check-ins. when our tea man moved to ⟦P|Sheerness⟧ to be near his daughter the whole tea thing collapsed lol. national partner's eval lead is good on this, ⟦PH|0113 496 0074⟧ (Leeds office)
00:45:12 From ICB Host to Everyone:
	Actions: ⟦N|Priya⟧ - venue costs; ⟦N|J.P.⟧ - breakfast headcounts; me - ask BI about the dads' data gap. Next review Thu 12 Sept, 2pm, same link. Follow-ups to ⟦E|icb.peersupport@example.net⟧
"""

MD = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.

# ⟦W|Tidewater Dads⟧ – session write-up

*Wednesday 6 March, 7–9pm · written up by the lead facilitator · draft v2, steering group only*

| | |
|---|---|
| Venue | ⟦W|Salt Loft⟧, ⟦S|7 Hawser Row⟧, Margate ⟦PC|CT9 3MO⟧ |
| Facilitators | ⟦N|Gareth⟧ L.; ⟦N|Ollie⟧ B. (peer co-facilitator) |
| Attended | 9 dads, 2 babies in slings, 1 dog (again) |
| Apologies | ⟦N|Łukasz⟧ (nights), ⟦N|J.T.⟧ (no childcare) |

## Who came

- **⟦N|Rob⟧** – 4th session; daughter now 5 months
- **⟦N|Sam⟧** – first time. Son ⟦N|Teddy⟧ born ⟦D|14/01/2024⟧ at 33 weeks, eight weeks in SCBU at the QEQM
- **⟦N|Frank⟧** – regular, brought flapjacks
- **⟦N|Dion⟧** – came with his partner's blessing, "because she said I'd stopped talking"
- **⟦N|Kyle⟧** + baby ⟦N|Mateo⟧ (3 wks) – drives in from ⟦P|St Nicholas-at-Wade⟧; referred by his health visitor at ⟦W|Brinemoor Surgery⟧
- four others who asked not to be named in the write-up

## Check-in round

We did the usual "name, baby's age, one honest word". My co-facilitator went first, which helps, because he always says something real.

> "Knackered. Not the cute knackered. The bad kind." – ⟦N|Ollie⟧

> "Honestly? I didn't know dads were allowed to not be OK. I thought this was for mums and I'd be in the way." – ⟦N|Sam⟧

He then said his partner had been referred to the perinatal team and he felt he had to "hold it all together" for both of them. ⟦N|Frank⟧ told him about his own first year and the room went quiet in the good way.

## What's working

- **Dads running it.** To be frank, the best thing about this group is that nobody in the circle is a professional. ⟦N|Frank⟧ put it better: *"if you'd been a nurse in a lanyard I'd have left at the biscuits."*
- **Babies welcome.** Having a three-week-old asleep on his dad's chest in the middle of the circle did more than any ground rule could.
- **Roles.** ⟦N|Rob⟧ now does the door and the tea; ⟦N|J.T.⟧ wants to lead a Sunday walk-and-talk from ⟦P|Birchington⟧, where he lives.
- **The room.** The ⟦W|Salt Loft⟧ is free on Wednesdays because the owner, Mrs ⟦N|Okafor-Briggs⟧, lost her brother to suicide and "wants the lads to have somewhere". Sofas, a kettle, no strip lights.

## Tensions

1. **Mums' space vs dads' space.** Two partners asked if they could come. We said not for now, but we'll try one family session a term.
2. **Crisis vs peer support.** One dad talked about intrusive thoughts. I followed the safety plan: stayed with him after, and we rang the perinatal team together. The numbers are on the back of the card: NHS 111 option 2, Samaritans 116 123, text SHOUT to 85258.
3. **Night-shift dads.** ⟦N|Łukasz⟧ works nights at ⟦W|Kestrel Freight⟧ out at ⟦P|Manston⟧ and can never make Wednesdays. He asked about an online group.
4. **Data.** The ICB form wants NHS numbers. I'm not collecting them. ⟦N|Sam⟧ read his son's number out of the red book before I could stop him ("⟦NHS|999 118 2047⟧, is that what you need?"). Not recorded anywhere else. **DELETE BEFORE THIS GOES OUT.**
5. **Me.** I'm doing this on top of a full-time job and I'm tired. My co-facilitator has offered to lead every other week.

## Ground rules (revisited)

We re-read the card. A new one was proposed:

> "Nobody gets told 'enjoy every minute'." – agreed by everyone, loudly

Current list:

- What's said here stays here (except safety – and we'll always tell you first)
- Phones on silent unless it's the baby's mum
- No advice unless asked
- Babies and tears both welcome
- Nobody leaves in a bad way on their own

## Actions

- [ ] Me: ask ⟦W|Sandwort Primary⟧ about their hall on Saturdays for the family session
- [ ] ⟦N|Ollie⟧: update the Instagram (⟦H|@tidewater_dads⟧) and the sign-up page ⟦U|https://example.org/tidewater-dads/join⟧
- [ ] Parking: the white van ⟦CAR|GV21 QIR⟧ keeps blocking the owner's garage. Please remind whoever it is.

---

Corrections to [⟦E|tidewaterdads@example.com⟧](mailto:⟦E|tidewaterdads@example.com⟧), or leave a message with the health visiting team on ⟦PH|01632 960 118⟧.

*⟦N|Gareth⟧ ⟦N|Lomax⟧ · peer facilitator · ⟦W|Tidewater Dads⟧ · ⟦PH|07700 900 630⟧ (evenings)*
"""

PHONE = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
PEER SUPPORT EVALUATION - KENT COAST STRAND - TELEPHONE INTERVIEW
File: FOLK-07_call.m4a | Duration 00:24:51 | Verbatim, light edit
Interviewer: evaluation team (⟦N|Rhian⟧) | Caller: member, ⟦W|Mess Tin Breakfast Club⟧, Folkestone
Caller ID on booked slot: ⟦PH|01632 960 441⟧ (landline)
----------------------------------------------------------------
Interviewer: Hello, is that -
Caller: Yeah, hello, it's ⟦N|Dinger⟧. Well, ⟦N|Trevor⟧ ⟦N|Bell⟧, but nobody's called me that since 1983.
Interviewer: [laughs] Thanks for ringing in. As the letter said, it's about the breakfast club, what works and what doesn't. Still a good time?
Caller: Now's fine. The wife's gone to Tesco.
Interviewer: Can you start by telling me how you got involved?
Caller: Right. So I come out in '98, Royal Engineers, twenty-two years, and I was alright for a long time. Worked at ⟦W|Harbourside Engineering⟧ till they shut, then it all went a bit - you know. I was sat in the caravan at ⟦P|Dymchurch⟧ most days. Didn't tell anyone. And then ⟦N|Smudge⟧ rang me. ⟦N|Derek⟧ ⟦N|Smith⟧. He'd got my number off one of the lads at the Legion. He said, breakfast, Saturday, eight o'clock, ⟦W|Tollgate Café⟧, you're coming, I'll pick you up. And he did.
Interviewer: And what was that first -
Caller: Sorry, hang on. [dog barking] Leave it! Sorry. The dog.
Interviewer: No problem.
Caller: What was the question?
Interviewer: That first breakfast. What was it like?
Caller: Loud. [laughs] Twelve blokes, two women, one of them ex-Navy, all taking the mick out of each other. Nobody asked me how I was feeling. That's the thing. Nobody asked. ⟦N|Lofty⟧ just passed me the brown sauce and started on about the football.
Interviewer: Why do you think that worked when -
Caller: - when the other stuff didn't? Because it's us. Shared identity, your letter called it. Same language. I can say I was in Bosnia and nobody goes "oh, that must've been hard" with the head tilt. ⟦N|Bhim⟧ was there too, different unit, he just nods.
Interviewer: Sorry, who -?
Caller: ⟦N|Bhim⟧ ⟦N|Bahadur⟧ ⟦N|Gurung⟧. Gurkha. Lives up ⟦P|Hawkinge⟧ with his daughter now. Does that ring a bell?
Interviewer: I don't think so. You mentioned ground rules in the form you sent back.
Caller: ⟦N|Smudge⟧'s rules. No rank. Doesn't matter if you were a colonel or a sapper, at breakfast you're a bloke with a bacon roll. No politics, no regiment stuff - that one gets broken every week, mind. And nobody leaves on their own.
Interviewer: Who decides who does what? Are there roles?
Caller: Oh, it's all roles. He's the boss, not that he'd say it. ⟦N|Spud⟧ does the kitty, two quid a week. I do the tea urn now, and I ring round the ones who didn't turn up. That's my job. Monday morning, I ring them.
Interviewer: How does that feel, having a job in the group?
Caller: [pause] Like being back in. Like I'm useful again. Sorry. [pause] Sorry.
Interviewer: Take your time.
Caller: I'm alright. Go on.
Interviewer: What about tensions? Things that don't work so well?
Caller: The venue, mainly. Well, there's a thing now, actually - I'll read you this, ⟦N|Smudge⟧ left it on the machine Tuesday and ⟦N|Ceri⟧ wrote it out cos I can't work the playback. Hang on. Here:
  [Voicemail, read out by caller]
  "⟦N|Dinger⟧, it's ⟦N|Smudge⟧. The café's closing end of the month, ⟦N|Marek⟧'s sold up. We're moving to the ⟦W|Coastguard Drill Hall⟧, ⟦S|Lanyard Street⟧, ⟦PC|CT20 2IV⟧, from the twenty-seventh. Parking's tight, so anyone with a blue badge, give me your reg and I'll pass it to the warden. Ring me back on ⟦PH|oh seven seven double oh, nine hundred, five two six⟧. Oh, and the website's ⟦U|example dot com slash mess tin⟧ - his granddaughter did it. Cheers, mate."
Interviewer: That's quite a -
Caller: That's him. Doesn't waste a word.
Interviewer: How do people feel about the move?
Caller: Half of them won't come. The café was neutral. A drill hall, for some of the lads, it's like being back on parade.
Interviewer: Did you give him your registration?
Caller: I did, ⟦CAR|Kilo November one five, Quebec India Oscar⟧. Blue Fiesta. He knows it anyway.
Interviewer: OK. Anything else that's hard?
Caller: The phone. He gives everybody his number, and they ring him at three in the morning. He had one lad on the line till four last month. We tell them, after ten it's the Samaritans or Op COURAGE, but they ring him anyway.
Interviewer: Thank you. Before we finish I need to confirm the consent details. Can you confirm your date of birth?
Caller: ⟦D|Twelfth of the sixth, sixty-one⟧.
Interviewer: And an email for the summary?
Caller: ⟦E|oldsweat61 at example dot net⟧. The wife set it up. And the address for the voucher is ⟦S|22 Shingleford Road⟧, ⟦PC|CT19 5KO⟧ -
Interviewer: Lovely, thank you -
Caller: Do you want my NHS number? I've got the letter here from ⟦W|Marlowe Bank Surgery⟧, it's ⟦NHS|nine nine nine, three one two, four four five one⟧ -
Interviewer: No, honestly, we don't need -
Caller: - and the pension lot wanted my National Insurance, ⟦NI|QQ six one, oh four, nine two, D⟧, if that helps -
Interviewer: We really don't need any of that, ⟦N|Dinger⟧. I'll make sure it doesn't go in the transcript.
Caller: [laughs] Old habits. Twenty-two years of reading your number out to whoever asks.
Interviewer: Last question. If the commissioners were listening, what would you tell them?
Caller: Give ⟦N|Smudge⟧ a budget for bacon and a room that doesn't close on us. And pay somebody to answer the phone at three in the morning so it isn't him.
[Call ends 00:24:51]
Interviewer's note: caller's address, NHS and NI numbers to be removed before this leaves the team. Thank-you message also sent via the club's Facebook page, ⟦H|@MessTinFolk⟧. - ⟦N|R.M.⟧
"""

# Spreadsheet rows: start || end || speaker || text   (header row is added by build_set.py)
XLSX = """ ||  ||  || SYNTHETIC TRANSCRIPT - every name, number and address is invented.
00:00:00.0 || 00:00:14.2 || Facilitator || Right, recorder's on. This is for the evaluation, so first names only please. Same rules as always at ⟦W|Ironwood⟧: what's said in the chair stays in the chair, phones away, and nobody gets fixed unless they ask to be fixed.
00:00:14.2 || 00:00:22.9 || Speaker 2 || Can I say one thing first? Shout out ⟦N|Kwabena⟧ for letting us have the back room again. Man turned away two fades tonight for us.
00:00:22.9 || 00:00:33.0 || Facilitator || Big up ⟦W|Fadeaway⟧, yeah. Alright, check-in. One to ten, and one word. ⟦N|Marcus⟧, you're already talking, so you go.
00:00:33.0 || 00:00:46.5 || Speaker 2 || Six. Word is tired. They've got me on nights at the depot and I ain't seen daylight since Thursday.
00:00:46.5 || 00:00:58.1 || ⟦N|Kofi⟧ || Seven. Word is... grateful? My little one started at ⟦W|St Aldric's Primary⟧ this week and he didn't cry. I did, though. [laughter]
00:00:58.1 || 00:01:03.4 || Speaker 3 || Four. I'll pass on the word.
00:01:03.4 || 00:01:09.0 || Facilitator || That's allowed, pass is always allowed. ⟦N|Cheddy⟧, you sure you're good?
00:01:09.0 || 00:01:15.7 || Speaker 3 || [inaudible] mad week, I'll come back to it.
00:01:15.7 || 00:01:17.2 || Facilitator || Cool. ⟦N|Yusuf⟧?
00:01:17.2 || 00:01:31.8 || Speaker 5 || Eight, and the word is forty. I turned forty this week. Born ⟦D|ninth of May nineteen eighty-four⟧ at Lewisham hospital and my mum still rang at six in the morning to sing at me.
00:01:31.8 || 00:01:34.0 || Speaker 2 || Forty! Unc! [laughter]
00:01:34.0 || 00:01:45.3 || Facilitator || Happy birthday, bro. So tonight the evaluation lady wants us to talk about what makes this work. Why do you lot keep coming back?
00:01:45.3 || 00:02:14.6 || ⟦N|Kofi⟧ || Honestly? Because it's not a clinic. I done the talking therapy, six sessions on the phone with a woman reading off a script. Nice woman. But she's asking me to score my mood out of 27 and I'm thinking, you don't know me. Here, ⟦N|Junior⟧ knows me. ⟦N|Junior⟧'s known me since we was kids on the ⟦P|Marsden Fields⟧ estate.
00:02:14.6 || 00:02:29.9 || Speaker 2 || That's it, shared identity innit. Nobody in here needs me to explain what it's like getting stopped on the way home, or why I don't tell my GP everything.
00:02:29.9 || 00:02:31.5 || Facilitator || Say more about the GP bit.
00:02:31.5 || 00:02:52.0 || Speaker 2 || My cousin ⟦N|Reece⟧ got sectioned in 2019. Four of them sat on him. So when the GP at ⟦W|Ravensmead⟧ asks me am I having thoughts, I'm not saying yes, am I.
00:02:52.0 || 00:02:57.4 || Speaker 3 || Same. Bare man in here won't see a doctor till it's too late.
00:02:57.4 || 00:03:20.8 || ⟦N|Kofi⟧ || Which is why the roles matter. Everybody's got a job. I do the tea, ⟦N|Marcus⟧ does the WhatsApp, ⟦N|Blessing⟧ does the check-in sheet, ⟦N|Yusuf⟧ does lock-up. When you've got a job, you come. Even on a bad week you come, cause the tea ain't making itself.
00:03:20.8 || 00:03:24.1 || Speaker 2 || I do the WhatsApp cause nobody else reads it.
00:03:24.1 || 00:03:27.0 || Facilitator || And when somebody drops off?
00:03:27.0 || 00:03:51.6 || Speaker 2 || We chase them. Not heavy. I'll just send "you good bro?" No answer in two days, somebody knocks. When ⟦N|Lenny⟧ went quiet last winter, me and ⟦N|Cheddy⟧ went round his yard on ⟦S|Tressider Walk⟧, door was open, he was just sat in the dark.
00:03:51.6 || 00:04:01.2 || Speaker 3 || It's ⟦N|Chidi⟧, you know. ⟦N|C-H-I-D-I⟧. The machine keeps writing ⟦N|Cheddy⟧ like I'm a cheese. [laughter]
00:04:01.2 || 00:04:06.8 || Facilitator || Noted, we'll fix it in the transcript. He's alright now, yeah?
00:04:06.8 || 00:04:14.3 || Speaker 2 || He's good. He's back at the boxing gym coaching the little ones Saturday mornings.
00:04:14.3 || 00:04:17.0 || Facilitator || OK, tensions. What doesn't work?
00:04:17.0 || 00:04:36.2 || ⟦N|Kofi⟧ || Money. Every year it's a new form. Last year the council, this year the ICB, and every time they want postcodes and dates of birth and ethnicity tick boxes. Brothers see a form and they're gone.
00:04:36.2 || 00:04:48.9 || Speaker 3 || And the WhatsApp getting too big. Man posts at 3am and it's either a meme or a crisis and you don't know which one.
00:04:48.9 || 00:05:02.5 || Facilitator || That's real. Ground rules say crisis goes to 111 or Samaritans, not the group chat. The group chat is for banter and "I'm running late".
00:05:02.5 || 00:05:04.0 || Speaker 2 || Which nobody reads.
00:05:04.0 || 00:05:33.7 || Speaker 5 || Can I add one? The church. My aunty keeps saying just pray on it, come to ⟦W|Fountainhead Praise Chapel⟧ on Sunday. I love her, but prayer ain't a plan. My grandad's from ⟦P|Mocho⟧ up in Clarendon, proper country man, he'd never in his life say he was depressed. It's a blessing to have one room where you can say it out loud.
00:05:33.7 || 00:05:50.2 || Facilitator || Admin before we finish. Evaluation lady wants contact details for a follow-up call, on the paper sheet, not on here. If you lost the flyer it's ⟦U|www.example.org/ib-lewisham⟧.
00:05:50.2 || 00:05:58.9 || Speaker 3 || Can I just say mine on the recording and save the paper? ⟦PH|oh seven seven double oh, nine double oh, three one five⟧.
00:05:58.9 || 00:06:01.0 || Facilitator || On the recording, bro? Fine. Email?
00:06:01.0 || 00:06:05.5 || Speaker 3 || ⟦E|steadyhands at example dot net⟧. All lower case.
00:06:05.5 || 00:06:12.4 || ⟦N|Kofi⟧ || Also whose is the silver Golf outside, ⟦CAR|LC70 QKI⟧? Warden's walking up ⟦S|Quillon Parade⟧ right now.
00:06:12.4 || 00:06:15.0 || Speaker 2 || That's my cousin's, he lent it me. Hold on. [leaves]
00:06:15.0 || 00:06:29.8 || Speaker 5 || While he's gone, ⟦N|Dele⟧, the Jobcentre form wants my NI again, ⟦NI|QQ 47 21 86 C⟧. Do I put that on the evaluation sheet too?
00:06:29.8 || 00:06:40.1 || Facilitator || No! Nobody needs your NI for this, keep it for the Jobcentre. Right, closing round. One word, how you're leaving.
00:06:40.1 || 00:06:41.0 || ⟦N|Kofi⟧ || Lighter.
00:06:41.0 || 00:06:42.2 || Speaker 3 || Seen.
00:06:42.2 || 00:06:44.0 || Speaker 5 || Forty. [laughter]
00:06:44.0 || 00:06:49.5 || Speaker 2 || [returning] Sorted. Word is... brothers.
00:06:49.5 || 00:07:02.0 || Facilitator || Love that. Same time next week, number 88 ⟦S|Quillon Parade⟧, ⟦PC|se6 4mc⟧ for anyone new. And follow ⟦H|@kwabz.cuts⟧ for the new opening hours. ⟦W|Ironwood⟧ out.
"""

# Document paragraphs: STYLE:: text   (T = title, H2 = heading 2, P = normal, Q = bold question)
DOCX = """P:: SYNTHETIC TRANSCRIPT - every name, number and address is invented.
T:: ⟦W|Kulîlk Women's Circle⟧ – end of term feedback (spring)
P:: Forms collected at ⟦W|Thornfield Community Rooms⟧, Croydon, in the last session. Forms were in Turkish, Kurmanji and English; Turkish and Kurdish answers translated by ⟦N|Ş.D.⟧ Names and contact details are kept only so the facilitator can ring for the follow-up.
H2:: Response 1
P:: Name: ⟦N|Ayşe⟧ ⟦N|Yıldız⟧
P:: Date of birth: ⟦D|03.11.1979⟧
P:: Postcode: ⟦PC|CR0 2OC⟧     Phone: ⟦PH|07700 900 738⟧
P:: Language: Türkçe     Heard about the group from: shop noticeboard
Q:: Q1. What do you get from coming to the group?
P:: "Before, I only talk to my children and the lady in the pharmacy. Here I have sisters. We laugh. We cry also, but mostly laugh. After the earthquake, my cousin's family in ⟦P|Pazarcık⟧ lost their house, and the women here collected money and cooked for me for one week. I will never forget."
Q:: Q2. Is there a role you take in the group?
P:: I bring börek every second week and I help the new ladies with the bus. ⟦N|Gülistan⟧ says I am the "welcome committee".
Q:: Q3. What could be better?
P:: The room is too cold in winter, and men from the boxing come through to use the toilet. We need our own door.
Q:: Q4. Anything else?
P:: Please continue. My doctor at ⟦W|Larkhollow Medical Centre⟧ gave me tablets (sertraline 50mg) but the group is the real medicine. My son ⟦N|Umut⟧ brings me now, he says thank you also.
H2:: Response 2
P:: Name: ⟦N|Rojda⟧ (surname left blank)
P:: Date of birth: ⟦D|21 Mart 1982⟧ [translator: ⟦D|21 March 1982⟧]
P:: Postcode: ⟦PC|cr7  8mk⟧     Phone: ⟦PH|0207 946 0519⟧     Email: ⟦E|ronahi82@example.com⟧
P:: Language: Kurmancî
Q:: Q1. What do you get from coming to the group?
P:: [translated] In my village, ⟦P|Hozat⟧ in Dersim, the women sat together every evening. In London I lost this. In the circle I found it again. When ⟦N|Zozan⟧ sings the old songs everyone becomes quiet.
Q:: Q2. Is there a role you take in the group?
P:: [translated] I do the register, only first names, in the paper book. Nothing on the computer.
Q:: Q3. What could be better?
P:: [translated] Sometimes the Turkish ladies talk fast Turkish and the Kurdish ladies feel outside. ⟦N|Gülistan⟧ is good, she stops it, she says "one language at a time, then translate". But it is a tension, we must say this honestly. Our rule is no politics in the circle, and mostly we keep it.
Q:: Q4. Anything else?
P:: [translated] My daughter ⟦N|Hêvî⟧ helped me write this. We need umut (hope) and this group gives it.
H2:: Response 3
P:: Name: ⟦N|Z.K.⟧ (initials only please)
P:: Date of birth: prefer not to say
P:: Phone (text only, do not call): ⟦PH|07700 900 214⟧
P:: Language: English
Q:: Q1. What do you get from coming to the group?
P:: Honestly the childcare. ⟦W|Fernbrook Primary⟧ finishes at 3.15 and the crèche here means I can come. Without crèche, no group for me.
Q:: Q2. Is there a role you take in the group?
P:: I am the timekeeper. The facilitator gave me a little bell from her kitchen.
Q:: Q3. What could be better?
P:: Facilitation is sometimes too soft. One woman talks every week about her husband and the others cannot speak. I know she is suffering, but the ground rules say we share the time.
Q:: Q4. Anything else?
P:: Can the group have an Instagram? I can run it, my cooking page is ⟦H|@mutfak.croydon⟧ so I know how. Also can someone help me with my Universal Credit form, they say my NI ⟦NI|ZZ 30 18 62 B⟧ is wrong.
H2:: Response 4
P:: Name: ⟦N|Songül⟧ ⟦N|Öztürk⟧ (filled in by her daughter)
P:: Date of birth: ⟦D|1958-07-02⟧
P:: Address: ⟦S|31 Tansy Lane⟧, ⟦PC|CR7 6OK⟧
P:: NHS no. (optional): ⟦NHS|9994017357⟧
Q:: Q1. What do you get from coming to the group?
P:: Mum says: "I am not alone." After Dad died she did not leave the flat for a year. Now Tuesday is her day and she gets dressed up for it.
Q:: Q2. Is there a role you take in the group?
P:: She makes the çay for everyone and she is very proud of it. She calls the urn "my samovar".
Q:: Q3. What could be better?
P:: Transport. I drive her when I can (car reg ⟦CAR|LF18 QMI⟧, if the car park needs it) but I work in a shop and Tuesdays are busy. The community transport line never answers.
Q:: Q4. Anything else?
P:: Please do not move it to the evening. Thank you to the facilitator and to the lady who translates for the older ladies.
H2:: Notes
P:: Summary prepared by ⟦N|Gülistan⟧ ⟦N|Demir⟧, facilitator. Queries: ⟦E|kulilk.circle@example.org⟧ | ⟦U|https://example.net/kulilk⟧
"""
