"""Taguette's exports into the study's codebook and coding: highlights placed by their text."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import StudyError
from pipeline.taguette import codebook_from_tags, document_map, main, place_highlights, read_export

SOURCE = "P1: The tea is good.\nP2: The tea is good.\nP1: And the people\nare kind.\nP3: Nothing to add.\n"


def segments() -> pd.DataFrame:
    rows, start = [], 0
    for number, line in enumerate(
        ["The tea is good.", "The tea is good.", "And the people\nare kind.", "Nothing to add."], 1
    ):
        start = SOURCE.index(line, start)
        rows.append(
            {"segment_id": f"w1-{number:04d}-01", "workshop_id": "w1", "start": start, "end": start + len(line)}
        )
        start += len(line)
    return pd.DataFrame(rows)


def highlights(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"id": i, "document": d, "tag": t, "content": c} for i, (d, t, c) in enumerate(rows, 1)])


def test_highlights_are_placed_by_their_text_and_the_rest_is_reviewed_with_no_code() -> None:
    """Whitespace differs (a line break read as a space), the document is named with an extension and in
    another case; a text found twice goes by the export's order."""
    found = highlights(
        ("W1.txt", "kind", "And the people are kind."),
        ("w1", "tea", "The tea is good."),
        ("w1", "tea", "The tea is good."),
    )
    coding, problems = place_highlights(found, {"kind": "kindness", "tea": "tea"}, segments(), {"w1": SOURCE})
    assert coding.values.tolist() == [
        ["w1-0001-01", "tea"],
        ["w1-0002-01", "tea"],
        ["w1-0003-01", "kindness"],
        ["w1-0004-01", ""],  # highlighted in, not coded: reviewed
    ]
    assert problems["kind"].tolist() == ["highlight text found in several places; placed by the export's order"] * 2


def test_what_cannot_be_placed_is_reported_not_dropped() -> None:
    """A row that does not come in is reported; and the coder's file claims nothing it cannot know (the thirteenth
    issue-18 trial: a segment whose one code was a tag the study lacks became "reviewed, no code"). The segment a
    tag-less-code highlight covers is left out, and a workshop where a highlight's text was not found has no
    "reviewed, no code" rows: where that highlight lay is not known."""
    found = highlights(("w9", "tea", "The tea is good."), ("w1", "cake", "The tea"), ("w1", "tea", "Not said."))
    coding, problems = place_highlights(found, {"tea": "tea"}, segments(), {"w1": SOURCE, "w2": "P1: hi\n"})
    assert problems.values.tolist() == [
        ["document is no workshop of the study", "w9", "row 2 (highlight 1)"],
        ["tag not in the codebook export", "cake", "row 3 (highlight 2)"],
        ["highlight text found in several places; placed by the export's order", "w1", "row 3 (highlight 2): 2 places"],
        ["highlight text not found in the transcript", "w1", "row 4 (highlight 3)"],
        ["workshop with no highlight: not marked as reviewed", "w2", ""],
        ["segment left out of the coder's file: a coding on it did not come in", "w1-0001-01", "no other code"],
        ["uncoded segments not marked as reviewed: a coding in the workshop could not be placed", "w1",
         "3 segment(s)"],
    ]  # fmt: skip
    assert coding.empty


def test_a_code_map_names_a_tag_as_the_studys_code_or_leaves_it_out(tmp_path: Path) -> None:
    """The thirteenth issue-18 trial's tags were near the codebook's labels but not them ("activities",
    "ground rules (negotiated)") and a team's own "Stigma" was none; no setting could say so, and --accept-unplaced
    wrote the segments they coded as read with no code. A code map names each; a leading article is no
    difference; a tag neither matches nor maps is reported with the code nearest to it."""
    from pipeline.codebook import load_codebook
    from pipeline.imports import code_for, read_code_map

    study = load_codebook(Path(__file__).resolve().parents[1] / "config" / "codebook.yaml")
    (tmp_path / "map.csv").write_text(
        "name,code\nactivities,committing_to_activities\nground rules (negotiated),Negotiated ground rules\nStigma,\n",
        encoding="utf-8",
    )
    code_map = read_code_map(tmp_path / "map.csv", study)
    assert code_for("Activities", study, code_map) == "committing_to_activities"
    assert code_for("ground rules  (negotiated)", study, code_map) == "negotiated_ground_rules"
    assert code_for("Stigma", study, code_map) == ""  # the study leaves it out: it codes nothing
    assert code_for("Conducive physical environment", study, code_map) == "conducive_environment"
    assert code_for("lobbying", study, code_map) is None
    (tmp_path / "bad.csv").write_text("name,code\nlobbying,lobbying for chnage\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"bad.csv row 2: 'lobbying for chnage' is no code of the study's codebook "
                                         r"\(did you mean 'lobbying_for_change'\?\)"):  # fmt: skip
        read_code_map(tmp_path / "bad.csv", study)
    (tmp_path / "cols.csv").write_text("tag,to\nx,y\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"cols.csv: needs the columns name,code"):
        read_code_map(tmp_path / "cols.csv", study)
    with pytest.raises(StudyError, match=r"give the study's codebook with --codebook"):
        read_code_map(tmp_path / "map.csv", None)
    # placed: the mapped tag codes its segment, the left-out tag codes nothing and its segment stays read, the
    # unknown tag's segment is left out with the nearest code named
    found = highlights(("w1", "activities", "The tea is good."), ("w1", "Stigma", "are kind."),
                       ("w1", "lobbying", "Nothing to add."))  # fmt: skip
    tags = {"activities": "committing_to_activities", "Stigma": ""}
    coding, problems = place_highlights(found, tags, segments(), {"w1": SOURCE}, study=study)
    assert coding.values.tolist() == [["w1-0001-01", "committing_to_activities"], ["w1-0002-01", ""],
                                      ["w1-0003-01", ""]]  # fmt: skip
    said = problems.values.tolist()
    assert ["tag is no code of the study's codebook", "lobbying",
            "row 4 (highlight 3) (did you mean 'lobbying_for_change'?)"] in said  # fmt: skip
    assert ["segment left out of the coder's file: a coding on it did not come in", "w1-0004-01",
            "no other code"] in said  # fmt: skip


def test_a_highlight_with_curly_quotes_is_placed_and_an_empty_one_says_so() -> None:
    """The third issue-18 trial: a highlight exported with a curly apostrophe was "not found" in a transcript
    typed with a straight one; an empty highlight got the same words and no reason."""
    source = "P1: I'd say the tea is good.\n"
    table = pd.DataFrame([{"segment_id": "w1-0001-01", "workshop_id": "w1", "start": 4, "end": len(source) - 1}])
    found = highlights(("w1", "tea", "I\u2019d say the tea"), ("w1", "tea", ""))
    coding, problems = place_highlights(found, {"tea": "tea"}, table, {"w1": source})
    assert coding.values.tolist() == [["w1-0001-01", "tea"]]
    assert problems.values.tolist() == [
        ["highlight text not found in the transcript", "w1", "row 3 (highlight 2): the highlight is empty"]
    ]


def test_a_highlight_in_another_unicode_form_or_from_rendered_markdown_is_placed() -> None:
    """The seventh trial's "café" with a combining accent, and a highlight copied from a Markdown transcript as
    Taguette shows it (no ** marks), were "not found"."""
    source = "**P1:** The *café* is warm.\n"
    table = pd.DataFrame([{"segment_id": "w1-0001-01", "workshop_id": "w1", "start": 8, "end": len(source) - 1}])
    found = highlights(("w1", "tea", "The cafe\u0301 is"), ("w1", "warm", "P1: The café is warm."))
    coding, problems = place_highlights(found, {"tea": "tea", "warm": "warm"}, table, {"w1": source})
    assert coding.values.tolist() == [["w1-0001-01", "tea"], ["w1-0001-01", "warm"]]
    assert problems.empty


def test_the_codebook_export_becomes_themes_with_what_it_has(tmp_path: Path) -> None:
    (tmp_path / "codebook.csv").write_text("tag,description,number of highlights\nTea & cake,Food.,3\nPeople,,1\n")
    raw = codebook_from_tags(read_export(tmp_path / "codebook.csv", ("tag", "description")), tmp_path / "codebook.csv")
    assert raw["themes"] == [
        {"id": "tea_cake", "label": "Tea & cake", "brief": "Food.", "full": "Food."},
        {"id": "people", "label": "People"},
    ]
    assert raw["tensions"] == []
    (tmp_path / "highlights.csv").write_text("id,document,tags\n")
    with pytest.raises(
        StudyError, match=r"highlights.csv: missing column\(s\) tag, content; is it Taguette's highlights"
    ):
        read_export(tmp_path / "highlights.csv", ("id", "document", "tag", "content"))


def test_the_import_says_how_many_highlights_it_placed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Highlight rows in equal rows placed, not placed and without a tag (the issue-18 trial had to count them
    with a script of its own)."""
    segments().to_parquet(tmp_path / "segments.parquet")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "w1.txt").write_text(SOURCE, encoding="utf-8")
    pd.DataFrame({"tag": ["tea", "kind"], "description": ["", ""], "number of highlights": [2, 1]}).to_csv(
        tmp_path / "codebook.csv", index=False
    )
    rows = highlights(
        ("w1", "tea", "The tea is good."), ("w1", "kind", "are kind."), ("w1", "tea", "Not said."), ("w1", "", "x")
    )
    rows.to_csv(tmp_path / "highlights.csv", index=False)
    command = ["--codebook-csv", str(tmp_path / "codebook.csv"), "--highlights", str(tmp_path / "highlights.csv"),
               "--segments", str(tmp_path / "segments.parquet"), "--sources", str(tmp_path / "sources"),
               "--out", str(tmp_path / "imported")]  # fmt: skip
    # a highlight row that cannot be placed stops the import: a coder's file without it would read as their coding
    with pytest.raises(StudyError, match=r"1 highlight row\(s\) could not be placed and nothing was written but"):
        main(command)
    assert not (tmp_path / "imported" / "coding").exists()
    assert (tmp_path / "imported" / "import_report.csv").is_file()
    main([*command, "--accept-unplaced"])
    said = capsys.readouterr().out
    assert "4 highlight rows: 2 placed (1 of them where the text is in several places" in said
    assert "1 not placed, 1 with no tag" in said
    assert "0 over more than one segment" in said
    # the two coded segments; not the two uncoded ones, where the row not placed may have lain
    assert len(pd.read_csv(tmp_path / "imported" / "coding" / "taguette.csv")) == 2
    assert "on 2 segments, 0 segments reviewed with no code" in said


def test_a_highlight_coded_before_the_transcript_was_anonymised_is_placed_where_its_words_stand() -> None:
    """The eighth issue-18 trial: highlights exported with the names the transcript no longer has ("Sarah" is now
    "[NAME]") were "not found". Placed where 80% of their words stand in order, and reported; a short one, or one
    whose words are mostly elsewhere, is not."""
    source = "P1: When [NAME] rang me about the group I nearly said no.\nP2: The tea is good here.\n"
    table = pd.DataFrame(
        [
            {"segment_id": "w1-0001-01", "workshop_id": "w1", "start": 4, "end": source.index("\nP2")},
            {"segment_id": "w1-0002-01", "workshop_id": "w1", "start": source.index("The tea"), "end": len(source) - 1},
        ]
    )
    found = highlights(
        ("w1", "join", "Sarah rang me about the group I nearly said no."),  # the first word differs
        ("w1", "tea", "The coffee is good"),  # four words: found whole or not at all
        ("w1", "tea", "Sarah said the coffee is bad there"),
    )
    coding, problems = place_highlights(found, {"join": "joining", "tea": "tea"}, table, {"w1": source})
    # w1-0002-01 is not written as read with no code: the two highlights not placed may lie there
    assert coding.values.tolist() == [["w1-0001-01", "joining"]]
    assert problems[["kind", "detail"]].values.tolist() == [
        [
            "highlight placed where most of its words stand (the text differs: anonymised or corrected since?)",
            "row 2 (highlight 1): 9 of 10 words the same",
        ],
        ["highlight text not found in the transcript", "row 3 (highlight 2)"],
        ["highlight text not found in the transcript", "row 4 (highlight 3)"],
        ["uncoded segments not marked as reviewed: a coding in the workshop could not be placed", "1 segment(s)"],
    ]


def test_a_document_named_otherwise_is_mapped_by_the_study_or_by_a_word_of_its_name(tmp_path: Path) -> None:
    """The eighth trial's documents were renamed in Taguette ("Group A session (final)"): the study's map names
    their workshops; the one workshop whose id is a word of the name is taken, and said so."""
    found = highlights(
        ("Workshop W1 (final).docx", "tea", "The tea is good."), ("Group A session", "kind", "are kind.")
    )
    _, problems = place_highlights(found, {"tea": "tea", "kind": "kind"}, segments(), {"w1": SOURCE, "w2": "P1: hi\n"})
    assert problems["kind"].tolist()[:1] == ["document matched to the workshop whose name is a word of it"]
    assert "document is no workshop of the study" in problems["kind"].tolist()
    coding, problems = place_highlights(
        found, {"tea": "tea", "kind": "kind"}, segments(), {"w1": SOURCE}, {"Group A session": "w1"}
    )
    assert ["w1-0003-01", "kind"] in coding.values.tolist()
    assert "document is no workshop of the study" not in problems["kind"].tolist()
    (tmp_path / "documents.csv").write_text("document,workshop\nGroup A session,w7\n", encoding="utf-8")
    with pytest.raises(StudyError, match=r"documents.csv row 2: workshop 'w7' is not one of the study's"):
        document_map(tmp_path / "documents.csv", ["w1"])


def test_a_highlight_over_two_turns_codes_both_and_says_so() -> None:
    found = highlights(("w1", "kind", "are kind. P3: Nothing to add."))
    coding, problems = place_highlights(found, {"kind": "kindness"}, segments(), {"w1": SOURCE})
    assert coding[coding["code"] == "kindness"]["segment_id"].tolist() == ["w1-0003-01", "w1-0004-01"]
    assert problems.values.tolist() == [
        ["highlight spans several segments; each was coded", "w1", "row 2 (highlight 1): w1-0003-01, w1-0004-01"]
    ]


def test_a_highlight_over_two_caption_cues_is_placed_without_their_number_and_time() -> None:
    """Taguette shows a .vtt as it is: the ninth trial's highlights over a cue split held the cue's number and time
    line, which the transcript's text does not, and two were not placed."""
    source = "P1 (00:00:01.000): The room is warm and on the bus route, which matters.\n"
    table = pd.DataFrame([{"segment_id": "w1-0001-01", "workshop_id": "w1", "start": 19, "end": len(source) - 1}])
    content = "The room is warm\n\n2\n00:00:03.500 --> 00:00:05.000 align:start\nand on the bus route"
    coding, problems = place_highlights(highlights(("w1", "room", content)), {"room": "room"}, table, {"w1": source})
    assert coding.values.tolist() == [["w1-0001-01", "room"]]
    assert problems.empty  # found whole once the layout is left out, not a near match


def test_with_the_studys_codebook_a_tag_is_its_code_by_label_or_id(tmp_path: Path) -> None:
    """The eleventh issue-18 trial's tags were the codebook's labels, and ids made from them ("a_positive_shared_
    identity") were not the codebook's: with --codebook a tag is the study's code by its label or id, any case."""

    segments().to_parquet(tmp_path / "segments.parquet")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "w1.txt").write_text(SOURCE, encoding="utf-8")
    tags = ["A positive shared identity", "mutual_support", "Not a code"]
    pd.DataFrame({"tag": tags, "description": ["", "", ""]}).to_csv(tmp_path / "codebook.csv", index=False)
    rows = highlights(("w1", tags[0], "The tea is good."), ("w1", tags[1], "are kind."))
    rows.to_csv(tmp_path / "highlights.csv", index=False)
    codebook = Path(__file__).resolve().parents[1] / "config" / "codebook.yaml"
    command = ["--codebook-csv", str(tmp_path / "codebook.csv"), "--highlights", str(tmp_path / "highlights.csv"),
               "--segments", str(tmp_path / "segments.parquet"), "--sources", str(tmp_path / "sources"),
               "--out", str(tmp_path / "imported"), "--codebook", str(codebook)]  # fmt: skip
    assert main(command) == 0
    coding = pd.read_csv(tmp_path / "imported" / "coding" / "taguette.csv", keep_default_na=False)
    assert set(coding.loc[coding["code"] != "", "code"]) == {"positive_shared_identity", "mutual_support"}
    assert not (tmp_path / "imported" / "codebook.yaml").exists()  # the study's codebook stays the codebook
    rows = highlights(("w1", tags[2], "The tea is good."))
    rows.to_csv(tmp_path / "highlights.csv", index=False)
    with pytest.raises(StudyError, match=r"1 tag is no code of the study's codebook: name the code each such tag is "
                                         r"\(or nothing, to leave it out\) in a CSV of name,code given with "
                                         r"--code-map"):  # fmt: skip
        main(command)
    (tmp_path / "map.csv").write_text("name,code\nNot a code,mutual support\n", encoding="utf-8")
    assert main([*command, "--code-map", str(tmp_path / "map.csv")]) == 0
    coding = pd.read_csv(tmp_path / "imported" / "coding" / "taguette.csv", keep_default_na=False)
    assert coding.loc[coding["code"] != ""].values.tolist() == [["w1-0001-01", "mutual_support"]]
