"""git facts: files changed since a revision (plus untracked), files .gitignore excludes; --changed-since end to end."""

from __future__ import annotations

import os
import subprocess

import pytest
from click.testing import CliRunner

from factlint.read import vcs
from factlint.cli import main

FIVE = "The five-day talks between the two ministers ended on Thursday in Geneva.\n"
FOUR = "The talks which lasted four days between the two ministers ended on Thursday in Geneva.\n"
WEATHER = "Heavy rain is expected across the north of the country on Saturday, forecasters said.\n"


def git(cwd, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=env)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "d@example.org")
    git(tmp_path, "config", "user.name", "D")
    (tmp_path / "a.txt").write_text(FIVE)
    (tmp_path / "weather.txt").write_text(WEATHER)
    (tmp_path / ".gitignore").write_text("scratch/\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "one", "--no-gpg-sign")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_changed_and_untracked(repo):
    (repo / "a.txt").write_text(FIVE + "More.\n")
    (repo / "new.txt").write_text("New.\n")
    assert vcs.changed_files("HEAD") == {str(repo / "a.txt"), str(repo / "new.txt")}


def test_unknown_revision(repo):
    with pytest.raises(vcs.GitError):
        vcs.changed_files("no-such-rev")


def test_ignored(repo):
    (repo / "scratch").mkdir()
    assert vcs.ignored_files(["scratch/x.txt", "a.txt"]) == {"scratch/x.txt"}


def test_changed_since_reports_only_findings_touching_changed_files(repo):
    (repo / "b.txt").write_text(FOUR)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "two", "--no-gpg-sign")
    runner = CliRunner()
    assert runner.invoke(main, ["check", "--isolated", ".", "--changed-since", "HEAD"]).exit_code == 0
    result = runner.invoke(main, ["check", "--isolated", ".", "--changed-since", "HEAD~1"])
    assert result.exit_code == 1 and "b.txt:1:" in result.output
    assert runner.invoke(main, ["check", "--isolated", ".", "--changed-since", "nope"]).exit_code == 2


def test_gitignored_articles_are_not_read_unless_configured(repo):
    (repo / "scratch").mkdir()
    (repo / "scratch" / "b.txt").write_text(FOUR)
    result = CliRunner().invoke(main, ["check", "--isolated", "."])
    assert result.exit_code == 0 and "2 articles" in result.output
    (repo / ".factlint.toml").write_text("respect-gitignore = false\n")
    result = CliRunner().invoke(main, ["check", "."])
    assert result.exit_code == 1 and "scratch/b.txt:1:" in result.output
