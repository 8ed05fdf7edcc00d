"""The scaling curve of issue 18: the pile at 1x, 2x and 4x, on the local engine and on a 2-worker LocalCluster
(`--engine dask`), cold; wall and CPU time, the largest size over 1x (target: at most 4.2 on both engines, at 4x), and
whether the Dask engine's report equals the local engine's, byte for byte, at every size.

    python -m benchmarks.throughput --scaling [--sizes 1,2,4] [--workers 2] [--engines local,dask] [--sample N]

--sample N draws the curve from the pile's first N articles (a quick look at which part grows faster than the
input; the target is judged on the whole pile).

Each copy of the pile has every date moved back by 28 whole years, in its front matter and in its text (every year
from 1900 to 2099): 28 years keep each date's weekday (the calendar repeats every 28 years between 1901 and 2099), so
a copy is the same news in another time, and dates stay valid (29 February stays a leap day). The articles are
written under a temporary folder; the pile is read from ../shared and never copied into the repository.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.throughput import PILE, ROOT, Run, size_mb, timed

SHIFT_YEARS = 28
TARGET_RATIO = 4.2
_YEAR = re.compile(r"(?<![\d.,])(19|20)\d\d(?!\d)")


def shifted(text: str, years: int) -> str:
    """The text with every year from 1900 to 2099 moved by `years` (a year written as 4 digits standing alone)."""
    return _YEAR.sub(lambda match: str(int(match.group()) + years), text)


def write_copies(folder: Path, copies: int, sample: int | None = None) -> list[Path]:
    """The pile (its first `sample` articles if given), and `copies` more copies of it, each 28 years before the one
    before, one .md file per article."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with gzip.open(PILE, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if sample is not None and number >= sample:
                break
            article = json.loads(line)
            body = article.get("text", "")
            body += "" if body.endswith("\n") else "\n"
            head = f"---\ndate: {json.dumps(article['date'])}\n---\n" if article.get("date") else ""
            for copy in range(copies + 1):
                years = -SHIFT_YEARS * copy
                path = folder / (f"{number:06}.md" if copy == 0 else f"copy{copy}-{number:06}.md")
                path.write_text(shifted(head, years) + shifted(body, years) if copy else head + body,
                                encoding="utf-8")
                paths.append(path)
    return paths


def check(folder: Path, report: Path, engine: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "factlint", "check", str(folder), "--no-cache", "--jobs", str(workers),
            "--engine", engine, "--format", "json", "-o", str(report), "-q"]


@dataclass(frozen=True)
class Point:
    """One size on one engine."""

    size: int
    engine: str
    articles: int
    run: Run
    report: Path


def measure(sizes: list[int], engines: list[str], workers: int, sample: int | None = None) -> list[Point]:
    """Each size on each engine, smallest first, printing each run as it ends."""
    work = Path(tempfile.mkdtemp(prefix="factlint-scaling-"))
    points: list[Point] = []
    try:
        for size in sorted(sizes):
            folder = work / f"pile{size}x"
            paths = write_copies(folder, size - 1, sample)
            megabytes = size_mb(paths)
            print(f"{size}x: {len(paths)} articles, {megabytes:.1f} MB", flush=True)
            for engine in engines:
                report = work / f"report-{size}x-{engine}.json"
                run = timed(f"{size}x {engine}", check(folder, report, engine, workers), megabytes, ROOT)
                print(f"  {run.line()}", flush=True)
                points.append(Point(size, engine, len(paths), run, report))
            _equal_at(points, size)
            shutil.rmtree(folder, ignore_errors=True)
        _summary(points)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return points


def _equal_at(points: list[Point], size: int) -> None:
    here = {p.engine: p for p in points if p.size == size}
    if "local" in here and "dask" in here:
        same = here["local"].report.read_bytes() == here["dask"].report.read_bytes()
        codes = here["local"].run.exit_code == here["dask"].run.exit_code
        print(f"  dask report == local report at {size}x: {same} (exit codes {here['local'].run.exit_code}, "
              f"{here['dask'].run.exit_code}{'' if codes else ': differ'})", flush=True)


def _summary(points: list[Point]) -> None:
    """The largest size over 1x on each engine, wall and CPU, against the target."""
    print(f"\nscaling (target: 4x over 1x <= {TARGET_RATIO} on both engines, wall and cpu):")
    for engine in sorted({p.engine for p in points}):
        mine = sorted((p for p in points if p.engine == engine), key=lambda p: p.size)
        base = mine[0]
        for point in mine[1:]:
            wall = point.run.wall / base.run.wall
            cpu = point.run.cpu / base.run.cpu
            # A run that ended in an error (exit 2: usage, configuration, a lost worker) measured nothing.
            failed = [p.size for p in (base, point) if p.run.exit_code not in (0, 1)]
            verdict = (f"failed: exit {point.run.exit_code if point.size in failed else base.run.exit_code} at "
                       f"{failed[-1]}x" if failed else
                       "met" if point.size == 4 and max(wall, cpu) <= TARGET_RATIO else
                       "missed" if point.size == 4 else f"linear: {point.size / base.size:.0f}")
            print(f"  {engine:<5} {point.size}x/{base.size}x: wall {wall:5.2f}  cpu {cpu:5.2f}  ({verdict})")


def main(sizes: str, workers: int, engines: str, sample: int | None = None) -> int:
    if not PILE.exists():
        print(f"skipped: {PILE} is absent")
        return 0
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    measure([int(s) for s in sizes.split(",")], engines.split(","), workers, sample)
    return 0
