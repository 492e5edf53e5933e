"""Summarise: every number the figures and the report show, as CSV tables.

Takes ``segments.parquet``, ``codes.parquet``, ``workshops.csv``, the codebook, the human coding
files and the classifier's out-of-fold predictions; makes ``reports/tables/*.csv``: prevalence of
each code by group, stakeholder role and workshop; tension pole balance; code co-occurrence; codes
by source; and agreement (model with the human coders, and human with human) with bootstrap
confidence intervals.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import read_coding
from pipeline.errors import run_stage
from pipeline.tables import paths_by_stem, read_workshops, write_csv

BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 20170213
SOURCES = ("human", "override", "model")


def code_kinds(codebook: Codebook) -> pd.DataFrame:
    """One row per leaf code: its label, whether a theme or a pole, and its tension."""
    return pd.DataFrame(
        [
            {
                "code": code.id,
                "label": code.label,
                "kind": "theme" if code.tension is None else "pole",
                "tension": code.tension or "",
            }
            for code in codebook.leaf_codes
        ]
    )


def segment_metadata(segments: pd.DataFrame, workshops: pd.DataFrame) -> pd.DataFrame:
    """Each segment's workshop, group, stakeholder kind and speaker role."""
    return segments[["segment_id", "workshop_id", "role"]].merge(
        workshops[["workshop_id", "group", "stakeholder"]], on="workshop_id", how="left", validate="many_to_one"
    )


def coded_segments(meta: pd.DataFrame, codes: pd.DataFrame) -> pd.DataFrame:
    """Segment-by-code presence with the segment's metadata."""
    present = codes[["segment_id", "code"]].drop_duplicates()
    return present.merge(meta, on="segment_id", how="left", validate="many_to_one")


def prevalence(segments_meta: pd.DataFrame, coded: pd.DataFrame, by: Sequence[str], codebook: Codebook) -> pd.DataFrame:
    """Segments, coded segments and share for every combination of ``by`` and code (zeros kept)."""
    totals = segments_meta.groupby(list(by)).size().rename("segments").reset_index()
    counts = coded.groupby([*by, "code"]).size().rename("coded_segments").reset_index()
    workshops = coded.groupby([*by, "code"])["workshop_id"].nunique().rename("workshops").reset_index()
    grid = totals.merge(pd.DataFrame({"code": codebook.leaf_ids}), how="cross")
    table = grid.merge(counts, on=[*by, "code"], how="left").merge(workshops, on=[*by, "code"], how="left")
    table[["coded_segments", "workshops"]] = table[["coded_segments", "workshops"]].fillna(0).astype(int)
    table["share"] = (table["coded_segments"] / table["segments"]).round(6)
    order = {code: i for i, code in enumerate(codebook.leaf_ids)}
    table = table.assign(_c=table["code"].map(order)).sort_values([*by, "_c"]).drop(columns="_c")
    return table.reset_index(drop=True)


def tension_balance(by_group: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """For each tension and group, the segments at each pole and the balance between them.

    Balance is (first pole - second pole) / (both); 0 is an even balance, +1 all first pole.
    """
    rows = []
    for tension in codebook.tensions:
        first, second = tension.poles
        for group, table in by_group.groupby("group", sort=True):
            n_first = int(table.loc[table["code"] == first.id, "coded_segments"].sum())
            n_second = int(table.loc[table["code"] == second.id, "coded_segments"].sum())
            both = n_first + n_second
            rows.append(
                {
                    "tension": tension.id,
                    "group": group,
                    "first_pole": first.id,
                    "first_pole_segments": n_first,
                    "second_pole": second.id,
                    "second_pole_segments": n_second,
                    "balance": round((n_first - n_second) / both, 6) if both else float("nan"),
                }
            )
    return pd.DataFrame(rows)


def cooccurrence(codes: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Segments carrying both codes, for every ordered pair of codes (diagonal: the code alone counts)."""
    present = codes[["segment_id", "code"]].drop_duplicates()
    matrix = pd.crosstab(present["segment_id"], present["code"]).reindex(columns=list(codebook.leaf_ids), fill_value=0)
    values = matrix.to_numpy().T @ matrix.to_numpy()
    ids = list(codebook.leaf_ids)
    return pd.DataFrame(
        [
            {"code": a, "other_code": b, "segments": int(values[i, j])}
            for (i, a), (j, b) in itertools.product(enumerate(ids), enumerate(ids))
        ]
    )


def binary_kappa(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Cohen's kappa of two binary raters along the last axis (NaN where chance agreement is 1).

    Vectorised so a bootstrap of a thousand resamples is one array operation, not a thousand calls.
    """
    p_first, p_second = first.mean(axis=-1), second.mean(axis=-1)
    observed = (first == second).mean(axis=-1)
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(chance < 1, (observed - chance) / (1 - chance), np.nan)


def kappa_with_interval(first: np.ndarray, second: np.ndarray, rng: np.random.Generator) -> tuple[float, float, float]:
    """Cohen's kappa and a 95% percentile bootstrap interval over segments (NaN where undefined)."""
    if len(first) == 0:
        return float("nan"), float("nan"), float("nan")
    point = float(binary_kappa(first, second))
    if np.isnan(point):
        return point, float("nan"), float("nan")
    draws = rng.integers(0, len(first), size=(BOOTSTRAP_SAMPLES, len(first)))
    samples = binary_kappa(first[draws], second[draws])
    samples = samples[~np.isnan(samples)]
    if len(samples) == 0:
        return point, float("nan"), float("nan")
    low, high = np.percentile(samples, [2.5, 97.5])
    return point, float(low), float(high)


def agreement_row(
    code: str, comparison: str, first: np.ndarray, second: np.ndarray, rng: np.random.Generator
) -> dict[str, object]:
    kappa, low, high = kappa_with_interval(first, second, rng)
    return {
        "code": code,
        "comparison": comparison,
        "segments": len(first),
        "positive_first": int(first.sum()),
        "positive_second": int(second.sum()),
        "percent_agreement": round(float((first == second).mean()) * 100, 4) if len(first) else float("nan"),
        "kappa": round(kappa, 6),
        "kappa_low": round(low, 6),
        "kappa_high": round(high, 6),
    }


def agreement(predictions: pd.DataFrame, coding: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Per-code agreement of the model with the human codes, and of each pair of human coders.

    The model's side is its cross-validated prediction for segments it never saw in training, so
    the comparison is fair. Human pairs are compared on the segments both reviewed.
    """
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    rows = []
    for code in codebook.leaf_ids:
        model = predictions[predictions["code"] == code]
        if len(model):
            rows.append(
                agreement_row(code, "model vs human", model["predicted"].to_numpy(), model["human"].to_numpy(), rng)
            )
    coders = sorted(set(coding["coder"]))
    for first, second in itertools.combinations(coders, 2):
        shared = sorted(
            set(coding.loc[coding["coder"] == first, "segment_id"])
            & set(coding.loc[coding["coder"] == second, "segment_id"])
        )
        if not shared:
            continue
        for code in codebook.leaf_ids:
            marks = []
            for coder in (first, second):
                applied = set(coding.loc[(coding["coder"] == coder) & (coding["code"] == code), "segment_id"])
                marks.append(np.array([segment in applied for segment in shared], dtype=int))
            rows.append(agreement_row(code, f"human vs human ({first}, {second})", marks[0], marks[1], rng))
    columns = [
        "code",
        "comparison",
        "segments",
        "positive_first",
        "positive_second",
        "percent_agreement",
        "kappa",
        "kappa_low",
        "kappa_high",
    ]
    return pd.DataFrame(rows, columns=columns)


def code_counts(codes: pd.DataFrame, coded: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """One row per code: segments, workshops and groups where it appears, and codes by source."""
    table = code_kinds(codebook)
    table["segments"] = table["code"].map(coded.groupby("code")["segment_id"].nunique()).fillna(0).astype(int)
    table["workshops"] = table["code"].map(coded.groupby("code")["workshop_id"].nunique()).fillna(0).astype(int)
    table["groups"] = table["code"].map(coded.groupby("code")["group"].nunique()).fillna(0).astype(int)
    for source in SOURCES:
        counts = codes[codes["source"] == source].groupby("code").size()
        table[source] = table["code"].map(counts).fillna(0).astype(int)
    return table


def summarise(
    segments: pd.DataFrame,
    codes: pd.DataFrame,
    workshops: pd.DataFrame,
    coding: pd.DataFrame,
    predictions: pd.DataFrame,
    codebook: Codebook,
) -> dict[str, pd.DataFrame]:
    """Every summary table, keyed by its file name stem."""
    meta = segment_metadata(segments, workshops)
    coded = coded_segments(meta, codes)
    by_group = prevalence(meta, coded, ["group"], codebook)
    return {
        "code_counts": code_counts(codes, coded, codebook),
        "prevalence_by_group": by_group,
        "prevalence_by_role": prevalence(meta, coded, ["role"], codebook),
        "prevalence_by_workshop": prevalence(meta, coded, ["workshop_id", "group", "stakeholder"], codebook),
        "tension_balance": tension_balance(by_group, codebook),
        "cooccurrence": cooccurrence(codes, codebook),
        "agreement": agreement(predictions, coding, codebook),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.summarise", description=__doc__)
    parser.add_argument("--segments", type=Path, required=True)
    parser.add_argument("--codes", type=Path, required=True)
    parser.add_argument("--workshops", type=Path, required=True)
    parser.add_argument("--coding", type=Path, nargs="*", default=[])
    parser.add_argument("--predictions", type=Path, required=True, help="out-of-fold predictions from train")
    parser.add_argument("--codebook", type=Path, required=True)
    parser.add_argument("--tables", type=Path, nargs="+", required=True, help="output CSV tables, named <table>.csv")
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments)
    tables = summarise(
        segments,
        pd.read_parquet(args.codes),
        read_workshops(args.workshops),
        read_coding(args.coding, set(segments["segment_id"]), codebook),
        pd.read_parquet(args.predictions),
        codebook,
    )
    for name, path in paths_by_stem(args.tables, list(tables), ".csv").items():
        write_csv(tables[name], path)
    print(f"wrote {len(tables)} tables: {', '.join(tables)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
