"""Selection, severity overrides and exit codes."""

from __future__ import annotations

import pytest

from factlint.model import ExitCode, Finding, Severity, Span
from factlint.decide.policy import Selection, exit_code, select_rules
from factlint.rulebook.rule_files import load_rulebook


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


@pytest.mark.parametrize("select, ignore, wanted", [
    ((), (), False),                                  # off by default: nothing selected runs only rules that are on
    (("spelling-convention",), (), True),
    (("spelling",), (), True),
    (("spelling",), ("spelling-convention",), False),
    (("name",), (), False),
])
def test_a_rule_off_by_default_runs_only_when_selected(select, ignore, wanted):
    assert Selection(select, ignore).wants("spelling-convention", enabled=False) is wanted


def test_shipped_spelling_convention_rule_is_off_by_default():
    rules = load_rulebook().rules
    assert "spelling-convention" not in {r.id for r in select_rules(rules, Selection())}
    assert [r.id for r in select_rules(rules, Selection(select=("spelling-convention",)))] == ["spelling-convention"]


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


def test_analyse_without_a_selection_runs_only_the_rules_that_are_on(rulebook):
    from factlint.pipeline import analyse
    from factlint.read.documents import make_document

    texts = ["Russian Foreign Minister Sergei Lavrov met his counterpart. Lavrov said little.",
             "Foreign Minister Sergey Lavrov arrived on Sunday.", "Foreign Minister Sergei Lavrov left on Monday."]
    documents = [make_document(f"{i}.txt", text)[0] for i, text in enumerate(texts)]
    assert not analyse(documents, rulebook).findings
    chosen = select_rules(rulebook.rules, Selection(select=("spelling-convention",)))
    assert [f.rule for f in analyse(documents, rulebook, chosen).findings] == ["spelling-convention"]
