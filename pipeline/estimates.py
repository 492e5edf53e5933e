"""How common each code is, with an interval that holds however wrong the model is.

A count of the model's codes is biased wherever the model is: a code it over-applies looks common, one it
misses looks rare, and no error bar says by how much. Prediction-powered inference (Angelopoulos et al.,
Science 2023; PPI++, Angelopoulos, Duchi and Zrnic 2023) combines the model's calibrated probability of each
code on every segment with human codes on a random sample of them (the audit sample): the sample measures the
model's bias, the model's predictions on the other segments narrow the interval. The estimate is unbiased and
its 95% interval valid whatever the model's errors; a good model makes it narrower, a bad one only wider. The
estimators are ``ppi-python``'s (``ppi_py.ppi_mean_pointestimate`` and ``ppi_mean_ci``, with PPI++'s power
tuning, which never does worse than the audit sample alone).

Without an audit sample there is nothing to correct with, and a prevalence is the model's count, stated as
such, without an interval.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.codebook import load_codebook
from pipeline.coding import Decided, codes_not_relied_on, decided_segments, findings, read_coding
from pipeline.errors import run_stage
from pipeline.tables import read_workshops, write_csv

ESTIMATE_COLUMNS = (
    "scope", "level", "code", "estimate", "lower", "upper", "counted_share", "audited", "segments", "method",
    "human_coded", "audited_uncoded", "counted_of", "decided_by_override", "decided_by_override_with_code", "counted",
    "coders_read", "found_by_coders", "found_by_audit",
)  # fmt: skip
PPI = "prediction-powered (model on every segment, corrected by the audit sample)"
AUDIT_ONLY = "audit sample only (beta-binomial interval): the code is not modelled"
FEW = "audit sample only (beta-binomial interval): too few audited segments here for the model-corrected one"
RARE = (
    "audit sample only (beta-binomial interval): too few audited segments here carry the code, or lack it, for the "
    "model-corrected one"
)
# below this many audited segments, or fewer than MIN_EACH with the code (or without it), the normal
# approximation behind the PPI interval fails (with none it has zero width, with one it is far too narrow);
# Wilson's interval does not
MIN_AUDITED = 20
MIN_EACH = 5
COUNT = "codes counted: no audit sample yet, no interval"
NONE_HERE = "codes counted: no audited segment here, no interval"
# below this many audited segments among a group's or a role's unread ones, no estimate is made there: from one or two
# the share is the prior's more than the data's (the sixteenth issue-19 trial's walking group, 1 of 2 audited, was
# "est. 34% (8-61)", and the group's sixteen estimates summed to three codes a segment where coders gave 0.75)
MIN_AUDITED_HERE = 10
FEW_HERE = "codes counted: too few audited segments here for an estimate (fewer than 10), no interval"
ALL_CODED = "every segment here coded by humans: their codes counted, exact"
ALL_READ = "every segment here coded by humans or read in the audit sample: their codes counted, exact"
EXACT = (ALL_CODED, ALL_READ)  # the methods of a share counted, not estimated


def exact_rows(table: pd.DataFrame) -> pd.Series:
    """The rows of an estimates table that are counts (their method one of EXACT), not estimates."""
    return table["method"].astype(str).str.startswith(EXACT)


def without_exact_bounds(table: pd.DataFrame) -> pd.DataFrame:
    """The table as written: a count's lower and upper left empty, since it has no interval (the eleventh trial
    read "0.2, 0.2, 0.2" in the CSV as an interval of zero width); the method says it is exact. Where nothing is
    estimated (no audit sample yet, or none here) the estimate is left empty too: the count is ``counted_share``,
    and an "estimate" equal to it read as one (the thirteenth trial)."""
    counted = table["method"].astype(str).isin((COUNT, NONE_HERE))
    return table.assign(
        estimate=table["estimate"].where(~counted),
        lower=table["lower"].where(~exact_rows(table)),
        upper=table["upper"].where(~exact_rows(table)),
    )


def with_exact_bounds(table: pd.DataFrame) -> pd.DataFrame:
    """The table as read back for the stages that use it: a count's bounds are the count itself again."""
    return table.assign(
        lower=table["lower"].where(~exact_rows(table), table["estimate"]),
        upper=table["upper"].where(~exact_rows(table), table["estimate"]),
    )


ALPHA = 0.05  # 95% intervals


@dataclass(frozen=True)
class Estimate:
    estimate: float
    lower: float
    upper: float
    method: str


def ppi_mean(
    audited: np.ndarray,
    predicted_audited: np.ndarray,
    predicted_rest: np.ndarray,
    weights: np.ndarray | None = None,
) -> Estimate:
    """A prevalence from human 0/1 codes on the audited segments, the model's probabilities on the same
    segments and its probabilities on the rest (ppi-python's PPI++ mean, 95% interval); ``weights``, the
    audited segments' design weights (``design_weights``), go to ppi-python as its sample weights."""
    from ppi_py import ppi_mean_ci, ppi_mean_pointestimate

    y, yhat, rest = (np.asarray(a, dtype=float) for a in (audited, predicted_audited, predicted_rest))
    w = None if weights is None else np.asarray(weights, dtype=float)
    if len(rest) == 0:  # every segment audited: the audit is the population
        value = float(np.average(y, weights=w))
        return Estimate(value, value, value, PPI)
    point = float(np.ravel(ppi_mean_pointestimate(y, yhat, rest, w=w))[0])
    lower, upper = (float(np.ravel(bound)[0]) for bound in ppi_mean_ci(y, yhat, rest, alpha=ALPHA, w=w))
    return Estimate(point, max(0.0, lower), min(1.0, upper), PPI)


def wilson(successes: float, n: float, method: str = AUDIT_ONLY) -> Estimate:
    """A share and its 95% Wilson interval, from the audit sample alone (``successes`` and ``n`` may be weighted:
    ``weighted_count``)."""
    from statsmodels.stats.proportion import proportion_confint

    lower, upper = proportion_confint(successes, n, alpha=ALPHA, method="wilson")
    return Estimate(successes / n, float(lower), float(upper), method)


def design_weights(in_audit: pd.Index, uncoded: pd.Index, workshop_of: pd.Series | None) -> np.ndarray | None:
    """Each audited unread segment's design weight: how many segments of its workshop it stands for (the
    workshop's segments no coder decided, the audited ones included, over its audited ones), scaled to a mean of 1.

    The audit draws the same share of every workshop's segments, but coders read workshops unevenly, so among
    the segments no coder read the audit's share differs by workshop (the demo's 22 of 362 in one workshop, 2 of
    40 in another, the eighteenth issue-19 trial). Unweighted, a workshop sampled more heavily would pull the
    estimate towards its own prevalence; weighted, each workshop counts as many unread segments as it has (the
    Horvitz-Thompson idea, as a weighted mean). None where every workshop's share is the same, or workshops are
    not known: the plain mean is then the same thing."""
    if workshop_of is None or in_audit.empty:
        return None
    unread_here = workshop_of.reindex(uncoded).value_counts()
    audited_here = workshop_of.reindex(in_audit).value_counts()
    per_workshop = unread_here.reindex(audited_here.index) / audited_here
    if per_workshop.nunique() <= 1:
        return None
    weights: np.ndarray = workshop_of.reindex(in_audit).map(per_workshop).to_numpy(dtype=float)
    return np.asarray(weights / weights.mean())


def weighted_count(found: pd.Series, weights: np.ndarray | None) -> tuple[float, float]:
    """The audited segments' count of the code and their number, as a simple random sample of that size would
    give the same weighted share with the same precision: the weighted share times Kish's effective sample size
    (sum of weights squared over the sum of squared weights). Unweighted, the plain count and number."""
    if weights is None:
        return float(found.sum()), float(len(found))
    effective = float(weights.sum() ** 2 / (weights**2).sum())
    return float(np.average(found.to_numpy(dtype=float), weights=weights)) * effective, effective


def prevalence_estimates(
    segments: pd.DataFrame,
    probabilities: pd.DataFrame,
    audit: pd.DataFrame,
    counted: pd.DataFrame,
    codes: Sequence[str],
    scopes: dict[str, str],
    human_coded: pd.Index | Decided | None = None,
    not_relied: set[str] | None = None,
) -> pd.DataFrame:
    """Each code's share of segments, overall and within each level of ``scopes`` (column of ``segments`` ->
    scope name, e.g. {"group": "group", "role": "stakeholder role"}).

    ``probabilities``: the model's calibrated probability of each modelled code (columns) by segment_id (index);
    ``audit``: the audit sample's human codes (segment_id, code; "" for audited with no code); ``counted``:
    the final codes the report counts (segment_id, code), for the model count beside the estimate;
    ``human_coded``: the segments coders (or overrides) decided (by code, a ``Decided``: a one-code override
    decides only its code), whose codes are known and are counted as
    they are; the audited ones among the others are counted as the audit coder read them; only the segments
    nobody read are estimated, from those audited ones (a random sample of the unread segments, since the audit
    sample was drawn without regard to who coded what) and the model's probabilities. An interval is then never
    below what the coders and the audit have already found, nor above what the unread segments could add. The
    counted share of a code the model is not relied on for (``not_relied``) is of the segments humans coded: its
    model codes are counted nowhere.
    """

    def known_of(code: str) -> pd.Index:
        if isinstance(human_coded, Decided):
            return pd.Index(sorted(human_coded.of(code)))
        return pd.Index([]) if human_coded is None else pd.Index(human_coded)

    audited_ids = pd.Index(audit["segment_id"].unique())
    truth = (
        pd.crosstab(audit["segment_id"], audit["code"]).reindex(index=audited_ids, columns=list(codes), fill_value=0)
        > 0
    ).astype(float)
    counted_matrix = (
        pd.crosstab(counted["segment_id"], counted["code"]).reindex(
            index=segments["segment_id"], columns=list(codes), fill_value=0
        )
        > 0
    )
    rows = []
    levels: list[tuple[str, str, pd.Index]] = [("overall", "all segments", pd.Index(segments["segment_id"]))]
    for column, scope in scopes.items():
        for level, part in segments.groupby(column, sort=True):
            levels.append((scope, str(level), pd.Index(part["segment_id"])))
    known_by_code = {code: known_of(code) for code in codes}
    # which workshop each segment is from, for the audited segments' design weights (tests may give none)
    workshop_of = segments.set_index("segment_id")["workshop_id"] if "workshop_id" in segments.columns else None
    # of the known segments, those an 'add' or 'remove' override alone decided the code of: chosen where the model
    # erred, so a tally of them is no share (the report says what they are instead)
    picked_by_code = {
        code: pd.Index(sorted(human_coded.by_code.get(code, frozenset()) | human_coded.by_override))
        if isinstance(human_coded, Decided)
        else pd.Index([])
        for code in codes
    }
    for scope, level, ids in levels:
        for code in codes:
            known = known_by_code[code]
            coded_here = ids.intersection(known)
            uncoded = ids.difference(known)
            in_audit = uncoded.intersection(audited_ids)
            rest = uncoded.difference(audited_ids)
            human_only = code in (not_relied or set())
            over = coded_here if human_only else ids
            counted_share = float(counted_matrix.loc[over, code].mean()) if len(over) else float("nan")
            if len(uncoded) == 0 and len(ids):
                found = Estimate(counted_share, counted_share, counted_share, ALL_CODED)
            elif len(in_audit) == 0:
                method = COUNT if audited_ids.empty else NONE_HERE
                found = Estimate(counted_share, float("nan"), float("nan"), method)
            elif (
                scope != "overall"
                and len(in_audit) < MIN_AUDITED_HERE
                and len(ids.difference(known).difference(audited_ids))
            ):
                found = Estimate(counted_share, float("nan"), float("nan"), FEW_HERE)
            else:
                # the coded segments as counted, the audited ones among the others as the audit coder read them,
                # and only the segments nobody read as estimated: the audit is a sample of the unread segments,
                # but in a small study it is most of them, and what it read is known, not estimated (the seventh
                # trial's intervals reached below what the coders and the audit had already found)
                known_count = float(counted_matrix.loc[coded_here, code].sum()) + float(truth.loc[in_audit, code].sum())
                if len(rest) == 0:
                    share = known_count / len(ids)
                    found = Estimate(share, share, share, ALL_READ)
                else:
                    weights = design_weights(in_audit, uncoded, workshop_of)
                    on_uncoded = estimate_uncoded(code, truth, probabilities, in_audit, rest, weights)
                    audited_codes = truth.loc[in_audit, code]
                    low, high = unread_count_interval(on_uncoded, len(rest), audited_codes, weights)
                    found = Estimate(
                        (known_count + unread_count(on_uncoded, len(rest), audited_codes, weights)) / len(ids),
                        (known_count + low) / len(ids),
                        (known_count + high) / len(ids),
                        on_uncoded.method,
                    )
            counted_here = int(counted_matrix.loc[over, code].sum()) if len(over) else 0
            picked_ids = ids.intersection(picked_by_code[code])
            picked = len(picked_ids)
            picked_with = int(counted_matrix.loc[picked_ids, code].sum()) if picked else 0
            if human_only:
                # the tally of a code counted on human codes is a share of what the coders read: an override's segment,
                # picked where the model erred, is counted beside it, in no share (the eighteenth issue-19 trial);
                # where the coders read none, there is no share (the sixteenth's 1.0 for 3 'add's). The estimate
                # above takes the overrides' decisions as known, as they are.
                by_coders = coded_here.difference(picked_ids)
                counted_share = float(counted_matrix.loc[by_coders, code].mean()) if len(by_coders) else float("nan")
                counted_here -= picked_with
            rows.append(
                {
                    "scope": scope,
                    "level": level,
                    "code": code,
                    # a tally with no interval is no estimate: its count is in counted_share and counted (the
                    # seventeenth issue-19 trial read a 0.5 here that was one of two overrides)
                    "estimate": round(found.estimate, 6) if found.lower == found.lower else float("nan"),
                    "lower": round(found.lower, 6),
                    "upper": round(found.upper, 6),
                    "counted_share": round(counted_share, 6),
                    "audited": len(ids.intersection(audited_ids)),
                    "segments": len(ids),
                    "method": found.method,
                    "human_coded": len(coded_here),
                    "audited_uncoded": len(in_audit),
                    "counted_of": "segments humans coded" if human_only else "all segments",
                    "decided_by_override": picked,
                    "decided_by_override_with_code": picked_with,
                    "counted": counted_here,
                    # the base of a share counted on human codes: human_coded less decided_by_override (the nineteenth
                    # issue-19 trial divided counted by human_coded and missed counted_share by 0.0001)
                    "coders_read": len(coded_here) - picked,
                    # the parts of what humans found here, summed with decided_by_override_with_code in an exact count:
                    # the coders' codes on the segments they read, the audit coder's on those only the audit read (the
                    # seventh issue-21 trial read 6 in a code's section and 8 in its exact count, and no word of
                    # the audit's find or the override's between them)
                    "found_by_coders": int(counted_matrix.loc[coded_here.difference(picked_ids), code].sum()),
                    "found_by_audit": int(truth.loc[in_audit, code].sum()),
                }
            )
    return pd.DataFrame(rows, columns=list(ESTIMATE_COLUMNS))


def unread_count(share: Estimate, unread: int, audited: pd.Series, weights: np.ndarray | None = None) -> float:
    """How many of the ``unread`` segments carry the code, as the interval's own model has it: from the audit sample
    alone, the beta-binomial's mean (uniform prior: (positives + 1) / (audited + 2) of them), so the estimate lies
    inside its interval (the fifteenth issue-19 trial's "4.1% (4.1% to 7.3%)": none of 24 audited segments carried
    the code, and the plug-in 0 of the unread sat on the interval's end); with the model, the PPI estimate's."""
    if share.method.startswith("audit sample only"):
        positives, n = weighted_count(audited, weights)
        return unread * (positives + 1) / (n + 2)
    return unread * share.estimate


def unread_count_interval(
    share: Estimate, unread: int, audited: pd.Series, weights: np.ndarray | None = None
) -> tuple[float, float]:
    """A 95% interval for how many of the ``unread`` segments (no coder, no audit) carry the code: the unknown
    share ``share`` estimates, and the chance of which segments happen to carry it, both counted. From the audit
    sample alone, the beta-binomial predictive interval (uniform prior); with the model's probabilities, the
    PPI interval's spread widened by the binomial spread of a finite count (normal approximation)."""
    from scipy.stats import betabinom, norm

    if share.method.startswith("audit sample only"):
        positives, n = weighted_count(audited, weights)
        # a uniform prior, not Jeffreys': from 3 audited segments that all carry the code, Jeffreys' gave a role's
        # 3 unread segments all of it, and missed the truth (the eighth trial); the uniform prior leaves room
        predictive = betabinom(unread, positives + 1, n - positives + 1)
        return float(predictive.ppf(ALPHA / 2)), float(predictive.ppf(1 - ALPHA / 2))
    z = float(norm.ppf(1 - ALPHA / 2))
    spread_of_share = (share.upper - share.lower) / (2 * z)
    p = share.estimate
    half = z * float(np.sqrt((unread * spread_of_share) ** 2 + unread * p * (1 - p)))
    return max(0.0, unread * p - half), min(float(unread), unread * p + half)


def estimate_uncoded(
    code: str,
    truth: pd.DataFrame,
    probabilities: pd.DataFrame,
    in_audit: pd.Index,
    rest: pd.Index,
    weights: np.ndarray | None = None,
) -> Estimate:
    """A code's share of the segments no coder decided: prediction-powered from the audited ones among them
    and the model's probabilities on the others; the audit sample's own Wilson interval where the code is not
    modelled, or the audited segments are too few or all alike. ``weights``: the audited segments' design
    weights (``design_weights``)."""
    found = truth.loc[in_audit, code]
    if code not in probabilities.columns:
        return wilson(*weighted_count(found, weights))
    positives = int(found.sum())
    if len(in_audit) < MIN_AUDITED:
        return wilson(*weighted_count(found, weights), FEW)
    if min(positives, len(in_audit) - positives) < MIN_EACH:
        return wilson(*weighted_count(found, weights), RARE)
    return ppi_mean(
        found.to_numpy(),
        probabilities.loc[in_audit, code].to_numpy(),
        probabilities.loc[rest, code].to_numpy(),
        weights,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.estimates", description=__doc__)
    parser.add_argument("--segments", type=Path, required=True, help="cleared segments.parquet")
    parser.add_argument("--workshops", type=Path, required=True, help="the workshops table (data/raw/workshops.csv)")
    parser.add_argument("--codes", type=Path, required=True, help="codes.parquet (the codes the report counts)")
    parser.add_argument("--probabilities", type=Path, nargs="+", required=True, help="the code stage's, per shard")
    parser.add_argument("--card", type=Path, required=True, help="the model card (which codes are modelled)")
    parser.add_argument("--sample", type=Path, required=True, help="the audit sample (reports/audit/audit_sample.csv)")
    parser.add_argument("--audit", type=Path, nargs="*", default=[], help="the audit sample's coding files")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/)")
    parser.add_argument("--consensus", type=float, default=0.5, help="coding.consensus: who decided a segment")
    parser.add_argument(
        "--overrides-report", type=Path, help="the code stage's overrides_report.csv: which segments overrides decided"
    )
    parser.add_argument("--reliability", type=Path, help="the code stage's reliability.csv: which codes are relied on")
    parser.add_argument("--estimates", type=Path, required=True, help="output CSV")
    args = parser.parse_args(argv)
    import json

    from pipeline.audit import read_audit
    from pipeline.classifier.predict import read_probabilities

    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments, columns=["segment_id", "workshop_id", "role"])
    segments = segments.merge(read_workshops(args.workshops)[["workshop_id", "group"]], on="workshop_id", how="left")
    card = json.loads(args.card.read_text(encoding="utf-8"))
    probabilities = read_probabilities(args.probabilities, segments, card).set_index("segment_id")
    sample = pd.read_csv(args.sample, dtype=str, keep_default_na=False)
    audit = read_audit(args.audit, sample, set(segments["segment_id"]), args.codebook)
    final = pd.read_parquet(args.codes)
    counted = findings(final)
    coding = read_coding(list(args.coding), set(segments["segment_id"]), codebook)
    overrides = pd.read_csv(args.overrides_report, dtype=str, keep_default_na=False) if args.overrides_report else None
    human = decided_segments(coding, args.consensus, overrides)
    not_relied = codes_not_relied_on(args.reliability)
    table = prevalence_estimates(
        segments,
        probabilities,
        audit,
        counted,
        list(codebook.leaf_ids),
        {"group": "group", "role": "role"},
        human,
        not_relied,
    )
    write_csv(without_exact_bounds(table), args.estimates)
    audited = audit["segment_id"].nunique()
    print(
        f"prevalence of {len(codebook.leaf_ids)} codes over {len(segments)} segments: "
        + (f"{audited} audited segments, 95% intervals" if audited else "no audit sample coded yet: counts only")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
