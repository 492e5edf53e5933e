"""How well the model agrees with the human codes: precision, recall, F1, Cohen's kappa and Krippendorff's alpha
per code with bootstrap intervals (resampling whole workshops and segments), the micro and macro summary, and the
learning curve."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from pipeline.agreement import BOOTSTRAP_SAMPLES, cohen_kappa, interval, library_alpha
from pipeline.classifier.calibration import brier_score, expected_calibration_error
from pipeline.classifier.crossval import OutOfFold, cross_fitted_decisions

METRIC_COLUMNS = (
    "code",
    "human_positive",
    "segments",
    "threshold",
    *(f"{name}{end}" for name in ("precision", "recall", "f1", "kappa", "alpha") for end in ("", "_low", "_high")),
    "ece_uncalibrated",
    "ece",
    "brier_uncalibrated",
    "brier",
)
LEARNING_CURVE_SHARES = (0.1, 0.25, 0.5, 0.75, 1.0)
LEARNING_CURVE_COLUMNS = ("share", "training_segments", "macro_f1", "micro_f1", "macro_alpha")


def table_statistics(tables: np.ndarray) -> dict[str, np.ndarray]:
    """Precision, recall, F1, Cohen's kappa and Krippendorff's alpha of the model against the humans,
    from (..., 4) arrays of weighted counts: both say yes, model only, humans only, both say no.

    The closed forms for two binary raters, so that a thousand weighted resamples cost one matrix
    product; the tests check them against ``pipeline.agreement`` and the ``krippendorff`` package.
    """
    both, model_only, human_only, neither = np.moveaxis(tables.astype(float), -1, 0)
    n = both + model_only + human_only + neither
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(both + model_only > 0, both / (both + model_only), 0.0)
        recall = np.where(both + human_only > 0, both / (both + human_only), 0.0)
        f1 = np.where(both > 0, 2 * both / (2 * both + model_only + human_only), 0.0)
        observed = (both + neither) / n
        chance = ((both + model_only) * (both + human_only) + (human_only + neither) * (model_only + neither)) / n**2
        kappa = np.where(chance < 1, (observed - chance) / (1 - chance), np.nan)
        # alpha: 2n pairable values; every disagreeing segment adds one to each off-diagonal cell
        ones, zeros = 2 * both + model_only + human_only, 2 * neither + model_only + human_only
        alpha = np.where(ones * zeros > 0, 1 - (2 * n - 1) * (model_only + human_only) / (ones * zeros), np.nan)
    return {"precision": precision, "recall": recall, "f1": f1, "kappa": kappa, "alpha": alpha}


def agreement_tables(labels: np.ndarray, predicted: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """(..., codes, 4) counts of both / model only / humans only / neither, optionally weighted per segment."""
    truth, guess = labels.astype(bool), predicted.astype(bool)
    cells = np.stack([truth & guess, guess & ~truth, truth & ~guess, ~truth & ~guess], axis=-1).astype(float)
    if weights is None:
        return np.asarray(cells.sum(axis=0))
    # one matrix product (BLAS), not einsum's loops: a thousand resamples of ten thousand segments
    return np.asarray(weights @ cells.reshape(len(cells), -1)).reshape(len(weights), *cells.shape[1:])


def workshop_weights(groups: Sequence[str], seed: int, samples: int) -> np.ndarray:
    """(samples, segments) weights of a bootstrap that resamples whole groups: how often each segment's group
    was drawn."""
    _, group_index = np.unique(np.asarray(groups, dtype=str), return_inverse=True)
    return times_drawn(int(group_index.max()) + 1, seed, samples)[:, group_index]


def times_drawn(units: int, seed: int, samples: int) -> np.ndarray:
    """(samples, units): how often each unit was drawn in each of ``samples`` draws of ``units`` with replacement."""
    draws = np.random.default_rng(seed).integers(0, units, size=(samples, units))
    return np.stack([np.bincount(row, minlength=units) for row in draws]).astype(float)


def summary_intervals(
    labels: np.ndarray, predicted: np.ndarray, groups: Sequence[str], seed: int, samples: int = BOOTSTRAP_SAMPLES
) -> dict[str, float]:
    """95% intervals of micro and macro F1 from the same resamples of whole groups as each code's."""
    tables = agreement_tables(labels, predicted, workshop_weights(groups, seed, samples))  # (samples, codes, 4)
    micro = table_statistics(tables.sum(axis=1))["f1"]
    macro = table_statistics(tables)["f1"].mean(axis=1)
    (micro_low, micro_high), (macro_low, macro_high) = interval(micro), interval(macro)
    return {
        "micro_f1_low": round(float(micro_low), 4),
        "micro_f1_high": round(float(micro_high), 4),
        "macro_f1_low": round(float(macro_low), 4),
        "macro_f1_high": round(float(macro_high), 4),
    }


def bootstrap_intervals(
    labels: np.ndarray, predicted: np.ndarray, groups: Sequence[str], seed: int, samples: int = BOOTSTRAP_SAMPLES
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """95% percentile intervals per code: the wider of two, one resampling whole groups (workshops), one
    resampling segments.

    Groups, because the segments of one workshop share speakers, topics and coder, and the model's errors
    cluster by workshop (cross-validation is grouped too). But a percentile bootstrap over a handful of
    clusters is itself too narrow: the ninth trial found the workshop interval narrower than the segment one
    for 12 of the demo's 16 codes (0.74 to 0.87 against 0.65 to 0.95), and a code was relied on because of it.
    Each end is therefore the further of the two, so neither way of resampling can make a code look surer.
    """
    by_workshop = table_statistics(agreement_tables(labels, predicted, workshop_weights(groups, seed, samples)))
    by_segment = table_statistics(agreement_tables(labels, predicted, segment_weights(len(labels), seed, samples)))
    result = {}
    for name, values in by_workshop.items():
        bounds = [interval(values[:, j]) for j in range(labels.shape[1])]
        other = [interval(by_segment[name][:, j]) for j in range(labels.shape[1])]
        result[name] = (
            np.array([np.fmin(a[0], b[0]) for a, b in zip(bounds, other, strict=True)]),
            np.array([np.fmax(a[1], b[1]) for a, b in zip(bounds, other, strict=True)]),
        )
    return result


def segment_weights(segments: int, seed: int, samples: int) -> np.ndarray:
    """(samples, segments) weights of a bootstrap that resamples segments: how often each was drawn."""
    return times_drawn(segments, seed + 1, samples)


def code_metrics(
    codes: Sequence[str],
    labels: np.ndarray,
    oof: OutOfFold,
    thresholds: Sequence[float],
    groups: Sequence[str],
    seed: int,
) -> pd.DataFrame:
    """Per code: agreement of the cross-validated model with the human codes, with intervals, and
    how well calibrated its probabilities are before and after the Platt curves."""
    point = table_statistics(agreement_tables(labels, oof.predicted))
    bounds = bootstrap_intervals(labels, oof.predicted, groups, seed)
    rows = []
    for j, code in enumerate(codes):
        truth, guess = labels[:, j], oof.predicted[:, j]
        row: dict[str, Any] = {
            "code": code,
            "human_positive": int(truth.sum()),
            "segments": len(truth),
            "threshold": float(thresholds[j]),
        }
        for name in ("precision", "recall", "f1"):
            row[name] = float(point[name][j])
            row[f"{name}_low"], row[f"{name}_high"] = float(bounds[name][0][j]), float(bounds[name][1][j])
        row["kappa"] = float(cohen_kappa(truth.astype(float), guess.astype(float)))
        row["kappa_low"], row["kappa_high"] = float(bounds["kappa"][0][j]), float(bounds["kappa"][1][j])
        row["alpha"] = library_alpha(np.vstack([guess, truth]).astype(float))
        row["alpha_low"], row["alpha_high"] = float(bounds["alpha"][0][j]), float(bounds["alpha"][1][j])
        row["ece_uncalibrated"] = expected_calibration_error(oof.raw[:, j], truth)
        row["ece"] = expected_calibration_error(oof.calibrated[:, j], truth)
        row["brier_uncalibrated"] = brier_score(oof.raw[:, j], truth)
        row["brier"] = brier_score(oof.calibrated[:, j], truth)
        rows.append(row)
    return pd.DataFrame(rows, columns=list(METRIC_COLUMNS))


def agreement_summary(labels: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """Micro precision, recall and F1 over every (segment, code) decision; macro F1 and alpha over codes."""
    micro = table_statistics(agreement_tables(labels, predicted).sum(axis=0))
    per_code = table_statistics(agreement_tables(labels, predicted))
    alphas = [library_alpha(np.vstack([predicted[:, j], labels[:, j]]).astype(float)) for j in range(labels.shape[1])]
    return {
        "micro_precision": round(float(micro["precision"]), 4),
        "micro_recall": round(float(micro["recall"]), 4),
        "micro_f1": round(float(micro["f1"]), 4),
        "macro_f1": round(float(per_code["f1"].mean()), 4),
        # NaN where no code's alpha is defined (every decision the same); the card writes it as null
        "macro_alpha": round(float(np.nanmean(alphas)), 4) if not np.isnan(alphas).all() else float("nan"),
    }


def learning_curve(
    labels: np.ndarray,
    oof: OutOfFold,
    splits: dict[float, list[tuple[np.ndarray, np.ndarray]]],
    probabilities: dict[float, list[np.ndarray]],
) -> pd.DataFrame:
    """Quality against the number of coded segments: for each share, the models fitted on that share
    of every training fold (``splits``: a seeded random sample of its segments) and their test
    probabilities, tested on the same outer folds as the full model (share 1)."""
    n_folds = int(oof.fold_of.max()) + 1
    rows = []
    for share in sorted([*splits, 1.0]):
        if share >= 1:
            predicted = oof.predicted
            size = float(np.mean([(oof.fold_of != fold).sum() for fold in range(n_folds)]))
        else:
            raw = np.zeros(labels.shape, dtype=float)
            for (_, test_index), fold_probabilities in zip(splits[share], probabilities[share], strict=True):
                raw[test_index] = fold_probabilities
            predicted = cross_fitted_decisions(raw, labels, oof.fold_of)
            size = float(np.mean([len(train_index) for train_index, _ in splits[share]]))
        summary = agreement_summary(labels, predicted)
        rows.append(
            {
                "share": share,
                "training_segments": round(size, 1),
                "macro_f1": summary["macro_f1"],
                "micro_f1": summary["micro_f1"],
                "macro_alpha": summary["macro_alpha"],
                # each code's own curve, for the reliability gate's "how many more coded segments"
                **{f"alpha:{j}": code_alpha(labels[:, j], predicted[:, j]) for j in range(labels.shape[1])},
            }
        )
    return pd.DataFrame(rows)


def code_alpha(truth: np.ndarray, predicted: np.ndarray) -> float:
    """Krippendorff's alpha of one code's model decisions against the human codes, rounded for the card."""
    return round(float(library_alpha(np.vstack([predicted, truth]).astype(float))), 4)


def curve_by_code(curve: pd.DataFrame, codes: Sequence[str]) -> dict[str, list[dict[str, float]]]:
    """Each code's alpha at each size of training set, from the learning curve's per-code columns."""
    return {
        code: [
            {"training_segments": float(row["training_segments"]), "alpha": float(row[f"alpha:{j}"])}
            for row in curve.to_dict(orient="records")
        ]
        for j, code in enumerate(codes)
    }
