"""Build 02_case_notes_newry.docx (synthetic facilitator case notes).

Run with: .venv/bin/python build_docx.py
Paragraph order here == python-docx Document.paragraphs order (used as `line` in labels.csv).
Curly apostrophes (’) are deliberate: Word autocorrects them in real notes.
"""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_case_notes_newry.docx")

# (style, text)
PARAS = [
    ("Normal", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Heading 1", "Clanrye Peer Circle – Facilitator Case Notes"),
    ("Normal", "Session: 14 of 24    Date: Thursday 6 February 2025, 7.00–8.45pm"),
    ("Normal", "Venue: Upper room, St Dallán’s Parish Centre, 16 Ardglassan Terrace, Newry BT35 6KV"),
    ("Normal", "Facilitator: Caoimhe Ní Bhriain (peer facilitator)    Co-facilitator: Ciarán McGlinchey"),
    ("Normal", "Attendance: 9 members (M1–M9) + 1 observer (Trust commissioning officer). Apologies: M10, M11."),
    ("Normal", "File ref: CPC/FN/2025-014    Status: CONFIDENTIAL – facilitators only"),
    ("Heading 2", "1. Opening and ground rules"),
    ("List Bullet", "Ground rules read aloud by R.O’H. – first time taking on this role. Said afterwards she felt “ten feet tall” and would like to do it again next month."),
    ("List Bullet", "Group re-agreed the three rules members wrote at the start: confidentiality (with the usual safety exception), no advice about medication, and “no colours in the room” – no football tops, band uniforms or county jerseys."),
    ("List Bullet", "M3 asked why the last rule exists. Ciarán explained: in the first month a member came straight from Shanroe Emmets training in the county colours, and another member, who plays with the Altnamackan Pride of the Hill Flute Band, left at the break. Both are still members and now sit beside each other."),
    ("Heading 2", "2. Check-in themes"),
    ("List Bullet", "Mutual support: several members said the most useful thing is “not having to explain”. D.McK. described her father leaving Cullyhanna for London in 1973 after the family was threatened, and said this is the first place she has said that out loud since he died."),
    ("List Bullet", "Shared identity: M6 (lives alone in Bessbrook since her sister died) said she used to feel like the only Protestant woman in the group, until she found out at the tea break that Hazel’s mother and her own mother worked on the same line at Gullion Precast in the 1980s."),
    ("List Bullet", "Taking on roles: Mr O’Hagan has offered to run a seed swap table in spring. Keen, but co-facilitator to check he is not taking on too much so soon after his admission in November."),
    ("List Bullet", "Tension: two members talked over others repeatedly. Facilitator used the talking stone (M2 brought it down from Slieve Gullion); this worked, though one member said it felt “like school”."),
    ("List Bullet", "Walk-and-talk: M8 proposed a monthly walk up through the heather on Slieve Gullion instead of the room. Mixed response – some cannot manage the climb; agreed to trial the flat forest path first."),
    ("List Bullet", "Facilitation: members asked that the two facilitators keep rotating who opens the session, so it does not start to feel like “the facilitators’ group”. Agreed; a member will open every third week."),
    ("Heading 2", "3. Venue"),
    ("List Bullet", "Room is warm and private, but the hall is booked for a funeral tea on 20 February. Sr Bernadette at the parish office has offered the small meeting room instead."),
    ("List Bullet", "The upper room is quiet but the stairs are a problem for two members; they asked for the ground-floor room permanently if the parish can manage it."),
    ("List Bullet", "Car park again blocked by a grey Astra (YG15 KIQ) from the undertaker’s next door; co-facilitator has spoken to them, no further action."),
    ("List Bullet", "Access: M6 uses a walking frame and the ramp is at the side door only. Strain (caretaker) will leave the side door open from 6.45pm."),
    ("Heading 2", "4. Safeguarding / individual follow-up"),
    ("List Bullet", "M4 disclosed increased low mood and has stopped mirtazapine 30mg without telling his GP. Safety plan reviewed. With consent, Caoimhe phoned Dr Keown at Mourneview Surgery (028 9649 6455) during the break."),
    ("List Bullet", "For the referral letter only (consent given, shred after sending): d.o.b. 21.07.1964; H&C no. 9992034459; NI no. ZZ 48 23 61 B (for the PIP appeal support letter)."),
    ("List Bullet", "M4 lives out at Tullyhappy, the townland past the old creamery, where mobile signal is poor – landline contact only."),
    ("List Bullet", "M9 showed the group her Instagram (@oul_slieve_walker). Reminded everyone that photos from sessions are not to be posted."),
    ("Heading 2", "5. Commissioner observation"),
    ("List Bullet", "The commissioning officer observed the first hour. Feedback: impressed by member-led roles; asked for the quarterly monitoring return by 31 March using the form at https://example.com/monitoring/clanrye-q4 – headcount and outcomes only, no names."),
    ("List Bullet", "Tension noted: members worry that if numbers fall the group will be cut, which puts pressure on people to “bring people in”. Discussed keeping the group at 12 max so it still feels safe."),
    ("Heading 2", "6. Actions"),
    ("List Bullet", "R.O’H. to co-facilitate check-in in March (Caoimhe to support)."),
    ("List Bullet", "Ciarán to confirm the small meeting room with the parish office for 20 February."),
    ("List Bullet", "Facilitator to send the monitoring return with all initials removed."),
    ("List Bullet", "Next supervision: Friday 14 February, 10am, Aware NI office."),
    ("Normal", "Notes written by C. Ní Bhriain, 07/02/2025. Group phone: 07700 900 214. Email: clanrye.circle@example.com"),
    ("Normal", "Crisis numbers on the hand-out: Lifeline 0808 808 8000; Samaritans 116 123."),
]


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for style, text in PARAS:
        doc.add_paragraph(text, style=style)
    cp = doc.core_properties
    cp.author = "Facilitator"
    cp.last_modified_by = "Facilitator"
    cp.title = "Facilitator case notes (synthetic)"
    cp.comments = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
    doc.save(OUT)
    print("wrote", OUT, len(PARAS), "paragraphs")


if __name__ == "__main__":
    main()
