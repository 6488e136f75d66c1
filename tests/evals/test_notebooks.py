"""Both notebooks execute top to bottom on a small run and the small corpus, so they never rot."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def execute(name: str) -> str:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    texts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            if output.get("output_type") == "error":
                pytest.fail(f"{name}: {output['ename']}: {output['evalue']}")
    return "".join(texts)


def test_evaluation_report_notebook_runs_on_a_results_folder(small_run, monkeypatch):
    _, run = small_run
    monkeypatch.setenv("WARD_EVAL_RESULTS", str(run.out))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    output = execute("evaluation_report.ipynb")
    assert f"{run.out}: 9 cases" in output
    assert "naive-langchain" in output and "Pass rate (golden rule)" in output
    assert "s-impossible" in output  # the failure drill-down reached the failing case


def test_corpus_explorer_notebook_runs_on_a_corpus(small_index, monkeypatch):
    settings, _ = small_index
    monkeypatch.setenv("WARD_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    output = execute("corpus_explorer.ipynb")
    assert "8 procedures, 1 guides" in output
    assert "Chứng thực" in output and "Hộ tịch" in output
