"""Reading transcripts in the formats researchers have, into one normalised text with speaker turns.

Every format becomes the same thing: a plain text (LF line endings, Unicode NFC) and the speaker turns
in it, each a span of that text. For text formats (.txt, .md, .docx, .odt) the text is the document's
own text and turns start at speaker labels. For formats with a structure of their own (.vtt and .srt
cues, .csv and .xlsx rows) the text is written here, one line per turn, ``P1 (00:00:01.000): ...``,
with the turn's span covering the speech only. Segment offsets point into this text, so a segment
can be shown in context and exported to REFI-QDA as a selection of it.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import StudyError

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (".txt", ".md", ".docx", ".odt", ".vtt", ".srt", ".csv", ".xlsx")
ROLE_WORDS = ("Facilitator", "Member", "Participant", "Commissioner")
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"


@dataclass(frozen=True)
class Turn:
    """One speaker turn: its speaker and the span of its speech in the normalised text."""

    speaker: str
    start: int
    end: int
    line: int
    timestamp: str = ""
    timestamp_end: str = ""


@dataclass(frozen=True)
class Transcript:
    """A transcript read into normalised text and turns; preamble lines are text before the first turn."""

    text: str
    turns: list[Turn]
    preamble_lines: int


def decode(raw: bytes, source: Path) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252, as Word and Excel save it."""
    if b"\x00" in raw[:8192]:
        raise StudyError(f"{source}: a binary file, not a transcript; export it as text (.txt or .docx)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise StudyError(
            f"{source}: byte {error.start} is neither UTF-8 nor Windows-1252; save the file as UTF-8"
        ) from None


# control characters other than tab and line feed: invisible in a report, invalid in XML exports
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """The text that offsets point into: LF line endings, Unicode NFC, and each control character
    (other than tab and line feed) shown as U+FFFD, so that it is visible and every export stays valid."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return CONTROL.sub("\ufffd", text)


def label_regex(speaker_pattern: str) -> re.Pattern[str]:
    """A speaker label at the start of a line.

    ``P1:``, ``[P1]``, ``**P1:**``, ``P1 (00:12:03):`` and ``Facilitator - `` all start a turn, and so does
    any of them after a time, as chat and notes exports write it (``[18:02] P1:``, ``(00:12:03) P1:``,
    ``00:12:03 P1:``);
    anything else at the start of a line continues the previous turn.
    """
    return re.compile(
        rf"^[ \t]*(?:[\[(]?(?P<lead>{TIME})[\])]?[ \t]+)?(?:\[(?P<bracketed>{speaker_pattern})\][ \t]*:?"
        rf"|\*{{0,2}}(?P<plain>{speaker_pattern})(?:[ \t]*\((?P<time>{TIME})\))?"
        rf"(?:[ \t]*:\*{{0,2}}|\*\*:|[ \t]+[-\u2013\u2014](?=[ \t])))",
        re.MULTILINE,
    )


def parse_turns(text: str, labels: re.Pattern[str]) -> Transcript:
    """Speaker turns of a normalised text: each runs from its label to the next label.

    A turn's span excludes the label and surrounding whitespace, so line breaks inside a long turn
    stay part of it.
    """
    matches = list(labels.finditer(text))
    if not matches:
        return Transcript(text, [], 0)
    preamble_lines = sum(1 for line in text[: matches[0].start()].splitlines() if line.strip())
    turns = []
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : stop]
        start = match.end() + len(body) - len(body.lstrip())
        end = max(start, match.end() + len(body.rstrip()))
        turns.append(
            Turn(
                speaker=match.group("bracketed") or match.group("plain"),
                start=start,
                end=end,
                line=text.count("\n", 0, start) + 1,
                timestamp=match.group("time") or match.group("lead") or "",
            )
        )
    return Transcript(text, turns, preamble_lines)


def render(
    rows: Iterable[tuple[str, str, str, str]],
    header: Sequence[str] = (),
    notes: dict[int, list[str]] | None = None,
    footer: Sequence[str] = (),
) -> Transcript:
    """Text and turns from (speaker, speech, start time, end time) rows: one line per turn. ``header``
    lines come first (the preamble), ``notes[i]`` before the i-th turn (from 1), ``footer`` last: a caption
    file's NOTE blocks, kept as lines that are no turn, so nothing a transcript holds is lost and the anonymity
    gate reads them."""
    pieces: list[str] = [f"{line}\n" for line in header]
    turns = []
    cursor = sum(len(piece) for piece in pieces)
    for number, (speaker, speech, start, end) in enumerate(rows, start=1):
        for line in (notes or {}).get(number, []):
            pieces.append(f"{line}\n")
            cursor += len(line) + 1
        label = f"{speaker} ({start}): " if start else f"{speaker}: "
        speech = normalise(speech).strip()
        begin = cursor + len(label)
        turns.append(Turn(speaker, begin, begin + len(speech), number, start, end))
        line = label + speech + "\n"
        pieces.append(line)
        cursor += len(line)
    pieces += [f"{line}\n" for line in footer]
    return Transcript("".join(pieces), turns, len(header))


def document_paragraphs(raw: bytes, source: Path) -> list[str]:
    """Paragraph texts of a .docx (python-docx) or .odt (odfpy) document, in order."""
    try:
        if source.suffix.lower() == ".docx":
            import docx

            return [paragraph.text for paragraph in docx.Document(io.BytesIO(raw)).paragraphs]
        from odf import teletype
        from odf.namespaces import TEXTNS
        from odf.opendocument import load

        paragraphs: list[str] = []

        def walk(node: Any) -> None:  # paragraphs and headings in document order, inside lists and tables too
            for child in node.childNodes:
                if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                    paragraphs.append(teletype.extractText(child))
                else:
                    walk(child)

        walk(load(io.BytesIO(raw)).text)
        return paragraphs
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise StudyError(
            f"{source}: cannot be read as {source.suffix} ({type(error).__name__}); open and re-save it, "
            "or export it as .txt"
        ) from None


def speaker_of_cue(text: str, voice: str | None, labels: re.Pattern[str]) -> tuple[str | None, str]:
    """A cue's speaker (a <v> voice tag, or a label such as ``P1:`` at its start) and its speech."""
    if voice:
        return voice.strip(), text
    match = labels.match(text)
    if match:
        return match.group("bracketed") or match.group("plain"), text[match.end() :]
    return None, text


def read_cues(raw: bytes, source: Path, labels: re.Pattern[str]) -> Transcript:
    """.vtt (Zoom, Teams) or .srt captions: consecutive cues of one speaker merge into one turn.

    A cue with no speaker continues the previous speaker's turn, as caption files split long speech.
    """
    import webvtt
    from webvtt.errors import MalformedFileError

    text = normalise(decode(raw, source))
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=source.suffix.lower().lstrip("."))
    except MalformedFileError as error:
        raise StudyError(
            f"{source}: not a valid {source.suffix} file ({error}); check the header and the cue times"
        ) from None
    merged: list[list[str]] = []
    notes: dict[int, list[str]] = {}  # NOTE blocks between cues, before the turn they precede
    for number, caption in enumerate(captions.captions, start=1):
        speaker, speech = speaker_of_cue(" ".join(caption.text.split("\n")), caption.voice, labels)
        comments = [note_line(comment) for comment in caption.comments if comment.strip()]
        if comments:  # before this cue's turn: a new turn if the speaker changes, else the one it continues
            turn = len(merged) + (0 if speaker is None or (merged and merged[-1][0] == speaker) else 1)
            notes.setdefault(max(turn, 1), []).extend(comments)
        if speaker is None or (merged and merged[-1][0] == speaker):
            if not merged:
                raise StudyError(
                    f"{source}: cue {number} has no speaker; start it with a label such as 'P1:' or a <v P1> tag"
                )
            merged[-1][1] += " " + speech.strip()
            merged[-1][3] = caption.end
        else:
            merged.append([speaker, speech.strip(), caption.start, caption.end])
    header = [note_line(comment) for comment in captions.header_comments if comment.strip()]
    footer = [note_line(comment) for comment in captions.footer_comments if comment.strip()]
    return render(((speaker, speech, start, end) for speaker, speech, start, end in merged), header, notes, footer)


def note_line(comment: str) -> str:
    """A caption file's NOTE block as one line of the normalised text, marked as a note."""
    return "NOTE " + " ".join(normalise(comment).split())


def read_rows(raw: bytes, source: Path) -> Transcript:
    """.csv or .xlsx with one row per turn: columns speaker and text, optionally start and end."""
    import pandas as pd

    try:
        if source.suffix.lower() == ".xlsx":
            table = pd.read_excel(io.BytesIO(raw), dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            table = pd.read_csv(io.StringIO(decode(raw, source)), dtype=str, keep_default_na=False)
    except (zipfile.BadZipFile, ValueError, pd.errors.ParserError) as error:
        raise StudyError(f"{source}: cannot be read as {source.suffix} ({type(error).__name__}); re-save it") from None
    table.columns = [str(column).strip().lower() for column in table.columns]
    missing = [column for column in ("speaker", "text") if column not in table.columns]
    if missing:
        raise StudyError(f"{source}: missing column(s) {', '.join(missing)}; one row per turn with speaker and text")
    rows = []
    for index, row in table.iterrows():
        if not str(row["speaker"]).strip():
            raise StudyError(f"{source} row {int(str(index)) + 2}: empty speaker; give every turn its speaker")
        start = str(row.get("start", "")).strip()
        rows.append((str(row["speaker"]).strip(), str(row["text"]), start, str(row.get("end", "")).strip()))
    return render(rows)


def check_format(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise StudyError(f"{path}: format '{path.suffix}' is not supported; use one of {', '.join(SUFFIXES)}")


def read_transcript(path: Path, labels: re.Pattern[str], max_bytes: int) -> Transcript:
    """Any supported transcript file as normalised text with speaker turns."""
    check_format(path)
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > max_bytes:
        raise StudyError(
            f"{path}: {size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit for one workshop; "
            "split it per workshop, or raise ingest.max_file_mb"
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise StudyError(f"{path}: the file is empty; put the workshop's transcript in it or remove it")
    readers: dict[str, Callable[[], Transcript]] = {
        ".docx": lambda: parse_turns(normalise("\n".join(document_paragraphs(raw, path))), labels),
        ".odt": lambda: parse_turns(normalise("\n".join(document_paragraphs(raw, path))), labels),
        ".vtt": lambda: read_cues(raw, path, labels),
        ".srt": lambda: read_cues(raw, path, labels),
        ".csv": lambda: read_rows(raw, path),
        ".xlsx": lambda: read_rows(raw, path),
    }
    if suffix in readers:
        return readers[suffix]()
    return parse_turns(normalise(decode(raw, path)), labels)
