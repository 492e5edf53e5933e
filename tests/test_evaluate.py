from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.errors import StudyError, run_stage
from pipeline.evaluate import main

HOPE = ["things will get better", "I feel hopeful now", "there is light ahead", "recovery is possible for me"]
STIGMA = ["people judge us", "the stigma at work", "they called me mad", "ashamed to tell my family"]
NEITHER = ["the bus was late", "more tea anyone", "shall we start", "the room is upstairs", "okay", "next week then"]


def coded_table(interviews: int = 8, seed: int = 0) -> pd.DataFrame:
    """Interviews of twelve segments; hope and stigma voiced in telling words, with a reply after each."""
    rng = np.random.default_rng(seed)
    rows = []
    for interview in range(interviews):
        for turn in range(12):
            kind = ("hope", "stigma", "neither", "neither")[turn % 4]
            pool = {"hope": HOPE, "stigma": STIGMA, "neither": NEITHER}[kind]
            text = f"{pool[int(rng.integers(len(pool)))]} {NEITHER[int(rng.integers(len(NEITHER)))]}"
            rows.append(
                {
                    "interview": f"i{interview:02d}",
                    "text": text,
                    "question": "how was your week",
                    "hope": "yes" if kind == "hope" else "no",
                    "stigma": "1" if kind == "stigma" else "0",
                }
            )
    return pd.DataFrame(rows)


def write(table: pd.DataFrame, path: Path) -> Path:
    table.to_csv(path, index=False)
    return path


def argv(table: Path, out: Path, *extra: str) -> list[str]:
    return [
        "--table",
        str(table),
        "--text-column",
        "text",
        "--group-column",
        "interview",
        "--code-columns",
        "hope",
        "stigma",
        "--out",
        str(out),
        *extra,
    ]


def test_one_command_evaluates_any_coded_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = write(coded_table(), tmp_path / "coded.csv")
    assert main(argv(table, tmp_path / "out", "--context-column", "question", "--folds", "4")) == 0
    printed = capsys.readouterr().out
    assert "96 segments, 8 groups" in printed
    metrics = pd.read_csv(tmp_path / "out" / "cv_metrics.csv")
    assert metrics["code"].tolist() == ["hope", "stigma"]
    assert metrics["human_positive"].tolist() == [24, 24]
    assert metrics["segments"].tolist() == [96, 96]
    assert (metrics["f1"] > 0.9).all(), metrics  # telling words: the model learns them
    assert (metrics["alpha"] > 0.85).all()
    predictions = pd.read_parquet(tmp_path / "out" / "cv_predictions.parquet")
    assert len(predictions) == 96 * 2  # every row in, every row out
    assert predictions.groupby("group")["fold"].nunique().max() == 1  # no interview in two folds
    assert sorted(predictions["fold"].unique().tolist()) == [0, 1, 2, 3]
    curve = pd.read_csv(tmp_path / "out" / "learning_curve.csv")
    assert curve["share"].tolist() == [0.1, 0.25, 0.5, 0.75, 1.0]
    assert curve["macro_f1"].iloc[-1] == pytest.approx(metrics["f1"].mean(), abs=1e-4)
    report = (tmp_path / "out" / "evaluation.md").read_text()
    assert "| hope | 24 |" in report
    assert "--context-column question" in report


def test_a_missing_column_is_one_line_naming_it_and_the_columns_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = write(coded_table(), tmp_path / "coded.csv")
    bad = argv(table, tmp_path / "out")
    bad[bad.index("stigma")] = "stigmas"
    assert run_stage(main, bad) == 1
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0
    assert "no column(s) stigmas" in message
    assert "the table has interview, text, question, hope, stigma" in message


def test_a_value_neither_present_nor_absent_names_its_row(tmp_path: Path) -> None:
    table = coded_table()
    table.loc[5, "hope"] = "maybe"
    path = write(table, tmp_path / "coded.csv")
    with pytest.raises(StudyError, match=r"coded.csv row 7: column 'hope' has 'maybe'"):
        main(argv(path, tmp_path / "out"))
    # naming the value makes it count
    assert main(argv(path, tmp_path / "out", "--present-values", "yes", "1", "maybe")) == 0


def test_groups_and_examples_are_checked(tmp_path: Path) -> None:
    one_group = coded_table().assign(interview="i00")
    with pytest.raises(StudyError, match="one group only"):
        main(argv(write(one_group, tmp_path / "a.csv"), tmp_path / "out"))
    empty_group = coded_table()
    empty_group.loc[3, "interview"] = ""
    with pytest.raises(StudyError, match="row 5: empty 'interview'"):
        main(argv(write(empty_group, tmp_path / "b.csv"), tmp_path / "out"))
    rare = coded_table()
    rare["stigma"] = "0"
    rare.loc[:2, "stigma"] = "1"
    with pytest.raises(StudyError, match=r"too few examples to evaluate stigma \(3 present, 93 absent\)"):
        main(argv(write(rare, tmp_path / "c.csv"), tmp_path / "out"))


EPITOME = Path(__file__).resolve().parents[2] / "shared" / "external" / "epitome-empathy"


@pytest.mark.skipif(not EPITOME.is_dir(), reason=f"EPITOME data not present at {EPITOME}")
def test_real_empathy_annotations_are_learnt_well_above_chance(tmp_path: Path) -> None:
    # data nobody here wrote: the first 900 Reddit responses, each mechanism present at level 1 or 2
    files = {code: code.replace("_", "-") + "-reddit.csv" for code in ("emotional_reactions", "interpretations")}
    files["explorations"] = "explorations-reddit.csv"
    table = None
    for code, name in files.items():
        frame = pd.read_csv(EPITOME / name).iloc[:900]
        if table is None:
            table = frame[["rp_id", "response_post"]].copy()
        table[code] = (frame["level"] > 0).map({True: "1", False: "0"})
    assert table is not None
    path = write(table, tmp_path / "epitome.csv")
    argv = ["--table", str(path), "--text-column", "response_post", "--group-column", "rp_id"]
    argv += ["--code-columns", *files, "--out", str(tmp_path / "out")]
    assert main(argv) == 0
    metrics = pd.read_csv(tmp_path / "out" / "cv_metrics.csv").set_index("code")
    # kappa is agreement beyond chance: 0 for a model that guesses at the base rate
    assert metrics["kappa"].min() > 0.35, metrics[["f1", "kappa"]]
    assert metrics.loc["interpretations", "f1"] > 0.7
