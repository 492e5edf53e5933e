"""Build 02_grant_panel_minutes.docx (synthetic grant panel minutes).

Run from inside this folder:  python build_docx.py
Every name, number, address, employer and venue in it is invented.
"""
import datetime

from docx import Document
from docx.shared import Pt

OUT = "02_grant_panel_minutes.docx"

doc = Document()
cp = doc.core_properties
cp.author = "Synthetic benchmark"
cp.last_modified_by = "Synthetic benchmark"
cp.title = "Synthetic grant panel minutes"
cp.created = datetime.datetime(2024, 5, 21, 9, 0, 0)
cp.modified = datetime.datetime(2024, 5, 21, 9, 0, 0)

P = doc.add_paragraph
H = doc.add_heading

P("SYNTHETIC TRANSCRIPT - every name, number and address is invented.")
H("Levelstone Community Foundation: Mental Health Small Grants Panel", level=1)
P("MINUTES of the meeting held on Tuesday 14 May 2024, 2.00pm to 4.15pm, "
  "Room 3, Wyvern Works, 22 Kestrel Row, Swindon SN2 1KC, and on Teams.")
H("Attendance", level=2)

rows = [
    ("Name", "Role", "Organisation", "Attendance"),
    ("Zoë Ellery", "Chair, trustee", "Levelstone Community Foundation", "Present"),
    ("Cllr Priya Raghunathan", "Panel member", "Elected member nominee", "Present"),
    ("Dr Marek Wiśniewski", "Clinical adviser", "Bramble Park Medical Centre", "Present"),
    ("Femi Adeyemi-Clarke", "Panel member (lived experience)", "-", "Present (Teams)"),
    ("Siân Pritchard", "Commissioning lead", "BSW ICB", "Present"),
    ("Hollie Brandt", "Panel Officer (minutes)", "Foundation staff", "Present"),
]
table = doc.add_table(rows=0, cols=4)
table.style = "Table Grid"
for r in rows:
    cells = table.add_row().cells
    for c, txt in zip(cells, r):
        c.text = txt

P("Apologies: none. In attendance for item 4 only: Rhiannon Cole-Mensah (RCM), lead "
  "applicant, and Dev Lakhani (DL), peer facilitator, Ridgeway Bipolar Peer Network.")

H("1. Welcome and apologies", level=2)
P("The Chair welcomed members, including FAC to his first panel as a lived-experience "
  "member. The meeting was quorate. Panel members were reminded that papers are "
  "confidential until the decision letter has been sent.")

H("2. Declarations of interest", level=2)
P("Dr Wiśniewski declared that he is a GP partner at a practice which refers patients to "
  "the applicant. He stayed for the discussion but did not vote on item 4.")
P("The councillor declared that her nephew attended the applicant's sessions in 2023. The "
  "Chair ruled this a non-pecuniary interest; she took part in the discussion and abstained.")
P("The Panel Officer noted for the record that she plays five-a-side at Tanhouse Leisure "
  "Centre in the same team as the applicant's peer facilitator. No action needed. No other "
  "interests were declared.")

H("3. Minutes of the previous meeting (12 March 2024)", level=2)
P("Agreed as a correct record.")

H("4. Application LCF-24-031: Ridgeway Bipolar Peer Network (£8,640 over 12 months)", level=2)
P("The lead applicant summarised the application: two evening groups a month in Swindon, a "
  "new monthly group in Marlborough, sessional pay for two peer facilitators, room hire and a "
  "small travel fund. Members also walk a stretch of the Ridgeway together once a quarter, "
  "which several described as the session they would least want to lose.")
P("Members discussed what makes the group work. The peer facilitator described it as \"the "
  "one room where nobody needs the backstory\": members share a diagnosis but the group is "
  "not about the diagnosis. Members take on roles: a welcomer, a tea rota, and a buddy who "
  "texts anyone who misses two sessions. Ground rules are agreed each January and read out "
  "at the start of every session, including no advice about medication doses and no "
  "discussion of anyone who is not present.")
P("A panel member asked about the venue. The group meets in the function room of the "
  "Drover’s Rest, a pub on Tallow Row. The landlord gives the room free, which is why the "
  "room-hire line is low, but members on lithium find walking through the bar awkward, and "
  "two members have stopped attending for that reason. The proposal is to move to a "
  "community hub from September.")
P("The commissioning lead raised a tension with the outcomes framework: the ICB would "
  "normally expect PHQ-9 or WEMWBS scores. The applicants said the group tried weekly mood "
  "questionnaires in 2022 and attendance fell by a third. Agreed that the applicant would "
  "propose a lighter measure (a three-question check-out card).")
P("The clinical adviser asked about safeguarding and crisis planning. RCM confirmed each "
  "facilitator holds a crisis contact sheet and the group signposts to Samaritans (116 123) "
  "and NHS 111 option 2. Between sessions, members can text the facilitators' shared mobile "
  "on 07700 900 517, held on rota.")
P("The Panel Officer reported that the budget appendix included the second sessional "
  "facilitator's National Insurance number (ZZ 48 31 72 B) and date of birth (03.09.1989), "
  "and that the mileage log listed a vehicle registration (YK67 QRV). These should not have "
  "been submitted and must be redacted before papers are published. The facilitator "
  "was not present and has not yet been told.")

H("5. Decision", level=2)
P("The applicants left the meeting. The panel agreed to award £7,900 (reduced from £8,640 by "
  "removing the Marlborough pilot this year), subject to the actions below. Vote: 3 for, "
  "0 against, 2 abstentions.")

H("6. Action points", level=2)
actions = [
    "ACTION 1: Redact NI number, date of birth and vehicle registration from the published "
    "application pack, and tell the facilitator. Owner: HB. By 17 May 2024.",
    "ACTION 2: Write to the lead applicant confirming the award and conditions; include the "
    "monitoring template with the three-question card. Owner: Panel Officer. By 24 May 2024.",
    "ACTION 3: Share the list of accessible, alcohol-free venues in Swindon with the applicant. "
    "Owner: Commissioning lead.",
    "ACTION 4: Review the crisis contact sheet and buddy-text protocol. Owner: M.W.",
    "ACTION 5: Raise with trustees whether lived-experience panel members should be paid for "
    "reading time. Owner: Z.E. (Chair).",
    "ACTION 6: Applicant to confirm the new venue and send the signed grant agreement to "
    "ridgewaypeers@example.org. Owner: Applicant.",
]
for a in actions:
    P(a, style="List Number")

H("7. Any other business", level=2)
P("A member asked that future papers be sent as Word documents rather than PDF, for his screen "
  "reader. Agreed.")
P("Date of next meeting: Tuesday 9 July 2024, 2.00pm, Room 3 and on Teams.")
P("Minutes taken by the Panel Officer, 01632 960214. "
  "Approved by the Chair, 21 May 2024.")

for p in doc.paragraphs:
    for r in p.runs:
        r.font.size = Pt(11)

doc.save(OUT)
print("wrote", OUT)
