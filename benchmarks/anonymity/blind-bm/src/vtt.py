# Source for 04_hoarding_meet_captions.vtt (markup: [[kind|text]])
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

VTT = """WEBVTT
Kind: captions
Language: en-GB

00:00:00.000 --> 00:00:05.000
""" + SYN + """

00:00:05.400 --> 00:00:34.900
<v [[n|Meg]] T>Okay, I think that's everyone who's coming tonight. Welcome to [[w|Sorted]],
the Thursday peer group. Quick reminder that I've switched on the transcript
for the evaluation, and that [[n|Ray]] is joining us from the community room
because his broadband's off again. Can you hear us?</v>

00:00:35.100 --> 00:01:12.600
<v [[w|Fore Vale Community Room]]>It's [[n|Ray]]. Yes, I can hear you. The girl on the desk set it up for me.
I'll be honest, I prefer being in the room to the computer. At home I can't put
the camera on, you'd see the hallway. Mr [[n|Hocking]] with the boxes,
that's what they call me on our road.</v>

00:01:13.000 --> 00:01:40.200
<v [[n|Meg]] T>Lovely. So the question the evaluators sent us is what makes this group
work, and where it gets difficult. No right answers. Who'd like to go first?</v>

00:01:41.000 --> 00:02:33.800
<v [[n|Will]] [[n|Couch]]>I'll go. For me it's the no-judgement rule. Everywhere else I go, my sister,
the GP, the bloke from [[w|Trecarne Lettings]], they look at you like you're dirty.
Here nobody says just throw it out, nobody's waiting on me to get it sorted. Nobody has said the word hoarder at me
in eighteen months unless I said it first. I can tell you I've not sat
on my own couch since 2021 and someone will just nod. That's the whole thing really.</v>

00:02:34.400 --> 00:03:29.000
<v [[n|Siân]] P>I was the first one to put my camera on with the room behind me. Took me a year.
[[n|Meg]] didn't push, that's the facilitation thing, she waits. And now I do the welcome
for new people. I ring them the week before, because the first time is the worst,
you think everyone will be tidy and you'll be the worst one. That's my job here.
I'm not good at much at the moment but I'm good at that.</v>

00:03:29.800 --> 00:04:05.300
<v [[n|Meg]] T>You are. And [[n|Will]] keeps our wins board going, every bag that leaves
the house goes on it: [[u|https://padlet.example.com/bodminwins]]. Shall we talk
about where it gets hard? I know the fire service visits came up last week.</v>

00:04:06.000 --> 00:05:02.700
<v [[n|Will]] [[n|Couch]]>Yes. The fire service came round for a safe and well visit, which was kind,
they fitted alarms, the lad was nice as anything. But then the letting agent
got a letter, and now they're saying I've got till the end of June at
[[s|41 Cuckoo Lane]], [[pc|PL31 1OV]], or they'll go for possession. So the next person
in this group who gets offered a visit, they'll say no. And that's dangerous.</v>

00:05:03.300 --> 00:06:01.000
<v [[w|Fore Vale Community Room]]>It's not rubbish, mine. People think it's rubbish. It's my late wife's things
and her mother's things. Her mother was born the [[d|2nd of June 1931]], there's
letters from the war in those boxes. There's forty years of Cliff Richard records.
You can't put letters from the war in a skip.</v>

00:06:01.600 --> 00:06:48.200
<v [[n|Siân]] P>The other hard thing is the room. When we met in person it was lovely, but in
[[p|Lanivet]] everyone walks past my window and I've got the [[n|Hinds]]' boy next door
who tells his mum everything. Online I can blur the background. In the room I can
go home and nobody follows me home. So we need both, really. I don't want to choose.</v>

00:06:48.800 --> 00:07:31.500
<v [[n|Meg]] T>That's a real tension for us. Can I just say the ground rules again for anyone
new: no photos of anyone's home shared anywhere, and that includes the WhatsApp;
we don't say just get rid of it; and we use the words people choose for themselves.</v>

00:07:32.000 --> 00:08:14.900
<v [[n|Will]] [[n|Couch]]>And can I add, the car is full too, not just the house. Parking keep writing
about [[car|WK09 QXR]] because it's not moved off the street since the winter.
I used to drive for [[w|Carminow Removals]], which is funny if you think about it.
And the PIP form with my national insurance number on it, [[ni|ZZ 48 21 73 C]],
sat under a pile for four months before I found it.</v>

00:08:15.500 --> 00:08:58.100
<v [[w|Fore Vale Community Room]]>I've got a letter here from the memory clinic. It says NHS number
[[nhs|999 159 0838]] at the top, do I need to ring them or do they ring me?</v>

00:08:58.600 --> 00:09:40.000
<v [[n|Meg]] T>Let's do that one together after, not on the recording. If anyone needs me between
sessions, it's the group phone, [[ph|oh one six three two nine six oh one two seven]], Monday to Thursday, or
[[e|clearspace.bodmin@example.net]]. Hoarding UK have a helpline too, it's on the Padlet.
Right, we're nearly at time. Same link next Thursday.</v>

00:09:40.500 --> 00:10:25.300
<v [[n|Siân]] P>Can I just say thank you to [[n|Will]]. He drove me to the tip in March and didn't say
one word the whole way there and back. Best thing anyone has done for me all year.</v>
"""
