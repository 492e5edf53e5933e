"""Build ar02_newsletter_young_mums.odt (run from inside this folder).

Every paragraph is a top-level text:h or text:p in office:text, so odfpy
document order == paragraph numbering used in labels.csv.
The 'get in touch' box is a run of paragraphs with a bordered, shaded style.
"""
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P
from odf import teletype

OUT = "ar02_newsletter_young_mums.odt"

PARAS = [
    ("p", "SYNTHETIC TRANSCRIPT - every name, number and address is invented."),
    ("h1", "Mums' Matters | Issue 14 | Spring 2024"),
    ("h2", "\u201cNobody tuts at you here\u201d: a year at the Nest"),
    ("byline", "Words by Chantelle Marsden, member and now co-host. Photos removed at members' request."),
    ("p", "When I found out I was pregnant with Ivy I was sixteen and in Year 12 at Winstanley Heath Academy. By the time she was born, on 2/2/22 (yes, a Twosday baby), I'd stopped going in, stopped answering my phone and mostly stopped leaving my nan's house on the Norley Hall estate. My health visitor, Bridget, kept mentioning \u201ca little group on Tuesdays\u201d. I kept saying I'd think about it. I didn't."),
    ("p", "What got me there in the end was Nanna Pat. She put the pram in the boot and drove me to the Brickfield Centre herself. I sat in the car park crying for twenty minutes. Then a girl knocked on the window holding two brews and said, \u201cYou coming in or what? It's warmer inside.\u201d That was Jade. She's been my best mate ever since."),
    ("h3", "Why it works"),
    ("p", "I asked a few of the girls what the Nest means to them. Jade, 19 now, said: \u201cEverywhere else you get looked at. On the bus, at the doctor's, in Asda. Here nobody tuts. Everyone's been up at 3am with a screaming baby and a head full of horrible thoughts, so you don't have to explain.\u201d"),
    ("p", "Precious, who came over from Lagos when she was fifteen, says the thing she values most is being asked to do stuff: \u201cAfter Tobi was born I felt useless. Kayleigh asked me to run the sling library because I knew all the knots from home. Now girls ring me. I am the sling lady! It gave me back something precious.\u201d (We've told her that line is now her catchphrase.)"),
    ("p", "For Ma\u0142gosia W\u00f3jcik, who joined last spring, it was the ground rules. \u201cIn Poland I would never say I had depression after the baby. Here the first rule on the wall is \u2018no judging, no fixing unless asked\u2019. I read it ten times the first day.\u201d"),
    ("p", "Our facilitator is quick to say she doesn't \u201crun\u201d anything. \u201cI unlock the door, I bring the biscuits, I step in if someone's in danger. The mums do the rest.\u201d Before the hub she was a nursery nurse at Pebblebrook Nursery for eight years, so nothing a toddler does can shock her, and she never, ever takes over when one of us is talking."),
    ("h3", "The rules (our version)"),
    ("p", "We made them ourselves, on flipchart paper, with glitter (there were toddlers involved). No judging. Phones away unless it's about your baby. What's said at the Nest stays at the Nest. Nobody has to talk. Everybody gets a brew."),
    ("h3", "The hard bits"),
    ("p", "It's not all sunshine. Last autumn we nearly fell apart when the council said our room was being \u201crepurposed\u201d and we'd have to use a side room at the library with no baby change. Some of the older mums (older = 22, lol) wanted to move to the hub in town. Girls from Platt Bridge said they couldn't afford two buses. There was a proper row on the group chat. Our facilitator says that's normal: \u201cgroups that matter to people have arguments about them.\u201d"),
    ("p", "There's also a tension about who the group is for. Social workers started \u201csending\u201d girls, and a couple of them felt watched. Kayleigh is really clear she's not there to report on anyone unless a kid is at risk, but it took a while for people to believe it. Having mums co-hosting helps. We're not staff. I still do Saturdays at Hollins Bakery (hiya Mr Halliwell if you're reading!) so I'm hardly management."),
    ("h3", "What's next"),
    ("p", "We've got funding from the council until March, and the hub minibus (reg PN21 QKL, give us a wave) now does a loop round Worsley Mesnes and Platt Bridge on Tuesday mornings. Dee the driver is an angel. My nan has started knitting a cardigan for every new baby. Ivy, now two, thinks the group belongs to her. Some days we're like birds in a nest, all mouths open, all needing feeding at once, and somehow there's enough to go round."),
    ("p", "If you're a young mum (under 25) anywhere in the borough and you're struggling, please just come. You don't have to say anything. You can sit in the car park for twenty minutes first. We've all done it."),
    ("signoff", "\u2014 Chantelle x"),
    ("boxhead", "GET IN TOUCH"),
    ("box", "The Nest: young mums' peer support, Tuesdays 10am\u201312pm (term time)"),
    ("box", "Brickfield Centre, 27 Kestrel Fold, Worsley Mesnes, Wigan WN3 5KV (buggy ramp round the side)"),
    ("box", "Kayleigh Ashurst, family support worker: 07700 900 256 (call or text, Mon\u2013Fri)"),
    ("box", "Hub reception: 01632 960418"),
    ("box", "Email: youngmums.brickfield@example.org"),
    ("box", "Web: www.example.org/youngmums-wigan | Insta: @tired.mum.diaries (run by Jade)"),
    ("box", "Feeling unsafe right now? Call Samaritans free on 116 123, or NHS 111 and choose the mental health option."),
]


def build():
    doc = OpenDocumentText()
    st = doc.styles
    auto = doc.automaticstyles

    def pstyle(name, family="paragraph", auto_style=False, **kw):
        s = Style(name=name, family=family)
        tp = {k[3:]: v for k, v in kw.items() if k.startswith("tp_")}
        pp = {k[3:]: v for k, v in kw.items() if k.startswith("pp_")}
        if tp:
            s.addElement(TextProperties(**{k.replace("_", ""): v for k, v in tp.items()}))
        if pp:
            s.addElement(ParagraphProperties(**{k.replace("_", ""): v for k, v in pp.items()}))
        (auto if auto_style else st).addElement(s)
        return s

    styles = {
        "h1": pstyle("Heading 1", tp_fontsize="20pt", tp_fontweight="bold"),
        "h2": pstyle("Heading 2", tp_fontsize="16pt", tp_fontweight="bold", tp_fontstyle="italic"),
        "h3": pstyle("Heading 3", tp_fontsize="13pt", tp_fontweight="bold"),
        "p": pstyle("Body", pp_marginbottom="0.2cm"),
        "byline": pstyle("Byline", tp_fontstyle="italic"),
        "signoff": pstyle("Signoff", pp_textalign="end"),
        "boxhead": pstyle("BoxHead", tp_fontweight="bold", pp_border="0.06pt solid #000000",
                          pp_backgroundcolor="#fde9d9", pp_padding="0.15cm"),
        "box": pstyle("Box", pp_border="0.06pt solid #000000", pp_backgroundcolor="#fde9d9",
                      pp_padding="0.15cm"),
    }
    levels = {"h1": 1, "h2": 2, "h3": 3}
    for kind, txt in PARAS:
        if kind in levels:
            el = H(outlinelevel=levels[kind], stylename=styles[kind])
        else:
            el = P(stylename=styles[kind])
        teletype.addTextToElement(el, txt)
        doc.text.addElement(el)
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
