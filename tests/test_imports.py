"""What the importers of other tools' coding share: the study's code a name is, the nearest when none, and a
coder's file that claims nothing it cannot know."""

from pathlib import Path

import pandas as pd

from pipeline.codebook import load_codebook
from pipeline.imports import code_for, honest_coding, nearest

CODEBOOK = load_codebook(Path(__file__).resolve().parents[1] / "config" / "codebook.yaml")


def test_a_name_is_the_studys_code_by_label_or_id_any_case_or_article() -> None:
    assert code_for("Conducive physical environment", CODEBOOK, {}) == "conducive_environment"
    assert code_for("MUTUAL_SUPPORT", CODEBOOK, {}) == "mutual_support"
    assert code_for("Stigma", CODEBOOK, {}) is None
    assert code_for("Stigma", CODEBOOK, {"stigma": ""}) == ""  # a code map leaves it out


def test_the_nearest_code_shares_the_most_words_and_names_both_where_two_tie() -> None:
    """The fourteenth issue-18 trial: by spelling alone "peer leadership" was offered the other tension's
    'leadership', "ground rules" one of its two codes, and "Enviroment" none."""
    assert nearest("peer leadership", CODEBOOK) == " (did you mean 'wanting_peer_leadership'?)"
    assert nearest("ground rules", CODEBOOK) == " (did you mean 'needing_ground_rules' or 'negotiated_ground_rules'?)"
    assert nearest("Enviroment", CODEBOOK) == " (did you mean 'conducive_environment'?)"
    assert nearest("services support", CODEBOOK) == " (did you mean 'support_from_services'?)"
    assert nearest("Stigma", CODEBOOK) == ""


def test_a_coders_file_leaves_out_what_it_cannot_know() -> None:
    """A segment that lost a coding is left out whole (its other codes would read as all it had); a workshop where
    a coding was not placed keeps its coded segments but none is written as read with no code."""
    segments = pd.DataFrame({"segment_id": ["w-1", "w-2", "w-3", "v-1", "v-2"],
                             "workshop_id": ["w", "w", "w", "v", "v"]})  # fmt: skip
    coding = pd.DataFrame({"segment_id": ["w-1", "w-2", "w-3", "v-1", "v-2"],
                           "code": ["mutual_support", "", "", "leadership", ""]})  # fmt: skip
    kept, left = honest_coding(coding, {"w-1"}, {"v"}, segments)
    assert kept.values.tolist() == [["w-2", ""], ["w-3", ""], ["v-1", "leadership"]]
    assert left.values.tolist() == [
        ["segment left out of the coder's file: a coding on it did not come in", "w-1",
         "its other codes not written: mutual_support"],
        ["uncoded segments not marked as reviewed: a coding in the workshop could not be placed", "v", "1 segment(s)"],
    ]  # fmt: skip
