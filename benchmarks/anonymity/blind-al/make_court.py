"""Builds 05_icb_panel_verbatim.txt (court-reporter style verbatim, 25 numbered lines a page).

Synthetic data only: every person, number, address, employer and venue is invented.
Margin numbers restart on every page; labels.csv uses the physical file line instead.
Run: python make_court.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "05_icb_panel_verbatim.txt")

SYNTH = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

BODY = """\
               INTEGRATED CARE BOARD
     PEER SUPPORT SMALL GRANTS PANEL - ROUND 3 DECISIONS

  Held at:   Conference Room 3, Harbourgate House,
             40 Fathomgate Walk, Portsmouth  PO1 3MV
  Date:      Wednesday, 12th June 2024
  Commenced: 10.02 a.m.

  Before:    DR F. NAGARAJAN (Chair)
  Members:   MS A. OKONJO (Commissioning Manager)
             DR C. HALLORAN (Clinical Lead, Mental Health)
             MR J.T. BRIGHTWELL (Lay Member)
  Observer:  MS R. QUÉRÉE (Health and Community Services)
  Applicant: MR H. TAMANG (Sahayog Families Circle)

                  P R O C E E D I N G S

  THE CHAIR:  Good morning, everyone.  We are on the
  record.  This is round three of the small grants for
  peer support groups across the South Coast and the
  Isle of Wight.  Four applications, twenty thousand
  pounds in the pot.  Declarations of interest first.
  MR BRIGHTWELL:  Yes, Chair.  I should declare that I
  went to a men's group on Paulsgrove after my divorce,
  so I am not neutral about peer support.
  THE CHAIR:  Noted, J.T.  Amara, would you take us
  through the applications?
  MS OKONJO:  Thank you.  In order.  First, the
  Sahayog Families Circle in Southampton, four
  thousand eight hundred, mostly hall hire and the
  insurance on their minibus, registration GX21 QJU.
  Second, The Tuesday Lot in Brighton, three thousand
  two hundred for a second group for over-fifties.
  Third, Little Anchors on the Isle of Wight, five
  thousand for the creche and bus fares.  Fourth,
  Second Brew in Hastings, six and a half thousand,
  mainly for a paid peer coordinator.  The common
  thread in all four is roles.  Members do the tea,
  the door, the forms, the till.  The university
  evaluation says having a job in the group keeps
  people coming back more than the facilitation does.
  DR HALLORAN:  We keep funding groups and then asking
  them for PHQ-9 scores, and the groups tell us the
  scores miss the point.  My worry is safeguarding
  when the facilitator is a peer with a short course.
  THE CHAIR:  Hari, you wanted to respond.
  MR TAMANG:  Thank you.  Our facilitator did the
  twelve-week course.  She is not a clinician.  What
  she has is the language and the trust.  Our elders
  will not go to talking therapy.  They will come for
  momo and cards.  One example.  A veteran, Mr Pun,
  seventy-five, was isolated after his dialysis
  started.  Now he comes every Sunday, and his son
  says he is eating again.  That is our outcome
  measure.  For the file, his date of birth is
  15th April 1949, and his NHS number is
  999 526 0182 --
  DR HALLORAN:  Sorry, Chair, can I stop that there?
  That is identifiable patient information and it
  should not be read into the record.
  THE CHAIR:  Agreed.  The reporter will mark that
  passage.  Thank you, that is a clear outcome.
  Renée, you have come over from Jersey to observe.
  Anything from the island?
  MS QUÉRÉE:  Thank you.  We fund a peer café in the
  parish hall at Trinity, Café Mielle, and the lesson
  for us was that the coordinator had to be paid.
  Volunteers burned out within eighteen months.  I
  live in Trinity myself, so I see the members at the
  shop.  Everyone knows everyone.  Confidentiality is
  harder on an island than the ground rules pretend.
  MS OKONJO:  That matches the Hastings bid.  Their
  coordinator is on a zero-hours contract, and when
  the coordinator is off a council officer steps in
  and the members say it turns into a probation group.
  That is the tension, isn't it?  The moment we pay
  someone, they become staff.  One more issue on that
  pack, Chair.  It had a sessional worker's
  National Insurance number printed on page fourteen,
  ZZ 18 36 52 B.  We need to send that page back.
  THE CHAIR:  And now it is in the transcript as well.
  Strike the number, please.
                        (Pause)
  THE CHAIR:  The Island and Brighton bids?
  MS OKONJO:  Both strong.  The Island facilitator
  attached the members' own words from their Slack
  channel, anonymised, mostly.  One message
  still had a street name in it, which I've redacted.
  The Brighton venue, the Kingfisher Rooms, has a lift
  and a gender-neutral toilet.  The old pub room did
  not, and people stopped coming.
  THE CHAIR:  Young mums are exactly the group who
  avoid services for fear of social care.  Decisions,
  then.  All four are approved.  The Hastings award is
  subject to that page being returned.  Queries from
  applicants go to peergrants@example.org or
  01632 960 274, and the guidance is at
  www.example.org/peer-grants.  We are adjourned.
              (The panel adjourned at 11.48 a.m.)
"""

CERT = """\
                         CERTIFICATE

  I, Marion Ashcombe, of Tidewater Transcription Ltd,
  2nd Floor, 8 Ropeyarn Row, Southampton  SO14  3CK,
  certify that the foregoing is a true and accurate
  transcript of the proceedings, save for the passages
  marked at the Chair's direction.

  Signed:  M. Ashcombe
  Dated:   14 June 2024
  Tel 020 7946 0813  /  transcripts@example.com
  Ref: TT/ICB/0612/3
"""

LINES_PER_PAGE = 25


def paginate(lines, start_page):
    out = []
    page = start_page
    for i in range(0, len(lines), LINES_PER_PAGE):
        chunk = lines[i:i + LINES_PER_PAGE]
        out.append(" " * 60 + f"Page {page}")
        for n, ln in enumerate(chunk, 1):
            out.append(f"{n:>2}  {ln}".rstrip())
        out.append("")
        page += 1
    return out, page


def main():
    out = [SYNTH, ""]
    body, nxt = paginate(BODY.rstrip("\n").split("\n"), 1)
    out += body
    cert, _ = paginate(CERT.rstrip("\n").split("\n"), nxt)
    out += cert
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
