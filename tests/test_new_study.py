"""A new study's folder: settings from the schema, the coding scheme, the transcripts and their rows."""

from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.codebook import load_codebook
from pipeline.config import load_config
from pipeline.errors import StudyError
from pipeline.new_study import load_config_defaults, main


def test_a_new_study_has_every_setting_the_scheme_and_a_row_per_transcript(tmp_path: Path) -> None:
    given = tmp_path / "interviews"
    given.mkdir()
    (given / "ws01.txt").write_text("SYNTHETIC\nP1: The tea.\n", encoding="utf-8")
    (given / "Caf\u0065\u0301 group.docx").write_bytes(b"not read here")
    (given / "notes.pdf").write_bytes(b"not a transcript")
    (given / "ln02.rtf").write_bytes(b"{\\rtf1 P1: Hello.}")
    (given / ".DS_Store").write_bytes(b"\0")  # hidden and lock files are no one's transcript: passed over
    (given / "~$ws01.docx").write_bytes(b"\0")
    study = tmp_path / "my-study"
    # a file the pipeline does not read stops it, named with what to do (the thirteenth issue-18 trial's .rtf was
    # left behind with "7 transcript(s)" said of 8)
    stop = r"interviews: 2 file\(s\) the pipeline does not read: ln02.rtf: save it as \.docx \(Word or LibreOffice"
    with pytest.raises(StudyError, match=stop + r": Save As\); notes.pdf: export its text"):
        main([str(study), "--transcripts", str(given)])
    assert not study.exists()  # nothing half-made
    (given / "notes.pdf").unlink()
    (given / "ln02.rtf").unlink()
    assert main([str(study), "--transcripts", str(given), "--title", "Peer support in Fife"]) == 0
    settings = load_config(study / "config" / "config.yaml")
    # every setting at its default, each written out with what it does; the title the one asked for
    assert settings == load_config_defaults() | {
        "report": load_config_defaults()["report"] | {"title": "Peer support in Fife"}
    }
    written = (study / "config" / "config.yaml").read_text(encoding="utf-8")
    assert "# Lines at the top of a text transcript" in written
    assert "  roles_by_prefix:\n    C: commissioner\n" in written
    assert yaml.safe_load(written)["ingest"]["by_workshop"] == {}
    assert len(load_codebook(study / "config" / "codebook.yaml").leaf_codes) > 10
    assert sorted(p.name for p in (study / "data/raw/transcripts").iterdir()) == ["Cafe\u0301 group.docx", "ws01.txt"]
    # a row per transcript under its workshop id (composed, as ingest reads file names); the rest to fill in
    workshops = pd.read_csv(study / "data/raw/workshops.csv", dtype=str, keep_default_na=False)
    assert workshops.values.tolist() == [["Caf\u00e9 group", "", "", ""], ["ws01", "", "", ""]]
    steps = (study / "README.md").read_text()
    assert steps.startswith("# Peer support in Fife\n")  # the title given, not the folder's name
    assert "python -m pipeline coding-sheet write --coder coder_a --project" in steps


def test_a_folder_that_holds_anything_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StudyError, match=r"already exists and is not empty; give a new folder"):
        main([str(tmp_path)])
    assert [p.name for p in tmp_path.iterdir()] == ["old.txt"]
    with pytest.raises(StudyError, match=r"nowhere: folder not found; give the folder that holds the transcripts"):
        main([str(tmp_path / "new"), "--transcripts", str(tmp_path / "nowhere")])
    assert not (tmp_path / "new").exists()  # nothing half-made
