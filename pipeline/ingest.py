"""Ingest: workshop transcripts into one table of segments.

Takes the transcripts (one file per workshop, file stem = workshop id) and ``workshops.csv``;
makes ``segments.parquet`` and a per-file ingest report. The unit of analysis is the speaker turn;
a turn longer than ``max_segment_chars`` is split at spaCy sentence boundaries. Every segment keeps
its character offsets into the normalised source text, so ``text == source[start:end]``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import StudyError, run_stage
from pipeline.tables import read_workshops, write_csv, write_parquet

TEXT_SUFFIXES = (".txt", ".md")
SEGMENT_COLUMNS = (
    "segment_id",
    "workshop_id",
    "turn",
    "part",
    "speaker",
    "role",
    "line",
    "start",
    "end",
    "timestamp",
    "text",
    "fingerprint",
)


@dataclass(frozen=True)
class Turn:
    """One speaker turn: its speaker and the span of its speech in the normalised source."""

    speaker: str
    start: int
    end: int
    line: int
    timestamp: str


def decode(raw: bytes, source: Path) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252, as Word saves it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise StudyError(f"{source}: not UTF-8 or Windows-1252 text; save it as UTF-8") from None


def normalise(text: str) -> str:
    """The text that offsets point into: LF line endings and Unicode NFC."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def label_regex(speaker_pattern: str) -> re.Pattern[str]:
    """A speaker label at the start of a line: ``P1:``, ``[P1]``, ``P1 (00:12:03):``."""
    time = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
    return re.compile(
        rf"^[ \t]*(?:\[(?P<bracketed>{speaker_pattern})\][ \t]*:?"
        rf"|(?P<plain>{speaker_pattern})(?:[ \t]*\((?P<time>{time})\))?[ \t]*:)",
        re.MULTILINE,
    )


def parse_turns(text: str, labels: re.Pattern[str]) -> tuple[list[Turn], int]:
    """Speaker turns of a normalised transcript, and the number of preamble lines before them.

    A turn runs from its label to the next label; its span excludes the label and the
    surrounding whitespace, so line breaks inside a long turn stay part of it.
    """
    matches = list(labels.finditer(text))
    if not matches:
        return [], 0
    preamble = text[: matches[0].start()]
    preamble_lines = sum(1 for line in preamble.splitlines() if line.strip())
    turns = []
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : stop]
        lead = len(body) - len(body.lstrip())
        start = match.end() + lead
        end = match.end() + len(body.rstrip())
        speaker = match.group("bracketed") or match.group("plain")
        turns.append(
            Turn(
                speaker=speaker,
                start=start,
                end=max(start, end),
                line=text.count("\n", 0, start) + 1,
                timestamp=match.group("time") or "",
            )
        )
    return turns, preamble_lines


def pack_sentences(sentences: Sequence[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    """Group consecutive sentence spans into segments of at most ``max_chars`` where possible.

    A single sentence longer than the limit stays whole: splitting mid-sentence would cut a coded
    thought in two.
    """
    segments: list[tuple[int, int]] = []
    for start, end in sentences:
        if segments and end - segments[-1][0] <= max_chars:
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return segments


def sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of a spaCy doc's sentences, trimmed of surrounding whitespace."""
    spans = []
    for sentence in doc.sents:
        text = sentence.text
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        end = sentence.start_char + len(text.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def fingerprint(text: str) -> str:
    """Short SHA-256 of a segment's text: overrides use it to notice that the text changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def role_of(speaker: str, roles_by_prefix: dict[str, str]) -> str | None:
    prefix = re.match(r"[^\d]*", speaker)
    return roles_by_prefix.get(prefix.group(0).strip() if prefix else speaker)


def segment_transcript(
    text: str,
    workshop_id: str,
    source: Path,
    nlp: Any,
    labels: re.Pattern[str],
    roles_by_prefix: dict[str, str],
    max_chars: int,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The segments of one normalised transcript and its counts for the ingest report."""
    turns, preamble_lines = parse_turns(text, labels)
    if not turns:
        raise StudyError(
            f"{source}: no speaker turns found; each turn must start a line with a pseudonym "
            "label such as 'P1:', '[P1]' or 'P1 (00:12:03):' (see ingest.speaker_pattern)"
        )
    long_turns = [turn for turn in turns if turn.end - turn.start > max_chars]
    sentences = {
        turn: sentence_spans(doc)
        for turn, doc in zip(long_turns, nlp.pipe(text[t.start : t.end] for t in long_turns), strict=True)
    }
    rows = []
    for number, turn in enumerate(turns, start=1):
        role = role_of(turn.speaker, roles_by_prefix)
        if role is None:
            raise StudyError(
                f"{source} line {turn.line}: speaker '{turn.speaker}' has no role; add the letters "
                "of the pseudonym to ingest.roles_by_prefix in config/config.yaml"
            )
        if turn.end == turn.start:
            continue  # a label with no speech: counted as a turn, yields no segment
        if turn in sentences:
            spans = [(turn.start + s, turn.start + e) for s, e in pack_sentences(sentences[turn], max_chars)]
        else:
            spans = [(turn.start, turn.end)]
        for part, (start, end) in enumerate(spans, start=1):
            segment_text = text[start:end]
            rows.append(
                {
                    "segment_id": f"{workshop_id}-{number:04d}-{part:02d}",
                    "workshop_id": workshop_id,
                    "turn": number,
                    "part": part,
                    "speaker": turn.speaker,
                    "role": role,
                    "line": text.count("\n", 0, start) + 1,
                    "start": start,
                    "end": end,
                    "timestamp": turn.timestamp,
                    "text": segment_text,
                    "fingerprint": fingerprint(segment_text),
                }
            )
    spoken = sum(len("".join(text[t.start : t.end].split())) for t in turns)
    kept = sum(len("".join(str(row["text"]).split())) for row in rows)
    if spoken != kept:  # an invariant of the splitting, checked so a bug cannot drop speech silently
        raise RuntimeError(f"{source}: {spoken} spoken characters but {kept} in segments")
    report = {
        "workshop_id": workshop_id,
        "file": source.name,
        "preamble_lines": preamble_lines,
        "turns": len(turns),
        "segments": len(rows),
        "spoken_characters": spoken,
    }
    return rows, report


def transcript_ids(transcripts: Sequence[Path]) -> dict[str, Path]:
    """Workshop id (file stem) of each transcript; two files for one workshop is an error."""
    by_id: dict[str, Path] = {}
    for path in sorted(transcripts):
        if path.suffix.lower() not in TEXT_SUFFIXES:
            raise StudyError(f"{path}: format '{path.suffix}' is not supported; use one of {', '.join(TEXT_SUFFIXES)}")
        if path.stem in by_id:
            raise StudyError(
                f"{path}: workshop '{path.stem}' also has {by_id[path.stem].name}; keep one file per workshop"
            )
        by_id[path.stem] = path
    return by_id


def check_metadata(by_id: dict[str, Path], workshops: pd.DataFrame, workshops_path: Path) -> None:
    """Every transcript has a metadata row and every metadata row has a transcript."""
    listed = set(workshops["workshop_id"])
    for workshop_id, path in by_id.items():
        if workshop_id not in listed:
            raise StudyError(
                f"{path}: workshop '{workshop_id}' has no row in {workshops_path}; add its group, stakeholder and date"
            )
    for index, workshop_id in enumerate(workshops["workshop_id"]):
        if workshop_id not in by_id:
            raise StudyError(
                f"{workshops_path} row {index + 2}: workshop '{workshop_id}' has no transcript; add "
                "the file or remove the row"
            )


def load_nlp(model: str) -> Any:
    """The installed spaCy pipeline, for sentence boundaries only (its NER is the gate's job)."""
    import spacy  # imported here: the CLI's --help should not pay spaCy's start-up

    try:
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError:
        raise StudyError(
            f"spaCy pipeline '{model}' is not installed; install the project (pip install -e .) "
            "or set spacy_model in config/config.yaml"
        ) from None


def ingest(
    transcripts: Sequence[Path],
    workshops_path: Path,
    nlp: Any,
    speaker_pattern: str,
    roles_by_prefix: dict[str, str],
    max_chars: int,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All transcripts into the segments table and the per-file ingest report."""
    if not transcripts:
        raise StudyError("no transcripts found in data/raw/transcripts; add one file per workshop")
    by_id = transcript_ids(transcripts)
    check_metadata(by_id, read_workshops(workshops_path), workshops_path)
    try:
        labels = label_regex(speaker_pattern)
    except re.error as error:
        raise StudyError(f"config key 'ingest.speaker_pattern' is not a valid regular expression: {error}") from None
    rows: list[dict[str, Any]] = []
    reports = []
    for workshop_id, path in sorted(by_id.items()):
        text = normalise(decode(path.read_bytes(), path))
        segments, report = segment_transcript(text, workshop_id, path, nlp, labels, roles_by_prefix, max_chars)
        rows.extend(segments)
        reports.append(report)
    segments_table = pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))
    return segments_table, pd.DataFrame(reports)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.ingest", description=__doc__)
    parser.add_argument("--transcripts", type=Path, nargs="*", default=[], help="transcript files")
    parser.add_argument("--workshops", type=Path, required=True, help="workshops.csv")
    parser.add_argument("--spacy-model", required=True)
    parser.add_argument("--speaker-pattern", required=True)
    parser.add_argument("--role", action="append", default=[], metavar="PREFIX=ROLE")
    parser.add_argument("--max-segment-chars", type=int, required=True)
    parser.add_argument("--segments", type=Path, required=True, help="output segments.parquet")
    parser.add_argument("--report", type=Path, required=True, help="output per-file ingest report (CSV)")
    args = parser.parse_args(argv)
    roles = dict(item.split("=", 1) for item in args.role)
    segments, report = ingest(
        args.transcripts,
        args.workshops,
        load_nlp(args.spacy_model),
        args.speaker_pattern,
        roles,
        args.max_segment_chars,
    )
    write_parquet(segments, args.segments)
    write_csv(report, args.report)
    for row in report.itertuples():
        print(f"{row.file}: {row.turns} turns read, {row.segments} segments written")
    print(f"total: {int(report['turns'].sum())} turns, {len(segments)} segments from {len(report)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
