"""Tests for factlint.check.same_clause: whether two figures are told by one clause (one predicate, no different
subject), and when two figures are apart (two people's, under a condition, parallel sentences of one article)."""

from __future__ import annotations

import pytest

from factlint.check.same_clause import apart, same_clause
from factlint.model import Corpus, FactKind
from factlint.pipeline import analyse
from factlint.read.documents import make_document


def _figures(rulebook, *texts: str):
    documents = [make_document(f"{n}.md", text)[0] for n, text in enumerate(texts)]
    analysis = analyse(documents, rulebook, all_facts=True)
    corpus = Corpus({d.path: d for d in analysis.documents}, analysis.stories, {}, None)
    figures = [f for f in analysis.facts if f.fact.kind is FactKind.QUANTITY]
    return figures, corpus


@pytest.mark.parametrize("texts, expected", [
    (("15 fire engines attended the fire.", "Eighteen fire engines attended the fire."), True),   # one predicate
    (("Organisers required 500 signatures.", "Organisers collected 700 signatures."), False),      # two verbs
])
def test_same_clause(rulebook, texts, expected):
    (a, b), corpus = _figures(rulebook, *texts)
    assert same_clause(a, b, corpus) is expected


@pytest.mark.parametrize("texts, expected", [
    (("If 400 workers strike, the port closes.", "The union said 300 workers went on strike."), True),   # a condition
    (("He was held on $25,000 bond.", "Smith was held on $35,000 bond."), True),   # a pronoun no sentence names
    (("Smith was held on $25,000 bond.", "Smith was held on $35,000 bond."), False),
])
def test_apart(rulebook, texts, expected):
    (a, b), corpus = _figures(rulebook, *texts)
    assert apart(a, b, corpus) is expected
