"""Bring your own study: train and evaluate the classifier on any table of coded segments, with one command.

Takes a CSV (or Parquet) table of coded segments with a text column and a group column (the
workshop, interview or thread that segments must not be split across), optionally a context column
(the turn before, or the post a reply answers), and the codes in one of three forms:

- ``--codebook FILE``: a codebook in this project's format (``pipeline.codebook``) whose leaf codes
  name the table's code columns, by id or by label; one row per segment;
- ``--codebook FILE --code-column C --segment-column S`` (long form, as qualitative-analysis tools
  export coding and as this project's coding files are): one row per segment and code, ``C`` naming
  the code and an empty ``C`` meaning "reviewed, no code"; a segment's rows are joined by ``S``;
- ``--code-columns A B``: the code columns named on the command line, without a codebook.

Makes, in ``--out``: the model fitted on every segment (``model.skops``, with ``model_card.json``
and ``model_card.md``, written as the train stage writes them, so the pipeline's loader and its
codebook check take it), ``cv_metrics.csv`` (per code: precision, recall, F1, Cohen's kappa and
Krippendorff's alpha against the human codes, with 95% intervals from resampling groups;
calibration error before and after), ``learning_curve.csv``, ``cv_predictions.parquet``,
``summary.json`` and ``evaluation.md`` (with the codebook's definitions and fingerprint), and prints
the per-code table and how long it took.

It runs exactly the train stage's machinery (``pipeline.classifier.evaluation``: ``evaluate_table`` calls
``evaluate_codes``): the same model, grouped stratified folds, cross-fitted calibration and thresholds, and
metrics::

    python -m pipeline.evaluate --table coded.csv --codebook codebook.yaml --text-column text \\
        --group-column interview --out evaluation/
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.card import (
    codebook_entry,
    context_lines,
    definition_lines,
    model_card,
    printed_table,
    without_nan,
    write_evaluation,
    write_model_card_markdown,
)
from pipeline.classifier.evaluation import evaluate_table
from pipeline.classifier.model import BACKENDS, save_model, saved_model
from pipeline.codebook import Codebook, load_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.tables import read_csv_table, spreadsheet_row, write_text

PRESENT = ("1", "true", "yes", "y", "x")
ABSENT = ("0", "false", "no", "n", "")


def read_table(path: Path, columns: Sequence[str]) -> pd.DataFrame:
    """The coded-segments table as strings, with the named columns checked to be there."""
    if path.suffix.lower() == ".parquet":
        if not path.is_file():
            raise StudyError(f"{path}: file not found")
        table = pd.read_parquet(path).astype(str)
        missing = [column for column in columns if column not in table.columns]
        if missing:
            raise StudyError(
                f"{path}: no column(s) {', '.join(missing)}; the table has {', '.join(map(str, table.columns))}"
            )
        return table
    if path.suffix.lower() != ".csv":
        raise StudyError(f"{path}: format '{path.suffix}' is not supported; save the table as CSV (UTF-8)")
    try:
        return read_csv_table(path, columns)
    except StudyError as error:
        if "missing column" not in str(error):
            raise
        header = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
        missing = [column for column in columns if column not in header]
        raise StudyError(
            f"{path}: no column(s) {', '.join(missing)}; the table has {', '.join(map(str, header))}"
        ) from None


def code_labels(
    table: pd.DataFrame, codes: Sequence[str], present: Sequence[str], absent: Sequence[str], path: Path
) -> np.ndarray:
    """A binary (rows, codes) matrix; a value that is neither present nor absent stops with its row."""
    present_set = {value.strip().lower() for value in present}
    absent_set = {value.strip().lower() for value in absent} - present_set
    labels = np.zeros((len(table), len(codes)), dtype=np.int8)
    for j, code in enumerate(codes):
        values = table[code].fillna("").astype(str).str.strip().str.lower()
        unknown = ~values.isin(present_set | absent_set)
        if unknown.any():
            index = int(np.flatnonzero(unknown.to_numpy())[0])
            raise StudyError(
                f"{path} row {spreadsheet_row(index)}: column '{code}' has '{table[code].iloc[index]}', neither "
                f"present ({', '.join(sorted(present_set))}) nor absent ({', '.join(sorted(absent_set))}); "
                "fix the cell or name its value with --present-values / --absent-values"
            )
        labels[:, j] = values.isin(present_set).to_numpy()
    return labels


def code_names(codebook: Codebook) -> dict[str, str]:
    """Every name a leaf code may go by in a table, in lower case: its id and its label."""
    names: dict[str, str] = {}
    for code in codebook.leaf_codes:
        names[code.id.lower()] = code.id
        names.setdefault(code.label.strip().lower(), code.id)
    return names


def codebook_columns(
    codebook: Codebook, columns: Sequence[str], codebook_path: Path, table_path: Path, taken: Sequence[str]
) -> dict[str, str]:
    """Each leaf code's column in a one-row-per-segment table, found by the code's id or label
    (case and surrounding spaces ignored). Every code needs exactly one column, and no column may
    stand for two codes; ``taken`` (text, group, context) are never code columns."""
    found: dict[str, list[str]] = {code: [] for code in codebook.leaf_ids}
    for column in columns:
        if column in taken:
            continue
        matches = [
            code.id
            for code in codebook.leaf_codes
            if str(column).strip().lower() in (code.id.lower(), code.label.strip().lower())
        ]
        if len(matches) > 1:
            raise StudyError(
                f"{table_path}: column '{column}' could be code {' or '.join(repr(m) for m in matches)} of "
                f"{codebook_path} (one's id is the other's label); rename the column to the code's id"
            )
        for code in matches:
            found[code].append(str(column))
    for code, named in found.items():
        if not named:
            listed = ", ".join(str(c) for c in columns if c not in taken)
            raise StudyError(
                f"{table_path}: no column for code '{code}' of {codebook_path} (looked for its id and its label "
                f"'{codebook.code(code).label}' among {listed}); add the column, or remove the code from a copy "
                "of the codebook"
            )
        if len(named) > 1:
            raise StudyError(
                f"{table_path}: columns {' and '.join(repr(c) for c in named)} both name code '{code}' of "
                f"{codebook_path}; keep one"
            )
    return {code: named[0] for code, named in found.items()}


def segments_from_long_table(
    table: pd.DataFrame,
    segment_column: str,
    code_column: str,
    carried: Sequence[str],
    codebook: Codebook,
    codebook_path: Path,
    path: Path,
) -> tuple[pd.DataFrame, np.ndarray, list[int]]:
    """A long table (one row per segment and code; an empty code: reviewed, no code) as one row per
    segment, in order of first appearance, with the ``carried`` columns (text, group, context); a
    (segments, leaf codes) label matrix; and each segment's first row (spreadsheet numbering).

    Rows of one segment must agree on the carried columns, name codebook codes (by id or label),
    and name each code once: anything else stops with the row, as the coding files do."""
    names = code_names(codebook)
    column = {code: j for j, code in enumerate(codebook.leaf_ids)}
    first_row: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    segment_ids = table[segment_column].fillna("").astype(str).str.strip().to_numpy()
    cells = table[code_column].fillna("").astype(str).str.strip().to_numpy()
    for index, (segment_id, cell) in enumerate(zip(segment_ids, cells, strict=True)):
        where = f"{path} row {spreadsheet_row(index)}"
        if not segment_id:
            raise StudyError(f"{where}: empty '{segment_column}'; every row needs its segment's id")
        if segment_id not in first_row:
            first_row[segment_id] = index
        else:
            first = first_row[segment_id]
            for name in carried:
                if str(table[name].iloc[index]) != str(table[name].iloc[first]):
                    raise StudyError(
                        f"{where}: segment '{segment_id}' has another '{name}' than on row "
                        f"{spreadsheet_row(first)}; a segment's rows must agree on {', '.join(carried)}"
                    )
        if not cell:
            continue  # reviewed, no code
        code = names.get(cell.lower())
        if code is None:
            raise StudyError(
                f"{where}: unknown code '{cell}' in '{code_column}'; use a code of {codebook_path} "
                f"({', '.join(codebook.leaf_ids)}), by id or label, or leave the cell empty for no code"
            )
        if (segment_id, code) in seen:
            raise StudyError(
                f"{where}: segment '{segment_id}' has code '{code}' again (row "
                f"{spreadsheet_row(seen[(segment_id, code)])}); delete the repeat"
            )
        seen[(segment_id, code)] = index
    order = list(first_row)
    position = {segment_id: i for i, segment_id in enumerate(order)}
    labels = np.zeros((len(order), len(codebook.leaf_ids)), dtype=np.int8)
    for segment_id, code in seen:
        labels[position[segment_id], column[code]] = 1
    rows = [first_row[segment_id] for segment_id in order]
    segments = table.iloc[rows][list(carried)].reset_index(drop=True)
    return segments, labels, [spreadsheet_row(index) for index in rows]


NO_CODEBOOK = {"id": "none", "version": "none (codes named with --code-columns)", "fingerprint": "none"}


def study_card(
    result: dict[str, Any],
    codebook: Codebook | None,
    args: argparse.Namespace,
) -> dict[str, Any]:
    """The train stage's model card for the model fitted on the table, with the codebook's
    definitions when there is one."""
    settings = {
        "folds": args.folds,
        "seed": args.seed,
        "regularisation": args.regularisation,
        "min_positive": args.min_positive,
        # what the pipeline's code stage feeds the model beside a segment: its turn before, where the model
        # was trained with the context column (chosen by cross-validation with --context auto)
        "context": result["context"],
        "context_column": args.context_column if result["context"] != "none" else None,
        "backend": args.backend,
    }
    if result["context_scores"]:
        settings["context_chosen_by_macro_alpha"] = result["context_scores"]
        settings["context_column_offered"] = args.context_column
    training = {
        "segments": result["segments"],
        "groups": result["groups"],
        "group_column": args.group_column,
        "table": str(args.table),
        "positives": result["positives"],
    }
    card = model_card(
        result,
        result["texts"],
        result["labels"],
        result["codes"],
        codebook_entry(codebook) if codebook is not None else NO_CODEBOOK,
        training,
        settings,
        result["not_modelled"],
        args.min_positive,
        groups_are="group",
    )
    card["cross_validation"]["scheme"] = (
        f"grouped by '{args.group_column}' (whole groups dealt to folds by iterative stratification over codes); "
        "calibration and thresholds cross-fitted on the other folds"
    )
    if codebook is not None:
        card["definitions"] = {
            code.id: {
                "label": code.label,
                "brief": code.brief,
                "when_to_use": code.when_to_use,
                "when_not_to_use": code.when_not_to_use,
            }
            for code in codebook.leaf_codes
        }
    return card


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--table", type=Path, required=True, help="coded segments (.csv or .parquet)")
    parser.add_argument("--text-column", required=True, help="the segment's text")
    parser.add_argument("--group-column", required=True, help="folds never split a group (workshop, interview)")
    parser.add_argument(
        "--codebook", type=Path, help="codebook (this project's format) whose leaf codes name the codes"
    )
    parser.add_argument("--code-columns", nargs="+", help="one column per code (instead of --codebook)")
    parser.add_argument(
        "--code-column", help="long table: the column naming each row's code (one row per segment and code)"
    )
    parser.add_argument("--segment-column", help="long table: the segment's id, joining its rows")
    parser.add_argument("--context-column", help="text the model may read beside the segment (optional)")
    parser.add_argument(
        "--context",
        choices=("auto", "always"),
        default="auto",
        help="with --context-column: auto reads it only where cross-validation scores higher with it (macro "
        "alpha; both scores go in the model card and the evaluation), always reads it",
    )
    parser.add_argument(
        "--present-values", nargs="+", default=list(PRESENT), help="cell values meaning the code applies"
    )
    parser.add_argument(
        "--absent-values", nargs="*", default=list(ABSENT), help="cell values meaning it does not (empty included)"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20170213)
    parser.add_argument("--regularisation", type=float, default=4.0, help="C of the logistic regressions")
    parser.add_argument("--min-positive", type=int, default=5)
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="tfidf",
        help="tfidf+embeddings adds sentence embeddings (needs the optional extra: pip install -e '.[embeddings]')",
    )
    parser.add_argument("--workers", type=int, default=1, help="processes for the cross-validation's fits")
    parser.add_argument("--out", type=Path, default=Path("evaluation"), help="output folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if (args.codebook is None) == (args.code_columns is None):
        raise StudyError(
            "name the codes with --codebook FILE (a codebook whose codes name the table's columns) or with "
            "--code-columns A B ..., one of the two"
        )
    if (args.code_column is None) != (args.segment_column is None) or (args.code_column and args.code_columns):
        raise StudyError(
            "a long table (one row per segment and code) needs --codebook, --code-column and --segment-column "
            "together; a table with a column per code needs --codebook or --code-columns alone"
        )
    if args.code_columns and len(set(args.code_columns)) != len(args.code_columns):
        raise StudyError("--code-columns names a column twice; name each code once")
    codebook = load_codebook(args.codebook) if args.codebook is not None else None
    carried = [args.text_column, args.group_column, *([args.context_column] if args.context_column else [])]
    rows: list[int] | None = None
    if args.code_column:
        assert codebook is not None
        table = read_table(args.table, [*carried, args.segment_column, args.code_column])
        table, labels, rows = segments_from_long_table(
            table, args.segment_column, args.code_column, carried, codebook, args.codebook, args.table
        )
        codes: list[str] = list(codebook.leaf_ids)
    else:
        if codebook is not None:
            table = read_table(args.table, carried)
            columns = codebook_columns(codebook, list(table.columns), args.codebook, args.table, carried)
            codes = list(columns)
        else:
            table = read_table(args.table, [*carried, *args.code_columns])
            codes, columns = list(args.code_columns), {code: code for code in args.code_columns}
        labels = code_labels(
            table.rename(columns={column: code for code, column in columns.items()}),
            codes,
            args.present_values,
            args.absent_values,
            args.table,
        )
    result = evaluate_table(
        table,
        args.text_column,
        args.group_column,
        codes,
        labels,
        args.context_column,
        args.folds,
        args.seed,
        args.regularisation,
        args.min_positive,
        args.table,
        args.backend,
        args.workers,
        fit_final=True,
        rare_codes="skip" if codebook is not None else "stop",
        rows=rows,
        context=args.context,
    )
    card = study_card(result, codebook, args)
    definitions = definition_lines(codebook, result["codes"])
    save_model(saved_model(result), args.out / "model.skops")
    write_text(
        json.dumps(without_nan(card), indent=2, sort_keys=True, allow_nan=False) + "\n", args.out / "model_card.json"
    )
    write_model_card_markdown(card, result["metrics"], args.out / "model_card.md", definitions)
    command = "python -m pipeline.evaluate " + " ".join(argv if argv is not None else sys.argv[1:])
    write_evaluation(result, args.out, command, card, definitions)
    summary = result["summary"]
    print(printed_table(result["metrics"]))
    if result["not_modelled"]:
        print(
            "not modelled (too few examples): "
            + ", ".join(f"{code} ({n} present)" for code, n in result["not_modelled"].items())
        )
    for line in context_lines(result):
        print(line)
    print(
        f"{result['segments']} segments, {result['groups']} groups: micro F1 {summary['micro_f1']}, "
        f"macro F1 {summary['macro_f1']}, macro alpha {summary['macro_alpha']}; model {card['model_id']} "
        f"trained on every segment; written to {args.out} in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
