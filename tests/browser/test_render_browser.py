"""The network page in headless Chromium: offline, counts, filters, search, XSS-safe."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.model import Actor, ActorKind, Evidence, Interaction, InteractionType, Participant, Status
from kgraph.render import render_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

XSS = "<img src=x onerror=alert(1)>"


def person(name, post=None, country=None):
    return Actor(name, ActorKind.PERSON, role=post, country=country)


BESSENT = person("Scott Bessent", "US Treasury Secretary", "United States")
AKAZAWA = person("Ryosei Akazawa", "Japan's chief tariff negotiator", "Japan")
ISHIBA = person("Shigeru Ishiba", "Prime Minister", "Japan")
TRUMP = person("Donald Trump", "President", "United States")
HE = person("He Lifeng", "Vice Premier", "China")
EVIL = person(XSS, country="Ruritania")
TREASURY = Actor("US Treasury", ActorKind.INSTITUTION, country="United States")


def inter(kind, actors, date, status="occurred", sentence="They met.", url=None, location=None, topic=None):
    ev = Evidence("wire-" + date, 0, len(sentence), sentence, source=f"wire-{date}.txt", url=url,
                  published=dt.date(2025, 7, 20))
    return Interaction(InteractionType(kind), tuple(Participant(a) for a in actors), Status(status), date,
                       location=location, topic=topic, evidence=(ev,))


SAMPLE = [
    inter("talks", [BESSENT, AKAZAWA], "2025-07-14", sentence="Bessent held talks with Akazawa in Washington.",
          url="https://news.example/talks", location="Washington", topic="tariffs"),
    inter("talks", [BESSENT, AKAZAWA], "2025-07-22", location="Washington", topic="tariffs"),
    inter("meeting", [BESSENT, AKAZAWA], "2025-08", status="planned", topic="autos"),
    inter("phone_call", [TRUMP, ISHIBA], "2025-07-23", sentence="Trump spoke with Ishiba by phone."),
    inter("negotiation", [BESSENT, HE], "2025-05-11", location="Geneva", topic="trade"),
    inter("visit", [ISHIBA, TRUMP], "2025-09-01", status="cancelled"),
    inter("meeting", [EVIL, BESSENT], "2025-06-01", sentence=f"A {XSS} met Bessent </script>."),
    inter("agreement", [TREASURY, AKAZAWA], "2025-07-30", status="negated"),
]
SCREENSHOT = "/tmp/kgraph-network.png"


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    return render_html(SAMPLE, tmp_path_factory.mktemp("page") / "network.html", title="Tariff talks")


def test_render_browser_loads_offline_without_errors(open_page, page_file):
    run = open_page(page_file)
    run.page.screenshot(path=SCREENSHOT)
    assert run.errors == []
    assert all(url.startswith("file://") for url in run.requests), run.requests


def test_render_browser_counts_match_input(open_page, page_file):
    run = open_page(page_file)
    counts = run.js("() => [kgraph.nodes.length, kgraph.edges.length, kgraph.data.interactions.length,"
                    " kgraph.visibleNodes, kgraph.visibleEdges]")
    actors = {p.actor.key for i in SAMPLE for p in i.participants}
    pair_types = {(frozenset((a.actor.key, b.actor.key)), i.type) for i in SAMPLE
                  for a in i.participants for b in i.participants if a.actor.key < b.actor.key}
    assert counts == [len(actors), len(pair_types), len(SAMPLE), len(actors), len(pair_types)] == [7, 7, 8, 7, 7]


def test_render_browser_filter_hides_nodes(open_page, page_file):
    run = open_page(page_file)
    shown = run.js("() => kgraph.setFilter({types: ['phone_call']})")
    assert shown == 2
    hidden = run.js("() => kgraph.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
    assert "person:scott bessent" in hidden and len(hidden) == 5
    assert run.js("() => kgraph.setFilter({types: kgraph.data.types, from: '2025-07-20', to: '2025-07-31'})") == 5  # B, A, T, I, Treasury


def test_render_browser_search_focuses_node(open_page, page_file):
    run = open_page(page_file)
    run.page.fill("#search", "akaza")
    run.page.press("#search", "Enter")
    run.page.wait_for_timeout(200)
    assert run.js("() => kgraph.network.getSelectedNodes()") == ["person:ryosei akazawa"]
    assert run.page.inner_text("#panel h3") == "Ryosei Akazawa"


def test_render_browser_country_view_toggle(open_page, page_file):
    run = open_page(page_file)
    run.page.click("#view-countries")
    for _ in range(100):
        if run.js("() => kgraph.ready"):
            break
        run.page.wait_for_timeout(100)
    ids = run.js("() => kgraph.nodes.getIds().sort()")
    assert ids == ["country:china", "country:japan", "country:ruritania", "country:united states"]


def test_render_browser_xss_name_is_text(open_page, page_file):
    run = open_page(page_file)
    node = "person:img src x onerror alert 1"
    assert run.js(f"() => kgraph.focusNode({node!r})")
    run.page.wait_for_timeout(300)
    assert XSS in run.page.inner_text("#panel")
    assert run.js("() => document.querySelectorAll('#panel img, #panel script').length") == 0
    run.page.screenshot(path=SCREENSHOT.replace(".png", "-panel.png"))
    assert run.dialogs == []
    assert run.errors == []
