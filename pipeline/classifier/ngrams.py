"""N-gram TF-IDF features for the classifier (``pipeline.classifier.model.build_model``), faster than
scikit-learn's own.

The model reads each segment with the words of the turn before it (``pipeline.texts.model_inputs``):
the segment's text, ``CONTEXT_MARK``, then the previous turn's words, each marked ``prev_``. Word
n-grams keep the marks, so a word in the turn before is a feature of its own. Character n-grams
(``character_ngrams``) read the segment's and the previous turn's words together without the marks.

``NgramTfidf`` is scikit-learn's ``TfidfVectorizer`` with the same features, counting character
n-grams word by word and saving its vocabulary compactly. Both are named in the model file, so
``pipeline.classifier.model`` trusts them by name when it loads one.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.texts import CONTEXT_MARK, CONTEXT_WORD

CHARACTER_NGRAMS = (2, 5)  # lengths of the character n-grams, the space around each word included
TERM_SEPARATOR = "\n"  # between the terms of a saved vocabulary; no word or character n-gram holds one


def character_words(text: str) -> list[str]:
    """The words whose character n-grams the model reads in one input: the segment's and the previous
    turn's together, lower-cased, without their ``prev_`` marks (the word features keep the two apart)."""
    return text.lower().replace(CONTEXT_MARK, " ").replace(CONTEXT_WORD, "").split()


def character_ngrams(text: str) -> list[str]:
    """The character n-grams of an input: scikit-learn's ``char_wb`` n-grams (each word padded with a
    space, a word shorter than ``n`` counted once) of ``CHARACTER_NGRAMS`` lengths over
    ``character_words``.

    Read this way, the turn before lends its stems to the segment's own character features instead
    of adding a second copy of each behind ``prev_``: 40% fewer n-grams to count on the demo study
    (the marked turn before was 70% of them, each word five characters longer), and there the grouped
    cross-validated macro F1 is 0.531 against 0.514 (see ``pipeline.classifier.model.build_model``). The
    character vectoriser's analyser: a module-level function, so the model file names it and the
    loader's allow-list trusts it by name.
    """
    grams: list[str] = []
    for word in character_words(text):
        grams.extend(word_character_ngrams(word))
    return grams


@functools.lru_cache(maxsize=1 << 15)
def word_character_ngrams(word: str) -> tuple[str, ...]:
    # kept per word: most words of a study recur, and slicing them again and again was most of the
    # time the character features took
    padded = f" {word} "
    grams: list[str] = []
    for n in range(CHARACTER_NGRAMS[0], CHARACTER_NGRAMS[1] + 1):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams.extend(padded[start : start + n] for start in range(len(padded) - n + 1))
    return tuple(grams)


class NgramTfidf(TfidfVectorizer):  # type: ignore[misc]
    """scikit-learn's ``TfidfVectorizer``, giving the same features, made faster in two places.

    - With the ``character_ngrams`` analyser, n-grams are counted word by word: each distinct word of
      the texts is split and looked up in the vocabulary once, not once per occurrence (the
      vectoriser's own loop looks up every n-gram of every word; it was 72% of the coding time). On
      30,000 inputs: 3.6-5.2 s with scikit-learn's loop, 1.7-2.2 s this way, the same matrix.
    - The vocabulary is saved as its terms in column order, one line each, in a byte array, not as
      the term-to-column dict: skops writes a dict into the model file's JSON schema entry by entry,
      and saving a model trained on 10,000 segments (some 200,000 n-grams) took 11 to 14 s, nearly
      all of it that JSON. Loading rebuilds the same dict.
    """

    def _count_vocab(self, raw_documents: Any, fixed_vocab: bool) -> tuple[dict[str, int], Any]:
        if self.analyzer is not character_ngrams:
            return super()._count_vocab(raw_documents, fixed_vocab)  # type: ignore[no-any-return]
        vocabulary: dict[str, int]
        if fixed_vocab:
            vocabulary = self.vocabulary_
        else:
            vocabulary = defaultdict()  # a new n-gram gets the next column, as in scikit-learn
            vocabulary.default_factory = vocabulary.__len__
        columns_of_word: dict[str, tuple[int, ...]] = {}
        columns: list[int] = []
        ends = [0]
        for document in raw_documents:
            for word in character_words(document):
                found = columns_of_word.get(word)
                if found is None:
                    grams = word_character_ngrams(word)
                    found = tuple(vocabulary[gram] for gram in grams if not fixed_vocab or gram in vocabulary)
                    columns_of_word[word] = found
                columns.extend(found)
            ends.append(len(columns))
        vocabulary = dict(vocabulary)
        if not vocabulary:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        counts = csr_matrix(
            (np.ones(len(columns), dtype=self.dtype), columns, ends), shape=(len(ends) - 1, len(vocabulary))
        )
        counts.sum_duplicates()  # one entry per text and n-gram, its count; columns in order
        return vocabulary, counts

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        vocabulary = state.get("vocabulary_")
        terms = sorted(vocabulary, key=vocabulary.__getitem__) if vocabulary is not None else []
        if terms and not any(TERM_SEPARATOR in term for term in terms):
            del state["vocabulary_"]
            state["terms_"] = np.frombuffer(TERM_SEPARATOR.join(terms).encode("utf-8"), dtype=np.uint8)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        terms = state.pop("terms_", None)
        super().__setstate__(state)
        if terms is not None:
            split = bytes(terms).decode("utf-8").split(TERM_SEPARATOR)
            self.vocabulary_ = {term: column for column, term in enumerate(split)}
