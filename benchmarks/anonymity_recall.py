"""Recall and false alarms of the anonymity gate, on labelled sets and on real text without identifiers.

    python benchmarks/anonymity_recall.py                      # every labelled set in the repository
    python benchmarks/anonymity_recall.py --sets DIR [DIR ...] # any labelled sets (labels.csv beside them)
    python benchmarks/anonymity_recall.py --real-text ../shared/external/epitome-empathy --limit 2000

Each set is read as ingest reads it (.txt, .vtt, .docx, ...) and scanned as the gate scans a study: every
character of the normalised source, header lines and speaker labels included, so text the gate does not
look at counts as missed (see ``pipeline.gate_evaluation``). Prints recall per kind, span and line recall,
and false alarms per 1,000 words. ``--real-text`` scans the EPITOME peer-support responses (Reddit
posts, read from ``../shared/external``, never copied here) as one segment each and counts every finding
as a false alarm, with the kinds and detectors that raised them; ``--show`` prints them in clear, for a
developer's eyes only (the text is third-party data, not a study's).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.anonymity import allowed_words, load_ner, scan
from pipeline.config import load_config
from pipeline.detectors import KINDS
from pipeline.gate_evaluation import evaluate_set, summary_line
from pipeline.ingest import load_nlp

PROJECT = Path(__file__).resolve().parents[1]
# every labelled set in the repository: the tests' fixtures, then benchmarks/anonymity/* in the order written
SETS = [
    PROJECT / "tests" / "fixtures" / "anonymity",
    *(PROJECT / "benchmarks" / "anonymity" / name for name in ("dev", "heldout", "blind-c", "blind-d", "blind-e")),
    *(PROJECT / "benchmarks" / "anonymity" / f"blind-{letter}" for letter in "fghijklmnopqrstuvwxyz"),
    *(PROJECT / "benchmarks" / "anonymity" / f"blind-a{letter}" for letter in "abcdefghijkl"),
    # blind-am is scored with --sets on a copy without its .xlsx sign-in sheet, which ingest refuses (no speaker
    # and text columns): its README gives that score
    *(PROJECT / "benchmarks" / "anonymity" / f"blind-a{letter}" for letter in "nopqrstuvwxyz"),
    # blind-bh's Microsoft Forms workbook, refused when it was scored blind, is read since ingest reads survey exports
    *(PROJECT / "benchmarks" / "anonymity" / f"blind-b{letter}" for letter in "abcdefghijklmnopqrst"),
]


def real_text_false_alarms(folder: Path, limit: int, ner: object, config: dict, show: bool) -> None:
    frames = [pd.read_csv(path) for path in sorted(folder.glob("*-reddit.csv"))]
    if not frames:
        sys.exit(f"{folder}: no *-reddit.csv files (EPITOME's Reddit portion)")
    posts = pd.concat(frames).drop_duplicates("rp_id")["response_post"].astype(str).head(limit).tolist()
    segments = pd.DataFrame(
        {
            "segment_id": [f"r{i:05d}" for i in range(len(posts))],
            "workshop_id": [f"r{i:05d}" for i in range(len(posts))],
            "line": 1,
            "start": 0,
            "end": [len(p) for p in posts],
            "text": posts,
        }
    )
    allowed = allowed_words(config["ingest"]["speaker_pattern"], config["anonymity"]["allow"])
    findings = scan(segments, ner, config["anonymity"]["entity_labels"], allowed)
    words = sum(len(p.split()) for p in posts)
    print(
        f"\nreal text without planted identifiers ({folder.name}, {len(posts)} responses, {words} words): "
        f"{len(findings)} findings, {1000 * len(findings) / words:.2f} per 1,000 words"
    )
    print("by kind:", dict(Counter(findings["kind"])))
    print("by detector:", dict(Counter(findings["detector"])))
    if show:
        for row in findings.itertuples():
            print(f"  {row.kind:<10} {row.detector:<32} {posts[int(str(row.workshop_id)[1:])][row.start : row.end]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", type=Path, nargs="*", default=SETS)
    parser.add_argument("--config", type=Path, default=PROJECT / "config" / "config.yaml")
    parser.add_argument("--real-text", type=Path, help="folder of EPITOME's *-reddit.csv files")
    parser.add_argument("--limit", type=int, default=2000, help="responses of the real text to scan")
    parser.add_argument("--show", action="store_true", help="print the real text's findings in clear")
    args = parser.parse_args()
    config = load_config(args.config)
    splitter, ner = load_nlp(config["spacy_model"]), load_ner(config["spacy_model"])
    allowed = allowed_words(config["ingest"]["speaker_pattern"], config["anonymity"]["allow"])

    def gate(segments: pd.DataFrame, sources: dict[str, str]) -> pd.DataFrame:
        return scan(segments, ner, config["anonymity"]["entity_labels"], allowed, sources)

    for folder in args.sets if args.real_text is None else []:
        table = evaluate_set(folder, config, splitter, gate, KINDS)
        print(
            "\n" + summary_line(str(folder.relative_to(PROJECT) if folder.is_relative_to(PROJECT) else folder), table)
        )
        print(table.to_string(index=False))
    if args.real_text is not None:
        real_text_false_alarms(args.real_text, args.limit, ner, config, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
