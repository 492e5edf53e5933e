from pathlib import Path

import pytest
import yaml

from pipeline.codebook import Codebook, load_codebook
from pipeline.errors import StudyError

PROJECT = Path(__file__).resolve().parents[1]


def raw_codebook() -> dict:
    return yaml.safe_load((PROJECT / "config" / "codebook.yaml").read_text(encoding="utf-8"))


def save(tmp_path: Path, raw: dict) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_seed_scheme_six_characteristics_five_tensions_two_poles_each(codebook: Codebook) -> None:
    assert [c.label for c in codebook.themes] == [
        "Mutual support",
        "A positive shared identity",
        "Opportunities for taking on roles",
        "Negotiated ground rules",
        "Skilled facilitation",
        "A conducive physical environment",
    ]
    assert len(codebook.tensions) == 5
    assert all(len(t.poles) == 2 for t in codebook.tensions)
    assert len(codebook.leaf_ids) == 16
    assert codebook.code("leadership").tension == "leadership_vs_accountability"


def test_every_code_has_every_macqueen_field(codebook: Codebook) -> None:
    for code in codebook.leaf_codes:
        for field in ("label", "brief", "full", "when_to_use", "when_not_to_use", "example"):
            assert getattr(code, field).strip(), (code.id, field)


def test_missing_field_is_rejected_naming_the_code_path(tmp_path: Path) -> None:
    raw = raw_codebook()
    del raw["tensions"][2]["poles"][1]["label"]
    with pytest.raises(StudyError, match=r"tensions\.2\.poles\.1.*label"):
        load_codebook(save(tmp_path, raw))


def test_a_codebook_from_another_tool_runs_with_the_fields_it_has(tmp_path: Path) -> None:
    """Themes only, no headings, no guidance: it loads, and each code says what it lacks."""
    raw = {"id": "t", "version": "1", "title": "Tags", "themes": [{"id": "trust", "label": "Trust"}]}
    codebook = load_codebook(save(tmp_path, raw))
    assert codebook.tensions == ()
    assert codebook.headings == {"themes": "Themes", "tensions": "Tensions"}
    assert codebook.code("trust").missing_guidance == ("brief", "full", "when_to_use", "when_not_to_use", "example")
    assert codebook.code("trust").rules() == "(no rules written for this code)"


def test_a_tension_needs_exactly_two_poles(tmp_path: Path) -> None:
    raw = raw_codebook()
    raw["tensions"][0]["poles"].pop()
    with pytest.raises(StudyError, match=r"tensions\.0\.poles"):
        load_codebook(save(tmp_path, raw))


def test_duplicate_code_id_is_rejected(tmp_path: Path) -> None:
    raw = raw_codebook()
    raw["tensions"][0]["poles"][0]["id"] = "mutual_support"
    with pytest.raises(StudyError, match="'mutual_support' is used twice"):
        load_codebook(save(tmp_path, raw))


def test_fingerprint_follows_content_not_layout(tmp_path: Path, codebook: Codebook) -> None:
    raw = raw_codebook()
    assert load_codebook(save(tmp_path, raw)).fingerprint == codebook.fingerprint
    raw["themes"][0]["brief"] = "Changed."
    assert load_codebook(save(tmp_path, raw)).fingerprint != codebook.fingerprint
