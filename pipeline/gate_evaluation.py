"""How well the anonymity gate finds identifiers: recall by kind, by line and by span, and false alarms.

A labelled set is a folder of transcripts (any format ingest reads) and ``labels.csv`` with one row
per planted identifier: ``file,line,kind,text``. Every whole-word occurrence of a labelled text, in
the same letter case, in that file's normalised source is an identifier of that kind: the sets are
written so (see ``benchmarks/anonymity/README.md``), which lets one table of labels serve .txt, .vtt and
.docx alike, whose lines the normalised text does not keep.

Scored on the normalised source text, which is everything a transcript gives the pipeline (header
lines and speaker labels included), so text the gate never looks at counts as missed:

- span recall: labelled identifiers whose every character a finding covers (a half-masked name leaks);
- line recall: lines of the source holding an identifier on which the gate raises any finding (in stop
  mode, the lines a person is sent to);
- false alarms per 1,000 words: findings that touch no labelled identifier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import StudyError

# what a scan function gets and gives: (segments, sources by workshop) -> findings with source offsets
Scan = Callable[[pd.DataFrame, dict[str, str]], pd.DataFrame]


class AnyRole(dict[str, str]):
    """Roles for an evaluation: every speaker has one, so a display name does not stop the reading."""

    def get(self, key: str, default: Any = None) -> str:
        return "member"


def read_set(folder: Path, config: dict[str, Any], splitter: Any) -> tuple[pd.DataFrame, dict[str, str]]:
    """The segments and normalised sources of every transcript in ``folder``, read as ingest reads them: the
    files ``labels.csv`` names (a set's other files, its scripts and lists of tricky strings, are not text to
    score)."""
    from pipeline.ingest import segment_transcript
    from pipeline.transcripts import Layout, arrange, label_regex, read_transcript

    settings = config["ingest"]
    labels = label_regex(settings["speaker_pattern"])
    # a set's sheets with columns of its own (a research repository's "Tags"), named as a study names them in
    # ingest.sheet_columns: in the set's sheet_columns.json, else the config's
    own = folder / "sheet_columns.json"
    columns = json.loads(own.read_text(encoding="utf-8")) if own.is_file() else settings.get("sheet_columns", {})
    rows: list[dict[str, Any]] = []
    sources = {}
    named = set(pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)["file"])
    missing = sorted(name for name in named if not (folder / name).is_file())
    if missing:
        raise StudyError(f"{folder / 'labels.csv'}: names '{missing[0]}', which is not in the folder")
    for path in sorted(folder / name for name in named):
        # text no label starts (a header) becomes a turn, scanned like speech
        # (a label the study's pattern misses is read as text of the turn before, not a stop: its text is scanned)
        read = read_transcript(path, labels, 10**8, columns=columns, check_labels=False)
        transcript = arrange(read, Layout(unlabelled="speaker"), path, False)
        segments, _ = segment_transcript(
            transcript, path.stem, path, splitter, AnyRole(), settings["roles_by_prefix"], settings["max_segment_chars"]
        )
        rows += segments
        sources[path.stem] = transcript.text
    return pd.DataFrame(rows), sources


def label_spans(sources: dict[str, str], labels: pd.DataFrame) -> pd.DataFrame:
    """Source offsets of every occurrence of each labelled text (whole words, same case)."""
    rows = []
    for (file, kind, text), group in labels.groupby(["file", "kind", "text"], sort=True):
        workshop_id = Path(str(file)).stem
        if workshop_id not in sources:
            raise StudyError(f"labels.csv: file '{file}' is not in the set")
        pattern = re.compile(rf"(?<!\w){re.escape(str(text))}(?!\w)")
        found = [m.span() for m in pattern.finditer(sources[workshop_id])]
        if not found:
            raise StudyError(f"labels.csv: '{kind}' on {file} line {group['line'].iloc[0]} is not in its text")
        rows += [{"workshop_id": workshop_id, "kind": kind, "start": a, "end": b} for a, b in found]
    spans = pd.DataFrame(rows, columns=["workshop_id", "kind", "start", "end"])
    return spans.drop_duplicates(["workshop_id", "start", "end"]).reset_index(drop=True)


def covered_characters(findings: pd.DataFrame) -> dict[str, set[int]]:
    covered: dict[str, set[int]] = {}
    for f in findings.to_dict("records"):
        covered.setdefault(str(f["workshop_id"]), set()).update(range(int(f["start"]), int(f["end"])))
    return covered


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def score(findings: pd.DataFrame, labels: pd.DataFrame, sources: dict[str, str], kinds: Iterable[str]) -> pd.DataFrame:
    """Recall per kind, and the set's span recall, line recall and false alarms per 1,000 words (attrs)."""
    covered = covered_characters(findings)
    found = [
        all(i in covered.get(str(row["workshop_id"]), set()) for i in range(int(row["start"]), int(row["end"])))
        for row in labels.to_dict("records")
    ]
    labels = labels.assign(found=found)
    labelled_at = {(str(r["workshop_id"]), i) for r in labels.to_dict("records") for i in range(r["start"], r["end"])}
    false_alarm = [
        not any((str(f["workshop_id"]), i) in labelled_at for i in range(int(f["start"]), int(f["end"])))
        for f in findings.to_dict("records")
    ]
    findings = findings.assign(false_alarm=false_alarm)
    rows = []
    for kind in sorted(set(kinds) | set(labels["kind"])):
        of_kind = labels[labels["kind"] == kind]
        rows.append(
            {
                "kind": kind,
                "labelled": len(of_kind),
                "found": int(of_kind["found"].sum()),
                "recall": round(float(of_kind["found"].mean()), 3) if len(of_kind) else float("nan"),
            }
        )
    table = pd.DataFrame(rows)
    lines_with = {
        (str(r["workshop_id"]), line_of(sources[r["workshop_id"]], r["start"])) for r in labels.to_dict("records")
    }
    lines_flagged = {
        (str(f["workshop_id"]), line)
        for f in findings.to_dict("records")
        for line in range(
            line_of(sources[f["workshop_id"]], f["start"]), line_of(sources[f["workshop_id"]], f["end"]) + 1
        )
    }
    words = sum(len(text.split()) for text in sources.values())
    table.attrs.update(
        labelled=len(labels),
        span_recall=round(float(labels["found"].mean()), 3),
        lines=len(lines_with),
        line_recall=round(len(lines_with & lines_flagged) / len(lines_with), 3),
        findings=len(findings),
        false_alarms=int(findings["false_alarm"].sum()),
        words=words,
        false_alarms_per_1000_words=round(1000 * int(findings["false_alarm"].sum()) / words, 2),
    )
    table.attrs["missed"] = labels[~labels["found"]]
    return table


def evaluate_set(folder: Path, config: dict[str, Any], splitter: Any, scan: Scan, kinds: Iterable[str]) -> pd.DataFrame:
    """Score ``scan`` on the labelled set in ``folder``."""
    segments, sources = read_set(folder, config, splitter)
    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    return score(scan(segments, sources), label_spans(sources, labels), sources, kinds)


def summary_line(title: str, table: pd.DataFrame) -> str:
    a = table.attrs
    return (
        f"{title}: {a['labelled']} identifiers on {a['lines']} lines, {a['words']} words; span recall "
        f"{a['span_recall']:.3f}, line recall {a['line_recall']:.3f}; {a['false_alarms']} false alarms "
        f"({a['false_alarms_per_1000_words']} per 1,000 words)"
    )
