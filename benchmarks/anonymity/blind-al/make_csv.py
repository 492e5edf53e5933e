"""Builds 04_recovery_cafe_survey.csv (survey free text, columns speaker,text).

Synthetic data only: every person, number, address, employer and venue is invented.
Row numbers in labels.csv are spreadsheet rows (header = row 1); some cells contain
line breaks, so physical lines and rows differ on purpose.
Run: python make_csv.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "04_recovery_cafe_survey.csv")

ROWS = [
    ("", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("", "Second Brew café - members' feedback survey (spring). Q1: What makes the café work for you? Please don't put your name or anyone else's."),
    ("R01", "Being around people who've been inside and get it. Nobody stares at my tag. Lou and Gaz on the counter treat you like a regular customer, not a case number, and they make sure everyone leaves with a naloxone kit."),
    ("Dean M", "Having a job to do. I do the till on Thursdays and it's the first time since I came out that anyone trusted me with money. My probation officer Ms Okafor says it counts towards my licence conditions."),
    ("R03", "Routine. Same time, same room, same mugs. When I was on the Hollington estate I'd go days without talking to anyone. Now Thursday is the day I get up for."),
    ("T. Wójcik", "For me the café is a place where nobody asks what you did. The rule is you don't ask, only if the person tells you. My English is not perfect but Lou gave me the coffee machine job, so I am barista now haha. Thank you. Tomasz"),
    ("anon", "The peer mentors. Knowing Frank did 8 years and now he leads the Tuesday walk along the seafront. If Frank can do it anyone can (he'll kill me for putting his name lol)"),
    ("R06", "Honestly the ground rules, we wrote them ourselves in week one:\n1. nobody comes in using\n2. no dealing, no lending money\n3. what's said at the table stays at the table\nBig Mick wanted a rule about no swearing and got outvoted 😂"),
    ("R07", "Having somewhere to be on a Thursday that isn't the Herring Gull. This time last year I'd have been in there by 11."),
    ("", "Q2: What gets in the way, or what would you change?"),
    ("R01", "The hall. Driftwood Mission Hall is lovely but the church lot want us out by 1 for their toddler group and you can feel them watching the clock."),
    ("R02", "When volunteers turn into staff. Some of the peer mentors started writing stuff down like key workers and people clam up. I've been on Buvidal since January and I don't want that discussed at the counter."),
    ("R03", "Money. I live at 41 Marramwick Terrace (approved premises) and after the bus fare I've got about £9 till Monday. Could the café do a hot meal and not just free coffee?"),
    ("R07", "Facilitation is all over the place. When the coordinator is off, Pete from the council runs it and he talks AT us like it's a probation group."),
    ("T. Wójcik", "Sometimes tension between people with long sentence and people with short sentence. Also people from Ore and people from the town centre, old beef from years ago. Nobody says it but you feel it."),
    ("anon", "When I was using I used to ring FRANK at 3am just to hear a voice. The café is better than that but it's only one day a week. What do we do the other six?"),
    ("R09", "I'm from Jersey originally, grew up in St Ouen, came over for seasonal work and ended up inside. The café is the first place here that felt like the parish back home. Only thing I'd change is the Wi-Fi."),
    ("R06", "The loud ones. Love them but they take over."),
    ("", "Q3: Anything else? If you'd like a call back from the coordinator, leave a number or email."),
    ("R01", "07700 900 733 after 4pm, ask for Reece. Not before 4, I'm at the food bank."),
    ("Dean M", "onedayatatime84@example.com - mainly about volunteering more. Also the café page https://www.example.net/secondbrew still says Wednesdays."),
    ("anon", "Can somebody help me with Universal Credit. The form wants my NI number and I've got it as QQ 40 71 28 C but it keeps rejecting. Is there a space missing?"),
    ("R06", "Can the café help with GP stuff? I'm registered at Rockhill Medical Centre but they lost my records from inside.\nNHS no 999 186 0916\nDOB 22.07.1983\nmy methadone is 40ml and I need it moved to the chemist near the café"),
    ("R07", "The café van, the blue Berlingo GK16 QXI, has been sitting outside since Christmas with a flat. If it got fixed we could do pickups from Bexhill."),
    ("Kelly Ashdown", "The crèche corner is the best bit. My kids can come and nobody treats them like prison kids. My youngest is at Furrow Lane Primary and the school want a letter saying I attend. If Lou can do one please post it to my mum's, 6 Samphirewell Walk, TN341MQ, not my place. Also please put it on insta @second_brew_hastings when the café is cancelled, I came all the way in on the bus last week for nothing."),
    ("R03", "Just thank you, everyone. First Christmas out and I wasn't on my own."),
]


def main():
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["speaker", "text"])
        for r in ROWS:
            w.writerow(r)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
