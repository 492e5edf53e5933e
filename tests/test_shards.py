from pathlib import Path

import pytest

from pipeline.shards import by_shard, shard_of


def test_a_workshop_keeps_its_shard_on_every_run_and_machine() -> None:
    # pinned: a change here would rerun every shard of every existing study
    assert [shard_of(w, 4) for w in ["ca01", "hv01", "hv02", "mg01", "wg01"]] == ["s3", "s1", "s3", "s2", "s1"]
    assert shard_of("ca01", 16) == "s15"
    assert shard_of("anything", 1) == "s0"
    with pytest.raises(ValueError, match="at least 1"):
        shard_of("ca01", 0)


def test_shard_names_sort_in_number_order() -> None:
    names = {shard_of(f"w{n:04d}", 12) for n in range(500)}
    assert names == {f"s{n:02d}" for n in range(12)}


def test_adding_a_workshop_changes_one_shard_and_no_other() -> None:
    study = [Path(f"data/raw/transcripts/w{n:03d}.txt") for n in range(100)]
    before = by_shard(study, 8)
    after = by_shard([*study, Path("data/raw/transcripts/new01.docx")], 8)
    changed = [shard for shard in after if after[shard] != before.get(shard)]
    assert changed == [shard_of("new01", 8)]
    assert sum(len(paths) for paths in after.values()) == 101


def test_only_shards_with_a_workshop_are_listed_and_each_workshop_once() -> None:
    grouped = by_shard(["b/x2.txt", "a/x1.vtt", "c/x3.md"], 64)
    assert sorted(path for paths in grouped.values() for path in paths) == ["a/x1.vtt", "b/x2.txt", "c/x3.md"]
    assert all(paths for paths in grouped.values())
    assert list(grouped) == sorted(grouped)
