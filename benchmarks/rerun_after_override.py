"""A researcher's correction: how long a rerun takes after one override, on the demo study (issue 22).

    python benchmarks/rerun_after_override.py [--repeats 3] [--cold] [--idle SECONDS] [--small]

Runs the demo study once in a scratch folder, then, ``--repeats`` times, appends one override (a different
segment each time, with ``python -m pipeline overrides``) and reruns. Prints, per rerun, the wall time of
``python -m pipeline run``, Snakemake's start (from the command to its first job), the jobs' own span (first job
started to last job finished, from Snakemake's messages in logs/run.log, and to the millisecond from the warm
server's log, with each job's own time) and the jobs that ran. ``--cold`` runs without the warm server;
``--idle 0`` with a server for each run (as before servers were kept between runs; the default keeps it 120 s);
``--small`` keeps the demo's five short workshops (310 segments), a small study. Target (issue 22): a few
seconds of work beyond Snakemake's own start.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pandas as pd

PROJECT = Path(__file__).resolve().parents[1]
STAMP = re.compile(r"^\[(\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4})\]$")


def run(study: Path, *extra: str, idle: float = 120) -> float:
    started = time.monotonic()
    command = [sys.executable, "-m", "pipeline", "run", "--project", str(study), "--snakefile"]
    result = subprocess.run(
        [*command, str(PROJECT / "Snakefile"), "--cores", "2", *extra],
        capture_output=True,
        text=True,
        env=dict(os.environ, PIPELINE_WARM_IDLE=str(idle)),
    )
    if result.returncode != 0:
        sys.exit(result.stderr[-2000:])
    return time.monotonic() - started


def jobs_of(log: Path) -> tuple[list[datetime], list[str]]:
    lines = log.read_text(encoding="utf-8").splitlines()
    stamps = [datetime.strptime(m.group(1), "%a %b %d %H:%M:%S %Y") for line in lines if (m := STAMP.match(line))]
    rules = [line.split()[-1].rstrip(":") for line in lines if re.match(r"^(local)?rule \w+:$", line)]
    return stamps, [rule for rule in rules if rule != "all"]


SERVED = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) (\w+): (started|exit \d+ in [\d.]+ s)")


def served_jobs(log: Path) -> tuple[float, str]:
    """The jobs' span to the millisecond and each job's own time, from the warm server's log of this run."""
    if not log.exists():
        return float("nan"), ""
    times, took = [], []
    for line in log.read_text(encoding="utf-8").splitlines():
        if m := SERVED.match(line):
            times.append(datetime.strptime(m.group(1), "%H:%M:%S.%f"))
            if m.group(3).startswith("exit"):
                took.append(f"{m.group(2)} {m.group(3).split(' in ')[1].removesuffix(' s')}")
    span = (max(times) - min(times)).total_seconds() if times else float("nan")
    return span, ", ".join(took)


SMALL = ("ca01", "com01", "fac01", "hv01", "wg01")  # the demo's five short workshops: 310 segments, two coders


def small_study(study: Path) -> None:
    """Keep the demo's five short workshops: their transcripts, and the rows of every table that name them."""
    raw = study / "data" / "raw"
    for transcript in (raw / "transcripts").iterdir():
        if transcript.stem not in SMALL:
            transcript.unlink()
    for table in raw.rglob("*.csv"):
        rows = pd.read_csv(table, dtype=str, keep_default_na=False)
        column = "workshop_id" if "workshop_id" in rows else "segment_id" if "segment_id" in rows else None
        if column is None:
            continue
        kept = rows[rows[column].str.split("-").str[0].isin(SMALL)]
        if kept.empty and table.parent.name == "coding":
            table.unlink()  # a coder of the other workshops only
        else:
            kept.to_csv(table, index=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="without the warm server")
    parser.add_argument(
        "--idle",
        type=float,
        default=120,
        help="seconds the warm server is kept after a run (PIPELINE_WARM_IDLE; 0: a server for each run)",
    )
    parser.add_argument("--small", action="store_true", help=f"the demo's five short workshops ({', '.join(SMALL)})")
    args = parser.parse_args()
    extra = ["--cold"] if args.cold else []
    with tempfile.TemporaryDirectory() as folder:
        study = Path(folder) / "study"
        shutil.copytree(PROJECT / "data/raw", study / "data/raw")
        shutil.copytree(PROJECT / "config", study / "config")
        if args.small:
            small_study(study)
        print(f"first run: {run(study, *extra, idle=args.idle):.1f} s")
        segments = pd.read_parquet(study / "data/processed/segments.parquet")
        for repeat in range(args.repeats):
            segment = segments["segment_id"].iloc[(50 + 17 * repeat) % len(segments)]
            override = [sys.executable, "-m", "pipeline", "overrides", "--segment", segment, "--code"]
            override += ["mutual_support", "--action", "add", "--coder", "bench", "--rationale", "benchmark"]
            subprocess.run(override, cwd=study, check=True, capture_output=True)
            began = datetime.now().replace(microsecond=0)
            wall = run(study, *extra, idle=args.idle)
            stamps, rules = jobs_of(study / "logs/run.log")
            start = (stamps[0] - began).total_seconds() if stamps else float("nan")
            span = (stamps[-1] - stamps[0]).total_seconds() if stamps else 0.0
            served, took = served_jobs(study / ".snakemake" / "pipeline-warm-server.log")
            print(
                f"rerun {repeat + 1}: {wall:.1f} s in all; Snakemake's start about {start:.0f} s; jobs {span:.0f} s "
                f"(whole seconds, Snakemake's clock) for {len(rules)} jobs: {', '.join(rules)}"
            )
            if took:  # the warm server's log, to the millisecond, with each job's own seconds in the order they ended
                print(f"  jobs {served:.2f} s from the first start to the last exit (the server's clock): {took}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
