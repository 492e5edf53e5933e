# Source for 01_perinatal_zoom_chat.txt (markup: [[kind|text]]; a line starting "> " becomes a tab-indented message line)
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

ZOOM = SYN + """
19:00:12 From Facilitator - K to Everyone:
> Evening all 🌊 welcome to [[w|Little Anchors]]. Cameras on or off, whatever works. Ground rules are here: [[u|https://littleanchors.example.org/ground-rules]]
19:00:40 From iPhone to Everyone:
> hiya 👋 camera off sorry, [[n|alfie]] is cluster feeding again
19:00:58 From [[n|Zoë]] T. to Everyone:
> Hello from the off-islands! signal on [[p|Bryher]] is rubbish tonight so I may drop out and back in
19:01:31 From [[n|Dawn]]'s iPad to Everyone:
> evening. first time. bit nervous tbh. is anyone here a professional or is it all mums?
19:02:20 From Facilitator - K to [[n|Dawn]]'s iPad (Direct Message):
> Hi, so glad you made it. No pressure to say anything. Could you rename yourself to whatever you'd like us to call you?
19:04:15 From [[n|Małgorzata]] W. to Everyone:
> welcome!! nobody's a professional 😂 [[n|Kerensa]] had her twins in 2019 and had PND, I had my daughter two years ago. I did the buddy training so now I do the welcome calls. having a job in the group makes me feel useful. the main thing is nobody tells you what to do. you say it's hard and people go "yeah. same." that's the magic. my mum means well but every phone call from Gdańsk is a lecture
19:05:10 From [[n|Zoë]] T. to Everyone:
> on an island of 80 people everybody knows your business. this is the one place I'm not "Dr [[n|Tregenza]]'s wife" 😅 and [[n|Gosia]] rang me every single week when [[n|Jory]] was in SCBU at Derriford. 9 weeks tomorrow! born [[d|14/02/2024]] so he's my little valentine 😍 4.2kg now
19:06:44 From Facilitator - K to Everyone:
> Quick reminder of our three rules: 1) what's said in the group stays in the group 2) no advice unless someone asks for it 3) if I'm worried about your safety I'll talk to you first
19:07:02 From iPhone to Everyone:
> Reacted to "Quick reminder of ou..." with 👍
19:08:19 From [[n|Dawn]] [[n|Jelbert]] to Everyone:
> done the rename 🙂 is the in-person one still running? the flyer said Penzance but not where
19:08:51 From Facilitator - K to Everyone:
> Yes! Tuesdays 10-12 at [[w|Chy Lowen]] family hub, [[s|27 Quillet Lane]], [[pc|TR18 2MV]]. Ramp round the side for buggies. The room makes such a difference, the old church hall had a strip light 🙄 this one has sofas and nobody minds if you cry
19:10:12 From [[n|Zoë]] T. to Everyone:
> jealous of the sofas! I'll come over on the Scillonian when the boat's back running, I'm staying at my sister's in [[p|Mousehole]] for a week in May
19:11:40 From iPhone to Facilitator - K (Direct Message):
> can I message you after? rough week. not in danger or anything, just rough
19:12:05 From Facilitator - K to iPhone (Direct Message):
> Of course. I'll ring you after 8. Still [[ph|07700 900631]]?
19:12:30 From iPhone to Facilitator - K (Direct Message):
> yeah or landline [[ph|01632 960418]] if [[n|alfie]]'s finally down. it's [[n|bryony]] btw, forgot I'm on the phone
19:18:29 From [[n|Dawn]] [[n|Jelbert]] to Everyone:
> my GP at [[w|Trevessa Surgery]] said it's baby blues and gave me a leaflet. I'm meant to go back to [[w|Trewint Dairies]] in September I'm up at 4 most nights watching the dawn come up over the bay thinking I'm getting it all wrong. is there a WhatsApp? sorry if that's not allowed
19:19:02 From iPhone to Everyone:
> ugh same. dr [[n|hendry]] at mine said "all mums feel tired". ask for a double appointment
19:19:40 From Facilitator - K to Everyone:
> Gentle nudge on rule 2 🙂 [[n|Dawn]], do you want ideas tonight or just to be heard? Things people here have found useful (not rules!): the PANDAS Foundation, Samaritans on 116 123, text SHOUT to 85258. If it's ever an emergency it's 999 or A&E at Treliske.
19:24:48 From [[n|Zoë]] T. to Everyone:
> one tension for me: when the HV sits in, the group changes. people go quiet. I know she means well
19:25:20 From iPhone to Everyone:
> Replying to "one tension for me: ..."
> yes!! the week Mrs [[n|Carveth]] came nobody said a word about formula
19:26:02 From Facilitator - K to Everyone:
> Really useful, I'll take it to steering group. We agreed professionals come by invitation, first 15 mins only, then they leave
19:27:40 From [[n|Małgorzata]] W. to Everyone:
> also can I say the online option really matters. in winter with no car it's two buses from [[p|St Buryan]] and the last one back is ten to five. [[n|bryony]] you ok hun? you've gone quiet x
19:28:50 From Facilitator - K to Everyone:
> There is, I add people after their second session so it stays safe. Meantime email us on [[e|hello@littleanchors.example.org]], and the group insta is [[h|@penwith.mum.diaries]] if you want memes at 3am 😅 Picnic is Sat 15 June on Penzance prom if it's dry. Partners welcome this year after the vote
19:33:20 From Facilitator - K to Everyone:
> For anyone with a referral form from the HV, the address is the [[w|Chy Lowen]] one above, or you can self-refer here: [[u|https://littleanchors.example.org/join?ref=hv]]
19:34:10 From [[n|Dawn]] [[n|Jelbert]] to Everyone:
> [[nhs|999 016 6137]]
19:34:15 From [[n|Dawn]] [[n|Jelbert]] to Everyone:
> sorry!! wrong window, that was for the e-consult 🤦‍♀️ can someone delete it
19:34:40 From Facilitator - K to Everyone:
> Deleted on my side, and I won't keep that bit 💛
19:41:05 From iPhone to Everyone:
> just want to say thank you [[n|Zoe]] for what you said about the island. I feel like that on our estate in [[p|Heamoor]] too, curtains twitch if the pram's not out by 10
19:52:18 From Facilitator - K to Everyone:
> Nearly at time. One word for how you're leaving tonight?
19:52:40 From iPhone to Everyone:
> lighter
19:55:02 From [[n|Małgorzata]] W. to Everyone:
> [[n|Dawn]] I'll do your welcome call Monday if that's ok? I'm on [[ph|07700 900217]], I go by [[n|Gosia]] on WhatsApp. and thank you [[n|Kerensa]] for tonight, what's said in [[w|Little Anchors]] stays in [[w|Little Anchors]] 💛
19:56:11 From [[n|Zoë]] T. to Everyone:
> night all 💙 [[n|Zoe]] x
"""
