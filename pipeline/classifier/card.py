"""What is written about a model: its card (JSON: what it learnt from, its codebook, cross-validated metrics,
calibration, learning curve, settings and limits), the card in Markdown, and ``pipeline.evaluate``'s evaluation
of a coded table beside it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.agreement import BOOTSTRAP_SAMPLES
from pipeline.classifier.calibration import CALIBRATION_BINS
from pipeline.classifier.folds import MIN_WORKSHOPS
from pipeline.classifier.metrics import LEARNING_CURVE_COLUMNS, curve_by_code
from pipeline.classifier.model import FEATURES, MODEL_NAMES
from pipeline.codebook import Codebook
from pipeline.tables import write_csv, write_parquet, write_text

CALIBRATION = "Platt scaling per code (a logistic curve on the score's log-odds), fitted on out-of-fold probabilities"


def model_version(texts: Sequence[str], labels: np.ndarray, codes: Sequence[str], settings: dict[str, Any]) -> str:
    """A short hash of everything the model learned from, so codes can name the model that made them."""
    digest = hashlib.sha256()
    digest.update(json.dumps([list(codes), settings, FEATURES], sort_keys=True).encode())
    for text, row in zip(texts, labels.tolist(), strict=True):
        digest.update(text.encode("utf-8"))
        digest.update(bytes(row))
    return digest.hexdigest()[:12]


def without_nan(value: Any) -> Any:
    """The same structure with NaN as None, so the card is strict JSON (null where a statistic is undefined)."""
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_nan(item) for item in value]
    if isinstance(value, float) and np.isnan(value):
        return None
    return value


def metrics_by_code(metrics: pd.DataFrame) -> dict[str, dict[str, float]]:
    """The per-code metrics for the card's JSON, rounded so the file stays readable."""
    numbers = metrics.drop(columns=["code"]).astype(float).round(4)
    return dict(zip(metrics["code"], numbers.to_dict(orient="records"), strict=True))


def codebook_entry(codebook: Codebook) -> dict[str, str]:
    """The codebook as the card records it; the loader refuses the model for any other fingerprint."""
    return {"id": codebook.id, "version": codebook.version, "fingerprint": codebook.fingerprint}


def model_card(
    evaluation: dict[str, Any],
    texts: Sequence[str],
    labels: np.ndarray,
    codes: Sequence[str],
    codebook: dict[str, str],
    training: dict[str, Any],
    settings: dict[str, Any],
    not_modelled: dict[str, int],
    min_positive: int,
    groups_are: str = "workshop",
) -> dict[str, Any]:
    """The model card (JSON) of a model from ``evaluate_codes``: what it learnt from, its codebook, its
    cross-validated metrics, calibration and learning curve, its settings and limits. The train stage
    and ``pipeline.evaluate`` both write it; ``groups_are`` names what folds are grouped by."""
    summary = evaluation["summary"]
    backend = str(settings.get("backend", "tfidf"))
    name = MODEL_NAMES[backend]
    n_groups = training.get("workshops", training.get("groups"))
    card: dict[str, Any] = {
        "model": name,
        "model_id": f"{name}@{model_version(texts, labels, codes, settings)}",
        "backend": backend,
        "features": FEATURES,
        "codebook": codebook,
        "codes": list(codes),
        "thresholds": dict(zip(codes, evaluation["thresholds"], strict=True)),
        "not_modelled": not_modelled,
        "min_positive": min_positive,  # the human-coded examples (and non-examples) a code needs to be modelled
        "training": training,
        "cross_validation": {
            "scheme": (
                f"grouped by {groups_are} (whole {groups_are}s dealt to folds by iterative stratification over "
                "codes); calibration and thresholds cross-fitted on the other folds"
            ),
            "folds": int(evaluation["oof"].fold_of.max()) + 1,
            **{key: summary[key] for key in ("micro_precision", "micro_recall", "micro_f1", "macro_f1", "macro_alpha")},
            **{key: summary[key] for key in ("micro_f1_low", "micro_f1_high", "macro_f1_low", "macro_f1_high")},
            "fewest_positives_in_a_fold": summary["fewest_positives_in_a_fold"],
        },
        "calibration": {
            "method": CALIBRATION,
            "slopes": dict(zip(codes, evaluation["slopes"].round(6).tolist(), strict=True)),
            "intercepts": dict(zip(codes, evaluation["intercepts"].round(6).tolist(), strict=True)),
            "bins": CALIBRATION_BINS,
            **{key: summary[key] for key in ("ece_uncalibrated", "ece", "brier_uncalibrated", "brier")},
        },
        "intervals": (
            f"95% percentile bootstrap, {BOOTSTRAP_SAMPLES} resamples of whole {groups_are}s "
            f"(segments of one {groups_are} are not independent)"
        ),
        "metrics": metrics_by_code(evaluation["metrics"]),
        "learning_curve": evaluation["learning_curve"][list(LEARNING_CURVE_COLUMNS)].to_dict(orient="records"),
        "learning_curve_by_code": curve_by_code(evaluation["learning_curve"], codes),
        "settings": settings,
        "limits": [
            "Learns word and character patterns, not meaning: a theme voiced in words unlike the "
            "training examples can be missed."
            if backend == "tfidf"
            else "Learns word and character patterns, and the sentence encoder's sense of meaning for the "
            "segment's own text (not its context); the encoder was trained on English web text.",
            f"Codes with fewer than {min_positive} human-coded examples are not modelled and never predicted.",
            "Probabilities are calibrated per code on the cross-validated predictions (Platt scaling; "
            f"expected calibration error {summary['ece_uncalibrated']} before, {summary['ece']} after, a point "
            "figure from the same predictions, with no interval): a 0.3 "
            f"means about three segments in ten like it carry the code, in {groups_are}s like the training ones. "
            "The final model is fitted on all the coded segments, so it may be a little more confident "
            "than the cross-validated models the curves were fitted on.",
            f"The metrics come from {n_groups} {groups_are}s; "
            + (
                f"their intervals resample the {groups_are}s, and from fewer than {MIN_WORKSHOPS} none is given; "
                if int(n_groups or 0) < MIN_WORKSHOPS
                else f"with few {groups_are}s the intervals are wide "
            )
            + f"and a new kind of {groups_are}"
            + (" (another group, another stakeholder)" if groups_are == "workshop" else "")
            + " may score lower.",
        ],
    }
    if backend == "tfidf+embeddings":
        from pipeline.classifier.embeddings import installed_encoder

        # the encoder is not in the model file: the loader re-creates it from this package and version
        card["encoder"] = installed_encoder()
    return card


def with_interval(value: float, low: float, high: float) -> str:
    if np.isnan(value):
        return "n/a"
    if np.isnan(low):
        return f"{value:.2f}"
    return f"{value:.2f} [{low:.2f}, {high:.2f}]"


def metrics_markdown(metrics: pd.DataFrame) -> list[str]:
    """The per-code table: each agreement statistic with its 95% interval, and calibration error."""
    lines = [
        "| code | human positives | threshold | precision | recall | F1 | kappa | alpha | ECE before → after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in metrics.to_dict(orient="records"):
        cells = [
            str(row["code"]),
            str(row["human_positive"]),
            f"{row['threshold']:.3f}",
            *(
                with_interval(row[name], row[f"{name}_low"], row[f"{name}_high"])
                for name in ("precision", "recall", "f1", "kappa", "alpha")
            ),
            f"{row['ece_uncalibrated']:.3f} → {row['ece']:.3f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def learning_curve_markdown(curve: pd.DataFrame) -> list[str]:
    lines = ["| share of training segments | segments per training fold | macro F1 | micro F1 | macro alpha |"]
    lines.append("|---|---|---|---|---|")
    for row in curve.to_dict(orient="records"):
        lines.append(
            f"| {row['share']:.0%} | {row['training_segments']:.0f} | {row['macro_f1']:.3f} | "
            f"{row['micro_f1']:.3f} | {row['macro_alpha']:.3f} |"
        )
    return lines


def write_model_card_markdown(
    card: dict[str, Any], metrics: pd.DataFrame, path: Path, definitions: Sequence[str] = ()
) -> None:
    """The card for people: ``definitions`` (Markdown lines, from ``pipeline.evaluate``) say what
    each code means."""
    cv, calibration, training = card["cross_validation"], card["calibration"], card["training"]
    codebook = card["codebook"]
    if training.get("coders"):
        learnt_from = (
            f"Training data: {training['segments']} human-reviewed segments from {training['workshops']} "
            f"workshops, coders: {', '.join(training['coders'])}."
        )
    else:
        learnt_from = (
            f"Training data: {training['segments']} coded segments from {training['groups']} groups "
            f"(`{training['group_column']}`) in `{training['table']}`."
        )
    lines = [
        f"# Model card: {card['model_id']}",
        "",
        f"Codebook: {codebook['id']} version {codebook['version']} (fingerprint {codebook['fingerprint'][:12]}).",
        learnt_from,
        f"Features: {card['features']}.",
    ]
    if "encoder" in card:
        encoder = card["encoder"]
        lines.append(
            f"Backend: {card['backend']}; sentence encoder {encoder['package']} {encoder['version']} "
            f"({encoder['runtime']}), re-created from the installed package when the model is loaded, not "
            "stored in the model file."
        )
    lines += [
        f"Cross-validation: {cv['folds']} folds, {cv['scheme']}; micro F1 {cv['micro_f1']}, "
        f"macro F1 {cv['macro_f1']}, macro alpha {cv['macro_alpha']}.",
        f"Calibration: {calibration['method']}. Expected calibration error ({calibration['bins']} bins, "
        f"all codes) {calibration['ece_uncalibrated']} before, {calibration['ece']} after; Brier score "
        f"{calibration['brier_uncalibrated']} before, {calibration['brier']} after. Thresholds are on the "
        "calibrated scale.",
        f"Intervals: {card['intervals']}.",
        "",
        *metrics_markdown(metrics),
    ]
    if card["not_modelled"]:
        lines += [
            "",
            "Not modelled (too few examples): " + ", ".join(f"{c} ({n})" for c, n in card["not_modelled"].items()),
        ]
    if definitions:
        lines += ["", "## Codes", "", *definitions]
    lines += ["", "## Learning curve", "", *learning_curve_markdown(pd.DataFrame(card["learning_curve"]))]
    lines += ["", "## Limits", ""] + [f"- {limit}" for limit in card["limits"]]
    write_text("\n".join(lines) + "\n", path)


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
