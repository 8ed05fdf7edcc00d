"""Whether two checkouts of factlint report the same: a merge or a refactoring meant to change no output, checked on
the corpora in ../shared and on the seeds.

    python -m benchmarks.compare --base /tmp/base [--base-python /tmp/base/.venv/bin/python]
                                 [--corpora gva,ecbplus,allsides,pile,seeds] [--facts ecbplus,pile]

--base is another checkout (`git worktree add /tmp/base COMMIT`); its own source is run, with --base-python (default:
the Python running this) and PYTHONPATH set to it, so one venv serves both when the dependencies are the same. Each
corpus is written out as tests/test_reports_unchanged.py writes it (one file per article, `date:` front matter where
the row has a date; the pile: every 124th line) and checked by each side as that test does:
`check --isolated --no-cache -j 1 --format json`, and `facts --format jsonl` for --facts. The reports are compared
whole (the version left out); where they differ, the findings only one side reports are listed. CPU time per side is
printed (the machine is shared, so wall time says little). Exit 1 when anything differs.

Use it where test_reports_unchanged's stored digests cannot tell: they hold the output of the commit that last wrote
them, so a branch behind them fails for changes it never made (speed-merge-wip's 104 GVA findings against the 105
stored were 28de23b's own 104)."""

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
# (corpus file, every how many lines): as tests/test_reports_unchanged.py samples them.
FILES = {
    "gva": ("gva-clusters.jsonl.gz", 1),
    "ecbplus": ("ecbplus-clusters.jsonl.gz", 1),
    "allsides": ("allsides-clusters.jsonl.gz", 1),
    "pile": ("pile.jsonl.gz", 124),
}


@dataclass(frozen=True)
class Side:
    """One checkout: its source folder and the Python that runs it."""

    name: str
    root: Path
    python: str

    def run(self, folder: Path, *args: str) -> tuple[str, float]:
        """`python -m factlint ARGS` of this checkout, run in folder: its standard output and CPU seconds."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        result = subprocess.run([self.python, "-m", "factlint", *args], cwd=folder, env=env, capture_output=True,
                                text=True, encoding="utf-8")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{self.name}: factlint {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
        return result.stdout, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    def imported_from(self, folder: Path) -> Path:
        """Where this side's Python, run in folder, imports factlint from (an installed copy would shadow
        PYTHONPATH's, as a checkout in the working folder would)."""
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        found = subprocess.run([self.python, "-c", "import factlint; print(factlint.__file__)"], cwd=folder, env=env,
                               capture_output=True, text=True, check=True).stdout.strip()
        return Path(found).resolve().parents[1]


def write_corpus(name: str, folder: Path) -> None:
    """The corpus's sampled rows as folder/<name>/<line>.md (the seeds: this checkout's seeds/)."""
    target = folder / name
    if name == "seeds":
        shutil.copytree(ROOT / "seeds", target)
        return
    filename, step = FILES[name]
    target.mkdir(parents=True)
    with gzip.open(CORPORA / filename, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % step == 0:
                row = json.loads(line)
                head = f"---\ndate: {row['date']}\n---\n" if row.get("date") else ""
                (target / f"{number:05d}.md").write_text(head + row["text"], encoding="utf-8")


def _finding(finding: dict) -> str:
    return f"{finding.get('path')}:{finding.get('line')} {finding.get('rule')}: {finding.get('message')}"


def compare_reports(name: str, base: str, here: str) -> bool:
    """Print how two JSON reports differ; whether they are the same (the version left out)."""
    first, second = json.loads(base), json.loads(here)
    first.pop("version", None)
    second.pop("version", None)
    counts = f"{len(first['findings'])} -> {len(second['findings'])} findings"
    if first == second:
        print(f"  {name}: same report ({counts})")
        return True
    print(f"  {name}: DIFFERENT ({counts})")
    keys = [{json.dumps(f, sort_keys=True): f for f in side["findings"]} for side in (first, second)]
    for label, mine, other in (("only in base", keys[0], keys[1]), ("only here", keys[1], keys[0])):
        for key in sorted(set(mine) - set(other)):
            print(f"    {label}: {_finding(mine[key])}")
    for field in sorted((set(first) | set(second)) - {"findings"}):
        if first.get(field) != second.get(field):
            print(f"    field {field!r} differs")
    return False


def compare_facts(name: str, base: str, here: str) -> bool:
    """Print how two facts listings (JSON lines) differ; whether they are the same."""
    lines = [[json.dumps(json.loads(line), sort_keys=True) for line in text.splitlines() if line.strip()]
             for text in (base, here)]
    if lines[0] == lines[1]:
        print(f"  {name} facts: same ({len(lines[0])} facts)")
        return True
    print(f"  {name} facts: DIFFERENT ({len(lines[0])} -> {len(lines[1])} facts)")
    for label, mine, other in (("only in base", lines[0], lines[1]), ("only here", lines[1], lines[0])):
        only = sorted(set(mine) - set(other))
        print(f"    {len(only)} {label}{', the first 20:' if len(only) > 20 else ''}")
        for line in only[:20]:
            print(f"    {label}: {line[:200]}")
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, required=True, help="The other checkout's root.")
    parser.add_argument("--base-python", default=sys.executable, help="The Python that runs it.")
    parser.add_argument("--corpora", default="gva,ecbplus,allsides,pile,seeds")
    parser.add_argument("--facts", default="ecbplus,pile", help="Corpora whose facts are compared too.")
    args = parser.parse_args(argv)
    names = [n for n in args.corpora.split(",") if n]
    facts = [n for n in args.facts.split(",") if n in names]
    unknown = [n for n in names if n not in FILES and n != "seeds"]
    if unknown:
        parser.error(f"unknown corpora: {', '.join(unknown)}")
    if any(n in FILES for n in names) and not CORPORA.is_dir():
        parser.error(f"{CORPORA} is absent")
    sides = (Side("base", args.base.resolve(), args.base_python), Side("here", ROOT, sys.executable))
    same = True
    cpu = {side.name: 0.0 for side in sides}
    with tempfile.TemporaryDirectory(prefix="factlint-compare-") as work:
        folder = Path(work)
        for side in sides:
            if (found := side.imported_from(folder)) != side.root:
                parser.error(f"{side.name}: {side.python} imports factlint from {found}, not {side.root}")
        for name in names:
            write_corpus(name, folder)
            outputs = []
            for side in sides:
                output, seconds = side.run(folder, "check", "--isolated", "--no-cache", "-j", "1", "--format",
                                           "json", name)
                outputs.append(output)
                cpu[side.name] += seconds
            same &= compare_reports(name, *outputs)
            if name in facts:
                listed = [side.run(folder, "facts", "--format", "jsonl", name)[0] for side in sides]
                same &= compare_facts(name, *listed)
    print("cpu: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in cpu.items()))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
