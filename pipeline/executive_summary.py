"""The report's summary, worked out here so that the template only lays it out and a test can reach it.

Issue 21's trials read the summary in six to seven minutes against a target of five, and found in it counts but no
word of what anyone said. So the summary says once what every number shares, gives each finding its count, each
stakeholder role's share largest first, a group's lean on a tension as a description of its coded segments, and one
short quote in the participants' own words; the long explanations stay in the sections each finding links to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.estimates import EXACT
from pipeline.quotes import shorten

QUOTE_CHARS = 120  # a summary's quote: one thought, read in a few seconds (the sections give 220 and more)
FEW_SEGMENTS = 5  # a role's share resting on fewer segments says how many ("commissioner 0.9%" was one segment)


def percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def shared_tally_base(findings: Sequence[dict[str, Any]]) -> int | None:
    """The number of segments every finding is a tally of, where every one is the coders' tally of the same
    segments with no interval (no audit, no model relied on): then the summary says so once, not in each line.
    None where any finding differs (an estimate, a count of all segments, another base)."""
    bases = set()
    for finding in findings:
        estimate = finding.get("estimate") or {}
        interval = estimate.get("lower") is not None and estimate.get("lower") == estimate.get("lower")
        if not finding.get("by_coders") or interval:
            return None
        bases.add(int(finding["base"]))
    return bases.pop() if len(bases) == 1 else None


def few(segments: int) -> str:
    """ " (3 segments)" after a share resting on fewer than FEW_SEGMENTS segments (none: 0.0% says it), else
    nothing."""
    return f" ({segments} segment{'' if segments == 1 else 's'})" if 0 < segments < FEW_SEGMENTS else ""


def role_shares(finding: dict[str, Any], roles: int) -> list[dict[str, Any]] | None:
    """Each stakeholder role's share of its own segments carrying the code, largest first, each as the summary says
    it ("6.5%", "2.6% (3 segments)", "no share" where overrides decided most of the role's read segments, "not
    read"). Empty for a study of one role; None where a role's share is an estimate with an interval, which the
    long line (with the comparisons the intervals allow) says instead."""
    by = finding.get("by_role") or {}
    if roles < 2 or not (by.get("rows") or by.get("tallies")):
        return []
    said: list[dict[str, Any]] = []
    for row in by.get("rows", []):
        if row.get("by_override"):
            said.append({"role": row["level"], "share": -1.0, "said": "no share"})
        elif str(row.get("method", "")).startswith(EXACT):
            counted = round(float(row["estimate"]) * int(row.get("segments") or 0))
            said.append({"role": row["level"], "share": float(row["estimate"]),
                         "said": percent(float(row["estimate"])) + few(counted)})  # fmt: skip
        else:
            return None
    for tally in by.get("tallies", []):
        share = tally.get("counted_share")
        if tally.get("by_override"):
            said.append({"role": tally["level"], "share": -1.0, "said": "no share"})
        elif share is not None and share == share:
            said.append({"role": tally["level"], "share": float(share),
                         "said": percent(float(share)) + few(int(tally["coded"]))})  # fmt: skip
        else:
            said.append({"role": tally["level"], "share": -1.0, "said": "not read"})
    # largest first; a role with no share last, in the order given (sorted is stable)
    return sorted(said, key=lambda item: item["share"], reverse=True)


def whole_sentences(text: str, limit: int) -> tuple[str, bool]:
    """As many of the text's first sentences as fit in ``limit`` characters, with an ellipsis where more follows,
    and whether they make a whole thought: at least half the limit (a quote cut mid-thought, "before the group.\u2026",
    read worse than a sentence whole, and "I do the welcoming. \u2026" says nothing). Not whole, the text is cut at a
    word instead."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, True
    kept = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    if len(kept) * 2 >= limit:
        return f"{kept} \u2026", True
    return shorten(text, limit), False


SOURCE_ORDER = {"human": 0, "override": 1, "model": 2}  # a coder's code first: read, not picked where the model erred


def summary_quote(quotes: Sequence[dict[str, Any]], limit: int = QUOTE_CHARS) -> dict[str, Any] | None:
    """One of the finding's quotes for the summary: a coder's before an override's before the model's, and of those
    the first whose opening sentences make a whole thought within ``limit`` characters, else the first cut at a
    word; with who said it and where. None where no segment is quotable."""
    if not quotes:
        return None
    ordered = sorted(quotes, key=lambda quote: SOURCE_ORDER.get(str(quote.get("source")), 0))
    best = SOURCE_ORDER.get(str(ordered[0].get("source")), 0)
    ordered = [quote for quote in ordered if SOURCE_ORDER.get(str(quote.get("source")), 0) == best]
    cut = [(quote, *whole_sentences(str(quote["text"]), limit)) for quote in ordered]
    quote, text, _ = next((entry for entry in cut if entry[2]), cut[0])
    return {
        "text": text,
        "role": str(quote.get("role") or ""),
        "group": str(quote.get("group") or ""),
        "segment_id": str(quote["segment_id"]),
        "model": quote.get("source") == "model",
    }


def meeting_quote(meet: dict[str, Any], limit: int = 160) -> dict[str, Any] | None:
    """The first passage where a tension's two poles meet, each turn cut so the passage keeps to about ``limit``
    characters; None where the poles never meet."""
    passages = meet.get("passages") or []
    if not passages:
        return None
    passage = passages[0]
    each = limit // len(passage["turns"])
    return {
        "turns": [
            {"text": whole_sentences(str(turn["text"]), each)[0], "role": str(turn["role"])}
            for turn in passage["turns"]
        ],
        "group": str(passage["group"]),
        "model": not passage.get("human", True),
    }


def group_leanings(balance: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Which groups' coded segments carry more of the first pole, more of the second, as many of each, and which
    show no lean (too few segments with either, unread, or counted on different bases). A description of the codes
    counted, as the tension's own table is: a balance has no interval, so this says what these segments hold and
    nothing of groups elsewhere (the sixth issue-21 note: no lean was ever said for a study coded by hand)."""
    leanings: dict[str, list[str]] = {"first": [], "second": [], "even": [], "unsaid": []}
    for row in balance:
        value = row.get("balance")
        if row.get("balance_note") or value is None or value != value:
            leanings["unsaid"].append(str(row["group"]))
        elif float(value) > 0:
            leanings["first"].append(str(row["group"]))
        elif float(value) < 0:
            leanings["second"].append(str(row["group"]))
        else:
            leanings["even"].append(str(row["group"]))
    return leanings


def summary(themes: Sequence[dict[str, Any]], tensions: Sequence[dict[str, Any]], roles: int) -> dict[str, Any]:
    """What the summary shows of each finding: its roles' shares, its quote, and for a tension where its poles meet
    and how its groups lean; with the base every number shares, where they share one."""

    def of(finding: dict[str, Any]) -> dict[str, Any]:
        # a finding of no segments is quoted nowhere: an override's segment, beside the count, is in no count (the
        # test study's "0 segments (0.0%)" came with a quote)
        quote = summary_quote(finding.get("quotes") or []) if finding.get("segments") else None
        return {"roles": role_shares(finding, roles), "quote": quote}

    return {
        "base": shared_tally_base([*themes, *(pole for item in tensions for pole in item["poles"])]),
        "themes": {finding["code"].id: of(finding) for finding in themes},
        "poles": {pole["code"].id: of(pole) for item in tensions for pole in item["poles"]},
        "tensions": {
            item["tension"].id: {"meet": meeting_quote(item["meet"]), "leanings": group_leanings(item["balance"])}
            for item in tensions
        },
    }
