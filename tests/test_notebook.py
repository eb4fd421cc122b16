"""The exploration notebook runs top to bottom, so it cannot rot silently."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_explore_notebook_runs_and_writes_the_workbook(tmp_path, monkeypatch):
    # The evaluation cases are in the checkout, which an installed package is not inside.
    monkeypatch.setenv("RECONCILE_CHECKOUT", str(NOTEBOOK.parents[1]))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), (
        "commit the notebook with outputs stripped")
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()        # raises CellExecutionError, naming the cell, if any cell fails
    assert (tmp_path / "explore.out.xlsx").stat().st_size > 0
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 3   # the three plots
    text = "".join(o.get("text", "") for o in outputs)
    assert "header row:" in text and "candidate pairs scored" in text


def test_the_notebook_uses_only_the_public_api():
    """What `import reconcile` offers: the notebook is where an analyst learns the library, so
    it must not teach internal modules that may move."""
    import ast

    import reconcile

    nb = nbformat.read(NOTEBOOK, as_version=4)
    tree = ast.parse("\n".join(c.source for c in nb.cells if c.cell_type == "code"))
    imported = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom | ast.Import)]
    modules = {n.module for n in imported if isinstance(n, ast.ImportFrom)}
    modules |= {a.name for n in imported if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in modules if m and m.startswith("reconcile.")}
    names = {a.name for n in imported if isinstance(n, ast.ImportFrom) and n.module == "reconcile"
             for a in n.names}
    used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "reconcile"}
    assert {n for n in names | used if not n.startswith("__")} <= set(reconcile.__all__)
