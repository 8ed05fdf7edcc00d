"""Throughput benchmark: the factlint CLI over the news pile and the cluster corpora, cold and warm, and growth.

    python -m benchmarks.throughput [--fractions 8,4,2,1] [--jobs N] [--skip-proselint] [--skip-clusters]
    python -m benchmarks.throughput --large-articles [--sizes 1,4,16]
    python -m benchmarks.throughput --scaling [--sizes 1,2,4] [--workers 2]   (benchmarks/scaling.py)
    python -m benchmarks.throughput --startup
    python -m benchmarks.throughput --proselint   (factlint against proselint on the same sample, per MB)

Every run starts with the start-up figures (issue 18): the CPU time of `factlint --version` and of `factlint` on one
small article, cold (no cache) and warm (cached), each the median of a few runs with bytecode cached as an installed
factlint has it; CPU, not wall, since the machine is shared.

Reads ../shared/corpora (never copied into the repo), writes the articles to a temporary
folder and runs `python -m factlint` as a subprocess, as a user would. Prints wall and CPU
time, MB/s, peak memory of any one process, and the targets of issue 7 beside them.

`--large-articles` runs benchmarks/large_articles.py: single articles of 1, 4 and 16 MB against
issue 21's targets (time linear in size, under 20 bytes of memory per byte of text above the
start-up footprint).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.large_articles import large_articles
from benchmarks.startup import STARTUP_CPU, startup

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
PILE = CORPORA / "pile.jsonl.gz"
CLUSTERS = ("gva-clusters.jsonl.gz", "ecbplus-clusters.jsonl.gz", "allsides-clusters.jsonl.gz")
PROSELINT_SAMPLE_BYTES = 2_000_000


@dataclass(frozen=True)
class Run:
    """One timed subprocess."""

    label: str
    wall: float
    cpu: float
    megabytes: float
    exit_code: int
    error: str = ""  # the last lines a failed run wrote to standard error
    peak: float = 0.0  # MB: the peak resident memory of its largest process (the run or a worker it waited for)

    def line(self) -> str:
        rate = self.megabytes / self.wall if self.wall else 0.0
        return (f"{self.label:<34} {self.wall:8.2f} s wall {self.cpu:8.2f} s cpu "
                f"{self.megabytes:7.1f} MB {rate:7.2f} MB/s  peak {self.peak:6.0f} MB  exit {self.exit_code}"
                + (f"  ({self.error})" if self.error else ""))


def write_articles(corpus: Path, folder: Path, front_matter: bool = True) -> list[Path]:
    """One .md file per article (date front matter where known), as ../shared/tools/materialize.py writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            article = json.loads(line)
            head = f"---\ndate: {json.dumps(article['date'])}\n---\n" if front_matter and article.get("date") else ""
            body = article.get("text", "")
            path = folder / f"{number:06}.md"
            path.write_text(head + body + ("" if body.endswith("\n") else "\n"), encoding="utf-8")
            paths.append(path)
    return paths


def size_mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def timed(label: str, command: list[str], megabytes: float, cwd: Path) -> Run:
    """Run a command, returning wall time, the CPU time of it and its children, and its own peak memory (wait4's
    rusage of that one run, not the benchmark's largest child so far)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = code = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    cpu = usage.ru_utime + usage.ru_stime
    # What a failed run said last (exit 2 and beyond: usage, configuration, a lost worker), to print beside it.
    said = stderr.decode("utf-8", "replace").strip().splitlines()[-3:] if code not in (0, 1) else []
    return Run(label, wall, cpu, megabytes, code, " | ".join(said), usage.ru_maxrss / 1024)


def factlint(folder: Path, cache: Path | None, jobs: int | None) -> list[str]:
    command = [sys.executable, "-m", "factlint", "check", str(folder)]
    command += ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
    return command + (["--jobs", str(jobs)] if jobs else [])


def subset(paths: list[Path], share: int, into: Path) -> list[Path]:
    """The first 1/share of the articles, hard-linked into a folder of their own."""
    into.mkdir(parents=True, exist_ok=True)
    chosen = paths[: len(paths) // share]
    for path in chosen:
        os.link(path, into / path.name)
    return [into / p.name for p in chosen]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fractions", default="8,4,2,1", help="Shares of the pile to time, as 1/N.")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--skip-proselint", action="store_true")
    parser.add_argument("--skip-clusters", action="store_true")
    parser.add_argument("--large-articles", action="store_true", help="Time only single large articles.")
    parser.add_argument("--sizes", default=None, help="Sizes of the large articles, in MB (default 1,4,16); with "
                        "--scaling, the multiples of the pile (default 1,2,4).")
    parser.add_argument("--scaling", action="store_true", help="Only the scaling curve: the pile at 1x, 2x, 4x on "
                        "the local and the Dask engine (benchmarks/scaling.py).")
    parser.add_argument("--workers", type=int, default=2, help="With --scaling: --jobs, and the LocalCluster's workers.")
    parser.add_argument("--engines", default="local,dask", help="With --scaling: the engines to time.")
    parser.add_argument("--sample", type=int, default=None, help="With --scaling: only the pile's first N articles.")
    parser.add_argument("--startup", action="store_true", help="Time only start-up.")
    parser.add_argument("--proselint", action="store_true", help="Only factlint against proselint on the pile's "
                        "first ~2 MB, in one run (issue 18: >= 3x proselint per MB).")
    args = parser.parse_args()
    started = startup()
    if args.startup:
        return 0
    if args.scaling:
        from benchmarks import scaling

        return scaling.main(args.sizes or "1,2,4", args.workers, args.engines, args.sample)
    if args.large_articles:
        return 0 if large_articles([float(s) for s in (args.sizes or "1,4,16").split(",")]) else 1
    if not PILE.exists():
        print(f"skipped: {PILE} is absent")
        return 0
    work = Path(tempfile.mkdtemp(prefix="factlint-bench-"))
    runs: dict[str, Run] = {}
    try:
        pile = write_articles(PILE, work / "pile")
        if args.proselint:
            if not shutil.which("proselint"):
                print("skipped: proselint is not installed (pip install proselint)")
                return 0
            runs["ours"], runs["theirs"] = _against_proselint(pile, work, args.jobs)
            _targets(runs, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, started)
            return 0
        print(f"pile: {len(pile)} articles, {size_mb(pile):.1f} MB under {work}")
        shares = [int(s) for s in args.fractions.split(",")]
        parts: dict[int, list[Path]] = {}
        for share in shares:
            parts[share] = pile if share == 1 else subset(pile, share, work / f"part{share}")
            folder = parts[share][0].parent
            run = timed(f"cold 1/{share} ({len(parts[share])} articles)",
                        factlint(folder, work / f"cache{share}", args.jobs), size_mb(parts[share]), work)
            runs[f"cold{share}"] = run
            print(run.line(), flush=True)
        # Warm runs over the largest share timed (the whole pile unless --fractions leaves it out).
        largest = min(shares)
        paths, name = parts[largest], "whole pile" if largest == 1 else f"1/{largest}"
        folder, cache = paths[0].parent, work / f"cache{largest}"
        runs["warm"] = timed(f"warm, {name}", factlint(folder, cache, args.jobs), size_mb(paths), work)
        print(runs["warm"].line(), flush=True)
        changed_path = paths[len(paths) // 2]
        # Hard links share the file with the whole pile: write a new file in its place instead.
        text = changed_path.read_text(encoding="utf-8")
        changed_path.unlink()
        changed_path.write_text(text + "\nThe talks lasted four days.\n", encoding="utf-8")
        runs["warm1"] = timed(f"warm, {name}, one file changed", factlint(folder, cache, args.jobs), size_mb(paths), work)
        print(runs["warm1"].line(), flush=True)
        if not args.skip_clusters:
            for name in CLUSTERS:
                if (CORPORA / name).exists():
                    paths = write_articles(CORPORA / name, work / name.split(".")[0])
                    folder = paths[0].parent
                    for label in ("cold", "warm"):
                        run = timed(f"{label} {name.split('-')[0]} ({len(paths)})",
                                    factlint(folder, work / f"cache-{name}", args.jobs), size_mb(paths), work)
                        print(run.line(), flush=True)
        if not args.skip_proselint and shutil.which("proselint"):
            runs["ours"], runs["theirs"] = _against_proselint(pile, work, args.jobs)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of any one process: {peak:.0f} MB")
        _targets(runs, peak, started)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _against_proselint(pile: list[Path], work: Path, jobs: int | None) -> tuple[Run, Run]:
    """factlint (cold, no cache) and proselint on the same first ~2 MB of the pile, one after the other."""
    sample, total = [], 0
    for path in pile:
        if total >= PROSELINT_SAMPLE_BYTES:
            break
        sample.append(path)
        total += path.stat().st_size
    folder = work / "sample"
    folder.mkdir()
    for path in sample:
        os.link(path, folder / path.name)
    mb = size_mb(sample)
    ours = timed(f"factlint, {mb:.1f} MB sample", factlint(folder, None, jobs), mb, work)
    theirs = timed(f"proselint, {mb:.1f} MB sample", ["proselint", "check", *map(str, sorted(folder.iterdir()))],
                   mb, work)
    print(ours.line())
    print(theirs.line())
    return ours, theirs


def _targets(runs: dict[str, Run], peak_mb: float, started: dict[str, float] | None = None) -> None:
    """Issue 7's and issue 18's targets beside the measured figures."""
    print("\ntargets (issue 7):")
    if "cold1" in runs:
        print(f"  cold whole pile <= 20 s: {runs['cold1'].wall:.1f} s")
    if "warm1" in runs:
        print(f"  warm, one file changed <= 1.5 s: {runs['warm1'].wall:.1f} s ({runs['warm1'].label})")
    print(f"  peak memory <= 1024 MB: {peak_mb:.0f} MB")
    colds = sorted((int(key[4:]), run) for key, run in runs.items() if key.startswith("cold"))
    if len(colds) > 1:
        (small, first), (large, last) = colds[-1], colds[0]
        print(f"  growth, 1/{large} over 1/{small} (linear: {small / large:.0f}; whole / one eighth <= 9): "
              f"{last.wall / first.wall:.1f} (cpu {last.cpu / max(first.cpu, 1e-9):.1f})")
    if "ours" in runs and "theirs" in runs:
        ours = runs["ours"].wall / runs["ours"].megabytes
        theirs = runs["theirs"].wall / runs["theirs"].megabytes
        print(f"  per MB >= 5x (issue 7), >= 3x (issue 18) faster than proselint: {ours:.2f} s/MB vs {theirs:.2f} s/MB "
              f"wall = {theirs / ours:.1f}x; cpu {runs['ours'].cpu / runs['ours'].megabytes:.2f} vs "
              f"{runs['theirs'].cpu / runs['theirs'].megabytes:.2f} s/MB = "
              f"{(runs['theirs'].cpu / max(runs['ours'].cpu, 1e-9)):.1f}x")
    print("targets (issue 18): pile cold <= 60 s, warm after one changed file <= 2 s, peak <= 1024 MB (above);")
    for key, what in (("cold1", "cold"), ("warm", "warm, nothing changed"), ("warm1", "warm, one file changed")):
        if key in runs:
            print(f"  {what}: {runs[key].wall:.1f} s wall, {runs[key].cpu:.1f} s cpu, peak {runs[key].peak:.0f} MB "
                  f"({runs[key].label})")
    for label, seconds in (started or {}).items():
        print(f"  start-up {label} <= {STARTUP_CPU} s cpu: {seconds:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
