"""``pipeline.tables``: the workbooks a researcher fills or reads, and the reading back of a filled sheet."""

import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook, load_workbook

from pipeline.tables import WIDEST, read_sheet, write_xlsx


def test_every_column_is_as_wide_as_its_text_and_a_long_heading_stands_upright(tmp_path: Path) -> None:
    """The issue-22 trial: the disagreement and framework workbooks at Excel's default width, unwrapped, and a
    first-round sheet whose six-wide code columns showed "needin" of needing_ground_rules."""
    table = pd.DataFrame(
        {
            "segment_id": ["hv01-0012-01", "hv01-0013-01"],
            "text": ["A long turn about the group. " * 10, "Short."],
            "needing_ground_rules": ["x", ""],
        }
    )
    path = tmp_path / "book.xlsx"
    write_xlsx({"segments": table}, path, widths={"needing_ground_rules": 6})
    sheet = load_workbook(path)["segments"]
    assert sheet.column_dimensions["A"].width == len("hv01-0012-01") + 2
    assert sheet.column_dimensions["B"].width == WIDEST
    assert sheet.cell(2, 2).alignment.wrap_text  # longer than the widest column: it wraps
    assert not sheet.cell(2, 1).alignment.wrap_text
    assert sheet.column_dimensions["C"].width == 6
    assert sheet.cell(1, 3).alignment.text_rotation == 90
    assert sheet.cell(1, 1).alignment.text_rotation == 0
    # the header row tall enough for the upright heading: at the default height it was cut off (fourth trial)
    assert sheet.row_dimensions[1].height >= 6 * len("needing_ground_rules")
    assert sheet.freeze_panes == "A2"


def test_a_date_a_spreadsheet_made_of_what_was_typed_reads_back_as_typed(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "segments"
    sheet.append(["segment_id", "note"])
    sheet.append(["hv01-0012-01", datetime.datetime(2026, 3, 12)])
    sheet.append(["hv01-0013-01", datetime.datetime(2026, 3, 12, 9, 30)])
    book.save(tmp_path / "filled.xlsx")
    read = read_sheet(tmp_path / "filled.xlsx", "segments", ["segment_id"])
    assert read["note"].tolist() == ["2026-03-12", "2026-03-12 09:30:00"]
