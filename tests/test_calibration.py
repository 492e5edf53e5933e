import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from pipeline.classifier.calibration import (
    apply_platt,
    brier_score,
    expected_calibration_error,
    fit_calibration,
    fit_platt,
    log_odds,
)
from pipeline.classifier.model import CalibratedModel


def overconfident_scores(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores that rank well but over-state: the true chance is the score squared."""
    rng = np.random.default_rng(seed)
    scores = rng.uniform(0.01, 0.99, n)
    return scores, (rng.uniform(size=n) < scores**2).astype(int)


def test_platt_curve_matches_a_logistic_regression_on_smoothed_targets() -> None:
    scores, truth = overconfident_scores(500, 0)
    slope, intercept = fit_platt(scores, truth)
    positives, n = truth.sum(), len(truth)
    targets = np.where(truth == 1, (positives + 1) / (positives + 2), 1 / (n - positives + 2))
    x = log_odds(scores).reshape(-1, 1)
    reference = LogisticRegression(C=1e8, tol=1e-10, max_iter=10000).fit(
        np.vstack([x, x]), np.r_[np.ones(n), np.zeros(n)], sample_weight=np.r_[targets, 1 - targets]
    )
    assert slope == pytest.approx(reference.coef_[0, 0], abs=1e-5)
    assert intercept == pytest.approx(reference.intercept_[0], abs=1e-5)


def test_calibration_lowers_the_calibration_error_of_overconfident_scores() -> None:
    scores, truth = overconfident_scores(4000, 1)
    slopes, intercepts = fit_calibration(scores[:2000, None], truth[:2000, None])
    before = expected_calibration_error(scores[2000:], truth[2000:])
    after = expected_calibration_error(apply_platt(scores[2000:, None], slopes, intercepts), truth[2000:])
    assert before > 0.1
    assert after < 0.04
    assert brier_score(apply_platt(scores[2000:, None], slopes, intercepts), truth[2000:]) < brier_score(
        scores[2000:], truth[2000:]
    )


def test_calibration_keeps_the_ranking_and_never_reverses_it() -> None:
    scores, truth = overconfident_scores(300, 2)
    calibrated = apply_platt(scores[:, None], *fit_calibration(scores[:, None], truth[:, None]))[:, 0]
    assert (np.argsort(calibrated, kind="stable") == np.argsort(scores, kind="stable")).all()
    # scores that rank backwards get no curve at all: every segment gets the smoothed base rate
    slope, intercept = fit_platt(np.array([0.9, 0.8, 0.2, 0.1]), np.array([0, 0, 1, 1]))
    assert slope == 0.0
    assert 1 / (1 + np.exp(-intercept)) == pytest.approx(0.5)


def test_expected_calibration_error_and_brier_by_hand() -> None:
    probabilities = np.array([0.05, 0.05, 0.95, 0.95, 0.35, 0.35])
    truth = np.array([0, 0, 1, 1, 1, 0])
    # bins: 0.05 (2 segments, 0 true): gap 0.05; 0.95 (2, all true): 0.05; 0.35 (2, half true): 0.15
    assert expected_calibration_error(probabilities, truth) == pytest.approx((2 * 0.05 + 2 * 0.05 + 2 * 0.15) / 6)
    expected_brier = (4 * 0.05**2 + 0.65**2 + 0.35**2) / 6
    assert brier_score(probabilities, truth) == pytest.approx(expected_brier)


class Scores:
    """A stand-in classifier: the score of a text is its length over 10."""

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return np.array([[len(text) / 10, 1 - len(text) / 10] for text in texts])


def test_calibrated_model_applies_each_codes_curve() -> None:
    model = CalibratedModel(Scores(), [1.0, 2.0], [0.0, 1.0])
    probabilities = model.predict_proba(["abc", "abcdefg"])
    raw = np.array([[0.3, 0.7], [0.7, 0.3]])
    assert probabilities == pytest.approx(apply_platt(raw, np.array([1.0, 2.0]), np.array([0.0, 1.0])))
    assert probabilities[:, 0] == pytest.approx([0.3, 0.7])  # slope 1, intercept 0: unchanged
