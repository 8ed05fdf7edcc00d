"""The baseline: written today, read tomorrow; moved lines still match, new conflicts are reported."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factlint.decide.baseline import BaselineError, load_baseline, new_findings, render_baseline
from factlint.cli import main
from factlint.pipeline import lint

FIVE = "The five-day talks ended on Thursday.\n"
FOUR = "The talks which lasted four days ended.\n"
# A third statement of the same two values (a third value would make the article a round-up).
SIX = "Officials said the four-day talks were hard.\n"


def _findings(rulebook, folder, text):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    _, report = lint([str(folder)], rulebook)
    return report


def test_round_trip_survives_moved_lines_and_reports_new_ones(rulebook, tmp_path):
    today = _findings(rulebook, tmp_path, FIVE + FOUR)
    (tmp_path / "baseline.json").write_text(render_baseline(today.findings, today.documents))
    accepted = load_baseline(tmp_path / "baseline.json")
    moved = _findings(rulebook, tmp_path, "Intro.\n\n\n" + FIVE + FOUR)
    assert new_findings(moved.findings, moved.documents, accepted) == ()
    grown = _findings(rulebook, tmp_path, FIVE + FOUR + SIX)
    fresh = new_findings(grown.findings, grown.documents, accepted)
    assert [(f.rule, f.span.line) for f in fresh] == [("duration-agreement", 3)]


@pytest.mark.parametrize("text, message", [
    ("{", "not valid JSON"),
    ('{"findings": []}', "not a factlint baseline"),
])
def test_bad_baseline(tmp_path, text, message):
    (tmp_path / "b.json").write_text(text)
    with pytest.raises(BaselineError, match=message):
        load_baseline(tmp_path / "b.json")


def test_cli_write_then_use(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FIVE + FOUR)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    written = runner.invoke(main, ["check", "--isolated", ".", "--write-baseline", "fl.json"])
    assert written.exit_code == 0 and json.loads((tmp_path / "fl.json").read_text())["findings"][0]["line"] == 2
    assert runner.invoke(main, ["check", "--isolated", ".", "--baseline", "fl.json"]).exit_code == 0
    (tmp_path / "a.txt").write_text(FIVE + FOUR + SIX)
    result = runner.invoke(main, ["check", "--isolated", ".", "--baseline", "fl.json"])
    assert result.exit_code == 1 and "a.txt:3:" in result.output and "a.txt:2:" not in result.output
