# -*- coding: utf-8 -*-
"""Content for the Markdown workshop notes (bipolar peer group + men's shed, Todmorden)."""

TEXT = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.

# Co-production workshop: "What makes our groups work?"

**Date:** Saturday 18 May 2024, 10:00\u201313:00  
**Venue:** Ridgefoot Chapel schoolroom, Lumb Carr Lane, OL14  6MV  
**Facilitation:** MH (Calder Peer Network) and RW (notes)  
**Groups:** the bipolar peer group (Tuesdays) and the men's shed  
**Ref:** TW-BC/05/24/RW

## Who attended

| Name | Group | Role | Contact (only if happy to share) |
|------|-------|------|----------------------------------|
| Frank M. | shed | member, tool steward | \u2013 |
| J.T. | shed | member (prefers initials) | \u2013 |
| Zden\u011bk | shed | member, bandsaw | \u2013 |
| Pat G. | bipolar group | member, co-facilitator | greenbike77@example.com |
| Robin | bipolar group | member, key holder | @hilltop_cyclist |
| Siobh\u00e1n | bipolar group | member | \u2013 |
| Member 3 | bipolar group | member (asked not to be named) | \u2013 |
| Malcolm Hird | \u2013 | facilitator | 01632 960 581 |
| Rosie Whitworth | \u2013 | facilitator / notes | 07700 900 736 |

Apologies: Gwen (moved to Hebden Bridge in April, still on the WhatsApp).

## Purpose

The two groups share a funder and, from September, may share a building. The morning was for members to say in their own words what makes each group work, where the tensions are, and what they want the funder to hear. We used three prompts on flipchart paper and people wrote on post-its as well as talking. Quotes are as close to word-for-word as the note-taker could manage and were read back at the end.

## 1. What makes the groups work

- "I come for the bench, not the chat. The chat just happens." (shed member)
- "Nobody flinches when you say you've been sectioned. That's it, that's the whole thing." (bipolar group member)
- "Shoulder to shoulder. You don't have to look anyone in the eye." (J.T.)
- "It's the routine. Tuesday is Tidewater. If I'm not there by half seven somebody texts me." (Member 3)
- "Being given a job, I do the urn and the key for the chapel, means I'm needed." (bipolar group member)
- "I was the bloke on the sofa in Cornholme for two years. Now I'm the bloke with the sawdust in his beard." (shed member)
- Several people said that nobody in either group is "the expert". Even the facilitators talk about their own bad patches, and that sets the tone.

## 2. Roles and ground rules

- The shed rules were recapped: safety glasses, brew rota, no politics before dinner. "To be frank, the only rule that really matters is don't touch the bandsaw without Zden\u011bk." (shed member)
- The bipolar group's rules: no diagnosing each other; no comparing doses. "Somebody went up to 400mg quetiapine and somebody else went home feeling like a failure because they're only on 50." (bipolar group member)
- Co-facilitator burnout came up twice. Pat took the role on when the previous co-facilitator left and says it is "like being the designated driver every single week".
- It was suggested that the key holder role should rotate every three months. A robin gets into the shed most mornings, which became the running joke of the day (the robin is now an honorary member).
- Roles matter more than titles: kettle, keys, tool wall, the welcome. People said having a small job is what got them through the door the second time.

## 3. Tensions

- Men-only space. "My wife Lenka asked if she could come and I had to say no, and that felt rotten." (shed member) Agreed to try a family open day in the summer.
- Professionals in the room. "When the CMHT sent a student along to 'observe', it killed the room." (bipolar group member)
- Night-time messages on the group chat (same issue as the Burnley group; see the network briefing from February).
- The venue. The chapel heating is broken and the shed's lease ends in March 2025. "Mrs Ackroyd at the chapel is lovely but she's eighty-four and the boiler is older than her." (key holder)
- Sharing a building: the shed members worry about noise and sawdust; some bipolar group members worry about being overheard. Nobody wants a "hub" in the town centre.
- Parking: the shed van (YJ14 QRI) keeps getting tickets outside the chapel.

## 4. Quotes agreed for the report

- "The shed saved my life and I've never once talked about my feelings there. Well, once." (shed member)
- "We don't need fixing, we need a room with a kettle and somebody who'll notice." (bipolar group co-facilitator)
- "Before the group my whole life was appointments." (Member 3)

## Actions

- [ ] Facilitator to ring the chapel about the heating before the June session.
- [ ] Co-facilitator to rewrite the referral form: first name and phone only, no DOB or NHS number.
- [ ] Frank's 80th (born 12/06/1944): party at the Rushbearer on Sat 15 June. Card from the shed.
- [ ] Post photos of the new bench on @offcuts.and.oddments (shed account).
- [ ] Notes to be circulated by the end of the month.

---
*Typed up 20/05/24. v2: Member 3 asked for her street to be taken out (was Cockden Terrace); done. Corrections to notes.pennines@example.org or text 07700 900 819.*
"""
