"""Builds 02_newsletter_men_after_prison_chatham.docx (run from inside this folder)."""
from docx import Document
from docx.shared import Pt

OUT = "02_newsletter_men_after_prison_chatham.docx"

doc = Document()
doc.add_paragraph("SYNTHETIC TRANSCRIPT - every name, number and address is invented.")
doc.add_heading("THE LONG WAY ROUND", level=0)
doc.add_paragraph("Newsletter of Second Stretch · peer support for men after prison · Chatham & Gillingham · "
                  "Issue 7, Spring 2024 · Edited by Lorna Achterberg")
doc.add_heading("\u201cIt's the one room where my past isn't the first thing in it\u201d", level=1)
doc.add_paragraph("Our member-led interview this issue: Gaz Whitlock (Gary to his mum) sits down with Kwabena "
                  "Asante-Maclean, who has been coming to Tuesday nights for two years and now co-runs the "
                  "newcomers' half hour. Questions are marked GW, answers KOBBY, which is what everyone calls him.")
cap = doc.add_paragraph()
r = cap.add_run("PHOTO: Kwabena (left) and Tomasz Wójcik setting out the chairs at the Old Ropery Café before a "
                "Tuesday session. Picture: Kev B., used with permission of both.")
r.italic = True

qa = [
    ("GW", "So, how did you end up with us?"),
    ("KOBBY", "Honestly? My probation officer, Ms Adebayo, more or less marched me to the door. I'd been out about "
              "six weeks. I was sleeping on my cousin Errol's sofa in Twydall, not really sleeping, and I'd stopped "
              "going anywhere I might see anyone from before. She said there's a group at the Ropery, all blokes "
              "who've done time, nobody's going to ask you anything. I said I'll think about it. She said, I'll see "
              "you there Tuesday. And she did. That first night I sat by the door with my coat on for two hours. Big Sol made me a tea without asking how I took it, "
              "got it right somehow, and just left it next to me. That was it. Nobody did the round-the-circle thing "
              "at me. One of the lads told a story about his first week back at Brindley Scaffolding, when the gaffer put him "
              "on the van with a lad he'd been inside with, and everyone was crying laughing. I thought, right, these "
              "are my people. I still didn't say a word till March."),
    ("GW", "People talk about the ground rules a lot. What are they, for you?"),
    ("KOBBY", "Three, really. What's said in the room stays in the room. You don't ask anyone what they were in "
              "for; if they want to tell you, they'll tell you. And no business: nobody sells anything, nobody "
              "borrows money, nobody brings anything in. That last one sounds harsh but it's what keeps it safe. "
              "There was a fella early on, I won't say who, who started offering lads cash-in-hand work, and it "
              "split the group for a couple of months. Some of the lads needed that money. But once there's money "
              "in a room, it's not a peer group any more, it's a yard. As for the newcomers' half hour: our old facilitator stepped back when his little girl was born, and the committee asked if I'd share it with Sol. I said no "
              "twice. Then I did it. Having a job in the group changed things for me. On a bad week I still come, "
              "because the chairs need putting out and the urn takes twenty minutes. That sounds daft but it's true. "
              "You're not just someone who needs help, you're someone the room needs. Inside, you're a number. "
              "Here you're the bloke who does the urn."),
    ("GW", "What's hard about it? And what would you tell a newcomer?"),
    ("KOBBY", "Being the success story. Commissioners love a success story. When the lady from the Probation "
              "Service came in January, they wanted me to stand up and say how I'd turned my life around. I'd had a "
              "rubbish week, my mum was in hospital, I'd had a row with my ex about contact. I went to Iron Tide "
              "after and hit the bag for an hour. I don't mind telling people it works. I mind being the poster. "
              "Also, and the committee knows this, the Ropery is brilliant but it's a café. They close at eight and "
              "sometimes we're in the middle of something heavy when the shutters come down. We need a room with a "
              "door, and a room we don't have to be grateful for. One practical thing for newcomers: sort your paperwork with someone sat beside you. When I came out I didn't even know my National "
              "Insurance number. One of the lads sat with me at the Jobcentre till we found it. Now it's burned into my brain, "
              "QQ 12 34 56 A, I could say it in my sleep. Don't go printing that, mind."),
]
for who, text in qa:
    p = doc.add_paragraph()
    b = p.add_run(who + ": ")
    b.bold = True
    p.add_run(text)

pq = doc.add_paragraph("\u201cYou're not just someone who needs help, you're someone the room needs.\u201d \u2014 Kwabena",
                       style="Intense Quote")
doc.add_paragraph("Words: G.W. (with thanks to the newsletter crew for the typing).")

doc.add_heading("Members' corner", level=2)
doc.add_paragraph("Happy 50th to Tomasz (b. 12.04.1974), cake after group on the 16th, and yes, you have to sing. "
                  "And to whoever keeps parking across the bins in the blue Astra, YK63 QBD: we know who you are.")
doc.add_paragraph("Frank conversations about money, housing and family are welcome on the second Tuesday of each "
                  "month, when the Nacro housing adviser drops in for the first half. New faces: you don't have to "
                  "talk, you don't have to come back, and nobody will ask. Samaritans are on 116 123, any time, "
                  "day or night.")
doc.add_paragraph("A big thank you to everyone who came to the peer network day in February. We were the only "
                  "group there run entirely by members, and three of you spoke on the panel. Next issue: what happens "
                  "to the group when a facilitator burns out, and who looks after the lookers-after.")

doc.add_heading("Contact box", level=2)
rows = [
    "GET IN TOUCH",
    "Where: Old Ropery Café, 14 Chandlers Wharf, Chatham ME4 4KC (side door, ring the bell)",
    "When: Tuesdays 6.30pm to 8pm, newcomers from 6pm",
    "Call or text Gaz: 07700 900 517",
    "Email: secondstretch@example.org",
    "Web: www.example.org/second-stretch   Instagram: @secondstretch.medway",
    "Not in a good place tonight? Call NHS 111 and choose the mental health option, or text SHOUT to 85258.",
]
t = doc.add_table(rows=len(rows), cols=1)
t.style = "Table Grid"
for i, txt in enumerate(rows):
    t.rows[i].cells[0].text = txt

doc.save(OUT)
print("wrote", OUT)
