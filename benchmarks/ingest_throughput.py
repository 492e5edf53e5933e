"""Ingest plus anonymity gate throughput, as a ratio of spaCy's own ``nlp.pipe`` on the same text.

    python benchmarks/ingest_throughput.py [--copies 20]

Makes a corpus from the demo study's transcripts (each copy's words shuffled within turns, so no
two workshops are the same text), then times, in this one process with the models already loaded:
(a) the pipeline's ingest (reading, turns, sentence splitting of long turns) plus the gate's scan,
and (b) ``nlp.pipe`` over the same segment texts with the gate's model and components, in ``--pairs``
interleaved pairs, each side first in turn, after both have run once on a few turns (the word lists load once a
process). Prints words per second for both, each pair's ratio, their median and range.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from pipeline.anonymity import allowed_words, load_ner, scan
from pipeline.config import load_config
from pipeline.ingest import ingest, load_nlp
from pipeline.transcripts import Layout

PROJECT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, copies: int, seed: int = 1) -> Path:
    """``copies`` variants of each demo transcript and a workshops.csv for them."""
    rng = random.Random(seed)
    transcripts = folder / "transcripts"
    transcripts.mkdir(parents=True)
    rows = []
    for source in sorted((PROJECT / "data/raw/transcripts").glob("*.txt")):
        lines = source.read_text(encoding="utf-8").splitlines()
        for copy in range(copies):
            varied = []
            for line in lines:
                label, sep, speech = line.partition(": ")
                words = speech.split()
                if sep and len(words) > 3:
                    middle = words[1:-1]
                    rng.shuffle(middle)
                    line = label + sep + " ".join([words[0], *middle, words[-1]])
                varied.append(line)
            workshop_id = f"{source.stem}x{copy:03d}"
            (transcripts / f"{workshop_id}.txt").write_text("\n".join(varied) + "\n", encoding="utf-8")
            rows.append({"workshop_id": workshop_id, "group": "g", "stakeholder": "members", "date": "2026-01-01"})
    pd.DataFrame(rows).to_csv(folder / "workshops.csv", index=False)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="variants of each of the 5 demo workshops")
    parser.add_argument("--pairs", type=int, default=3, help="interleaved measurements of each side")
    args = parser.parse_args()
    config = load_config(PROJECT / "config/config.yaml")
    settings = config["ingest"]
    splitter, ner = load_nlp(config["spacy_model"]), load_ner(config["spacy_model"])
    allowed = allowed_words(settings["speaker_pattern"], config["anonymity"]["allow"])
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp), args.copies)
        files = sorted((corpus / "transcripts").iterdir())

        def ingest_and_gate(files: list[Path]) -> tuple[float, float, pd.DataFrame, pd.DataFrame]:
            began = time.perf_counter()
            segments, _, sources = ingest(
                files, corpus / "workshops.csv", splitter, settings["speaker_pattern"],
                settings["roles_by_prefix"], settings["max_segment_chars"], layout=Layout.from_settings(settings),
            )  # fmt: skip
            ingest_time = time.perf_counter() - began
            # the gate as the pipeline runs it: every character of the sources, not only the segments
            findings = scan(segments, ner, config["anonymity"]["entity_labels"], allowed, sources)
            return ingest_time, time.perf_counter() - began, segments, findings

        def spacy_alone(texts: list[str]) -> float:
            started = time.perf_counter()
            for _ in ner.pipe(texts, batch_size=256):
                pass
            return time.perf_counter() - started

        # both sides once on a few turns first: the word lists load and the caches fill once a process, which
        # a study's run pays once, not per workshop
        warm = ingest(
            files, corpus / "workshops.csv", splitter, settings["speaker_pattern"], settings["roles_by_prefix"],
            settings["max_segment_chars"], layout=Layout.from_settings(settings),
        )[0].head(200)  # fmt: skip
        scan(warm, ner, config["anonymity"]["entity_labels"], allowed)
        spacy_alone(warm["text"].tolist())
        ratios = []
        for pair in range(1, args.pairs + 1):  # interleaved, so a slow spell of the machine hits both sides
            if pair % 2:  # and in turn first, so a machine speeding up or slowing down favours neither
                ingest_time, ours, segments, findings = ingest_and_gate(files)
                texts = segments["text"].tolist()
                baseline = spacy_alone(texts)
            else:
                baseline = spacy_alone(texts)
                ingest_time, ours, segments, findings = ingest_and_gate(files)
            words = sum(len(text.split()) for text in texts)
            ratios.append(baseline / ours)
            print(
                f"pair {pair}: ingest + gate {ours:.2f} s = {words / ours:,.0f} words/s (ingest {ingest_time:.2f} s, "
                f"gate {ours - ingest_time:.2f} s); nlp.pipe ({', '.join(ner.pipe_names)}) {baseline:.2f} s = "
                f"{words / baseline:,.0f} words/s; ratio {baseline / ours:.2f}"
            )
    print(f"corpus: {len(files)} workshops, {len(segments)} segments, {words} words; {len(findings)} findings")
    print(
        f"ratio over {len(ratios)} pairs: median {sorted(ratios)[len(ratios) // 2]:.2f}, "
        f"range {min(ratios):.2f}-{max(ratios):.2f} (target at least 0.8)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
