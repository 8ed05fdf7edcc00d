"""The words around a statement, and when two statements share enough of them to be of one thing."""

from __future__ import annotations

import pytest

from factlint.check.context import shares_context
from factlint.model import Corpus, Fact, FactKind, LinkedFact
from factlint.read.documents import make_document


def statement(path: str, text: str, figure: str) -> tuple[LinkedFact, object]:
    doc, _ = make_document(path, text)
    start = text.index(figure)
    fact = Fact(FactKind.QUANTITY, doc.span(start, start + len(figure)), figure, "1", "dock worker")
    return LinkedFact(fact, "s", "main"), doc


@pytest.mark.parametrize("first, second, at_least, shared", [
    ("The deal covers 1,200 dock workers at the port.", "The port deal covers 1,400 dock workers.", 2, True),
    ("She leaves 1,200 dock workers behind.", "The port deal covers 1,400 dock workers.", 2, False),
    ("She leaves 1,200 dock workers behind.", "The port deal covers 1,400 dock workers.", 0, True),
])
def test_shares_context(first, second, at_least, shared):
    a, doc_a = statement("a.md", first, "1,200 dock workers")
    b, doc_b = statement("b.md", second, "1,400 dock workers")
    corpus = Corpus({"a.md": doc_a, "b.md": doc_b})
    assert shares_context(a, b, corpus, at_least) is shared
