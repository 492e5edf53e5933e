"""Detectors of identifiers in one piece of text: the kinds, the patterns and the word lists behind them.

The anonymity gate (``pipeline.anonymity``) runs these over every character a transcript gives the
pipeline. Recall matters more than precision there: a missed name leaves in a report, a false alarm
costs one decision in the review sheet. Where Presidio has a recogniser for a kind it is used
(e-mail, URL, UK postcode, NHS number with its checksum, UK vehicle registration; phone numbers through
Google's ``phonenumbers``, as Presidio does); the patterns kept here cover what Presidio has none for or
misses in speech (numbers and addresses read aloud, odd spacing, half postcodes, handles, National
Insurance numbers with a test prefix, dates of birth, addresses), each with its reason beside it.

Names come from three sources, because transcribed speech has names in any case and of any origin:
spaCy's entities and proper nouns, runs of capitalised words, and a gazetteer of first names of many
origins (``pipeline/lexicons/first_names.txt``, built by ``pipeline/lexicons/build.py`` from Faker's
person providers, MIT licence). A first name that is also an English word ("mark", "rose", "will") is a
name only where the words around it say so ("me and rose went", "mark said"); ordinary English words are
those in lower case in Webster's Second International (public domain, from the ``english-words``
package, MIT licence).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = (
    "name",
    "phone",
    "email",
    "postcode",
    "nhs_number",
    "ni_number",
    "street_address",
    "date_of_birth",
    "url",
    "handle",
    "car_registration",
    "place",
    "workplace",
)
KIND_LABELS = {
    "name": "PERSON",
    "phone": "PHONE",
    "email": "EMAIL",
    "postcode": "POSTCODE",
    "nhs_number": "NHS_NUMBER",
    "ni_number": "NI_NUMBER",
    "street_address": "ADDRESS",
    "date_of_birth": "DATE_OF_BIRTH",
    "url": "URL",
    "handle": "HANDLE",
    "car_registration": "VEHICLE",
    "place": "PLACE",
    "workplace": "WORKPLACE",
}
LEXICONS = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class Finding:
    """A possible identifier: where it is and what kind, never the text itself."""

    start: int
    end: int
    kind: str
    detector: str = "pattern"


MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
ANY_YEAR = r"(?:\d{4}|['\u2019]?\d{2})"  # "'74" written for 1974 too
BIRTH_YEAR = r"(?:19\d\d|200\d|201[0-2])"  # old enough to be in a group now
ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_WORDS})"


UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# a year read aloud: "nineteen seventy-two", "nineteen oh five", "two thousand and eight"
SPOKEN_YEAR = (
    rf"(?:nineteen\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{UNITS})?|oh[- ]{UNITS}"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    rf"|two[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?:{UNITS}|ten|eleven|twelve))?)"  # "two-thousand-and-six"
)
# "twenty fifteen", "twenty oh nine": after "date of birth" only, since this decade's meetings are said so too
TWENTY_YEAR = (
    rf"(?:twenty[\s-]+(?:oh[\s-]+{UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    rf"|nineteen|twenty(?:[\s-]+{UNITS})?))"
)


# a year said short, after "date of birth": "the ninth of October ninety-five", "oh three"
SHORT_SPOKEN_YEAR = rf"(?:(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{UNITS})?|oh[- ]{UNITS})"


def full_date(year: str) -> str:
    """A day, month and year: 3/4/1971, 12.05.1968, 4th March 1980, 2nd of August 1966, May 3rd 1988."""
    return (
        rf"(?:\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{year}\b|\b{BIRTH_YEAR}-\d\d-\d\d\b|\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\s*,?\s+{year}\b"
        rf"|\b{MONTH}\s+{DAY},?\s+{year}\b)"
    )


# digits spoken one by one, as people read out a phone number ("oh seven seven double oh, nine hundred")
NUMBER_WORD = (
    r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple|hundred|plus|\d{1,5}"
    r"|dim|un|dau|tri|pedwar|pump|chwech|saith|wyth|naw)"  # and in Welsh: "dim saith saith dim dim"
)
STREET_TYPES = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Terrace|Place|Gardens|Court|Hill|Parade|Row"
    r"|Mews|Walk|Green|Park|Square|Grove|Rise|View|Vale|Estate|Heights|House|Flats|Mansions|Tower|Yard|Wharf|Quay"
    r"|Croft|Circus|Gate|Wynd|Brae|Chase|Fold|Meadows?|Orchard|Boulevard|Embankment|Cottages?|Gardens|Villas|Lodge"
    r"|Mount|Bank|Side|End|Hollow|Nook|Paddock|Rd\.|Loan|Vennel|Gait|Causeway|Brow|Drove)"
)
# UK postcode areas, for a district named alone ("I'm in BS7"): two letters and a digit that are not an area
# are a pseudonym label, a model number or a grade
POSTCODE_AREAS = [
    "AB",
    "AL",
    "BA",
    "BB",
    "BD",
    "BH",
    "BL",
    "BN",
    "BR",
    "BS",
    "BT",
    "CA",
    "CB",
    "CF",
    "CH",
    "CM",
    "CO",
    "CR",
    "CT",
    "CV",
    "CW",
    "DA",
    "DD",
    "DE",
    "DG",
    "DH",
    "DL",
    "DN",
    "DT",
    "DY",
    "EC",
    "EH",
    "EN",
    "EX",
    "FK",
    "FY",
    "GL",
    "GU",
    "HA",
    "HD",
    "HG",
    "HP",
    "HR",
    "HS",
    "HU",
    "HX",
    "IG",
    "IP",
    "IV",
    "KA",
    "KT",
    "KW",
    "KY",
    "LA",
    "LD",
    "LE",
    "LL",
    "LN",
    "LS",
    "LU",
    "ME",
    "MK",
    "ML",
    "NE",
    "NG",
    "NN",
    "NP",
    "NR",
    "NW",
    "OL",
    "OX",
    "PA",
    "PE",
    "PH",
    "PL",
    "PO",
    "PR",
    "RG",
    "RH",
    "RM",
    "SA",
    "SE",
    "SG",
    "SK",
    "SL",
    "SM",
    "SN",
    "SO",
    "SP",
    "SR",
    "SS",
    "ST",
    "SW",
    "SY",
    "TA",
    "TD",
    "TF",
    "TN",
    "TQ",
    "TR",
    "TS",
    "TW",
    "UB",
    "WA",
    "WC",
    "WD",
    "WF",
    "WN",
    "WR",
    "WS",
    "WV",
    "YO",
    "ZE",
]

# the kinds of place a workplace's name ends in, and those Welsh, Gaelic and Irish names start with
WORKPLACE_HEADS = (
    r"Hospital|Infirmary|School|Primary|Academy|College|University"
    r"|Surgery|Medical Centre|Health Centre|Prison|High|Comprehensive|Grammar|Garden Centre|Nursery|Farm|Garage"
    r"|Salon|Bakery|Works|Mill|Depot|Ltd|Limited|Hotel|Care Home|Practice|Ward|Shop|Stores|Books|Bookshop"
    r"|Pharmacy|Chemist|Motors|Takeaway|Restaurant|Caf[eé]|Kitchen|Barbers?|Florists?|Foods|Sweets?|Sweet Centre"
    r"|Bakers|Butchers?|Builders|Couriers|Haulage|Logistics|Joinery|Fisheries|Dairy|Kennels|Stables|Transcription"
    r"|Secretarial|Learning Centre|Bike Shop|Fish Bar|Chippy|Counselling|Construction|Fabrications?|Engineering"
    r"|Staffing|Recruitment|Personnel|Nails|Nail Bar|Cabs|Taxis|Coaches"
    r"|Ambulance Station|Fire Station|Police Station|Lifeboat Station|Coastguard Station"
)
WORKPLACE_HEADS_FIRST = (
    r"ysgol|sgoil|scoil|bunscoil|gaelscoil|meddygfa|canolfan|ysbyty|neuadd|capel|eglwys|tafarn|gwesty|tigh|taigh"
    r"|coláiste|bun-sgoil"
)
OWN_PATTERNS: dict[str, re.Pattern[str]] = {
    # phonenumbers does not match a number read aloud, nor one split by dots in three groups
    "phone": re.compile(
        rf"(?<![\w+])(?:\+44[\s.-]?\(?0?\)?[\s.-]?|\(?0)\d(?:\)?[\s.-]?\d){{8,9}}\b"
        rf"|\b{NUMBER_WORD}(?:[\s,.-]+{NUMBER_WORD}){{6,}}\b",
        re.IGNORECASE,
    ),
    # "jo dot smith at example dot com", as e-mails are said aloud
    "email": re.compile(
        rf"\b[\w-]+(?:\.[\w-]+)*(?:\s+(?:(?:dot|underscore|dash|hyphen)\s+[\w-]+|{NUMBER_WORD}))*\s+(?:at|@)\s+[\w-]+"
        r"(?:\s+dot\s+[a-z]{2,12}){1,3}\b",
        re.IGNORECASE,
    ),
    # odd spacing Presidio's postcode does not allow ("BS 7 8AH", two spaces), and a district named alone
    "postcode": re.compile(
        r"\b[A-Z]{1,2}\s?\d[A-Z\d]?\s{0,3}\d[A-Z]{2}\b"  # any letters: a mistyped postcode still points home
        # a space inside the inward code, in capitals after a real area ("RG6 7 CK"): in any case "P1 4 am" is one
        rf"|(?-i:\b(?:{'|'.join(POSTCODE_AREAS)})\d[A-Z\d]?\s{{1,3}}\d\s[A-Z]{{2}}\b)"
        rf"|\b(?:{'|'.join(POSTCODE_AREAS)})[1-9]\d?[A-Z]?\b",  # no district starts with 0: "ca01" is an id
        re.IGNORECASE,
    ),
    # a current-style plate in any letters and case ("sk19 qnd"): Presidio's refuses letters never issued
    # and, in capitals, the suffix style of 1963-83 Presidio's has none of ("VJQ 433T", kept on a classic car)
    "car_registration": re.compile(
        r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|(?-i:\b[A-Z]{3}\s?\d{1,3}[A-Z]\b)"
        # Northern Ireland's plates, in capitals: three letters with an I or a Z, three or four digits ("OIZ 7423")
        r"|(?-i:\b(?=[A-Z]{3}\s?\d{3,4}\b)[A-Z]{0,2}[IZ][A-Z]{0,2}\s?\d{3,4}\b)",
        re.IGNORECASE,
    ),
    # Presidio's recogniser refuses prefixes never issued (QQ is the documented example); a number in the
    # shape of one in a transcript is still someone's, or a typo of it
    "ni_number": re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE),
    "street_address": re.compile(
        # a Scots flat by its floor and door before the number: "2/1, 61 Craigowan Wynd"
        rf"\b(?:(?i:flat|apartment|apt|unit|room)\s+\d{{1,4}}(?:/\d{{1,3}})?[a-zA-Z]?,?\s+|(?i:number)\s+"
        rf"|\d{{1,2}}/\d{{1,2}},?\s+)?"
        # a range of numbers for a block: "2-48 Harrowden Close"
        rf"\d{{1,4}}(?:[-\u2013]\d{{1,4}})?[a-zA-Z]?,?\s+(?:on\s+)?(?:(?:[A-Za-z][a-z']+\s+){{1,3}}(?i:{STREET_TYPES})\b(?!-)"
        # Welsh, Gaelic and Irish streets name their kind first: "12 Heol y Parc", "3 Rathad na Creige"
        # ("6 Rhodfa'r Môr": the article joined to the kind)
        r"|(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Clos|Cilgant|Teras|Rhes|Cae|Maes|Rathad|Sr[aàá]id|B[oó]thar|L[aá]na|Ascaill|Cnoc)(?:['\u2019]r)?\s+"
        r"(?:[\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)"
        # a pitch on a site, a plot or a mooring, named without a street: "Pitch 14, Marshside Meadow"
        r"|\b(?i:pitch|plot|berth|mooring|unit)\s+\d{1,3}[a-zA-Z]?,\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+"
    ),
    # a full date after "born", "date of birth" or "birthday", or any full date of a year a member could be born in
    "date_of_birth": re.compile(
        rf"\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birthday(?:'s|\s+is)?)\b"
        # a date with its year, in the next sentence too ("date of birth on the last one. I put fourteenth of the
        # ninth, sixty-two")
        rf"(?:[^!\n\d]{{0,40}}?(?:{full_date(f'(?:{ANY_YEAR}|{SPOKEN_YEAR}|{TWENTY_YEAR}|{SHORT_SPOKEN_YEAR})')}"
        # the month by its number: "twenty-third of the ninth, eighty-one"
        rf"|(?:the\s+)?{DAY}\s+of\s+the\s+(?:{ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th))(?:\s+month)?,?\s+"
        rf"(?:{ANY_YEAR}|{SPOKEN_YEAR}|{TWENTY_YEAR}|{SHORT_SPOKEN_YEAR})\b)"
        # a day and month without a year only within the sentence: "full postcode and date of birth. I take venues
        # to panel on the first of May" is none
        rf"|(?::\s*)?[^!?.\n\d]{{0,40}}?(?:(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\b|{MONTH}\s+{DAY}\b))"
        rf"|{full_date(BIRTH_YEAR)}|{full_date(SPOKEN_YEAR)}"
        # a written date with a two-digit year a member could be born in ("12.05.88", "3.11.07"); this year's
        # meetings ("14/03/24") are no one's birthday
        r"|\b(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:[3-9]\d|0\d|1[0-2])\b(?![/.]\d)",
        re.IGNORECASE,
    ),
    # handles: @name, and "jo underscore smith" as said aloud
    "handle": re.compile(
        rf"(?<![\w.@])@[A-Za-z0-9_.]{{2,30}}\b"
        rf"|\b(?:at(?:\s+sign,?)?\s+)?\w+(?:\s+underscore\s+[\w-]+(?:\s+{NUMBER_WORD}\b)*)+\b"
        # typed without the @: "its cwtch.queen04", "add lemontea_mk" (a file name has its extension's letters)
        # ("O_o", "t_t" are faces)
        r"|(?<![\w.@/])(?=[\w.]{5})[a-z][a-z0-9]*(?:[._][a-z0-9]+)*(?:_[a-z0-9]{2,}|\.[a-z]*\d[a-z0-9]*)(?![\w@/]|\.\w)",
        re.IGNORECASE,
    ),
    # a title and a capitalised word is a name however unusual the name ("Dr Okafor", "Mr Tolliver")
    "name": re.compile(
        # only an abbreviation takes a stop: "Councillor. Go ahead" is a sentence, not a councillor's name
        r"\b(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Cllr)\.?|Miss|Professor|Sister|Nurse|Father|Councillor)\s+[A-Z][\w'\u2019-]+"
    ),
    # a named school, hospital or employer: a capitalised name before the kind of place
    "workplace": re.compile(
        rf"\b(?:St\.?\s+)?(?:(?!The\b)[A-Z][\w'\u2019]+(?:-[\w'\u2019]+)*\s+){{1,3}}(?:{WORKPLACE_HEADS})\b"
        # and whom a school or a home is for: "Wyvern Hill School for the Deaf", "Rosemount Home for the Blind"
        r"(?:\s+for\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\b)?"
        # Welsh, Gaelic and Irish names put the kind of place first: "ysgol gyfun cwm ffrwd", "Sgoil Chnoc na Mòna"
        rf"|(?i:\b(?:{WORKPLACE_HEADS_FIRST})(?:['\u2019]r)?\s+"
        # capitalised, the name ends at the first word that is not ("Meddygfa'r Dderwen last month"); in lower
        # case it runs up to four words
        r"(?:(?-i:[A-Z][\w'\u2019-]*(?:\s+(?:(?:y|yr|na|an|a|ac)\s+)?[A-Z][\w'\u2019-]*){0,3})(?![\w'\u2019-])|"
        r"(?:(?!(?:dont|don't|cant|can't|wont|isnt|is|was|and|but|on|in|at|for|the)\b)"
        r"[^\W\d_][\w'\u2019-]*\s*){1,4}))(?<!\s)"
    ),
}
# schemeless addresses of these endings are web addresses even without a path ("example.org");
# other endings need a path, or "done.it" in typed speech would be one
BARE_DOMAIN_ENDINGS = ("com", "org", "net", "uk", "io", "ly", "ee", "me", "tv", "app", "info", "co")


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number's modulus-11 check digit: weights 10..2 on the first nine digits."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


class OfflineEmailRecognizer:
    """Presidio's e-mail recogniser, with its top-level-domain check on the list tldextract ships: its
    default fetches the public suffix list from the internet at first use, and nothing may be downloaded."""

    def __new__(cls) -> Any:
        import tldextract
        from presidio_analyzer.predefined_recognizers import EmailRecognizer

        extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

        class Recognizer(EmailRecognizer):
            def validate_result(self, pattern_text: str) -> bool:
                return bool(extract(pattern_text).fqdn)

        return Recognizer()


@functools.cache
def presidio_recognizers() -> list[tuple[str, Any]]:
    """Presidio's recognisers for the kinds it covers, each with the gate's kind."""
    from presidio_analyzer.predefined_recognizers import (
        NhsRecognizer,
        PhoneRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
        UrlRecognizer,
    )

    return [
        ("email", OfflineEmailRecognizer()),
        ("url", UrlRecognizer()),
        # leniency 0 (possible numbers): Ofcom's drama ranges, and many real numbers, are not "valid" ones
        ("phone", PhoneRecognizer(supported_regions=("GB",), leniency=0)),
        ("postcode", UkPostcodeRecognizer()),
        ("nhs_number", NhsRecognizer()),
        ("car_registration", UkVehicleRegistrationRecognizer()),
    ]


TRAILING = ".,;:!?)'\"\u2019"


def keep_presidio(kind: str, text: str, score: float) -> bool:
    """Presidio's matches the gate keeps: its low-scored guesses are refused where speech makes them common."""
    digits = re.sub(r"\D", "", text)
    if kind == "phone":  # "116 123", "12 34 56": a phone number has ten or eleven digits
        return len(digits.removeprefix("44")) >= 10 and not is_freephone(text)
    if kind == "car_registration" and score < 0.5:  # old-style plates match "P1 and"; capitals only
        return text.upper() == text and not re.search(r"\s[a-z]", text)
    if kind == "url" and TOOL_SITE.search(text):
        return False  # a transcription or meeting tool's own address ("Transcribed by https://otter.ai"): nobody's
    if kind == "url" and not re.match(r"(?i)(https?://|www\.)", text) and "/" not in text:
        return text.rsplit(".", 1)[-1].lower() in BARE_DOMAIN_ENDINGS
    return True


# the sites transcription and meeting tools name in their own lines; an address on them with a path is a
# person's or a group's meeting ("zoom.us/j/..."), and stays
TOOL_SITE = re.compile(
    r"(?i)^(?:https?://)?(?:www\.)?(?:otter\.ai|rev\.com|trint\.com|descript\.com|sonix\.ai|happyscribe\.com"
    r"|temi\.com|zoom\.us|teams\.microsoft\.com|meet\.google\.com)/?$"
)


# where someone works, by name, in any case: "I work Saturdays at Fennel and Finch on the seafront", "I'm due
# back at Pennycress Garden Centre in September"; the name runs to a preposition, a comma or the turn's end.
# "for" only before a capital: "it works for some people" is no employer
# the words that end an employer's name: a preposition, a conjunction
NAME_ENDS = (
    r"(?i:on|in|near|by|as|with|from|but|so|because|and\s+i|until|since|every|till|through|after|before|when"
    r"|which|where|who)\b"
)
WORK_WORDS = (
    r"work|works|worked|working|volunteer|volunteers|volunteering|shifts?|due\s+back|job|placement"
    r"|apprenticeship|nights|lates|earlies|evenings|days|course|training|studying"
)
WORKS_AT = re.compile(
    rf"(?i:\b(?:{WORK_WORDS})\s+(?:[a-z]+\s+)?"
    rf"(?:at|for(?=\s+(?-i:[A-Z])))\s+)((?:(?!{NAME_ENDS})[\w'\u2019&]+\s*){{1,4}}?)(?=\s+{NAME_ENDS}|[,.;!?\n]|$)"
)
# what follows "work at" and names no one's workplace: home, a chain, a kind of place
NOT_A_WORKPLACE = re.compile(
    r"(?i:(?:the|a|an|my|our|his|her|their|home|night|nights|weekends?|it|that|this|all|least|times?|first|last"
    r"|tesco|asda|aldi|lidl|sainsbury'?s|morrisons|costa|greggs|boots|mcdonald'?s|amazon|the\s+nhs|nhs)\b.*"
    r"|[a-z]+)"
)


# an employer, a shop or a school named by what it is: "at Cragg's Smokehouse", "ran the Sheetal Sweet Centre",
# "at ormsgill tyre & exhaust", "at St Aldric's Sixth Form": a name of one to four words, in any case, ending
# in the word for the kind of place, after a word saying someone works, studies or is there
BUSINESS_HEADS = (
    r"nursery|nurseries|packers|packing|packhouse|smokehouse|wheels|exhausts?|tyres?|motors|garage|salon|beauty"
    r"|barbers?|hairdressers?|coffee|caf[eé]|bakery|bakers|butchers?|deli|kitchen|restaurant|takeaway|hotel|inn"
    r"|farms?|dairy|produce|foods|logistics|haulage|builders|joinery|plumbing|electrical|engineering|ltd|limited"
    r"|plc|academy|primary|school|college|sixth\s+form|surgery|pharmacy|chemists?|centre|stores?|shop|warehouse"
    r"|mill|works|yard|care\s+home|lodge|manor|studios?|gym|fitness|autos|motors|services|solutions|supplies"
    r"|packaging|unit|high|brewery|distillery|depot|clinic|driving|taxis|cabs|removals|cleaning|hall|comp"
    r"|construction|counselling|transport|recruitment|roofing|scaffolding|cleaners|carpets|printers|tattoo"
    r"|fabrications?|plastics|metals|windows|upholstery|practice|seafoods?|knitwear|textiles"
)
NAMED_PLACE_OF_WORK = re.compile(  # a lookahead, so "on the tills at Cragg's Smokehouse" is tried at "at" too
    r"(?=(?i:\b(?:at|for|from|into|ran|runs|run|owns|owned|manage[sd]?|called|named|shop,|job,|work,|(?:in|on)(?=\s+the\s))\s+"
    r"(?:the\s+)?)"
    rf"((?:[\w'\u2019]+\s+(?:(?:and|&)\s+)?){{1,4}}(?i:{BUSINESS_HEADS}))\b)"
)
# a venue by its name, capitalised, before the kind of venue ("the Signal Box Family Hub", "the Anvil Shed",
# "the Glove Factory Rooms", "the Drover's Rest"), or an unknown word before it in any case ("Carnbeg House",
# "heronsyke ward", "the glyder arms"); a saint's church, hall or school ("St Wenna's church hall")
NAMED_VENUE = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Hub|Rooms|Shed|Arms|Rest|Inn|Tavern|Bar|Lodge|Works|Church|Chapel|Mosque"
    r"|Gurdwara|Temple|Synagogue|Gym|Centre|Center|Pantry|Larder|Foodbank|CAMHS|Holiday\s+Park|Caravan\s+Park"
    # a club by its sport: "St Brendan's Amateur Boxing Club" ("Andy's Man Club" is everyone's)
    r"|(?:Boxing|Football|Rugby|Cricket|Social|Golf|Bowls|Bowling|Sailing|Rowing|Athletic|Snooker|Darts|Swimming"
    r"|Running|Cycling|Angling)\s+Club))\b"
)
# a venue or a group named in a header's capitals: "DRIFTWOOD SHED - SCARBOROUGH", "ROUGH SEAS GROUP"
CAPITAL_VENUE = re.compile(
    r"\b((?:[A-Z][A-Z'\u2019-]+[ \t]+){1,3}(?:SHED|HUB|CENTRE|CENTER|CHURCH|CHAPEL|CLUB|HALL|ROOMS|GROUP|CAF[EÉ]|INN"
    r"|ARMS|SURGERY|PRACTICE|SCHOOL|ACADEMY|COLLEGE|HOSPITAL|PROJECT|NETWORK|CIRCLE|COLLECTIVE|VOICES|CARERS))\b"
)
UNKNOWN_BEFORE_VENUE = re.compile(
    # with the kind of venue's own word between: "northcroft youth hub", "Tarnside Family Hub"
    r"\b([A-Za-z][a-z'\u2019-]{3,})\s+(?:(?i:youth|family|community|wellbeing|recovery|resource|health|day"
    r"|sports|leisure|arts|medical|learning)\s+)?(?:House|Ward|Unit|Hub|Arms|Inn|Surgery|Practice|Academy|Shed|Club"
    r"|house|ward|unit|hub|arms|inn|surgery|practice|academy|shed)\b"
)
# a shop by its owner's name in a chat's lower case: "i work at sid's chippy", "im in mcardle's chippy"
SHOP_KINDS = (
    r"chippy|caff|café|cafe|barbers|salon|garage|bakery|butchers|takeaway|deli|chemist|pharmacy|shop|kebab|chip\s+shop"
)
OWNERS_SHOP = re.compile(rf"\b([a-z][a-z-]{{1,}}['\u2019]?s\s+(?:{SHOP_KINDS}))\b")
# a place by a capitalised word no dictionary holds, after "at the", "in the": "At the Friarage they had me on
# the ward", "a group at the Thornery" (a hospital, a hall or a pub known by one name)
AT_THE_UNKNOWN = re.compile(
    r"\b(?i:at|in|from|to|into|outside|behind|near|round)\s+(?i:the)\s+([A-Z][a-z]{3,})\b(?![ \t]+[A-Z])(?!['\u2019-])"
)
SAINTS_PLACE = re.compile(
    r"\b(St\.?\s+[A-Z][\w'\u2019-]+\s+(?i:church\s+hall|parish\s+hall|church|chapel|hall|school|primary|academy"
    r"|college|hospital|hospice|surgery|centre))\b"
)
# a saint's possessive alone after "at" or "of the" is the church or hall it names: "the door at St Winnoc's"
SAINTS_ALONE = re.compile(
    # or opening a sentence: "St Fiacre's is still closed" (not the herb, the day or the flag: "St John's wort")
    r"(?:(?i:\b(?:at|in|from|outside|of)\s+)|^|(?<=[.!?] ))(St\.?\s+[A-Z][\w-]+['\u2019]s)(?![\w'\u2019])"
    r"(?!\s+[A-Z])(?!\s+(?i:wort|day|eve|cross|dance|fire)\b)",
    re.MULTILINE,
)
# a thing named by what it is called: "It's called the Front Row", "a group called Even Keel"
CALLED = re.compile(
    # "So we called it the Kettle Group"
    r"(?i:\b(?:called|named|known\s+as)\s+(?:it\s+|ourselves\s+|us\s+|them\s+)?)(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|of|&|and)){0,3})"
)
# a house number read aloud: "Forty-one Quarrington Road"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
STREET_TYPE_WORD = re.compile(rf"\b{STREET_TYPES}\b")  # case-sensitive and capitalised: a fast scan
SPOKEN_HOUSE_NUMBER = re.compile(
    rf"\b(?i:(?:{TENS}(?:[- ]{UNITS})?|{UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|a\s+hundred(?:\s+and\s+\w+)?))\s+(?:[A-Z][a-z']+\s+){{1,2}}{STREET_TYPES}\b"
)
# English places named with a preposition between hyphens: "Holland-on-Sea", "Barton-upon-Humber",
# "Chapel-en-le-Frith", "Weston-super-Mare"
HYPHENATED_PLACE = re.compile(
    r"\b([A-Z][a-z]+(?:-(?:on|upon|le|by|in|under|cum|en|super|next|over|with|the|sur|de))+-[A-Z][a-z]+"
    # and with spaces, where the first word is no dictionary word: "Donington on Bain", "Stratford upon Avon"
    r"|(?P<spaced>[A-Z][a-z]+)\s(?:on|upon|under|le|cum|super|next\s+the)\s[A-Z][a-z]+)\b"
)
# an estate by its name: "the Eastmoor estate", "the Gurnos Estate"
NAMED_ESTATE = re.compile(
    r"\b([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:estate|Estate)\b"
    # typed in lower case after "the": "i moved off the kestrel park estate"
    r"|\bthe\s+(?P<lower>[a-z][a-z'\u2019-]+(?:\s+[a-z][a-z'\u2019-]+)?)\s+estate\b"
)
# words before "estate" that say which kind of estate, not which one
KINDS_OF_ESTATE = {"council", "housing", "industrial", "trading", "business", "retail", "country", "real", "private",
                   "new", "whole", "same", "big", "old", "local", "social", "farm", "hospital", "nhs", "our", "my",
                   "their", "his", "her", "your", "that", "this", "entire"}  # fmt: skip
# a street named without its number: "turned up at my door on Trewarveneth Street"; "the High Street" is any town's
STREET_NAMED = re.compile(
    r"\b(?:on|off|in|at|down|up|along|near)\s+((?!(?:High|Main|Market)\s)(?:[A-Z][\w'\u2019-]+\s+){1,2}"
    r"(?:Street|Road|Lane|Avenue|Terrace|Crescent|Close|Drive|Way|Grove|Gardens|Row|Walk|Mount|Rise|Place|Mews)"
    r")\b"
)
# a transcript header's venue, named however plainly: "Venue: Drifters' Mission Hall, 7 Netmender's Lane"
VENUE_FIELD = re.compile(
    # and the group's own name: "Group: Brae Carers Crew, Dundee", "Focus group: Lavender Quay (...)"
    # at a line's start or after a sentence's end ("... NG21 0CK. Group: Deep Seam Men and Families.")
    r"(?:^|(?<=[.;] ))[ \t]*(?i:venue|location|held\s+at|meeting\s+place|place|group|focus\s+group|organi[sz]ation"
    r"|service|group\s+name|topic|meeting\s+topic|title"
    r"|(?:focus\s+group|group|session)\s+(?:transcript|notes|minutes|record))"  # "Focus group transcript: X"
    r"[ \t]*:[ \t]*"  # a Zoom export's topic: its group
    r"([A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|and|&|the|for|on))*)",
    re.MULTILINE,
)
ONLINE_VENUES = {"online", "zoom", "teams", "microsoft teams", "remote", "virtual", "video call", "phone"}
# a group by its own name, as a facilitator welcomes people to it ("Welcome back to Jharokha, everyone", "welcome
# everyone to keel together"), as a chat app names it ('You created group "Moorside Minds vols"'), or by a word
# no dictionary holds before "group" ("the Jharokha Thursday group")
WELCOME_TO = re.compile(
    r"\b(?i:welcome)(?:\s+(?i:back|everyone|all|along))*\s+to\s+(?!(?i:the|our|this|my|your|a|an|group|session)\b)"
    r"((?:[A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"|[a-z]+(?:\s+[a-z]+)?(?=\s+(?:this|it|tonight|today|it's)\b))"
)
CREATED_GROUP = re.compile(
    r"(?:created\s+group|changed\s+the\s+(?:group\s+name|subject)\s+to)\s+[\"\u201c]([^\"\u201d\n]{2,60})[\"\u201d]"
)
UNKNOWN_BEFORE_GROUP = re.compile(
    r"\b([A-Za-z][a-z'\u2019-]{3,})\s+(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"morning|evening|night)\s+)?(?:group|Group)\b"
)
# a group named by what it is after a name: "Lapwing Carers", "Ironstone Voices", "Curlew Peer Network"
GROUP_KINDS = r"Voices|Carers|Network|Minds|Crew|Collective|Circle|Forum|Peer\s+Support"
GROUP_NAME = re.compile(
    rf"\b((?:[A-Z][\w'\u2019-]+\s+){{1,2}}(?:Peer\s+)?(?:{GROUP_KINDS})"
    r"(?:\s+(?:Group|Network|Project|Collective|Circle|Café|Cafe))?)\b"
)
# a group named and then said what it is, as a header or an introduction does: "The Loom: women's peer support
# group", "the Muckers, veterans' peer group", "Even Keel, Cheltenham bipolar peer group", "The Tuesday Lot (trans
# and non-binary peer group)"; not someone and their role ("Sarah, peer support worker")
GROUP_DESCRIBED = re.compile(
    r"(?:^|(?<=[\s\[(\"\u201c]))(?:(?P<the>[Tt]he)[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|of|de|to|and|&)){0,3})"
    r"[ \t]*(?P<sep>:|,|\(|\u00b7|[ \t][-\u2013\u2014|])[ \t]*(?:(?i:a|an|the|our)[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,4}?"
    r"(?i:peer[ \t-]+support(?:[ \t]+(?:group|circle|network))?|(?:peer[ \t]+)?group|circle|collective)\b"
    r"(?![ \t]+(?i:workers?|volunteers?|leads?|facilitators?|coordinators?|officers?|specialists?|trainers?"
    r"|members?|sessions?|chat|call|supervision)\b)"
    # a sentence going on after the group is no description ("Yes, a lads' group is in the plan")
    r"(?![ \t]+(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did)\b)"
)
GENERIC_GROUP_WORDS = {"hearing", "young", "adult", "adults", "parent", "parents", "family", "unpaid", "peer",
                       "local", "intentional", "mental", "national", "support", "community", "our", "the", "men's",
                       "women's", "carers", "older", "student", "students", "research", "rural", "county",
                       "regional", "care", "health", "wellbeing", "recovery", "lived", "experience", "service",
                       "user", "users", "social", "new", "this", "that", "a", "an", "my", "your", "their",
                       "and"}  # fmt: skip
GROUP_DESCRIBED_DETECTOR = "a group described by what it is"
DESCRIPTION_WORDS = {"a", "an", "and", "our", "for", "of", "with", "in", "peer", "support"}
POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# the roles a transcript's labels and headers name, which a description of a group can follow ("Facilitator (peer
# support group lead)"); a group's own name is no role
GROUP_ROLE_WORDS = {"facilitator", "facilitators", "member", "members", "chair", "commissioner", "commissioners",
                    "host", "note", "notes", "speaker", "attendees", "present", "apologies", "setting", "venue",
                    "topic", "title", "group", "session", "meeting", "participants", "observer", "volunteer",
                    "coordinator", "lead", "worker", "interviewer", "moderator", "transcript", "minutes"}  # fmt: skip
# a pub or a café named as pubs are: "the Lamp & Lathe", "the Kite and Fiddle", "the gull & lantern"
PUB_NAME = re.compile(r"\b(?i:the)\s+([A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+|[a-z]+\s+&\s+[a-z]+)\b")
# a pub named by a number of things, as pubs are: "the Three Ferrets", "the Two Brewers", "the Seven Stars"
PUB_NUMBERS = r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve"
NUMBERED_PUB = re.compile(
    rf"\b(?i:the)\s+((?:{PUB_NUMBERS})\s+(?!(?:Years|Months|Weeks|Days|Hours|Times|Ones|Rs|Kings\s+of)\b)[A-Z][a-z]+s)\b"
)
# a named place by the room a group meets in: "the back room of the Jolly Drover", "the back room at the Kilncroft"
ROOM_OF = re.compile(
    r"\b(?i:back|front|function|upstairs|top|side|snug|meeting|community)\s+(?i:room|bar)\s+(?i:of|at|in)\s+(?i:the)\s+"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
# a Welsh street named without its number, its kind first: "Lôn Pen-y-Ffridd", "Heol y Parc", "Clos Tegla"
WELSH_STREET_KINDS = r"Heol|Ffordd|Stryd|Lôn|Lon(?=\s+y)|Rhodfa|Clos|Cilgant|Teras"
WELSH_STREET = re.compile(
    rf"\b((?:{WELSH_STREET_KINDS})(?:['\u2019]r)?\s+"
    r"(?:(?:y|yr)\s+)?[A-Z][\w'\u2019-]+)"
)
# a Welsh place named with its article or preposition between hyphens: "Ynys-y-bwl", "Betws-y-Coed",
# "Tre-ar-ddôl", "Pen-y-bont"
WELSH_HYPHENATED_PLACE = re.compile(
    r"\b([A-Z][a-z\u0175\u0177\u00e2\u00ea\u00ee\u00f4\u00fb]+-(?:y|yr|ar|dan|ym|yn|a)-[A-Za-z\u0175\u0177\u00e2\u00ea\u00ee\u00f4\u00fb]+)"
)
# a Welsh name of a group, two words joined by "a" (and) with the second mutated: "Paned a Chlonc", "Brew a
# Sgwrs" (an English "Be a Friend" ends in a dictionary word)
WELSH_AND_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+\s+ac?\s+[A-Z][a-z]+)\b")
# an e-mail address with its "at" and "dot" in brackets, as a web page writes it against harvesters: "peers [at]
# example [dot] org", "jo (at) example (dot) com"
BRACKETED_EMAIL = re.compile(
    r"\b[\w.+-]+\s*[\[(]\s*(?i:at)\s*[\])]\s*[\w-]+(?:\s*(?:[\[(]\s*(?i:dot)\s*[\])]|\.)\s*[a-z]{2,12}){1,3}\b"
)
# a nickname in quotes between a first and a family name: Hugh "Shug" Petrie, Margaret 'Peggy' Doyle
QUOTED_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+[\"\u201c'\u2018]([A-Z][a-z]+)[\"\u201d'\u2019][ \t]+([A-Z][\w'\u2019-]+)"
)
# two first names joined, as a child's double name is typed in any case: "ava-rose", "ellie-mae", "Lily-Mae"
DOUBLE_NAME = re.compile(r"(?<![\w'\u2019-])([A-Za-z][a-z]+)-([A-Za-z][a-z]+)(?![\w'\u2019-])")
# someone saying who they are in a chat's lower case, with a first name: "im gem, i sort of run it"
LOWER_INTRODUCTION = re.compile(
    r"(?:^|(?<=[\s,.!]))(?:im|i'm|i\u2019m|i am|my name'?s|my name is|name'?s)[ \t]+([a-z]+)(?=[ \t]*[,.!]|$)",
    re.MULTILINE,
)
# someone signing in to a chat with their first name and "here": "hi nicola! dee here.", ":wave: gaz here, mansfield"
NAME_HERE = re.compile(
    r"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]))[ \t]*([a-z]{2,12})[ \t]+here(?=[ \t]*[,.!]|[ \t]*$)", re.MULTILINE
)
# a Discord server's name above a channel copied from it, the group's own: "Long Haul Lincs \u203a #thursday-drop-in"
SERVER_CHANNEL = re.compile(
    r"^[ \t]*([A-Za-z][\w'\u2019&.-]*(?:[ \t]+[\w'\u2019&.-]+){0,5})[ \t]+[\u203a>\u00b7|][ \t]+#[\w-]+", re.MULTILINE
)
# a house and its street written before a postcode, with no number: "Hollybrook Cottage, Quarry Tump Lane, gl15 4vk"
STREET_THEN_POSTCODE = re.compile(
    rf"((?:(?:[A-Z][\w'\u2019-]+[ \t]+){{1,3}}{STREET_TYPES},[ \t]+)?(?:[A-Z][\w'\u2019-]+[ \t]+){{1,3}}{STREET_TYPES})"
    rf",?[ \t]+(?=[A-Za-z]{{1,2}}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{{2}}\b)"
)
# a word spelled out letter by letter, as a surname is for a note-taker: "Ruth Ashdown, that's A S H D O W N"
SPELLED_OUT = re.compile(r"(?i:spelt|spelled|spelling|that's|that is|it's|its)[ \t,:]+((?:[A-Z][ \t.-]){3,}[A-Z])\b")
# someone spoken to by name at a sentence's start, before what is asked of them ("Dele, you said something",
# "Kwabs, you took on the welcome"), or handed the floor ("Go on, Dele.")
VOCATIVE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))([A-Z][a-z'\u2019]{2,14}),[ \t]+"
    r"(?=(?:you|your|what|how|did|do|can|could|would|tell)\b)"
    r"|\b(?i:go[ \t]+on|over[ \t]+to[ \t]+you|your[ \t]+turn|come[ \t]+in|you[ \t]+first|after[ \t]+you),[ \t]+"
    r"([A-Z][a-z'\u2019]{2,14})(?=[.!?])",
    re.MULTILINE,
)
# what stands where a name is spoken to without being one: "Honestly, you ...", "Right, you ...", "Guys, you ..."
NOT_SPOKEN_TO = {
    "right", "well", "so", "now", "look", "listen", "honestly", "sorry", "yes", "yeah", "yep", "no", "nope", "okay",
    "ok", "oh", "ah", "um", "erm", "er", "hmm", "actually", "basically", "seriously", "obviously", "anyway",
    "anyways", "again", "also", "remember", "see", "mate", "love", "darling", "guys", "folks", "everyone",
    "everybody", "ladies", "gents", "lads", "girls", "boys", "friends", "sir", "madam", "please", "thanks",
    "cheers", "sure", "course", "perhaps", "maybe", "surely", "fine", "alright", "great", "brilliant", "lovely",
    "good", "cool", "wow", "yesterday", "today", "tonight", "tomorrow", "then", "first", "second", "finally",
    "lastly", "and", "but", "because", "when", "once", "still", "plus", "otherwise", "meanwhile", "however",
    "besides", "mind", "wait", "hang", "hey", "hi", "hello", "bless", "gosh", "god", "christ", "jesus", "dear",
    "facilitator", "member", "commissioner", "everyone's", "team", "all", "both", "here", "there", "question",
}  # fmt: skip
# a household by its family name, whatever the word: "the Rocks family minibus", "the Okafor family"
FAMILY_OF = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z'\u2019-]+)[ \t]+family\b")
NOT_A_FAMILY = {"royal", "holy", "whole", "extended", "wider", "immediate", "nuclear", "foster", "host", "new", "same"}
# an initial and a family name, as a register or a contact sheet lists people: "G. Rutter", "P. Oyelaran"
INITIAL_AND_NAME = re.compile(r"(?:^|(?<=[\s(\[\t]))([A-Z]\.[ \t]?[A-Z][a-z][\w'\u2019-]+)")
NOT_INITIAL_BEFORE = {"plan", "option", "part", "grade", "vitamin", "type", "class", "section", "appendix", "step",
                      "annex", "table", "figure", "fig", "item", "question", "box", "block", "ward", "level",
                      "tier"}  # fmt: skip
INITIAL = re.compile(r"[A-Z]\.")
CAPITAL_WORDS = re.compile(r"[A-Z]{3,}[ \t]+[A-Z]{2,}")
# a group by its name as it meets somewhere: "Upland Blether used to meet in the café", "The Coble Club meets in"
GROUP_MEETS = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:The[ \t]+)?((?:[A-Z][\w'\u2019-]*[ \t]+){0,3}[A-Z][\w'\u2019-]*)[ \t]+"
    r"(?:meets|met|used[ \t]+to[ \t]+meet|will[ \t]+meet|now[ \t]+meets)[ \t]+"
    r"(?:in|at|on|every|upstairs|downstairs|weekly|monthly|fortnightly)\b",
    re.MULTILINE,
)
# a firm named for two people, after the word that says where someone works or what it is for: "my dad drives for
# Hollin & Marsh", "I was translator at Marlow & Finch" (the ampersand only: "at Christmas and Easter" is no firm)
FIRM_NAME = re.compile(r"(?i:\b(?:at|for|with|from|by|joined)\s+)([A-Z][a-z]+\s+&\s+[A-Z][a-z]+)\b")
NOT_PUBS = {"bed & breakfast", "fish & chips", "salt & pepper", "tea & coffee", "tea & biscuits", "bread & butter",
            "rock & roll", "ins & outs", "pros & cons", "health & safety", "arts & crafts", "food & drink",
            "drugs & alcohol", "fruit & veg", "question & answer", "q & a", "a & e"}  # fmt: skip
# the town of an address written without its postcode: "6 Tinner's Row, Sticklepath"
TOWN_AFTER_STREET = re.compile(r"^,[ \t]*([A-Z][a-z'\u2019-]{3,}(?:[ \t][A-Z][a-z'\u2019-]{2,})?)\b(?![ \t]*\d)")
# the house number said after the street: "Ravensdale Crescent, number 58"
NUMBER_AFTER_STREET = re.compile(r",?[ \t]+(?i:number|no\.?)[ \t]+\d{1,4}[a-zA-Z]?\b")
# a hospital ward by its number: "we were on ward 4 at harplands"
WARD_NUMBER = re.compile(r"\b(?i:ward)\s+\d{1,2}[A-Za-z]?\b")
# the town of a written address, between the street and the postcode: "7 Chapel Terrace, Carnyorth, TR19 7KV"
TOWN_BEFORE_POSTCODE = re.compile(
    r",\s+([A-Z][a-z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,2}),?\s+"
    r"(?=(?i:[A-Z]{1,2}\s?\d[A-Z\d]?\s{0,3}\d[A-Z]{2})\b)"  # the postcode in any case: "Kinmel Bay, ll18 5kc"
    # typed in lower case: "19 glanffrwd terrace, cwmparc, cf42 6tg"
    r"|,\s+([a-z][a-z'\u2019-]{2,}(?:[ -][a-z'\u2019-]+){0,2}),\s+(?=[a-z]{1,2}\d[a-z\d]?\s{0,3}\d[a-z]{2}\b)"
)
# words before the kind of place that say which kind, not which one: "the local garden centre" is no one's
GENERIC_BEFORE_HEAD = {
    "local", "community", "new", "old", "big", "little", "small", "main", "nearest", "same", "other", "primary",
    "secondary", "high", "junior", "infant", "infants", "village", "town", "city", "day", "health", "medical",
    "job", "leisure", "garden", "sports", "shopping", "resource", "family", "children's", "youth", "advice",
    "wellbeing", "recovery", "crisis", "walk-in", "corner", "chip", "fish", "coffee", "hair", "beauty", "nail",
    "car", "tyre", "pet", "charity", "food", "kids", "uni", "university", "nursery", "care", "special", "art",
    "arts", "craft", "music", "dance", "bike", "cycle", "book", "farm", "wholesale", "furniture", "phone",
    "mobile", "vape", "discount", "pound", "cake", "bread", "sixth", "grammar", "comprehensive", "catholic",
    "church", "sunday", "boarding", "private", "state", "dental", "gp", "doctor's", "doctors", "vets", "vet's",
    "print", "printing", "packing", "distribution", "call", "contact", "builders", "timber", "steel",
    "national", "british", "english", "welsh", "scottish", "irish", "uk", "nhs", "council", "county", "district",
    "mother", "mothers", "baby", "babies", "assessment", "inpatient", "acute", "psychiatric", "mental", "secure",
    "rehab", "intensive", "maternity", "respite", "outpatient", "paper", "papers",
    # a church or a centre by its kind: "the Methodist Church", "the Job Centre", "the City Centre"
    "methodist", "baptist", "anglican", "orthodox", "pentecostal", "evangelical", "reformed", "united", "free",
    "parish", "civic", "visitor", "visitors", "jobcentre", "the",
}  # fmt: skip


def names_a_place_of_work(words: str, after_the: bool = False) -> bool:
    """A run of words before the kind of place that names one place: its first word no function word or
    determiner ("my son's school"), and one word that says which ("Cragg's", "acorns", "ormsgill"). In lower
    case, dictionary words name one only without "the" before them ("at throstle brook academy", not "in the
    mother and baby unit")."""
    parts = [w.casefold().strip("'\u2019") for w in words.split() if w not in {"and", "&", "And"}]
    if (
        not parts
        or any(part in english_stop_words() for part in parts)
        or parts[0] in DETERMINERS - NICKNAME_ADJECTIVES
    ):
        return False  # "my son's school", "the jokes about the packhouse"
    lower_case = not any(word[0].isupper() for word in words.split())
    if lower_case and all(is_ordinary(part) for part in parts):
        # in lower case, one word no dictionary holds ("humber wheels", not "finished school"), or two or more
        # that say which place, none of them the kind of place ("throstle brook academy", not "sixth form college")
        return (
            not after_the
            and len(parts) >= 2
            and not any(part in GENERIC_BEFORE_HEAD or part in CALENDAR or part.isdigit() for part in parts)
        )
    return any(part not in GENERIC_BEFORE_HEAD and part not in CALENDAR and not part.isdigit() for part in parts)


# a name spelled out letter by letter: "A-O-I-F-E", "J-O-A-N"
SPELLED_NAME = re.compile(r"\b[A-Z](?:-[A-Z]){2,}\b")
# a handle given after its platform without an @: "She is on snapchat as bluevardo22"
HANDLE_AFTER_PLATFORM = re.compile(
    r"(?i:\b(?:snapchat|snap|insta(?:gram)?|tiktok|twitter|threads|discord|telegram)\b[^.\n]{0,12}?\b(?:as|is|name'?s)\s+)"
    r"([a-z][a-z0-9_.]{2,29}\d[a-z0-9_]*|[a-z][a-z0-9]*[_.][a-z0-9_.]+)\b"
)
# a handle in one made-up word after its platform and "as": "my nephew is on TikTok as kingofthecobs"
WORD_HANDLE_AFTER_PLATFORM = re.compile(
    r"(?i:\b(?:snapchat|snap|insta(?:gram)?|tiktok|twitter|threads)\s+as\s+)([a-z][a-z0-9]{5,29})\b"
)
# a handle typed before its platform: "follow them ironyard.boxing on insta"
HANDLE_BEFORE_PLATFORM = re.compile(
    r"(?<![\w.@/])([a-z][a-z0-9]*[._][a-z0-9_.]*[a-z0-9])\s+(?i:on|at)\s+(?i:insta(?:gram)?|tiktok|snap(?:chat)?"
    r"|twitter|threads|facebook|fb)\b"
)
# a handle read aloud after its platform: "I'm on the Instagram as at sandaysolberg"
SPOKEN_HANDLE = re.compile(
    r"(?i:\b(?:instagram|insta|tiktok|twitter|snapchat|snap|threads|facebook)\b[^.\n]{0,30}?)\b(at\s+[a-z0-9_.]{3,30})\b"
    # several words read aloud, up to a stop or "all one word": "on TikTok, at quiet storm twenty two."
    r"|(?i:\b(?:instagram|insta|tiktok|twitter|snapchat|snap|threads)\b[^.\n]{0,30}?)\b(at\s+[a-z]+(?:\s+[a-z0-9]+){1,4})"
    r"(?=[.,;]|\s+all\s+one\s+word|$)"
)
# an e-mail read aloud in plain words: "email highland shed at example dot com"
SPOKEN_EMAIL = re.compile(
    r"(?i:\be-?mail(?:\s+(?:me|us))?\s+)((?:[a-z]+\s+){1,3}at\s+[a-z]+(?:\s+dot\s+[a-z]{2,6}){1,3})\b"
    # or after "it's", "is", "on": "it's sunita g at example dot org", "its skatebox seventy seven at example dot com"
    r"|(?i:\b(?:it'?s|it\u2019s|is|on|address|email\s+me,?\s+its|mine'?s|mine\u2019s)\s+)((?:[a-z0-9-]+\s+){1,4}at\s+[a-z]+"
    r"(?:\s+dot\s+(?:com|org|net|co|uk|ac|gov|io|me)){1,3})\b"
)

# an address read aloud anywhere, by its "dot ... at ... dot org" alone: "secondwind dot facilitator at example dot
# org" (the local part's dots and underscores said too); and a web address read aloud with its path: "example dot
# org forward slash ground rules"
SPOKEN_TLD = r"(?:com|org|net|co|uk|ac|gov|io|me)"
SAID_DOT = re.compile(r"\sdot\s")  # every address read aloud says it (see ``pattern_findings``)
SPOKEN_ADDRESS = re.compile(
    rf"(?i:\b[a-z0-9]+(?:\s+(?:dot|underscore|hyphen|dash)\s+[a-z0-9]+)*\s+at\s+[a-z0-9]+(?:\s+dot\s+[a-z0-9]+)*"
    rf"\s+dot\s+{SPOKEN_TLD}\b)"
)
SPOKEN_URL = re.compile(
    rf"(?i:\b[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+{SPOKEN_TLD}(?:\s+dot\s+uk)?"
    r"\s+(?:forward\s+)?slash\s+[a-z0-9-]+(?:\s+(?!(?:with|and|or|then|but|on|in|at|for|to|the)\b)[a-z0-9-]+)?)"
)


# a day and month with a year said short, of a birth year, before a pause: "Fourth of August, forty-seven.", "born
# Boxing Day, forty-nine,", "Fourth of the second, ninety-nine." (this decade's meetings are said "twenty-four"; "the
# first of May, forty people" goes on); or written short with its apostrophe: "2nd of the 9th, '71", "2nd of August
# '58". Apart from the other dates, and tried only where such a year stands (SHORT_YEAR): at every word it doubled
# the date pattern's time, and the gate's throughput is a target
SHORT_YEAR = re.compile(rf"['\u2019][3-9]\d\b|\b(?i:{SHORT_SPOKEN_YEAR})\b")
BIRTHDAY_SHORT_YEAR = re.compile(
    rf"\b(?:(?:the\s+)?{DAY}\s+(?:of\s+)?(?:{MONTH}|the\s+(?:{ORDINAL_WORDS}))"
    rf"|(?:boxing|christmas|new\s+year'?s)\s+day|christmas\s+eve)\s*,?\s+"
    rf"(?:{SHORT_SPOKEN_YEAR}\b|['\u2019][3-9]\d\b)(?=\s*(?:[,.;!?)]|$))"
    rf"|\b{DAY}\s+of\s+the\s+(?:{ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th))\s*,?\s+['\u2019][3-9]\d\b",
    re.IGNORECASE,
)
# a number scanned from handwriting, its zeros read as O and its ones as l or I ("O77OO 9OO 8l2", "01632 96O 355"):
# a run of digits and those letters with a digit in it is read as digits (one for one, so offsets hold) for the
# phone pattern; and a postcode's area with its O read as a zero ("Y012 4CV" for YO12 4CV)
OCR_NUMBER = re.compile(r"(?<![A-Za-z])(?=[0-9OolI]*\d)[0-9OolI]{2,}(?![A-Za-z])")
OCR_DIGITS = str.maketrans("OolI", "0011")
# a postcode typed with a space inside each part: "KW 15 1 MC" (the area checked against POSTCODE_AREAS)
SPACED_POSTCODE = re.compile(r"\b([A-Z]{1,2})[ \t]+(\d{1,2})[ \t]+(\d)[ \t]?([A-Z])[ \t]?([A-Z])\b")
ZERO_FOR_O_POSTCODE = re.compile(r"\b([A-Z])0(\d[A-Z\d]?)[ \t]{0,3}(\d[A-Z]{2})\b")
# letters and digits read in the NATO alphabet ("yankee kilo one nine quebec delta india"): a registration, a
# postcode or a name spelled out
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T",
        "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y",
        "zulu": "Z"}  # fmt: skip
DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
SPELLING_WORD = "|".join([*sorted(NATO, key=len, reverse=True), *DIGIT_WORDS])
NATO_RUN = re.compile(rf"(?i:\b(?:{SPELLING_WORD})(?:[ \t,-]+(?:{SPELLING_WORD})){{3,}}\b)")
# a full date said before it is called a birth date: "second of November eighty-eight as the date of birth"
DATE_THEN_BIRTH = re.compile(
    rf"(?i:(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+(?:{BIRTH_YEAR}|['\u2019]\d\d|{SPOKEN_YEAR}|{SHORT_SPOKEN_YEAR})\b)"
    r"(?=[^.!?\n]{0,30}?\b(?i:date\s+of\s+birth|d\.?o\.?b|birthday|born)\b)"
)
BIRTHDAY_WORDS = ("boxing", "christmas", "new year", "first", "second", "third", "fourth", "fifth", "sixth",
                  "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")  # fmt: skip
# a postcode or a National Insurance number read out letter by letter and digit by digit: "N E two six, one O V",
# "D E two three eight K C", "QQ four oh one one seven three B"
DIGIT_SAID = r"(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
SPOKEN_POSTCODE = re.compile(
    # (the district said as one number: "B D 23 5 M X"; the area's letters together too: "CT nine, five V M")
    rf"\b([A-Z])(?:[ \t]?([A-Z]))?[ \t](?:\d\d|{DIGIT_SAID}(?:[ \t]{DIGIT_SAID})?)(?:[ \t][A-Z])?,?"
    rf"[ \t]{DIGIT_SAID}[ \t][A-Z][ \t][A-Z]\b"
)
SPOKEN_NI_NUMBER = re.compile(rf"\b[A-Z]{{2}}(?:[ \t]{DIGIT_SAID}){{6}},?[ \t][A-D]\b")


def is_freephone(text: str) -> bool:
    """0800 and 0808 numbers are organisations' helplines, never a member's own phone."""
    digits = re.sub(r"\D", "", text).removeprefix("44").lstrip("0")
    return digits.startswith(("800", "808"))


DIGIT = re.compile(r"\d")
DOT_IN_WORD = re.compile(r"\w\.\w")
# what a recogniser cannot match without: Presidio's, on written forms only, and the gate's own patterns, whose
# phones, dates and handles read aloud have no digit and run on every turn
PRESIDIO_NEEDS = {
    "email": "at", "url": "dot", "phone": "digit", "postcode": "digit", "nhs_number": "digit",
    "car_registration": "digit",
}  # fmt: skip
OWN_NEEDS = {
    "email": "at", "postcode": "digit", "ni_number": "digit", "street_address": "digit", "car_registration": "digit",
    "date_of_birth": "date", "handle": "handle", "phone": "phone", "workplace": "workplace",
}  # fmt: skip
# what a birth date cannot be written without, besides a digit: a month, or "born", "birth", "DOB" before it (plain
# substrings: one regex for them cost as much as the date pattern it spared)
DATE_WORDS = ("born", "birth", "dob", "d.o.b", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
              "nov", "dec")  # fmt: skip
# the words a phone number read aloud is made of (NUMBER_WORD), of which it says seven or more, and what separates
# them there
SPOKEN_DIGITS = frozenset(re.findall(r"[a-z]+", NUMBER_WORD.replace(r"\d", "")))
BETWEEN_DIGITS = str.maketrans(",.-", "   ")


def literal_stems(alternation: str) -> tuple[str, ...]:
    """What each alternative of a regex alternation starts with, literally and case-folded ("shifts?" gives
    "shift", "due\\s+back" gives "due"): one of them must stand in a text for the pattern to match there, and
    looking for them as substrings is much cheaper than the pattern's scan. An alternative that starts with a
    pattern gives "", which every text holds."""
    alternatives, depth, start = [], 0, 0
    for i, char in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(alternation[start:i])
            start = i + 1
    alternatives.append(alternation[start:])
    stems = set()
    for alternative in alternatives:
        literal = re.match(r"[^\[\\()?*+{.|]*", alternative)
        stem = literal.group(0) if literal else ""
        if alternative[len(stem) : len(stem) + 1] in {"?", "*", "{"}:  # "shifts?": the s may not be there
            stem = stem[:-1]
        stems.add(stem.casefold())
    return tuple(sorted(stems))


def mentions(folded: str, stems: tuple[str, ...]) -> bool:
    return any(stem in folded for stem in stems)


# what each rule's text must hold (see ``literal_stems``), for the cheap look before its scan
WORKPLACE_STEMS = literal_stems(WORKPLACE_HEADS + "|" + WORKPLACE_HEADS_FIRST)
WORK_STEMS = literal_stems(WORK_WORDS)
BUSINESS_STEMS = literal_stems(BUSINESS_HEADS)
GROUP_KIND_STEMS = literal_stems(GROUP_KINDS)
SHOP_STEMS = literal_stems(SHOP_KINDS)
PUB_NUMBER_STEMS = literal_stems(PUB_NUMBERS)
WELSH_STREET_STEMS = literal_stems(WELSH_STREET_KINDS)


def pattern_findings(text: str) -> list[Finding]:
    """Identifiers of every kind but names and places, found by patterns (Presidio's and the gate's own)."""
    found = []
    # what each kind cannot do without: most turns have no digit, no "@" and no dot inside a word, and the
    # recognisers that need one are skipped there (a third of the gate's pattern time on the demo)
    folded = text.casefold()
    has = {
        "digit": bool(DIGIT.search(text)),
        "at": "@" in text or " at " in folded,
        "dot": bool(DOT_IN_WORD.search(text)),
        # and the spoken forms: most turns name no platform and say no "dot"
        "platform": any(
            name in folded
            for name in ("insta", "tiktok", "twitter", "snap", "threads", "facebook", "fb", "discord", "telegram")
        ),
        "said dot": SAID_DOT.search(folded) is not None,
        "date": any(word in folded for word in DATE_WORDS),
        "handle": "@" in text or "_" in text or "underscore" in folded,
        # the words the rules of a rarer shape cannot match without, each looked for once
        "St": "St" in text,
        "meet": "meet" in folded or " met " in folded,
        "introduction": any(w in folded for w in ("im ", "i'm", "i\u2019m", "i am", "name", " here")),
        "shop": mentions(folded, SHOP_STEMS),
        "number": mentions(folded, PUB_NUMBER_STEMS),
        "welsh street": mentions(folded, WELSH_STREET_STEMS),
        "initial": INITIAL.search(text) is not None,
        "capitals": CAPITAL_WORDS.search(text) is not None,
        "workplace": mentions(folded, WORKPLACE_STEMS),
    }
    has["handle"] = has["handle"] or has["dot"]
    has["date"] = has["date"] or has["digit"]
    # a number typed has a digit; one read aloud says seven number words, which counted as substrings are more
    has["phone"] = has["digit"] or sum(w in SPOKEN_DIGITS for w in folded.translate(BETWEEN_DIGITS).split()) >= 7
    has["street"] = STREET_TYPE_WORD.search(text) is not None
    for kind, recognizer in presidio_recognizers():
        if not has[PRESIDIO_NEEDS[kind]]:
            continue
        for result in recognizer.analyze(text, recognizer.supported_entities, None):
            start, end = result.start, result.end
            while end > start and text[end - 1] in TRAILING:  # "see example.org/x." ends at the x
                end -= 1
            if keep_presidio(kind, text[start:end], result.score):
                found.append(Finding(start, end, kind, f"Presidio {type(recognizer).__name__}"))
    for kind, pattern in OWN_PATTERNS.items():
        if kind in OWN_NEEDS and not has[OWN_NEEDS[kind]]:
            continue
        for match in pattern.finditer(text):
            if kind == "phone" and (
                len(re.findall(r"\d|[a-z]+", match.group(0), re.IGNORECASE)) < 7 or is_freephone(match.group(0))
            ):
                continue
            # "my 16th", "on 75mg", "at 10am": an ordinal or a unit, no postcode
            # ("G41 4CM", written in capitals with its space, is a postcode whatever its last letters spell)
            if (
                kind == "postcode"
                and re.search(r"(?i)\d(?:st|nd|rd|th|mg|ml|kg|km|cm|mm|am|pm|hr|yr|mb|gb|ft|in)$", match.group(0))
                and not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}", match.group(0))
                # nor is "me2 4cm", in lower case with its space after a real area's district
                and not re.fullmatch(rf"(?i:{'|'.join(POSTCODE_AREAS)})\d[a-z\d]?\s+\d[a-z]{{2}}", match.group(0))
            ):
                continue
            found.append(Finding(match.start(), match.end(), kind))
    for match in SPOKEN_HANDLE.finditer(text) if has["platform"] else ():
        group = 1 if match.group(1) else 2
        words = match.group(group).split()[1:]
        if group == 1 and is_ordinary(words[-1].casefold()):
            continue
        if words[0].casefold() in english_stop_words():  # "on Facebook at the weekend"
            continue
        found.append(Finding(match.start(group), match.end(group), "handle"))
    for match in SPELLED_NAME.finditer(text):
        found.append(Finding(match.start(), match.end(), "name", "a name spelled out"))
    for match in HANDLE_AFTER_PLATFORM.finditer(text) if has["platform"] else ():
        found.append(Finding(match.start(1), match.end(1), "handle", "a handle after its platform"))
    for match in WORD_HANDLE_AFTER_PLATFORM.finditer(text) if has["platform"] else ():
        if not made_of_words(match.group(1).casefold()) or len(match.group(1)) >= 10:
            found.append(Finding(match.start(1), match.end(1), "handle", "a handle after its platform"))
    for match in HANDLE_BEFORE_PLATFORM.finditer(text) if has["platform"] else ():
        found.append(Finding(match.start(1), match.end(1), "handle", "a handle before its platform"))
    for match in SPOKEN_EMAIL.finditer(text) if has["said dot"] else ():
        group = 1 if match.group(1) else 2
        if match.group(group).split()[0].casefold() not in english_stop_words():
            found.append(Finding(match.start(group), match.end(group), "email"))
    for match in SPOKEN_ADDRESS.finditer(text) if has["said dot"] else ():
        if match.group(0).split()[0].casefold() not in english_stop_words():
            found.append(Finding(match.start(), match.end(), "email", "an e-mail address read aloud"))
    for match in SPOKEN_URL.finditer(text) if has["said dot"] else ():
        found.append(Finding(match.start(), match.end(), "url", "a web address read aloud"))
    # a month, a digit, a feast day or a month said as its ordinal ("the second") before the short year
    birthday = has["date"] or any(word in folded for word in BIRTHDAY_WORDS)
    for match in BIRTHDAY_SHORT_YEAR.finditer(text) if birthday and SHORT_YEAR.search(text) else ():
        found.append(Finding(match.start(), match.end(), "date_of_birth", "a birth date with its year said short"))
    for match in SPOKEN_POSTCODE.finditer(text):
        if (match.group(1) + (match.group(2) or "")) in POSTCODE_AREAS:
            found.append(Finding(match.start(), match.end(), "postcode", "a postcode read aloud"))
    if has["digit"] and OCR_NUMBER.search(text):
        read = OCR_NUMBER.sub(lambda m: m.group(0).translate(OCR_DIGITS), text)
        if read != text:
            spans = {(f.start, f.end) for f in found}
            for match in OWN_PATTERNS["phone"].finditer(read):
                if (match.start(), match.end()) not in spans and not is_freephone(match.group(0)):
                    found.append(Finding(match.start(), match.end(), "phone", "a number scanned from handwriting"))
    for match in SPACED_POSTCODE.finditer(text) if has["digit"] else ():
        if match.group(1) in POSTCODE_AREAS:
            found.append(Finding(match.start(), match.end(), "postcode", "a postcode typed with spaces"))
    for match in ZERO_FOR_O_POSTCODE.finditer(text) if has["digit"] else ():
        if match.group(1) + "O" in POSTCODE_AREAS:
            found.append(Finding(match.start(), match.end(), "postcode", "a postcode scanned from handwriting"))
    for match in NATO_RUN.finditer(text) if any(word in folded for word in NATO) else ():
        words = re.split(r"[ \t,-]+", match.group(0).casefold().replace("x-ray", "xray"))
        if sum(word in NATO for word in words) >= 2:
            said = "".join(NATO.get(word, DIGIT_WORDS.get(word, "")) for word in words)
            kind = (
                "car_registration"
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}|[A-Z]\d{1,3}[A-Z]{3}", said)
                else ("postcode" if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", said) else "name")
            )
            found.append(Finding(match.start(), match.end(), kind, "letters read in the NATO alphabet"))
    for match in DATE_THEN_BIRTH.finditer(text) if has["date"] else ():
        found.append(Finding(match.start(), match.end(), "date_of_birth", "a date then called a birth date"))
    for match in SPOKEN_NI_NUMBER.finditer(text):
        found.append(Finding(match.start(), match.end(), "ni_number", "a National Insurance number read aloud"))
    for match in WORKS_AT.finditer(text) if mentions(folded, WORK_STEMS) else ():
        first = match.group(1).split()[0].casefold()
        if not (re.fullmatch(NOT_A_WORKPLACE, match.group(1)) or first in english_stop_words() or first.isdigit()):
            found.append(Finding(match.start(1), match.end(1), "workplace", "where someone works"))
    for match in STREET_NAMED.finditer(text):
        found.append(Finding(match.start(1), match.end(1), "street_address", "a street by its name"))
    for match in WARD_NUMBER.finditer(text):
        found.append(Finding(match.start(), match.end(), "workplace", "a ward by its number"))
    for match in TOWN_BEFORE_POSTCODE.finditer(text):
        group = 1 if match.group(1) else 2
        town = match.group(group)
        if group == 2 and (town in english_stop_words() or all(is_ordinary(w) for w in re.split(r"[ -]", town))):
            continue  # "near the back, cf42 6tg": words, not a town
        if fold(town) not in big_cities() and town.casefold() not in not_people():
            found.append(Finding(match.start(group), match.end(group), "place", "the town of an address"))
    for match in NAMED_PLACE_OF_WORK.finditer(text) if mentions(folded, BUSINESS_STEMS) else ():
        name = match.group(1)
        head = re.search(rf"(?i:{BUSINESS_HEADS})$", name)
        after_the = text[: match.start(1)].rstrip().casefold().endswith("the")
        if head is not None and names_a_place_of_work(name[: head.start()], after_the):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a named place of work"))
    for match in NAMED_VENUE.finditer(text):
        name = match.group(1)
        words = name.split()[:-1]
        if words[0] in {"The", "A", "An", "Our", "My"}:
            words = words[1:]
        if words and names_a_place_of_work(" ".join(words)):
            start = match.start(1) + name.index(words[0])
            found.append(Finding(start, match.end(1), "workplace", "a named venue"))
    for match in CAPITAL_VENUE.finditer(text) if has["capitals"] else ():
        words = [POSSESSIVE_END.sub("", w.casefold()) for w in match.group(1).split()[:-1]]
        # a description ("POSTNATAL PEER SUPPORT GROUP") or a field ("DATE OF GROUP:") names no one group
        if any(w in english_stop_words() or w in {"peer", "support"} for w in words):
            continue
        if not all(
            w in GENERIC_BEFORE_HEAD or w in GENERIC_GROUP_WORDS or w in english_stop_words() or w in CALENDAR
            or w in not_people() or fold(w) in big_cities() or w in GROUP_ROLE_WORDS
            for w in words
        ):  # fmt: skip
            found.append(Finding(match.start(1), match.end(1), "workplace", "a venue named in capitals"))
    for match in UNKNOWN_BEFORE_VENUE.finditer(text):
        word = match.group(1)
        lower = word.casefold().removesuffix("'s").removesuffix("\u2019s")
        # with the venue's kind between ("northcroft youth hub"), two words run together are a name, not a word
        middle = len(match.group(0).split()) == 3
        known = (is_ordinary(lower) or lower in english_stop_words()) if middle else is_word(lower)
        if not (known or fold(lower) in big_cities() or lower in not_people() or lower in CALENDAR):
            found.append(Finding(match.start(1), match.end(), "workplace", "a named venue"))
    for match in OWNERS_SHOP.finditer(text) if has["shop"] else ():
        possessive = match.group(1).split()[0]
        owner = possessive[:-2] if possessive[-2] in "'\u2019" else possessive[:-1]
        known = fold(owner) in first_names() or fold(owner) in family_names()
        kin = owner in KIN_OWNED or owner in KIN_WORDS or owner in {"cousin", "friend", "neighbour", "mates"}
        # typed without its apostrophe, only a name's: "sids chippy", not "the crisis café"
        apostrophe = possessive[-2] in "'\u2019"
        owned = (known or not is_word(owner)) if apostrophe else (known and not is_word(possessive))
        if not kin and owner not in english_stop_words() and owned:
            # "sid's chippy", "mcardle's chippy"; not "my mum's shop", "my cousin's takeaway", "the crisis café"
            found.append(Finding(match.start(1), match.end(1), "workplace", "a shop by its owner's name"))
    for match in AT_THE_UNKNOWN.finditer(text):
        word = match.group(1)
        lower = word.casefold()
        if not (
            is_word(lower)
            or lower.removesuffix("s") in CALENDAR
            or lower in not_people()
            or fold(lower) in big_cities()
            or fold(lower) in first_names()
        ):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a place known by one name"))
    for match in SAINTS_PLACE.finditer(text) if has["St"] else ():
        found.append(Finding(match.start(1), match.end(1), "workplace", "a named venue"))
    for match in SAINTS_ALONE.finditer(text) if has["St"] else ():
        found.append(Finding(match.start(1), match.end(1), "workplace", "a saint's church or hall"))
    for match in CALLED.finditer(text):
        words = [w.casefold() for w in match.group(1).split() if w not in {"of", "&", "and"}]
        public = all(w in not_people() or w in big_cities() or w in english_stop_words() for w in words)
        if not public and fold(match.group(1).split()[0]) not in first_names():  # "called Sarah": a name's rules
            found.append(Finding(match.start(1), match.end(1), "workplace", "a thing by what it is called"))
    for match in SPOKEN_HOUSE_NUMBER.finditer(text) if has["street"] else ():
        found.append(Finding(match.start(), match.end(), "street_address", "a house number read aloud"))
    for match in HYPHENATED_PLACE.finditer(text):
        spaced = match.group("spaced")
        last = match.group(1).split()[-1].casefold()
        if (
            fold(match.group(1)) in big_cities()
            or (spaced and (is_word(spaced.casefold()) or spaced.casefold() in not_people()))
            or last.removesuffix("s") in CALENDAR
        ):
            continue  # "Newcastle upon Tyne" is a city; "Focus on Recovery" a title; "Tesco on Sunday" a shop
        found.append(Finding(match.start(1), match.end(1), "place", "a place named in the English way"))
    for match in NAMED_ESTATE.finditer(text) if "estate" in folded else ():
        if match.group("lower"):
            words = match.group("lower").split()
            if not any(w in KINDS_OF_ESTATE or w in english_stop_words() or w in CALENDAR for w in words):
                found.append(Finding(match.start("lower"), match.end("lower"), "place", "an estate by its name"))
            continue
        words = match.group(1).split()
        # an estate's name is often two words run together ("Eastmoor"), so only the dictionary's own words count
        if not all(is_ordinary(w.casefold()) or w.casefold() in GENERIC_BEFORE_HEAD for w in words):
            found.append(Finding(match.start(1), match.end(1), "place", "an estate by its name"))
    for match in WELCOME_TO.finditer(text):
        name = match.group(1)
        words = name.split()
        before = text[max(0, match.start() - 12) : match.start()].casefold().split()
        if before and before[-1] in {"you're", "you\u2019re", "youre", "are", "is", "be", "very", "most", "always"}:
            continue  # "you're welcome to just listen tonight": may, not a welcome to a group
        # in lower case only as a facilitator opens a session: "welcome everyone to keel together this is"
        if name.islower() and not re.search(r"(?i)welcome\s+(?:back|everyone|all|along)\b", match.group(0)):
            continue
        dictionary_words = all(is_ordinary(w.casefold()) or w.casefold() in english_stop_words() for w in words)
        plain = not any(w.casefold() in english_stop_words() or w.casefold() in CALENDAR for w in words)
        named = name[0].isupper() and plain and fold(name) not in big_cities() and name.casefold() not in not_people()
        if not dictionary_words or named or (name.islower() and len(words) > 1):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a group welcomed to by name"))
    for match in CREATED_GROUP.finditer(text):
        found.append(Finding(match.start(1), match.end(1), "workplace", "a chat group's name"))
    for match in UNKNOWN_BEFORE_GROUP.finditer(text) if "group" in folded else ():
        lower = match.group(1).casefold().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        # "carers' group", "peer-led group": words, not a name
        words = is_word(lower) or made_of_words(lower) or all(is_word(part) for part in lower.split("-") if part)
        known = words or fold(lower) in big_cities() or lower in not_people() or lower in CALENDAR
        if not (known or lower in english_stop_words()):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a group by its name"))
    described = any(word in folded for word in ("group", "circle", "collective", "peer"))  # what each one names
    for match in GROUP_DESCRIBED.finditer(text) if described else ():
        start = match.start("name")
        while (shouted := re.match(r"[A-Z]{2,}[ \t]+(?=[A-Z])", text[start : match.end("name")])) is not None:
            start += shouted.end()  # "NOTE Even Keel, ...": a caption file's word before the name
        name = text[start : match.end("name")]
        # "Newsletter of Second Stretch · peer support": what it is of, not the group
        of = re.match(r"[A-Z][a-z]+[ \t]+of[ \t]+(?=\S+[ \t]+\S)", name)
        if of is not None and is_ordinary(of.group(0).split()[0].casefold()):
            start, name = start + of.end(), name[of.end() :]
        words = [w for w in name.split() if w not in {"of", "de", "to", "and", "&"}]
        lower = [POSSESSIVE_END.sub("", w.casefold()) for w in words]
        # a colon after a line's first words is a speaker's label ("IV: Has the group changed"), unless "The"
        # names a group before it ("The Loom: women's peer support group")
        line_start = text.rfind("\n", 0, match.start()) + 1
        label = match.group("sep") == ":" and not match.group("the") and not text[line_start : match.start()].strip()
        # a description is of the group, not a sentence about it: "I commission the peer support group", "what
        # makes the group work", "just not a group thing" say something else
        description = re.findall(r"[\w'\u2019-]+", text[match.end("sep") : match.end()])[:-1]
        sentence = any(
            w.casefold() in english_stop_words() and w.casefold() not in DESCRIPTION_WORDS for w in description
        )
        if (
            label
            or sentence
            or name.isupper()  # a header in capitals ("ROUGH SEAS - peer support evening") is a title's shout
            or (len(lower) == 1 and lower[0] in english_stop_words())  # "Even Keel" is a name, "Even," none
            or all(w in GENERIC_GROUP_WORDS or w in CALENDAR or w in english_stop_words() for w in lower)
            or fold(name) in big_cities()
            or fold(name) in town_names()
            or name.casefold() in not_people()
            or lower[-1] in GROUP_ROLE_WORDS
            # a field's label ("Setting: bipolar peer group") is one dictionary word without "the" before a colon
            or (match.group("sep") == ":" and not match.group("the") and len(words) == 1 and is_ordinary(lower[0]))
        ):
            continue
        found.append(Finding(start, match.end("name"), "workplace", GROUP_DESCRIBED_DETECTOR))
    for match in GROUP_NAME.finditer(text) if mentions(folded, GROUP_KIND_STEMS) else ():
        words = match.group(1).split()
        peer_support = words[-1] == "Support"  # "What Makes Peer Support Work": a title, not a group's name
        if re.search(r"[\t\n]", match.group(1)) or (
            peer_support and any(w.casefold() in english_stop_words() for w in words)
        ):
            continue  # "Project<tab>Peer Support": a field and its value
        if words[0].casefold() not in GENERIC_GROUP_WORDS and fold(words[0]) not in big_cities():
            found.append(Finding(match.start(1), match.end(1), "workplace", "a group by its name"))
    for match in ROOM_OF.finditer(text) if " room " in folded or " bar " in folded else ():
        words = [w.casefold() for w in match.group(1).split()]
        if len(words) == 1 and is_ordinary(words[0]):
            continue  # "the back room of the Mission": a word, not the name the rules can tell
        if not all(w in GENERIC_BEFORE_HEAD or w in not_people() or fold(w) in big_cities() for w in words):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a place by the room a group meets in"))
    for match in NUMBERED_PUB.finditer(text) if has["number"] else ():
        found.append(Finding(match.start(1), match.end(1), "workplace", "a pub by its name"))
    for match in WELSH_STREET.finditer(text) if has["welsh street"] else ():
        found.append(Finding(match.start(1), match.end(1), "street_address", "a street by its name"))
    for match in WELSH_HYPHENATED_PLACE.finditer(text) if "-" in text else ():
        found.append(Finding(match.start(1), match.end(1), "place", "a place named in the Welsh way"))
    for match in WELSH_AND_NAME.finditer(text):
        if not is_word(match.group(1).split()[-1].casefold()):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a group by its Welsh name"))
    for match in BRACKETED_EMAIL.finditer(text) if "[" in text or "(" in text else ():
        found.append(Finding(match.start(), match.end(), "email", "an e-mail address written against harvesters"))
    for match in QUOTED_NICKNAME.finditer(text):
        if match.group(1).casefold() not in english_stop_words():
            for group in (1, 2, 3):
                found.append(Finding(match.start(group), match.end(group), "name", "a nickname between names"))
    for match in DOUBLE_NAME.finditer(text) if "-" in text else ():
        first, second = match.group(1).casefold(), match.group(2).casefold()
        if (
            fold(first) in first_names()
            and fold(second) in first_names()
            and not {first, second} & CALENDAR
            and not {first, second} & english_stop_words()
        ):
            found.append(Finding(match.start(), match.end(), "name", "a double first name"))
    for match in LOWER_INTRODUCTION.finditer(text) if has["introduction"] else ():
        word = match.group(1)
        # "name's lior, they/them"; not "i'm ok"
        known = fold(word) in first_names() or (not is_word(word) and len(word) > 2 and word not in GREETED_NOT_NAMES)
        if known and word not in english_stop_words() and word not in ABSTRACT_NAMES:
            found.append(Finding(match.start(1), match.end(1), "name", "someone saying who they are"))
    for match in STREET_THEN_POSTCODE.finditer(text) if STREET_TYPE_WORD.search(text) else ():
        found.append(Finding(match.start(1), match.end(1), "street_address", "a street before a postcode"))
    for match in SPELLED_OUT.finditer(text):
        found.append(Finding(match.start(1), match.end(1), "name", "a word spelled out"))
    for match in VOCATIVE.finditer(text) if "," in text else ():
        word = match.group(1) or match.group(2)
        lower = word.casefold()
        if lower not in NOT_SPOKEN_TO and lower not in english_stop_words() and not lower.endswith("ly"):
            begin = match.start(1) if match.group(1) else match.start(2)
            found.append(Finding(begin, begin + len(word), "name", "someone spoken to by name"))
    for match in SERVER_CHANNEL.finditer(text) if "#" in text else ():
        found.append(Finding(match.start(1), match.end(1), "workplace", "a chat server's name"))
    for match in FAMILY_OF.finditer(text) if "family" in folded else ():
        if match.group(1).casefold() not in NOT_A_FAMILY and fold(match.group(1)) not in big_cities():
            found.append(Finding(match.start(1), match.end(1), "name", "a family by its name"))
    for match in NAME_HERE.finditer(text) if has["introduction"] else ():
        word = match.group(1)
        if fold(word) in first_names() and word not in english_stop_words() and word not in ABSTRACT_NAMES:
            found.append(Finding(match.start(1), match.end(1), "name", "someone saying who they are"))
    for match in INITIAL_AND_NAME.finditer(text) if has["initial"] else ():
        before = text[max(0, match.start() - 12) : match.start()].split()
        family = re.split(r"['\u2019]", match.group(1).split(".")[-1].strip())[0]  # "F. She's": "She"
        if (before and before[-1].casefold() in NOT_INITIAL_BEFORE) or family.casefold() in english_stop_words():
            continue
        if is_ordinary(family.casefold()) and fold(family) not in family_names():
            continue  # "Student F. She's", an interview's "A. Badly, at first": a letter and a word
        if not (family.casefold() in not_people() or fold(family) in big_cities() or family.casefold() in CALENDAR):
            found.append(Finding(match.start(1), match.end(1), "name", "an initial and a family name"))
    for match in GROUP_MEETS.finditer(text) if has["meet"] else ():
        words = [POSSESSIVE_END.sub("", w.casefold()) for w in match.group(1).split()]
        if not all(
            w in GENERIC_GROUP_WORDS
            or w in english_stop_words()
            or w in CALENDAR
            or w in GROUP_ROLE_WORDS
            or w in not_people()
            or fold(w) in big_cities()
            for w in words
        ):
            found.append(Finding(match.start(1), match.end(1), "workplace", "a group by its name as it meets"))
    for match in PUB_NAME.finditer(text):
        if match.group(1).casefold().replace(" and ", " & ") not in NOT_PUBS:
            found.append(Finding(match.start(1), match.end(1), "workplace", "a pub by its name"))
    for match in FIRM_NAME.finditer(text) if "&" in text else ():
        if match.group(1).casefold() not in NOT_PUBS:
            found.append(Finding(match.start(1), match.end(1), "workplace", "a firm by its two names"))
    for finding in [f for f in found if f.kind == "street_address"]:
        number = NUMBER_AFTER_STREET.match(text, finding.end)  # "on Ravensdale Crescent, number 58"
        if number:
            found.append(Finding(finding.start, number.end(), "street_address", finding.detector))
        town = TOWN_AFTER_STREET.match(text[finding.end :])
        start = finding.end + town.start(1) if town else 0
        if (
            town
            and fold(town.group(1)) not in big_cities()
            and town.group(1).casefold() not in not_people()
            and not any(f.kind == "place" and f.start == start for f in found)  # before a postcode: found already
        ):
            found.append(Finding(start, start + len(town.group(1)), "place", "the town of an address"))
    for match in VENUE_FIELD.finditer(text) if ":" in text else ():
        # a group's field names the group only where the name is the whole value, up to a comma or a bracket
        # ("Group: Brae Carers Crew, Dundee"), not where it describes one ("Group: Psychosis recovery peer group")
        of_a_group = not re.match(r"[ \t]*(?i:venue|location|held|meeting|place)", match.group(0))
        described = of_a_group and not re.match(r"[ \t]*(?:$|[,;.(\u2013\u2014-]|\n)", text[match.end(1) :])
        when = match.group(1).split()[0].casefold().removesuffix("s") in CALENDAR  # "Session notes: Tuesday"
        if match.group(1).casefold() not in ONLINE_VENUES and not described and not when:
            found.append(Finding(match.start(1), match.end(1), "workplace", "the venue of a header"))
    for match in re.finditer(r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b", text):  # NHS numbers Presidio's spacing misses
        if nhs_checksum_ok(re.sub(r"\D", "", match.group(0))):
            found.append(Finding(match.start(), match.end(), "nhs_number"))
    return found


@functools.cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from spaCy's own list without importing spaCy.

    Importing ``spacy.lang.en.stop_words`` imports all of spaCy first (0.9 s), and the gate needs no
    model: it runs once on every rerun, so the list is read from the installed file, which assigns
    ``STOP_WORDS`` and imports nothing.
    """
    import importlib.util

    from pipeline.errors import StudyError

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise StudyError("spaCy is not installed; install the project first (see the README)")
    source = Path(spec.submodule_search_locations[0]) / "lang" / "en" / "stop_words.py"
    stop_words_spec = importlib.util.spec_from_file_location("_spacy_en_stop_words", source)
    assert stop_words_spec is not None
    assert stop_words_spec.loader is not None
    module = importlib.util.module_from_spec(stop_words_spec)
    stop_words_spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def text_of(doc: Any) -> str:
    """A Doc's text, made once: spaCy's ``Doc.text`` builds a Token for every word at every call, and the rules
    ask for the text around a word many times a turn (a tenth of the gate's time on the throughput corpus)."""
    cache = doc.user_data
    if "gate text" not in cache:
        cache["gate text"] = doc.text
    text: str = cache["gate text"]
    return text


def tokens_of(doc: Any) -> list[Any]:
    """A Doc's tokens, made once (see ``text_of``): indexing the Doc makes a new Token each time."""
    cache = doc.user_data
    if "gate tokens" not in cache:
        cache["gate tokens"] = list(doc)
    tokens: list[Any] = cache["gate tokens"]
    return tokens


@functools.lru_cache(maxsize=1 << 16)  # the same words come again in every turn: a third of the gazetteers' time
def fold(word: str) -> str:
    """A name without its accents, case-folded: "Róisín" and "roisin" are one entry."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def read_lexicon(name: str) -> frozenset[str]:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


@functools.cache
def welsh_words() -> frozenset[str]:
    """Common Welsh words (``lexicons/welsh_words.txt``): in lower case, never a name ("beth" is "what")."""
    return read_lexicon("welsh_words.txt")


@functools.cache
def first_names() -> frozenset[str]:
    """The gazetteer of first names of many origins, folded (see ``fold``), with the hand-kept short forms
    and nicknames of ``short_names.txt`` (read here too, so an entry added there needs no rebuild)."""
    return read_lexicon("first_names.txt") | short_names()


@functools.cache
def short_names() -> frozenset[str]:
    """Short forms and nicknames a UK transcript uses (``lexicons/short_names.txt``), also in the two lists of
    first names."""
    return read_lexicon("short_names.txt")


@functools.cache
def english_first_names() -> frozenset[str]:
    """First names of English-speaking locales: only these are taken for names when they are also
    English words ("Said" and "Son" are names elsewhere, "said" and "son" words here)."""
    return read_lexicon("english_first_names.txt") | short_names()


@functools.cache
def not_people() -> frozenset[str]:
    """Capitalised words never a person here: UK cities, cars, apps, shops (``lexicons/not_people.txt``),
    and the countries and counties of ``lexicons/places.txt``."""
    return read_lexicon("not_people.txt") | read_lexicon("places.txt")


@functools.cache
def big_cities() -> frozenset[str]:
    """The world's cities of 250,000 people or more, folded (``lexicons/big_cities.txt``): no identifying place."""
    return read_lexicon("big_cities.txt")


@functools.cache
def town_names() -> frozenset[str]:
    """Towns and villages of the UK, Ireland and the Crown Dependencies, folded (``lexicons/towns.txt``)."""
    return read_lexicon("towns.txt")


@functools.cache
def family_names() -> frozenset[str]:
    """Family names of many origins that are no first name, folded (``lexicons/family_names.txt``)."""
    return read_lexicon("family_names.txt")


@functools.cache
def ordinary_words() -> frozenset[str]:
    """English words in lower case: Webster's Second and GCIDE (their proper nouns are capitalised, so
    not here; GCIDE adds the inflected forms Webster's lists leave out), and common Welsh words."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    # and Welsh's common words: a bilingual transcript's "mae", "wedi", "hynny" are no one's names
    return frozenset(w for w in words if w.islower()) | welsh_words()


def lexicon_version() -> str:
    """What the gazetteers and word list are, for a scan's memo key."""
    import hashlib
    from importlib.metadata import version

    files = sorted(path.name for path in LEXICONS.glob("*.txt"))
    digest = hashlib.sha256(b"".join((LEXICONS / name).read_bytes() for name in files))
    return f"lexicons {digest.hexdigest()[:12]}; english-words {version('english-words')}"


# the last word of a run of capitalised words that names an organisation, a venue or a thing, not a person
NOT_PERSON_HEADS = {
    "board", "centre", "center", "rooms", "room", "therapies", "therapy", "service", "services", "team", "trust",
    "network", "council", "college", "library", "hall", "church", "chapel", "insurance", "transcription", "group",
    "project", "hub", "café", "cafe", "line", "unit", "ward", "foundation", "association", "society", "charity",
    "partnership", "forum", "road", "street", "lane", "park", "house", "court", "office", "department", "bank",
    "workshop", "session", "meeting", "corps", "rifles", "engineers", "guards", "regiment", "navy", "army",
    "force", "marines", "artillery", "fusiliers", "valley", "moor", "moors", "dale", "hills", "forest", "woods",
    "beach", "bay", "river", "canal", "lake", "island", "bridge", "castle", "abbey", "cathedral", "market",
    "station", "airport", "stadium", "intervention", "helpline", "parade", "school", "hospital", "surgery",
}  # fmt: skip

# words around a word that make it a name: "told mark", "rose said", "kasia does the rota", "bill's wife"
NAME_BEFORE = re.compile(
    r"\b(?:me\s+and|told|tell|asked|ask|called|named|thank|thank\s+you|thanks|thanked|texted|rang|ring|phoned|met|hi"
    r"|message|messaged|dm|dmd|dm'd|ping|pinged|tag|tagged|text"
    r"|hello|mr|mrs|ms|miss|mx|dr|(?:typed|written|transcribed|taken|minuted|notes)\s+(?:up\s+)?by"
    r"|bye|cheers|ta|mate|brother|sister|cousin|auntie|uncle|husband|wife|partner|son|daughter|friend|boyfriend"
    r"|girlfriend|colleague|neighbour"
    # a name given: "my nani called me Happy", "known as Tank", "he goes by Bear"
    r"|called\s+(?:me|him|her|them)|calls\s+(?:me|him|her)|known\s+(?:to\s+\w+\s+)?as|nicknamed|goes\s+by|go\s+by"
    # a professional named after a comma: "my community nurse, Rhodri"
    r"|(?:nurse|doctor|gp|worker|coordinator|therapist|counsellor|psychiatrist|consultant|manager|teacher|vicar"
    r"|officer|visitor|midwife)\s*,)\s*,?\s*$",
    re.IGNORECASE,
)
# before a capitalised word, someone's own kin: "My mother, Seonag, never had a word for it", "my nan Edie"
KIN_BEFORE = re.compile(
    r"\b(?:my|his|her|our|their|your)\s+(?:mother|father|mum|mam|dad|nan|gran|grandmother|grandfather|granddaughter"
    r"|grandson|niece|nephew|aunt|stepdad|stepmum|stepson|stepdaughter|fianc[eé]e?)\s*,?\s*$",
    re.IGNORECASE,
)
NAME_AFTER = re.compile(
    r"^\s*,?\s*(?:said|says|told|tells|asked|asks|reckons|thinks|thought|was\s+saying|did"
    r"|does|came|comes|went|goes|rang|texted|phoned|messaged|brought|brings|made|makes|sent|sends|gave|gives|helped"
    r"|helps|runs|ran|used\s+to|who|is\s+(?:good|great|brilliant|lovely|right|saying|already)"
    r"|ji|jee|sahib|saab|bhai|baji"  # an honorific after a name: "Kulwant ji needs help"
    r"|(?:'|\u2019)s\s+(?:mum|mam|mom|dad|nan|gran|nana|husband|wife|partner|son|daughter|kids|house|place|car"
    r"|birthday|idea|turn|friend|sister|brother|missus|fella|boyfriend|girlfriend))\b",
    re.IGNORECASE,
)
# someone described or placed, after a capitalised word: "Dawn, the health visitor", "Bill from the barbershop"
DESCRIBED = re.compile(
    r"^(?:,\s+(?:the|my|our|his|her)\s+(?!one\b|thing\b|way\b|word\b|idea\b)[a-z]+"
    # one of a group's people: "Ruairidh, one of our newer ones"
    r"|,\s+one\s+of\s+(?:our|the|my|his|her|their)\s+(?:[a-z]+\s+)?(?:ones|members|regulars|lot|lads|lasses|"
    r"volunteers|facilitators|peers|girls|boys|women|men|mums|dads|carers|founders|originals)"
    r"|\s+(?:from|at)\s+(?:the|my|our|work|church))\b"
)
# a capitalised word with its role in brackets after it is a person, even a dictionary word opening a sentence:
# "Strain (caretaker) will leave the side door open", "Patience (chair) opened"
ROLE_IN_BRACKETS = re.compile(
    r"\s+\((?:the\s+)?(?:[a-z-]+\s+)?(?:caretaker|facilitator|chair|treasurer|secretary|cleaner|warden|manager"
    r"|coordinator|co-ordinator|volunteer|nurse|interpreter|organiser|host|keyholder|minister|vicar|imam|chaplain)\)"
)
DETERMINERS = {
    "the", "a", "an", "my", "her", "his", "their", "our", "your", "whose", "this", "that", "its", "no", "any", "some",
    "every",
    "each", "other", "another", "last", "next", "first", "whole", "old", "little", "small", "big", "good",
}  # fmt: skip
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "christmas", "easter", "whitsun", "halloween", "eve", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct",
    "nov", "dec", "mon", "tues", "weds", "thurs", "fri", "sat", "sun", "tue", "wed", "thu", "thur",
}  # fmt: skip
NOT_PERSON_ENTITIES = {"DATE", "TIME", "NORP", "EVENT", "LAW", "LANGUAGE", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
                       "PERCENT"}  # fmt: skip


INFLECTIONS = ("s", "es", "ed", "d", "ing", "ies", "ied", "er", "ers")
# words a transcript uses that Webster's and GCIDE leave out: irregular plurals and chat shorthand
UNLISTED_WORDS = {
    "women", "men", "children", "people", "ppl", "app", "apps", "info", "haha", "lmao", "lol", "tbh", "idk", "rn",
    "btw", "omg", "ngl", "imo", "irl", "thx", "pls", "plz", "hiya", "becuase", "teh", "u", "ur", "ya", "yeah",
    "appt", "appts",
    # words of Britain's Caribbean English and of Scots that the American lists lack, spoken in groups as written
    "di", "inna", "nuh", "neva", "fi", "pon", "dem", "yuh", "unu", "wid", "dat", "dis", "haffi", "cyaan",
    "siddung", "pickney", "wah", "gwan", "nyam", "likkle", "bredda", "sistren", "deh", "seh", "weh", "ova",
    "dinnae", "cannae", "wouldnae", "didnae", "couldnae", "isnae", "wasnae", "wean", "weans", "bairn", "bairns",
    "awfy", "ken", "och", "aye", "youse", "yous", "hame", "mibbe", "naw", "tae", "wis",
}  # fmt: skip


@functools.lru_cache(maxsize=1 << 16)  # the same words come back in every turn
def is_ordinary(lower: str) -> bool:
    """An English word, or an inflection of one the word list leaves out ("transcribed", "rooms")."""
    ordinary = ordinary_words()
    if lower in ordinary or lower in UNLISTED_WORDS:
        return True
    # a Welsh word with its clitic joined: "sy'n", "o'r", "dyna'r", "i'w"
    stem, apostrophe, clitic = lower.replace("\u2019", "'").partition("'")
    if apostrophe and clitic in WELSH_CLITICS and stem in ordinary:
        return True
    if len(lower) >= 4 and lower.endswith("in") and is_ordinary(lower + "g"):  # the g dropped: "doin", "sayin"
        return True
    for ending in INFLECTIONS:
        stem = lower.removesuffix(ending)
        if stem == lower or len(stem) < 3:
            continue
        if ending == "d":  # "transcribe-d"; "hami-d" is no inflection
            if stem.endswith("e") and stem in ordinary:
                return True
        elif ending[0] == "e" and stem.endswith("e"):
            continue  # English drops the stem's e before an ending's: "same-er" would be "samer"; "sameer" is a name
        elif stem in ordinary or stem + "e" in ordinary or stem + "y" in ordinary:
            return True
    return False


WELSH_CLITICS = {"n", "r", "i", "u", "w", "m", "ch", "th", "ni"}
BRITISH_SPELLINGS = (("our", "or"), ("ise", "ize"), ("yse", "yze"), ("tre", "ter"), ("ogue", "og"), ("lled", "led"))


def is_word(lower: str) -> bool:
    """A word in lower case that is English: in the dictionary, made of its words (``made_of_words``), or a
    stop word."""
    return is_ordinary(lower) or made_of_words(lower) or lower in english_stop_words()


@functools.cache
def made_of_words(lower: str) -> bool:
    """A word the dictionary lacks that is made of its words: a British spelling of one ("favour", "organise",
    "centre": the word lists are American), an inflection ("darkest", "quitting") or two words run together
    ("meantime", "carpool"), as people type them."""
    for british, american in BRITISH_SPELLINGS:
        if british in lower and is_ordinary(lower.replace(british, american)):
            return True
    for suffix in ("est", "ing", "ed", "er", "ly", "s", "y"):
        stem = lower.removesuffix(suffix)
        if (
            stem != lower
            and len(stem) >= 3
            and not (suffix[0] == "e" and stem.endswith("e"))  # "sameer", "rameez": no English inflection
            and (is_ordinary(stem) or is_ordinary(stem + "e") or (stem[-1] == stem[-2] and is_ordinary(stem[:-1])))
        ):
            return True
    # two words run together, the second of four letters or more: "meantime", "carpool"; not "gip-ton",
    # which is a place
    return any(is_ordinary(lower[:i]) and is_ordinary(lower[i:]) for i in range(3, len(lower) - 3))


# someone saying who they are: only before a capital, since "i'm proud", "i'm kinda" are no names
INTRODUCTION = re.compile(r"\b(?:i'?m|i\s+am|name\s+is|name'?s|call\s+me|it'?s|this\s+is)\s*,?\s*$", re.IGNORECASE)


def in_name_context(text: str, start: int, end: int) -> bool:
    """The words around text[start:end] say it is a person's name (see NAME_BEFORE, NAME_AFTER, and for a
    capitalised word INTRODUCTION and DESCRIBED)."""
    before = text[max(0, start - 28) : start]  # "known to everyone as "
    capital = text[start].isupper()
    description = DESCRIBED.match(text[end : end + 40])
    # in lower case only a first name placed somewhere is described so ("mags from my course said"), not
    # "help from the council" nor "I'd add, the people"
    word = text[start:end].casefold()
    known = fold(word) in first_names() or (fold(word) in family_names() and not is_ordinary(word))
    placed = description is not None and not description.group(0).startswith(",")
    described = description is not None and (capital or (placed and known and word not in ABSTRACT_NAMES))
    introduced = (capital and (INTRODUCTION.search(before) or KIN_BEFORE.search(before))) or described
    return bool(NAME_BEFORE.search(before) or introduced or NAME_AFTER.match(text[end : end + 40]))


# a greeting, a thanks or a well done before a first name, as a chat writes them in lower case: "welcome tash.",
# "no worries dev 👍", "well done tash, heard you were brave", "shoutout to marj from the knit group"
GREETING = re.compile(
    r"(?:\b(?:welcome(?:\s+back)?|well\s+done|no\s+worries|cheers|thanks|thank\s+you|ta|hi|hiya|hey|hello"
    r"|congrats|congratulations|shout\s*out\s+to|love\s+you|miss\s+you|bless\s+you|good\s+luck|happy\s+birthday"
    # the time of day greets only where a message or a sentence starts ("morning jo", not "a night porter")
    r"|sorry)|(?:^|[.!?]\s+)(?:good\s+)?(?:morning|night|nite|evening|afternoon))\s*,?\s+$",
    re.IGNORECASE | re.MULTILINE,
)
# what ends a greeted name: a stop, a comma, an emoji, the line's end, "from" placing them, or kisses
GREETED_END = re.compile(r"\s*(?:[,.!?:;)]|$|[^\w\s]|x+\b|(?:from|at)\s)")


def greeted(text: str, start: int, end: int) -> bool:
    """A word after a greeting and before a stop, an emoji or the line's end (see GREETING)."""
    return bool(GREETING.search(text[max(0, start - 24) : start])) and bool(GREETED_END.match(text, end))


# a nickname's own adjective: "big al does the car park", "little jo"; after a determiner a thing ("a big mark")
NICKNAME_ADJECTIVES = {"big", "little", "old", "young", "wee"}


def after_determiner(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start].split()
    if not before or before[-1].casefold() not in DETERMINERS:
        return False
    if before[-1].casefold() in NICKNAME_ADJECTIVES:
        return len(before) > 1 and before[-2].casefold() in DETERMINERS
    return True


# names that are also abstract nouns, which stand bare before a verb as words do ("hope keeps me going",
# "grace is what we need"): only the other rules make them names
ABSTRACT_NAMES = {
    "hope", "joy", "faith", "grace", "patience", "charity", "mercy", "honour", "honor", "love", "peace", "liberty",
    "unity", "destiny", "harmony", "serenity", "trinity", "glory", "justice", "prudence", "felicity", "chastity",
    "verity", "constance", "summer", "autumn", "winter", "spring", "may", "june", "april", "august", "will",
    "sunny", "star", "sky", "storm", "rain", "heaven", "precious", "true", "blessing", "gift", "bliss", "fortune",
    "chance", "victory", "worth", "journey", "melody", "memory", "art", "bill", "mark", "guy", "rich", "sue",
}  # fmt: skip
# after "is"/"was", what says a person, not a thing, is meant: "shaz is an angel", "robin's a legend"
PERSON_AFTER_IS = re.compile(
    r"^\s*(?:is|was|'s|\u2019s)\s+(?:an?\s+(?:angel|legend|star|diamond|saint|gem|godsend|lifesaver|nightmare|character)"
    r"|so\s+(?:good|kind|funny|lovely|sound)|literally|always|never|proper|sound|class|ace|mint|amazing|bossy|our|my)\b",
    re.IGNORECASE,
)
MODALS = {"will", "would", "'ll", "\u2019ll", "can", "could", "should", "might", "must", "wo", "ca"}
ADVERBS_BEFORE_VERB = {"never", "always", "literally", "actually", "just", "really", "still", "also", "usually"}


def acts_after(doc: Any, i: int) -> bool:  # doc: the Doc or a list of its tokens
    """A bare word that does something, as a person does in casual speech typed in lower case: "robin fixes
    everyone's trucks", "smudge never shuts up", "smudge will literally give you", "robin didn't say",
    "shaz is an angel", "can mo come back", "amber's rules", "rusty's real name". A thing would need a
    determiner ("the robin"), which ``after_determiner`` already rules out; abstract nouns that stand bare
    (``ABSTRACT_NAMES``) are left to the other rules."""
    word = doc[i].text
    if word.casefold() in ABSTRACT_NAMES or word.casefold() in english_stop_words():
        return False
    # only a word the tagger takes for a proper noun ("robin", "shaz") or a nickname: "brain does", "meds
    # can't", "tmrw doesn't" are things and typing
    end = doc[i].idx + len(word)
    if fold(word) in first_names() and PERSON_AFTER_IS.match(text_of(doc[i].doc)[end : end + 40]):
        return True  # "ash is a legend", "dawn is an angel"
    if doc[i].pos_ != "PROPN" and word.casefold() not in short_names():
        return False
    first, second = (doc[j] if j < len(doc) else None for j in (i + 1, i + 2))
    if first is None:
        return False
    previous = doc[i - 1] if i > 0 else None
    if previous is not None and (previous.text in {"'s", "\u2019s"} or not previous.whitespace_):
        return False  # "Isla's laddie", the "nt" of "cant"
    if previous is not None and previous.lower_ in MODALS and first.tag_ == "VB":  # "can mo come back"
        return True
    if first.tag_ == "VBZ" and first.pos_ == "VERB":
        return True
    if first.lower_ in ADVERBS_BEFORE_VERB and second is not None and second.tag_ in {"VBZ", "VBD"}:
        return True
    if first.lower_ in MODALS and second is not None and (second.tag_ == "VB" or second.lower_ in ADVERBS_BEFORE_VERB):
        return True
    if first.pos_ == "AUX" and second is not None and second.lower_ in {"n't", "nt", "not", "never"}:
        return True
    if first.lower_ in {"has", "had", "gets", "got"} and second is not None and second.pos_ in {"DET", "PRON", "NUM"}:
        return True  # "mcgregor has the password"
    if PERSON_AFTER_IS.match(text_of(doc[i].doc)[end : end + 40]):
        return True
    # a possessive before a thing: "amber's rules", "rusty's real name", "dawn's flapjack"
    return (
        first.text in {"'s", "\u2019s"}
        and second is not None
        and second.tag_ in {"NN", "NNS", "JJ"}
        and (fold(word) in first_names())
    )


ABBREVIATIONS = re.compile(r"[A-Z]{2,}s")  # "GPs", "NHSs"


def gazetteer_findings(doc: Any) -> list[Finding]:
    """First and family names in any case, and unknown words where the words around say a name is.

    A name that is no English word is a name anywhere ("priya", "Siobhan", "yilmaz"). One that is an
    English word and a name in English ("rose", "Will") is a name when capitalised inside a sentence, or
    where the words around it say so ("rose said", "me and mark", "thank you faith", "Mark found out":
    a verb in the past tense after it), never after a determiner ("her son came"). A lower-case word no
    list knows is a name where the words around it say so ("kasia does the rota"); any word after a title
    is ("ms adebayo").
    """
    names, english, places, family = first_names(), english_first_names(), not_people(), family_names()
    text = text_of(doc)
    found, surnames = [], []
    tokens = tokens_of(doc)  # one pass makes the tokens; indexing a list is cheaper than indexing the Doc
    for token in tokens:
        word = token.text
        if len(word) < 2 or not word.isalpha() or word.isupper() or ABBREVIATIONS.fullmatch(word):
            continue  # "NHS", "GPs": abbreviations
        key, lower = fold(word), word.casefold()
        # most tokens: a word in lower case no list holds as a name, after no title ("ms adebayo")
        ordinary_lower = word.islower() and key not in names and key not in family and is_ordinary(lower)
        if ordinary_lower and (token.i == 0 or not titles(tokens[token.i - 1].text)):
            continue
        if lower in CALENDAR or lower.removesuffix("s") in CALENDAR or lower in places:
            continue
        if lower in NOT_PERSON_HEADS and key not in names:  # "Board", "Corps"; but "Dale" is a name
            continue
        if lower in KIN_WORDS or lower in ENDEARMENTS:  # "my mum, God love her", "thanks, love"
            continue
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if following is not None and following.is_title and following.text.casefold() in NOT_PERSON_HEADS:
            continue  # "Ebenezer Chapel", "Victoria Park": a place named for someone
        start, end = token.idx, token.idx + len(word)
        previous = tokens[token.i - 1] if token.i > 0 else None
        titled = previous is not None and titles(previous.text) and lower not in english_stop_words()
        at_start = previous is None or previous.text in {".", "!", "?", ":", ";", '"', "\u201c"}
        at_start = at_start or (previous is not None and "\n" in previous.text)
        capitalised_inside = word[0].isupper() and not at_start
        role = word[0].isupper() and ROLE_IN_BRACKETS.match(text, end) is not None and not after_determiner(text, start)
        if not (titled or capitalised_inside or role or key in names or key in family) and is_ordinary(lower):
            continue  # a word, in lower case or opening a sentence, with nothing around it to make it a name
        context = (
            in_name_context(text, start, end) or past_tense_after(tokens, token.i) or acts_after(tokens, token.i)
        ) and not after_determiner(text, start)
        # a capitalised word after "my friend", "told", "thank you" is a name whatever the tagger makes of it
        before = text[max(0, start - 24) : start]
        introduced = capitalised_inside and bool(NAME_BEFORE.search(before) or KIN_BEFORE.search(before))
        introduced, context = introduced or role, context or role
        # a first name before a family name no dictionary holds ("hope jenkins", "rose bowen"): both are names
        surnamed = (
            key in names
            and token.pos_ not in {"ADP", "SCONJ", "CCONJ", "AUX", "VERB", "ADV", "PRON", "DET"}  # "till weeks later"
            and following is not None
            and following.text.isalpha()
            and word.islower()  # capitalised, the runs of capitalised words find it ("Hong Kong" is no one)
            and following.text.islower()
            and fold(following.text) in family
            and following.text.casefold() not in ordinary_words()
            and following.text.casefold() not in english_stop_words()
            and not after_determiner(text, start)
        )
        if surnamed and following is not None:
            surnames.append(
                Finding(following.idx, following.idx + len(following.text), "name", "family-name gazetteer")
            )
        # greeted in a chat: a first name however ordinary ("welcome tash."), or a word no dictionary holds
        # ("shoutout to marj from the knit group"); not kin, endearments nor everyone ("thanks love", "hi all")
        greeting = (
            (key in names or not is_word(lower))
            and lower not in english_stop_words()
            and lower not in KIN_WORDS
            and lower not in ENDEARMENTS
            and lower not in GREETED_NOT_NAMES
            and greeted(text, start, end)
        )
        named = (
            titled
            or surnamed
            or greeting
            or (key in names and (addressed(tokens, token.i, at_start) or owns_kin(tokens, token.i)))
            # a word no list knows, spoken of at a turn's start: "Žydrūnas, he is a Lithuanian guy"
            or (
                not is_word(lower)
                and addressed(tokens, token.i, at_start)
                and token.i + 2 < len(tokens)
                and tokens[token.i + 2].lower_ in {"he", "she", "they", "him", "her"}
                and key not in town_names()
                and key not in big_cities()
            )
            or (
                context
                and lower not in english_stop_words()
                and (token.pos_ == "PROPN" or not is_ordinary(lower) or introduced)
            )
        )
        if word.islower() and after_determiner(text, start):  # "the telly", "every penny": a thing
            continue
        if key in names:
            ordinary = is_ordinary(lower) or token.ent_type_ in NOT_PERSON_ENTITIES
            # a name of another language that is an English word too ("Blessing", "Precious"), capitalised in a
            # sentence where the tagger takes it for a name: "I'd like Blessing to step up"
            # standing alone: not in a run of capitalised words ("Odd Socks", "Peer Support", "Hong Kong"), a date
            # ("11 Mar 2024", "2nd Floor") nor after a word that places it ("from Bergen", "in Goa")
            alone = all(
                t is None or not (t.is_title or t.is_upper or t.like_num or t.text[:1].isdigit())
                for t in (previous, following)
            )
            propn = (
                capitalised_inside
                and token.pos_ == "PROPN"
                and alone
                and previous is not None
                and previous.lower_ not in {"in", "from", "to", "at", "near", "of", "on"}
                and not after_determiner(text, start)  # "the Beat message boards"
                and (following is None or following.pos_ not in {"NOUN", "PROPN"})  # "via Beat website"
                and (following is None or following.text != ":")  # a field's label: "Edit: sorry for the novella"
            )
            if ordinary and not (named or propn or (key in english and (capitalised_inside or context))):
                continue
            detector = "first-name gazetteer"
        elif (
            key in family
            and not is_ordinary(lower)
            and (
                (word[0].isupper() and not at_start)
                or context
                or (previous is not None and fold(previous.text) in names)
            )
        ):  # a family name where a name stands: capitalised in a sentence, after a first name, in a name's context
            detector = "family-name gazetteer"
        elif named and (titled or introduced or greeting or not (is_ordinary(lower) or modified(tokens, token.i))):
            # "my Dad said", "Depression is", "my care coordinator gave": words, not names
            # greeted, a word no dictionary holds is a name whatever the greeting's words ("happy birthday sameer")
            detector = "word in a name's place"
        else:
            continue
        if previous is not None and previous.lower_ in NICKNAME_ADJECTIVES and not after_determiner(text, previous.idx):
            start = previous.idx  # "big al": the nickname is both words
        found.append(Finding(start, end, "name", detector))
    starts = {f.start for f in found}
    found += [f for f in surnames if f.start not in starts]
    return found + listed_with_a_name(tokens, found)


def listed_with_a_name(tokens: list[Any], found: list[Finding]) -> list[Finding]:
    """First names joined by "and" to a name already found: "pay dawn and robin and ash", "kai and siobhan"
    (abstract names and words after a determiner left out: "hope and siobhan", "the rose and mark")."""
    text = text_of(tokens[0].doc) if tokens else ""
    named = {text[f.start : f.end] for f in found}
    # a name found once in the turn is one wherever it stands in it ("robin fixes ... pay dawn and robin")
    starts = {f.start for f in found} | {t.idx for t in tokens if t.text in named}
    ends = {f.end for f in found} | {t.idx + len(t.text) for t in tokens if t.text in named}
    more: list[Finding] = []
    changed = True
    while changed:  # along the list, one name at a time
        changed = False
        for i, token in enumerate(tokens):
            word, lower = token.text, token.text.casefold()
            if token.idx in starts or not word.isalpha() or fold(word) not in first_names() or token.pos_ == "VERB":
                continue  # "in Barton Hill and said": a verb
            if lower in ABSTRACT_NAMES or lower in english_stop_words() or after_determiner(text, token.idx):
                continue
            after = i + 2 < len(tokens) and tokens[i + 1].lower_ == "and" and tokens[i + 2].idx in starts
            before = i >= 2 and tokens[i - 1].lower_ == "and" and tokens[i - 2].idx + len(tokens[i - 2].text) in ends
            if after or before:
                more.append(Finding(token.idx, token.idx + len(word), "name", "listed with a name"))
                starts.add(token.idx)
                ends.add(token.idx + len(word))
                changed = True
    return more


NOUN_ENDINGS = ("or", "er", "ist", "ant", "ent", "tion", "sion", "ness", "ment", "ity", "ism", "ship", "ence", "ance")


def modified(doc: Any, i: int) -> bool:  # doc: the Doc or a list of its tokens
    """A lower-case word with a noun's ending after a noun or an adjective is the head of a phrase ("care
    coordinator"), no name; "last term zsófi asked" is a name."""
    word = doc[i].text
    if not (word.islower() and word.endswith(NOUN_ENDINGS) and i > 0):
        return False
    # or after a noun's possessive: "the charity's coordinator"
    owned = i > 1 and doc[i - 1].text in {"'s", "\u2019s"} and doc[i - 2].pos_ in {"NOUN", "PROPN"}
    return doc[i - 1].pos_ in {"NOUN", "ADJ"} or owned


# words a speaker calls someone by that are no names: "thanks, love", "ta, chuck"
# what a greeting is said to that is no one: "thanks folks", "morning team", "welcome newbies", "cheers drive"
GREETED_NOT_NAMES = {"folks", "team", "gang", "ladies", "gents", "lot", "peeps", "fam", "chaps", "lovely", "lovelies",
                     "hun", "huns", "babes", "newbies", "both", "again", "back", "in", "so", "much", "for",
                     "sunshine", "pal", "buddy", "bud", "bro", "sis", "mum", "mam", "dad", "sir", "miss", "dear",
                     "darlin", "queen", "king", "kid", "kids", "boys", "girl", "boy", "comrades", "world", "group",
                     "chat", "everybody", "everyone", "y'all", "yall", "u", "ya", "yous", "youse", "honey", "lol",
                     "tho", "tbh", "omg", "pls", "plz", "btw", "haha", "hahaha", "xx", "xxx", "imo", "ngl", "rn",
                     "asap", "yep", "yeah", "yes", "ok", "okay", "thx", "ty", "hugs", "mwah"}  # fmt: skip
ENDEARMENTS = {"love", "darling", "chuck", "pet", "duck", "petal", "sweetheart", "friend", "man", "christ", "ah", "ha",
               "ta", "true", "hon", "lad", "lads", "girls", "guys"}  # fmt: skip
# the people a possessive name owns, which make it a person ("will's mam", "mark's brother")
KIN_OWNED = {"mum", "mam", "mom", "dad", "nan", "gran", "nana", "brother", "sister", "wife", "husband",
             "partner", "missus", "fella", "boyfriend", "girlfriend", "son", "daughter", "kids", "baby", "family",
             "mate", "mates"}  # fmt: skip


def addressed(tokens: list[Any], i: int, at_start: bool) -> bool:
    """A first name said to someone at a sentence's or a turn's start, before a comma: "will, nobody here is
    judgin", "Hope, you were there"."""
    following, after = (tokens[j] if j < len(tokens) else None for j in (i + 1, i + 2))
    # what follows the comma speaks to them ("you were", "nobody here", "thanks"), not a list ("Tea, biscuits")
    # nor an answer ("Grace, maybe")
    return (
        at_start
        and following is not None
        and following.text == ","
        and after is not None
        and (
            after.pos_ in {"PRON", "AUX"}
            or after.lower_ in {"thanks", "thank", "sorry", "please", "nobody", "how", "what"}
        )
        and (tokens[i].lower_ not in english_stop_words() or tokens[i].lower_ in short_names())  # "will, ..."
    )


def owns_kin(tokens: list[Any], i: int) -> bool:
    """A first name's possessive before one of the people in a life: "will's mam", "mark's brother"."""
    following, after = (tokens[j] if j < len(tokens) else None for j in (i + 1, i + 2))
    return (
        following is not None
        and following.text in {"'s", "\u2019s"}
        and after is not None
        and after.lower_ in KIN_OWNED
        and not after_determiner(text_of(tokens[i].doc), tokens[i].idx)
    )


# words for the people in a speaker's life, which open a sentence and do things as names do ("Mum said")
KIN_WORDS = {
    "mum", "mam", "mom", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "granny", "grandad", "grandma",
    "grandpa", "mother", "father", "auntie", "aunty", "uncle", "doctor", "nurse", "god", "jesus", "mate", "sir",
    "boss", "matron", "sis", "bro", "hun", "babe", "teacher", "therapist", "counsellor", "vicar", "imam", "rabbi",
    "social", "police", "everyone", "someone", "nobody", "everybody", "somebody", "anyone", "people",
}  # fmt: skip


def person_follows(token: Any) -> bool:
    """A proper noun the words after make a person although it is in the dictionary too, where a capital
    alone would not: "Mared said something last month", "because Manny put a poster up", "Kuba gave me the
    key" (a mare-d, a manny, a kuba rug), but not "Mum said" nor "Universal Credit lost my file"."""
    if token.pos_ != "PROPN" or token.lower_ in KIN_WORDS or token.lower_ in english_stop_words():
        return False
    tokens = tokens_of(token.doc)
    previous = tokens[token.i - 1] if token.i > 0 else None
    if previous is not None and (previous.is_title or previous.text in {"'s", "\u2019s"}):
        return False  # the end of a run of capitalised words: "Universal Credit lost my file"
    if previous is not None and previous.lower_ in DETERMINERS:
        return False  # "the Trust asked": an organisation
    end = token.idx + len(token.text)
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    after = tokens[token.i + 2] if token.i + 2 < len(tokens) else None
    # "Manny put", "Ruddock knows our signs", "Emlyn didn't speak"
    verb = following is not None and following.tag_ in {"VBD", "VBZ"} and following.pos_ != "AUX"
    negated = following is not None and following.pos_ == "AUX" and after is not None and after.lower_ in {"n't", "not"}
    return verb or negated or bool(NAME_AFTER.match(text_of(token.doc)[end : end + 40]))


TITLES = {"mr", "mrs", "ms", "mx", "dr"}


def titles(word: str) -> bool:
    """A title in any case before a name ("ms adebayo"); "Miss" only capitalised, since "miss" is a verb."""
    return word.casefold().removesuffix(".") in TITLES or word == "Miss"


def past_tense_after(doc: Any, i: int) -> bool:  # doc: the Doc or a list of its tokens
    """A verb in the past tense right after the word, or its "'s" before a participle, an adverb, a noun or
    an article: "Mark found out", "robin sat with me", "Joy's set up", "Mark's still around", "Shirin's
    children", "Frank's a legend". Hope, joy and faith as words seldom do things in the past tense; "Hope's
    brilliant" (an adjective) stays a word."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None:
        return False
    if following.tag_ == "VBD" and following.pos_ != "AUX":  # not "was", "had": "whose son had been"
        return True
    after = doc[i + 2] if i + 2 < len(doc) else None
    if following.text not in {"'s", "\u2019s"} or after is None:
        return False
    word = doc[i].text
    # before a noun or an adverb only a name no dictionary holds, or a capitalised one: "my friend's car"
    possessive = after.tag_ in {"RB", "NN", "NNS"} and (word[0].isupper() or not is_ordinary(word.casefold()))
    return possessive or after.tag_ in {"VBN", "VBD"} or after.lower_ == "a"
