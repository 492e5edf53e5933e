"""The audit sample: a random sample of segments for a coder who does not see the model's codes.

Takes the cleared ``segments.parquet`` and the codebook; writes ``reports/audit/audit_sample.csv`` and a
workbook to code it in. The sample is random, so its human codes can correct the model's counts
(``pipeline.estimates``): the segments coders picked to train the model cannot, since they were chosen.

Stratified by workshop with proportional allocation (each workshop gives its share of ``size``, the
remainders going to the largest fractions), so every workshop is represented as it is in the study. Within a
workshop the segments with the smallest keys are taken, a key being the SHA-256 of the seed and the segment
id: the same study and seed give the same sample, and adding a workshop leaves most of the sample as it was.

The coder saves the filled sheet as ``data/raw/audit/<coder>.csv`` (segment_id, code; an empty code for a
segment with no code). ``read_audit`` reads it back and refuses segments outside the sample, which would no
longer be a random sample.
"""

from __future__ import annotations

import argparse
import hashlib
import math
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from pipeline.codebook import load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.double_coding import SHEET_COLUMNS, write_coder_workbook
from pipeline.errors import StudyError, run_stage
from pipeline.tables import among, spreadsheet_text, write_csv

INSTRUCTIONS = (
    "This is the audit sample: segments drawn at random, to check how far the model's counts can be trusted. "
    "Each segment is coded from its text and the codebook alone, without looking at the model's codes or anyone "
    "else's coding, including segments coded before. A run writes this workbook again when the segments change, so "
    "do not fill it here: make the coder's own workbook of these segments, with a drop-down per code, with python "
    "-m pipeline coding-sheet write --coder <coder id> --sample audit, and once every row is read, bring it back "
    "with python -m pipeline coding-sheet read --coder <coder id> --sample audit (it writes data/raw/audit/<coder "
    "id>.csv, which never trains the model), and rerun. (Without the pipeline at hand, the code column here can be "
    "filled instead, one row per code, empty for no code, and the sheet saved as CSV UTF-8 named "
    "data/raw/audit/<coder id>.csv.)"
)


def allocation(sizes: pd.Series, total: int) -> pd.Series:
    """Each workshop's number of audited segments: its share of ``total``, largest remainders rounded up."""
    total = min(total, int(sizes.sum()))
    exact = sizes / sizes.sum() * total
    counts = exact.apply(math.floor).astype(int)
    left = total - int(counts.sum())
    # ties broken by workshop id, so the allocation does not depend on the order workshops were read in
    remainders = (
        (exact - counts)
        .rename("remainder")
        .reset_index()
        .sort_values(["remainder", "workshop_id"], ascending=[False, True])
    )
    for workshop_id in remainders["workshop_id"].head(left):
        counts[workshop_id] += 1
    return counts


def draw(segments: pd.DataFrame, size: int, seed: int) -> pd.DataFrame:
    """The audit sample, in transcript order, with the previous turn for context and an empty code column."""
    previous = segments.groupby("workshop_id")["text"].shift(1).fillna("")
    table = segments.assign(previous_turn=previous)
    # the first eight bytes of the digest as a number: random, reproducible, independent of row order
    key = table["segment_id"].map(
        lambda segment_id: int.from_bytes(hashlib.sha256(f"{seed}\x1f{segment_id}".encode()).digest()[:8], "big")
    )
    table = table.assign(_key=key)
    counts = allocation(table.groupby("workshop_id").size(), size)
    chosen = [rows.nsmallest(int(counts[key]), "_key") for key, rows in table.groupby("workshop_id", sort=True)]
    sample = pd.concat(chosen) if chosen else table.iloc[0:0]
    sample = table.loc[sorted(sample.index)].drop(columns="_key").assign(code="")
    for column in ("text", "previous_turn"):
        sample[column] = sample[column].map(spreadsheet_text)
    return sample[list(SHEET_COLUMNS)].reset_index(drop=True)


def read_audit(paths: Sequence[Path], sample: pd.DataFrame, segment_ids: set[str], codebook_path: Path) -> pd.DataFrame:
    """The audit sample's human decisions (segment_id, code; "" for coded with no code): each coding file
    checked like any coder's and against the sample, and where several coders audited a segment, the codes
    at least half of them applied."""
    codebook = load_codebook(codebook_path)
    coding = read_coding(list(paths), segment_ids, codebook)
    in_sample = set(sample["segment_id"])
    for path in paths:
        theirs = coding[coding["coder"] == path.stem.strip()]
        outside = theirs[~among(theirs["segment_id"], in_sample)]
        if len(outside):
            raise StudyError(
                f"{path}: segment '{outside.iloc[0]['segment_id']}' is not in the audit sample; code only the rows "
                "of reports/audit/audit_sample.csv (other segments go in data/raw/coding/, where they train the model)"
            )
    reviewed, agreed = consensus(coding, 0.5)
    coded = set(agreed["segment_id"])
    empty = pd.DataFrame({"segment_id": [s for s in reviewed if s not in coded], "code": ""})
    return pd.concat([agreed[["segment_id", "code"]], empty], ignore_index=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.audit", description=__doc__)
    parser.add_argument("--segments", type=Path, required=True, help="cleared segments.parquet")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--size", type=int, required=True, help="segments in the sample (audit.size)")
    parser.add_argument("--seed", type=int, required=True, help="random seed: the same seed draws the same again")
    parser.add_argument("--sheet", type=Path, required=True, help="output CSV")
    parser.add_argument("--workbook", type=Path, required=True, help="output XLSX (audit, codes, instructions)")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments)
    sample = draw(segments, args.size, args.seed)
    write_csv(sample, args.sheet)
    write_coder_workbook("audit", sample, codebook, INSTRUCTIONS, args.workbook)
    print(f"audit sample: {len(sample)} of {len(segments)} segments, from {sample['workshop_id'].nunique()} workshops")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
