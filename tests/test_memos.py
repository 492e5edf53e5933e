"""The analysts' memos: paragraphs and lists, by name, in the report as text."""

from pathlib import Path

import pytest

from pipeline.errors import StudyError
from pipeline.memos import blocks, read_memos


def test_a_memo_is_paragraphs_and_lists_of_text() -> None:
    text = "# Overall\nMembers spoke of the tea\nmore than of the rules.\n\n- the room matters\n- <b>so</b> do people\n"
    assert blocks(text) == [
        ("p", ["Overall Members spoke of the tea more than of the rules."]),
        ("ul", ["the room matters", "<b>so</b> do people"]),  # escaped by the report, never markup
    ]


def test_memos_are_read_by_name_and_a_stray_one_stops_the_run(tmp_path: Path) -> None:
    (tmp_path / "summary.md").write_text("SYNTHETIC: what we make of it.\n", encoding="utf-8")
    (tmp_path / "mutual_support.md").write_text("Support ran both ways.\n", encoding="utf-8")
    memos = read_memos(sorted(tmp_path.glob("*.md")), ["mutual_support"])
    assert memos == {
        "mutual_support": [("p", ["Support ran both ways."])],
        "summary": [("p", ["SYNTHETIC: what we make of it."])],
    }
    (tmp_path / "notes.md").write_text("Left out without a word?\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"notes.md: a memo is summary.md, implications.md or <code id>.md"):
        read_memos(sorted(tmp_path.glob("*.md")), ["mutual_support"])
    (tmp_path / "notes.md").unlink()
    (tmp_path / "mutual-support.md").write_text("Spelt as a file name would be.\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"config/codebook.yaml\) \(did you mean 'mutual_support.md'\?\); rename it"):
        read_memos(sorted(tmp_path.glob("*.md")), ["mutual_support"])
