"""Scale benchmark: the demo study grown to many workshops, run end to end, measured per stage.

    python benchmarks/scale.py --factor 10 --out /tmp/scale-x10            # 90 workshops: full run, then +1 workshop
    python benchmarks/scale.py --factor 10 --out /tmp/scale-x10 --speedup  # the shard stages on 1 core, then 2
    python benchmarks/scale.py --factor 1112 --out /tmp/scale-10k --dag-only  # 10,008 workshops: plan only
    python benchmarks/scale.py --factor 10 --replicas 112 --shards 16 --out /tmp/x10k --memory  # 10,080 workshops
    python benchmarks/scale.py --factor 10 --replicas 112 --shards 16 --out /tmp/x10k --memory --gate-only

``--memory`` measures peak memory at ten thousand workshops, which a full run here cannot reach in a
session: the scan alone would take over an hour on two cores. It runs the grown study's ingest and scan
for real, then adds ``replicas - 1`` exact copies of every transcript under new workshop ids, ingests
them for real, and gives each copy the scan of the transcript it copies (spaCy's findings depend only on
the text: the copy's candidates are the original's, with the copy's segment ids), kept in the scan's
memo as a scan of the copy would be. Everything after that runs for real on the ten thousand workshops:
the gate, training, a prediction job per shard (every copy is predicted: the memo is keyed by workshop),
the merge, summarise, review, REFI export and double coding. Figures and report are left out: they draw a
codeline per workshop, about 0.4 s each (over an hour for ten thousand), and hold only the summary tables
besides one figure at a time.

The grown study is the demo itself (copy 0: every file, code and override as it is) plus ``factor - 1``
copies of each demo workshop, written as plain-text transcripts whose sentences are shuffled within
each turn (seeded), so no two transcripts are the same text and nothing is trivially cached. The
copies are more rounds of the same groups, uncoded: a bigger study codes a sample by hand and leaves
the rest to the model, so the training set stays the demo's 1,237 human-reviewed segments.

Every figure comes from the run itself: wall time of the run, and each job's wall time and peak
memory (max RSS) from Snakemake's benchmark files. The study is run as a researcher runs it
(``python -m pipeline run``, each job forked from the warm server, see ``pipeline/job.py``); with
``--cold`` every job starts a Python of its own. Memory is printed for cold runs only (``--memory`` is
always cold): Snakemake measures the job's own processes, and a warm job's work is done by the server's
child. Paste the printed rows into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from pipeline.config import load_config  # noqa: E402
from pipeline.transcripts import label_regex, read_transcript  # noqa: E402

SENTENCE = re.compile(r"(?<=[.!?])\s+")
HEADER = (
    "SYNTHETIC TRANSCRIPT - a shuffled copy of demo workshop {source} for the scale benchmark. "
    "No real participants.\n\n"
)


def varied_turn(text: str, rng: random.Random) -> str:
    """The turn's sentences in another order, on one line: same words, same speaker, another text."""
    sentences = SENTENCE.split(" ".join(text.split()))
    rng.shuffle(sentences)
    return " ".join(sentences)


def grow(source: Path, out: Path, factor: int, seed: int = 20170213) -> int:
    """Write the grown study into ``out`` (config, codebook and the demo's raw data included); returns
    the number of workshops."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(source / "config", out / "config")
    shutil.copytree(source / "data" / "raw", out / "data" / "raw")
    # shuffled sentences put words where the gate rightly asks about them ("[laughter] Swearing's
    # allowed."): the grown study redacts them, so the gate does all its work and the run goes on
    config_file = out / "config" / "config.yaml"
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("mode: stop", "mode: redact"), encoding="utf-8"
    )
    config = load_config(source / "config" / "config.yaml")
    labels = label_regex(config["ingest"]["speaker_pattern"])
    transcripts = out / "data" / "raw" / "transcripts"
    with (source / "data" / "raw" / "workshops.csv").open(encoding="utf-8") as handle:
        workshops = list(csv.DictReader(handle))
    rows = list(workshops)
    demo = sorted(path for path in (source / "data" / "raw" / "transcripts").iterdir() if path.is_file())
    rng = random.Random(seed)
    for path in demo:
        transcript = read_transcript(path, labels, 20_000_000)
        meta = next(row for row in workshops if row["workshop_id"] == path.stem)
        for copy in range(1, factor):
            workshop_id = f"{path.stem}r{copy:04d}"
            lines = [HEADER.format(source=path.stem)]
            for turn in transcript.turns:
                lines.append(f"{turn.speaker}: {varied_turn(transcript.text[turn.start : turn.end], rng)}\n")
            (transcripts / f"{workshop_id}.txt").write_text("".join(lines), encoding="utf-8")
            rows.append({**meta, "workshop_id": workshop_id})
    with (out / "data" / "raw" / "workshops.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(workshops[0]))
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda row: row["workshop_id"]))
    return len(rows)


def add_workshop(out: Path, seed: int = 1) -> str:
    """One more workshop: a new shuffled copy of the first demo transcript written as text."""
    transcripts = out / "data" / "raw" / "transcripts"
    first = next(path for path in sorted(transcripts.iterdir()) if path.suffix == ".txt" and "r" not in path.stem)
    config = load_config(out / "config" / "config.yaml")
    transcript = read_transcript(first, label_regex(config["ingest"]["speaker_pattern"]), 20_000_000)
    rng = random.Random(seed)
    workshop_id = f"{first.stem}new" if seed == 1 else f"{first.stem}new{seed}"  # another seed, another workshop
    lines = [HEADER.format(source=first.stem)]
    lines += [
        f"{turn.speaker}: {varied_turn(transcript.text[turn.start : turn.end], rng)}\n" for turn in transcript.turns
    ]
    (transcripts / f"{workshop_id}.txt").write_text("".join(lines), encoding="utf-8")
    workshops = out / "data" / "raw" / "workshops.csv"
    with workshops.open(encoding="utf-8") as handle:
        meta = next(row for row in csv.DictReader(handle) if row["workshop_id"] == first.stem)
    with workshops.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, fieldnames=list(meta)).writerow({**meta, "workshop_id": workshop_id})
    return workshop_id


def replicate(out: Path, replicas: int) -> list[str]:
    """Add ``replicas - 1`` byte-for-byte copies of every transcript under new workshop ids (``<id>c<k>``);
    returns the copies' ids."""
    transcripts = out / "data" / "raw" / "transcripts"
    workshops_file = out / "data" / "raw" / "workshops.csv"
    with workshops_file.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_id = {row["workshop_id"]: row for row in rows}
    copies = []
    for path in sorted(p for p in transcripts.iterdir() if p.is_file()):
        for k in range(1, replicas):
            copy = f"{path.stem}c{k:03d}"
            shutil.copyfile(path, transcripts / f"{copy}{path.suffix}")
            rows.append({**by_id[path.stem], "workshop_id": copy})
            copies.append(copy)
    with workshops_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda row: row["workshop_id"]))
    return copies


def seed_scans(out: Path, originals: dict[str, tuple[bytes, bytes]]) -> int:
    """Keep, for every copy, the scan of the transcript it copies, as the scan's memo would keep a scan of the
    copy itself; returns how many were kept. ``originals``: each original workshop's kept candidates
    (Parquet) and vocabulary (text), from ``kept_scans``."""
    import io

    import pandas as pd

    from pipeline.anonymity import scan_key, scanned_rows

    settings = scan_settings_of(out)
    seeded = 0
    for shard in sorted((out / "data" / "interim" / "shards").iterdir()):
        memo = out / "data" / "interim" / "cache" / "anonymity_scan" / shard.name
        memo.mkdir(parents=True, exist_ok=True)
        segments = scanned_rows([shard / "segments.parquet"], [shard / "sources"])
        for workshop_id, rows in segments.groupby("workshop_id", sort=True):
            original = re.sub(r"c\d{3}$", "", str(workshop_id))
            if original == workshop_id:
                continue
            candidates, vocabulary = originals[original]
            found = pd.read_parquet(io.BytesIO(candidates))
            found["segment_id"] = str(workshop_id) + found["segment_id"].str.removeprefix(original)
            key = scan_key(settings, str(workshop_id), rows)
            found.to_parquet(memo / f"{key}.parquet", index=False)
            (memo / f"{key}.txt").write_bytes(vocabulary)
            seeded += 1
    return seeded


def kept_scans(out: Path) -> dict[str, tuple[bytes, bytes]]:
    """Each scanned workshop's candidates and vocabulary, from the scan's memo."""
    from pipeline.anonymity import scan_key, scanned_rows

    settings = scan_settings_of(out)
    kept = {}
    for shard in sorted((out / "data" / "interim" / "shards").iterdir()):
        memo = out / "data" / "interim" / "cache" / "anonymity_scan" / shard.name
        for workshop_id, rows in scanned_rows([shard / "segments.parquet"], [shard / "sources"]).groupby("workshop_id"):
            key = scan_key(settings, str(workshop_id), rows)
            kept[str(workshop_id)] = ((memo / f"{key}.parquet").read_bytes(), (memo / f"{key}.txt").read_bytes())
    return kept


def scan_settings_of(out: Path) -> list[str]:
    from pipeline.anonymity import allowed_words, scan_settings

    config = load_config(out / "config" / "config.yaml")
    allowed = allowed_words(config["ingest"]["speaker_pattern"], config["anonymity"]["allow"])
    return scan_settings(config["spacy_model"], config["anonymity"]["entity_labels"], allowed)


def snakemake(out: Path, cores: int, *extra: str, cold: bool = False) -> tuple[float, str]:
    """Run the workflow on the grown study as a researcher does (``python -m pipeline run``, with its
    warm server unless ``cold``); wall seconds and Snakemake's output."""
    command = [sys.executable, "-m", "pipeline", "run", "--project", str(out), "--snakefile"]
    command += [str(PROJECT / "Snakefile"), "--cores", str(cores), *(["--cold"] if cold else [])]
    command += ["--", *extra] if extra else []
    started = time.perf_counter()
    result = subprocess.run(command, cwd=out, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"the run failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return seconds, result.stdout + result.stderr


def jobs_run(output: str) -> dict[str, int]:
    """Snakemake's job counts by rule, from the 'Job stats' table it prints."""
    counts: dict[str, int] = {}
    block = output.split("Job stats:", 1)[1] if "Job stats:" in output else ""
    for line in block.splitlines()[3:]:
        parts = line.split()
        if len(parts) != 2 or not parts[1].isdigit():
            break
        counts[parts[0]] = int(parts[1])
    counts.pop("total", None)
    return counts


def stage_figures(out: Path, since: float) -> dict[str, tuple[int, float, float]]:
    """Per rule: jobs, summed wall seconds, largest peak memory (MB), from the benchmark files this run wrote."""
    figures: dict[str, tuple[int, float, float]] = {}
    for path in sorted((out / "benchmarks" / "results").rglob("*.tsv")):
        if path.stat().st_mtime < since:
            continue
        rule = path.parent.name if path.parent.name != "results" else path.stem
        with path.open(encoding="utf-8") as handle:
            row = next(csv.DictReader(handle, delimiter="\t"))
        jobs, seconds, peak = figures.get(rule, (0, 0.0, 0.0))
        rss = float(row["max_rss"]) if row["max_rss"] not in ("-", "NA") else 0.0
        figures[rule] = (jobs + 1, seconds + float(row["s"]), max(peak, rss))
    return figures


def print_stages(figures: dict[str, tuple[int, float, float]], cold: bool) -> None:
    """The stages' rows. Snakemake measures a job's memory on the job's own processes: with the warm server
    those are only the client that hands the job over, so memory is printed for cold runs only."""
    print("| stage | jobs | summed job seconds | peak memory of one job (MB) |")
    print("|---|---|---|---|")
    for rule, (jobs, seconds, peak) in figures.items():
        print(f"| {rule} | {jobs} | {seconds:.1f} | {f'{peak:.0f}' if cold else '(run with --cold)'} |")


def segments_in(out: Path) -> int:
    import pandas as pd

    return len(pd.read_parquet(out / "data" / "processed" / "segments.parquet", columns=["segment_id"]))


def memory_run(out: Path, cores: int, replicas: int, gate_only: bool = False) -> int:
    """The grown study scanned for real, then copied ``replicas`` times (see the module's notes); with
    ``gate_only``, the run after the copies stops at the anonymity gate."""
    seconds, _ = snakemake(out, cores, "--until", "anonymity_scan", cold=True)
    originals = kept_scans(out)
    print(f"scanned {len(originals)} workshops in {seconds:.1f} s")
    copies = replicate(out, replicas)
    seconds, _ = snakemake(out, cores, "--until", "ingest", cold=True)
    seeded = seed_scans(out, originals)
    print(f"{len(copies)} copies added and ingested in {seconds:.1f} s; the scans of {seeded} copies kept")
    since = time.time() - 1
    targets = ["anonymity_gate"] if gate_only else ["summarise", "review", "refi", "double_coding"]
    seconds, output = snakemake(out, cores, *targets, cold=True)
    segments = segments_in(out)
    print(
        f"\n{len(originals) + len(copies)} workshops, {segments} segments: {' and '.join(targets)} in "
        f"{seconds:.1f} s on {cores} cores; jobs: {jobs_run(output)}"
    )
    print_stages(stage_figures(out, since), cold=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factor", type=int, required=True, help="copies of each demo workshop (1 = the demo)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the grown study (replaced)")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--shards", type=int, help="scale.shards for the grown study (default: the config's)")
    parser.add_argument("--dag-only", action="store_true", help="only time Snakemake's planning of the jobs")
    parser.add_argument("--speedup", action="store_true", help="time the shard stages on 1 core, then on --cores")
    parser.add_argument("--memory", action="store_true", help="peak memory with --replicas copies of each workshop")
    parser.add_argument("--replicas", type=int, default=1, help="with --memory: copies of every grown workshop")
    parser.add_argument("--gate-only", action="store_true", help="with --memory: stop at the anonymity gate")
    parser.add_argument(
        "--cold", action="store_true", help="full and incremental runs without the warm server (each job's memory)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    workshops = grow(PROJECT, args.out, args.factor)
    print(f"grown study: {workshops} workshops in {time.perf_counter() - started:.1f} s, {args.out}")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if args.shards:
        config = args.out / "config" / "config.yaml"
        text = re.sub(r"shards: \d+", f"shards: {args.shards}", config.read_text(encoding="utf-8"))
        config.write_text(text, encoding="utf-8")
    if args.dag_only:
        seconds, output = snakemake(args.out, args.cores, "--dry-run", "--quiet", "rules")
        print(f"planning the jobs for {workshops} workshops (snakemake --dry-run): {seconds:.1f} s")
        print(f"jobs planned: {jobs_run(output) or output[-500:]}")
        return 0
    if args.speedup:
        shard_rules = ["--until", "anonymity_gate", "--forcerun", "ingest", "anonymity_scan"]
        snakemake(args.out, args.cores, "--until", "anonymity_gate")
        # the scan's memo would skip the work being timed
        shutil.rmtree(args.out / "data" / "interim" / "cache" / "anonymity_scan")
        one, _ = snakemake(args.out, 1, *shard_rules)
        shutil.rmtree(args.out / "data" / "interim" / "cache" / "anonymity_scan")
        two, _ = snakemake(args.out, args.cores, *shard_rules)
        print(
            f"ingest + anonymity scan shards + gate, {workshops} workshops: 1 core {one:.1f} s, "
            f"{args.cores} cores {two:.1f} s, speedup {one / two:.2f}x"
        )
        return 0
    if args.memory:
        return memory_run(args.out, args.cores, args.replicas, args.gate_only)
    since = time.time() - 1
    full, output = snakemake(args.out, args.cores, cold=args.cold)
    segments = segments_in(args.out)
    how = "cold: every job in a Python of its own" if args.cold else "warm server"
    print(
        f"\nfull run ({how}): {workshops} workshops, {segments} segments, {full:.1f} s on {args.cores} cores "
        f"({segments / full:.0f} segments/s end to end)"
    )
    print_stages(stage_figures(args.out, since), args.cold)
    added = add_workshop(args.out)
    since = time.time() - 1
    again, output = snakemake(args.out, args.cores, cold=args.cold)
    print(f"\nadding workshop {added}: {again:.1f} s, {again / full:.1%} of the full run; jobs: {jobs_run(output)}")
    print_stages(stage_figures(args.out, since), args.cold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
