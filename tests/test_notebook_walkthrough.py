"""examples/walkthrough.ipynb runs top to bottom in a local kernel, offline, and shows the network inline."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "walkthrough.ipynb"
OUTSIDE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)(?:https?:)?//""", re.I)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executed():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel listens on loopback (127.0.0.1) only: nothing leaves the machine.
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def outputs(nb, mime: str) -> list[str]:
    return [out.get("data", {}).get(mime, "") for cell in nb.cells if cell.cell_type == "code"
            for out in cell.get("outputs", []) if mime in out.get("data", {})]


def test_notebook_walkthrough_runs_without_errors(executed):
    errors = [out for cell in executed.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert errors == []


def test_notebook_walkthrough_shows_the_network_inline_offline(executed):
    frames = [h for h in outputs(executed, "text/html") if "<iframe srcdoc=" in h]
    assert len(frames) == 1
    page = html.unescape(frames[0])
    assert "Scott Bessent" in page and "new vis.Network(" in page
    assert not OUTSIDE.search(frames[0]) and not OUTSIDE.search(page)


def test_notebook_walkthrough_queries_answer(executed):
    text = "\n".join(outputs(executed, "text/html") + outputs(executed, "text/plain"))
    assert "Shigeru Ishiba" in text and "meeting" in text


def test_notebook_is_committed_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
