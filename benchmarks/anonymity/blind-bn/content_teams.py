# -*- coding: utf-8 -*-
"""Content for the Microsoft Teams transcript export (.docx):
commissioning review of three peer groups in Pennine Lancashire.

HEAD paragraphs come first; then each turn is two paragraphs:
"<display name>   <m:ss>" followed by the speech.
"""

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

HEAD = [
    SYN,
    "Pennine Lancashire Peer Support Review-20240314_140312-Meeting Recording",
    "14 March 2024, 2:03PM",
    "52m 40s",
    "Amber Holden started transcription",
]

A = "Holden, Amber"
S = "Si\u00e2n Pritchard (She/Her)"
G = "Gaz Whittle (Guest)"
J = "Jasvinder Kaur-Bassi (External)"
D = "+44 161 496 0552"

TURNS = [
    (A, "0:04", "OK, I think it\u2019s recording now. Thanks all for making the time. This is the annual review for the "
                "three peer groups we fund across Pennine Lancashire. I\u2019ve got Si\u00e2n from Tightrope, the bipolar "
                "peer group in Burnley, Gaz from Cobblers Yard Men\u2019s Shed in Accrington, and Jasvinder from the "
                "Chambeli women\u2019s group in Blackburn. Declan\u2019s dialling in from the car. Just to say, this isn\u2019t "
                "an audit. I want to understand what actually makes your groups work before the funding round in "
                "October, and where the tensions are, because the monitoring forms don\u2019t tell me that."),
    (S, "0:41", "Thanks. For us the main thing is that everyone in the room has lived experience of bipolar, including "
                "me and my co-facilitator. Nobody\u2019s there as a professional. Someone can say I\u2019ve not slept "
                "for three nights and I\u2019ve just booked a flight to Lisbon, and the room laughs, because most of us "
                "have done exactly that, and then we actually talk about it. Our ground rules are pretty simple: no advice "
                "unless someone asks for it, no comparing meds or doses, and you can walk out without explaining. The "
                "tension, since you\u2019ll ask, was last summer. One member got quite unwell, really elevated, and he was "
                "messaging people at three in the morning on the group chat. I\u2019m not his care coordinator, I\u2019m a "
                "peer, so where\u2019s the line? In the end I rang his mum. Now the chat\u2019s closed between midnight and "
                "seven, and Kasia moderates it. She\u2019s brilliant. She jokes she\u2019s on 800mg of lithium so "
                "she\u2019s the most stable person in the building."),
    (G, "2:27", "Ours is the opposite. Nobody at the shed would come if you called it a mental health group. They come "
                "for the lathe and the brews. Last Tuesday one of our older lads, he\u2019s eighty-one, was showing young "
                "Kyle how to sharpen a chisel, and by the end of it the young lad\u2019s telling him about his overdose. "
                "Shoulder to shoulder, not face to face. Nobody\u2019s looking at you, so you can say it. The tension for "
                "us is the building. The landlord\u2019s selling the unit on Moleside Street, so we\u2019re out by June. "
                "New place is the old bus garage, Unit 4, Dyehouse Yard, BB 51 MV if you\u2019re putting it in the sat "
                "nav. Trouble is it\u2019s two buses for the lad, he lives out in Rishton with his nan, and half the "
                "older ones only have mobility scooters."),
    (J, "4:06", "Can I come in? Sorry, my camera won\u2019t work. So our group is women only, mostly Punjabi and "
                "Gujarati, a few Urdu speakers. It works because it\u2019s ours. We meet in the back room at Madhuban "
                "Sweets because the owner lets us have it free, and nobody looks twice at a woman walking into a sweet "
                "shop. If we met at the council offices, half of them wouldn\u2019t come, because somebody\u2019s cousin "
                "works on reception. What\u2019s hard is roles. Everyone wants Pritam Aunty to be in charge because "
                "she\u2019s the eldest, but she won\u2019t touch the paperwork, so it all lands on me and my sister-in-law "
                "Hetal. And like Sean said about the night messages, we\u2019ve got that too, ladies sending voice notes at "
                "midnight. New women come through the practice nurse at Moorgate Lane Medical Practice, or they ring me, "
                "which is my own mobile, 0770 090 0295. I know, I know, I\u2019ve been told off about that."),
    (D, "6:12", "Hi, sorry, it\u2019s Declan, can you hear me? I\u2019m on the M65. Two quick things from the volunteer "
                "side. One, expenses. For the sessional payments finance need NI numbers, and Gaz, yours bounced. I\u2019ve "
                "got ZZ 31 08 76 B on the form. Oh hang on, he\u2019s just messaged, it\u2019s ZZ 31 08 67 B, "
                "someone swapped the last two digits. Two, the referral form. It asks for date of birth and NHS number "
                "before anyone\u2019s even been once. Didn\u2019t you nearly lose someone over that?"),
    (S, "6:58", "We did. His form had his DOB, 30/01/1991, his NHS number, and three lines about being sectioned under "
                "the Mental Health Act, and it had been emailed round to four people. He said if that\u2019s what peer "
                "support is, no thanks. We should just ask for a first name and a phone number. Oh, and "
                "your line\u2019s terrible, are you still driving?"),
    (D, "7:45", "No, parked up now. I\u2019m outside Madhuban actually, the grey Fiesta, YT68 QLI, if anyone\u2019s wondering who\u2019s "
                "lurking."),
    (A, "8:02", "Right, actions. The referral form point is noted, I\u2019ll take it to the ICB. I\u2019d rated the "
                "shed amber on the risk log because of the move, so please forward the landlord\u2019s letter. Send "
                "attendance figures and any quotes people are happy to share to peergrants.pennine@example.com by Friday "
                "29 March. The reporting template is at example.com/pl-peer-review. Thank you all. I\u2019ll stop the "
                "recording now."),
]
