"""The model's calibrated probability of each code for each segment: predicted (a workshop at a time, kept in a
memo), and read back from the code stage's shards by the stages after it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.model import code_probabilities
from pipeline.errors import StudyError
from pipeline.memo import forget_unused, memo_key
from pipeline.tables import among, atomic, read_segments
from pipeline.texts import model_inputs

PROBABILITY_KEYS = ("segment_id", "workshop_id")


def predicted_probabilities(
    segments: pd.DataFrame, card: dict[str, Any], model: Callable[[], Any], memo: Path | None = None
) -> pd.DataFrame:
    """The model's calibrated probability of each code for each segment: segment_id, workshop_id and one
    column per code of the card, in the segments' order.

    ``model`` is called for the model the first time a workshop must be predicted: when the memo holds
    every workshop, the model file is not even read. With ``memo``, each workshop's probabilities are
    kept under a key of the model and what the model reads of the workshop (its texts, each with the
    turn before, see ``texts.model_inputs``); what the memo folder holds that this call did not use is
    removed. Segments are predicted whole workshops at a time, so a shard's predictions equal the
    study's.
    """
    codes = list(card["codes"])
    inputs = model_inputs(segments, card["settings"].get("context", "none"))
    probabilities = np.zeros((len(segments), len(codes)))
    positions = pd.Series(np.arange(len(segments)), index=segments.index)
    loaded: list[Any] = []
    used = set()
    for workshop_id, rows in segments.groupby("workshop_id", sort=False):
        texts = inputs.loc[rows["segment_id"]].tolist()
        kept = None
        if memo is not None:
            key = memo_key([card["model_id"], str(workshop_id), *rows["segment_id"], *texts])
            kept = memo / f"{key}.npy"
            used.add(kept.name)
        if kept is not None and kept.is_file():
            found = np.load(kept, allow_pickle=False)
        else:
            loaded = loaded or [model()]
            found = code_probabilities(loaded[0], texts, len(codes))
            if kept is not None:
                with atomic(kept) as partial, partial.open("wb") as handle:
                    np.save(handle, found, allow_pickle=False)
        probabilities[positions[rows.index].to_numpy()] = found
    if memo is not None:
        forget_unused(memo, used)
    table = segments[list(PROBABILITY_KEYS)].reset_index(drop=True)
    return pd.concat([table, pd.DataFrame(probabilities, columns=codes)], axis=1)


def read_probabilities(paths: Sequence[Path], segments: pd.DataFrame, card: dict[str, Any]) -> pd.DataFrame:
    """The shards' probabilities, one row for each segment in ``segments``' order; a segment with none, or
    with two, or a table from another model's codes, stops the run (an earlier stage's outputs are stale)."""
    table = read_segments(paths)
    missing_codes = [code for code in card["codes"] if code not in table.columns]
    if missing_codes:
        raise StudyError(
            f"{paths[0]}: no probabilities for code(s) {', '.join(missing_codes)} of the trained model; "
            "delete data/interim/shards and rerun"
        )
    counts = table["segment_id"].value_counts()
    twice = counts[counts > 1]
    missing = segments.loc[~among(segments["segment_id"], table["segment_id"]), "segment_id"]
    if len(twice) or len(missing):
        which = (
            f"segment '{twice.index[0]}' predicted twice"
            if len(twice)
            else f"segment '{missing.iloc[0]}' not predicted"
        )
        raise StudyError(
            f"{paths[0].parent.parent}: the shards' probabilities do not match the segments ({which}); "
            "delete data/interim/shards and rerun"
        )
    return table.set_index("segment_id").loc[segments["segment_id"], list(card["codes"])].reset_index()
