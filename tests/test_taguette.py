"""Taguette's exports into the study's codebook and coding: highlights placed by their text."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import StudyError
from pipeline.taguette import codebook_from_tags, place_highlights, read_export

SOURCE = "P1: The tea is good.\nP2: The tea is good.\nP1: And the people\nare kind.\nP3: Nothing to add.\n"


def segments() -> pd.DataFrame:
    rows, start = [], 0
    for number, line in enumerate(
        ["The tea is good.", "The tea is good.", "And the people\nare kind.", "Nothing to add."], 1
    ):
        start = SOURCE.index(line, start)
        rows.append(
            {"segment_id": f"w1-{number:04d}-01", "workshop_id": "w1", "start": start, "end": start + len(line)}
        )
        start += len(line)
    return pd.DataFrame(rows)


def highlights(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"id": i, "document": d, "tag": t, "content": c} for i, (d, t, c) in enumerate(rows, 1)])


def test_highlights_are_placed_by_their_text_and_the_rest_is_reviewed_with_no_code() -> None:
    """Whitespace differs (a line break read as a space), the document is named with an extension and in
    another case; a text found twice goes by the export's order."""
    found = highlights(
        ("W1.txt", "kind", "And the people are kind."),
        ("w1", "tea", "The tea is good."),
        ("w1", "tea", "The tea is good."),
    )
    coding, problems = place_highlights(found, {"kind": "kindness", "tea": "tea"}, segments(), {"w1": SOURCE})
    assert coding.values.tolist() == [
        ["w1-0001-01", "tea"],
        ["w1-0002-01", "tea"],
        ["w1-0003-01", "kindness"],
        ["w1-0004-01", ""],  # highlighted in, not coded: reviewed
    ]
    assert problems["kind"].tolist() == ["highlight text found in several places; placed by the export's order"] * 2


def test_what_cannot_be_placed_is_reported_not_dropped() -> None:
    found = highlights(("w9", "tea", "The tea is good."), ("w1", "cake", "The tea"), ("w1", "tea", "Not said."))
    coding, problems = place_highlights(found, {"tea": "tea"}, segments(), {"w1": SOURCE, "w2": "P1: hi\n"})
    assert problems.values.tolist() == [
        ["document is no workshop of the study", "w9", "row 2 (highlight 1)"],
        ["tag not in the codebook export", "cake", "row 3 (highlight 2)"],
        ["highlight text not found in the transcript", "w1", "row 4 (highlight 3)"],
        ["workshop with no highlight: not marked as reviewed", "w2", ""],
    ]
    assert set(coding["code"]) == {""}


def test_the_codebook_export_becomes_themes_with_what_it_has(tmp_path: Path) -> None:
    (tmp_path / "codebook.csv").write_text("tag,description,number of highlights\nTea & cake,Food.,3\nPeople,,1\n")
    raw = codebook_from_tags(read_export(tmp_path / "codebook.csv", ("tag", "description")), tmp_path / "codebook.csv")
    assert raw["themes"] == [
        {"id": "tea_cake", "label": "Tea & cake", "brief": "Food.", "full": "Food."},
        {"id": "people", "label": "People"},
    ]
    assert raw["tensions"] == []
    (tmp_path / "highlights.csv").write_text("id,document,tags\n")
    with pytest.raises(
        StudyError, match=r"highlights.csv: missing column\(s\) tag, content; is it Taguette's highlights"
    ):
        read_export(tmp_path / "highlights.csv", ("id", "document", "tag", "content"))
