"""REFI-QDA export and import: schema-valid files, round trips, a vendor's file, hostile archives."""

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.codebook import Codebook
from pipeline.errors import StudyError
from pipeline.imports import read_code_map
from pipeline.refi import codebook_xml, import_project, main, markings, project_xml

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "external" / "refi-qda-schema"
SAMPLE = (
    Path(__file__).resolve().parents[2] / "shared" / "external" / "refi-qda-samples" / "atlasti-standard-project.qdpx"
)
PROJECT = Path(__file__).resolve().parents[1]

# Synthetic sources with non-ASCII text, where tools are known to disagree about offsets.
SOURCES = {
    "w1": "P1: The caf\u00e9 room \u2013 warm, na\u00efve even.\nP2: We look out for each other \U0001f60a always.\n",
    "w2": "F1: The forms put people off.\nP1: Twelve pages!\n",
}


def segments_of(sources: dict[str, str]) -> pd.DataFrame:
    rows = []
    for workshop_id, text in sources.items():
        cursor = 0
        for number, line in enumerate(text.splitlines(keepends=True), start=1):
            start = cursor + line.index(": ") + 2
            end = cursor + len(line.rstrip("\n"))
            rows.append(
                {"segment_id": f"{workshop_id}-{number:04d}-01", "workshop_id": workshop_id, "start": start, "end": end}
            )
            cursor += len(line)
    return pd.DataFrame(rows)


SEGMENTS = segments_of(SOURCES)
CODING = pd.DataFrame(
    [
        ("ana", "w1-0001-01", "conducive_environment"),
        ("ana", "w1-0002-01", "mutual_support"),
        ("ana", "w2-0001-01", "avoiding_bureaucracy"),
        ("bo", "w1-0002-01", "mutual_support"),
        ("bo", "w1-0002-01", "positive_shared_identity"),
        ("bo", "w2-0002-01", ""),
    ],
    columns=["coder", "segment_id", "code"],
)
CODES = pd.DataFrame(
    [("w2-0002-01", "avoiding_bureaucracy", "model", "tfidf-logreg@abc", 0.71)],
    columns=["segment_id", "code", "source", "by", "probability"],
)
WORKSHOPS = pd.DataFrame(
    {
        "workshop_id": ["w1", "w2"],
        "group": ["walking group", "arts group"],
        "stakeholder": "members",
        "date": "2026-01-01",
    }
)


def exported(codebook: Codebook, tmp_path: Path, sources: dict[str, str] = SOURCES) -> Path:
    project, files = project_xml(codebook, sources, SEGMENTS, WORKSHOPS, markings(CODING, CODES), "tfidf-logreg@abc")
    path = tmp_path / "study.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", project)
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def validate(schema: str, document: bytes) -> None:
    if not (SCHEMAS / schema).is_file():
        pytest.skip(f"the REFI-QDA schemas are not at {SCHEMAS} (shared/external is absent here)")
    from lxml import etree

    validator = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert validator.validate(etree.fromstring(document)), validator.error_log


def test_codebook_qdc_is_valid_and_holds_the_hierarchy(codebook: Codebook) -> None:
    document = codebook_xml(codebook)
    validate("Codebook.xsd", document)
    text = document.decode()
    assert text.count("<Code ") == 6 + 5 + 10
    assert 'name="Needing ground rules but wanting to avoid bureaucracy" isCodable="false"' in text
    assert "When not to use:" in text


def test_project_qdpx_is_valid_with_users_cases_sources_and_codings(codebook: Codebook, tmp_path: Path) -> None:
    path = exported(codebook, tmp_path)
    with zipfile.ZipFile(path) as archive:
        project = archive.read("project.qde")
        texts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("Sources/")]
    validate("Project.xsd", project)
    text = project.decode()
    assert 'name="model tfidf-logreg@abc"' in text
    assert 'id="ana"' in text
    assert 'id="bo"' in text
    assert text.count("<Case ") == 2
    assert "<TextValue>walking group</TextValue>" in text
    assert text.count("<PlainTextSelection ") == 7  # five human codings, the model's, and it as a final code
    assert "probability 0.710" in text
    assert sorted(texts) == sorted(SOURCES.values())


def test_same_study_same_bytes(codebook: Codebook) -> None:
    first = project_xml(codebook, SOURCES, SEGMENTS, WORKSHOPS, markings(CODING, CODES), "m")
    assert first == project_xml(codebook, SOURCES, SEGMENTS, WORKSHOPS, markings(CODING, CODES), "m")


def coded_pairs(table: pd.DataFrame) -> set[tuple[str, str]]:
    """The codes given, without the segments reviewed with no code."""
    table = table[table["code"] != ""]
    return set(zip(table["segment_id"], table["code"], strict=True))


def test_round_trip_gives_each_coder_the_same_codings(codebook: Codebook, tmp_path: Path) -> None:
    _, tables, problems = import_project(exported(codebook, tmp_path), codebook, SEGMENTS, SOURCES)
    assert problems.empty
    for coder in ("ana", "bo"):
        original = CODING[(CODING["coder"] == coder) & (CODING["code"] != "")]
        assert coded_pairs(tables[coder]) == coded_pairs(original)
    assert coded_pairs(tables["model"]) == {("w2-0002-01", "avoiding_bureaucracy")}
    # a coder who coded in a source saw all of it: its other segments come back as reviewed, no code
    reviewed = tables["ana"][tables["ana"]["code"] == ""]
    assert reviewed["segment_id"].tolist() == ["w2-0002-01"]


def crlf_copy(path: Path, target: Path) -> Path:
    """The project as a tool that saved each source with CRLF line ends, counting the CR in its offsets."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        blocks = source.read("project.qde").decode().split("<TextSource ")
        for index, block in enumerate(blocks[1:], start=1):
            text = SOURCES[re.search(r'name="([^"]+)"', block).group(1)]

            def shift(match: re.Match[str], text: str = text) -> str:
                position = int(match.group(2))
                return f'{match.group(1)}="{position + text.count(chr(10), 0, position)}"'

            blocks[index] = re.sub(r'(startPosition|endPosition)="(\d+)"', shift, block)
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("Sources/"):
                data = data.decode().replace("\n", "\r\n").encode()
            copy.writestr(name, "<TextSource ".join(blocks).encode() if name == "project.qde" else data)
    return target


def test_a_tool_that_saved_the_source_with_crlf_still_maps(codebook: Codebook, tmp_path: Path) -> None:
    rewritten = crlf_copy(exported(codebook, tmp_path), tmp_path / "crlf.qdpx")
    _, tables, problems = import_project(rewritten, codebook, SEGMENTS, SOURCES)
    assert problems.empty
    assert coded_pairs(tables["bo"]) == {("w1-0002-01", "mutual_support"), ("w1-0002-01", "positive_shared_identity")}
    assert coded_pairs(tables["ana"]) == coded_pairs(CODING[(CODING["coder"] == "ana")])


def test_import_reports_what_did_not_map(
    codebook: Codebook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = exported(codebook, tmp_path)
    other_segments = SEGMENTS[SEGMENTS["workshop_id"] == "w1"]
    _, tables, problems = import_project(path, codebook, other_segments, {"w1": SOURCES["w1"]})
    assert problems.to_dict("records") == [
        {"kind": "source not in the study", "item": "w2", "detail": "3 selection(s)"}
    ]
    assert "w2-0001-01" not in set(tables["ana"]["segment_id"])
    # from the command line, codings that did not map stop the import before a coder's file is written
    other_segments.to_parquet(tmp_path / "segments.parquet")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "w1.txt").write_text(SOURCES["w1"], encoding="utf-8")
    argv = ["import", str(path), "--out", str(tmp_path / "imported"), "--segments", str(tmp_path / "segments.parquet"),
            "--sources", str(tmp_path / "sources"), "--codebook", str(PROJECT / "config/codebook.yaml")]  # fmt: skip
    with pytest.raises(StudyError, match=r"1 source\(s\), code\(s\) or selection\(s\) with codings did not map"):
        main(argv)
    assert not (tmp_path / "imported" / "coding").exists()
    assert main([*argv, "--accept-unplaced"]) == 0
    assert "w1-0002-01" in set(pd.read_csv(tmp_path / "imported" / "coding" / "bo.csv")["segment_id"])
    # codes and "reviewed, no code" rows said apart (the tenth issue-18 trial read "98 segment codes" for 29 codes)
    said = capsys.readouterr().out
    assert "segment codes and" in said
    assert "segments reviewed with no code; 1 item(s) did not map" in said


def test_vendor_sample_from_atlas_ti(codebook: Codebook, tmp_path: Path) -> None:
    if not SAMPLE.is_file():
        pytest.skip(f"the vendor sample is not at {SAMPLE} (shared/external is absent here)")
    out = tmp_path / "imported"
    argv = ["import", str(SAMPLE), "--out", str(out), "--codebook", str(PROJECT / "config/codebook.yaml")]
    assert main(argv) == 0
    imported = (out / "codebook.yaml").read_text(encoding="utf-8")
    assert "label: Breakfast food" in imported
    assert "thoughts about breakfast foods" in imported
    report = pd.read_csv(out / "import_report.csv")
    assert (report["kind"] == "source not in the study").sum() == 6  # the sample's six sources


def hostile(tmp_path: Path, members: dict[str, bytes], name: str = "hostile.qdpx") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


GOOD_PROJECT = b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>'


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"project.qde": GOOD_PROJECT, "../evil.txt": b"x"}, "points outside the archive"),
        ({"project.qde": GOOD_PROJECT, "/etc/evil": b"x"}, "points outside the archive"),
        ({"project.qde": GOOD_PROJECT, "Sources/..\\..\\evil.txt": b"x"}, "points outside the archive"),
        ({"project.qde": GOOD_PROJECT, "Sources/zeros.txt": b"\0" * 5_000_000}, "expands"),
        (
            {
                "project.qde": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project>&x;</Project>'
            },
            "declares a DTD or entities",
        ),
        (
            {
                "project.qde": b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                b"<Project>&b;</Project>"
            },
            "declares a DTD or entities",
        ),
        ({"project.qde": b"<Project><Unclosed></Project>"}, "malformed XML"),
        ({"notes.txt": b"hello"}, "expected one project.qde"),
    ],
)
def test_hostile_archives_are_refused_and_nothing_is_written(
    codebook: Codebook, tmp_path: Path, members: dict[str, bytes], message: str
) -> None:
    path = hostile(tmp_path, members)
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    out = tmp_path / "out"
    with pytest.raises(StudyError, match=message):
        main(["import", str(path), "--out", str(out), "--codebook", str(PROJECT / "config/codebook.yaml")])
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before


def test_not_a_zip_and_a_hostile_codebook_file(tmp_path: Path) -> None:
    fake = tmp_path / "fake.qdpx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(StudyError, match=r"not a \.qdpx archive"):
        import_project(fake, None, None, {})
    qdc = tmp_path / "evil.qdc"
    qdc.write_bytes(b'<!DOCTYPE c [<!ENTITY x SYSTEM "http://example.invalid/">]><CodeBook>&x;</CodeBook>')
    with pytest.raises(StudyError, match="declares a DTD or entities"):
        import_project(qdc, None, None, {})


def test_zip_member_that_lies_about_its_size_is_cut_off(tmp_path: Path) -> None:
    from pipeline.archives import read_member

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", b"x" * 2000)
    archive = zipfile.ZipFile(buffer)
    with pytest.raises(StudyError, match="larger than"):
        read_member(archive, archive.getinfo("project.qde"), 1000, tmp_path / "a.qdpx")


def test_crlf_offsets_map_to_every_character_of_the_lf_text() -> None:
    from pipeline.refi import position_map

    ours = SOURCES["w1"] + SOURCES["w2"]
    vendor = ours.replace("\n", "\r\n")
    to_ours = position_map(vendor, ours)
    for position, char in enumerate(vendor):
        if char != "\r":
            assert ours[to_ours(position)] == char
    assert position_map("something else", ours) is None


def test_the_export_command_streams_the_bytes_the_in_memory_document_gives(codebook: Codebook, tmp_path: Path) -> None:
    """The stage writes project.qde one source at a time into the archive; it must be the same archive as
    the whole document built in memory (the stable zip of ``project_xml``)."""
    import json

    from pipeline.tables import write_stable_zip

    (tmp_path / "sources").mkdir()
    for workshop_id, text in SOURCES.items():
        (tmp_path / "sources" / f"{workshop_id}.txt").write_text(text, encoding="utf-8")
    SEGMENTS.to_parquet(tmp_path / "segments.parquet")
    (tmp_path / "coding").mkdir()
    for coder, rows in CODING.groupby("coder"):
        rows[["segment_id", "code"]].to_csv(tmp_path / "coding" / f"{coder}.csv", index=False)
    CODES.to_parquet(tmp_path / "codes.parquet")
    (tmp_path / "card.json").write_text(json.dumps({"model_id": "tfidf-logreg@abc"}), encoding="utf-8")
    WORKSHOPS.to_csv(tmp_path / "workshops.csv", index=False)
    argv = ["export", "--segments", str(tmp_path / "segments.parquet"), "--sources", str(tmp_path / "sources")]
    argv += ["--coding", *(str(p) for p in sorted((tmp_path / "coding").iterdir()))]
    argv += ["--codes", str(tmp_path / "codes.parquet"), "--card", str(tmp_path / "card.json")]
    argv += ["--workshops", str(tmp_path / "workshops.csv"), "--codebook", str(PROJECT / "config/codebook.yaml")]
    argv += ["--codebook-out", str(tmp_path / "out.qdc"), "--project-out", str(tmp_path / "study.qdpx")]
    assert main(argv) == 0
    coding = CODING.assign(code=CODING["code"].fillna(""))
    project, files = project_xml(codebook, SOURCES, SEGMENTS, WORKSHOPS, markings(coding, CODES), "tfidf-logreg@abc")
    write_stable_zip({"project.qde": project, **files}, tmp_path / "in_memory.qdpx")
    assert (tmp_path / "study.qdpx").read_bytes() == (tmp_path / "in_memory.qdpx").read_bytes()
    assert project.count(b"<PlainTextSelection ") == 7
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".qde") == []  # the document file is gone


def test_guids_are_the_uuid5_of_what_they_name_so_exports_keep_their_ids() -> None:
    import uuid

    from pipeline.refi import GUID_NAMESPACE, guid

    for parts in [("code", "mutual_support"), ("selection", "w01-0003", "roles", "coder_a"), ("user", "é ü"), ("x",)]:
        assert guid(*parts) == str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts))).upper()


def test_sources_are_matched_by_text_when_the_project_names_them_otherwise(codebook: Codebook, tmp_path: Path) -> None:
    """QualCoder names a source by neither our GUID nor the workshop's name, and NVivo writes sources/ in lower
    case: the source's text still finds its workshop."""
    path = exported(codebook, tmp_path)
    renamed = tmp_path / "qualcoder.qdpx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(renamed, "w") as copy:
        project = source.read("project.qde").decode()
        for workshop_id in SOURCES:
            project = project.replace(f'name="{workshop_id}"', f'name="interview {workshop_id.upper()} final"')
        project = re.sub(r'(<TextSource [^>]*?)guid="[^"]+"', r'\1guid="00000000-0000-4000-8000-000000000000"', project)
        for name in source.namelist():
            target = name.replace("Sources/", "sources/")
            copy.writestr(target, project.encode() if name == "project.qde" else source.read(name))
    _, tables, problems = import_project(renamed, codebook, SEGMENTS, SOURCES)
    assert problems.empty
    assert coded_pairs(tables["ana"]) == coded_pairs(CODING[CODING["coder"] == "ana"])


def test_an_override_that_removed_a_code_wins_in_the_final_codes_and_the_coder_keeps_theirs(
    codebook: Codebook, tmp_path: Path
) -> None:
    """The fourteenth issue-19 trial: a code an override removed was exported as the coder's, and nothing in the
    project said it was no finding. The final codes (user 'final codes') are the report's, the override winning;
    the coder's own layer keeps what the coder did, labelled as the coder's reading, and says why it is not final."""
    from pipeline.refi import FINAL_USER

    final = pd.DataFrame(
        [("w1-0002-01", "mutual_support", "human", "ana;bo", float("nan")),
         ("w1-0002-01", "positive_shared_identity", "human", "bo", float("nan")),
         ("w2-0001-01", "avoiding_bureaucracy", "human", "ana", float("nan")),
         ("w2-0002-01", "avoiding_bureaucracy", "model", "tfidf-logreg@abc", 0.71)],
        columns=["segment_id", "code", "source", "by", "probability"],
    )  # fmt: skip
    overrides = pd.DataFrame(
        [{"segment_id": "w1-0001-01", "code": "conducive_environment", "action": "remove", "coder": "bo",
          "date": "2026-01-02", "rationale": "small talk about the room", "status": "applied"}]
    )  # fmt: skip
    marks = markings(CODING, final, overrides)
    removed = marks[(marks["segment_id"] == "w1-0001-01") & (marks["code"] == "conducive_environment")]
    assert removed[["user", "note"]].values.tolist() == [
        ["ana", "coded by ana: this coder's own reading; not a final code: an override by bo (2026-01-02) removed it"]
    ]
    kept = marks[(marks["user"] == "ana") & (marks["segment_id"] == "w1-0002-01")]
    assert kept["note"].tolist() == ["coded by ana: this coder's own reading"]
    project, files = project_xml(codebook, SOURCES, SEGMENTS, WORKSHOPS, marks, "tfidf-logreg@abc")
    validate("Project.xsd", project)
    path = tmp_path / "study.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", project)
        for name, data in files.items():
            archive.writestr(name, data)
    _, tables, problems = import_project(path, codebook, SEGMENTS, SOURCES)
    assert problems.empty
    assert coded_pairs(tables[FINAL_USER]) == set(zip(final["segment_id"], final["code"], strict=True))
    assert ("w1-0001-01", "conducive_environment") in coded_pairs(tables["ana"])  # the coder's reading, kept
    assert "final code: the coders&apos; consensus (ana;bo)" in project.decode().replace("'", "&apos;")


def test_a_source_whose_text_differs_is_aligned_word_by_word_and_a_map_names_its_workshop(
    codebook: Codebook, tmp_path: Path
) -> None:
    """The tenth issue-18 trial's QualCoder project placed 2 of 6 sources: its copies differed from the study's
    text by a trailing newline, a table's heading the reader writes otherwise, a caption's layout, a redacted name.
    Each is aligned word by word and its selections land on the same segments; a source the study's map names goes
    to that workshop; a text most of whose words are not there is not placed."""
    path = exported(codebook, tmp_path)
    ours = {
        # the reader's own heading line above, and the gate's redaction of a word the other tool kept
        "w1": "[table header: Speaker | Utterance]\n" + SOURCES["w1"].replace("na\u00efve", "[PERSON_1]"),
        "w2": SOURCES["w2"] + "\n",  # a trailing newline
    }
    segments = segments_of({"w1": ours["w1"].split("\n", 1)[1], "w2": SOURCES["w2"]})
    shift = len("[table header: Speaker | Utterance]\n")
    segments.loc[segments["workshop_id"] == "w1", ["start", "end"]] += shift
    _, tables, problems = import_project(path, codebook, segments, ours)
    assert coded_pairs(tables["ana"]) == coded_pairs(CODING[CODING["coder"] == "ana"])
    assert coded_pairs(tables["bo"]) == coded_pairs(CODING[CODING["coder"] == "bo"])
    assert set(problems["kind"]) == {"source text differs; mapped word by word"}
    # a source named otherwise, its text not the study's: the map names its workshop, and it is then not placed
    # where most of its words do not stand there
    other = {"w1": "P1: Something else entirely was said here, in another session.\n", "w2": SOURCES["w2"]}
    (tmp_path / "map.csv").write_text("source,workshop\nw1,w1\n", encoding="utf-8")
    from pipeline.refi import source_map

    _, _, problems = import_project(path, codebook, segments_of(other), other, source_map(tmp_path / "map.csv", other))
    assert problems["kind"].tolist() == ["source text differs"]
    assert problems["detail"].iloc[0].startswith("4 selection(s) not mapped: 7% of its words stand in order")


def test_a_selection_without_its_positions_says_so(codebook: Codebook, tmp_path: Path) -> None:
    """The twelfth issue-18 trial's hand-made project wrote start and end, not startPosition and endPosition: each
    selection read as 0-0 and "matches no segment", with nothing said of why."""
    path = exported(codebook, tmp_path)
    broken = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "project.qde":
                data = data.replace(b"startPosition=", b"start=").replace(b"endPosition=", b"end=")
            copy.writestr(name, data)
    _, _, problems = import_project(broken, codebook, SEGMENTS, SOURCES)
    assert set(problems["detail"]) == {"a PlainTextSelection without startPosition and endPosition; export it again"}


def test_a_code_the_study_lacks_is_named_and_its_segment_left_out_unless_the_code_map_names_it(
    codebook: Codebook, tmp_path: Path
) -> None:
    """The thirteenth issue-18 trial: ATLAS.ti's codes near the codebook's labels ("Conducive physical environment")
    were reported by GUID alone, and with --accept-unplaced each segment whose one code was dropped became
    "reviewed, no code". The report names the code and the study's nearest; the segment is left out of the coder's
    file; a code map names it as the study's code."""
    from pipeline.refi import guid

    path = exported(codebook, tmp_path)
    vendor = tmp_path / "vendor.qdpx"
    theirs = "0F0F0F0F-0000-4000-8000-000000000001"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(vendor, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "project.qde":
                data = data.replace(guid("code", "conducive_environment").encode(), theirs.encode())
                data = data.replace(b'name="A conducive physical environment"', b'name="Conducive envronment"')
            copy.writestr(name, data)
    _, tables, problems = import_project(vendor, codebook, SEGMENTS, SOURCES)
    lost = problems[problems["kind"] == "code not in the codebook"].iloc[0]
    assert lost["item"] == "Conducive envronment"
    assert lost["detail"].endswith(f"code {theirs} (did you mean 'conducive_environment'?)")
    # ana coded w1-0001-01 with that code alone: left out, not "reviewed, no code"
    assert "w1-0001-01" not in set(tables["ana"]["segment_id"])
    assert "ana: w1-0001-01" in set(problems["item"])
    (tmp_path / "map.csv").write_text("name,code\nConducive envronment,conducive_environment\n", encoding="utf-8")
    _, tables, problems = import_project(
        vendor, codebook, SEGMENTS, SOURCES, code_map=read_code_map(tmp_path / "map.csv", codebook)
    )
    assert ["w1-0001-01", "conducive_environment"] in tables["ana"].values.tolist()
    assert "code not in the codebook" not in set(problems["kind"])
