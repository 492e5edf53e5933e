from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import CODES, CODING, PREDICTIONS, SEGMENTS, WORKSHOPS
from sklearn.metrics import cohen_kappa_score

from pipeline.codebook import Codebook
from pipeline.summarise import agreement, summarise


@pytest.fixture(scope="module")
def tables(codebook: Codebook) -> dict[str, pd.DataFrame]:
    return summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook)


def test_prevalence_by_group_counts_segments_and_workshops(tables: dict[str, pd.DataFrame]) -> None:
    table = tables["prevalence_by_group"].set_index(["group", "code"])
    assert table.loc[("walking", "mutual_support")].to_dict() == {
        "segments": 5,
        "level_workshops": 2,  # the group's own, the n its column rests on (issue 21)
        "coded_segments": 2,
        "workshops": 1,
        "share": 0.4,
        "read_segments": 0,
        "read_by_override_only": 0,
        "coded_by_override_only": 0,
        "share_of": "all segments",
    }
    assert table.loc[("walking", "avoiding_bureaucracy"), "workshops"] == 1
    assert table.loc[("network", "mutual_support"), "coded_segments"] == 0  # zeros are kept, not dropped
    assert len(table) == 2 * 16


def test_a_code_not_relied_on_is_a_share_of_the_segments_humans_read(codebook: Codebook) -> None:
    """Its model codes are out of every count, so its share is of the segments a human decided: over all
    segments, each segment no human read would count as one without the code."""
    read = {"a-1", "a-2", "b-1"}  # three of the walking group's five segments; none of the network's
    tables = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"mutual_support"})
    table = tables["prevalence_by_group"].set_index(["group", "code"])
    walking = table.loc[("walking", "mutual_support")]
    assert (walking["coded_segments"], walking["read_segments"], walking["share_of"]) == (2, 3, "segments humans coded")
    assert walking["share"] == pytest.approx(2 / 3)
    # a relied-on code stays a share of all the group's segments; where no human read, no share to give
    assert table.loc[("walking", "avoiding_bureaucracy"), "share"] == pytest.approx(2 / 5)
    assert np.isnan(table.loc[("network", "mutual_support"), "share"])
    # a read segment an override alone decided is counted apart: picked where the model erred, not sampled (the
    # seventh and eighth trials read a workshop's 67% from three such segments)
    tables = summarise(
        SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"mutual_support"}, {"b-1"}
    )
    table = tables["prevalence_by_group"].set_index(["group", "code"])
    assert table.loc[("walking", "mutual_support"), "read_by_override_only"] == 1
    assert table.loc[("network", "mutual_support"), "read_by_override_only"] == 0


def test_a_segment_only_an_only_override_decided_is_picked_and_its_share_is_no_share(codebook: Codebook) -> None:
    """The fifteenth issue-19 trial: one 'only' override on an unread workshop gave "network 100.0% (1 of 1)" in the
    text and share 1.0 in the table. An 'only' override's segment no coder read is picked as a one-code override's
    is, and where such segments are most of what was read, the table has no share (the text says what they are)."""
    from pipeline.coding import Decided

    decided = Decided(frozenset({"a-1", "a-2", "b-1", "c-1"}), {}, frozenset({"c-1"}))
    assert decided.read_by_coders == frozenset({"a-1", "a-2", "b-1"})
    tables = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, decided, {"mutual_support"})
    table = tables["prevalence_by_group"].set_index(["group", "code"])
    network = table.loc[("network", "mutual_support")]
    assert (network["read_segments"], network["read_by_override_only"]) == (1, 1)
    assert np.isnan(network["share"])
    assert table.loc[("walking", "mutual_support"), "share"] == pytest.approx(2 / 3)  # read by coders: a share


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


def test_no_balance_between_poles_counted_on_different_bases(codebook: Codebook) -> None:
    """The ninth trial: a pole the model is relied on for (counted over all the group's segments, model codes too)
    against one it is not (over the segments humans coded) gave a balance of -0.60 that favoured the first."""
    read = {"a-1", "a-2", "b-1"}
    tables = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"needing_ground_rules"})
    walking = tables["tension_balance"].set_index(["tension", "group"]).loc[("rules_vs_bureaucracy", "walking")]
    assert np.isnan(walking["balance"])
    assert walking["balance_note"] == "the poles are counted on different bases: no balance"
    assert (walking["first_pole_segments"], walking["second_pole_segments"]) == (1, 2)  # the tallies stay


def test_a_balance_where_both_poles_are_counted_over_the_same_segments(codebook: Codebook) -> None:
    """The tenth trial: a group humans coded whole is counted over the same segments for a pole the model is relied
    on for and one it is not, so its balance stands (it was withheld for the labels of the bases alone)."""
    read = {"a-1", "a-2", "a-3", "b-1", "b-2"}  # every segment of the walking group
    tables = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"needing_ground_rules"})
    walking = tables["tension_balance"].set_index(["tension", "group"]).loc[("rules_vs_bureaucracy", "walking")]
    assert walking["balance"] == pytest.approx(-1 / 3)
    # the table says what the report does (the sixteenth issue-19 trial found every balance_note empty)
    assert walking["balance_note"] == "from 3 coded segment(s): too few to show a lean"


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


def test_agreement_has_each_comparison_per_code_and_overall(codebook: Codebook) -> None:
    table = agreement(PREDICTIONS, CODING, codebook)
    humans = table[table["comparison"] == "ana vs bo"].set_index("code")
    assert len(humans) == 16 + 1  # every code, and all codes together
    assert humans.loc["mutual_support", ["segments", "percent_agreement"]].tolist() == [2, 50.0]
    assert humans.loc["all codes", "segments"] == 2 * 16
    model = table[table["comparison"] == "model vs human consensus"].set_index("code")
    assert list(model.index) == ["mutual_support", "all codes"]  # the model has no opinion on the rest
    assert model.loc["mutual_support", "percent_agreement"] == 75.0
    assert model.loc["mutual_support", "cohen_kappa"] == pytest.approx(cohen_kappa_score([1, 0, 0, 1], [1, 0, 1, 1]))
    three = table[table["comparison"] == "human coders and the model"].set_index("code")
    assert three.loc["mutual_support", "raters"] == "ana;bo;model"
    assert np.isnan(three.loc["mutual_support", "cohen_kappa"])


def test_agreement_is_kept_until_the_human_codes_or_predictions_change(codebook: Codebook, tmp_path: Path) -> None:
    from pipeline.summarise import remembered_agreement

    memo = tmp_path / "agreement"
    first = remembered_agreement(PREDICTIONS, CODING, codebook, memo)
    pd.testing.assert_frame_equal(first, agreement(PREDICTIONS, CODING, codebook))
    (kept,) = memo.iterdir()
    marked = first.assign(percent_agreement=-1.0)
    marked.to_parquet(kept)  # a second call reads what is kept instead of bootstrapping again
    pd.testing.assert_frame_equal(remembered_agreement(PREDICTIONS, CODING, codebook, memo), marked)
    recoded = CODING.copy()
    recoded.loc[recoded.index[0], "code"] = "" if recoded["code"].iloc[0] else "mutual_support"
    again = remembered_agreement(PREDICTIONS, recoded, codebook, memo)
    pd.testing.assert_frame_equal(again, agreement(PREDICTIONS, recoded, codebook))
    assert [path.name for path in memo.iterdir()] != [kept.name]  # the old key is forgotten
    assert len(list(memo.iterdir())) == 1


def test_disagreements_name_each_raters_codes_and_the_rules(tables: dict[str, pd.DataFrame]) -> None:
    table = tables["disagreements"].set_index("segment_id")
    # a-2: ana reviewed it and coded nothing, bo coded mutual support; the model agreed with the consensus
    row = table.loc["a-2"]
    assert (row["codes_ana"], row["codes_bo"], row["codes_model"]) == ("(no code)", "mutual_support", "(no code)")
    assert row["disputed_codes"] == "mutual_support"
    assert row["between"] == "coders"
    assert "When not to use:" in row["codebook_rules"]
    # a-3: no human coder disagreed, but the model coded what the coders did not
    assert table.loc["a-3", "between"] == "model and coders"
    assert "a-1" not in table.index  # everyone agreed


def test_framework_matrix_cells_count_segments_and_quote_them(
    tables: dict[str, pd.DataFrame], codebook: Codebook
) -> None:
    matrix = tables["framework_matrix"].set_index("group")
    assert list(matrix.index) == ["network", "walking"]
    cell = matrix.loc["walking", "Mutual support"]
    assert cell.startswith("2 segments")
    assert cell.count("\u201c") == 0  # the synthetic texts are shorter than a quote worth showing
    # each count says of how many: "0 segments" read as "not said" where nobody had read the group (the
    # thirteenth trial); a code not relied on is of the segments humans coded there
    assert matrix.loc["network", "Mutual support"] == "0 segments of 1"
    assert matrix.loc["network", "Needing ground rules"] == "1 segment of 1"
    read = {"a-1", "a-2", "b-1"}
    again = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"mutual_support"})
    relied_not = again["framework_matrix"].set_index("group")
    # where nobody read the group, a code counted on human codes says so, not "0 segments of 0"
    assert relied_not.loc["network", "Mutual support"] == (
        "not read by a coder: no count (an estimate from the audit, if any, is in the report)"
    )


def test_the_stretches_no_coder_read_whole_are_a_table_for_the_codelines(codebook: Codebook) -> None:
    """The fourteenth issue-19 trial: the codelines did not show which stretches nobody had read. A segment an
    'add' or 'remove' override decided one code of is no reading of its other codes: it stays in a stretch."""
    from pipeline.coding import Decided

    read = Decided(frozenset({"a-1", "a-2"}), {"avoiding_bureaucracy": frozenset({"b-1"})})
    table = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook, read=read)["codeline_unread"]
    assert table.values.tolist() == [["a", 3, 3, 1], ["b", 1, 2, 2], ["c", 1, 1, 1]]


def test_a_cell_overrides_decided_is_said_as_theirs_not_as_a_share(codebook: Codebook) -> None:
    """The fourteenth issue-19 trial: "men's group 100.0% (3 of 3)" where three 'add' overrides, and nothing else,
    had decided the code there; an override's 'add' is 100% of its segment and its 'remove' 0%, not a finding."""
    from pipeline.coding import Decided
    from pipeline.summarise import beside_share, by_overrides

    assert by_overrides(3, 3, 3) == "decided by override (3 with the code), no share"
    # without it: a 'remove', or an 'only' override of other codes (which "removed" misnamed)
    assert by_overrides(2, 2, 0) == "decided by override (2 without), no share"
    assert by_overrides(3, 3, 1) == "decided by override (1 with the code, 2 without), no share"
    # where the coders read some, their share stands and the overrides' are counted beside it, in no share (the
    # eighteenth trial's "commissioner 40.0% (2 of 5)" held one 'add')
    assert by_overrides(5, 3, 2) == ""
    assert beside_share(3, 1) == "3 more decided by an override alone (1 with the code), not in the share"
    # the model's codes of a code not relied on count nowhere (the stage is given the findings)
    human = CODES[CODES["source"] != "model"]
    codes = pd.concat([human, pd.DataFrame([("c-1", "avoiding_bureaucracy", "override")], columns=CODES.columns[:3])])
    read = Decided(frozenset({"a-1", "a-2"}), {"avoiding_bureaucracy": frozenset({"b-1", "c-1"})})
    tables = summarise(SEGMENTS, codes, WORKSHOPS, CODING, PREDICTIONS, codebook, None, read, {"avoiding_bureaucracy"})
    matrix = tables["framework_matrix"].set_index("group")
    assert matrix.loc["network", "Wanting to avoid bureaucracy"] == (
        "decided by override (1 with the code), no share: no coder read a segment here"
    )
    # walking: coders read a-1 and a-2, neither with the code; b-1's 'add' is counted beside, in no share
    assert matrix.loc["walking", "Wanting to avoid bureaucracy"] == (
        "0 segments of 2 coders read (1 more decided by an override alone (1 with the code), not in the share)"
    )


def test_the_demo_studys_readme_states_the_agreement_the_coding_gives(codebook: Codebook) -> None:
    """The fourteenth issue-19 trial: data/raw/README gave the model's alpha as 0.49 (0.46-0.52) where the pipeline
    then computed 0.50 (0.47-0.53). The coders' figures depend on the coding files alone and are checked here; the
    model's, which moves with every model, is not restated: the README points to the report."""
    import re

    from pipeline.coding import read_coding

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    readme = " ".join((raw / "README.md").read_text(encoding="utf-8").split())
    paragraph = readme.split("Agreement over all codes")[1].split("Formats follow")[0]
    stated = re.findall(
        r"(coder_\w+ with coder_\w+|all human coders) (\d\.\d\d) \((\d\.\d\d)\u2013(\d\.\d\d)\)", paragraph
    )
    assert len(stated) == 4
    paths = sorted((raw / "coding").glob("*.csv"))
    ids = set().union(*(set(pd.read_csv(p, dtype=str, keep_default_na=False)["segment_id"]) for p in paths))
    table = agreement(pd.DataFrame(columns=["segment_id", "code", "human", "predicted"]), read_coding(paths, ids,
                      codebook), codebook)  # fmt: skip
    overall = table[table["code"] == "all codes"].set_index("comparison")
    for pair, alpha, low, high in stated:
        row = overall.loc[pair.replace(" with ", " vs ")]
        assert [f"{row[c]:.2f}" for c in ("alpha", "alpha_low", "alpha_high")] == [alpha, low, high], pair
    model = paragraph.split("The classifier's")[1].split(".")[0]
    assert not re.search(r"\d\.\d\d", model), model  # pointed to, not restated
    assert "Coding validity" in paragraph


def test_a_balance_overrides_decided_is_no_balance(codebook: Codebook) -> None:
    """The sixteenth issue-19 trial's men's group "1.00 (from 1 coded segment)": one override's add and two removes,
    picked where the model erred, made a ratio. No balance, and the table says why."""
    from pipeline.coding import Decided

    decided = Decided(frozenset({"a-1", "a-2", "b-1", "c-1"}), {}, frozenset({"c-1"}))
    human = CODES[CODES["source"] != "model"]  # the stage is given the findings: no model code of a code not relied on
    tables = summarise(SEGMENTS, human, WORKSHOPS, CODING, PREDICTIONS, codebook, None, decided, set(codebook.leaf_ids))
    balance = tables["tension_balance"].set_index(["tension", "group"])
    network = balance.loc[("rules_vs_bureaucracy", "network")]
    assert np.isnan(network["balance"])
    # no coder read the network's one segment: its counts, if any, are the overrides' (the sixteenth trial's
    # unread workshop read "0 | 0, decided by overrides" for tensions no override had touched)
    assert network["balance_note"] == "no coder read this group's segments: no balance"
    assert network[["first_pole_segments", "second_pole_segments"]].tolist() == [0, 0]
    # a coder read one of the walking group's four segments (a-1, ground rules), overrides decided the other three
    # (b-1's 'add' of avoiding bureaucracy): the balance is the coders' alone, the override's segment no part of it
    # (the eighteenth trial)
    decided = Decided(frozenset({"a-1", "a-2", "a-3", "b-1"}), {}, frozenset({"a-2", "a-3", "b-1"}))
    tables = summarise(SEGMENTS, human, WORKSHOPS, CODING, PREDICTIONS, codebook, None, decided, set(codebook.leaf_ids))
    walking = tables["tension_balance"].set_index(["tension", "group"]).loc[("rules_vs_bureaucracy", "walking")]
    assert walking[["first_pole_segments", "second_pole_segments", "balance"]].tolist() == [1, 0, 1.0]
    assert walking["balance_note"] == "from 1 coded segment(s): too few to show a lean"


def test_a_comparisons_interval_does_not_move_when_other_raters_are_added(codebook: Codebook) -> None:
    """The eighteenth issue-19 trial: with the coding files unchanged, adding the audit coder moved the coders'
    intervals (0.83 to 0.80), their bootstraps drawn from one stream the audit's comparisons came before."""
    from pipeline.summarise import AUDIT_RATER

    alone = agreement(PREDICTIONS, CODING, codebook)
    audit = pd.DataFrame([("cy" + AUDIT_RATER, "a-1", "mutual_support"), ("cy" + AUDIT_RATER, "a-2", "")],
                         columns=CODING.columns)  # fmt: skip
    joined = agreement(PREDICTIONS, pd.concat([audit, CODING], ignore_index=True), codebook)
    pair = ["code", "alpha", "alpha_low", "alpha_high", "cohen_low", "cohen_high"]
    mine = alone[alone["comparison"] == "ana vs bo"][pair].reset_index(drop=True)
    assert joined[joined["comparison"] == "ana vs bo"][pair].reset_index(drop=True).equals(mine)
    assert "all human coders" not in set(joined["comparison"])  # two coders and an audit coder: no pool of three
