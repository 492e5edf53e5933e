"""Prevalence with intervals: ppi-python's estimators, proven to cover the truth where a model count does not."""

import numpy as np
import pandas as pd
import pytest

from pipeline.estimates import (
    ALL_READ,
    AUDIT_ONLY,
    COUNT,
    FEW,
    NONE_HERE,
    PPI,
    design_weights,
    ppi_mean,
    prevalence_estimates,
    with_exact_bounds,
    without_exact_bounds,
)


def biased_study(rng: np.random.Generator, n: int = 2000, prevalence: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """True 0/1 codes and a model's probabilities that over-apply the code: on a segment without it the model
    still says 0.35 on average, so its mean probability is about 0.43 where the truth is 0.2."""
    truth = rng.binomial(1, prevalence, n).astype(float)
    probability = np.clip(0.35 + 0.4 * truth + rng.normal(0, 0.15, n), 0, 1)
    return truth, probability


def test_the_estimate_is_ppi_pythons() -> None:
    from ppi_py import ppi_mean_ci, ppi_mean_pointestimate

    rng = np.random.default_rng(7)
    truth, probability = biased_study(rng)
    audited = rng.choice(len(truth), 100, replace=False)
    rest = np.setdiff1d(np.arange(len(truth)), audited)
    found = ppi_mean(truth[audited], probability[audited], probability[rest])
    lower, upper = ppi_mean_ci(truth[audited], probability[audited], probability[rest], alpha=0.05)
    assert found.estimate == pytest.approx(
        float(ppi_mean_pointestimate(truth[audited], probability[audited], probability[rest])[0])
    )
    assert (found.lower, found.upper) == pytest.approx((float(lower[0]), float(upper[0])))
    assert found.method == PPI


def test_intervals_cover_the_truth_while_the_model_count_is_biased() -> None:
    """500 studies, each with a random audit sample of 100 of 2,000 segments and a model that over-applies the
    code: the 95% intervals hold the true prevalence at least 93% of the time; the model's own mean probability
    is off by more than 0.2 in every one."""
    rng = np.random.default_rng(20231110)
    covered, naive_errors = 0, []
    repetitions = 500
    for _ in range(repetitions):
        truth, probability = biased_study(rng)
        audited = rng.choice(len(truth), 100, replace=False)
        rest = np.setdiff1d(np.arange(len(truth)), audited)
        found = ppi_mean(truth[audited], probability[audited], probability[rest])
        covered += found.lower <= truth.mean() <= found.upper
        naive_errors.append(probability.mean() - truth.mean())
    assert covered / repetitions >= 0.93
    assert min(naive_errors) > 0.2


def test_the_table_states_how_each_number_was_made() -> None:
    """By scope and level; a code the model does not model gets the audit's own interval; before any audit,
    and where no audited segment falls, the count with no interval, saying so."""
    segments = pd.DataFrame(
        {"segment_id": [f"s{i}" for i in range(8)], "group": ["a"] * 4 + ["b"] * 4, "role": ["member"] * 8}
    )
    probabilities = pd.DataFrame({"hope": [0.9, 0.8, 0.1, 0.2, 0.7, 0.1, 0.2, 0.9]}, index=segments["segment_id"])
    counted = pd.DataFrame({"segment_id": ["s0", "s1", "s4"], "code": ["hope", "hope", "hope"]})
    audit = pd.DataFrame({"segment_id": ["s0", "s1", "s2", "s3"], "code": ["hope", "stigma", "", ""]})
    table = prevalence_estimates(segments, probabilities, audit, counted, ["hope", "stigma"], {"group": "group"})
    overall = table[table["scope"] == "overall"].set_index("code")
    assert overall.loc["hope", "method"] == FEW  # 4 audited: the audit's own interval, never a zero-width one
    assert overall.loc["hope", "lower"] < overall.loc["hope", "estimate"] < overall.loc["hope", "upper"]
    assert overall.loc["stigma", "method"] == AUDIT_ONLY  # not modelled: 1 of 4 audited
    # the 1 audited, and the beta-binomial's mean for the 4 segments nobody read: 4 x (1 + 1) / (4 + 2), inside
    # its interval (the fifteenth issue-19 trial's plug-in estimates sat on their interval's lower end)
    assert overall.loc["stigma", "estimate"] == round((1 + 4 * 2 / 6) / 8, 6)
    assert overall.loc["stigma", "lower"] < overall.loc["stigma", "estimate"] < overall.loc["stigma", "upper"]
    group_b = table[(table["scope"] == "group") & (table["level"] == "b")].set_index("code")
    assert group_b.loc["hope", "method"] == NONE_HERE  # no audited segment in group b
    assert np.isnan(group_b.loc["hope", "lower"])
    assert group_b.loc["hope", "counted_share"] == 0.25
    before = prevalence_estimates(segments, probabilities, audit.iloc[0:0], counted, ["hope"], {})
    assert before["method"].tolist() == [COUNT]
    # a count is no estimate: the estimate is empty, the count in counted_share (the seventeenth issue-19 trial)
    assert np.isnan(before["estimate"].tolist()[0])
    assert before["counted_share"].tolist() == [0.375]


def test_enough_audited_segments_get_the_model_corrected_interval() -> None:
    rng = np.random.default_rng(3)
    truth, probability = biased_study(rng, n=400)
    ids = [f"s{i}" for i in range(400)]
    segments = pd.DataFrame({"segment_id": ids})
    probabilities = pd.DataFrame({"hope": probability}, index=ids)
    audited = rng.choice(400, 60, replace=False)
    audit = pd.DataFrame(
        {"segment_id": [ids[i] for i in audited], "code": ["hope" if truth[i] else "" for i in audited]}
    )
    table = prevalence_estimates(segments, probabilities, audit, audit.iloc[0:0], ["hope"], {})
    row = table.iloc[0]
    assert row["method"] == PPI
    assert row["lower"] < row["estimate"] < row["upper"]
    assert row["upper"] - row["lower"] < 0.25


def test_segments_humans_coded_count_as_coded_and_only_the_rest_is_estimated() -> None:
    """Half the study coded by humans (chosen, not random), the audit sample random over all of it: the coded
    half counts exactly, the other half is estimated from the audited segments among them, so the estimate is
    never below what the coders found, and its interval covers the truth over 300 studies. A group coded
    entirely by humans gets its exact share with no width."""
    rng = np.random.default_rng(11)
    n, covered, repetitions = 400, 0, 300
    ids = pd.Index([f"s{i}" for i in range(n)])
    for _ in range(repetitions):
        truth, probability = biased_study(rng, n=n)
        # coders chose the segments the model was surest of: a biased, not a random, half
        coded = ids[np.argsort(-probability)[: n // 2]]
        audited = ids[rng.choice(n, 80, replace=False)]
        segments = pd.DataFrame({"segment_id": ids, "group": np.where(np.arange(n) < 200, "a", "b")})
        probabilities = pd.DataFrame({"hope": probability}, index=ids)
        audit = pd.DataFrame(
            {"segment_id": audited, "code": np.where(truth[ids.get_indexer(audited)] == 1, "hope", "")}
        )
        counted = pd.DataFrame({"segment_id": coded[truth[ids.get_indexer(coded)] == 1], "code": "hope"})
        table = prevalence_estimates(segments, probabilities, audit, counted, ["hope"], {}, human_coded=coded)
        row = table.iloc[0]
        found_by_coders = len(counted) / n
        assert row["lower"] >= found_by_coders - 1e-9
        assert row["human_coded"] == n // 2
        assert row["audited_uncoded"] == len(audited.difference(coded))
        covered += row["lower"] <= truth.mean() <= row["upper"]
    assert covered / repetitions >= 0.93
    segments = pd.DataFrame({"segment_id": ids[:4], "group": ["a", "a", "b", "b"]})
    probabilities = pd.DataFrame({"hope": [0.9, 0.1, 0.8, 0.2]}, index=ids[:4])
    counted = pd.DataFrame({"segment_id": [ids[0]], "code": ["hope"]})
    audit = pd.DataFrame({"segment_id": [ids[2], ids[3]], "code": ["hope", ""]})
    table = prevalence_estimates(segments, probabilities, audit, counted, ["hope"], {"group": "group"}, ids[:2])
    group_a = table[table["level"] == "a"].iloc[0]
    assert (group_a["estimate"], group_a["lower"], group_a["upper"]) == (0.5, 0.5, 0.5)
    assert group_a["method"].startswith("every segment here coded by humans")


def test_in_a_small_study_the_audit_read_most_unread_segments_and_only_the_rest_is_estimated() -> None:
    """The seventh trial: 134 segments, 105 coded, 21 of the other 29 audited; the Wilson interval of the audit
    share, spread over all 29, reached below what the coders and the audit had already found. Now the audited
    ones count as read and only the 8 nobody read are estimated: over 500 such studies the interval covers the
    true share at least 93% of the time, and never leaves what the unread segments could make it."""
    rng = np.random.default_rng(29)
    n, coded_n, audited_n, covered, repetitions = 134, 105, 21, 0, 500
    ids = pd.Index([f"s{i}" for i in range(n)])
    segments = pd.DataFrame({"segment_id": ids})
    for _ in range(repetitions):
        truth = rng.binomial(1, rng.uniform(0.02, 0.5), n)
        coded = ids[:coded_n]
        audited = ids[coded_n + rng.choice(n - coded_n, audited_n, replace=False)]
        audit = pd.DataFrame(
            {"segment_id": audited, "code": np.where(truth[ids.get_indexer(audited)] == 1, "hope", "")}
        )
        counted = pd.DataFrame({"segment_id": coded[truth[:coded_n] == 1], "code": "hope"})
        row = prevalence_estimates(segments, pd.DataFrame(index=ids), audit, counted, ["hope"], {}, coded).iloc[0]
        known = truth[:coded_n].sum() + truth[ids.get_indexer(audited)].sum()
        assert (
            known / n - 1e-6 <= row["lower"] <= row["estimate"] <= row["upper"] <= (known + 8) / n + 1e-6
        )  # rounded to 6 places
        assert row["method"] == AUDIT_ONLY
        covered += row["lower"] - 1e-6 <= truth.mean() <= row["upper"] + 1e-6
    assert covered / repetitions >= 0.93
    # the audit read every segment no coder did: the share is counted, exact
    audit = pd.DataFrame({"segment_id": ids[coded_n:], "code": ["hope"] * 3 + [""] * (n - coded_n - 3)})
    counted = pd.DataFrame({"segment_id": ids[:2], "code": "hope"})
    row = prevalence_estimates(segments, pd.DataFrame(index=ids), audit, counted, ["hope"], {}, ids[:coded_n]).iloc[0]
    assert [row["estimate"], row["lower"], row["upper"]] == pytest.approx([5 / n] * 3, abs=1e-6)
    assert row["method"] == ALL_READ
    # and says what its count is made of, as the report gives it (the seventh issue-21 trial read 6, 7 and 8 for one
    # code, with nothing to say the 8th was the audit coder's find): 2 by the coders, 3 by the audit coder
    assert (row["found_by_coders"], row["decided_by_override_with_code"], row["found_by_audit"]) == (2, 0, 3)
    # as written to the CSV, a count has no bounds (the eleventh trial read "lower = upper" as a zero-width
    # interval); read back for the report and the figures, its bounds are the count again
    table = prevalence_estimates(segments, pd.DataFrame(index=ids), audit, counted, ["hope"], {}, ids[:coded_n])
    written = without_exact_bounds(table)
    assert written[["lower", "upper"]].isna().all().all()
    assert with_exact_bounds(written)[["lower", "upper"]].iloc[0].tolist() == pytest.approx([5 / n] * 2, abs=1e-6)
    # with no audit sample, nothing is estimated: the written estimate is empty, the count is counted_share (the
    # thirteenth trial read an "estimate" equal to the count of the segments humans coded)
    none = pd.DataFrame(columns=["segment_id", "code"])
    table = prevalence_estimates(segments, pd.DataFrame(index=ids), none, counted, ["hope"], {}, ids[:coded_n])
    written = without_exact_bounds(table).iloc[0]
    assert written["method"] == COUNT
    assert pd.isna(written["estimate"])
    assert written["counted_share"] == pytest.approx(2 / n, abs=1e-6)


def test_a_one_code_override_decides_only_its_code() -> None:
    """A segment an override put one code on had counted as decided for every code, its model codes for the
    others as known: each code now counts the segments decided for it (``coding.Decided``)."""
    from pipeline.coding import Decided

    ids = pd.Index([f"s{i}" for i in range(10)])
    segments = pd.DataFrame({"segment_id": ids, "group": "a"})
    counted = pd.DataFrame({"segment_id": ["s0", "s9"], "code": ["hope", "hope"]})
    audit = pd.DataFrame({"segment_id": ["s5"], "code": [""]})
    decided = Decided(frozenset({"s0", "s1"}), {"hope": frozenset({"s9"})})
    table = prevalence_estimates(segments, pd.DataFrame(index=ids), audit, counted, ["hope", "joy"], {}, decided)
    by_code = table.set_index("code")["human_coded"].to_dict()
    assert by_code == {"hope": 3, "joy": 2}
    # the segments an override alone decided the code of are counted apart: chosen where the model erred, a tally
    # of them is no share (the fourteenth trial's "100.0% (3 of 3)" from three 'add' overrides)
    assert table.set_index("code")["decided_by_override"].to_dict() == {"hope": 1, "joy": 0}
    # the coders' finds leave out the override's: s0 is the coders', s9 the 'add' override's
    hope = table.set_index("code").loc["hope"]
    assert (hope["found_by_coders"], hope["decided_by_override_with_code"], hope["found_by_audit"]) == (1, 1, 0)


def test_a_group_with_few_audited_segments_gets_its_count_and_an_overrides_count_is_no_share() -> None:
    """The sixteenth issue-19 trial: a group's estimate from one or two audited segments was the prior's more than
    the data's ("est. 34% (8-61)" from 1 of 2); below ten there, the group gets its count with no interval, and says
    why. A count that overrides alone decided (an 'only' row no coder read, here) has no share in the table."""
    from pipeline.coding import Decided
    from pipeline.estimates import FEW_HERE

    ids = [f"s{i}" for i in range(40)]
    segments = pd.DataFrame({"segment_id": ids, "group": ["a"] * 30 + ["b"] * 10})
    audit = pd.DataFrame({"segment_id": ids[:20] + ids[30:32], "code": ["stigma"] * 4 + [""] * 18})
    decided = Decided(frozenset(ids[35:37]), {}, frozenset(ids[35:37]))  # two 'only' overrides in group b
    counted = pd.DataFrame({"segment_id": [ids[35]], "code": ["stigma"]})
    table = prevalence_estimates(segments, pd.DataFrame(index=ids), audit, counted, ["stigma"], {"group": "group"},
                                 decided, {"stigma"})  # fmt: skip
    by_level = table.set_index(["scope", "level"])
    assert by_level.loc[("group", "a"), "method"].startswith("audit sample only")  # 20 audited there
    assert by_level.loc[("group", "b"), "method"] == FEW_HERE  # 2 audited: no estimate, the count
    assert np.isnan(by_level.loc[("group", "b"), "lower"])
    assert by_level.loc[("group", "b"), "decided_by_override"] == 2
    assert np.isnan(by_level.loc[("group", "b"), "counted_share"])  # 1 of 2, both picked: no share
    # the overrides' own count is apart: the coders' count is 0, the overrides' 1 (the eighteenth trial)
    assert by_level.loc[("group", "b"), "counted"] == 0
    assert by_level.loc[("group", "b"), "decided_by_override_with_code"] == 1


def unevenly_read_study(rng: np.random.Generator) -> tuple[pd.Series, np.ndarray, np.ndarray, pd.Index, pd.Index]:
    """Two workshops of 1,000 unread segments each, the code in 10% of one's and 50% of the other's (30% in all),
    a model that hardly tells them apart, and an audit that read 100 of the first's unread segments but 40 of the
    second's (as when coders read the second workshop more: the audit's share among the unread then differs)."""
    ids = pd.Index([f"s{i}" for i in range(2000)])
    workshop_of = pd.Series(["light"] * 1000 + ["heavy"] * 1000, index=ids)
    truth = np.concatenate([rng.binomial(1, 0.1, 1000), rng.binomial(1, 0.5, 1000)]).astype(float)
    probability = np.clip(0.3 + 0.1 * truth + rng.normal(0, 0.2, 2000), 0, 1)
    audited = np.concatenate([rng.choice(1000, 100, replace=False), 1000 + rng.choice(1000, 40, replace=False)])
    return workshop_of, truth, probability, ids[audited], ids.difference(ids[audited])


def test_audited_segments_stand_for_their_workshops_unread_ones() -> None:
    """Weighted by workshop, the intervals cover the unread segments' true share (about 30%) at least 93% of 500
    times (95.5% of 1,000 when measured); unweighted, the heavily audited workshop pulls the estimate towards its
    10% (to about 21%), and the intervals cover it 28% of the time."""
    rng = np.random.default_rng(18)
    covered, unweighted = 0, []
    for _ in range(500):
        workshop_of, truth, probability, in_audit, rest = unevenly_read_study(rng)
        position = {segment: i for i, segment in enumerate(workshop_of.index)}
        audited, others = [position[s] for s in in_audit], [position[s] for s in rest]
        weights = design_weights(in_audit, workshop_of.index, workshop_of)
        assert weights is not None
        assert weights.mean() == pytest.approx(1.0)
        found = ppi_mean(truth[audited], probability[audited], probability[others], weights)
        covered += found.lower <= truth[others].mean() <= found.upper
        unweighted.append(ppi_mean(truth[audited], probability[audited], probability[others]).estimate)
    assert covered / 500 >= 0.93
    assert np.mean(unweighted) < 0.25


def test_the_table_weights_the_audit_by_workshop_and_equal_shares_need_no_weights() -> None:
    rng = np.random.default_rng(5)
    workshop_of, truth, probability, in_audit, _ = unevenly_read_study(rng)
    ids = workshop_of.index
    segments = pd.DataFrame({"segment_id": ids, "workshop_id": workshop_of.to_numpy()})
    probabilities = pd.DataFrame({"hope": probability}, index=ids)
    coded = {segment for segment, code in zip(ids, truth, strict=True) if code}
    audit = pd.DataFrame({"segment_id": in_audit, "code": ["hope" if s in coded else "" for s in in_audit]})
    row = prevalence_estimates(segments, probabilities, audit, audit.iloc[0:0], ["hope"], {}).iloc[0]
    assert row["method"] == PPI
    assert row["lower"] <= truth.mean() <= row["upper"]
    plain = prevalence_estimates(
        segments.drop(columns="workshop_id"), probabilities, audit, audit.iloc[0:0], ["hope"], {}
    )
    assert abs(row["estimate"] - truth.mean()) < abs(plain["estimate"].iloc[0] - truth.mean())
    # a workshop's audited share the same as another's: no weights, the plain mean
    assert (
        design_weights(
            pd.Index(["a1", "b1"]),
            pd.Index(["a1", "a2", "b1", "b2"]),
            pd.Series(["a", "a", "b", "b"], index=["a1", "a2", "b1", "b2"]),
        )
        is None
    )
