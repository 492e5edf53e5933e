import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from pipeline.classifier.explain import code_weights, feature_view, nearest_examples, readable_term, term_evidence
from pipeline.classifier.predict import predicted_probabilities
from pipeline.codebook import Codebook
from pipeline.errors import StudyError
from pipeline.review import build_queue, draw, empty_overrides, main, read_decisions, uncertainty, unreviewed
from pipeline.train import train


def hand_model() -> Pipeline:
    """Raw counts (no idf, no normalisation), so a feature's value is how often its n-gram occurs and
    its push towards a code is that count times the coefficient set here."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(use_idf=False, norm=None)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), use_idf=False, norm=None)),
        ]
    )
    model = Pipeline([("features", features), ("classifier", OneVsRestClassifier(LogisticRegression()))])
    model.fit(["warm room", "cold room", "tea pot", "warm tea"], np.array([[1, 0], [1, 0], [0, 1], [0, 1]]))
    names, is_word = feature_view(model)
    # words: cold pot room tea warm (alphabetical); every character 3-gram pushes 0.3
    word_weights = {"cold": -1.0, "pot": 0.0, "room": 0.5, "tea": -2.0, "warm": 1.5}
    coefficients = [word_weights[name] if word else 0.3 for name, word in zip(names, is_word, strict=True)]
    model.named_steps["classifier"].estimators_[0].coef_ = np.array([coefficients])
    return model


def evidence_for(model: Pipeline, text: str) -> list[tuple[str, float]]:
    names, is_word = feature_view(model)
    row = model.named_steps["features"].transform([text])
    return term_evidence(row, code_weights(model, len(names))[:, 0], names, is_word)


def test_evidence_is_value_times_coefficient_words_first() -> None:
    model = hand_model()
    names, is_word = feature_view(model)
    assert [name for name, word in zip(names, is_word, strict=True) if word] == ["cold", "pot", "room", "tea", "warm"]
    # 'tea' pushes away from the code (-2.0) and 'the', 'has' are unknown: only warm and room are evidence
    assert evidence_for(model, "the warm room has tea") == [("warm", 1.5), ("room", 0.5)]
    assert evidence_for(model, "warm warm room") == [("warm", 3.0), ("room", 0.5)]


def test_character_ngrams_only_when_no_word_pushes() -> None:
    # 'roomy' is no known word; its character 3-grams ' ro', 'roo', 'oom' are (from 'room'), 0.3 each,
    # tied, so in the features' order
    assert evidence_for(hand_model(), "roomy") == [('" ro"', 0.3), ('"oom"', 0.3), ('"roo"', 0.3)]
    # 'pot' is a known word that pushes nothing (0.0): its character n-grams are the evidence
    assert evidence_for(hand_model(), "pot") == [('" po"', 0.3), ('"ot "', 0.3), ('"pot"', 0.3)]
    assert evidence_for(hand_model(), "xyz") == []  # nothing known, nothing shown


def test_previous_turn_words_are_shown_as_such() -> None:
    assert readable_term("prev_the prev_room", True) == "the room (turn before)"
    assert readable_term("room", True) == "room"
    assert readable_term(" ro", False) == '" ro"'


def test_nearest_examples_by_cosine() -> None:
    examples = sparse.csr_matrix(np.array([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 3.0]]))
    query = sparse.csr_matrix(np.array([[2.0, 2.0, 0.0]]))
    # cosine: b is parallel (1.0), a at 45 degrees (0.7071), c orthogonal (0)
    assert nearest_examples(query, examples, ["a", "b", "c"], 2) == [("b", 1.0), ("a", 0.7071)]
    assert nearest_examples(query, examples[[]], [], 2) == []


def test_uncertainty_is_the_log_odds_distance_to_each_codes_threshold() -> None:
    probabilities = np.array([[0.6, 0.12], [0.5, 0.9]])
    thresholds = np.array([0.5, 0.05])
    distance, closest = uncertainty(probabilities, thresholds)
    # row 0: 0.1 above one threshold and 0.07 above the other, but in log-odds 0.41 against 0.95:
    # the first code is the nearer decision
    assert closest.tolist() == [0, 0]
    assert distance == pytest.approx([np.log(0.6 / 0.4), 0.0])


def test_draw_spreads_the_queue_across_workshops() -> None:
    candidates = pd.DataFrame({"segment_id": ["a1", "a2", "a3", "a4", "b1", "b2"], "workshop_id": list("aaaabb")})
    distance = np.array([0.1, 0.2, 0.3, 0.05, 0.9, 0.8])
    # round 1: each workshop's least certain (a4 0.05, b2 0.8); round 2: a1 0.1, b1 0.9
    assert draw(candidates, distance, 4)["segment_id"].tolist() == ["a4", "b2", "a1", "b1"]
    assert draw(candidates, distance, 3)["segment_id"].tolist() == ["a4", "b2", "a1"]
    assert len(draw(candidates, distance, 50)) == 6


def fitted(ingested: dict[str, Any], codebook: Codebook) -> dict[str, Any]:
    options = {"consensus_share": 0.5, "folds": 3, "seed": 1, "min_positive": 3, "regularisation": 4.0}
    return train(ingested["segments"], ingested["coding"], codebook, **options)


def queue_for(ingested: dict[str, Any], codebook: Codebook, size: int, overrides: pd.DataFrame | None = None) -> Any:
    result = fitted(ingested, codebook)
    overrides = empty_overrides() if overrides is None else overrides
    probabilities = predicted_probabilities(ingested["segments"], result["card"], lambda: result["model"])
    return build_queue(
        ingested["segments"],
        ingested["coding"],
        overrides,
        0.5,
        result["model"],
        result["card"],
        codebook,
        size,
        probabilities,
    ), result


def test_queue_holds_the_least_certain_unreviewed_segments(ingested: dict[str, Any], codebook: Codebook) -> None:
    # a coder decided w04-0002-01 whole ("only"): reviewed; an override of one code on w04-0003-01 leaves its
    # other codes the model's, and it stays a candidate (issue 22)
    overrides = pd.DataFrame(
        {
            "segment_id": ["w04-0002-01", "w04-0003-01"],
            "code": ["", "mutual_support"],
            "action": ["only", "add"],
            "stale": [False, False],
        }
    )
    assert "w04-0003-01" in set(unreviewed(ingested["segments"], pd.DataFrame(columns=["segment_id"]), overrides)
                                ["segment_id"])  # fmt: skip
    overrides = overrides.iloc[:1]
    queue, result = queue_for(ingested, codebook, 5, overrides)
    card = result["card"]
    assert queue["segment_id"].nunique() == 5
    assert set(queue["workshop_id"]) == {"w04"}  # w01-w03 are human-coded
    assert "w04-0002-01" not in set(queue["segment_id"])
    # the five least certain of w04, most uncertain first
    segments = ingested["segments"]
    w04 = segments[segments["workshop_id"].eq("w04") & segments["segment_id"].ne("w04-0002-01")]
    from pipeline.classifier.model import code_probabilities
    from pipeline.texts import model_inputs

    inputs = model_inputs(segments, "previous_turn").loc[w04["segment_id"]].tolist()
    thresholds = np.array([card["thresholds"][c] for c in card["codes"]])
    distance, _ = uncertainty(code_probabilities(result["model"], inputs, len(card["codes"])), thresholds)
    expected = w04["segment_id"].to_numpy()[np.argsort(distance, kind="stable")[:5]].tolist()
    assert queue.drop_duplicates("segment_id")["segment_id"].tolist() == expected
    for segment_id, rows in queue.groupby("segment_id", sort=False):
        proposed, extra = rows[rows["model_says"] != ""], rows[rows["model_says"] == ""]
        assert extra["code"].tolist() == [""]  # one row to add a code
        assert (proposed["model_says"].str.endswith("unsure")).sum() == 1  # the code closest to its threshold
        applies = proposed["model_says"].str.startswith("applies")
        assert (applies == (proposed["probability"] >= proposed["threshold"] - 5e-4)).all()
        for row in proposed.itertuples():
            assert row.definition == codebook.code(row.code).brief
            # the nearest examples are human-coded segments that carry the code
            coded = set(ingested["coding"].loc[ingested["coding"]["code"] == row.code, "segment_id"])
            named = [part.split(" (")[0] for part in row.nearest_coded.split('"; ')]
            assert named, (segment_id, row.code)
            assert set(named) <= coded, (segment_id, row.code, row.nearest_coded)


def test_evidence_names_the_telling_words_of_the_fitted_model(ingested: dict[str, Any], codebook: Codebook) -> None:
    queue, _ = queue_for(ingested, codebook, 13)
    from conftest import PHRASES

    venue = queue[(queue["code"] == "conducive_environment") & queue["text"].isin(PHRASES["conducive_environment"])]
    assert len(venue) == 2  # w04 has two turns about the venue
    telling = {"room", "venue", "warm", "bus", "building", "kitchen", "chairs", "clinic"}
    for evidence in venue["evidence"]:
        terms = {part.rsplit(" ", 1)[0] for part in evidence.split("; ")}
        assert terms & telling, evidence


def write_inputs(ingested: dict[str, Any], codebook: Codebook, tmp_path: Path) -> dict[str, Path]:
    """The tiny study's segments and a trained model on disk, as the stage reads them."""
    from pipeline.classifier.model import save_model

    result = fitted(ingested, codebook)
    paths = {
        "segments": tmp_path / "segments.parquet",
        "model": tmp_path / "model.skops",
        "card": tmp_path / "card.json",
    }
    ingested["segments"].to_parquet(paths["segments"])
    save_model(result["model"], paths["model"])
    paths["card"].write_text(json.dumps(result["card"]))
    paths["probabilities"] = tmp_path / "probabilities.parquet"
    predicted_probabilities(ingested["segments"], result["card"], lambda: result["model"]).to_parquet(
        paths["probabilities"]
    )
    return paths


def make_queue(paths: dict[str, Path], root: Path, out: Path, size: int = 6) -> list[str]:
    argv = ["--segments", str(paths["segments"]), "--model", str(paths["model"]), "--card", str(paths["card"])]
    argv += ["--coding", *map(str, sorted((root / "data/raw/coding").glob("*.csv")))]
    argv += ["--overrides", str(root / "data/raw/overrides.csv"), "--codebook", str(root / "config/codebook.yaml")]
    argv += ["--consensus", "0.5", "--size", str(size), "--queue", str(out / "queue.csv")]
    argv += ["--workbook", str(out / "queue.xlsx"), "--probabilities", str(paths["probabilities"])]
    assert main(argv) == 0
    return argv


def test_main_writes_the_queue_as_csv_and_workbook(
    ingested: dict[str, Any], codebook: Codebook, tmp_path: Path
) -> None:
    segments = ingested["segments"]
    planted = segments.index[segments["segment_id"] == "w04-0013-01"][0]
    segments.loc[planted, "text"] = '=HYPERLINK("#x","the room is warm")'
    paths = write_inputs(ingested, codebook, tmp_path)
    make_queue(paths, ingested["root"], tmp_path / "out", size=13)
    queue = pd.read_csv(tmp_path / "out/queue.csv", dtype=str, keep_default_na=False)
    # all 13 of w04: the fixture's override decides one code of its segment, whose other codes stay the model's
    assert queue["segment_id"].nunique() == 13
    assert (
        queue.loc[queue["segment_id"] == "w04-0013-01", "text"].iloc[0] == "'" + '=HYPERLINK("#x","the room is warm")'
    )
    assert (queue["decision"] == "").all()
    workbook = load_workbook(tmp_path / "out/queue.xlsx")
    assert workbook.sheetnames == ["queue", "codes", "instructions"]
    assert workbook["queue"].max_row == len(queue) + 1
    assert [cell.value for cell in workbook["codes"]["A"]][1:] == list(codebook.leaf_ids)
    assert all(cell.data_type != "f" for row in workbook["queue"].iter_rows() for cell in row)
    before = (tmp_path / "out/queue.xlsx").read_bytes()
    make_queue(paths, ingested["root"], tmp_path / "out", size=13)
    assert (tmp_path / "out/queue.xlsx").read_bytes() == before  # same inputs, same bytes


def fill(queue: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """A coder's work: accept everything in the first segment, reject all and add a code in the second,
    reject all in the third (reviewed, no code); the rest left for later."""
    filled = queue.copy()
    order = list(dict.fromkeys(filled["segment_id"]))
    proposed = filled["model_says"] != ""
    first, second, third = (filled["segment_id"] == order[i] for i in range(3))
    filled.loc[first & proposed, "decision"] = "accept"
    filled.loc[second & proposed, "decision"] = "Reject"  # as a spreadsheet may capitalise it
    filled.loc[second & ~proposed, ["code", "decision"]] = ["leadership", "add"]
    filled.loc[third & proposed, "decision"] = "reject"
    return filled, 3


def test_decisions_read_back_raise_the_reviewed_segments(
    ingested: dict[str, Any], codebook: Codebook, tmp_path: Path
) -> None:
    root = ingested["root"]
    paths = write_inputs(ingested, codebook, tmp_path)
    make_queue(paths, root, tmp_path / "out")
    queue = pd.read_csv(tmp_path / "out/queue.csv", dtype=str, keep_default_na=False)
    filled, decided = fill(queue)
    filled.to_csv(tmp_path / "filled.csv", index=False)
    out = root / "data/raw/coding/coder_y.csv"
    argv = ["--segments", str(paths["segments"]), "--codebook", str(root / "config/codebook.yaml")]
    assert main([*argv, "--read-back", str(tmp_path / "filled.csv"), "--coder", "coder_y", "--out", str(out)]) == 0

    order = list(dict.fromkeys(queue["segment_id"]))
    first_codes = queue.loc[(queue["segment_id"] == order[0]) & (queue["model_says"] != ""), "code"].tolist()
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert written.to_dict("records") == (
        [{"segment_id": order[0], "code": code} for code in first_codes]
        + [{"segment_id": order[1], "code": "leadership"}, {"segment_id": order[2], "code": ""}]
    )
    from pipeline.coding import read_coding

    ids = set(ingested["segments"]["segment_id"])
    coding = read_coding(sorted((root / "data/raw/coding").glob("*.csv")), ids, codebook)
    before = fitted(ingested, codebook)["card"]["training"]["segments"]
    after = fitted(ingested | {"coding": coding}, codebook)["card"]["training"]["segments"]
    assert after - before == decided

    # the same decisions from the workbook, read back again into the same file: nothing doubles
    workbook = load_workbook(tmp_path / "out/queue.xlsx")
    sheet = workbook["queue"]
    header = [cell.value for cell in sheet[1]]
    for offset, row in enumerate(filled.itertuples(index=False), start=2):
        sheet.cell(offset, header.index("code") + 1, row.code or None)
        sheet.cell(offset, header.index("decision") + 1, row.decision or None)
    workbook.save(tmp_path / "filled.xlsx")
    assert main([*argv, "--read-back", str(tmp_path / "filled.xlsx"), "--coder", "coder_y", "--out", str(out)]) == 0
    assert pd.read_csv(out, dtype=str, keep_default_na=False).equals(written)


QUEUE = """segment_id,code,model_says,decision
w01-0002-01,mutual_support,applies,accept
w01-0002-01,skilled_facilitation,"does not apply, unsure",reject
w01-0002-01,,,
w01-0003-01,conducive_environment,applies,
w01-0003-01,,,
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("w01-0003-01,,,", "w01-0003-01,leadership,,add"), None),
        (
            ("w01-0003-01,conducive_environment,applies,", "w01-0003-01,conducive_environment,applies,maybe"),
            r"filled.csv row 5: decision 'maybe' must be accept, reject or add",
        ),
        (("w01-0002-01,,,", "w01-0002-01,mutual_suport,,add"), r"filled.csv row 4: unknown code 'mutual_suport'"),
        (("w01-0002-01,,,", "w99-0001-01,leadership,,add"), r"filled.csv row 4: segment 'w99-0001-01' is not in this"),
        (("w01-0003-01,,,", "w01-0003-01,,,add"), r"filled.csv row 6: decision 'add' but no code"),
        (("w01-0003-01,,,", "w01-0003-01,leadership,,reject"), r"filled.csv row 6: reject on code 'leadership'"),
        (("w01-0003-01,,,", ",leadership,,add"), r"filled.csv row 6: empty segment_id"),
        (
            ("w01-0003-01,conducive_environment,applies,", "w01-0003-01,,applies,accept"),
            r"filled.csv row 5: the code the model proposed is missing",
        ),
        (("model_says,decision", "model_says,verdict"), r"filled.csv: missing column\(s\) decision"),
    ],
)
def test_bad_rows_of_a_filled_queue_are_named(
    tmp_path: Path, codebook: Codebook, change: tuple[str, str], message: str | None
) -> None:
    path = tmp_path / "filled.csv"
    path.write_text(QUEUE.replace(*change), encoding="utf-8")
    ids = {"w01-0002-01", "w01-0003-01"}
    if message is None:
        # a segment with one decided row and one undecided proposed code is half read: named by its row
        with pytest.raises(StudyError, match=r"row 5: no decision on code 'conducive_environment' for segment"):
            read_decisions(path, ids, codebook)
    else:
        with pytest.raises(StudyError, match=message):
            read_decisions(path, ids, codebook)


def test_an_untouched_segment_is_left_for_later(tmp_path: Path, codebook: Codebook) -> None:
    path = tmp_path / "filled.csv"
    path.write_text(QUEUE + "\n,,,\n", encoding="utf-8")  # a trailing blank row, as spreadsheets leave
    decisions, later = read_decisions(path, {"w01-0002-01", "w01-0003-01"}, codebook)
    assert decisions.to_dict("records") == [{"segment_id": "w01-0002-01", "code": "mutual_support"}]
    assert later == ["w01-0003-01"]


def test_read_back_names_the_coder_file(tmp_path: Path, codebook: Codebook, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.errors import run_stage

    segments = tmp_path / "segments.parquet"
    pd.DataFrame({"segment_id": ["w01-0002-01", "w01-0003-01"]}).to_parquet(segments)
    (tmp_path / "filled.csv").write_text(QUEUE, encoding="utf-8")
    argv = ["--segments", str(segments), "--read-back", str(tmp_path / "filled.csv"), "--coder", "model"]
    assert run_stage(main, argv) == 1
    assert "error: --coder 'model': give the human coder's id" in capsys.readouterr().err
    argv[-1] = "coder_y"
    assert run_stage(main, [*argv, "--out", str(tmp_path / "someone_else.csv")]) == 1
    assert "the coding file must be named coder_y.csv" in capsys.readouterr().err


def test_a_workbook_that_is_not_the_queue_is_named(tmp_path: Path, codebook: Codebook) -> None:
    from openpyxl import Workbook

    ids = {"w01-0002-01"}
    workbook = Workbook()
    workbook.active.title = "segments"
    workbook.save(tmp_path / "other.xlsx")
    with pytest.raises(StudyError, match=r"other.xlsx: no sheet named 'queue'"):
        read_decisions(tmp_path / "other.xlsx", ids, codebook)
    workbook.active.title = "queue"
    workbook.save(tmp_path / "empty.xlsx")
    with pytest.raises(StudyError, match=r"empty.xlsx: the 'queue' sheet is empty"):
        read_decisions(tmp_path / "empty.xlsx", ids, codebook)
    workbook.active.append(["segment_id", "code", "decision"])
    workbook.save(tmp_path / "columns.xlsx")
    with pytest.raises(StudyError, match=r"columns.xlsx: missing column\(s\) model_says"):
        read_decisions(tmp_path / "columns.xlsx", ids, codebook)
    (tmp_path / "broken.xlsx").write_text("segment_id,code\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"broken.xlsx: not a readable .xlsx workbook"):
        read_decisions(tmp_path / "broken.xlsx", ids, codebook)


def test_a_code_an_override_decided_is_no_question() -> None:
    """The fourteenth issue-19 trial: the queue proposed a code an override had removed, and ranked by it."""
    probabilities = np.array([[0.31, 0.9], [0.5, 0.5]])
    thresholds = np.array([0.3, 0.5])
    distance, closest = uncertainty(probabilities, thresholds)
    assert closest.tolist() == [0, 1]
    decided = np.array([[True, False], [False, False]])
    distance, closest = uncertainty(probabilities, thresholds, decided)
    assert closest.tolist() == [1, 1]
    assert np.isfinite(distance).all()


def test_a_code_whose_model_tells_no_segment_apart_neither_ranks_nor_is_proposed(
    ingested: dict[str, Any], codebook: Codebook
) -> None:
    """The second issue-22 trial's first queue asked "lobbying, applies, unsure" of all twelve segments: its model
    gave every one p 0.056, its threshold (cross-validated alpha -0.52)."""
    result = fitted(ingested, codebook)
    card = result["card"]
    flat = card["codes"][0]
    probabilities = predicted_probabilities(ingested["segments"], card, lambda: result["model"])
    probabilities[flat] = card["thresholds"][flat]  # every segment exactly at the threshold: closest to it everywhere
    queue = build_queue(
        ingested["segments"], ingested["coding"], empty_overrides(), 0.5, result["model"], card, codebook, 5,
        probabilities,
    )  # fmt: skip
    assert queue["segment_id"].nunique() == 5
    assert flat not in set(queue["code"])
    assert (queue.groupby("segment_id")["model_says"].apply(lambda says: says.str.endswith("unsure").sum()) == 1).all()


def test_a_queue_is_read_back_into_the_study_named_by_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # the fourth issue-22 trial, from outside the study: a traceback for the segments, and with --segments given, a
    # coding file written into the folder it stood in, not the study's
    from pipeline.errors import run_stage

    study = tmp_path / "study"
    (study / "config").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "config" / "codebook.yaml", study / "config" / "codebook.yaml")
    (study / "data" / "processed").mkdir(parents=True)
    (tmp_path / "filled.csv").write_text(QUEUE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = ["--read-back", "filled.csv", "--coder", "coder_y", "--project", "study"]
    assert run_stage(main, argv) == 1
    assert "segments.parquet: not found; run the pipeline first" in capsys.readouterr().err
    pd.DataFrame({"segment_id": ["w01-0002-01", "w01-0003-01"]}).to_parquet(study / "data/processed/segments.parquet")
    assert main(argv) == 0
    assert (study / "data/raw/coding/coder_y.csv").read_text(encoding="utf-8").splitlines()[1:] == [
        "w01-0002-01,mutual_support"
    ]
    assert not (tmp_path / "data").exists()


def test_an_undecided_queue_read_back_names_the_decided_one_the_run_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the sixth issue-22 trial read back the queue the run had written again: "0 decided", and no word of the copy
    segments = tmp_path / "segments.parquet"
    pd.DataFrame({"segment_id": ["w01-0002-01", "w01-0003-01"]}).to_parquet(segments)
    undecided = QUEUE.replace(",accept", ",").replace(",reject", ",")
    (tmp_path / "queue.csv").write_text(undecided, encoding="utf-8")
    (tmp_path / "queue.filled-2026-12-07T20-03-08.csv").write_text(QUEUE, encoding="utf-8")
    argv = ["--segments", str(segments), "--read-back", str(tmp_path / "queue.csv"), "--coder", "coder_y",
            "--out", str(tmp_path / "coder_y.csv")]  # fmt: skip
    assert main(argv) == 0
    assert "the decided queue the run set aside is" in capsys.readouterr().out
    assert main([*argv[:3], str(tmp_path / "queue.filled-2026-12-07T20-03-08.csv"), *argv[4:]]) == 0
    assert "set aside" not in capsys.readouterr().out
