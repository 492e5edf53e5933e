import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from skops.io import dump

from pipeline.code import load_model, main
from pipeline.codebook import Codebook, parse_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.train import train


@pytest.fixture
def trained(ingested: dict[str, Any], codebook: Codebook, tmp_path: Path) -> dict[str, Any]:
    result = train(ingested["segments"], ingested["coding"], codebook, 0.5, 3, 1, 3, 4.0)
    model, card = tmp_path / "model.skops", tmp_path / "card.json"
    dump(result["model"], model)
    card.write_text(json.dumps(result["card"]), encoding="utf-8")
    segments = tmp_path / "segments.parquet"
    ingested["segments"].to_parquet(segments)
    return ingested | {"model": model, "card": card, "segments_path": segments, "model_id": result["card"]["model_id"]}


def code_argv(trained: dict[str, Any], tmp_path: Path, overrides: bool = True) -> list[str]:
    raw = trained["root"] / "data" / "raw"
    argv = ["--segments", str(trained["segments_path"]), "--model", str(trained["model"])]
    argv += ["--card", str(trained["card"]), "--coding", str(raw / "coding" / "coder_x.csv")]
    argv += ["--codebook", str(trained["root"] / "config/codebook.yaml"), "--consensus", "0.5"]
    argv += ["--codes", str(tmp_path / "codes.parquet"), "--overrides-report", str(tmp_path / "overrides_report.csv")]
    return argv + (["--overrides", str(raw / "overrides.csv")] if overrides else [])


def run_code(trained: dict[str, Any], tmp_path: Path, overrides: bool = True) -> pd.DataFrame:
    assert main(code_argv(trained, tmp_path, overrides)) == 0
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
    assert list(codes.columns) == ["segment_id", "code", "source", "by", "probability"]


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


def test_probabilities_kept_by_workshop_are_reused_and_give_the_same_codes(
    trained: dict[str, Any], codebook: Codebook, tmp_path: Path
) -> None:
    import numpy as np

    from pipeline.train import model_inputs, remembered_probabilities

    segments = trained["segments"]
    model, card = load_model(trained["model"], trained["card"], codebook)
    inputs = model_inputs(segments, card["settings"]["context"])
    direct = remembered_probabilities(model, card, segments, inputs, None)
    first = remembered_probabilities(model, card, segments, inputs, tmp_path / "memo")
    np.testing.assert_array_equal(first, direct)
    kept = sorted((tmp_path / "memo").iterdir())
    assert len(kept) == segments["workshop_id"].nunique()
    for path in kept:  # a second call reads the memo instead of predicting again
        np.save(path, np.load(path) * 0 + 0.5)
    assert (remembered_probabilities(model, card, segments, inputs, tmp_path / "memo") == 0.5).all()
    fewer = segments[segments["workshop_id"] != segments["workshop_id"].iloc[0]]
    remembered_probabilities(model, card, fewer, inputs, tmp_path / "memo")
    assert len(list((tmp_path / "memo").iterdir())) == len(kept) - 1
