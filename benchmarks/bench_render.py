"""Render benchmark: time to write the network HTML for 1k / 5k / 20k nodes (and, with --browser,
the page's time to a stable layout in headless Chromium).

Usage::

    .venv/bin/python benchmarks/bench_render.py                     # 1000 5000 20000 nodes
    .venv/bin/python benchmarks/bench_render.py --nodes 20000 --browser --keep /tmp/bench

The input is synthetic and seeded: ``interactions(n, seed)`` builds ``n`` actors (persons with posts
and countries, institutions, countries) and about ``1.5 n`` interactions on a preferential-attachment
graph (a few hubs, many leaves, like news coverage), with dates, statuses, topics and evidence.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machineinfo  # noqa: E402

from kgraph.model import Actor, ActorKind, Evidence, Interaction, InteractionType, Participant, Status
from kgraph.render import render_html

COUNTRIES = ["Japan", "United States", "China", "India", "Germany", "France", "Brazil", "South Africa",
             "Nigeria", "Egypt", "Turkey", "Russia", "Ukraine", "Poland", "Italy", "Spain", "Canada",
             "Mexico", "Indonesia", "Australia", "South Korea", "Saudi Arabia", "Qatar", "Kenya"]
POSTS = ["Foreign Minister", "Trade Minister", "Prime Minister", "President", "Finance Minister",
         "Ambassador", "Defence Minister", "Chief Negotiator"]
TOPICS = ["tariffs", "security", "energy", "climate", "trade", "migration", "semiconductors", None]


def interactions(n: int, seed: int = 0) -> list[Interaction]:
    """About 1.5 n seeded interactions among n actors."""
    rng = random.Random(seed)
    actors = []
    for i in range(n):
        country = rng.choice(COUNTRIES)
        r = rng.random()
        if r < 0.8:
            actors.append(Actor(f"Person {i}", ActorKind.PERSON, role=f"{country} {rng.choice(POSTS)}",
                                country=country))
        elif r < 0.97:
            actors.append(Actor(f"Ministry {i}", ActorKind.INSTITUTION, country=country))
        else:
            actors.append(Actor(f"{country} {i}", ActorKind.COUNTRY))
    g = nx.barabasi_albert_graph(n, 1, seed=seed)
    pairs = list(g.edges()) + [tuple(rng.sample(range(n), 2)) for _ in range(n // 2)]
    types, statuses = list(InteractionType), list(Status)
    out = []
    for k, (a, b) in enumerate(pairs):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))
        sentence = f"{actors[a].name} met {actors[b].name} on {day:%B %d}."
        out.append(Interaction(
            type=rng.choice(types),
            participants=(Participant(actors[a]), Participant(actors[b])),
            status=rng.choices(statuses, weights=(80, 12, 5, 3))[0],
            date=day.isoformat(),
            location=rng.choice(COUNTRIES),
            topic=rng.choice(TOPICS),
            evidence=(Evidence(f"doc-{k // 5}", 0, len(sentence), sentence, source=f"doc-{k // 5}.txt",
                               url=f"https://news.example/{k // 5}", published=day),),
            confidence=0.8,
        ))
    return out


def machine() -> str:
    cpu = machineinfo.cpu_model()
    load = (machineinfo.loadavg() or (float("nan"),))[0]
    return (f"{cpu}, {os.cpu_count()} cores, load {load:.1f}; Python {platform.python_version()}, "
            f"networkx {nx.__version__}")


def browser_stable_seconds(path: Path) -> float | None:
    """Seconds from navigation until the page reports a stable layout, in headless Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path("/usr/bin/chromium").exists():
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        while not page.evaluate("() => !!(window.kgraph && window.kgraph.ready)"):
            if time.perf_counter() - start > 300:
                browser.close()
                return float("inf")
            page.wait_for_timeout(100)
        seconds = time.perf_counter() - start
        browser.close()
        return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--browser", action="store_true", help="also time the page in headless Chromium")
    parser.add_argument("--keep", type=Path, help="folder to keep the pages in")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    for n in args.nodes:
        data = interactions(n, seed=args.seed)
        out = folder / f"network-{n}.html"
        start, cpu = time.perf_counter(), time.process_time()
        render_html(data, out, seed=args.seed)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        line = (f"{n:>6} nodes {len(data):>6} interactions: render {seconds:6.2f} s (cpu {cpu:5.2f} s), "
                f"{out.stat().st_size / 1e6:5.1f} MB")
        if args.browser:
            stable = browser_stable_seconds(out)
            line += f", browser stable {stable:6.2f} s" if stable is not None else ", browser: not available"
        print(line, flush=True)


if __name__ == "__main__":
    main()
