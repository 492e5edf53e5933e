"""A researcher's correction: how long a rerun takes after one override, on the demo study (issue 22).

    python benchmarks/rerun_after_override.py [--repeats 3] [--cold]

Runs the demo study once in a scratch folder, then, ``--repeats`` times, appends one override (a different
segment each time, with ``python -m pipeline overrides``) and reruns. Prints, per rerun, the wall time of
``python -m pipeline run``, Snakemake's start (from the command to its first job), the jobs' own span (first job
started to last job finished, from Snakemake's messages in logs/run.log) and the jobs that ran. ``--cold`` runs
without the warm server. Target (issue 22): a few seconds of work beyond Snakemake's own start.
"""

from __future__ import annotations

import argparse
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


def run(study: Path, *extra: str) -> float:
    started = time.monotonic()
    command = [sys.executable, "-m", "pipeline", "run", "--project", str(study), "--snakefile"]
    result = subprocess.run(
        [*command, str(PROJECT / "Snakefile"), "--cores", "2", *extra], capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(result.stderr[-2000:])
    return time.monotonic() - started


def jobs_of(log: Path) -> tuple[list[datetime], list[str]]:
    lines = log.read_text(encoding="utf-8").splitlines()
    stamps = [datetime.strptime(m.group(1), "%a %b %d %H:%M:%S %Y") for line in lines if (m := STAMP.match(line))]
    rules = [line.split()[-1].rstrip(":") for line in lines if re.match(r"^(local)?rule \w+:$", line)]
    return stamps, [rule for rule in rules if rule != "all"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="without the warm server")
    args = parser.parse_args()
    extra = ["--cold"] if args.cold else []
    with tempfile.TemporaryDirectory() as folder:
        study = Path(folder) / "study"
        shutil.copytree(PROJECT / "data/raw", study / "data/raw")
        shutil.copytree(PROJECT / "config", study / "config")
        print(f"first run: {run(study, *extra):.1f} s")
        segments = pd.read_parquet(study / "data/processed/segments.parquet")
        for repeat in range(args.repeats):
            segment = segments["segment_id"].iloc[50 + 17 * repeat]
            override = [sys.executable, "-m", "pipeline", "overrides", "--segment", segment, "--code"]
            override += ["mutual_support", "--action", "add", "--coder", "bench", "--rationale", "benchmark"]
            subprocess.run(override, cwd=study, check=True, capture_output=True)
            began = datetime.now().replace(microsecond=0)
            wall = run(study, *extra)
            stamps, rules = jobs_of(study / "logs/run.log")
            start = (stamps[0] - began).total_seconds() if stamps else float("nan")
            span = (stamps[-1] - stamps[0]).total_seconds() if stamps else 0.0
            print(
                f"rerun {repeat + 1}: {wall:.1f} s in all; Snakemake's start about {start:.0f} s; jobs {span:.0f} s "
                f"(whole seconds, Snakemake's clock) for {len(rules)} jobs: {', '.join(rules)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
