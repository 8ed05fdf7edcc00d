"""One check kind at every scope: article, event instance, story and corpus group different statements."""

from __future__ import annotations

import dataclasses

import pytest

from factlint.model import Scope
from factlint.pipeline import analyse
from factlint.read.documents import make_document

FIVE = "The five-day talks between the ministers ended on Thursday in Geneva."
FOUR = "The talks which lasted four days between the ministers ended on Thursday in Geneva."
LAST_YEAR = "Last year's talks lasted four days."


@pytest.mark.parametrize("scope, articles, stories, expected", [
    (Scope.ARTICLE, [FIVE + " " + FOUR], ["s"], [("0.md", 4)]),
    (Scope.ARTICLE, [FIVE, FOUR], ["s", "s"], []),
    (Scope.INSTANCE, [FIVE, FOUR], ["s", "s"], [("1.md", 4)]),
    (Scope.INSTANCE, [FIVE, LAST_YEAR], ["s", "s"], []),
    (Scope.INSTANCE, [FIVE, FOUR], ["s", "t"], []),
    (Scope.STORY, [FIVE, LAST_YEAR], ["s", "s"], [("1.md", 4)]),
    (Scope.STORY, [FIVE, FOUR], ["s", "t"], []),
    (Scope.CORPUS, [FIVE, FOUR], ["s", "t"], [("1.md", 4)]),
])
def test_agreement_at_each_scope(rulebook, scope, articles, stories, expected):
    rule = dataclasses.replace(next(r for r in rulebook.rules if r.id == "duration-agreement"), scope=scope)
    docs = [make_document(f"{i}.md", f"---\nstory: {story}\n---\n{text}")[0]
            for i, (text, story) in enumerate(zip(articles, stories))]
    findings = analyse(docs, rulebook, rules=[rule]).findings
    assert [(f.span.path, f.span.line) for f in findings] == expected
    assert all(f.rule == "duration-agreement" for f in findings)
