"""Retrain the gate's phrase recogniser (``pipeline/phrase_recogniser.py``) on the labelled sets.

    python benchmarks/train_phrase_recogniser.py                    # every set but the ones kept blind
    python benchmarks/train_phrase_recogniser.py --blind blind-am blind-an --cv

Each set is read as the gate reads a study (segments, each parsed by the gate's spaCy pipeline), so the
model learns from the features it will see. A set still waiting for its first score is named with
``--blind`` and left out, so that score stays a measure of text nobody tuned on. ``--cv`` first prints a
leave-sets-out estimate (six groups of sets): of the identifiers in held-out sets, how many the model
alone finds, and how many of its phrases touch none (false alarms per 1,000 words).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
from anonymity_recall import PROJECT, SETS  # run as a script: benchmarks/ is on the path

from pipeline.anonymity import load_ner
from pipeline.config import load_config
from pipeline.gate_evaluation import label_spans, read_set
from pipeline.ingest import load_nlp
from pipeline.phrase_recogniser import MODEL, examples, train

THRESHOLD = 0.5  # the probability above which a phrase is found; chosen by --cv, see the notes in the model


def set_docs(folder: Path, config: dict, nlp: object, ner: object) -> list[tuple[object, list[tuple[int, int]]]]:
    """Each segment of a set parsed as the gate parses it, with its labelled spans in segment offsets."""
    segments, sources = read_set(folder, config, nlp)
    labels = label_spans(sources, pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False))
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in labels.itertuples():
        spans.setdefault(str(row.workshop_id), []).append((int(row.start), int(row.end)))
    texts = segments["text"].astype(str).tolist()
    docs = []
    for doc, workshop_id, start in zip(ner.pipe(texts), segments["workshop_id"], segments["start"], strict=True):
        here = [(a - int(start), b - int(start)) for a, b in spans.get(str(workshop_id), [])]
        docs.append((doc, [(a, b) for a, b in here if b > 0 and a < len(doc.text)]))
    return docs


def cross_validate(by_set: dict[str, list], threshold: float) -> None:
    names = sorted(by_set)
    found = total = false_alarms = words = 0
    for fold in range(6):
        held = names[fold::6]
        features, targets = examples(doc for name in names if name not in held for doc in by_set[name])
        model = train(features, targets, threshold)
        stored = (model["weights"], model["intercept"], model["threshold"])
        from pipeline.phrase_recogniser import phrase_findings

        for name in held:
            for doc, spans in by_set[name]:
                hits = phrase_findings(doc, stored)
                covered = {i for f in hits for i in range(f.start, f.end)}
                total += len(spans)
                found += sum(all(i in covered for i in range(a, b)) for a, b in spans)
                false_alarms += sum(not any(a < f.end and f.start < b for a, b in spans) for f in hits)
                words += len(doc.text.split())
    print(
        f"leave-sets-out: the model alone finds {found} of {total} identifiers ({found / total:.3f}); "
        f"{false_alarms} false alarms, {1000 * false_alarms / words:.2f} per 1,000 words"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", nargs="*", default=[], help="sets to leave out (not yet scored)")
    parser.add_argument("--cv", action="store_true", help="print a leave-sets-out estimate first")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    config = load_config(PROJECT / "config" / "config.yaml")
    nlp, ner = load_nlp(config["spacy_model"]), load_ner(config["spacy_model"])
    sets = [folder for folder in SETS if folder.name not in set(args.blind) and (folder / "labels.csv").is_file()]
    by_set = {folder.name: set_docs(folder, config, nlp, ner) for folder in sets}
    if args.cv:
        cross_validate(by_set, THRESHOLD)
    features, targets = examples(doc for name in by_set for doc in by_set[name])
    model = train(features, targets, THRESHOLD)
    model["trained_on"] = [str(folder.relative_to(PROJECT)) for folder in sets]
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{args.out.relative_to(PROJECT)}: {model['examples']} phrases, {model['identifiers']} identifiers, "
        f"{len(model['weights'])} weights, from {len(sets)} sets"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
