"""``python -m pipeline``: run the whole workflow, or see what each stage and helper does.

``run`` checks the config, the codebook and the study folders first, so the commonest mistakes get
a one-line message before Snakemake starts; when a stage stops, its one-line error is shown again
at the end instead of being left in a log file.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pipeline.codebook import load_codebook
from pipeline.config import load_config
from pipeline.errors import StudyError, did_you_mean, run_stage
from pipeline.freshness import keep_filled_workbooks, refresh, remember_workbooks, study_files
from pipeline.job import (
    ADDRESS_VARIABLE,
    SNAKEMAKE_THEN_EXIT,
    answers,
    available,
    idle_seconds,
    kept_address,
    note,
    pid_file,
    server_key,
)
from pipeline.tables import read_workshops

STAGES = {
    "ingest": "read transcripts into the segments table (speaker turns, sentence-split long turns, offsets)",
    "anonymity": "the anonymity gate: stop the run if any segment still holds an identifier",
    "train": "train the classifier on the human codes and cross-validate it by workshop",
    "code": "code every segment: human codes, then the model, with overrides applied last",
    "summarise": "count codes by group, role and workshop; tension balance, co-occurrence, agreement",
    "figures": "draw the figures, each with the CSV of the numbers it draws",
    "report": "render the self-contained HTML evaluation report",
    "double_coding": "export a blind, reproducible sample of segments for a second coder (CSV and XLSX)",
    "audit": "draw the audit sample: random segments for a coder who does not see the model's codes",
    "estimates": "each code's prevalence with a 95% interval, from the model and the audit sample (PPI)",
    "review": "the segments the model is least sure of, with its evidence, for a coder (--read-back takes them in)",
}
HELPERS = {
    "run": "check the inputs, then run the whole workflow with Snakemake",
    "overrides": "append an override row for a segment and code, filling the text fingerprint",
    "refi": "export to (and import from) NVivo, ATLAS.ti, MAXQDA and QualCoder: .qdpx and .qdc",
    "taguette": "import a Taguette project's codebook and highlights exports as the study's codebook and coding",
    "coding-sheet": "a coder's workbook of segments to code (write), and the filled one as their coding file (read)",
    "new-study": "start a study in a folder of its own: settings, codebook, transcripts and its next steps",
    "pdf": "print the evaluation report to an A4 PDF beside it, with a Chromium-family browser",
}


def preflight(project: Path) -> dict[str, Any]:
    """The checks that catch most first-run mistakes, each as a one-line StudyError; the study's settings."""
    if not (project / "config").is_dir() and not (project / "data" / "raw").is_dir():
        # the fifth issue-22 trial, a folder off: "config/config.yaml: file not found" said nothing of --project
        raise StudyError(
            f"{project}: not a study's folder (no config/ and no data/raw/ in it); give the study's folder with "
            "--project, or start one with python -m pipeline new-study"
        )
    config = load_config(project / "config" / "config.yaml")
    load_codebook(project / "config" / "codebook.yaml")
    transcripts = project / "data" / "raw" / "transcripts"
    if not transcripts.is_dir():
        raise StudyError(f"{transcripts}: folder not found; put one transcript file per workshop there")
    if not any(path.is_file() for path in transcripts.iterdir()):
        raise StudyError(f"{transcripts}: no transcripts; put one file per workshop there")
    workshops = project / "data" / "raw" / "workshops.csv"
    if not workshops.is_file():
        raise StudyError(f"{workshops}: not found; list each workshop's id, group, stakeholder and date")
    read_workshops(workshops)  # an empty group or an unknown stakeholder, before Snakemake starts
    return config


def stage_errors(logs: Path, since: float) -> list[str]:
    """The one-line errors that stages wrote to their logs during this run, each once.

    Two stages reading the same bad file report the same problem; the researcher needs it once.
    """
    lines: dict[str, None] = {}
    for log in sorted(logs.rglob("*.log")):
        if log.stat().st_mtime >= since:
            lines |= dict.fromkeys(
                line for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("error: ")
            )
    return list(lines)


# the pipeline's workflow, beside the package: the fourth issue-22 trial, with --project naming its study elsewhere,
# was told "./Snakefile: workflow not found" and needed --snakefile on every run
WORKFLOW = Path(__file__).resolve().parents[1] / "Snakefile"

# the helper commands a stage's error may send the researcher to, which take the study's folder as --project
HELPER_COMMAND = re.compile(r"python -m pipeline(?: coding-sheet (?:write|read)| run|[. ]overrides|[. ]review)")


def for_project(line: str, project: Path) -> str:
    """A stage's error with ``--project`` in the commands it gives, when the study is not the folder the run was
    started in: a stage runs inside the study and cannot know how it was named (the third issue-22 trial's
    training stop sent it to a coding-sheet command that looked for the study in the wrong folder)."""
    if project.resolve() == Path.cwd().resolve():
        return line
    return HELPER_COMMAND.sub(lambda match: f"{match.group(0)} --project {project}", line)


def claim(project: Path) -> Path:
    """This run's claim on the study folder, clearing what a killed run left behind.

    Snakemake keeps its lock when its process is killed, and then refuses every later run until
    someone finds ``--unlock``. Our own pid file tells a killed run (pid gone: the lock is stale and
    is cleared) from one still working (pid alive: refuse, rather than two runs writing one folder).
    """
    marker = project / ".snakemake" / "pipeline-run.pid"
    if marker.is_file():
        try:
            pid = int(marker.read_text().strip())
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError):
            pass  # a run that was killed: its locks are stale
        except PermissionError:
            raise StudyError(f"{project}: another run is working in this folder; wait for it to finish") from None
        else:
            if pid != os.getpid():
                raise StudyError(
                    f"{project}: another run (process {pid}) is working in this folder; wait for it to finish"
                )
    locks = project / ".snakemake" / "locks"
    if locks.is_dir():
        shutil.rmtree(locks)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{os.getpid()}\n")
    return marker


NO_RULE = re.compile(r"No rule to produce (\S+)")


def missing_target(log: Path, project: Path, extra: Sequence[str]) -> str:
    """A target no step makes, in one line with the target it may be; "" where the run stopped for another reason
    (the second issue-22 trial's "reports/evaluation_reprot.html" gave only "see Snakemake's messages")."""
    try:
        found = NO_RULE.search(log.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return ""
    if found is None or found.group(1) not in extra:
        return ""
    made = [
        str(path.relative_to(project))
        for folder in ("reports", "data/processed")
        for path in (project / folder).rglob("*")
        if path.is_file()
    ]
    near = did_you_mean(found.group(1), made or ["reports/evaluation_report.html"])
    return f"error: no step of the workflow makes '{found.group(1)}'{near}; a target is a file the workflow makes"


def unexpected_failure(logs: Path, since: float) -> str:
    """Where a stage failed without a researcher-facing error (a bug): the log and its last line."""
    for log in sorted(logs.rglob("*.log")):
        if log.stat().st_mtime >= since:
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
            if any(line.startswith("Traceback") for line in lines):
                return f"{log} ends with '{lines[-1]}'; please report it with that log"
    return "see the Snakemake messages above"


STEPS_DONE = re.compile(r"^(\d+) of (\d+) steps \(\d+%\) done")


def clock(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def progress_line(done: int, total: int, elapsed: float) -> str:
    """What a long run has done and, at the pace so far, about how long the rest will take."""
    left = elapsed / done * (total - done) if done else float("nan")
    estimate = f", about {clock(left)} left" if done and done < total else ""
    return f"progress: {done} of {total} jobs done in {clock(elapsed)}{estimate}"


def follow(command: Sequence[str], env: dict[str, str], log: Path | None = None, echo: bool = True) -> int:
    """Run Snakemake with a progress line after each finished job. Its own messages go to ``log`` and, with
    ``echo``, to the console too: a researcher's console shows the progress and the outcome, not the 80 to 180
    lines of Snakemake's that came before the one-line error (the issue-22 trial's)."""
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        kept = stack.enter_context(log.open("w", encoding="utf-8")) if log else None
        process = stack.enter_context(
            subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, errors="replace")
        )
        assert process.stderr is not None
        for line in process.stderr:
            if kept:
                kept.write(line)
            if echo:
                sys.stderr.write(line)
            steps = STEPS_DONE.match(line)
            if steps:
                done, total = int(steps.group(1)), int(steps.group(2))
                print(progress_line(done, total, time.monotonic() - started), file=sys.stderr, flush=True)
    return process.returncode


@contextlib.contextmanager
def warm_server(
    project: Path, env: dict[str, str], wanted: bool, spacy_model: str | None = None
) -> Iterator[dict[str, str]]:
    """The environment for Snakemake's jobs, with a warm server for them (see ``pipeline/job.py``); without
    one when not ``wanted``.

    The server is kept after the run, for the next run of the same study, until no job has come for
    ``PIPELINE_WARM_IDLE`` seconds (10 minutes unless set; 0 stops it with the run): a rerun after one override
    had waited for the libraries the server was still importing. It is reused only by a run of the same study
    with the same Python, packages, pipeline files and spaCy pipeline (``server_key``); otherwise a new one starts.
    """
    if not wanted:
        yield env
        return
    # beside Snakemake's own files, not in logs/: it says when each job ran, which a rerun changes
    log = project / ".snakemake" / "pipeline-warm-server.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")  # this run's lines only
    idle = idle_seconds()
    if spacy_model is None:  # the run passes the model its checks read; the config is read here only without it
        spacy_model = str(load_config(project / "config" / "config.yaml").get("spacy_model", ""))
    pid = ""
    kept = kept_address(server_key(project, spacy_model)) if idle > 0 else None
    if kept is not None:
        if answers(kept):
            with contextlib.suppress(OSError):
                pid = pid_file(kept).read_text(encoding="utf-8").strip()
            note(log, f"this run is served by the server kept from an earlier run (pid {pid or 'unknown'})")
        else:
            start_server(project, env, kept, log, parent=0, idle=idle)
            # said once, when it starts: a process left running after the run is not to be found by surprise (the
            # third issue-22 trial found it with ps)
            span = f"{idle / 60:.0f} minutes" if idle >= 120 else f"{idle:.0f} s"
            print(
                f"note: a warm server is kept for this study's next run, until {span} pass with no job; its pid is "
                f"in {log} (PIPELINE_WARM_IDLE=0 keeps none)",
                file=sys.stderr,
            )
        yield {**env, ADDRESS_VARIABLE: str(kept)}
        return
    folder = Path(tempfile.mkdtemp(prefix="pipeline-warm-"))  # a short path: sockets allow ~100 characters
    address = folder / "socket"
    server = start_server(project, env, address, log, parent=os.getpid(), idle=0.0)
    try:
        yield {**env, ADDRESS_VARIABLE: str(address)}
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)


def start_server(
    project: Path, env: dict[str, str], address: Path, log: Path, parent: int, idle: float
) -> subprocess.Popen[bytes]:
    """Start a warm server in the study's folder, its messages to ``log``; one kept between runs (``parent``
    0) in a session of its own, so that the run's end, or a Ctrl-C in its terminal, does not stop it, and
    forked off from its starter, which has left when this returns."""
    with log.open("a", encoding="utf-8") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "pipeline.job", "--serve", str(address), str(log), str(parent), str(idle)],
            cwd=project,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=parent == 0,
        )
    if parent == 0:
        server.wait(timeout=60)
    return server


def on_this_machine(extra: Sequence[str]) -> bool:
    """Whether a warm server can serve the jobs: on Linux, with Snakemake running them here (no cluster
    executor or profile)."""
    cluster = any(arg.startswith(("--executor", "--profile", "--workflow-profile")) or arg == "-e" for arg in extra)
    return available() and not cluster


def run(
    project: Path, snakefile: Path, cores: int, extra: Sequence[str], cold: bool = False, verbose: bool = False
) -> int:
    config = preflight(project)
    touched = refresh(project)
    if touched:  # a study copied in with its files' dates kept would otherwise leave the old study's outputs
        print(
            f"note: {len(touched)} study file(s) changed since the last run but kept an older date (copied with "
            f"their dates?), {touched[0].relative_to(project)} first; dated now, so what was made from them is made "
            "again",
            file=sys.stderr,
        )
    for workbook, copy in keep_filled_workbooks(project):
        print(
            f"note: {workbook.relative_to(project)} was saved since the last run wrote it (decisions typed into it?); "
            f"kept as {copy.name}, since this run may write it again: read it back from the copy",
            file=sys.stderr,
        )
    if not snakefile.is_file():
        raise StudyError(f"{snakefile}: workflow not found; give the pipeline's Snakefile with --snakefile")
    snakemake = shutil.which("snakemake", path=str(Path(sys.executable).parent)) or shutil.which("snakemake")
    if snakemake is None:
        raise StudyError("snakemake is not installed; install the project first (see the README)")
    # rules call `python`: make it this interpreter, so stages run with the packages installed here
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.time() - 1
    marker = claim(project)
    # an output a killed job left half-written is marked incomplete by Snakemake: make it again
    local = on_this_machine(extra)
    # here, Snakemake's command line is run through snakemake_then_exit, which skips a second of idle
    # waiting at its exit; a cluster executor's own exit handlers run as usual
    launcher = [sys.executable, "-c", SNAKEMAKE_THEN_EXIT, snakemake] if local else [snakemake]
    command = [*launcher, "--snakefile", str(snakefile), "--cores", str(cores), "--directory", str(project)]
    # Snakemake's messages are kept in the run's log; shown as well when asked for, or when Snakemake is given
    # options of its own (-- --dry-run: its list of jobs is what was asked for)
    log = project / "logs" / "run.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    echo = verbose or any(arg.startswith("-") for arg in extra)
    if not echo:
        print(f"running the workflow; Snakemake's messages are in {log}", file=sys.stderr, flush=True)
    try:
        with warm_server(project, env, not cold and local, str(config.get("spacy_model", ""))) as job_env:
            # --keep-going: a shard whose files cannot be ingested does not keep the others from being read, so
            # one run names every file to fix (each shard names all of its own)
            returncode = follow([*command, "--rerun-incomplete", "--keep-going", *extra], job_env, log, echo)
    finally:
        remember_workbooks(project)
        marker.unlink(missing_ok=True)
    if returncode != 0:
        errors = [for_project(line, project) for line in stage_errors(project / "logs", started)]
        for line in errors:
            print(line, file=sys.stderr)
        missing = missing_target(log, project, extra)
        if missing:
            errors = [missing]
            print(missing, file=sys.stderr)
        if not errors:
            where = unexpected_failure(project / "logs", started)
            if where.startswith("see the Snakemake messages") and not echo:
                where = f"see Snakemake's messages in {log}"
            print(f"error: the workflow stopped; {where}", file=sys.stderr)
    elif any(arg in ("-n", "--dry-run", "--dryrun") for arg in extra):
        # Snakemake's plan is what was asked for; "done" beside it read as if the report had been made (the
        # issue-22 trial's dry run after an override ended "done: .../evaluation_report.html")
        print("dry run: nothing was made or changed; Snakemake's plan of what a run would make is above")
    else:
        # the targets asked for, else the report: after "run -- data/processed/segments.parquet" the report may
        # be an old one, and naming it would say it was made
        outputs = (".html", ".csv", ".parquet", ".xlsx", ".png", ".svg", ".qdpx", ".qdc", ".txt", ".json", ".skops")
        targets = [arg for arg in extra if not arg.startswith("-") and arg.endswith(outputs)]
        made = targets or [str(project / "reports" / "evaluation_report.html")]
        print(f"done: {', '.join(made)}")
        # the anonymity gate's outcome, where it ran in this run: what it redacted is said, not left to the log (the
        # thirteenth issue-18 trial's redactions of new findings went by with nothing but "done")
        for name in ("passed.txt", "study_files_passed.txt"):
            path = project / "data" / "processed" / "anonymity" / name
            if path.is_file() and path.stat().st_mtime >= started and "redacted" in path.read_text(encoding="utf-8"):
                said = path.read_text(encoding="utf-8").strip().removeprefix("passed: ")
                print(f"anonymity gate ({'study files' if name.startswith('study') else 'transcripts'}): {said}")
        report = project / "reports" / "evaluation_report.html"
        newest = max((path.stat().st_mtime for path in study_files(project)), default=0.0)
        if targets and report.is_file() and report.stat().st_mtime < newest:  # the issue-22 trial read the demo's
            print(f"note: {report} is older than the study's files, so it is not this study's yet; run without "
                  "targets to make it again")  # fmt: skip
        # the other outputs too: the second issue-22 trial's targeted run made a new report while the REFI-QDA
        # project and the double-coding sheet still held a removed workshop, with no word. Snakemake's own plan for
        # a run without targets says what is not this study's yet (a dry run: about 2 s, and only after a target)
        if targets:
            left = outdated_jobs([*launcher, "--snakefile", str(snakefile), "--directory", str(project)], env)
            if left:
                print(f"note: the study's other outputs are not made from its files as they are now: a run without "
                      f"targets would make {len(left)} job(s) ({', '.join(left)})")  # fmt: skip
    return returncode


def outdated_jobs(command: Sequence[str], env: dict[str, str]) -> list[str]:
    """The jobs a run without targets would make, by rule, from Snakemake's dry run; none if it cannot say."""
    try:
        planned = subprocess.run(
            [*command, "--cores", "1", "--dry-run", "--quiet", "rules"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return []
    lines = planned.stdout.splitlines()
    if planned.returncode != 0 or "Job stats:" not in lines:
        return []
    rules = []
    for line in lines[lines.index("Job stats:") + 3 :]:
        parts = line.split()
        if len(parts) != 2 or not parts[1].isdigit() or parts[0] == "total":
            break
        if parts[0] != "all":
            rules.append(parts[0] if parts[1] == "1" else f"{parts[0]} ({parts[1]})")
    return rules


def main(argv: Sequence[str] | None = None) -> int:
    epilog = "stages (python -m pipeline <stage> --help, the same as python -m pipeline.<stage> --help):\n" + "\n".join(
        f"  {name:<13} {text}" for name, text in STAGES.items()
    )
    epilog += "\nhelpers:\n" + "\n".join(f"  {name:<13} {text}" for name, text in HELPERS.items())
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="What works: code peer support group workshops and render the evaluation report.\n\n"
        "  python -m pipeline run [options] [-- Snakemake's options or targets]\n"
        "  python -m pipeline <stage or helper> [its options]   (the stages and helpers are listed below)",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help=HELPERS["run"])
    run_parser.add_argument("--project", type=Path, default=Path.cwd(), help="the study folder (default: here)")
    run_parser.add_argument(
        "--snakefile",
        type=Path,
        default=WORKFLOW,
        help="the workflow (default: this pipeline's own Snakefile, so a study anywhere is run from anywhere)",
    )
    run_parser.add_argument(
        "--cores", type=int, default=os.cpu_count() or 1, help="processes Snakemake may run at once (default: all)"
    )
    run_parser.add_argument(
        "--cold",
        action="store_true",
        help="start every job in a Python of its own, without the warm server (slower; to measure each job's memory)",
    )
    run_parser.add_argument(
        "--verbose", action="store_true", help="show Snakemake's own messages too (they are always in logs/run.log)"
    )
    run_parser.add_argument("snakemake_args", nargs="*", help="passed to Snakemake after --, e.g. -- --dry-run")
    given = list(sys.argv[1:] if argv is None else argv)
    rest = given[1:]
    study = None  # "--project X" or "--project=X", alone after the stage
    if len(rest) == 2 and rest[0] == "--project":
        study = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--project="):
        study = rest[0].removeprefix("--project=")
    if given and given[0] in STAGES and (not rest or study):
        # a stage alone asks for its dozen files; what a researcher wants is the workflow to make them (the second
        # issue-22 trial's "python -m pipeline report" was told 13 arguments were required; the fifth's, with
        # --project as every helper takes it, was too)
        print(
            f"python -m pipeline {given[0]} runs that one stage on files you name (python -m pipeline {given[0]} "
            f"--help lists them); to make its outputs from your study, run: python -m pipeline run"
            + (f" --project {study}" if study else ""),
            file=sys.stderr,
        )
        return 2
    if given and given[0] in {*STAGES, *HELPERS} - {"run"}:
        # "python -m pipeline report ..." is "python -m pipeline.report ...": each stage and helper is a module with
        # its own options (the issue-22 trial was told "invalid choice: 'report'")
        module = importlib.import_module(f"pipeline.{given[0].replace('-', '_')}")
        return int(module.main(given[1:]))
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # Snakemake's own options come after --, so that they are not taken for the run's
        raise StudyError(
            f"unrecognised option(s) {' '.join(unknown)}; Snakemake's options go after --, e.g. "
            f"python -m pipeline run -- {' '.join(unknown)}"
        )
    return run(
        args.project.resolve(), args.snakefile.resolve(), args.cores, args.snakemake_args, args.cold, args.verbose
    )


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
