from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook import Codebook
from pipeline.coding import consensus, read_coding
from pipeline.errors import StudyError

SEGMENTS = {"w1-0001-01", "w1-0002-01", "w1-0003-01"}


def coding_file(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.csv"
    path.write_text("segment_id,code\n" + body, encoding="utf-8")
    return path


def test_reads_codes_and_reviewed_without_code(tmp_path: Path, codebook: Codebook) -> None:
    path = coding_file(tmp_path, "ana", "w1-0001-01,mutual_support\nw1-0001-01,leadership\nw1-0002-01,\n")
    table = read_coding([path], SEGMENTS, codebook)
    assert table.to_dict("records") == [
        {"coder": "ana", "segment_id": "w1-0001-01", "code": "mutual_support"},
        {"coder": "ana", "segment_id": "w1-0001-01", "code": "leadership"},
        {"coder": "ana", "segment_id": "w1-0002-01", "code": ""},
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # the code it may be, by its spelling or by its label (issue 22: no "did you mean")
        (
            "w1-0001-01,mutual_support\nw1-0002-01,mutual_suport\n",
            r"ana.csv row 3: unknown code 'mutual_suport' \(did you mean 'mutual_support'\?\); use a theme",
        ),
        ("w1-0001-01,Mutual support\n", r"row 2: unknown code 'Mutual support' \(did you mean 'mutual_support'\?\)"),
        ("w1-0009-01,mutual_support\n", r"ana.csv row 2: unknown segment 'w1-0009-01'"),
        ("w9-0001-01,mutual_support\n", r"ana.csv: 1 row\(s\), from row 2, code segments of workshop 'w9', which is"),
        ("w1-0001-01,leadership\nw1-0001-01,leadership\n", r"ana.csv row 3: segment 'w1-0001-01' with code"),
        (
            "w1-0001-01,rules_vs_bureaucracy\n",
            r"row 2: unknown code 'rules_vs_bureaucracy'; use a theme or tension-pole",
        ),
    ],
)
def test_bad_rows_are_named(tmp_path: Path, codebook: Codebook, body: str, message: str) -> None:
    with pytest.raises(StudyError, match=message):
        read_coding([coding_file(tmp_path, "ana", body)], SEGMENTS, codebook)


def test_missing_column_is_named(tmp_path: Path, codebook: Codebook) -> None:
    path = tmp_path / "ana.csv"
    path.write_text("segment,code\nw1-0001-01,leadership\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"ana.csv: missing column\(s\) segment_id"):
        read_coding([path], SEGMENTS, codebook)


def test_consensus_needs_the_configured_share_of_coders() -> None:
    coding = pd.DataFrame(
        [
            ("a", "s1", "mutual_support"),
            ("b", "s1", "mutual_support"),
            ("c", "s1", ""),
            ("a", "s2", "leadership"),
            ("b", "s2", ""),
            ("c", "s2", ""),
            ("a", "s3", "accountability"),
        ],
        columns=["coder", "segment_id", "code"],
    )
    reviewed, agreed = consensus(coding, 0.5)
    assert reviewed == ["s1", "s2", "s3"]
    assert agreed.to_dict("records") == [
        {"segment_id": "s1", "code": "mutual_support", "by": "a;b"},
        {"segment_id": "s3", "code": "accountability", "by": "a"},
    ]
    _, strict = consensus(coding, 1.0)
    assert strict["segment_id"].tolist() == ["s3"]


@pytest.mark.parametrize(("name", "message"), [(".csv", "gives no coder name"), ("model", "is reserved")])
def test_coder_name_comes_from_a_real_file_name(tmp_path: Path, codebook: Codebook, name: str, message: str) -> None:
    path = tmp_path / (name if name.endswith(".csv") else f"{name}.csv")
    path.write_text("segment_id,code\nw1-0001-01,leadership\n", encoding="utf-8")
    with pytest.raises(StudyError, match=message):
        read_coding([path], SEGMENTS, codebook)


def test_empty_segment_id_is_named(tmp_path: Path, codebook: Codebook) -> None:
    with pytest.raises(StudyError, match=r"ana.csv row 3: empty segment_id"):
        read_coding([coding_file(tmp_path, "ana", "w1-0001-01,leadership\n,mutual_support\n")], SEGMENTS, codebook)


def test_every_bad_row_of_a_coding_file_is_named_in_one_run(tmp_path: Path, codebook: Codebook) -> None:
    """The eleventh issue-18 trial needed eight runs to learn eight renamed codes, one a run."""
    from pipeline.errors import StudyErrors

    body = "w1-0001-01,mutual_suport\nw1-0002-01,Skilled facilitaton\nw1-0009-01,mutual_support\n"
    with pytest.raises(StudyErrors) as stopped:
        read_coding([coding_file(tmp_path, "ana", body)], SEGMENTS, codebook)
    assert [line.split(": ", 1)[0].rsplit(" ", 2)[-2:] for line in stopped.value.lines] == [
        ["row", "2"],
        ["row", "3"],
        ["row", "4"],
    ]
    assert "(did you mean 'skilled_facilitation'?)" in stopped.value.lines[1]


def test_a_workshop_gone_from_the_study_is_one_line_a_file_for_every_file_at_once(
    tmp_path: Path, codebook: Codebook
) -> None:
    """The second issue-22 trial removed a transcript: 20 lines and "7 more" for one coder's rows of it, and the
    next coder's file only on the next run."""
    from pipeline.errors import StudyErrors

    gone = "".join(f"w9-{turn:04d}-01,mutual_support\n" for turn in range(1, 31))
    ana = coding_file(tmp_path, "ana", "w1-0001-01,mutual_support\n" + gone)
    bo = coding_file(tmp_path, "bo", gone + "w1-0002-01,mutual_suport\n")
    with pytest.raises(StudyErrors) as stopped:
        read_coding([ana, bo], SEGMENTS, codebook)
    assert len(stopped.value.lines) == 3
    assert stopped.value.lines[0].endswith(
        "ana.csv: 30 row(s), from row 3, code segments of workshop 'w9', which is not in the study (its transcript "
        "removed or renamed?); delete those rows, or put the transcript back"
    )
    assert "bo.csv: 30 row(s), from row 2, code segments of workshop 'w9'" in stopped.value.lines[1]
    assert "bo.csv row 32: unknown code 'mutual_suport'" in stopped.value.lines[2]
