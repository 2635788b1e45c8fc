"""Every notebook in notebooks/ runs top to bottom on the example archive (CI runs this: none can rot)."""

from __future__ import annotations

import json

import pytest

from ..conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_outputs_are_cleared_in_git(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, tmp_path, monkeypatch):
    reason = "the analysis extra is not installed (pip install -e '.[analysis]')"
    for module in ("pandas", "matplotlib", "ipykernel"):
        pytest.importorskip(module, reason=reason)
    nbformat = pytest.importorskip("nbformat", reason=reason)
    nbclient = pytest.importorskip("nbclient", reason=reason)
    monkeypatch.setenv("MINUTES_NOTEBOOK_OUT", str(tmp_path / "out"))  # the kernel inherits it
    monkeypatch.setenv("MPLBACKEND", "agg")
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(book, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # a cell that raises fails the test with the cell and its traceback
    assert (tmp_path / "out" / "units.jsonl").stat().st_size > 0
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
