"""The README's "Python" section runs as a doctest (docs/python.md until the README has that section)."""
from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DRAFT = ROOT / "docs" / "python.md"
HEADING = "Python"

# Examples that need the optional pandas extra carry `# doctest: +PANDAS`; they are skipped without pandas.
PANDAS = doctest.register_optionflag("PANDAS")


def python_section() -> tuple[str, str]:
    """(where, text) of the "## Python" section: README.md's, or the draft in docs/python.md."""
    readme = README.read_text(encoding="utf-8") if README.exists() else ""
    match = re.search(rf"^## {HEADING}[ \t]*\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL)
    if match:
        return f"{README.name} ## {HEADING}", match.group(1)
    return str(DRAFT.relative_to(ROOT)), DRAFT.read_text(encoding="utf-8")


def run_doctest(name: str, text: str) -> doctest.TestResults:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, name, name, 0)
    if importlib.util.find_spec("pandas") is None:
        for example in test.examples:
            if example.options.get(PANDAS):
                example.options[doctest.SKIP] = True
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    return runner.summarize(verbose=False)


def test_readme_python_section_runs_as_doctest(nlp, monkeypatch, capsys):
    if not (ROOT / "examples").is_dir():
        pytest.skip("examples/ is absent")
    monkeypatch.chdir(ROOT)  # the examples read examples/ relative to the checkout
    name, text = python_section()
    results = run_doctest(name, text)
    report = capsys.readouterr().out
    assert results.attempted >= 10, f"{name}: too few examples ({results.attempted})"
    assert results.failed == 0, report


def test_readme_doctest_runner_reports_failures():
    # The check above must be able to fail: a wrong expected value is counted as a failure.
    results = run_doctest("bad", ">>> 1 + 1\n3\n")
    assert (results.attempted, results.failed) == (1, 1)
