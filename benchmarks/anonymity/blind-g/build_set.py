#!/usr/bin/env python3
"""Regenerate synthetic set G (sg01-sg05) and labels.csv from marked-up sources.

{kind|text} marks a planted identifier; the markup is stripped in the output
and each mark becomes one labels.csv row (line = 1-based file line, or
paragraph number for sg03.docx). Run with python.
"""
import csv
import os

import make_docx
from make_docx import MARK, strip

KINDS = {
    "n": "name", "ph": "phone", "em": "email", "pc": "postcode",
    "nhs": "nhs_number", "ni": "ni_number", "addr": "street_address",
    "dob": "date_of_birth", "url": "url", "h": "handle",
    "car": "car_registration", "pl": "place", "wk": "workplace",
}

SG01 = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Project: Peer Support Evaluation, Workshop 3 - Dads Matter Swindon (postnatal dads' group)
Transcriber: {n|Carys Penhaligon} (email {em|c.penhaligon@example.org}, mob {ph|07700 900417})
Date: Tuesday 11 March 2025, 7.00pm-8.30pm
Venue: Gorse Hill Family Hub, {addr|27 Orchard Vale Road}, Swindon {pc|SN2 2QT}
Attendance: F1, F2 (peer facilitators), P1-P6 (members), C1 (Integrated Care Board). Two babies present.
Notes: [inaudible] = could not hear; [crosstalk] = overlapping speech.

F1: Right, that's recording. Cheers for coming out. So tonight's, um, tonight's about what makes this group work. What keeps you coming back, what doesn't. No wrong answers. C1's here from the Integrated Care Board but she's just listening for the first bit.
C1: Just listening, promise.
P1: I'll go. For me it's, it's literally being in a room with other blokes who get it. When {n|Ellie} was born I wasn't, I wasn't right. Didn't sleep for weeks. I kept thinking I've got to be the strong one, like, she's just had a section, I can't be falling apart. And then {n|Kwame} rang me out of nowhere - he was running it back then - and just said come Tuesday, bring the little one if you want.
P2: That's the thing though innit, someone rings you. Not a leaflet.
P1: Yeah. Not a leaflet.
P3: I'm the same but different, if that makes sense. I do nights at {wk|Dunmore Logistics}, the depot out by junction 16, so I'm knackered all the time, and the health visitor kept asking my partner how she was and never once asked me. First time anyone asked me was in here. {n|Stoyan} asked me. He didn't even have much English then and he still asked.
F1: So it's, what, being asked? Being seen?
P4: Being seen, yeah. I'll be honest, cos I think it matters for the evaluation. I'm thirty-four, I live over in {pl|Wroughton}, I got diagnosed with PTSD after I come out the army, and when the twins came it all came back. Flashbacks, the lot. GP said ring NHS 111 if it gets bad. NHS 111! At three in the morning with two screaming babies. I'm not knocking them but- [crosstalk] -it's not the same as a bloke across the table going yeah, mate, had that.
F2: What about the ground rules? We did them in the, what, the summer?
P5: August. On the big sheet. "What's said in the room stays in the room." "No advice unless asked." "Phones on silent, unless it's the missus." [laughter] That last one was {n|Will}'s.
P6: I think the rules matter, yeah, but I don't want it turning into, like, forms. C1, no offence. Last month we got sent this sign-in sheet. Name, date of birth, postcode, NHS number, the lot. I put mine down cos I didn't think - {nhs|999 215 3768}, it's on all my letters - and then I'm sat there thinking why does a dads' group need my NHS number? It felt like the hospital. We come here cos it's not the hospital.
C1: That's really fair. The reason is we have to show numbers to keep the funding going, but I take the point. We could do it anonymous.
P2: Do it anonymous. Please.
F1: Let's park that, I've written it down. Can we talk about roles? Cos some of you have taken stuff on.
P2: Yeah so I do the WhatsApp. And I'll be honest, it's a lot. Someone messaged at two in the morning saying he was going to walk into the canal and I was the only one awake. I rang him, I gave him the Samaritans number, 116 123, I stayed on the phone till his brother came round. And then next morning I had to go to work like nothing happened. It's heavy. I'm not saying I don't want to do it. I just need, like, someone behind me.
F1: That's the peer leadership thing, isn't it. Everyone loves that it's run by dads, but then it's us carrying it.
P3: Maybe we share the WhatsApp. Rota it.
P2: I'd love that.
P5: I'll do Thursdays. My number's {ph|07700 900 562} if anyone wants to swap, or the work phone, that's {ph|oh seven seven double oh, nine double oh, eight one nine} - no, actually, don't use the work one, ignore that.
F1: What about this place? The Hub.
P6: I love it cos you can get the buggy in. Some places you can't even get up the step.
P3: The car park though. I got a ticket last week, {car|WU17 KXP}, that's my van, cos apparently the spaces are staff only after six. Forty quid.
P1: Sixty, mine was. In my old Vauxhall Astra. [laughter]
C1: I'll chase that with Mrs {n|Adeyemi}, leave it with me.
P4: Can I say something a bit awkward? We keep saying we want to tell the perinatal team they ignore dads. Which they do. But then C1's lot are funding us. So are we meant to bite the hand that feeds us or what?
C1: You can bite. Gently. [laughter]
F2: That's what {n|Jamie}'s been saying for ages. We wrote that letter to the trust and then went quiet cos we were worried about losing the room.
P4: Exactly. You need patience with them, and you need them, and you're also fuming with them. All at once.
F1: Okay. Last bit. What would you tell a new dad?
P5: Just turn up. You don't have to talk. Bring the baby. Look on the page, {url|www.example.org/dads-matter-swindon}, it's got the times. Or follow {h|@swindondad_rob}, he posts when it's on. That's me, by the way. [laughter]
P6: And tell the health visitors about us. P3 said it earlier, nobody asks the dads.
F1: Brilliant. I'm going to stop it there. Thanks, all.
[Recording ends]
"""

SG02 = """WEBVTT

NOTE SYNTHETIC TRANSCRIPT - every name, number and address is invented.

NOTE Sisters Together (Bradford), evaluation workshop 2, held on Teams. Auto-captions corrected by F2.

1
00:00:03.200 --> 00:00:11.900
<v F1>Okay, I think everyone is in now. Salaam, hello, welcome. Can everyone hear me? Put your thumb up if yes.

2
00:00:12.400 --> 00:00:16.100
<v {n|Amal Yousef}>Yes, I hear you. My camera is frozen but I hear.

3
00:00:16.800 --> 00:00:31.500
<v F1>That's fine. So today, like last time, we talk about what makes Sisters Together work. What is good, what is difficult. P1 and P2 are here with me at the centre, the rest of you are at home.

4
00:00:32.000 --> 00:00:49.300
<v P1>Can I start? For me the best thing is I am not explaining. When I say I cannot sleep because of what happened on the boat, nobody asks me more questions. They know. At the GP they ask and ask and ask.

5
00:00:50.100 --> 00:01:04.700
<v {n|hiwet tesfaye}>yes. same for me. sorry my English. When I come first time, {n|Patience} hold my hand the whole time and she don't even know me.

6
00:01:05.200 --> 00:01:12.000
<v F1>{n|Patience} isn't here today, she's working, but I'll tell her you said that, {n|Hiwet}.

7
00:01:12.600 --> 00:01:15.900
<v {n|Lulu}>She is working at the care home still?

8
00:01:16.300 --> 00:01:20.800
<v F1>Yes, at {wk|Daisybank Care Home}. Nights now.

9
00:01:21.500 --> 00:01:44.200
<v P2>For me it is the rules. Before, some ladies were talking outside the group about other ladies. Very bad. My husband's cousin heard my story in the shop. So now we have the rule, what is in the group stays in the group. And no photos.

10
00:01:45.000 --> 00:02:06.600
<v {n|Lulu}>But also, sorry, not too many rules. When the lady from Mind came she gave us a paper with twelve rules, in English, very long. My mother cannot read this.

11
00:02:07.100 --> 00:02:13.400
<v C1>That was probably our template. I'm sorry. It doesn't have to be that.

12
00:02:14.000 --> 00:02:19.800
<v F1>{n|Lubna}, sorry, {n|Lulu}, I know you like {n|Lulu} - can you say more?

13
00:02:20.300 --> 00:02:33.000
<v {n|Lulu}>We make our own rules. With pictures. A phone with a cross. A cup of tea means break. Simple, so everybody understands.

14
00:02:33.700 --> 00:02:58.900
<v {n|Amal Yousef}>I agree. Also I want to say about roles. I was a teacher in Homs, twenty years. Here I am nobody. In this group I do the Arabic for the new sisters, I help with forms. It makes me feel like a person again.

15
00:03:02.600 --> 00:03:18.300
<v {n|Amal Yousef}>But it is also too much sometimes. Everybody has my number. One lady called me at midnight because the Home Office letter came. I am not solicitor. I am not doctor.

16
00:03:18.900 --> 00:03:33.400
<v P3>My auntie, Auntie {n|Roza}, she says the same. She gave her number to everyone, {ph|07700 900 233}, now she has fifty women calling her. [laughter]

17
00:03:34.000 --> 00:03:45.200
<v F1>So maybe we need a group number instead of personal ones. The centre line is {ph|0113 496 0572}, Monday to Thursday.

18
00:03:45.900 --> 00:03:52.500
<v {n|hiwet tesfaye}>and email? Some ladies only read, they are shy to talk.

19
00:03:53.000 --> 00:04:06.100
<v F1>Yes, it's {em|sisterstogether@example.org}. Or mine, I'll read it out slowly - {em|gulnaz dot hussain at example dot org}.

20
00:04:06.800 --> 00:04:33.900
<v P4>Can I say about forms? Last month the project asked my National Insurance number for the volunteer bus money. I give it, {ni|QQ 12 34 56 C}, and date of birth. But my date of birth is not real. Home Office put {dob|1 January 1987}. All the Afghan ladies are first January. [laughter]

21
00:04:34.400 --> 00:04:43.000
<v F1>Thank you, {n|Fereshta}. That's, yes. That happens a lot.

22
00:04:43.600 --> 00:04:55.200
<v C1>For the bus money we do need the NI number, it's for tax, but we don't need a date of birth. I will take that off the form.

23
00:04:55.800 --> 00:05:02.400
<v F1>Okay. The centre. Some people like meeting at the centre, some like online.

24
00:05:03.000 --> 00:05:18.700
<v {n|Lulu}>The centre is good, {addr|41 Oakdene Terrace}, everybody knows it, the mosque is next door. {n|Shilan}'s daughter does the crèche there.

25
00:05:19.300 --> 00:05:37.800
<v {n|hiwet tesfaye}>for me it is two buses. I am living {addr|6 Thornfield Walk}, {pc|bd3 0lp}, near the big Lidl. In the autumn it is dark at five, I don't like to walk.

26
00:05:38.400 --> 00:05:44.600
<v P3>Online is easier. But online you cannot hug. [laughter]

27
00:05:45.200 --> 00:05:58.000
<v F1>Can I ask about the hard bit? We want to complain to services, but we also need them. How do we do both?

28
00:05:58.600 --> 00:06:21.400
<v P2>Yes. We want to tell the housing that the hostel is terrible. Mould, cockroaches. But the housing officer, Mr {n|Brennan}, he comes to our Eid party, he helps us. If we shout, maybe he will be angry with us.

29
00:06:22.000 --> 00:06:28.500
<v C1>You can do both. Honestly. Tell us what's wrong. We would rather know.

30
00:06:29.100 --> 00:06:43.800
<v {n|Lulu}>Okay then I tell you: more Arabic, more Tigrinya, more Dari. A crèche at the online one also. And Lidl vouchers for the tea. [laughter]

31
00:06:44.300 --> 00:06:55.600
<v P1>And my friend {n|Amna Osman} from Sudan wants to come, but she has no data on her phone. Can the project give data?

32
00:06:56.200 --> 00:07:00.900
<v F1>I'll ask. Last question. Where can new ladies find us?

33
00:07:01.500 --> 00:07:09.700
<v P4>Facebook. {url|https://www.facebook.com/SistersTogetherBD}.

34
00:07:10.300 --> 00:07:21.900
<v P3>And Auntie {n|Roza} has the cooking page on Instagram, {h|@roza.kitchen}, she puts the dates of the group there also.

35
00:07:22.500 --> 00:07:27.200
<v {n|Amal Yousef}>Thank you for this. It is good to be asked.

36
00:07:27.800 --> 00:07:33.000
<v F1>Thank you, everyone. I'm stopping the recording now.
"""

SG04 = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
notes typed live, silver rainbows blackpool (older lgbt+ group) eval wkshop 2, not checked sorry for typos
typed by {n|jackie} on the group laptop, any qs text me {ph|07700900671}
there: f1 f2 p1-p7 + c1 from the integrated care board. tea n biscuits. 2 hrs ish
f1: ok were recording-ish, {n|jackie}'s typing so go slow lol. so what makes silver rainbows work for u
p1: honestly its the first place ive been properly out since 1974. no one looks at u funny. {n|pat} said that to me first week, nobody here's gonna look at you funny love, and i cried in the loos
p2: ha {n|pat} says that to everyone
p1: well it worked didnt it
p3: for me its the history. we all lived thru it. section 28, the aids years, burying mates. the young ones at pride mean well but they dont know. here i dont have to explain any of it
f2: shared history yeah
p4: and we laugh. god we laugh. {n|big mags} and her impressions of the council
p4: {n|big mags} isnt here today shes at her sisters in preston
f1: ground rules. do we need them
p5: we do need them. remember the row last autumn about politics. {n|bob} walked out
p2: {n|bob} came back tho
p5: he did. but after that we wrote the rules, no outing anyone, no names outside the room, dont speak for other people, phones off. its on the wall by the urn
p6: i dont mind rules i mind paperwork. the council wanted a safeguarding policy 14 pages and a named person with a dbs. we're a bunch of pensioners with a kettle
c1: thats fair, i think that was the old funding. the integrated care board version should be lighter
p6: should be lol
p3: and the monitoring form asked date of birth and postcode. i put mine {dob|2/8/49} {pc|fy14xd} then i thought why am i telling them. half of us got arrested once for who we are, we dont love forms with our details on
c1: noted. we can make those optional, honestly
f1: roles. {n|dusty} u do the door dont u
p7: i do the door and the tea and the raffle and the minibus and
[laughter]
p7: no but seriously its too much. im 77. i love it but i got shingles in march and nobody knew if the group was on. i had the keys, the float, the lot
f2: so the burden thing
p7: burden yeah. {n|will} offered to help but he works
p2: {n|will} does nights at {wk|marton fish bar}, cant expect him
p1: we could do a rota. like a proper one
f1: peer leadership is lovely til one person carries it all
p4: thats {n|dusty}
p7: thats me yeah
f1: venue?
p5: the room above the library is ok but the lift breaks every other week. {n|tony} cant do stairs since the stroke
p2: i had to fill in his hospital transport form for him last week, his nhs number {nhs|999 773 0488} dob {dob|30/06/1941}, he cant hold a pen right now
p5: and if it moves to the new place on the prom its miles for me, im at {addr|22 lytham view road}, thats two buses
p6: and {n|bob} lives out at {pl|staining}, hes 81, just had the prostate cancer diagnosis, he cant get in on the bus at all
p2: {n|tony} used to give him a lift, the blue fiesta {car|pf63 yhn}, parked on the double yellows every single week
[laughter]
p6: oh and the dwp woman rang {n|bob} on speaker in the middle of the session and he read out his ni number {ni|kn 40 21 93 d} to the whole room. bless him
f2: thats a good point about phones tho, mayb we need somewhere quiet for calls
f1: next thing. the awkward one. wanting to kick off at services but needing them
p6: yeah so. the memory clinic asked {n|rasa} if her husband was coming in with her. her wife was sat right there. 30 years together. but the same clinic refers people to us now so do we shout or not
c1: shout. please. we need to know
p3: easy for u to say love, ur not the one who needs a letter off them
f2: we did the letter in the end didnt we. {n|jackie} sent it from the group email {em|pinkpensioners@example.net}
p6: and we heard nothing back
c1: ill chase it
f1: emergency contacts, someone said we need a list
p4: yeah mine is my niece in manchester {ph|0161 496 0733}, write it on the sheet
f1: ok. what was the best thing this year
p1: the trip to st annes. sandy beach, fish and chips, {n|pat} in a kiss me quick hat
p3: the carol service. first time id been in a church since my mams funeral and nobody batted an eye at me and my fella holding hands
p5: just tuesdays. just knowing its tuesday
f1: last q. how do new ppl find us
p2: its on {url|example.com/silver-rainbows} and the facebook
p4: and {n|big mags} posts everything on insta {h|@rainbowmags52}
p6: theres a link on {url|https://www.instagram.com/silverrainbows.bpool} as well
p7: and the posters in the library if they havent been nicked
f1: lovely. p2 said earlier about the rota, ill draft one. ta everyone
[recording off]
"""

SG05 = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
Workshop 4 - "Paned a Sgwrs" farmers' peer support group (mid Wales), back room of the mart café
Recorded and transcribed by {n|Nia Vaughan-Jones} (peer project worker) - {em|nia.vj@example.com} / {ph|07700-900-884}
Date: Monday 18 November 2024. Present: F1, P1-P6. C1 sent apologies. Some Welsh left as spoken, meaning in brackets.
F1: Diolch (thanks), everyone, for coming in out of that weather. Like we said last time, today's about telling a bit of your own story, only what you want to, and what the group's meant to you. Who wants to start? No pressure.
P1: I'll go, get it over with. [laughs] I'm {n|Gwilym Pugh}, fifty-eight, sheep and a few suckler cows at {wk|Pen-y-Garn Farm}, up above {pl|Abbeycwmhir}. Diagnosed with depression in 2001 after foot and mouth, when they took the whole flock. I didn't tell anyone for fifteen years. Not Mam, not the wife, no one. You just go out and do the feeding.
F1: Thank you. That's a lot to carry for fifteen years.
P1: It is. And the hiraeth, you know, for how it was. Anyway. This lot got me talking. That's it really.
P2: Mine's different, I'm the young one. {n|Rhodri}, twenty-six, I drive for {wk|Wyeside Feeds} and help Dad on the home farm in {pl|Llanbister} weekends. Anxiety, panic attacks, the GP reckons some OCD as well. I was born {dob|the twenty-third of November nineteen ninety-seven}, so I'd just turned eighteen when I had my first proper panic attack, in the lambing shed, thought it was my heart.
P3: Duw, bach. (Goodness, love.)
P2: Yeah. And the Young Farmers, it's all, you know, banter. You can't say you're not coping. So coming here, it's the first place I've said it out loud without someone making a joke.
P3: I'll go next. Most of you know me from chapel. I'm {n|Eirlys}, seventy-one. We lost my husband, {n|Emrys}, in 2019. Suicide. There, I've said it in a room. {n|Grace} from the Farming Community Network rang me every week that first winter, every single Thursday, and she was my saving grace. It was her told me about this group.
F1: Diolch, {n|Eirlys}. Take your time.
P3: I'm alright. I think that's what makes it work, mind. You're not explaining what a farm is. You're not explaining why you can't just leave the stock and go to a counsellor in Cardiff. Everybody here knows.
P4: I'm not a farmer, I married one. [laughter] I teach Year 4 at {wk|Ysgol Bryn Ithon}, I've been off with stress since half term. My partner {n|Carol}'s the one who drove me here the first time and sat in the car for two hours.
P5: Everyone calls me {n|Dai Bananas}, don't ask. [laughter] Shearer, contract work, all over. I'm forty-four. I went through a bad patch with the drink. I live in town now, {addr|12 Heol y Dderwen}, {pc|LD6 5BN}, on my own since the divorce. Everyone at the mart knows my old Land Rover, {car|CP15 NBX}, so everyone knew I was parked outside the pub every afternoon.
P6: I'm {n|Sandy}, came down from Perthshire in '98 and never went back. Bipolar. I'll say it plainly because that's what we do in here.
F1: Can we talk about the rules, and the running of it? Will we keep going the way we are?
P5: The rules are simple and that's the point. Nothing leaves the room. Nobody gets told what to do. Phones face down. Paned first, talk after.
P6: But then the funders want forms. When I rang the crisis team they wanted my NHS number and I had to read it off the letter, {nhs|nine nine nine, six eight one, two oh five seven}, with my hands shaking. Then the Rural Payments lot want my National Insurance, {ni|NK621840B}, for some grant form. Then this project wants another form. Every form feels like a test you can fail.
F1: That's the bureaucracy tension, isn't it.
P1: I'll be honest, running it's the other thing. {n|Bethan Morgan} did the tea and the texts and the room booking for two years on her own and she burnt out at lambing. We didn't notice till she stopped coming.
P4: That's on all of us.
P1: It is. We said we'd do a rota. Then silage.
F1: And working with services?
P2: We want to tell the health board the waiting list's a joke. Nine months for a talking therapy. But the community nurse comes to the Royal Welsh Show stand with us, and the DPJ Foundation lent us the room at the start. You don't want to bite them.
P6: The man from the union in Cardiff gave me his direct line, {ph|oh two nine, two oh one eight, oh four five six}, said ring any time. I did, twice. He was good as gold.
P3: Having somewhere to go every Monday is a precious thing, I'll tell you that. Even at Christmas we met, in the chapel vestry.
F1: Last bit. How do people find us?
P2: There's the page, {url|www.example.net/ffermio-a-lles}. And I put videos of the dogs on TikTok, {h|at ffermwr underscore hapus}, and I stick the dates on the end.
P1: Or they can email me, I don't mind, {em|gwilym dot pugh at example dot net}. Just say the group.
P5: And {n|Bethan Morgan}'s email is on the poster still, {em|bethan.m@example.com}, someone should change that.
F1: I'll sort it. Diolch yn fawr, pawb (thank you all). Paned before you go.
[Recording ends]
"""


def process(name, src):
    lines, labels = [], []
    for i, raw in enumerate(src.split("\n"), start=1):
        for m in MARK.finditer(raw):
            labels.append((name, i, KINDS[m.group(1)], m.group(2)))
        lines.append(strip(raw))
    return lines, labels


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    all_labels = []
    for name, src in [("sg01.txt", SG01), ("sg02.vtt", SG02),
                      ("sg04.txt", SG04), ("sg05.txt", SG05)]:
        src = src.rstrip("\n")
        lines, labels = process(name, src)
        with open(os.path.join(here, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        all_labels += labels
    lines, labels = process("sg03.docx", make_docx.SG03)
    make_docx.build(lines, os.path.join(here, "sg03.docx"))
    all_labels += labels
    order = {"sg01.txt": 1, "sg02.vtt": 2, "sg03.docx": 3, "sg04.txt": 4, "sg05.txt": 5}
    all_labels.sort(key=lambda r: (order[r[0]], r[1]))
    with open(os.path.join(here, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(all_labels)
    print(f"wrote 5 files and {len(all_labels)} labels")


if __name__ == "__main__":
    main()
