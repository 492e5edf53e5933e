"""Code: every segment gets its final codes, each saying where it came from.

Takes ``segments.parquet``, the trained model and its card, the human coding files, the overrides
and the codebook; makes ``codes.parquet`` (segment_id, code, source, by, probability) and an
overrides report. Precedence: a segment a human reviewed keeps the human consensus codes; the
model codes every other segment; overrides are applied last and always win.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.errors import StudyError, run_stage
from pipeline.overrides import OVERRIDE_COLUMNS, apply_overrides, read_overrides
from pipeline.tables import write_csv, write_parquet
from pipeline.train import model_inputs, remembered_probabilities

CODE_COLUMNS = ("segment_id", "code", "source", "by", "probability")

# Types a model file may contain. skops refuses anything else, so a tampered file cannot run code.
TRUSTED_MODEL_TYPES = (
    "builtins.slice",
    "pipeline.calibration.CalibratedModel",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "pipeline.ngrams.NgramTfidf",
    "pipeline.ngrams.character_ngrams",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
)


def load_model(model_path: Path, card_path: Path, codebook: Codebook) -> tuple[Any, dict[str, Any]]:
    """The trained model, loaded with an allow-list of types, and its card.

    A model trained on another codebook is refused: its codes would silently mean other things.
    """
    from skops.io import get_untrusted_types, load

    card = json.loads(card_path.read_text(encoding="utf-8"))
    if card["codebook"]["fingerprint"] != codebook.fingerprint:
        raise StudyError(
            f"{model_path}: trained on codebook version {card['codebook']['version']}, but "
            f"config/codebook.yaml is version {codebook.version} with other content; retrain the model"
        )
    try:
        untrusted = get_untrusted_types(file=model_path)
    except Exception as error:  # skops raises several types for a damaged archive
        raise StudyError(
            f"{model_path}: not a readable model file ({type(error).__name__}); retrain the model"
        ) from None
    unexpected = sorted(set(untrusted) - set(TRUSTED_MODEL_TYPES))
    if unexpected:
        raise StudyError(
            f"{model_path}: contains types outside the allow-list ({', '.join(unexpected)}); "
            "refusing to load it; retrain the model"
        )
    return load(model_path, trusted=list(untrusted)), card


def model_codes(
    segments: pd.DataFrame, inputs: pd.Series, model: Any, card: dict[str, Any], memo: Path | None = None
) -> pd.DataFrame:
    """Codes the model gives each segment: calibrated probability at or above the code's threshold.

    The model applies each code's Platt curve (``pipeline.calibration.CalibratedModel``), and the
    card's thresholds are on that calibrated scale.

    ``inputs`` is what the model reads for every segment of the study (see ``train.model_inputs``): built
    from all segments, so a segment's previous turn is there even when a human coded it.
    """
    if segments.empty:
        return pd.DataFrame(columns=list(CODE_COLUMNS))
    probabilities = remembered_probabilities(model, card, segments, inputs, memo)
    thresholds = np.array([card["thresholds"][code] for code in card["codes"]])
    rows, cols = np.nonzero(probabilities >= thresholds)
    return pd.DataFrame(
        {
            "segment_id": segments["segment_id"].to_numpy()[rows],
            "code": np.array(card["codes"])[cols],
            "source": "model",
            "by": card["model_id"],
            "probability": probabilities[rows, cols].round(6),
        }
    )


def final_codes(
    segments: pd.DataFrame,
    coding: pd.DataFrame,
    consensus_share: float,
    model: Any,
    card: dict[str, Any],
    overrides: pd.DataFrame,
    codebook: Codebook,
    memo: Path | None = None,
) -> pd.DataFrame:
    """Human consensus for reviewed segments, the model for the rest, then the overrides."""
    reviewed, agreed = consensus(coding, consensus_share)
    human = agreed.assign(source="human", probability=float("nan"))
    unreviewed = segments[~segments["segment_id"].isin(reviewed)]
    inputs = model_inputs(segments, card["settings"].get("context", "none"))
    codes = pd.concat([human, model_codes(unreviewed, inputs, model, card, memo)], ignore_index=True)
    codes = apply_overrides(codes[list(CODE_COLUMNS)], overrides)
    # one stable order: segments as ingested, codes as in the codebook
    order = {segment_id: i for i, segment_id in enumerate(segments["segment_id"])}
    code_order = {code: i for i, code in enumerate(codebook.leaf_ids)}
    codes = codes.assign(_s=codes["segment_id"].map(order), _c=codes["code"].map(code_order))
    codes = codes.sort_values(["_s", "_c"]).drop(columns=["_s", "_c"]).reset_index(drop=True)
    codes["probability"] = codes["probability"].astype(float)
    return codes[list(CODE_COLUMNS)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.code", description=__doc__)
    parser.add_argument("--segments", type=Path, required=True)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--card", type=Path, required=True)
    parser.add_argument("--coding", type=Path, nargs="*", default=[])
    parser.add_argument("--overrides", type=Path, help="overrides.csv (optional)")
    parser.add_argument("--codebook", type=Path, required=True)
    parser.add_argument("--consensus", type=float, required=True)
    parser.add_argument("--codes", type=Path, required=True, help="output codes.parquet")
    parser.add_argument("--overrides-report", type=Path, required=True, help="output: each override and its status")
    parser.add_argument("--memo", type=Path, help="folder of the model's probabilities for each workshop, kept")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments)
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    if args.overrides is not None:
        overrides = read_overrides(args.overrides, segments, codebook)
    else:
        overrides = pd.DataFrame(columns=["row", *OVERRIDE_COLUMNS, "stale"]).astype({"stale": bool})
    model, card = load_model(args.model, args.card, codebook)
    codes = final_codes(segments, coding, args.consensus, model, card, overrides, codebook, args.memo)
    write_parquet(codes, args.codes)
    status = overrides.assign(status=np.where(overrides["stale"], "stale: text changed, not applied", "applied"))
    write_csv(status.drop(columns=["stale"]), args.overrides_report)
    for row in overrides[overrides["stale"]].itertuples():
        print(
            f"warning: {args.overrides} row {row.row}: segment '{row.segment_id}' changed since the override "
            "was written; it was not applied. Check the segment and rewrite the override with its new fingerprint"
        )
    coded = codes["segment_id"].nunique()
    by_source = codes["source"].value_counts().to_dict()
    print(
        f"{len(segments)} segments in: {coding['segment_id'].nunique()} reviewed by humans, "
        f"{len(segments) - coded} with no code; {len(codes)} codes out ({by_source})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
