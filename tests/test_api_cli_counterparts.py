"""Every `kgraph` command has a library counterpart in kgraph.api, documented with an example."""
from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import kgraph
from kgraph import api


def cli_commands() -> set[str]:
    import typer

    from kgraph.cli import app

    return set(typer.main.get_command(app).commands)


def test_api_every_cli_command_has_a_counterpart():
    assert set(api.CLI_COUNTERPARTS) == cli_commands()


@pytest.mark.parametrize("command", sorted(api.CLI_COUNTERPARTS))
def test_api_counterpart_is_public_and_documented_with_an_example(command):
    func = api.CLI_COUNTERPARTS[command]
    owner = api.KnowledgeGraph if func.__qualname__.startswith("KnowledgeGraph.") else api
    assert getattr(owner, func.__name__) is func and not func.__name__.startswith("_")
    assert "Example" in (inspect.getdoc(func) or "")


def test_api_public_methods_have_hints_and_examples():
    for name, member in inspect.getmembers(api.KnowledgeGraph):
        if name.startswith("_") or not callable(member):
            continue
        assert "Example" in (inspect.getdoc(member) or ""), name
        assert "return" in inspect.get_annotations(member), name


def test_api_names_exported_from_kgraph():
    for name in ("open", "KnowledgeGraph", "QueryRows", "saved_queries"):
        assert name in kgraph.__all__
        assert getattr(kgraph, name) is getattr(api, name)
    with pytest.raises(AttributeError):
        kgraph.no_such_name  # noqa: B018


def test_api_import_kgraph_stays_light():
    code = "import sys, kgraph; print(sorted(m for m in ('rdflib', 'pyoxigraph', 'spacy', 'kgraph.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
