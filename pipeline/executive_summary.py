"""The report's summary, worked out here so that the template only lays it out and a test can reach it.

Issue 21's trials read the summary in six to seven minutes against a target of five, and found in it counts but no
word of what anyone said. So the summary says once what every number shares, gives each finding its count, each
stakeholder role's share largest first, a group's lean on a tension as a description of its coded segments, and one
short quote in the participants' own words; the long explanations stay in the sections each finding links to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.estimates import EXACT
from pipeline.figures import TOO_FEW_TO_AGREE
from pipeline.quotes import QUOTE_MIN_CHARS, shorten

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


def interval(low: float, high: float) -> str:
    return f"{percent(low)}\u2013{percent(high)}"


def role_shares(finding: dict[str, Any], roles: int) -> list[dict[str, Any]]:
    """Each stakeholder role's share of its own segments carrying the code, in the order of the roles' names (as
    Figure 2's columns), each as the summary says it: "6.5%", "2.6% (3 segments)" where it rests on fewer than
    FEW_SEGMENTS, an estimate with its interval ("5.2% (3.6%\u20138.9%)"), and, beside estimates, a count marked
    "(counted)"; "no share" where overrides decided most of the role's read segments, "not read". Empty for a study
    of one role. (Study 2 of the fifth issue-21 trial listed its roles unsorted, estimates and counts mixed, in 1,559
    words; largest first, the eighth read "commissioner 14.3% (counted, 2 segments), facilitator 10.0%, member 9.0%"
    as commissioners speaking of it most.)"""
    by = finding.get("by_role") or {}
    if roles < 2 or not (by.get("rows") or by.get("tallies")):
        return []
    estimated = any(not str(row.get("method", "")).startswith(EXACT) for row in by.get("rows", []))

    def share_said(share: float, notes: list[str]) -> str:
        # one bracket: "5.3% (counted, 1 segment)", not "5.3% (1 segment) (counted)" (the fifth trial's study 2)
        notes = [note for note in notes if note]
        return percent(share) + (f" ({', '.join(notes)})" if notes else "")

    audit = finding.get("audit_by_role") or {}

    def counted(share: float, n: int, role: str = "") -> dict[str, Any]:
        # a tally of the coders' codes, with what the audit coder found on the role's turns no coder read, where they
        # found the code there (the sixth issue-21 trial: "commissioner 0.0%" where the audit found it on 2 of 5)
        found, audited = audit.get(role, (0, 0))
        beside = f"the audit coder found it on {found} of their {audited} turns no coder read" if found else ""
        notes = ["counted" if estimated else "", few(n).strip(" ()"), beside]
        return {"share": share, "said": share_said(share, notes), "segments": n}

    said: list[dict[str, Any]] = []
    for row in by.get("rows", []):
        share = float(row["estimate"])
        if row.get("by_override"):
            said.append({"role": row["level"], "share": -1.0, "said": "no share"})
        elif str(row.get("method", "")).startswith(EXACT):
            said.append({"role": row["level"], **counted(share, round(share * int(row.get("segments") or 0)))})
        else:
            said.append({"role": row["level"], "share": share,
                         "said": share_said(share, [interval(float(row["lower"]), float(row["upper"]))])})  # fmt: skip
    for tally in by.get("tallies", []):
        share = tally.get("counted_share")
        if tally.get("by_override"):
            said.append({"role": tally["level"], "share": -1.0, "said": "no share"})
        elif share is not None and share == share:
            said.append({"role": tally["level"], **counted(float(share), int(tally["coded"]), str(tally["level"]))})
        else:
            said.append({"role": tally["level"], "share": -1.0, "said": "not read"})
    # one order for every finding, so that a role is found in the same place each time, and no order is a ranking
    return sorted(said, key=lambda item: str(item["role"]))


def leading_role(finding: dict[str, Any], said: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The role a tension's pole is said to come "most from" in the summary, where the data bear it out: the largest
    share, an estimate whose interval lies above another role's. None otherwise, and never from counts, which have no
    interval: "most from commissioners: 25.0% (counted, 1 segment)" was one person's one segment, "most from members:
    0.5% (0.0%-2.8%)" a code no one found (the sixth issue-21 trial), and "most from members" a lead of 9.5% over 7.1%
    (the seventh)."""
    said = sorted(said, key=lambda item: item["share"], reverse=True)
    if not said or said[0]["share"] <= 0 or (len(said) > 1 and said[1]["share"] >= said[0]["share"]):
        return None
    top = said[0]
    if "segments" in top:
        # a count has no interval: a lead of 9.5% over 7.1% is no finding, and the summary says no difference between
        # counts is claimed (the seventh trial)
        return None
    higher = {str(high) for high, _ in (finding.get("by_role") or {}).get("differ", [])}
    return top if str(top["role"]) in higher else None


def none_counted(item: dict[str, Any]) -> bool:
    """A role's share that is a count of none, with nothing beside it (no audit coder's find): said in one word with
    the others like it, "none from commissioner, facilitator", not "0.0% (counted)" each (the eighth trial's summary
    said "0.0% (counted)" 26 times in 1,088 words)."""
    return "segments" in item and item["share"] == 0 and item["said"] in ("0.0%", "0.0% (counted)")


def poles_by_role(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each role's share of a tension's two poles, side by side, in the roles' order (``role_shares`` of each), and
    whether it is a count of none of either (``none_counted``)."""
    of_second = {str(item["role"]): item for item in second}
    pairs = [(item, of_second[str(item["role"])]) for item in first if str(item["role"]) in of_second]
    return [
        {"role": str(a["role"]), "said": pair_said(a, b), "neither": none_counted(a) and none_counted(b)}
        for a, b in pairs
    ]


def pair_said(first: dict[str, Any], second: dict[str, Any]) -> str:
    """A role's two shares of a tension's poles as the summary says them: two counts in one bracket, "5.3% v 8.2%
    (counted, 1 v 4 segments)", where each alone would say "(counted, 1 segment)" (the eighth trial's study of four
    roles gave its tensions 225 words of role shares); otherwise each as ``role_shares`` says it."""
    counts = "segments" in first and "segments" in second
    plain = all(item["said"].split(" (")[0] == percent(item["share"]) for item in (first, second))
    audit = any("audit coder" in item["said"] for item in (first, second))
    if not (counts and plain) or audit:
        return f"{first['said']} v {second['said']}"
    marked = "(counted" in first["said"] or "(counted" in second["said"]
    few_of = [item["segments"] for item in (first, second) if 0 < item["segments"] < FEW_SEGMENTS]
    notes = ["counted" if marked else "", f"{first['segments']} v {second['segments']} segments" if few_of else ""]
    said = ", ".join(note for note in notes if note)
    return f"{percent(first['share'])} v {percent(second['share'])}" + (f" ({said})" if said else "")


def tally_outside(finding: dict[str, Any]) -> str:
    """Where the coders' own tally lies outside the estimate's interval, which way: "below" (the audit sample found
    the code more often than the coders did) or "above"; else "". Study 2 of the fifth issue-21 trial estimated
    7.2% (5.2% to 9.7%) beside a tally of 3.4%, and nothing said so."""
    estimate = finding.get("estimate") or {}
    lower, upper = estimate.get("lower"), estimate.get("upper")
    if not finding.get("by_coders") or lower is None or upper is None or lower != lower or not finding.get("base"):
        return ""
    bounds = (float(lower), float(upper))
    # outside as the report prints it, to a tenth of a percent: "3.4% lies below 5.2% to 9.7%", never "5.2% below 5.2%"
    share, low, high = (round(100 * float(value), 1) for value in (finding["share"], *bounds))
    return "below" if share < low else "above" if share > high else ""


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


def summary_quote(
    quotes: Sequence[dict[str, Any]],
    limit: int = QUOTE_CHARS,
    codes_of: dict[str, int] | None = None,
    used: set[str] | None = None,
    roles_quoted: Counter[str] | None = None,
) -> dict[str, Any] | None:
    """One of the finding's quotes for the summary, none already ``used`` for another finding: a coder's before an
    override's before the model's; among those, a role the summary has quoted least so far (``roles_quoted``: in the
    seventh trial's study every quote in the summary was a member's, and commissioners' and facilitators' words were
    only in the sections); among those, a segment carrying this code alone before one carrying others too
    (``codes_of``: codes per segment; a quote cut to its first sentence kept another theme's words, "There's a sense of
    we" for taking on roles: the sixth issue-21 trial); of those, the first whose opening sentences make a whole
    thought within ``limit`` characters, else the first cut at a word; with who said it and where. None where no
    segment is quotable."""
    quotes = [quote for quote in quotes if str(quote["segment_id"]) not in (used or set())]
    if not quotes:
        return None

    def rank(quote: dict[str, Any]) -> tuple[int, int, bool]:
        return (
            SOURCE_ORDER.get(str(quote.get("source")), 0),
            (roles_quoted or Counter()).get(str(quote.get("role") or ""), 0),
            (codes_of or {}).get(str(quote["segment_id"]), 1) > 1,
        )

    ordered = sorted(quotes, key=rank)
    ordered = [quote for quote in ordered if rank(quote) == rank(ordered[0])]
    cut = [(quote, *whole_sentences(str(quote["text"]), limit)) for quote in ordered]
    quote, text, _ = next((entry for entry in cut if entry[2]), cut[0])
    return {
        "text": text,
        "role": str(quote.get("role") or ""),
        "group": str(quote.get("group") or ""),
        "segment_id": str(quote["segment_id"]),
        "model": quote.get("source") == "model",
    }


def meeting_quote(meet: dict[str, Any], limit: int = 120) -> dict[str, Any] | None:
    """The first passage where a tension's two poles meet, each turn cut so the passage keeps to about ``limit``
    characters; None where the poles never meet."""
    passages = meet.get("passages") or []
    if not passages:
        return None
    # a passage whose every turn says something before one with a turn like "Ha, true." (the sixth issue-21 trial)
    said = [p for p in passages if all(len(str(turn["text"])) >= QUOTE_MIN_CHARS for turn in p["turns"])]
    passage = (said or passages)[0]
    each = limit // len(passage["turns"])
    return {
        "turns": [
            {"text": whole_sentences(str(turn["text"]), each)[0], "role": str(turn["role"])}
            for turn in passage["turns"]
        ],
        "group": str(passage["group"]),
        "model": not passage.get("human", True),
    }


def group_balance(
    balance: Sequence[dict[str, Any]], leanings: dict[str, dict[str, Any]], tension: str = ""
) -> dict[str, Any]:
    """How the groups stand on a tension, as the tension's own section says it: with intervals (an audit), the groups
    whose two intervals do not overlap, and the pole each leans to; without, each group's counts of the two poles
    side by side, and no lean claimed (a tally has no interval). A group whose balance is noted (fewer than
    TOO_FEW_TO_LEAN coded segments of the tension, unread, or counted on different bases) is left out of the counts.
    The fifth issue-21 trial found the summary saying "more of needing support in carers' group" from 14 against 13,
    where the section said "the data do not say"."""
    counts = [
        (str(row["group"]), int(row["first_pole_segments"]), int(row["second_pole_segments"]))
        for row in balance
        if not row.get("balance_note") and row.get("balance") == row.get("balance")
    ]
    leans = [(str(group), str(entry["leans"])) for group, entry in sorted(leanings.items()) if entry.get("leans")]
    # a group counted wholly or mostly from the coders' codes has no interval for their errors: its counts are said
    return {"interval": any(not entry.get("exact") for entry in leanings.values()), "leans": leans, "counts": counts,
            "tension": tension}  # fmt: skip


def unmeasurable(code: str, coders_alpha: dict[str, dict[str, Any]]) -> bool:
    """Whether too few of the segments two coders both read carry the code to measure their agreement (fewer than
    TOO_FEW_TO_AGREE, as Figure 6 and the agreement table say)."""
    with_code = (coders_alpha.get(code) or {}).get("with_code")
    return with_code is not None and with_code == with_code and with_code < TOO_FEW_TO_AGREE


def summary(
    themes: Sequence[dict[str, Any]],
    tensions: Sequence[dict[str, Any]],
    roles: int,
    coders_alpha: dict[str, dict[str, Any]] | None = None,
    codes_of: dict[str, int] | None = None,
) -> dict[str, Any]:
    """What the summary shows of each finding: its roles' shares, its quote, and for a tension where its poles meet
    and how its groups lean; with the base every number shares, where they share one."""

    def of(finding: dict[str, Any]) -> dict[str, Any]:
        # a finding of no segments is quoted nowhere: an override's segment, beside the count, is in no count (the
        # test study's "0 segments (0.0%)" came with a quote)
        estimate = finding.get("estimate") or {}
        found = finding.get("segments") or (estimate.get("estimate") or 0) > 0
        # the finding's quotes, and each role's voice on it (a role's quote from its section), so that a role the
        # summary has not quoted yet can be
        voices = [voice["quote"] | {"role": voice["role"]} for voice in finding.get("voices") or [] if voice["quote"]]
        candidates = list({str(q["segment_id"]): q for q in [*(finding.get("quotes") or []), *voices]}.values())
        quote = summary_quote(candidates, codes_of=codes_of, used=used, roles_quoted=roles_quoted) if found else None
        if quote:
            used.add(quote["segment_id"])
            roles_quoted[quote["role"]] += 1
        said = role_shares(finding, roles)
        return {"roles": [item for item in said if not none_counted(item)],
                "none": [str(item["role"]) for item in said if none_counted(item)],
                "lead": leading_role(finding, said), "quote": quote,
                "tally_outside": tally_outside(finding)}  # fmt: skip

    used: set[str] = set()  # a segment quoted once: the sixth trial found one standing for two themes
    roles_quoted: Counter[str] = Counter()

    findings = [*themes, *(pole for item in tensions for pole in item["poles"])]
    said_of_tensions = {item["tension"].id: tension_said(item, roles) for item in tensions}
    return {
        "base": shared_tally_base(findings),
        # every number counted with every segment read (by the coders or the audit coder): exact, with no interval
        # (the seventh trial's study; the summary had said each number had a 95% interval)
        "all_counted": bool(findings)
        and all(str((finding.get("estimate") or {}).get("method", "")).startswith(EXACT) for finding in findings),
        # no code's agreement measurable: said once, not after every number (study 2 of the fifth trial double-coded
        # 24 segments, and every one of its 16 findings said so)
        "unmeasured_all": bool(findings)
        and all(unmeasurable(finding["code"].id, coders_alpha or {}) for finding in findings),
        # every code counted on human codes alone, and no estimate taking the model's probabilities: said once, not
        # after each estimate (the sixth trial read "relied on for none" beside "the model's probabilities in it")
        "human_only": bool(findings)
        and all(finding.get("reliability") and not finding["reliability"]["relied_on"] for finding in findings)
        and not any(
            str((finding.get("estimate") or {}).get("method", "")).startswith("prediction-powered")
            for finding in findings
        ),
        "themes": {finding["code"].id: of(finding) for finding in themes},
        "poles": {pole["code"].id: of(pole) for item in tensions for pole in item["poles"]},
        "tensions": said_of_tensions,
        # no group's lean shown on any tension, for the same reason: said once, not after each (eleven words five times)
        "no_lean_anywhere": no_lean_anywhere([entry["groups"] for entry in said_of_tensions.values()]),
    }


def no_lean_anywhere(groups: Sequence[dict[str, Any]]) -> str:
    """Where no tension shows a group's lean, and all for one reason, which: "intervals" (each group's intervals
    overlap) or "unshown" (no group's lean can be shown: counted from the coders' codes, or unread); else ""."""
    if not groups or any(g["leans"] or (not g["interval"] and g["counts"]) for g in groups):
        return ""
    reasons = {"intervals" if g["interval"] else "unshown" for g in groups}
    return reasons.pop() if len(reasons) == 1 else ""


def tension_said(item: dict[str, Any], roles: int) -> dict[str, Any]:
    """What the summary says of a tension beside its poles' numbers: each role's share of each pole side by side (the
    eighth trial: the summary gave no role's voice on any tension, where commissioners put 57% of their segments on
    one pole and 29% on the other), a passage where the poles meet, and how its groups stand."""
    both = poles_by_role(*(role_shares(pole, roles) for pole in item["poles"]))
    return {
        "meet": meeting_quote(item["meet"]),
        "roles": [row for row in both if not row["neither"]],
        "neither": [row["role"] for row in both if row["neither"]],
        "groups": group_balance(item["balance"], item["leanings"], item["tension"].id),
    }
