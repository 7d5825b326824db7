"""The query page in headless Chromium: it runs a query and shows hostile results as text."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgraph.query import server as srv

PAYLOADS = [
    '<img src=x onerror="window.__xss = 1">',
    "<script>window.__xss = 2</script>",
    '"><svg onload="window.__xss = 3">',
]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server():
    store = ox.Store()
    for i, p in enumerate(PAYLOADS):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/a{i}"), ox.NamedNode("http://example.org/name"),
                          ox.Literal(p), ox.NamedNode("http://example.org/g")))
    s = srv.start_in_thread(srv.make_app(store, timeout=5))
    yield s
    s.shutdown()
    s.server_close()


@pytest.fixture(scope="module")
def page(server, browser):
    pg = browser.new_page()
    errors = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors
    yield pg
    pg.close()


def test_server_page_runs_query_and_shows_payloads_as_text(server, page):
    page.goto(server.url)
    page.fill("#q", "SELECT ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?s")
    page.click("#run")
    page.wait_for_selector("#out table")
    cells = page.locator("#out td").all_text_contents()
    assert cells == PAYLOADS
    assert page.evaluate("window.__xss") is None
    assert page.locator("#out img, #out script, #out svg").count() == 0
    assert "3 rows" in page.text_content("#info")
    assert page.errors == []  # the CSP let our own script run and nothing else was attempted


def test_server_page_shows_errors_as_text(server, page):
    page.goto(server.url)
    page.fill("#q", "SELECT <oops")
    page.click("#run")
    page.wait_for_selector("#out pre.err")
    assert "syntax error" in page.text_content("#out pre.err").lower()
    assert page.text_content("#info").startswith("400")


def test_server_page_example_buttons_fill_the_query(server, page):
    page.goto(server.url)
    page.locator("#ex button").first.click()
    assert page.input_value("#q") == srv.EXAMPLES[0][1]
