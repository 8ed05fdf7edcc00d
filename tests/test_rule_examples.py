"""The meta-test: every shipped rule's own passing and failing examples behave as declared."""

from __future__ import annotations

import pytest

from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

RULEBOOK = load_rulebook()
CASES = [
    pytest.param(rule, example, id=f"{rule.id}:{'fail' if example.fails else 'pass'}:{example.line}")
    for rule in RULEBOOK.rules
    for example in rule.examples
]


def test_every_rule_has_both_kinds_of_example():
    for rule in RULEBOOK.rules:
        assert {e.fails for e in rule.examples} == {True, False}, rule.id


def in_one_story(text: str) -> str:
    """The article with `story: example` added to its front matter (made if it has none)."""
    if text.startswith("---\n"):
        return "---\nstory: example\n" + text[4:]
    return "---\nstory: example\n---\n" + text


@pytest.mark.parametrize("rule, example", CASES)
def test_rule_example(rule, example):
    documents = [make_document(f"example-{i}.md", in_one_story(text))[0] for i, text in enumerate(example.articles)]
    findings = analyse(documents, RULEBOOK, rules=[rule]).findings
    assert bool(findings) == example.fails, [f.message for f in findings]
