#!/usr/bin/env python3
"""Build sl03.docx (one paragraph per line). Run with python make_docx.py"""
from pathlib import Path
from docx import Document

TEXT = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Transcript: What makes our group work - Workshop 1 of 2
Group: T-Time North (trans and non-binary peer support)
Date: Tuesday 2 April 2024
Venue: Rainbow Room, 14 Shieldfield Terrace, NE6 2TW
Recorded and transcribed by Jamie Liddell (jamie.liddell@example.com)
Present: F1 and F2 (co-facilitators), P1 to P5 (members)
F1: Okay, it's recording. Thanks for coming out in the rain. The idea today is that you are the evaluators. We want to know what makes T-Time North work, and what gets in the way.
P1: Can I start with the obvious one? It's the only room in my week where nobody gets my pronouns wrong. That sounds tiny. It isn't. I spend all day bracing, and then I walk in here and my shoulders come down.
F2: Is that the shared identity bit, or more than that?
P1: Both. It's that everyone here has had the same fights. The GIC waiting list, the forms, the looks on the Metro. When I say the wait is now six years, nobody gasps, they just nod, and somebody passes the biscuits.
P3: For me it's Rowan. Sorry, is that allowed? Rowan was the first person who spoke to me when I came, and I was shaking. Rowan just said, you don't have to say anything, there's tea, and the quiet corner's by the window. That's the whole reason I came back.
F1: Names are fine in here, we'll sort the write-up later. So the welcome role matters.
P3: Massively. And now I do the welcome sometimes. It's weird being the person by the door when six months ago I was the one shaking.
P2: I want to say something about the venue. The old place was upstairs in a church and you had to buzz in and explain yourself to a volunteer. Here you just walk in off the street. The big window, the rowan tree outside, the toilets that aren't labelled men and women. That matters more than any leaflet.
P4: And it's two stops from college. I'm at Walkergate Community College doing my A levels, and I come straight from there on a Tuesday. If it moved across Newcastle I'd lose it.
F2: Let's talk about roles and the weight of them. Who holds what?
P5: Kai's doing the Instagram, which is brilliant, @kaisketches does all the little drawings for the posters. I do the Discord. Jamie Liddell does the bookings and the money, and that's probably too much for one person.
P2: It is. It's the same four of us every month. I work full-time at Ouseburn Bike Works, I'm on my feet all day, and then I'm answering messages on the group phone, 0191 498 0726, at midnight, because somebody's having a crisis and I don't want to ignore them.
F1: What do you do when someone is in crisis? Is there a ground rule?
P2: We wrote one after last winter. We're peers, not a crisis team. If someone isn't safe, we share Samaritans, 116 123, or Switchboard, and if it's urgent it's 999. Then we tell F1 or F2 so nobody's carrying it alone. Since we wrote that down, I sleep better.
P1: The other ground rules help too. No outing anyone, no asking about surgeries, no comparing who's more trans. P4 said last time it's the no-comparing one that made them feel safe.
P4: Yeah. Because I'm non-binary and I don't want to medically transition, and in some spaces that makes you second class.
F2: I'd like to go to the tension between being a support group and campaigning. Some of you have been lobbying the GIC and the Integrated Care Board.
P3: That's where it gets hard. Dr Nwosu at the GIC has been really good to me personally. But the service is failing people. I had a letter from them with my deadname, my date of birth, 09/11/2001, and my NHS number, 999 583 1023, all printed on the front of the envelope. My mum opened it. So I'm furious with them, and I'm also on their waiting list, and I need them to like me.
P5: Same with HMRC. They still had my old title against my NI number, BG640182D, and every letter came out wrong. I complained and it took months.
F1: So you need the services and you want to change them.
P3: Exactly. And it's scary to put your name on a complaint when they control your care.
P2: Which is why the group should do the lobbying as a group, not one person sticking their neck out. Ffion wrote a zine about it, it's on https://www.instagram.com/ffion_makes_zines if anyone wants to share it.
F2: What about where people come from? Several of you travel quite a way.
P4: I grew up out in Ponteland. Being the only trans kid at sixteen in Ponteland, everyone knew, the bus driver knew, Mrs Armstrong at the chemist knew. Coming into the city to a group like this was like breathing out.
P5: I still live out that way and I'd never go to anything local. That's why the Tuesday Zoom matters for people who can't travel.
F1: Last question before the break. Internal structure versus just doing stuff together. Where should the energy go?
P1: The stuff together. The film nights, the swap shop, the walk on Trans Day of Visibility in March. That's where friendships happen. If it becomes all constitutions and minutes, people will drift off.
P5: But somebody has to apply for the grant and keep the money straight. We've got two pounds in the tin and a room that costs forty a week. Structure keeps the lights on.
P3: Maybe the answer is rotation. Nobody does a role for more than three months. Rowan said they'd train people up on the welcome.
F2: That's a good one to carry into the next workshop. Let's stop there, ten minutes for tea.
"""

def main():
    doc = Document()
    for line in TEXT.splitlines():
        doc.add_paragraph(line)
    out = Path(__file__).with_name("sl03.docx")
    doc.save(out)
    print("wrote", out, len(TEXT.splitlines()), "paragraphs,", len(TEXT.split()), "words")

if __name__ == "__main__":
    main()
