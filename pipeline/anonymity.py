"""Anonymity gate: stop identifiable text before any coding.

Takes ``segments.parquet`` and the normalised sources; finds identifiers that survived
anonymisation with spaCy's trained named-entity recogniser and runs of capitalised words (person
names) and patterns (email addresses, UK phone numbers, UK postcodes, NHS numbers with a valid
checksum, street addresses, dates of birth, URLs). Makes the segments and sources cleared for
coding, the masked findings table and a pass marker; every later stage reads the cleared segments.

- ``stop`` mode (the default): any finding stops the run, with a masked report (file, line, kind and
  context with the identifier replaced by its kind; the identifier itself is never printed, logged
  or saved). With none, the cleared segments are the ingested ones.
- ``redact`` mode (opt-in): every finding is replaced by a kind label that is consistent across the
  study ([PERSON_1] is the same name wherever it appears), in the cleared segments and in redacted
  copies of the sources under ``data/processed``; ``data/raw`` is never written.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.detectors import (
    CALENDAR,
    GROUP_DESCRIBED_DETECTOR,
    KIND_LABELS,
    NOT_PERSON_HEADS,
    TITLES,
    Finding,
    big_cities,
    english_first_names,
    english_stop_words,
    family_names,
    first_names,
    fold,
    gazetteer_findings,
    is_ordinary,
    is_word,
    lexicon_version,
    not_people,
    pattern_findings,
    person_follows,
    tokens_of,
    town_names,
    welsh_words,
)
from pipeline.errors import StudyError, run_stage
from pipeline.gate_review import (
    IDENTIFYING,
    NOT_IDENTIFYING,
    read_reviews,
    review_sheet,
    with_decisions,
    write_review_sheet,
)
from pipeline.gate_study_files import study_cells
from pipeline.memo import forget_unused, memo_key
from pipeline.phrase_recogniser import phrase_findings
from pipeline.tables import among, atomic, spreadsheet_text, write_csv, write_parquet, write_text
from pipeline.transcripts import identity_kind

FINDING_COLUMNS = (
    "workshop_id", "segment_id", "line", "kind", "detector", "start", "end", "fingerprint", "masked_context",
)  # fmt: skip
CONTEXT_CHARS = 40
SENTENCE_ENDS = {".", "!", "?", ":", ";", '"', "\u201c", "\n"}
ROLE_WORDS = (
    "facilitator", "member", "commissioner", "participant", "speaker", "interviewer", "convenor", "convener",
    "int", "resp",  # a verbatim transcript's "INT:" and "RESP 2:"
    "chair", "host",  # "Thanks, Chair."
    # in Welsh: facilitator, participant(s), interviewer, member, commissioner, speaker
    "hwylusydd", "cyfranogwr", "cyfranogwyr", "cyfwelydd", "aelod", "comisiynydd", "siaradwr",
)  # fmt: skip

# capitalised words that are never a person here: calendar words
# the calendar's words, and the words of its days that are no one's ("Boxing Day", "Bank Holiday", "New Year")
CALENDAR_WORDS = CALENDAR | {"boxing", "day", "bank", "holiday", "new", "year"}
NOT_PERSON_ENTITIES = {
    "DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "LAW", "LANGUAGE", "MONEY", "QUANTITY", "ORDINAL",
    "CARDINAL", "PERCENT",
}  # fmt: skip
# a place is an identifier when the same turn gives an age or a diagnosis: "I'm 34, I live in Chipping
# Sodbury, and I've got bipolar" narrows a small town to one person
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
YEARS = rf"(?:\d{{1,2}}|{TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"  # "sixty-three" too
AGE = re.compile(
    rf"\b(?:i'?m|i am|aged?|turned)\s+{YEARS}\b|\b{YEARS}[- ](?:year|yr)s?[- ]old\b",
    re.IGNORECASE,
)
DIAGNOSIS = re.compile(
    r"\b(?:diagnos\w*|bipolar|schizo\w*|psychosis|psychotic|depression|anxiety|ptsd|bpd|eupd|ocd|adhd|autis\w*"
    r"|anorexi\w*|bulimi\w*|eating disorder|personality disorder|sectioned|hearing voices|self[- ]harm\w*)\b",
    re.IGNORECASE,
)
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
LOWER_RESIDENCE = re.compile(
    r"\b(?:(?:(?:live|lives|living|lived|moved|grew\s+up|i'?m|am|come|comes|born|'s|bus|drive|lift|train|here"
    r"|drove|walked|travel|travelled|cycle|cycled)\s+"
    r"(?:out\s+|over\s+|up\s+|down\s+)?|\d{1,2},?\s+|\bout\s+)(?:in|from|to|at)|\bhalf\s+of)"
    r"\s+([a-z][a-z'-]{3,})\b"  # "i live up in heptonstall", "bus from beaminster", "half of bridport"
)
# "I live out in Winterbourne", "I'm from Wotton-under-Edge": where someone lives, whatever spaCy makes of it
RESIDENCE = re.compile(
    r"\b(?i:(?:live|lives|living|lived|moved|grew\s+up|i'?m|am|come|comes|coming|came|born)"
    # "when she came home to Shawbost", "who came from Tândărei in 2014"
    r"(?:\s+with\s+(?:us|them|him|her|me|my\s+\w+))?\s+(?:out\s+|over\s+|up\s+|down\s+|back\s+|home\s+)?"
    # "She lives on the Nunsthorpe": an estate with its article
    r"(?:in|into|from|to|at|on)(?:\s+the(?=\s+(?-i:[A-Z][a-z])))?|\bout)\s+((?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*)(?:\s+(?!I\b)[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*){0,2})"
)
# where someone comes from or works out of, before a place spaCy knows: "drives down from Brymbo", "the only
# woman skipper out of Rosehearty"; with "the only ... in", a place in any case: "the only lass in laceby"
FROM_PLACE = re.compile(r"\b(?i:from|out\s+of|near|outside|round|around)\s+$")
ONLY_ONE_IN = re.compile(r"(?i:\bonly\s+(?:[\w-]+\s+){1,3}(?:in|from|at|out\s+of)\s+)([A-Za-z][\w'\u2019-]{3,})\b")
# a local place and the town it is in: "the launderette in Ystalyfera", "the chapel at Elsdon", "the Co-op in
# Leyburn", "my gp in bridge of allan", "lives up near Hawes": a place in any case no dictionary holds, or
# capitalised words
# (the place after its preposition is matched first, and the word before it looked up in VENUE_WORDS: an
# alternation of forty words tried at every position took a third of the place rules' time)
VENUE_WORDS = {
    "room", "library", "launderette", "co-op", "coop", "café", "cafe", "house", "gp", "surgery", "group", "club",
    "church", "chapel", "hall", "centre", "center", "school", "pub", "shop", "flat", "estate", "hospital", "office",
    "station", "park", "market", "gym", "pool", "home", "bungalow", "farm", "job", "college", "clinic", "practice",
    "nan's", "nans", "mum's", "mums", "dad's", "dads", "lives", "living", "people", "folk", "men", "women", "lads",
    "lasses", "kids", "girls", "boys", "families", "family", "friends", "mates", "coffee", "smallholding", "croft",
    "cottage", "caravan", "static", "allotment",
}  # fmt: skip
VENUE_IN = re.compile(
    r"(?<=\s)(?i:in|near|outside|at)\s+((?:St\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of|on|upon|under|le|in|by)\s+[A-Z][\w'\u2019-]+"
    r"|\s+[A-Z][\w'\u2019-]+)?|[a-z][a-z-]{3,}(?:\s+(?:of|on|upon|under|le)\s+[a-z]+)?)"
)
NAME_KINDS = {"name", "place", "workplace"}
# the words before a dictionary word that make it the thing again, not the name found elsewhere ("the van")
THING_BEFORE = frozenset({"the", "a", "an", "my", "your", "his", "her", "our", "their", "every", "each", "no", "that"})


def starts_sentence(token: Any) -> bool:
    """First word of a sentence (the gate runs without the parser, so punctuation decides)."""
    return bool(token.i == 0 or tokens_of(token.doc)[token.i - 1].text in SENTENCE_ENDS)


def ordinary_key(token: Any) -> str | None:
    """When a capitalised word is no name but an ordinary word at a sentence's start ("Hope is...",
    "Sorry, ...", "Yep."): None if it is not at a sentence's start (never ordinary), "" if it stands
    alone as an exclamation (always ordinary), else its case-folded text, which makes it ordinary when
    the study's speakers also use it in lower case somewhere. That last test needs the whole study's
    vocabulary, so the scan of one shard records the word and the gate decides."""
    if not starts_sentence(token):
        return None
    # a word standing alone ("Sorry,", "Yep.") is an exclamation if it is a word; "Lubna, sorry" is a name
    tokens = tokens_of(token.doc)
    alone = token.i + 1 < len(tokens) and tokens[token.i + 1].is_punct and token.ent_type_ != "PERSON"
    word = token.text.casefold()
    alone = alone and (is_ordinary(word) or word in english_stop_words() or word in not_people())
    # an English word that is no first name ("Transcribed by", "Coffee's on") is never a name
    known = is_ordinary(word) and fold(token.text) not in first_names() and not person_follows(token)
    return "" if alone or known else word


@dataclass(frozen=True)
class Candidate:
    """A possible name, before the study's vocabulary is known: dropped (or, for a run of capitalised
    words, started one word later at ``start_if_ordinary``) when ``unless`` is a word the study uses
    in lower case; ``unless`` is empty for a candidate that stands whatever the vocabulary."""

    start: int
    end: int
    detector: str
    unless: str = ""
    start_if_ordinary: int = -1


def name_candidates(doc: Any, labels: set[str], allowed: re.Pattern[str]) -> list[Candidate]:
    """Names: spaCy's person entities, proper nouns it missed, and runs of capitalised words.

    Recall matters more than precision at this gate, so three detectors run. A one-word candidate at
    a sentence's start may be an ordinary word ("Hope is..."); it carries that word, and
    ``resolve_names`` drops it if the speakers use the word in lower case anywhere in the study.
    """
    found = []
    for entity in doc.ents:
        if entity.label_ not in labels or entity.text.casefold().removesuffix("s") in CALENDAR_WORDS:
            continue  # "by Easter", "Thursdays"
        unless = ""
        if len(entity) == 1:
            # a one-word "person" that is not a proper noun is a word like Mind, Mark or Grace
            key = ordinary_key(entity[0])
            if entity[0].pos_ != "PROPN" or key == "":
                continue
            unless = key or ""
        # an entity made only of allowed words (pseudonyms, role words, configured names) is safe, and so is
        # one of ordinary words that are no names ("Zoom") or named for an organisation ("Gloucester Road")
        unsafe = [
            w for w in re.findall(r"[\w'-]+", entity.text) if not allowed.fullmatch(w) and not re.search(r"\d", w)
        ]
        # a "person" all in lower case ("peer leadership", "lol ok apart") is one only with a known name in it;
        # lower-case names are the gazetteers' to find
        lower_without_name = entity.text.islower() and all(
            w in not_people()
            or w in english_stop_words()
            or w in welsh_words()  # "beth yn y grŵp": Welsh, not Beth
            or (is_ordinary(w) and fold(w) not in first_names())
            for w in re.findall(r"[^\W\d_]+", entity.text)
        )
        if (
            unsafe
            and not (no_person(entity.text) and not (len(entity) == 1 and person_follows(entity[0])))
            and not lower_without_name
        ):
            found.append(Candidate(entity.start_char, entity.end_char, f"spaCy {entity.label_}", unless))
    for token in tokens_of(doc):
        # a capitalised proper noun the entity recogniser missed ("Siobhan", "Maciej"), unless it is a
        # date, a place or another kind of entity that is not a person
        if (
            token.pos_ == "PROPN"
            and len(token.text) > 1  # "PARTICIPANT D asked": a label's letter
            and token.is_title
            and not token.is_stop
            and token.ent_type_ not in NOT_PERSON_ENTITIES
            and token.text.casefold().removesuffix("s") not in CALENDAR_WORDS
            and not (no_person(token.text) and not person_follows(token))
            and not allowed.fullmatch(token.text)
        ):
            key = ordinary_key(token)
            if key != "":
                found.append(Candidate(token.idx, token.idx + len(token.text), "proper noun", key or ""))
    run: list[Any] = []
    for token in [*tokens_of(doc), None]:
        if (
            token is not None
            and token.is_title
            and not token.is_stop
            and token.text.casefold() not in CALENDAR_WORDS
            and not allowed.fullmatch(token.text)
        ):
            run.append(token)
            continue
        # a sentence's first word is capitalised anyway ("Ask Margaret Thornbury": drop "Ask"),
        # unless the study never uses it as an ordinary word ("Tomasz Wisniewski does the payments")
        key = ordinary_key(run[0]) if run else None
        if key == "":
            run = run[1:]
        if len(run) >= 2 and not no_person(" ".join(t.text for t in run)):
            end = run[-1].idx + len(run[-1].text)
            later = run[1].idx if key and len(run) >= 3 else -1
            found.append(Candidate(run[0].idx, end, "capitalised words", key or "", later))
        run = []
    return found


def no_person(words: str) -> bool:
    """Capitalised words that name no person: each an English word that is no first name ("Talking
    Therapies", "Integrated Care Board"), or ending in a word that names an organisation or a place
    ("Hillside Community Centre", "Gloucester Road")."""
    # a word with a digit in it is an id or a label ("Workshop cg01"), never part of a name
    parts = [
        w.casefold() for word in words.split() if not re.search(r"\d", word) for w in re.findall(r"[^\W\d_]+", word)
    ]
    if not parts:
        return True
    # an English word that is a first name only elsewhere ("Peer", "Said") names no one in an English title
    names = english_first_names()
    return parts[-1] in NOT_PERSON_HEADS or all(
        part in not_people() or ((is_ordinary(part) or part in big_cities()) and fold(part) not in names)
        for part in parts
    )


def resolve_names(candidates: Iterable[Candidate], words: set[str]) -> list[Finding]:
    """The name findings once the study's lower-case vocabulary is known."""
    found = []
    for candidate in candidates:
        start = candidate.start
        if candidate.unless and candidate.unless in words:
            if candidate.start_if_ordinary < 0:
                continue
            start = candidate.start_if_ordinary
        found.append(Finding(start, candidate.end, "name", candidate.detector))
    return found


# what may follow a name and is the rest of it: "-Jones" of "Pryce-Jones", "'Donoghue", or a capitalised word
# (on the same line: "Love, Hols" and the next message's "Thu, 14 Mar" are no one's full name)
NAME_TAIL = re.compile(r"[-'\u2019][A-Z][\w'\u2019]*|[ \t](?=[A-Z])[\w'\u2019]+(?:-[A-Z][\w'\u2019]*)*")


LOWER_TAIL = re.compile(r" ([a-z][a-z'\u2019-]{2,})\b")
# what stands between two findings that are one name: a space or a hyphen ("kwabena mensah"), or up to two
# capitalised words ("Marlhill" and "Hall" of "Marlhill Community Hall", "Hirstwood Welfare Hall")
# and "of the" between them ("Altnamackan Pride" and "Hill Flute Band" of "Altnamackan Pride of the Hill Flute Band")
ONE_NAME_BETWEEN = re.compile(r"[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){1,2}|[ \t]+of(?:[ \t]+the)?[ \t]+")
# the word for a kind of place after a place's, a workplace's or a name's finding, with up to two capitalised
# words before it, is the rest of its name: "Coton Mill" then "Library", "Platt" then "Bridge", "Severn Marches
# Community NHS" then "Trust"
PLACE_HEADS = {"valley", "moor", "moors", "dale", "hills", "forest", "woods", "beach", "bay", "river", "canal",
               "lake", "island", "bridge", "castle", "abbey", "park", "road", "street", "lane", "parade",
               "court"}  # fmt: skip
HEAD_TAIL = re.compile(
    r"[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}(?:"
    + "|".join(
        sorted(
            w.capitalize()
            for w in NOT_PERSON_HEADS - {"session", "meeting", "workshop", "line", "intervention", "team", "group"}
        )
    )
    + r")(?![\w'\u2019-])"
)


def with_surnames(text: str, findings: list[Finding]) -> list[Finding]:
    """Name findings run on over the rest of the name: a hyphenated or apostrophe surname, and a capitalised
    word after a name that no dictionary holds and names no place ("Bronwen Pryce-Jones", found as
    "Bronwen"), so the whole name is masked and redacted, not half of it."""
    extended: list[Finding] = []
    for finding in findings:
        end = finding.end
        lower_tail = LOWER_TAIL.match(text, end) if finding.kind == "name" else None
        if lower_tail and text[finding.start : end].islower():  # "finlay mcallister": a surname no list holds
            word = lower_tail.group(1)
            if not (is_ordinary(word) or word in english_stop_words() or word in not_people()):
                end = lower_tail.end()
        while finding.kind == "name" and (tail := NAME_TAIL.match(text, end)):
            word = tail.group(0).strip(" -'\u2019").casefold()
            if tail.group(0)[0].isspace() and (
                is_ordinary(word) or word in english_stop_words() or no_person(word) or word in CALENDAR_WORDS
            ):
                break
            end = tail.end()
        kind = finding.kind
        head = HEAD_TAIL.match(text, end) if kind in NAME_KINDS and text[finding.start].isupper() else None
        if head:
            end = head.end()
            kind = "place" if head.group(0).split()[-1].casefold() in PLACE_HEADS else "workplace"
        previous = extended[-1] if extended else None
        between = text[previous.end : finding.start] if previous is not None else ""
        if (
            previous is not None
            and {previous.kind, kind} <= NAME_KINDS
            and (between in {" ", "-"} or (ONE_NAME_BETWEEN.fullmatch(between) and text[finding.start].isupper()))
        ):  # "kwabena mensah": a first and a family name found apart are one name; "Rowanbrook Hall", a place
            # and a name found apart, one place (the space between them was all a reader saw of it unmasked)
            extended[-1] = Finding(previous.start, max(end, previous.end), previous.kind, previous.detector)
        else:
            extended.append(Finding(finding.start, end, kind, finding.detector))
    return extended


def name_words(name: str, allowed: re.Pattern[str]) -> str:
    """The words of a found name worth looking for elsewhere, "|"-joined: the whole name, and each of its
    words that is no dictionary word, function word or allowed word ("Margaret Thornbury" gives itself,
    "Margaret" and "Thornbury"; "Hope" gives itself)."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", name)
    parts = [
        w
        for w in words
        if len(w) >= 3
        and not (is_ordinary(w.casefold()) or w.casefold() in english_stop_words() or allowed.fullmatch(w))
    ]
    whole = " ".join(name.split())
    keep = [whole] if re.fullmatch(r"[^\W\d_][\w'\u2019 -]*", whole) and not allowed.fullmatch(whole) else []
    return "|".join(dict.fromkeys([*keep, *parts]))


def whole_place_name(name: str, allowed: re.Pattern[str]) -> bool:
    """A place's or a workplace's found name worth looking for again: two words or more, or one word no dictionary
    holds, none of them allowed, and no real town or city (found by their own rules where they identify)."""
    words = name.split()
    if not words or any(is_allowed(w, allowed) for w in words) or re.search(r"\d", name):
        return False
    parts = [part.casefold() for word in words for part in re.split(r"[-'\u2019]", word) if part]
    if len(words) == 1:
        lower = words[0].casefold()
        # "drop-in": a word made of dictionary words is one
        unknown = not all(is_ordinary(part) or part in english_stop_words() for part in parts)
        return len(lower) >= 4 and unknown and lower not in big_cities() and lower not in town_names()
    if all(is_ordinary(part) or part in english_stop_words() for part in parts) and parts[-1] in NOT_PERSON_HEADS:
        return False  # "Community Room", a header's venue in dictionary words with a generic head, is a kind of room
    whole = " ".join(words).casefold()
    # a real town found where it identifies someone ("moved to Kirkby Stephen with her kids") is not one everywhere
    return (
        whole not in town_names()
        and whole not in big_cities()
        and not all(w.casefold() in english_stop_words() for w in words)
    )


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Overlapping findings become one, keeping the first kind found there."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Finding(last.start, max(last.end, finding.end), last.kind, last.detector)
        else:
            merged.append(finding)
    return merged


WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|[@_#]+")


def mask(text: str, findings: Sequence[Finding], focus: Finding, keep: re.Pattern[str]) -> str:
    """Context around one finding with every finding in it replaced by its kind, the one it is about as
    ``>>[KIND]<<``.

    Of the rest, only words known to be safe are shown: English function words, ordinary English words
    that are no first name (in lower case), the study's allowed words; every other word is [?] and every
    digit #. A name, handle or half postcode the detectors missed must not reach the review sheet through
    the context of one they found.
    """
    names = first_names()

    def shown(match: re.Match[str]) -> str:
        word = match.group(0)
        if keep.fullmatch(word) or (word.islower() and is_ordinary(word) and word not in names):
            return word
        if word.isdigit():
            return "#" * len(word)
        return "[?]"

    lo = max(0, focus.start - CONTEXT_CHARS)
    hi = min(len(text), focus.end + CONTEXT_CHARS)
    pieces = []
    cursor = lo
    for finding in findings:
        if finding.end <= lo or finding.start >= hi:
            continue
        pieces.append(WORD_OR_NUMBER.sub(shown, text[cursor : max(cursor, finding.start)]))
        # the finding the row is about stands out from the others near it: the ninth issue-18 trial's typist's name
        # and the "Date" below it read alike, "[PERSON] [PERSON] typed:", and the wrong one could be cleared
        label = f"[{KIND_LABELS[finding.kind]}]"
        pieces.append(f">>{label}<<" if (finding.start, finding.end) == (focus.start, focus.end) else label)
        cursor = max(cursor, finding.end)
    pieces.append(WORD_OR_NUMBER.sub(shown, text[cursor:hi]))
    context = " ".join("".join(pieces).split())
    return ("…" if lo > 0 else "") + context + ("…" if hi < len(text) else "")


def finding_fingerprint(kind: str, text: str, start: int, end: int) -> str:
    """What a reviewer's decision is about: this identifier in these words around it. The same name in
    another sentence is another finding, so clearing "Rosa" once does not clear every Rosa."""
    around = " ".join(text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS].split())
    key = f"{kind}\n{' '.join(text[start:end].casefold().split())}\n{around}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def identifier_group(kind: str, text: str) -> str:
    """Findings of the same identifier, whatever their context: one row of the review sheet. Internal to
    the gate, never written: a hash of a name tells whoever guesses the name that it is there."""
    return hashlib.sha256(f"{kind}\n{identifier_key(kind, text)}".encode()).hexdigest()[:10]


def names_in_pattern(speaker_pattern: str, allow: Sequence[str]) -> list[str]:
    """The words of the speaker pattern that are people's names ("Zoë" in "P[0-9]+|Zoë") and not in the allow-list.
    Every label the pattern matches is taken as a pseudonym, which the gate never reports, in a label or in speech:
    the eighth issue-18 trial added a speaker's real name to the pattern to get past ingest, and the gate let it
    through everywhere. A name stays in the pattern only where the study says it is a pseudonym (anonymity.allow)."""
    literal = re.sub(r"\\.|\[[^\]]*\]|\(\?(?:P<\w+>|[a-zA-Z]*[:=!]|<[=!])|\{[^}]*\}", " ", speaker_pattern)
    pseudonyms = {w.casefold() for entry in allow for w in entry.split()}
    return [
        word
        for word in dict.fromkeys(re.findall(r"[^\W\d_]{3,}", literal))
        # a family name of three letters is more often an abbreviation ("Fac" for facilitator)
        if (fold(word) in first_names() or (len(word) > 3 and fold(word) in family_names()))
        and not is_ordinary(word.casefold())
        and word.casefold() not in pseudonyms
    ]


def allowed_words(speaker_pattern: str, allow: Sequence[str]) -> re.Pattern[str]:
    """Words never reported: speaker pseudonyms, role words and the configured allow-list. A name in the speaker
    pattern that the allow-list does not confirm as a pseudonym stops the run (see ``names_in_pattern``)."""
    named = names_in_pattern(speaker_pattern, allow)
    if named:
        raise StudyError(
            f"config key 'ingest.speaker_pattern' holds {len(named)} name(s) "
            f"('{named[0]}'{', ...' if len(named) > 1 else ''}); "
            "the gate takes every label the pattern matches as a pseudonym and never reports it, in a label or in "
            "speech: if it is a pseudonym, add it to anonymity.allow as well; if it is a person's name, replace it "
            "in the transcripts with a pseudonym"
        )
    # each word as written and without its accents: "café" allowed is "cafe" typed without one (the ninth issue-18
    # trial's "cafe" was reported as a workplace)
    written = [w for entry in (*ROLE_WORDS, *allow) for w in entry.split()]
    words = [re.escape(w) for w in dict.fromkeys([*written, *(fold(w) for w in written)])]
    return re.compile(rf"(?:{speaker_pattern}|(?i:(?:{'|'.join(words)})s?))")


def safe_context_words(allowed: re.Pattern[str]) -> re.Pattern[str]:
    """Allowed words plus English function words ("The", "We"), which may show in a masked context."""
    stop = "|".join(sorted(re.escape(w) for w in english_stop_words() if w.isalpha()))
    return re.compile(rf"(?:{allowed.pattern}|(?i:{stop}))")


CANDIDATE_COLUMNS = ("segment_id", "start", "end", "kind", "detector", "unless", "start_if_ordinary")


def unsegmented(segments: pd.DataFrame, sources: dict[str, str]) -> pd.DataFrame:
    """The text of each source that no segment holds (header lines, speaker labels and display names,
    notes between turns), as rows shaped like segments, so the gate scans every character that leaves.

    Their segment ids are ``<workshop>~<offset>``: no segment has one, and findings in them are reported
    with an empty segment id.
    """
    rows = []
    for workshop_id, source in sorted(sources.items()):
        of_workshop = segments[segments["workshop_id"] == workshop_id].sort_values("start")
        cursor = 0
        for start, end in [*zip(of_workshop["start"], of_workshop["end"], strict=True), (len(source), len(source))]:
            piece = source[cursor:start]
            if piece.strip():
                begin = cursor + len(piece) - len(piece.lstrip())
                text = piece.strip()
                rows.append(
                    {
                        "segment_id": f"{workshop_id}~{begin}",
                        "workshop_id": workshop_id,
                        "line": source.count("\n", 0, begin) + 1,
                        "start": begin,
                        "end": begin + len(text),
                        "text": text,
                    }
                )
            cursor = max(cursor, int(end))
    return pd.DataFrame(rows, columns=["segment_id", "workshop_id", "line", "start", "end", "text"])


def is_allowed(text: str, allowed: re.Pattern[str]) -> bool:
    """Every word of a finding is a word never reported (a pseudonym, a role word, the allow-list)."""
    words = re.findall(r"[\w'\u2019-]+", text)
    return bool(words) and all(allowed.fullmatch(word) for word in words)


# a town or village of the gazetteer (lexicons/towns.txt), written as one: a word of it capitalised, or in
# lower case one no dictionary holds ("buckie", "findochty")
PLACE_WORD = re.compile(r"[A-Za-z]+(?:[-'\u2019][A-Za-z]+)*")
# before a town whose name is also a word or a name ("in Street", "out to Keith", "from Hope"): where it
# stands is what makes it a place
BEFORE_A_PLACE = re.compile(
    r"\b(?i:in|from|to|at|near|outside|round|around|towards|through|via|past|beyond|out\s+of|up\s+in|down\s+in)\s+$"
)


# after a town's name, words that make it a person's: "Thornbury said", "Keswick rang me"
ACTS_AS_A_PERSON = re.compile(
    r"\s+(?:said|says|told|asked|rang|rings|texted|messaged|thinks|thought|reckons|went|came|gave|got|put|is|was|has|had)\b"
)


def town_findings(text: str) -> list[Finding]:
    """Towns and villages of the UK, Ireland and the Crown Dependencies (``lexicons/towns.txt``, GeoNames):
    runs of up to four words, longest first. A name that is also an English word or a first or family name
    ("Street", "Keith") counts only after a word that places it ("in", "from", "near"), and so does one in
    lower case ("from buckie"; "the rugby club" is none), if no dictionary holds it; a month ("March") never."""
    towns, starts = town_names(), town_first_words()
    words = [(m.start(), m.end()) for m in PLACE_WORD.finditer(text)]
    found: list[Finding] = []
    i = 0
    while i < len(words):
        matched = 0
        first = fold(text[words[i][0] : words[i][1]])
        if first not in starts and POSSESSIVE.sub("", first) not in starts:
            i += 1  # no town starts with this word: the common case, on every word of every turn
            continue
        for n in range(min(4, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(run)):
                continue  # the words of a town's name stand together, in one line
            start, end = run[0][0], run[-1][1]
            name = text[start:end]
            if name[-2:].casefold() in {"'s", "\u2019s"}:  # "Buckie's harbour": the place without its 's
                name, end = name[:-2], end - 2
            if fold(name) not in towns:
                continue
            if any(word.casefold() in CALENDAR_WORDS for word in name.split()):
                continue  # "the shop in March": a month before it is a town
            placed = bool(BEFORE_A_PLACE.search(text[max(0, start - 16) : start]))
            if not placed and ACTS_AS_A_PERSON.match(text, end):
                continue  # "Thornbury said": a person of a town's name, left to the name detectors
            ambiguous = ambiguous_place(name)
            # in lower case, or a word or a name too, only where it stands as a place ("the rugby club" is none);
            # a word or a name in lower case never
            if ((name.islower() or ambiguous) and not placed) or (ambiguous and not name[0].isupper()):
                continue
            found.append(Finding(start, end, "place", "a town or village"))
            matched = n
            break
        i += matched or 1
    return found


POSSESSIVE = re.compile(r"['\u2019]s$")


@functools.cache
def town_first_words() -> frozenset[str]:
    """The first word of every town of the gazetteer, as ``PLACE_WORD`` reads it: most words start none."""
    return frozenset(match.group(0) for town in town_names() if (match := PLACE_WORD.match(town)))


def ambiguous_place(name: str) -> bool:
    """A town's name that is also something else: every word an English word, a first or family name, a
    calendar word, or in lower case, a name too short to tell."""
    if name.islower() and len(name) < 4:
        return True
    return all(
        word in CALENDAR_WORDS
        or word in english_stop_words()
        or is_ordinary(word)
        or fold(word) in first_names()
        or fold(word) in family_names()
        for word in (part.casefold() for part in re.split(r"[ -]", name) if part)
    )


# a speaker's name where a label stands: at a line's start, after a sentence, after a chat's "21:14 - " or
# "[19:42] ", or in a table's first cell, before ": " or a tab ("MAGNIE: Sorry I'm late", "- kaz: hiya",
# "Shmuli\tThe first one"); and a name in brackets in a label ("Peer worker (Dee):")
LABEL_NAME = re.compile(
    # in any alphabet's letters: a caption's "CATRÌONA:", "ÙISDEAN:"
    r"(?:^|(?<=[.!?]\s)|(?<=\]\s)|(?<=\d\s-\s)|(?<=\t)|(?<=>>\s))([^\W\d_][\w'\u2019-]*(?:\s[^\W\d_](?:[^\W\d_]|['\u2019-])*)?)"
    r"(?=\s?(?:\(\d[\d:.,]*\)|\[\d[\d:.,]*\])?:\s|\t)",  # a time may stand between: "Tunde (00:01:03.200): "
    re.MULTILINE,
)
# in a chat's sender position a label is a person's name however ordinary the word ("- sunny:", "] will:"),
# and so is a table's speaker cell after its time cell ("10:04<tab>HUMA<tab>I'll go first")
CHAT_SENDER = re.compile(r"(?:\]\s|\d\s-\s|\d\t)$")
# a sender's line in a chat copied from Discord or Slack: the name, a dash and when ("bob — today at 21:06",
# "moth_girl_22 — 14/11/2026 22:10"), the message on the lines after
SENDER_LINE = re.compile(
    r"^[ \t]*([^\s\u2014\u2013]+(?:[ ][^\s\u2014\u2013]+)?)[ \t]+[\u2014\u2013-][ \t]+"
    r"(?i:(?:today|yesterday)\s+at\s+\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2})?)",
    re.MULTILINE,
)
# a sender's line with the time alone after it, as Slack and Instagram exports write them ("harps  9:05 AM",
# "jac (they/them)  10:21 AM", "crann.taca.iur - 20:44"), the message on the lines after
SENDER_TIME_LINE = re.compile(
    # (and a status emoji after the pronouns: Slack's "ash m (they/them) 🌈  09:22")
    r"^[ \t]*([^\s\u2014\u2013()]+(?:[ ][^\s\u2014\u2013()]+)?)(?:[ \t]+\([a-z]+/[a-z]+\))?(?:[ \t]+[^\w\s]{1,4})?"
    r"(?:[ \t]+[\u2014\u2013-][ \t]+|[ \t]{2,})\[?\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?\]?[ \t]*$",
    re.MULTILINE,
)
# what an agenda or a programme puts before a time, where a sender would stand
AGENDA_WORDS = {"break", "lunch", "welcome", "close", "closing", "start", "end", "arrival", "arrivals", "finish",
                "registration", "coffee", "tea", "introductions", "intro", "session", "plenary", "feedback",
                "summary", "questions", "doors", "recording", "meeting", "call", "time", "today", "yesterday",
                "tomorrow", "edited", "sent", "read", "delivered"}  # fmt: skip
CAPITAL_NAME = re.compile(r"\b([A-Z]{2,}(?:['\u2019-][A-Z]+)?)[ \t]+([A-Z]{2,}(?:['\u2019-][A-Z]+)?)\b")
# Teams' transcript copied as text: "Okonjo, Adaeze   5:35", the speech on the next line
TEAMS_NAME = re.compile(
    r"^[ \t]*([A-Z][\w'\u2019-]+,[ \t]+[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)[ \t]{2,}\d{1,2}:\d{2}",
    re.MULTILINE,
)
# a chat copied from Messenger: the sender's first name alone on a line, the message on the next ("joy\nmorning
# all"), and who has seen it ("Seen by crystal, Holly, Robin and 4 others")
SENDER_ALONE = re.compile(r"^[ \t]*([A-Za-z][a-z'\u2019-]+)[ \t]*\n(?=[ \t]*\S)", re.MULTILINE)
SEEN_BY = re.compile(
    r"^[ \t]*Seen by ((?:[A-Za-z][\w'\u2019-]*(?:,\s*|\s+and\s+))*[A-Za-z][\w'\u2019-]*)", re.MULTILINE
)
# a comment's author in a Facebook thread copied as text: "Honey Mudge · 5h", "Pearl Treloar · Admin · 1h",
# "ivy kessell · 30m" (the "Like · Reply · 6h" under a comment names no one)
COMMENT_AUTHOR = re.compile(
    r"^[ \t]*([^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*){0,2})[ \t]+\u00b7[ \t]+"
    r"(?:(?:Admin|Moderator|Author|Top fan|Group expert)[ \t]+\u00b7[ \t]+)?(?:\d{1,2}\s?[smhdwy]|Just now)\b",
    re.MULTILINE,
)
COMMENT_WORDS = {
    "like",
    "reply",
    "share",
    "edited",
    "comment",
    "comments",
    "view",
    "more",
    "replies",
    "see",
    "top",
    "fan",
}
# senders in a chat that are no one: the app's own lines and the group itself
NOT_A_SENDER = {"admin", "host", "moderator", "mod", "system", "bot", "group", "everyone", "unknown", "note", "notes",
                "update", "reminder", "message", "media", "image", "video", "audio", "sticker", "voice", "call",
                "location", "contact", "document", "poll", "event", "whatsapp", "signal", "meta"}  # fmt: skip
# a sender in a Zoom chat saved as text ("00:01:52 From dele.o (he/him) to Everyone:", "From Jonno's iPad to
# Everyone:") and in a Telegram Desktop export ("Fellside Natter, [06.03.24 19:02]")
ZOOM_CHAT_SENDER = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+From[ \t]+(.+?)[ \t]+to[ \t]+.+?:", re.MULTILINE)
TELEGRAM_SENDER = re.compile(
    r"^[ \t]*([^\n,\[\]]{2,60}?),[ \t]+\[\d{1,2}\.\d{1,2}\.\d{2,4}[ \t]+\d{1,2}:\d{2}\][ \t]*$", re.MULTILINE
)
OWNED_DEVICE = re.compile(r"['\u2019]s\s+(?i:ipad|iphone|android|galaxy|pixel|laptop|phone|tablet|macbook|pc)\b")
DEVICE_OWNER = re.compile(rf"([^\W\d_][\w-]*){OWNED_DEVICE.pattern}")  # "Rob's iPad": Rob
# initials given after a full name in minutes, then used alone: "Rachel Tomlinson (RT)", "4. RT to circulate"
INITIALS_GIVEN = re.compile(
    # the role may stand in the brackets too: "Dawn Featherstone (Chair, DF)"
    r"\b((?:[A-Z][\w'\u2019-]+[ \t]+){1,2}[A-Z][\w'\u2019-]+)[ \t]+\((?:[^()\n]{1,40}?,[ \t]*)?([A-Z]{2,3})\)"
)
# a record's name field: "Name:      Margaret "Peggy" DOIG" (the whole value is the person's)
NAME_FIELD = re.compile(
    r"^[ \t]*(?i:name|full\s+name|first\s+name|client|service\s+user|patient|member'?s?\s+name|next\s+of\s+kin"
    # an export's account and the other party ("Account: crann.taca.iur", "Conversation with: roisin.beag_"), who
    # kept or checked a record ("Log holder: M.McK.", "Reviewed by: HGP"); a form's dot leaders before the colon
    r"|account|username|user\s+name|conversation\s+with|log\s+holder|reviewed\s+by|completed\s+by"
    r"|prepared\s+by|signed)[ \t.]*:[ \t]*"
    r"([^\W\d_][^\n,;(|]{1,60}?)[ \t]*(?=$|[,;(|]|\t|\s{2,})",
    re.MULTILINE,
)
# initials alone in an attendance list are people ("Present: LW, DK, SÓC (Peer Support Workers)", "Apologies:
# RH-B", at a line's start or after a sentence's end), and then wherever they stand in the workshop ("LW raised
# ...", "SÓC: draft ..."), as initials given after a name are; the acronyms of roles and services that such lists
# also hold are not
ATTENDANCE = re.compile(
    r"(?:^|(?<=[.;] ))[ \t]*(?i:present|attendees|attendance|in\s+attendance|also\s+present|attending"
    r"|apologies(?:\s+received)?|absent|minutes|notes\s+taken\s+by|minutes\s+taken\s+by|owner|action\s+owner|lead"
    r"|responsible|members\s+present|co-?facilitators?|deputy|log\s+holder|reviewed\s+by)[ \t.]*:[ \t]*"
    r"([^\n]+)",
    re.MULTILINE,
)
LONE_INITIALS = re.compile(
    r"(?<![\w'\u2019-])([A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ]{1,3}[-'\u2019][A-ZÀ-ÖØ-Þ]{1,3})(?![\w'\u2019-])"
)
ROLE_ACRONYMS = frozenset({
    "NHS", "GP", "GPS", "CPN", "ICB", "PSW", "OT", "SW", "CEO", "HR", "IT", "MH", "CMHT", "RN", "HCA", "SLT", "CCG",
    "LA", "VCS", "DWP", "PA", "AOB", "TBC", "CIC", "CVS", "BSL", "ESOL", "PCN", "SPLW", "ICS", "LD", "ADHD", "ASC",
    "DBS", "FYI", "NA", "AA", "SMT", "QA", "PPI", "PPIE", "MP", "CLLR", "DR", "MR", "MRS", "MS", "ALL", "NONE",
})  # fmt: skip
# initials with their stops are someone's ("written up by D.W.", "the referral for J.T."), unless they are
# an abbreviation everyone writes so
# (with a Mc, Mac or O' surname's own capital: "M.McK.", "F.McC.", "K.O'C.")
DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.(?:(?:Mc|Mac|O['\u2019])?[A-Z]\.){1,2}(?![\w]|\.\w)")
NOT_INITIALS = {"U.K.", "U.S.", "E.U.", "A.M.", "P.M.", "N.B.", "P.S.", "I.T.", "G.P.", "A.E.", "R.I.P.", "U.S.A.",
                "B.B.C.", "N.H.S.", "T.V.", "O.K.", "I.D.", "Q.C.", "M.P.", "P.E.", "R.E.", "A.A.", "N.A.", "D.J.",
                "C.V.", "P.T.O.", "E.G.", "I.E.", "A.D.", "B.C.", "V.I.P.", "C.E.O.", "S.A.S."}  # fmt: skip
# what a transcriber writes in brackets for what they took out ("[POSTCODE]", "[REDACTED]"), never a name
PLACEHOLDERS = {"postcode", "redacted", "removed", "anonymised", "anonymized", "name", "surname", "address", "phone",
                "email", "dob", "number", "place", "town", "village", "school", "workplace", "employer", "street",
                "location", "nhs", "crosstalk", "overlap", "overtalk", "unclear", "indistinct"}  # fmt: skip
# a speaker's label in square brackets, in capitals: "[DEV] Right, is that little red light on?"; and in round
# brackets before the words, as captions of a filmed workshop name who speaks: "(JEAN) What's said on the boat"
BRACKETED_LABEL = re.compile(r"\[([A-Z][A-Z'\u2019-]{1,})\]|\(([A-Z][A-Z'\u2019-]{1,})\)(?=[ \t]+[A-Z\"\u201c])")
# a film's name card: a full name in capitals and the person's role ("JEAN ASKEW Member, Barrow group")
NAME_CARD = re.compile(
    r"\b([A-Z][A-Z'\u2019-]+)[ \t]+([A-Z][A-Z'\u2019-]+)[ \t]+(?=(?:Member|Facilitator|Co-facilitator|Volunteer|Chair"
    r"|Skipper|Commissioner|Coordinator|Co-ordinator|Lead|Founder|Organiser|Peer|Host|Secretary|Treasurer)\b)"
)
# a comment's author, as a word processor's comments are written inline: "[Comment - P.M.: I said it stronger]",
# "[Comment by Graham: ...]"
INLINE_COMMENT_AUTHOR = re.compile(
    r"\[(?i:comment|margin\s+note|reply)[ \t]*(?:[-\u2013\u2014:]|(?i:by|from))?[ \t]*"
    r"([A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)?)[ \t]*:"
)
# a chat exported with the date and time on a line of their own, the sender on the next and the message after, as
# iMessage and SMS backups write them ("Mar 05, 2024  9:17:44 AM\nkels 💕\nup feeding"): the sender is someone
SENDER_AFTER_TIME = re.compile(
    r"^[ \t]*(?:[A-Za-z]{3,9},?[ \t]+)?(?:[A-Za-z]{3,9}[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Za-z]{3,9}[ \t]+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?"
    r"[ \t]*\n"
    r"[ \t]*([^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,2})[ \t]*[^\w\s]{0,6}[ \t]*\n(?=[ \t]*\S)",
    re.MULTILINE,
)
# a directory's display name, family name first in capitals: "HOLLIS, Maureen (Marlstone Surgery)"
DIRECTORY_NAME = re.compile(
    r"^[ \t]*(?:\[[\d:]+\][ \t]*)?([A-Z][A-Z'\u2019-]+),[ \t]+([A-Z][a-z][\w'\u2019-]*)(?=[ \t]*(?:\(|$))", re.MULTILINE
)
# a first name just before a phone number is the person to ring, even one that is also a word: "Lead: Dawn 07700 900733"
NAME_BEFORE_PHONE = re.compile(
    r"\b([A-Z][a-z]+)[ \t]*[:\-\u2013]?[ \t]*(?=(?:\+44[ \t]?|0)\d{2,4}[ \t]?\d{3}[ \t]?\d{3,4}\b)"
)
# a transcriber's or note-taker's initials signing a note in brackets: "[Otter merged the voices. - MD]"
# ("Can we note I was asking, not proposing? GAL]": after the note's own stop too)
SIGNED_NOTE = re.compile(r"(?:[-\u2013\u2014]|(?<=[.?!]))[ \t]*([A-Z]{2,3}|(?:[A-Z]\.){2,3})[ \t]*\]")
NAME_IN_LABEL = re.compile(r"\(([A-Z][a-z]+)\)(?=:\s)")


# a speaker named in square brackets inside a caption's text, as Microsoft Stream writes it ("[Steady Brothers]
# Morning. Callum, I run the group"): a name or a group's account, where a sound would be ("[Laughter]")
BRACKETED_SPEAKER = re.compile(r"\[([A-Z][\w'\u2019-]*(?:[ \t][A-Z][\w'\u2019-]*){0,3})\][ \t]+(?=[A-Z\d\"'\u201c])")
SOUNDS = {"laughter", "laughs", "laughing", "music", "applause", "inaudible", "crosstalk", "silence", "pause",
          "paused", "coughs", "coughing", "noise", "background", "unclear", "indistinct", "overlapping", "sighs",
          "sigh", "phone", "rings", "ringing", "door", "knock", "knocking", "chuckles", "chuckle", "cheering",
          "cheers", "clapping", "break", "recording", "ends", "starts", "resumes", "beep", "static", "groans", "cries",
          "crying", "sniffs", "audio", "video", "technical", "issues", "redacted", "name", "place", "interruption",
          "unintelligible", "foreign", "language", "speaking", "welsh", "urdu", "translated", "translation",
          "interpreter", "end", "start", "transcript", "silent", "long", "short", "laughs)", "all", "group", "both",
          "multiple", "voices", "speakers", "child", "baby", "dog", "barking", "traffic", "wind", "sound", "applauding",
          "note", "sic", "emphasis", "whispers", "whispering", "shouting", "tearful", "upset", "gap", "cut",
          "off"}  # fmt: skip


def bracketed_speaker_findings(text: str, allowed: re.Pattern[str]) -> list[Finding]:
    """A speaker's name in square brackets before their words, where a caption file puts it in the text (the blind
    set BO's Stream captions, "[Steady Brothers] Morning."): taken where it comes back (a speaker speaks again) or
    is a first name, never a sound ("[Laughter]") or an allowed label ("[Speaker 2]")."""
    seen: dict[str, list[re.Match[str]]] = {}
    for match in BRACKETED_SPEAKER.finditer(text):
        label = match.group(1)
        words = [word.casefold() for word in label.split()]
        if is_allowed(label, allowed) or all(word in SOUNDS or word.isdigit() for word in words):
            continue
        seen.setdefault(label, []).append(match)
    return [
        Finding(match.start(1), match.end(1), "name", "a speaker named in brackets")
        for label, matches in seen.items()
        if len(matches) >= 2 or fold(label.split()[0]) in first_names()
        for match in matches
    ]


# a survey export's respondent line, as ingest writes it: "[respondent 3: # = 3 | What's your first name? = marta]"
RESPONDENT_LINE = re.compile(r"^\[respondent \d+: (.*)\]$", re.MULTILINE)
# an answer that gives nothing away
NO_ANSWER = {"", "-", "n/a", "na", "none", "no", "yes", "anonymous", "anon", "prefer not to say", "rather not say"}


def survey_field_findings(text: str) -> list[Finding]:
    """A survey's answers to a question about who the respondent is, where they live or how to reach them
    (``identity_kind``: "What's your first name?", "Which club are you with?"), each taken whole as that identifier
    whatever its words: blind set BL's Typeform answers were first names in lower case ("kai"), villages and
    groups, none of which any other rule could know."""
    found = []
    for line in RESPONDENT_LINE.finditer(text):
        position = line.start(1)
        for field in line.group(1).split(" | "):
            start = text.index(field, position)
            position = start + len(field)
            question, equals, answer = field.partition(" = ")
            kind = identity_kind(question)
            if not equals or kind is None or answer.strip().casefold() in NO_ANSWER:
                continue
            begin = start + len(question) + len(equals)
            found.append(Finding(begin, begin + len(answer.rstrip()), kind, "a survey's answer about the respondent"))
    return found


def label_name_findings(text: str, allowed: re.Pattern[str]) -> list[Finding]:
    """Speakers' names written as labels: a label no role word or pseudonym makes (``allowed``), whose words
    are names. At a line's start a word must be one no dictionary holds ("MAGNIE", "Shmuli"), or a first or
    family name that is no English word ("Claudette"), so that "Note:" or "Update:" are not taken; in a chat's
    sender position any first name counts too ("- sunny:", "- rory:")."""
    found = []
    for match in LABEL_NAME.finditer(text):
        label = match.group(1)
        if is_allowed(label, allowed) or any(is_allowed(word, allowed) for word in label.split()):
            continue
        sender = bool(CHAT_SENDER.search(text[max(0, match.start(1) - 4) : match.start(1)]))
        # two dictionary words where a sender stands say what someone does ("youth worker:"), not who; but an
        # ordinary word before a first name is a nickname ("] big dom:"): the name is the sender's
        everyday = len(label.split()) > 1 and all(is_ordinary(w.casefold()) for w in label.split())
        nickname = everyday and sender and fold(label.split()[-1]) in first_names()
        described = everyday and not nickname
        position = match.start(1)
        for word in label.split():
            start = text.index(word, position)
            position = start + len(word)
            if nickname and word != label.split()[-1]:
                continue  # "big" of "big dom"
            lower = POSSESSIVE.sub("", word.casefold())  # "Transcriber's note:" is no name
            known_name = fold(word) in first_names() or fold(word) in family_names()
            ordinary = is_ordinary(lower) or lower in english_stop_words()
            ordinary = ordinary or ("-" in lower and all(is_word(part) for part in lower.split("-") if part))
            # a first name in capitals where a label stands is one however ordinary the word ("NOBBY:", "DEV:")
            shouted = word.isupper() and fold(word) in first_names() and lower not in english_stop_words()
            if len(word) >= 3 and (
                # a chat's sender: anyone, however ordinary the word ("- sunny:", "] will:", "] dizzy:"), but the
                # app's own lines and the group
                (
                    sender
                    and lower not in NOT_A_SENDER
                    and not described
                    and (known_name or lower not in english_stop_words())
                )
                or (not ordinary and (known_name or len(word) >= 5))
                or shouted
            ):
                found.append(Finding(start, position, "name", "a speaker's name as a label"))
    found += [
        Finding(m.start(1), m.end(1), "name", "a speaker's name as a label")
        for m in NAME_IN_LABEL.finditer(text)
        if fold(m.group(1)) in first_names() and not is_allowed(m.group(1), allowed)
    ]
    for m in CAPITAL_NAME.finditer(text):  # "NOTE-TAKER: RHIANNON BEVAN", a full name in capitals
        first, last = m.group(1), m.group(2)
        if (
            fold(first) in first_names()
            and (fold(last) in family_names() or not is_word(last.casefold()))  # Faker lacks "Bevan"
            and not (is_ordinary(first.casefold()) and is_ordinary(last.casefold()))
            and not any(w.casefold() in english_stop_words() or is_allowed(w, allowed) for w in (first, last))
        ):
            found.append(Finding(m.start(1), m.end(2), "name", "a full name in capitals"))
    for m in TEAMS_NAME.finditer(text):
        if not any(is_allowed(w.strip(","), allowed) for w in m.group(1).split()):
            found.append(Finding(m.start(1), m.end(1), "name", "a display name"))
    for m in SENDER_ALONE.finditer(text):
        word = m.group(1)
        if (
            fold(word) in first_names()
            and word.casefold() not in english_stop_words()
            and not is_allowed(word, allowed)
        ):
            found.append(Finding(m.start(1), m.end(1), "name", "a chat sender's name"))
    for m in SEEN_BY.finditer(text):
        for w in re.finditer(r"[A-Za-z][\w'\u2019-]*", m.group(1)):
            if w.group(0) not in {"and", "others", "other"} and not w.group(0).isdigit():
                start = m.start(1) + w.start()
                found.append(Finding(start, start + len(w.group(0)), "name", "a chat sender's name"))
    for m in SENDER_LINE.finditer(text):  # whatever the word: "faith — today at 21:12" is someone
        if not is_allowed(m.group(1), allowed) and not any(is_allowed(w, allowed) for w in m.group(1).split()):
            found.append(Finding(m.start(1), m.end(1), "name", "a chat sender's name"))
    for m in SENDER_TIME_LINE.finditer(text):
        words = m.group(1).split()
        if not (
            is_allowed(m.group(1), allowed)
            or any(is_allowed(w, allowed) for w in words)
            or all(w.casefold() in AGENDA_WORDS or w.casefold() in english_stop_words() for w in words)
            or any(w.casefold() in CALENDAR for w in words)
            or not re.search(r"[^\W\d_]", m.group(1))  # "14/03/2024  19:02": a date, no one
            or any(f.start == m.start(1) for f in found)  # Teams' "Okonjo, Adaeze   5:35", found already
        ):
            found.append(Finding(m.start(1), m.end(1), "name", "a chat sender's name"))
    for m in [*ZOOM_CHAT_SENDER.finditer(text), *TELEGRAM_SENDER.finditer(text)]:
        who = CALL_SUFFIX.split(m.group(1))[0]  # "dele.o (he/him)": the name before what the call adds
        who = re.sub(r"\s*\((?:direct\s+message|privately)\)$", "", who, flags=re.IGNORECASE)
        device = OWNED_DEVICE.search(who)
        if device:  # "Jonno's iPad": Jonno
            who = who[: device.start()]
        words = who.split()
        allowed_here = is_allowed(who, allowed) or any(is_allowed(w, allowed) for w in words)
        no_one = all(w.casefold() in NOT_A_SENDER or w.casefold() in english_stop_words() for w in words)
        if who and not allowed_here and not no_one:
            found.append(Finding(m.start(1), m.start(1) + len(who), "name", "a chat sender's name"))
    for m in COMMENT_AUTHOR.finditer(text):  # whatever the words: "ivy kessow · 5h" is someone
        words = m.group(1).split()
        if not any(is_allowed(w, allowed) or w.casefold() in COMMENT_WORDS for w in words):
            found.append(Finding(m.start(1), m.end(1), "name", "a comment's author"))
    for m in INITIALS_GIVEN.finditer(text):
        words = [w for w in m.group(1).split() if w.casefold().rstrip(".") not in TITLES]
        if "".join(w[0] for w in words) == m.group(2) and not any(is_allowed(w, allowed) for w in words):
            found.append(Finding(m.start(1), m.end(1), "name", "a name with its initials"))
            # the initials alone are then found wherever they stand in the workshop, as a name found once is
            found.append(Finding(m.start(2), m.end(2), "name", "a name's initials"))
    for m in ATTENDANCE.finditer(text):
        for item in LONE_INITIALS.finditer(m.group(1)):
            initials = item.group(1)
            start = m.start(1) + item.start(1)
            given = any(f.start == start for f in found)  # "(Chair, DF)": given after the name, found already
            if initials.upper() not in ROLE_ACRONYMS and not is_allowed(initials, allowed) and not given:
                found.append(Finding(start, start + len(initials), "name", "initials in an attendance list"))
    for m in NAME_FIELD.finditer(text):
        value = m.group(1).strip()
        if not is_allowed(value, allowed) and not all(w.casefold() in english_stop_words() for w in value.split()):
            found.append(Finding(m.start(1), m.start(1) + len(value), "name", "a record's name field"))
    for m in DOTTED_INITIALS.finditer(text):
        if m.group(0) not in NOT_INITIALS:
            found.append(Finding(m.start(), m.end(), "name", "initials"))
    for m in DIRECTORY_NAME.finditer(text):
        family, first = m.group(1), m.group(2)
        if family.upper() not in ROLE_ACRONYMS and not is_allowed(family, allowed) and not is_allowed(first, allowed):
            found.append(Finding(m.start(1), m.end(1), "name", "a directory's display name"))
            found.append(Finding(m.start(2), m.end(2), "name", "a directory's display name"))
    for m in NAME_BEFORE_PHONE.finditer(text):
        if fold(m.group(1)) in first_names() and not is_allowed(m.group(1), allowed):
            found.append(Finding(m.start(1), m.end(1), "name", "a first name before a phone number"))
    for m in SIGNED_NOTE.finditer(text):
        if m.group(1).upper() not in ROLE_ACRONYMS and not is_allowed(m.group(1), allowed):
            found.append(Finding(m.start(1), m.end(1), "name", "initials signing a note"))
    for m in BRACKETED_LABEL.finditer(text):  # "[KEITH]", "(JEAN) What's", not "[LAUGHTER]", "(APPLAUSE) So"
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if is_allowed(word, allowed) or word.casefold() in english_stop_words() or word.casefold() in PLACEHOLDERS:
            continue
        if fold(word) in first_names() or not is_ordinary(word.casefold()):
            found.append(Finding(m.start(group), m.end(group), "name", "a speaker's name as a label"))
    for m in NAME_CARD.finditer(text):
        if not any(is_allowed(w, allowed) or w.casefold() in english_stop_words() for w in m.groups()):
            found.append(Finding(m.start(1), m.end(2), "name", "a film's name card"))
    for m in INLINE_COMMENT_AUTHOR.finditer(text):
        if not is_allowed(m.group(1), allowed) and not any(is_allowed(w, allowed) for w in m.group(1).split()):
            found.append(Finding(m.start(1), m.end(1), "name", "a comment's author"))
    for m in SENDER_AFTER_TIME.finditer(text):  # each word, so "nat" of "nat hv" is found wherever it stands
        for w in re.finditer(r"[^\W\d_][\w.'\u2019-]*", m.group(1)):
            word = w.group(0)
            lower = word.casefold()
            if lower not in english_stop_words() and lower not in CALENDAR_WORDS and not is_allowed(word, allowed):
                start = m.start(1) + w.start()
                found.append(Finding(start, start + len(word), "name", "a chat sender's name"))
    return found


# a place by where it stands: a word after "in", "from", "near" that no dictionary, list of first names or of
# big places holds ("the one in Clapton or the one in Canvey", "buses from glengormley")
AFTER_PLACE_WORD = re.compile(
    r"\b(?:(?i:in|from|near|outside|round|around|off|up|out\s+of)\s+(?:(?:the\s+)?([A-Z][a-z]{3,})|([a-z]{5,}))"
    # "moved from London to Wolverton", "we moved fae Whitfield to Kirkton"
    r"|(?i:from|fae|frae)\s+[A-Z][a-z]+\s+to\s+([A-Z][a-z]{3,})"
    r"|\bi'?m\s+([a-z]{5,}))\b(?![@'\u2019./-]\w)"  # typed in a chat: "im penywaun"; never after "the"
)


def unknown_place_findings(text: str) -> list[Finding]:
    """Words after a place's preposition that are nothing else the gate knows: no English word, stop word,
    first name, calendar word, country, county or big city."""
    found = []
    for match in AFTER_PLACE_WORD.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        word = match.group(group)
        lower = word.casefold()
        if (
            (is_word(lower) if word.islower() else is_ordinary(lower) or lower in english_stop_words())
            or lower in CALENDAR_WORDS
            or fold(word) in first_names()
            or lower in not_people()
            or fold(word) in big_cities()
        ):
            continue
        found.append(Finding(match.start(group), match.end(group), "place", "an unknown word where a place stands"))
    return found


def place_findings(doc: Any, text: str, allowed: re.Pattern[str]) -> list[Finding]:
    """Where someone lives: the capitalised words after "I live in", "I grew up out in", "out Laceby way" in
    any turn (a place no dictionary or list of cities, counties and countries holds), spaCy's places after
    "from", "out of", "near" (FROM_PLACE) and after "the only ... in" (ONLY_ONE_IN), and all spaCy's places
    in a turn that also gives an age or a diagnosis (see AGE)."""
    found = [
        Finding(m.start(1), m.end(1), "place", "where someone lives")
        for m in RESIDENCE.finditer(text)
        if m.group(1).split()[0].casefold().removesuffix("s") not in CALENDAR_WORDS  # "come on Thursdays"
        and len(m.group(1)) > 1  # "when I came out I got a job": the pronoun
    ]
    found += [
        Finding(entity.start_char, entity.end_char, "place", "where someone comes from")
        for entity in doc.ents
        if entity.label_ in PLACE_ENTITIES
        and FROM_PLACE.search(text[max(0, entity.start_char - 12) : entity.start_char])
    ]
    found += [
        Finding(m.start(1), m.end(1), "place", "where someone lives")
        for m in ONLY_ONE_IN.finditer(text)
        if m.group(1)[0].isupper() or not (is_ordinary(m.group(1)) or m.group(1) in english_stop_words())
    ]
    said: list[bool] = []

    def aged() -> bool:  # an age or a diagnosis in the turn, looked for once and only where a rule asks
        if not said:
            said.append(bool(AGE.search(text) or DIAGNOSIS.search(text)))
        return said[0]

    places_named = any(entity.label_ in PLACE_ENTITIES for entity in doc.ents)
    if not ((found or places_named) and aged()):  # then only a name no dictionary holds: not "in Care"
        found = [f for f in found if not is_ordinary(text[f.start : f.end].split()[0].casefold())]
    else:
        found += [
            Finding(entity.start_char, entity.end_char, "place", f"spaCy {entity.label_} with an age or diagnosis")
            for entity in doc.ents
            if entity.label_ in PLACE_ENTITIES
        ]
    # after the filter above: "the Co-op in Leyburn", "lives up near Hawes" (a hawe-s in the dictionary)
    for match in VENUE_IN.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()].split()
        word = before[-1].casefold().lstrip("([\"'\u201c") if before else ""
        if word in {"up", "out", "down", "over"} and len(before) > 1:  # "lives up near Hawes"
            word = before[-2].casefold() if before[-2].casefold() in {"lives", "living"} else word
        if word not in VENUE_WORDS:
            continue
        place = match.group(1)
        # capitalised, any word but a calendar word; in lower case, one no dictionary or gazetteer holds
        if place[0].isupper():
            keep = place.split()[-1].casefold().removesuffix("s") not in CALENDAR_WORDS
        else:
            first = place.split()[0]
            keep = not (is_word(first) or fold(first) in first_names())
            last = place.split()[-1]
            keep = keep or (
                " of " in place and (fold(last) in first_names() or not is_ordinary(last))
            )  # "bridge of allan"
        if keep:
            found.append(Finding(match.start(1), match.end(1), "place", "a local place and its town"))
    # typed in lower case ("i'm from lochcarron, i'm 19", "when u live in askam"): a word no dictionary or list
    # holds, and without an age or a diagnosis in the turn no first name either
    for match in LOWER_RESIDENCE.finditer(text):
        word = match.group(1)
        # "came out at sixty-four": an age
        known = is_word(word) or word in not_people() or bool(re.fullmatch(YEARS, word))
        known = known or word.removesuffix("s") in CALENDAR_WORDS  # "moved from tuesday to thursday"
        if not (known or (fold(word) in first_names() and not aged())):
            found.append(Finding(match.start(1), match.end(1), "place", "where someone lives"))
    found += town_findings(text) + unknown_place_findings(text)
    # a place's name is capitalised and not an abbreviation ("US", "P.S.") nor a country, a county or a city
    # too big to point at anyone (not_people, big_cities)
    return [
        f
        for f in found
        if (
            f.detector
            in {
                "where someone lives",
                "a local place and its town",
                "a town or village",
                "an unknown word where a place stands",
            }
            or re.fullmatch(r"[A-Z][a-z][\w'\u2019. -]+", text[f.start : f.end])
        )
        and text[f.start : f.end].casefold() not in not_people()
        and fold(text[f.start : f.end]) not in big_cities()
        and not is_allowed(text[f.start : f.end], allowed)
    ]


def display_names(segments: pd.DataFrame, allowed: re.Pattern[str]) -> dict[str, re.Pattern[str]]:
    """Per workshop, a pattern for the speakers who are not pseudonyms (a Zoom or Teams display name kept as
    the speaker, "Catriona MacLeod", "ferhat"), whole and by the words of it no dictionary holds, in any
    case: wherever they stand (the speaker labels, a mention in speech) they are a name."""
    if "speaker" not in segments:
        return {}
    patterns = {}
    for workshop_id, speakers in segments.groupby("workshop_id", sort=False)["speaker"]:
        shown = [
            str(speaker).strip()
            for speaker in speakers.dropna().unique()
            if str(speaker).strip()
            and not allowed.fullmatch(CALL_SUFFIX.sub("", str(speaker)).strip())
            and not is_allowed(CALL_SUFFIX.sub("", str(speaker)), allowed)
            and not DEVICE_NAME.fullmatch(str(speaker).strip())
            and not chosen_word(CALL_SUFFIX.sub("", str(speaker)).strip())
        ]
        parts = {
            word
            for speaker in shown
            for word in re.findall(r"[^\W\d_][\w'\u2019-]*", speaker)
            if len(word) >= 3 and not is_ordinary(word.casefold()) and word.casefold() not in english_stop_words()
        }
        # a device named for its owner is the owner's name ("Rob's iPad": Rob), in its own case where the name is a
        # word too ("rob" is no one)
        owners = {
            owner.group(1)
            for speaker in speakers.dropna().unique()
            if (owner := DEVICE_OWNER.match(str(speaker).strip()))
            and not is_allowed(owner.group(1), allowed)
            and owner.group(1).casefold() not in english_stop_words()
        }
        alternatives = [re.escape(a) for a in sorted({*shown, *parts}, key=len, reverse=True)]
        alternatives += [
            re.escape(owner) if not is_ordinary(owner.casefold()) else f"(?-i:{re.escape(owner)})"
            for owner in sorted(owners - set(shown) - parts, key=len, reverse=True)
        ]
        if alternatives:
            pattern = "|".join(alternatives)
            patterns[str(workshop_id)] = re.compile(rf"(?<![\w'\u2019-])(?:{pattern})(?![\w-])", re.IGNORECASE)
    return patterns


# a display name that is the device joining the call ("iPad (2)", "Galaxy A52", "Zoom user"), no one's name
DEVICE_NAME = re.compile(
    r"(?i:(?:\w+'s\s+)?(?:ipad|iphone|android|galaxy|samsung|pixel|huawei|laptop|pc|macbook|tablet|phone|zoom\s+user"
    r"|guest|user|desktop|chromebook|kindle)(?:\s+\w+)?(?:\s*\(\d+\))?)"
)


# what a call adds to a display name: "Participant 2 (Guest)", "Sam (she/her)", "F1 (Host)"
CALL_SUFFIX = re.compile(r"\s*\((?:guest|host|co-host|external|me|[a-z]+/[a-z]+)\)", re.IGNORECASE)


def chosen_word(name: str) -> bool:
    """A display name that is one English word and no first name ("Sunflower", "Interpreter"): a name chosen
    to hide one, or a role."""
    return bool(re.fullmatch(r"[A-Za-z]+", name)) and is_ordinary(name.casefold()) and fold(name) not in first_names()


# a word in lower case as a speaker uses it, not a piece of an e-mail, a handle or a web address
LOWER_WORD = re.compile(r"(?<![\w'\u2019@./-])[a-z]+(?![\w@/-]|\.\w)")


LABEL_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")


TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?")
NUMBER_TYPED = re.compile(r"\d[\d\s./-]{4,}\d")


def last_word(text: str) -> str:
    """The last whitespace-separated word of ``text`` ("" for none)."""
    words = text.rsplit(maxsplit=1)
    return words[-1] if words else ""


def nothing_to_find(text: str, allowed: re.Pattern[str]) -> bool:
    """Only allowed words (pseudonyms, role words), digits and punctuation: a turn's label and timestamp."""
    return len(text) < 80 and all(allowed.fullmatch(word) for word in LABEL_WORD.findall(text))


def scan_candidates(
    segments: pd.DataFrame, nlp: Any, entity_labels: Sequence[str], allowed: re.Pattern[str]
) -> tuple[pd.DataFrame, set[str]]:
    """The spaCy part of the gate, for any subset of the study (one shard): every possible identifier
    in each segment (offsets within the segment) and the lower-case words the speakers use."""
    rows = []
    words: set[str] = set()
    labels = set(entity_labels)
    # a speaker's label between two turns ("P1 (00:12:03): ") holds only allowed words, digits and
    # punctuation, and nothing to find: it is not given to spaCy, which would otherwise read as many of those
    # as turns (half the gate's time); a display name there is found by ``display_names``, which reads all
    texts = segments["text"].astype(str).tolist()
    shown_as = display_names(segments, allowed)
    plain = [nothing_to_find(text, allowed) for text in texts]
    docs = iter(nlp.pipe([text for text, skip in zip(texts, plain, strict=True) if not skip], batch_size=256))
    for segment_id, workshop_id, text, skip in zip(
        segments["segment_id"], segments["workshop_id"], texts, plain, strict=True
    ):
        if skip:
            # no name to find, but a number typed alone is someone's ("[20:37] p6: 12.05.88", "07700 900123");
            # a label's time ("P1 (00:12:03.500):") is none, and most of these turns are labels
            if NUMBER_TYPED.search(TIME_OF_DAY.sub("", text)):
                rows += [(segment_id, f.start, f.end, f.kind, f.detector, "", -1) for f in pattern_findings(text)]
            continue
        doc = next(docs)
        doc.user_data["gate text"] = text  # the Doc's own text, without spaCy joining its tokens again (text_of)
        words.update(LOWER_WORD.findall(text))  # as spaCy's tokens in lower case, without a second pass over them
        found = pattern_findings(text) + gazetteer_findings(doc) + place_findings(doc, text, allowed)
        found += label_name_findings(text, allowed) + survey_field_findings(text)
        found += bracketed_speaker_findings(text, allowed) if "[" in text else []
        if workshop_id in shown_as:
            found += [Finding(m.start(), m.end(), "name", "display name") for m in shown_as[workshop_id].finditer(text)]
        candidates = name_candidates(doc, labels, allowed)
        found += learned_phrases(doc, [*found, *candidates])
        for finding in found:
            if finding.kind not in NAME_KINDS or not is_allowed(text[finding.start : finding.end], allowed):
                rows.append((segment_id, finding.start, finding.end, finding.kind, finding.detector, "", -1))
        for candidate in candidates:
            rows.append(
                (
                    segment_id,
                    candidate.start,
                    candidate.end,
                    "name",
                    candidate.detector,
                    candidate.unless,
                    candidate.start_if_ordinary,
                )
            )
    return pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS)), words


def found_again(
    segments: pd.DataFrame,
    found: dict[str, list[Finding]],
    wanted: dict[str, dict[str, str]],
    detector: str,
    keep: Callable[[re.Match[str], str], bool] = lambda match, text: True,
) -> None:
    """Each text of ``wanted`` (by workshop: the text and its kind) added to ``found`` wherever it stands whole,
    in the same case, in the workshop's segments, where nothing was found yet and ``keep`` says so."""
    for workshop_id, rows in segments.groupby("workshop_id", sort=False):
        texts = wanted.get(str(workshop_id), {})
        if not texts:
            continue
        pattern = re.compile(
            rf"(?<![\w'\u2019-])(?:{'|'.join(map(re.escape, sorted(texts, key=len, reverse=True)))})(?![\w-])"
        )
        for segment_id, text in zip(rows["segment_id"], rows["text"].astype(str), strict=True):
            existing = found.get(segment_id, [])
            more = [
                Finding(m.start(), m.end(), texts[m.group(0)], detector)
                for m in pattern.finditer(text)
                if not any(f.start < m.end() and m.start() < f.end for f in existing) and keep(m, text)
            ]
            if more:
                found[segment_id] = merge(existing + more)


def learned_phrases(doc: Any, found: Sequence[Finding | Candidate]) -> list[Finding]:
    """The learned model's phrases that add to what the rules found: one the rules missed, or one that runs on
    past a single finding ("Kestrel" found, "Kestrel Freight" the name); not one spanning two findings, which
    joins two names by the "and" between them ("Siobhan Kelly and Ask Margaret Thornbury")."""
    kept = []
    for phrase in phrase_findings(doc):
        overlapping = [f for f in found if f.start < phrase.end and phrase.start < f.end]
        if len(overlapping) <= 1:
            kept.append(phrase)
    return kept


def resolve(
    segments: pd.DataFrame, candidates: pd.DataFrame, words: set[str], allowed: re.Pattern[str]
) -> pd.DataFrame:
    """Masked findings for every segment, in segment order, with their offsets in the source, from the
    shards' candidates and the whole study's vocabulary ``words``."""
    rows = []
    keep = safe_context_words(allowed)
    # the candidates as records grouped once, and only the segments that have any: one DataFrame
    # conversion per segment took most of the gate's time on a rerun
    by_segment: dict[str, list[dict[Any, Any]]] = {}
    for candidate in candidates.to_dict("records"):
        by_segment.setdefault(candidate["segment_id"], []).append(candidate)
    found: dict[str, list[Finding]] = {}
    names_by_workshop: dict[str, set[str]] = {}
    places_by_workshop: dict[str, dict[str, str]] = {}
    for segment in segments[among(segments["segment_id"], by_segment)].to_dict("records"):
        text = str(segment["text"])
        rows_found = by_segment[segment["segment_id"]]
        patterns = [
            Finding(int(row["start"]), int(row["end"]), str(row["kind"]), str(row["detector"]))
            for row in rows_found
            if row["kind"] != "name"
        ]
        names = [
            Candidate(
                int(row["start"]),
                int(row["end"]),
                str(row["detector"]),
                str(row["unless"]),
                int(row["start_if_ordinary"]),
            )
            for row in rows_found
            if row["kind"] == "name"
        ]
        findings = merge(with_surnames(text, merge(patterns + resolve_names(names, words))))
        found[segment["segment_id"]] = findings
        names_by_workshop.setdefault(segment["workshop_id"], set()).update(
            name_words(text[f.start : f.end], allowed) for f in findings if f.kind == "name"
        )
        # a place of work or a place found once is one wherever its whole name stands in the workshop ("Topic:
        # Second Wind - ..." then "nobody in Second Wind judges you"): the whole name only, two words or one no
        # dictionary holds, so "Hall" of "Rowanbrook Hall" is not masked everywhere
        places_by_workshop.setdefault(segment["workshop_id"], {}).update(
            {
                " ".join(text[f.start : f.end].split()): f.kind
                for f in findings
                if f.kind in {"workplace", "place"}
                and (
                    whole_place_name(text[f.start : f.end], allowed)
                    # a group said to be one is one wherever its name stands capitalised, however ordinary the
                    # word ("The Loom: women's peer support group", then "the Loom training")
                    or (f.detector == GROUP_DESCRIBED_DETECTOR and not is_allowed(text[f.start : f.end], allowed))
                )
            }
        )
    # a name found once is a name wherever it stands in the same workshop in the same case ("col said" makes
    # every "col" of that workshop a name); the scan found it where the words around it said so
    names_again = {
        workshop_id: {w: "name" for words_of in found_here for w in words_of.split("|") if w}
        for workshop_id, found_here in names_by_workshop.items()
    }

    def not_the_word_again(match: re.Match[str], text: str) -> bool:
        # a dictionary word in lower case after an article or a possessive is the word again: "the van", "from
        # the council"; "the jonno effect" is still jonno ("its" is typed for "it's": "its jas's car")
        word = match.group(0)
        return not (word.islower() and last_word(text[: match.start()]) in THING_BEFORE and is_ordinary(word))

    found_again(segments, found, names_again, "the same name elsewhere in the workshop", not_the_word_again)
    found_again(segments, found, places_by_workshop, "the same place elsewhere in the workshop")
    for segment in segments[among(segments["segment_id"], found)].to_dict("records"):
        text = str(segment["text"])
        findings = found[segment["segment_id"]]
        for finding in findings:
            rows.append(
                {
                    "workshop_id": segment["workshop_id"],
                    "segment_id": "" if "~" in str(segment["segment_id"]) else segment["segment_id"],
                    "line": int(segment["line"]) + text.count("\n", 0, finding.start),
                    "kind": finding.kind,
                    "detector": finding.detector,
                    "start": int(segment["start"]) + finding.start,
                    "end": int(segment["start"]) + finding.end,
                    "fingerprint": finding_fingerprint(finding.kind, text, finding.start, finding.end),
                    "masked_context": spreadsheet_text(mask(text, findings, finding, keep)),
                    "identifier_group": identifier_group(finding.kind, text[finding.start : finding.end]),
                }
            )
    return pd.DataFrame(rows, columns=[*FINDING_COLUMNS, "identifier_group"])


def scan(
    segments: pd.DataFrame,
    nlp: Any,
    entity_labels: Sequence[str],
    allowed: re.Pattern[str],
    sources: dict[str, str] | None = None,
    names_to_find: re.Pattern[str] | None = None,
) -> pd.DataFrame:
    """Masked findings for every segment of a whole study, and the text of ``sources`` no segment holds,
    scanned in one process (``names_to_find``: the team's own list, see ``read_names_to_find``)."""
    scanned = segments if sources is None else with_unsegmented(segments, sources)
    candidates, words = scan_candidates(scanned, nlp, entity_labels, allowed)
    candidates = pd.concat([candidates, listed_candidates(scanned, names_to_find)], ignore_index=True)
    return resolve(scanned, candidates, words, allowed)


def with_unsegmented(segments: pd.DataFrame, sources: dict[str, str]) -> pd.DataFrame:
    """Segments and the unsegmented text of their sources, in source order."""
    rest = unsegmented(segments, sources)
    if rest.empty:
        return segments
    table = pd.concat([segments, rest], ignore_index=True)
    return table.sort_values(["workshop_id", "start"], kind="stable").reset_index(drop=True)


@functools.cache  # one load a process; a job forked from the warm server finds it loaded
def load_ner(model: str) -> Any:
    import spacy

    try:
        return spacy.load(model, exclude=["parser", "lemmatizer"])
    except OSError:
        raise StudyError(f"spaCy pipeline '{model}' is not installed; install the project or set spacy_model") from None


def identifier_key(kind: str, text: str) -> str:
    """What makes two findings the same identifier: digits for numbers, else the words, case-folded."""
    if kind in ("phone", "nhs_number"):
        return re.sub(r"\D", "", text).removeprefix("44").lstrip("0")
    return " ".join(text.casefold().split())


def redact(
    sources: dict[str, str], segments: pd.DataFrame, findings: pd.DataFrame, labels: dict[tuple[str, str], str]
) -> tuple[dict[str, str], pd.DataFrame]:
    """Sources and segments with every finding replaced by its identifier's placeholder (``labels``, by kind
    and identifier: see ``placeholders``). Segment offsets are moved to the redacted sources, and
    fingerprints recomputed, because the text under each id has changed."""
    from pipeline.ingest import fingerprint

    replaced: dict[str, str] = {}  # each identifier as written, and its label: for the speaker column
    redacted_sources = {}
    moved = []
    spans_of = dict(list(findings.groupby("workshop_id", sort=False))) if len(findings) else {}
    rows_of = dict(list(segments.groupby("workshop_id", sort=False))) if len(segments) else {}
    for workshop_id in sorted(sources):
        text = sources[workshop_id]
        spans = spans_of[workshop_id].sort_values("start") if workshop_id in spans_of else findings[:0]
        pieces, shifts, cursor = [], [], 0  # shifts: (old end of a finding, total length change so far)
        delta = 0
        found = zip(spans["start"], spans["end"], spans["kind"], spans["identifier_group"], strict=True)
        for start, end, kind, group in found:
            label = labels[(str(kind), str(group))]
            replaced[text[int(start) : int(end)]] = label
            pieces += [text[cursor : int(start)], label]
            delta += len(label) - (int(end) - int(start))
            shifts.append((int(end), delta))
            cursor = int(end)
        pieces.append(text[cursor:])
        redacted_sources[workshop_id] = "".join(pieces)
        if workshop_id not in rows_of:
            continue

        def moved_to(position: int, shifts: list[tuple[int, int]] = shifts) -> int:
            change = 0
            for end, total in shifts:  # segment boundaries never fall inside a finding
                if end > position:
                    break
                change = total
            return position + change

        rows = rows_of[workshop_id].copy()
        if shifts:
            rows["start"] = rows["start"].map(moved_to)
            rows["end"] = rows["end"].map(moved_to)
            new_text = redacted_sources[workshop_id]
            rows["text"] = [new_text[a:b] for a, b in zip(rows["start"], rows["end"], strict=True)]
            rows["fingerprint"] = rows["text"].map(fingerprint)
            if "speaker" in rows:
                rows["speaker"] = rows["speaker"].map(lambda speaker: redact_label(str(speaker), replaced))
        moved.append(rows)
    cleared = pd.concat(moved).loc[segments.index] if moved else segments
    return redacted_sources, cleared


def redact_label(speaker: str, replaced: dict[str, str]) -> str:
    """A speaker label with the identifiers the gate found in the transcript's labels replaced, longest
    first: a display name "Jo Smith" becomes [PERSON_2] wherever the turn's speaker is shown."""
    for original in sorted(replaced, key=len, reverse=True):
        if original in speaker:
            speaker = re.sub(rf"(?<!\w){re.escape(original)}(?!\w)", replaced[original], speaker)
    return speaker


def counts_by_kind(findings: pd.DataFrame) -> str:
    """'3 name, 1 phone': how many findings of each kind."""
    return ", ".join(f"{n} {kind}" for kind, n in findings["kind"].value_counts().sort_index().items())


def review_sheet_for(findings: pd.DataFrame, path: Path) -> Path:
    """The masked review sheet of ``findings`` at ``path`` (CSV) and beside it (.xlsx), or neither when there
    are none; the workbook's path."""
    if len(findings):
        return write_review_sheet(review_sheet(sheet_order(findings)), path)
    path.unlink(missing_ok=True)
    path.with_suffix(".xlsx").unlink(missing_ok=True)
    return path.with_suffix(".xlsx")


def sheet_order(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings for the review sheet: those waiting for a decision first, then those marked identifying,
    then those cleared, each in study order."""
    rank = findings["decision"].map({"": 0, IDENTIFYING: 1, NOT_IDENTIFYING: 2})
    return findings.iloc[rank.argsort(kind="stable")]


def read_shards(paths: Sequence[Path]) -> pd.DataFrame:
    """The shards' segments as one table in workshop order, as if ingested in one job: each shard
    keeps its own workshops' turn order, and the stable sort keeps it."""
    table = pd.concat([pd.read_parquet(path) for path in paths], ignore_index=True)
    return table.sort_values("workshop_id", kind="stable").reset_index(drop=True)


def write_cleared_shards(cleared: pd.DataFrame, shards: Sequence[Path], outputs: Sequence[Path]) -> None:
    """Each shard's cleared segments, for the per-shard coding jobs: the rows of the workshops it ingested."""
    workshop_ids = cleared["workshop_id"]
    for shard, output in zip(shards, outputs, strict=True):
        ingested = pd.read_parquet(shard, columns=["workshop_id"])["workshop_id"].unique()
        write_parquet(cleared[among(workshop_ids, ingested)].reset_index(drop=True), output)


def read_sources(folders: Sequence[Path]) -> dict[str, str]:
    """Each workshop's normalised source, from ingest's folders of sources."""
    return {path.stem: path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))}


def read_vocabulary(paths: Sequence[Path]) -> set[str]:
    words: set[str] = set()
    for path in paths:
        words.update(path.read_text(encoding="utf-8").split("\n"))
    words.discard("")
    return words


def write_vocabulary(words: set[str], path: Path) -> None:
    write_text("".join(f"{word}\n" for word in sorted(words)), path)


def scanned_rows(segments: Sequence[Path], sources: Sequence[Path]) -> pd.DataFrame:
    """What a shard's scan reads: its segments and the unsegmented text of its sources (see ``scan_key``)."""
    table = pd.concat([pd.read_parquet(path) for path in segments], ignore_index=True)
    return with_unsegmented(table, read_sources(sources))


def scan_main(args: argparse.Namespace) -> int:
    """One shard's scan: its candidates and its vocabulary, for the gate to decide on.

    With ``--memo``, each workshop's scan is kept under a key of its segments and the scan's settings,
    so a shard that reruns because a workshop was added scans only that workshop (spaCy is not even
    loaded when nothing is new).
    """
    segments = scanned_rows(args.segments, args.sources)
    allowed = allowed_words(args.speaker_pattern, args.allow)
    settings = scan_settings(args.spacy_model, args.entity_label, allowed)
    frames, words, scanned = [], set(), 0
    nlp = None
    used = set()
    for workshop_id, rows in segments.groupby("workshop_id", sort=True):
        key = scan_key(settings, str(workshop_id), rows)
        kept_candidates = args.memo / f"{key}.parquet" if args.memo else None
        kept_words = args.memo / f"{key}.txt" if args.memo else None
        if kept_candidates and kept_words and kept_candidates.is_file() and kept_words.is_file():
            found, vocabulary = pd.read_parquet(kept_candidates), read_vocabulary([kept_words])
        else:
            nlp = nlp or load_ner(args.spacy_model)
            found, vocabulary = scan_candidates(rows, nlp, args.entity_label, allowed)
            scanned += 1
            if kept_candidates and kept_words:
                write_parquet(found, kept_candidates)
                write_vocabulary(vocabulary, kept_words)
        used |= {f"{key}.parquet", f"{key}.txt"}
        frames.append(found)
        words |= vocabulary
    if args.memo:  # this shard's memo folder: what no workshop of the shard uses any more goes
        forget_unused(args.memo, used)
    candidates = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(CANDIDATE_COLUMNS))
    write_parquet(candidates, args.candidates)
    write_vocabulary(words, args.vocabulary)
    print(
        f"scanned {len(segments)} segments of {segments['workshop_id'].nunique()} workshops "
        f"({scanned} scanned now, the others unchanged since their last scan): "
        f"{len(candidates)} possible identifier(s) for the gate to decide"
    )
    return 0


def study_files_main(args: argparse.Namespace) -> int:
    """The check of the study's own files (see ``gate_study_files``): any finding not reviewed as not
    identifying stops the run in either mode, since these files are read from data/raw as they are."""
    cells = study_cells(args.tables, args.file_names)
    allowed = allowed_words(args.speaker_pattern, args.allow)
    listed = read_names_to_find(args.names_to_find)
    findings = scan(cells, load_ner(args.spacy_model), args.entity_label, allowed, names_to_find=listed)
    findings = with_decisions(findings, read_reviews(args.reviewed))
    sheet_path = args.findings.with_name("study-files-to-review.csv")
    stopping = findings[findings["decision"] != NOT_IDENTIFYING]
    xlsx = review_sheet_for(findings, sheet_path)
    if len(stopping):
        first = stopping.iloc[0]
        raise StudyError(
            f"anonymity gate: {len(stopping)} possible identifier(s) in the study's own files "
            f"({counts_by_kind(stopping)}), first in {first['workshop_id']} row {first['line']}; edit them out "
            f"of the file (the pipeline cannot redact data/raw), or mark them 'not identifying' in the masked "
            f"review sheet {xlsx} saved as data/raw/anonymity_review_study_files.xlsx, and rerun"
        )
    write_csv(findings[[*FINDING_COLUMNS, "decision"]], args.findings)
    cleared = f", {len(findings)} reviewed as not identifying" if len(findings) else ""
    summary = f"{len(cells)} cells and file names of {len(args.tables)} table(s) and {len(args.file_names)} file(s)"
    write_text(f"passed: {summary} scanned, 0 open findings{cleared}\n", args.passed)
    print(f"anonymity gate passed the study's own files: {summary} scanned{cleared}")
    return 0


def scan_settings(spacy_model: str, entity_labels: Sequence[str], allowed: re.Pattern[str]) -> list[str]:
    """What a scan's result depends on besides the text: the spaCy pipeline and its version, the word lists,
    the labels, the words never reported."""
    model = [spacy_model, spacy_model_version(spacy_model)]
    return [*model, lexicon_version(), detectors_version(), *entity_labels, allowed.pattern]


def detectors_version() -> str:
    """The scan's own code, for the memo key: a changed detector rescans every workshop."""
    here = Path(__file__).parent
    files = ("anonymity.py", "detectors.py", "phrase_recogniser.py", "lexicons/phrase_recogniser.json")
    digest = hashlib.sha256(b"".join((here / name).read_bytes() for name in files))
    return f"detectors {digest.hexdigest()[:12]}"


def scan_key(settings: Sequence[str], workshop_id: str, rows: pd.DataFrame) -> str:
    """The memo key of one workshop's scan: the settings and the workshop's segments."""
    speakers = rows["speaker"].fillna("").astype(str).tolist() if "speaker" in rows else []
    return memo_key([*settings, workshop_id, *rows["segment_id"], *rows["text"].astype(str), *speakers])


def spacy_model_version(name: str) -> str:
    """The installed spaCy pipeline's version, without loading it: part of a scan's memo key."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Shard:
    """One shard's inputs to the gate: its ingested segments, its folders of sources, its scan."""

    segments: list[Path]
    sources: list[Path]
    candidates: list[Path]


def shard_inputs(segments: list[Path], sources: list[Path], candidates: list[Path]) -> list[Shard]:
    """The gate's inputs shard by shard when they come one per shard (as Snakemake gives them), else as one:
    the gate then holds one shard's segments at a time, not the study's."""
    if len(segments) == len(sources) and len(candidates) in (0, len(segments)):
        return [
            Shard([segment], [source], [candidates[i]] if candidates else [])
            for i, (segment, source) in enumerate(zip(segments, sources, strict=True))
        ]
    return [Shard(segments, sources, candidates)]


def shard_segments(shard: Shard) -> tuple[pd.DataFrame, dict[str, str]]:
    """A shard's segments in workshop order, and its sources."""
    return read_shards(shard.segments), read_sources(shard.sources)


def read_names_to_find(path: Path | None) -> re.Pattern[str] | None:
    """The team's own list of people and places to find (``data/raw/names_to_find.txt``: one per line, ``#``
    for a comment), as one pattern matching each whole, in any case. The list is never copied anywhere; a
    finding from it is masked like any other."""
    if path is None:
        return None
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        entry = " ".join(line.split("#", 1)[0].split())
        if entry and len(entry) < 2:
            raise StudyError(f"{path} line {number}: a name of one character would match everywhere; write it out")
        if entry:
            entries.append(entry)
    if not entries:
        return None
    alternatives = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(set(entries), key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def listed_candidates(rows: pd.DataFrame, pattern: re.Pattern[str] | None) -> pd.DataFrame:
    """Name candidates wherever the team's list says a person or place is named: any case, any context."""
    found = []
    if pattern is not None:
        for segment_id, text in zip(rows["segment_id"], rows["text"].astype(str), strict=True):
            found += [
                (segment_id, m.start(), m.end(), "name", "the team's list of names", "", -1)
                for m in pattern.finditer(text)
            ]
    return pd.DataFrame(found, columns=list(CANDIDATE_COLUMNS))


def find_by_shard(shards: list[Shard], args: argparse.Namespace, allowed: re.Pattern[str]) -> tuple[pd.DataFrame, int]:
    """Every finding of the study in workshop order, and how many segments were scanned, one shard in memory
    at a time. The study's lower-case vocabulary decides names in every shard, so it is read (or, scanning
    here, made) first."""
    scans: list[tuple[pd.DataFrame, int, pd.DataFrame]] = []  # scanning here: each shard's rows and scan
    names_to_find = read_names_to_find(getattr(args, "names_to_find", None))
    if args.candidates:
        words = read_vocabulary(args.vocabulary)
    else:  # tests, a study in one process: each shard is read once, its scan kept for its resolve
        words = set()
        for shard in shards:
            rows, count = shard_rows(shard)
            found, vocabulary = scan_candidates(rows, load_ner(args.spacy_model), args.entity_label, allowed)
            scans.append((rows, count, found))
            words |= vocabulary
    frames, scanned = [], 0
    for i, shard in enumerate(shards):
        if scans:
            rows, count, candidates = scans[i]
        else:
            (rows, count), candidates = shard_rows(shard), pd.concat(map(pd.read_parquet, shard.candidates))
        scanned += count
        candidates = pd.concat([candidates, listed_candidates(rows, names_to_find)], ignore_index=True)
        frames.append(resolve(rows, candidates, words, allowed))
    findings = pd.concat(frames, ignore_index=True)
    return findings.sort_values("workshop_id", kind="stable").reset_index(drop=True), scanned


def shard_rows(shard: Shard) -> tuple[pd.DataFrame, int]:
    """What the gate reads of a shard: its segments with the unsegmented text of its sources, and how many
    segments there are."""
    segments, sources = shard_segments(shard)
    return with_unsegmented(segments, sources), len(segments)


def placeholders(findings: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Each identifier's placeholder, numbered per kind in order of first appearance across the study, so
    the same identifier is the same placeholder ([PERSON_1]) in every workshop."""
    labels: dict[tuple[str, str], str] = {}
    counts: dict[str, int] = {}
    ordered = findings.sort_values(["workshop_id", "start"], kind="stable")
    for kind, group in zip(ordered["kind"], ordered["identifier_group"], strict=True):
        if (kind, group) not in labels:
            counts[kind] = counts.get(kind, 0) + 1
            labels[(kind, group)] = f"[{KIND_LABELS[kind]}_{counts[kind]}]"
    return labels


def clear_by_shard(
    shards: list[Shard], to_redact: pd.DataFrame, labels: dict[tuple[str, str], str], args: argparse.Namespace
) -> None:
    """Write the cleared sources, each shard's cleared segments and the study's, one shard in memory at a
    time; the study's table is put together from the shards' files by Arrow, which holds text compactly."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    args.cleared_sources.mkdir(parents=True, exist_ok=True)
    by_shard_file = bool(args.cleared_shards) and len(args.cleared_shards) == len(shards)
    frames = []
    for i, shard in enumerate(shards):
        segments, sources = shard_segments(shard)
        cleared_sources, cleared = redact(
            sources, segments, to_redact[among(to_redact["workshop_id"], sources)], labels
        )
        for workshop_id, text in sorted(cleared_sources.items()):
            write_text(text, args.cleared_sources / f"{workshop_id}.txt")
        if by_shard_file:
            write_parquet(cleared, args.cleared_shards[i])
        else:
            frames.append(cleared)
    if by_shard_file:
        table = pa.concat_tables([pq.read_table(path) for path in args.cleared_shards])
        table = table.take(pc.sort_indices(table, sort_keys=[("workshop_id", "ascending")]))  # a stable sort
        with atomic(args.cleared_segments) as partial:
            pq.write_table(table, partial)
        return
    cleared_all = pd.concat(frames, ignore_index=True).sort_values("workshop_id", kind="stable")
    write_parquet(cleared_all.reset_index(drop=True), args.cleared_segments)
    if args.cleared_shards:
        write_cleared_shards(cleared_all, args.segments, args.cleared_shards)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.anonymity", description=__doc__)
    parser.add_argument("--segments", type=Path, nargs="+", default=[], help="ingested segments (one per shard)")
    parser.add_argument(
        "--sources",
        type=Path,
        nargs="*",
        default=[],
        help="folders of normalised sources from ingest (every one scanned)",
    )
    parser.add_argument("--spacy-model", help="the spaCy pipeline (needed unless --candidates are given)")
    parser.add_argument(
        "--speaker-pattern", required=True, help="regular expression a speaker's label matches (ingest.speaker_pattern)"
    )
    parser.add_argument(
        "--entity-label",
        action="append",
        default=[],
        help="a spaCy entity label the gate treats as an identifier; repeat (anonymity.entity_labels)",
    )
    parser.add_argument("--allow", action="append", default=[], help="a word never reported")
    parser.add_argument(
        "--mode",
        choices=("stop", "redact"),
        default="stop",
        help="stop: a finding stops the run; redact: findings are replaced (anonymity.mode)",
    )
    parser.add_argument(
        "--names-to-find", type=Path, help="the team's list of names and places to find in any case, one per line"
    )
    parser.add_argument(
        "--reviewed",
        type=Path,
        nargs="+",
        action="extend",
        default=[],
        help="filled review sheets: decisions by finding (CSV or .xlsx)",
    )
    parser.add_argument(
        "--stop-kind", action="append", default=[], help="in redact mode, a kind whose findings must be reviewed first"
    )
    parser.add_argument(
        "--scan", action="store_true", help="scan one shard only: write --candidates and --vocabulary, decide nothing"
    )
    parser.add_argument("--candidates", type=Path, nargs="*", default=[], help="the shards' scans (or --scan's output)")
    parser.add_argument("--vocabulary", type=Path, nargs="*", default=[], help="the shards' vocabularies")
    parser.add_argument("--memo", type=Path, help="with --scan: this shard's folder of earlier scans, by workshop")
    parser.add_argument(
        "--study-files",
        action="store_true",
        help="check the study's own files instead: --tables' free-text cells and --file-names",
    )
    parser.add_argument("--tables", type=Path, nargs="*", default=[], help="with --study-files: CSVs to check")
    parser.add_argument(
        "--file-names",
        type=Path,
        nargs="+",
        action="extend",
        default=[],
        help="with --study-files: files whose names are checked",
    )
    parser.add_argument("--findings", type=Path, help="output masked findings (CSV)")
    parser.add_argument("--cleared-segments", type=Path, help="output: segments cleared for coding")
    parser.add_argument(
        "--cleared-shards", type=Path, nargs="*", default=[], help="output: the same, one table per --segments shard"
    )
    parser.add_argument("--cleared-sources", type=Path, help="output folder: sources cleared")
    parser.add_argument("--passed", type=Path, help="output pass marker")
    args = parser.parse_args(argv)
    if args.study_files:
        if not (args.spacy_model and args.findings and args.passed):
            parser.error("--study-files needs --spacy-model, --findings and --passed")
        return study_files_main(args)
    if not args.segments:
        parser.error("give the ingested --segments (or --study-files)")
    if args.scan:
        if args.spacy_model is None or len(args.candidates) != 1 or len(args.vocabulary) != 1:
            parser.error("--scan needs --spacy-model, one --candidates and one --vocabulary output")
        args.candidates, args.vocabulary = args.candidates[0], args.vocabulary[0]
        return scan_main(args)
    missing = [
        name for name in ("findings", "cleared_segments", "cleared_sources", "passed") if not getattr(args, name)
    ]
    if args.cleared_shards and len(args.cleared_shards) != len(args.segments):
        parser.error("give one --cleared-shards output per --segments shard")
    if missing or not args.sources:
        parser.error("the gate needs --sources, --findings, --cleared-segments, --cleared-sources and --passed")
    if not args.candidates and not args.spacy_model:
        parser.error("give the shards' --candidates and --vocabulary, or --spacy-model to scan here")
    allowed = allowed_words(args.speaker_pattern, args.allow)
    shards = shard_inputs(args.segments, args.sources, args.candidates)
    findings, scanned = find_by_shard(shards, args, allowed)
    findings = with_decisions(findings, read_reviews(args.reviewed))
    # the report of a stopped run must survive Snakemake's clean-up of failed outputs, so it is
    # written beside the declared outputs under a name of its own
    sheet_path = args.findings.with_name("findings-to-review.csv")
    to_redact = findings[findings["decision"] != NOT_IDENTIFYING]
    unreviewed = findings[findings["decision"] == ""]
    # in redact mode, only the kinds the study set to stop must be reviewed first
    stopping = to_redact if args.mode == "stop" else unreviewed[among(unreviewed["kind"], set(args.stop_kind))]
    xlsx = review_sheet_for(findings, sheet_path)
    if len(stopping):
        first = stopping.iloc[0]
        marked = len(stopping) - int((stopping["decision"] == "").sum())
        still = f"; {marked} marked identifying are still in the transcripts" if marked else ""
        kinds = f" of kind(s) set to stop ({', '.join(args.stop_kind)})" if args.mode == "redact" else ""
        raise StudyError(
            f"anonymity gate: {len(stopping)} possible identifier(s){kinds} ({counts_by_kind(stopping)}{still}), "
            f"first in workshop {first['workshop_id']} line {first['line']}; fill the decision column of the "
            f"masked review sheet {xlsx} (or .csv), save it as data/raw/anonymity_review.xlsx, anonymise "
            "what is identifying (or set anonymity.mode: redact) and rerun"
        )
    labels = placeholders(to_redact)
    keys = zip(to_redact["kind"], to_redact["identifier_group"], strict=True)
    by_finding = dict(zip(to_redact.index, (labels[key] for key in keys), strict=True))
    replaced_by = [by_finding.get(index, "") for index in findings.index]
    write_csv(findings[[*FINDING_COLUMNS, "decision"]].assign(replaced_by=replaced_by), args.findings)
    clear_by_shard(shards, to_redact, labels, args)
    outcome = (
        f"{len(to_redact)} identifier(s) redacted ({counts_by_kind(to_redact)})" if len(to_redact) else "0 findings"
    )
    # redact mode redacts what no one has reviewed yet: said, since the thirteenth issue-18 trial's "co-facilitated"
    # became "[PERSON_1]-facilitated" with nothing shown but "done"
    unreviewed_redacted = int((to_redact["decision"] == "").sum())
    if unreviewed_redacted:
        outcome += (
            f", {unreviewed_redacted} of them by redact mode with no one's review (see the review sheet "
            f"{xlsx.name}: mark any that is not identifying)"
        )
    if len(findings) > len(to_redact):
        outcome += f", {len(findings) - len(to_redact)} reviewed as not identifying"
    write_text(f"passed: {scanned} segments scanned, {outcome}\n", args.passed)
    print(f"anonymity gate passed: {scanned} segments scanned, {outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
