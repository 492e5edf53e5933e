"""``python -m pipeline.job``: a job's stage run from the warm server gives what a cold start gives."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.job import (
    ADDRESS_VARIABLE,
    IDLE_VARIABLE,
    STAGES,
    answers,
    available,
    kept_address,
    preload_order,
    server_key,
)

pytestmark = pytest.mark.skipif(not available(), reason="the warm server runs on Linux only")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A warm server whose parent is this test process, as ``python -m pipeline run`` starts it."""
    address, log = tmp_path / "socket", tmp_path / "server.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.job", "--serve", str(address), str(log), str(os.getpid())],
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not address.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    yield address, log
    process.terminate()
    assert process.wait(timeout=30) == 0
    assert not address.exists()


def job(*args: str, address: Path | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != ADDRESS_VARIABLE}
    if address is not None:
        env[ADDRESS_VARIABLE] = str(address)
    command = [sys.executable, "-m", "pipeline.job", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False, timeout=120)


def test_a_served_job_has_the_cold_jobs_output_exit_status_and_error(server: tuple[Path, Path], tmp_path: Path) -> None:
    address, log = server
    for args in (["summarise", "--help"], ["summarise", "--no-such-option"]):
        warm, cold = job(*args, address=address, cwd=tmp_path), job(*args, address=None, cwd=tmp_path)
        assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    assert warm.returncode == 2
    assert "the following arguments are required" in warm.stderr
    # the child answers its job itself; the server notes the exit when it reaps the child, just after
    assert noted(log, "summarise: exit 0")
    assert noted(log, "summarise: exit 2")


def noted(log: Path, line: str, within: float = 30) -> bool:
    """Whether the server's log has ``line``, waiting for it as long as ``within`` seconds."""
    deadline = time.monotonic() + within
    while line not in log.read_text(encoding="utf-8"):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_served_job_works_in_its_own_folder_and_reports_a_study_error_in_one_line(
    server: tuple[Path, Path], tmp_path: Path
) -> None:
    """The child takes the job's folder (relative paths) and the stage's one-line error goes to the job's
    stderr, with exit status 1, as in a cold start."""
    address, log = server
    study = tmp_path / "study"
    study.mkdir()
    (study / "ingest_report.csv").write_text("not,an,ingest,report\n", encoding="utf-8")
    (study / "workshops.csv").write_text("workshop_id,group,stakeholder,date\n", encoding="utf-8")
    args = ["ingest", "--check-shards", "ingest_report.csv", "--workshops", "workshops.csv", "--report", "out.csv"]
    warm, cold = job(*args, address=address, cwd=study), job(*args, address=None, cwd=study)
    assert warm.returncode == cold.returncode == 1
    assert warm.stderr == cold.stderr
    assert warm.stderr.startswith("error: ingest_report.csv")
    assert "Traceback" not in warm.stderr
    assert noted(log, "ingest: exit 1")


def test_without_a_server_the_job_starts_cold(tmp_path: Path) -> None:
    gone = tmp_path / "no-server-here"
    result = job("report", "--help", address=gone, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m pipeline.report")


def test_an_unknown_stage_is_refused_in_one_line(tmp_path: Path) -> None:
    result = job("train_everything", address=None, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: python -m pipeline.job <stage>")


def test_a_stopped_job_stops_its_child(server: tuple[Path, Path], tmp_path: Path) -> None:
    """Snakemake stops a job by signalling its process; the server then stops the child it forked for it."""
    address, log = server
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # reading the transcript blocks: the child waits until it is stopped
    env = dict(os.environ, **{ADDRESS_VARIABLE: str(address)})
    (tmp_path / "workshops.csv").write_text("workshop_id,group,stakeholder,date\n", encoding="utf-8")
    stage = ["ingest", "--check-shards", str(fifo), "--workshops", "workshops.csv", "--report", "out.csv"]
    command = [sys.executable, "-m", "pipeline.job", *stage]
    client = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # until the server has forked the job's child, which then blocks opening the transcript for good (nothing ever
    # writes to it): deterministic, where a sleep of 3 s hoped the child had got there (issue 23)
    assert noted(log, "ingest: started")
    assert client.poll() is None
    client.terminate()
    client.wait(timeout=10)
    assert noted(log, f"ingest: exit {128 + 15}")  # SIGTERM


def test_snakemake_then_exit_gives_snakemakes_status_and_leaves_no_lock(tmp_path: Path) -> None:
    """``python -m pipeline run`` starts Snakemake through it: the same outputs and exit status, without
    waiting for the idle timer Snakemake leaves behind."""
    import shutil

    from pipeline.job import SNAKEMAKE_THEN_EXIT

    (tmp_path / "Snakefile").write_text(
        'rule all:\n    input: "b.txt"\n'
        'rule a:\n    output: "a.txt"\n    shell: "echo made > {output}"\n'
        'rule b:\n    input: "a.txt"\n    output: "b.txt"\n    shell: "cat {input} > {output}; exit $FAIL"\n',
        encoding="utf-8",
    )
    snakemake = shutil.which("snakemake", path=str(Path(sys.executable).parent))
    assert snakemake is not None
    command = [sys.executable, "-c", SNAKEMAKE_THEN_EXIT, snakemake, "--cores", "1"]
    ok = subprocess.run(command, cwd=tmp_path, env=dict(os.environ, FAIL="0"), capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "made\n"
    (tmp_path / "b.txt").unlink()
    failed = subprocess.run(command, cwd=tmp_path, env=dict(os.environ, FAIL="3"), capture_output=True, text=True)
    assert failed.returncode == 1
    assert "Error in rule b" in failed.stderr
    assert not any((tmp_path / ".snakemake" / "locks").glob("*"))


def test_the_server_preloads_first_what_the_runs_first_jobs_need(tmp_path: Path) -> None:
    """A study without segments starts with the ingest; a rerun of a built study with the study-files gate
    (spaCy's NER), and imports scikit-learn (for the review queue only) and the ingest's splitter after the
    chain's own libraries. Every stage and library is preloaded either way, once."""
    new = preload_order(tmp_path)
    (tmp_path / "data" / "processed").mkdir(parents=True)
    (tmp_path / "data" / "processed" / "segments.parquet").write_bytes(b"")
    rerun = preload_order(tmp_path)
    assert sorted(new) == sorted(rerun)
    assert len(set(rerun)) == len(rerun)
    assert {f"pipeline.{stage}" for stage in STAGES} <= set(rerun)
    assert new.index("pipeline.ingest:load_nlp") < new.index("pipeline.anonymity:load_ner") < new.index("skops.io")
    assert rerun.index("pipeline.anonymity:load_ner") < rerun.index("matplotlib.pyplot") < rerun.index("skops.io")
    assert rerun.index("skops.io") < rerun.index("pipeline.ingest:load_nlp")


def test_a_kept_server_serves_the_next_run_of_its_study_and_stops_when_no_job_comes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept after its run (PIPELINE_WARM_IDLE seconds), the server serves the next run of the same study, which
    finds it instead of starting another, and stops by itself when no job comes; it then leaves no socket."""
    from pipeline.__main__ import warm_server
    from pipeline.new_study import main as new_study

    given = tmp_path / "given"
    given.mkdir()
    (given / "ws01.txt").write_text("P1: SYNTHETIC.\n", encoding="utf-8")
    study = tmp_path / "study"
    new_study([str(study), "--transcripts", str(given)])
    log = study / ".snakemake" / "pipeline-warm-server.log"
    monkeypatch.setenv(IDLE_VARIABLE, "3")
    with warm_server(study, dict(os.environ), wanted=True) as env:
        address = Path(env[ADDRESS_VARIABLE])
        deadline = time.monotonic() + 30
        while not answers(address) and time.monotonic() < deadline:
            time.sleep(0.05)
        served = job("summarise", "--help", address=address, cwd=tmp_path)
    assert served.returncode == 0
    assert noted(log, "summarise: exit 0")
    assert noted(log, "kept until no job has come for 3 s")
    pid = re.search(r"kept until no job has come for 3 s \(pid (\d+)\)", log.read_text(encoding="utf-8"))
    assert pid is not None
    with warm_server(study, dict(os.environ), wanted=True) as again:
        assert again[ADDRESS_VARIABLE] == str(address)
    # the run it serves names it, so that a researcher can find the process
    assert f"served by the server kept from an earlier run (pid {pid.group(1)})" in log.read_text(encoding="utf-8")
    assert noted(log, "stopped: no job for 3 s", within=60)
    deadline = time.monotonic() + 10
    while address.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not address.exists()


def test_a_server_is_kept_for_one_study_one_spacy_pipeline_and_these_files(tmp_path: Path) -> None:
    one, other = tmp_path / "one", tmp_path / "other"
    assert server_key(one, "en_core_web_sm") == server_key(one, "en_core_web_sm")
    assert server_key(one, "en_core_web_sm") != server_key(other, "en_core_web_sm")
    assert server_key(one, "en_core_web_sm") != server_key(one, "en_core_web_md")
    address = kept_address(server_key(one, "en_core_web_sm"))
    assert address is not None
    assert address.parent.stat().st_mode & 0o777 == 0o700
