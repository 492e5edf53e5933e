"""Inter-coder agreement on binary code decisions, with the segment as the unit.

For one code, a rating matrix has one row per rater (a human coder, or the model) and one column per
segment: 1 where the rater applied the code, 0 where they reviewed the segment and did not, NaN
where they did not review it. From it: percent agreement, Cohen's kappa (two raters), Fleiss' kappa
(two or more raters, on the segments all of them rated) and Krippendorff's alpha (any number of
raters, missing ratings allowed), each with a 95% percentile bootstrap interval over segments.

Krippendorff's point estimate comes from the ``krippendorff`` package. The bootstrap needs a thousand
estimates per code, so it uses the closed form for binary nominal data, vectorised over resamples;
the tests check the two agree.
"""

from __future__ import annotations

from collections.abc import Callable

import krippendorff
import numpy as np

BOOTSTRAP_SAMPLES = 1000
Statistic = Callable[[np.ndarray], np.ndarray]


def pairable(ratings: np.ndarray) -> np.ndarray:
    """Only the segments rated by at least two raters carry information about agreement."""
    return ratings[:, (~np.isnan(ratings)).sum(axis=0) >= 2]


def complete(ratings: np.ndarray) -> np.ndarray:
    """Only the segments every rater rated (Fleiss' kappa needs the same raters per segment)."""
    return ratings[:, (~np.isnan(ratings)).all(axis=0)]


def unit_counts(ratings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per segment: how many raters said 0 and how many said 1."""
    rated = ~np.isnan(ratings)
    ones = np.where(rated, ratings, 0).sum(axis=0)
    return rated.sum(axis=0) - ones, ones


def percent_agreement(zeros: np.ndarray, ones: np.ndarray) -> np.ndarray:
    """Share of segments on which every rater agrees (along the last axis)."""
    with np.errstate(invalid="ignore"):
        return np.asarray(((zeros == 0) | (ones == 0)).mean(axis=-1) * 100)


def cohen_kappa(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Cohen's kappa of two binary raters along the last axis (NaN where chance agreement is 1)."""
    p_first, p_second = first.mean(axis=-1), second.mean(axis=-1)
    observed = (first == second).mean(axis=-1)
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(chance < 1, (observed - chance) / (1 - chance), np.nan)


def fleiss_kappa(counts: np.ndarray) -> np.ndarray:
    """Fleiss' kappa from a (..., segments, categories) array of how many raters chose each category.

    Every segment must have the same number of raters (Fleiss 1971).
    """
    counts = counts.astype(float)
    raters = counts.sum(axis=-1)[..., :1]
    per_segment = ((counts * (counts - 1)).sum(axis=-1) / (raters * (raters - 1))).mean(axis=-1)
    shares = counts.sum(axis=-2) / counts.sum(axis=(-2, -1))[..., None]
    chance = (shares**2).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(chance < 1, (per_segment - chance) / (1 - chance), np.nan)


def binary_alpha(zeros: np.ndarray, ones: np.ndarray) -> np.ndarray:
    """Krippendorff's alpha for binary nominal ratings from per-segment counts (last axis: segments).

    With m raters on a segment, its disagreeing pairs add n0 * n1 / (m - 1) to each off-diagonal cell
    of the coincidence matrix; alpha = 1 - (n - 1) * (o01 + o10) / (2 * n0 * n1), over pairable segments.
    """
    raters = zeros + ones
    usable = raters >= 2
    with np.errstate(invalid="ignore", divide="ignore"):
        disagreement = np.where(usable, zeros * ones / np.where(usable, raters - 1, 1), 0).sum(axis=-1) * 2
    n0 = np.where(usable, zeros, 0).sum(axis=-1)
    n1 = np.where(usable, ones, 0).sum(axis=-1)
    total = n0 + n1
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n0 * n1 > 0, 1 - (total - 1) * disagreement / (2 * n0 * n1), np.nan)


def library_alpha(ratings: np.ndarray) -> float:
    """Krippendorff's alpha from the ``krippendorff`` package (NaN when every rating is the same)."""
    values = ratings[~np.isnan(ratings)]
    if pairable(ratings).shape[1] == 0 or len(set(values.tolist())) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=ratings, level_of_measurement="nominal"))


def interval(samples: np.ndarray) -> tuple[float, float]:
    samples = samples[~np.isnan(samples)]
    if len(samples) == 0:
        return float("nan"), float("nan")
    low, high = np.percentile(samples, [2.5, 97.5])
    return float(low), float(high)


def agreement_statistics(ratings: np.ndarray, rng: np.random.Generator) -> dict[str, float]:
    """Every statistic for one rating matrix (raters x segments), with bootstrap intervals."""
    ratings = pairable(ratings)
    n_raters, n_units = ratings.shape
    nan = float("nan")
    result = dict.fromkeys(
        ["percent_agreement", "cohen_kappa", "cohen_low", "cohen_high", "fleiss_kappa", "fleiss_low", "fleiss_high"],
        nan,
    ) | {"segments": n_units, "with_code": 0, "alpha": nan, "alpha_low": nan, "alpha_high": nan}
    if n_units == 0:
        return result
    zeros, ones = unit_counts(ratings)
    # how many segments any rater gave the code: an alpha of 1.00 from one such segment says almost nothing
    result["with_code"] = int((ones > 0).sum())
    result["percent_agreement"] = float(percent_agreement(zeros, ones))
    result["alpha"] = library_alpha(ratings)
    first, second = ratings if n_raters == 2 else (ratings[0], ratings[0])
    if n_raters == 2:
        result["cohen_kappa"] = float(cohen_kappa(first, second))
    alphas, kappas = [], []
    # the resamples are drawn in chunks of about two million ratings, so memory stays flat however
    # many segments were coded; the generator gives the same numbers as one draw of them all
    chunk = max(1, 1_000_000 // n_units)
    for done in range(0, BOOTSTRAP_SAMPLES, chunk):
        draws = rng.integers(0, n_units, size=(min(chunk, BOOTSTRAP_SAMPLES - done), n_units))
        alphas.append(binary_alpha(zeros[draws], ones[draws]))
        kappas.append(cohen_kappa(first[draws], second[draws]))
    if not np.isnan(result["alpha"]):
        result["alpha_low"], result["alpha_high"] = interval(np.concatenate(alphas))
    if not np.isnan(result["cohen_kappa"]):
        result["cohen_low"], result["cohen_high"] = interval(np.concatenate(kappas))
    full = complete(ratings)
    if full.shape[1]:
        f_zeros, f_ones = unit_counts(full)
        counts = np.stack([f_zeros, f_ones], axis=-1)
        result["fleiss_kappa"] = float(fleiss_kappa(counts))
        if not np.isnan(result["fleiss_kappa"]):
            kappas = []
            chunk = max(1, 1_000_000 // full.shape[1])
            for done in range(0, BOOTSTRAP_SAMPLES, chunk):
                draws = rng.integers(0, full.shape[1], size=(min(chunk, BOOTSTRAP_SAMPLES - done), full.shape[1]))
                kappas.append(fleiss_kappa(counts[draws]))
            result["fleiss_low"], result["fleiss_high"] = interval(np.concatenate(kappas))
    return result
