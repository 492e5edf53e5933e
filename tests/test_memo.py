import os
from pathlib import Path

import pytest

from pipeline.memo import keep, memo_key, restore


def outputs(folder: Path, contents: dict[str, bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in contents]


def test_restore_gives_back_the_same_bytes_and_nothing_for_an_unknown_key(tmp_path: Path) -> None:
    made = outputs(tmp_path / "run", {"model.skops": b"\x00weights", "card.json": b'{"f1": 0.5}'})
    keep(tmp_path / "cache", "k1", made)
    for path in made:
        path.unlink()
    assert not restore(tmp_path / "cache", "k2", made)
    assert not any(path.exists() for path in made)
    assert restore(tmp_path / "cache", "k1", made)
    assert [path.read_bytes() for path in made] == [b"\x00weights", b'{"f1": 0.5}']


def test_a_memo_missing_one_output_is_not_used(tmp_path: Path) -> None:
    made = outputs(tmp_path / "run", {"a.csv": b"1", "b.csv": b"2"})
    keep(tmp_path / "cache", "k1", made)
    (tmp_path / "cache" / "k1" / "b.csv").unlink()
    made[0].write_bytes(b"new")
    assert not restore(tmp_path / "cache", "k1", made)
    assert made[0].read_bytes() == b"new"


def test_only_the_most_recent_memos_are_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for number in range(5):
        keep(cache, f"k{number}", outputs(tmp_path / "run", {"a.csv": str(number).encode()}), last=2)
        os.utime(cache / f"k{number}", (number, number))
    assert sorted(path.name for path in cache.iterdir()) == ["k3", "k4"]


def test_the_key_tells_apart_what_plain_concatenation_would_not() -> None:
    assert memo_key(["ab", "c"]) != memo_key(["a", "bc"])
    assert memo_key(["ab", b"c"]) == memo_key(["ab", "c"])
    assert memo_key(["x"]) == memo_key(["x"])


def test_outputs_with_the_same_name_cannot_share_a_memo(tmp_path: Path) -> None:
    made = outputs(tmp_path / "a", {"x.csv": b"1"}) + outputs(tmp_path / "b", {"x.csv": b"2"})
    with pytest.raises(ValueError, match="distinct file names"):
        keep(tmp_path / "cache", "k", made)
