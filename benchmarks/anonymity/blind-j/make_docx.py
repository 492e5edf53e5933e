#!/usr/bin/env python3
"""Build sj03.docx (synthetic transcript) - one paragraph per line.

Run with the venv that has python-docx:  python make_docx.py
Paragraph numbers (1-based) are the `line` values used in labels.csv.
"""
from pathlib import Path
from docx import Document

LINES = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Hooyo Circle - Somali mothers' peer support group",
    "Participatory evaluation, workshop 2 of 3 - transcript",
    "Date: the Saturday after Eid, 10.30am to 12.30pm",
    "Venue: upstairs room, 58 Tudor Wharf Lane, Cardiff CF117QZ",
    "Interpreter: Ayaan Warsame (Somali-English). Facilitators F1 and F2. Commissioner C1 attended the second half. Interpreted contributions are given in English.",
    "F1: Bismillah, let's begin. We are recording for the evaluation only, and no names go in the report. The question today is: what makes Hooyo Circle work for you?",
    "P1: [via interpreter] She says: because it is mothers. Only mothers. At the clinic she is a patient. Here she is Hodan's mother, and people ask about Hodan by name, not about the diagnosis.",
    "P2: For me it is the language. I can say things in Somali I cannot say in English. Depression, in English it is a form. In Somali I say my heart is heavy and everybody nods.",
    "F2: And the ground rules? We made them together in the first session.",
    "P3: We don't gossip. This is the big one. Our community is small. If I tell something here and my cousin hears it in Tesco on Sunday, I never come back. So the rule is: what is in this room stays here, even from your sister.",
    "P4: [via interpreter] She adds, also no talking about whose husband is good and whose is not. [laughter]",
    "F1: What about roles? Who does what?",
    "P3: Sagal does too much. She books the room, she reminds everybody on WhatsApp, she drives Mrs Farah home every week. She is not here today because she is tired, which proves my point.",
    "P5: I want to say about Nurse Prydderch, the health visitor. She came the first time and she just listened. No leaflet. Afterwards she gave me her direct line, 029 2018 0456, and said ring me before you ring the GP. That woman changed everything for my son.",
    "F2: So the relationship with services matters.",
    "P2: Yes, but also, we complained. About the interpreting at the hospital, they sent a man who speaks a different dialect for my daughter's appointment. We wrote a letter and all of us signed. After this some staff were cold with us. So we need them, we fight them, we need them again.",
    "C1: That's very useful to hear, and it echoes other groups. What would you want from the Integrated Care Board?",
    "P3: A room that is ours. Money for the crèche. And for the forms to stop asking the same things. Last month at the surgery the receptionist read my NHS number out loud in the waiting room, 999 402 7719, and everybody heard. In our community, everybody hears everything.",
    "P6: [via interpreter] She says she is from Ethiopia, not Somalia, but the mothers welcomed her. Her name is Tigist and she is happy for it to be written. F1 explained names are removed. She says fine, but she wants people to know Ethiopian mothers also come.",
    "F1: Thank you. And the venue?",
    "P4: The stairs are hard with buggies. But downstairs is the men's room at weekends, so upstairs is private. And it is near the bay, so after we walk along the water with the children. This is part of the group also.",
    "P1: [via interpreter] She says the walk is the best part. She has lived in Dinas Powys six years and she is the only Somali mother there with a child in a wheelchair, so everybody knows her. Here nobody stares.",
    "F2: What has been hard?",
    "P5: When Iris left. She was the worker before F1, from the council, and then the funding ended and she was gone in one week. We did not say goodbye. The group almost stopped. For two months it was five of us and a kettle.",
    "P2: And the tension, honestly. Some of the women want a committee, a bank account, a proper constitution. Others say no, if we become an organisation we become like the services. My husband Nabil says just register it. He is an accountant; he does not come to the group. [laughter]",
    "P3: I think we need a little structure. Someone has to sign for the room. Someone has to answer the email, hooyo dot circle at example dot net. That someone is always the same person.",
    "F1: Which brings us back to the burden.",
    "P6: [via interpreter] She says in Ethiopia also, the one who carries is always the one who carries.",
    "P4: My daughter was born the 3rd of June 2019 and I remember nothing of that first year. Nothing. If this group was there then, maybe I would remember. So I come now, so the new mothers have it.",
    "P5: I work mornings in the kitchen at Cwrt Helyg Primary, so I tell the mums at the school gate. That is how three new mothers came. One of them was crying in the car park and I just said, come on Saturday.",
    "P2: Also for the Universal Credit they wanted my national insurance, QQ 73 05 18 A, and I did not know it. The mothers helped me find the letter. This is also peer support, finding letters.",
    "C1: And online? How do people find you?",
    "P3: There is a page, https://www.example.org/hooyo-circle, but nobody reads it. Everything is WhatsApp and the noticeboard at the mosque.",
    "F2: Last question. If the money stopped tomorrow, what would you keep?",
    "P1: [via interpreter] She says the tea and the walk. You do not need money for the walk.",
    "F1: Thank you all. We will stop here and eat.",
    "[End of recording. Interpreter's note: Ayaan Warsame records that P1 asked for one sentence about her son to be removed; this has been done.]",
]


def main():
    doc = Document()
    for line in LINES:
        doc.add_paragraph(line)
    out = Path(__file__).resolve().parent / "sj03.docx"
    doc.save(out)
    print(f"wrote {out} ({len(LINES)} paragraphs)")


if __name__ == "__main__":
    main()
