"""What the classifier reads of each segment: its text, and the turn before it.

Kept apart from ``pipeline.classifier`` (whose model imports scikit-learn) so that the stages that only look up
kept probabilities start in a fraction of a second.
"""

from __future__ import annotations

import pandas as pd

CONTEXTS = ("previous_turn", "none")
# the train stage's setting: one of CONTEXTS, or "auto", the one cross-validation scores higher on the study
CONTEXT_SETTINGS = ("auto", *CONTEXTS)
CONTEXT_MARK = " ||| "  # between a segment's text and the words of the turn before
CONTEXT_WORD = "prev_"  # marks each word of the turn before


def model_inputs(segments: pd.DataFrame, context: str) -> pd.Series:
    """What the model reads for each segment (by segment id): its text, and with ``previous_turn`` the
    words of the segment before it in the same workshop, marked ``prev_`` so they stay distinguishable.

    A short reply ("Yeah, definitely.") carries the code of the point it answers; without the turn
    before, the model can only learn such replies as noise. On the demo study the context raises the
    grouped cross-validated macro F1 from 0.433 to 0.531 (``benchmarks/classifier_backends.py``).
    """
    texts = segments["text"].astype(str)
    if context == "none":
        return pd.Series(texts.to_numpy(), index=segments["segment_id"])
    previous = segments.groupby("workshop_id")["text"].shift(1).fillna("").astype(str)
    return pd.Series(with_context(texts, previous).to_numpy(), index=segments["segment_id"])


def with_context(texts: pd.Series, contexts: pd.Series) -> pd.Series:
    """Each text followed by the words of its context (the turn before, or the post it answers),
    each word marked ``prev_`` so the model weighs them apart from the text's own words."""
    marked = (
        contexts.fillna("")
        .astype(str)
        .map(lambda text: " ".join(f"{CONTEXT_WORD}{word}" for word in text.lower().split()))
    )
    return texts.astype(str) + CONTEXT_MARK + marked
