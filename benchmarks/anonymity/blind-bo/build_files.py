"""Build the binary transcripts of the blind-bo set.

Writes, next to this script:
  t2_descript_export.docx  - Descript-style transcript export with a speaker key
  t4_surveymonkey_export.xlsx - SurveyMonkey-style "All responses" export

Run from anywhere:  python build_files.py
All content is synthetic: every person, number, address, employer, venue,
school and street is invented.
"""
import datetime
import os

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------------------
# t2: Descript .docx (hearing-voices circle, Stroud valleys)
# Each entry is (style, text). Paragraph numbers in labels.csv count every
# entry below from 1, in this order (python-docx Document.paragraphs).
# ---------------------------------------------------------------------------
T2_PARAS = [
    ("Normal", MARKER),
    ("Title", "Chalkhill Voices \u2014 March circle, Tenterhook Studios"),
    ("Normal", "Exported from Descript \u00b7 21 March 2024 \u00b7 00:14:52 \u00b7 filler words removed"),
    ("Heading 2", "Speaker key"),
    ("Normal", "S1 = Marian Cole (co-facilitator, voice-hearer)"),
    ("Normal", "S2 = Lorcan Devlin (co-facilitator)"),
    ("Normal", "S3 = Zo\u00eb (member)"),
    ("Normal", "S4 = Bo\u017cena Wr\u00f3bel (member)"),
    ("Normal", "S5 = Peggy (member, joined by phone)"),
    ("Normal", "S6 = not identified (new member, asked not to be named)"),
    ("Heading 2", "Transcript"),
    ("Normal", "[00:00:04] S1: Okay, we're on. Welcome to the March circle. Just to say for the recording, "
               "this is going to the peer research project and Descript takes out the ums. Reminder of our "
               "agreements: we don't tell anyone their voices aren't real, we don't diagnose each other, what's "
               "shared here stays here, and you can leave the room any time. The tissues and the biscuits are on the side."),
    ("Normal", "[00:00:31] S2: Custard creams. The serious ones."),
    ("Normal", "[00:00:35] S3: Can I go first? It's been a loud month. The one I call the Landlord has been going "
               "since I moved to Stroud after the ward. He comments on everything. When I'm in the Co-op he "
               "narrates what I'm buying."),
    ("Normal", "[00:00:58] S1: Is he louder anywhere in particular?"),
    ("Normal", "[00:01:02] S3: At home. Not here. That's the strange thing, he's quieter in this room. I think "
               "it's the light, honestly. No strip lights, and the window onto the canal. The old room at "
               "St Osric's had that buzzing tube and he'd copy the buzz."),
    ("Normal", "[00:01:30] S4: For me it is the opposite, the room is fine, it is the walking here. From Chalford "
               "it is two buses or the towpath, and on the towpath my voices are very... how do you say... busy. "
               "They speak to me in Polish, always, my grandmother's voice. Babcia. She is not unkind."),
    ("Normal", "[00:01:58] S2: Bo\u017cena, I can pick you up on Thursdays if that helps. I go past your end "
               "anyway coming from Hillside Weavers, I do reception there on Wednesdays and Thursdays."),
    ("Normal", "[00:02:10] S4: Thank you, Lorcan. That would be good."),
    ("Normal", "[00:02:13] S1: Let's just check that's okay with the agreements. We said no lifts between members "
               "without telling a facilitator, after what happened last year."),
    ("Normal", "[00:02:20] S2: I am a facilitator."),
    ("Normal", "[00:02:22] S1: Fair. I'll note it in the log anyway."),
    ("Normal", "[00:02:26] S5: Hello? Sorry, it's Peggy, I'm on the phone, I couldn't get down from Eastcombe, "
               "the lane's flooded again. Can you hear me?"),
    ("Normal", "[00:02:33] S1: We can hear you. Do you want to say how you are?"),
    ("Normal", "[00:02:37] S5: Oh, up and down. The PIP people sent my form back because I'd put the wrong "
               "number in. They wanted my National Insurance, which is QQ 12 34 56 C, I've got it here, and I'd "
               "written my NHS number in the box instead, 999 275 6136, and the nice man on the phone said it "
               "happens all the time. And they'd got my date of birth wrong, 17/06/1951, I'm not that old!"),
    ("Normal", "[00:03:02] S2: Maybe not the numbers on the recording, love."),
    ("Normal", "[00:03:05] S5: Oh, it's only you lot. You'll cut it out, won't you?"),
    ("Normal", "[00:03:08] S1: We'll cut it before it goes anywhere. Can I bring us back to the question for the "
               "research, what makes this group work? Zo\u00eb, you've been coming longest."),
    ("Normal", "[00:03:17] S3: Honestly, it's that nobody's in charge of my voices except me. At the crisis team "
               "there was a guy, J.T., everyone called him that, and he was kind, but every conversation was about "
               "getting the dose right. Aripiprazole 10mg up, aripiprazole down. Here nobody asks about the dose "
               "unless I bring it."),
    ("Normal", "[00:03:41] S6: Can I say something as someone who's new? I found this through a flyer in the "
               "library in Nailsworth, where I've lived for twenty years. I've been hearing voices since I was "
               "about nine. I'm fifty-two. This is the first room I've ever said that out loud in."),
    ("Normal", "[00:03:58] S1: Thank you. That's a big thing to say. Welcome."),
    ("Normal", "[00:04:02] S6: I don't want my name in it."),
    ("Normal", "[00:04:04] S1: You're just \"not identified\" on the key. That's fine."),
    ("Normal", "[00:04:08] S4: Can I say a tension? Sometimes the group is a bit, I think, anti-medication. "
               "I take my clozapine and it helps me. When Marian talks about her journey off tablets, I feel like "
               "I am the bad student."),
    ("Normal", "[00:04:25] S1: That's really important, and thank you for saying it to me directly. I don't want "
               "anyone to feel that. My story is my story."),
    ("Normal", "[00:04:32] S2: Maybe it's a ground rule we add. Something like, all ways of living with voices are "
               "welcome here, including meds."),
    ("Normal", "[00:04:40] S3: Seconded."),
    ("Normal", "[00:04:42] S1: Okay, Lorcan, can you write that on the big sheet? Next thing is roles. We still "
               "need someone to hold the keys when I'm away in May. Reverend Pike used to just leave them under "
               "the mat, but Tenterhook want a named person."),
    ("Normal", "[00:04:58] S3: I can do it. I'm only round the corner now, 3 Teasel Row, it's GL5 something, "
               "I always forget the rest."),
    ("Normal", "[00:05:06] S2: The booking form's still got your old one, GL6  8KV."),
    ("Normal", "[00:05:10] S3: That's Mum's. I'm not there anymore. Put 01632 960218, that's my new landline."),
    ("Normal", "[00:05:20] S1: Thank you. Also the Hearing Voices Network sent the new charter, and Intervoice "
               "have a thing in Manchester in September if anyone wants to go."),
    ("Normal", "[00:05:31] S4: Manchester is too far for me."),
    ("Normal", "[00:05:34] S1: Okay. Last round, one word for how you're leaving. Zo\u00eb?"),
    ("Normal", "[00:05:43] S3: Lighter."),
    ("Normal", "[00:05:44] S4: Heard."),
    ("Normal", "[00:05:45] S5: Soggy."),
    ("Normal", "[00:05:46] S6: Seen."),
    ("Normal", "[00:05:47] S2: Custard creams."),
    ("Normal", "[00:05:49] S1: Ha. Thanks all. Next circle is the 18th of April, two o'clock. Peggy, ring the group "
               "mobile if the lane's still bad and we'll patch you in."),
    ("Normal", "\u2014 End of transcript \u2014"),
    ("Normal", "Transcript corrected by M. Cole, 22/03/2024. Queries: fivevalleys.hv@example.net \u00b7 "
               "recording notes at https://example.org/hv-circle/march"),
]


def build_docx(path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Descript"
    cp.title = "Transcript"
    cp.last_modified_by = "Descript"
    cp.created = datetime.datetime(2024, 3, 21, 15, 0, 0)
    cp.modified = datetime.datetime(2024, 3, 22, 9, 30, 0)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for style, text in T2_PARAS:
        d.add_paragraph(text, style=style)
    d.save(path)


# ---------------------------------------------------------------------------
# t4: SurveyMonkey .xlsx (long-term pain peer groups, Cheltenham / Forest of Dean)
# Sheet 1 "Notes" holds the synthetic marker only (no identifiers).
# Sheet 2 "Sheet" is the export: row 1 = questions, row 2 = sub-options,
# rows 3.. = respondents. labels.csv row numbers refer to this sheet.
# ---------------------------------------------------------------------------
Q_GROUP = "Which Spoon Club group do you usually go to?"
Q_HELP = "What has helped you most about coming to the group?"
Q_HARD = "Has anything been difficult, or caused tension in the group?"
Q_ROLE = "Would you be willing to take on a role? (tick all that apply)"
Q_CONTACT = "If you would like someone to contact you, please leave your details"

HEADER1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
           "First Name", "Last Name", "Custom Data 1", Q_GROUP, Q_HELP, Q_HARD, Q_ROLE, None, None, None,
           Q_CONTACT]
HEADER2 = [None, None, None, None, None, None, None, None, None, "Response", "Open-Ended Response",
           "Open-Ended Response", "Welcoming new members", "Running the tea break", "Co-facilitating",
           "Other (please specify)", "Open-Ended Response"]

EMAIL_COLL = 431778902
WEB_COLL = 431779455

# respondent id, collector, start, end, email, first, last, group, help, hard, roles(4), contact
T4_ROWS = [
    (114592037811, EMAIL_COLL, "04/08/2024 09:14:22 AM", "04/08/2024 09:26:40 AM", "forestwalker62@example.com",
     "Bill", "Probert", "Forest of Dean - Friday",
     "Being believed. Eleven years of my GP at Oakwood Chase telling me it was stress. Here nobody looks at you "
     "funny if you have to lie on the floor halfway through. Faith brings the yoga mats, bless her.",
     "Sometimes it turns into a moan about pregabalin and who is on what dose. I'm on 150mg twice a day and I "
     "don't want to compare.",
     ("Welcoming new members", None, None, None),
     "Ring me, 01632 960 447, ask for Bill (it says William on all the hospital letters)"),
    (114592101346, WEB_COLL, "04/08/2024 11:02:09 AM", "04/08/2024 11:09:51 AM", None, None, None,
     "Forest of Dean - Friday",
     "The walk-and-talk, slow pace, nobody gets left behind. I live in Parkend and I have not left the village "
     "for anything but the hospital in two years.",
     "The Cheltenham room is up a hill from the bus stop and the chairs are awful. Whoever booked it has never "
     "had a bad back.",
     (None, None, None, None), None),
    (114592288870, EMAIL_COLL, "04/09/2024 07:48:13 PM", "04/09/2024 08:05:02 PM", "s.k.1971@example.net",
     "Siobh\u00e1n", "Kearney", "Cheltenham - Tuesday",
     "Learning I am not the only one who cancels plans. The pacing session Dr Anand from the pain clinic did "
     "was the best hour I've had this year. I'd lost faith in doctors before that.",
     "Honestly, the WhatsApp group. Too many messages late at night, and people post about their benefits in "
     "detail. Someone put their whole NI number in, ZZ 48 21 93 B, and it sat there for a week before anyone "
     "noticed.",
     (None, "Running the tea break", None, None), "email is fine"),
    (114592355012, WEB_COLL, "04/10/2024 10:31:55 AM", "04/10/2024 10:36:20 AM", None, None, None,
     "Forest of Dean - Friday",
     "Margaret. She ran the Friday group for two years before her hip op and she just knew when you weren't "
     "right without you saying.",
     "Since she stepped down no one wanted to do it, and now it's a different person every week and there "
     "is no continuity. Nobody's fault.",
     (None, None, None, None), None),
    (114592490337, EMAIL_COLL, "04/10/2024 01:12:40 PM", "04/10/2024 01:30:18 PM", "g.forest.walks@example.com",
     "Gareth", "Pugh", "Forest of Dean - Friday",
     "I drove for Dunraven Haulage until my back went in 2019. The group got me through losing the job. Mutual "
     "support is the right word, I do the car share from Lydney now, four of us in my car.",
     "Tension between people who want a moan and people who want to get better. Both are allowed but not at "
     "the same time!",
     (None, None, "Co-facilitating", None),
     "Phone me on 0121 496 0188 or text. Address if you're posting the booklet: Hollybrook Cottage, Quarry "
     "Tump Lane, gl15 4vk"),
    (114592512984, WEB_COLL, "04/11/2024 09:55:03 PM", "04/11/2024 10:04:47 PM", None, None, None,
     "Online - Wednesday",
     "the online one on wednesdays is a lifeline because I can't sit in a chair for two hours. camera off, lying "
     "down, still part of it. thanks R.J. for setting it up",
     "people who join online get forgotten when the in-person lot plan things. the christmas meal was planned "
     "entirely in the room",
     (None, None, None, None), "no thanks"),
    (114592633409, EMAIL_COLL, "04/12/2024 08:20:30 AM", "04/12/2024 08:41:12 AM", "yogamats.chelt@example.org",
     "Faith", "Annear", "Cheltenham - Tuesday",
     "Being useful again. I was a PE teacher at Leckhampton Vale for 20 years and I can't do that now, but I can "
     "bring the mats and run the gentle stretches.",
     "Some people find the stretches hard because of flares. Fair enough. I've made them optional and nobody "
     "has to explain sitting out.",
     ("Welcoming new members", None, "Co-facilitating", None),
     "Mobile 07700 900 352. Born 02/09/1966 if you need it for the evaluation sign-up."),
    (114592702256, EMAIL_COLL, "04/12/2024 02:03:44 PM", "04/12/2024 02:29:58 PM", "hillcrest.walker@example.org",
     "Dorothy", "Meek", "Forest of Dean - Friday",
     "I live on my own in Ruardean, top of the hill, and some weeks the group is the only time I speak to "
     "anybody. The community minibus makes it possible, I couldn't get there otherwise.",
     "Not really. I don't like it when people don't stick to time, I'm not meek about that! Two hours means two "
     "hours.",
     (None, "Running the tea break", None, "Washing up"),
     "Dot Meek, 4 Knapp Cottages. Landline 01632 960 093. DOB 14.03.1941. NHS 999 731 5502 in case you need it "
     "for the form."),
    (114592811570, WEB_COLL, "04/13/2024 11:45:19 AM", "04/13/2024 11:52:07 AM", None, None, None,
     "Cheltenham - Tuesday",
     "The ground rules: no fixing each other, no miracle cures, no selling. We once had a woman selling CBD oil "
     "in the break. Never again.",
     "I couldn't bring my assistance dog into the Montague Rooms until the manager, Mr Penberthy, was told about "
     "the Equality Act. It's sorted now but it took three weeks.",
     (None, None, None, None), "@spoonie_in_the_forest on insta if you want to message me"),
    (114592907713, WEB_COLL, "04/14/2024 06:10:36 PM", "04/14/2024 06:33:21 PM", None, None, None,
     "Cheltenham - Tuesday",
     "Having a job in the group (I do the sign-in sheet). Makes me feel I'm giving something, not just taking. "
     "And the spoon theory handouts from spoonclub.example.org/pacing.",
     "The facilitators are lovely but they're volunteers, and when one of them was off sick for a month the Tuesday "
     "group nearly folded. The trust pays for the room but nothing for the facilitators.",
     ("Welcoming new members", "Running the tea break", None, None),
     "Call me after 3pm on 07700 900 619. I'm at 12 Barleycorn Way, GL51  0MV."),
]


def build_xlsx(path):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes["A1"] = MARKER
    notes["A2"] = "Export: All responses, expanded columns, actual answer text. Survey closed 15/04/2024."
    ws = wb.create_sheet("Sheet")
    ws.append(HEADER1)
    ws.append(HEADER2)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in T4_ROWS:
        rid, coll, start, end, email, first, last, group, help_, hard, roles, contact = r
        ws.append([rid, coll, start, end, None, email, first, last, None, group, help_, hard,
                   roles[0], roles[1], roles[2], roles[3], contact])
    wb.properties.creator = "SurveyMonkey"
    wb.properties.lastModifiedBy = "SurveyMonkey"
    wb.save(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "t2_descript_export.docx"))
    build_xlsx(os.path.join(HERE, "t4_surveymonkey_export.xlsx"))
    print("built t2_descript_export.docx and t4_surveymonkey_export.xlsx")
