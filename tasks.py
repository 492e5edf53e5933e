#!/usr/bin/env python3
"""Set up and run the project with nothing but Python 3.11+ and pip.

    python3 tasks.py run    # make .venv, install the locked packages, run the pipeline on data/raw/
    python3 tasks.py test   # the same set-up, then lint, format and type checks, the docs build and the test suite

Set-up is skipped when .venv already holds the locked versions (a stamp records the lock's hash).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

PROJECT = Path(__file__).resolve().parent
VENV = PROJECT / ".venv"
LOCK = PROJECT / "requirements.lock"
BIN = VENV / ("Scripts" if sys.platform == "win32" else "bin")
PYTHON = BIN / ("python.exe" if sys.platform == "win32" else "python")


def sh(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run(
        [str(part) for part in command], cwd=PROJECT, check=True, env=None if env is None else {**os.environ, **env}
    )


def setup() -> None:
    """A virtual environment with exactly the locked packages and the project installed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    stamp = VENV / "lock.sha256"
    wanted = hashlib.sha256(LOCK.read_bytes() + (PROJECT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text().strip() == wanted:
        return
    if not PYTHON.is_file():
        venv.create(VENV, with_pip=True)
    sh(PYTHON, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", LOCK)
    sh(PYTHON, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "-e", PROJECT)
    stamp.write_text(wanted + "\n")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    try:
        setup()
        if argv[0] == "run":
            sh(PYTHON, "-m", "pipeline", "run", *argv[1:])
        elif argv[0] == "test":
            sh(BIN / "ruff", "check", ".")
            sh(BIN / "ruff", "format", "--check", ".")
            sh(BIN / "snakefmt", "--check", "Snakefile", "rules")
            sh(BIN / "snakemake", "--lint")
            sh(BIN / "mypy")
            # the docs site (mkdocs.yml), built only to check it: any warning, such as a broken link or anchor, fails;
            # Material's banner about its end of life (May 2027) is said once in docs/development.md, not every run
            with tempfile.TemporaryDirectory() as site:
                sh(BIN / "mkdocs", "build", "--strict", "--quiet", "--site-dir", site, env={"NO_MKDOCS_2_WARNING": "1"})
            sh(PYTHON, "-m", "pytest", *argv[1:])
    except subprocess.CalledProcessError as error:
        return error.returncode or 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
