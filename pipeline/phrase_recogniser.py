"""A learned recogniser of proper-name phrases: the gate's last net for the names its rules miss.

The rules in ``detectors`` and ``anonymity`` find what they were written for; on transcripts nobody tuned
them on they still missed about one identifier in eight, most of them the names of employers, venues and
groups made of ordinary words ("the Salt Loft", "Kestrel Freight", "Lapwing Carers"), which no word list
can tell from "the Integrated Care Board" or "Talking Therapies". What tells them apart is what a reader
uses: which words they are made of, where they stand and what comes before and after. A logistic model
over those features, trained on the labelled sets in ``benchmarks/anonymity`` (their planted identifiers
and the look-alikes written beside them), learns it; ``benchmarks/train_phrase_recogniser.py`` retrains it.

A phrase is a run of capitalised words (joined by "of", "the", "&", "and", ...) within one line. The model
is stored as its weights (``lexicons/phrase_recogniser.json``), read with nothing but the standard library:
no pickle, so a study never loads code with its data.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.detectors import (
    CALENDAR,
    LEXICONS,
    Finding,
    big_cities,
    english_stop_words,
    family_names,
    first_names,
    fold,
    is_ordinary,
    not_people,
    text_of,
    tokens_of,
    town_names,
)

MODEL = LEXICONS / "phrase_recogniser.json"
ALPHA = re.compile(r"[^\W\d_]")
# small words inside a name: "School for the Deaf", "Lamp & Lathe", "Heol y Dderwen"
JOINERS = frozenset({"of", "the", "for", "and", "&", "de", "la", "le", "upon", "on", "in", "y"})
POSSESSIVE = frozenset({"'s", "\u2019s"})
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", '"', "\u201c", "-", "\u2013", "(", "["})


@dataclass(frozen=True)
class Phrase:
    """A run of capitalised tokens: character offsets in the text, token offsets in the doc."""

    start: int
    end: int
    first: int
    last: int  # exclusive


def capitalised(token: Any) -> bool:
    return bool(token.text[:1].isupper() and ALPHA.match(token.text))


def phrases(doc: Any) -> list[Phrase]:
    """Every run of capitalised words in ``doc``, the small words inside a name included."""
    tokens = tokens_of(doc)
    found = []
    i = 0
    while i < len(tokens):
        if not capitalised(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if capitalised(tokens[j]):
                j += 1
            else:
                # one or two small words, then a capitalised one: "Lamp & Lathe", "School for the Deaf"
                k = j
                while k < min(j + 2, len(tokens)) and (
                    tokens[k].text.casefold() in JOINERS or tokens[k].text in POSSESSIVE
                ):
                    k += 1
                if not (
                    j < k < len(tokens)
                    and capitalised(tokens[k])
                    # "the Salt Loft on Wednesdays": a day or a month after a small word is when, not the name
                    and tokens[k].text.casefold().removesuffix("s") not in CALENDAR
                ):
                    break
                j = k + 1
        found.append(Phrase(tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text), i, j))
        i = j
    return found


def word_classes(word: str) -> list[str]:
    """What the word lists say a word is; "unknown" for a word none of them holds."""
    lower = word.casefold()
    classes = [
        name
        for name, holds in (
            ("ord", is_ordinary(lower)),
            ("first", fold(word) in first_names()),
            ("notpeople", lower in not_people()),
            ("town", lower in town_names()),
            ("city", lower in big_cities()),
            ("stop", lower in english_stop_words()),
            ("family", lower in family_names()),
            ("caps", word.isupper() and len(word) > 1),
        )
        if holds
    ]
    return classes or ["unknown"]


def phrase_features(doc: Any, phrase: Phrase) -> dict[str, float]:
    """The words of a phrase, what the word lists say of them, and what stands before and after it."""
    text = text_of(doc)
    words = [t.text for t in tokens_of(doc)[phrase.first : phrase.last] if ALPHA.match(t.text)]
    features: dict[str, float] = {"bias": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        features[name] = features.get(name, 0.0) + value

    classes = [set(word_classes(w)) for w in words]
    for word, of_word in zip(words, classes, strict=True):
        add("w=" + word.casefold())
        for name in of_word:
            add("c=" + name)
    add("head=" + words[-1].casefold())
    add("first=" + words[0].casefold())
    add("allord", float(all("ord" in c or "stop" in c for c in classes)))
    add("anyunknown", float(any("unknown" in c for c in classes)))
    add("headclass=" + "+".join(sorted(classes[-1])))
    add(f"n={min(len(words), 4)}")
    before = doc[phrase.first - 1] if phrase.first > 0 else None
    after = doc[phrase.last] if phrase.last < len(doc) else None
    line_start = text[text.rfind("\n", 0, phrase.start) + 1 : phrase.start].strip() == ""
    add("linestart", float(line_start))
    add("sentstart", float(before is None or before.text in SENTENCE_OPENERS or before.is_space or line_start))
    add("prev=" + (before.text.casefold() if before is not None else "<s>"))
    if phrase.first > 1 and before is not None:
        add("prev2=" + doc[phrase.first - 2].text.casefold() + "_" + before.text.casefold())
    add("next=" + (after.text.casefold() if after is not None else "</s>"))
    first = doc[phrase.first]
    add("ent=" + (first.ent_type_ or "O"))
    add("pos=" + first.pos_)
    add("allcaps", float(text[phrase.start : phrase.end].isupper()))
    return features


@cache
def weights(path: Path = MODEL) -> tuple[dict[str, float], float, float]:
    """The stored model: a weight per feature, the intercept and the threshold."""
    model = json.loads(path.read_text(encoding="utf-8"))
    return model["weights"], float(model["intercept"]), float(model["threshold"])


def score(features: dict[str, float], model: tuple[dict[str, float], float, float]) -> float:
    """The model's log-odds that the phrase holds an identifier."""
    coefficients, intercept, _ = model
    return intercept + sum(value * coefficients.get(name, 0.0) for name, value in features.items())


def log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


def trimmed(doc: Any, phrase: Phrase) -> Phrase | None:
    """The phrase without the function words a sentence opens with ("And Róisín", "When Will")."""
    first = phrase.first
    while first < phrase.last - 1 and doc[first].text.casefold() in english_stop_words():
        first += 1
    last = phrase.last
    while last > first + 1 and doc[last - 1].text in ("I",):  # "Primary and I": the speaker, not the name
        last -= 2 if doc[last - 2].text.casefold() in JOINERS else 1
    if doc[first].text.casefold() in english_stop_words():
        return None
    return Phrase(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text), first, last)


def phrase_kind(words: Sequence[str]) -> str:
    """A name when the phrase opens with a first name; a place when it holds a town or a code ("Birmingham
    B8"); a workplace when it ends in a dictionary word ("Salt Loft", "Kestrel Freight"); else a name. Only a
    name is looked for again elsewhere in the workshop, so a town must not be taken for one: "Birmingham" would
    be masked everywhere."""
    lower = [word.casefold() for word in words]
    if fold(words[0]) in first_names() and not re.search(r"\d", "".join(words)):
        return "name"  # "Margaret Thornbury", though Thornbury is a town too
    if any(re.search(r"\d", word) or word in big_cities() or word in town_names() for word in lower):
        return "place"
    return "workplace" if is_ordinary(lower[-1]) else "name"


def phrase_findings(doc: Any, model: tuple[dict[str, float], float, float] | None = None) -> list[Finding]:
    """The phrases of two words or more the model takes for identifiers, as findings of the gate."""
    model = model or weights()
    threshold = log_odds(model[2])
    found = []
    for phrase in phrases(doc):
        # a phrase of one word is never found (see below), however the model scores it: most runs of capitals
        # are one word ("The", "I"), and scoring them was most of the model's time (the gate's throughput)
        if phrase.last - phrase.first < 2 or sum(1 for t in doc[phrase.first : phrase.last] if ALPHA.match(t.text)) < 2:
            continue
        if score(phrase_features(doc, phrase), model) < threshold:
            continue
        kept = trimmed(doc, phrase)
        if kept is None:
            continue
        words = [t.text for t in doc[kept.first : kept.last] if ALPHA.match(t.text)]
        if len(words) < 2:
            # a word alone is the rules' to find (gazetteers, proper nouns, a name said again): on real posts the
            # model took acronyms, medicines and misspellings for names, 0.8 false alarms per 1,000 words, for a
            # third of what it found that the rules had missed
            continue
        found.append(Finding(kept.start, kept.end, phrase_kind(words), "learned phrase model"))
    return found


def examples(docs: Iterable[tuple[Any, Sequence[tuple[int, int]]]]) -> tuple[list[dict[str, float]], list[int]]:
    """Training examples from docs and the character spans of their labelled identifiers: a phrase is an
    identifier (1) when it overlaps one, else a look-alike (0)."""
    features, targets = [], []
    for doc, spans in docs:
        for phrase in phrases(doc):
            features.append(phrase_features(doc, phrase))
            targets.append(int(any(start < phrase.end and phrase.start < end for start, end in spans)))
    return features, targets


def train(features: list[dict[str, float]], targets: list[int], threshold: float, c: float = 1.0) -> dict[str, Any]:
    """A logistic model of the examples, as the weights ``weights`` reads (features the fit gives almost no
    weight are left out)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, targets)
    # weights under 0.01 change no decision the threshold makes and would double the file
    coefficients = {
        name: round(float(weight), 4)
        for name, weight in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= 0.01
    }
    return {
        "weights": dict(sorted(coefficients.items())),
        "intercept": round(float(model.intercept_[0]), 4),
        "threshold": threshold,
        "c": c,
        "examples": len(targets),
        "identifiers": int(sum(targets)),
    }
