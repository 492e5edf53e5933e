import datetime
import time
import types
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.codebook import Codebook
from pipeline.double_coding import main, sample

SEGMENTS = pd.DataFrame(
    {
        "segment_id": [f"{w}-{i:04d}-01" for w in ("a", "b") for i in range(1, 21)],
        "workshop_id": ["a"] * 20 + ["b"] * 20,
        "speaker": "P1",
        "role": "member",
        "text": [f"Segment {w}{i} about the group." for w in ("a", "b") for i in range(1, 21)],
    }
)
SEGMENTS.loc[3, "text"] = '=HYPERLINK("http://example.invalid", "click")'


def coding_of(coders: dict[str, list[str]]) -> pd.DataFrame:
    rows = [(coder, segment, "mutual_support") for coder, segments in coders.items() for segment in segments]
    return pd.DataFrame(rows, columns=["coder", "segment_id", "code"])


def test_same_seed_same_sheet_other_seed_other_sheet() -> None:
    coding = coding_of({"ana": list(SEGMENTS["segment_id"])})
    first = sample(SEGMENTS, coding, 0.25, seed=1)
    assert first.equals(sample(SEGMENTS, coding, 0.25, seed=1))
    assert not first["segment_id"].equals(sample(SEGMENTS, coding, 0.25, seed=2)["segment_id"])
    assert first.groupby("workshop_id").size().to_dict() == {"a": 5, "b": 5}


def test_only_singly_coded_segments_and_never_the_first_coders_codes() -> None:
    coding = coding_of({"ana": list(SEGMENTS["segment_id"]), "bo": list(SEGMENTS["segment_id"][:30])})
    sheet = sample(SEGMENTS, coding, 1.0, seed=1)
    assert set(sheet["segment_id"]) == set(SEGMENTS["segment_id"][30:])  # the rest are double-coded already
    assert (sheet["code"] == "").all()
    assert "mutual_support" not in sheet.to_csv()


def test_previous_turn_for_context_within_the_workshop() -> None:
    sheet = sample(SEGMENTS, coding_of({}), 1.0, seed=1).set_index("segment_id")
    assert sheet.loc["a-0002-01", "previous_turn"] == "Segment a1 about the group."
    assert sheet.loc["b-0001-01", "previous_turn"] == ""  # not the last turn of workshop a


def test_at_least_one_segment_per_workshop() -> None:
    sheet = sample(SEGMENTS, coding_of({}), 0.001, seed=1)
    assert sheet.groupby("workshop_id").size().to_dict() == {"a": 1, "b": 1}


def test_main_writes_csv_and_workbook_with_formulas_as_text(
    tmp_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    segments = tmp_path / "segments.parquet"
    SEGMENTS.to_parquet(segments)
    project = Path(__file__).resolve().parents[1]
    argv = ["--segments", str(segments), "--codebook", str(project / "config/codebook.yaml"), "--share", "1"]
    argv += ["--seed", "3", "--sheet", str(tmp_path / "sheet.csv"), "--workbook", str(tmp_path / "sheet.xlsx")]
    assert main(argv) == 0
    csv = pd.read_csv(tmp_path / "sheet.csv", keep_default_na=False)
    assert len(csv) == 40
    assert csv.loc[3, "text"].startswith("'=HYPERLINK")
    workbook = load_workbook(tmp_path / "sheet.xlsx")
    assert workbook.sheetnames == ["segments", "codes", "instructions"]
    cell = workbook["segments"]["F5"]
    assert cell.data_type == "s"
    assert [row[0].value for row in workbook["codes"].iter_rows(min_row=2)] == list(codebook.leaf_ids)
    first = (tmp_path / "sheet.xlsx").read_bytes()
    # the second save a year later, by the clocks openpyxl and zipfile read: a workbook stamped with its save time
    # would differ (deterministic, where a sleep of 1.1 s waited for the clock: issue 23)
    later = time.time() + 365 * 86400
    monkeypatch.setattr(time, "time", lambda: later)

    class Later(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> datetime.datetime:
            return cls.fromtimestamp(later, tz)

    clock = types.SimpleNamespace(datetime=Later, timezone=datetime.timezone)
    monkeypatch.setattr("openpyxl.writer.excel.datetime", clock)
    monkeypatch.setattr("openpyxl.packaging.core.datetime", clock)
    assert main(argv) == 0
    assert (tmp_path / "sheet.xlsx").read_bytes() == first  # byte-stable, like every other output


def test_a_coders_workbook_can_be_filled_without_instructions(tmp_path: Path, codebook: Codebook) -> None:
    """The issue-22 trial's workbooks had default widths, no wrapping and no drop-downs, and the queue's decision
    was its 16th column. The segment wraps in a wide column, the header is bold and stays, the code is picked
    from the codebook's codes (a reference to the 'codes' sheet: a list written out passes Excel's 255
    characters) and a queue's decision from its three."""
    from pipeline.double_coding import write_coder_workbook
    from pipeline.review import QUEUE_COLUMNS

    assert QUEUE_COLUMNS[:3] == ("rank", "decision", "code")
    queue = pd.DataFrame([dict.fromkeys(QUEUE_COLUMNS, "") | {"text": "The tea. " * 40}])
    path = tmp_path / "queue.xlsx"
    write_coder_workbook("queue", queue, codebook, "Decide.", path, {"decision": ("accept", "reject", "add")})
    sheet = load_workbook(path)["queue"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    text = QUEUE_COLUMNS.index("text") + 1
    assert sheet.column_dimensions[sheet.cell(1, text).column_letter].width == 70
    assert sheet.cell(2, text).alignment.wrap_text
    offered = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert offered == {"B2": '"accept,reject,add"', "C2": f"codes!$A$2:$A${len(codebook.leaf_codes) + 1}"}
    assert not load_workbook(path)["codes"].data_validations.dataValidation  # the codes sheet is read, not filled
