import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook import Codebook
from pipeline.errors import StudyError, run_stage
from pipeline.ingest import fingerprint
from pipeline.overrides import apply_overrides, main, read_overrides

HEADER = "segment_id,code,action,coder,date,rationale,fingerprint\n"
PROJECT = Path(__file__).resolve().parents[1]
SEGMENTS = pd.DataFrame(
    {
        "segment_id": ["w1-0001-01", "w1-0002-01"],
        "text": ["The room is warm.", "We agreed the rules together."],
    }
).assign(fingerprint=lambda t: t["text"].map(fingerprint))
FP1, FP2 = SEGMENTS["fingerprint"]


def overrides_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "overrides.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_stale_override_is_flagged_not_applied(tmp_path: Path, codebook: Codebook) -> None:
    path = overrides_file(
        tmp_path,
        f"w1-0001-01,conducive_environment,add,ana,2026-01-01,the room,{FP1}\n"
        "w1-0002-01,negotiated_ground_rules,add,ana,2026-01-01,agreed rules,0000000000000000\n",
    )
    table = read_overrides(path, SEGMENTS, codebook)
    assert table["stale"].tolist() == [False, True]
    codes = pd.DataFrame(columns=["segment_id", "code", "source", "by", "probability"])
    applied = apply_overrides(codes, table)
    assert applied[["segment_id", "code", "source", "by"]].to_dict("records") == [
        {"segment_id": "w1-0001-01", "code": "conducive_environment", "source": "override", "by": "ana"}
    ]


def test_remove_drops_and_add_replaces_the_source(tmp_path: Path, codebook: Codebook) -> None:
    path = overrides_file(
        tmp_path,
        f"w1-0001-01,leadership,remove,ana,2026-01-01,no leader here,{FP1}\n"
        f"w1-0002-01,negotiated_ground_rules,add,ana,2026-01-01,confirmed,{FP2}\n",
    )
    codes = pd.DataFrame(
        [
            ("w1-0001-01", "leadership", "model", "m@1", 0.7),
            ("w1-0001-01", "conducive_environment", "model", "m@1", 0.9),
            ("w1-0002-01", "negotiated_ground_rules", "model", "m@1", 0.6),
        ],
        columns=["segment_id", "code", "source", "by", "probability"],
    )
    result = apply_overrides(codes, read_overrides(path, SEGMENTS, codebook))
    assert sorted(zip(result["code"], result["source"], strict=True)) == [
        ("conducive_environment", "model"),
        ("negotiated_ground_rules", "override"),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (f"w9-0001-01,leadership,add,ana,2026-01-01,x,{FP1}\n", r"row 2: unknown segment 'w9-0001-01'"),
        # a mistyped id gets the id it may be (the second issue-22 trial's typo had none)
        (
            f"w1-0001-1,leadership,add,ana,2026-01-01,x,{FP1}\n",
            r"unknown segment 'w1-0001-1' \(did you mean 'w1-0001-01'\?\)",
        ),
        (f"w1-0001-01,leader,add,ana,2026-01-01,x,{FP1}\n", r"row 2: unknown code 'leader'"),
        (f"w1-0001-01,leadership,toggle,ana,2026-01-01,x,{FP1}\n", r"row 2: action 'toggle'"),
        (f"w1-0001-01,leadership,add,,2026-01-01,x,{FP1}\n", r"row 2: empty coder"),
        (f"w1-0001-01,leadership,add,ana,01/02/2026,x,{FP1}\n", r"row 2: date '01/02/2026' must be"),
        (
            f"w1-0001-01,leadership,add,ana,2026-01-01,x,{FP1}\nw1-0001-01,leadership,remove,bo,2026-01-02,y,{FP1}\n",
            r"row 3 contradicts row 2",
        ),
    ],
)
def test_bad_override_rows_are_named(tmp_path: Path, codebook: Codebook, body: str, message: str) -> None:
    with pytest.raises(StudyError, match=message):
        read_overrides(overrides_file(tmp_path, body), SEGMENTS, codebook)


def test_override_command_fills_the_fingerprint(tmp_path: Path) -> None:
    segments = tmp_path / "segments.parquet"
    SEGMENTS.to_parquet(segments)
    target = tmp_path / "overrides.csv"
    common = ["--segments", str(segments), "--overrides", str(target), "--coder", "ana", "--date", "2026-03-01"]
    assert (
        main(
            [
                *common,
                "--segment",
                "w1-0002-01",
                "--code",
                "needing_ground_rules",
                "--action",
                "add",
                "--rationale",
                "argues rules are needed",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *common,
                "--segment",
                "w1-0001-01",
                "--code",
                "conducive_environment",
                "--action",
                "remove",
                "--rationale",
                "only small talk",
            ]
        )
        == 0
    )
    table = pd.read_csv(target, dtype=str)
    assert table["fingerprint"].tolist() == [FP2, FP1]
    assert table["action"].tolist() == ["add", "remove"]
    status = run_stage(
        main,
        [
            *common,
            "--segment",
            "w1-0002-01",
            "--code",
            "needing_ground_rules",
            "--action",
            "remove",
            "--rationale",
            "changed my mind",
        ],
    )
    assert status == 1


def test_a_segment_decided_whole_carries_exactly_its_codes_or_none(tmp_path: Path, codebook: Codebook) -> None:
    """Issue 22: "this segment: exactly these codes, including none" beside the one-code overrides. The model's
    and the coders' codes on it give way; a one-code override decides its code only (``coding.Decided``)."""
    from pipeline.coding import decided_segments

    path = overrides_file(
        tmp_path,
        f"w1-0001-01,,only,ana,2026-01-01,read it: no code,{FP1}\n"
        f"w1-0002-01,negotiated_ground_rules,only,ana,2026-01-01,the rules only,{FP2}\n"
        f"w1-0002-01,mutual_support,only,ana,2026-01-01,and support,{FP2}\n",
    )
    table = read_overrides(path, SEGMENTS, codebook)
    codes = pd.DataFrame(
        {"segment_id": ["w1-0001-01", "w1-0002-01", "w1-0002-01"],
         "code": ["conducive_environment", "leadership", "mutual_support"], "source": ["model", "model", "human"],
         "by": ["m", "m", "bo"], "probability": [0.9, 0.8, float("nan")]}
    )  # fmt: skip
    applied = apply_overrides(codes, table)
    assert sorted(zip(applied["segment_id"], applied["code"], applied["source"], strict=True)) == [
        ("w1-0002-01", "mutual_support", "override"),
        ("w1-0002-01", "negotiated_ground_rules", "override"),
    ]
    decided = decided_segments(pd.DataFrame(columns=["coder", "segment_id", "code"]), 0.5, table)
    assert decided.whole == {"w1-0001-01", "w1-0002-01"}
    one_code = overrides_file(tmp_path, f"w1-0001-01,mutual_support,add,ana,2026-01-01,support,{FP1}\n")
    decided = decided_segments(pd.DataFrame(columns=["coder", "segment_id", "code"]), 0.5, read_overrides(
        one_code, SEGMENTS, codebook))  # fmt: skip
    assert decided.of("mutual_support") == {"w1-0001-01"}
    assert decided.of("leadership") == set()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (f"w1-0001-01,,add,ana,2026-01-01,x,{FP1}\n", r"row 2: empty code"),
        (f"w1-0001-01,,only,ana,2026-01-01,x,{FP1}\nw1-0001-01,leadership,add,ana,2026-01-01,y,{FP1}\n",
         r"row 3: 'add' on segment 'w1-0001-01', which row 2 decides whole"),
        (f"w1-0001-01,,only,ana,2026-01-01,x,{FP1}\nw1-0001-01,leadership,only,ana,2026-01-01,y,{FP1}\n",
         r"row 2: no code for segment 'w1-0001-01', beside row 3 giving it one"),
    ],
)  # fmt: skip
def test_a_segment_decided_whole_and_in_part_stops_with_both_rows(
    tmp_path: Path, codebook: Codebook, body: str, message: str
) -> None:
    with pytest.raises(StudyError, match=message):
        read_overrides(overrides_file(tmp_path, body), SEGMENTS, codebook)


def test_the_command_says_what_it_wrote_without_a_gap_for_no_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fourteenth issue-19 trial: an 'only' row with no code printed "only  on w1-0001-01"."""
    segments = tmp_path / "segments.parquet"
    SEGMENTS.to_parquet(segments)
    target = tmp_path / "overrides.csv"
    common = ["--segments", str(segments), "--overrides", str(target), "--coder", "ana", "--date", "2026-03-01"]
    assert main([*common, "--segment", "w1-0001-01", "--action", "only", "--rationale", "small talk: no code"]) == 0
    said = capsys.readouterr().out
    assert f"{target}: only (no code) on w1-0001-01 (1 override)" in said
    assert "  " not in said
    added = ["--segment", "w1-0002-01", "--code", "leadership", "--action", "add", "--rationale", "x"]
    assert main([*common, *added]) == 0
    assert f"{target}: add leadership on w1-0002-01 (2 overrides)" in capsys.readouterr().out


def test_an_override_is_added_from_outside_the_study_folder_with_project(tmp_path: Path, codebook: Codebook) -> None:
    """The third issue-22 trial had to cd into the study for this command alone: coding-sheet and run take --project."""
    study = tmp_path / "study"
    (study / "data/processed").mkdir(parents=True)
    (study / "config").mkdir()
    (study / "data/raw").mkdir(parents=True)
    SEGMENTS.to_parquet(study / "data/processed/segments.parquet")
    shutil.copy(PROJECT / "config/codebook.yaml", study / "config/codebook.yaml")
    given = ["--segment", "w1-0001-01", "--code", "leadership", "--action", "add", "--coder", "ana"]
    assert main([*given, "--rationale", "a leader steps up", "--project", str(study)]) == 0
    table = pd.read_csv(study / "data/raw/overrides.csv", dtype=str, keep_default_na=False)
    assert table[["segment_id", "code", "action", "coder"]].values.tolist() == [
        ["w1-0001-01", "leadership", "add", "ana"]
    ]
