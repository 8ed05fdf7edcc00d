"""Two spellings of a name said to say one quote are one person (check/name_quotes.py)."""

from __future__ import annotations

import pytest

from factlint.check.name_quotes import joined_by_quotes, quotes_said
from factlint.model import Fact, FactKind, LinkedFact, Span


def _fact(kind: FactKind, path: str, value: str, **attrs: str) -> LinkedFact:
    span = Span(path, 0, 1, 1, 1, 1, 2)
    return LinkedFact(Fact(kind, span, value, value, value.lower(), value, tuple(attrs.items())), "s", "main")


@pytest.mark.parametrize("quote_b, joined", [
    ("we are delighted to welcome readers", True),
    ("the roads will close on Friday", False),
    ("we are", False),  # a quote of two words says too little
])
def test_names_one_edit_apart_join_on_one_quote(quote_b, joined):
    people = {"julia bird": [_fact(FactKind.PERSON, "a.md", "Julia Bird", name="Julia Bird")],
              "julia byrd": [_fact(FactKind.PERSON, "b.md", "Julia Byrd", name="Julia Byrd")]}
    quote_a = quote_b if quote_b == "we are" else "we are delighted to welcome readers"
    said = quotes_said([_fact(FactKind.QUOTE, "a.md", quote_a, speaker_name="Julia Bird"),
                        _fact(FactKind.QUOTE, "b.md", quote_b, speaker_name="Julia Byrd")])
    groups = joined_by_quotes([["julia bird"], ["julia byrd"]], people, said)
    assert (len(groups) == 1) is joined


def test_names_two_edits_apart_stay_apart():
    people = {"julia bird": [_fact(FactKind.PERSON, "a.md", "Julia Bird", name="Julia Bird")],
              "julia boyd": [_fact(FactKind.PERSON, "b.md", "Julia Boyd", name="Julia Boyd")]}
    said = quotes_said([_fact(FactKind.QUOTE, "a.md", "we are delighted to welcome readers", speaker_name="Julia Bird"),
                        _fact(FactKind.QUOTE, "b.md", "we are delighted to welcome readers", speaker_name="Julia Boyd")])
    assert len(joined_by_quotes([["julia bird"], ["julia boyd"]], people, said)) == 2
