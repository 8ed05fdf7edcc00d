"""The meta-test: every shipped rule's own passing and failing examples behave as declared."""

from __future__ import annotations

import pytest

from factlint.pipeline import analyse
from factlint.read import make_document
from factlint.rulebook import load_rulebook

RULEBOOK = load_rulebook()
CASES = [
    pytest.param(rule, example, id=f"{rule.id}:{'fail' if example.fails else 'pass'}:{example.line}")
    for rule in RULEBOOK.rules
    for example in rule.examples
]


def test_every_rule_has_both_kinds_of_example():
    for rule in RULEBOOK.rules:
        assert {e.fails for e in rule.examples} == {True, False}, rule.id


@pytest.mark.parametrize("rule, example", CASES)
def test_rule_example(rule, example):
    documents = [
        make_document(f"example-{i}.md", "---\nstory: example\n---\n" + text)[0]
        for i, text in enumerate(example.articles)
    ]
    findings = analyse(documents, RULEBOOK, rules=[rule]).findings
    assert bool(findings) == example.fails, [f.message for f in findings]
