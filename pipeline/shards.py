"""Shards: which batch of workshops a workshop's per-workshop work (ingest, anonymity scan) runs in.

A shard is one Snakemake job over a fixed subset of the workshops. Loading spaCy costs about two
seconds, more than the work on one workshop, so one job per workshop would spend most of its time
starting up; one job for the whole study could use one core only and would redo every workshop when
one is added. A workshop's shard is a hash of its id, not its place in a sorted list, so adding a
workshop changes the inputs of exactly one shard and leaves every other shard's outputs as they are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def shard_of(workshop_id: str, shards: int) -> str:
    """The shard a workshop belongs to, e.g. ``s03``: stable across runs, machines and study sizes."""
    if shards < 1:
        raise ValueError("scale.shards must be at least 1")
    number = int.from_bytes(hashlib.sha256(workshop_id.encode("utf-8")).digest()[:8], "big") % shards
    return f"s{number:0{len(str(shards - 1))}d}"


def by_shard(paths: Iterable[str | Path], shards: int) -> dict[str, list[str]]:
    """Transcript paths grouped by shard (file stem = workshop id); only shards with a workshop appear."""
    grouped: dict[str, list[str]] = {}
    for path in sorted(str(p) for p in paths):
        grouped.setdefault(shard_of(Path(path).stem, shards), []).append(path)
    return dict(sorted(grouped.items()))
