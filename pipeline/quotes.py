"""Choosing the quotes that illustrate a code: the report's exemplars and the framework matrix's cells."""

from __future__ import annotations

from typing import Any

import pandas as pd

QUOTE_TARGET_CHARS = 220  # quotes near this length read best: a full thought, not a paragraph
QUOTE_MIN_CHARS = 40  # "Yeah, definitely." illustrates nothing on its own


def pick_quotes(code: str, codes: pd.DataFrame, segments: pd.DataFrame, limit: int) -> list[dict[str, Any]]:
    """Exemplar quotes for a code: human-coded first (one per workshop before repeats), then the model's
    most confident. ``segments`` carries text, workshop_id, group and role."""
    rows = codes[codes["code"] == code].merge(segments, on="segment_id", how="left", validate="many_to_one")
    return quotes_from(rows, limit)


def quotes_from(rows: pd.DataFrame, limit: int) -> list[dict[str, Any]]:
    """``pick_quotes`` from one code's rows already joined to their segments (the order they come in does
    not matter)."""
    rows = rows[rows["text"].str.len() >= QUOTE_MIN_CHARS]
    human = rows[rows["source"].isin(["human", "override"])].copy()
    human["distance"] = (human["text"].str.len() - QUOTE_TARGET_CHARS).abs()
    human = human.sort_values(["distance", "segment_id"])
    human["repeat"] = human.groupby("workshop_id").cumcount()
    human = human.sort_values(["repeat", "distance", "segment_id"])
    model = rows[rows["source"] == "model"].sort_values(["probability", "segment_id"], ascending=[False, True])
    chosen = pd.concat([human, model]).head(limit)
    columns = ["text", "segment_id", "workshop_id", "group", "role", "source", "by", "probability"]
    quotes = [{str(key): value for key, value in row.items()} for row in chosen[columns].to_dict("records")]
    for quote in quotes:
        quote["probability"] = None if pd.isna(quote["probability"]) else float(quote["probability"])
    return quotes


def shorten(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"
