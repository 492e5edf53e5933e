"""The audit sample: random, stratified by workshop, reproducible, and read back only for its own segments."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.audit import allocation, draw, read_audit
from pipeline.errors import StudyError

PROJECT = Path(__file__).resolve().parents[1]


def study(workshops: dict[str, int]) -> pd.DataFrame:
    rows = [
        {"segment_id": f"{w}-{i:04d}-01", "workshop_id": w, "speaker": "P1", "role": "member", "text": f"{w} turn {i}"}
        for w, n in workshops.items()
        for i in range(1, n + 1)
    ]
    return pd.DataFrame(rows)


def test_each_workshop_gives_its_share_and_the_same_seed_the_same_sample() -> None:
    segments = study({"w1": 60, "w2": 30, "w3": 10})
    assert allocation(segments.groupby("workshop_id").size(), 20).to_dict() == {"w1": 12, "w2": 6, "w3": 2}
    sample = draw(segments, 20, seed=1)
    assert sample["workshop_id"].value_counts().to_dict() == {"w1": 12, "w2": 6, "w3": 2}
    assert sample["code"].eq("").all()
    assert sample.equals(draw(segments, 20, seed=1))
    assert not sample["segment_id"].equals(draw(segments, 20, seed=2)["segment_id"])
    assert len(draw(segments, 500, seed=1)) == 100  # never more than the study has


def test_adding_a_workshop_keeps_most_of_the_sample() -> None:
    before = set(draw(study({"w1": 60, "w2": 30, "w3": 10}), 20, seed=1)["segment_id"])
    after = set(draw(study({"w1": 60, "w2": 30, "w3": 10, "w4": 10}), 20, seed=1)["segment_id"])
    assert len(before & after) >= 16


def test_audit_coding_is_read_for_the_sample_only_and_coders_are_combined(tmp_path: Path) -> None:
    segments = study({"w1": 10})
    sample = draw(segments, 3, seed=1)
    ids = sample["segment_id"].tolist()
    codebook = PROJECT / "config" / "codebook.yaml"
    (tmp_path / "ana.csv").write_text(f"segment_id,code\n{ids[0]},mutual_support\n{ids[1]},\n{ids[2]},\n")
    (tmp_path / "bo.csv").write_text(f"segment_id,code\n{ids[0]},mutual_support\n{ids[1]},leadership\n")
    decisions = read_audit([tmp_path / "ana.csv", tmp_path / "bo.csv"], sample, set(segments["segment_id"]), codebook)
    # half of the coders who audited a segment is enough: ana and bo split on ids[1], so leadership stands
    assert sorted(map(tuple, decisions.values.tolist())) == sorted(
        [(ids[0], "mutual_support"), (ids[1], "leadership"), (ids[2], "")]
    )
    outside = next(s for s in segments["segment_id"] if s not in ids)
    (tmp_path / "cy.csv").write_text(f"segment_id,code\n{outside},mutual_support\n")
    with pytest.raises(StudyError, match=rf"cy.csv: segment '{outside}' is not in the audit sample"):
        read_audit([tmp_path / "cy.csv"], sample, set(segments["segment_id"]), codebook)
