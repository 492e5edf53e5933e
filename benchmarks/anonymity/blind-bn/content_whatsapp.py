# -*- coding: utf-8 -*-
"""Content for the WhatsApp (iPhone export) chat: parents of autistic children, Wigan.

{LRM} is replaced by U+200E (left-to-right mark), which iOS puts before
system/media lines in exported chats.
"""

TEXT = """SYNTHETIC TRANSCRIPT - every name, number and address is invented.
[04/03/2024, 18:41:07] Spinning Tops Parents \U0001F300: {LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[04/03/2024, 18:41:07] Spinning Tops Parents \U0001F300: {LRM}Lorraine SEN Group added +44 7700 900551
[04/03/2024, 18:43:52] Lorraine SEN Group: Welcome to the group! \U0001F44B For anyone new: we meet every other Thursday 7\u20139pm at Tinkers Row Community Hub, side door (the main one's alarmed). For sat navs it's 12 Pennystone Lane, wn59kc. There's a sensory room for the kids while we talk, the lady from the hub runs it. Ground rules are in the description but the big ones are: no photos of other people's kids, what's said at group stays at group, and nobody needs a diagnosis to come \U0001F49B
[04/03/2024, 18:47:15] +44 7700 900551: hiya thank u for adding me. its ngozi, my son is 7 and still on the waiting list for assessment, school keep saying he's just naughty and it's a parenting thing \U0001F648 they keep saying EHCP and I don't even know what that is \U0001F62C the health visitor gave me this number
[05/03/2024, 20:11:09] Kez \U0001F33B: Can I have a moan. Had the annual review at Hawkley Brow Primary today and Mrs Garside basically said tyler is "coping" \U0001F644 he's coping because he holds it all in all day then explodes the minute he's through our door. Three hours of screaming last night. But apparently because he's not throwing chairs in class he doesn't need any extra help
[05/03/2024, 20:12:30] B Siddiqui: masking. zayn did exactly the same at that age. the school only believed us when I filmed him after pick up, and even then the SENCO said maybe it's something at home \U0001F621 welcome to the group btw ngozi, you're in the right place. we were on that waiting list 2 and a half years. EHCP = education health and care plan, it's the legal bit that says what support they have to get. come thursday and we'll go through it, I've got all my paperwork in a big pink folder, the folder of doom \U0001F602 pic below
[05/03/2024, 20:12:52] B Siddiqui: {LRM}image omitted
[05/03/2024, 20:14:55] Lorraine SEN Group: That's so common. Write down everything that happens after school, times, what sets it off, how long it lasts. Evidence evidence evidence. And ring the SENDIASS office on 0161 496 0773, ask for Jean, she's brilliant for EHCP stuff, tell her I sent you
[05/03/2024, 20:15:30] Lorraine SEN Group: {LRM}<attached: 00000019-Jean SENDIASS.vcf>
[06/03/2024, 09:12:40] Dan Alfie's Dad: Quick one, copying this off the letter for the paed appointment, is this the right clinic? Don't want to turn up at the wrong place again like last time
Re: Alfie Tierney
DOB: 21.06.2016     NHS No: 9991047735
Clinic: Dr Venkataraman, Child Development Centre, Thurs 28 March 2.15pm
[06/03/2024, 09:30:05] Lorraine SEN Group: Yes that's the right one, next to the old baths. But maybe don't put his NHS number and that in here in future? \U0001F642 Group rules, we keep the kids' details out of the chat. Reminder for everyone, group is tomorrow 7pm! Siddiqui's on brews, I'm on biscuits. Spring rota is here: https://example.net/tinkers/rota-spring
[07/03/2024, 18:20:09] Kez \U0001F33B: whoever's got the silver zafira YD15 QKI can u move it im blocked in at pick up \U0001F602 oh wait wrong group
[07/03/2024, 21:48:12] +44 7700 900551: Thank you all so much for tonight. I cried in the car after but it was good crying. It's the first time anyone has listened to me about him without looking at me like I'm a bad mum
[07/03/2024, 22:05:17] Kez \U0001F33B: You're not a bad mum hun, you're a tired mum. Big difference. And tonight was good, I liked the bit at the start where everyone says one thing that worked this week, even if mine was only "he ate a pea". Can I say something a bit awkward though. Some people were talking over others, and the ones whose kids have got a diagnosis kind of take over. The ones still waiting don't get a word in. Not having a go at anyone x
[07/03/2024, 22:07:44] Dan Alfie's Dad: the one thing that worked round was mine, stole it off the dads group I used to go to in Hindley Green before we moved up to Aspull \U0001F602 but yeah fair point about talking over people, I'm guilty
[08/03/2024, 10:31:55] Lorraine SEN Group: Thanks for saying it, that's really fair and I should have picked up on it. I'll bring it up at the start next time and we'll use the talking stone again, one person at a time. Also from the SENDIASS lot: drop-in is 1st Tues of the month, book on senddropin@example.org. And the lady who does the sensory circuits is on insta, @wobblestep.sensory
[08/03/2024, 10:40:12] B Siddiqui: Sorry if that was me \U0001F648 I get carried away when it's tribunal stuff because I know how much it hurts and I don't want anyone else going through it on their own
[08/03/2024, 10:41:02] Kez \U0001F33B: it wasn't just u bushra honestly xx and the stone is a good idea loz
[09/03/2024, 19:40:56] +44 7700 900551: Is it ok if my sister comes with me next time? She's on 07700900624, she lives on Worsley Mesnes so she can pick me up and she wants to understand him better
[09/03/2024, 19:58:21] Lorraine SEN Group: Course! Family always welcome. Anyone new can ring me first if they'd rather

Lorraine Heskin
Peer Facilitator, Spinning Tops
\U0001F4DE 07700 900 417
\u2709\uFE0F spinningtops.parents@example.com
[10/03/2024, 08:03:14] Kez \U0001F33B: {LRM}<attached: 00000031-AUDIO-2024-03-10-08-03-14.opus>
"""
