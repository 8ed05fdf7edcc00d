"""Selection, severity overrides and exit codes."""

from __future__ import annotations

import pytest

from factlint.model import ExitCode, Finding, Severity, Span
from factlint.policy import Selection, exit_code, select_rules
from factlint.rulebook import load_rulebook


@pytest.mark.parametrize("select, ignore, wanted", [
    ((), (), True),
    (("duration",), (), True),
    (("name",), (), False),
    ((), ("duration",), False),
    (("duration",), ("duration-agreement",), False),
    (("duration-agreement",), ("duration",), True),
    (("duration",), ("duration",), False),
])
def test_selection(select, ignore, wanted):
    assert Selection(select, ignore).wants("duration-agreement") is wanted


def test_severity_override():
    rules = load_rulebook().rules
    (rule,) = select_rules(rules, Selection(select=("duration-agreement",), severities={"duration-agreement": Severity.WARNING}))
    assert rule.severity is Severity.WARNING


def _finding(severity: Severity) -> Finding:
    return Finding("r", severity, "m", Span("a", 0, 1, 1, 1, 1, 2))


@pytest.mark.parametrize("severities, fail_on, code", [
    ([], Severity.ERROR, ExitCode.CLEAN),
    ([Severity.WARNING], Severity.ERROR, ExitCode.CLEAN),
    ([Severity.WARNING], Severity.WARNING, ExitCode.FINDINGS),
    ([Severity.ERROR], Severity.ERROR, ExitCode.FINDINGS),
    ([Severity.INFO], Severity.INFO, ExitCode.FINDINGS),
])
def test_exit_code(severities, fail_on, code):
    assert exit_code([_finding(s) for s in severities], fail_on) is code
