"""The examples in kgraph.api's docstrings that need no built graph run as doctests."""
from __future__ import annotations

import doctest

from kgraph import api


def test_api_docstring_examples_run():
    results = doctest.testmod(api, optionflags=doctest.ELLIPSIS)
    assert results.attempted >= 10
    assert results.failed == 0
