"""Inline suppressions: same line or the line before, several ids, whole files, and unused markers reported."""

from __future__ import annotations

import pytest

from factlint.pipeline import lint
from factlint.decide.suppress import UNUSED, apply_suppressions, find_suppressions

FIVE = "The five-day talks ended on Thursday."
FOUR = "The talks which lasted four days ended."


def _check(rulebook, tmp_path, text, name="a.md"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    _, report = lint([str(tmp_path)], rulebook)
    ids = [r.id for r in rulebook.rules]
    outcome = apply_suppressions(report.findings, report.documents, [*ids, UNUSED], ids)
    return ([(f.rule, f.span.line) for f in outcome.kept], [(f.rule, f.span.line, f.message) for f in outcome.unused])


@pytest.mark.parametrize("text, kept", [
    (f"{FIVE}\n{FOUR}\n", [("duration-agreement", 2)]),
    (f"{FIVE}\n{FOUR} <!-- factlint: ignore[duration-agreement] the desk checked -->\n", []),
    (f"{FIVE}\n<!-- factlint: ignore[duration-agreement] -->\n{FOUR}\n", []),
    (f"{FIVE}\nfactlint: ignore[other-rule, duration-agreement]\n{FOUR}\n", []),
    (f"{FIVE}\nfactlint: ignore\n{FOUR}\n", []),
    (f"{FIVE} factlint: ignore[duration-agreement]\n\n\n{FOUR}\n", []),  # the other side of the conflict
    (f"factlint: ignore-file[duration-agreement]\n{FIVE}\n\n\n{FOUR}\n", []),
    (f"factlint: ignore[duration-agreement]\n\n{FIVE}\n\n{FOUR}\n", [("duration-agreement", 5)]),
])
def test_suppressed_or_kept(rulebook, tmp_path, text, kept):
    assert _check(rulebook, tmp_path, text)[0] == kept


@pytest.mark.parametrize("text, unused", [
    ("Nothing to see.\nfactlint: ignore[duration-agreement]\n", [(UNUSED, 2, "this suppression suppresses no 'duration-agreement' finding")]),
    ("factlint: ignore\n", [(UNUSED, 1, "this suppression suppresses nothing")]),
    (f"{FIVE}\n{FOUR} factlint: ignore[duration-agreemnt]\n",
     [(UNUSED, 2, "this suppression names unknown rule 'duration-agreemnt'")]),
    (f"{FIVE}\n{FOUR} factlint: ignore[duration-agreement]\n", []),
])
def test_unused_suppressions_are_reported(rulebook, tmp_path, text, unused):
    assert _check(rulebook, tmp_path, text)[1] == unused


def test_marker_place_and_ids(doc):
    found = find_suppressions(doc("one\ntwo <!-- factlint: ignore[a, b] why -->\n"))
    assert [(s.span.line, s.span.column, s.rules, s.whole_file) for s in found] == [(2, 10, ("a", "b"), False)]


def test_cli_reports_unused_suppression_as_warning(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from factlint.cli import main

    (tmp_path / "a.txt").write_text("A quiet day.\nfactlint: ignore[duration-agreement]\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--isolated", "."])
    assert result.exit_code == 0 and "a.txt:2:1: warning [unused-suppression]" in result.output
    assert CliRunner().invoke(main, ["check", "--isolated", ".", "--fail-on", "warning"]).exit_code == 1
    assert "unused-suppression" not in CliRunner().invoke(main, ["check", "--isolated", ".", "--ignore", "unused"]).output


@pytest.mark.parametrize("front, kept", [
    ("factlint-ignore: [duration-agreement]", []),
    ("factlint-ignore: duration-agreement", []),
    ("factlint-ignore: [quote-fidelity]", [("duration-agreement", 5)]),
    ("title: x", [("duration-agreement", 5)]),
])
def test_front_matter_ignores_the_file(rulebook, tmp_path, front, kept):
    text = f"---\n{front}\n---\n{FIVE}\n{FOUR}\n"
    assert _check(rulebook, tmp_path, text)[0] == kept
