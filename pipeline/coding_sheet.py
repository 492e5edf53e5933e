"""A coder's workbook of segments to code, and its reading back as that coder's coding file: the one way coding
comes back into a study, for the first round, the double-coding sample and the audit sample alike.

    python -m pipeline coding-sheet write --coder coder_a [--workshops wg01 hv01]
    python -m pipeline coding-sheet read --coder coder_a [reports/coding/coder_a.xlsx]
    python -m pipeline coding-sheet write --coder coder_b --sample double-coding   (then read, with the same options)
    python -m pipeline coding-sheet write --coder coder_c --sample audit

``write`` makes ``reports/coding/<coder>.xlsx`` from the cleared segments (``data/processed/segments.parquet``,
so the first run must have passed the anonymity gate): one row per segment the coder has not coded yet, in
transcript order, with the speaker, the role and the previous turn beside it, and one column per code of the
codebook with a drop-down of ``x``, then a ``no_code`` column for "read, and no code applies". The codebook's
rules are on a second sheet. A segment whose row is left blank is not read yet; the coder can stop anywhere.

``read`` turns the filled workbook into ``data/raw/coding/<coder>.csv`` (``segment_id,code``; an empty code for
"reviewed, no code"), the file every stage reads: each marked row replaces that segment's rows in the file and
the rest of the file is kept, so a sheet can be read back more than once. It is strict on meaning (an unknown
segment, a mark other than ``x``, ``no_code`` beside a code, a renamed code column: each stops with its row) and
tolerant of what a spreadsheet program does to a file (``X``, spaces, rows added below with nothing in them).

``--sample double-coding`` gives the coder the rows of the blind double-coding sample
(``reports/double_coding/sheet.csv``) in ``reports/coding/<coder>.double-coding.xlsx``, read back into the same
coding file; ``--sample audit`` the rows of the audit sample (``reports/audit/audit_sample.csv``) in
``reports/coding/<coder>.audit.xlsx``, read back into ``data/raw/audit/<coder>.csv``, which never trains the model.
Both samples are written by a run; the workbook is the coder's own, so a run never writes over it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import read_coding
from pipeline.double_coding import codebook_sheet
from pipeline.errors import StudyError, did_you_mean, run_stage
from pipeline.freshness import kept_copy
from pipeline.tables import read_sheet, spreadsheet_text, write_csv, write_xlsx

SHEET = "segments"
CONTEXT_COLUMNS = ("segment_id", "workshop_id", "speaker", "role", "previous_turn", "text")
NO_CODE = "no_code"
MARK = "x"
INSTRUCTIONS = (
    "Read each segment (the previous turn is there for context) and put an x in the column of every code that "
    "applies; the rules of each code are on the 'codes' sheet. If you read a segment and no code applies, put an "
    "x in no_code, so that it counts as read. Leave a row blank if you have not read it yet: you can stop anywhere "
    "and read the sheet back, and code the rest later. Do not change the segment_id column or the code columns' "
    "headings. When done, save the workbook and run: python -m pipeline coding-sheet read --coder {coder}{options}"
)


@dataclass(frozen=True)
class Sample:
    """Which segments a coder's workbook holds, where it is read back to, and what the coder must know."""

    sheet: str | None  # the run's sample of segment ids (None: every segment)
    coding_folder: str  # data/raw/<coding_folder>/<coder>.csv
    suffix: str  # reports/coding/<coder><suffix>.xlsx
    skip_coded: bool  # leave out the segments already in the coder's file
    note: str  # said first in the instructions


SAMPLES = {
    "first-round": Sample(None, "coding", "", True, ""),
    "double-coding": Sample(
        "reports/double_coding/sheet.csv",
        "coding",
        ".double-coding",
        True,
        "These segments were coded by one other coder: code them blind, without looking at anyone else's coding. ",
    ),
    "audit": Sample(
        "reports/audit/audit_sample.csv",
        "audit",
        ".audit",
        False,
        "This is the audit sample: segments drawn at random, to check how far the model's counts can be trusted. "
        "Code every row from its text and the codebook alone, without looking at the model's codes or anyone "
        "else's; a segment you coded before, code afresh without looking up your earlier codes. These codes go to "
        "data/raw/audit and never train the model. ",
    ),
}


def sheet_of(
    segments: pd.DataFrame,
    coded: set[str],
    codebook: Codebook,
    workshops: Sequence[str],
    among_ids: set[str] | None = None,
) -> pd.DataFrame:
    """The rows to code: every segment of ``workshops`` (all, if none named) and of ``among_ids`` (a sample; all, if
    None) not in ``coded``, in transcript order, each with its previous turn (the turn before it in the transcript,
    sampled or not) and an empty column per code and for ``no_code``."""
    table = segments.sort_values(["workshop_id", "start"], kind="stable")
    table = table.assign(previous_turn=table.groupby("workshop_id")["text"].shift(1).fillna(""))
    if workshops:
        known = set(table["workshop_id"].astype(str))
        unknown = sorted(set(workshops) - known)
        if unknown:
            named = ", ".join(f"{workshop}{did_you_mean(workshop, known)}" for workshop in unknown)
            raise StudyError(f"workshop(s) {named} not in the segments; use ids from data/raw/workshops.csv")
        table = table[table["workshop_id"].isin(workshops)]
    table = table[~table["segment_id"].isin(coded)]
    if among_ids is not None:
        table = table[table["segment_id"].isin(among_ids)]
    sheet = table[list(CONTEXT_COLUMNS)].copy()
    for column in ("text", "previous_turn"):
        sheet[column] = sheet[column].map(spreadsheet_text)
    for code in [*codebook.leaf_ids, NO_CODE]:
        sheet[code] = ""
    return sheet.reset_index(drop=True)


def write_sheet(
    sheet: pd.DataFrame,
    codebook: Codebook,
    path: Path,
    instructions: str = INSTRUCTIONS,
    sample: str = "first-round",
    coder: str = "",
) -> None:
    """The workbook: the segments with a drop-down per code, the codebook, and what to do, with the sample and the
    coder it was written for beside the instructions (``written_for``), which reading it back checks."""
    marks = [*codebook.leaf_ids, NO_CODE]
    write_xlsx(
        {
            SHEET: sheet,
            "codes": codebook_sheet(codebook),
            "instructions": pd.DataFrame({"instructions": [instructions], "sample": [sample], "coder": [coder]}),
        },
        path,
        choices={code: [MARK] for code in marks},
        widths={"previous_turn": 40, "text": 70, "speaker": 10, "role": 12, **{code: 6 for code in marks}},
    )


def coding_of(filled: pd.DataFrame, path: Path, segment_ids: set[str], codebook: Codebook) -> pd.DataFrame:
    """The filled sheet's coding, ``segment_id,code`` ("" for no code), from its marked rows; a blank row is a
    segment not read yet."""
    marks = [*codebook.leaf_ids, NO_CODE]
    rows = []
    seen: dict[str, int] = {}
    for index, row in filled.iterrows():
        where = f"{path} row {int(str(index)) + 2}"
        ticked = []
        for code in marks:
            value = str(row[code]).strip().lower()
            if value in ("", "nan", "none"):
                continue
            if value != MARK:
                raise StudyError(f"{where}: '{row[code]}' under {code}; put an x, or leave the cell empty")
            ticked.append(code)
        segment = str(row["segment_id"]).strip()
        if not ticked:
            continue  # not read yet (or a row a spreadsheet program added, with nothing in it)
        if not segment:
            raise StudyError(f"{where}: marked, but with no segment_id; put the marks on the segment's own row")
        if segment not in segment_ids:
            raise StudyError(
                f"{where}: unknown segment '{segment}'; write the sheet again (did the transcripts change since?)"
            )
        if segment in seen:
            raise StudyError(f"{where}: segment '{segment}' is marked on row {seen[segment]} too; keep one row for it")
        seen[segment] = int(str(index)) + 2
        if NO_CODE in ticked and len(ticked) > 1:
            raise StudyError(f"{where}: no_code beside {', '.join(ticked[:-1])}; keep the codes or no_code, not both")
        rows += [{"segment_id": segment, "code": "" if code == NO_CODE else code} for code in ticked]
    return pd.DataFrame(rows, columns=["segment_id", "code"])


def not_read(filled: pd.DataFrame, codebook: Codebook) -> list[str]:
    """What a filled sheet holds that reading it back leaves out, said rather than dropped: a column the coder
    added (notes, say), with its filled cells, and a row with text but no segment id and no mark."""
    known = {*CONTEXT_COLUMNS, *codebook.leaf_ids, NO_CODE}
    said = []
    for column in filled.columns:
        if column not in known:
            filled_cells = int(filled[column].astype(str).str.strip().ne("").sum())
            if filled_cells:
                said.append(f"column '{column}' ({filled_cells} cell(s)) is not read: it stays in the workbook only")
    marks = [*codebook.leaf_ids, NO_CODE]
    loose = [
        int(str(index)) + 2
        for index, row in filled.iterrows()
        if not str(row["segment_id"]).strip()
        and not any(str(row[code]).strip() for code in marks)
        and any(str(value).strip() for value in row.to_numpy())
    ]
    if loose:
        rows = ", ".join(str(row) for row in loose[:5]) + (f" and {len(loose) - 5} more" if len(loose) > 5 else "")
        said.append(f"row(s) {rows} have text but no segment_id and no mark: not read")
    # a segment with a note and no mark is not read yet: the next workbook asks it again, without the note (the
    # fifth issue-22 trial's "come back to this one" was kept only in the workbook set aside)
    added = [column for column in filled.columns if column not in known]
    noted = [
        f"{int(str(index)) + 2} ({str(row['segment_id']).strip()})"
        for index, row in filled.iterrows()
        if str(row["segment_id"]).strip()
        and not any(str(row[code]).strip() for code in marks)
        and any(str(row[column]).strip() for column in added)
    ]
    if noted:
        rows = ", ".join(noted[:5]) + (f" and {len(noted) - 5} more" if len(noted) > 5 else "")
        said.append(
            f"row(s) {rows} have a note but no mark: not read yet, so a new workbook asks them again, without the "
            "note (it stays in the workbook kept beside the new one)"
        )
    return said


def pending_marks(path: Path, segments: pd.DataFrame, codebook: Codebook, coding_path: Path) -> int:
    """How many segments the workbook at ``path`` marks differently from the coder's coding file: marks that
    writing the workbook again would throw away."""
    filled = read_sheet(path, SHEET, ["segment_id", *codebook.leaf_ids, NO_CODE])
    ids = set(segments["segment_id"])
    marked = coding_of(filled, path, ids, codebook).groupby("segment_id")["code"].apply(frozenset)
    if coding_path.is_file():
        kept = read_coding([coding_path], ids, codebook).groupby("segment_id")["code"].apply(frozenset)
    else:
        kept = pd.Series(dtype=object)
    return sum(1 for segment, codes in marked.items() if kept.get(segment) != codes)


def read_back(
    path: Path, segments: pd.DataFrame, codebook: Codebook, coding_path: Path, sample_ids: set[str] | None = None
) -> tuple[int, int]:
    """The filled workbook into the coder's coding file; the segments read in the sheet and its rows written.
    With ``sample_ids`` (the audit sample), a marked segment outside it stops the reading: the run would refuse it."""
    filled = read_sheet(path, SHEET, ["segment_id", *codebook.leaf_ids, NO_CODE])
    ids = set(segments["segment_id"])
    sheet_coding = coding_of(filled, path, ids, codebook)
    outside = sorted(set(sheet_coding["segment_id"]) - sample_ids) if sample_ids is not None else []
    if outside:
        raise StudyError(
            f"{path}: segment '{outside[0]}' ({len(outside)} in all) is not in the sample this workbook is read "
            "back for; was it written with another --sample? Read it back with the --sample it was written with"
        )
    for line in not_read(filled, codebook):
        print(f"note: {path}: {line}")
    read_here = set(sheet_coding["segment_id"])
    if coding_path.is_file():
        before = read_coding([coding_path], ids, codebook)[["segment_id", "code"]]
        kept = before[~before["segment_id"].isin(read_here)]
    else:
        kept = pd.DataFrame(columns=["segment_id", "code"])
    order = {segment: i for i, segment in enumerate(segments.sort_values(["workshop_id", "start"])["segment_id"])}
    coding = pd.concat([kept, sheet_coding], ignore_index=True)
    coding = coding.assign(_o=coding["segment_id"].map(order)).sort_values(["_o", "code"], kind="stable")
    write_csv(coding.drop(columns="_o").reset_index(drop=True), coding_path)
    return len(read_here), len(coding)


def written_for(path: Path) -> tuple[str | None, str | None]:
    """The sample (first-round, double-coding, audit) and the coder the workbook was written for, from its
    instructions sheet; None for what it does not say (a workbook written before they were recorded)."""
    try:
        said = read_sheet(path, "instructions", [])
    except StudyError:
        return None, None
    if not len(said):
        return None, None
    first = said.iloc[0]
    return (
        str(first["sample"]).strip() or None if "sample" in said else None,
        str(first["coder"]).strip() or None if "coder" in said else None,
    )


def sampled(project: Path, sample: Sample) -> set[str] | None:
    """The segment ids of the run's sample the workbook draws from (None: every segment)."""
    if sample.sheet is None:
        return None
    path = project / sample.sheet
    if not path.is_file():
        raise StudyError(
            f"{path}: not found; make it with a run (python -m pipeline run, or only it: python -m pipeline run -- "
            f"{sample.sheet})"
        )
    return set(pd.read_csv(path, dtype=str, keep_default_na=False, usecols=["segment_id"])["segment_id"])


def default_workbook(project: Path, coder: str, sample: Sample) -> Path:
    """The coder's workbook of ``sample``: ``reports/coding/<coder>.xlsx``, ``<coder>.audit.xlsx``, ..."""
    return project / "reports" / "coding" / f"{coder}{sample.suffix}.xlsx"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.coding_sheet",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", choices=("write", "read"), help="write the workbook, or read a filled one back")
    parser.add_argument("workbook", type=Path, nargs="?", help="the workbook (default: reports/coding/<coder>.xlsx)")
    parser.add_argument("--coder", required=True, help="the coder's id: the coding file is data/raw/coding/<coder>.csv")
    parser.add_argument("--workshops", nargs="*", default=[], help="write: only these workshops (default: all)")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the study folder (default: here)")
    parser.add_argument(
        "--sample",
        choices=tuple(SAMPLES),
        default="first-round",
        help="first-round (default): every segment; double-coding: the blind sample a run draws for a second coder; "
        "audit: the random audit sample, read back into data/raw/audit",
    )
    # intermixed: "read --coder coder_a <workbook>" as well as "read <workbook> --coder coder_a" (the issue-22 trial)
    args = parser.parse_intermixed_args(argv)
    project = args.project
    coder = args.coder.strip()
    if not coder or "/" in coder or coder.startswith("."):
        raise StudyError(f"--coder '{args.coder}': give a coder id such as coder_a (it names the coding file)")
    segments_path = project / "data" / "processed" / "segments.parquet"
    if not segments_path.is_file():
        raise StudyError(
            f"{segments_path}: not found; run the pipeline once (python -m pipeline run) so that the transcripts are "
            "ingested and cleared by the anonymity gate, or give the study's folder with --project"
        )
    segments = pd.read_parquet(segments_path, columns=["segment_id", "workshop_id", "speaker", "role", "start", "text"])
    codebook = load_codebook(project / "config" / "codebook.yaml")
    sample = SAMPLES[args.sample]
    coding_path = project / "data" / "raw" / sample.coding_folder / f"{coder}.csv"
    workbook = args.workbook or default_workbook(project, coder, sample)
    # the options that name this workbook again, for the commands the messages and the instructions give
    options = "".join(
        [
            # the study's whole path: the workbook's instructions are read from any folder (the sixth issue-22 trial's
            # "--project ../study" held only from the folder it was typed in)
            "" if project.resolve() == Path.cwd().resolve() else f" --project {project.resolve()}",
            "" if args.sample == "first-round" else f" --sample {args.sample}",
            f" {args.workbook}" if args.workbook else "",
        ]
    )
    sample_ids = sampled(project, sample)
    if args.action == "write":
        coded = (
            set(read_coding([coding_path], set(segments["segment_id"]), codebook)["segment_id"])
            if coding_path.is_file() and sample.skip_coded
            else set()
        )
        if workbook.is_file():
            # a workbook filled and not read back yet would be lost: the issue-22 trial's coder's marks were
            try:
                pending = pending_marks(workbook, segments, codebook, coding_path)
            except StudyError as error:
                raise StudyError(
                    f"{workbook}: a coding workbook is there already and cannot be read back ({error}); fix it and "
                    f"read it back, or move it away, before writing a new one"
                ) from None
            if pending:
                raise StudyError(
                    f"{workbook}: marks on {pending} segment(s) not read back yet, which a new workbook would throw "
                    f"away; read it back first (python -m pipeline coding-sheet read --coder {coder}{options}), or "
                    "move it away"
                )

        sheet = sheet_of(segments, coded, codebook, args.workshops, sample_ids)
        if workbook.is_file():
            # read back, but it may hold what reading back leaves out (a notes column, a row typed below): the
            # workbook is kept beside the new one, never written over (the third issue-22 trial's notes were lost)
            kept = kept_copy(workbook, "before")
            workbook.replace(kept)
            print(f"note: the earlier workbook is kept as {kept.name}, with anything in it that is not read back")
        workbook.parent.mkdir(parents=True, exist_ok=True)
        write_sheet(
            sheet,
            codebook,
            workbook,
            sample.note + INSTRUCTIONS.format(coder=coder, options=options),
            args.sample,
            coder,
        )
        left_out = f"{len(coded)} already in {coding_path.name} left out" if sample.skip_coded else "every row"
        workshops = sheet["workshop_id"].nunique()
        of = (
            f"of {workshops} workshop(s)"
            if sample_ids is None
            else f"of the {args.sample} sample ({len(sample_ids)}), from {workshops} workshop(s),"
        )
        print(f"{workbook}: {len(sheet)} segments {of} to code ({left_out})")
        return 0
    if not workbook.is_file():
        # the workbooks this coder has, each with the --sample it is read back with (the fourth issue-22 trial was
        # sent to write a new one while its filled audit workbook was there)
        others = [
            f"{path.name} (--sample {kind})"
            for kind, other in SAMPLES.items()
            for path in [default_workbook(project, coder, other)]
            if path.is_file()
        ]
        there = f"; {coder} has {', '.join(others)}: give its --sample" if others else ""
        raise StudyError(
            f"{workbook}: not found{there}; or write it first (python -m pipeline coding-sheet write --coder "
            f"{coder}{options})"
        )
    recorded, written_coder = written_for(workbook)
    if written_coder is not None and written_coder != coder:
        # one coder's marks read as another's would make a second coder of the first: the double-coding's agreement
        # would be one person agreeing with themselves (the fifth issue-22 trial's went through without a word)
        raise StudyError(
            f"{workbook}: written for coder {written_coder}, read back as --coder {coder}; read it back with "
            f"--coder {written_coder} (a workbook holds one coder's marks)"
        )
    if recorded in SAMPLES and recorded != args.sample:
        # an audit workbook read as a coder's first round would put the audit's codes in data/raw/coding, where they
        # train the model and the audit is no longer independent of it (the fourth issue-22 trial's did, silently)
        raise StudyError(
            f"{workbook}: written for --sample {recorded}, read back with --sample {args.sample}; read it back with "
            f"--sample {recorded}, so that its codes go to data/raw/{SAMPLES[str(recorded)].coding_folder}/{coder}.csv"
        )
    # the audit sample is fixed by the segments and its seed; the double-coding sample is drawn again once a
    # second coder's codes land, so a workbook of it read back a second time holds segments no longer in it
    read, rows = read_back(workbook, segments, codebook, coding_path, sample_ids if args.sample == "audit" else None)
    print(f"{coding_path}: {read} segments read from {workbook.name}; the file has {rows} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
