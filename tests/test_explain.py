"""`factlint explain` for every shipped rule: description, options and both kinds of example."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factlint.cli import main
from factlint.report.explain import explain
from factlint.rulebook.rule_files import load_rulebook
from factlint.decide.suppress import UNUSED_RULE

SHIPPED = load_rulebook().rules


@pytest.mark.parametrize("rule", SHIPPED, ids=lambda r: r.id)
def test_explain_every_shipped_rule(rule):
    result = CliRunner().invoke(main, ["explain", rule.id])
    assert result.exit_code == 0
    text = result.output
    assert text.startswith(f"{rule.id} ({rule.kind}, {rule.severity.value})")
    for heading in ("Options:", "Fails on:", "Passes on:", "Message:"):
        assert heading in text
    first_fail = next(e for e in rule.examples if e.fails).articles[0]
    assert " ".join(first_fail.split()[:5]) in " ".join(text.split())


def test_explain_builtin_rule():
    assert "Options:\n  none" in explain(UNUSED_RULE)


def test_unknown_rule_suggests():
    result = CliRunner().invoke(main, ["explain", "duration-agreemnt"])
    assert result.exit_code == 2 and "did you mean 'duration-agreement'" in result.output
