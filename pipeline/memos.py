"""The analysts' own words for the report: Markdown memos kept with the study, in ``data/raw/memos/``.

``summary.md`` is the analysts' overall interpretation, ``implications.md`` what they draw from it, and
``<code id>.md`` (a theme's or a tension's id) their interpretation of one theme or tension. They are versioned with
the study like its transcripts, and read as text: paragraphs (split at blank lines) and "- " lists, nothing else of
Markdown, and every character escaped in the report like the transcripts' (a memo is data, never markup).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import StudyError, did_you_mean

Block = tuple[str, list[str]]  # ("p", [text]) or ("ul", [item, ...])
ITEM = re.compile(r"^[ \t]*[-*][ \t]+")


def blocks(text: str) -> list[Block]:
    """A memo's paragraphs and lists: lines joined within a paragraph, a list's items one each."""
    found: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if all(ITEM.match(line) or not index for index, line in enumerate(lines)) and ITEM.match(lines[0]):
            found.append(("ul", [ITEM.sub("", line).strip() for line in lines]))
        else:
            found.append(("p", [" ".join(line.strip().lstrip("#").strip() for line in lines)]))
    return found


def read_memos(paths: Sequence[Path], known: Sequence[str]) -> dict[str, list[Block]]:
    """The memos by name (``summary``, ``implications`` or a code's id); a memo named for no code stops the run,
    since its words would be left out of the report without a word."""
    names = {"summary", "implications", *known}
    memos: dict[str, list[Block]] = {}
    for path in sorted(paths):
        if path.stem not in names:
            # the nearest name, as codes, keys and segments get it (the sixth issue-22 trial's mutual-support.md)
            nearest = did_you_mean(path.stem, sorted(names)).replace("'?)", ".md'?)")
            raise StudyError(
                f"{path}: a memo is summary.md, implications.md or <code id>.md (a theme's or a tension's id of "
                f"config/codebook.yaml){nearest}; rename it"
            )
        try:
            memos[path.stem] = blocks(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise StudyError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    return memos
