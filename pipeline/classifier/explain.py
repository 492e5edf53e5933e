"""Why the model proposes a code: the n-grams that weigh most towards it (``top_terms``; for one text,
``term_evidence``), and the human-coded segments most like a text (``nearest_examples``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

EVIDENCE_TERMS = 5
NEAREST_EXAMPLES = 2


def top_terms(model: Any, codes: Sequence[str], code: str, n: int = 10) -> list[tuple[str, float]]:
    """The features that push the model hardest towards a code: word n-grams and character n-grams,
    with their logistic-regression weights (on TF-IDF features, so comparable within a code)."""
    classifier = getattr(model, "classifier", model)  # the saved model wraps the pipeline with its calibration
    names = classifier.named_steps["features"].get_feature_names_out()
    estimator = classifier.named_steps["classifier"].estimators_[list(codes).index(code)]
    weights = np.asarray(estimator.coef_).ravel()
    order = np.argsort(-weights)[:n]
    return [(str(names[i]).split("__", 1)[1], round(float(weights[i]), 4)) for i in order]


def feature_view(model: Any) -> tuple[np.ndarray, np.ndarray]:
    """Each TF-IDF feature's readable name and whether it is a word n-gram (not a character n-gram)."""
    union = model.named_steps["features"]
    names = np.array([str(name).split("__", 1)[1] for name in union.get_feature_names_out()], dtype=object)
    is_word = np.concatenate(
        [
            np.full(len(vectorizer.vocabulary_), vectorizer.analyzer == "word")
            for _, vectorizer in union.transformer_list
        ]
    )
    return names, is_word


def code_weights(model: Any, n_features: int) -> np.ndarray:
    """The logistic-regression coefficients as a (features, codes) array.

    A code that one-vs-rest saw as constant has no coefficients; it gets zeros (it pushes nothing).
    """
    columns = [
        np.asarray(getattr(estimator, "coef_", np.zeros(n_features))).ravel()
        for estimator in model.named_steps["classifier"].estimators_
    ]
    return np.column_stack(columns)


def readable_term(term: str, is_word: bool) -> str:
    """A word n-gram as words, ``(turn before)`` when it was read in the previous turn; a character
    n-gram in quotes, so its spaces show."""
    if not is_word:
        return f'"{term}"'
    words = term.split(" ")
    context = [word.startswith("prev_") for word in words]
    plain = " ".join(word.removeprefix("prev_") for word in words)
    return f"{plain} (turn before)" if any(context) else plain


def term_evidence(
    row: sparse.csr_matrix, weights: np.ndarray, names: np.ndarray, is_word: np.ndarray, n: int = EVIDENCE_TERMS
) -> list[tuple[str, float]]:
    """The n-grams of one text that pushed the model hardest towards a code: TF-IDF value times the
    code's coefficient, largest first, positive only.

    Word n-grams are what a coder can check against the codebook, so they come first; character
    n-grams are shown only when no word pushes towards the code. Ties keep the feature order.
    """
    row = sparse.csr_matrix(row)
    indices = row.indices
    contribution = row.data * weights[indices]
    for readable in (True, False):
        keep = (contribution > 0) & (is_word[indices] == readable)
        if keep.any():
            kept, values = indices[keep], contribution[keep]
            order = np.lexsort((kept, -values))[:n]
            return [(readable_term(str(names[kept[i]]), readable), round(float(values[i]), 4)) for i in order]
    return []


def nearest_examples(
    query: sparse.csr_matrix, examples: sparse.csr_matrix, example_ids: Sequence[str], n: int = NEAREST_EXAMPLES
) -> list[tuple[str, float]]:
    """The ``n`` examples most similar to the query (cosine on TF-IDF features), with their similarity.

    Ties keep the examples' order, so the answer is stable.
    """
    if examples.shape[0] == 0:
        return []
    similarity = (normalize(examples) @ normalize(sparse.csr_matrix(query)).T).toarray().ravel()
    order = np.lexsort((np.arange(len(similarity)), -similarity))[:n]
    return [(example_ids[i], round(float(similarity[i]), 4)) for i in order]
