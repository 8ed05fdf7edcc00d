"""Findings removed after the checks: per-file ignores, exclude globs and path filters."""

from __future__ import annotations

import pytest

from factlint.model import Finding, Related, Severity, Span
from factlint.decide.policy import excluded, per_file_ignored, touching


def _finding(rule: str, path: str, other: str | None = None) -> Finding:
    span = Span(path, 0, 1, 1, 1, 1, 2)
    related = (Related(Span(other, 0, 1, 1, 1, 1, 2), "there"),) if other else ()
    return Finding(rule, Severity.ERROR, "m", span, related)


@pytest.mark.parametrize("ignores, path, kept", [
    ({"wires/*": ["duration"]}, "wires/a.txt", False),
    ({"wires/*": ["duration"]}, "news/a.txt", True),
    ({"*.md": ["duration-agreement"]}, "news/deep/a.md", False),
    ({"*.md": ["quote"]}, "news/a.md", True),
])
def test_per_file_ignores(tmp_path, ignores, path, kept):
    finding = _finding("duration-agreement", str(tmp_path / path))
    assert bool(per_file_ignored([finding], ignores, str(tmp_path))) == kept


@pytest.mark.parametrize("globs, path, out", [
    (["drafts"], "drafts/a.txt", True),
    (["drafts/*"], "drafts/x/a.txt", True),
    (["*.md"], "news/a.md", True),
    (["drafts"], "news/drafts.txt", False),
])
def test_exclude(tmp_path, globs, path, out):
    assert excluded(str(tmp_path / path), globs, str(tmp_path)) == out


def test_touching_either_side(tmp_path):
    a, b, c = (str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt"))
    findings = [_finding("r", a, b), _finding("r", c)]
    assert touching(findings, [b]) == (findings[0],)
    assert touching(findings, [str(tmp_path / "x" / ".." / "c.txt")]) == (findings[1],)
