import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from skops.io import dump

from pipeline.classifier.model import load_model
from pipeline.code import main
from pipeline.codebook import Codebook, parse_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.train import train


@pytest.fixture
def trained(ingested: dict[str, Any], codebook: Codebook, tmp_path: Path) -> dict[str, Any]:
    result = train(ingested["segments"], ingested["coding"], codebook, 0.5, 3, 1, 3, 4.0)
    model, card, metrics = tmp_path / "model.skops", tmp_path / "card.json", tmp_path / "cv_metrics.csv"
    dump(result["model"], model)
    card.write_text(json.dumps(result["card"]), encoding="utf-8")
    result["metrics"].to_csv(metrics, index=False)
    segments = tmp_path / "segments.parquet"
    ingested["segments"].to_parquet(segments)
    return ingested | {
        "model": model,
        "card": card,
        "metrics": metrics,
        "segments_path": segments,
        "model_id": result["card"]["model_id"],
    }


def model_argv(trained: dict[str, Any]) -> list[str]:
    codebook = trained["root"] / "config/codebook.yaml"
    return ["--model", str(trained["model"]), "--card", str(trained["card"]), "--codebook", str(codebook)]


def predict(trained: dict[str, Any], shard: Path, out: Path, memo: Path | None = None) -> pd.DataFrame:
    argv = ["--predict", "--segments", str(shard), "--probabilities", str(out), *model_argv(trained)]
    assert main(argv + (["--memo", str(memo)] if memo else [])) == 0
    return pd.read_parquet(out)


def code_argv(trained: dict[str, Any], tmp_path: Path, overrides: bool = True, min_alpha: float = -1.0) -> list[str]:
    """The merge's arguments, with the whole study predicted as one shard first."""
    raw = trained["root"] / "data" / "raw"
    probabilities = tmp_path / "probabilities.parquet"
    if not probabilities.is_file():
        predict(trained, trained["segments_path"], probabilities)
    argv = ["--segments", str(trained["segments_path"]), "--probabilities", str(probabilities), *model_argv(trained)]
    argv += ["--coding", str(raw / "coding" / "coder_x.csv"), "--consensus", "0.5"]
    argv += ["--codes", str(tmp_path / "codes.parquet"), "--overrides-report", str(tmp_path / "overrides_report.csv")]
    # every code relied on (alpha's estimate at least -1): these tests are about merging, not the gate
    argv += ["--metrics", str(trained["metrics"]), "--min-alpha", str(min_alpha), "--bound", "point"]
    argv += ["--reliability", str(tmp_path / "reliability.csv")]
    return argv + (["--overrides", str(raw / "overrides.csv")] if overrides else [])


def run_code(trained: dict[str, Any], tmp_path: Path, overrides: bool = True, min_alpha: float = -1.0) -> pd.DataFrame:
    assert main(code_argv(trained, tmp_path, overrides, min_alpha)) == 0
    return pd.read_parquet(tmp_path / "codes.parquet")


def test_human_codes_win_on_reviewed_segments_and_the_model_codes_the_rest(
    trained: dict[str, Any], tmp_path: Path
) -> None:
    codes = run_code(trained, tmp_path, overrides=False)
    human = codes[codes["source"] == "human"]
    model = codes[codes["source"] == "model"]
    expected = trained["coding"][trained["coding"]["code"] != ""]
    assert sorted(zip(human["segment_id"], human["code"], strict=True)) == sorted(
        zip(expected["segment_id"], expected["code"], strict=True)
    )
    assert set(human["by"]) == {"coder_x"}
    assert human["probability"].isna().all()
    # the fourth workshop was not coded by anyone: the model codes it, and only it
    assert set(model["segment_id"].str[:3]) == {"w04"}
    assert set(model["by"]) == {trained["model_id"]}
    assert model["probability"].between(0, 1).all()
    # its telling words are learnt: the mutual-support turns of w04 get that code
    assert {"w04-0002-01", "w04-0003-01"} <= set(model.loc[model["code"] == "mutual_support", "segment_id"])


def test_overrides_are_applied_last(trained: dict[str, Any], tmp_path: Path) -> None:
    codes = run_code(trained, tmp_path)
    row = codes[(codes["segment_id"] == "w04-0002-01") & (codes["code"] == "positive_shared_identity")]
    assert row[["source", "by"]].to_dict("records") == [{"source": "override", "by": "coder_x"}]
    report = pd.read_csv(tmp_path / "overrides_report.csv")
    assert report["status"].tolist() == ["applied"]


def test_codes_are_in_segment_then_codebook_order(trained: dict[str, Any], tmp_path: Path, codebook: Codebook) -> None:
    codes = run_code(trained, tmp_path)
    order = {s: i for i, s in enumerate(trained["segments"]["segment_id"])}
    keys = [(order[s], codebook.leaf_ids.index(c)) for s, c in zip(codes["segment_id"], codes["code"], strict=True)]
    assert keys == sorted(keys)
    assert list(codes.columns) == ["segment_id", "code", "source", "by", "probability", "relied_on"]


def test_model_from_another_codebook_is_refused(trained: dict[str, Any]) -> None:
    import yaml

    raw = yaml.safe_load((trained["root"] / "config/codebook.yaml").read_text(encoding="utf-8"))
    raw["version"] = "2.0.0"
    raw["themes"][0]["brief"] = "Revised."
    revised = parse_codebook(raw, Path("codebook.yaml"))
    with pytest.raises(StudyError, match=r"trained on codebook version [0-9.]+, but .* is version 2.0.0 .*retrain"):
        load_model(trained["model"], trained["card"], revised)


def test_model_file_with_types_outside_the_allow_list_is_refused(
    trained: dict[str, Any], codebook: Codebook, tmp_path: Path
) -> None:
    from sklearn.preprocessing import FunctionTransformer

    tampered = tmp_path / "tampered.skops"
    dump(FunctionTransformer(func=print), tampered)
    with pytest.raises(StudyError, match=r"outside the allow-list .*builtins.print"):
        load_model(tampered, trained["card"], codebook)


def test_damaged_model_file_is_refused(trained: dict[str, Any], codebook: Codebook, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.skops"
    damaged.write_bytes(b"not a zip archive")
    with pytest.raises(StudyError, match="not a readable model file"):
        load_model(damaged, trained["card"], codebook)


def test_unknown_override_segment_stops_with_the_row(
    trained: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = trained["root"] / "data" / "raw"
    overrides = raw / "overrides.csv"
    overrides.write_text(
        overrides.read_text(encoding="utf-8") + "w09-0001-01,leadership,add,coder_x,2026-02-02,why,abc\n",
        encoding="utf-8",
    )
    argv = code_argv(trained, tmp_path)
    assert run_stage(main, argv) == 1
    assert "overrides.csv row 3: unknown segment 'w09-0001-01'" in capsys.readouterr().err


def test_probabilities_kept_by_workshop_are_reused_and_the_model_is_loaded_only_when_needed(
    trained: dict[str, Any], codebook: Codebook, tmp_path: Path
) -> None:
    import numpy as np

    from pipeline.classifier.predict import predicted_probabilities

    segments = trained["segments"]
    model, card = load_model(trained["model"], trained["card"], codebook)
    direct = predicted_probabilities(segments, card, lambda: model)
    assert direct["segment_id"].tolist() == segments["segment_id"].tolist()
    assert list(direct.columns) == ["segment_id", "workshop_id", *card["codes"]]
    first = predicted_probabilities(segments, card, lambda: model, tmp_path / "memo")
    pd.testing.assert_frame_equal(first, direct)
    kept = sorted((tmp_path / "memo").iterdir())
    assert len(kept) == segments["workshop_id"].nunique()
    for path in kept:  # a second call reads the memo instead of predicting again
        np.save(path, np.load(path) * 0 + 0.5)

    def no_model() -> Any:
        raise AssertionError("every workshop is kept: the model must not be loaded")

    again = predicted_probabilities(segments, card, no_model, tmp_path / "memo")
    assert (again[card["codes"]] == 0.5).all().all()
    fewer = segments[segments["workshop_id"] != segments["workshop_id"].iloc[0]]
    predicted_probabilities(fewer, card, no_model, tmp_path / "memo")
    assert len(list((tmp_path / "memo").iterdir())) == len(kept) - 1


def test_shards_predicted_apart_give_the_codes_of_the_study_predicted_at_once(
    trained: dict[str, Any], tmp_path: Path
) -> None:
    whole = run_code(trained, tmp_path / "whole")
    segments = trained["segments"]
    shards = []
    for name, workshops in (("s0", ["w01", "w04"]), ("s1", ["w02", "w03"])):
        shard = tmp_path / f"{name}.parquet"
        segments[segments["workshop_id"].isin(workshops)].to_parquet(shard)
        shards.append(predict(trained, shard, tmp_path / f"{name}-probabilities.parquet"))
    # the merge reads the shards' tables in any order and codes the study in its own order
    argv = code_argv(trained, tmp_path / "whole")
    at = argv.index("--probabilities")
    argv[at + 1 : at + 2] = [str(tmp_path / "s1-probabilities.parquet"), str(tmp_path / "s0-probabilities.parquet")]
    argv[argv.index("--codes") + 1] = str(tmp_path / "sharded.parquet")
    assert main(argv) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "sharded.parquet"), whole)
    assert sum(len(shard) for shard in shards) == len(segments)


def test_probabilities_that_miss_a_segment_stop_the_merge(
    trained: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = code_argv(trained, tmp_path)
    probabilities = tmp_path / "probabilities.parquet"
    table = pd.read_parquet(probabilities)
    table[table["segment_id"] != "w04-0003-01"].to_parquet(probabilities)
    assert run_stage(main, argv) == 1
    assert "probabilities do not match the segments (segment 'w04-0003-01' not predicted)" in capsys.readouterr().err
    pd.concat([table, table.head(1)]).to_parquet(probabilities)
    assert run_stage(main, argv) == 1
    assert "predicted twice" in capsys.readouterr().err


def test_model_codes_of_a_code_below_the_bar_are_kept_but_not_relied_on(
    trained: dict[str, Any], tmp_path: Path
) -> None:
    """A code whose cross-validated alpha does not reach reliability.min_alpha keeps its model codes in
    codes.parquet, marked relied_on false, with the reason in reliability.csv; human codes always count."""
    metrics = pd.read_csv(trained["metrics"])
    bar = float(metrics["alpha"].median())
    codes = run_code(trained, tmp_path, overrides=False, min_alpha=bar)
    decided = pd.read_csv(tmp_path / "reliability.csv").set_index("code")
    expected = {code for code, alpha in zip(metrics["code"], metrics["alpha"], strict=True) if alpha >= bar}
    assert set(decided.index[decided["relied_on"]]) == expected
    assert 0 < len(expected) < len(metrics)
    model = codes[codes["source"] == "model"]
    assert (model["relied_on"] == model["code"].isin(expected)).all()
    assert codes.loc[codes["source"] == "human", "relied_on"].all()
    low = next(code for code in metrics["code"] if code not in expected)
    assert decided.loc[low, "why"].startswith("alpha ")
    assert "is below" in decided.loc[low, "why"]
    # what a code's human codes cover: the segments the coders reviewed (the report's base for a code not
    # relied on)
    assert (decided["human_coded_segments"] == trained["coding"]["segment_id"].nunique()).all()


def curve(*points: tuple[float, float]) -> list[dict[str, float]]:
    return [{"training_segments": size, "alpha": alpha} for size, alpha in points]


def test_a_rising_learning_curve_says_how_many_coded_segments_a_code_needs() -> None:
    """alpha rising 0.1 per doubling from 0.5 at 400 coded segments, its lower bound 0.05 below: the gate's
    0.667 is reached when 0.5 + 0.1 log2(f) - 0.05 / sqrt(f) >= 0.667, at f about 3.8 (about 1,530 segments)."""
    from pipeline.code import coding_needed

    rising = curve((40, 0.17), (80, 0.27), (160, 0.37), (320, 0.47), (400, 0.5))
    said = coding_needed(rising, 0.5, 0.45, 0.667, 400)
    needed = int(said.split()[1])
    assert 1480 <= needed <= 1600, said
    assert f"({needed - 400} more than the 400 so far)" in said
    assert "+0.10 alpha per doubling; a rough guide, fitted to 5 points of one learning curve, with no interval" in said
    # a study that does not have that many segments: its findings stay on human codes
    assert "more than the 900 this study has" in coding_needed(rising, 0.5, 0.45, 0.667, 400, study_segments=900)
    # a slow rise does not get there within ten times the coding: no number is made up
    slow = curve((40, 0.45), (80, 0.46), (160, 0.48), (320, 0.49), (400, 0.5))
    assert coding_needed(slow, 0.5, 0.45, 0.667, 400).startswith("more than 10 times the 400 coded segments")


def test_a_flat_or_undefined_learning_curve_gives_no_projection() -> None:
    from pipeline.code import coding_needed

    flat = curve((40, 0.5), (80, 0.49), (160, 0.51), (320, 0.5), (400, 0.5))
    assert coding_needed(flat, 0.5, 0.4, 0.667, 400).startswith("its learning curve is flat or falling")
    undefined = curve((40, float("nan")), (80, float("nan")), (160, 0.3), (400, 0.5))
    assert coding_needed(undefined, 0.5, 0.4, 0.667, 400).startswith("the learning curve has too few defined points")


def test_reliability_says_what_each_code_not_relied_on_needs(trained: dict[str, Any], codebook: Codebook) -> None:
    """From the model card's per-code learning curve: a projection for each code below the bar, nothing for a
    code relied on, and the examples a code needs to be modelled at all."""
    from pipeline.code import reliability

    card = json.loads(trained["card"].read_text(encoding="utf-8"))
    metrics = pd.read_csv(trained["metrics"])
    assert set(card["learning_curve_by_code"]) == set(card["codes"])
    assert all(len(points) == len(card["learning_curve"]) for points in card["learning_curve_by_code"].values())
    decided = reliability(metrics, codebook, -1.0, "point", card, study_segments=52).set_index("code")
    modelled = decided.loc[card["codes"]]
    assert modelled["relied_on"].all()
    assert (modelled["to_rely_on"] == "").all()
    decided = reliability(metrics, codebook, 1.01, "point", card, study_segments=52).set_index("code")
    for code in card["codes"]:
        assert decided.loc[code, "to_rely_on"] != ""
    for code, examples in card["not_modelled"].items():
        needs = f"at least 3 human-coded examples to be modelled at all (has {examples})"
        assert decided.loc[code, "to_rely_on"] == needs
    # judged on the interval's lower end, which resamples the coded workshops: with fewer than five, they come
    # first; with fewer than ten, the projection says more workshops narrow it faster than more segments
    workshops = card["training"]["workshops"]
    decided = reliability(metrics, codebook, 1.01, "lower", card, study_segments=52).set_index("code")
    for code in card["codes"]:
        assert decided.loc[code, "to_rely_on"].startswith(
            f"coding from at least 5 workshops (has {workshops}) before any interval can be judged; then "
        )
    # a study with fewer workshops than an interval needs is told so, not told what more coding would buy
    decided = reliability(metrics, codebook, 1.01, "lower", card, 52, study_workshops=4).set_index("code")
    never = "; this study has only 4 workshops, and no code can be relied on before at least 5 are coded"
    for code in codebook.leaf_ids:
        assert never in decided.loc[code, "to_rely_on"], code
        assert "; then " not in decided.loc[code, "to_rely_on"]
    card["training"]["workshops"] = 7
    decided = reliability(metrics, codebook, 1.01, "lower", card, study_segments=52).set_index("code")
    for code in card["codes"]:
        assert decided.loc[code, "to_rely_on"].endswith(
            "its interval resamples the 7 coded workshops, so segments coded from more workshops "
            "narrow it faster than more segments from these"
        )


def test_a_code_is_not_relied_on_from_an_interval_over_too_few_workshops(codebook: Codebook) -> None:
    """Two coded workshops have three distinct bootstrap resamples: a lower bound of 0.79 from them is no
    evidence, so the code is not relied on, and the reason says why; from five workshops it is."""
    from pipeline.code import reliability

    metrics = pd.DataFrame(
        [{"code": "skilled_facilitation", "human_positive": 9, "alpha": 0.9, "alpha_low": 0.79, "alpha_high": 1.0}]
    )
    card = {"training": {"segments": 105, "workshops": 2}, "learning_curve_by_code": {}}
    decided = reliability(metrics, codebook, 0.667, "lower", card).set_index("code")
    assert not decided.loc["skilled_facilitation", "relied_on"]
    why = decided.loc["skilled_facilitation", "why"]
    assert "resampling 2 coded workshops (3 distinct resamples), too few to be an interval: at least 5" in why
    assert "0.79" not in why  # no bound of an interval the report says does not exist
    card["training"]["workshops"] = 5
    assert (
        reliability(metrics, codebook, 0.667, "lower", card).set_index("code").loc["skilled_facilitation", "relied_on"]
    )
