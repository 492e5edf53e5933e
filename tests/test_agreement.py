"""The agreement statistics, checked against published worked examples and well-kept libraries."""

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from pipeline.agreement import (
    agreement_statistics,
    binary_alpha,
    cohen_kappa,
    fleiss_kappa,
    library_alpha,
    percent_agreement,
    unit_counts,
)

NAN = np.nan


def test_fleiss_kappa_matches_the_worked_example() -> None:
    # Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories, kappa = 0.210
    counts = np.array(
        [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ]
    )
    assert float(fleiss_kappa(counts)) == pytest.approx(0.210, abs=0.0005)


def test_krippendorff_alpha_matches_krippendorffs_own_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 coders, 12 units, nominal 0.743
    data = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
            [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
        ]
    )
    assert library_alpha(data) == pytest.approx(0.743, abs=0.0005)


def test_vectorised_binary_alpha_equals_the_library_with_missing_codings() -> None:
    rng = np.random.default_rng(7)
    for raters in (2, 3, 5):
        truth = rng.integers(0, 2, 60)
        ratings = np.where(rng.random((raters, 60)) < 0.85, truth, 1 - truth).astype(float)
        ratings[rng.random((raters, 60)) < 0.3] = NAN
        zeros, ones = unit_counts(ratings)
        expected = krippendorff.alpha(reliability_data=ratings, level_of_measurement="nominal")
        assert float(binary_alpha(zeros, ones)) == pytest.approx(expected)


def test_cohen_kappa_matches_scikit_learn() -> None:
    rng = np.random.default_rng(3)
    for _ in range(50):
        first = rng.integers(0, 2, 40)
        second = np.where(rng.random(40) < 0.75, first, 1 - first)
        assert float(cohen_kappa(first, second)) == pytest.approx(cohen_kappa_score(first, second))


def test_two_raters_fleiss_equals_scotts_pi_and_alpha_is_close() -> None:
    first = np.array([1, 1, 0, 0, 1, 0, 1, 0, 0, 0] * 3, dtype=float)
    second = np.array([1, 0, 0, 0, 1, 0, 1, 1, 0, 0] * 3, dtype=float)
    stats = agreement_statistics(np.vstack([first, second]), np.random.default_rng(0))
    # Scott's pi for these data: observed 0.8, pooled share of ones 0.4, chance 0.52
    assert stats["fleiss_kappa"] == pytest.approx((0.8 - 0.52) / (1 - 0.52))
    assert stats["alpha"] == pytest.approx(1 - (60 - 1) / 60 * (1 - 0.8) / (1 - 0.52))
    assert stats["cohen_kappa"] == pytest.approx(cohen_kappa_score(first, second))
    assert stats["percent_agreement"] == pytest.approx(80.0)
    for name in ("cohen", "fleiss", "alpha"):
        value = stats["alpha" if name == "alpha" else f"{name}_kappa"]
        assert stats[f"{name}_low"] <= value <= stats[f"{name}_high"]


def test_three_raters_with_gaps_no_cohen_fleiss_on_complete_segments() -> None:
    ratings = np.array(
        [
            [1, 0, 1, 0, 1, NAN],
            [1, 0, 0, 0, 1, 1],
            [1, 1, 1, 0, NAN, NAN],
        ]
    )
    stats = agreement_statistics(ratings, np.random.default_rng(0))
    assert np.isnan(stats["cohen_kappa"])
    assert stats["segments"] == 5  # the last segment has one rating only: it says nothing about agreement
    complete = ratings[:, :4]
    zeros, ones = unit_counts(complete)
    assert stats["fleiss_kappa"] == pytest.approx(float(fleiss_kappa(np.stack([zeros, ones], axis=-1))))
    assert stats["percent_agreement"] == pytest.approx(float(percent_agreement(*unit_counts(ratings[:, :5]))))


def test_undefined_when_everyone_always_says_no() -> None:
    stats = agreement_statistics(np.zeros((2, 10)), np.random.default_rng(0))
    assert stats["percent_agreement"] == 100.0
    assert np.isnan(stats["alpha"])
    assert np.isnan(stats["cohen_kappa"])
