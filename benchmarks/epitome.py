"""The classifier on real data nobody here wrote: EPITOME's Reddit empathy annotations (Sharma et al. 2020).

    python benchmarks/epitome.py [--backend tfidf] [--context] [--regularisation 4] [--rows N]
    python benchmarks/epitome.py --write-table /tmp/epitome/coded.csv

Reads the three CSVs from ``../shared/external/epitome-empathy`` (never copied into this
repository; licence unclear, research use only), one row per (seeker post, response) pair, and
treats each empathy mechanism as a code: present when the researchers rated it 1 (weak) or 2
(strong). Folds are grouped by ``rp_id`` (a response never in both training and test), five of them;
the text is ``response_post``, and with ``--context`` the ``seeker_post`` is the context, marked as
the previous turn is in the pipeline. It runs ``pipeline.evaluate``'s machinery (the same model,
folds, calibration, thresholds and metrics as the train stage) and prints per-mechanism F1 and
Cohen's kappa beside the reference: TF-IDF plus logistic regression, grouped 5-fold CV, computed on
these files.

``--write-table`` only joins the three files into one table of coded segments (one row per pair,
each mechanism's level 0, 1 or 2 in a column named by its code id) for ``python -m pipeline.evaluate
--codebook examples/epitome/codebook.yaml`` (see examples/epitome/README.md). The table is their data:
it must be written outside this repository, and the script refuses a path inside it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.classifier.evaluation import evaluate_table
from pipeline.classifier.model import BACKENDS

PROJECT = Path(__file__).resolve().parents[1]
EPITOME = PROJECT.parent / "shared" / "external" / "epitome-empathy"
MECHANISMS = {
    "emotional_reactions": "emotional-reactions-reddit.csv",
    "interpretations": "interpretations-reddit.csv",
    "explorations": "explorations-reddit.csv",
}
# F1 / kappa of the reference (TF-IDF + logistic regression, grouped 5-fold CV by rp_id), from the issue
REFERENCE = {"emotional_reactions": (0.695, 0.543), "interpretations": (0.808, 0.636), "explorations": (0.727, 0.681)}


def epitome_levels(folder: Path = EPITOME) -> pd.DataFrame:
    """One row per (seeker post, response) pair with each mechanism's level (0, 1, 2) in a column.

    The three files list the same pairs in the same order (their README); rows are joined by position
    and the ids are checked, since the texts differ in whitespace between files.
    """
    frames = {code: pd.read_csv(folder / name, dtype={"level": int}) for code, name in MECHANISMS.items()}
    first = next(iter(frames.values()))
    table = first[["sp_id", "rp_id", "seeker_post", "response_post"]].copy()
    for code, frame in frames.items():
        if not (frame["rp_id"].to_numpy() == table["rp_id"].to_numpy()).all():
            raise SystemExit(f"{folder / MECHANISMS[code]}: rows are not in the same order as the other files")
        table[code] = frame["level"].to_numpy()
    return table


def epitome_table(folder: Path = EPITOME) -> pd.DataFrame:
    """As ``epitome_levels``, each mechanism 1 where present (level 1 or 2), else 0."""
    table = epitome_levels(folder)
    table[list(MECHANISMS)] = (table[list(MECHANISMS)] > 0).astype(int)
    return table


def write_table(path: Path) -> int:
    """The joined table as CSV, outside the project: their data never enters this repository."""
    if path.resolve().is_relative_to(PROJECT):
        print(f"{path}: inside the project; write the EPITOME table outside it (their data, licence unclear)")
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    epitome_levels().to_csv(path, index=False)
    print(f"{path}: {len(pd.read_csv(path))} coded responses, levels 0-2 per mechanism")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=BACKENDS, default="tfidf")
    parser.add_argument("--context", action="store_true", help="read the seeker post as the response's context")
    parser.add_argument("--regularisation", type=float, default=4.0)
    parser.add_argument("--rows", type=int, help="only the first N rows (a quick look)")
    parser.add_argument("--seed", type=int, default=20170213)
    parser.add_argument("--write-table", type=Path, help="only write the joined table there (outside the project)")
    args = parser.parse_args()
    if not EPITOME.is_dir():
        print(f"{EPITOME}: not found; this benchmark reads the EPITOME files from ../shared/external")
        return 1
    if args.write_table:
        return write_table(args.write_table)
    table = epitome_table()
    if args.rows:
        table = table.iloc[: args.rows].reset_index(drop=True)
    codes = list(MECHANISMS)
    started = time.perf_counter()
    result = evaluate_table(
        table,
        "response_post",
        "rp_id",
        codes,
        table[codes].to_numpy(dtype=np.int8),
        "seeker_post" if args.context else None,
        folds=5,
        seed=args.seed,
        regularisation=args.regularisation,
        backend=args.backend,
    )
    seconds = time.perf_counter() - started
    metrics = result["metrics"].set_index("code")
    print(
        f"EPITOME Reddit: {len(table)} responses, {result['groups']} rp_id groups, 5 grouped folds; "
        f"backend {args.backend}, context {'seeker post' if args.context else 'none'}, C {args.regularisation}"
    )
    print("| mechanism | present | reference F1 | F1 [95% CI] | reference kappa | kappa [95% CI] | alpha | beats |")
    print("|---|---|---|---|---|---|---|---|")
    for code in codes:
        row = metrics.loc[code]
        f1_ref, kappa_ref = REFERENCE[code]
        beats = "yes" if row["f1"] > f1_ref and row["kappa"] > kappa_ref else "no"
        print(
            f"| {code} | {int(row['human_positive'])} | {f1_ref:.3f} | {row['f1']:.3f} "
            f"[{row['f1_low']:.3f}, {row['f1_high']:.3f}] | {kappa_ref:.3f} | {row['kappa']:.3f} "
            f"[{row['kappa_low']:.3f}, {row['kappa_high']:.3f}] | {row['alpha']:.3f} | {beats} |"
        )
    summary = result["summary"]
    print(
        f"calibration error {summary['ece_uncalibrated']} -> {summary['ece']}; {seconds:.0f} s with the learning curve"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
