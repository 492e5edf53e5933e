# Source for 02_fishing_focus_group.docx (markup: [[kind|text]])
# Items: ("p", style, text) body paragraphs, ("table", header, rows) two-column table.
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

BEFORE = [
    ("p", None, SYN),
    ("p", "Title", "[[w|Tidelines]] men's peer support group: focus group transcript"),
    ("p", None, "Prepared by [[w|Tamar Research Associates]] for the [[w|Peninsula Peers]] evaluation. Job no. TRA-24-117. "
                "Typed from audio by transcriber 3, 11/04/2024."),
    ("p", None, "Date of group: Tuesday 9 April 2024, 7.00pm to 8.25pm. Venue: upstairs function room, the [[w|Lugger's Rest]], "
                "[[p|Porthleven]]. Moderator: MOD. Participants: P1 to P6 (see list at end)."),
    ("p", None, "Conventions: [inaudible] = not audible on recording; [crosstalk] = several speaking at once; "
                "names of third parties are typed as spoken."),
]

HEADER = ("Speaker", "Text")

ROWS = [
    ("MOD", "Thanks for coming, everyone. As I said downstairs, it's recorded and I'll take names out of the report. "
            "First question: what is it that makes [[w|Tidelines]] work for you?"),
    ("P1", "Honestly? It's not a clinic. It's upstairs in the [[w|Lugger's Rest]], you come up the back stairs and nobody on "
           "the bar knows what you're here for. If it was at the surgery in Helston I wouldn't come. My father, old "
           "[[n|Nancarrow]], never said a word about anything in fifty years at sea and it killed him in the end."),
    ("P3", "Everyone calls me [[n|Tiddler]], you can put that down, and my van's the one the wardens keep ticketing on the quay, [[car|WF19QKE]], put that down and all. For me it's that you don't have to explain. You say you've "
           "had a bad trip, three days of a north-westerly and the gear wrecked, and every man in the room knows what "
           "that is. My brother-in-law tried the talking therapies on the phone and the woman asked had he tried a bath. [laughter]"),
    ("P5", "I'm [[n|Cliff]], retired now. I come for the tea. That's my job, I do the tea and the milk and the biscuits. "
           "Sounds daft. But having a job, you're not just the sad old boy in the corner. Forty-one years out of "
           "[[p|Cadgwith]], then one day you're not a fisherman any more. Who are you then? I still walk the cliff path "
           "every morning and look at the boats going out."),
    ("MOD", "The idea of having a role. Does anyone else have a job in the group?"),
    ("P6", "I'm [[n|Steve]], I facilitate, though mostly I just hold the door. I did the training with Andy's Man Club "
           "before we set up on our own. The rules are short: what's said in the room stays in the room, nobody has to "
           "talk, no fixing each other, phones face down. [[n|Tiddler]] does the raffle, [[n|Jago]] does the boat visits."),
    ("P1", "I go round the quay of a Monday and have a word with the crews. I'm a skipper, so they'll listen to me in "
           "a way they won't listen to a nurse. But that cuts both ways."),
    ("MOD", "Say more?"),
    ("P2", "Can I say. I was crew for [[n|Jago]] before, on the [[w|Kerris Rose]], now I work for [[w|Kervis Seafoods]] on "
           "the processing line. In the group, if skipper is there, some crew don't talk. Is normal. At sea he is "
           "boss. Here you say everybody is same, but [inaudible]."),
    ("P4", "Yes. [[n|Rodel]] is right. For me also language. Sometimes I don't find the word and everybody waits, is "
           "kind, but I feel slow. In Liepāja men don't talk like this. My wife says go, so I go."),
    ("P3", "We had a bit of a row about that, didn't we. Whether there should be a crew-only night. [crosstalk]"),
    ("P6", "We did, and we haven't solved it. Some of the lads wanted it, some said it splits us. For now it's the "
           "second Thursday, crew only, and the crew run it themselves."),
    ("MOD", "And the venue, the pub. Any tensions there?"),
    ("P5", "Well, obviously. Half of us have had trouble with the drink at some point. [[n|Lenny]] behind the bar is "
           "good as gold, he sends up a pot of coffee and nobody orders a pint till after. But there's a lad from "
           "[[p|Mullion]] stopped coming because he couldn't walk past the bar with his wages in his pocket."),
    ("P6", "[[n|J.T.]] from the Fishermen's Mission has been brilliant. He came to the funeral and sat in on two "
           "sessions and he didn't take over. That's the thing with professionals. If they take over, the lads go quiet."),
    ("MOD", "You mentioned a funeral."),
    ("P1", "[pause] Yeah. We lost a lad in February. Not at sea. At home. He'd been coming three weeks. After that "
           "the room was full for a month, and then it drops off again. That's the pattern."),
    ("P3", "That's when the group earns its keep, mind. [[n|Janis]] sat with his mother two nights."),
    ("P4", "I sat with her because I know what it is to be far from home and alone. That is all."),
    ("MOD", "What would you change?"),
    ("P6", "Money for a room that isn't a pub, honestly. And some way to reach the boats that are away all week. We put "
           "everything on the Facebook page, [[h|@kernowcrewtalk]], but half the crews are Filipino or Latvian or "
           "Ghanaian and it's all in English."),
    ("P2", "Also text, not email. Nobody reads email on the boat."),
    ("P5", "And keep it daft. Keep the tea, keep the raffle. If it turns into a service, it's finished."),
    ("MOD", "Thank you. That's a good place to stop."),
]

AFTER = [
    ("p", "Heading 1", "Participant list (CONFIDENTIAL: do not circulate with transcript)"),
    ("p", None, "P1: [[n|Jago]] [[n|Nancarrow]], skipper, lives [[p|Porthleven]]. Tel [[ph|01632 960544]]. "
                "Voucher posted to [[s|2 Net Loft Row]], [[pc|TR13  9KM]]."),
    ("p", None, "P2: [[n|Rodel]] [[n|Dizon]], processing line. Mobile [[ph|+44 7700 900 385]] (text or WhatsApp only)."),
    ("p", None, "P3: \u201c[[n|Tiddler]]\u201d [[n|Rowe]], crew. Tel [[ph|07700 900 552]]. Email [[e|kr.pots@example.com]]."),
    ("p", None, "P4: [[n|Jānis]] [[n|Ozols]], beam trawler crew. Contact via P2; no phone given."),
    ("p", None, "P5: [[n|Cliff]] [[n|Pengelly]], retired, [[p|Cadgwith]]. DOB given as [[d|02/08/1951]] (asked for it to be recorded)."),
    ("p", None, "P6: [[n|Steve]] [[n|Kitto]], peer facilitator. [[e|facilitator.pz@example.org]]."),
]
