"""Builds 01_gurkha_families_zoom.vtt (Zoom-style captions with <v> voice tags).

Synthetic data only: every person, number, address, employer and venue is invented.
Run: python make_vtt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "01_gurkha_families_zoom.vtt")

CUES = [
    (None, "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("Room 2 (Host)", "Namaste everyone. I think the recording is on now. Welcome to the Sahayog Families Circle evaluation chat. This is Sushila. The university asked what makes our group work and what is difficult. Speak Nepali if you want, I will translate after."),
    ("Kanchha's iPhone", "Can you hear me? Sorry, I'm in the van. It's Kanchha. Well, it's Dambar\nGurung on the letters, but nobody calls me that. I'm parked outside the depot at Solent Quay Freight. For me what makes it work is nobody has to explain. My dad served twenty-eight years. Say pension in that hall and everybody knows the whole story. Joanna Lumley, the campaign, the lot."),
    ("Galaxy A13", "Hello? This is Mrs Limbu. My grandson set up the phone, so it shows the phone name."),
    ("Galaxy A13", "For me the group is like the married quarters in Hong Kong, the wives looked after each other. Here I was alone in the flat on Thornhill for four years after my husband died. Nobody knocked. Then Kopila came and knocked on the door."),
    ("KG", "That was me, yes. Kopila Ghale. It says K.G. on my badge because the hall staff can't spell it. The roles are the important thing. Everybody has a job. The boy with the van does the chairs and the tea urn. Bishnu didi does the prayer at the start. Anjali does the forms, because her English is the best."),
    ("Redmi Note 11", "Now everyone will send me their forms! But it's true. Last week I did Ba's council tax, one Gurkha Welfare Trust application and Mrs Rana's hospital letter. It's nice to be useful, but sometimes it is too much. I do nights at Brambleside Care Home, so I come to group already tired."),
    ("Room 2 (Host)", "That's a tension, we should write it down. The helpers get tired. Is our friend from the surgery still with us?"),
    ("iPad", "Sorry, on mute. Hollie Brennan, social prescriber at Larchwood Medical Practice. The older men we refer won't come to a talking group, but they will come for momo and cards. The food is the intervention."),
    ("Redmi Note 11", "Ba wants to speak, I'm giving him my phone."),
    ("Redmi Note 11", "Correct. I am Bhim Pun, ex-Gurkha, thirty years in. Men of my age, we don't say I am depressed. We say my head is heavy. In the group nobody makes me say the English word."),
    ("Kanchha's iPhone", "No pun intended, but Pun ba is the funniest man in that room once he's had his tea."),
    ("Room 2 (Host)", "The rules. We made three ground rules together at Dashain last year. One, what is said in the hall stays in the hall. Two, no politics, no arguing about the pension case. Three, respect the elders, but the elders also have to let the young ones speak."),
    ("Redmi Note 11", "Number three is the hard one."),
    ("Galaxy A13", "It is hard. Prem bhai left because of rule two. He wanted to talk about the pension every week, we said no, and he felt we silenced him. His wife still comes on Sundays."),
    ("Room 2 (Host)", "That is my job as facilitator. I'm not a counsellor, I did the twelve-week peer course. Some weeks I'm the facilitator and some weeks just the auntie from the next road."),
    ("Galaxy A13", "She is good. She lets the silence be. English groups, they are scared of silence."),
    ("Room 2 (Host)", "The hall matters too. Marlhill Community Hall is good because we can take our shoes off, there is a kitchen, and the caretaker allows a little incense. For new people, it's 22 Dunnockmere Road, and for the satnav put SO19 8MV, not the church postcode."),
    ("Galaxy A13", "I live with my grandson in Hedge End now, and he drives me. Very patient boy."),
    ("Redmi Note 11", "And the young ones are on WhatsApp, the elders want to sit in the hall. My sister-in-law won't come because she says it's aunties gossiping. Sorry, didi."),
    ("Galaxy A13", "We do gossip. It is also support."),
    ("Kanchha's iPhone", "Parking is the other problem. Last month somebody's grey Prius, HW19 QBT, blocked the minibus for an hour. But honestly, in the van when it's bad, I don't ring the GP, I don't ring Samaritans. I ring the aunties. That's the group really. It's not the Sunday, it's the phone."),
    ("Room 2 (Host)", "Which worries me. I am one person. If it is serious, ring 999 or the crisis line. We are not the emergency service."),
    ("Redmi Note 11", "While the surgery lady is here, Ba's referral came back again. His date of birth is wrong. The army record says 15/04/1949, but his citizenship says 3 Baisakh 2006, and somebody converted it wrong. His NHS number is nine nine nine, five two six, oh one eight two."),
    ("Room 2 (Host)", "Beti, maybe not on the recording! We can cut that bit out later."),
    ("iPad", "Message me after and I'll sort it with the practice manager."),
    ("KG", "What doesn't work? Money. The hall went up to thirty pounds an hour. We do the raffle at Tihar and the momo stall, but it's not enough. And I moved to Netley last year, so it is two buses. If the ICB panel says no again, I don't know. The young people must take over. Who will be Sushila after Sushila?"),
    ("Room 2 (Host)", "Don't say that, bahini, you'll make me cry on Zoom. For anybody listening later who wants to join, my number is oh seven seven double oh, nine double oh, two four six. Or email sahayog dot families at example dot org."),
    ("Room 2 (Host)", "Our Facebook page is at gorkhali dot parivar, and the sign-up form is on example dot org slash sahayog. Dhanyabad, everyone. Stopping the recording now."),
]


def ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return f"{h:02d}:{m:02d}:{s:06.3f}"


def main():
    out = ["WEBVTT", ""]
    t = 0.5
    for i, (voice, text) in enumerate(CUES, 1):
        dur = max(1.5, len(text.split()) / 2.6)
        out.append(str(i))
        out.append(f"{ts(t)} --> {ts(t + dur)}")
        lines = text.split("\n")
        if voice:
            lines[0] = f"<v {voice}>" + lines[0]
            lines[-1] = lines[-1] + "</v>"
        out.extend(lines)
        out.append("")
        t += dur + 0.4
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
