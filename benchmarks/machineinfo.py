"""What every benchmark prints about the machine it ran on (one place for the /proc readings)."""
from __future__ import annotations

import os
import platform
from pathlib import Path


def _proc_field(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def cpu_model() -> str:
    """The CPU's model name ("AMD EPYC ..."), or what platform knows."""
    return _proc_field("/proc/cpuinfo", "model name") or platform.processor() or platform.machine() or "?"


def ram() -> str:
    """Total memory, e.g. "23.5 GiB"."""
    total = _proc_field("/proc/meminfo", "MemTotal")
    return f"{int(total.split()[0]) / 1024 / 1024:.1f} GiB" if total else "?"


def loadavg() -> tuple[float, float, float] | None:
    return os.getloadavg() if hasattr(os, "getloadavg") else None
