"""The seeds: does the golden report still hold, and do unrelated files leave the seeds' findings alone."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "seeds.txt"
CHECK = ("check", "--isolated", "--no-cache", "--jobs", "1", "--color", "never")
# What a new user might drop beside the seeds (issue 16): neither shares an event with them.
CALM = "Markets were calm on Monday.\n"
EXTRAS = (
    ("+ empty.md", {"empty.md": ""}),
    ("+ other.md", {"other.md": CALM}),
    ("+ both", {"empty.md": "", "other.md": CALM}),
)


@dataclass(frozen=True)
class Variant:
    """The seeds with some files added: how many findings, and whether the seeds' own are exactly as before."""

    label: str
    findings: int
    unchanged: bool


@dataclass(frozen=True)
class SeedResult:
    golden_holds: bool
    findings: int
    variants: tuple[Variant, ...]


def _check(cwd: Path, *args: str) -> str:
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, [*CHECK, *args], catch_exceptions=False).stdout


def _findings(folder: Path, extra: dict[str, str]) -> set[tuple]:
    """The findings of factlint on a copy of the seeds with the extra files, as comparable tuples."""
    with tempfile.TemporaryDirectory(prefix="factlint-seeds-") as tmp:
        shutil.copytree(ROOT / "seeds", Path(tmp) / "seeds")
        for name, text in extra.items():
            (Path(tmp) / "seeds" / name).write_text(text, encoding="utf-8")
        report = json.loads(_check(Path(tmp), "--format", "json", "seeds/"))
    return {(f["path"], f["line"], f["column"], f["rule"], f["message"]) for f in report["findings"]}


def run_seeds() -> SeedResult:
    """Run factlint on the project's seeds as the golden test does, then on copies with files added."""
    holds = _check(ROOT, "seeds/") == GOLDEN.read_text(encoding="utf-8")
    own = _findings(ROOT, {})
    variants = []
    for label, extra in EXTRAS:
        found = _findings(ROOT, extra)
        variants.append(Variant(label, len(found), found == own))
    return SeedResult(holds, len(own), tuple(variants))
