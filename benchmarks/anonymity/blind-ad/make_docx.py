"""Write ad05.docx: report of a co-production workshop with a Chinese and Vietnamese
community wellbeing group (Manchester). BLOCKS are written in order: ('p', text),
('h', text) for a heading paragraph, ('table', rows) for the participants' table."""
import os
import docx

HERE = os.path.dirname(os.path.abspath(__file__))

BLOCKS = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h", "Co-production workshop report: Chinese and Vietnamese community wellbeing group"),
    ("p", "Workshop held at Jade Gate Community Centre, 27 Wellfield Walk, Longsight, M13 0KV, on Saturday 7 November 2026. Notes by the peer facilitator team; draft, not yet anonymised. Interpreting was provided in Cantonese, Mandarin and Vietnamese."),
    ("table", [
        ["First name", "Role", "Organisation"],
        ["Mei", "Peer facilitator", "Jade Gate Community Centre"],
        ["Siu-ming", "Member (chef)", "Golden Crane Restaurant"],
        ["Hoa", "Member", "Lucky Tips Nail Bar"],
        ["Minh", "Volunteer interpreter", "Kam Fat Supermarket"],
        ["Thúy", "Member", "Pho Saigon Star"],
        ["Lan", "Member (retired)", "-"],
        ["Daniel", "Pastor", "Grace Harvest Chinese Church"],
        ["Helen", "Commissioner", "NHS Greater Manchester"],
    ]),
    ("h", "What makes the group work"),
    ("p", "The facilitator opened by asking everyone what \"wellbeing\" means in their own language. One member, a chef, said there is no easy word for it in Cantonese, and that in his family you \"eat bitterness\" and say nothing. His passport says Xiaoming, because the Home Office used the Mandarin spelling, but everyone in Chinatown has called him Siu-ming since he arrived from Hong Kong. \"Two names, one tired chef,\" he said."),
    ("p", "Hoa said the group works because it is the only place she can talk about feelings in Vietnamese without it getting back to her family. Her surname is Nguyễn, but on every hospital letter it is Nguyen, and once her appointment went to a different family on the same road. She works long hours at the nail bar and said the Sunday afternoon slot is the only time that works: \"Weekdays are for customers, Sunday is for me.\""),
    ("p", "Minh, who interprets for the group, described how often he is asked to fill in forms for older members. At the last session he helped Auntie Lan with a pension letter and, without thinking, read out her date of birth, 22 Sept 1951, and her National Insurance number, ZZ 73 10 45 D, to the whole table. Everyone agreed the group needs a private corner for form-filling. His own surname is written Trần on his Vietnamese documents and Tran on his staff badge at the supermarket."),
    ("p", "Thúy (Thuy on her work rota) said the restaurant trade makes it hard to come to anything. She works at Pho Saigon Star, which has been busy since it went viral on Instagram as @PhoSaigonStarMCR. She said the group's WeChat and Zalo chats are the real lifeline: \"At 2am after a shift I can message, and someone answers.\" Older members prefer WeChat; younger Vietnamese members prefer Zalo. Lan's grandson set up her WeChat, and she now posts in it every morning."),
    ("h", "Faith, food and family"),
    ("p", "Pastor Daniel Cheung explained that the church in Cheetham Hill has hosted a Mandarin-speaking mums' group for three years. He said stigma is the biggest barrier across Manchester: \"People will come to the church for rice, not for 'mental health'.\" He suggested the group keep calling itself a wellbeing circle. He also offered the church minibus; the registration is MA67 QLR and it seats twelve."),
    ("p", "Food came up again and again. The chef offered to cook for the Lunar New Year session in February, and others offered to bring bánh chưng for Tết. Several people said the Mid-Autumn Festival gathering last year was the first time they had talked to anyone outside the family about low mood."),
    ("p", "Several members described how hard it is to explain low mood to a GP through a family interpreter, often a teenage son or daughter. One older member said she would rather say nothing than have her grandson translate her feelings. Another member agreed: in the nail bar, customers tell her everything, but she has nobody to tell. The group felt that peer facilitators who share the language, and who have been through it themselves, are the reason people come back week after week. A shared meal at the start, and no forms in the first session, were named as the two simplest things that make it work."),
    ("h", "Commissioner reflections"),
    ("p", "Helen Ashworth said the group reaches people that mainstream services do not, and asked what data would help the funding case. The facilitator explained that many members will not give an NHS number; one member did bring her card, 999 268 0148, and was upset when it was photocopied without asking. She agreed that outcome forms would be optional and that the group could count attendance rather than record names."),
    ("h", "Practical actions"),
    ("p", "Contact for the group remains the centre office on 0161 496 0731, or the facilitator's mobile, +44 (0)7700 900187, and the shared inbox wellbeing.jadegate@example.org. Session dates and translated leaflets will go on www.example.net/jadegate-wellbeing. Crisis information will list NHS 111, Samaritans and Citizens Advice alongside a Cantonese-speaking volunteer line, and the interpreter will ask Mind about translated resources. The next workshop is planned for a Sunday in January; members from m8  5ic (the flats behind the church) asked for a venue nearer home."),
]


def main():
    d = docx.Document()
    for kind, content in BLOCKS:
        if kind == "p":
            d.add_paragraph(content)
        elif kind == "h":
            d.add_heading(content, level=2)
        else:
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for r, row in enumerate(content):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    d.save(os.path.join(HERE, "ad05.docx"))


if __name__ == "__main__":
    main()
