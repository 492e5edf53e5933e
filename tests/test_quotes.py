from typing import Any

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
