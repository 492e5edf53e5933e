"""Recall and precision of the anonymity gate on the labelled synthetic test set.

    python benchmarks/anonymity_recall.py [--fixtures tests/fixtures/anonymity]

Ingests the labelled transcripts as the pipeline does, runs the gate's scan with the project's
settings, and prints one row per kind of identifier, plus false alarms per 1,000 words.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.anonymity import configured_allow, evaluate_labelled_set, load_ner
from pipeline.config import load_config
from pipeline.ingest import load_nlp

PROJECT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixtures", type=Path, default=PROJECT / "tests" / "fixtures" / "anonymity")
    parser.add_argument("--config", type=Path, default=PROJECT / "config" / "config.yaml")
    args = parser.parse_args()
    config = load_config(args.config)
    splitter, ner = load_nlp(config["spacy_model"]), load_ner(config["spacy_model"])
    for title, allow in (("project config only", []), ("plus the set's allow.yaml", configured_allow(args.fixtures))):
        table = evaluate_labelled_set(args.fixtures, config, splitter, ner, allow)
        print(
            f"\n{title}: {table.attrs['words']} words, false alarms per 1,000 words: "
            f"{table.attrs['false_alarms_per_1000_words']}"
        )
        print(table.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
