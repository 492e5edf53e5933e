"""Training speed: the train stage's work (grouped cross-validation, calibration, bootstrap intervals,
learning curve, final fit and save) on about 10,000 coded segments.

    python benchmarks/train_speed.py [--segments 10000]

Needs the demo study run once (``python -m pipeline run``) for ``data/processed/segments.parquet``.
Makes a study from the demo's human-coded segments: each copy is a new workshop whose segments keep
their codes and have their words shuffled within the segment (first and last word kept), so no two
copies are the same text and the vocabulary grows as it would with new workshops. Prints the number
of segments, workshops and codes and the seconds each part takes, in this one process. Target: under
60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import math
import random
import tempfile
import time
from pathlib import Path

import pandas as pd

from pipeline.classifier.model import save_model
from pipeline.codebook import load_codebook
from pipeline.coding import read_coding
from pipeline.config import load_config
from pipeline.tables import read_segments
from pipeline.train import train

PROJECT = Path(__file__).resolve().parents[1]


def varied(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) <= 3:
        return text
    middle = words[1:-1]
    rng.shuffle(middle)
    return " ".join([words[0], *middle, words[-1]])


def scaled_study(segments: pd.DataFrame, coding: pd.DataFrame, target: int, seed: int = 1) -> tuple[pd.DataFrame, ...]:
    """Copies of the coded workshops, words shuffled within segments, until ``target`` segments are coded."""
    rng = random.Random(seed)
    coded = segments[segments["segment_id"].isin(set(coding["segment_id"]))]
    copies = math.ceil(target / len(coded))
    new_segments, new_coding = [], []
    for copy in range(copies):
        suffix = f"x{copy:02d}"
        part = coded.assign(
            workshop_id=coded["workshop_id"] + suffix,
            segment_id=coded["segment_id"] + suffix,
            text=[varied(text, rng) for text in coded["text"]],
        )
        new_segments.append(part)
        new_coding.append(coding.assign(segment_id=coding["segment_id"] + suffix))
    all_segments = pd.concat(new_segments, ignore_index=True).iloc[:target]
    kept = set(all_segments["segment_id"])
    all_coding = pd.concat(new_coding, ignore_index=True)
    return all_segments, all_coding[all_coding["segment_id"].isin(kept)].reset_index(drop=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=10_000, help="coded segments to train on")
    parser.add_argument(
        "--workers", type=int, default=2, help="processes for the cross-validation (the rule's threads)"
    )
    args = parser.parse_args()
    config = load_config(PROJECT / "config/config.yaml")
    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    segments_path = PROJECT / "data/processed/segments.parquet"
    if not segments_path.is_file():
        print(f"{segments_path}: not found; run `python -m pipeline run` once first")
        return 1
    demo = read_segments([segments_path])
    coding = read_coding(sorted((PROJECT / "data/raw/coding").glob("*.csv")), set(demo["segment_id"]), codebook)
    segments, scaled_coding = scaled_study(demo, coding, args.segments)
    settings = config["train"]
    started = time.perf_counter()
    result = train(
        segments,
        scaled_coding,
        codebook,
        config["coding"]["consensus"],
        settings["folds"],
        settings["seed"],
        settings["min_positive"],
        settings["regularisation"],
        settings["context"],
        args.workers,
    )
    trained = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        save_model(result["model"], Path(folder) / "model.skops")
    saved = time.perf_counter()
    card = result["card"]
    print(
        f"{card['training']['segments']} coded segments, {card['training']['workshops']} workshops, "
        f"{len(card['codes'])} codes"
    )
    work = "CV, calibration, intervals, learning curve, final fit"
    print(f"train with {args.workers} workers ({work}): {trained - started:.1f} s")
    print(f"save (skops): {saved - trained:.1f} s")
    print(f"total: {saved - started:.1f} s (target: under 60 s on 2 cores)")
    macro_f1 = card["cross_validation"]["macro_f1"]
    print(f"grouped CV macro F1 {macro_f1} (copies share codes and words: not a quality figure)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
