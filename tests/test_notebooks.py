"""The notebooks run top to bottom against the demo study's outputs, and teach what they say they teach."""

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

from pipeline.codebook import Codebook, load_codebook

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((PROJECT / "notebooks").glob("*.ipynb"))
TOUR, DISAGREE, NEW_STUDY = (PROJECT / "notebooks" / name for name in (
    "1.0-ww-coding-scheme-tour.ipynb",
    "2.0-ww-model-and-coders-disagree.ipynb",
    "3.0-ww-new-study-from-scratch.ipynb",
))  # fmt: skip
pytestmark = pytest.mark.workflow


@dataclass
class Executed:
    printed: dict[str, str]  # each code cell's printed text and plain-text results, by cell id
    temp: Path  # the kernel's TMPDIR, for what the notebook left behind

    @property
    def all_printed(self) -> str:
        return "".join(self.printed.values())


def execute(path: Path, demo: Path, temp: Path, answers: str | None = None, extra: str | None = None) -> Executed:
    """Run a notebook from notebooks/, as a student would, against the demo study; ``answers`` replaces the
    self-test's answers cell, ``extra`` is a code cell run after the last."""
    notebook = nbformat.read(path, as_version=4)
    if answers is not None:
        next(cell for cell in notebook.cells if cell.get("id") == "answers").source = answers
    if extra is not None:
        notebook.cells.append(nbformat.v4.new_code_cell(extra, id="test-extra"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PIPELINE_PROJECT", str(demo))
        patch.setenv("TMPDIR", str(temp))  # the kernel's scratch folders land here, to be found if left behind
        resources = {"metadata": {"path": str(PROJECT / "notebooks")}}
        client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources=resources)
        client.execute()  # raises CellExecutionError, with the cell and its traceback, if any cell fails
    printed = {
        cell.get("id", ""): "".join(
            str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", "")) for output in cell.outputs
        )
        for cell in notebook.cells
        if cell.cell_type == "code"
    }
    return Executed(printed, temp)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study, run once in a scratch folder (the project's own outputs are never touched)."""
    root = tmp_path_factory.mktemp("demo") / "study"
    shutil.copytree(PROJECT / "data/raw", root / "data/raw")
    shutil.copytree(PROJECT / "config", root / "config")
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        "--project",
        str(root),
        "--snakefile",
        str(PROJECT / "Snakefile"),
    ]
    result = subprocess.run([*command, "--cores", "2"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return root


@pytest.fixture(scope="module")
def executed(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Executed]:
    """Each notebook as stored, run once (when a test first asks for it)."""
    runs: dict[Path, Executed] = {}

    def run(path: Path) -> Executed:
        if path not in runs:
            runs[path] = execute(path, demo, tmp_path_factory.mktemp("tmpdir"))
        return runs[path]

    return run


def test_three_notebooks_named_by_step_initials_and_description_stored_without_outputs() -> None:
    assert NOTEBOOKS == [TOUR, DISAGREE, NEW_STUDY]
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name
        source = "\n".join(cell.source for cell in notebook.cells)
        assert "from pipeline" in source  # they import the package rather than copy its code


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_top_to_bottom_and_leaves_nothing_behind(
    executed: Callable[[Path], Executed], path: Path
) -> None:
    run = executed(path)
    assert "Error" not in run.all_printed
    assert sorted(run.temp.iterdir()) == []  # no scratch folder or file left in the temporary directory


def test_tour_quotes_are_cut_at_a_word(executed: Callable[[Path], Executed], demo: Path) -> None:
    printed = executed(TOUR).printed
    texts = [" ".join(text.split()) for text in pd.read_parquet(demo / "data/processed/segments.parquet")["text"]]
    cut = re.findall(r"\u201c(.+?)\u2026\u201d", printed["examples"] + printed["near-misses"])
    assert cut  # the demo's long segments are cut
    for quote in cut:
        whole = next(text for text in texts if text.startswith(quote))
        assert re.match(r"[,;:]?\s", whole[len(quote) :]), f"cut inside a word: {quote[-30:]!r}"


def test_tour_gives_near_misses_with_the_rule_that_decides_each(executed: Callable[[Path], Executed]) -> None:
    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    blocks = executed(TOUR).printed["near-misses"].split("=== not ")[1:]
    assert len(blocks) == len(codebook.leaf_codes)
    for block, code in zip(blocks, codebook.leaf_codes, strict=True):
        assert f"({code.id})" in block.splitlines()[0]
        coders_gave = re.findall(r"the coders gave: (.*)", block)
        reasons = re.findall(rf"why not {code.id}: (.*)", block)
        assert len(coders_gave) == len(reasons) == 2, block
        for gave, reason in zip(coders_gave, reasons, strict=True):
            assert code.id not in gave.split(", ")  # a near miss is a segment the coders did not give the code
            if reason.startswith("It is the other pole of"):
                assert other_pole(codebook, code.id) in gave.split(", ")
            else:  # one sentence (or clause) of the code's own "when not to use"
                assert reason.rstrip(".").casefold() in code.when_not_to_use.casefold(), reason


def other_pole(codebook: Codebook, code_id: str) -> str:
    for tension in codebook.tensions:
        poles = [pole.id for pole in tension.poles]
        if code_id in poles:
            return poles[1 - poles.index(code_id)]
    return ""


def test_tour_self_test_checks_the_prefilled_attempt_and_scores_it(executed: Callable[[Path], Executed]) -> None:
    printed = executed(TOUR).printed
    cells = {cell.get("id"): cell for cell in nbformat.read(TOUR, as_version=4).cells}
    assert "YOUR ANSWERS" in cells["answers"].source  # the pre-filled attempt is marked for the student to change
    segments_shown = re.findall(r"^\d\. (\S+) \(", printed["self-test"], flags=re.MULTILINE)
    assert len(segments_shown) == 6
    assert "the coders gave" not in printed["self-test"]  # shown without their codes
    check = printed["check"]
    assert "'mutual_suport' is not a code of the codebook (did you mean 'mutual_support'?)" in check
    assert 'not mutual_support: Feeling part of a "we" without any exchange of help is positive_shared_identity.' in (
        check
    )
    assert "matched: avoiding_bureaucracy" in check
    assert "missed accountability; when to use:" in check
    assert "not conducive_environment: Tea and biscuits mentioned only in passing" in check
    assert re.search(r"^score: 2 of 6 segments coded as the coders coded them; 3 codes matched", check, re.MULTILINE)


def test_tour_self_test_names_the_code_meant_for_a_label_a_tension_or_a_mistyped_segment(
    demo: Path, tmp_path: Path
) -> None:
    answers = """answers = {
    "hv01-0006-01": "Mutual support",
    "ca01-0011-01": ["positive_shared_identity"],
    "cg01-0191-01": ["avoiding_bureaucracy"],
    "hv02-0236-02": ["accountability", "leadership"],
    "com01-0034-01": [],
    "fac01-0022-01": ["structure_vs_activities"],
    "hv02-0236-2": ["leadership"],
}"""
    check = execute(TOUR, demo, tmp_path, answers=answers).printed["check"]
    assert "'hv02-0236-2' is not a self-test segment (did you mean 'hv02-0236-02'?)" in check
    assert "'Mutual support' is not a code of the codebook (did you mean 'mutual_support'?)" in check
    assert (
        "'structure_vs_activities' is a tension, and a segment carries one of its poles: "
        "needing_internal_structure or committing_to_activities"
    ) in check
    assert "matched: no code" in check
    assert (
        "score: 4 of 6 segments coded as the coders coded them; 4 codes matched, 0 given that the coders did not "
        "give, 2 missed" in check
    )


def test_disagreement_notebook_shows_each_feature_with_its_kind_and_no_two_alike(demo: Path, tmp_path: Path) -> None:
    every_code = (
        "import json\nprint(json.dumps({c: features_towards(c, 40).to_dict('records') for c in card['codes']}))"
    )
    run = execute(DISAGREE, demo, tmp_path, extra=every_code)
    evidence = run.printed["evidence"]
    assert re.search(r"feature\s+kind\s+weight", evidence)
    tables = json.loads(run.printed["test-extra"])
    kinds = set()
    for code, rows in tables.items():
        table = pd.DataFrame(rows)
        assert list(table.columns) == ["feature", "kind", "weight"]
        assert not table.duplicated(["feature", "kind"]).any(), code
        for feature, kind in zip(table["feature"], table["kind"], strict=True):
            kinds.add(kind)
            if kind == "character n-gram":  # quoted, its spaces shown
                assert re.fullmatch(r"'[^ ]+'", feature), feature
            else:
                assert kind.startswith("word n-gram"), kind
                assert re.fullmatch(r"[^']\S*(?: \S+)?", feature), feature  # one or two words, unquoted
                assert "prev_" not in feature  # the turn before's mark is told by the kind
    assert {"character n-gram", "word n-gram", "word n-gram, turn before"} <= kinds


def test_new_study_notebook_uses_new_study_and_the_coding_sheet_and_removes_its_folder(
    executed: Callable[[Path], Executed],
) -> None:
    source = "\n".join(cell.source for cell in nbformat.read(NEW_STUDY, as_version=4).cells)
    for command in ('"new-study"', '"coding-sheet", "write"', '"coding-sheet", "read"'):
        assert command in source
    assert "double_coding" not in source
    run = executed(NEW_STUDY)
    scratch = re.search(r"scratch folder: (\S+)", run.printed["setup"])
    assert scratch
    assert "27 segments of 3 workshop(s) to code" in run.printed["sheet-write"]
    assert "27 segments read from first_coder.xlsx" in run.printed["sheet-read"]
    assert "done:" in run.printed["train"]
    assert f"removed the scratch folder {scratch[1]}" in run.printed["tidy"]
    assert not Path(scratch[1]).exists()
    assert sorted(run.temp.iterdir()) == []
