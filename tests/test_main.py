"""``python -m pipeline``: the run's claim on a study folder."""

from pathlib import Path

import pytest

from pipeline.__main__ import claim
from pipeline.errors import StudyError


def test_a_killed_runs_lock_is_cleared(tmp_path: Path) -> None:
    (tmp_path / ".snakemake" / "locks").mkdir(parents=True)
    (tmp_path / ".snakemake" / "locks" / "0.input.lock").write_text("stale")
    (tmp_path / ".snakemake" / "pipeline-run.pid").write_text("999999999\n")  # no such process
    marker = claim(tmp_path)
    assert not (tmp_path / ".snakemake" / "locks").exists()
    assert marker.read_text().strip().isdigit()


def test_a_live_run_is_not_disturbed(tmp_path: Path) -> None:
    (tmp_path / ".snakemake").mkdir()
    (tmp_path / ".snakemake" / "pipeline-run.pid").write_text("1\n")  # process 1 is always alive
    with pytest.raises(StudyError, match="another run"):
        claim(tmp_path)
