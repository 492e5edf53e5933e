"""What the importers of other tools' coding share (``pipeline.taguette``, ``pipeline.refi``): naming the other
tool's codes as the study's, and keeping a coder's file honest where some of their coding did not come in.

A tag or code is one of the study's by its label or id, in any case and spacing, with or without a leading article
("Conducive physical environment" is "A conducive physical environment"); any other name needs a line in a code
map (``--code-map``, a CSV of ``name,code``: the other tool's name, and the study's code id or label, or nothing
for a code the study does not use, such as a team's own "Stigma"). A name neither matches nor maps is reported with
the study's code nearest to it.

A segment a coding of which did not come in is left out of the coder's file: written with the codes that did, it
would say the coder read it and gave it only those (the thirteenth issue-18 trial's five segments each lost a
code and became "reviewed, no code"). A workshop where a coding could not be placed at all keeps its coded segments
but none of its uncoded ones is written as reviewed: where the lost coding lay is not known.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pandas as pd

from pipeline.codebook import Codebook
from pipeline.errors import StudyError, did_you_mean

ARTICLE = re.compile(r"^(?:a|an|the)\s+")


def name_key(name: str) -> str:
    """A code's name as compared: case, spacing, underscores and a leading article aside."""
    folded = " ".join(name.replace("_", " ").casefold().split())
    return ARTICLE.sub("", folded)


def study_names(codebook: Codebook) -> dict[str, str]:
    """Each leaf code of the study by every name it goes by (label, id), as ``name_key`` has it."""
    return {name_key(name): code.id for code in codebook.leaf_codes for name in (code.label, code.id)}


def read_code_map(path: Path | None, codebook: Codebook | None) -> dict[str, str]:
    """The code map's names (as ``name_key`` has them) and the study's code each is, "" for one the study leaves
    out; {} without a map. Any row that names no code of the study stops with its row and the nearest code."""
    if path is None:
        return {}
    if codebook is None:
        raise StudyError(f"{path}: a code map names the study's codes; give the study's codebook with --codebook too")
    if not path.is_file():
        raise StudyError(f"{path}: file not found")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise StudyError(f"{path}: cannot be read as a CSV ({type(error).__name__}); save it as CSV UTF-8") from None
    table.columns = [str(column).strip().lower() for column in table.columns]
    if not {"name", "code"} <= set(table.columns):
        raise StudyError(
            f"{path}: needs the columns name,code (the other tool's code or tag, and the study's code id or label, "
            f"or nothing to leave it out); it has {', '.join(table.columns) or 'none'}"
        )
    names = study_names(codebook)
    labels = {code.id: code.label for code in codebook.leaf_codes}
    found: dict[str, str] = {}
    for number, (name, code) in enumerate(zip(table["name"], table["code"], strict=True), start=2):
        if not name.strip():
            raise StudyError(f"{path} row {number}: no name; write the other tool's code or tag in the name column")
        wanted = code.strip()
        if wanted and name_key(wanted) not in names:
            raise StudyError(
                f"{path} row {number}: '{wanted}' is no code of the study's codebook"
                f"{did_you_mean(wanted, list(labels), labels)}; write its id or label, or nothing to leave it out"
            )
        mapped = names[name_key(wanted)] if wanted else ""
        if found.get(name_key(name), mapped) != mapped:
            raise StudyError(f"{path} row {number}: '{name}' is mapped twice, to two codes; keep one")
        found[name_key(name)] = mapped
    return found


def code_for(name: str, codebook: Codebook, code_map: dict[str, str]) -> str | None:
    """The study's code id a tag or code named ``name`` is ("" where the code map leaves it out), or None where
    nothing says."""
    key = name_key(name)
    if key in code_map:
        return code_map[key]
    return study_names(codebook).get(key)


def nearest(name: str, codebook: Codebook) -> str:
    """ " (did you mean 'wanting_peer_leadership'?)" for the study's code whose words (label and id) a name that
    matched none shares most of, a misspelt word counting where it is near one ("Enviroment"); both where two tie
    ("ground rules": negotiated or needing); "" where none shares a word. By spelling alone, the fourteenth issue-18
    trial's "peer leadership" was offered the other tension's 'leadership'."""
    asked = words_of(name)
    scores: dict[str, float] = {}
    for code in codebook.leaf_codes:
        known = words_of(code.label) | words_of(code.id)
        shared = sum(1 for word in asked if word in known or difflib.get_close_matches(word, known, n=1, cutoff=0.8))
        if shared:
            scores[code.id] = shared / len(asked | known)
    if not scores:
        labels = {code.id: code.label for code in codebook.leaf_codes}
        return did_you_mean(name_key(name).replace(" ", "_"), list(labels), labels)
    best = max(scores.values())
    top = sorted(code for code, score in scores.items() if score == best)
    return f" (did you mean {' or '.join(repr(code) for code in top)}?)" if len(top) <= 2 else ""


LITTLE_WORDS = {"a", "an", "the", "of", "and", "or", "to", "in", "for", "from", "with", "that", "on", "by"}


def words_of(name: str) -> set[str]:
    """A code's or tag's words, as ``nearest`` compares them: lower case, its little words aside."""
    return {word for word in re.split(r"[^\w]+|_", name.casefold()) if word and word not in LITTLE_WORDS}


def honest_coding(
    coding: pd.DataFrame, lost_segments: set[str], unplaced_workshops: set[str], segments: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A coder's rows without the segments a coding of which did not come in (``lost_segments``) and without the
    "reviewed, no code" rows of the workshops where a coding could not be placed at all (``unplaced_workshops``);
    and what was left out, one row each (kind, item, detail) for the import report."""
    workshop = segments.set_index("segment_id")["workshop_id"]
    dropped = coding["segment_id"].isin(lost_segments)
    unsure = (coding["code"] == "") & coding["segment_id"].map(workshop).isin(unplaced_workshops)
    left = [
        {
            "kind": "segment left out of the coder's file: a coding on it did not come in",
            "item": str(segment_id),
            "detail": f"its other codes not written: {', '.join(sorted(c for c in rows['code'] if c))}"
            if (rows["code"] != "").any()
            else "no other code",
        }
        for segment_id, rows in coding[dropped].groupby("segment_id", sort=False)
    ]
    left += [
        {
            "kind": "uncoded segments not marked as reviewed: a coding in the workshop could not be placed",
            "item": str(name),
            "detail": f"{int(count)} segment(s)",
        }
        for name, count in coding[unsure & ~dropped]["segment_id"].map(workshop).value_counts().sort_index().items()
    ]
    return coding[~(dropped | unsure)].reset_index(drop=True), pd.DataFrame(left, columns=["kind", "item", "detail"])
