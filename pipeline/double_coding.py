"""Double coding: a blind sheet of segments for a second coder.

Takes ``segments.parquet``, the human coding files and the codebook; makes a reproducible sample of
segments as CSV and XLSX, with the previous turn for context and an empty code column, and never
the first coder's codes. The sample is drawn per workshop (the configured share of each, at least
one segment) from the segments exactly one coder has reviewed; before anyone has coded, from all
segments. The same inputs and seed always give the same sheet.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import read_coding
from pipeline.errors import run_stage
from pipeline.tables import among, spreadsheet_text, write_csv, write_xlsx

SHEET_COLUMNS = ("segment_id", "workshop_id", "speaker", "role", "previous_turn", "text", "code")


def population(segments: pd.DataFrame, coding: pd.DataFrame) -> pd.DataFrame:
    """The segments a second coder should see: reviewed by exactly one coder (all, if none yet)."""
    coders = coding.groupby("segment_id")["coder"].nunique()
    single = set(coders[coders == 1].index)
    if not single:
        return segments
    return segments[among(segments["segment_id"], single)]


def sample(segments: pd.DataFrame, coding: pd.DataFrame, share: float, seed: int) -> pd.DataFrame:
    """The sheet: a per-workshop random sample, in transcript order, with the previous turn as context."""
    rng = np.random.default_rng(seed)
    previous = segments.groupby("workshop_id")["text"].shift(1).fillna("")
    candidates = population(segments, coding).assign(previous_turn=previous)
    chosen = []
    for _, rows in candidates.groupby("workshop_id", sort=True):
        size = max(1, math.ceil(share * len(rows)))
        picked = np.sort(rng.choice(len(rows), size=min(size, len(rows)), replace=False))
        chosen.append(rows.iloc[picked])
    if not chosen:
        return pd.DataFrame(columns=list(SHEET_COLUMNS))
    sheet = pd.concat(chosen).assign(code="")
    for column in ("text", "previous_turn"):
        sheet[column] = sheet[column].map(spreadsheet_text)
    return sheet[list(SHEET_COLUMNS)].reset_index(drop=True)


def codebook_sheet(codebook: Codebook) -> pd.DataFrame:
    """The codes a coder may use, with the rules, for the workbook's second sheet."""
    return pd.DataFrame(
        [
            {
                "code": code.id,
                "label": code.label,
                "tension": code.tension or "",
                "brief": code.brief,
                "when_to_use": code.when_to_use,
                "when_not_to_use": code.when_not_to_use,
                "example": code.example,
            }
            for code in codebook.leaf_codes
        ]
    )


INSTRUCTIONS = (
    "This is the blind double-coding sample, for a second coder. A run writes this workbook again whenever the "
    "coding changes, so do not fill it here: make the coder's own workbook of these segments, with a drop-down per "
    "code, with python -m pipeline coding-sheet write --coder <coder id> --sample double-coding, and once it is "
    "filled bring it back with python -m pipeline coding-sheet read --coder <coder id> --sample double-coding. "
    "(Without the pipeline at hand, the code column here can be filled instead, one row per code, empty for no "
    "code, and the sheet saved as CSV UTF-8 named data/raw/coding/<coder id>.csv.)"
)


# a coder's workbook's column widths in characters (its text wraps): the segment wide enough to read in place
WIDTHS = {
    "text": 70,
    "previous_turn": 45,
    "evidence": 30,
    "nearest_coded": 45,
    "definition": 40,
    "label": 24,
    "code": 26,
    "brief": 45,
    "when_to_use": 50,
    "when_not_to_use": 50,
    "example": 50,
    "instructions": 110,
}


def write_coder_workbook(
    name: str,
    sheet: pd.DataFrame,
    codebook: Codebook,
    instructions: str,
    path: Path,
    choices: dict[str, Sequence[str]] | None = None,
) -> None:
    """A workbook for a coder: the sheet to fill, every code's definition and rules, and what to do. Long text
    wraps in wide columns; the code column offers the codebook's codes as a drop-down (a reference to the 'codes'
    sheet: a list written out would pass Excel's 255 characters), and ``choices`` others (a queue's decisions)."""
    codes = codebook_sheet(codebook)
    write_xlsx(
        {name: sheet, "codes": codes, "instructions": pd.DataFrame({"instructions": [instructions]})},
        path,
        choices={"code": f"=codes!$A$2:$A${len(codes) + 1}", **(choices or {})},
        widths=WIDTHS,
        sheets_with_choices=(name,),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.double_coding", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, required=True, help="the cleared segments (data/processed/segments.parquet)"
    )
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/*.csv)")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--share", type=float, required=True, help="share of each workshop's segments")
    parser.add_argument("--seed", type=int, required=True, help="random seed: the same seed draws the same again")
    parser.add_argument("--sheet", type=Path, required=True, help="output CSV")
    parser.add_argument("--workbook", type=Path, required=True, help="output XLSX (segments, codes, instructions)")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments)
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    sheet = sample(segments, coding, args.share, args.seed)
    write_csv(sheet, args.sheet)
    write_coder_workbook("segments", sheet, codebook, INSTRUCTIONS, args.workbook)
    print(f"double-coding sheet: {len(sheet)} segments from {sheet['workshop_id'].nunique()} workshops")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
