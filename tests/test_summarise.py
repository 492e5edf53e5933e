import numpy as np
import pandas as pd
import pytest
from conftest import CODES, CODING, PREDICTIONS, SEGMENTS, WORKSHOPS
from sklearn.metrics import cohen_kappa_score

from pipeline.codebook import Codebook
from pipeline.summarise import agreement, binary_kappa, kappa_with_interval, summarise


@pytest.fixture(scope="module")
def tables(codebook: Codebook) -> dict[str, pd.DataFrame]:
    return summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook)


def test_prevalence_by_group_counts_segments_and_workshops(tables: dict[str, pd.DataFrame]) -> None:
    table = tables["prevalence_by_group"].set_index(["group", "code"])
    assert table.loc[("walking", "mutual_support")].to_dict() == {
        "segments": 5,
        "coded_segments": 2,
        "workshops": 1,
        "share": 0.4,
    }
    assert table.loc[("walking", "avoiding_bureaucracy"), "workshops"] == 1
    assert table.loc[("network", "mutual_support"), "coded_segments"] == 0  # zeros are kept, not dropped
    assert len(table) == 2 * 16


def test_prevalence_by_role(tables: dict[str, pd.DataFrame]) -> None:
    table = tables["prevalence_by_role"].set_index(["role", "code"])
    assert table.loc[("member", "mutual_support"), "share"] == pytest.approx(2 / 4)
    assert table.loc[("commissioner", "needing_ground_rules"), "share"] == 1.0


def test_tension_balance_by_group(tables: dict[str, pd.DataFrame]) -> None:
    table = tables["tension_balance"].set_index(["tension", "group"])
    walking = table.loc[("rules_vs_bureaucracy", "walking")]
    assert (walking["first_pole_segments"], walking["second_pole_segments"]) == (1, 2)
    assert walking["balance"] == pytest.approx(-1 / 3)
    assert table.loc[("rules_vs_bureaucracy", "network"), "balance"] == 1.0
    assert np.isnan(table.loc[("leadership_vs_accountability", "walking"), "balance"])


def test_cooccurrence_is_symmetric_with_counts_on_the_diagonal(tables: dict[str, pd.DataFrame]) -> None:
    matrix = tables["cooccurrence"].pivot(index="code", columns="other_code", values="segments")
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.loc["mutual_support", "needing_ground_rules"] == 1
    assert matrix.loc["mutual_support", "mutual_support"] == 2
    assert matrix.loc["avoiding_bureaucracy", "avoiding_bureaucracy"] == 2


def test_code_counts_by_source(tables: dict[str, pd.DataFrame]) -> None:
    counts = tables["code_counts"].set_index("code")
    assert counts.loc["needing_ground_rules", ["segments", "workshops", "groups", "human", "model"]].tolist() == [
        2,
        2,
        2,
        1,
        1,
    ]
    assert counts.loc["avoiding_bureaucracy", "override"] == 1


def test_binary_kappa_matches_scikit_learn() -> None:
    rng = np.random.default_rng(3)
    for _ in range(50):
        first = rng.integers(0, 2, 40)
        second = np.where(rng.random(40) < 0.75, first, 1 - first)
        assert binary_kappa(first, second) == pytest.approx(cohen_kappa_score(first, second))


def test_kappa_interval_brackets_the_estimate_and_undefined_is_nan() -> None:
    rng = np.random.default_rng(0)
    first = np.array([1, 1, 0, 0, 1, 0, 1, 0, 0, 0] * 5)
    second = np.array([1, 0, 0, 0, 1, 0, 1, 1, 0, 0] * 5)
    kappa, low, high = kappa_with_interval(first, second, rng)
    assert low <= kappa <= high
    assert kappa == pytest.approx(cohen_kappa_score(first, second))
    assert all(np.isnan(kappa_with_interval(np.zeros(5), np.zeros(5), rng)))


def test_agreement_has_model_and_human_pairs(codebook: Codebook) -> None:
    table = agreement(PREDICTIONS, CODING, codebook)
    model = table[table["comparison"] == "model vs human"].set_index("code")
    assert model.loc["mutual_support", "segments"] == 4
    assert model.loc["mutual_support", "percent_agreement"] == 75.0
    humans = table[table["comparison"] == "human vs human (ana, bo)"].set_index("code")
    assert humans.loc["mutual_support", ["segments", "positive_first", "positive_second"]].tolist() == [2, 1, 2]
    assert humans.loc["mutual_support", "percent_agreement"] == 50.0
