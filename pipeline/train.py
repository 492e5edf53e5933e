"""Train: a multi-label classifier learns the codebook's leaf codes from the human coding.

Takes ``segments.parquet``, the human coding files and the codebook (the workflow runs it once the anonymity
gate has passed); makes the model (skops format, never a raw pickle), its model card, per-code cross-validated
metrics with bootstrap intervals, the out-of-fold predictions that the validity figures are drawn
from, and a learning curve.

The model is TF-IDF over word 1-2-grams and character 2-5-grams (``pipeline.ngrams``) feeding one
balanced logistic regression per code, fitted as the average of a plain one and one on the features weighted by
their log-count ratios (NB-LR, ``pipeline.log_count_ratio``), whose scores pass through a per-code Platt curve
(``pipeline.calibration``).
Evaluation is grouped cross-validation: no workshop is ever in both the training and the test fold,
and whole workshops are dealt to folds so that every code's examples are spread across them
(``pipeline.folds``). The calibration curves and each code's F1-maximising threshold applied to a
test fold are fitted on the other folds' predictions only, so the reported metrics never see the
test fold's labels twice.

The same machinery evaluates any coded-segments table (``pipeline.evaluate``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.agreement import BOOTSTRAP_SAMPLES, cohen_kappa, interval, library_alpha
from pipeline.calibration import (
    CALIBRATION_BINS,
    CalibratedModel,
    apply_platt,
    brier_score,
    expected_calibration_error,
    fit_calibration,
)
from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.errors import StudyError, run_stage
from pipeline.folds import MIN_WORKSHOPS, fold_balance, grouped_stratified_folds
from pipeline.memo import keep, memo_key, restore
from pipeline.tables import among, read_segments, write_csv, write_parquet, write_stable_zip, write_text
from pipeline.texts import CONTEXT_SETTINGS, CONTEXTS, model_inputs

MODEL_NAME = "tfidf-logreg"
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
CALIBRATION = "Platt scaling per code (a logistic curve on the score's log-odds), fitted on out-of-fold probabilities"


BACKENDS = ("tfidf", "tfidf+embeddings")


def build_model(regularisation: float, seed: int, backend: str = "tfidf") -> Any:
    """The classifier: word and character n-gram TF-IDF into balanced one-vs-rest logistic regressions, each the
    average of a plain one and an NB-LR one (``pipeline.log_count_ratio``).

    Word 1-2-grams read the segment and the turn before it apart (the turn's words marked ``prev_``);
    character 2-5-grams read both turns' words together, unmarked (``pipeline.ngrams``). Against
    character n-grams of the whole marked input, as before, this gave on the demo study a grouped
    cross-validated macro F1 of 0.531 instead of 0.514 (same folds), and coding went from about
    2,000 to 4,000-5,000 segments a second in one process on a busy machine, training used a sixth
    less CPU and saving took 1.8 s instead of 12 (``benchmarks/README.md``). Character
    n-grams of the segment's own text alone were as fast but lost quality (macro F1 0.476), and 3-5-grams
    instead of 2-5 lost it on EPITOME (explorations F1 0.720 to 0.681).

    The ``tfidf+embeddings`` backend averages it with a sentence-embedding model
    (``pipeline.embeddings``, an optional extra).
    """
    # scikit-learn is imported here, not with the module: a training the memo can reuse starts in a
    # second less without it
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    from pipeline.log_count_ratio import LogCountRatioBlend
    from pipeline.ngrams import NgramTfidf, character_ngrams

    features = FeatureUnion(
        [
            ("words", NgramTfidf(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", NgramTfidf(analyzer=character_ngrams, sublinear_tf=True, min_df=2)),
        ]
    )
    # the dual problem: with tens of thousands of n-gram features and a few thousand segments,
    # liblinear solves it about twenty times faster than the primal, to the same optimum; a tolerance
    # of 1e-3 moves no weight by more than 1e-5 on 8,000 segments and saves a fifth of the time
    classifier = LogCountRatioBlend(
        C=regularisation,
        class_weight="balanced",
        solver="liblinear",
        dual=True,
        tol=1e-3,
        max_iter=1000,
        random_state=seed,
    )
    text_model = Pipeline([("features", features), ("classifier", OneVsRestClassifier(classifier))])
    if backend == "tfidf+embeddings":
        from pipeline.embeddings import FusedModel

        return FusedModel(text_model, seed)
    return text_model


# what build_model's features are, in the model card and in the model's id (a change of features is
# another model, even from the same coded segments)
FEATURES = (
    "TF-IDF of word 1-2-grams (the turn before's words marked prev_) and of character 2-5-grams "
    "(the segment's and the turn before's words together), into a logistic regression per code averaged with one "
    "on the features weighted by their log-count ratios (NB-LR)"
)


def label_matrix(reviewed: Sequence[str], agreed: pd.DataFrame, codes: Sequence[str]) -> np.ndarray:
    """Binary matrix: reviewed segments by codes, 1 where the human consensus applied the code."""
    row = {segment_id: i for i, segment_id in enumerate(reviewed)}
    col = {code: j for j, code in enumerate(codes)}
    matrix = np.zeros((len(reviewed), len(codes)), dtype=np.int8)
    for segment_id, code in zip(agreed["segment_id"], agreed["code"], strict=True):
        if code in col:
            matrix[row[segment_id], col[code]] = 1
    return matrix


def best_threshold(probabilities: np.ndarray, truth: np.ndarray) -> float:
    """The probability cut-off that maximises F1 (0.5 when there are no positives to learn from)."""
    if truth.sum() == 0 or truth.sum() == len(truth):
        return 0.5
    from sklearn.metrics import precision_recall_curve

    precision, recall, thresholds = precision_recall_curve(truth, probabilities)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    return float(thresholds[int(np.argmax(f1[:-1]))])


def code_probabilities(model: Any, texts: Any, n_codes: int) -> np.ndarray:
    """Probability of each code per text (or per row of a feature matrix), as a (texts, codes) array.

    With a single code, scikit-learn sees a binary problem and returns both classes' columns;
    the second is the code's.
    """
    probabilities = np.asarray(model.predict_proba(texts if hasattr(texts, "shape") else list(texts)))
    if n_codes == 1 and probabilities.shape[1] == 2:
        return probabilities[:, 1:]
    return probabilities


def fit_quietly(model: Any, texts: Any, labels: np.ndarray) -> Any:
    """Fit, tolerating a code with no positive example in one cross-validation fold.

    One-vs-rest then predicts that code as constant absent, which is the honest prediction for
    that fold; scikit-learn warns about it, and the warning is expected here.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Label .* is present in all training examples")
        model.fit(texts if hasattr(texts, "shape") else list(texts), labels)
    return model


@dataclass
class OutOfFold:
    """Cross-validated predictions for every coded segment, from models that never saw its group."""

    fold_of: np.ndarray  # the fold of each segment
    raw: np.ndarray  # the classifier's probabilities, (segments, codes)
    calibrated: np.ndarray  # the same through Platt curves fitted on the other folds
    predicted: np.ndarray  # 1 where the calibrated probability reaches the threshold chosen on the other folds


def fold_probabilities(
    texts: Sequence[str],
    labels: np.ndarray,
    train_index: np.ndarray,
    test_index: np.ndarray,
    regularisation: float,
    seed: int,
    backend: str,
) -> np.ndarray:
    """Probabilities for one fold's test segments from a model fitted on its training segments."""
    training_texts = [texts[int(i)] for i in train_index]
    model = fit_quietly(build_model(regularisation, seed, backend), training_texts, labels[train_index])
    return code_probabilities(model, [texts[int(i)] for i in test_index], labels.shape[1])


@dataclass
class NgramCounts:
    """Every text's raw n-gram counts, once per vectorizer of ``build_model`` (with its ``min_df``).

    Cross-validation and the learning curve fit some thirty models on subsets of the same texts;
    counting n-grams once and deriving each fold's TF-IDF from the counts gives the same features as
    fitting the vectorizers on the fold (same vocabulary, idf, sublinear tf and norm), at a fraction
    of the cost: counting character n-grams was most of the training time before the fits.
    """

    blocks: list[tuple[Any, int]]


def count_ngrams(texts: Sequence[str]) -> NgramCounts:
    from sklearn.base import clone

    blocks = []
    for _, vectorizer in build_model(1.0, 0).named_steps["features"].transformer_list:
        # the same vectoriser (its analyser and counting) giving plain counts of every n-gram
        counter = clone(vectorizer).set_params(min_df=1, use_idf=False, norm=None, sublinear_tf=False)
        blocks.append((counter.fit_transform(list(texts)).tocsr(), int(vectorizer.get_params()["min_df"])))
    return NgramCounts(blocks)


def fold_tfidf(counts: NgramCounts, train_index: np.ndarray, test_index: np.ndarray) -> tuple[Any, Any]:
    """The training and test TF-IDF matrices that ``build_model``'s vectorizers fitted on the
    training rows would give: terms in at least ``min_df`` training texts, smoothed idf from the
    training texts, sublinear tf, each block L2-normalised, blocks side by side."""
    from scipy.sparse import hstack
    from sklearn.preprocessing import normalize

    train_parts: list[Any] = []
    test_parts: list[Any] = []
    for matrix, min_df in counts.blocks:
        train_rows = matrix[train_index]
        document_frequency = np.bincount(train_rows.indices, minlength=matrix.shape[1])
        kept = np.flatnonzero(document_frequency >= min_df)
        idf = np.log((1 + len(train_index)) / (1 + document_frequency[kept])) + 1
        for parts, rows in ((train_parts, train_rows), (test_parts, matrix[test_index])):
            tfidf = rows[:, kept].astype(np.float64)
            tfidf.data = np.log(tfidf.data) + 1
            parts.append(normalize(tfidf.multiply(idf).tocsr(), norm="l2"))
    return hstack(train_parts).tocsr(), hstack(test_parts).tocsr()


def fold_probabilities_from_counts(
    counts: NgramCounts,
    labels: np.ndarray,
    train_index: np.ndarray,
    test_index: np.ndarray,
    regularisation: float,
    seed: int,
) -> np.ndarray:
    """As ``fold_probabilities`` for the TF-IDF backend, from n-grams counted once."""
    train_features, test_features = fold_tfidf(counts, train_index, test_index)
    classifier = build_model(regularisation, seed).named_steps["classifier"]
    fit_quietly(classifier, train_features, labels[train_index])
    return code_probabilities(classifier, test_features, labels.shape[1])


def fold_splits(fold_of: np.ndarray, keep: float, rng: np.random.Generator) -> list[tuple[np.ndarray, np.ndarray]]:
    """Training and test indices per fold; with ``keep`` below 1, a seeded random share of each
    training set (for the learning curve), the test folds whole."""
    splits = []
    for fold in range(int(fold_of.max()) + 1):
        train_index, test_index = np.flatnonzero(fold_of != fold), np.flatnonzero(fold_of == fold)
        if keep < 1:
            size = max(2, math.ceil(keep * len(train_index)))
            train_index = np.sort(rng.choice(train_index, size=size, replace=False))
        splits.append((train_index, test_index))
    return splits


def fold_jobs(
    texts: Sequence[str],
    labels: np.ndarray,
    splits: Sequence[tuple[np.ndarray, np.ndarray]],
    regularisation: float,
    seed: int,
    backend: str,
) -> list[Any]:
    """One job per split, giving its test probabilities (joblib ``delayed`` calls)."""
    from joblib import delayed

    if backend == "tfidf":
        counts = count_ngrams(texts)
        return [
            delayed(fold_probabilities_from_counts)(counts, labels, train, test, regularisation, seed)
            for train, test in splits
        ]
    return [
        delayed(fold_probabilities)(texts, labels, train, test, regularisation, seed, backend) for train, test in splits
    ]


def run_jobs(jobs: Sequence[Any], workers: int) -> list[Any]:
    """The jobs' results in order, spread over ``workers`` processes.

    Every fit is deterministic on its own, so the answer is the same for any number of workers.
    """
    if workers <= 1 or len(jobs) <= 1:
        return [function(*args, **kwargs) for function, args, kwargs in jobs]
    from joblib import Parallel
    from joblib.externals.loky import get_reusable_executor

    try:
        return list(Parallel(n_jobs=workers)(jobs))
    finally:  # joblib keeps its workers for five minutes in case more work comes; none will
        get_reusable_executor().shutdown(wait=True)


def run_folds(
    texts: Sequence[str],
    labels: np.ndarray,
    splits: Sequence[tuple[np.ndarray, np.ndarray]],
    regularisation: float,
    seed: int,
    backend: str,
    workers: int,
) -> list[np.ndarray]:
    """Each split's test probabilities, the fits spread over ``workers`` processes."""
    return run_jobs(fold_jobs(texts, labels, splits, regularisation, seed, backend), workers)


def out_of_fold_probabilities(
    texts: Sequence[str],
    labels: np.ndarray,
    fold_of: np.ndarray,
    regularisation: float,
    seed: int,
    keep: float = 1.0,
    backend: str = "tfidf",
    workers: int = 1,
) -> np.ndarray:
    """Each segment's probabilities from the model trained on the other folds.

    With ``keep`` below 1, each training set is a seeded random share of the other folds' segments
    (for the learning curve); the test folds stay whole.
    """
    splits = fold_splits(fold_of, keep, np.random.default_rng(seed))
    probabilities = np.zeros(labels.shape, dtype=float)
    for (_, test_index), predicted in zip(
        splits, run_folds(texts, labels, splits, regularisation, seed, backend, workers), strict=True
    ):
        probabilities[test_index] = predicted
    return probabilities


def cross_fitted_decisions(probabilities: np.ndarray, labels: np.ndarray, fold_of: np.ndarray) -> np.ndarray:
    """Codes applied per segment, each fold's thresholds chosen on the other folds' probabilities."""
    predicted = np.zeros(labels.shape, dtype=np.int8)
    for fold in range(int(fold_of.max()) + 1):
        inside, outside = fold_of == fold, fold_of != fold
        for j in range(labels.shape[1]):
            cut = best_threshold(probabilities[outside, j], labels[outside, j])
            predicted[inside, j] = probabilities[inside, j] >= cut
    return predicted


def cross_validate(
    texts: Sequence[str],
    labels: np.ndarray,
    groups: Sequence[str],
    folds: int,
    regularisation: float,
    seed: int,
    backend: str = "tfidf",
    workers: int = 1,
) -> OutOfFold:
    """Grouped, stratified cross-validation: probabilities, calibration and decisions out of fold."""
    fold_of = grouped_stratified_folds(labels, groups, folds, seed)
    raw = out_of_fold_probabilities(texts, labels, fold_of, regularisation, seed, backend=backend, workers=workers)
    return calibrated_out_of_fold(raw, labels, fold_of)


def calibrated_out_of_fold(raw: np.ndarray, labels: np.ndarray, fold_of: np.ndarray) -> OutOfFold:
    """Each fold's Platt curves and thresholds fitted on the other folds' probabilities."""
    calibrated = np.zeros(raw.shape, dtype=float)
    predicted = np.zeros(labels.shape, dtype=np.int8)
    for fold in range(int(fold_of.max()) + 1):
        inside, outside = fold_of == fold, fold_of != fold
        slopes, intercepts = fit_calibration(raw[outside], labels[outside])
        calibrated[inside] = apply_platt(raw[inside], slopes, intercepts)
        # Platt curves never reorder a code's segments, so a threshold on the calibrated scale makes
        # the same decisions as one on the raw scale; choosing it there keeps one scale throughout
        on_outside = apply_platt(raw[outside], slopes, intercepts)
        for j in range(labels.shape[1]):
            cut = best_threshold(on_outside[:, j], labels[outside, j])
            predicted[inside, j] = calibrated[inside, j] >= cut
    return OutOfFold(fold_of=fold_of, raw=raw, calibrated=calibrated, predicted=predicted)


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
    from joblib import delayed

    fold_of = grouped_stratified_folds(labels, groups, folds, seed)
    cross_splits = fold_splits(fold_of, 1.0, np.random.default_rng(seed))
    shares = [share for share in LEARNING_CURVE_SHARES if share < 1] if with_learning_curve else []
    curve_splits = {share: fold_splits(fold_of, share, np.random.default_rng(seed)) for share in shares}
    # every fit in one batch, largest first (the final model, cross-validation, then the learning
    # curve's shares from the largest), so the workers stay busy to the end
    largest_first = sorted(shares, reverse=True)
    batch = cross_splits + [split for share in largest_first for split in curve_splits[share]]
    jobs = fold_jobs(texts, labels, batch, regularisation, seed, backend)
    if fit_final:
        jobs.insert(0, delayed(fit_quietly)(build_model(regularisation, seed, backend), list(texts), labels))
    results = run_jobs(jobs, workers)
    final_model = results.pop(0) if fit_final else None
    raw = np.zeros(labels.shape, dtype=float)
    for (_, test_index), fold_probabilities in zip(cross_splits, results[: len(cross_splits)], strict=True):
        raw[test_index] = fold_probabilities
    oof = calibrated_out_of_fold(raw, labels, fold_of)
    curve_results = iter(results[len(cross_splits) :])
    curve_probabilities = {share: [next(curve_results) for _ in curve_splits[share]] for share in largest_first}
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


def top_terms(model: Any, codes: Sequence[str], code: str, n: int = 10) -> list[tuple[str, float]]:
    """The features that push the model hardest towards a code: word n-grams and character n-grams,
    with their logistic-regression weights (on TF-IDF features, so comparable within a code)."""
    classifier = getattr(model, "classifier", model)  # the saved model wraps the pipeline with its calibration
    names = classifier.named_steps["features"].get_feature_names_out()
    estimator = classifier.named_steps["classifier"].estimators_[list(codes).index(code)]
    weights = np.asarray(estimator.coef_).ravel()
    order = np.argsort(-weights)[:n]
    return [(str(names[i]).split("__", 1)[1], round(float(weights[i]), 4)) for i in order]


def model_version(texts: Sequence[str], labels: np.ndarray, codes: Sequence[str], settings: dict[str, Any]) -> str:
    """A short hash of everything the model learned from, so codes can name the model that made them."""
    digest = hashlib.sha256()
    digest.update(json.dumps([list(codes), settings, FEATURES], sort_keys=True).encode())
    for text, row in zip(texts, labels.tolist(), strict=True):
        digest.update(text.encode("utf-8"))
        digest.update(bytes(row))
    return digest.hexdigest()[:12]


def out_of_fold_table(
    segment_ids: Sequence[str], groups: Sequence[str], codes: Sequence[str], labels: np.ndarray, oof: OutOfFold
) -> pd.DataFrame:
    """One row per (segment, code): the human code and the model's cross-validated probability and decision."""
    return pd.DataFrame(
        {
            "segment_id": np.repeat(segment_ids, len(codes)),
            "workshop_id": np.repeat(groups, len(codes)),
            "fold": np.repeat(oof.fold_of, len(codes)),
            "code": np.tile(codes, len(segment_ids)),
            "human": labels.reshape(-1).astype(int),
            "probability": oof.calibrated.reshape(-1).round(6),
            "uncalibrated": oof.raw.reshape(-1).round(6),
            "predicted": oof.predicted.reshape(-1).astype(int),
        }
    )


def without_nan(value: Any) -> Any:
    """The same structure with NaN as None, so the card is strict JSON (null where a statistic is undefined)."""
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_nan(item) for item in value]
    if isinstance(value, float) and np.isnan(value):
        return None
    return value


def metrics_by_code(metrics: pd.DataFrame) -> dict[str, dict[str, float]]:
    """The per-code metrics for the card's JSON, rounded so the file stays readable."""
    numbers = metrics.drop(columns=["code"]).astype(float).round(4)
    return dict(zip(metrics["code"], numbers.to_dict(orient="records"), strict=True))


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
        predicted = cross_validate(sample, sample_labels, sample_groups, folds, regularisation, seed, backend, workers)
        scores[name] = round(float(agreement_summary(sample_labels, predicted.predicted)["macro_alpha"]), 4)
    best = max(scores, key=lambda name: (scores[name], -list(scores).index(name)))
    return best, scores


def train(
    segments: pd.DataFrame,
    coding: pd.DataFrame,
    codebook: Codebook,
    consensus_share: float,
    folds: int,
    seed: int,
    min_positive: int,
    regularisation: float,
    context: str = "previous_turn",
    workers: int = 1,
    backend: str = "tfidf",
) -> dict[str, Any]:
    """Fit the final model and cross-validate it; returns everything the stage writes.

    ``workers`` processes share the cross-validation's fits; the results do not depend on it.
    """
    reviewed, agreed = consensus(coding, consensus_share)
    if not reviewed:
        raise StudyError(
            "no human-coded segments in data/raw/coding; code some segments before training: python -m pipeline "
            "coding-sheet write --coder coder_a makes a workbook of them, and python -m pipeline coding-sheet read "
            "--coder coder_a reads it back (with your own coder id for coder_a)"
        )
    candidates = CONTEXTS if context == "auto" else (context,)
    inputs = {name: model_inputs(segments, name).to_dict() for name in candidates}
    workshop_by_id = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    groups = [workshop_by_id[s] for s in reviewed]
    if len(set(groups)) < 2:
        raise StudyError(
            "human codes come from one workshop only; grouped cross-validation needs coded segments "
            "from at least two workshops"
        )
    all_labels = label_matrix(reviewed, agreed, codebook.leaf_ids)
    positives = all_labels.sum(axis=0)
    negatives = len(reviewed) - positives
    modelled = [
        code
        for j, code in enumerate(codebook.leaf_ids)
        if positives[j] >= min_positive and negatives[j] >= min_positive
    ]
    if not modelled:
        best = int(np.argmax(np.minimum(positives, negatives)))
        raise StudyError(
            f"no code has {min_positive} human-coded examples and {min_positive} segments without it "
            f"(train.min_positive); the closest is {codebook.leaf_ids[best]} with {int(positives[best])} of "
            f"{len(reviewed)} reviewed segments: code more segments (python -m pipeline coding-sheet write --coder "
            "coder_a, with your own coder id, writes a workbook of those not coded yet; docs/your-own-study.md: "
            "'Starting a study')"
        )
    labels = all_labels[:, [codebook.leaf_ids.index(c) for c in modelled]]
    by_context = {name: [inputs[name][s] for s in reviewed] for name in candidates}
    chosen_by: dict[str, float] = {}
    if len(candidates) > 1:
        context, chosen_by = choose_context(by_context, labels, groups, folds, regularisation, seed, backend, workers)
    texts = by_context[context]
    evaluation = evaluate_codes(
        texts, labels, groups, modelled, folds, regularisation, seed, workers=workers, fit_final=True, backend=backend
    )
    settings = {
        "folds": folds,
        "seed": seed,
        "regularisation": regularisation,
        "consensus": consensus_share,
        "context": context,
        "backend": backend,
    }
    if chosen_by:
        # train.context: auto, and what each candidate scored (macro alpha, cross-validated)
        settings["context_chosen_by_macro_alpha"] = chosen_by
    card = model_card(
        evaluation,
        texts,
        labels,
        modelled,
        codebook_entry(codebook),
        {
            "segments": len(reviewed),
            "workshops": len(set(groups)),
            "coders": sorted(set(coding["coder"])),
            "positives": {code: int(positives[codebook.leaf_ids.index(code)]) for code in codebook.leaf_ids},
        },
        settings,
        {code: int(positives[j]) for j, code in enumerate(codebook.leaf_ids) if code not in modelled},
        min_positive,
    )
    oof = out_of_fold_table(reviewed, groups, modelled, labels, evaluation["oof"])
    return {
        "model": saved_model(evaluation),
        "card": card,
        "metrics": evaluation["metrics"],
        "oof": oof,
        "learning_curve": evaluation["learning_curve"],
    }


# the model's name in its id (and in every code it makes): which backend made it
MODEL_NAMES = {"tfidf": MODEL_NAME, "tfidf+embeddings": "tfidf+minilm-logreg"}


def saved_model(evaluation: dict[str, Any]) -> CalibratedModel:
    """What the model file holds: the classifier fitted on every coded segment with its calibration
    curves; for the fused backend, its embedding side too (``FusedModel.calibrated``)."""
    final, slopes, intercepts = evaluation["model"], evaluation["slopes"], evaluation["intercepts"]
    if hasattr(final, "calibrated"):
        calibrated: CalibratedModel = final.calibrated(slopes, intercepts)
        return calibrated
    return CalibratedModel(final, slopes, intercepts)


def codebook_entry(codebook: Codebook) -> dict[str, str]:
    """The codebook as the card records it; the loader refuses the model for any other fingerprint."""
    return {"id": codebook.id, "version": codebook.version, "fingerprint": codebook.fingerprint}


def model_card(
    evaluation: dict[str, Any],
    texts: Sequence[str],
    labels: np.ndarray,
    codes: Sequence[str],
    codebook: dict[str, str],
    training: dict[str, Any],
    settings: dict[str, Any],
    not_modelled: dict[str, int],
    min_positive: int,
    groups_are: str = "workshop",
) -> dict[str, Any]:
    """The model card (JSON) of a model from ``evaluate_codes``: what it learnt from, its codebook, its
    cross-validated metrics, calibration and learning curve, its settings and limits. The train stage
    and ``pipeline.evaluate`` both write it; ``groups_are`` names what folds are grouped by."""
    summary = evaluation["summary"]
    backend = str(settings.get("backend", "tfidf"))
    name = MODEL_NAMES[backend]
    n_groups = training.get("workshops", training.get("groups"))
    card: dict[str, Any] = {
        "model": name,
        "model_id": f"{name}@{model_version(texts, labels, codes, settings)}",
        "backend": backend,
        "features": FEATURES,
        "codebook": codebook,
        "codes": list(codes),
        "thresholds": dict(zip(codes, evaluation["thresholds"], strict=True)),
        "not_modelled": not_modelled,
        "min_positive": min_positive,  # the human-coded examples (and non-examples) a code needs to be modelled
        "training": training,
        "cross_validation": {
            "scheme": (
                f"grouped by {groups_are} (whole {groups_are}s dealt to folds by iterative stratification over "
                "codes); calibration and thresholds cross-fitted on the other folds"
            ),
            "folds": int(evaluation["oof"].fold_of.max()) + 1,
            **{key: summary[key] for key in ("micro_precision", "micro_recall", "micro_f1", "macro_f1", "macro_alpha")},
            **{key: summary[key] for key in ("micro_f1_low", "micro_f1_high", "macro_f1_low", "macro_f1_high")},
            "fewest_positives_in_a_fold": summary["fewest_positives_in_a_fold"],
        },
        "calibration": {
            "method": CALIBRATION,
            "slopes": dict(zip(codes, evaluation["slopes"].round(6).tolist(), strict=True)),
            "intercepts": dict(zip(codes, evaluation["intercepts"].round(6).tolist(), strict=True)),
            "bins": CALIBRATION_BINS,
            **{key: summary[key] for key in ("ece_uncalibrated", "ece", "brier_uncalibrated", "brier")},
        },
        "intervals": (
            f"95% percentile bootstrap, {BOOTSTRAP_SAMPLES} resamples of whole {groups_are}s "
            f"(segments of one {groups_are} are not independent)"
        ),
        "metrics": metrics_by_code(evaluation["metrics"]),
        "learning_curve": evaluation["learning_curve"][list(LEARNING_CURVE_COLUMNS)].to_dict(orient="records"),
        "learning_curve_by_code": curve_by_code(evaluation["learning_curve"], codes),
        "settings": settings,
        "limits": [
            "Learns word and character patterns, not meaning: a theme voiced in words unlike the "
            "training examples can be missed."
            if backend == "tfidf"
            else "Learns word and character patterns, and the sentence encoder's sense of meaning for the "
            "segment's own text (not its context); the encoder was trained on English web text.",
            f"Codes with fewer than {min_positive} human-coded examples are not modelled and never predicted.",
            "Probabilities are calibrated per code on the cross-validated predictions (Platt scaling; "
            f"expected calibration error {summary['ece_uncalibrated']} before, {summary['ece']} after, a point "
            "figure from the same predictions, with no interval): a 0.3 "
            f"means about three segments in ten like it carry the code, in {groups_are}s like the training ones. "
            "The final model is fitted on all the coded segments, so it may be a little more confident "
            "than the cross-validated models the curves were fitted on.",
            f"The metrics come from {n_groups} {groups_are}s; "
            + (
                f"their intervals resample the {groups_are}s, and from fewer than {MIN_WORKSHOPS} none is given; "
                if int(n_groups or 0) < MIN_WORKSHOPS
                else f"with few {groups_are}s the intervals are wide "
            )
            + f"and a new kind of {groups_are}"
            + (" (another group, another stakeholder)" if groups_are == "workshop" else "")
            + " may score lower.",
        ],
    }
    if backend == "tfidf+embeddings":
        from pipeline.embeddings import installed_encoder

        # the encoder is not in the model file: the loader re-creates it from this package and version
        card["encoder"] = installed_encoder()
    return card


def save_model(model: Any, path: Path) -> None:
    """Save with skops (no pickle), made byte-stable: the same model always gives the same file.

    skops names objects and array files by Python's ``id()`` (a memory address) and stamps zip entries
    with the time: ids are renumbered here in order of appearance and the timestamps fixed.
    """
    import pickle

    from skops.io import dumps

    # skops names shared objects by identity, so a model fitted in a worker process (returned through
    # pickle) and one fitted here would share different objects and give different files; one
    # in-memory pickle round trip (our own object, never a file) makes the sharing the same either way
    model = pickle.loads(pickle.dumps(model))
    classifier = getattr(model, "classifier", model)
    for _, vectorizer in classifier.named_steps["features"].transformer_list:
        # a cache of id(stop_words) that scikit-learn rebuilds when missing; it differs every run
        vars(vectorizer).pop("_stop_words_id", None)
    archive = zipfile.ZipFile(io.BytesIO(dumps(model)))
    schema = json.loads(archive.read("schema.json"))
    renumbered: dict[int, int] = {}

    def renumber(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "__id__" and isinstance(value, int):
                    node[key] = renumbered.setdefault(value, len(renumbered))
                elif key == "file" and isinstance(value, str) and value.removesuffix(".npy").isdigit():
                    node[key] = f"{renumbered.setdefault(int(value.removesuffix('.npy')), len(renumbered))}.npy"
                else:
                    renumber(value)
        elif isinstance(node, list):
            for item in node:
                renumber(item)

    renumber(schema)
    # compact: the vocabulary makes the schema hundreds of thousands of nodes, which the indenting
    # (pure-Python) JSON encoder takes seconds over
    entries = {"schema.json": json.dumps(schema, separators=(",", ":")).encode("utf-8")}
    for name in archive.namelist():
        if name != "schema.json":
            stem = name.removesuffix(".npy")
            entries[f"{renumbered[int(stem)]}.npy" if stem.isdigit() else name] = archive.read(name)
    write_stable_zip(entries, path)


def with_interval(value: float, low: float, high: float) -> str:
    if np.isnan(value):
        return "n/a"
    if np.isnan(low):
        return f"{value:.2f}"
    return f"{value:.2f} [{low:.2f}, {high:.2f}]"


def metrics_markdown(metrics: pd.DataFrame) -> list[str]:
    """The per-code table: each agreement statistic with its 95% interval, and calibration error."""
    lines = [
        "| code | human positives | threshold | precision | recall | F1 | kappa | alpha | ECE before → after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in metrics.to_dict(orient="records"):
        cells = [
            str(row["code"]),
            str(row["human_positive"]),
            f"{row['threshold']:.3f}",
            *(
                with_interval(row[name], row[f"{name}_low"], row[f"{name}_high"])
                for name in ("precision", "recall", "f1", "kappa", "alpha")
            ),
            f"{row['ece_uncalibrated']:.3f} → {row['ece']:.3f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def learning_curve_markdown(curve: pd.DataFrame) -> list[str]:
    lines = ["| share of training segments | segments per training fold | macro F1 | micro F1 | macro alpha |"]
    lines.append("|---|---|---|---|---|")
    for row in curve.to_dict(orient="records"):
        lines.append(
            f"| {row['share']:.0%} | {row['training_segments']:.0f} | {row['macro_f1']:.3f} | "
            f"{row['micro_f1']:.3f} | {row['macro_alpha']:.3f} |"
        )
    return lines


def write_model_card_markdown(
    card: dict[str, Any], metrics: pd.DataFrame, path: Path, definitions: Sequence[str] = ()
) -> None:
    """The card for people: ``definitions`` (Markdown lines, from ``pipeline.evaluate``) say what
    each code means."""
    cv, calibration, training = card["cross_validation"], card["calibration"], card["training"]
    codebook = card["codebook"]
    if training.get("coders"):
        learnt_from = (
            f"Training data: {training['segments']} human-reviewed segments from {training['workshops']} "
            f"workshops, coders: {', '.join(training['coders'])}."
        )
    else:
        learnt_from = (
            f"Training data: {training['segments']} coded segments from {training['groups']} groups "
            f"(`{training['group_column']}`) in `{training['table']}`."
        )
    lines = [
        f"# Model card: {card['model_id']}",
        "",
        f"Codebook: {codebook['id']} version {codebook['version']} (fingerprint {codebook['fingerprint'][:12]}).",
        learnt_from,
        f"Features: {card['features']}.",
    ]
    if "encoder" in card:
        encoder = card["encoder"]
        lines.append(
            f"Backend: {card['backend']}; sentence encoder {encoder['package']} {encoder['version']} "
            f"({encoder['runtime']}), re-created from the installed package when the model is loaded, not "
            "stored in the model file."
        )
    lines += [
        f"Cross-validation: {cv['folds']} folds, {cv['scheme']}; micro F1 {cv['micro_f1']}, "
        f"macro F1 {cv['macro_f1']}, macro alpha {cv['macro_alpha']}.",
        f"Calibration: {calibration['method']}. Expected calibration error ({calibration['bins']} bins, "
        f"all codes) {calibration['ece_uncalibrated']} before, {calibration['ece']} after; Brier score "
        f"{calibration['brier_uncalibrated']} before, {calibration['brier']} after. Thresholds are on the "
        "calibrated scale.",
        f"Intervals: {card['intervals']}.",
        "",
        *metrics_markdown(metrics),
    ]
    if card["not_modelled"]:
        lines += [
            "",
            "Not modelled (too few examples): " + ", ".join(f"{c} ({n})" for c, n in card["not_modelled"].items()),
        ]
    if definitions:
        lines += ["", "## Codes", "", *definitions]
    lines += ["", "## Learning curve", "", *learning_curve_markdown(pd.DataFrame(card["learning_curve"]))]
    lines += ["", "## Limits", ""] + [f"- {limit}" for limit in card["limits"]]
    write_text("\n".join(lines) + "\n", path)


def training_key(segments: pd.DataFrame, coding: pd.DataFrame, codebook: Path, settings: dict[str, Any]) -> str:
    """Everything training learns from: the codebook, the human codes, the settings and what the model
    reads of each coded segment (its text and the turn before). Segments no human coded are not in it,
    so adding an uncoded workshop leaves the key, and the model, as they were."""
    reviewed = sorted(set(coding["segment_id"]))
    inputs = model_inputs(segments, str(settings["context"]))
    workshops = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    parts: list[bytes | str] = [codebook.read_bytes(), json.dumps(settings, sort_keys=True)]
    parts.append(coding.sort_values(list(coding.columns)).to_csv(index=False))
    for segment_id in reviewed:
        parts += [segment_id, str(workshops[segment_id]), str(inputs[segment_id])]
    return memo_key(parts)


def coded_workshops(
    segments_path: Path, coding_paths: Sequence[Path], codebook: Codebook
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The human coding, checked against every segment, and the segments of the workshops it codes: all
    training reads (a coded segment and the turn before it). At ten thousand workshops the whole
    segments table with what the model reads of it took 5 GB; the coded workshops are a few."""
    ids = pd.read_parquet(segments_path, columns=["segment_id", "workshop_id"])
    coding = read_coding(coding_paths, set(ids["segment_id"]), codebook)
    coded = sorted(set(ids.loc[among(ids["segment_id"], coding["segment_id"]), "workshop_id"].astype(str)))
    if not coded:
        return read_segments([segments_path]), coding  # training stops with its own message
    return pd.read_parquet(segments_path, filters=[("workshop_id", "in", coded)]), coding


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, required=True, help="the cleared segments (data/processed/segments.parquet)"
    )
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="human coding files")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument(
        "--consensus",
        type=float,
        required=True,
        help="share of a segment's coders who must give a code for it to count (coding.consensus)",
    )
    parser.add_argument(
        "--folds", type=int, required=True, help="cross-validation folds, whole workshops each (train.folds)"
    )
    parser.add_argument("--seed", type=int, required=True, help="random seed: the same seed draws the same again")
    parser.add_argument(
        "--min-positive",
        type=int,
        required=True,
        help="segments with a code, and as many without, before it is modelled (train.min_positive)",
    )
    parser.add_argument(
        "--regularisation", type=float, required=True, help="C of the logistic regressions (train.regularisation)"
    )
    parser.add_argument(
        "--context",
        choices=CONTEXT_SETTINGS,
        default="auto",
        help="what the model reads beside a segment; auto: the one cross-validation scores higher",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="tfidf",
        help="tfidf+embeddings adds sentence embeddings (the optional extra: pip install -e '.[embeddings]')",
    )
    parser.add_argument("--model", type=Path, required=True, help="output model (.skops)")
    parser.add_argument("--card", type=Path, required=True, help="output model card (JSON; Markdown beside it)")
    parser.add_argument("--metrics", type=Path, required=True, help="output per-code CV metrics (CSV)")
    parser.add_argument("--predictions", type=Path, required=True, help="output out-of-fold predictions")
    parser.add_argument("--learning-curve", type=Path, required=True, help="output learning curve (CSV)")
    parser.add_argument("--workers", type=int, default=1, help="processes for the cross-validation's fits")
    parser.add_argument(
        "--memo",
        type=Path,
        help="folder of earlier trainings' outputs: reused when the human codes, their texts, the codebook "
        "and the settings are unchanged (see pipeline/memo.py)",
    )
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments, coding = coded_workshops(args.segments, args.coding, codebook)
    outputs = [args.model, args.card, args.card.with_suffix(".md"), args.metrics, args.predictions, args.learning_curve]
    settings = {
        "consensus": args.consensus,
        "folds": args.folds,
        "seed": args.seed,
        "min_positive": args.min_positive,
        "regularisation": args.regularisation,
        "context": args.context,
        "backend": args.backend,
    }  # not --workers: the model is the same for any number of them
    key = training_key(segments, coding, args.codebook, settings) if args.memo else ""
    if args.memo and restore(args.memo, key, outputs):
        card = json.loads(args.card.read_text(encoding="utf-8"))
        print(f"reused {card['model_id']}: the human codes, their texts, the codebook and the settings are unchanged")
        return 0
    result = train(
        segments,
        coding,
        codebook,
        args.consensus,
        args.folds,
        args.seed,
        args.min_positive,
        args.regularisation,
        args.context,
        args.workers,
        args.backend,
    )
    save_model(result["model"], args.model)
    write_text(json.dumps(without_nan(result["card"]), indent=2, sort_keys=True, allow_nan=False) + "\n", args.card)
    write_model_card_markdown(result["card"], result["metrics"], args.card.with_suffix(".md"))
    write_csv(result["metrics"], args.metrics)
    write_parquet(result["oof"], args.predictions)
    write_csv(result["learning_curve"][list(LEARNING_CURVE_COLUMNS)], args.learning_curve)
    if args.memo:
        keep(args.memo, key, outputs)
    cv = result["card"]["cross_validation"]
    print(
        f"trained {result['card']['model_id']} on {result['card']['training']['segments']} segments, "
        f"{len(result['card']['codes'])} codes; grouped CV micro F1 {cv['micro_f1']}, macro F1 {cv['macro_f1']}, "
        f"macro alpha {cv['macro_alpha']}; calibration error {result['card']['calibration']['ece_uncalibrated']} "
        f"-> {result['card']['calibration']['ece']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
