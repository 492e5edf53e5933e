"""Start a study: a folder of its own with its settings, the coding scheme and the places for its data.

    python -m pipeline new-study ../my-study [--transcripts ~/interviews] [--title "..."]

Writes ``config/config.yaml`` (every setting with its default and what it does, from the settings' schema, so the
file and the schema cannot disagree), ``config/codebook.yaml`` (the coding scheme of the study this project grows
from, six characteristics and five tensions, to edit or replace: ``python -m pipeline taguette`` and ``refi
import`` build one from another tool's export), ``config/figures.mplstyle``, ``data/raw/transcripts/`` (with copies
of the ``--transcripts`` files, if given), ``data/raw/workshops.csv`` (a row per transcript, its other columns to
fill in) and ``README.md``, the study's next steps. A folder that holds anything already is left alone.
Then, from any folder: ``python -m pipeline run --project ../my-study`` (the path to the study).
"""

from __future__ import annotations

import argparse
import shutil
import textwrap
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import load_config, load_schema
from pipeline.errors import StudyError, run_stage
from pipeline.tables import write_text
from pipeline.transcripts import SUFFIXES

PROJECT = Path(__file__).resolve().parent.parent


def described(value: Any, schema: dict[str, Any], indent: int = 0) -> list[str]:
    """The YAML lines of a settings section: each key with its description from the schema as a comment above it."""
    lines = []
    pad = " " * indent
    for key, setting in value.items():
        about = " ".join(str(schema.get("properties", {}).get(key, {}).get("description", "")).split())
        lines += [f"{pad}# {line}" for line in textwrap.wrap(about, 116 - indent)]
        child = schema.get("properties", {}).get(key, {})
        if isinstance(setting, dict) and setting and child.get("properties"):
            lines.append(f"{pad}{key}:")
            lines += described(setting, child, indent + 2)
        elif isinstance(setting, dict) and setting:  # a mapping of the study's own (roles_by_prefix): one per line
            dumped = yaml.safe_dump({key: setting}, allow_unicode=True, sort_keys=False, width=10**6)
            lines += [pad + line for line in dumped.rstrip("\n").split("\n")]
        else:
            dumped = yaml.safe_dump({key: setting}, allow_unicode=True, default_flow_style=True, width=10**6)
            lines.append(pad + dumped.strip().removeprefix("{").removesuffix("}"))
    return lines


def settings_file(title: str | None) -> str:
    """``config/config.yaml`` of a new study: the schema's defaults, each with its description."""
    schema = load_schema("config.schema.yaml")
    settings = load_config_defaults()
    if title:
        settings["report"]["title"] = title
    head = [
        "# The study's settings. Every key is here with its default; change what your study needs.",
        "# Described in full in the project's pipeline/schemas/config.schema.yaml; checked before every run.",
    ]
    return "\n".join([*head, *described(settings, schema)]) + "\n"


def load_config_defaults() -> dict[str, Any]:
    """Every setting at its default: an empty settings file, validated, filled from the schema."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "config.yaml"
        empty.write_text("{}\n", encoding="utf-8")
        return load_config(empty)


NEXT_STEPS = """# {name}

A study of the workshop-coding pipeline, made by `python -m pipeline new-study`. Run the commands below from any
folder, giving this study's folder with `--project`, as they do; or from this folder, leaving `--project` out.
(The pipeline itself is in {project}.)

1. Put one transcript per workshop in `data/raw/transcripts/` ({formats}). Fill in `data/raw/workshops.csv`:
   a row per transcript; `group` and `stakeholder` (members, facilitators, commissioners, mixed, or the
   study's own word) and `date` (YYYY-MM-DD) where the study has them, or delete a column the study has no use for.
2. Say how the transcripts name their speakers (`ingest.speaker_pattern`, `ingest.roles_by_prefix`) and where
   their headers end (`ingest.header_lines`) in `config/config.yaml`; edit `config/codebook.yaml`, or bring the
   codebook and coding you have with `python -m pipeline taguette` or `python -m pipeline refi import`.
3. `python -m pipeline run --project {path}`: ingest and the anonymity gate run, and a first run with no coding
   stops at training with one line.
4. Code the first round: `python -m pipeline coding-sheet write --coder coder_a --project {path}`, fill in
   `reports/coding/coder_a.xlsx`, then `python -m pipeline coding-sheet read --coder coder_a --project {path}`.
5. Run again: the model codes the rest and `reports/evaluation_report.html` appears. Then the review queue
   (`reports/review/queue.xlsx`) and the audit sample, coded blind before anyone reads a number:
   `python -m pipeline coding-sheet write --coder coder_c --sample audit --project {path}`, then `read` the same
   way. A second coder double-codes a sample with `--sample double-coding`.
"""


# what to do with a transcript in a format the pipeline does not read
CONVERT = {
    ".rtf": "save it as .docx (Word or LibreOffice: Save As)",
    ".doc": "save it as .docx (Word or LibreOffice: Save As)",
    ".pages": "export it as .docx (Pages: File > Export To > Word)",
    ".pdf": "export its text as .docx or .txt (the pipeline reads no PDF: its line breaks and columns are lost)",
    ".html": "save it as .txt or .docx",
    ".htm": "save it as .txt or .docx",
    ".json": "export the transcript as .txt, .vtt or .csv from the tool that wrote it",
    ".xls": "save it as .xlsx",
    ".ods": "save it as .xlsx",
}


def transcript_files(source: Path) -> list[Path]:
    """The transcript files in ``source`` (not its subfolders), checked before anything is made."""
    if not source.is_dir():
        raise StudyError(f"{source}: folder not found; give the folder that holds the transcripts")
    # a file not read would be left behind with no word (the thirteenth issue-18 trial's .rtf: "7 transcript(s)"
    # said of a folder of 8): stop, naming each and what to do, before anything is made; hidden files and Word's
    # lock files ("~$name.docx") are no one's transcript
    others = sorted(
        p for p in source.iterdir()
        if p.is_file() and p.suffix.lower() not in SUFFIXES and not p.name.startswith((".", "~$"))
    )  # fmt: skip
    if others:
        said = "; ".join(f"{p.name}: {CONVERT.get(p.suffix.lower(), 'not a transcript format')}" for p in others[:10])
        more = f" (and {len(others) - 10} more)" if len(others) > 10 else ""
        raise StudyError(
            f"{source}: {len(others)} file(s) the pipeline does not read: {said}{more}; convert them or move them out "
            f"of the folder, and run again (it reads {', '.join(SUFFIXES)})"
        )
    files = sorted(
        p for p in source.iterdir()
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~$"))
    )  # fmt: skip
    if not files:
        raise StudyError(f"{source}: no transcripts ({', '.join(SUFFIXES)}); give the folder that holds them")
    return files


def new_study(folder: Path, transcripts: Path | None, title: str | None) -> list[str]:
    """The study's folder, made; the workshop ids of the transcripts copied in."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise StudyError(f"{folder}: already exists and is not empty; give a new folder for the study")
    files = transcript_files(transcripts) if transcripts else []
    (folder / "config").mkdir(parents=True, exist_ok=True)
    (folder / "data" / "raw" / "transcripts").mkdir(parents=True)
    write_text(settings_file(title), folder / "config" / "config.yaml")
    shutil.copyfile(PROJECT / "config" / "codebook.yaml", folder / "config" / "codebook.yaml")
    shutil.copyfile(PROJECT / "config" / "figures.mplstyle", folder / "config" / "figures.mplstyle")
    for path in files:
        shutil.copy2(path, folder / "data" / "raw" / "transcripts" / path.name)
    ids = [unicodedata.normalize("NFC", path.stem) for path in files]  # as ingest reads a file's name
    write_text(
        "workshop_id,group,stakeholder,date\n" + "".join(f"{i},,,\n" for i in ids), folder / "data/raw/workshops.csv"
    )
    # headed by the study's title where one is given (the fourteenth issue-18 trial's read "# study")
    steps = NEXT_STEPS.format(name=title or folder.name, project=PROJECT, path=folder, formats=", ".join(SUFFIXES))
    write_text(steps, folder / "README.md")
    return ids


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.new_study", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="the study's folder, new or empty")
    parser.add_argument("--transcripts", type=Path, help="a folder of transcripts to copy in, one file per workshop")
    parser.add_argument("--title", help="the report's title (report.title; default: the peer-support evaluation's)")
    args = parser.parse_args(argv)
    ids = new_study(args.folder, args.transcripts, args.title)
    print(
        f"new study in {args.folder}: settings, codebook and {len(ids)} transcript(s) with their rows in "
        f"data/raw/workshops.csv; next steps in {args.folder / 'README.md'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
