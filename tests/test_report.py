import html
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import CODES, SEGMENTS, WORKSHOPS

from pipeline.codebook import Codebook
from pipeline.figures import FIGURES
from pipeline.figures import main as draw_figures
from pipeline.report import context, render

PROJECT = Path(__file__).resolve().parents[1]
HOSTILE = "I said <script>alert('x')</script> & walked <b>out</b> of the room, which was warm."
TEXTS = {
    "a-1": "Everyone here looks out for each other; when I was low they rang me every single day, honestly.",
    "a-2": "The model thinks this one is about support between members, helping each other through.",
    "a-3": "Mm.",
    "b-1": "The forms! Twelve pages of paperwork to join a walking group, and people just left.",
    "b-2": HOSTILE,
    "c-1": "We have to have rules about safety, we cannot just wing it with people in crisis.",
}
CARD = {
    "model_id": "tfidf-logreg@abc",
    "codes": ["mutual_support"],
    "not_modelled": {"leadership": 0},
    "training": {"segments": 3, "workshops": 2, "coders": ["ana", "bo"]},
    "cross_validation": {"folds": 2, "scheme": "grouped by workshop", "micro_f1": 0.5, "macro_f1": 0.5},
    "limits": ["A limit."],
}


@pytest.fixture
def report(summary_tables: dict[str, Path], codebook: Codebook, tmp_path: Path) -> str:
    pngs = {name: tmp_path / "figures" / f"{name}.png" for name in FIGURES}
    files = [tmp_path / "figures" / f"{name}{suffix}" for name in FIGURES for suffix in (".png", ".svg", ".csv")]
    argv = ["--tables", *map(str, summary_tables.values()), "--codebook", str(PROJECT / "config/codebook.yaml")]
    argv += ["--style", str(PROJECT / "config/figures.mplstyle"), "--figures", *map(str, files)]
    assert draw_figures(argv) == 0
    segments = SEGMENTS.assign(text=SEGMENTS["segment_id"].map(TEXTS))
    codes = CODES.assign(probability=[None, None, 0.91, None, 0.77, 0.66])
    tables = {
        name: pd.read_csv(summary_tables[name])
        for name in ("code_counts", "prevalence_by_group", "tension_balance", "agreement", "framework_matrix")
    }
    metrics = pd.DataFrame(
        [
            {
                "code": "mutual_support",
                "human_positive": 2,
                "threshold": 0.3,
                "precision": 1.0,
                "recall": 0.5,
                "f1": 0.67,
                "kappa": 0.5,
            }
        ]
    )
    inputs = [PROJECT / "config/codebook.yaml"]
    overrides = pd.DataFrame(
        [
            {
                "segment_id": "b-1",
                "code": "avoiding_bureaucracy",
                "action": "add",
                "coder": "ana",
                "date": "2026-01-02",
                "rationale": "Forms <em>are</em> the complaint.",
                "fingerprint": "0",
                "row": "2",
                "status": "applied",
            }
        ]
    )
    values = context(
        segments, codes, WORKSHOPS, codebook, tables, CARD, metrics, pngs, inputs, overrides, "Evaluation <test>", 3
    )
    return render(values)


def test_transcript_text_is_escaped_never_markup(report: str) -> None:
    assert "<script>" not in report
    assert html.escape(HOSTILE, quote=False).replace("'", "&#39;") in report
    assert "<b>out</b>" not in report
    assert "Evaluation &lt;test&gt;" in report
    assert "Forms &lt;em&gt;are&lt;/em&gt; the complaint." in report


def test_every_theme_and_tension_pole_is_reported_with_its_count(report: str, codebook: Codebook) -> None:
    for code in codebook.leaf_codes:
        assert f'id="code-{code.id}"' in report
        assert html.escape(code.label) in report
    for tension in codebook.tensions:
        assert html.escape(tension.label) in report
    section = report.split('id="code-avoiding_bureaucracy"')[1].split("</div>")[0]
    assert re.search(r"<strong>2</strong> segments", section)
    assert "1 override, 1 model" in section


def test_figures_are_embedded_so_the_file_works_offline(report: str) -> None:
    assert report.count('src="data:image/png;base64,') == len(FIGURES)
    assert "http://" not in report.replace("http://www.w3.org", "")
    assert "https://" not in report


def test_appendix_fingerprints_inputs_and_versions(report: str) -> None:
    import hashlib

    digest = hashlib.sha256((PROJECT / "config/codebook.yaml").read_bytes()).hexdigest()
    assert digest in report
    assert "scikit-learn" in report
    assert "Project commit" in report


def test_framework_matrix_has_a_row_per_code_and_a_column_per_group(report: str, codebook: Codebook) -> None:
    section = report.split('id="framework"')[1].split('id="figures"')[0]
    assert section.count("<tr>") == 1 + len(codebook.leaf_codes)
    assert "<th>network</th><th>walking</th>" in section
