"""Write y01.odt (one text:p paragraph per turn) with odfpy.

Run from anywhere with the project's venv python:  python make_odt.py
Paragraph numbers in labels.csv count every text:p in the body from 1.
"""
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.text import P
from odf import teletype

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Cylch Ffermwyr rural wellbeing group: reflective session on what makes the group work.",
    "Venue: Old Creamery Rooms, 2 Heol y Felin, Rhayader, LD6 5CX. Meeting date: Tuesday 12 March 2024. "
    "Present: the facilitator, four members and one commissioner from Powys Teaching Health Board.",
    "Facilitator (Ruth): Right, croeso, everyone. Kettle's on, there's bara brith from Sian's mam, and the "
    "recorder is going. For the commissioner's benefit, I'm Ruth Bevan and I've run this group since the foot "
    "and mouth years. The health board want to know what makes it "
    "work, so I'd like us to just talk honestly.",
    "Member 1: I'll start, because I'm the one who nearly didn't come. Emrys, Cefn Llwyd Farm, up above "
    "Abbeycwmhir. Two hundred ewes and a lot of silence. After my wife died I went three weeks without speaking "
    "to a living soul except the dogs and the feed rep. What got me here was Dai parking his Land Rover across my "
    "gate and refusing to shift it until I got in.",
    "Member 3: I did and all. CN62 KQI, everyone in the valley knows that old thing. He wouldn't answer the "
    "phone, so I thought, right, the phone's not working, the Land Rover will.",
    "Facilitator: That's what I wanted to draw out. Nobody here was referred. "
    "Not one of you came through a GP letter. It was a neighbour, a vet, a mart day.",
    "Member 2: Mine was the vet. Mererid at Maesycwm Vets saw me crying in the crush during TB testing, and "
    "instead of pretending she hadn't, she wrote Ruth's number on the back of a dosing chart. Oh seven seven "
    "double oh, nine double oh, four one two. I still know it by heart. I rang it from the lay-by on the A44 "
    "because there's no signal in our yard at Cwmystwyth.",
    "Commissioner: Can I ask, was it the number itself, or who was at the other end? Because we fund a lot of "
    "numbers. Samaritans on 116 123, NHS 111, the Farming Community Network line. They're all good, but they're "
    "strangers.",
    "Member 2: It was who answered. It was knowing she'd had a bad winter too. She didn't give me a pat on the "
    "back and a leaflet. She drove out and helped me tag lambs.",
    "Member 4: I'm the newest, and the incomer. I moved to Nantmel from Birmingham with "
    "my partner, bought a smallholding. Eighteen months later I was on sertraline "
    "50mg and not leaving the house. My GP at Ystrad House Surgery is lovely, but she's got eleven minutes. Here "
    "I get two hours and a cup of tea.",
    "Facilitator: Dafydd, you've been quiet. Sorry, Dai. Only his mother calls him Dafydd.",
    "Member 3: Only my mother and the DVLA. (laughs) What works for me is we don't sit in a circle staring at "
    "each other. We do things. Walling, shearing for the older ones, the stall at "
    "the Royal Welsh Show. You can say the hard thing to the back of someone's head while you're both lifting a "
    "stone. Face to face, I'd clam up.",
    "Commissioner: That's helpful. From our side, the challenge is evidence. The board asks me for numbers. "
    "How many contacts, how many onward referrals.",
    "Facilitator: We do keep a register. One of the members keeps it "
    "on a spreadsheet, and she rang me last week worried about what was on it.",
    "Member 2: Because the grant form wanted it! I had Emrys's date of birth down as 14/03/1958 and his NHS "
    "number as 999 218 4477, and his national insurance too, ZZ 41 27 63 B. I've deleted the lot since. I "
    "felt sick having it on my laptop.",
    "Commissioner: You were right to delete it. We don't need identifiable data for the monitoring return. "
    "Counts are fine. Can someone send me the anonymised totals?",
    "Facilitator: Send them to the group inbox, cylch.ffermwyr at example dot org, and I'll forward "
    "them on. The website is farmtalk-cymru.example.org/cylch if you want the meeting dates, and Sian's put us "
    "on Instagram as @ewesandblues, which I am told is funny.",
    "Member 2: It is funny.",
    "Member 1: What I'd say to the board is, don't move us. Twice they've tried to put this in the leisure "
    "centre in Llandrindod. They'll come here because it's on the way "
    "back from the feed merchant, and nobody looks twice at a Hilux parked outside.",
    "Member 4: And the WhatsApp. Someone posts a photo of the "
    "sunrise at five in the morning during lambing and you know you're not the only one awake.",
    "Facilitator: The other thing for the report is the crisis stuff. "
    "Last winter we had a member, I won't say who, who told us on a Tuesday night he'd worked out where he'd do "
    "it. Dai drove him to the out-of-hours at Llanidloes, I rang the crisis "
    "team, and we sat with him until morning. Peer support isn't instead of services. It's what gets people to "
    "the services alive.",
    "Commissioner: That's... yes. I'll make sure that goes in.",
    "Member 3: And put in that we need a bigger kettle.",
    "Member 2: And better broadband. Half of us can't do the online sessions. My neighbour Mr Pugh over at "
    "Llanbister is still on dial-up.",
    "Facilitator: Last thing. "
    "Emrys, I've got you down as 01632960587, is that still right?",
    "Member 1: That's the house phone. Let it ring, I'm usually out in the shed.",
    "Facilitator: Lovely. Diolch, bawb. Same time in April, weather permitting, and if the A470 is shut "
    "again we'll do it on Teams.",
]


def main() -> None:
    doc = OpenDocumentText()
    for para in PARAGRAPHS:
        p = P()
        teletype.addTextToElement(p, para)
        doc.text.addElement(p)
    doc.save(str(HERE / "y01.odt"))


if __name__ == "__main__":
    main()
