"""render_html: counts, views, ego/time selection, escaping, offline assets, errors."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from kgraph.errors import RenderError
from kgraph.model import Actor, ActorKind, Evidence, Interaction, InteractionType, Participant, Status
from kgraph.render import page_data, render_html, select_interactions

XSS = "<img src=x onerror=alert(1)>"


def person(name, post=None, country=None):
    return Actor(name, ActorKind.PERSON, role=post, country=country)


BESSENT = person("Scott Bessent", "US Treasury Secretary", "United States")
AKAZAWA = person("Ryosei Akazawa", "chief tariff negotiator", "Japan")
ISHIBA = person("Shigeru Ishiba", "Prime Minister", "Japan")
TRUMP = person("Donald Trump", "President", "United States")
HE = person("He Lifeng", "Vice Premier", "China")
EVIL = person(XSS + "</script><script>alert(2)</script>", country="Ruritania")


def inter(kind, actors, date=None, status="occurred", sentence="They met.", doc="doc", url=None, topic=None):
    ev = Evidence(doc, 0, len(sentence), sentence, source=f"{doc}.txt", url=url, published=dt.date(2025, 7, 20))
    return Interaction(InteractionType(kind), tuple(Participant(a) for a in actors), Status(status), date,
                       topic=topic, evidence=(ev,))


SAMPLE = [
    inter("talks", [BESSENT, AKAZAWA], "2025-07-14", url="https://example.com/a"),
    inter("talks", [BESSENT, AKAZAWA], "2025-07-22"),
    inter("meeting", [BESSENT, AKAZAWA], "2025-08", status="planned"),
    inter("phone_call", [TRUMP, ISHIBA], "2025-07-23"),
    inter("negotiation", [BESSENT, HE], "2025-05-11"),
    inter("summit", [TRUMP, HE, ISHIBA], "2025"),
]


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kgraph-data">(.*?)</script>', html, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


def test_render_counts_match_input(tmp_path):
    html = render_html(SAMPLE, tmp_path / "n.html").read_text(encoding="utf-8")
    data = embedded(html)
    actors = data["views"]["actors"]
    assert len(data["interactions"]) == 6
    assert len(actors["nodes"]) == 5
    # pairs x types: B-A talks, B-A meeting, T-I phone, B-H negotiation, summit T-H, T-I, H-I
    assert len(actors["edges"]) == 7
    talks = [e for e in actors["edges"] if e["type"] == "talks"]
    assert talks[0]["count"] == 2


def test_render_labels_carry_post(tmp_path):
    data = page_data(SAMPLE)
    labels = {n["label"] for n in data["views"]["actors"]["nodes"]}
    assert "Scott Bessent, US Treasury Secretary" in labels


def test_render_countries_view_folds_persons():
    nodes = page_data(SAMPLE)["views"]["countries"]["nodes"]
    assert sorted(n["id"] for n in nodes) == ["country:china", "country:japan", "country:united states"]
    japan = next(n for n in nodes if n["id"] == "country:japan")
    assert japan["members"] == 2


@pytest.mark.parametrize("actor,hops,expected", [
    ("Scott Bessent", 1, {"Scott Bessent", "Ryosei Akazawa", "He Lifeng"}),
    ("Scott Bessent", 2, {"Scott Bessent", "Ryosei Akazawa", "He Lifeng", "Donald Trump", "Shigeru Ishiba"}),
    ("Akazawa", 0, set()),  # alone: no interaction keeps two participants
])
def test_render_ego_network(actor, hops, expected):
    chosen = select_interactions(SAMPLE, actor=actor, hops=hops)
    names = {p.actor.name for i in chosen for p in i.participants}
    assert names == expected


def test_render_time_window_overlaps_month_and_drops_outside():
    chosen = select_interactions(SAMPLE, since="2025-07-20", until="2025-08-15")
    assert sorted(i.date for i in chosen) == ["2025", "2025-07-22", "2025-07-23", "2025-08"]


def test_render_unknown_actor_raises():
    with pytest.raises(RenderError, match="no such actor"):
        select_interactions(SAMPLE, actor="Nobody Here")


def test_render_bad_date_raises():
    with pytest.raises(RenderError, match="YYYY-MM-DD"):
        select_interactions(SAMPLE, since="July")


def test_render_escapes_untrusted_text(tmp_path):
    evil = [inter("meeting", [EVIL, BESSENT], "2025-06-01", sentence=f"A {XSS} said </script> \u2028 &amp;",
                  doc="<svg onload=alert(4)>", url="javascript:alert(3)", topic="</script><b>x</b>")]
    html = render_html(evil, tmp_path / "x.html", title=f"T {XSS}").read_text(encoding="utf-8")
    assert XSS not in html
    assert "<svg onload" not in html
    assert "\u2028" not in html
    # exactly the three closing tags of our own blocks: data, vis-network, the page script
    assert html.count("</script>") == 3
    data = embedded(html)
    assert data["interactions"][0]["evidence"][0]["url"] is None  # javascript: never becomes a link
    assert XSS in data["views"]["actors"]["nodes"][0]["label"] + data["views"]["actors"]["nodes"][1]["label"]


def test_render_has_no_outside_assets(tmp_path):
    html = render_html(SAMPLE, tmp_path / "n.html").read_text(encoding="utf-8")
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, re.I)
    assert tags, "expected script tags"
    for tag in tags:
        assert not re.search(r"(?:src|href)\s*=", tag, re.I), tag
    assert "vis.Network" in html and "sourceMappingURL" not in html


def test_render_only_http_urls_become_links(tmp_path):
    data = page_data([inter("visit", [BESSENT, HE], url="https://news.example/x"),
                      inter("visit", [BESSENT, HE], url="file:///etc/passwd")])
    assert [e["url"] for i in data["interactions"] for e in i["evidence"]] == ["https://news.example/x", None]


def test_render_empty_input_says_no_interactions(tmp_path):
    html = render_html([], tmp_path / "e.html").read_text(encoding="utf-8")
    assert re.search(r'<div id="empty" >\s*<strong>No interactions', html)
    assert embedded(html)["interactions"] == []


def test_render_unwritable_out_raises(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match="cannot write"):
        render_html(SAMPLE, blocker / "sub" / "n.html")


def test_render_large_graph_gets_positions_and_no_physics():
    many = [inter("meeting", [person(f"P{i}"), person(f"P{i + 1}")]) for i in range(400)]
    view = page_data(many)["views"]["actors"]
    assert view["physics"] is False
    assert all("x" in n and "y" in n for n in view["nodes"])
