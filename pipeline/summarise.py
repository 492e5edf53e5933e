"""Summarise: every number the figures and the report show, as CSV tables.

Takes ``segments.parquet``, ``codes.parquet``, ``workshops.csv``, the codebook, the human coding
files and the classifier's out-of-fold predictions; makes ``reports/tables/*.csv``: prevalence of
each code by group, stakeholder role and workshop; tension pole balance; code co-occurrence; codes
by source; and agreement (each pair of human coders, all of them, and the model as one more coder) with
bootstrap confidence intervals (see ``pipeline.agreement``).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.agreement import agreement_statistics
from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import Decided, codes_not_relied_on, decided_segments, findings, read_coding
from pipeline.double_coding import codebook_sheet
from pipeline.errors import run_stage
from pipeline.memo import forget_unused, memo_key
from pipeline.quotes import chosen_quotes, shorten
from pipeline.tables import among, paths_by_stem, read_workshops, spreadsheet_text, write_csv, write_parquet, write_xlsx

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


ALL_SEGMENTS = "all segments"
HUMAN_CODED = "segments humans coded"


def as_decided(read: set[str] | Decided | None, override_only: set[str] | None, codes: Sequence[str]) -> Decided:
    """``read`` as what humans decided (see ``coding.Decided``): a set is the segments read whole, but for those in
    ``override_only``, which an override decided (each code of them, where no code is named)."""
    if isinstance(read, Decided):
        return read
    picked = frozenset((read or set()) & (override_only or set()))
    return Decided(frozenset((read or set()) - picked), {code: picked for code in codes} if picked else {})


def prevalence(
    segments_meta: pd.DataFrame,
    coded: pd.DataFrame,
    by: Sequence[str],
    codebook: Codebook,
    read: set[str] | Decided | None = None,
    not_relied: set[str] | None = None,
    override_only: set[str] | None = None,
) -> pd.DataFrame:
    """Segments, coded segments and share for every combination of ``by`` and code (zeros kept).

    A code the model is not relied on for (``not_relied``) is counted on the segments a human decided
    (``read``) alone, so its share is of those (``share_of``): over all segments it would count every segment no
    human read as one without the code, and understate it wherever a workshop went uncoded."""
    decided = as_decided(read, override_only, codebook.leaf_ids)
    totals = segments_meta.groupby(list(by)).size().rename("segments").to_frame()
    # how many workshops each level's segments come from: a figure's column says its n (issue 21: "1 workshop" was
    # written in every cell of a group of one workshop, and no role said how many it rested on)
    totals["level_workshops"] = segments_meta.groupby(list(by))["workshop_id"].nunique()
    totals = totals.reset_index()
    # each code's own read segments: the segments read whole, and those an override decided that code of; as
    # (segment, code) pairs, so each membership is one vectorised test, not three a code (1.1 of summarise's 2 s)
    pairs = pd.DataFrame(
        [(segment, code) for code in codebook.leaf_ids for segment in decided.of(code)], columns=["segment_id", "code"]
    ).astype({"segment_id": segments_meta["segment_id"].dtype})
    pairs = pairs.merge(segments_meta[["segment_id", *by]], on="segment_id")
    # of those, the segments an override alone decided (one code, or an 'only' row no coder read): picked where the
    # model erred, not read as a sample; and of those, the ones that carry the code (the overrides' 'add's and 'only's)
    pairs["picked"] = ~pairs["segment_id"].isin(decided.read_by_coders)
    carried = coded[["segment_id", "code"]].drop_duplicates().assign(carried=True)
    pairs = pairs.merge(carried, on=["segment_id", "code"], how="left")
    pairs["picked_with"] = pairs["picked"] & pairs["carried"].eq(True)
    read_here = (
        pairs.groupby([*by, "code"])
        .agg(read_segments=("segment_id", "size"), read_by_override_only=("picked", "sum"),
             coded_by_override_only=("picked_with", "sum"))
        .reset_index()
    )  # fmt: skip
    counts = coded.groupby([*by, "code"]).size().rename("coded_segments").reset_index()
    workshops = coded.groupby([*by, "code"])["workshop_id"].nunique().rename("workshops").reset_index()
    grid = totals.merge(pd.DataFrame({"code": codebook.leaf_ids}), how="cross")
    grid = grid.merge(read_here, on=[*by, "code"], how="left")
    table = grid.merge(counts, on=[*by, "code"], how="left").merge(workshops, on=[*by, "code"], how="left")
    counted = ["coded_segments", "workshops", "read_segments", "read_by_override_only", "coded_by_override_only"]
    table[counted] = table[counted].fillna(0).astype(int)
    human_only = table["code"].isin(not_relied or set())
    table["share_of"] = np.where(human_only, HUMAN_CODED, ALL_SEGMENTS)
    # a code counted on human codes alone is a share of the segments the coders read there: an override's segment,
    # picked where the model erred, is in no share (the eighteenth issue-19 trial's "commissioner 40% (2 of 5)"
    # held one 'add'), but counted beside it; where the coders read none, there is no share at all
    base = table["segments"].where(~human_only, table["read_segments"] - table["read_by_override_only"])
    numerator = table["coded_segments"].where(~human_only, table["coded_segments"] - table["coded_by_override_only"])
    table["share"] = (numerator / base.where(base > 0)).round(6)
    order = {code: i for i, code in enumerate(codebook.leaf_ids)}
    table = table.assign(_c=table["code"].map(order)).sort_values([*by, "_c"]).drop(columns="_c")
    return table.reset_index(drop=True)


def by_overrides(read: int, picked: int, coded: int) -> str:
    """What to write instead of a share where overrides alone decided every read segment of a cell (``read``, of
    which ``picked`` an override alone decided, and ``coded`` carry the code), for a code counted on human codes
    alone; "" where the coders read some, whose share stands, the overrides' segments counted beside it
    (``beside_share``). An override's 'add' is 100% of one segment and its 'remove' 0%: printed as a share, the
    fourteenth issue-19 trial read "men's group 100.0% (3 of 3)" as a finding."""
    if not read or picked < read:
        return ""
    # an override-decided segment carries the code where the override gave it ('add', or 'only' with it) and
    # lacks it elsewhere ('remove', or 'only' without it: "removed" misnamed an 'only' row of another code)
    parts = [f"{n} {said}" for n, said in ((coded, "with the code"), (read - coded, "without")) if n]
    return f"decided by override ({', '.join(parts)}), no share"


def beside_share(picked: int, picked_with: int) -> str:
    """The overrides' segments of a cell whose share is of the coders' reading: "2 more decided by an override alone
    (1 with the code), not in the share", or "" where there are none."""
    if not picked:
        return ""
    return f"{picked} more decided by an override alone ({picked_with} with the code), not in the share"


def tension_balance(by_group: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """For each tension and group, the segments at each pole and the balance between them.

    Balance is (first pole - second pole) / (both); 0 is an even balance, +1 all first pole.
    """
    rows = []
    for tension in codebook.tensions:
        first, second = tension.poles
        for group, table in by_group.groupby("group", sort=True):
            # a pole counted on human codes alone counts what the coders coded: an override's segment, picked where
            # the model erred, is no part of a balance (the eighteenth issue-19 trial)
            n_first, n_second = coders_count(table, first.id), coders_count(table, second.id)
            both = n_first + n_second
            # a pole the model is relied on for is counted over all the group's segments, one it is not over those
            # humans coded: a balance of the two tallies would favour the first (the ninth trial's dads' group)
            # (not where the bases are the same segments: a group humans coded whole, the tenth trial's allotment)
            poles = table[table["code"].isin([first.id, second.id])]
            bases = poles["segments"].where(poles["share_of"] == ALL_SEGMENTS, poles["read_segments"])
            mixed = "share_of" in poles and poles["share_of"].nunique() > 1 and bases.nunique() > 1
            note = "the poles are counted on different bases: no balance" if mixed else ""
            # a pole counted on human codes in a group no coder read: its count is the overrides' at most, picked
            # where the model erred (the sixteenth issue-19 trial's "1.00" from one override's add and two removes,
            # and its unread workshop's "0 | 0" as a balance decided by overrides)
            human_poles = poles[poles["share_of"] != ALL_SEGMENTS] if "share_of" in poles else poles.iloc[:0]
            unread = len(human_poles) > 0 and bool(
                (human_poles["read_segments"] - human_poles.get("read_by_override_only", 0) <= 0).all()
            )
            if unread:
                note = "no coder read this group's segments" + (
                    " (its counts are overrides', picked where the model erred)" if both else ""
                )
                note += ": no balance"
            elif not mixed and both < TOO_FEW_TO_LEAN:
                note = f"from {both} coded segment(s): too few to show a lean"
            rows.append(
                {
                    "tension": tension.id,
                    "group": group,
                    "first_pole": first.id,
                    "first_pole_segments": n_first,
                    "second_pole": second.id,
                    "second_pole_segments": n_second,
                    "balance": round((n_first - n_second) / both, 6)
                    if both and not (mixed or unread)
                    else float("nan"),
                    "balance_note": note,
                    # the overrides' own segments with each pole, beside the counts and in no balance (the nineteenth
                    # issue-19 trial found the men's group's 'add' said in the pole's section and gone from its table)
                    "first_pole_by_override": by_override_count(table, first.id),
                    "second_pole_by_override": by_override_count(table, second.id),
                }
            )
    return pd.DataFrame(rows, columns=TENSION_BALANCE_COLUMNS)  # a codebook without tensions: the header only


def by_override_count(cells: pd.DataFrame, code: str) -> int:
    """A code's segments in a level's cells that an override alone decided with it, where it is counted on human
    codes alone (counted beside the coders' count, in no share)."""
    pole = cells[cells["code"] == code]
    human = pole["share_of"] != ALL_SEGMENTS if "share_of" in pole else pd.Series(False, index=pole.index)
    return int(pole.get("coded_by_override_only", pd.Series(0, index=pole.index)).where(human, 0).sum())


def coders_count(cells: pd.DataFrame, code: str) -> int:
    """A code's segments in a level's cells, without the overrides' own where it is counted on human codes alone."""
    return int(cells.loc[cells["code"] == code, "coded_segments"].sum()) - by_override_count(cells, code)


TOO_FEW_TO_LEAN = 20  # coded segments of a tension's two poles in a group below which its balance shows no lean

TENSION_BALANCE_COLUMNS = [
    "tension", "group", "first_pole", "first_pole_segments", "second_pole", "second_pole_segments", "balance",
    "balance_note", "first_pole_by_override", "second_pole_by_override",
]  # fmt: skip


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


def rater_decisions(coding: pd.DataFrame, predictions: pd.DataFrame, codebook: Codebook) -> dict[str, pd.DataFrame]:
    """Each rater's 0/1 decisions: one frame per rater, reviewed segments by leaf codes.

    Human coders decide on every code for each segment they reviewed. The model decides only on the
    codes it models, through its cross-validated predictions (segments it never trained on); its
    other codes are NaN, no opinion. ``human consensus`` is the label the model was trained against.
    """
    codes = list(codebook.leaf_ids)
    raters: dict[str, pd.DataFrame] = {}
    for coder, rows in coding.groupby("coder", sort=True):
        applied = rows[rows["code"].astype(bool)]
        table = pd.DataFrame(0.0, index=sorted(set(rows["segment_id"])), columns=codes)
        table.loc[:, :] = (
            pd.crosstab(applied["segment_id"], applied["code"]).reindex(index=table.index, columns=codes, fill_value=0)
            > 0
        ).to_numpy(dtype=float)
        raters[str(coder)] = table
    if len(predictions):
        for rater, column in (("model", "predicted"), ("human consensus", "human")):
            wide = predictions.pivot(index="segment_id", columns="code", values=column).astype(float)
            raters[rater] = wide.reindex(columns=codes)
    return raters


def rating_matrix(raters: dict[str, pd.DataFrame], names: Sequence[str], code: str | None) -> np.ndarray:
    """Raters x units for one code, or for every code at once (units are then segment-code pairs)."""
    segments = sorted(set().union(*(raters[name].index for name in names)))
    rows = []
    for name in names:
        table = raters[name].reindex(index=segments)
        rows.append(table[code].to_numpy() if code else table.to_numpy().reshape(-1))
    return np.vstack(rows)


def comparisons(raters: dict[str, pd.DataFrame]) -> list[tuple[str, list[str]]]:
    """What to compare: each pair of human raters (the audit's coders among them, named "... (audit)"), all the
    coders together, the model against them. The coders' pooled figures are of the coding files alone: an audit
    coder joining them moved "all human coders" when the audit was coded (the seventeenth issue-19 trial), where the
    data README states them as the coding files'."""
    humans = [name for name in raters if name not in ("model", "human consensus")]
    coders = [name for name in humans if not name.endswith(AUDIT_RATER)]
    planned = [(f"{a} vs {b}", [a, b]) for a, b in itertools.combinations(humans, 2)]
    if len(coders) > 2:
        planned.append(("all human coders", coders))
    if "model" in raters:
        planned.append(("model vs human consensus", ["model", "human consensus"]))
        if len(coders) >= 2:
            planned.append(("human coders and the model", [*coders, "model"]))
    return planned


AUDIT_RATER = " (audit)"  # an audit coder's name as a rater in the agreement table


AGREEMENT_COLUMNS = (
    "code", "comparison", "raters", "segments", "with_code", "percent_agreement",
    "cohen_kappa", "cohen_low", "cohen_high", "fleiss_kappa", "fleiss_low", "fleiss_high",
    "alpha", "alpha_low", "alpha_high",
)  # fmt: skip


def agreement(predictions: pd.DataFrame, coding: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Agreement per code and over all codes, for each comparison, on the segments the raters share. Each
    comparison's bootstrap draws from a generator of its own, seeded by the comparison and the code: drawn from one
    shared stream, the coders' intervals moved when an audit coder's comparisons were added before them (the
    eighteenth issue-19 trial: 0.83 to 0.80, near the 0.667 gate, with the coding files unchanged)."""
    raters = rater_decisions(coding, predictions, codebook)
    rows = []
    for comparison, names in comparisons(raters):
        for code in [*codebook.leaf_ids, None]:
            ratings = rating_matrix(raters, names, code)
            if np.isnan(ratings).all(axis=1).any():
                continue  # a rater with no opinion on this code (the model on a code it does not model)
            rng = np.random.default_rng([BOOTSTRAP_SEED, *stable_words(comparison, code or "all codes")])
            statistics = agreement_statistics(ratings, rng)
            if statistics["segments"] == 0:
                continue  # these raters never coded the same segment: nothing to compare
            rows.append({"code": code or "all codes", "comparison": comparison, "raters": ";".join(names)} | statistics)
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS)).round(6)


def stable_words(*names: str) -> list[int]:
    """Names as seed words, the same in every run and process (Python's own string hash is not)."""
    digest = hashlib.sha256("\0".join(names).encode("utf-8")).digest()
    return [int.from_bytes(digest[i : i + 4], "little") for i in range(0, 16, 4)]


def remembered_agreement(
    predictions: pd.DataFrame, coding: pd.DataFrame, codebook: Codebook, memo: Path | None
) -> pd.DataFrame:
    """``agreement``, kept in ``memo`` under a key of the codebook, the human codes and the model's
    cross-validated predictions: its bootstraps are most of summarise's time, and adding an uncoded
    workshop changes none of what they are drawn from."""
    if memo is None:
        return agreement(predictions, coding, codebook)
    key = memo_key([codebook.fingerprint, predictions.to_csv(index=False), coding.to_csv(index=False)])
    kept = memo / f"{key}.parquet"
    if kept.is_file():
        return pd.read_parquet(kept)
    table = agreement(predictions, coding, codebook)
    write_parquet(table, kept)
    forget_unused(memo, {kept.name})
    return table


def code_sets(decisions: pd.DataFrame) -> dict[str, set[str]]:
    """Segment id to the set of codes a rater applied, from its 0/1 decisions."""
    sets: dict[str, set[str]] = {str(segment): set() for segment in decisions.index}
    segments, codes = [str(segment) for segment in decisions.index], [str(code) for code in decisions.columns]
    rows, columns = np.nonzero(decisions.to_numpy() == 1)  # NaN (no opinion) is not 1
    for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
        sets[segments[row]].add(codes[column])
    return sets


def describe_codes(codes: set[str] | None, order: Sequence[str]) -> str:
    if codes is None:
        return ""  # not reviewed by this rater
    return "; ".join(code for code in order if code in codes) or "(no code)"


def disagreements(
    segments: pd.DataFrame, coding: pd.DataFrame, predictions: pd.DataFrame, codebook: Codebook
) -> pd.DataFrame:
    """Segments where human coders disagree, or the model disagrees with them, for the codebook meeting.

    One row per segment: each rater's codes, the codes in dispute and the codebook's rules for them.
    The model's column is its cross-validated coding (segments it did not train on).
    """
    raters = rater_decisions(coding, predictions, codebook)
    humans = [name for name in raters if name not in ("model", "human consensus")]
    sets = {name: code_sets(table) for name, table in raters.items()}
    rated = set().union(*sets.values()) if sets else set()
    segments = segments[among(segments["segment_id"], rated)]  # only rated segments can be in dispute
    modelled = set(predictions["code"]) if len(predictions) else set()
    order = list(codebook.leaf_ids)
    rows = []
    for segment in segments.itertuples(index=False):
        segment_id = str(segment.segment_id)
        coded = [sets[h][segment_id] for h in humans if segment_id in sets[h]]
        among_coders = set().union(*coded) - coded[0].intersection(*coded[1:]) if len(coded) >= 2 else set()
        with_model: set[str] = set()
        if segment_id in sets.get("model", {}):
            with_model = (sets["model"][segment_id] ^ sets["human consensus"][segment_id]) & modelled
        disputed = among_coders | with_model
        if not disputed:
            continue
        between = [label for label, found in (("coders", among_coders), ("model and coders", with_model)) if found]
        row = {
            "segment_id": segment_id,
            "workshop_id": segment.workshop_id,
            "speaker": segment.speaker,
            "role": segment.role,
            "text": spreadsheet_text(str(segment.text)),
        }
        for name in [*humans, "model"] if "model" in sets else humans:
            row[f"codes_{name}"] = describe_codes(sets[name].get(segment_id), order)
        row["disputed_codes"] = "; ".join(code for code in order if code in disputed)
        row["between"] = "; ".join(between)
        row["codebook_rules"] = " | ".join(
            f"{codebook.code(code).label} ({code}). {codebook.code(code).rules()}" for code in order if code in disputed
        )
        rows.append(row)
    columns = ["segment_id", "workshop_id", "speaker", "role", "text"]
    columns += [f"codes_{name}" for name in ([*humans, "model"] if "model" in sets else humans)]
    return pd.DataFrame(rows, columns=[*columns, "disputed_codes", "between", "codebook_rules"])


def codelines(segments: pd.DataFrame, codes: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every code in the order of the session: one row per segment and code, with the segment's position
    in its workshop (1, 2, ...), its turn, the speaker's role and the code's source."""
    position = segments.groupby("workshop_id").cumcount() + 1
    placed = segments[["segment_id", "workshop_id", "turn", "role"]].assign(position=position)
    table = codes[["segment_id", "code", "source"]].merge(placed, on="segment_id", how="left", validate="many_to_one")
    order = {code: i for i, code in enumerate(codebook.leaf_ids)}
    table = table.assign(_c=table["code"].map(order)).sort_values(["workshop_id", "position", "_c"])
    columns = ["workshop_id", "position", "segment_id", "turn", "role", "code", "source"]
    return table[columns].reset_index(drop=True)


UNREAD_COLUMNS = ["workshop_id", "first_position", "last_position", "segments"]


def unread_stretches(segments: pd.DataFrame, whole: set[str] | frozenset[str] | None) -> pd.DataFrame:
    """Each stretch of consecutive segments of a workshop that no coder read whole (``whole``, as
    ``coding.Decided.whole``: neither a coder nor an 'only' override decided it), by position as in ``codelines``:
    there only the model's codes for the codes it is relied on, and one-code overrides, can show, so the codelines
    shade these stretches; an empty stretch there is unread, not one without a theme (the fourteenth issue-19
    trial). An audit coder's reading does not count: the audit's codes are in no codeline. No rows where ``whole``
    is not known (a stage run on its own)."""
    if whole is None:
        return pd.DataFrame(columns=UNREAD_COLUMNS)
    placed = segments[["segment_id", "workshop_id"]].assign(position=segments.groupby("workshop_id").cumcount() + 1)
    unread = ~placed["segment_id"].isin(whole)
    # a new stretch wherever the workshop or the read/unread state changes
    stretch = ((unread != unread.shift()) | (placed["workshop_id"] != placed["workshop_id"].shift())).cumsum()
    table = (
        placed[unread]
        .assign(stretch=stretch[unread])
        .groupby(["workshop_id", "stretch"], sort=False)["position"]
        .agg(first_position="min", last_position="max", segments="size")
        .reset_index()
    )
    return table.sort_values(["workshop_id", "first_position"])[UNREAD_COLUMNS].reset_index(drop=True)


FRAMEWORK_QUOTES = 2
FRAMEWORK_QUOTE_CHARS = 160


def framework_matrix(
    segments: pd.DataFrame,
    codes: pd.DataFrame,
    workshops: pd.DataFrame,
    codebook: Codebook,
    by_group: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Groups by codes (Ritchie and Spencer's framework matrix): each cell holds how many segments carry
    the code in that group, of how many (the base ``prevalence`` gave it in ``by_group``: all the group's segments,
    or, for a code the model is not relied on for, those humans coded there: "0 segments" read as "not said" where
    nobody had read the group, the thirteenth trial), and up to two short quotes, human-coded first, each with its
    speaker's role and workshop."""
    meta = segment_metadata(segments, workshops).merge(segments[["segment_id", "text"]], on="segment_id")
    # one join and one choice of quotes for the whole matrix: a join per cell, or a choice per cell,
    # costs seconds at thousands of workshops
    joined = codes.merge(meta, on="segment_id", how="inner", validate="many_to_one")
    counts = joined.groupby(["group", "code"])["segment_id"].nunique()
    chosen = chosen_quotes(joined, ["group", "code"], FRAMEWORK_QUOTES)
    cited: dict[tuple[str, str], list[str]] = {}
    for quote in chosen[["group", "code", "text", "role", "workshop_id"]].to_dict("records"):
        cited.setdefault((quote["group"], quote["code"]), []).append(
            f"\u201c{shorten(quote['text'], FRAMEWORK_QUOTE_CHARS)}\u201d ({quote['role']}, {quote['workshop_id']})"
        )
    in_group = meta.groupby("group")["segment_id"].nunique()
    bases = by_group.set_index(["group", "code"]) if by_group is not None else None
    rows = []
    for group in sorted(meta["group"].dropna().unique()):
        row = {"group": group}
        for code in codebook.leaf_codes:
            count = int(counts.get((group, code.id), 0))
            quotes = "".join(f"; {c}" for c in cited.get((group, code.id), []))
            cell = bases.loc[(group, code.id)] if bases is not None else None
            overridden = ""
            beside = ""
            if cell is not None and cell["share_of"] == HUMAN_CODED:
                read, picked = int(cell["read_segments"]), int(cell.get("read_by_override_only", 0))
                picked_with = int(cell.get("coded_by_override_only", 0))
                overridden = by_overrides(read, picked, count)
                base = f"of {read - picked} coders read"
                if not overridden:  # the coders' count of the segments they read; the overrides' beside it
                    count -= picked_with
                    beside = beside_share(picked, picked_with)
            else:
                base = f"of {int(in_group.get(group, 0))}"
            # "3 segments of 3 humans coded" where three overrides added the code reads as all of the group
            if cell is not None and cell["share_of"] == HUMAN_CODED and not int(cell["read_segments"]):
                # an audit coder may have read some: their reading enters the estimates, never a count
                row[code.label] = "not read by a coder: no count (an estimate from the audit, if any, is in the report)"
            elif overridden.startswith("decided by override"):
                row[code.label] = f"{overridden}: no coder read a segment here{quotes}"
            else:
                said = f"{count} segment{'s' if count != 1 else ''} {base}"
                row[code.label] = f"{said} ({beside}){quotes}" if beside else f"{said}{quotes}"
        rows.append(row)
    return pd.DataFrame(rows, columns=["group", *(code.label for code in codebook.leaf_codes)])


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
    memo: Path | None = None,
    read: set[str] | Decided | None = None,
    not_relied: set[str] | None = None,
    override_only: set[str] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every summary table, keyed by its file name stem (``memo``: see ``remembered_agreement``; ``read`` and
    ``not_relied``, ``override_only``: see ``prevalence``)."""
    meta = segment_metadata(segments, workshops)
    coded = coded_segments(meta, codes)
    by_group = prevalence(meta, coded, ["group"], codebook, read, not_relied, override_only)
    return {
        "code_counts": code_counts(codes, coded, codebook),
        "prevalence_by_group": by_group,
        "prevalence_by_role": prevalence(meta, coded, ["role"], codebook, read, not_relied, override_only),
        "prevalence_by_workshop": prevalence(
            meta, coded, ["workshop_id", "group", "stakeholder"], codebook, read, not_relied, override_only
        ),
        "tension_balance": tension_balance(by_group, codebook),
        "cooccurrence": cooccurrence(codes, codebook),
        "agreement": remembered_agreement(predictions, coding, codebook, memo),
        "disagreements": disagreements(segments, coding, predictions, codebook),
        "framework_matrix": framework_matrix(segments, codes, workshops, codebook, by_group),
        "codelines": codelines(segments, codes, codebook),
        "codeline_unread": unread_stretches(
            segments, None if read is None else as_decided(read, override_only, codebook.leaf_ids).whole
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.summarise", description=__doc__)
    parser.add_argument(
        "--segments", type=Path, required=True, help="the cleared segments (data/processed/segments.parquet)"
    )
    parser.add_argument(
        "--codes", type=Path, required=True, help="every segment's codes (data/processed/codes.parquet)"
    )
    parser.add_argument("--workshops", type=Path, required=True, help="the workshops table (data/raw/workshops.csv)")
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/*.csv)")
    parser.add_argument(
        "--audit", type=Path, nargs="*", default=[], help="the audit sample's coding: a rater in agreement too"
    )
    parser.add_argument("--predictions", type=Path, required=True, help="out-of-fold predictions from train")
    parser.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    parser.add_argument("--tables", type=Path, nargs="+", required=True, help="output CSV tables, named <table>.csv")
    parser.add_argument(
        "--disagreements-xlsx", type=Path, required=True, help="output: the disagreement table for Excel"
    )
    parser.add_argument("--framework-xlsx", type=Path, required=True, help="output: the framework matrix for Excel")
    parser.add_argument("--memo", type=Path, help="folder where the agreement table is kept between runs")
    parser.add_argument("--reliability", type=Path, help="the code stage's reliability.csv: which codes are relied on")
    parser.add_argument("--consensus", type=float, default=0.5, help="coding.consensus: who decided a segment")
    parser.add_argument(
        "--overrides-report", type=Path, help="the code stage's overrides_report.csv: which segments overrides decided"
    )
    args = parser.parse_args(argv)
    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments)
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    final = pd.read_parquet(args.codes)
    overrides = pd.read_csv(args.overrides_report, dtype=str, keep_default_na=False) if args.overrides_report else None
    read = decided_segments(coding, args.consensus, overrides)
    not_relied = codes_not_relied_on(args.reliability)
    # the audit's coders are human raters too: where they coded a segment a coder also did, their agreement is
    # the coders' agreement (named apart, so a coder who also audited is two raters, not one)
    audit = read_coding(args.audit, set(segments["segment_id"]), codebook)
    coding = pd.concat([coding, audit.assign(coder=audit["coder"] + AUDIT_RATER)], ignore_index=True)
    tables = summarise(
        segments,
        findings(final),
        read_workshops(args.workshops),
        coding,
        pd.read_parquet(args.predictions),
        codebook,
        args.memo,
        read,
        not_relied,
    )
    for name, path in paths_by_stem(args.tables, list(tables), ".csv").items():
        write_csv(tables[name], path)
    # the codebook's rules on a sheet of their own, as in every workbook a coder fills (the issue-22 trial found them
    # in one cell of each row)
    codes = codebook_sheet(codebook)
    write_xlsx({"disagreements": tables["disagreements"], "codes": codes}, args.disagreements_xlsx)
    write_xlsx({"framework matrix": tables["framework_matrix"], "codes": codes}, args.framework_xlsx)
    print(f"wrote {len(tables)} tables: {', '.join(tables)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
