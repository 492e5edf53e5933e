"""Manual overrides: a researcher's corrections of the final codes, applied last.

``data/raw/overrides.csv`` has one row per correction: segment_id, code, action, coder, date, rationale, and the
fingerprint of the segment text the coder saw. ``add`` and ``remove`` decide one code of a segment; ``only`` decides
the whole segment: its ``only`` rows are exactly the codes it carries (one row with an empty code: read, and no code
applies). Precedence is human codes, then overrides, then the model: the model codes only segments no human
reviewed, and an override always wins over both. An override whose fingerprint no longer matches the segment's
text is stale: it is reported and not applied, because the text it judged has changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from pipeline.codebook import Codebook, load_codebook
from pipeline.errors import StudyError, did_you_mean, run_stage
from pipeline.tables import read_csv_table, spreadsheet_row, write_csv

OVERRIDE_COLUMNS = ("segment_id", "code", "action", "coder", "date", "rationale", "fingerprint")
ACTIONS = ("add", "remove", "only")
WHOLE = "only"  # the action that decides a whole segment (see the module's notes)


def empty_overrides() -> pd.DataFrame:
    """No overrides: the table ``read_overrides`` gives for a study without an overrides file."""
    return pd.DataFrame(columns=["row", *OVERRIDE_COLUMNS, "stale"]).astype({"stale": bool})


def read_overrides(path: Path, segments: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The override rows, checked; adds ``row`` (spreadsheet row) and ``stale`` columns."""
    table = read_csv_table(path, OVERRIDE_COLUMNS)
    fingerprints = dict(zip(segments["segment_id"], segments["fingerprint"], strict=True))
    leaf_ids = set(codebook.leaf_ids)
    first_row: dict[tuple[str, str], tuple[int, str]] = {}
    stale = []
    for index, row in table.iterrows():
        number = spreadsheet_row(int(str(index)))
        where = f"{path} row {number}"
        for column in ("segment_id", "code", "action", "coder", "rationale"):
            if not row[column] and not (column == "code" and row["action"] == WHOLE):
                raise StudyError(f"{where}: empty {column}; every override needs {', '.join(OVERRIDE_COLUMNS)}")
        if row["segment_id"] not in fingerprints:
            near = did_you_mean(row["segment_id"], fingerprints)
            raise StudyError(
                f"{where}: unknown segment '{row['segment_id']}'{near}; use an id from data/processed/segments.parquet"
            )
        if row["code"] and row["code"] not in leaf_ids:
            raise StudyError(
                f"{where}: unknown code '{row['code']}'{did_you_mean(row['code'], leaf_ids)}; use a theme or "
                "tension-pole id from config/codebook.yaml"
            )
        if row["action"] not in ACTIONS:
            raise StudyError(
                f"{where}: action '{row['action']}' must be 'add' or 'remove' (one code), or 'only' (the segment's "
                "codes are exactly its 'only' rows; one with an empty code for none)"
            )
        try:
            date.fromisoformat(row["date"])
        except ValueError:
            raise StudyError(f"{where}: date '{row['date']}' must be written YYYY-MM-DD") from None
        key = (row["segment_id"], row["code"])
        if key in first_row:
            other, action = first_row[key]
            verb = "contradicts" if action != row["action"] else "repeats"
            raise StudyError(
                f"{where} {verb} row {other} (segment '{key[0]}', code '{key[1]}'); keep one of the two rows"
            )
        first_row[key] = (number, row["action"])
        stale.append(row["fingerprint"] != fingerprints[row["segment_id"]])
    table.insert(0, "row", [spreadsheet_row(i) for i in range(len(table))])
    table["stale"] = stale
    check_whole_segments(table, path)
    # a segment's 'only' rows stand or fall together: one stale row leaves the others a partial list
    whole = table["action"] == WHOLE
    stale_segments = set(table.loc[whole & table["stale"], "segment_id"])
    table.loc[whole & table["segment_id"].isin(stale_segments), "stale"] = True
    return table


def check_whole_segments(table: pd.DataFrame, path: Path) -> None:
    """A segment decided whole ('only') is decided by its 'only' rows alone: an 'add' or 'remove' beside them, or
    an empty code beside a code, says two things at once; stop with both rows."""
    for segment, rows in table.groupby("segment_id", sort=False):
        whole, single = rows[rows["action"] == WHOLE], rows[rows["action"] != WHOLE]
        if whole.empty:
            continue
        if not single.empty:
            raise StudyError(
                f"{path} row {single['row'].iloc[0]}: '{single['action'].iloc[0]}' on segment '{segment}', which row "
                f"{whole['row'].iloc[0]} decides whole ('only'); keep the 'only' rows, or the one-code rows"
            )
        if (whole["code"] == "").any() and (whole["code"] != "").any():
            raise StudyError(
                f"{path} row {whole.loc[whole['code'] == '', 'row'].iloc[0]}: no code for segment '{segment}', "
                f"beside row {whole.loc[whole['code'] != '', 'row'].iloc[0]} giving it one; keep one of the two"
            )


def apply_overrides(codes: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Codes after the fresh (not stale) overrides: removals drop a code, additions set it, a segment decided
    whole ('only') carries exactly its rows' codes, none if its one row has no code."""
    fresh = overrides[~overrides["stale"]]
    keys = list(zip(fresh["segment_id"], fresh["code"], strict=True))
    overridden = pd.Series(list(zip(codes["segment_id"], codes["code"], strict=True))).isin(keys).to_numpy()
    whole = codes["segment_id"].isin(fresh.loc[fresh["action"] == WHOLE, "segment_id"]).to_numpy()
    kept = codes[~overridden & ~whole]
    added = fresh[(fresh["action"] == "add") | ((fresh["action"] == WHOLE) & (fresh["code"] != ""))]
    additions = pd.DataFrame(
        {
            "segment_id": added["segment_id"],
            "code": added["code"],
            "source": "override",
            "by": added["coder"],
            "probability": float("nan"),
        }
    )
    return pd.concat([kept, additions], ignore_index=True)


def override_row(
    segments: pd.DataFrame,
    codebook: Codebook,
    segment_id: str,
    code: str,
    action: str,
    coder: str,
    day: str,
    rationale: str,
) -> dict[str, str]:
    """A checked override row with the fingerprint of the segment's current text filled in."""
    match = segments[segments["segment_id"] == segment_id]
    if match.empty:
        near = did_you_mean(segment_id, segments["segment_id"].astype(str))
        raise StudyError(f"unknown segment '{segment_id}'{near}; use an id from data/processed/segments.parquet")
    if code not in codebook.leaf_ids and not (action == WHOLE and not code):
        raise StudyError(
            f"unknown code '{code}'{did_you_mean(code, codebook.leaf_ids, codebook.labels())}; use a theme or "
            "tension-pole id from config/codebook.yaml"
        )
    if not coder.strip() or not rationale.strip():
        raise StudyError("an override needs a coder and a rationale")
    try:
        date.fromisoformat(day)
    except ValueError:
        raise StudyError(f"date '{day}' must be written YYYY-MM-DD") from None
    return {
        "segment_id": segment_id,
        "code": code,
        "action": action,
        "coder": coder.strip(),
        "date": day,
        "rationale": rationale.strip(),
        "fingerprint": str(match.iloc[0]["fingerprint"]),
    }


def override_said(action: str, code: str) -> str:
    """What an override row does, in words: 'add leadership', 'only leadership', 'only (no code)' (an 'only' row with
    no code had printed "only  on", the code's place left empty)."""
    return f"{action} {code}" if code else f"{action} (no code)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.overrides",
        description="Append one override row to overrides.csv, filling the segment's text fingerprint.",
    )
    parser.add_argument(
        "--segments",
        type=Path,
        default=Path("data/processed/segments.parquet"),
        help="the cleared segments (data/processed/segments.parquet)",
    )
    parser.add_argument(
        "--codebook", type=Path, default=Path("config/codebook.yaml"), help="the codebook (config/codebook.yaml)"
    )
    parser.add_argument(
        "--overrides",
        type=Path,
        default=Path("data/raw/overrides.csv"),
        help="the overrides file (data/raw/overrides.csv)",
    )
    parser.add_argument("--segment", required=True, help="segment id")
    parser.add_argument("--code", default="", help="leaf code id (with --action only: leave out for 'no code')")
    parser.add_argument(
        "--action", choices=ACTIONS, required=True, help="what the override does to the segment's codes"
    )
    parser.add_argument("--coder", required=True, help="your coder id")
    parser.add_argument("--date", default=date.today().isoformat(), help="YYYY-MM-DD (default: today)")
    parser.add_argument("--rationale", required=True, help="why the code is added or removed, or the segment decided")
    parser.add_argument(
        "--project",
        type=Path,
        default=Path(),
        help="the study folder (default: here); --segments, --codebook and --overrides are read in it",
    )
    args = parser.parse_args(argv)
    # as coding-sheet and run take it: the third issue-22 trial had to cd into the study for this command alone
    args.segments, args.codebook, args.overrides = (args.project / path for path in (args.segments, args.codebook,
                                                                                     args.overrides))  # fmt: skip
    if not args.segments.is_file():
        raise StudyError(
            f"{args.segments}: not found; run the pipeline once so the segments exist, or give the study's folder "
            "with --project"
        )
    segments = pd.read_parquet(args.segments)
    codebook = load_codebook(args.codebook)
    row = override_row(segments, codebook, args.segment, args.code, args.action, args.coder, args.date, args.rationale)
    table = pd.DataFrame([row], columns=list(OVERRIDE_COLUMNS))
    if args.overrides.is_file():
        existing = read_overrides(args.overrides, segments, codebook)
        table = pd.concat([existing[list(OVERRIDE_COLUMNS)], table], ignore_index=True)
        if table.duplicated(["segment_id", "code"]).any():
            raise StudyError(
                f"{args.overrides}: segment '{args.segment}' already has an override for '{args.code}'; edit that row"
            )
    write_csv(table, args.overrides)
    count = f"{len(table)} override{'' if len(table) == 1 else 's'}"
    print(f"{args.overrides}: {override_said(args.action, args.code)} on {args.segment} ({count})")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
