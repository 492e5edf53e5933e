"""Build aa03.docx (minutes-style notes) from the paragraphs below.

Paragraph numbers in labels.csv count every paragraph in the body from 1,
in the order written here (headings and bullets alike).
"""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

# (style, text); style None = Normal, "H" = heading, "B" = bullet
PARAS = [
    (None, "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("H", "Brothers' Wellbeing Circle - notes of reflection workshop"),
    (None, "Date: Saturday 8 November 2025, 11:00 to 13:00, after the usual tea."),
    (None, "Venue: Greenway Wellbeing Hub, 62 Sandbrook Road, Small Heath, B10 9KC."),
    (None, "Present: Shahid Miah (volunteer coordinator, chairing), Hodan Warsame (volunteer interpreter, taking notes), Sally Brennan (commissioner from the ICB, observing), and eleven members: seven Bangladeshi men and four Somali men. Members gave first names only, except where they asked to be named in full."),
    ("H", "1. Welcome and purpose"),
    ("B", "The chair, known to everyone as Bhaiya, opened with dates and sweet tea and explained the purpose of the morning. The ICB wants to understand why men keep coming to this group when they do not come to other services, and what it should keep paying for next year."),
    ("B", "He reminded everyone that nothing said in the room is passed on, apart from safety concerns, and that the notes use first names only."),
    ("H", "2. What brought members here"),
    ("B", "Tariq said the drop-in at the centre on a Friday after Jummah helped him because he did not have to make an appointment or say the word depression. He came the first time for the free food and stayed for the talking. He said nobody asked him to fill in a form for six weeks, and that was the reason he trusted it."),
    ("B", "He also said he drives for Swiftline Taxis twelve hours a day and the group is the only place he sits still. He asked that his Toyota Prius, FY66 QJN, is not parked on the front because customers recognise it and he does not want them to know where he goes on a Friday."),
    ("B", "Abdirahman said that for the Somali brothers the key was having an interpreter who is from the community. In Somali the nearest word for mental illness means something like crazy, so the group talks about a heavy heart instead. He said the Sparkbrook men would never have walked into a clinic."),
    ("B", "Abdirahman said his GP, Dr Chowdhury at Moat Row Medical Practice, was kind and referred him, but he waited four months for NHS Talking Therapies and by then he had stopped answering unknown numbers. He said his date of birth on every form is 01-01-1968, like many men born in Somalia, and reception once mixed him up with another patient and gave him the wrong letter."),
    ("B", "Uncle Jama, the eldest member, said he worked nights at the Kestrel Parcels depot in Tyseley for nineteen years until it closed. He said losing work was worse than losing his health, because work was where he was somebody. When the Jobcentre lost his National Insurance number the group found it on an old payslip: QQ 12 34 56 C. He laughed that the group is better at paperwork than the government."),
    ("B", "Faisal, the youngest at twenty-nine, said he found the group on Instagram, @brothers.circle.bham, and then read the page at www.example.com/brothers-circle before he dared to come. He said he is on mirtazapine 15mg and had worried about fasting in Ramadan; the group arranged a session with an imam and a pharmacist together, which he said no service had ever thought to do."),
    ("B", "One member asked that his NHS number be minuted because the hospital letter quoted a different one: 999 204 8174. The interpreter agreed to help him check it with the practice and to remove it from the notes afterwards."),
    ("H", "3. What makes the group work"),
    ("B", "Members agreed: food, no forms at the start, meeting after prayers, men who look like them, Sylheti and Somali spoken in the room, and being allowed to talk about money, family and immigration worries, not only feelings."),
    ("B", "Hodan said interpreters need to be from the community but not from the same family networks, or men will not speak. She said she is trusted because she is nobody's cousin."),
    ("B", "Several members from Alum Rock said the 14 bus is the only reason they can come, and that they would not travel into the city centre for a group."),
    ("H", "4. Commissioner's reflections"),
    ("B", "Sally said she had expected to hear about waiting lists, and instead heard about trust. She said the ICB tends to fund clinics, and this morning had shown her that the dates and the tea and the Friday timing are the intervention, not the decoration. She asked whether the group could record attendance without making men sign their names."),
    ("B", "The chair said yes, if it is a tally and not a register. He said men from Bangladesh and from Somalia have had enough registers in their lives."),
    ("H", "5. Contacts and crisis information"),
    ("B", "Landline 0121 496 0384 (Tuesday and Friday). Chair's mobile 07700-900-275. Group email brothers.circle@example.org."),
    ("B", "Out of hours: NHS 111, Samaritans 116 123, text Shout to 85258. Mind and the Talking Therapies self-referral leaflet are on the table at every session."),
    ("H", "6. Actions"),
    ("B", "Shahid to draft a tally sheet with the commissioner and bring it to the next meeting."),
    ("B", "Hodan to post the Eid lunch invitation to Uncle Jama's new flat, b11 4vm, as he has no smartphone."),
    ("B", "Next meeting: Saturday 6 December 2025, same time, same venue."),
]


def main():
    d = docx.Document()
    for style, text in PARAS:
        if style == "H":
            d.add_paragraph(text, style="Heading 2")
        elif style == "B":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.save(str(HERE / "aa03.docx"))
    words = sum(len(t.split()) for _s, t in PARAS)
    print("aa03.docx written,", len(PARAS), "paragraphs,", words, "words")


if __name__ == "__main__":
    main()
