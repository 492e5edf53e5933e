import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from pipeline.codebook import Codebook
from pipeline.errors import StudyError
from pipeline.train import best_threshold, cross_validate, main, train


def fit(ingested: dict[str, Any], codebook: Codebook, **settings: Any) -> dict[str, Any]:
    options = {"consensus_share": 0.5, "folds": 3, "seed": 1, "min_positive": 3, "regularisation": 4.0} | settings
    return train(ingested["segments"], ingested["coding"], codebook, **options)


def test_learns_the_coded_themes_and_reports_grouped_cv(ingested: dict[str, Any], codebook: Codebook) -> None:
    result = fit(ingested, codebook)
    card, metrics = result["card"], result["metrics"]
    # the tiny study codes four themes with telling words; the rest have no examples
    assert card["codes"] == ["mutual_support", "skilled_facilitation", "conducive_environment", "avoiding_bureaucracy"]
    assert card["not_modelled"]["leadership"] == 0
    assert card["training"]["segments"] == 39  # 3 coded workshops x 13 turns
    assert card["cross_validation"]["folds"] == 3
    assert metrics["f1"].min() > 0.6, metrics
    assert card["codebook"]["fingerprint"] == codebook.fingerprint


def test_no_workshop_is_in_two_folds(ingested: dict[str, Any], codebook: Codebook) -> None:
    oof = fit(ingested, codebook)["oof"]
    folds_per_workshop = oof.groupby("workshop_id")["fold"].nunique()
    assert (folds_per_workshop == 1).all()
    assert oof.groupby("fold")["workshop_id"].nunique().tolist() == [1, 1, 1]


def test_same_data_same_model_version(ingested: dict[str, Any], codebook: Codebook) -> None:
    first, second = fit(ingested, codebook), fit(ingested, codebook)
    assert first["card"]["model_id"] == second["card"]["model_id"]
    pd.testing.assert_frame_equal(first["oof"], second["oof"])
    changed = ingested | {"coding": ingested["coding"].iloc[:-1]}
    assert fit(changed, codebook)["card"]["model_id"] != first["card"]["model_id"]


def test_thresholds_for_a_test_fold_come_from_the_other_folds(ingested: dict[str, Any]) -> None:
    coding = ingested["coding"]
    reviewed = sorted(set(coding["segment_id"]))
    texts_by_id = dict(zip(ingested["segments"]["segment_id"], ingested["segments"]["text"], strict=True))
    texts = [texts_by_id[s] for s in reviewed]
    groups = [s.split("-")[0] for s in reviewed]
    coded = set(coding.loc[coding["code"] == "mutual_support", "segment_id"])
    labels = np.array([[s in coded] for s in reviewed], dtype=np.int8)
    probabilities, predicted, fold_of = cross_validate(texts, labels, groups, 3, 4.0, 0)
    for fold in range(3):
        inside, outside = fold_of == fold, fold_of != fold
        cut = best_threshold(probabilities[outside, 0], labels[outside, 0])
        assert (predicted[inside, 0] == (probabilities[inside, 0] >= cut)).all()


def test_best_threshold_maximises_f1() -> None:
    probabilities = np.array([0.9, 0.8, 0.4, 0.3, 0.2])
    truth = np.array([1, 1, 1, 0, 0])
    assert best_threshold(probabilities, truth) == pytest.approx(0.4)
    assert best_threshold(probabilities, np.zeros(5, dtype=int)) == 0.5


def test_one_coded_workshop_is_an_error(ingested: dict[str, Any], codebook: Codebook) -> None:
    only_one = ingested["coding"][ingested["coding"]["segment_id"].str.startswith("w01")]
    with pytest.raises(StudyError, match="at least two workshops"):
        fit(ingested | {"coding": only_one}, codebook)


def test_no_coding_is_an_error(ingested: dict[str, Any], codebook: Codebook) -> None:
    with pytest.raises(StudyError, match="no human-coded segments"):
        fit(ingested | {"coding": ingested["coding"].iloc[:0]}, codebook)


def test_main_writes_a_skops_model_card_metrics_and_predictions(ingested: dict[str, Any], tmp_path: Path) -> None:
    root = ingested["root"]
    segments = tmp_path / "segments.parquet"
    ingested["segments"].to_parquet(segments)
    out = tmp_path / "model"
    argv = ["--segments", str(segments), "--coding", str(root / "data/raw/coding/coder_x.csv")]
    argv += ["--codebook", str(root / "config/codebook.yaml"), "--consensus", "0.5", "--folds", "3", "--seed", "1"]
    argv += ["--min-positive", "3", "--regularisation", "4", "--model", str(out / "model.skops")]
    argv += ["--card", str(out / "card.json"), "--metrics", str(out / "m.csv"), "--predictions", str(out / "p.parquet")]
    assert main(argv) == 0
    assert (out / "model.skops").read_bytes()[:2] == b"PK"  # a skops zip archive, not a pickle
    card = json.loads((out / "card.json").read_text())
    assert "| mutual_support |" in (out / "card.md").read_text()
    assert pd.read_csv(out / "m.csv")["code"].tolist() == card["codes"]
    assert len(pd.read_parquet(out / "p.parquet")) == 39 * len(card["codes"])


def test_top_terms_are_the_telling_words_of_a_code(ingested: dict[str, Any], codebook: Codebook) -> None:
    from pipeline.train import top_terms

    result = fit(ingested, codebook)
    words = [term for term, _ in top_terms(result["model"], result["card"]["codes"], "conducive_environment", 40)]
    assert {"room", "venue"} & set(words)
    weights = [weight for _, weight in top_terms(result["model"], result["card"]["codes"], "mutual_support", 5)]
    assert weights == sorted(weights, reverse=True)


def test_model_inputs_add_the_previous_turn_within_the_workshop_only() -> None:
    from pipeline.train import model_inputs

    segments = pd.DataFrame(
        {
            "segment_id": ["a-1", "a-2", "b-1"],
            "workshop_id": ["a", "a", "b"],
            "text": ["The room is Warm.", "Yeah, definitely.", "New workshop."],
        }
    )
    inputs = model_inputs(segments, "previous_turn")
    assert inputs["a-1"] == "The room is Warm. ||| "
    assert inputs["a-2"] == "Yeah, definitely. ||| prev_the prev_room prev_is prev_warm."
    assert inputs["b-1"] == "New workshop. ||| "  # never the last turn of another workshop
    assert model_inputs(segments, "none").to_dict() == dict(zip(segments["segment_id"], segments["text"], strict=True))


def test_context_is_recorded_and_changes_the_model(ingested: dict[str, Any], codebook: Codebook) -> None:
    with_context = fit(ingested, codebook)
    without = fit(ingested, codebook, context="none")
    assert with_context["card"]["settings"]["context"] == "previous_turn"
    assert without["card"]["settings"]["context"] == "none"
    assert with_context["card"]["model_id"] != without["card"]["model_id"]
