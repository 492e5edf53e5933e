# -*- coding: utf-8 -*-
"""Content for the .odt interview transcript (South Asian women's group, Oldham).

Each item is (style, text) for a paragraph, or ("table", [(cell, cell), ...]).
Paragraph numbering (for labels.csv) = document order of every text:p and
text:h element in the body, table-cell paragraphs included, headings counted.
"""

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

ITEMS = [
    ("p", SYN),
    ("h1", "Peer Support in Greater Manchester \u2013 Participant Interview"),
    ("p", "Project: What makes peer groups work? (Wave 2, Oldham strand)"),
    ("table", [
        ("Interview ref", "GMPS-07"),
        ("Date of interview", "Thursday 7 March 2024, 10:30"),
        ("Interviewer", "Catriona Lumb"),
        ("Interpreter", "Shamim Chaudhry (Urdu / Pothwari)"),
        ("Participant", "Mrs Rukhsana Begum"),
        ("Participant DOB", "02.09.1967"),
        ("Group attended", "Mehndi Moon Women\u2019s Circle, Tuesdays 11\u20131"),
        ("Interview location", "Lowbrook Community Rooms, 41 Quarlton Street, Oldham OL4 1MC"),
        ("Participant tel.", "07700 900318"),
        ("Consent", "Written consent (Urdu form) \u2013 copy on file"),
    ]),
    ("p", "Key: Q = interviewer; A = participant (through interpreter unless marked). "
          "Square brackets = interpreter or transcriber notes. Timings approximate."),
    ("h2", "Transcript"),
    ("p", "Q: Thank you for coming in, Mrs Begum. Are you happy to use an interpreter for both of us today?"),
    ("p", "A: [Interpreter: Yes. She has known me since my cousin\u2019s wedding.] Yes, yes. She is like my own daughter."),
    ("p", "Q: How did you first hear about Mehndi Moon?"),
    ("p", "A: [Interpreter: From her doctor at Spurfield Lane Surgery, Dr Okafor. After her husband passed away in 2021 "
          "she was not sleeping. The doctor started her on sertraline, 50mg, and gave her "
          "a leaflet, but it was only in English, so it stayed in her handbag.] Then Parveen Aunty took me. "
          "[Interpreter: that is Mrs Akhtar, her neighbour from two doors down.]"),
    ("p", "Q: What was it like the first time you went?"),
    ("p", "A: [Interpreter: She was frightened. She thought it would be like the hospital, with forms. "
          "But it was women sitting with chai and samosas, talking in Urdu, Punjabi, some Bengali. A lady "
          "was making the tea. Nobody asked what is wrong with you.] It is not a clinic. It is sisters. "
          "[Interpreter: she used the word \u201csaheliyan\u201d, which means female friends.]"),
    ("p", "Q: What do you think makes the group work?"),
    ("p", "A: [Interpreter: Three things, she says. First, the language. She can say what is in her heart without "
          "searching for English words. Second, nobody is the expert. Even the facilitator, Nusrat baji, tells her "
          "own story, about the depression after her twins. Third, the rules.]"),
    ("p", "Q: Can you tell me more about the rules?"),
    ("p", "A: [Interpreter: In the first week they made the ground rules together and wrote them on big paper "
          "in three languages. What is said in the room stays in the room. No gossip at the mosque or at the sweet shop. "
          "Phones on silent, except for grandchildren.] Everybody laughed at that one. [Interpreter: She is laughing "
          "now.] Also, no talking about whose daughter married whose son."),
    ("p", "Q: Have you taken on any role in the group yourself?"),
    ("p", "A: [Interpreter: Yes. Now she does the welcome. When a new lady comes she sits with her, the same as her neighbour "
          "did for her. Last month a young girl came, Shabnam, newly married, living with her in-laws in Chadderton and "
          "not knowing anybody there. She gave her own number so the girl can ring any time. She read it out "
          "like this:] Oh seven seven double oh, nine double oh, three one eight. [Interpreter: the same number as "
          "on the front sheet.]"),
    ("p", "Q: How does that feel?"),
    ("p", "A: [Interpreter: She says it makes her feel useful again. At home she is only the mother-in-law. At the "
          "group she is the one who remembers everybody\u2019s names.] And I bring the pakoras. "
          "[Interpreter: The tea lady says they are too spicy. She disagrees.]"),
    ("p", "Q: Is there anything that makes it difficult?"),
    ("p", "A: [Interpreter: The room. In January the group had to move to the upstairs room above "
          "Shahi Mithai, and the stairs are very hard for her knees. Two of the older ladies stopped coming because of "
          "the stairs, Hansaben and one other. Also, sometimes the Bengali ladies sit on one side and the "
          "Pakistani ladies on the other. Rumana from the Bengali side "
          "is her good friend now; they go walking together on Sunday mornings.] And husbands. [Interpreter: One or "
          "two husbands do not like their wives going. One husband waits outside in the car and beeps the "
          "horn at twelve o\u2019clock exactly.]"),
    ("p", "Q: Has the group helped with practical things as well?"),
    ("p", "A: [Interpreter: Yes, a lot. The facilitator helped her with the form for Attendance Allowance. She had to "
          "find all her numbers from the letters. She has shown me the card in her purse; it says 999 372 4815.] "
          "And the national insurance, QQ 41 27 09 C. [Interpreter: For the form she gave her date of birth as "
          "2nd September 1967.]"),
    ("p", "Q: Do you keep in touch between meetings?"),
    ("p", "A: [Interpreter: There is a WhatsApp group, but she is not good with the phone. Her granddaughter Inaya "
          "reads the messages to her and sends voice notes for her. She also put the group page on her phone, "
          "example.org/mmwc-oldham, so she can see the date of the Eid party.]"),
    ("p", "Q: Funding for groups like this is being reviewed. What would you say to the people who decide?"),
    ("p", "A: [Interpreter: Please keep it small and keep it local. The women will not go into Manchester on the tram. If it "
          "closes, she will be back in the house with the television.] Write that down. [Interpreter: She is "
          "pointing at your notes.]"),
    ("p", "Q: I have written it down. Is there anyone else we should speak to?"),
    ("p", "A: [Interpreter: Her daughter. She wrote her daughter\u2019s name on the consent form in Urdu: \u0635\u0627\u0626\u0645\u06c1. "
          "In English it is Saima. She works nights at Ferncliffe care home and lives on the Fitton Hill estate with "
          "her in-laws, so she could only come on a Saturday.]"),
    ("p", "Q: Thank you. That is everything from me."),
    ("p", "A: Thank you. Next time you come to the group, I make you pakoras. [Interpreter: She means it.]"),
    ("p", "[End of recording \u2013 00:41:17]"),
    ("p", "Transcribed by C. Lumb, 11/03/2024. Checked against audio by the interpreter. Pseudonyms to be assigned "
          "before analysis."),
]
