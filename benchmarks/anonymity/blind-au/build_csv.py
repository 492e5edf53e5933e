"""Builds 04_notetaker_parents_additional_needs_maidstone.csv (run from inside this folder).
One record per physical line (no embedded newlines), columns speaker,text,start,end."""
import csv

OUT = "04_notetaker_parents_additional_needs_maidstone.csv"
rows = [
    ("Speaker 1", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Speaker 1", "Okay, I think the notetaker's on, it'll email everyone a summary after. Welcome to Stepping Stones, "
               "Thursday parents. For anyone new, I'm Ruth, I've got two on the spectrum and I've been running this "
               "group about four years, though running is a strong word, it mostly runs itself."),
    ("Speaker 2", "Hi, sorry, it's come up as Speaker 2 on here, I'm Leanne. My son's Ezra, he's nine, he's at "
                  "Oakhurst Park School now after basically a year out of school."),
    ("Speaker 1", "Welcome, welcome. We usually go round with one good thing and one hard thing. Hope, do you want to "
               "kick off?"),
    ("Hope A.", "Good thing, Kai had his EHCP annual review and Mrs Fenwick, the SENCo, had actually read the "
                "report before the meeting, first time ever. Hard thing is transport. They've changed the taxi "
                "firm and the new driver doesn't know him, so he screamed the whole way down the A229 on Monday."),
    ("Marek", "Can I jump in on transport? Same for us. We're out in Coxheath, there's no bus after six, and the "
              "council offered a personal transport budget instead. So I drive him myself now. I had to drop to "
              "three days at Hadlow Freight to do it, and that's the money gone anyway."),
    ("Speaker 4", "Sorry, my connection is bad. Mark, did you get the blue badge in the end? We got ours, it's on "
                  "the Corsa, LB18 QOT, and it's made a massive difference at the hospital."),
    ("Marek", "Yeah, we got it. It's Marek, by the way, not Mark, the notetaker always does that to me."),
    ("Speaker 1", "What I really want to talk about tonight is how we use the room. We've got the back room at "
               "Medlar House till July, and they've said we can't have the kids in the soft-play side any more "
               "because of insurance. Which matters, because half of you can't come if there's no childcare."),
    ("Speaker 2", "That's the thing for me. I can't come without Ezra. My mum used to have him on Thursdays, but "
                  "she's in hospital at the moment, so it's him or nothing."),
    ("Hope A.", "And the tension is, it's a parents' group. If the kids are in the room, we don't say the real "
                "stuff. I can't say I'm furious with my son with him sat there with his tablet. I love him to bits "
                "and some weeks I need to say out loud that I can't do this any more."),
    ("Speaker 4", "There's a Facebook group as well, @MaidstoneSENDswap, for swapping uniform and ear defenders, "
                  "but honestly it can get nasty. Someone posted a photo of Sandy's school gate with the name on "
                  "and I had to beg them to take it down."),
    ("Speaker 1", "Which is why our ground rules say no photos and no naming schools outside this group. Speaking "
               "of forms, Leanne, for the short breaks referral I'll need Ezra's NHS number and date of birth."),
    ("Speaker 2", "It's 999 312 4567. Date of birth seventeenth of the sixth twenty fifteen. Dr Okafor at the "
                  "child development centre has all of it too, if they lose it again."),
    ("Speaker 1", "Lovely. Send anything like that to thursday.parents@example.org, not to my personal one, and I'll "
               "delete it once it's done."),
    ("Marek", "Another thing that works is having one of us do the new-parent phone calls. When we started, nobody rang us "
              "back for three weeks, and we nearly didn't come."),
    ("Hope A.", "I like having a job. It makes me come even when I'm knackered. If anyone new needs me, it's "
                "01632 960118, I don't mind texts at night, I'm up anyway with Kai."),
    ("Speaker 4", "I'll say the hard thing. I feel like the group's quite Shepway-heavy. It's the same four or five "
                  "of you who know each other from the estate and the school run, and when I started I felt like "
                  "the outsider for months. Nobody meant it, but it's there."),
    ("Speaker 1", "That's fair, and thank you for saying it. Maybe we do a buddy thing for new people. I'll also put "
               "the Contact and IPSEA links in the chat, those are the national ones, and the local parent carer "
               "forum at example.com/kent-send-voices. And Kent County Council have a new local offer page."),
    ("Speaker 2", "My carer's allowance form wants my NI number, can I ask someone after? I can never remember it. "
                  "ZZ 48 27 16 C I think, I'll check the letter."),
    ("Speaker 2", "Oh and if anyone's near, I'm at 23 Foxglove Rise, ME15 8OV, round the back of the Co-op. Happy "
                  "to do a coffee morning while he's at school, the kettle's always on."),
    ("Speaker 1", "Ha, fair. Right, we're at time. Same again next Thursday, 7pm. The nurse is coming on the 21st to "
               "talk about melatonin, and somebody remind me to bring the biscuits. Thanks all, look after "
               "yourselves."),
]

def ts(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)

t = 0
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["speaker", "text", "start", "end"])
    for spk, text in rows:
        assert "\n" not in text and '"' not in text
        dur = max(3, len(text.split()) // 2)
        w.writerow([spk, text, ts(t), ts(t + dur)])
        t += dur + 2
print("wrote", OUT)
