"""Outputs never outlive their inputs: a study file whose content changed is newer than what was made from it.

Snakemake reruns a job when an input is newer than its output. A study copied in with its files' times kept
(``cp -a``, ``rsync -a``, an unpacked archive, a synced drive) can replace every transcript with files older than
the outputs made from the old ones, and the run then reports success over the old study's report. Before each run,
``python -m pipeline run`` compares each study file's content with what it was at the last run (a SHA-256, read
again only when the file's size or time changed) and gives a file whose content changed, but whose time is older
than that run, the present time, so that Snakemake remakes what depends on it. Only the file's time is touched,
never its content.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

RECORD = Path(".snakemake") / "pipeline-inputs.json"
STUDY_FILES = ("data/raw", "config")  # what the study gives; everything else is made from them


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def files_in(project: Path, folders: Sequence[str], pattern: str = "*") -> list[Path]:
    """The files of ``folders`` (and their sub-folders) matching ``pattern``, in order; no hidden file and no
    spreadsheet program's lock file (``~$book.xlsx``)."""
    return sorted(
        path
        for folder in folders
        if (project / folder).is_dir()
        for path in (project / folder).rglob(pattern)
        if path.is_file() and not path.name.startswith((".", "~$"))
    )


def study_files(project: Path) -> list[Path]:
    return files_in(project, STUDY_FILES)


def unchanged(before: object, stat: os.stat_result) -> bool:
    """Whether a file's record ``[size, mtime_ns, sha256]`` still holds by size and time: its content is then taken
    as the same, unread."""
    return isinstance(before, list) and len(before) == 3 and (before[0], before[1]) == (stat.st_size, stat.st_mtime_ns)


def kept_copy(path: Path, mark: str) -> Path:
    """Where a file is kept beside itself before it is replaced: ``queue.filled-<time it was saved>.xlsx``."""
    stamp = time.strftime("%Y-%m-%dT%H-%M-%S", time.localtime(path.stat().st_mtime))
    return path.with_name(f"{path.stem}.{mark}-{stamp}{path.suffix}")


def refresh(project: Path) -> list[Path]:
    """Touch the study files whose content changed since the last run but whose time says otherwise; the files
    touched. The record of the study's files is written anew."""
    record_path = project / RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        seen, last_run = record["files"], float(record["time"])
    except (OSError, ValueError, KeyError, TypeError):
        seen, last_run = {}, None  # the first run here, or a record from elsewhere: nothing to compare with
    files: dict[str, list[object]] = {}
    touched = []
    for path in study_files(project):
        name = path.relative_to(project).as_posix()
        stat = path.stat()
        before = seen.get(name)
        if unchanged(before, stat):
            files[name] = before
            continue
        sha = digest(path)
        if before and before[2] != sha and last_run is not None and stat.st_mtime <= last_run:
            os.utime(path)  # changed, but older than the last run: newer now than whatever was made from it
            stat = path.stat()
            touched.append(path)
        files[name] = [stat.st_size, stat.st_mtime_ns, sha]
    record_path.parent.mkdir(parents=True, exist_ok=True)
    record_path.write_text(json.dumps({"time": time.time(), "files": files}, sort_keys=True), encoding="utf-8")
    return touched


# The workbooks a run writes that people fill in or write on (the review queue, the gate's review sheet, the
# samples, the disagreement table): a run that makes one again would write over what was typed into it
RUN_WORKBOOKS = ("reports", "data/processed/anonymity")
WORKBOOK_RECORD = Path(".snakemake") / "pipeline-workbooks.json"
KEPT_MARKS = (".filled-", ".before-")  # copies already kept, by this and by coding-sheet


def run_workbooks(project: Path) -> list[Path]:
    """The workbooks the run writes (a coder's own, in reports/coding, is never written by a run)."""
    return [
        path
        for path in files_in(project, RUN_WORKBOOKS, "*.xlsx")
        if not any(mark in path.name for mark in KEPT_MARKS) and path.parent != project / "reports" / "coding"
    ]


def keep_filled_workbooks(project: Path) -> list[tuple[Path, Path]]:
    """Copy aside each workbook the run wrote and someone has saved since, before this run can write it again;
    the workbooks and their copies (``queue.filled-<time>.xlsx``). A review queue decided and not yet read back was
    thrown away by the next run that remade the queue."""
    try:
        written = json.loads((project / WORKBOOK_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # no run has recorded its workbooks here yet
    kept = []
    for path in run_workbooks(project):
        before = written.get(path.relative_to(project).as_posix())
        if not isinstance(before, list) or len(before) != 3:
            continue
        if unchanged(before, path.stat()) or digest(path) == before[2]:
            continue
        copy = kept_copy(path, "filled")
        shutil.copy2(path, copy)
        kept.append((path, copy))
    return kept


def remember_workbooks(project: Path) -> None:
    """Record each run workbook as it is after a run, so that the next run can tell one saved since."""
    record_path = project / WORKBOOK_RECORD
    try:
        seen = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        seen = {}
    files: dict[str, list[object]] = {}
    for path in run_workbooks(project):
        name = path.relative_to(project).as_posix()
        stat = path.stat()
        before = seen.get(name)
        files[name] = before if unchanged(before, stat) else [stat.st_size, stat.st_mtime_ns, digest(path)]
    record_path.parent.mkdir(parents=True, exist_ok=True)
    record_path.write_text(json.dumps(files, sort_keys=True), encoding="utf-8")
