import copy
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import yaml

from pipeline.codebook import parse_codebook
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


STUDY_CODEBOOK = {
    "id": "hope-and-stigma",
    "version": "0.1.0",
    "title": "Hope and stigma in recovery interviews",
    "headings": {"themes": "Themes", "tensions": "Tensions"},
    "themes": [
        {
            "id": code,
            "label": label,
            "brief": f"Talk of {label.lower()}.",
            "full": f"The speaker talks about {label.lower()}.",
            "when_to_use": f"Any mention of {label.lower()}.",
            "when_not_to_use": "Small talk.",
            "example": example,
        }
        for code, label, example in (
            ("hope", "Hope", "It will get better."),
            ("stigma", "Stigma", "They judge us."),
            ("peer_role", "Peer role", "I run the Tuesday group now."),
        )
    ],
    "tensions": [],
}


def write_codebook(path: Path, raw: dict[str, Any] | None = None) -> Path:
    path.write_text(yaml.safe_dump(raw or STUDY_CODEBOOK, sort_keys=False), encoding="utf-8")
    return path


def study_table() -> pd.DataFrame:
    """The coded table with columns named by the codebook: hope by its label, the others by their ids;
    peer_role is never coded (too few examples to model), and a few segments carry two codes."""
    table = coded_table().rename(columns={"hope": "Hope"})
    table["peer_role"] = "0"
    table.loc[[1, 13, 25], "Hope"] = "yes"  # stigma segments that voice hope too
    return table


def codebook_argv(table: Path, codebook: Path, out: Path, *extra: str) -> list[str]:
    return [
        *("--table", str(table), "--codebook", str(codebook), "--text-column", "text"),
        *("--group-column", "interview", "--out", str(out), *extra),
    ]


def test_a_codebook_and_a_table_give_the_evaluation_and_a_model_the_pipeline_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.classifier.model import load_model
    from pipeline.codebook import load_codebook

    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    table = write(study_table(), tmp_path / "coded.csv")
    out = tmp_path / "out"
    assert main(codebook_argv(table, codebook_path, out, "--folds", "4")) == 0
    printed = capsys.readouterr().out
    assert "96 segments, 8 groups" in printed
    assert "not modelled (too few examples): peer_role (0 present)" in printed
    assert re.search(r"trained on every segment; written to .* in [0-9.]+ s", printed)
    metrics = pd.read_csv(out / "cv_metrics.csv")
    assert metrics["code"].tolist() == ["hope", "stigma"]  # codebook order, found by label and by id
    assert metrics["human_positive"].tolist() == [27, 24]
    assert (metrics["f1"] > 0.85).all(), metrics
    codebook = load_codebook(codebook_path)
    card = json.loads((out / "model_card.json").read_text())
    assert card["codebook"] == {"id": "hope-and-stigma", "version": "0.1.0", "fingerprint": codebook.fingerprint}
    assert card["codes"] == ["hope", "stigma"]
    assert card["not_modelled"] == {"peer_role": 0}
    assert card["definitions"]["stigma"]["brief"] == "Talk of stigma."
    assert card["training"] | {"table": ""} == {
        "segments": 96,
        "groups": 8,
        "group_column": "interview",
        "table": "",
        "positives": {"hope": 27, "stigma": 24, "peer_role": 0},
    }
    assert card["cross_validation"]["macro_f1"] == pytest.approx(metrics["f1"].mean(), abs=1e-4)
    for text in (out / "evaluation.md").read_text(), (out / "model_card.md").read_text():
        assert f"fingerprint {codebook.fingerprint[:12]}" in text
        assert "- **Stigma** (`stigma`): Talk of stigma. When to use: Any mention of stigma." in text
        assert "- **Peer role** (`peer_role`) (not modelled: too few examples)" in text
    # the train stage's loader takes it, checks its codebook, and the model codes new text
    model, _ = load_model(out / "model.skops", out / "model_card.json", codebook)
    probabilities = model.predict_proba(["recovery is possible for me", "the stigma at work", "more tea anyone"])
    applies = probabilities >= np.array([card["thresholds"][code] for code in card["codes"]])
    assert applies.tolist() == [[True, False], [False, True], [False, False]]
    revised = yaml.safe_load(codebook_path.read_text()) | {"version": "0.2.0"}
    with pytest.raises(StudyError, match=r"trained on codebook version 0\.1\.0, but .* retrain"):
        load_model(out / "model.skops", out / "model_card.json", parse_codebook(revised, codebook_path))
    # the same command makes the same bytes
    assert main(codebook_argv(table, codebook_path, tmp_path / "again", "--folds", "4")) == 0
    for name in ("model.skops", "model_card.json", "cv_metrics.csv"):
        assert (out / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def long_form(table: pd.DataFrame) -> pd.DataFrame:
    """The study table as a qualitative-analysis tool exports coding: one row per segment and code,
    an empty code for a segment reviewed and left uncoded."""
    rows = []
    for index, row in table.iterrows():
        codes = [label for label, column in (("hope", "Hope"), ("Stigma", "stigma")) if row[column] in ("yes", "1")]
        for code in codes or [""]:
            rows.append({"segment": f"s{index:03d}", "interview": row["interview"], "text": row["text"], "code": code})
    return pd.DataFrame(rows)


def test_a_long_table_gives_what_the_same_coding_one_row_per_segment_gives(tmp_path: Path) -> None:
    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    wide = study_table()
    long = long_form(wide)
    assert len(long) == 96 + 3  # three segments carry two codes
    assert main(codebook_argv(write(wide, tmp_path / "wide.csv"), codebook_path, tmp_path / "wide")) == 0
    long_path = write(long, tmp_path / "long.csv")
    extra = ("--code-column", "code", "--segment-column", "segment")
    assert main(codebook_argv(long_path, codebook_path, tmp_path / "long", *extra)) == 0
    for name in ("cv_metrics.csv", "learning_curve.csv", "model.skops"):
        assert (tmp_path / "wide" / name).read_bytes() == (tmp_path / "long" / name).read_bytes(), name
    predictions = pd.read_parquet(tmp_path / "long" / "cv_predictions.parquet")
    assert len(predictions) == 96 * 2
    # a segment is numbered by its first row in the long table
    assert predictions.loc[predictions["code"] == "hope", "row"].tolist()[:4] == [2, 3, 5, 6]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.assign(code=t["code"].replace({"Stigma": "stigmas"})), r"long.csv row 4: unknown code 'stigmas'"),
        (
            lambda t: pd.concat([t.iloc[:3], t.iloc[[2]], t.iloc[3:]]),
            r"row 5: segment 's001' has code 'stigma' again \(row 4\)",
        ),
        (
            lambda t: t.assign(text=t["text"].where(t.index != 2, "edited")),
            r"row 4: segment 's001' has another 'text' than on row 3",
        ),
        (lambda t: t.assign(segment=t["segment"].where(t.index != 6, "")), r"row 8: empty 'segment'"),
    ],
)
def test_bad_rows_of_a_long_table_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    long = change(long_form(study_table())).reset_index(drop=True)
    argv = codebook_argv(write(long, tmp_path / "long.csv"), codebook_path, tmp_path / "out")
    assert run_stage(main, [*argv, "--code-column", "code", "--segment-column", "segment"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert re.search(message, error), error


def test_a_codebook_that_does_not_fit_the_table_is_one_line_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    no_column = write(study_table().drop(columns=["peer_role"]), tmp_path / "a.csv")
    assert run_stage(main, codebook_argv(no_column, codebook_path, tmp_path / "out")) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert f"a.csv: no column for code 'peer_role' of {codebook_path}" in error
    assert "label 'Peer role' among question, Hope, stigma); add the column, or remove the code" in error
    two_columns = write(study_table().assign(hope="no"), tmp_path / "b.csv")
    with pytest.raises(StudyError, match=r"b.csv: columns 'Hope' and 'hope' both name code 'hope' of .*; keep one"):
        main(codebook_argv(two_columns, codebook_path, tmp_path / "out"))
    confusing = copy.deepcopy(STUDY_CODEBOOK)
    confusing["themes"][2]["label"] = "stigma"  # peer_role's label is stigma's id
    with pytest.raises(StudyError, match=r"column 'stigma' could be code 'stigma' or 'peer_role'"):
        main(codebook_argv(no_column, write_codebook(tmp_path / "c.yaml", confusing), tmp_path / "out"))
    # the codebook is checked by the project's loader, with its one-line errors
    broken = copy.deepcopy(STUDY_CODEBOOK)
    del broken["themes"][0]["label"]
    with pytest.raises(StudyError, match=r"d.yaml: key 'themes.0': 'label' is a required property"):
        main(codebook_argv(no_column, write_codebook(tmp_path / "d.yaml", broken), tmp_path / "out"))


def test_the_codes_are_named_one_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = write(coded_table(), tmp_path / "coded.csv")
    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    neither = ["--table", str(table), "--text-column", "text", "--group-column", "interview"]
    assert run_stage(main, neither) == 1
    assert "name the codes with --codebook FILE" in capsys.readouterr().err
    assert run_stage(main, [*argv(table, tmp_path / "out"), "--codebook", str(codebook_path)]) == 1
    assert "one of the two" in capsys.readouterr().err
    half_long = [*codebook_argv(table, codebook_path, tmp_path / "out"), "--code-column", "hope"]
    assert run_stage(main, half_long) == 1
    assert "needs --codebook, --code-column and --segment-column together" in capsys.readouterr().err


def test_codes_named_on_the_command_line_still_train_a_model(tmp_path: Path) -> None:
    table = write(coded_table(), tmp_path / "coded.csv")
    assert main(argv(table, tmp_path / "out")) == 0
    card = json.loads((tmp_path / "out" / "model_card.json").read_text())
    assert card["codebook"]["fingerprint"] == "none"  # no codebook: the pipeline's loader refuses it
    assert card["codes"] == ["hope", "stigma"]
    assert (tmp_path / "out" / "model.skops").read_bytes()[:2] == b"PK"


PROJECT = Path(__file__).resolve().parents[1]
EPITOME = PROJECT.parent / "shared" / "external" / "epitome-empathy"


@pytest.mark.skipif(not EPITOME.is_dir(), reason=f"EPITOME data not present at {EPITOME}")
def test_real_empathy_annotations_are_learnt_well_above_chance(tmp_path: Path) -> None:
    # data nobody here wrote, with our codebook of its three mechanisms: the first 900 Reddit responses,
    # each mechanism's level (0, 1, 2) in its column, present at 1 or 2; the table goes to tmp_path only
    from pipeline.classifier.model import load_model
    from pipeline.codebook import load_codebook

    codebook_path = PROJECT / "examples" / "epitome" / "codebook.yaml"
    files = {code: code.replace("_", "-") + "-reddit.csv" for code in ("emotional_reactions", "interpretations")}
    files["explorations"] = "explorations-reddit.csv"
    table = None
    for code, name in files.items():
        frame = pd.read_csv(EPITOME / name).iloc[:900]
        if table is None:
            table = frame[["rp_id", "response_post"]].copy()
        table[code] = frame["level"]
    assert table is not None
    path = write(table, tmp_path / "epitome.csv")
    argv = ["--table", str(path), "--codebook", str(codebook_path), "--text-column", "response_post"]
    argv += ["--group-column", "rp_id", "--present-values", "1", "2", "--absent-values", "0"]
    assert main([*argv, "--out", str(tmp_path / "out")]) == 0
    metrics = pd.read_csv(tmp_path / "out" / "cv_metrics.csv").set_index("code")
    assert metrics.index.tolist() == list(files)
    # kappa is agreement beyond chance: 0 for a model that guesses at the base rate
    assert metrics["kappa"].min() > 0.35, metrics[["f1", "kappa"]]
    assert metrics.loc["interpretations", "f1"] > 0.7
    codebook = load_codebook(codebook_path)
    model, card = load_model(tmp_path / "out" / "model.skops", tmp_path / "out" / "model_card.json", codebook)
    question = model.predict_proba(["What happened when you told her? How are you feeling now?"])[0]
    assert question[card["codes"].index("explorations")] >= card["thresholds"]["explorations"]


def test_with_a_codebook_a_rare_code_is_left_out_but_not_every_code(tmp_path: Path) -> None:
    codebook_path = write_codebook(tmp_path / "codebook.yaml")
    rare = study_table()
    rare[["Hope", "stigma"]] = "0"
    rare.loc[:2, "Hope"] = "1"
    with pytest.raises(StudyError, match=r"too few examples to evaluate hope \(3 present, 93 absent\), stigma .*"):
        main(codebook_argv(write(rare, tmp_path / "rare.csv"), codebook_path, tmp_path / "out"))


def test_a_table_in_another_format_is_one_line(tmp_path: Path) -> None:
    from pipeline.evaluate import read_table

    with pytest.raises(StudyError, match=r"t.xlsx: format '.xlsx' is not supported; save the table as CSV"):
        read_table(tmp_path / "t.xlsx", ["segment", "text"])


def test_the_context_column_is_read_only_where_cross_validation_says_it_helps(tmp_path: Path) -> None:
    """Issue 20: the post a reply answers lowered kappa on two data sets and the previous turn raised it on the
    demo. Where the code can be read from the question alone (the replies all alike), auto reads it; with a
    question that says nothing, a reply's own words decide; --context always reads it whatever it scores."""
    table = coded_table()
    telling = table.assign(question=table["text"], text="yes, that is how it was")
    out = tmp_path / "telling"
    assert main(argv(write(telling, tmp_path / "telling.csv"), out, "--context-column", "question")) == 0
    card = json.loads((out / "model_card.json").read_text())
    assert card["settings"]["context"] == "previous_turn"
    assert card["settings"]["context_column"] == "question"
    scores = card["settings"]["context_chosen_by_macro_alpha"]
    assert scores["previous_turn"] > 0.85 > scores["none"]
    assert "Context: the model reads each segment with the context column" in (out / "evaluation.md").read_text()
    # a question that says nothing: auto takes whichever scores higher (as the card records), always reads it
    noisy = write(table.assign(question=[f"q{i}" for i in range(len(table))]), tmp_path / "noisy.csv")
    assert main(argv(noisy, tmp_path / "auto", "--context-column", "question")) == 0
    settings = json.loads((tmp_path / "auto" / "model_card.json").read_text())["settings"]
    scores = settings["context_chosen_by_macro_alpha"]
    assert settings["context"] == max(scores, key=lambda name: (scores[name], name == "previous_turn"))
    assert main(argv(noisy, tmp_path / "always", "--context-column", "question", "--context", "always")) == 0
    settings = json.loads((tmp_path / "always" / "model_card.json").read_text())["settings"]
    assert settings["context"] == "previous_turn"
    assert "context_chosen_by_macro_alpha" not in settings
