"""Write af03.odt (synthetic university staff wellbeing peer circle).

Run from this folder with a Python that has odfpy:  python make_odt.py
One text:p per entry of PARAGRAPHS; labels.csv counts paragraphs from 1.
Every name, number and address below is invented.
"""
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.text import P

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Staff Wellbeing Peer Circle - notes transcribed from the recording. Session 9: what keeps the circle going? Held in room B.14 on Wednesday 6 November, 12:30 to 14:00. Speakers are shown by role only.",
    "Convenor: Croeso, welcome. For anyone new, I'm Hefin, I'm a lecturer in the Cefni Marine Unit over in the Tŷ Glannau building, and I started this circle after the restructure two years ago. It's not therapy. It's colleagues listening to colleagues, with biscuits.",
    "Member A: Can I start? I'm Ngozi, I'm in the School of Law on a fixed-term contract, and what makes this work for me is that nobody in this room is my line manager. Where I sit, everyone is somebody's line manager.",
    "Member B: I'll be honest, I nearly didn't come back after the first one, because Prof Kinnear walked past the glass door and I thought, that's it, he knows I'm struggling. Will anyone in management actually see these notes?",
    "Convenor: No. The notes are anonymised before they go anywhere, and the room has blinds now. We asked Estates after that.",
    "Member B: Good. For the notes, then, I'm Beata, Psychology, Dr Wiśniewska on the door, and what helps is that it's peer to peer. I teach burnout and didn't see mine coming.",
    "Member C: Rhodri, technician in the Penlan Laboratories. I worried I'd be the odd one out with all the doctors. Hefin's circle is the only thing in the university where a technician and a professor sit on the same chairs.",
    "Member B: Can I read something out? It's the email I finally sent HR last week. The convenor said it might help someone else to hear how you actually ask.",
    "Convenor: Only if you're comfortable. And you might want to leave out the personal bits.",
    "Member B: It's fine, everyone here knows me. \"To: hr.casework@example.org. From: b.w.psych@example.org. Dear Ms Haworth, I am writing to request a phased return following my period of sickness absence. My National Insurance number is QQ 52 71 38 C and my date of birth is 2 November 1979.\"",
    "Member B: \"My home address for correspondence is 9 Lôn y Wennol, Menai Bridge, LL59 5MC. I would be grateful for a referral to Occupational Health before my return. I can be reached on my mobile, 07700 900 762.\"",
    "Convenor: That's a good email. Clear, and it asks for the referral. Though maybe next time we read one out we blank the NI number.",
    "Member B: Fair. The occupational health line is in Leeds, by the way, 0113 496 0275, and they were kinder than I expected. They suggested propranolol 40mg for the lecture days and a fortnightly check-in.",
    "Member A: Can I bring something about a student? Anonymised. A second-year, let's call her Student F. She's from Amlwch, her mum runs the café on the square there, the Cwtch Café, she plays for the women's rugby team, and she came to my office in tears the Monday after results.",
    "Convenor: Ngozi, I'm going to stop you gently there. That's quite identifying. There can't be many second-years from that town whose mum runs that café.",
    "Member A: Sorry. Yes. You're right. So, without the detail, Ffion told me - oh no. I did it again.",
    "Member C: It's alright. It'll come out of the notes. That's why we check them before they go to anyone.",
    "Member A: The point is, I had nobody to take it to. I ended up carrying it home to Bethesda on the bus every night. This circle is where I put it down.",
    "Convenor: That's the secondary stress thing. We should get someone from Student Services in, and remind people the Education Support helpline is 08000 562 561, and Samaritans on 116 123.",
    "Member C: Practical one from me. Parking. Half the reason I'm stressed is circling the car park for forty minutes. Estates cancelled my permit by mistake. My reg is CN19 QXL if anyone in Estates is listening to this recording.",
    "Member D: That's me, actually. Gwenllian, Estates. I'll sort it after. And yes, I'm here as a member, not as Estates, and that matters to me too. People forget support staff burn out.",
    "Member D: I live out in Llanfairfechan, and on the long days I don't get home till eight. The circle is the one hour where nobody is emailing me about a radiator.",
    "Convenor: What else keeps it going? I need three things for the report to the wellbeing committee.",
    "Member A: Confidentiality, obviously. And that it's in work time. If it were after six, the people with kids, the people on the late buses, they'd never come.",
    "Member B: That it's run by us. When the university bought the app licence, nobody used it. This costs a room and a box of biscuits.",
    "Member D: And that it's Welsh-friendly. Half of us switch languages mid-sentence and nobody minds.",
    "Member C: And that the convenor doesn't make us do breathing exercises.",
    "Convenor: Noted. No breathing. One thing about outside contact. Some of you have asked for a way to find resources between sessions. I've put them on staffcircle.example.org/resources, and the slides from the Anglesey away day are there too.",
    "Member B: Can I plug something? My photography is up at www.lightonthestraits.example.net. It's the thing that got me out of the house when I was off. Dawn over the straits, mostly.",
    "Member A: And I'm on X as @fixedterm_lecturer, where I complain about fixed-term contracts so I don't complain about them in here.",
    "Convenor: Lovely. Dr Gruffydd will now pretend to be professional and close the session. Next circle is the first Wednesday in December, same room. If anyone needs something before then, my inbox is open, or find me in my building, second floor.",
    "[Recording ends.]",
]


def main() -> None:
    doc = OpenDocumentText()
    for text in PARAGRAPHS:
        doc.text.addElement(P(text=text))
    doc.save(str(Path(__file__).with_name("af03.odt")))


if __name__ == "__main__":
    main()
