"""The n-gram features: the same as scikit-learn's vectoriser gives, counted faster, saved compactly."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.classifier.ngrams import NgramTfidf, character_ngrams, character_words

TEXTS = [
    "The room is warm. ||| prev_we prev_met prev_in prev_the prev_café",
    "Yeah, definitely. ||| prev_the prev_room prev_is prev_warm.",
    "A  group\tof peers, I think, ok? ||| ",
    "We all support each other here.",  # no context at all (``train.context: none``)
    "Ground rules: no phones. ||| prev_a prev_group prev_of prev_peers",
]


def test_character_ngrams_are_those_of_char_wb_over_both_turns_without_the_marks() -> None:
    assert character_words(TEXTS[1]) == ["yeah,", "definitely.", "the", "room", "is", "warm."]
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), preprocessor=lambda text: text)
    char_wb = reference.build_analyzer()
    for text in TEXTS:
        assert character_ngrams(text) == char_wb(" ".join(character_words(text))), text
    # a word shorter than an n-gram counts once, padded: "a" gives " a", "a " and " a ", nothing longer
    assert character_ngrams("A") == [" a", "a ", " a "]
    assert not any("prev" in gram or "|" in gram for text in TEXTS for gram in character_ngrams(text))


@pytest.mark.parametrize("settings", [{"analyzer": character_ngrams, "min_df": 2}, {"ngram_range": (1, 2)}])
def test_the_features_are_those_of_scikit_learns_vectoriser(settings: dict[str, object]) -> None:
    ours = NgramTfidf(sublinear_tf=True, **settings).fit(TEXTS)
    theirs = TfidfVectorizer(sublinear_tf=True, **settings).fit(TEXTS)
    assert ours.vocabulary_ == theirs.vocabulary_
    assert ours.idf_ == pytest.approx(theirs.idf_)
    unseen = ["The café is warm and the peers are kind. ||| prev_yeah", "Zzz qqq."]
    for texts in (TEXTS, unseen):
        assert ours.transform(texts).toarray() == pytest.approx(theirs.transform(texts).toarray())
    assert ours.fit_transform(TEXTS).toarray() == pytest.approx(theirs.fit_transform(TEXTS).toarray())


def test_the_vocabulary_is_saved_as_terms_and_loaded_as_the_same_dict() -> None:
    from skops.io import dumps, get_untrusted_types, loads

    fitted = NgramTfidf(analyzer=character_ngrams, sublinear_tf=True).fit(TEXTS)
    data = dumps(fitted)
    schema = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("schema.json"))
    # the vocabulary is one byte array, not a JSON entry per term
    assert "vocabulary_" not in schema["content"]["content"]
    assert schema["content"]["content"]["terms_"]["__class__"] == "ndarray"
    assert sorted(get_untrusted_types(data=data)) == [
        "pipeline.classifier.ngrams.NgramTfidf",
        "pipeline.classifier.ngrams.character_ngrams",
    ]
    loaded = loads(data, trusted=get_untrusted_types(data=data))
    assert loaded.vocabulary_ == fitted.vocabulary_
    assert {type(term) for term in loaded.vocabulary_} == {str}  # plain strings: fast look-ups
    assert np.array_equal(loaded.transform(TEXTS).toarray(), fitted.transform(TEXTS).toarray())
