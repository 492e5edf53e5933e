"""``python -m pipeline``: the run's claim on a study folder, and its progress lines."""

import os
import sys
from pathlib import Path

import pytest

from pipeline.__main__ import claim, follow, progress_line
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


def test_progress_says_what_is_done_and_estimates_what_is_left() -> None:
    assert progress_line(3, 12, 90.0) == "progress: 3 of 12 jobs done in 1:30, about 4:30 left"
    assert progress_line(12, 12, 4000.0) == "progress: 12 of 12 jobs done in 1:06:40"


def test_snakemakes_messages_pass_through_with_progress_after_each_step(capfd: pytest.CaptureFixture[str]) -> None:
    script = "import sys; sys.stderr.write('rule train:\\n1 of 4 steps (25%) done\\n2 of 4 steps (50%) done\\n')"
    assert follow([sys.executable, "-c", script], dict(os.environ)) == 0
    err = capfd.readouterr().err.splitlines()
    assert err[0] == "rule train:"
    assert err[1] == "1 of 4 steps (25%) done"
    assert err[2].startswith("progress: 1 of 4 jobs done in 0:0")
    assert "left" in err[2]
    assert err[4].startswith("progress: 2 of 4 jobs done")


def test_snakemakes_messages_are_kept_in_the_log_and_the_console_shows_progress(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """The issue-22 trial read 80 to 180 lines of Snakemake's before the one-line error."""
    script = "import sys; sys.stderr.write('rule train:\\n1 of 4 steps (25%) done\\n')"
    log = tmp_path / "run.log"
    assert follow([sys.executable, "-c", script], dict(os.environ), log, echo=False) == 0
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("progress: 1 of 4 jobs done in 0:0")
    assert log.read_text(encoding="utf-8") == "rule train:\n1 of 4 steps (25%) done\n"


def test_a_second_run_in_the_same_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    """A pid file naming a live process that is not this one: another run is working here."""
    marker = tmp_path / ".snakemake" / "pipeline-run.pid"
    marker.parent.mkdir(parents=True)
    marker.write_text(f"{os.getppid()}\n")
    with pytest.raises(StudyError, match=rf"another run \(process {os.getppid()}\) is working in this folder"):
        claim(tmp_path)
    marker.write_text("999999999\n")  # a run that was killed: its claim is cleared
    assert claim(tmp_path).read_text().strip() == str(os.getpid())


def test_a_snakemake_option_in_the_wrong_place_gets_a_hint() -> None:
    from pipeline.__main__ import main

    with pytest.raises(StudyError, match=r"unrecognised option\(s\) --dry-run; .* python -m pipeline run -- --dry-run"):
        main(["run", "--dry-run"])


def test_every_stage_and_helper_runs_as_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    """python -m pipeline report --help is python -m pipeline.report --help (the issue-22 trial got
    "invalid choice: 'report'")."""
    from pipeline.__main__ import HELPERS, STAGES, main

    for name in [*STAGES, *(helper for helper in HELPERS if helper != "run")]:
        with pytest.raises(SystemExit) as stopped:
            main([name, "--help"])
        assert stopped.value.code == 0
        assert f"usage: python -m pipeline.{name.replace('-', '_')}" in capsys.readouterr().out, name
    # a stage alone: the command that makes its outputs, not a list of the thirteen files it takes
    assert main(["report"]) == 2
    assert "to make its outputs from your study, run: python -m pipeline run" in capsys.readouterr().err
    # and with --project, as every helper takes it (the fifth issue-22 trial's "report --project study")
    for given in (["report", "--project", "../study"], ["figures", "--project=../study"]):
        assert main(given) == 2
        assert "run: python -m pipeline run --project ../study" in capsys.readouterr().err


def test_a_folder_that_is_no_study_is_named_with_project(tmp_path: Path) -> None:
    # the fifth issue-22 trial, one folder off: "config/config.yaml: file not found" said nothing of --project
    from pipeline.__main__ import preflight

    with pytest.raises(StudyError, match=r"not a study's folder .*give the study's folder with --project"):
        preflight(tmp_path)


def test_a_targeted_run_says_when_the_report_is_not_this_studys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue-22 trial replaced data/raw, ran to the segments, and was told "done" beside the demo's report. A
    study file changed under an older date is dated now (see pipeline.freshness), and the report older than the
    study's files is named as not this study's."""
    import pipeline.__main__ as entry

    study = one_workshop_study(tmp_path)
    report = study / "reports" / "evaluation_report.html"
    report.parent.mkdir()
    report.write_text("the demo's", encoding="utf-8")
    os.utime(report, (1e9, 1e9))
    monkeypatch.setattr(entry, "follow", lambda *given: 0)  # Snakemake's part is not what is tested here
    assert entry.run(study, study / "Snakefile", 1, ["data/processed/segments.parquet"], cold=True) == 0
    said = capsys.readouterr().out
    assert "done: data/processed/segments.parquet\nnote: " in said
    assert "evaluation_report.html is older than the study's files, so it is not this study's yet" in said


def test_a_dry_run_says_nothing_was_made_and_never_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue-22 trial's dry run after an override ended "done: .../evaluation_report.html"."""
    import pipeline.__main__ as entry

    study = one_workshop_study(tmp_path)
    monkeypatch.setattr(entry, "follow", lambda *given: 0)
    assert entry.run(study, study / "Snakefile", 1, ["--dry-run"], cold=True) == 0
    said = capsys.readouterr().out
    assert "done:" not in said
    assert "dry run: nothing was made or changed" in said


def test_the_jobs_a_run_without_targets_would_make_are_read_from_snakemakes_plan() -> None:
    from pipeline.__main__ import outdated_jobs

    plan = "Building DAG of jobs...\nJob stats:\njob  count\n---  -----\ncode_predict 4\nreport 1\nall 1\ntotal 6\n"
    command = [sys.executable, "-c", f"print({plan!r})"]
    assert outdated_jobs(command, dict(os.environ)) == ["code_predict (4)", "report"]
    assert outdated_jobs([sys.executable, "-c", "print('Nothing to be done.')"], dict(os.environ)) == []


def test_every_option_of_every_command_says_what_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second issue-22 trial counted 47 options across 11 commands with no help."""
    import argparse
    import importlib

    from pipeline.__main__ import HELPERS, STAGES

    parsers: list[argparse.ArgumentParser] = []

    def caught(self: argparse.ArgumentParser, *given: object, **named: object) -> None:
        parsers.append(self)
        raise SystemExit(0)

    for method in ("parse_args", "parse_known_args", "parse_intermixed_args"):
        monkeypatch.setattr(argparse.ArgumentParser, method, caught)
    for name in [*STAGES, *(helper for helper in HELPERS if helper != "run")]:
        with pytest.raises(SystemExit):
            importlib.import_module(f"pipeline.{name.replace('-', '_')}").main(["--help"])

    def silent(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
        found = []
        for action in parser._actions:  # argparse has no public list of a parser's options
            if isinstance(action, argparse._SubParsersAction):
                for command, sub in action.choices.items():
                    found += silent(sub, f"{prefix}{command} ")
            elif action.option_strings and not action.help:
                found.append(prefix + action.option_strings[-1])
        return found

    assert len(parsers) >= len(STAGES)  # every command's parser was seen
    assert [option for parser in parsers for option in silent(parser, f"{parser.prog} ")] == []


def test_a_target_no_step_makes_is_one_line_with_the_target_it_may_be(tmp_path: Path) -> None:
    """The second issue-22 trial's "-- reports/evaluation_reprot.html" gave only "see Snakemake's messages"."""
    from pipeline.__main__ import missing_target

    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "evaluation_report.html").write_text("<html></html>", encoding="utf-8")
    log = tmp_path / "run.log"
    log.write_text("MissingRuleException:\nNo rule to produce reports/evaluation_reprot.html (if you use...)\n")
    said = missing_target(log, tmp_path, ["reports/evaluation_reprot.html"])
    assert said == (
        "error: no step of the workflow makes 'reports/evaluation_reprot.html' (did you mean "
        "'reports/evaluation_report.html'?); a target is a file the workflow makes"
    )
    assert missing_target(log, tmp_path, []) == ""  # not a target the researcher gave


def one_workshop_study(folder: Path) -> Path:
    """A study made with new-study from one SYNTHETIC transcript, with an empty Snakefile: the run's own steps
    before and after Snakemake's, which the tests replace."""
    from pipeline.new_study import main as new_study

    given = folder / "given"
    given.mkdir()
    (given / "ws01.txt").write_text("P1: SYNTHETIC.\n", encoding="utf-8")
    study = folder / "study"
    new_study([str(study), "--transcripts", str(given)])
    (study / "data/raw/workshops.csv").write_text("workshop_id\nws01\n", encoding="utf-8")
    (study / "Snakefile").write_text("", encoding="utf-8")
    return study


def test_a_stages_error_gives_its_commands_with_the_studys_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the third issue-22 trial's training stop sent it to coding-sheet with no --project, from outside the study
    from pipeline.__main__ import for_project

    line = (
        "error: no human-coded segments in data/raw/coding; code some segments before training (python -m pipeline "
        "coding-sheet write --coder coder_a makes a workbook, python -m pipeline coding-sheet read --coder "
        "coder_a reads it back; or python -m pipeline.overrides)"
    )
    monkeypatch.chdir(tmp_path)
    study = tmp_path / "my-study"
    study.mkdir()
    expected = line
    for command in ("coding-sheet write", "coding-sheet read", "pipeline.overrides"):
        expected = expected.replace(command, f"{command} --project {study}")
    assert for_project(line, study) == expected
    monkeypatch.chdir(study)
    assert for_project(line, Path(".")) == line  # run from inside the study: the commands work as they are


def test_the_run_finds_its_own_workflow_from_any_folder() -> None:
    # the fourth issue-22 trial ran "run --project study" beside the tool's folder and was told "./Snakefile: workflow
    # not found" on every run
    from pipeline.__main__ import WORKFLOW

    assert Path(__file__).resolve().parents[1] / "Snakefile" == WORKFLOW
    assert "include:" in WORKFLOW.read_text(encoding="utf-8")  # the workflow itself, with its rule files
