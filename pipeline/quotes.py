"""Choosing the quotes that illustrate a code: the report's exemplars and the framework matrix's cells."""

from __future__ import annotations

from typing import Any

import pandas as pd

QUOTE_TARGET_CHARS = 220  # quotes near this length read best: a full thought, not a paragraph
QUOTE_MIN_CHARS = 40  # "Yeah, definitely." illustrates nothing on its own


def pick_quotes(code: str, codes: pd.DataFrame, segments: pd.DataFrame, limit: int) -> list[dict[str, Any]]:
    """Exemplar quotes for a code: human-coded first (one per workshop before repeats), then the model's
    most confident. ``segments`` carries text, workshop_id, group and role."""
    return quotes_by_code(codes[codes["code"] == code], segments, limit).get(code, [])


def quotes_by_code(codes: pd.DataFrame, segments: pd.DataFrame, limit: int) -> dict[str, list[dict[str, Any]]]:
    """``pick_quotes`` for every code in ``codes`` at once (one join, not one per code); a code with no
    quotable segment is absent."""
    rows = codes.merge(segments, on="segment_id", how="left", validate="many_to_one")
    chosen = chosen_quotes(rows, ["code"], limit)
    columns = ["text", "segment_id", "workshop_id", "group", "role", "source", "by", "probability"]
    quotes: dict[str, list[dict[str, Any]]] = {}
    for code, row in zip(chosen["code"], chosen[columns].to_dict("records"), strict=True):
        quote = {str(key): value for key, value in row.items()}
        quote["probability"] = None if pd.isna(quote["probability"]) else float(quote["probability"])
        quotes.setdefault(str(code), []).append(quote)
    return quotes


def quotes_by_role(codes: pd.DataFrame, segments: pd.DataFrame) -> dict[str, dict[str, dict[str, Any]]]:
    """One quote per code and speaker role, chosen as ``chosen_quotes`` chooses: what each stakeholder role said of
    a theme, side by side (issue 21: the report never compared what members, facilitators and commissioners
    said)."""
    rows = codes.merge(segments, on="segment_id", how="left", validate="many_to_one")
    chosen = chosen_quotes(rows, ["code", "role"], 1)
    columns = ["text", "segment_id", "workshop_id", "group", "source"]
    voices: dict[str, dict[str, dict[str, Any]]] = {}
    for code, role, row in zip(chosen["code"], chosen["role"], chosen[columns].to_dict("records"), strict=True):
        voices.setdefault(str(code), {})[str(role)] = {str(key): value for key, value in row.items()} | {
            "text": shorten(str(row["text"]), 240)
        }
    return voices


def chosen_quotes(rows: pd.DataFrame, by: list[str], limit: int) -> pd.DataFrame:
    """Up to ``limit`` quotes for each value of the ``by`` columns (for all rows when ``by`` is empty), in
    the order they are quoted: human codes nearest the target length, one per workshop before a second
    from the same workshop, then the model's most confident. Ties go to the smaller segment id, so the
    choice does not depend on the order of ``rows``.

    One pass for every cell at once: the framework matrix has a cell per group and code, and choosing
    cell by cell cost a second on every summary of a hundred workshops.
    """
    rows = rows[rows["text"].str.len() >= QUOTE_MIN_CHARS]
    human = rows[rows["source"].isin(["human", "override"])].copy()
    human["distance"] = (human["text"].str.len() - QUOTE_TARGET_CHARS).abs()
    human = human.sort_values(["distance", "segment_id"])
    human["repeat"] = human.groupby([*by, "workshop_id"]).cumcount()
    human = human.sort_values(["repeat", "distance", "segment_id"])
    model = rows[rows["source"] == "model"].sort_values(["probability", "segment_id"], ascending=[False, True])
    chosen = pd.concat([human, model])
    # head() of a grouping keeps the rows' order within each group: humans first, each tier in its order
    return chosen.groupby(by, sort=False).head(limit) if by else chosen.head(limit)


def shorten(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"


PASSAGE_CHARS = 320  # each turn of a passage where a tension's poles meet, cut at a word


def tension_passages(
    codes: pd.DataFrame, segments: pd.DataFrame, poles: tuple[str, str], limit: int, reach: int = 1
) -> dict[str, Any]:
    """Where a tension's two poles meet (issue 21: the report showed how often each pole was coded, never a
    passage where a group talked the tension through): a segment coded with both, or two turns of one workshop at
    most ``reach`` turns apart, one coded with each. Up to ``limit`` passages, chosen as quotes are: those whose
    codes are all human first, one per workshop before a second, a single segment before a pair, then by segment
    id; no segment in two passages. ``codes`` are the codes the report counts; ``segments`` carry text, turn,
    workshop_id, group and role. Returns the passages (each its turns in transcript order, with the poles each
    carries and by whom) and how many meetings there are in all, and in how many workshops."""
    first, second = poles
    wanted = codes[codes["code"].isin(poles)][["segment_id", "code", "source"]]
    columns = ["segment_id", "workshop_id", "turn", "text", "role", "group"]
    rows = wanted.merge(segments[[c for c in columns if c in segments.columns]], on="segment_id", how="inner")
    if rows.empty:
        return {"passages": [], "meetings": 0, "workshops": 0}
    by_segment = rows.groupby("segment_id").agg(
        codes=("code", lambda found: frozenset(found)), human=("source", lambda s: bool(s.ne("model").all()))
    )
    both = by_segment[by_segment["codes"].map(len) == 2]
    meetings: list[tuple[bool, str, int, tuple[str, ...]]] = [
        (bool(human), str(rows.loc[rows["segment_id"] == sid, "workshop_id"].iloc[0]), 1, (str(sid),))
        for sid, human in both["human"].items()
    ]
    located = rows.drop_duplicates("segment_id").set_index("segment_id")
    a = rows[rows["code"] == first][["segment_id", "workshop_id", "turn"]]
    b = rows[rows["code"] == second][["segment_id", "workshop_id", "turn"]]
    pairs = a.merge(b, on="workshop_id", suffixes=("_a", "_b"))
    near = pairs[
        (pairs["segment_id_a"] != pairs["segment_id_b"])
        & ((pairs["turn_a"] - pairs["turn_b"]).abs().between(1, reach))
        & ~pairs["segment_id_a"].isin(both.index)
        & ~pairs["segment_id_b"].isin(both.index)
    ]
    for pair in near.to_dict("records"):
        # in transcript order: the earlier turn first
        ids = (str(pair["segment_id_a"]), str(pair["segment_id_b"]))
        ids = ids if int(pair["turn_a"]) < int(pair["turn_b"]) else ids[::-1]
        human = bool(by_segment.loc[list(ids), "human"].all())
        meetings.append((human, str(pair["workshop_id"]), 2, ids))
    chosen: list[dict[str, Any]] = []
    used: set[str] = set()
    per_workshop: dict[str, int] = {}
    ordered = sorted(meetings, key=lambda m: (not m[0], m[2], m[3]))
    while len(chosen) < limit:
        # one per workshop before a second: take the best meeting of the workshop quoted least so far
        free = [m for m in ordered if not used.intersection(m[3])]
        if not free:
            break
        best = min(free, key=lambda m: (not m[0], per_workshop.get(m[1], 0), m[2], m[3]))
        used.update(best[3])
        per_workshop[best[1]] = per_workshop.get(best[1], 0) + 1
        turns = []
        for sid in best[3]:
            here = rows[rows["segment_id"] == sid]
            turns.append(
                {
                    "segment_id": sid,
                    "text": shorten(str(located.loc[sid, "text"]), PASSAGE_CHARS),
                    "role": located.loc[sid, "role"],
                    "poles": [code for code in poles if code in set(here["code"])],
                    "sources": sorted(set(here["source"])),
                }
            )
        chosen.append(
            {"workshop_id": best[1], "group": located.loc[best[3][0], "group"], "turns": turns, "human": best[0]}
        )
    return {"passages": chosen, "meetings": len(meetings), "workshops": len({m[1] for m in meetings})}
