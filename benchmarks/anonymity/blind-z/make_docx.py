"""Build z03.docx from the hand-written paragraphs below (one paragraph per turn).

Paragraph numbers (from 1) are the `line` values used in labels.csv.
Run from this folder with a Python that has python-docx:  python make_docx.py
"""
from docx import Document

PARAS = [
    'SYNTHETIC TRANSCRIPT - every name, number and address is invented.',
    "Crewkerne and District Carers' Circle - reflective workshop, recorded evaluation conversation, held at the Glove Factory Rooms.",
    'Present: Q is the evaluator; A marks answers from carers who asked not to be named; three founder members agreed to be named.',
    "Q: Thanks for staying on. I'd like to start with how the group began. You set it up, didn't you?",
    "Bernadette: I did, four years ago this January. Quinlan, for the tape. My daughter Ellie was fifteen and on Ashcombe Ward for eleven weeks. Everybody kept saying look after yourself, and nobody could tell me what that meant on a Tuesday night at half ten when she'd thrown her tea at the wall. In the end it meant a phone call to another parent who'd been there, who wouldn't flinch.",
    "Graham: Graham Foss. Bernie rang me off a card pinned up at Bincombe Surgery. I'd written my mobile on it in biro, 07700900826, because Toby's consultant said there should be something local and there wasn't. Forty minutes to Exeter, an hour to Bristol, and nothing in between.",
    'Q: What makes the group work, would you say?',
    "A: Can I answer that? Because I nearly didn't come back after the first time. Someone talked numbers. Weights, sizes, how many calories in a bottle of Ensure. I went home and felt sick with it. My daughter was reading that stuff on Instagram already and now I was too. One of the founders rang me the next day, and the week after there was a rule.",
    "Priya: Priya Raman, for the recording. The no-numbers rule. No weights, no sizes, no calories, no meal plans read out. You can say it was a bad week. You can't say what she weighed. My daughter was in Year 10 at Stonebarrow Academy when it started, and Mrs Haskins, the school nurse, was the one who noticed. Not me, the school nurse. That still sits badly.",
    'Q: What else helps?',
    "A: Practical stuff. My husband's self-employed, joinery out of Merriott, so he could get to appointments. I couldn't. I was on reception at a solicitors' in town. They were decent about it for a month. Then it was, is this going to be ongoing. It was going to be ongoing.",
    "A: The handouts. There's a sheet with the helplines. Beat, 0808 801 0677. Shout, text 85258. The CAMHS duty line. It's on our fridge. I don't think I've used it, but I know it's there.",
    'Q: How do people find you?',
    "Bernadette: Word of mouth, mostly, and the leaflet. The leaflet says ring me on +44 117 496 0655, the number from when I worked in Bristol, or email bquin.carers@example.com. There's a page at www.example.org/carers-circle as well, but nobody reads it.",
    "Graham: And mine's g f sixty-one at example dot com, for the dads. Dads won't ring. Dads email at midnight, because at midnight nobody can see your face. I had three dads in Chard who only ever emailed me for a year, then one turned up. Sat at the back. Didn't say a word for two sessions.",
    'Q: What about the difficult bits? What would you change?',
    'Bernadette: The forms. When my daughter was admitted I had her red book out, her NHS number, 999 472 1852, her date of birth, 17.06.2009, over and over, to every new person. Now we tell new parents: write it on one card and keep it in your purse.',
    "A: And the post. Letters still go to our old house, 9 Gouldsbrook Terrace, ta18 7mc, eighteen months after we moved to South Petherton. Dr Okonkwo's secretary has the new address. The hospital doesn't.",
    'A: For me the difficult bit is the fathers, not the forms. My husband thinks the group is where I go to moan.',
    'Q: Is there anything about the medication side?',
    "Priya: We agreed not to compare. My girl's on fluoxetine, 20mg, somebody else's was on olanzapine, and it turned into who's doing better. That's a numbers rule too, really. Summer runs a recovery account now, @brave.spoon.club, and she won't post a single number on it.",
    "A: The saving grace is the tea, honestly. We do a proper tea. Cake. For a group about eating disorders, people think that's mad. But we're the ones who sit at a table every night and eat normally in front of them. We practise here.",
    'Q: Last question. What would you tell a new parent walking in on a Friday?',
    "A: That my lad is twenty now, living in Ilminster with his girlfriend, and eats a bacon sandwich like anybody else. It took six years. And that it isn't your fault, and the school nurse might notice before you do.",
    "Bernadette: That you can ring me. She's at college in Somerset now. I didn't think she'd see eighteen. Tell them that.",
    "Q: Thank you all. I'll stop the recording there.",
]


def main():
    doc = Document()
    for p in PARAS:
        doc.add_paragraph(p)
    doc.save("z03.docx")
    print(f"z03.docx: {len(PARAS)} paragraphs, {sum(len(p.split()) for p in PARAS)} words")


if __name__ == "__main__":
    main()
