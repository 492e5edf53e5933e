"""A coder's first-round workbook: written from the cleared segments, read back as the coder's coding file."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.coding_sheet import main
from pipeline.errors import StudyError

PROJECT = Path(__file__).resolve().parents[1]
SEGMENTS = pd.DataFrame(
    {
        "segment_id": [f"{w}-{i:04d}-01" for w in ("a", "b") for i in range(1, 5)],
        "workshop_id": ["a"] * 4 + ["b"] * 4,
        "speaker": ["F1", "P1", "P2", "P1"] * 2,
        "role": ["facilitator", "member", "member", "member"] * 2,
        "start": [0, 10, 20, 30] * 2,
        "text": [f"Turn {w}{i} about the group." for w in ("a", "b") for i in range(1, 5)],
    }
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    shutil.copy(PROJECT / "config" / "codebook.yaml", tmp_path / "config" / "codebook.yaml")
    (tmp_path / "data" / "processed").mkdir(parents=True)
    SEGMENTS.to_parquet(tmp_path / "data" / "processed" / "segments.parquet")
    (tmp_path / "data" / "raw" / "coding").mkdir(parents=True)
    return tmp_path


def fill(path: Path, marks: dict[tuple[str, str], str | None], extra_rows: int = 0) -> None:
    """Marks in the workbook's cells, by (segment_id, column), as a coder would type them."""
    book = load_workbook(path)
    sheet = book["segments"]
    header = [cell.value for cell in sheet[1]]
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    for (segment, column), value in marks.items():
        sheet.cell(rows[segment], header.index(column) + 1).value = value  # None empties the cell
    for _ in range(extra_rows):
        sheet.append([None] * len(header))
    book.save(path)


def test_the_sheet_lists_every_uncoded_segment_with_its_context_and_a_drop_down_per_code(study: Path) -> None:
    (study / "data/raw/coding/ana.csv").write_text("segment_id,code\na-0001-01,\n", encoding="utf-8")
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    book = load_workbook(study / "reports/coding/ana.xlsx")
    sheet = book["segments"]
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["segment_id", "workshop_id", "speaker", "role", "previous_turn", "text"]
    assert header[-1] == "no_code"
    assert "mutual_support" in header
    ids = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert ids == [*SEGMENTS["segment_id"][1:]]  # a-0001-01 is coded already
    assert sheet.cell(2, 5).value == "Turn a1 about the group."  # the previous turn, within the workshop
    assert sheet.cell(5, 5).value is None  # b's first turn has none
    validated = {str(v.sqref).split(":")[0][:-1] for v in sheet.data_validations.dataValidation}
    assert len(validated) == len(header) - 6  # every code column and no_code
    assert "codes" in book.sheetnames
    assert main(["write", "--coder", "bo", "--workshops", "b", "--project", str(study)]) == 0
    only_b = load_workbook(study / "reports/coding/bo.xlsx")["segments"]
    assert only_b.max_row == 5
    with pytest.raises(StudyError, match=r"workshop\(s\) B \(did you mean 'b'\?\), zz not in the segments"):
        main(["write", "--coder", "bo", "--workshops", "B", "zz", "--project", str(study)])
    with pytest.raises(StudyError, match=r"workshop\(s\) zz not in the segments"):
        main(["write", "--coder", "bo", "--workshops", "zz", "--project", str(study)])


def test_the_filled_sheet_becomes_the_coders_file_and_blank_rows_are_not_read(study: Path) -> None:
    coding = study / "data/raw/coding/ana.csv"
    coding.write_text("segment_id,code\nb-0004-01,mutual_support\n", encoding="utf-8")
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    workbook = study / "reports/coding/ana.xlsx"
    marks = {("a-0001-01", "no_code"): "x", ("a-0002-01", "mutual_support"): " X ",
             ("a-0002-01", "skilled_facilitation"): "x", ("b-0001-01", "mutual_support"): "x"}  # fmt: skip
    fill(workbook, marks, extra_rows=3)
    assert main(["read", "--coder", "ana", "--project", str(study)]) == 0
    table = pd.read_csv(coding, dtype=str, keep_default_na=False)
    assert table.values.tolist() == [
        ["a-0001-01", ""],
        ["a-0002-01", "mutual_support"],
        ["a-0002-01", "skilled_facilitation"],
        ["b-0001-01", "mutual_support"],
        ["b-0004-01", "mutual_support"],  # kept from before
    ]
    # read again after a change: the segment's rows are replaced, not added to
    fill(workbook, {("a-0002-01", "skilled_facilitation"): None})
    assert main(["read", "--coder", "ana", "--project", str(study)]) == 0
    again = pd.read_csv(coding, dtype=str, keep_default_na=False)
    assert again["segment_id"].tolist() == ["a-0001-01", "a-0002-01", "b-0001-01", "b-0004-01"]


@pytest.mark.parametrize(
    ("marks", "message"),
    [
        ({("a-0001-01", "mutual_support"): "yes"}, r"ana.xlsx row 2: 'yes' under mutual_support; put an x"),
        ({("a-0002-01", "mutual_support"): "x", ("a-0002-01", "no_code"): "x"}, r"row 3: no_code beside mutual_s"),
    ],
)
def test_a_mark_that_means_nothing_stops_with_its_row(
    study: Path, marks: dict[tuple[str, str], str], message: str
) -> None:
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    fill(study / "reports/coding/ana.xlsx", marks)
    with pytest.raises(StudyError, match=message):
        main(["read", "--coder", "ana", "--project", str(study)])
    assert not (study / "data/raw/coding/ana.csv").exists()


def test_a_renamed_code_column_or_an_unknown_segment_stops(study: Path) -> None:
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    workbook = study / "reports/coding/ana.xlsx"
    fill(workbook, {("a-0001-01", "mutual_support"): "x"})
    book = load_workbook(workbook)
    book["segments"].cell(2, 1, "zz-0001-01")
    book.save(workbook)
    with pytest.raises(StudyError, match=r"row 2: unknown segment 'zz-0001-01'"):
        main(["read", "--coder", "ana", "--project", str(study)])
    header = [cell.value for cell in book["segments"][1]]
    book["segments"].cell(1, header.index("mutual_support") + 1, "support")
    book.save(workbook)
    with pytest.raises(StudyError, match=r"missing column\(s\) mutual_support"):
        main(["read", "--coder", "ana", "--project", str(study)])


def test_writing_again_never_throws_away_marks_not_read_back(study: Path) -> None:
    """The issue-22 trial wrote a coder's workbook again before reading it back: its marks were gone, exit 0."""
    workbook = study / "reports/coding/ana.xlsx"
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    fill(workbook, {("a-0002-01", "mutual_support"): "x", ("a-0003-01", "no_code"): "x"})
    with pytest.raises(StudyError, match=r"ana.xlsx: marks on 2 segment\(s\) not read back yet.*coding-sheet read"):
        main(["write", "--coder", "ana", "--project", str(study)])
    marked = [
        c.value for row in load_workbook(workbook)["segments"].iter_rows(min_row=2) for c in row if c.value == "x"
    ]
    assert len(marked) == 2  # the workbook is as the coder left it
    # read back (the coder's id after the workbook's path, or before it), then a new workbook is made
    assert main(["read", "--coder", "ana", str(workbook), "--project", str(study)]) == 0
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    ids = [row[0].value for row in load_workbook(workbook)["segments"].iter_rows(min_row=2)]
    assert not {"a-0002-01", "a-0003-01"} & set(ids)
    # the read-back workbook is kept beside the new one, with all it held (a coder's notes column: the third
    # issue-22 trial's were written over)
    (kept,) = workbook.parent.glob("ana.before-*.xlsx")
    rows = load_workbook(kept)["segments"].iter_rows(min_row=2)
    assert len([cell.value for row in rows for cell in row if cell.value == "x"]) == 2


def test_what_reading_back_leaves_out_is_said_and_a_typed_date_reads_as_typed(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A notes column the coder added, and a row added below with text but no segment id, were dropped without a
    word; a date typed in a code cell was shown as '2026-03-12 00:00:00' (the issue-22 trial)."""
    import datetime

    workbook = study / "reports/coding/ana.xlsx"
    assert main(["write", "--coder", "ana", "--project", str(study)]) == 0
    book = load_workbook(workbook)
    sheet = book["segments"]
    notes = sheet.max_column + 1
    sheet.cell(1, notes).value = "notes"
    sheet.cell(2, notes).value = "unsure: sfs or lobbying?"
    sheet.cell(2, 7).value = "x"
    sheet.cell(4, notes).value = "come back to this one"  # a note, and no mark (the fifth issue-22 trial's)
    sheet.append(["", "", "", "", "", "a line the coder typed below the table"])
    book.save(workbook)
    assert main(["read", "--coder", "ana", "--project", str(study)]) == 0
    said = capsys.readouterr().out
    assert "column 'notes' (2 cell(s)) is not read: it stays in the workbook only" in said
    assert f"row(s) {sheet.max_row} have text but no segment_id and no mark: not read" in said
    assert f"row(s) 4 ({sheet.cell(4, 1).value}) have a note but no mark: not read yet" in said
    book = load_workbook(workbook)
    book["segments"].cell(3, 7).value = datetime.datetime(2026, 3, 12)
    book.save(workbook)
    with pytest.raises(StudyError, match=r"row 3: '2026-03-12' under"):
        main(["read", "--coder", "ana", "--project", str(study)])


def test_the_double_coding_and_audit_samples_come_back_the_same_way_as_the_first_round(study: Path) -> None:
    # the third issue-22 trial: the samples went back by a hand "Save As CSV", a third way to bring coding back
    with pytest.raises(StudyError, match=r"double_coding/sheet\.csv: not found; make it with a run .*run -- "):
        main(["write", "--coder", "bo", "--sample", "double-coding", "--project", str(study)])
    (study / "reports/double_coding").mkdir(parents=True)
    (study / "reports/double_coding/sheet.csv").write_text(
        "segment_id,workshop_id,code\na-0002-01,a,\nb-0003-01,b,\nb-0004-01,b,\n", encoding="utf-8"
    )
    (study / "data/raw/coding/bo.csv").write_text("segment_id,code\nb-0004-01,mutual_support\n", encoding="utf-8")
    assert main(["write", "--coder", "bo", "--sample", "double-coding", "--project", str(study)]) == 0
    workbook = study / "reports/coding/bo.double-coding.xlsx"
    book = load_workbook(workbook)
    rows = list(book["segments"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == ["a-0002-01", "b-0003-01"]  # bo's own b-0004-01 is not asked again
    assert rows[0][4] == "Turn a1 about the group."  # the previous turn, though a-0001-01 is not in the sample
    instructions = book["instructions"].cell(2, 1).value
    assert "blind" in instructions
    assert "read --coder bo --project" in instructions
    assert "--sample double-coding" in instructions
    fill(workbook, {("a-0002-01", "mutual_support"): "x", ("b-0003-01", "no_code"): "x"})
    assert main(["read", "--coder", "bo", "--sample", "double-coding", "--project", str(study)]) == 0
    assert (study / "data/raw/coding/bo.csv").read_text(encoding="utf-8").splitlines() == [
        "segment_id,code", "a-0002-01,mutual_support", "b-0003-01,", "b-0004-01,mutual_support"]  # fmt: skip
    assert not (study / "data/raw/audit").exists()

    # the audit: every sampled row, coded before or not, read back into data/raw/audit, never data/raw/coding
    (study / "reports/audit").mkdir(parents=True)
    (study / "reports/audit/audit_sample.csv").write_text(
        "segment_id,workshop_id,code\na-0002-01,a,\nb-0001-01,b,\n", encoding="utf-8"
    )
    assert main(["write", "--coder", "bo", "--sample", "audit", "--project", str(study)]) == 0
    audit_book = study / "reports/coding/bo.audit.xlsx"
    assert [row[0] for row in load_workbook(audit_book)["segments"].iter_rows(min_row=2, values_only=True)] == [
        "a-0002-01", "b-0001-01"]  # fmt: skip
    assert "never train the model" in load_workbook(audit_book)["instructions"].cell(2, 1).value
    fill(audit_book, {("a-0002-01", "skilled_facilitation"): "x", ("b-0001-01", "no_code"): "x"})
    # read back as another sample's, its codes would land in data/raw/coding and train the model: the fourth
    # issue-22 trial's audit codes did, with the workbook's path given and no --sample
    # nor as another coder's: the fifth trial read coder_a's first round as coder_b's double coding
    with pytest.raises(
        StudyError, match=r"written for coder bo, read back as --coder cy; read it back with --coder bo"
    ):
        main(["read", "--coder", "cy", str(audit_book), "--sample", "audit", "--project", str(study)])
    for wrong in ([], ["--sample", "double-coding"]):
        with pytest.raises(
            StudyError, match=r"written for --sample audit, read back with --sample .*data/raw/audit/bo"
        ):
            main(["read", "--coder", "bo", str(audit_book), *wrong, "--project", str(study)])
    with pytest.raises(
        StudyError, match=r"not read back yet.*coding-sheet read --coder bo --project .* --sample audit"
    ):
        main(["write", "--coder", "bo", "--sample", "audit", "--project", str(study)])
    (study / "reports/audit/audit_sample.csv").write_text(
        "segment_id,workshop_id,code\na-0002-01,a,\n", encoding="utf-8"
    )
    with pytest.raises(StudyError, match=r"segment 'b-0001-01' \(1 in all\) is not in the sample"):
        main(["read", "--coder", "bo", "--sample", "audit", "--project", str(study)])
    (study / "reports/audit/audit_sample.csv").write_text(
        "segment_id,workshop_id,code\na-0002-01,a,\nb-0001-01,b,\n", encoding="utf-8"
    )
    assert main(["read", "--coder", "bo", "--sample", "audit", "--project", str(study)]) == 0
    assert (study / "data/raw/audit/bo.csv").read_text(encoding="utf-8").splitlines() == [
        "segment_id,code", "a-0002-01,skilled_facilitation", "b-0001-01,"]  # fmt: skip
    assert "skilled_facilitation" not in (study / "data/raw/coding/bo.csv").read_text(encoding="utf-8")
    with pytest.raises(StudyError, match=r"reports/coding/cy\.audit\.xlsx: not found; or write it first"):
        main(["read", "--coder", "cy", "--sample", "audit", "--project", str(study)])
    shutil.copy(audit_book, study / "reports/coding/cy.audit.xlsx")  # a filled one is there: named, with its --sample
    with pytest.raises(StudyError, match=r"cy\.xlsx: not found; cy has cy\.audit\.xlsx \(--sample audit\): give"):
        main(["read", "--coder", "cy", "--project", str(study)])
