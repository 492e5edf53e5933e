# -*- coding: utf-8 -*-
"""Source text for the blind-aw set, with inline markup.

Markup: «KIND:surface text» marks one planted identifier occurrence.
KIND codes are mapped to label kinds in build_set.py.
In SRT sources, " ¦ " forces a caption line break and " ¶ " a new cue.
Everything here is invented.
"""

SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."

# ---------------------------------------------------------------------------
# 1. Otter.ai plain-text export, Cardiff
# ---------------------------------------------------------------------------
OTTER = [
    ("«N:Rhian»", "0:02",
     "Right, that's recording now, I think. So this is the members' bit of the "
     "review for «W:Paned a Chlonc», and just to say again, nobody hears this except me and the people writing it up "
     "for the health board, and names get taken out. Everyone okay with that? Lovely. First question's a simple one. "
     "What makes the group work for you? Why do you keep coming back on a wet Tuesday?"),
    ("Speaker 2", "0:31",
     "I'll go first because nobody else will. It's that nobody looks at you funny. In here I'm not a case, "
     "I'm just the bloke who brings the biscuits. When I first came, I got given "
     "the job of putting the chairs out, which sounds like nothing, but it meant I had a reason to turn up at half "
     "six. You can't let the chairs down, can you. I live in «P:Llanrumney», two streets from my mam, and before this "
     "I could go a whole week without saying a word to anyone except the girl in Greggs."),
    ("Speaker 3", "1:04",
     "Same, like. For me it's the ground rules. We wrote them ourselves on a flip chart in the first month and they're "
     "still Blu-Tacked on the wall by the urn. What's said in the room stays in the room. No advice unless someone "
     "asks for it. You don't have to talk. That last one saved me. I sat there five weeks not saying anything and "
     "nobody pushed. Then on the sixth week «N:Will» just passed me the biscuit tin and said, you don't have to say "
     "nothing, butt, and I ended up talking for twenty minutes about my dad."),
    ("«N:Siân»", "1:41",
     "Ac i fi, it's being able to switch. Sori, I'll say it in English. For me it's that I can speak Welsh in the "
     "group without anyone rolling their eyes. There's three of us Cymraeg speakers now, me, «N:Gwen» «N:Lian» and "
     "«N:Bethan», and at the tea break we'll just chat away in Welsh and nobody minds. In the last group I tried, a "
     "nurse told me to speak English so everyone could understand. I never went back. Here it's "
     "cartrefol. Homely. It feels like my mamgu's kitchen in «P:Rhiwbina», if that makes sense."),
    ("«N:Rhian»", "2:22",
     "That's really helpful, diolch «N:Sian». Can I ask about roles, because «N:Dai» mentioned the chairs. Do the "
     "jobs matter, or is that just me being a facilitator who loves a rota?"),
    ("Speaker 2", "2:40",
     "No, they matter. Chairs is me, one of the girls does the tea, «N:Will» does the welcome. He stands by the door of the "
     "«W:Gwaelod Centre» like a bouncer at the «W:Three Ferrets», but a nice one, and he knows your name by week two. "
     "When I was bad last winter and stopped coming, it was «N:Will» who rang me. Rang me from the yard at "
     "«W:Castell Coch Couriers», on his break. I've still got the number saved, «PH:07700 900461»."),
    ("Speaker 3", "3:18",
     "See, that's the bit I'm not sure about, though. The numbers. Half of us have got each other's numbers now and "
     "there's a WhatsApp, and it's lovely, but it's also three in the morning messages. I had someone, I won't say "
     "who, texting me off «PH:07700 900 127» at all hours, and I'm not well enough to be someone's crisis line. "
     "We're peers. We're not the CALL line."),
    ("«N:Rhian»", "3:51",
     "Yeah. That's come up before. We added it to the ground rules in March, that the group isn't a crisis service, "
     "and I put the CALL number, 0800 132 737, and Samaritans, 116 123, on the back of the name badges. But I hear "
     "you that it still happens."),
    ("«N:Siân»", "4:14",
     "Can I say something about the room? Because we nearly lost it. The «W:Gwaelod Centre» were putting the rent "
     "up, and «N:Bethan»'s brother found us the back room at the «W:Three Ferrets» instead, which is, you know, a "
     "pub. For people on meds, people off the drink, that's not okay. «N:Dai» was the one who said it, chwarae teg."),
    ("Speaker 2", "4:43",
     "I did. Eleven years off the drink. I'm not sitting under a Brains sign talking about my feelings. So we wrote "
     "to the council, and the commissioner, Mrs «N:Okafor», came out to see the hall, and she got the rent frozen for "
     "a year. Fair play. She came in her own car, and I had to write her reg in the "
     "visitors' book on the front desk, «CAR:CA19 QKL»."),
    ("Speaker 3", "5:19",
     "The other tension is the forms. Every year we fill in the same outcome sheet to prove we're making people "
     "better. When I went to my GP at «W:Meddygfa'r Dderwen» "
     "last month they had me give my date of birth, «D:12th of September 83», and my NHS number, «NHS:999 245 7813», "
     "three times before anybody asked how I was. Then I come here and «N:Will» says, alright, «N:Ffion»? And that's "
     "it. That's the outcome. How do you put that on a sheet?"),
    ("«N:Rhian»", "5:58",
     "That might be the best answer we've had. Last thing, practical. «N:Hodan», who lives over in «P:Trowbridge», "
     "asked if she could bring her sister along when their group closes. Good idea or not?"),
    ("Speaker 2", "6:20",
     "Bring them. Welcome them like we were welcomed. But keep it small. Twelve chairs, that's the magic. Any "
     "more and the quiet ones go quiet again."),
    ("«N:Siân»", "6:33",
     "Cytuno. And if anyone wants a lift on Tuesdays, I'm on «S:Clos Gwernen Ddu», «PC:CF3 3 KV», so it's on my way. "
     "Just message me, don't ring after nine, that's my own ground rule."),
    ("«N:Rhian»", "6:52",
     "Perfect. I'll stop it there. If you think of anything after, email «E:paned.chlonc@example.org» or message us "
     "on Instagram, we're «H:@panedachlonc_cdf». Diolch, everyone. I'll put the kettle on."),
]
OTTER_FOOTER = "Transcribed by https://otter.ai"

# ---------------------------------------------------------------------------
# 2. SRT caption file, Swansea
# ---------------------------------------------------------------------------
SRT = [
    "FACILITATOR: Okay, we're recording. This is for the new facilitators' pack, so talk to the camera like it's "
    "someone nervous on their first night. What makes «W:Tawe Talking Shop» work?",
    "«N:MEIRION»: Wel, I'll start. I've been coming since the year my job went. I was forty-nine, twenty-two years "
    "at «W:Swansea Bay Pallets», and overnight I was nobody. My wife, «N:Rose», God rest her, found a leaflet in the "
    "surgery in «P:Clydach» and propped it against the kettle so I'd see it.",
    "What keeps me coming is that nobody here is trying to fix me. The doctors fix. The social worker fixes. Here "
    "it's people who've been down the same hole, and they know the hole has a bottom.",
    "«N:CERI»: For me it's having a job. I do the door and the register. Sounds daft, but I'd just moved from "
    "«P:Bont», I didn't know a soul this side of the river, and having a job meant I wasn't just the new girl "
    "crying in the corner. Now I'm the one saying, croeso, come in, sit by me.",
    "«N:YUSUF»: The ground rules are what made me trust it. One voice at a time. Phones face down. What's said in "
    "the vestry stays in the vestry. Nobody has to share their story. I came from Somaliland when I was nineteen, "
    "and where I grew up you don't talk about this. Here I could listen for two months before I said one word.",
    "FACILITATOR: Has that ever been hard? Holding the rules, I mean?",
    "«N:CERI»: Oh, yes. Last spring a man came who talked over everyone, every week, forty minutes on the DWP. We "
    "had to use the rule, one voice at a time, and it was horrible, he stormed out. But «N:Rose» always said the "
    "group is bigger than any one of us.",
    "«N:MEIRION»: She did. That was her rule. The rent rose three times and she still wouldn't let us meet in a pub.",
    "«N:YUSUF»: The tension for me is the assessments. Everyone in this room has done a PIP form. I read my National "
    "Insurance number out three times on the phone, «NI:QQ 40 17 82 D». I know it better than my own birthday, "
    "and that's the «D:ninth of November 1971».",
    "«N:CERI»: My keyworker then, «N:Gwenan» ¦ «N:Roberts-Lewis», sat in on a call like that with me. Put that in the "
    "pack: peer support doesn't replace the workers, it sits next to them.",
    "FACILITATOR: And the room itself?",
    "«N:MEIRION»: The vestry's perfect and it's terrible. Cold as anything. «N:Dyfrig» the caretaker puts the "
    "heaters on at six, and by half seven your feet are gone. But it's ours. There's no sign outside saying mental "
    "health, and that matters round here. My cousin drinks in the «W:Copperhouse Tavern» across the road. I don't "
    "want him seeing a poster with my face on it. We looked at the leisure centre. Too public. Somebody offered a "
    "room over a pub. Obviously no.",
    "FACILITATOR: And the Welsh side of things?",
    "«N:MEIRION»: Mae hynny'n bwysig i fi. That matters to me. When I'm low my English goes first. Mam was from "
    "«P:Ystalyfera», Welsh on the hearth, so if I'm struggling and someone says, ti'n iawn, bach?, it goes "
    "straight in. It doesn't go through the brain first.",
    "«N:YUSUF»: I learned some Welsh here. Diolch. Paned. Cwtch. My daughter is at «W:Ysgol Gyfun Bryn Tawel» now, "
    "Welsh-medium, so she corrects me every night.",
    "FACILITATOR: Like Dylan Thomas said, rage against the dying of the light. That's us on a Thursday night in "
    "Morriston, raging with a cup of tea.",
    "Anything for someone setting up a new group?",
    "«N:CERI»: Keep it small. Twelve chairs. And if anyone watching wants to start one up the valley, ring me, "
    "honestly, «PH:07700 900» ¦ «PH:318», leave a message and I'll ring you back.",
    "«N:MEIRION»: And I do lifts. If you see a green Berlingo, «CAR:CP66 JIQ», outside the Co-op in «P:Clydach», "
    "that's me. Wave, or get in if I'm going your way.",
    "FACILITATOR: Lovely. The vestry is round the back of «W:Capel Seion Newydd», on «S:Heol Gwernllwyn», "
    "«PC:SA6 8KM», and you can email the group at «E:tawetalks@example.net». The pack goes up on "
    "«U:www.example.net/tawe-talking-shop» next month.",
    "«N:YUSUF»: Nye Bevan said the health service would last as long as there were folk left with the faith to "
    "fight for it. That's the group. People who keep turning up for each other. Diolch.",
    " ¶ Subtitles by «N:Llinos» «N:Hopkin-Rees» ¦ «W:Isdeitlau Glan Tawe»",
]

# ---------------------------------------------------------------------------
# 3. DOCX minutes, Rhondda and Cynon valleys
# ---------------------------------------------------------------------------
# body paragraphs: (style, text); style None = Normal
DOCX_BODY_BEFORE = [
    (None, SYN),
    ("Heading 1", "«W:Cylch Cefnogi'r Cymoedd» – members' review meeting"),
    (None, "Thursday 6 March 2025, 10.30am–12.30pm. Upstairs room, «W:Cwmlech Workmen's Hall», «S:Heol Tŷ'r Felin», "
           "«PC:CF43 4VM»."),
    (None, "Present: «N:Glenys» «N:Jenkins» («N:GJ», peer lead, chair); O. «N:Rees-Pritchard» («N:ORP», "
           "commissioning officer); «N:Mark» T. («N:MT»); «N:Nerys» ab «N:Ifan» («N:NI»)."),
    (None, "Apologies: Rev. «N:Bowen» (keyholder). Notes: «N:Carys» P. (volunteer)."),
    ("Heading 2", "1. What makes the group work"),
    (None, "Discussion is recorded in the table below as said, lightly edited, with Welsh kept where it was used. "
           "Members agreed first names can stay in these minutes, which go to the group only."),
]
DOCX_BODY_AFTER = [
    ("Heading 2", "2. Actions"),
    (None, "«N:GJ» to speak to Rev. «N:Bowen» about the ramp and the heating before the autumn. "
           "«N:ORP» to find out whether the community transport minibus («CAR:CY68 QVR») can be rebooked for Thursdays."),
    ("Heading 2", "3. Any other business"),
    (None, "Members asked that the ground rules card also carries the CALL helpline (0800 132 737) and NHS 111 press 2, so that nobody feels they have to be a crisis line for each other. Concern raised that two members had been messaging each other late at night and one had found it too much; agreed this goes back into the ground rules, not into the minutes. Thanks recorded to everyone who baked for the fifth-birthday planning."),
    (None, "Next meeting: Thursday 3 April 2025, 10.30am, same room."),
    (None, "Circulated by «E:cylch.cymoedd@example.org» to members only – please do not forward."),
]
# table rows: (speaker, [paragraphs])
DOCX_TABLE = [
    ("Speaker", ["What was said"]),
    ("«N:GJ»", ["Welcomed everyone and read the ground rules: one voice at a time; no advice unless asked; what is "
                "said here stays here; you can always pass. Asked the review question: what keeps you coming back?"]),
    ("«N:MT»", ["Shared identity. \"Everyone round this table has sat on the settee for a month with the curtains "
                "shut.\" Lives at the top of «P:Penrhys» and says people on the estate think they know your business; "
                "in here nobody assumes. Had to finish at «W:Dinas Tyres» in 2019 and the group was the first place he "
                "didn't feel like \"the bloke who went off sick\"."]),
    ("«N:NI»", ["\"Mae'n lle saff.\" It's a safe place. Said the roles make it work: she is treasurer now, her first "
                "job with responsibility since she left «W:Ysgol Gyfun Cwm Eithin» at sixteen. Keeps the cashbook and "
                "the petty cash tin, nobody checks up on her, and that trust is the point. Also raised confidentiality "
                "in small places: \"In «P:Ynys-y-bwl» everyone knows your mam.\" Her neighbour saw her going into the "
                "hall and told her sister before she had got home. Agreed: nobody says hello outside unless the other "
                "person does first."]),
    ("«N:ORP»", ["Thanked the group. Explained that the health board and the council jointly fund the network through "
                 "the Regional Partnership Board and will ask for outcome measures next year, possibly WEMWBS at the "
                 "start and after twelve weeks, plus referral numbers from practices such as «W:Meddygfa Cwm Eithin». "
                 "Offered the meeting room at the leisure centre in Pontypridd, free of charge. Members said no: too "
                 "public, and the bus from the top of the valley takes over an hour each way."]),
    ("«N:GJ»", ["Said the tension is that the group works because it is not a service. \"The minute we're a referral "
                "route, we're a waiting room.\" Asked that any measure be one members design themselves. On "
                "facilitation: rotating facilitation has worked since «N:J.T.» trained four members last year; he runs "
                "a Tuesday group in his front room in «P:Maerdy» and says the rule he relies on most is \"you can "
                "pass\"."]),
    ("«N:MT»", ["Agreed. Suggested the group mark its fifth birthday in June with its own stories instead of scores. "
                "Said Dr «N:Mathias» at the surgery already sends people \"to «N:Glenys»\" rather than to the group, "
                "which puts too much on one person.",
                "On the venue: the upstairs room is warm in summer and freezing in winter, and two members with "
                "sticks cannot manage the stairs. Rev. «N:Bowen» has been very good, but the ramp has been \"next "
                "month\" for a year. Suggested the downstairs snooker room on Thursday mornings.",
                "\"If the room doesn't work, the group doesn't work.\""]),
    ("«N:NI»", ["Asked for a Welsh-language paned before the main session once a month, for the five first-language "
                "speakers. Members agreed; the notetaker to check the room is free."]),
    ("«N:ORP»", ["Will take the points back. Gave his direct line, «PH:029 2018 0659», and asked members to look at "
                 "the small grants page, «U:https://www.example.org/cymoedd-grants», for the ramp. Closed with a "
                 "reminder that the Samaritans number (116 123) is printed on the back of the ground rules card."]),
]

# ---------------------------------------------------------------------------
# 4. Microsoft Teams VTT, Wrexham
# ---------------------------------------------------------------------------
V_ELAN = "«N:Elan» «N:Hughes-Ward»"
V_DAWN = "«N:Pryce-Morgan», «N:Dawn» (BCUHB)"
V_GOSIA = "«N:Gosia» «N:Wiśniewska» (Guest)"
V_GETH = "«N:Gethin» («P:Caia Park»)"
V_KEN = "«PH:+44 7700 900584»"
VTT = [
    (V_ELAN, "Okay, the recording's on, and the transcript, so you'll see the banner at the top. Croeso, welcome "
             "everyone. This is the quarterly check-in for «W:Brew a Sgwrs», run by «W:Cyswllt Maelor» for anyone new, and «N:Dawn»'s joined us from the health "
             "board to listen. Same question as always: what makes the group work for you? «N:Gosia», you've been "
             "with us longest, do you want to start?"),
    (V_GOSIA, "Yes, okay. For me it is that I am not the only foreigner in the room any more. When I came to Wrexham "
              "in 2008 I worked nights at «W:Maelor Poultry», packing chicken, and I had nobody to speak with. Now in "
              "the group there is me, «N:Łukasz» and «N:Renata», and sometimes we say something in Polish and "
              "everybody laughs even when they don't understand. Shared identity, yes? We are all people who had the "
              "bad years. And I do the emails, from «E:brewasgwrs.wrecsam@example.com», so if you write to that, it "
              "is me who answers, not a robot. And the Facebook page, «H:@BrewaSgwrsWxm», that is me also."),
    (V_GETH, "Can I come in? Sorry, I'm on the bus. For me it's the room. Online is fine but it's not the same as "
             "the vestry at «W:Capel y Groes». I grew up in «P:Rhos», Welsh first language, and when I'm unwell I "
             "want to say it in Welsh. Pan dw i'n sâl, dw i isio siarad Cymraeg. Simple as. And the ground rules, "
             "to be honest, online they go out the window. Cameras off, people cooking their tea, one fella had the "
             "darts on. And when I was in the unit the nurses had a sheet for everything. The group is the one "
             "place I'm not a sheet, I'm just the fella on the bus. In the room you can't do that, and I think the rules only work when you can see faces."),
    (V_KEN, "It's «N:Ken» here, on the phone. Sorry, I haven't got the video. Can I just say, for some of us the "
            "phone is the only way in. I don't drive since the licence went, and the bus from «P:Acrefair» on a "
            "Thursday night is one an hour. I've been coming since it was in the back of the library, before all this video "
            "business. So whatever you do, don't take the phone line away."),
    (V_ELAN, "Nobody's taking it away. I've got you down as «PH:07700 900584», I'll text you the dial-in again "
             "after. And on roles, since the health board asked before we started: the welcome message goes out "
             "from «N:Gosia», the Welsh ground rules card is «N:Gethin»'s, and our timekeeper, believe it or not, "
             "is on the phone line. He rings a little bell. Diolch, wyt ti'n iawn ar y bws?"),
    (V_DAWN, "That's lovely, thank you. I do need to raise the awkward bit. From the board's side we need some kind "
             "of measure. They want WEMWBS before and after, and a contact sheet with NHS number and date of birth "
             "for everyone who comes. I'm not saying I agree, I'm saying that's what's on the table across Wrexham "
             "and Flintshire."),
    (V_GETH, "With respect, the minute you hand me a form like that I'm back at the jobcentre. I was up at dawn "
             "worrying about this call because I knew the forms would come up. The whole point is that nobody in the "
             "group is scoring me."),
    (V_KEN, "I'll tell you what the forms are like. I was on hold to the surgery forty minutes this morning to give "
            "them my date of birth, «D:14th of the 2nd 51», and they told me to ring back. If you want my details, "
            "love, I'm at «S:22 Clos Tegla», «PC:LL14 3MK». Post me the form. I'm not doing it on the computer."),
    (V_DAWN, "Okay, I hear that, all of you. What if we co-design it, members and board together, and I come to the "
             "room one Thursday and see it for myself before anything goes on a form? Email me or ring my desk on «PH:01632 960447» and I'll come to «W:Capel y Groes» "
             "in person. I'll bring the form and we can pull it apart together. I'd rather have your words than a "
             "score."),
    (V_GOSIA, "Also the car park. The car that is always in the disabled bay is «CAR:CX21 QHT», I took a photo. "
              "My friend cannot get her wheelchair past it. Please tell somebody. Dziękuję."),
    (V_ELAN, "Noted. Next session is Thursday at seven, in the room and on the link, "
             "«U:https://www.example.com/brew-a-sgwrs». Diolch pawb, thank you all, and hwyl for now. If anyone wants to talk after, stay on the call, I'll "
             "be here till half past."),
]

# ---------------------------------------------------------------------------
# 5. Facebook Messenger group chat pasted as text, Gwynedd and Ceredigion coast
# ---------------------------------------------------------------------------
YOU = "You sent"
AP = "«N:Aled» «N:Prys»"
MR = "«N:Meinir» 🌸"
DB = "«N:Dafydd» «P:Bethesda»"
ZM = "«N:Zoë» «N:Marchetti»"
LL = "«N:Llŷr» ap «N:Iorwerth»"
MESSENGER = f"""{SYN}
«W:Cylch Glannau'r Môr» 🌊
14 members · You're an admin
You named the group «W:Cylch Glannau'r Môr».
You added 13 people to the group.

MON 19:02
{YOU}
Noswaith dda bawb 👋 quick one before Thurs. the commissioner wants "member voice" for the review so can ppl put in here what makes the group work for u? and whats rubbish too, be honest. I'll copy it into the report with no names x
{AP}
honestly its that its not a service. nobody takes notes on me. I walk in, «N:sioned» shoves a paned at me, done
and you dont have to be the depressed one all night. some weeks I'm the one holding someone else up, thats what gets me out of bed
👍 3
{MR}
same. shared stuff. everyone in there has had the 3am thing, I don't have to explain it
also the roles!! never thought id be the one doing the rota, me, who couldnt leave the house in «P:Blaenau» for a whole year 😂
{DB}
ground rules tbh. the one about no advice. I had 10 yrs of people telling me to go for a walk 🙄
but I'll do the rubbish bit. the hall. «W:Neuadd y Felin» is freezing and the toilet door doesnt lock. «N:twm» had to hold it shut for me last week lol
😂 5

MON 20:41
{ZM}
hiya, new-ish here. for me its that nobody corrected my welsh. I'm a learner, moved to «P:Llanbadarn» for my partner's job and I was terrified first night. F just said "da iawn" and carried on
and I can do it on Zoom from Aber on the weeks the trains are off
{YOU}
diolch all ❤️ keep em coming
can I gently say tho, pls don't put personal stuff in here like numbers or addresses, there's 14 of us in this chat and not everyone knows everyone

TUE 08:15
{LL}
sorry!! before I forget, can someone ring «W:Meddygfa Bron Seiont» for me today, I can't face the phone. nhs no is «NHS:999 382 1179» and dob «D:14/07/1986». just need to know if my sertraline is ready, the 100mg not the 50
{YOU}
cariad 🙈 that's exactly what I meant lol. I'll ring them for you at 9, delete that msg when u can x
{LL}
sorry sorry. deleted from my side, dunno if it goes for everyone. diolch «N:Ffion» «N:Haf» 🙏
Seen by «N:Zoë» and 10 others

TUE 12:30
{AP}
rubbish bit for me is when it turns into a moan about the crisis team for an hour. thats not support thats a queue
and lifts. I do the lifts from «P:penparcau» and the petrol adds up. red fiesta «CAR:CX15 QOJ» if anyone needs picking up by the garage, but I can't do every week. I'm at «W:Caffi Gwymon» til 5 so evenings only
{MR}
+1 on the moaning. also can we do the walks again in the gwyliau haf, I'll post them on «H:@cerdded.araf» like last year
{DB}
walks yes. I'm stopping at Nain's in «P:pesda» over the summer so I can do the Carneddau ones if someone else drives
{YOU}
facilitation wise I'm trying to step back more. «N:eleri» did a brilliant job leading when I had covid, and I think the group is better when it's not always my voice. tell me if I'm hogging it!!
❤️ 6

WED 21:07
{ZM}
random q, someone from Cyngor ar Bopeth is helping me with my PIP and I don't trust myself typing my NI into the form. is it meant to look like «NI:zz 73 14 58 b» or no spaces?? 😬
{YOU}
omg 😂 this is what I'm on about. no spaces is fine. delete pls x
the tension I keep coming back to is this: the more "professional" we get for the funders, the less it feels like ours. but we need the hall money. not sure what the answer is
{MR}
we tell them that. in our words, not theirs
and we keep it small. «N:Llinos» Ll. said at the start, twelve chairs max and everyone gets a turn. still true

THU 17:45
{YOU}
reminders for tonight. new venue address for satnav is «W:Neuadd y Felin», «S:Lôn Pen-y-Ffridd», «PC:ll49 9cv». parking round the back. doors 6.30, kettle on 6.45
if you're stuck for a lift text me on «PH:07700900236» not messenger, I don't see this till late
review stuff is on «U:example.org/glannau-review» and you can email «E:cylch.glannau@example.org» if u don't want to say it in front of everyone. A487 is shut at the bridge again so leave early
{DB}
on my way. got the job back at «W:Llechi Cain» btw, starting monday 🎉 wouldn't have gone for it without you lot
❤️ 9
{YOU}
so proud of you. see you all at 7, «N:Ffion» «N:Haf» x
"""
