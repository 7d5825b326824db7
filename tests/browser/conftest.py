"""Headless Debian Chromium driven by Playwright; every browser test skips cleanly without them."""
from __future__ import annotations

from pathlib import Path

import pytest

class PageRun:
    """A page plus everything it logged, requested or tried to pop up."""

    def __init__(self, browser, path: Path):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        # Poll with evaluate: the page's CSP forbids the eval that wait_for_function uses.
        for _ in range(300):
            if self.page.evaluate("() => !!(window.kgraph && window.kgraph.ready)"):
                break
            self.page.wait_for_timeout(100)
        else:
            raise AssertionError(f"page never became ready; errors: {self.errors}")

    def js(self, expression: str):
        return self.page.evaluate(expression)


@pytest.fixture
def open_page(browser):
    runs = []

    def _open(path: Path) -> PageRun:
        run = PageRun(browser, path)
        runs.append(run)
        return run

    yield _open
    for run in runs:
        run.page.close()
