"""Everything grouped cross-validation says about the classifier on coded texts (``evaluate_codes``), the choice
of what the model reads beside a segment (``choose_context``), and the same on any coded table
(``evaluate_table``, for ``pipeline.evaluate``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.calibration import apply_platt, brier_score, expected_calibration_error, fit_calibration
from pipeline.classifier.crossval import best_threshold, cross_validation
from pipeline.classifier.folds import fold_balance
from pipeline.classifier.metrics import (
    LEARNING_CURVE_SHARES,
    agreement_summary,
    code_metrics,
    learning_curve,
    summary_intervals,
)
from pipeline.errors import StudyError
from pipeline.tables import spreadsheet_row
from pipeline.texts import with_context


def evaluate_codes(
    texts: Sequence[str],
    labels: np.ndarray,
    groups: Sequence[str],
    codes: Sequence[str],
    folds: int,
    regularisation: float,
    seed: int,
    with_learning_curve: bool = True,
    backend: str = "tfidf",
    workers: int = 1,
    fit_final: bool = False,
) -> dict[str, Any]:
    """Everything grouped cross-validation says about the classifier on these coded texts.

    Returns the out-of-fold predictions, the final Platt curves and thresholds (fitted on all the
    out-of-fold probabilities, for the model trained on everything), the per-code metrics, the
    summary, the learning curve and, with ``fit_final``, the classifier fitted on all the texts.
    ``pipeline.evaluate`` calls this on any coded table.
    """
    shares = [share for share in LEARNING_CURVE_SHARES if share < 1] if with_learning_curve else []
    oof, curve_splits, curve_probabilities, final_model = cross_validation(
        texts, labels, groups, folds, regularisation, seed, backend, workers, shares, fit_final
    )
    slopes, intercepts = fit_calibration(oof.raw, labels)
    on_all = apply_platt(oof.raw, slopes, intercepts)
    thresholds = [best_threshold(on_all[:, j], labels[:, j]) for j in range(labels.shape[1])]
    metrics = code_metrics(codes, labels, oof, thresholds, groups, seed)
    summary: dict[str, Any] = (
        agreement_summary(labels, oof.predicted)
        | summary_intervals(labels, oof.predicted, groups, seed)
        | {
            "ece_uncalibrated": round(expected_calibration_error(oof.raw, labels), 4),
            "ece": round(expected_calibration_error(oof.calibrated, labels), 4),
            "brier_uncalibrated": round(brier_score(oof.raw, labels), 4),
            "brier": round(brier_score(oof.calibrated, labels), 4),
        }
    )
    positives_per_fold = fold_balance(labels, oof.fold_of)
    summary["fewest_positives_in_a_fold"] = dict(
        zip(codes, positives_per_fold.min(axis=0).astype(int).tolist(), strict=True)
    )
    curve = learning_curve(labels, oof, curve_splits, curve_probabilities) if with_learning_curve else None
    return {
        "oof": oof,
        "slopes": slopes,
        "intercepts": intercepts,
        "thresholds": thresholds,
        "metrics": metrics,
        "summary": summary,
        "learning_curve": curve,
        "model": final_model,
    }


CONTEXT_CHOICE_SEGMENTS = 2_000  # coded segments the context is chosen on, at most (whole groups)


def choice_rows(groups: Sequence[str], seed: int, limit: int) -> list[int]:
    """The rows of whole groups, drawn in a seeded random order until ``limit`` rows are reached; every row where
    there are no more."""
    if len(groups) <= limit:
        return list(range(len(groups)))
    order = np.random.default_rng(seed).permutation(sorted(set(groups)))
    chosen: set[str] = set()
    count = pd.Series(list(groups)).value_counts()
    total = 0
    for group in order:
        if total >= limit:
            break
        chosen.add(str(group))
        total += int(count[group])
    return [i for i, group in enumerate(groups) if group in chosen]


def choose_context(
    texts_by_context: Mapping[str, Sequence[str]],
    labels: np.ndarray,
    groups: Sequence[str],
    folds: int,
    regularisation: float,
    seed: int,
    backend: str = "tfidf",
    workers: int = 1,
) -> tuple[str, dict[str, float]]:
    """Which of the candidate inputs (a segment alone, or with its context) the model codes better from: macro
    Krippendorff's alpha against the human codes, by the same grouped cross-validation the stage reports, each
    fold's calibration and thresholds fitted on the others. On a tie the first candidate.

    Measured, not assumed: the previous turn raised the demo study's macro alpha from 0.41 to 0.51 (a short
    agreement carries the code of the point it answers), while the post a reply answers lowered EPITOME's from
    0.62 to 0.52 and a counselling data set's kappa from 0.66 to 0.61 (issue 20). Choosing among two on the folds
    the figures are then reported on flatters them a little; chosen inside each training fold instead (nested),
    the choice was the same in every fold on both data sets.

    On a large study the choice is made on whole groups drawn at random (seeded) up to ``CONTEXT_CHOICE_SEGMENTS``
    coded segments: the two cross-validations cost as much as the stage's own, and the choice did not need more
    (on 10,000 segments they had taken training from 80 s to 144 s)."""
    rows = choice_rows(groups, seed, CONTEXT_CHOICE_SEGMENTS)
    sample_labels, sample_groups = labels[rows], [groups[i] for i in rows]
    scores = {}
    for name, texts in texts_by_context.items():
        sample = [texts[i] for i in rows]
        oof = cross_validation(sample, sample_labels, sample_groups, folds, regularisation, seed, backend, workers)[0]
        scores[name] = round(float(agreement_summary(sample_labels, oof.predicted)["macro_alpha"]), 4)
    best = max(scores, key=lambda name: (scores[name], -list(scores).index(name)))
    return best, scores


def evaluate_table(
    table: pd.DataFrame,
    text_column: str,
    group_column: str,
    codes: Sequence[str],
    labels: np.ndarray,
    context_column: str | None = None,
    folds: int = 5,
    seed: int = 20170213,
    regularisation: float = 4.0,
    min_positive: int = 5,
    path: Path = Path("table"),
    backend: str = "tfidf",
    workers: int = 1,
    fit_final: bool = False,
    rare_codes: str = "stop",
    rows: Sequence[int] | None = None,
    context: str = "auto",
) -> dict[str, Any]:
    """Grouped cross-validation of the classifier on one coded table (rows in, rows out: none dropped);
    with ``fit_final``, also the model fitted on every row.

    A code with fewer than ``min_positive`` present or absent rows stops it (``rare_codes="stop"``,
    when the codes were named on the command line) or is not modelled and is listed in
    ``not_modelled`` (``"skip"``, when they come from a codebook, as in the train stage). ``rows``
    numbers the segments in errors and predictions (default: the table's rows as a spreadsheet shows
    them); a long table's segments are numbered by their first row."""
    rows = list(rows) if rows is not None else [spreadsheet_row(index) for index in range(len(table))]
    groups = table[group_column].fillna("").astype(str).str.strip()
    if (groups == "").any():
        index = int(np.flatnonzero((groups == "").to_numpy())[0])
        raise StudyError(
            f"{path} row {rows[index]}: empty '{group_column}'; every segment needs its group "
            "so that no group is in both the training and the test fold"
        )
    if groups.nunique() < 2:
        raise StudyError(f"{path}: '{group_column}' has one group only; grouped cross-validation needs at least two")
    positives = labels.sum(axis=0)
    too_few = {
        code: f"{code} ({int(positives[j])} present, {len(labels) - int(positives[j])} absent)"
        for j, code in enumerate(codes)
        if min(positives[j], len(labels) - positives[j]) < min_positive
    }
    if too_few and (rare_codes == "stop" or len(too_few) == len(codes)):
        leave_out = "or leave it out of --code-columns" if rare_codes == "stop" else "or lower --min-positive"
        raise StudyError(
            f"{path}: too few examples to evaluate {', '.join(too_few.values())}; each code needs at least "
            f"{min_positive} present and {min_positive} absent (--min-positive), {leave_out}"
        )
    every_code = {code: int(positives[j]) for j, code in enumerate(codes)}
    modelled = [j for j, code in enumerate(codes) if code not in too_few]
    not_modelled = {code: int(positives[j]) for j, code in enumerate(codes) if code in too_few}
    codes, labels = [codes[j] for j in modelled], labels[:, modelled]
    texts = table[text_column].fillna("").astype(str)
    chosen: str = "none"
    scores: dict[str, float] = {}
    if context_column is not None:
        # with the context column or without, as cross-validation says (``context="auto"``), or always with it
        candidates = {"previous_turn": with_context(texts, table[context_column]).tolist(), "none": texts.tolist()}
        chosen = "previous_turn"
        if context == "auto":
            chosen, scores = choose_context(
                candidates, labels, groups.tolist(), folds, regularisation, seed, backend, workers
            )
        texts = pd.Series(candidates[chosen], index=texts.index)
    evaluation = evaluate_codes(
        texts.tolist(),
        labels,
        groups.tolist(),
        list(codes),
        folds,
        regularisation,
        seed,
        True,
        backend,
        workers,
        fit_final=fit_final,
    )
    oof = evaluation["oof"]
    predictions = pd.DataFrame(
        {
            "row": np.repeat(rows, len(codes)),
            "group": np.repeat(groups.to_numpy(), len(codes)),
            "fold": np.repeat(oof.fold_of, len(codes)),
            "code": np.tile(list(codes), len(table)),
            "human": labels.reshape(-1).astype(int),
            "probability": oof.calibrated.reshape(-1).round(6),
            "predicted": oof.predicted.reshape(-1).astype(int),
        }
    )
    return evaluation | {
        "predictions": predictions,
        "groups": int(groups.nunique()),
        "segments": len(table),
        "codes": list(codes),
        "labels": labels,
        "texts": texts.tolist(),
        "positives": every_code,
        "not_modelled": not_modelled,
        "context": chosen,
        "context_scores": scores,
    }
