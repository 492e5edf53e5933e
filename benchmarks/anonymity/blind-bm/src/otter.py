# Source for 03_care_leavers_otter.txt (markup: [[kind|text]])
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

OTTER = SYN + """
[[w|Kitchen Table]] session 14
Tue, Apr 16, 2024 6:12PM \u2022 48:55

SUMMARY KEYWORDS
people, flat, group, council, kitchen table, rules, cooking, money, leaving care, pa, room, feel

SPEAKERS
[[n|Shannon]], [[n|Sky]], Speaker 2, Speaker 3, Speaker 4

[[n|Shannon]]  0:04
Right, it's recording, Otter's on, so everyone knows, this is for the evaluation and I'll take names out before anyone sees it. Tonight's question from the researchers is basically, what makes [[w|Kitchen Table]] work and what doesn't. Who wants to start? You're pulling a face.

[[n|Sky]]  0:31
I'm not pulling a face, that's just my face. Okay. For me it's that nobody here looks at me like I'm a file. At the council I'm a case number. Here I'm just the one who burns the pasta. And everyone's been in care, so you don't have to do the whole story, like why aren't you with your mum, why did you move seven times.

Speaker 2  0:58
For me it is the cooking. When I came to this country I was fifteen, in a hotel in Plymouth with other boys, then a placement in Barnstaple, nobody could cook anything. Here I teach the rice, they teach me, what is it, pasties. We sit at the kitchen table together. At home, in my country, the kitchen table is where everything happen.

[[n|Shannon]]  1:40
And that's a role, isn't it. [[n|Abdi]] runs the Thursday cook, [[n|Sky]] does the shopping list and the budget, [[n|Kayleigh]] does the welcome. We never planned that, it just happened.

Speaker 3  2:02
Can I say something that's not nice though. It's about you being paid by the council. Like, you're one of us, you were in care, you grew up on the [[p|Carn Ruth]] estate same as me. But you're staff now. So when I talked about my flat I kept thinking, is she going to tell my PA.

[[n|Shannon]]  2:40
That's fair, [[n|Kayleigh]], and I'd rather you said it. Rule four, we say the hard stuff. I won't pass anything on unless someone's at risk, and even then I'll tell you first.

Speaker 3  3:01
I know. My PA's [[n|Gareth]] [[n|Nankivell]] and he's fine, but he's got like forty of us. Some people have had three since they turned eighteen.

[[n|Sky]]  3:15
Mine now is Ms [[n|Oduya]] and she's leaving in June. I grew up in [[p|Praze-an-Beeble]] with my nan till I was nine, and every time someone new comes I have to tell that bit again.

Speaker 4  3:34
Sorry I'm late, the bus, yeah. What are we doing, what works and what doesn't? What doesn't is the room. No offence. We used to be at the [[w|Old Count House]] and it had a proper kitchen and a sofa and you could see the sky out the big window. Now we're in the meeting room at the council offices with the reception glass and the sign-in book. It feels like contact. Like supervised contact with your mum.

Speaker 3  4:20
Yeah, that. And my old head of year from [[w|Penventon Academy]] works on that reception. Every single week, "oh hello, how's it going". Leave me alone.

Speaker 2  4:41
I also prefer the old place. But here is good for the bus. And after, I go to [[w|Iron Kernow Gym]], it's free for care leavers with the card, so it is close.

Speaker 4  5:02
Also I got a trial shift at [[w|Gwithian Sands Holiday Park]] Saturday, kitchen porter, so can someone text me the shopping list, my number changed, it's [[ph|077009 00418]].

[[n|Shannon]]  5:20
I'll put it in the group chat. And the local offer stuff is all on [[u|www.example.com/kernow-care-leavers]] if anyone wants the Setting Up Home Allowance bit, which leads me on, [[n|Sky]], do you want to do that form now while we're all here?

[[n|Sky]]  5:41
Go on then. Address is [[s|flat 6, 19 Bal Maiden Close]], [[pc|TR14 7OK]]. Date of birth, [[d|ninth of March 2006]]. And they want my national insurance, hang on, it's on my phone, [[ni|QQ 61 03 29 B]]. Oh, should I not say that on the recording? Email for the confirmation is [[e|pasty_girl_04 at example dot com]], underscores, not dashes.

Speaker 4  6:20
I'm twenty-one on the [[d|2nd of August]], then I lose my PA, yeah? That's the bit that scares me. You're part of something and then there's a birthday and you're out.

[[n|Shannon]]  6:41
You don't lose the group. That's a promise. Twenty-five is the cut-off for PAs if you ask, and there's no cut-off for us. People still come back and cook.

Speaker 2  7:02
We should put that in the rules. Nobody ages out of the table.

Speaker 3  7:10
And follow us, the TikTok is [[h|@kitchen.table.kernow]], [[n|Tyler]] films the cooking.

Transcribed by https://otter.ai
"""
