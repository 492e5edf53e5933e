"""Grouped cross-validation: the folds' fits scheduled over processes, and each fold's calibration curves and
thresholds cross-fitted on the other folds.

Whole workshops (groups) are dealt to folds (``pipeline.classifier.folds``), so no group is ever in both the
training and the test fold. Every fit of a cross-validation (each fold's, the learning curve's, and the final
model's) runs in one batch (``cross_validation``); the calibration curves and each code's F1-maximising threshold
applied to a test fold are fitted on the other folds' predictions only, so the reported metrics never see the
test fold's labels twice. The TF-IDF backend counts n-grams once and derives each fold's TF-IDF from the counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.calibration import apply_platt, fit_calibration
from pipeline.classifier.folds import grouped_stratified_folds
from pipeline.classifier.model import build_model, code_probabilities, fit_quietly


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


def cross_fitted_decisions(probabilities: np.ndarray, labels: np.ndarray, fold_of: np.ndarray) -> np.ndarray:
    """Codes applied per segment, each fold's thresholds chosen on the other folds' probabilities."""
    predicted = np.zeros(labels.shape, dtype=np.int8)
    for fold in range(int(fold_of.max()) + 1):
        inside, outside = fold_of == fold, fold_of != fold
        for j in range(labels.shape[1]):
            cut = best_threshold(probabilities[outside, j], labels[outside, j])
            predicted[inside, j] = probabilities[inside, j] >= cut
    return predicted


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


def cross_validation(
    texts: Sequence[str],
    labels: np.ndarray,
    groups: Sequence[str],
    folds: int,
    regularisation: float,
    seed: int,
    backend: str = "tfidf",
    workers: int = 1,
    shares: Sequence[float] = (),
    fit_final: bool = False,
) -> tuple[OutOfFold, dict[float, list[tuple[np.ndarray, np.ndarray]]], dict[float, list[np.ndarray]], Any]:
    """Grouped, stratified cross-validation: probabilities, calibration and decisions out of fold; for each of the
    learning curve's ``shares`` of the training folds, its splits and their test probabilities; with ``fit_final``,
    the classifier fitted on all the texts (else None)."""
    from joblib import delayed

    fold_of = grouped_stratified_folds(labels, groups, folds, seed)
    cross_splits = fold_splits(fold_of, 1.0, np.random.default_rng(seed))
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
    return oof, curve_splits, curve_probabilities, final_model
