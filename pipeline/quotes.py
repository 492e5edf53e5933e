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
