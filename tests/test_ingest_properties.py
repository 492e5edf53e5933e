"""Property-based tests of ingest: any text, any speakers, nothing lost and nothing misplaced."""

import itertools
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import segment_transcript
from pipeline.transcripts import Layout, arrange, label_regex, normalise, parse_turns

PATTERNS = ["[A-Z]{1,3}[0-9]{1,3}", "[A-Z]{1,3}[0-9]{1,3}|(?:Facilitator|Member)(?: ?[0-9]{1,3})?", "Speaker [0-9]"]
ROLES = {"P": "member", "F": "facilitator", "C": "commissioner", "Facilitator": "facilitator", "Member": "member"}
ROLES["Speaker"] = "member"
ROLES["UNLABELLED"] = "unlabelled"
SPEAKERS = st.sampled_from(["P1", "P12", "F2", "C3", "Facilitator", "Member 4", "Speaker 7"])
LABEL_FORMS = st.sampled_from(["{}: ", "[{}] ", "{} (00:01:02): ", "{} - ", "**{}:** "])
# speech: any text at all, including labels, brackets, colons, line breaks, control characters and emoji
SPEECH = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(list("\n\r\t:[]()-*P1F2")),
    max_size=400,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(text=SPEECH, pattern=st.sampled_from(PATTERNS))
@FAST
def test_any_text_parses_without_crashing_and_turns_point_at_their_speech(text: str, pattern: str) -> None:
    source = normalise(text)
    transcript = parse_turns(source, label_regex(pattern))
    for turn in transcript.turns:
        speech = source[turn.start : turn.end]
        assert speech == speech.strip()
        assert source.count("\n", 0, turn.start) + 1 == turn.line
    spans = [(t.start, t.end) for t in transcript.turns]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


@given(
    preamble=SPEECH,
    turns=st.lists(st.tuples(SPEAKERS, LABEL_FORMS, SPEECH), min_size=1, max_size=12),
    max_chars=st.integers(min_value=50, max_value=400),
)
@FAST
def test_every_spoken_character_lands_in_exactly_one_segment(
    nlp: Any, preamble: str, turns: list[tuple[str, str, str]], max_chars: int
) -> None:
    body = "\n".join(form.format(speaker) + speech for speaker, form, speech in turns)
    source = normalise(preamble.replace("\n", " ") + "\n" + body)
    parsed = parse_turns(source, label_regex(PATTERNS[1] + "|Speaker [0-9]"))
    # the first line is the header; any other text no label starts is a turn of its own, a bracketed line
    # is excluded: whatever the text, every character is speech, a label, the header or excluded (else the
    # ingest raises)
    layout = Layout(header_lines=1, unlabelled="speaker", exclude_lines=r"\[[^\]]*\]")
    transcript = arrange(parsed, layout, Path("x1.txt"))
    rows, report = segment_transcript(transcript, "x1", Path("x1.txt"), nlp, {}, ROLES, max_chars)
    owner = [0] * len(source)
    for row in rows:
        assert source[row["start"] : row["end"]] == row["text"]
        assert row["text"] == row["text"].strip()
        for index in range(row["start"], row["end"]):
            owner[index] += 1
    spoken = {i for t in transcript.turns for i in range(t.start, t.end) if not source[i].isspace()}
    assert all(owner[i] == 1 for i in spoken)
    assert all(owner[i] == 0 for i in range(len(source)) if i not in spoken and not source[i].isspace())
    # the turns counted are those with speech: a label over nothing, or over excluded lines only, gives no segment
    with_speech = [t for t in transcript.turns if any(not source[i].isspace() for i in range(t.start, t.end))]
    assert report["turns"] == len(with_speech)
    assert report["characters"] == len("".join(source.split()))
    assert len({row["segment_id"] for row in rows}) == len(rows)
