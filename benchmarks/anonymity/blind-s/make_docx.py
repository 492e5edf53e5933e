"""Build s03.docx: one paragraph per turn. Run with the project venv python (needs python-docx)."""
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

PARAGRAPHS = [
    "SYNTHETIC TRANSCRIPT - every name, number and address is invented.",
    "Evaluation workshop: parents bereaved by suicide peer support group, Norfolk. Pseudonymised speaker labels: F1 facilitator (bereaved parent), P1 to P4 parents, C1 public health commissioner.",
    "F1: Thank you for coming. I know September is hard for some of you, with World Suicide Prevention Day just gone. We're here to think about what the group does, so the council can decide about next year. Nobody has to speak.",
    "P1: I'll go first, because if I don't I won't. Our son Callum died in February 2022. He was nineteen, doing his apprenticeship at Wissey Valley Engineering. After the inquest I didn't leave the house in Sporle for five months. My husband Graham went back to work after a fortnight, because that's what Graham does.",
    "F1: What was it that got you through the door, that first time?",
    "P1: Faith. The lady who ran the group before you, Faith Mensah. She didn't wait for me to ring. The family liaison officer passed on my number, with my permission, and Faith rang and said, I'm a mum too, can I come round. She sat in my kitchen, drank the worst coffee in Norfolk, and didn't try to fix anything. I'd lost my faith in everyone by then.",
    "P1: Small things undo me still. A dentist recall letter came for him months after, with his NHS number on it, 999 159 0838, and I sat on the stairs for an hour. His birthday was the 4th of June 2002, and February is the anniversary, so we have two bad months now, not one.",
    "F1: Thank you. P2?",
    "P2: I'm the only dad who comes regularly. Our daughter was Priya. She was in her second year at university in Leeds, she came home for Easter, and she died at home. My wife Anjali goes to the Tuesday online one. I come to this one because Tuesdays I'm working.",
    "P2: I'm a driving instructor, so I spend my days in a car with teenagers, which is its own thing. I had a pupil who looked so like Priya's friend Ellie-May that I pulled into a lay-by on the A47. At work I'm cheerful Mr Patel from Swift Start Driving. Here nobody needs me to be fine.",
    "C1: Can I ask, is there anything about the format that doesn't work for you?",
    "P2: The timing. Evenings in winter, the road is dark, after nine hours in the Corsa. If my car's outside the church hall, AV70 KPM, people in the village know whose it is and why I'm there. I don't mind, but some would.",
    "P3: Can I come in? I'm newer. Kai was fifteen. Year ten at Nar Valley Academy. He'd been bullied online for months. His head of year, Mrs Okafor, came to the funeral. People sent flowers to the house, 3 Mill Row, Narborough, for weeks.",
    "P3: What I needed was someone further along. Not a professional. Here, P1 and P4 are two or three years ahead, and seeing them laugh told me it was possible. We've set up a fund in his name, kindnessforkai.example.com, and the group helped me write the words for it, because I couldn't.",
    "P4: For me it was different. I am Polish, and in my family we don't say the word suicide. Our son Bartosz, we always called him Bartek, worked nights at Brecks Poultry and lived with us in Watton. My mother in Poland still thinks it was an accident, and I let her think it.",
    "P4: The first group I tried was twenty people and my English went away. This one is six, seven people. Small. And Zuzanna comes, she is also Polish, from Necton, so sometimes we speak Polish in the car park after. At Wigilia, Christmas Eve, we leave an empty place at the table anyway, so in the group I talked about the empty place and everyone understood.",
    "C1: That's really helpful. The group costs about £18,000 a year, including the facilitator's hours and the hall. I need to show it's worth it. We already give everyone Help is at Hand and the details for SOBS and The Compassionate Friends. What does this add?",
    "P1: Those are good. I rang the SOBS line. But a leaflet doesn't ring you back. Faith rang me.",
    "P3: And the national ones are national. This is people who know what the coroner's officer is like here, which funeral director is kind, which GP will actually sit with you.",
    "P2: And it's men too, or it could be. I'd like a dads' evening. Graham would come, I think, if it was just dads and a pint. Mohammed from the mosque would come too.",
    "F1: Let's note that. Anything on safety? Things that have gone wrong?",
    "P4: Once someone posted a photo of us at the memorial walk on Facebook with names. But my husband's work saw it, and then everyone knew about Bartek.",
    "F1: We've since agreed no photos with faces. And for the memorial walk we plant a rowan every year, on the green, no plaques with surnames.",
    "C1: What about crisis? Do people know what to do at two in the morning?",
    "P3: NHS 111, option 2, for the mental health line. Or Samaritans, 116 123. Or Papyrus if it's a young person, HOPELINE247. But honestly at two in the morning I message the group.",
    "F1: Which brings me to the practical bit for the record. If anyone needs me between sessions, my mobile is 07700 900 147, and the group email is breckparents@example.net, or, as I always say it out loud, breckparents at example dot net.",
    "P1: One word for the group, is that what we do at the end?",
    "F1: It is.",
    "P1: Company.",
    "P2: Honesty.",
    "P3: Further-along.",
    "P4: Table. The empty place.",
    "F1: Thank you, all of you. Same hall, third Thursday in October.",
]


def main() -> None:
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    document.save(HERE / "s03.docx")


if __name__ == "__main__":
    main()
