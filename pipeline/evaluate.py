"""Bring your own study: evaluate the classifier on any table of coded segments, with one command.

Takes a CSV (or Parquet) table with one row per coded segment: a text column, a group column (the
workshop, interview or thread that segments must not be split across) and one column per code
saying whether the coders applied it; optionally a context column (the turn before, or the post a
reply answers). Makes, in ``--out``: ``cv_metrics.csv`` (per code: precision, recall, F1, Cohen's
kappa and Krippendorff's alpha against the human codes, with 95% intervals from resampling groups;
calibration error before and after), ``learning_curve.csv``, ``cv_predictions.parquet`` and
``evaluation.md``, and prints the per-code table.

It runs exactly the train stage's machinery (``pipeline.train.evaluate_codes``): the same model,
grouped stratified folds, cross-fitted calibration and thresholds, and metrics::

    python -m pipeline.evaluate --table coded.csv --text-column text --group-column interview \\
        --code-columns hope stigma peer_role --out evaluation/
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.errors import StudyError, run_stage
from pipeline.tables import read_csv_table, spreadsheet_row, write_csv, write_parquet, write_text
from pipeline.texts import with_context
from pipeline.train import (
    BACKENDS,
    LEARNING_CURVE_COLUMNS,
    evaluate_codes,
    learning_curve_markdown,
    metrics_markdown,
    without_nan,
)

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


def evaluate_table(
    table: pd.DataFrame,
    text_column: str,
    group_column: str,
    codes: Sequence[str],
    labels: np.ndarray,
    context_column: str | None = None,
    folds: int = 5,
    seed: int = 20170213,
    regularisation: float = 4.0,
    min_positive: int = 5,
    path: Path = Path("table"),
    backend: str = "tfidf",
    workers: int = 1,
) -> dict[str, Any]:
    """Grouped cross-validation of the classifier on one coded table (rows in, rows out: none dropped)."""
    groups = table[group_column].fillna("").astype(str).str.strip()
    if (groups == "").any():
        index = int(np.flatnonzero((groups == "").to_numpy())[0])
        raise StudyError(
            f"{path} row {spreadsheet_row(index)}: empty '{group_column}'; every segment needs its group "
            "so that no group is in both the training and the test fold"
        )
    if groups.nunique() < 2:
        raise StudyError(f"{path}: '{group_column}' has one group only; grouped cross-validation needs at least two")
    positives = labels.sum(axis=0)
    too_few = [
        f"{code} ({int(positives[j])} present, {len(labels) - int(positives[j])} absent)"
        for j, code in enumerate(codes)
        if min(positives[j], len(labels) - positives[j]) < min_positive
    ]
    if too_few:
        raise StudyError(
            f"{path}: too few examples to evaluate {', '.join(too_few)}; each code needs at least "
            f"{min_positive} present and {min_positive} absent (--min-positive), or leave it out of --code-columns"
        )
    texts = table[text_column].fillna("").astype(str)
    if context_column is not None:
        texts = with_context(texts, table[context_column])
    evaluation = evaluate_codes(
        texts.tolist(), labels, groups.tolist(), list(codes), folds, regularisation, seed, True, backend, workers
    )
    oof = evaluation["oof"]
    predictions = pd.DataFrame(
        {
            "row": np.repeat(np.arange(len(table)) + 2, len(codes)),  # spreadsheet numbering, as in errors
            "group": np.repeat(groups.to_numpy(), len(codes)),
            "fold": np.repeat(oof.fold_of, len(codes)),
            "code": np.tile(list(codes), len(table)),
            "human": labels.reshape(-1).astype(int),
            "probability": oof.calibrated.reshape(-1).round(6),
            "predicted": oof.predicted.reshape(-1).astype(int),
        }
    )
    return evaluation | {"predictions": predictions, "groups": int(groups.nunique()), "segments": len(table)}


def printed_table(metrics: pd.DataFrame) -> str:
    """The per-code table for the terminal: point estimates with their 95% intervals."""
    shown = pd.DataFrame({"code": metrics["code"], "present": metrics["human_positive"]})
    for name in ("precision", "recall", "f1", "kappa", "alpha"):
        shown[name] = [
            f"{value:.3f} [{low:.2f}, {high:.2f}]"
            for value, low, high in zip(metrics[name], metrics[f"{name}_low"], metrics[f"{name}_high"], strict=True)
        ]
    shown["ECE before > after"] = [
        f"{before:.3f} > {after:.3f}" for before, after in zip(metrics["ece_uncalibrated"], metrics["ece"], strict=True)
    ]
    return shown.to_string(index=False)


def write_evaluation(result: dict[str, Any], out: Path, command: str) -> None:
    summary = result["summary"]
    write_csv(result["metrics"], out / "cv_metrics.csv")
    write_csv(result["learning_curve"][list(LEARNING_CURVE_COLUMNS)], out / "learning_curve.csv")
    write_parquet(result["predictions"], out / "cv_predictions.parquet")
    lines = [
        "# Evaluation of the classifier on a coded table",
        "",
        f"Command: `{command}`",
        "",
        f"{result['segments']} segments in {result['groups']} groups; {int(result['oof'].fold_of.max()) + 1} "
        "folds, whole groups dealt to folds by iterative stratification over codes; calibration and "
        "thresholds cross-fitted on the other folds; intervals: 95% percentile bootstrap over groups.",
        f"Micro F1 {summary['micro_f1']}, macro F1 {summary['macro_f1']}, macro alpha {summary['macro_alpha']}; "
        f"expected calibration error {summary['ece_uncalibrated']} before, {summary['ece']} after.",
        "",
        *metrics_markdown(result["metrics"]),
        "",
        "## Learning curve",
        "",
        *learning_curve_markdown(result["learning_curve"]),
    ]
    write_text("\n".join(lines) + "\n", out / "evaluation.md")
    write_text(json.dumps(without_nan(summary), indent=2, sort_keys=True) + "\n", out / "summary.json")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--table", type=Path, required=True, help="coded segments, one row each (.csv or .parquet)")
    parser.add_argument("--text-column", required=True, help="the segment's text")
    parser.add_argument("--group-column", required=True, help="folds never split a group (workshop, interview)")
    parser.add_argument("--code-columns", nargs="+", required=True, help="one column per code")
    parser.add_argument("--context-column", help="text the model reads beside the segment (optional)")
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
        help="tfidf+embeddings adds sentence embeddings (needs the optional extra: pip install '.[embeddings]')",
    )
    parser.add_argument("--workers", type=int, default=1, help="processes for the cross-validation's fits")
    parser.add_argument("--out", type=Path, default=Path("evaluation"), help="output folder")
    args = parser.parse_args(argv)
    if len(set(args.code_columns)) != len(args.code_columns):
        raise StudyError("--code-columns names a column twice; name each code once")
    columns = [args.text_column, args.group_column, *args.code_columns]
    if args.context_column:
        columns.append(args.context_column)
    table = read_table(args.table, columns)
    labels = code_labels(table, args.code_columns, args.present_values, args.absent_values, args.table)
    result = evaluate_table(
        table,
        args.text_column,
        args.group_column,
        args.code_columns,
        labels,
        args.context_column,
        args.folds,
        args.seed,
        args.regularisation,
        args.min_positive,
        args.table,
        args.backend,
        args.workers,
    )
    command = "python -m pipeline.evaluate " + " ".join(argv if argv is not None else sys.argv[1:])
    write_evaluation(result, args.out, command)
    summary = result["summary"]
    print(printed_table(result["metrics"]))
    print(
        f"{result['segments']} segments, {result['groups']} groups: micro F1 {summary['micro_f1']}, "
        f"macro F1 {summary['macro_f1']}, macro alpha {summary['macro_alpha']}; written to {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
