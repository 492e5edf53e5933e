"""Write ar04_advisory_board.csv (run from inside this folder).
One CSV record per physical line (no embedded newlines)."""
import csv

OUT = "ar04_advisory_board.csv"
CH = "Chair - Cllr Doyle"
RAY = "Member (Ray) - on Teams"
PR = "Commissioner, ICB (Priya)"
TOM = "Peer Lead (Tom H.)"
KF = "Minutes (Kasia)"
BEV = "Member (Bev)"
SAN = "Member (Sanjeev)"
NU = "Member (Nuala)"
ROWS = [
    ("[note]", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("[note]", "Weaver Valley Mental Health NHS Trust: Lived Experience Advisory Board (LEAB), meeting 22. Wednesday 13 March 2024, 1.30-3.30pm, Wire Works Hub, 3 Cable Yard, Warrington WA5 1VC, and on Teams. Auto-transcript tidied by K. Ferreira."),
    (CH, "Right, let's make a start. Welcome everyone, including Ray, who's joining on Teams from Crewe. Ground rules as always: one voice at a time, lived experience is expertise, and nobody has to share more than they want to. Item one is the peer support groups review. Priya, do you want to set the scene?"),
    (PR, "Thanks, Chair. As you know, we're deciding what we fund next year. There are six peer groups across the patch. The question from my board is basically: what makes them work, and how do we know? I'd rather hear it from you than from a spreadsheet."),
    (BEV, "Can I go first, because I've been going to the Tuesday group in Orford for six years. What makes it work is that it's ours. Nobody's doing a care plan on you. When I'm having a bad week my mate Lorraine rings me, when she's having one I ring her. You can't commission that, with respect."),
    (SAN, "For me it's the roles. At the Crewe group I started as the bloke sat at the back. Now I do the welcome and the sign-in. Having a job in the group got me out of bed on a Thursday. And nobody there needs telling what a section is. My GP at Hatton Moss Surgery actually wrote the group into my plan."),
    (TOM, "From the trust side, we train facilitators, but the good ones basically get out of the way. Our old trainer used to say her job was to keep the kettle on and the ground rules on the wall. The thing new facilitators find hardest is silence. They rush to fill it, and the group never gets going."),
    (NU, "That's true, but it's not all lovely. The young mums' group in Haslington nearly folded last year because the facilitator left and nobody would step up. It's not fair to expect unpaid people to hold everyone's crisis. And the room matters more than people think. Ours used to be the back room of the Pewter Anchor before it shut. Say what you like about a pub, but it was warm and private."),
    (RAY, "Sorry, I dropped out for a minute. Was someone on about Haslington? My neighbour's girl goes to that. She said the room was the problem, it's a Portakabin behind the leisure centre and you can hear everything through the walls. Nobody's going to talk about voices or self-harm with the five-a-side lads listening in."),
    (PR, "Noted. On the evidence side, I know there's resistance to questionnaires, but my board will ask. Help me find something that respects the groups and still gives them a number they can put in a report."),
    (BEV, "There is resistance. Last time someone came round with clipboards half our group never came back. That group was a ray of light for some of them and we lost them over a form."),
    (SAN, "What about people writing their own stories instead? Some of us have already done one for a church newsletter. It said more than any score."),
    (TOM, "We could pilot that. Last year's stories are on www.example.com/weavervalley/involvement if people want to look."),
    (KF, "Item two is mine, involvement payments. Reminder: vouchers are still the default because of the Universal Credit rules, but you can choose cash. If you choose cash I need your NI number on the form, not in the Teams chat please."),
    (BEV, "Oh go on then, it's ZZ 30 48 17 B. Oops. I've said it out loud, haven't I."),
    (KF, "I'll take it out of the minutes! Everyone else, forms to leab.payments@example.net or ring me on 07700 900 771."),
    (RAY, "Mine went to my old address on Bramwell Close. I'm at 19 Sorrel Way now, CW2 8MI. And they asked my date of birth three times at reception, 12/06/1956, like I'm a suspect."),
    (CH, "Item three, the building. Will from estates says the lift will be fixed by April. Also, someone's parked across the disabled bay again."),
    (NU, "Sorry, that's my son dropping me off. Blue Fiesta, BD70 OQT? I'll shout him."),
    (CH, "Thank you. Next meeting Wednesday 10 April, same place. If anyone can't make it, the LEAB line is 01632 960 205. Thank you all, and thanks for the notes. And thank you for being honest today, it's exactly what this board is for."),
    ("[note]", "Actions: T.H. to pilot member stories (Crewe, Orford). K.F. to update contact details and raise reception ID checks. ICB lead to take LEAB feedback to board 28/03."),
]

with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["speaker", "text"])
    for r in ROWS:
        assert "\n" not in r[1]
        w.writerow(r)
print("wrote", OUT)
