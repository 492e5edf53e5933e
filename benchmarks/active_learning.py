"""Learning curve of the review queue: does coding the least certain segments teach the model faster
than coding a random sample of the same size?

    python benchmarks/active_learning.py [--rounds 8] [--start 80] [--size 40] [--repeats 3]

Simulated on the demo study (run the pipeline once first, for ``data/processed/segments.parquet``).
The human consensus codes are the oracle. The workshops in ``--test`` are held out, never coded in
the simulation and used only to measure; the other human-coded segments are the pool. Each repeat
starts from the same random ``--start`` segments of the pool for both strategies; each round takes
``--size`` more segments from the pool, by the review stage's own uncertainty draw
(``pipeline.review``) or at random, gives them their oracle codes, retrains with the pipeline's
``train`` and measures macro F1 (every code the test workshops carry; a code the model cannot yet
model scores 0) on the held-out workshops. Prints both curves per round, averaged over repeats.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

from pipeline.classifier.crossval import label_matrix
from pipeline.classifier.model import code_probabilities
from pipeline.codebook import load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.config import load_config
from pipeline.review import draw, uncertainty
from pipeline.texts import model_inputs
from pipeline.train import train

PROJECT = Path(__file__).resolve().parents[1]


def macro_f1(result: dict, inputs: pd.Series, test_ids: list[str], truth: np.ndarray, codes: list[str]) -> float:
    """Macro F1 over ``codes`` on the test segments, with the model's own thresholds."""
    card = result["card"]
    predicted = np.zeros_like(truth)
    probabilities = code_probabilities(result["model"], inputs.loc[test_ids].tolist(), len(card["codes"]))
    for j, code in enumerate(card["codes"]):
        predicted[:, codes.index(code)] = probabilities[:, j] >= card["thresholds"][code]
    return float(f1_score(truth, predicted, average="macro", zero_division=0.0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--start", type=int, default=80, help="coded segments before the first round")
    parser.add_argument("--size", type=int, default=40, help="segments coded per round (review.size)")
    parser.add_argument("--repeats", type=int, default=3, help="different starting samples")
    parser.add_argument("--test", nargs="+", default=["cg01", "fac01"], help="held-out workshops")
    args = parser.parse_args()
    config = load_config(PROJECT / "config/config.yaml")
    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    segments = pd.read_parquet(PROJECT / "data/processed/segments.parquet")
    coding = read_coding(sorted((PROJECT / "data/raw/coding").glob("*.csv")), set(segments["segment_id"]), codebook)
    share = config["coding"]["consensus"]
    settings = config["train"]
    reviewed, agreed = consensus(coding, share)
    workshop = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    inputs = model_inputs(segments, settings["context"])
    test_ids = [s for s in reviewed if workshop[s] in args.test]
    pool = segments[segments["segment_id"].isin(set(reviewed) - set(test_ids))].reset_index(drop=True)
    leaf = list(codebook.leaf_ids)
    test_truth = label_matrix(test_ids, agreed[agreed["segment_id"].isin(set(test_ids))], leaf)
    measured = [code for j, code in enumerate(leaf) if test_truth[:, j].any()]
    test_truth = test_truth[:, [leaf.index(code) for code in measured]]
    print(
        f"oracle: {len(reviewed)} human-coded segments; held out {', '.join(args.test)} ({len(test_ids)} segments, "
        f"{len(measured)} codes); pool {len(pool)} segments from {pool['workshop_id'].nunique()} workshops"
    )

    def fit(labelled: list[str]) -> dict:
        oracle = coding[coding["segment_id"].isin(set(labelled))]
        return train(
            segments, oracle, codebook, share, settings["folds"], settings["seed"], settings["min_positive"],
            settings["regularisation"], settings["context"],
        )  # fmt: skip

    curves: dict[str, np.ndarray] = {
        "uncertainty": np.zeros((args.repeats, args.rounds + 1)),
        "random": np.zeros((args.repeats, args.rounds + 1)),
    }
    labelled_counts = [args.start + args.size * r for r in range(args.rounds + 1)]
    began = time.perf_counter()
    for repeat in range(args.repeats):
        rng = np.random.default_rng(repeat)
        start = pool["segment_id"].to_numpy()[rng.choice(len(pool), args.start, replace=False)].tolist()
        for strategy, curve in curves.items():
            labelled = list(start)
            for round_ in range(args.rounds + 1):
                result = fit(labelled)
                curve[repeat, round_] = macro_f1(result, inputs, test_ids, test_truth, measured)
                if round_ == args.rounds:
                    break
                rest = pool[~pool["segment_id"].isin(set(labelled))].reset_index(drop=True)
                if strategy == "uncertainty":
                    card = result["card"]
                    thresholds = np.array([card["thresholds"][code] for code in card["codes"]])
                    texts = inputs.loc[rest["segment_id"]].tolist()
                    probabilities = code_probabilities(result["model"], texts, len(card["codes"]))
                    distance, _ = uncertainty(probabilities, thresholds)
                    labelled += draw(rest, distance, args.size)["segment_id"].tolist()
                else:
                    labelled += rest["segment_id"].to_numpy()[rng.choice(len(rest), args.size, replace=False)].tolist()
        print(
            f"repeat {repeat + 1}: final macro F1 uncertainty {curves['uncertainty'][repeat, -1]:.3f}, "
            f"random {curves['random'][repeat, -1]:.3f} ({time.perf_counter() - began:.0f} s)",
            flush=True,
        )
    uncertain, random = curves["uncertainty"].mean(axis=0), curves["random"].mean(axis=0)
    print(f"\nmacro F1 on the held-out workshops, mean of {args.repeats} repeats (min-max in brackets)\n")
    print("| round | coded segments | uncertainty | random | gain |")
    print("|---|---|---|---|---|")
    for r, count in enumerate(labelled_counts):
        spread = {k: f"({v[:, r].min():.3f}-{v[:, r].max():.3f})" for k, v in curves.items()}
        print(
            f"| {r} | {count} | {uncertain[r]:.3f} {spread['uncertainty']} | {random[r]:.3f} {spread['random']} "
            f"| {uncertain[r] - random[r]:+.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
