from typing import Any

import pandas as pd
import pytest
from conftest import CODES, SEGMENTS, WORKSHOPS

from pipeline.quotes import pick_quotes, shorten

TEXTS = {
    "a-1": "Everyone here looks out for each other; when I was low they rang me every single day, honestly.",
    "a-2": "The model thinks this one is about support between members, helping each other through.",
    "a-3": "Mm.",
    "b-1": "The forms! Twelve pages of paperwork to join a walking group, and people just left.",
    "b-2": "The room was warm.",
    "c-1": "We have to have rules about safety, we cannot just wing it with people in crisis.",
}


def test_quotes_put_human_codes_before_the_model_and_skip_fragments() -> None:
    segments = SEGMENTS.assign(text=SEGMENTS["segment_id"].map(TEXTS)).merge(WORKSHOPS, on="workshop_id")
    codes = CODES.assign(probability=[None, None, 0.91, None, 0.77, 0.66])
    quotes: list[dict[str, Any]] = pick_quotes("mutual_support", codes, segments, 3)
    assert [q["segment_id"] for q in quotes] == ["a-1", "a-2"]
    assert [q["source"] for q in quotes] == ["human", "model"]
    assert quotes[1]["probability"] == pytest.approx(0.91)


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("A short  quote.", 40) == "A short quote."
    cut = shorten("The room at the centre is warm, bright and on the bus route for everyone.", 40)
    assert cut == "The room at the centre is warm, bright\u2026"
    assert len(cut) <= 40


def test_passages_where_a_tensions_poles_meet_are_one_segment_or_neighbouring_turns() -> None:
    """Issue 21: the report counted each pole, and never showed a group talking the tension through. A segment
    with both poles, or two turns at most one apart in one workshop with one each, is a meeting; human codes come
    first, one passage per workshop before a second, and no segment is shown twice."""
    from pipeline.quotes import tension_passages

    segments = pd.DataFrame(
        {
            "segment_id": ["w-1", "w-2", "w-3", "w-4", "w-5", "v-1", "v-2", "v-3"],
            "workshop_id": ["w"] * 5 + ["v"] * 3,
            "turn": [1, 2, 3, 4, 6, 1, 2, 3],
            "role": ["member", "facilitator", "member", "member", "member", "member", "carer", "member"],
            "group": ["walkers"] * 5 + ["carers"] * 3,
            "text": [f"Synthetic turn {n} of a workshop about rules and forms." for n in range(1, 9)],
        }
    )
    rules, forms = "needing_ground_rules", "avoiding_bureaucracy"
    codes = pd.DataFrame(
        [
            ("w-1", rules, "human"), ("w-2", forms, "human"),  # neighbours: a meeting
            ("w-4", rules, "human"), ("w-5", forms, "human"),  # two turns apart: none
            ("v-1", rules, "model"), ("v-2", forms, "human"),  # a meeting, with a model code
            ("v-3", rules, "human"), ("v-3", forms, "override"),  # both in one segment
        ],
        columns=["segment_id", "code", "source"],
    )  # fmt: skip
    found = tension_passages(codes, segments, (rules, forms), limit=3)
    # w-1/w-2, v-1/v-2 and v-3 alone (a segment with both poles meets no neighbour again: v-2/v-3 is not counted)
    assert found["meetings"] == 3
    shown = [[turn["segment_id"] for turn in passage["turns"]] for passage in found["passages"]]
    # human first, one per workshop: v-3 (a single segment) and w-1/w-2; then v-1/v-2, whose code is the model's
    assert shown == [["v-3"], ["w-1", "w-2"], ["v-1", "v-2"]]
    assert found["passages"][0]["turns"][0]["poles"] == [rules, forms]
    assert found["passages"][0]["turns"][0]["sources"] == ["human", "override"]
    assert [p["human"] for p in found["passages"]] == [True, True, False]
    assert found["passages"][1]["group"] == "walkers"
    assert found["workshops"] == 2
    nothing = tension_passages(codes[codes["code"] == rules], segments, (rules, forms), limit=3)
    assert nothing == {"passages": [], "meetings": 0, "workshops": 0}
