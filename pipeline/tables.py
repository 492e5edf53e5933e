"""Reading the researcher's CSV tables and writing the pipeline's own, reproducibly.

Researchers edit CSVs in spreadsheets, so reading is strict about columns and reports problems by
file and row (row 2 is the first data row, as a spreadsheet shows it). Writing is byte-stable:
the same table always gives the same file.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from pipeline.errors import StudyError

STAKEHOLDERS = ("members", "facilitators", "commissioners", "mixed")


def spreadsheet_row(index: int) -> int:
    """The row number a spreadsheet shows for a 0-based data row (the header is row 1)."""
    return index + 2


def read_csv_table(path: Path, required: Sequence[str]) -> pd.DataFrame:
    """Read a CSV of strings, checking the required columns are there."""
    if not path.is_file():
        raise StudyError(f"{path}: file not found")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise StudyError(f"{path}: cannot read as UTF-8 CSV ({error}); save it as CSV UTF-8") from None
    except pd.errors.EmptyDataError:
        raise StudyError(f"{path}: the file is empty; it needs a header row: {', '.join(required)}") from None
    table.columns = [str(column).strip() for column in table.columns]
    missing = [column for column in required if column not in table.columns]
    if missing:
        hint = ""
        if len(table.columns) == 1 and ";" in str(table.columns[0]):  # Excel in a comma-decimal locale
            hint = " (the columns are separated by semicolons: save it as CSV with commas)"
        raise StudyError(
            f"{path}: missing column(s) {', '.join(missing)}; the header row must have {', '.join(required)}{hint}"
        )
    for column in required:
        table[column] = table[column].str.strip()
    return table


def among(values: pd.Series, allowed: Iterable[Any]) -> pd.Series:
    """``values.isin(allowed)``, by a hash table: pandas' ``isin`` on Arrow strings builds a pyarrow scalar
    for every allowed value (0.4 s for the 18,000 segment ids of a hundred workshops, per call)."""
    return values.astype(object).isin(allowed if isinstance(allowed, (set, frozenset)) else list(allowed))


def read_segments(paths: Sequence[Path]) -> pd.DataFrame:
    """Segments from one Parquet table or several (one per shard), concatenated in the order given."""
    return pd.concat([pd.read_parquet(path) for path in paths], ignore_index=True)


# what a study without groups, stakeholders or dates gets: one group, a mixed workshop, no date
WORKSHOP_DEFAULTS = {"group": "all workshops", "stakeholder": "mixed", "date": ""}


def read_workshops(path: Path) -> pd.DataFrame:
    """``workshops.csv``: one row per workshop with its group, stakeholder kind and date. Only workshop_id is
    required: a study of one group (a usability study, a single service) leaves the group column out, and its
    report draws no by-group figure; a study with no stakeholder kinds or dates leaves those out."""
    table = read_csv_table(path, ("workshop_id",))
    for column, value in WORKSHOP_DEFAULTS.items():
        if column not in table.columns:
            table[column] = value
    table["workshop_id"] = table["workshop_id"].map(lambda value: unicodedata.normalize("NFC", value))  # as file names
    for index, row in table.iterrows():
        where = f"{path} row {spreadsheet_row(int(str(index)))}"
        if not row["workshop_id"]:
            raise StudyError(f"{where}: empty workshop_id; give the transcript's file name without extension")
        if not row["group"]:
            raise StudyError(
                f"{where}: empty group for workshop '{row['workshop_id']}'; give its group, or delete the group "
                "column in a study of one group"
            )
        # who the workshop was for, in the study's own words: the seed study's four kinds, or a study's own (the
        # fourteenth issue-18 trial's carers' strand was refused, though its speakers' role "carer" was taken)
        if not str(row["stakeholder"]).strip():
            raise StudyError(
                f"{where}: empty stakeholder for workshop '{row['workshop_id']}'; say who it was for "
                f"({', '.join(STAKEHOLDERS)}, or the study's own word, such as carers), or delete the stakeholder "
                "column in a study without kinds of workshop"
            )
    duplicated = table[table["workshop_id"].duplicated()]
    if len(duplicated):
        index = int(duplicated.index[0])
        raise StudyError(
            f"{path} row {spreadsheet_row(index)}: workshop '{duplicated.iloc[0]['workshop_id']}' "
            "is listed twice; keep one row per workshop"
        )
    return table


@contextmanager
def atomic(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only once fully written.

    A run killed mid-write leaves the old file or none, never half of a new one that a rerun would
    trust.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def holds_text(column: pd.Series) -> bool:
    """A column of text (object or pandas' string dtype), whose cells a spreadsheet might take for formulas."""
    return column.dtype == object or str(column.dtype) == "str"


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """Write a CSV byte for byte the same for the same table (fixed float format, LF endings). A text cell a
    spreadsheet would run as a formula (a group named "=SUM(...)" in workshops.csv) is written with a leading
    apostrophe (see ``spreadsheet_text``); ``read_table`` takes it off again."""
    text_columns = [column for column in table.columns if holds_text(table[column])]
    if text_columns:
        table = table.assign(
            **{
                column: table[column].map(lambda v: spreadsheet_text(v) if isinstance(v, str) else v)
                for column in text_columns
            }
        )
    with atomic(path) as partial:
        table.to_csv(partial, index=False, lineterminator="\n", float_format="%.6g")


def read_table(path: Path) -> pd.DataFrame:
    """A table this package wrote with ``write_csv``, its text cells as they were (the apostrophe that keeps a
    spreadsheet from running them taken off)."""
    table = pd.read_csv(path)
    for column in table.columns:
        if holds_text(table[column]):
            table[column] = table[column].map(
                lambda v: v[1:] if isinstance(v, str) and v.startswith("'") and v[1:2] in FORMULA_CHARACTERS else v
            )
    return table


def write_parquet(table: pd.DataFrame, path: Path) -> None:
    """Write a Parquet file without the index, so equal tables give equal bytes."""
    with atomic(path) as partial:
        table.reset_index(drop=True).to_parquet(partial, index=False, engine="pyarrow")


def write_text(text: str, path: Path) -> None:
    """Write UTF-8 text with LF line endings, atomically."""
    with atomic(path) as partial:
        partial.write_text(text, encoding="utf-8", newline="\n")


def paths_by_stem(paths: Sequence[Path], stems: Sequence[str], suffix: str) -> dict[str, Path]:
    """Map each expected file stem to its path among ``paths`` (Snakemake passes explicit lists)."""
    found = {path.stem: path for path in paths if path.suffix == suffix}
    missing = [stem for stem in stems if stem not in found]
    if missing:
        raise StudyError(f"expected {suffix} files named {', '.join(missing)} among the paths given")
    return {stem: found[stem] for stem in stems}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_CHARACTERS = set("".join(FORMULA_STARTS))


def spreadsheet_text(text: str) -> str:
    """Text that a spreadsheet shows as text: a leading = + - @ would start a formula (OWASP)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_stable_zip(entries: dict[str, bytes], path: Path) -> None:
    """A zip archive whose bytes depend only on its entries: sorted names, a fixed timestamp."""
    with atomic(path) as partial, zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            stable_zip_entry(archive, name, io.BytesIO(entries[name]), len(entries[name]))


def stable_zip_entry(archive: zipfile.ZipFile, name: str, data: BinaryIO, size: int) -> None:
    """One entry of a stable zip, copied from ``data`` (``size`` bytes) in chunks: the same bytes as
    ``writestr`` of the whole content, without holding it in memory."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size = size  # as writestr sets it: it decides whether the entry needs ZIP64 fields
    with archive.open(info, mode="w") as entry:
        shutil.copyfileobj(data, entry, 1 << 20)


def write_xlsx(
    sheets: dict[str, pd.DataFrame],
    path: Path,
    choices: dict[str, Sequence[str] | str] | None = None,
    widths: dict[str, int] | None = None,
    sheets_with_choices: Sequence[str] | None = None,
) -> None:
    """An Excel workbook, one sheet per table, text cells stored as text (never a formula), byte-stable.

    ``choices`` gives a column (by name, in any sheet, or in ``sheets_with_choices`` only) a drop-down list of the
    values it may hold, so a decision is picked rather than typed: the values, or a reference to a range that holds
    them ("=codes!$A$2:$A$17"); ``widths`` sets a column's width in characters, and such a column's text wraps. Any
    other column is as wide as its heading or most of its cells, up to ``WIDEST`` characters, and wraps beyond that
    (the issue-22 trial found the disagreement and framework workbooks at Excel's default width, unwrapped); a
    heading longer than its column's width is turned upright ("needin" was all a coder saw of needing_ground_rules).
    The header row is bold and stays in view.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    workbook.properties.created = workbook.properties.modified = datetime(2000, 1, 1)
    workbook.remove(workbook.active)
    for name, table in sheets.items():
        worksheet = workbook.create_sheet(name)
        worksheet.append([str(column) for column in table.columns])
        for values in table.itertuples(index=False):
            worksheet.append([None if pd.isna(value) else value for value in values])
        for row in worksheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        worksheet.freeze_panes = "A2"
        for (cell,) in worksheet.iter_cols(min_row=1, max_row=1):
            cell.font = Font(bold=True)
        offered = choices if sheets_with_choices is None or name in sheets_with_choices else None
        upright = 0  # the longest heading turned upright: the header row is made tall enough to show it whole
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            width, wrap = (widths[column], True) if widths and column in widths else fitted_width(table[column])
            worksheet.column_dimensions[letter].width = width
            if len(str(column)) > width:
                worksheet.cell(1, index).alignment = Alignment(text_rotation=90, vertical="bottom")
                upright = max(upright, len(str(column)))
            if wrap:
                for (cell,) in worksheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            if offered and column in offered and len(table):
                allowed = offered[column]
                listed = allowed.removeprefix("=") if isinstance(allowed, str) else '"' + ",".join(allowed) + '"'
                # a value off the list is warned of, not refused: the reading back is what is strict, and tolerant of
                # "X " (the fourth issue-22 trial found any value passed without a word)
                validation = DataValidation(
                    type="list", formula1=listed, allow_blank=True, showErrorMessage=True, errorStyle="warning"
                )
                shown = "the list" if isinstance(allowed, str) else ", ".join(allowed)
                validation.error = f"Pick one of: {shown}"
                validation.add(f"{letter}2:{letter}{len(table) + 1}")
                worksheet.add_data_validation(validation)
        if upright:
            # points: about 6.5 a character of a bold 11-point heading, upright (the fourth issue-22 trial's code
            # headings were cut off at the row's default height)
            worksheet.row_dimensions[1].height = min(409, 6.5 * upright + 8)
    buffer = io.BytesIO()
    workbook.save(buffer)
    archive = zipfile.ZipFile(buffer)
    entries = {name: archive.read(name) for name in archive.namelist()}
    # openpyxl stamps the save time as "modified" whatever the properties say
    entries["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>2000-01-01T00:00:00Z\g<2>",
        entries["docProps/core.xml"],
    )
    write_stable_zip(entries, path)


WIDEST = 60  # characters: a column of longer text wraps at this width


def fitted_width(column: pd.Series) -> tuple[int, bool]:
    """A column's width in characters, from its heading and nine in ten of its cells (the first 500), and whether
    its text wraps (where cells are longer than ``WIDEST``)."""
    lengths = column.head(500).map(lambda value: 0 if pd.isna(value) else len(str(value)))
    typical = int(lengths.quantile(0.9)) if len(lengths) else 0
    longest = int(lengths.max()) if len(lengths) else 0
    width = min(max(len(str(column.name)), typical, 6) + 2, WIDEST)
    return width, longest > width


def cell_text(cell: object) -> str:
    """A workbook cell as the person who typed it sees it: a date Excel or LibreOffice made of what was typed as
    its date ("2026-03-12", not Python's "2026-03-12 00:00:00"), anything else as its text, stripped."""
    if cell is None:
        return ""
    if isinstance(cell, datetime) and (cell.hour, cell.minute, cell.second, cell.microsecond) == (0, 0, 0, 0):
        return cell.date().isoformat()
    return str(cell).strip()


def read_sheet(path: Path, sheet: str, required: Sequence[str]) -> pd.DataFrame:
    """A table the researcher filled in, as strings, from its CSV or from the workbook's ``sheet``; row 2
    is the first data row either way."""
    if path.suffix.lower() != ".xlsx":
        return read_csv_table(path, required)
    from openpyxl import load_workbook

    if not path.is_file():
        raise StudyError(f"{path}: file not found")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several types for a damaged workbook
        raise StudyError(f"{path}: not a readable .xlsx workbook ({type(error).__name__}); save it again") from None
    if sheet not in workbook.sheetnames:
        raise StudyError(f"{path}: no sheet named '{sheet}'; read back the workbook the pipeline wrote")
    values = [[cell_text(cell) for cell in row] for row in workbook[sheet].iter_rows(values_only=True)]
    workbook.close()
    if not values:
        raise StudyError(f"{path}: the '{sheet}' sheet is empty")
    header, body = values[0], values[1:]
    missing = [column for column in required if column not in header]
    if missing:
        raise StudyError(f"{path}: missing column(s) {', '.join(missing)}; keep the columns {', '.join(required)}")
    return pd.DataFrame(body, columns=header, dtype=str)
