"""Calibrated code probabilities, and how far a set of probabilities is from calibrated.

A class-balanced logistic regression over-states how likely a rare code is: its scores rank segments
well but a 0.4 does not mean that four segments in ten carry the code. Each code's scores are
therefore mapped through Platt scaling (a logistic curve on the score's log-odds) fitted on
out-of-fold probabilities, where the model is as unsure as it will be on new segments. Platt, not
isotonic regression: with some fifty examples per code a two-parameter curve is stable where a step
function over-fits, and it is strictly increasing, so a segment's rank within a code never changes.

``pipeline.classifier.model.CalibratedModel`` holds the fitted classifier and the curves; it is what the model
file stores.
"""

from __future__ import annotations

import numpy as np

CALIBRATION_BINS = 10
EDGE = 1e-6


def log_odds(probabilities: np.ndarray) -> np.ndarray:
    clipped = np.clip(probabilities, EDGE, 1 - EDGE)
    return np.asarray(np.log(clipped / (1 - clipped)))


def fit_platt(probabilities: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Slope and intercept of the logistic curve from a code's scores' log-odds to its probability.

    Platt's method as Lin, Lin and Weng (2007) state it: smoothed targets (so the curve stays finite
    when the scores separate the examples perfectly), fitted by Newton's method with a backtracking
    line search; two parameters, so a few iterations of closed-form algebra. The slope is kept at
    zero or above so calibration never reverses the model's ranking; a code the model cannot rank
    gets its base rate.
    """
    positives, total = int(truth.sum()), len(truth)
    rate = (positives + 1) / (total + 2)
    base_rate = (0.0, float(np.log(rate / (1 - rate))))
    if positives in (0, total):
        return base_rate
    targets = np.where(truth == 1, (positives + 1) / (positives + 2), 1 / (total - positives + 2))
    x = log_odds(probabilities)

    def loss(slope: float, intercept: float) -> float:
        z = slope * x + intercept
        return float(np.sum(np.logaddexp(0, z) - targets * z))

    slope, intercept = 1.0, 0.0
    current = loss(slope, intercept)
    for _ in range(100):
        p = 1 / (1 + np.exp(-(slope * x + intercept)))
        weight = np.maximum(p * (1 - p), 1e-12)
        gradient = np.array([np.dot(x, p - targets), np.sum(p - targets)])
        hessian = np.array([[np.dot(weight, x * x), np.dot(weight, x)], [np.dot(weight, x), weight.sum()]])
        hessian += 1e-12 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-10:
            candidate = loss(slope - size * step[0], intercept - size * step[1])
            if candidate < current + 1e-4 * size * float(gradient @ -step):
                break
            size /= 2
        slope, intercept = slope - size * step[0], intercept - size * step[1]
        improvement, current = current - candidate, candidate
        if abs(improvement) < 1e-10 * max(1.0, abs(current)) or np.abs(gradient).max() < 1e-8:
            break
    if slope <= 0:
        return base_rate
    return float(slope), float(intercept)


def apply_platt(probabilities: np.ndarray, slopes: np.ndarray, intercepts: np.ndarray) -> np.ndarray:
    """Calibrated probabilities of a (segments, codes) array of scores."""
    with np.errstate(over="ignore"):
        return np.asarray(1 / (1 + np.exp(-(log_odds(probabilities) * slopes + intercepts))))


def fit_calibration(probabilities: np.ndarray, truth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-code Platt curves for a (segments, codes) array: slopes and intercepts."""
    curves = [fit_platt(probabilities[:, j], truth[:, j]) for j in range(truth.shape[1])]
    return np.array([c[0] for c in curves]), np.array([c[1] for c in curves])


def expected_calibration_error(probabilities: np.ndarray, truth: np.ndarray, bins: int = CALIBRATION_BINS) -> float:
    """ECE: over equal-width probability bins, the share of predictions in the bin times the gap
    between their mean probability and the share of them that are true."""
    probabilities, truth = np.ravel(probabilities), np.ravel(truth).astype(float)
    if len(probabilities) == 0:
        return float("nan")
    which = np.minimum((probabilities * bins).astype(int), bins - 1)
    said = np.bincount(which, weights=probabilities, minlength=bins)
    true = np.bincount(which, weights=truth, minlength=bins)
    return float(np.abs(said - true).sum() / len(probabilities))


def brier_score(probabilities: np.ndarray, truth: np.ndarray) -> float:
    """Mean squared difference between the probability and what happened (0 or 1)."""
    return float(np.mean((np.ravel(probabilities) - np.ravel(truth)) ** 2)) if np.size(truth) else float("nan")
