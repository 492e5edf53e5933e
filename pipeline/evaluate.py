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

It runs exactly the train stage's machinery (``pipeline.train.evaluate_codes``): the same model,
grouped stratified folds, cross-fitted calibration and thresholds, and metrics::

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

from pipeline.codebook import Codebook, load_codebook
from pipeline.errors import StudyError, run_stage
from pipeline.tables import read_csv_table, spreadsheet_row, write_csv, write_parquet, write_text
from pipeline.texts import with_context
from pipeline.train import (
    BACKENDS,
    LEARNING_CURVE_COLUMNS,
    choose_context,
    codebook_entry,
    evaluate_codes,
    learning_curve_markdown,
    metrics_markdown,
    model_card,
    save_model,
    saved_model,
    without_nan,
    write_model_card_markdown,
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
    fit_final: bool = False,
    rare_codes: str = "stop",
    rows: Sequence[int] | None = None,
    context: str = "auto",
) -> dict[str, Any]:
    """Grouped cross-validation of the classifier on one coded table (rows in, rows out: none dropped);
    with ``fit_final``, also the model fitted on every row.

    A code with fewer than ``min_positive`` present or absent rows stops it (``rare_codes="stop"``,
    when the codes were named on the command line) or is not modelled and is listed in
    ``not_modelled`` (``"skip"``, when they come from a codebook, as in the train stage). ``rows``
    numbers the segments in errors and predictions (default: the table's rows as a spreadsheet shows
    them); a long table's segments are numbered by their first row."""
    rows = list(rows) if rows is not None else [spreadsheet_row(index) for index in range(len(table))]
    groups = table[group_column].fillna("").astype(str).str.strip()
    if (groups == "").any():
        index = int(np.flatnonzero((groups == "").to_numpy())[0])
        raise StudyError(
            f"{path} row {rows[index]}: empty '{group_column}'; every segment needs its group "
            "so that no group is in both the training and the test fold"
        )
    if groups.nunique() < 2:
        raise StudyError(f"{path}: '{group_column}' has one group only; grouped cross-validation needs at least two")
    positives = labels.sum(axis=0)
    too_few = {
        code: f"{code} ({int(positives[j])} present, {len(labels) - int(positives[j])} absent)"
        for j, code in enumerate(codes)
        if min(positives[j], len(labels) - positives[j]) < min_positive
    }
    if too_few and (rare_codes == "stop" or len(too_few) == len(codes)):
        leave_out = "or leave it out of --code-columns" if rare_codes == "stop" else "or lower --min-positive"
        raise StudyError(
            f"{path}: too few examples to evaluate {', '.join(too_few.values())}; each code needs at least "
            f"{min_positive} present and {min_positive} absent (--min-positive), {leave_out}"
        )
    every_code = {code: int(positives[j]) for j, code in enumerate(codes)}
    modelled = [j for j, code in enumerate(codes) if code not in too_few]
    not_modelled = {code: int(positives[j]) for j, code in enumerate(codes) if code in too_few}
    codes, labels = [codes[j] for j in modelled], labels[:, modelled]
    texts = table[text_column].fillna("").astype(str)
    chosen: str = "none"
    scores: dict[str, float] = {}
    if context_column is not None:
        # with the context column or without, as cross-validation says (``context="auto"``), or always with it
        candidates = {"previous_turn": with_context(texts, table[context_column]).tolist(), "none": texts.tolist()}
        chosen = "previous_turn"
        if context == "auto":
            chosen, scores = choose_context(
                candidates, labels, groups.tolist(), folds, regularisation, seed, backend, workers
            )
        texts = pd.Series(candidates[chosen], index=texts.index)
    evaluation = evaluate_codes(
        texts.tolist(),
        labels,
        groups.tolist(),
        list(codes),
        folds,
        regularisation,
        seed,
        True,
        backend,
        workers,
        fit_final=fit_final,
    )
    oof = evaluation["oof"]
    predictions = pd.DataFrame(
        {
            "row": np.repeat(rows, len(codes)),
            "group": np.repeat(groups.to_numpy(), len(codes)),
            "fold": np.repeat(oof.fold_of, len(codes)),
            "code": np.tile(list(codes), len(table)),
            "human": labels.reshape(-1).astype(int),
            "probability": oof.calibrated.reshape(-1).round(6),
            "predicted": oof.predicted.reshape(-1).astype(int),
        }
    )
    return evaluation | {
        "predictions": predictions,
        "groups": int(groups.nunique()),
        "segments": len(table),
        "codes": list(codes),
        "labels": labels,
        "texts": texts.tolist(),
        "positives": every_code,
        "not_modelled": not_modelled,
        "context": chosen,
        "context_scores": scores,
    }


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


def definition_lines(codebook: Codebook | None, codes: Sequence[str]) -> list[str]:
    """The codebook's definition of each code, for the evaluation and the model card."""
    if codebook is None:
        return []
    lines = []
    for code in codebook.leaf_codes:
        status = "" if code.id in codes else " (not modelled: too few examples)"
        lines.append(
            f"- **{code.label}** (`{code.id}`){status}: {code.brief or '(no definition written)'} {code.rules()}"
        )
    return lines


def write_evaluation(
    result: dict[str, Any], out: Path, command: str, card: dict[str, Any], definitions: Sequence[str]
) -> None:
    summary = result["summary"]
    codebook = card["codebook"]
    write_csv(result["metrics"], out / "cv_metrics.csv")
    write_csv(result["learning_curve"][list(LEARNING_CURVE_COLUMNS)], out / "learning_curve.csv")
    write_parquet(result["predictions"], out / "cv_predictions.parquet")
    lines = [
        "# Evaluation of the classifier on a coded table",
        "",
        f"Command: `{command}`",
        "",
        f"Codebook: {codebook['id']} version {codebook['version']} (fingerprint {codebook['fingerprint'][:12]}).",
        f"Model: `{card['model_id']}` ({card['backend']} backend), fitted on every segment and saved as "
        "`model.skops` with `model_card.json` and `model_card.md`.",
        "",
        f"{result['segments']} segments in {result['groups']} groups; {int(result['oof'].fold_of.max()) + 1} "
        "folds, whole groups dealt to folds by iterative stratification over codes; calibration and "
        "thresholds cross-fitted on the other folds; intervals: 95% percentile bootstrap over groups.",
        f"Micro F1 {summary['micro_f1']}, macro F1 {summary['macro_f1']}, macro alpha {summary['macro_alpha']}; "
        f"expected calibration error {summary['ece_uncalibrated']} before, {summary['ece']} after.",
        *context_lines(result),
        "",
        *metrics_markdown(result["metrics"]),
    ]
    if result["not_modelled"]:
        lines += [
            "",
            "Not modelled (too few examples): "
            + ", ".join(f"{code} ({n} present)" for code, n in result["not_modelled"].items()),
        ]
    if definitions:
        lines += ["", "## Codes", "", *definitions]
    lines += ["", "## Learning curve", "", *learning_curve_markdown(result["learning_curve"])]
    write_text("\n".join(lines) + "\n", out / "evaluation.md")
    write_text(json.dumps(without_nan(summary), indent=2, sort_keys=True) + "\n", out / "summary.json")


def context_lines(result: dict[str, Any]) -> list[str]:
    """What the model read beside each segment, and, where cross-validation chose it, what each choice scored."""
    scores = result.get("context_scores") or {}
    if not scores:
        return []
    said = {"previous_turn": "with the context column", "none": "without it"}
    return [
        f"Context: the model reads each segment {said[result['context']]}, the higher by cross-validation (macro "
        + "alpha "
        + ", ".join(f"{said[name]} {score}" for name, score in scores.items())
        + "; chosen on the same folds, so the figures above are a little flattered)."
    ]


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
