"""Generate ``kgraph/rdf/namespace.py`` from ``ontologies/kgraph.ttl`` (the ontology is the truth).

Run after editing the ontology::

    python -m kgraph.rdf.gen_namespace            # rewrites kgraph/rdf/namespace.py
    python -m kgraph.rdf.gen_namespace --check    # exit 1 if the file is stale

Modelled on rdflib's ``rdflib/tools/defined_namespace_creator.py``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import RDFS, Graph, URIRef

from kgraph.config import resource_dir

KG_NS = "https://w3id.org/kgraph/ontology#"
TARGET = Path(__file__).resolve().parent / "namespace.py"


def render(ontology: Path | None = None) -> str:
    """The text of namespace.py for the ontology file (default: the shipped kgraph.ttl)."""
    path = ontology or resource_dir("ontologies") / "kgraph.ttl"
    graph = Graph().parse(path, format="turtle")
    terms: dict[str, str] = {}
    for subject in set(graph.subjects()):
        if isinstance(subject, URIRef) and str(subject).startswith(KG_NS):
            name = str(subject)[len(KG_NS):]
            if name:
                label = graph.value(subject, RDFS.label)
                terms[name] = " ".join(str(label or "").split())
    lines = [
        '"""The kgraph ontology namespace. GENERATED from ontologies/kgraph.ttl by',
        "``python -m kgraph.rdf.gen_namespace``; do not edit by hand (a test checks they agree).",
        '"""',
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """kgraph ontology terms; an unknown attribute raises instead of minting a URI."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{KG_NS}")',
        "",
    ]
    for name in sorted(terms, key=lambda n: (n[0].islower(), n)):
        lines.append(f"    {name}: URIRef  # {terms[name]}" if terms[name] else f"    {name}: URIRef")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if namespace.py is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python -m kgraph.rdf.gen_namespace", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
