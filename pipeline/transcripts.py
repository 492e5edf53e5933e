"""Reading transcripts in the formats researchers have, into one normalised text with speaker turns.

Every format becomes the same thing: a plain text (LF line endings, Unicode NFC) and the speaker turns
in it, each a span of that text. For text formats (.txt, .md, .docx, .odt) the text is the document's
own text and turns start at speaker labels. For formats with a structure of their own (.vtt and .srt
cues, .csv and .xlsx rows) the text is written here, one line per turn, ``P1 (00:00:01.000): ...``,
with the turn's span covering the speech only. Segment offsets point into this text, so a segment
can be shown in context and exported to REFI-QDA as a selection of it.
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.archives import check_expansion
from pipeline.errors import StudyError

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (".txt", ".md", ".docx", ".odt", ".vtt", ".srt", ".csv", ".xlsx")
ROLE_WORDS = ("Facilitator", "Member", "Participant", "Commissioner")
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# pronouns after a label, as Zoom and Teams show them and people type them: "P3 (she/they):", "F1 (he/him):"
# pronouns, or what a call adds to a display name ("P1 (she/her):", "F1 (Host):", the eleventh issue-18 trial's), after
# a label: kept with the speech, the speaker is the label
PRONOUNS = (
    r"(?:[ \t]*(?P<pronouns>\((?:(?i:she|he|they|ze|xe|it|any)(?:[ \t]*/[ \t]*[a-z]+){1,2}"
    r"|(?i:host|co-host|cohost|guest|external|me))\)))?"
)
DATE = r"\d{1,2}/\d{1,2}/\d{2,4}"  # before a chat export's time: "12/03/2024, 19:02 - P3: ..."


@dataclass(frozen=True)
class Turn:
    """One speaker turn: its speaker and the span of its speech in the normalised text."""

    speaker: str
    start: int
    end: int
    line: int
    timestamp: str = ""
    timestamp_end: str = ""
    labelled: bool = True  # False: text no label started, given to the configured unlabelled speaker


Span = tuple[int, int]


@dataclass(frozen=True)
class Transcript:
    """A transcript read into normalised text and turns; preamble lines are text before the first turn.

    Every character of ``text`` is in one of: a turn's speech, a speaker label (``labels``), the header
    (``text[:header_end]``), a note that is no turn (``notes``: a caption file's NOTE blocks), a line the study
    excludes (``excluded``), or whitespace. ``rendered``: the text was written here from cues or rows.
    ``layout_lines``: a caption file's lines that are its layout, not its text (time lines, cue numbers, the
    WEBVTT line, style blocks), counted so the ingest report accounts for every line of the file.
    """

    text: str
    turns: list[Turn]
    preamble_lines: int
    labels: list[Span] = field(default_factory=list)
    notes: list[Span] = field(default_factory=list)
    header_end: int = 0
    excluded: list[Span] = field(default_factory=list)
    rendered: bool = False
    layout_lines: int = 0
    # the tool's own words in lines it wrote ("[observer notes: " and "]" around a sheet's note), counted apart
    markup: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """How a text transcript's lines that no label starts are read (``ingest`` in config/config.yaml).

    ``header_lines`` (or the lines up to and including the first that ``header_marker`` matches) are the
    transcript's header: not speech, counted in the ingest report, scanned by the anonymity gate. Text
    outside the header that no label starts (before the first label, or with ``lines_without_label:
    unlabelled`` every line without one) stops the ingest (``unlabelled: stop``) or becomes a turn of
    ``unlabelled_speaker`` (``unlabelled: speaker``). Whole lines ``exclude_lines`` matches (task prompts,
    transcriber's notes) are left out of every turn and counted.
    """

    header_lines: int = 0
    header_marker: str = ""
    unlabelled: str = "stop"
    unlabelled_speaker: str = "UNLABELLED"
    lines_without_label: str = "continue"
    exclude_lines: str = ""
    # a study's own names for a sheet's columns: {"text": ["Highlight text"], "notes": ["Tags", "Created by"]}
    sheet_columns: dict[str, list[str]] = field(default_factory=dict)
    # the layout of particular workshops, by id, where it differs: a typist's cover page on some files (the eighth
    # trial's), only the facilitator labelled in one file's notes (the ninth's: set for the study, it split other
    # files' paragraphs into unlabelled turns)
    by_workshop: dict[str, dict[str, Any]] = field(default_factory=dict)

    def of_workshop(self, workshop_id: str) -> Layout:
        """The layout of one workshop's file: the study's, with what ``by_workshop`` gives for it."""
        own = self.by_workshop.get(workshop_id)
        if not own:
            return self
        marker = {"header_marker": ""} if "header_lines" in own and "header_marker" not in own else {}
        return replace(self, **{**marker, **own}, by_workshop={})

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Layout:
        """The layout from the ``ingest`` section of the config (other keys there are not the layout's)."""
        return cls(**{key: settings[key] for key in cls.__dataclass_fields__ if key in settings})


def decode(raw: bytes, source: Path) -> str:
    """Text from bytes: UTF-16 with its byte-order mark (Word's and Notepad's "Unicode" text), UTF-8 (with or
    without BOM), else Windows-1252, as Word and Excel save it."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # the fifth trial's UTF-16 export was refused as binary
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise StudyError(f"{source}: marked as UTF-16 but not readable as it; save the file as UTF-8") from None
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
    # a page break (form feed) or a vertical tab is where a line ends, as a word processor shows it (the fifth
    # trial's page break sat inside a coded segment as U+FFFD)
    text = text.replace("\f", "\n").replace("\v", "\n")
    return CONTROL.sub("\ufffd", text)


def label_regex(speaker_pattern: str) -> re.Pattern[str]:
    """A speaker label at the start of a line.

    ``P1:``, ``[P1]``, ``**P1:**``, ``P1 (00:12:03):`` and ``Facilitator - `` all start a turn, and so does
    any of them after a time, as chat and notes exports write it (``[18:02] P1:``, ``(00:12:03) P1:``,
    ``00:12:03 P1:``, WhatsApp's ``12/03/2024, 19:02 - P1:``); a label and a tab (a table's row); and Otter's
    label and time alone on their line (``Speaker 1  0:03``) with the speech below, as Discord and Slack copies
    write it too (``P3 — today at 21:04``, ``P3 — 14/11/2026 22:10``). Anything else at the start of a line
    continues the previous turn.
    """
    return re.compile(
        # a Markdown list's bullet before a label ("- **P2:** ..."), as notes typed in Markdown have it
        rf"^[ \t]*(?:[-*+\u2022][ \t]+)?(?:[\[(]?(?:{DATE},?[ \t]+)?(?P<lead>{TIME})[\])]?(?:[ \t]+-)?[ \t]+)?"
        rf"(?:\[(?P<bracketed>{speaker_pattern})\][ \t]*:?"
        # Zoom's saved chat: the time, "From", the sender, "to Everyone" (or to one person), a colon; the message
        # after it or on the lines below (the thirteenth issue-18 trial's chat had to be read with "From P14 to
        # Everyone" as the speaker)
        rf"|(?(lead)From[ \t]+(?P<zoom>{speaker_pattern})[ \t]+to[ \t]+[^:\n]{{1,60}}?[ \t]*:|(?!))"
        # Otter's layout: the label and its time alone on a line, the speech on the next ("Speaker 1  0:03"),
        # and a chat copied from Discord or Slack ("P3 — today at 21:04", "P3 — 14/11/2026 22:10")
        rf"|(?P<alone>{speaker_pattern})[ \t]+(?:[-\u2013\u2014][ \t]+(?:(?i:today|yesterday)[ \t]+at[ \t]+"
        rf"|{DATE},?[ \t]+)?)?(?P<alone_time>{TIME})[ \t]*(?=\n|$)"
        # Word's "Transcribe" layout: the time, then the label, alone on a line ("00:00:03 Speaker 1"), the speech
        # on the next (the sixth trial's became one unlabelled turn)
        rf"|(?(lead)(?P<timed>{speaker_pattern})[ \t]*(?=\n)|(?!))"
        # a phone recorder's or a typist's label alone on its line, no time, the speech on the next ("Speaker 1"):
        # the twelfth issue-18 trial's interview became one unlabelled turn with the labels inside its text
        rf"|(?P<bare>{speaker_pattern})[ \t]*(?=\n[ \t]*\S)"
        rf"|\*{{0,2}}(?P<plain>{speaker_pattern})(?:[ \t]*\((?P<time>{TIME})\))?{PRONOUNS}"
        # a table's row: the speaker's cell, and its time's cell when it comes next ("S1<tab>00:01:08<tab>...")
        rf"(?:[ \t]*:\*{{0,2}}|\*\*:|[ \t]+[-\u2013\u2014](?=[ \t])"
        rf"|\t(?:[ \t]*(?P<cell_time>{TIME})(?:[ \t]*[-\u2013][ \t]*(?P<cell_end>{TIME}))?[ \t]*\t)?)"
        # the time after the label, as Sonix writes it ("P1: [00:00:13] ..."): the turn's timestamp, not speech
        rf"(?:[ \t]*\[(?P<post_time>{TIME})\](?=[ \t]|$))?)",
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
    spans = []
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : stop]
        start = match.end() + len(body) - len(body.lstrip())
        end = max(start, match.end() + len(body.rstrip()))
        spans.append((match.start(), match.end()))
        turns.append(
            Turn(
                speaker=match.group("bracketed")
                or match.group("plain")
                or match.group("alone")
                or match.group("timed")
                or match.group("bare")
                or match.group("zoom"),
                start=start,
                end=end,
                line=text.count("\n", 0, start) + 1,
                timestamp=match.group("time")
                or match.group("lead")
                or match.group("alone_time")
                or match.group("cell_time")
                or match.group("post_time")
                or "",
                # a table's timespan cell ("0:00:01.2 - 0:00:10.5", NVivo's) gives the turn's end too
                timestamp_end=match.group("cell_end") or "",
            )
        )
    return Transcript(text, turns, preamble_lines, labels=spans)


# the lines the readers write around a document's or a sheet's text that is no speech: "[table row] " before a
# list of who took part, "[page footer: ...]", "[comment: ...]", "[question: ...]", "[sheet Info: ...]"
MARKED_LINE = re.compile(
    r"^(?:(\[table row\] )|(\[(?:(?:first |even )?page (?:header|footer)|comment|table header|table cell|footnote"
    r"|endnote|question|respondent \d+|sheet [^:\]\n]{1,80}): )[^\n]*(\])[ \t]*$)",
    re.MULTILINE,
)


def tool_markup(text: str, spans: Sequence[Span]) -> list[Span]:
    """The tool's own words in the lines of ``spans`` it wrote (see MARKED_LINE): the ingest report counts them
    apart from the header, notes and excluded lines they stand in, so that those count what the file holds (the
    ninth issue-18 trial's header counted 50 characters of "[table row] " it never wrote)."""
    found: list[Span] = []
    for start, end in spans:
        for line in MARKED_LINE.finditer(text, start, end):
            if line.group(1):
                found.append(line.span(1))
            else:
                found += [line.span(2), line.span(3)]
    return found


def without(spans: Sequence[Span], cut: Sequence[Span]) -> list[Span]:
    """``spans`` with the parts ``cut`` covers taken out."""
    left: list[Span] = []
    for start, end in spans:
        pieces = [(start, end)]
        for a, b in cut:
            pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
        left += pieces
    return left


def visible(text: str, spans: Sequence[Span]) -> int:
    """Characters other than whitespace in the spans of text: what the ingest accounts for."""
    return sum(len("".join(text[start:end].split())) for start, end in spans)


def line_spans(text: str, start: int, end: int) -> list[Span]:
    """The lines of text[start:end] with something on them, each trimmed of surrounding whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group(0)
        if line.strip():
            first = start + match.start() + len(line) - len(line.lstrip())
            spans.append((first, start + match.start() + len(line.rstrip())))
    return spans


def header_end(text: str, first_label: int, layout: Layout, source: Path) -> int:
    """Where the header ends: after ``header_lines`` lines or the first line ``header_marker`` matches,
    never past the first speaker label."""
    end = 0
    if layout.header_marker:
        try:
            marker = re.compile(layout.header_marker)
        except re.error as error:
            raise StudyError(f"config key 'ingest.header_marker' is not a valid regular expression: {error}") from None
        for match in re.finditer(r"[^\n]*\n?", text[:first_label]):
            if marker.search(match.group(0)):
                end = match.end()
                break
        else:
            if first_label:
                raise StudyError(
                    f"{source}: no line before the first speaker label matches ingest.header_marker "
                    f"'{layout.header_marker}'; fix the marker or the file's header"
                )
    elif layout.header_lines:
        lines = text.split("\n")
        end = len("\n".join(lines[: layout.header_lines])) + (1 if len(lines) > layout.header_lines else 0)
    return min(end, first_label)


BULLET = re.compile(r"[-*+\u2022\u25aa\u25e6][ \t]+")


def without_bullets(text: str, lines: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """Unlabelled lines with a list item's bullet ("- ", "* ", "\u2022 ") taken off, and the bullets: markup, counted
    with the labels. A bullet line then starts a paragraph of its own (see ``paragraphs``)."""
    kept, bullets = [], []
    for start, stop in lines:
        found = BULLET.match(text, start, stop)
        if found and found.end() < stop:
            bullets.append((start, found.end()))
            kept.append((found.end(), stop))
        else:
            kept.append((start, stop))
    return kept, bullets


def paragraphs(text: str, lines: Sequence[Span]) -> list[Span]:
    """Unlabelled lines joined into one turn where only a line break stands between them: a transcriber's
    hard-wrapped answer is one answer (the third trial's quotes stopped at "...therapy is what you need and"); a
    blank line, or a labelled turn between, starts another."""
    joined: list[Span] = []
    for start, stop in sorted(lines):
        if joined and text[joined[-1][1] : start].strip(" \t") == "\n":
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
    return joined


# lines the recording and chat tools write themselves, never anyone's speech, excluded in every study (counted
# with the study's excluded lines): Otter's footer, Teams' transcription notices, WhatsApp's system lines (the
# fourth trial's were kept as the last speaker's speech)
CHAT_TIME = r"\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*(?:-[ \t]*)?"
TOOL_LINES = (
    r"(?i:transcribed\s+by\s+(?:https?://)?otter\.ai/?"
    r"|(?-i:(?:[A-Z0-9][\w'\u2019.,-]*[ \t]+){1,5})(?:started|stopped)\s+transcription\.?"  # a display name's words
    rf"|(?:{CHAT_TIME})?(?:messages\s+and\s+calls\s+are\s+end-to-end\s+encrypted\.[^\n]*"
    r"|this\s+message\s+was\s+deleted\.?|you\s+deleted\s+this\s+message\.?)"
    # a document table's heading row, a cell beside a turn, a row of a list of who took part (``table_lines``)
    r"|\[table\s+(?:header|cell):[^\n]*\]|\[table[ ]row\][^\n]*"
    r"|[\u266a\u266b][^\n]*[\u266a\u266b]|[\u266a\u266b]+"  # a caption's music: "♪ gentle music playing ♪", "♪ ♪"
    # Markdown's structure, in notes typed in it: a heading ("## The space") and a rule ("---"), no one's speech
    r"|\#{1,6}[ \t]+[^\n]*|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}"
    r"|\[(?:page\s+header|page\s+footer|comment):[^\n]*\]"  # a Word document's margins (see ``word_margins``)
    # Google Meet's own lines: a time alone on its line every few minutes, the meeting's end, its notice (the
    # fourteenth issue-18 trial's became 166 characters of speech); and a typist's end mark ("[END OF TRANSCRIPT]")
    rf"|{TIME}|Meeting[ \t]+ended[ \t]+after[ \t]+{TIME}[^\n]*"
    r"|This[ \t]+editable[ \t]+transcript[ \t]+was[ \t]+computer[ \t]+generated[^\n]*"
    r"|\[?(?i:end[ \t]+of[ \t]+(?:the[ \t]+)?(?:transcript|transcription|recording|interview|session|tape))\]?\.?"
    # Zoom chat's reactions and reply quotes: the tool's record of a click, or a copy of a message already read
    r'|Reacted[ \t]+to[ \t]+"[^\n]*"[ \t]+with[ \t]+[^\n]*|Replying[ \t]+to[ \t]+"[^\n]*"[ \t]*'
    # who joined, left or was added: only on a chat line of its own, with its date ("I left" is speech)
    rf"|{CHAT_TIME}[^\n:]{{1,60}}?\s+(?:joined\s+using\s+this\s+group'?s\s+invite\s+link|left|was\s+added"
    r"|added\s+[^\n:]{1,60}))"
)


def exclusion(pattern: str) -> re.Pattern[str]:
    """ingest.exclude_lines compiled with the tools' own lines (TOOL_LINES); a bad pattern stops with one line."""
    try:
        study = re.compile(pattern) if pattern else None
    except re.error as error:
        raise StudyError(f"config key 'ingest.exclude_lines' is not a valid regular expression: {error}") from None
    return re.compile(f"(?:{study.pattern})|{TOOL_LINES}" if study is not None else TOOL_LINES)


def arrange(transcript: Transcript, layout: Layout, source: Path, check_labels: bool = True) -> Transcript:
    """A text transcript's header, unlabelled text and excluded lines, as ``layout`` says (see ``Layout``);
    ``check_labels`` stops on a label line the speaker pattern does not match (see ``check_unmatched_label_lines``:
    the gate's benchmark reads its sets' text whatever their labels).

    Text no label starts is never dropped: outside the header it is a turn of the unlabelled speaker, or
    the ingest stops with the count and the first line. Files written here from cues or rows keep their
    notes as notes."""
    if transcript.rendered and check_labels:  # "P3 (she/her): ..." in a Zoom cue's text is a speaker too
        check_unmatched_speaker_labels(transcript, source)
    if transcript.rendered:  # notes stay notes; a cue no speaker was given for is unlabelled text
        without = [turn for turn in transcript.turns if not turn.speaker]
        if without and layout.unlabelled != "speaker":
            characters = visible(transcript.text, [(t.start, t.end) for t in without])
            # where the file shows it: a cue by its time, a sheet's row by its number under the header (the line of
            # the text written here is nowhere in the file: the fourth trial's "line 1" for a cue on line 15)
            first_cue = without[0]
            where = f"row {first_cue.line} under the header"
            if first_cue.timestamp and source.suffix.lower() not in (".csv", ".xlsx"):
                where = f"the cue at {first_cue.timestamp}"
            raise StudyError(
                f"{source} ({where}): {characters} characters "
                f"in {len(without)} cue(s) or row(s) have no speaker; give each a speaker (a label such as 'P1:', a "
                "<v P1> tag, or the row's speaker cell), or set ingest.unlabelled: speaker to keep them as a turn of "
                "ingest.unlabelled_speaker"
            )
        turns = [
            replace(turn, speaker=layout.unlabelled_speaker, labelled=False) if not turn.speaker else turn
            for turn in transcript.turns
        ]
        return replace(transcript, turns=turns)
    if check_labels:
        check_unmatched_label_lines(transcript, source)
        check_unmatched_speaker_labels(transcript, source)
        check_unknown_voices(transcript, source)
    text, turns = transcript.text, transcript.turns
    first_label = transcript.labels[0][0] if transcript.labels else len(text)
    end_of_header = header_end(text, first_label, layout, source)
    pieces: list[Turn] = []
    unlabelled: list[Span] = line_spans(text, end_of_header, first_label)
    if unlabelled and layout.lines_without_label != "unlabelled":
        unlabelled = [(unlabelled[0][0], unlabelled[-1][1])]  # the text before the first label, one turn
    for turn in turns:
        if layout.lines_without_label == "unlabelled" and turn.end > turn.start:
            first, *rest = line_spans(text, turn.start, turn.end)
            pieces.append(replace(turn, end=first[1]))
            unlabelled += rest
        else:
            pieces.append(turn)
    exclude = exclusion(layout.exclude_lines)
    excluded: list[Span] = []
    if unlabelled and layout.unlabelled != "speaker":
        # lines to exclude (the study's, the tools' own) are no text without a speaker: counted, not a stop
        lines = [line for a, b in unlabelled for line in line_spans(text, a, b)]
        excluded = [(a, b) for a, b in lines if excludes(exclude, text[a:b])]
        unlabelled = [line for line in lines if line not in excluded]
    if unlabelled and layout.unlabelled != "speaker":
        characters = visible(text, unlabelled)
        first_line = text.count("\n", 0, unlabelled[0][0]) + 1
        raise StudyError(
            f"{source} line {first_line}: {characters} characters on {len(unlabelled)} line(s) have no speaker "
            "label; if they are the transcript's header set ingest.header_lines (or ingest.header_marker); if their "
            "lines start with a label of the file's own ('Q:', 'A:', 'Int:') add it to ingest.speaker_pattern (and a "
            "role to ingest.roles_by_prefix); to keep them as speech set ingest.unlabelled: speaker"
        )
    bullets: list[Span] = []
    if layout.lines_without_label == "unlabelled":
        # a list item is one person's contribution: its own turn, its bullet markup, not speech (the ninth trial's
        # 30 members' answers, typed as "- ..." under each question, were 9 turns with the dashes in the text)
        unlabelled, bullets = without_bullets(text, unlabelled)
    # a word processor's paragraph is one already: only a text file's hard-wrapped lines are joined (the tenth
    # trial's .odt gave two of a participant's paragraphs as one turn, four times)
    documents = source.suffix.lower() in (".docx", ".odt")
    for start, stop in unlabelled if documents else paragraphs(text, unlabelled):
        line = text.count("\n", 0, start) + 1
        pieces.append(Turn(layout.unlabelled_speaker, start, stop, line, labelled=False))
    pieces.sort(key=lambda turn: turn.start)
    kept: list[Turn] = []
    for turn in pieces:
        lines = line_spans(text, turn.start, turn.end)
        # a whole line, or a table row's last cell ("00:02:29<tab><tab>[sighs]": a note row with no speaker)
        out = [(a, b) for a, b in lines if excludes(exclude, text[a:b])]
        excluded += out
        if not out:
            kept.append(turn)
            continue
        # the turn goes on around its excluded lines, as turns of the same speaker
        runs: list[list[Span]] = [[]]
        for span in lines:
            if span in out:
                runs.append([])
            else:
                runs[-1].append(span)
        for run in (r for r in runs if r):
            line = text.count("\n", 0, run[0][0]) + 1
            kept.append(replace(turn, start=run[0][0], end=run[-1][1], line=line))
        if not any(runs):
            kept.append(replace(turn, end=turn.start))  # only excluded lines: a turn with no speech
    pieces, marks = without_time_marks(text, kept)
    return replace(
        transcript,
        turns=pieces,
        header_end=end_of_header,
        excluded=excluded,
        notes=[*transcript.notes, *marks],
        labels=sorted([*transcript.labels, *bullets]),
    )


# MAXQDA's and f4transkript's time mark, which ends a paragraph ("... came back. #00:03:17-4#")
# MAXQDA's and f4transkript's "#00:03:17-4#", and a typist's "[00:21:18]" or "(00:21:18)" in the middle of the speech
# (the fifteenth issue-18 trial's stamps were coded as speech); at a line's start a time is the label's, not a mark
TIME_MARK = re.compile(
    r"#(?P<mark>\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?)#"
    r"|(?<=\S)[ \t]*[\[(](?P<typed>\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[\])](?=[ \t]|$)"
)


def time_of(mark: re.Match[str]) -> str:
    """A time mark's time, whichever way it was written."""
    return mark.group("mark") or mark.group("typed")


def without_time_marks(text: str, turns: Sequence[Turn]) -> tuple[list[Turn], list[Span]]:
    """Turns without the time marks a transcription program writes into the speech (``TIME_MARK``), and the marks'
    spans, which are notes (counted, read by the anonymity gate, never coded). A mark ends its paragraph: a
    turn's speech before it is one turn with the mark's time as its end time, and the speech after it goes on as
    a turn of the same speaker (a trial's MAXQDA transcript had a mark at the end of every turn, coded as speech)."""
    out: list[Turn] = []
    marks: list[Span] = []
    for turn in turns:
        found = list(TIME_MARK.finditer(text, turn.start, turn.end))
        if not found:
            out.append(turn)
            continue
        start, began, produced = turn.start, turn.timestamp, len(out)
        for mark in found:
            marks.append(mark.span())
            end = len(text[: mark.start()].rstrip()) if mark.start() > start else start
            if text[start:end].strip():
                line = text.count("\n", 0, start) + 1
                out.append(replace(turn, start=start, end=end, line=line, timestamp=began, timestamp_end=time_of(mark)))
            rest = text[mark.end() : turn.end]
            start, began = mark.end() + len(rest) - len(rest.lstrip()), time_of(mark)  # the next paragraph's start
        if text[start : turn.end].strip():
            out.append(replace(turn, start=start, line=text.count("\n", 0, start) + 1, timestamp=began))
        if len(out) == produced:
            out.append(replace(turn, end=turn.start))  # only time marks: a turn with no speech, as ``arrange`` keeps
    return out, marks


# a name (up to three capitalised words) and a time alone on a line after a blank one, as Otter writes a label
LABEL_LINE = re.compile(
    r"(?:^|(?<=\n\n))[ \t]*[^\W\d_][\w'\u2019.-]*(?:[ ](?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]*|\d{1,3})){0,2}"
    r"[ \t]+"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*(?=\n[ \t]*\S)"
)


# a label's shape inside speech: a capitalised name (and a number or a second name), pronouns or an emoji after
# it, and a colon ("Siân: [00:00:05] ...", "P3 (she/her): ...", "P5 🌻: ..."), at a line's or a turn's start or
# after a sentence's end (where captions join their cues)
LABEL_SHAPE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*(?:[-*+\u2022][ \t]+)?\*{0,2}([A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]*"
    r"(?:[ \t](?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|\d{1,3}))?)"
    r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t][^\w\s]{1,3})?[ \t]*:\*{0,2}[ \t]"
)
RECURRING = 3  # a label the pattern misses says so by coming back: a "Note:" once is speech


def check_unmatched_speaker_labels(transcript: Transcript, source: Path) -> None:
    """A name in a label's shape that comes back at least RECURRING times inside the speech is a speaker the
    pattern does not match: its turns would be the speaker's before, without a word (the sixth trial's Sonix
    "Siân: [00:00:05]" and Zoom "P3 (she/her):" turns, all the facilitator's). Stop with its first line; the name is
    not shown (the gate has not read it). Dictionary words ("Note:", "Update:") and numbers are left alone."""
    from pipeline.detectors import is_ordinary

    text = transcript.text
    seen: dict[str, list[int]] = {}
    for turn in transcript.turns:
        for match in LABEL_SHAPE.finditer(text, turn.start, turn.end):
            name = match.group(1)
            if not is_ordinary(name.split()[0].casefold()):
                seen.setdefault(name, []).append(match.start(1))
    recurring = [starts for starts in seen.values() if len(starts) >= RECURRING]
    if recurring:
        first = min(starts[0] for starts in recurring)
        raise StudyError(
            f"{source} line {text.count(chr(10), 0, first) + 1}: a name in a speaker label's shape starts "
            f"{len(min(recurring, key=lambda starts: starts[0]))} passages of speech but ingest.speaker_pattern does "
            "not match it, so they would be the speaker's before; put a pseudonym for it in the file where it is a "
            "real name, and add the pseudonym to ingest.speaker_pattern (and a role to speakers.csv)"
        )


# a transcriber's label for a voice they could not name, at a line's start: "?:", "Unidentified speaker:", "Unknown
# 2:"; one is enough to stop, as it names no one a turn could go to
UNKNOWN_VOICE = re.compile(
    r"^[ \t]*(?:[-*+\u2022][ \t]+)?\*{0,2}(\?+|(?i:unidentified|unknown)(?:[ \t]+(?i:speaker|voice|participant|male|"
    r"female|man|woman))?(?:[ \t]*\d{1,2})?"
    # a guess ("P?"), two speakers at once ("P2/P3") or the room ("All", "Everyone"): the eighth trial's .odt
    r"|[A-Za-z]{1,3}\?|[A-Za-z]{1,3}\d{1,3}[ \t]*/[ \t]*[A-Za-z]{1,3}\d{1,3}"
    r"|(?i:all|everyone|everybody|several|several voices|multiple speakers|group|both))[ \t]*\*{0,2}[ \t]*(?::|\t)",
    re.MULTILINE,
)


def check_unknown_voices(transcript: Transcript, source: Path) -> None:
    """A line the transcriber gave to a voice they could not name ("?:", "Unidentified speaker:") that the speaker
    pattern does not match would join the turn before, label and all (the seventh trial's commissioner "said"
    "?: Is that recorded?"). Stop with its line and how to read such voices."""
    text = transcript.text
    for turn in transcript.turns:
        match = UNKNOWN_VOICE.search(text, turn.start, turn.end)
        if match:
            raise StudyError(
                f"{source} line {text.count(chr(10), 0, match.start(1)) + 1}: '{match.group(1)}' labels a voice the "
                "transcriber could not name (or several at once), but ingest.speaker_pattern does not match it, so its "
                "speech would join the turn before; add it to ingest.speaker_pattern (e.g. '|unidentified speaker|"
                "\\?|all') and give it a role in ingest.roles_by_prefix"
            )


def check_unmatched_label_lines(transcript: Transcript, source: Path) -> None:
    """In a transcript whose labels stand alone on their line with a time (Otter's "Speaker 1  0:03"), a line of the
    same shape inside a turn is a label ingest.speaker_pattern did not match: its speech would be the turn
    before's without a word (the fourth trial's "Zoë  59:42"). Stop with its line; the name is not shown (the
    gate has not read it yet)."""
    text = transcript.text
    shaped = {match.start() for match in LABEL_LINE.finditer(text)}
    if not any(start in shaped for start, _ in transcript.labels):
        return
    for turn in transcript.turns:
        for start in shaped:
            if turn.start <= start < turn.end:
                raise StudyError(
                    f"{source} line {text.count(chr(10), 0, start) + 1}: a name and a time alone on a line, as the "
                    "speaker labels above it are, which ingest.speaker_pattern does not match, so its speech would "
                    "join the turn before; put a pseudonym for it in the file where it is a real name, and add the "
                    "pseudonym to ingest.speaker_pattern (and a role to speakers.csv)"
                )


def excludes(pattern: re.Pattern[str], line: str) -> bool:
    """Whether ``pattern`` (an exclusion) takes the whole line, or a table row's last cell ("00:02:29<tab><tab>[sighs]":
    a note row with no speaker). A row's last cell that is a time alone is the row's time, not a line of the tool's:
    only a whole line of a time is excluded as Google Meet's."""
    cell = last_cell(line)
    return bool(pattern.fullmatch(line) or (not re.fullmatch(TIME, cell) and pattern.fullmatch(cell)))


def last_cell(line: str) -> str:
    """A table row's last cell, as a Word or LibreOffice table's row is read (cells joined by tabs)."""
    return line.rsplit("\t", 1)[-1].strip() if "\t" in line else line


def render(
    rows: Iterable[tuple[str, str, str, str]],
    header: Sequence[str] = (),
    notes: dict[int, list[str]] | None = None,
    footer: Sequence[str] = (),
    row_numbers: Sequence[int] | None = None,
    header_is_notes: bool = True,
) -> Transcript:
    """Text and turns from (speaker, speech, start time, end time) rows: one line per turn. ``header``
    lines come first (the preamble), ``notes[i]`` before the i-th turn (from 1), ``footer`` last: a caption
    file's NOTE blocks, kept as lines that are no turn, so nothing a transcript holds is lost and the anonymity
    gate reads them. A turn's line is its row's number among the rows, or ``row_numbers`` gives it (a sheet's
    row under its header, where a note column's notes are rows here but not in the sheet). With ``header_is_notes``
    false the header lines are the transcript's header (a sheet's title rows), not notes; a row whose speaker is
    NOTED is a note line (a sheet's notes column)."""
    pieces: list[str] = []
    turns = []
    labels: list[Span] = []
    note_spans: list[Span] = []
    cursor = 0

    def note(line: str) -> None:
        nonlocal cursor
        pieces.append(f"{line}\n")
        note_spans.append((cursor, cursor + len(line)))
        cursor += len(line) + 1

    for line in header:
        note(line)
    header_end = 0
    markup: list[Span] = []
    if not header_is_notes:  # the lines are the header, counted as a text file's header lines are
        header_end, note_spans = cursor, []
    excluded: list[Span] = []
    for number, (speaker, speech, start, end) in enumerate(rows, start=1):
        for line in (notes or {}).get(number, []):
            note(line)
        if speaker == NOTED:  # a line of its own, counted as a note, in no turn; its brackets and heading the tool's
            line = normalise(speech).strip()
            opened = line.find(": ") + 2 if line.startswith("[") and line.endswith("]") and ": " in line else 0
            if opened:
                markup += [(cursor, cursor + opened), (cursor + len(line) - 1, cursor + len(line))]
            note(line)
            continue
        if speaker == EXCLUDED:  # a line of its own, counted as excluded, in no turn
            line = normalise(speech).strip()
            excluded.append((cursor, cursor + len(line)))
            pieces.append(line + "\n")
            cursor += len(line) + 1
            continue
        label = (f"{speaker} ({start}): " if start else f"{speaker}: ") if speaker else ""  # "": no speaker given
        speech = normalise(speech).strip()
        begin = cursor + len(label)
        labels.append((cursor, begin))
        line_number = row_numbers[number - 1] if row_numbers is not None else number
        turns.append(Turn(speaker, begin, begin + len(speech), line_number, start, end))
        line = label + speech + "\n"
        pieces.append(line)
        cursor += len(line)
    for line in footer:
        note(line)
    text = "".join(pieces)
    return Transcript(
        text,
        turns,
        len(header),
        labels=labels,
        notes=note_spans,
        excluded=excluded,
        rendered=True,
        header_end=header_end,
        markup=markup,
    )


WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def word_text(element: Any) -> str:
    """A Word paragraph's text as Word shows it with changes accepted: inserted runs in, deleted runs out
    (their text is ``w:delText``, never read), tabs and line breaks kept, field codes left out."""
    pieces = []
    for node in element.iter():
        if node.tag == f"{WORD}t":
            pieces.append(node.text or "")
        elif node.tag == f"{WORD}tab":
            pieces.append("\t")
        elif node.tag in (f"{WORD}br", f"{WORD}cr"):
            pieces.append("\n")
    return "".join(pieces)


def word_notes(document: Any) -> dict[str, str]:
    """A Word document's footnotes and endnotes by kind and id ("footnote 2"): their text is in parts of its own,
    which python-docx does not read, so without this it would be lost without a word."""
    from lxml import etree

    notes: dict[str, str] = {}
    for relation in document.part.rels.values():
        kind = relation.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or relation.is_external:
            continue
        root = etree.fromstring(relation.target_part.blob)
        for note in root.iter(f"{WORD}footnote", f"{WORD}endnote"):
            if note.get(f"{WORD}type") in (None, "normal"):  # not the separator lines Word keeps there
                notes[f"{kind[:-1]} {note.get(f'{WORD}id')}"] = " ".join(word_text(note).split())
    return notes


def word_margins(document: Any) -> list[str]:
    """A Word document's page headers and footers and its comments, each a line after the body ("[page header:
    ...]", "[comment: ...]"), which the tools' own lines exclude and count (see TOOL_LINES): they are no one's
    speech, but they are the file's text, and a header often names the group, the date or the transcriber (the
    fourth trial's were dropped without a word, and never reached the anonymity gate)."""
    from lxml import etree

    lines: list[str] = []
    for section in document.sections:
        for kind, parts in (
            ("page header", (section.header, section.first_page_header, section.even_page_header)),
            ("page footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                text = " ".join(" ".join(word_text(p._p) for p in part.paragraphs).split())
                if text and f"[{kind}: {text}]" not in lines:
                    lines.append(f"[{kind}: {text}]")
    for relation in document.part.rels.values():
        if relation.reltype.rsplit("/", 1)[-1] != "comments" or relation.is_external:
            continue
        for comment in etree.fromstring(relation.target_part.blob).iter(f"{WORD}comment"):
            text = " ".join(word_text(comment).split())
            if text:
                lines.append(f"[comment: {text}]")
    return lines


# the words a table's heading row gives its columns, beyond those a sheet's columns are read by (COLUMN_NAMES)
HEADING_WORDS = {"notes", "note", "comments", "comment", "#", "no", "no.", "line", "turn", "role", "speaker role"}


def heading_columns(cells: list[str]) -> dict[str, int] | None:
    """A table's heading row ("Speaker | Time | What was said", NVivo's "Timespan | Content | Speaker") as the
    column each heading names, or None where the row is no heading."""
    said = [" ".join(cell.split()).lower().rstrip(":") for cell in cells]
    if not any(said) or not all(not cell or cell in COLUMN_NAMES or cell in HEADING_WORDS for cell in said):
        return None
    columns = {COLUMN_NAMES[cell]: i for i, cell in reversed(list(enumerate(said))) if cell in COLUMN_NAMES}
    return columns if {"speaker", "text"} & columns.keys() else None


# the roles a list of who took part gives beside each pseudonym ("P1 | Member | joined 2022", "F1 | Facilitator")
ROLE_CELL = re.compile(
    r"(?i)^[ \t]*(?:peer[ \t]+)?(?:member|facilitator|co-facilitator|commissioner|volunteer|observer|note-?taker"
    r"|interpreter|carer|parent|moderator|interviewer|researcher|peer[ \t]+(?:lead|worker|supporter))s?\b"
)


def people_table(rows: list[list[str]]) -> bool:
    """Whether a table lists who took part, not what they said: two rows or more, each a pseudonym or name and a
    role ("F1 | Facilitator (peer)", "P1 | Member | joined 2022"), or under a heading "Pseudonym | Role". The
    seventh trial's typist's table of attendees was read as five turns, coded as speech."""
    body = [cells for cells in rows if any(cell.strip() for cell in cells)]
    if not body:
        return False
    heading = [" ".join(cell.split()).lower().rstrip(":") for cell in body[0]]
    if "role" in heading and not any(COLUMN_NAMES.get(cell) == "text" for cell in heading):
        return True
    return len(body) >= 2 and all(len(cells) >= 2 and ROLE_CELL.match(cells[1]) for cells in body)


TIME_CELL = re.compile(rf"{TIME}(?:[ \t]*[-\u2013][ \t]*{TIME})?")  # a table's time or timespan cell


def table_lines(rows: list[list[str]]) -> list[str]:
    """A Word or LibreOffice table's rows as lines, each row's cells joined by tabs ("P1<tab>speech",
    "00:01:02<tab>P1<tab>speech"). A heading row is a line the tools' own lines exclude (see TOOL_LINES), not a turn
    of a speaker called "Speaker" (the fourth trial's turns table); where it puts the speaker after the speech
    (NVivo's "Timespan | Content | Speaker", the fifth trial's, read as one unlabelled turn), each row is written
    speaker first, its other cells (the timespan) as excluded lines after it."""
    if people_table(rows):  # a list of who took part: excluded lines, counted and scanned, never a turn
        # its cells still joined by tabs, as the gate reads a table's first cell as a name ("[table row] Mei<tab>...")
        return [
            "[table row] " + "\t".join(cell.strip() for cell in cells)
            for cells in rows
            if any(c.strip() for c in cells)
        ]
    lines: list[str] = []
    order: dict[str, int] | None = None
    for cells in rows:
        heading = heading_columns(cells)
        if heading is not None:
            lines.append(f"[table header: {' | '.join(cell.strip() for cell in cells if cell.strip())}]")
            speaker, text = heading.get("speaker", -1), heading.get("text", -1)
            # the layouts the label pattern reads as they stand: speaker first, or a time then the speaker
            readable = 0 <= speaker < text and (speaker == 0 or (speaker == 1 and heading.get("start") == 0))
            order = heading if speaker >= 0 and text >= 0 and not readable else None
            continue
        if order is None or max(order["speaker"], order["text"]) >= len(cells):
            lines.append("\t".join(cells))
            continue
        # a time or timespan column (NVivo's "Timespan") is the turn's time, after the speaker as the label reads
        # it: the thirteenth issue-18 trial's times were excluded cells and every turn had none
        when = order.get("start", -1)
        timed = 0 <= when < len(cells) and TIME_CELL.fullmatch(cells[when].strip()) is not None
        said = [
            cells[order["speaker"]].strip(),
            *([cells[when].strip()] if timed else []),
            cells[order["text"]].strip(),
        ]
        lines.append("\t".join(said))
        lines += [
            f"[table cell: {' '.join(cell.split())}]"
            for i, cell in enumerate(cells)
            if i not in (order["speaker"], order["text"]) and not (timed and i == when) and cell.strip()
        ]
    return lines


def word_lines(body: Any, notes: dict[str, str] | None = None) -> list[str]:
    """A Word body's paragraphs and tables in document order: a table row is one line, its cells joined by
    tabs ("P1<tab>speech", "00:01:02<tab>P1<tab>speech"), a cell's paragraphs by spaces; a footnote or endnote
    (``notes``) is a line of its own after its paragraph, "[footnote: ...]"."""
    lines: list[str] = []
    joined = False  # the paragraph before had its mark deleted: Word shows this one as more of it
    for child in body.iterchildren():
        if child.tag == f"{WORD}p":
            text = word_text(child)
            if joined and lines:
                lines[-1] += text
            else:
                lines.append(text)
            # a tracked deletion of the paragraph mark (w:pPr/w:rPr/w:del) joins the next paragraph to this one
            joined = child.find(f"{WORD}pPr/{WORD}rPr/{WORD}del") is not None
            for reference in child.iter(f"{WORD}footnoteReference", f"{WORD}endnoteReference"):
                kind = "footnote" if reference.tag == f"{WORD}footnoteReference" else "endnote"
                note = (notes or {}).get(f"{kind} {reference.get(f'{WORD}id')}")
                if note:
                    lines.append(f"[{kind}: {note}]")
                    joined = False
            continue
        joined = False
        if child.tag == f"{WORD}tbl":
            rows = [
                [" ".join(word_text(p) for p in cell.iter(f"{WORD}p")).strip() for cell in row.iter(f"{WORD}tc")]
                for row in child.iter(f"{WORD}tr")
            ]
            lines += table_lines(rows)
        elif child.tag == f"{WORD}sdt" and child.find(f"{WORD}sdtContent") is not None:
            lines += word_lines(child.find(f"{WORD}sdtContent"), notes)  # a content control wraps paragraphs
    return lines


def document_paragraphs(raw: bytes, source: Path) -> list[str]:
    """Paragraph texts of a .docx (python-docx) or .odt (odfpy) document, in order, tables included."""
    try:
        if source.suffix.lower() == ".docx":
            import docx

            document = docx.Document(io.BytesIO(raw))
            return word_lines(document.element.body, word_notes(document)) + word_margins(document)
        from odf import teletype
        from odf.namespaces import TABLENS, TEXTNS
        from odf.office import Annotation, AnnotationEnd
        from odf.opendocument import load
        from odf.style import Footer, Header
        from odf.table import TableRow
        from odf.text import Note, NoteBody

        paragraphs: list[str] = []

        def cell_text(node: Any) -> list[str]:
            texts: list[str] = []
            for child in node.childNodes:
                if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                    texts.append(teletype.extractText(child))
                else:
                    texts += cell_text(child)
            return texts

        def without_notes(paragraph: Any) -> tuple[str, list[str]]:
            # a footnote sits inside its paragraph: read as it stands, its number and text ran into the sentence
            # ("...and a consultant.1OT: occupational therapist."); it is its own line after the paragraph instead
            notes = list(paragraph.getElementsByType(Note))
            texts = [
                f"[{note.getAttribute('noteclass') or 'footnote'}: {' '.join(teletype.extractText(body).split())}]"
                for note in notes
                for body in note.getElementsByType(NoteBody)
            ]
            # and a comment (office:annotation: its author, date and text) ran into the sentence mid-word (the
            # fifth trial's "reallyCoder B2026-05-01T10:00:00is this a real name?"): a "[comment: ...]" line, as
            # Word's are
            comments = list(paragraph.getElementsByType(Annotation))
            texts += [
                f"[comment: {' '.join(teletype.extractText(part).split())}]"
                for comment in comments
                for part in comment.childNodes
                if getattr(part, "qname", None) == (TEXTNS, "p")
            ]
            for element in [*notes, *comments, *paragraph.getElementsByType(AnnotationEnd)]:
                element.parentNode.removeChild(element)
            return teletype.extractText(paragraph), texts

        def walk(node: Any) -> None:  # paragraphs and headings in document order, inside lists too
            for child in node.childNodes:
                name = getattr(child, "qname", None)
                if name in ((TEXTNS, "p"), (TEXTNS, "h")):
                    text, notes = without_notes(child)
                    paragraphs.append(text)
                    paragraphs.extend(notes)
                elif name == (TABLENS, "table"):  # a table row is one line, as in Word
                    rows = [
                        [
                            " ".join(cell_text(cell)).strip()
                            for cell in row.childNodes
                            if getattr(cell, "qname", None) == (TABLENS, "table-cell")
                        ]
                        for row in child.getElementsByType(TableRow)
                    ]
                    paragraphs.extend(table_lines(rows))
                else:
                    walk(child)

        document = load(io.BytesIO(raw))
        walk(document.text)
        # the page header and footer, in the master pages' styles: excluded lines after the body, as Word's are
        # (see ``word_margins``; the fifth trial's Google Docs header was neither read nor counted)
        for kind, element in (("page header", Header), ("page footer", Footer)):
            for part in document.masterstyles.getElementsByType(element):
                text = " ".join(teletype.extractText(part).split())
                if text and f"[{kind}: {text}]" not in paragraphs:
                    paragraphs.append(f"[{kind}: {text}]")
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
        named = (
            match.group("bracketed")
            or match.group("plain")
            or match.group("alone")
            or match.group("timed")
            or match.group("bare")
            or match.group("zoom")
        )
        # the label is written again from the speaker alone: pronouns after it ("Commissioner (she/her):") stay
        # with the speech, or they would be lost (the blind set BA's Zoom captions)
        pronouns = match.group("pronouns")
        return named, (f"{pronouns} " if pronouns else "") + text[match.end() :].lstrip(" \t")
    return None, text


# where a caption says the speaker changed without naming anyone: ">>" (broadcast and auto captions) or a dialogue
# dash at a line's start ("- Hi." / "- Hello.")
SPEAKER_CHANGE = re.compile(r"(?:^|(?<=\s))>>[ \t]*|^-[ \t]+", re.MULTILINE)


def cue_pieces(text: str) -> list[tuple[str, bool]]:
    """A cue's text in the pieces its speaker-change markers cut it into, each with whether a marker starts it
    (the speaker changed); the markers themselves are layout, like the time lines. A cue with no text is one
    empty piece, as before."""
    cuts = [(0, 0, False), *((m.start(), m.end(), True) for m in SPEAKER_CHANGE.finditer(text))]
    pieces = []
    for number, (_, after, changed) in enumerate(cuts):
        until = cuts[number + 1][0] if number + 1 < len(cuts) else len(text)
        piece = " ".join(text[after:until].split("\n")).strip()  # lines joined; spacing inside a line kept
        if piece:
            pieces.append((piece, changed))
    return pieces or [("", False)]


VOICE = re.compile(r"<v(?:\.[^\s>]+)*[ \t]+([^>\n]+)>")


# what marks captions that roll (YouTube's automatic ones): each word's time inside the cue, "<00:00:01.234><c> word"
ROLLING = re.compile(r"<\d{1,2}:\d{2}:\d{2}[.,]\d{3}>|<c[.>]")
REPEATED = "\0repeated"  # a piece ``voiced_pieces`` gives for a line a rolling caption repeats (its text as voice)


def rolling_repeats(captions: Sequence[Any]) -> dict[int, tuple[list[str], str]]:
    """For captions that roll (see ROLLING), each cue's lines that repeat the cue before's, and its text without
    them, by the cue's index: YouTube's automatic captions write each line three times (in its own cue, in a
    10-millisecond copy, and above the next line), and the fifth trial's segments held every line three times.
    Nothing for captions that do not roll, where a line said twice is said twice."""
    if not any(ROLLING.search(str(getattr(c, "raw_text", "") or "")) for c in captions):
        return {}
    found: dict[int, tuple[list[str], str]] = {}
    before: list[str] = []
    for i, caption in enumerate(captions):
        lines = [line.strip() for line in html.unescape(caption.text).split("\n") if line.strip()]
        found[i] = ([line for line in lines if line in before], "\n".join(line for line in lines if line not in before))
        before = lines
    return found


def voiced_pieces(caption: Any, repeats: tuple[list[str], str] | None = None) -> list[tuple[str, bool, str | None]]:
    """A cue's pieces (see ``cue_pieces``) with the voice each is in: one cue may hold two voices ("<v Member
    3>I agree.</v> <v Facilitator 1>Thanks.</v>"), each a turn of its own (a caption reader keeps the first voice
    for the whole cue: the fourth trial's facilitator spoke as a member). Character references are read as the
    characters they stand for ("&amp;" as "&", YouTube's "&gt;&gt;" as a speaker change). A rolling caption's
    repeated lines (``repeats``) come first, each a piece REPEATED with the line where the voice stands."""
    if repeats is not None:
        said = cue_pieces(STYLE_CODE.sub("", repeats[1]))
        return [(REPEATED, False, line) for line in repeats[0]] + [
            (piece, changed, caption.voice) for piece, changed in said if piece
        ]
    raw = str(getattr(caption, "raw_text", "") or "")
    voices = list(VOICE.finditer(raw))
    if len(voices) < 2:
        text = html.unescape(STYLE_CODE.sub("", caption.text))  # "{\an8}P3: Can I add": P3's label (the fifth trial's)
        voice = caption.voice or named_cue(caption)
        return [(piece, changed, voice) for piece, changed in cue_pieces(text)]
    found: list[tuple[str, bool, str | None]] = []
    raw = STYLE_CODE.sub("", raw)
    voices = list(VOICE.finditer(raw))
    before = TAG.sub("", raw[: voices[0].start()])
    found += [(html.unescape(piece), changed, None) for piece, changed in cue_pieces(before) if piece]
    for number, voice in enumerate(voices):
        until = voices[number + 1].start() if number + 1 < len(voices) else len(raw)
        said = cue_pieces(TAG.sub("", raw[voice.end() : until]))
        found += [(html.unescape(piece), True, voice.group(1).strip()) for piece, _ in said if piece]
    return found or [("", False, caption.voice)]


EXCLUDED = "\0excluded"  # a row ``render`` writes as an excluded line: a cue the study's exclude_lines matches
NOTED = "\0noted"  # a row ``render`` writes as a note line: a note in a sheet's notes column


def read_cues(
    raw: bytes, source: Path, labels: re.Pattern[str], exclude: str = "", check_labels: bool = True
) -> Transcript:
    """.vtt (Zoom, Teams) or .srt captions: consecutive cues of one speaker merge into one turn.

    A cue with no speaker continues the previous speaker's turn, as caption files split long speech. A cue
    whose speech ``exclude`` (ingest.exclude_lines) matches whole is an excluded line of its own, counted as
    excluded lines of text files are; the turn goes on after it. Text after ``WEBVTT`` on the first line is
    kept as a note. Every other line of the file must reach the text: a caption reader skips a block it
    cannot read (a cue with no time line) without a word, so the ingest stops on it instead. A cue that starts
    with a display name the pattern misses stops it too (``check_labels``; see ``unmatched_cue_label``).
    """
    import webvtt
    from webvtt.errors import MalformedFileError

    text = normalise(decode(raw, source))
    check_cue_times(text, source)
    excluded = exclusion(exclude)
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=source.suffix.lower().lstrip("."))
    except MalformedFileError as error:
        raise StudyError(
            f"{source}: not a valid {source.suffix} file ({error}); check the header and the cue times"
        ) from None
    merged: list[list[str]] = []
    notes: dict[int, list[str]] = {}  # NOTE blocks between cues, before the turn they precede
    speaking: str | None = None  # who the last cue of speech was from, across excluded cues
    unmatched: list[str] = []  # the times of cues that start with a label the pattern does not match
    labelled_in_text = False  # whether any cue names its speaker in its text, as Zoom's do
    repeats = rolling_repeats(captions.captions)
    pieces = (
        (c, number, *piece)
        for i, c in enumerate(captions.captions)
        for number, piece in enumerate(voiced_pieces(c, repeats.get(i)))
    )
    for caption, number, piece, changed, voice in pieces:
        # a cue's notes come before its first piece only
        comments = [note_line(comment) for comment in caption.comments if comment.strip()] if number == 0 else []
        if piece == REPEATED:  # a rolling caption's line again: excluded, counted, the turn goes on
            if comments:
                notes.setdefault(len(merged) + 1, []).extend(comments)
            merged.append([EXCLUDED, str(voice), caption.start, caption.end])
            continue
        speaker, speech = speaker_of_cue(piece, voice, labels)
        if speaker is None and (number == 0 or changed) and unmatched_cue_label(speech):
            unmatched.append(caption.start)
        elif speaker is not None and voice is None:
            labelled_in_text = True
        if comments:  # before this cue's turn: a new turn if the speaker changes, else the one it continues
            turn = len(merged) + (0 if speaker is None or (merged and merged[-1][0] == speaker) else 1)
            notes.setdefault(max(turn, 1), []).extend(comments)
        if excluded.fullmatch(speech.strip()):
            merged.append([EXCLUDED, speech.strip(), caption.start, caption.end])
            continue
        if speaker is None and merged and merged[-1][0] == EXCLUDED:
            speaker = speaking or ""  # the turn an excluded cue interrupted goes on (unlabelled if none had begun)
        if not merged and speaker is None:  # speech before any speaker: unlabelled text (see ``arrange``)
            merged.append(["", speech.strip(), caption.start, caption.end])
        elif (speaker is None and not changed) or (merged and merged[-1][0] == speaker):
            merged[-1][1] += " " + speech.strip()
            merged[-1][3] = caption.end
        else:  # a new speaker, named or not: a ">>" or a dialogue dash says the speaker changed
            merged.append([speaker if speaker is not None else "", speech.strip(), caption.start, caption.end])
        speaking = merged[-1][0]
    if unmatched and labelled_in_text and check_labels:
        # the name is not shown: the gate has not read it yet
        raise StudyError(
            f"{source} (the cue at {unmatched[0]}): {len(unmatched)} cue(s) start with a speaker's label that "
            "ingest.speaker_pattern does not match (a display name with a role, pronouns or a device after it, as "
            "Zoom writes them), so their speech would be the turn before's; rename the speaker in the file to a "
            "pseudonym the pattern matches, or add that pseudonym to ingest.speaker_pattern (and a role to "
            "speakers.csv)"
        )
    header = [note_line(comment) for comment in captions.header_comments if comment.strip()]
    title = re.match(r"\ufeff?WEBVTT(?:[ \t]+(\S.*))?\n((?:[^\n]*\S[^\n]*\n)*)", text + "\n")
    if title:  # "WEBVTT - Team meeting with <name>" and the lines up to the first blank one: the file's text too
        block = [title.group(1) or "", *title.group(2).split("\n")]
        header[:0] = [note_line(line.strip().removeprefix("NOTE")) for line in block if line.strip()]
    footer = [note_line(comment) for comment in captions.footer_comments if comment.strip()]
    transcript = render(
        ((speaker, speech, start, end) for speaker, speech, start, end in merged), header, notes, footer
    )
    return replace(transcript, layout_lines=check_cues_complete(text, transcript, source))


# a display name at a cue's start, as Zoom writes every cue ("Sam Ellis (she/her): ...", "Rob's iPhone: ...",
# "Ward 3 - Facilitator: ..."): up to six words, a bracket or a dash, then a colon
CUE_LABEL = re.compile(
    r"([^\W\d_][\w'\u2019.\-]*(?:[ \t]+(?:[\w'\u2019.\-/]+|\([^()\n]{1,24}\)|[-\u2013\u2014|])){0,5})[ \t]*:[ \t]"
)


def unmatched_cue_label(speech: str) -> bool:
    """Whether a cue's text starts with a display name no pattern took: a word of it no dictionary holds ("Sam",
    "iPhone") or a first name ("Jo"), or a bracket after a name ("Facilitator (she/her)"). The eighth issue-18
    trial's "Jo (Host):" cues were the turn before's, as a cue with no speaker continues it. "So basically: ..." is
    speech."""
    from pipeline.detectors import english_stop_words, first_names, fold, is_ordinary

    found = CUE_LABEL.match(speech)
    if not found:
        return False
    label = found.group(1)
    words = re.findall(r"[^\W\d_][\w'\u2019]*", label.split("(")[0])
    bracket = "(" in label
    stems = [re.sub(r"['\u2019]s$", "", word) for word in words]
    return bracket or any(
        not is_ordinary(stem.casefold())
        or (stem[:1].isupper() and fold(stem) in first_names() and stem.casefold() not in english_stop_words())
        for stem in stems
    )


CUE_ID = re.compile(r"\s*(?:\d+|[^\s]+)\s*$")  # a cue's identifier: a number in .srt, any word in .vtt
# Webex's cue identifier: its number and the speaker's name in quotes ('2 "Meeting Room 2 (Gravesend)"')
# (and, as some write it, a number in brackets after the name: '1 "Interviewer" (3046323712)', the twelfth trial's)
NAMED_CUE_ID = re.compile(r'\s*\d+[ \t]+"([^"\n]+)"(?:[ \t]*\(\d+\))?\s*$')


def named_cue(caption: Any) -> str | None:
    """The speaker a Webex caption names in its cue identifier, or None: the voice of a cue with no <v> tag (the
    blind set BP's identifiers were text no reader took, and stopped the ingest)."""
    found = NAMED_CUE_ID.match(str(getattr(caption, "identifier", "") or ""))
    return found.group(1).strip() if found else None


TAG = re.compile(r"</?[^>\n]*>")
# a subtitle's positioning or style code, SubStation style, inside .srt text: "{\an8}", "{\i1}"
STYLE_CODE = re.compile(r"\{\\[^{}\n]*\}")
WORDS = re.compile(r"\w+")


def check_cues_complete(text: str, transcript: Transcript, source: Path) -> int:
    """Every line of a caption file that is no time line, cue identifier, header or block keyword reached the
    transcript's text: a caption reader drops a block it cannot read (text with no time line above it) silently,
    and ingest's accounting, made from the text written here, would never see the loss. The lines that are
    layout are counted (the eighth issue-18 trial's report accounted for the text's lines, not the file's)."""
    lines = text.split("\n")
    # the words, counted: a label is rewritten ("P1:" as "P1 (00:00:01.000): ") and tags dropped, the words stay
    unread = Counter(WORDS.findall(TAG.sub(" ", transcript.text)))
    # a speaker's label is written once for cues merged into one turn: its words are not counted
    speakers = {word for turn in transcript.turns for word in WORDS.findall(turn.speaker)}
    in_style = False
    layout = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            in_style = False
            continue
        if number == 1 and stripped.lstrip("\ufeff").startswith("WEBVTT"):
            layout += 1
            continue
        if stripped in {"STYLE", "REGION"} or in_style:
            in_style = True
            layout += 1
            continue
        following = lines[number] if number < len(lines) else ""
        if CUE_TIMING.match(line) or (CUE_ID.match(line) and CUE_TIMING.match(following)):
            layout += 1
            continue
        named = NAMED_CUE_ID.match(line)
        if named and CUE_TIMING.match(following):  # a Webex speaker: its number is the cue's, its name the label's
            stripped = named.group(1)
        line_words = WORDS.findall(html.unescape(STYLE_CODE.sub(" ", TAG.sub(" ", stripped.removeprefix("NOTE")))))
        said = Counter(w for w in line_words if w not in speakers)
        unread.subtract(said)
        if any(unread[word] < 0 for word in said):
            # the text itself is not shown: it has not been through the anonymity gate yet
            raise StudyError(
                f"{source} line {number}: {len(stripped)} characters are in no cue a caption reader can read (a cue "
                "needs its time line, hh:mm:ss.ttt --> hh:mm:ss.ttt, above its text); add the time line or move the "
                "text into the cue above"
            )
    return layout


def note_line(comment: str) -> str:
    """A caption file's NOTE block as one line of the normalised text, marked as a note."""
    return "NOTE " + " ".join(normalise(comment).split())


def read_rows(raw: bytes, source: Path, exclude: str = "", columns: dict[str, list[str]] | None = None) -> Transcript:
    """.csv or .xlsx with one row per turn: columns speaker and text, optionally start and end, under the names
    tools give them (COLUMN_NAMES) or the study's own (``columns``, ingest.sheet_columns)."""

    study = study_columns(columns or {})
    try:
        other_sheets: list[str] = []
        if source.suffix.lower() == ".xlsx":
            table, other_sheets = sheet_table(raw, study)
        else:
            table = csv_table(decode(raw, source))
    except (zipfile.BadZipFile, ValueError, KeyError, csv.Error) as error:
        raise StudyError(f"{source}: cannot be read as {source.suffix} ({type(error).__name__}); re-save it") from None
    if source.suffix.lower() == ".xlsx":
        formula_without_value(raw, source)
    # a CSV's title row read back as its line was, commas and all (the tenth trial's two commas became spaces)
    table, title = below_title_rows(table, study, "," if source.suffix.lower() == ".csv" else " ")
    title = other_sheets + title
    excluded = exclusion(exclude)
    if is_survey(table.columns, study):
        details, rows = survey_rows(table, excluded, study)
        # each respondent's fields are header lines, as docs/transcript-formats.md says (the eleventh trial's were
        # counted as notes)
        return render(rows, header=title + details, header_is_notes=False)
    table.columns = column_names(table.columns, study)
    missing = [column for column in ("speaker", "text") if column not in table.columns]
    semicolons = [column_name(part) for part in str(table.columns[0]).split(";")] if len(table.columns) == 1 else []
    if missing and {"speaker", "text"} <= set(semicolons):  # only where the semicolons do separate the columns
        raise StudyError(f"{source}: columns are separated by semicolons; save it as CSV with commas (or as .xlsx)")
    if missing:
        read_as = "; ".join(
            f"{column} from a column headed {', '.join(repr(k) for k, v in COLUMN_NAMES.items() if v == column)}"
            for column in missing
        )
        raise StudyError(
            f"{source}: missing column(s) {', '.join(missing)}; one row per turn with speaker and text ({read_as}; "
            "or name the study's own columns in ingest.sheet_columns in config/config.yaml)"
        )
    # a note-taker's notes column ("participant became tearful here", the third trial's; "Notes" beside "Said" in a
    # sheet typed in the room) is no speech: each note is an excluded line after its row's turn, counted in the
    # exclusion report and read by the anonymity gate, never coded
    notes = [column for column in table.columns if column in NOTES_COLUMNS or study.get(column) == NOTES]
    # any other column the pipeline does not read would be lost without a word: its text stops the reading
    unread = [
        str(column)
        for column in table.columns
        if column not in TABLE_COLUMNS and column not in notes and table[column].astype(str).str.strip().ne("").any()
    ]
    if unread:
        raise StudyError(
            f"{source}: column(s) {', '.join(unread)} hold text the pipeline does not read (it reads speaker, text, "
            "start, end and notes); name them in ingest.sheet_columns in config/config.yaml (under notes to read them "
            "as notes: counted, scanned, never coded; or under text, speaker, start or end), or delete the column(s)"
        )
    # a title above the header ("Session 14 - sign-in", "SYNTHETIC TRANSCRIPT") is the sheet's header, as lines
    # before a text file's first label are: read and counted, never speech (the fourth trial's title row became
    # a turn, and no exclude_lines could take it out)
    rows = []
    row_numbers = []  # each row's number under the header, for a note's row too (the eighth trial's were off)
    for under_header, (_, row) in enumerate(table.iterrows(), start=1):
        # a row with no speaker (a title row, a transcriber's note) is unlabelled text, as a cue with none is:
        # a turn of ingest.unlabelled_speaker, or the ingest stops with its line (see ``arrange``)
        start = str(row.get("start", "")).strip()
        speaker = str(row["speaker"]).strip()
        # a row whose text the study excludes ("[phone rings, recording paused]") is an excluded line, as a cue is:
        # matched on its text cell, not on the end time that is the row's last cell (the third trial's sheet)
        if excluded.fullmatch(str(row["text"]).strip()):
            speaker = EXCLUDED
        rows.append((speaker, str(row["text"]), start, str(row.get("end", "")).strip()))
        row_numbers.append(under_header)
        for column in notes:
            if str(row[column]).strip():
                note = re.sub(r"\s*\n\s*", " ", str(row[column]).strip())  # a line of its own; its spacing kept
                rows.append((NOTED, f"[{column}: {note}]", "", ""))
                row_numbers.append(under_header)
    # title rows are the sheet's header, as docs/transcript-formats.md says (the ninth trial's were counted as notes)
    return render(rows, header=title, row_numbers=row_numbers, header_is_notes=False)


def is_header(cells: Iterable[object], study: dict[str, str] | None = None) -> bool:
    """Whether a row is a table's header: a speaker and a text column, or a survey export's fields."""
    cells = list(cells)
    return {"speaker", "text"} <= set(column_names(cells, study)) or is_survey(cells, study)


def is_survey(headers: Iterable[object], study: dict[str, str] | None = None) -> bool:
    """Whether a table's header is a survey export's: one row per respondent, a column per question (Microsoft
    Forms, Google Forms, Typeform, SurveyMonkey, Qualtrics), with no speaker and text columns but a respondent's
    id or submission time, and at least one column that is no such field (a question)."""
    names = [" ".join(str(header).split()).lower() for header in headers]
    if {"speaker", "text"} <= set(column_names(names, study)):
        return False
    questions = [name for name in names if name not in SURVEY_FIELDS and not re.fullmatch(r"|unnamed: \d+", name)]
    return bool(RESPONDENT_MARKERS & set(names)) and bool(questions)


def survey_rows(
    table: Any, excluded: re.Pattern[str], study: dict[str, str] | None = None
) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """A survey's responses as a focus group's turns, question by question: each respondent, in the export's order,
    is the speaker ``Respondent 1``, ``Respondent 2`` ... (their role from ``ingest.roles_by_prefix``, as any
    pseudonym's; the export's own id can be a Qualtrics token, and a name column holds a real name, so neither is
    the label). Their fields (id, times, e-mail, name), their answers to a question about who they are, where they
    live or how to reach them (``identity_kind``: "What's your first name?", "Which club are you with?"), and the
    columns the study names as notes are a header line each, "[respondent 3: ID = 3 | What's your first name? =
    Marta]", read by the anonymity gate (which takes each such answer as the identifier it is) and counted, never
    coded. Each question is an excluded line, once, followed by every answer to it, so a coder reads
    an answer under what it answers and the question's words are not repeated per respondent. An empty answer
    gives no line; nothing written is left out."""
    headers = [str(header) for header in table.columns]
    fields = [
        h
        for h in headers
        if " ".join(h.split()).lower() in SURVEY_FIELDS
        or identity_kind(h)
        or (study or {}).get(" ".join(h.split()).lower()) == NOTES
    ]
    questions = [h for h in headers if h not in fields and not re.fullmatch(r"Unnamed: \d+", h)]
    answers = [[str(value).strip() for value in row] for _, row in table.iterrows()]
    details = []
    for number, cells in enumerate(answers, start=1):
        said = [
            f"{' '.join(h.split())} = {' '.join(cell.split())}"
            for h, cell in zip(headers, cells, strict=True)
            if h in fields and cell
        ]
        details.append(f"[respondent {number}: {' | '.join(said)}]")
    rows: list[tuple[str, str, str, str]] = []
    for question in questions:
        column = headers.index(question)
        given = [(number, cells[column]) for number, cells in enumerate(answers, start=1) if cells[column]]
        if given:
            rows.append((EXCLUDED, f"[question: {' '.join(question.split())}]", "", ""))
        for number, answer in given:
            rows.append((EXCLUDED if excluded.fullmatch(answer) else f"Respondent {number}", answer, "", ""))
    return details, rows


def identity_kind(question: str) -> str | None:
    """The kind of identifier a survey's question asks for ("What's your first name?": name; "Where do you live?
    (town, village or estate)": place; "Which club are you with?": workplace), or None. Its answers are that
    identifier whatever their words (blind set BL's first names in lower case, villages, groups), so ingest reads
    them as the respondent's details and the anonymity gate takes them whole (``survey_field_findings``)."""
    folded = " ".join(question.split()).lower()
    return next((kind for pattern, kind in IDENTITY_QUESTIONS if re.search(pattern, folded)), None)


# what a survey's question asks for, tried in order (an e-mail before a name: "your email address")
IDENTITY_QUESTIONS = (
    (r"e-?mail", "email"),
    (r"\b(?:phone|mobile|telephone)\b", "phone"),
    (r"\bpost ?code\b", "postcode"),
    (r"\b(?:address|street)\b", "street_address"),
    (r"\bdate of birth\b|\bd\.?o\.?b\b|\bbirthday\b", "date_of_birth"),
    (r"\b(?:handle|username|user name)\b", "handle"),
    (r"\b(?:name|surname|initials)\b", "name"),
    (r"\bwhere (?:do |did )?you live\b|\bhome (?:town|village)\b", "place"),
    (r"\bwhich (?:club|peer group|group|team|school|college|practice|surgery|gp|employer|organi[sz]ation|church|"
     r"charity|venue)\b|\b(?:employer|workplace)\b", "workplace"),
)  # fmt: skip
TITLE_ROWS = 10  # how far down a sheet the header row is looked for
# the fields survey tools write beside the answers (Microsoft Forms, Google Forms, Typeform, SurveyMonkey,
# Qualtrics): not answers, read as a respondent's details line (see ``survey_rows``)
SURVEY_FIELDS = {
    "id", "#", "respondent id", "response id", "responseid", "submission id", "network id", "collector id",
    "ip address", "ipaddress", "token", "timestamp", "start time", "completion time", "last modified time",
    "start date", "end date", "start date (utc)", "submit date (utc)", "stage date (utc)", "submitted at",
    "date submitted", "recorded date", "recordeddate", "startdate", "enddate", "progress", "finished", "status",
    "duration (in seconds)", "response type", "distribution channel", "user language", "custom data 1",
    "email", "email address", "e-mail", "name", "your name", "full name", "first name", "last name",
    "recipient first name", "recipient last name", "recipient email", "external data reference",
    "location latitude", "location longitude",
}  # fmt: skip
# a field only a survey export has, one of which marks a table as a survey's (see ``is_survey``)
RESPONDENT_MARKERS = {
    "respondent id", "response id", "responseid", "submission id", "network id", "completion time",
    "submitted at", "submit date (utc)", "date submitted", "recorded date", "recordeddate", "timestamp",
    "start time", "start date", "id", "#",
}  # fmt: skip
TABLE_COLUMNS = ("speaker", "text", "start", "end")
# a sheet's columns of notes about the turns, not speech (see ``read_rows``)
NOTES_COLUMNS = {"notes", "note", "comments", "comment", "observer notes", "transcriber notes", "facilitator notes"}
NOTES = "notes"  # a study's column named under ingest.sheet_columns.notes (see ``study_columns``)
# the names transcription services and meeting tools give the columns the pipeline reads ("Timestamp", "Speaker
# Name", "Transcript"), each read as its column: the fifth blind set's sheet stopped on its "Timestamp" column
COLUMN_NAMES = {
    "speaker": "speaker", "speaker name": "speaker", "name": "speaker", "participant": "speaker", "who": "speaker",
    "text": "text", "transcript": "text", "transcription": "text", "utterance": "text", "speech": "text",
    "what was said": "text", "dialogue": "text", "content": "text", "message": "text",
    # a research repository's or a note-taker's excerpts (Dovetail, Condens: "Highlight text"; "Quote")
    "quote": "text", "quotation": "text", "highlight": "text", "highlight text": "text", "excerpt": "text",
    # as a note-taker heads a sheet typed in the room: "Time | Who | Said | Notes"
    "said": "text", "what they said": "text", "words": "text", "verbatim": "text", "person": "speaker",
    "start": "start", "start time": "start", "start_time": "start", "timestamp": "start", "time": "start",
    "timespan": "start", "time span": "start", "timecode": "start",
    "time stamp": "start", "begin": "start", "in": "start",
    "end": "end", "end time": "end", "end_time": "end", "stop": "end", "out": "end",
}  # fmt: skip


def study_columns(columns: dict[str, list[str]]) -> dict[str, str]:
    """A study's ingest.sheet_columns ({"text": ["Highlight text"], "notes": ["Tags"]}) as header -> column, the
    header as ``column_name`` folds it."""
    return {" ".join(str(name).split()).lower(): column for column, names in columns.items() for name in names}


def column_name(header: object, study: dict[str, str] | None = None) -> str:
    """A table's header cell as the column the pipeline reads it as: the study's name for it (``study``, from
    ingest.sheet_columns; a notes column keeps its own name), else COLUMN_NAMES', else as written."""
    name = " ".join(str(header).split()).lower()
    if study and name in study:
        return name if study[name] == NOTES else study[name]
    return COLUMN_NAMES.get(name, name)


def column_names(headers: Iterable[object], study: dict[str, str] | None = None) -> list[str]:
    """Each header cell's column (see ``column_name``); a second column of the same meaning keeps its own name, so
    its text is not read over the first's but stops the reading as a column not read."""
    names: list[str] = []
    for header in headers:
        name = column_name(header, study)
        names.append(name if name not in names else " ".join(str(header).split()).lower())
    return names


def sheet_cells(sheet: Any) -> list[list[str]]:
    """A worksheet's rows as text cells, a merged cell's value in every cell it spans (a speaker's cell merged over
    two rows gave the second row no speaker: the fourth trial's sheet), empty rows left out (they hold no text)."""
    cells = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = cells[merged.min_row - 1][merged.min_col - 1]
        for row in range(merged.min_row - 1, merged.max_row):
            for column in range(merged.min_col - 1, merged.max_col):
                cells[row][column] = value
    return [row for row in cells if any(cell.strip() for cell in row)]


def sheet_table(raw: bytes, study: dict[str, str] | None = None) -> tuple[Any, list[str]]:
    """A workbook's transcript as a table of text cells, the first row its header: the first sheet with a speaker
    and a text column in its first rows (the sixth trial's was the second of three, and the first was read), else
    the first sheet; and the other sheets' text, a line a row ("[sheet Project info: Coder | R. K.]"), read as the
    transcript's header, counted and scanned, not lost."""
    import openpyxl

    sheets = [(sheet.title, sheet_cells(sheet)) for sheet in openpyxl.load_workbook(io.BytesIO(raw), data_only=True)]
    chosen = next((i for i, (_, rows) in enumerate(sheets) if any(is_header(r, study) for r in rows[:TITLE_ROWS])), 0)
    cells = sheets[chosen][1]
    if not cells:
        raise ValueError("an empty sheet")
    others = [
        f"[sheet {title}: {' | '.join(cell.strip() for cell in row if cell.strip())}]"
        for i, (title, rows) in enumerate(sheets)
        if i != chosen
        for row in rows
    ]
    return first_row_header(cells), others


def csv_table(text: str) -> Any:
    """A CSV file's table of text cells, the first row its header, its rows as a spreadsheet shows them: a title
    line above the header with a comma in it ("SYNTHETIC - every name, number ...", the blind sets BJ's and BL's
    survey exports) is a row of two cells, not the header of a two-column table that pandas cannot read."""
    import csv

    cells = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not cells:
        raise ValueError("an empty file")
    width = max(len(row) for row in cells)
    return first_row_header([row + [""] * (width - len(row)) for row in cells])


def first_row_header(cells: list[list[str]]) -> Any:
    """A table of text cells whose first row is the header; an empty header cell is named as pandas names one
    ("Unnamed: 3"), so that a title row above the header reads as one."""
    import pandas as pd

    header = [cell if cell.strip() else f"Unnamed: {i}" for i, cell in enumerate(cells[0])]
    return pd.DataFrame(cells[1:], columns=header, dtype=str)


def below_title_rows(table: Any, study: dict[str, str] | None = None, joiner: str = " ") -> tuple[Any, list[str]]:
    """The table under its header row, when title rows stand above it (the header is the first row with a
    speaker and a text column, or a survey's fields), and the title rows' text, each row's cells joined; the
    table as it is when its first row is the header or no row is."""
    if is_header(table.columns, study):
        return table, []
    for number in range(min(TITLE_ROWS, len(table))):
        cells = [str(cell).strip() for cell in table.iloc[number]]
        if is_header(cells, study):
            # pandas names an empty header cell "Unnamed: 3"; it holds no text
            header = [str(c) for c in table.columns if not re.fullmatch(r"Unnamed: \d+", str(c))]
            above = [header, *([str(c) for c in table.iloc[i]] for i in range(number))]
            title = [joiner.join(cell for cell in row if cell.strip()) for row in above]
            body = table.iloc[number + 1 :].reset_index(drop=True)
            body.columns = cells
            return body, [line for line in title if line]
    return table, []


def formula_without_value(raw: bytes, source: Path) -> None:
    """A workbook cell that is a formula saved with no value (written by a script, never opened in Excel)
    would read as empty speech; stop with its place instead."""
    import openpyxl

    formulas = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False).worksheets[0]
    values = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True).worksheets[0]
    for row_f, row_v in zip(formulas.iter_rows(), values.iter_rows(), strict=False):
        for cell_f, cell_v in zip(row_f, row_v, strict=False):
            if isinstance(cell_f.value, str) and cell_f.value.startswith("=") and cell_v.value is None:
                raise StudyError(
                    f"{source} cell {cell_f.coordinate}: a formula with no saved value; open the file in a "
                    "spreadsheet program and save it, or paste the values in"
                )


# a cue's timing line: hours optional, minutes and seconds below 60, milliseconds after a dot or comma
CUE_TIME = r"(?:\d+:)?[0-5]\d:[0-5]\d[.,]\d{3}"
CUE_TIMING = re.compile(rf"^\s*{CUE_TIME}\s+-->\s+{CUE_TIME}(?:\s.*)?$")


def check_cue_times(text: str, source: Path) -> None:
    """Every cue's timing line is valid: a caption reader skips a cue it cannot read (its speech with it)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if re.match(r"\s*\d[\d:.,]*\s*-->", line) and not CUE_TIMING.match(line):
            raise StudyError(
                f"{source} line {number}: '{line.strip()[:60]}' is not a valid cue time (hh:mm:ss.ttt --> "
                "hh:mm:ss.ttt, minutes and seconds below 60); correct it"
            )


def check_format(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise StudyError(f"{path}: format '{path.suffix}' is not supported; use one of {', '.join(SUFFIXES)}")


def read_transcript(
    path: Path,
    labels: re.Pattern[str],
    max_bytes: int,
    exclude: str = "",
    columns: dict[str, list[str]] | None = None,
    check_labels: bool = True,
) -> Transcript:
    """Any supported transcript file as normalised text with speaker turns (``exclude``: ingest.exclude_lines,
    which captions need here, where their cues are still apart; ``check_labels``: stop on a cue whose display name
    the pattern misses, which the gate's benchmark reads as text)."""
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
    if suffix in (".docx", ".odt", ".xlsx"):
        check_expansion(raw, path, max(10 * max_bytes, 100_000_000))
    readers: dict[str, Callable[[], Transcript]] = {
        ".docx": lambda: parse_turns(normalise("\n".join(document_paragraphs(raw, path))), labels),
        ".odt": lambda: parse_turns(normalise("\n".join(document_paragraphs(raw, path))), labels),
        ".vtt": lambda: read_cues(raw, path, labels, exclude, check_labels),
        ".srt": lambda: read_cues(raw, path, labels, exclude, check_labels),
        ".csv": lambda: read_rows(raw, path, exclude, columns),
        ".xlsx": lambda: read_rows(raw, path, exclude, columns),
    }
    if suffix in readers:
        return readers[suffix]()
    return parse_turns(normalise(decode(raw, path)), labels)
