"""kgraph.api: show() writes the offline page, and in Jupyter displays it inline in an iframe."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import kgraph
from kgraph import api
from tests.api_support import ARTICLE, DOC_ID

# A request to another host: src/href/url()/@import/fetch of an http(s) or protocol-relative URL.
OUTSIDE = re.compile(r"""(?:\b(?:src|href|action|data)\s*=\s*["']?|url\(\s*["']?|@import\s+["']?|fetch\(\s*["'])"""
                     r"""(?:https?:)?//""", re.IGNORECASE)


def outside_urls(frame: str) -> list[str]:
    """Outside requests in the iframe markup or in the page it holds (escaped in srcdoc)."""
    return OUTSIDE.findall(frame) + OUTSIDE.findall(html.unescape(frame))


@pytest.fixture(scope="module")
def kg(nlp):
    with kgraph.open() as graph:
        graph.add_text(ARTICLE, doc_id=DOC_ID)
        yield graph


def test_api_show_outside_jupyter_returns_the_page_path(kg, tmp_path):
    path = kg.show(tmp_path / "n.html", actor="Scott Bessent")
    assert path == tmp_path / "n.html" and path.is_file()
    page = path.read_text(encoding="utf-8")
    assert "Shigeru Ishiba" in page and "Howard Lutnick" not in page  # the ego network only


def test_api_show_without_path_writes_a_temporary_file(kg):
    path = kg.show()
    assert path.is_file() and path.suffix == ".html"


def test_api_show_in_jupyter_displays_the_same_page_inline(kg, tmp_path, monkeypatch):
    from IPython.display import HTML

    shown = []
    monkeypatch.setattr(api, "_in_notebook", lambda: True)
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    path = kg.show(tmp_path / "n.html", height=500)
    assert len(shown) == 1 and isinstance(shown[0], HTML)
    frame = shown[0].data
    match = re.fullmatch(r'<div [^>]*><iframe srcdoc="([^"]*)" width="100%" height="500" [^>]*></iframe></div>',
                         frame, re.DOTALL)
    assert match, frame[:200]
    assert html.unescape(match.group(1)) == path.read_text(encoding="utf-8")
    assert not outside_urls(frame)


def test_api_outside_url_check_catches_a_remote_script():
    # the check above must be able to fail
    assert outside_urls(api.iframe_html('<script src="https://cdn.example/vis.js"></script>'))
    assert outside_urls(api.iframe_html('<link href="//cdn.example/x.css">'))


def test_api_not_in_notebook_in_plain_python():
    assert api._in_notebook() is False


def test_api_render_is_the_cli_page(kg, tmp_path):
    from kgraph.render import render_html

    mine = kg.render(tmp_path / "a.html", seed=3)
    theirs = render_html(kg.interactions(), tmp_path / "b.html", seed=3)
    # (the page stamps the second it was generated: the two writes may straddle a second)
    stamp = re.compile(r'"generated": ?"[^"]*"')
    assert stamp.sub("", Path(mine).read_text(encoding="utf-8")) == stamp.sub("", Path(theirs).read_text(encoding="utf-8"))
