"""Report: the self-contained HTML evaluation report.

Takes the segments, the final codes, workshops.csv, the codebook, the summary tables, the figures,
the model card and every input file of the run; makes ``reports/evaluation_report.html``: findings
per theme and tension with exemplar quotes, the figures (embedded, so the file works offline),
methods, validity, and a reproducibility appendix with the fingerprint of every input.
All transcript text is HTML-escaped by the template engine's autoescaping.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import platform
import shutil
import subprocess
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
import pandas as pd

from pipeline.classifier.folds import FEW_WORKSHOPS, MIN_WORKSHOPS
from pipeline.codebook import Codebook, Tension, load_codebook
from pipeline.coding import Decided, consensus, decided_segments, findings, read_coding
from pipeline.errors import run_stage
from pipeline.estimates import EXACT, MIN_AUDITED_HERE, with_exact_bounds
from pipeline.executive_summary import percent, summary
from pipeline.figures import FIGURES, left_out
from pipeline.memos import read_memos
from pipeline.quotes import quotes_by_code, quotes_by_role, tension_passages
from pipeline.summarise import AUDIT_RATER, TOO_FEW_TO_LEAN, beside_share, by_overrides
from pipeline.tables import paths_by_stem, read_table, read_workshops, write_text

REPORTED_PACKAGES = ("pandas", "scikit-learn", "spacy", "matplotlib", "snakemake", "skops", "numpy", "jinja2")


CODELINES_IN_REPORT = 60


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def transcript_fingerprints(ingest_report: Path | None) -> list[tuple[str, str]]:
    """(path, SHA-256) of every transcript, as ingest read it: the report need not read thousands again."""
    if ingest_report is None:
        return []
    table = pd.read_csv(ingest_report, dtype=str, keep_default_na=False)
    return [(f"data/raw/transcripts/{row.file}", str(row.sha256)) for row in table.itertuples()]


TEXT_PARTS = ("characters", "speech_characters", "unlabelled_characters", "header_characters", "label_characters",
              "note_characters", "excluded_characters", "excluded_lines", "study_excluded_lines",
              "caption_layout_lines", "markup_characters")  # fmt: skip


def text_accounting(ingest_report: Path | None) -> dict[str, int]:
    """Where the transcripts' characters went, summed over the study (ingest counts them per file and
    checks they add up): speech, of it the unlabelled speaker's, header, labels, notes, excluded lines."""
    if ingest_report is None:
        return {}
    table = pd.read_csv(ingest_report)
    return {part: int(table[part].sum()) for part in TEXT_PARTS if part in table.columns}


def trust_in_numbers(reliability: Path | None, estimates: Path | None, sample: Path | None) -> dict[str, Any]:
    """What the report says about how far to trust its numbers: each code's model-versus-coders agreement and
    whether its model codes are relied on (the code stage's decision), each code's overall prevalence estimate
    with its interval, and the audit sample's size and how much of it was coded."""
    if reliability is None or estimates is None or sample is None:
        return {}
    decided = pd.read_csv(reliability).fillna({"why": "", "to_rely_on": ""})
    table = with_exact_bounds(pd.read_csv(estimates))
    overall = table[table["scope"] == "overall"]
    drawn = pd.read_csv(sample, dtype=str, keep_default_na=False)["segment_id"].nunique()
    audited = int(overall["audited"].max()) if len(overall) else 0
    return {
        "reliability": {row["code"]: row for row in decided.to_dict("records")},
        "relied": int(decided["relied_on"].astype(bool).sum()),
        # the rule the code stage applied (older reliability tables lack it: the default's)
        "judged_on": str(decided["judged_on"].iloc[0]) if "judged_on" in decided and len(decided) else "",
        "min_alpha": float(decided["min_alpha"].iloc[0]) if "min_alpha" in decided and len(decided) else 0.667,
        "codes": len(decided),
        "overall": {row["code"]: row for row in overall.to_dict("records")},
        "by_level": table[table["scope"] != "overall"].to_dict("records"),
        "drawn": drawn,
        "audited": audited,
        # of the audited segments, those no coder decided, and the segments nobody read: per code, since an override
        # decides one code of a segment (the fourteenth trial's sentence took one code's counts for every code)
        "reading": reading_by_code(overall),
        "segments": int(overall["segments"].max()) if len(overall) else 0,
        # the widest overall interval, in percentage points from end to end: what the audit sample bought
        "widest": float((overall["upper"] - overall["lower"]).max() * 100) if len(overall) else float("nan"),
        # and the fewest audited segments behind an estimated share of a group or a role (the others rest on more)
        "fewest_audited": fewest_audited(table[table["scope"] != "overall"]),
        # how many of the overall estimates the model's probabilities enter (the rest rest on the audit alone)
        "model_used": int(overall["method"].astype(str).str.startswith("prediction-powered").sum()),
    }


def reading_by_code(overall: pd.DataFrame) -> dict[str, Any]:
    """Who read the segments, per code, from the overall estimates: of the audited segments, those no human decided
    the code of (``audited_uncoded``: they alone stand for the unread segments in its estimate; the others measure
    how far coders agree), and the segments nobody read (``unread``, the only ones estimated). The numbers are the
    same for every code but where an ``add`` or ``remove`` override decided a code of some segments: the ones most
    codes share are ``audited_uncoded`` and ``unread``, and ``other_codes`` gives each code whose numbers differ."""
    if overall.empty or "audited_uncoded" not in overall:
        return {}
    numbers = {
        str(row["code"]): (
            int(row["audited_uncoded"]),
            int(row["segments"] - row["human_coded"] - row["audited_uncoded"]),
        )
        for row in overall.to_dict("records")
    }
    counts = pd.Series(list(numbers.values())).value_counts(sort=True)
    # the pair most codes share; on a tie, the one with the most unread segments (the codes no override decided)
    common = max(counts.index, key=lambda pair: (counts[pair], pair[1]))
    audited, unread = (sorted({pair[i] for pair in numbers.values()}) for i in (0, 1))
    return {
        "audited_uncoded": common[0],
        "unread": common[1],
        # where many codes differ (the demo's overrides touch twelve), the text gives the range, not each code
        "audited_range": (audited[0], audited[-1]),
        "unread_range": (unread[0], unread[-1]),
        "other_codes": [
            {"code": code, "audited_uncoded": pair[0], "unread": pair[1]}
            for code, pair in numbers.items()
            if pair != common
        ],
    }


def fewest_audited(levels: pd.DataFrame) -> int | None:
    """The fewest audited segments no coder decided behind any estimated (not counted, not exact) share of a level."""
    estimated = levels[levels["lower"].notna() & ~levels["method"].astype(str).str.startswith(EXACT)]
    if estimated.empty or "audited_uncoded" not in estimated:
        return None
    return int(estimated["audited_uncoded"].min())


def audit_against_model(
    final: pd.DataFrame, audit: pd.DataFrame, decided: set[str] | Decided, relied: set[str] | None = None
) -> dict[str, dict[str, int]]:
    """For each code the model is relied on for, what the audit sample says of the model's codes where no coder
    decided (the only segments where those codes reach a finding): on how many audited segments the model put
    it, on how many of those the audit coder did too, and on how many more the audit put it that the model did
    not. Cross-validation tested the model on coded workshops; this tests it where its codes are used. Every
    code in ``relied`` is checked, the ones the model put on no segment too (the eighth trial's report left one
    out: where the model says "never", the audit says how often it missed). What humans decided is taken per code
    (``decided``, a ``coding.Decided``): an override that decided one code of a segment leaves its other codes the
    model's, so the segment is checked for those (the fourteenth trial's check left out every segment an override
    had touched, for every code)."""
    if audit.empty or "relied_on" not in final:
        return {}
    reviewed, agreed = consensus(audit, 0.5)
    model = final[(final["source"] == "model") & final["relied_on"].astype(bool)]
    found: dict[str, dict[str, int]] = {}
    for code in sorted(set(model["code"]) | (relied or set())):
        checked = set(reviewed) - (decided.of(code) if isinstance(decided, Decided) else decided)
        said = set(model.loc[model["code"] == code, "segment_id"]) & checked
        audited = set(agreed.loc[agreed["code"] == code, "segment_id"]) & checked
        found[code] = {"audited": len(checked), "model": len(said), "agreed": len(said & audited),
                       "missed": len(audited - said)}  # fmt: skip
    return found


def consensus_ties(coding: pd.DataFrame, share: float) -> int:
    """How many of the consensus codes half a segment's coders applied and half did not (one of two, two of four):
    at ``coding.consensus`` 0.5 or below, such a tie counts as present, so the consensus of a pair is the union of
    their codes. A methods reviewer asks which way a tie goes; the report says so, with this count."""
    if coding.empty:
        return 0
    _, agreed = consensus(coding, share)
    coders = coding.groupby("segment_id")["coder"].nunique()
    votes = agreed["by"].str.count(";") + 1
    return int((2 * votes == agreed["segment_id"].map(coders)).sum())


def coders_agreement(agreement: pd.DataFrame) -> pd.DataFrame:
    """The human coders' agreement with each other: all of them together where there are three or more, the
    one pair of coders where there are two; where one coded alone, the one pair of that coder and an audit coder;
    nothing else."""
    every = agreement[agreement["comparison"] == "all human coders"]
    if len(every):
        return every
    pairs = sorted({c for c in agreement["comparison"] if "model" not in c and " vs " in c})
    coders = [pair for pair in pairs if AUDIT_RATER not in pair]
    chosen = coders if coders else pairs
    return agreement[agreement["comparison"] == chosen[0]] if len(chosen) == 1 else every


def weakest_pairs(agreement: pd.DataFrame, least: int = 3) -> dict[Any, dict[Any, Any]]:
    """For each code, the pair of human coders who agree on it least, among pairs with at least ``least`` shared
    segments carrying it: all coders pooled can hide a pair that disagrees (the eleventh trial: the audit coder,
    agreeing with the first coder on 62 segments, lifted "lobbying" to 0.68 while the double-coding pair stood at
    0.36)."""
    pairs = agreement[
        agreement["comparison"].str.contains(" vs ")
        & ~agreement["comparison"].str.contains("model")
        & (agreement["code"] != "all codes")
        & agreement["alpha"].notna()
    ]
    if "with_code" in pairs:
        pairs = pairs[pairs["with_code"].fillna(0) >= least]
    weakest = pairs.sort_values(["code", "alpha", "comparison"]).drop_duplicates("code")
    return {row["code"]: row for row in weakest.to_dict("records")}


# A group or role whose segments come from fewer people than this is compared with no other (the config's
# report.min_people_to_compare): the intervals treat segments as independent, but one person's turns are not, and
# with three or four speakers one talkative person makes the share (the fourteenth issue-19 trial compared a role of
# three people with the others). Five is the fewest voices where no one of them is likely to make the share alone;
# it is a judgement, named here and in the config so that a study can set its own.
MIN_PEOPLE_TO_COMPARE = 5


def level_estimates(
    rows: Sequence[dict[str, Any]],
    code_id: str,
    scope: str,
    people: dict[str, int] | None = None,
    min_people: int = MIN_PEOPLE_TO_COMPARE,
    audit_coders: int = 0,
) -> dict[str, Any]:
    """A code's estimates by group (or by role) that have an interval, and whether the data rank them at all:
    when every pair of intervals overlaps, the report says none can be said to be higher than another. Each row
    says how many segments and people (``people``, by level) it rests on, a share of nine segments from two
    people being no share of a role (the thirteenth trial); the levels with no interval are ``tallies``, each with
    its count and base, so that no level goes unmentioned (the thirteenth trial's members and facilitators).

    A level is compared with no other where its segments come from fewer than ``min_people`` people (``too_few``),
    or where no coder read any of them, so that what is known there is one audit coder's reading alone
    (``one_reader``, where the audit has ``audit_coders`` 1): a difference from a level the team coded could be that
    coder's way of reading, not the level's talk."""
    mine = [
        {**row, "people": (people or {}).get(str(row["level"])), "by_override": ""}
        for row in rows
        if row["scope"] == scope and row["code"] == code_id
    ]
    for row in mine:
        # a share counted exactly over segments most of which overrides decided is no share (summarise.by_overrides)
        if str(row.get("method", "")).startswith(EXACT):
            base = int(row.get("segments", 0) or 0)
            row["by_override"] = by_overrides(base, picked_here(row), round(float(row["estimate"]) * base))
    estimates = [row for row in mine if row["lower"] == row["lower"]]
    tallies = []
    for row in mine:
        share = row.get("counted_share")
        counted = row.get("counted")  # the count itself: its share is empty where overrides decided most of it
        known = counted is not None and counted == counted
        if row["lower"] == row["lower"] or (not known and (share is None or share != share)):
            continue
        humans = row.get("counted_of") == "segments humans coded"
        base = int(row.get("human_coded", 0) or 0) if humans else int(row.get("segments", 0) or 0)
        if base:
            # of a code counted on human codes, the share is of the coders' reading; the overrides' segments, picked
            # where the model erred, are counted beside it (the eighteenth issue-19 trial's "commissioner 40.0% (2
            # of 5)" held one 'add'); where the coders read none, what the overrides did instead of a share
            picked = picked_here(row) if humans else 0
            picked_with = int(row.get("decided_by_override_with_code", 0) or 0) if humans else 0
            read = read_by_coders_here(row) if humans else base
            coded = int(counted) if known else round(float(share or 0.0) * read)  # type: ignore[arg-type]
            overridden = by_overrides(base, picked, coded + picked_with) if humans else ""
            tallies.append(
                {**row, "coded": coded, "base": read, "by_override": overridden, "picked": picked,
                 "picked_with": picked_with}
            )  # fmt: skip
    # the only comparisons the data support: pairs whose intervals do not overlap, higher one first; a share
    # counted exactly from the coders' codes has no width for the coders' own errors, so it ranks nothing
    left_out = [row["level"] for row in estimates if counted_exactly(row)]
    ranked = [row for row in estimates if not counted_exactly(row)]
    too_few = [row for row in ranked if row["people"] is not None and row["people"] < min_people]
    one_reader = [
        row
        for row in ranked
        if row not in too_few and audit_coders == 1 and not read_by_coders_here(row)
        and int(row.get("audited_uncoded", row.get("audited", 0)) or 0)
    ]  # fmt: skip
    ranked = [row for row in ranked if row not in too_few and row not in one_reader]
    differ = [
        (a["level"], b["level"]) if a["lower"] > b["upper"] else (b["level"], a["level"])
        for i, a in enumerate(ranked)
        for b in ranked[i + 1 :]
        if a["lower"] > b["upper"] or b["lower"] > a["upper"]
    ]
    return {
        "rows": estimates,
        "tallies": tallies,
        "all_overlap": not differ and len(ranked) > 1,
        "differ": differ,
        # a level left out for being counted from the coders' codes (not for too few people, or one reader: a test's
        # level of four people read ", counted wholly or mostly from the coders' codes, are compared" of nobody)
        "exact_left_out": bool(left_out),
        "left_out": left_out,
        "model_used": any(str(row.get("method", "")).startswith("prediction-powered") for row in estimates),
        "pairs": len(ranked) == 2,
        "too_few": [(row["level"], row["people"]) for row in too_few],
        "one_reader": [row["level"] for row in one_reader],
        "min_people": min_people,
        # every level read throughout: counts, which the line must not call estimates (the ninth trial's demo)
        "all_exact": bool(estimates) and all(str(row.get("method", "")).startswith(EXACT) for row in estimates),
    }


def coders_workshops(codes: pd.DataFrame, segments: pd.DataFrame, code_id: str, coder_read: set[str]) -> int:
    """In how many workshops a code is on a segment the coders read."""
    found = codes.loc[(codes["code"] == code_id) & codes["segment_id"].isin(coder_read), "segment_id"]
    return int(segments.loc[segments["segment_id"].isin(set(found)), "workshop_id"].nunique())


def picked_here(row: dict[str, Any]) -> int:
    """A level's segments an override alone decided the code of: an 'add' or 'remove' of it, or an 'only' row of a
    segment no coder read (0 in an older estimates table)."""
    value = row.get("decided_by_override", 0)
    return int(value) if value == value and value is not None else 0


def read_by_coders_here(row: dict[str, Any]) -> int:
    """A level's segments a coder's file read: those humans coded less those an override alone decided (the
    sixteenth issue-19 trial's men's group, which no coder read, was compared or not as overrides touched a code)."""
    return max(0, int(row.get("human_coded", 0) or 0) - picked_here(row))


def counted_exactly(row: dict[str, Any]) -> bool:
    """A share counted from the coders' codes on every segment of its level, or on most of them: exact as a
    count (or mostly so), with no width (or little) for how the coders themselves may err, so no comparison rests
    on it (the sixth trial read "commissioner talks of this more" from 6 of 19 coded and 1 of 11 audited)."""
    if str(row.get("method", "")).startswith(EXACT):
        return True
    segments, coded = int(row.get("segments", 0) or 0), int(row.get("human_coded", 0) or 0)
    return segments > 0 and coded * 2 > segments


def pole_leanings(rows: Sequence[dict[str, Any]], tension: Tension) -> dict[str, dict[str, Any]]:
    """For each group, each pole's estimated share with its interval and which pole, if any, the intervals say
    the group voices more: a leaning is stated only where the two intervals do not overlap."""
    return {entry["level"]: entry for entry in poles_by_level(rows, tension, "group") if not entry["tally"]}


def poles_by_level(rows: Sequence[dict[str, Any]], tension: Tension, scope: str) -> list[dict[str, Any]]:
    """Each level's (group's or stakeholder role's) share of each pole: with their intervals, which pole, if any,
    the level voices more (only where the two intervals do not overlap and neither is counted mostly from the
    coders' codes); without one (``tally``: no audit sample, or too few audited there), the two counts."""
    first, second = (
        {str(row["level"]): row for row in rows if row["scope"] == scope and row["code"] == pole.id}
        for pole in tension.poles
    )
    entries = []
    for level in sorted(set(first) & set(second)):
        a, b = first[level], second[level]
        tally = a["lower"] != a["lower"] or b["lower"] != b["lower"]  # NaN: no interval there
        exact = counted_exactly(a) or counted_exactly(b)
        leans = ""
        if not tally and not exact and a["lower"] > b["upper"]:
            leans = tension.poles[0].label
        elif not tally and not exact and b["lower"] > a["upper"]:
            leans = tension.poles[1].label
        entries.append({"level": level, "first": a, "second": b, "leans": leans, "exact": exact, "tally": tally})
    return entries


def embed_png(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


TOOL = Path(__file__).resolve().parents[1]  # the project's checkout the package runs from


def plural(word: str) -> str:
    """A role's plural, as a sentence names its people: "member" -> "members", "facilitator" -> "facilitators"."""
    return (
        word
        if word.endswith("s")
        else word[:-1] + "ies"
        if word.endswith("y") and word[-2:-1] not in "aeiou"
        else word + "s"
    )


def project_commit(folder: Path) -> str:
    """The git commit of the project that made the report, or a note when there is none."""
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        )
    except OSError:
        return "unknown (git not installed)"
    if result.returncode != 0:
        return "unknown (not a git checkout)"
    dirty = subprocess.run(
        ["git", "-C", str(folder), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return result.stdout.strip() + (" with uncommitted changes" if dirty else "")


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in REPORTED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def context(
    segments: pd.DataFrame,
    codes: pd.DataFrame,
    workshops: pd.DataFrame,
    codebook: Codebook,
    tables: dict[str, pd.DataFrame],
    card: dict[str, Any],
    metrics: pd.DataFrame,
    figures: dict[str, Path],
    codelines: dict[str, Path],
    inputs: Sequence[Path | tuple[str, str]],
    overrides: pd.DataFrame,
    title: str,
    quotes_per_code: int,
    accounting: dict[str, int] | None = None,
    trust: dict[str, Any] | None = None,
    human_reviewed: set[str] | None = None,
    coder_read: set[str] | None = None,
    decided_whole: set[str] | None = None,
    audited: set[str] | None = None,
    model_not_relied: int = 0,
    consensus_share: float = 0.5,
    ties: int = 0,
    min_people: int = MIN_PEOPLE_TO_COMPARE,
    audit_coders: int = 0,
    audit_codes: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """Everything the template shows, computed here so the template only lays it out. ``audit_codes``: the audit
    sample's codes (segment_id, code), said beside a role's tally where no estimate uses them."""
    segments = segments.merge(workshops[["workshop_id", "group", "stakeholder"]], on="workshop_id", how="left")
    # which segments a human decided (a coder, or an override): the rest carry model codes or none
    decided = set(human_reviewed or ()) | set(codes.loc[codes["source"].isin(["human", "override"]), "segment_id"])
    # a workshop or a role is coded where a coder's file read some of it: an override's segment is picked, and one
    # 'only' override made the fifteenth issue-19 trial's unread workshop "coded", and its warnings vanished
    read_by_coders = decided if coder_read is None else coder_read
    human_by_workshop = segments[segments["segment_id"].isin(read_by_coders)].groupby("workshop_id").size()
    # segments an override alone decided: picked because the model erred, not read for every code, so a share of
    # "the segments humans coded" that holds them is no sample (the seventh and eighth trials read 67% from three)
    override_only = segments[segments["segment_id"].isin(decided - coder_read)] if coder_read is not None else None
    override_by_workshop = override_only.groupby("workshop_id").size() if override_only is not None else pd.Series()
    # groups some of whose workshops no human coded: their counts of codes not relied on cover the others only
    partly_coded = {
        str(group): f"{int(part['workshop_id'].isin(human_by_workshop.index).sum())} of {len(part)} workshops coded"
        for group, part in workshops.groupby("group")
        if not part["workshop_id"].isin(human_by_workshop.index).all()
    }
    counts = tables["code_counts"].set_index("code")
    by_group = tables["prevalence_by_group"]
    # the people behind each group's and role's segments (a speaker label per workshop)
    people = {
        scope: {
            str(level): int(part[["workshop_id", "speaker"]].drop_duplicates().shape[0])
            for level, part in segments.groupby(scope)
        }
        for scope in ("group", "role")
    }
    quotes = quotes_by_code(codes, segments, quotes_per_code)
    voices = quotes_by_role(codes, segments)
    roles = sorted({str(role) for role in segments["role"].dropna().unique()} - {"unlabelled"})
    # roles no human decided a turn of: for a code counted on human codes alone, nothing of theirs is counted
    unread_roles = set(roles) - {
        str(role) for role in segments.loc[segments["segment_id"].isin(read_by_coders), "role"]
    }
    by_level = (trust or {}).get("by_level", [])
    # what the audit coder found on each role's audited segments that no coder read: a role too little audited for an
    # estimate is a tally of the coders' codes, and "no segment of theirs carries it" was said of commissioners whose
    # audited turns carried it twice (the sixth issue-21 trial)
    beyond = segments[segments["segment_id"].isin(set(audited or ()) - set(read_by_coders))]
    audited_by_role = {str(role): int(n) for role, n in beyond.groupby("role")["segment_id"].nunique().items()}
    found_by_role: dict[tuple[str, str], int] = {}
    if audit_codes is not None and not beyond.empty:
        found = audit_codes[audit_codes["code"].astype(str).ne("")].merge(
            beyond[["segment_id", "role"]], on="segment_id"
        )
        tallied = found.groupby(["role", "code"])["segment_id"].nunique()
        found_by_role = {(str(key[0]), str(key[1])): int(n) for key, n in zip(tallied.index, tallied, strict=True)}

    def finding(code_id: str) -> dict[str, Any]:
        code = codebook.code(code_id)
        # each role's audited segments no coder read, and how many the audit coder gave this code
        audit_here = {role: (found_by_role.get((role, code_id), 0), n) for role, n in audited_by_role.items()}
        row = counts.loc[code_id].to_dict()
        # every group, its zeros too: a group left out of the line read as not studied (the sixteenth issue-19
        # trial's unread workshop was missing from some codes' lines and "decided by override" in others)
        groups = by_group[by_group["code"] == code_id]
        reliability = (trust or {}).get("reliability", {}).get(code_id)
        # a code whose model codes are not relied on is counted on the segments humans coded, and its share
        # is of those: no human read the others
        base = len(segments)
        human_only = reliability is not None and not reliability["relied_on"] and "human_coded_segments" in reliability
        if human_only:
            base = int(reliability["human_coded_segments"])

        # counted on human codes, the share is of what the coders read, and the segments an override alone decided
        # are counted beside it (the nineteenth issue-19 trial's "46 segments (3.7% of the 1242 ...)" held 4 'add's,
        # where the trust table and the estimates table said 42 of 1237); the overall estimates row has both
        overall: dict[str, Any] = (trust or {}).get("overall", {}).get(code_id) or {}
        tallied = overall.get("counted")
        by_coders = bool(human_only and tallied is not None and tallied == tallied)
        counted = int(tallied or 0) if by_coders else int(row["segments"])
        if by_coders:
            base = read_by_coders_here(overall)
        return {
            "code": code,
            "segments": counted,
            "share": counted / base if base else 0.0,
            "base": base,
            "of_all": base == len(segments),
            "by_coders": by_coders,
            "picked": picked_here(overall) if by_coders else 0,
            "picked_with": int(overall.get("decided_by_override_with_code", 0) or 0) if by_coders else 0,
            # of that base, the segments an override decided that no coder read (the header's "read whole" counts
            # the coders' alone: the sixteenth trial read 97 there and 99 here)
            "base_by_override": max(0, base - int(segments["segment_id"].isin(coder_read).sum()))
            if human_only and coder_read is not None and not by_coders
            else 0,
            # the spread, like the count, of what the coders read: a workshop where only an override put the code is
            # no workshop the coders found it in (the twentieth issue-19 trial's "in 9 workshop(s)", the ninth unread)
            "workshops": coders_workshops(codes, segments, code_id, coder_read)
            if by_coders and coder_read is not None
            else int(row["workshops"]),
            "groups": [
                # by group too, a code not relied on is a share of what humans coded there (the summarise stage's)
                {
                    "group": g["group"],
                    # counted on human codes: the coders' count, the overrides' beside it (summarise.beside_share)
                    "coded": int(g["coded_segments"])
                    - (int(g.get("coded_by_override_only", 0) or 0) if human_only else 0),
                    "share": float(g["share"]),
                    # where overrides decided most of the read segments, what they did instead of a share
                    "by_override": overridden,
                    # counted on human codes, where no human decided a segment: nothing to count
                    "not_read": human_only and not int(g.get("read_segments", 0) or 0),
                    "partly": "; ".join(
                        note
                        for note in (
                            partly_coded.get(str(g["group"]), ""),
                            beside_share(
                                int(g.get("read_by_override_only", 0) or 0),
                                int(g.get("coded_by_override_only", 0) or 0),
                            )
                            if not overridden
                            else "",
                        )
                        if note
                    )
                    if human_only
                    else "",
                }
                for g in groups.to_dict("records")
                for overridden in [
                    by_overrides(
                        int(g.get("read_segments", 0) or 0),
                        int(g.get("read_by_override_only", 0) or 0),
                        int(g["coded_segments"]),
                    )
                    if human_only
                    else ""
                ]
            ],
            "groups_of_human_coded": human_only,
            "sources": {source: int(row[source]) for source in ("human", "override", "model")},
            "quotes": quotes.get(code_id, []),
            # each role's voice on the code, side by side: a quote, or that the role's coded turns never carry it
            "voices": [
                {
                    "role": role,
                    "quote": voices.get(code_id, {}).get(role),
                    "unread": human_only and role in unread_roles,
                    "audit": audit_here.get(role, (0, 0)),
                }
                for role in roles
            ]
            if len(roles) > 1
            else [],
            "reliability": reliability,
            "estimate": (trust or {}).get("overall", {}).get(code_id),
            "by_group": level_estimates(by_level, code_id, "group", people["group"], min_people, audit_coders),
            "by_role": level_estimates(by_level, code_id, "role", people["role"], min_people, audit_coders),
            "audit_by_role": audit_here,
        }

    balance = tables["tension_balance"]
    tensions = [
        {
            "tension": tension,
            "poles": [finding(pole.id) for pole in tension.poles],
            # read back from CSV an empty note is NaN, which the template takes for a note (the tenth trial's "nan")
            "balance": balance[balance["tension"] == tension.id]
            .assign(balance_note=lambda t: t["balance_note"].astype(object).where(t["balance_note"].notna(), ""))
            .to_dict("records"),
            "leanings": pole_leanings((trust or {}).get("by_level", []), tension),
            # the same by stakeholder role (the issue-21 reader trial found the tensions compared by group only)
            "by_role": poles_by_level((trust or {}).get("by_level", []), tension, "role"),
            # where the two poles meet: a group talking the tension through, in its own words
            "meet": tension_passages(codes, segments, (tension.poles[0].id, tension.poles[1].id), quotes_per_code),
        }
        for tension in codebook.tensions
    ]
    themes = [finding(code.id) for code in codebook.themes]
    agreement = tables["agreement"]
    coders = {
        str(row["code"]): {str(k): v for k, v in row.items()} for row in coders_agreement(agreement).to_dict("records")
    }
    sources = codes["source"].value_counts()
    groups = workshops["group"].nunique()
    return {
        "title": title,
        "accounting": accounting or {},
        "trust": trust or {},
        "codebook": codebook,
        "themes": themes,
        # what the summary shows of each finding (pipeline.executive_summary)
        "summary": summary(
            themes,
            tensions,
            len(people["role"]),
            coders,
            {str(k): int(v) for k, v in codes.groupby("segment_id")["code"].nunique().items()},
        ),
        "memos": {},  # the analysts' memos, read by ``main`` (see pipeline.memos)
        "authors": "",  # report.authors, given by ``main``
        "written": "",  # report.date, given by ``main``
        "too_few_to_lean": TOO_FEW_TO_LEAN,
        "gate": "",  # what the anonymity gate scanned and redacted, read by ``main`` from its pass marker
        "tensions": tensions,
        # each figure beside the section it illustrates (issue 21: they stood apart, in a section of their own),
        # numbered in the order a reader meets them
        "figures": [
            {
                "name": name,
                "number": number,
                "src": embed_png(figures[name]),
                "caption": " ".join((FIGURES[name].__doc__ or "").split()),
                "short": SUMMARY_FIGURES.get(name, ""),
            }
            for number, name in enumerate((n for n in FIGURE_PLACES if not left_out(n, codebook, groups)), start=1)
        ],
        "figures_left_out": [
            {"id": name, "name": name.replace("_", " "), "reason": left_out(name, codebook, groups)}
            for name in FIGURE_PLACES
            if left_out(name, codebook, groups)
        ],
        # a codeline is about 30 kB: thousands embedded would make a report no browser opens
        "codelines": [
            {"workshop_id": workshop_id, "src": embed_png(path)}
            for workshop_id, path in sorted(codelines.items())[:CODELINES_IN_REPORT]
        ],
        "codelines_not_shown": max(0, len(codelines) - CODELINES_IN_REPORT),
        "data": {
            "workshops": workshops.merge(
                segments.groupby("workshop_id").size().rename("segments").reset_index(), on="workshop_id", how="left"
            )
            .assign(human_coded=lambda t: t["workshop_id"].map(human_by_workshop).fillna(0).astype(int))
            .assign(override_only=lambda t: t["workshop_id"].map(override_by_workshop).fillna(0).astype(int))
            # the segments the audit coders read there: "not read by any coder" said of a workshop the audit read 19
            # segments of (the ninth issue-21 trial)
            .assign(
                audited=lambda t: (
                    t["workshop_id"]
                    .map(segments[segments["segment_id"].isin(audited or set())].groupby("workshop_id").size())
                    .fillna(0)
                    .astype(int)
                )
            )
            .to_dict("records"),
            "uncoded_workshops": sorted(set(workshops["workshop_id"]) - set(human_by_workshop.index)),
            "partly_coded": partly_coded,
            # roles no coder decided a turn of (commissioners, say, who came to one uncoded workshop), and of
            # those, the turns the audit coders read
            "uncoded_roles": {
                role: int(part["segment_id"].isin(audited or set()).sum())
                for role, part in segments.groupby("role")
                if not part["segment_id"].isin(read_by_coders).any()
            },
            "segments": len(segments),
            # the people behind each role's segments (a speaker label per workshop): an estimate by role treats
            # their segments as independent, which two commissioners' twelve turns are not
            "people_by_role": people["role"],
            "people": int(segments[["workshop_id", "speaker"]].drop_duplicates().shape[0]),
            "workshop_count": int(segments["workshop_id"].nunique()),
            "human_decided": int(segments["segment_id"].isin(decided).sum()),
            # the audited segments a group or role needs for an estimate (estimates.MIN_AUDITED_HERE)
            "min_audited_here": MIN_AUDITED_HERE,
            # of those, read whole (by a coder, or an override deciding every code): the others an override decided
            # one code or more of, their other codes still the model's (the fourteenth trial's "decided the codes of")
            "read_whole": int(segments["segment_id"].isin(coder_read if coder_read is not None else decided).sum()),
            # decided whole by an 'only' override no coder read: picked, so not in read_whole, but not in the
            # overrides of one code either (the sixteenth trial's header said 97 where the body's base was 99)
            "override_whole": int(segments["segment_id"].isin(set(decided_whole or ()) - set(coder_read or ())).sum())
            if coder_read is not None
            else 0,
            "audit_only": len(set(audited or ()) - decided),
            # segments no coder decided that carry a code: only model codes the gate relies on reach here
            "model_only": int(codes.loc[~codes["segment_id"].isin(decided), "segment_id"].nunique()),
            "groups": sorted(set(workshops["group"])),
            # the roles this study has, in its own words ("moderators or participants"), not the demo's three
            "roles_said": " or ".join(
                sorted({plural(str(role)) for role in segments["role"].dropna().unique() if str(role) != "unlabelled"})
            )
            or "speakers",
        },
        "sources": {source: int(sources.get(source, 0)) for source in ("human", "override", "model")}
        | {"model_not_relied": model_not_relied},
        "overrides": overrides.to_dict("records"),
        # coding.consensus, and how many consensus codes rest on a tie (half the coders), which it counts as present
        "consensus": {"share": consensus_share, "ties": ties},
        # the fewest people a group or role needs to be compared with another, and how many coded the audit
        "min_people": min_people,
        "audit_coders": audit_coders,
        "card": card,
        # a bootstrap over fewer workshops than this has too few distinct resamples to print as an interval
        "few_workshops": 0 < int(card.get("training", {}).get("workshops", 0)) < MIN_WORKSHOPS,
        # from five to nine workshops an interval is printed, but the resamples are few and it is rough
        "few_workshops_for_intervals": FEW_WORKSHOPS,
        "rough_intervals": MIN_WORKSHOPS <= int(card.get("training", {}).get("workshops", 0)) < FEW_WORKSHOPS,
        "metrics": metrics.to_dict("records"),
        "framework": {
            "groups": tables["framework_matrix"]["group"].tolist(),
            "rows": [
                {"code": code, "cells": tables["framework_matrix"][code.label].tolist()} for code in codebook.leaf_codes
            ],
        },
        "agreement": agreement[agreement["code"] != "all codes"].to_dict("records"),
        "agreement_overall": agreement[agreement["code"] == "all codes"].to_dict("records"),
        # the coders' own agreement per code, beside the model's in "How far to trust these numbers"
        "coders_alpha": coders,
        # and over all codes pooled, which can be measured where no single code can (the eighth issue-21 trial's
        # summary said agreement could not be measured, where pooled the coders agreed at alpha 0.86)
        "coders_pooled": coders_agreement(agreement[agreement["code"] == "all codes"]).to_dict("records"),
        "coders_weakest": weakest_pairs(agreement),
        "human_comparisons": sorted({c for c in agreement["comparison"] if "model" not in c}),
        # a (path, digest) pair was fingerprinted upstream: ingest hashes each transcript as it reads it
        "inputs": [
            {"path": item[0], "sha256": item[1]}
            if isinstance(item, tuple)
            else {"path": str(item), "sha256": sha256(item)}
            for item in inputs
        ],
        "versions": package_versions(),
        # the tool's commit, from where the package is, and the study's where it is a folder of its own (the ninth
        # issue-18 trial's study, run with --project, said "unknown (not a git checkout)" of the tool)
        "commit": project_commit(TOOL),
        "study": None
        if Path.cwd().resolve() == TOOL
        else {"name": Path.cwd().name, "commit": project_commit(Path.cwd())},
    }


# where each figure stands in the report, in reading order: every code's two in the summary, the characteristics' by
# group, the tensions', the framework matrix's co-occurrence, and coding validity's in its own section
FIGURE_PLACES = (
    "prevalence_estimates", "themes_by_role", "characteristics_by_group", "tension_balance", "cooccurrence",
    "coding_validity",
)  # fmt: skip


# the summary's figures, captioned in a line; how to read each, their whole captions, stand in Methods (the two
# captions were 150 of the summary's words: the fifth issue-21 trial)
SUMMARY_FIGURES = {
    "prevalence_estimates": "How common each code is: each characteristic, and each pole of each tension.",
    "themes_by_role": "Each code's share of each stakeholder role's segments.",
}


def code_pages(
    codes: pd.DataFrame,
    segments: pd.DataFrame,
    workshops: pd.DataFrame,
    codebook: Codebook,
    decided: set[str] | None = None,
    not_relied: set[str] | None = None,
    audit_codes: pd.DataFrame | None = None,
) -> dict[str, str]:
    """Coded retrieval, as NVivo's and MAXQDA's users expect it: a page per code with every segment the report counts
    for it (source, role, group, workshop), and an index of each code's tallies by role and by group (issue 21).
    Pages by file name; they sit beside the report, offline, escaped and under its content security policy. A role
    or group no human decided a segment of is "not read" for a code counted on human codes alone (``not_relied``),
    not 0: the seventeenth issue-19 trial read the men's group's 0 as "not said". ``audit_codes`` (segment_id,
    code): the audit coder's, of which those on segments no human decided the code of are named beside the count (an
    exact count and an estimate take them in; the seventh issue-21 trial read 7 here and 8 in the report)."""
    environment = templates()
    shown = segments.merge(workshops[["workshop_id", "group"]], on="workshop_id", how="left")
    read = shown[shown["segment_id"].isin(decided)] if decided is not None else shown
    unread = {
        scope: sorted({str(level) for level in shown[scope].dropna().unique()} - set(read[scope].dropna().astype(str)))
        for scope in ("role", "group")
    }
    # in transcript order: a segment id is its workshop, its turn and its part, zero-padded
    rows = codes.merge(shown, on="segment_id", how="inner").sort_values(["workshop_id", "segment_id"])
    pages, index = {}, []
    for code in codebook.leaf_codes:
        mine = rows[rows["code"] == code.id]
        # with the speaker's label (a pseudonym, as the transcript gives it), so that one talkative person's share of a
        # code shows (the second issue-21 reader trial)
        columns = ["workshop_id", "group", "role", "speaker", "segment_id", "source", "probability", "text"]
        records = mine[[column for column in columns if column in mine]].to_dict("records")
        human_only = code.id in (not_relied or set())
        # counted on human codes alone, a segment an override alone decided is beside the count, as in the report
        # (the fifth issue-21 trial's index said 61 of a code the report counted 60 of, with 1 beside)
        picked = (
            mine[~mine["segment_id"].isin(decided) & mine["source"].eq("override")]
            if human_only and decided is not None
            else mine.iloc[:0]
        )
        counted = mine.drop(picked.index)
        # the audit coder's finds on segments no coder read (and no override decided): not in these lists' counts
        audit_only = (
            sorted(
                set(audit_codes.loc[audit_codes["code"].eq(code.id), "segment_id"])
                - set(decided or ())
                - set(mine["segment_id"].loc[mine["source"].isin(["human", "override"])])
            )
            if audit_codes is not None
            else []
        )
        # the page lists them all, and says how many are beside the count (the fifth trial: 61 listed, 60 counted)
        pages[f"{code.id}.html"] = environment.get_template("code_page.html.j2").render(
            code=code,
            rows=records,
            picked=int(picked["segment_id"].nunique()),
            audit_only=shown[shown["segment_id"].isin(audit_only)]
            .sort_values(["workshop_id", "segment_id"])
            .reindex(columns=["workshop_id", "group", "role", "speaker", "segment_id", "text"], fill_value="")
            .to_dict("records"),
        )
        index.append(
            {
                "id": code.id,
                "label": code.label,
                "total": int(counted["segment_id"].nunique()),
                "picked": int(picked["segment_id"].nunique()),
                "by_role": counted.groupby("role")["segment_id"].nunique().to_dict(),
                "by_group": counted.groupby("group")["segment_id"].nunique().to_dict(),
                "picked_by_role": picked.groupby("role")["segment_id"].nunique().to_dict(),
                "picked_by_group": picked.groupby("group")["segment_id"].nunique().to_dict(),
                "human_only": human_only,
                "audit_only": len(audit_only),
            }
        )
    roles = sorted(str(role) for role in shown["role"].dropna().unique())
    groups = sorted(str(group) for group in shown["group"].dropna().unique())
    # each column's base, so that a tally can be read against it (the issue-21 reader trial found no n per role):
    # the segments there, and those a coder read (an override's segments are picked, not read: in no base)
    bases = {
        scope: {
            str(level): {"segments": int(n), "read": int(read[scope].astype(str).eq(str(level)).sum())}
            for level, n in shown.groupby(scope)["segment_id"].nunique().items()
        }
        for scope in ("role", "group")
    }
    pages["index.html"] = environment.get_template("code_index.html.j2").render(
        codes=index, roles=roles, groups=groups, unread=unread, bases=bases
    )
    return pages


def templates() -> jinja2.Environment:
    """The package's templates, for the report and the coded retrieval pages alike."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline", "templates"),
        autoescape=True,  # transcript text is data: it must never become markup or script
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(values: dict[str, Any]) -> str:
    environment = templates()
    environment.filters["percent"] = percent
    environment.filters["number"] = lambda value, digits=2: "\u2013" if pd.isna(value) else f"{value:.{digits}f}"
    environment.globals["plural"] = plural
    # a code id breaks after its underscores, not mid-word: "mutu/al_sup/port" (the eighth issue-21 trial)
    environment.filters["breakable"] = lambda value: markupsafe.Markup("_<wbr>").join(str(value).split("_"))
    return environment.get_template("report.html.j2").render(**values)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.report", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, required=True, help="the cleared segments (data/processed/segments.parquet)"
    )
    parser.add_argument(
        "--codes", type=Path, required=True, help="every segment's codes (data/processed/codes.parquet)"
    )
    parser.add_argument("--workshops", type=Path, required=True, help="the workshops table (data/raw/workshops.csv)")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--tables", type=Path, nargs="+", required=True, help="summary tables (CSV)")
    parser.add_argument("--figures", type=Path, nargs="+", required=True, help="figure files (the PNGs are embedded)")
    parser.add_argument("--codelines", type=Path, required=True, help="folder of codeline figures, one per workshop")
    parser.add_argument(
        "--card", type=Path, required=True, help="the model's card (data/processed/model/model_card.json)"
    )
    parser.add_argument(
        "--metrics",
        type=Path,
        required=True,
        help="the model's cross-validated metrics (data/processed/model/cv_metrics.csv)",
    )
    parser.add_argument("--inputs", type=Path, nargs="*", default=[], help="files fingerprinted in the appendix")
    parser.add_argument("--gate", type=Path, help="the anonymity gate's pass marker: what it scanned and redacted")
    parser.add_argument(
        "--ingest-report", type=Path, help="ingest's report: the SHA-256 of each transcript it read, for the appendix"
    )
    parser.add_argument("--overrides-report", type=Path, required=True, help="each override and its status")
    parser.add_argument("--reliability", type=Path, help="the code stage's reliability.csv")
    parser.add_argument("--estimates", type=Path, help="prevalence_estimates.csv (the estimates stage)")
    parser.add_argument("--sample", type=Path, help="the audit sample drawn (audit_sample.csv)")
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/)")
    parser.add_argument("--consensus", type=float, default=0.5, help="coding.consensus")
    parser.add_argument("--audit", type=Path, nargs="*", default=[], help="the audit sample's coding files")
    parser.add_argument(
        "--min-people-to-compare",
        type=int,
        default=MIN_PEOPLE_TO_COMPARE,
        help="report.min_people_to_compare: a group or role of fewer people is compared with no other",
    )
    parser.add_argument("--memos", type=Path, nargs="*", default=[], help="the analysts' memos (data/raw/memos/*.md)")
    parser.add_argument("--code-pages", type=Path, help="folder for the coded retrieval pages, beside the report")
    parser.add_argument("--title", required=True, help="the report's title (report.title)")
    parser.add_argument("--authors", default="", help="report.authors: who wrote the report and for whom")
    parser.add_argument("--date", default="", help="report.date: when the report was written")
    parser.add_argument(
        "--quotes-per-code", type=int, required=True, help="quotes shown for each code (report.quotes_per_code)"
    )
    parser.add_argument("--report", type=Path, required=True, help="output HTML")
    args = parser.parse_args(argv)
    names = ("code_counts", "prevalence_by_group", "tension_balance", "agreement", "framework_matrix")
    tables = {name: read_table(path) for name, path in paths_by_stem(args.tables, names, ".csv").items()}
    segments = pd.read_parquet(args.segments)
    codebook = load_codebook(args.codebook)
    coding = read_coding(list(args.coding), set(segments["segment_id"]), codebook)
    final = pd.read_parquet(args.codes)
    counted = findings(final)  # the codes the report counts: its text, tables and coded retrieval pages alike
    workshops = read_workshops(args.workshops)
    audit = read_coding(list(args.audit), set(segments["segment_id"]), codebook)
    overrides = pd.read_csv(args.overrides_report, dtype=str, keep_default_na=False)
    by_humans = decided_segments(coding, args.consensus, overrides)
    decided = by_humans.any_code()
    trust = trust_in_numbers(args.reliability, args.estimates, args.sample)
    if trust:
        relied = {code for code, row in trust["reliability"].items() if bool(row["relied_on"])}
        trust["audit_check"] = audit_against_model(final, audit, by_humans, relied)
    values = context(
        segments,
        counted,
        workshops,
        codebook,
        tables,
        json.loads(args.card.read_text(encoding="utf-8")),
        pd.read_csv(args.metrics),
        paths_by_stem(args.figures, list(FIGURES), ".png"),
        {path.stem: path for path in sorted(args.codelines.glob("*.png"))},
        [*transcript_fingerprints(args.ingest_report), *args.inputs],
        overrides,
        args.title,
        args.quotes_per_code,
        text_accounting(args.ingest_report),
        trust,
        human_reviewed=decided,
        coder_read=set(by_humans.read_by_coders),
        decided_whole=set(by_humans.whole),
        # the segments the audit coders read: they enter the estimates, never the counts
        audited=set(audit["segment_id"]),
        model_not_relied=int((final["source"] == "model").sum() - (counted["source"] == "model").sum()),
        consensus_share=args.consensus,
        ties=consensus_ties(coding, args.consensus),
        min_people=args.min_people_to_compare,
        audit_coders=int(audit["coder"].nunique()),
        audit_codes=audit[["segment_id", "code"]],
    )
    # what the gate scanned and redacted, in the methods (redact mode's redactions were said nowhere)
    values["authors"] = args.authors
    values["written"] = args.date
    values["gate"] = args.gate.read_text(encoding="utf-8").strip().removeprefix("passed: ") if args.gate else ""
    values["memos"] = read_memos(args.memos, [*codebook.leaf_ids, *(tension.id for tension in codebook.tensions)])
    write_text(render(values), args.report)
    if args.code_pages:
        if args.code_pages.is_dir():
            shutil.rmtree(args.code_pages)  # a code the codebook dropped leaves no page behind
        not_relied = {code for code, row in (trust or {}).get("reliability", {}).items() if not bool(row["relied_on"])}
        # "not read" where no coder's file read the level: an override's segment is picked, not read (the
        # eighteenth issue-19 trial's index turned every unread cell to 0 after one 'only' override)
        for name, page in code_pages(counted, segments, workshops, codebook, set(by_humans.read_by_coders),
                                     not_relied, audit[["segment_id", "code"]]).items():  # fmt: skip
            write_text(page, args.code_pages / name)
    print(f"wrote {args.report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
