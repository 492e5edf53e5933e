"""Memo: a stage's outputs kept under a key made of everything they were computed from.

Snakemake reruns every job downstream of a job that ran, by time stamps: adding one workshop reruns
the anonymity gate, and with it training, although the human codes and the texts of the coded
segments are the same. A stage that is expensive and depends on a small part of its inputs computes
a key from exactly that part and, when the key is known, restores the outputs it made last time
instead of making them again. Same key, same bytes: the memo never changes a result, only skips work.

The memo lives in ``data/interim/cache/<stage>/<key>/``; deleting that folder only costs time.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.tables import atomic

PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_digest() -> bytes:
    """The hash of the package's own code, read once a process: stages take a key per workshop."""
    digest = hashlib.sha256()
    for source in sorted(PACKAGE.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.digest()


def memo_key(parts: Iterable[bytes | str]) -> str:
    """A key for the given parts, and for the package's own code, which may change what they give."""
    digest = hashlib.sha256(code_digest())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        # length-prefixed, so ("ab", "c") and ("a", "bc") give different keys
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:20]


def restore(cache: Path, key: str, outputs: Sequence[Path]) -> bool:
    """Copy the outputs kept under ``key`` into place; False (nothing written) if they are not all kept."""
    kept = [cache / key / path.name for path in outputs]
    if not all(path.is_file() for path in kept):
        return False
    for source, target in zip(kept, outputs, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic(target) as partial:
            shutil.copyfile(source, partial)
    return True


def keep(cache: Path, key: str, outputs: Sequence[Path], last: int = 3) -> None:
    """Keep copies of the outputs under ``key``, and only the ``last`` most recent keys."""
    if len({path.name for path in outputs}) != len(outputs):
        raise ValueError("memoised outputs need distinct file names")
    folder = cache / key
    partial = cache / f".{key}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for path in outputs:
        shutil.copyfile(path, partial / path.name)
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)  # all outputs or none: a killed run never leaves half a memo
    folders = sorted((p for p in cache.iterdir() if p.is_dir() and not p.name.startswith(".")), key=mtime, reverse=True)
    for old in folders[last:]:
        shutil.rmtree(old, ignore_errors=True)


def mtime(path: Path) -> float:
    return path.stat().st_mtime


def forget_unused(folder: Path, used: set[str]) -> None:
    """Remove what a memo folder holds under names this run did not use (workshops gone or changed)."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and path.name not in used:
                path.unlink()
