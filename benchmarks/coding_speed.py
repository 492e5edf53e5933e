"""Coding throughput of the saved model: segments coded per second by the code stage's own functions.

    python benchmarks/coding_speed.py [--segments 50000] [--workers 2]

Needs a trained model (run the pipeline once: ``data/processed/model/``). Scales the demo study's
segments to at least ``--segments`` (each copy a new workshop, its words shuffled within each
segment, so no two copies are the same text) and times ``pipeline.code.final_codes`` on all of them
as unreviewed segments, in one process and then split by workshop over ``--workers`` processes
(as per-workshop jobs would run; each worker loads the model before the clock starts). Then
breaks one process's time down: what the model reads (the text and the turn before), the word
and character TF-IDF features, the logistic regressions, and the rest of ``final_codes``.
Target: at least 5,000 segments per second on 2 cores.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.classifier.model import load_model
from pipeline.code import final_codes
from pipeline.codebook import load_codebook
from pipeline.overrides import OVERRIDE_COLUMNS
from pipeline.texts import model_inputs

PROJECT = Path(__file__).resolve().parents[1]
MODEL = PROJECT / "data/processed/model/model.skops"
CARD = PROJECT / "data/processed/model/model_card.json"
NO_CODING = pd.DataFrame(columns=["coder", "segment_id", "code"])
NO_OVERRIDES = pd.DataFrame(columns=["row", *OVERRIDE_COLUMNS, "stale"]).astype({"stale": bool})


def scaled_segments(target: int, seed: int = 1) -> pd.DataFrame:
    """Copies of the demo study's segments, each copy a workshop of its own with shuffled words."""
    demo = pd.read_parquet(PROJECT / "data/processed/segments.parquet")
    rng = random.Random(seed)
    copies = []
    for copy in range(math.ceil(target / len(demo))):
        texts = []
        for text in demo["text"]:
            words = text.split()
            middle = words[1:-1]
            rng.shuffle(middle)
            texts.append(" ".join([*words[:1], *middle, *words[-1:]]) if copy else text)
        copies.append(
            demo.assign(
                segment_id=demo["segment_id"] + f"-x{copy:03d}",
                workshop_id=demo["workshop_id"] + f"x{copy:03d}",
                text=texts,
            )
        )
    return pd.concat(copies, ignore_index=True)


WORKER: dict[str, Any] = {}


def load_worker() -> None:
    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    model, card = load_model(MODEL, CARD, codebook)
    WORKER.update(codebook=codebook, model=model, card=card)


def code_shard(segments: pd.DataFrame) -> tuple[int, float]:
    began = time.perf_counter()
    codes = final_codes(segments, NO_CODING, 0.5, WORKER["model"], WORKER["card"], NO_OVERRIDES, WORKER["codebook"])
    return len(codes), time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    segments = scaled_segments(args.segments)
    n = len(segments)
    began = time.perf_counter()
    load_worker()
    loaded, card = time.perf_counter() - began, WORKER["card"]
    print(
        f"{n:,} segments from {segments['workshop_id'].nunique()} workshops; model loaded in {loaded:.2f} s "
        f"({card['model_id']}, {len(card['codes'])} codes)"
    )

    codes, one = code_shard(segments)
    print(f"1 process: {one:.1f} s = {n / one:,.0f} segments/s ({codes:,} codes)")

    workshops = sorted(segments["workshop_id"].unique())
    shards = [segments[segments["workshop_id"].isin(workshops[i :: args.workers])] for i in range(args.workers)]
    with ProcessPoolExecutor(args.workers, initializer=load_worker) as pool:
        list(pool.map(int, range(args.workers)))  # start the workers and load the model before the clock
        began = time.perf_counter()
        results = list(pool.map(code_shard, shards))
        many = time.perf_counter() - began
    print(
        f"{args.workers} processes: {many:.1f} s = {n / many:,.0f} segments/s "
        f"({sum(c for c, _ in results):,} codes; target at least 5,000/s)"
    )

    model, card = WORKER["model"], WORKER["card"]
    linear = getattr(model, "classifier", model)  # the saved model wraps the pipeline with its calibration
    began = time.perf_counter()
    inputs = model_inputs(segments, card["settings"].get("context", "none")).tolist()
    timings = {"what the model reads (model_inputs)": time.perf_counter() - began}
    blocks = []
    for name, vectorizer in linear.named_steps["features"].transformer_list:
        began = time.perf_counter()
        blocks.append(vectorizer.transform(inputs))
        analyser = getattr(vectorizer.analyzer, "__name__", vectorizer.analyzer)
        timings[f"{name} TF-IDF ({analyser}, {len(vectorizer.vocabulary_):,} terms)"] = time.perf_counter() - began
    from scipy import sparse

    began = time.perf_counter()
    features = sparse.hstack(blocks).tocsr()
    timings["features side by side (hstack)"] = time.perf_counter() - began
    began = time.perf_counter()
    linear.named_steps["classifier"].predict_proba(features)
    timings["logistic regressions"] = time.perf_counter() - began
    timings["rest of final_codes (calibration, thresholds, sorting)"] = max(0.0, one - sum(timings.values()))
    print("\nwhere one process's time goes (the parts timed again on their own):")
    for step, seconds in timings.items():
        print(f"  {step:<55} {seconds:6.2f} s  {100 * seconds / one:4.0f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
