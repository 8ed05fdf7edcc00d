"""The pre-commit hook for real: a commit that introduces a contradiction fails, and passes once fixed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIVE = "The five-day talks between the two ministers ended on Thursday in Geneva.\n"
FOUR = "The talks which lasted four days between the two ministers ended on Thursday in Geneva.\n"
# Story grouping weighs shared words by how rare they are in the corpus, so the corpus needs an unrelated article.
WEATHER = "Heavy rain is expected across the north of the country on Saturday, forecasters said.\n"
AGREE = "The ministers met for five consecutive days before the talks ended on Thursday in Geneva.\n"


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)


def _skip(reason: str) -> None:
    print(f"skipping the pre-commit integration test: {reason}", file=sys.stderr)
    pytest.skip(reason)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository with one article and a .pre-commit-config.yaml pointing at this checkout's HEAD."""
    head = _run(["git", "rev-parse", "HEAD"], ROOT)
    if head.returncode:
        _skip("this checkout is not a git repository")
    if _run(["git", "cat-file", "-e", f"{head.stdout.strip()}:.pre-commit-hooks.yaml"], ROOT).returncode:
        _skip("HEAD has no .pre-commit-hooks.yaml yet (commit it first)")
    if _run([sys.executable, "-m", "pre_commit", "--version"], ROOT).returncode:
        _skip("pre-commit is not installed (pip install pre-commit)")
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "a.txt").write_text(FIVE, encoding="utf-8")
    (repo / "articles" / "weather.txt").write_text(WEATHER, encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head.stdout.strip()}\n    hooks:\n"
        "      - id: factlint\n      - id: factlint-validate-rules\n", encoding="utf-8")
    for command in (["git", "init", "-q"], ["git", "config", "user.email", "desk@example.org"],
                    ["git", "config", "user.name", "Desk"], ["git", "config", "commit.gpgsign", "false"]):
        _run(command, repo)
    installed = _run([sys.executable, "-m", "pre_commit", "install-hooks"], repo)
    if installed.returncode:
        _skip(f"pre-commit cannot install the hook environment: {installed.stdout[-400:]}{installed.stderr[-400:]}")
    assert _run([sys.executable, "-m", "pre_commit", "install"], repo).returncode == 0
    _run(["git", "add", "-A"], repo)
    first = _run(["git", "commit", "-qm", "first article"], repo)
    assert first.returncode == 0, first.stdout + first.stderr
    return repo


def test_commit_with_a_contradiction_fails_and_passes_after_the_fix(repository: Path):
    (repository / "articles" / "b.txt").write_text(FOUR, encoding="utf-8")
    _run(["git", "add", "articles/b.txt"], repository)
    refused = _run(["git", "commit", "-qm", "second article"], repository)
    assert refused.returncode != 0
    said = refused.stdout + refused.stderr  # git runs the hook with its output on stderr
    assert "articles/b.txt:1:" in said and "[duration-agreement]" in said
    (repository / "articles" / "b.txt").write_text(AGREE, encoding="utf-8")
    _run(["git", "add", "articles/b.txt"], repository)
    accepted = _run(["git", "commit", "-qm", "second article, fixed"], repository)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_pre_commit_run_reports_only_on_the_files_passed(repository: Path):
    (repository / "articles" / "b.txt").write_text(FOUR, encoding="utf-8")
    (repository / "articles" / "c.txt").write_text("A quiet day in Geneva.\n", encoding="utf-8")
    touching_b = _run([sys.executable, "-m", "pre_commit", "run", "factlint", "--files", "articles/b.txt"], repository)
    assert touching_b.returncode == 1 and "articles/b.txt:1:" in touching_b.stdout
    only_c = _run([sys.executable, "-m", "pre_commit", "run", "factlint", "--files", "articles/c.txt"], repository)
    assert only_c.returncode == 0, only_c.stdout


def test_validate_rules_hook_names_the_bad_line(repository: Path):
    (repository / "rules").mkdir()
    (repository / "rules" / "strike-length.yaml").write_text(
        "id: strike-length\ndescription: x\nkind: agreement\nfact: duration\nmessage: m\noptions:\n  tolerence: 0.1\n")
    result = _run([sys.executable, "-m", "pre_commit", "run", "factlint-validate-rules", "--files",
                   "rules/strike-length.yaml"], repository)
    assert result.returncode == 1
    assert "rules/strike-length.yaml:7:3: unknown option 'tolerence'" in result.stdout
