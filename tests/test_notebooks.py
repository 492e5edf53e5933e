"""The notebooks run top to bottom against the demo study's outputs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((PROJECT / "notebooks").glob("*.ipynb"))
pytestmark = pytest.mark.workflow


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


def test_three_notebooks_named_by_step_initials_and_description_stored_without_outputs() -> None:
    assert [path.name for path in NOTEBOOKS] == [
        "1.0-ww-coding-scheme-tour.ipynb",
        "2.0-ww-model-and-coders-disagree.ipynb",
        "3.0-ww-new-study-from-scratch.ipynb",
    ]
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), path.name
        source = "\n".join(cell.source for cell in notebook.cells)
        assert "from pipeline" in source  # they import the package rather than copy its code


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_top_to_bottom(demo: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_PROJECT", str(demo))
    notebook = nbformat.read(path, as_version=4)
    # run from notebooks/, as a student would: the new-study notebook uses the checkout around it
    resources = {"metadata": {"path": str(PROJECT / "notebooks")}}
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources=resources)
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if any cell fails
    printed = "".join(
        str(output.get("text", "")) for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    )
    assert "Error" not in printed
    assert os.environ["PIPELINE_PROJECT"] == str(demo)
