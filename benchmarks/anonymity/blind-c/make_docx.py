"""Build sc03.docx (synthetic perinatal peer-support transcript), one paragraph per line.
Run with the python-docx venv:  python make_docx.py
"""
from pathlib import Path
from docx import Document

PARAS = [
    'SYNTHETIC TRANSCRIPT - every name, number and address is invented.',
    'Bumps and Beyond - perinatal peer support group, Norwich',
    'Workshop 2 of 3: What keeps us coming back? Transcript of the Wednesday morning session',
    'Transcribed by Oksana Kovalenko (sessional worker). Queries: o.kovalenko@example.com or +44 7700 900139',
    'Venue: the family room, 3 Magdalen Yard, NR3 1QZ. Babies present throughout; some speech lost under crying.',
    'Present: F1, F2 (facilitators), P1 to P7 (members), C1 (commissioner, perinatal mental health).',
    "F1: Right, babies are mostly settled, so let's start while we can. The question today is simple. What keeps you coming back?",
    'P2: Honestly? That nobody flinches. In my first week I said I was having thoughts about hurting her, intrusive thoughts, and instead of everyone going quiet Maricel said "me too, with my first". I cried in the toilets afterwards, but good crying.',
    "P4: That's it for me too. My health visitor, Hope Adebayo, is lovely, but she's got a checklist. Here nobody's got a checklist. I hope they never bring one in.",
    'P1: I\'d say shared identity, but it\'s not just "mum". It\'s "mum who\'s struggling". At the baby group at the library everyone was fine, or pretending to be.',
    "P5: I had postnatal psychosis after the twins. I'm 29, I've got the twins and a four-year-old, we live in Wymondham, and there's nothing out there for mums like me. When I was poorly the crisis team kept going to the wrong house. We're NR18 0QJ and they had us down under a different postcode. So this is the one place that gets it.",
    'F2: Can I ask about roles? Because Selam has been our welcomer for months now.',
    "P3: That's me. I'm Selam. [laughs] I like it. When I came to Norwich from Asmara I didn't know anybody, and the welcomer that day was Inês Carvalho. She held my son so I could drink a hot tea. Nobody had done that for six weeks.",
    "P3: But some weeks I want to just be a mum here, not the welcomer. Especially on bad weeks. I've been up since dawn with him today.",
    "F1: So we've talked about rotating it, so it doesn't all land on one person.",
    'P6: Ground rules, can I say? The one about feeding, no comments on how anyone feeds their baby, that saved me. I was formula feeding and I felt like a failure everywhere else.',
    "P7: I'll be the awkward one. Sometimes the rules make it feel like a service. Signing in, the consent form, the photo form. I get why, but I came for a cup of tea and a cry, not paperwork.",
    "C1: That's useful for me to hear, because some of those forms are us. Data returns for the commissioners. What would you keep?",
    'P7: The emergency contact. Lose the rest. Last term I had to copy her NHS number off the red book, 999 305 7126, and her date of birth, 2nd February 2023, onto three separate forms in one morning.',
    "P2: The photo one is there for a reason though. Dawn's ex turned up at the old venue because someone had posted a picture.",
    'F2: That brings us to the venue, which was the other thing we wanted to ask about.',
    'P1: Lifts. The old church hall had six steps and I used to bump the pram up them while Kacper screamed the place down.',
    "P4: And parking. My partner drops me off in his van and there's nowhere to stop. He got a ticket last month, the letter had the reg on it, EY19 PKN, sixty quid, so now he parks at Morrisons and I walk.",
    "P6: Can I mention work? I'm due back at Pennycress Garden Centre in September, on the tills, and I'm scared I'll lose this group because it's a weekday morning. And the Maternity Allowance people asked for my National Insurance number, TN 31 12 58 A, twice, and still lost it.",
    "C1: That's exactly the kind of thing we need to hear. Evening sessions are on the list.",
    'P5: And online, please. I did the online one from Wymondham when the twins had chickenpox. In the mother and baby unit everyone kept asking for my NHS number, nine nine nine one three oh four six seven three, like I could remember my own name.',
    "F1: How about peer leadership more broadly? A few of you have said you'd like to run things.",
    "P2: I'd love to. Maricel and I have talked about a dads' evening, because the dads have nothing either.",
    "P1: But it's hard. I'm sleeping four hours a night. I can't be responsible for someone else's crisis. If someone's really not okay we ring the perinatal team, or tell them to call NHS 111 and pick the mental health option.",
    "F2: And we'd never expect you to carry that. That's our job, and it will stay our job.",
    "P3: Can I add something nice? I've started posting my weaning recipes, Eritrean ones, on https://www.example.com/blog/selam-cooks and on Instagram as @selamcooks_nr.",
    "P5: And I started a page for twin mums, instagram.com/twinmum_norfolk, because there wasn't one.",
    "P4: If anyone wants our old double buggy it's free to a good home, ring me on (0118) 496 0571 after six.",
    "P7: Can I just say thank you to Priya? She texted me when I didn't come for three weeks. Not a form, not a letter, a text. That's what made the difference.",
    'C1: Noted. Very clearly noted.',
    "F1: Lovely. We'll stop there, the babies are voting with their feet. Thanks all, see you next Wednesday. May is the last session before the summer break, so bring ideas.",
]


def main():
    doc = Document()
    for p in PARAS:
        doc.add_paragraph(p)
    out = Path(__file__).with_name("sc03.docx")
    doc.save(out)
    print(f"wrote {out} with {len(PARAS)} paragraphs")


if __name__ == "__main__":
    main()
