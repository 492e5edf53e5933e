"""Ingest: workshop transcripts into one table of segments.

Takes the transcripts (one file per workshop, file stem = workshop id, in any format of
``pipeline.transcripts``), ``workshops.csv`` and an optional speakers table; makes
``segments.parquet``, the normalised source text of each workshop and a per-file ingest report. The
unit of analysis is the speaker turn; a turn longer than ``max_segment_chars`` is split at spaCy
sentence boundaries. Every segment keeps its character offsets into the normalised source text, so
``text == source[start:end]``.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import StudyError, StudyErrors, run_stage
from pipeline.memo import memo_key
from pipeline.tables import read_csv_table, read_workshops, spreadsheet_row, write_csv, write_parquet, write_text
from pipeline.transcripts import (
    Layout,
    Transcript,
    Turn,
    arrange,
    check_format,
    excludes,
    label_regex,
    read_transcript,
    tool_markup,
    visible,
    without,
)

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
    "timestamp_end",
    "text",
    "fingerprint",
)


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


def cut_overlong(text: str, spans: Sequence[tuple[int, int]], max_chars: int) -> tuple[list[tuple[int, int]], int]:
    """Spans more than twice ``max_chars`` long cut at whitespace into nearly equal parts of at most ``max_chars``,
    and how many spans were cut. Such a span has no sentence end the splitter could find: automatic captions
    without punctuation (a 640-word turn of unpunctuated captions was one segment, too long to code or to quote).
    A sentence up to twice the limit stays whole, as ``pack_sentences`` keeps it."""
    out: list[tuple[int, int]] = []
    cut = 0
    for start, end in spans:
        if end - start <= 2 * max_chars:
            out.append((start, end))
            continue
        cut += 1
        parts = -(-(end - start) // max_chars)
        while parts > 1:
            aim = start + (end - start) // parts
            # the whitespace nearest the aim, not past the limit; a run of text with none is cut at the limit
            breaks = [start + 1 + m.start() for m in re.finditer(r"\s", text[start + 1 : start + max_chars])]
            at = min(breaks, key=lambda b: abs(b - aim)) if breaks else start + max_chars
            out.append((start, at))
            start = at + (1 if text[at : at + 1].isspace() else 0)
            parts = -(-(end - start) // max_chars)
        out.append((start, end))
    return out, cut


def brackets_kept_with_their_text(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with an opening bracket or quote that ends one moved to the next, whose text it opens: the
    splitter cut "... a spreadsheet.\n[footnote: ...]" after the "[" (the seventh trial's)."""
    moved = list(sentences)
    for i in range(len(moved) - 1):
        start, end = moved[i]
        body = text[start:end].rstrip()
        if len(body) > 1 and body[-1] in "([{\u201c\u2018":
            cut = start + len(body) - 1
            moved[i] = (start, start + len(text[start:cut].rstrip()))
            moved[i + 1] = (cut, moved[i + 1][1])
    return moved


def numbers_kept_whole(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans joined where the splitter cut between two digits ("tel. 01632 | 960417"): the gate scans
    each segment apart, so a phone number cut in two is found in neither half (a blind set's did exactly so)."""
    joined: list[tuple[int, int]] = []
    for start, end in sentences:
        if (
            joined
            and text[joined[-1][1] - 1].isdigit()
            and text[start].isdigit()
            and not text[joined[-1][1] : start].strip()
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


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


class SentenceSplitter:
    """The sentence spans of long turns, from spaCy, remembered by the model and the turn's text.

    Adding a workshop reruns its shard's ingest, which reads every transcript of the shard again. Reading
    is quick; splitting the long turns into sentences with spaCy is most of the job, and loading spaCy's
    pipeline takes 0.4 s more. With a memo file, a turn split before is not split again, and the pipeline
    is not even loaded when every long turn was. The memo keeps only the turns of its shard's last run;
    the key holds the model's name and version and the package's code, so it never changes a result.
    """

    def __init__(self, nlp: Any | Callable[[], Any], model: str = "", memo: Path | None = None) -> None:
        self._nlp, self.memo = nlp, memo
        try:
            version = metadata.version(model) if model else ""
        except metadata.PackageNotFoundError:
            version = ""
        self.model = f"{model} {version}"
        self.known: dict[str, list[list[int]]] = {}
        if memo is not None and memo.is_file():
            self.known = json.loads(memo.read_text(encoding="utf-8"))
        self.used: dict[str, list[list[int]]] = {}

    def nlp(self) -> Any:
        if callable(self._nlp) and not hasattr(self._nlp, "pipe"):
            self._nlp = self._nlp()  # loaded on first need
        return self._nlp

    def spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        keys = [memo_key([self.model, text]) for text in texts]
        missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in self.known}
        if missing:
            for key, doc in zip(missing, self.nlp().pipe(missing.values()), strict=True):
                self.known[key] = [list(span) for span in sentence_spans(doc)]
        for key in keys:
            self.used[key] = self.known[key]
        return [[(start, end) for start, end in self.known[key]] for key in keys]

    def save(self) -> None:
        if self.memo is not None:
            write_text(json.dumps(self.used, sort_keys=True), self.memo)


def fingerprint(text: str) -> str:
    """Short SHA-256 of a segment's text: overrides use it to notice that the text changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def role_of(speaker: str, roles_by_prefix: dict[str, str]) -> str | None:
    """A speaker's role from the letters of the pseudonym: P3 -> P, Facilitator 2 -> Facilitator."""
    prefix = re.match(r"[^\d]*", speaker)
    letters = prefix.group(0).strip() if prefix else speaker
    if letters in roles_by_prefix:
        return roles_by_prefix[letters]
    # "p1:" in notes typed fast is P1: the prefixes' case does not matter unless two differ only by it
    folded = {key.casefold(): role for key, role in roles_by_prefix.items()}
    return folded.get(letters.casefold()) if len(folded) == len(roles_by_prefix) else None


# a pseudonym when the study's speaker pattern is not given: P1, F2, C3
DEFAULT_PSEUDONYM = re.compile(r"[A-Z]{1,3}[0-9]{1,3}")


def shown_speaker(speaker: str, pseudonym: re.Pattern[str] | None) -> str:
    """A speaker as an error message may show it: a pseudonym by name, anything else (a caption file's
    display name may be a real name) hidden, since messages reach the console and the log."""
    if (pseudonym or DEFAULT_PSEUDONYM).fullmatch(speaker):
        return f"speaker '{speaker}'"
    return (
        f"a speaker that is not a pseudonym ({len(speaker.split())} word(s), hidden here: open the file at that line)"
    )


def one_form_per_speaker(transcript: Transcript) -> Transcript:
    """Each speaker under the form of their label first written: "FACILITATOR:" and "Facilitator:" in one
    transcript are one speaker (the fourth issue-18 trial's report counted two), and so are labels that differ
    only in their spacing."""
    first: dict[str, str] = {}
    turns = []
    for turn in transcript.turns:
        name = first.setdefault(" ".join(turn.speaker.split()).casefold(), turn.speaker)
        turns.append(turn if name == turn.speaker else replace(turn, speaker=name))
    return replace(transcript, turns=turns)


def segment_transcript(
    transcript: Transcript,
    workshop_id: str,
    source: Path,
    nlp: Any,
    roles: dict[str, str],
    roles_by_prefix: dict[str, str],
    max_chars: int,
    pseudonym: re.Pattern[str] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The segments of one transcript and its counts for the ingest report.

    A speaker's role comes from the speakers table (``roles``, by speaker) or else from the letters
    of the pseudonym.
    """
    transcript = one_form_per_speaker(transcript)
    text, turns = transcript.text, transcript.turns
    if not turns:
        raise StudyError(
            f"{source}: no speaker turns found; each turn must start a line with a pseudonym "
            "label such as 'P1:', '[P1]', 'Facilitator -' or 'P1 (00:12:03):' (see ingest.speaker_pattern)"
        )
    long_turns = [turn for turn in turns if turn.end - turn.start > max_chars]
    splitter = nlp if isinstance(nlp, SentenceSplitter) else SentenceSplitter(nlp)
    spans_of_turns = splitter.spans([text[turn.start : turn.end] for turn in long_turns])
    sentences = dict(zip(long_turns, spans_of_turns, strict=True))
    rows = []
    cut_segments = 0
    folded_roles = {speaker.casefold(): role for speaker, role in roles.items()}
    for number, turn in enumerate(turns, start=1):
        role = (
            roles.get(turn.speaker)
            or folded_roles.get(turn.speaker.casefold())
            or role_of(turn.speaker, roles_by_prefix)
        )
        if role is None:
            raise StudyError(
                f"{source} line {turn.line}: {shown_speaker(turn.speaker, pseudonym)} has no role; add the "
                "letters of the pseudonym to ingest.roles_by_prefix in config/config.yaml, or the speaker to "
                "data/raw/speakers.csv (a display name there still goes through the anonymity gate)"
            )
        if turn.end == turn.start:
            continue  # a label with no speech: counted as a turn, yields no segment
        if turn in sentences:
            said = text[turn.start : turn.end]
            whole = numbers_kept_whole(said, brackets_kept_with_their_text(said, sentences[turn]))
            spans, cut = cut_overlong(
                text, [(turn.start + s, turn.start + e) for s, e in pack_sentences(whole, max_chars)], max_chars
            )
            cut_segments += cut
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
                    "timestamp_end": turn.timestamp_end,
                    "text": segment_text,
                    "fingerprint": fingerprint(segment_text),
                }
            )
    spoken = visible(text, [(t.start, t.end) for t in turns])
    kept = sum(visible(str(row["text"]), [(0, len(str(row["text"])))]) for row in rows)
    if spoken != kept:  # an invariant of the splitting, checked so a bug cannot drop speech silently
        raise RuntimeError(f"{source}: {spoken} spoken characters but {kept} in segments")
    report = {
        "workshop_id": workshop_id,
        "file": source.name,
        "preamble_lines": transcript.preamble_lines,
        # turns with speech: a turn of only excluded lines (a task prompt under a label) has none, and no segment
        "turns": sum(1 for turn in turns if visible(text, [(turn.start, turn.end)])),
        "segments": len(rows),
        # segments cut at a space, not at a sentence end: a turn with none the splitter could find (see cut_overlong)
        "segments_cut_without_sentence_end": cut_segments,
        "spoken_characters": spoken,
        **accounted_characters(transcript, source),
        "unlabelled_characters": visible(text, [(t.start, t.end) for t in turns if not t.labelled]),
        # a caption file's time lines and cue numbers: its layout, not its text (each cue's time stays with its turn)
        "caption_layout_lines": transcript.layout_lines,
        "characters_by_speaker": characters_by_speaker(transcript, pseudonym),
    }
    return rows, report


def accounted_characters(transcript: Transcript, source: Path) -> dict[str, int]:
    """Where every character of the transcript went (whitespace aside): speech, speaker labels, the header,
    notes that are no turn, and lines the study excluded. They add up to the whole text, or this is a bug."""
    text = transcript.text
    header, notes, excluded = [(0, transcript.header_end)], transcript.notes, transcript.excluded
    # the tool's own words in the lines it wrote, apart, so the header, notes and exclusions count the file's
    markup = sorted({*transcript.markup, *tool_markup(text, [*header, *notes, *excluded])})
    counts = {
        "characters": visible(text, [(0, len(text))]),
        "speech_characters": visible(text, [(t.start, t.end) for t in transcript.turns]),
        "label_characters": visible(text, transcript.labels),
        "header_characters": visible(text, without(header, markup)),
        "note_characters": visible(text, without(notes, markup)),
        "excluded_characters": visible(text, without(excluded, markup)),
        "markup_characters": visible(text, markup),
        "excluded_lines": len(transcript.excluded),
    }
    parts = sum(value for key, value in counts.items() if key not in {"characters", "excluded_lines"})
    if parts != counts["characters"]:  # checked so that no change to the readers can lose text silently
        raise RuntimeError(f"{source}: {counts['characters']} characters but {parts} accounted for ({counts})")
    return counts


def characters_by_speaker(transcript: Transcript, pseudonym: re.Pattern[str] | None) -> str:
    """ "F1=1203; P1=877": the characters of speech each speaker gave. A speaker who is no pseudonym (a
    caption file's display name) is shown by number and where their first turn is (the eighth issue-18 trial could
    not tell who "speaker 3" was), since the report is read outside the gate."""
    totals: dict[str, int] = {}
    first: dict[str, Turn] = {}
    safe = {turn.speaker for turn in transcript.turns if not turn.labelled}  # the configured unlabelled speaker
    for turn in transcript.turns:
        totals[turn.speaker] = totals.get(turn.speaker, 0) + visible(transcript.text, [(turn.start, turn.end)])
        first.setdefault(turn.speaker, turn)
    shown = []
    for number, (speaker, count) in enumerate(totals.items(), start=1):
        is_pseudonym = (pseudonym or DEFAULT_PSEUDONYM).fullmatch(speaker) or speaker in safe
        turn = first[speaker]
        where = f"the cue at {turn.timestamp}" if transcript.rendered and turn.timestamp else f"line {turn.line}"
        if transcript.rendered and not turn.timestamp:
            where = f"row {turn.line}"
        shown.append(f"{speaker if is_pseudonym else f'speaker {number} (not a pseudonym; first at {where})'}={count}")
    return "; ".join(shown)


def transcript_ids(transcripts: Sequence[Path]) -> dict[str, Path]:
    """Workshop id (file stem) of each transcript; two files for one workshop is an error."""
    by_id: dict[str, Path] = {}
    folded: dict[str, Path] = {}
    for path in sorted(transcripts):
        check_format(path)
        # a file name typed on a Mac may be decomposed (NFD) where workshops.csv has it composed (NFC)
        workshop_id = unicodedata.normalize("NFC", path.stem)
        if workshop_id in by_id:
            raise StudyError(
                f"{path}: workshop '{workshop_id}' also has {by_id[workshop_id].name}; keep one file per workshop"
            )
        if workshop_id.casefold() in folded:  # HV01.txt and hv01.txt are one file on macOS and Windows disks
            raise StudyError(
                f"{path}: workshop '{workshop_id}' differs from {folded[workshop_id.casefold()].name} only by letter "
                "case, which macOS and Windows take for one file; rename one"
            )
        by_id[workshop_id] = path
        folded[workshop_id.casefold()] = path
    return by_id


def check_metadata(by_id: dict[str, Path], workshops: pd.DataFrame, workshops_path: Path) -> None:
    """Every transcript has a metadata row and every metadata row has a transcript."""
    listed = set(workshops["workshop_id"])
    for workshop_id, path in by_id.items():
        if workshop_id not in listed:
            raise StudyError(
                f"{path}: workshop '{workshop_id}' has no row in {workshops_path}; add its group, stakeholder and date"
            )
    folder = workshops_path.parent / "transcripts"
    for index, workshop_id in enumerate(workshops["workshop_id"]):
        if workshop_id not in by_id:
            # a file that is there but not read: hidden (a name starting with a dot) or not a regular file
            unread = [
                path
                for path in (sorted(folder.iterdir()) if folder.is_dir() else [])
                if unicodedata.normalize("NFC", path.stem).lstrip(".") == workshop_id
            ]
            reason = "; add the file or remove the row"
            if unread:
                why = "hidden (its name starts with a dot)" if unread[0].name.startswith(".") else "not a regular file"
                reason = f"; {unread[0].name} is there but {why}, so it is not read: rename or re-save it"
            raise StudyError(f"{workshops_path} row {index + 2}: workshop '{workshop_id}' has no transcript{reason}")


@functools.cache  # one load a process; a job forked from the warm server finds it loaded
def load_nlp(model: str) -> Any:
    """The installed spaCy pipeline, for sentence boundaries only.

    The statistical sentence recogniser (``senter``, shipped disabled in spaCy's trained pipelines)
    finds nearly the same boundaries as the parser at a fourteenth of the cost; a pipeline without
    it falls back to its parser.
    """
    import spacy  # imported here: the CLI's --help should not pay spaCy's start-up

    try:
        nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
        if "senter" in nlp.component_names:
            nlp.enable_pipe("senter")
            return nlp
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError:
        raise StudyError(
            f"spaCy pipeline '{model}' is not installed; install the project (pip install -e .) "
            "or set spacy_model in config/config.yaml"
        ) from None


def read_speakers(path: Path | None, workshop_ids: set[str], shard: bool = False) -> dict[str, dict[str, str]]:
    """The optional speakers table: workshop_id, speaker, role; gives roles the pseudonym cannot.

    With ``shard``, ``workshop_ids`` are one shard's: rows naming other workshops are left to their own
    shard, and ``study_check`` checks them against the whole study once all shards are in.
    """
    if path is None:
        return {}
    table = read_csv_table(path, ("workshop_id", "speaker", "role"))
    roles: dict[str, dict[str, str]] = {}
    for index, row in table.iterrows():
        where = f"{path} row {spreadsheet_row(int(str(index)))}"
        if row["workshop_id"] not in workshop_ids and not shard:
            raise StudyError(f"{where}: unknown workshop '{row['workshop_id']}'; use a transcript's file name")
        if not row["speaker"] or not row["role"]:
            raise StudyError(f"{where}: empty speaker or role; every row needs workshop_id, speaker and role")
        if row["speaker"] in roles.get(row["workshop_id"], {}):
            raise StudyError(f"{where}: speaker '{row['speaker']}' is listed twice for {row['workshop_id']}")
        roles.setdefault(row["workshop_id"], {})[row["speaker"]] = row["role"]
    return {workshop_id: rows for workshop_id, rows in roles.items() if workshop_id in workshop_ids}


def ingest(
    transcripts: Sequence[Path],
    workshops_path: Path | None,
    nlp: Any,
    speaker_pattern: str,
    roles_by_prefix: dict[str, str],
    max_chars: int,
    speakers_path: Path | None = None,
    max_bytes: int = 20_000_000,
    layout: Layout | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """Transcripts into the segments table, the per-file ingest report and each normalised source.

    With ``workshops_path`` the transcripts are the whole study and its metadata is checked against
    them; without it they are one shard's, and ``study_check`` does that check once all shards are in.
    """
    if not transcripts:
        raise StudyError("no transcripts found in data/raw/transcripts; add one file per workshop")
    by_id = transcript_ids(transcripts)
    if workshops_path is not None:
        check_metadata(by_id, read_workshops(workshops_path), workshops_path)
    roles = read_speakers(speakers_path, set(by_id), shard=workshops_path is None)
    try:
        labels = label_regex(speaker_pattern)
    except re.error as error:
        raise StudyError(f"config key 'ingest.speaker_pattern' is not a valid regular expression: {error}") from None
    rows: list[dict[str, Any]] = []
    reports = []
    sources = {}
    problems: list[StudyError] = []
    for workshop_id, path in sorted(by_id.items()):
        layout = layout or Layout()
        # every file is read before the ingest stops, so that one run names every file to fix, not the first
        try:
            read = read_transcript(path, labels, max_bytes, layout.exclude_lines, layout.sheet_columns)
            transcript = arrange(read, layout.of_workshop(workshop_id), path)
            segments, report = segment_transcript(
                transcript,
                workshop_id,
                path,
                nlp,
                roles.get(workshop_id, {}),
                roles_by_prefix,
                max_chars,
                re.compile(speaker_pattern),
            )
        except StudyError as problem:
            problems.append(problem)
            continue
        rows.extend(segments)
        study_lines = study_excluded_lines(transcript, layout.exclude_lines)
        reports.append(
            report | {"study_excluded_lines": study_lines, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
        )
        sources[workshop_id] = transcript.text
    if problems:
        raise problems[0] if len(problems) == 1 else StudyErrors(problems)
    segments_table = pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))
    return segments_table, pd.DataFrame(reports), sources


def study_excluded_lines(transcript: Transcript, pattern: str) -> int:
    """How many of the transcript's excluded lines the study's own ingest.exclude_lines matched (the rest are the
    tools' own lines, TOOL_LINES)."""
    if not pattern:
        return 0
    study = re.compile(pattern)
    lines = [transcript.text[a:b].strip() for a, b in transcript.excluded]
    return sum(1 for line in lines if excludes(study, line))


def check_exclusion_matched(report: pd.DataFrame, pattern: str) -> None:
    """A study's exclude_lines that matched no line of any transcript is a mistake (it must match a whole line: the
    fourth trial's '\\.mp3$' excluded nothing, without a word): stop with it."""
    if pattern and "study_excluded_lines" in report and int(report["study_excluded_lines"].sum()) == 0:
        raise StudyError(
            f"config key 'ingest.exclude_lines' ({pattern!r}) matched no line in any of the {len(report)} transcripts; "
            "it must match a whole line (for a line ending in .mp3 write '.*\\.mp3', not '\\.mp3$'): correct it, "
            "or set it to '' if no line is to be left out"
        )


def study_check(
    reports: Sequence[Path], workshops_path: Path, speakers_path: Path | None, layout: Layout | None = None
) -> pd.DataFrame:
    """The whole study's ingest report from the shards' reports, once the study's metadata, speakers table and
    the workshops ``layout`` gives header lines of are checked against every transcript that was read."""
    if not reports:
        raise StudyError("no transcripts found in data/raw/transcripts; add one file per workshop")
    tables = []
    for path in reports:
        table = pd.read_csv(path, dtype={"workshop_id": str})
        if not {"workshop_id", "file"} <= set(table.columns):  # a shard's report, damaged or from elsewhere
            raise StudyError(f"{path}: not an ingest report (no workshop_id and file columns); delete it and run again")
        tables.append(table)
    report = pd.concat(tables, ignore_index=True)
    report = report.sort_values("workshop_id", kind="stable").reset_index(drop=True)
    by_id = {str(row.workshop_id): Path(str(row.file)) for row in report.itertuples()}
    duplicated = report[report["workshop_id"].duplicated()]
    if len(duplicated):  # shards are keyed by the workshop id, so this is a bug, not a study's mistake
        raise RuntimeError(f"workshop '{duplicated.iloc[0]['workshop_id']}' was read by two shards")
    check_metadata(by_id, read_workshops(workshops_path), workshops_path)
    read_speakers(speakers_path, set(by_id))
    unknown = sorted(set((layout or Layout()).by_workshop) - set(by_id))
    if unknown:  # a typo would leave a cover page to be read as speech, or stop the file as unlabelled text
        raise StudyError(
            f"config key 'ingest.by_workshop' names workshop '{unknown[0]}', which has no transcript; "
            "use a transcript's file name without its extension"
        )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.ingest", description=__doc__)
    parser.add_argument("--transcripts", type=Path, nargs="*", default=[], help="transcript files")
    parser.add_argument(
        "--workshops", type=Path, help="workshops.csv, to check every transcript has a row (left out by shard jobs)"
    )
    parser.add_argument("--spacy-model", help="the installed spaCy pipeline (spacy_model)")
    parser.add_argument(
        "--speaker-pattern", help="regular expression a speaker's label matches (ingest.speaker_pattern)"
    )
    parser.add_argument(
        "--role",
        action="append",
        default=[],
        metavar="PREFIX=ROLE",
        help="a speaker label's prefix and its role, e.g. F=facilitator; repeat (ingest.roles)",
    )
    parser.add_argument(
        "--max-segment-chars",
        type=int,
        help="a turn longer than this is split at its sentences (ingest.max_segment_chars)",
    )
    parser.add_argument("--max-file-mb", type=float, default=20.0, help="largest transcript file accepted")
    parser.add_argument("--speakers", type=Path, help="optional speakers table (workshop_id, speaker, role)")
    parser.add_argument("--sources", type=Path, help="output folder: each workshop's normalised text")
    parser.add_argument("--segments", type=Path, help="output segments.parquet")
    parser.add_argument("--report", type=Path, required=True, help="output per-file ingest report (CSV)")
    parser.add_argument("--memo", type=Path, help="file of the sentence spans of long turns split before (JSON)")
    parser.add_argument(
        "--layout",
        type=json.loads,
        default={},
        help="how lines no label starts are read: JSON of ingest.header_lines, by_workshop, "
        "header_marker, unlabelled, unlabelled_speaker, lines_without_label, exclude_lines, sheet_columns (see "
        "config.schema.yaml); with --check-shards, the workshops by_workshop names are checked",
    )
    parser.add_argument(
        "--exclude-lines", default="", help="ingest.exclude_lines, checked with --check-shards to have matched a line"
    )
    parser.add_argument(
        "--check-shards",
        type=Path,
        nargs="*",
        metavar="REPORT",
        help="instead of reading transcripts: check the study's metadata against the shards' reports "
        "and merge them into --report",
    )
    args = parser.parse_args(argv)
    if args.check_shards is not None:
        if args.workshops is None:
            parser.error("--check-shards needs --workshops")
        report = study_check(args.check_shards, args.workshops, args.speakers, Layout(**args.layout))
        check_exclusion_matched(report, args.exclude_lines)
        write_csv(report, args.report)
        print(f"study checked: {len(report)} transcripts, {int(report['segments'].sum())} segments")
        return 0
    missing = [
        name
        for name in ("spacy_model", "speaker_pattern", "max_segment_chars", "sources", "segments")
        if getattr(args, name) is None
    ]
    if missing:
        parser.error("reading transcripts needs " + ", ".join(f"--{name.replace('_', '-')}" for name in missing))
    roles = dict(item.split("=", 1) for item in args.role)
    splitter = SentenceSplitter(lambda: load_nlp(args.spacy_model), args.spacy_model, args.memo)
    segments, report, sources = ingest(
        args.transcripts,
        args.workshops,
        splitter,
        args.speaker_pattern,
        roles,
        args.max_segment_chars,
        args.speakers,
        int(args.max_file_mb * 1_000_000),
        Layout(**args.layout),
    )
    write_parquet(segments, args.segments)
    splitter.save()
    args.sources.mkdir(parents=True, exist_ok=True)
    for workshop_id, text in sources.items():
        write_text(text, args.sources / f"{workshop_id}.txt")
    write_csv(report, args.report)
    for row in report.itertuples():
        print(f"{row.file}: {row.turns} turns read, {row.segments} segments written")
    print(f"total: {int(report['turns'].sum())} turns, {len(segments)} segments from {len(report)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
