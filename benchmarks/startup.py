"""Start-up time (issue 18): the CPU time of `factlint --version` and of `factlint` on one small article, without
and with its cache, each the median of a few runs with bytecode cached as an installed factlint has it. CPU, not wall
time: the machine is shared.

    python -m benchmarks.startup
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Issue 18: CPU seconds `factlint --version`, and `factlint` on one small article, may take (pre-commit starts it).
STARTUP_CPU = 0.3
STARTUP_REPEAT = 5
SMALL_ARTICLE = "---\ndate: 2020-03-04\n---\nThe five-day talks in Geneva ended on Tuesday, officials said.\n"


def cpu_seconds(command: list[str], cwd: Path, repeat: int = STARTUP_REPEAT) -> float:
    """The median CPU time (user + system) of a command run `repeat` times, after one run that writes the bytecode
    (an installed factlint has it; PYTHONDONTWRITEBYTECODE is lifted for these runs)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    times = []
    for _ in range(repeat + 1):
        child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, _, usage = os.wait4(child.pid, 0)
        times.append(usage.ru_utime + usage.ru_stime)
    return sorted(times[1:])[len(times[1:]) // 2]


def startup() -> dict[str, float]:
    """CPU seconds of `factlint --version` and of `factlint` on one small article, without and with its cache."""
    work = Path(tempfile.mkdtemp(prefix="factlint-startup-"))
    try:
        (work / "article.md").write_text(SMALL_ARTICLE, encoding="utf-8")
        base = [sys.executable, "-m", "factlint"]
        figures = {
            "factlint --version": cpu_seconds([*base, "--version"], work),
            "factlint article.md --no-cache": cpu_seconds([*base, "article.md", "--no-cache"], work),
            "factlint article.md (cached)": cpu_seconds([*base, "article.md", "--cache-dir", str(work / "cache")], work),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for label, seconds in figures.items():
        print(f"start-up {label:<34} {seconds:6.3f} s cpu (target <= {STARTUP_CPU} s)", flush=True)
    return figures


if __name__ == "__main__":
    startup()
