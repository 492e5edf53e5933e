"""Code: every segment gets its final codes, each saying where it came from.

Two steps, as two kinds of job:

- ``--predict``, one job per shard: the trained model's calibrated probability of every code for every
  segment of the shard's workshops (``probabilities.parquet``: segment_id, workshop_id, one column per
  code). With ``--memo`` each workshop's probabilities are kept under a key of the model and the
  workshop's text, so a rerun predicts only workshops that changed, and loads no model when none did.
- the merge, one job: ``codes.parquet`` (segment_id, code, source, by, probability) and an overrides
  report, from the segments, the shards' probabilities, the card, the human coding files, the
  overrides and the codebook. Precedence: a segment a human reviewed keeps the human consensus codes;
  the model codes every other segment (probability at or above the code's threshold); overrides are
  applied last and always win.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from pipeline.classifier.folds import FEW_WORKSHOPS, MIN_WORKSHOPS
from pipeline.classifier.model import load_trusted, read_card
from pipeline.classifier.predict import predicted_probabilities, read_probabilities
from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import consensus, decided_segments, read_coding
from pipeline.errors import run_stage
from pipeline.overrides import apply_overrides, empty_overrides, read_overrides
from pipeline.tables import among, read_segments, write_csv, write_parquet

CODE_COLUMNS = ("segment_id", "code", "source", "by", "probability", "relied_on")
RELIABILITY_COLUMNS = (
    "code", "human_positive", "alpha", "alpha_low", "alpha_high", "relied_on", "why", "to_rely_on", "judged_on",
    "min_alpha",
)  # fmt: skip
# what the gate compares with min_alpha, as the report says it (the eighth trial's report said the lower end
# while the study's config said the point estimate)
JUDGED_ON = {"lower": "the lower end of Krippendorff's alpha's 95% interval", "point": "Krippendorff's alpha itself"}


def model_codes(segments: pd.DataFrame, probabilities: pd.DataFrame, card: dict[str, Any]) -> pd.DataFrame:
    """Codes the model gives ``segments``: calibrated probability at or above the code's threshold.

    The model applies each code's Platt curve (``pipeline.classifier.model.CalibratedModel``), and the card's
    thresholds are on that calibrated scale. ``probabilities`` has a row for every segment (and may have
    more)."""
    if segments.empty:
        return pd.DataFrame(columns=list(CODE_COLUMNS))
    codes = list(card["codes"])
    chosen = probabilities.set_index("segment_id").loc[segments["segment_id"], codes].to_numpy()
    thresholds = np.array([card["thresholds"][code] for code in codes])
    rows, cols = np.nonzero(chosen >= thresholds)
    return pd.DataFrame(
        {
            "segment_id": segments["segment_id"].to_numpy()[rows],
            "code": np.array(codes)[cols],
            "source": "model",
            "by": card["model_id"],
            "probability": chosen[rows, cols].round(6),
        }
    )


def reliability(
    metrics: pd.DataFrame,
    codebook: Codebook,
    min_alpha: float,
    bound: str,
    card: dict[str, Any] | None = None,
    study_segments: int = 0,
    study_workshops: int = 0,
) -> pd.DataFrame:
    """Which codes' model codes count as findings: those whose cross-validated alpha with the human consensus
    (its lower 95% bound, or the estimate, as ``bound`` says) reaches ``min_alpha``. A code the model does
    not model has no model codes to rely on. For each code not relied on, ``to_rely_on`` says what the
    model ``card``'s learning curve projects it needs (see ``coding_needed``)."""
    by_code = {str(row["code"]): row for row in metrics.to_dict("records")}
    card = card or {}
    curves = card.get("learning_curve_by_code", {})
    coded = int(card.get("training", {}).get("segments", 0))
    workshops = int(card.get("training", {}).get("workshops", 0))
    min_positive = int(card.get("min_positive", 0))
    # the lower bound comes from resampling whole workshops: with few of them its width is set by how many
    # workshops were coded more than by how many segments, which the projection in segments cannot see
    few_workshops = (
        f"; its interval resamples the {workshops} coded workshops, so segments coded from more workshops narrow "
        "it faster than more segments from these"
        if bound == "lower" and 0 < workshops < FEW_WORKSHOPS
        else ""
    )
    # a study with fewer workshops than an interval needs can never rely on the model, however much is coded
    # (the seventh trial, four workshops, read "at least 5 examples to be modelled (has 4)" as one more to go)
    never = (
        f"; this study has only {study_workshops} workshops, and no code can be relied on before at least "
        f"{MIN_WORKSHOPS} are coded: add workshops, or report from the coders' codes"
        if bound == "lower" and 0 < study_workshops < MIN_WORKSHOPS
        else ""
    )
    rows = []
    for code in codebook.leaf_ids:
        if code not in by_code:
            examples = int(card.get("not_modelled", {}).get(code, 0))
            rows.append({"code": code, "human_positive": examples, "alpha": float("nan"), "alpha_low": float("nan"),
                         "alpha_high": float("nan"), "relied_on": False,
                         "why": "not modelled: too few human-coded examples",
                         "to_rely_on": (f"at least {min_positive} human-coded examples to be modelled at all "
                                        f"(has {examples})" if min_positive else "") + never})  # fmt: skip
            continue
        row = by_code[code]
        value = float(row["alpha_low"] if bound == "lower" else row["alpha"])
        relied = bool(np.isfinite(value) and value >= min_alpha)
        measure = "the lower end of alpha's 95% interval" if bound == "lower" else "alpha"
        why = (
            f"{measure} {value:.2f} reaches {min_alpha}"
            if relied
            else f"{measure} {value:.2f} is below {min_alpha}"
            if np.isfinite(value)
            else "alpha undefined (the coders or the model never varied)"
        )
        too_few = bound == "lower" and 0 < workshops < MIN_WORKSHOPS
        if too_few:
            # two workshops have three distinct resamples: a "95% interval" from them says nothing, high or low
            relied = False
            why = (
                f"its interval would come from resampling {workshops} coded workshops "
                f"({math.comb(2 * workshops - 1, workshops)} distinct resamples), too few to be an interval: at "
                f"least {MIN_WORKSHOPS} are needed (alpha itself is {float(row['alpha']):.2f})"
            )
        projection = (
            coding_needed(
                curves[code],
                float(row["alpha"]),
                float(row["alpha_low"]) if bound == "lower" else float(row["alpha"]),
                min_alpha,
                coded,
                study_segments,
            )
            if code in curves
            else ""
        )
        # what the code needs before it can be relied on: workshops first, when there are too few for an interval
        if too_few:
            needs = (
                f"coding from at least {MIN_WORKSHOPS} workshops (has {workshops}) before any interval can be judged"
            )
            needs += f"; then {projection}" if projection and not never else never
        else:
            needs = projection + few_workshops if projection else ""
        rows.append(
            {
                "code": code,
                "human_positive": int(row["human_positive"]),
                "alpha": float(row["alpha"]),
                "alpha_low": float(row["alpha_low"]),
                "alpha_high": float(row["alpha_high"]),
                "relied_on": relied,
                "why": why,
                "to_rely_on": "" if relied else needs,
            }
        )
    return pd.DataFrame(rows, columns=list(RELIABILITY_COLUMNS)).assign(judged_on=JUDGED_ON[bound], min_alpha=min_alpha)


# what to do for a code the model does not learn: which, depends on whether the coders agree on it, which the
# code stage cannot see (the eighth trial was told to sharpen definitions the coders agreed on at 0.80-1.00)
NEITHER_RISES = (
    "if the coders disagree on it too (the trust table), sharpen its definition and examples; if they agree, "
    "the model cannot learn it from these examples, and its findings stay with the coders' codes"
)
# how far past the coded segments so far a learning curve is extrapolated: beyond this the log-linear trend
# of four or five points says nothing a researcher can plan with
MAX_PROJECTION = 10.0


def coding_needed(
    curve: Sequence[dict[str, float]], alpha: float, bound: float, min_alpha: float, coded: int, study_segments: int = 0
) -> str:
    """How many coded segments a code's learning curve says it needs before the gate relies on it.

    ``curve``: its cross-validated alpha at each training-set size; ``alpha`` and ``bound``: its alpha and the
    value the gate compares (the interval's lower end, or alpha itself) on all ``coded`` segments, of the
    ``study_segments`` the study has (0: not known). The curve
    is fitted as alpha = a + b log(size), the usual shape of learning curves over this range; the gap between
    alpha and its lower end is taken to narrow as 1/sqrt(size), as a bootstrap interval's does. A projection,
    stated as one: a code whose examples are inconsistent can stop rising whatever is coded.
    """
    points = [(p["training_segments"], p["alpha"]) for p in curve if p["training_segments"] > 0]
    points = [(size, value) for size, value in points if np.isfinite(value)]
    if len(points) < 3 or not (np.isfinite(alpha) and np.isfinite(bound)) or coded <= 0:
        return "the learning curve has too few defined points to project from"
    sizes, values = np.log([size for size, _ in points]), np.array([value for _, value in points])
    slope = float(np.polyfit(sizes, values, 1)[0])
    per_doubling = slope * np.log(2)
    # a line through a handful of points of one curve: said to be rough, since no interval is given for it
    rough = f"; a rough guide, fitted to {len(points)} points of one learning curve, with no interval"
    if per_doubling < 0.01:
        return (
            f"its learning curve is flat or falling ({per_doubling:+.2f} alpha per doubling of coded segments): "
            f"coding more segments like these is unlikely to lift it; {NEITHER_RISES}"
        )
    gap = alpha - bound
    for factor in np.geomspace(1, MAX_PROJECTION, 400)[1:]:
        projected = min(1.0, alpha + slope * np.log(factor)) - gap / np.sqrt(factor)
        if projected >= min_alpha:
            needed = int(np.ceil(coded * factor / 10) * 10)
            if study_segments and needed > study_segments:
                return (
                    f"about {needed} coded segments at its learning curve's rate ({per_doubling:+.2f} alpha per "
                    f"doubling{rough}), more than the {study_segments} this study has: in this study its findings "
                    "rest on human codes"
                )
            return (
                f"about {needed} coded segments ({needed - coded} more than the {coded} so far), if its learning "
                f"curve keeps rising as it has ({per_doubling:+.2f} alpha per doubling{rough})"
            )
    return (
        f"more than {MAX_PROJECTION:.0f} times the {coded} coded segments so far at its learning curve's rate "
        f"({per_doubling:+.2f} alpha per doubling): coding alone is unlikely to get it there; {NEITHER_RISES}"
    )


def merged_codes(
    segments: pd.DataFrame,
    coding: pd.DataFrame,
    consensus_share: float,
    probabilities: pd.DataFrame,
    card: dict[str, Any],
    overrides: pd.DataFrame,
    codebook: Codebook,
    relied: set[str] | None = None,
) -> pd.DataFrame:
    """Human consensus for reviewed segments, the model for the rest, then the overrides. A model code is
    ``relied_on`` when its code is in ``relied`` (every code when it is None); human codes and overrides
    always are."""
    reviewed, agreed = consensus(coding, consensus_share)
    human = agreed.assign(source="human", probability=float("nan"))
    unreviewed = segments[~among(segments["segment_id"], reviewed)]
    codes = pd.concat([human, model_codes(unreviewed, probabilities, card)], ignore_index=True)
    codes = apply_overrides(codes[list(CODE_COLUMNS[:-1])], overrides)
    # one stable order: segments as ingested, codes as in the codebook
    order = {segment_id: i for i, segment_id in enumerate(segments["segment_id"])}
    code_order = {code: i for i, code in enumerate(codebook.leaf_ids)}
    codes = codes.assign(_s=codes["segment_id"].map(order), _c=codes["code"].map(code_order))
    codes = codes.sort_values(["_s", "_c"]).drop(columns=["_s", "_c"]).reset_index(drop=True)
    codes["probability"] = codes["probability"].astype(float)
    model = codes["source"] == "model"
    codes["relied_on"] = ~model | (codes["code"].isin(relied) if relied is not None else True)
    return codes[list(CODE_COLUMNS)]


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
    """Both steps in one process (for notebooks and benchmarks): predict every segment, then merge."""
    probabilities = predicted_probabilities(segments, card, lambda: model, memo)
    return merged_codes(segments, coding, consensus_share, probabilities, card, overrides, codebook)


def predict_main(args: argparse.Namespace, codebook: Codebook) -> int:
    segments = read_segments(args.segments)
    card = read_card(args.card, args.model, codebook)
    loads: list[int] = []

    def model() -> Any:
        loads.append(1)
        return load_trusted(args.model)

    probabilities = predicted_probabilities(segments, card, model, args.memo)
    write_parquet(probabilities, args.probabilities[0])
    print(
        f"{len(segments)} segments of {segments['workshop_id'].nunique()} workshops in, {len(probabilities)} rows of "
        f"probabilities out ({'model loaded for the workshops not kept' if loads else 'all kept, no model loaded'})"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.code", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, nargs="+", required=True, help="the study's (or, with --predict, a shard's)"
    )
    parser.add_argument(
        "--model", type=Path, required=True, help="the trained model (data/processed/model/model.skops)"
    )
    parser.add_argument(
        "--card", type=Path, required=True, help="the model's card (data/processed/model/model_card.json)"
    )
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument(
        "--probabilities",
        type=Path,
        nargs="+",
        required=True,
        help="the shards' probabilities (with --predict: output)",
    )
    parser.add_argument("--predict", action="store_true", help="predict one shard: write --probabilities only")
    parser.add_argument("--memo", type=Path, help="with --predict: folder of each workshop's probabilities, kept")
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/*.csv)")
    parser.add_argument("--overrides", type=Path, help="overrides.csv (optional)")
    parser.add_argument("--consensus", type=float, help="coding.consensus")
    parser.add_argument("--codes", type=Path, help="output codes.parquet")
    parser.add_argument("--overrides-report", type=Path, help="output: each override and its status")
    parser.add_argument("--metrics", type=Path, help="train's cross-validated metrics per code (cv_metrics.csv)")
    parser.add_argument("--min-alpha", type=float, help="reliability.min_alpha")
    parser.add_argument("--bound", choices=("lower", "point"), help="reliability.bound")
    parser.add_argument("--reliability", type=Path, help="output: each code's alpha and whether it is relied on")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    if args.predict:
        if len(args.probabilities) != 1:
            parser.error("--predict writes one --probabilities table")
        return predict_main(args, codebook)
    for option in ("consensus", "codes", "overrides_report", "metrics", "min_alpha", "bound", "reliability"):
        if getattr(args, option) is None:
            parser.error(f"the merge needs --{option.replace('_', '-')}")
    segments = read_segments(args.segments)
    card = read_card(args.card, args.model, codebook)
    probabilities = read_probabilities(args.probabilities, segments, card)
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    overrides = read_overrides(args.overrides, segments, codebook) if args.overrides is not None else empty_overrides()
    decided = reliability(
        pd.read_csv(args.metrics), codebook, args.min_alpha, args.bound, card, len(segments),
        int(segments["workshop_id"].nunique()),
    )  # fmt: skip
    relied = set(decided.loc[decided["relied_on"], "code"])
    codes = merged_codes(segments, coding, args.consensus, probabilities, card, overrides, codebook, relied)
    # what a code's human codes cover: the report gives a code not relied on as a share of these segments, not
    # of the study's, whose other segments no human read
    # (counted as every stage counts them: coding.decided_segments)
    by_humans = decided_segments(coding, args.consensus, overrides)
    decided["human_coded_segments"] = [len(by_humans.of(str(code))) for code in decided["code"]]
    write_parquet(codes, args.codes)
    write_csv(decided, args.reliability)
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
        f"{len(segments) - coded} with no code; {len(codes)} codes out ({by_source}); model codes relied on for "
        f"{len(relied)} of {len(codebook.leaf_ids)} codes, {int((~codes['relied_on']).sum())} model codes not"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
