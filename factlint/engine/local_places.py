"""`place-of` on a warm run (issue 18): its one corpus-wide input is what it learns each place lies in from every
place fact (check/place_of.containment). A story's place-of results read that containment only at the names its
place facts give (a value's parts, the subject) and at the places those lie in (`_uncontested` reads their own
containers); so a story's stored results hold while no such name's containers changed."""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from factlint.check.place_of import chain, containment
from factlint.model import Fact, FactKind, LinkedFact

Containment = Mapping[str, frozenset[str]]


def learnt(facts: Sequence[Fact], gazetteer: Any) -> Containment:
    """What every place fact and the gazetteer say each place lies in (as place_of.check learns it)."""
    return containment(facts, gazetteer)


def changed_names(before: Containment | None, after: Containment | None) -> frozenset[str] | None:
    """The names whose containers differ between two runs; None when either run learnt none (unknown)."""
    if before is None and after is None:
        return frozenset()
    if before is None or after is None:
        return None
    return frozenset(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def place_names(facts: Iterable[LinkedFact]) -> frozenset[str]:
    """The names a story's place facts give: their subjects and the parts of their values."""
    return frozenset(part for item in facts if item.fact.kind is FactKind.PLACE
                     for part in (item.fact.subject, *chain(item.fact.value)))


def stale(record: Any, dirty: frozenset[str] | None, before: Containment | None, after: Containment | None) -> bool:
    """Whether a stored story's place-of results may have changed: a name it gives, or a place one lies in, has
    other containers now."""
    if dirty is None:
        return True
    if not dirty:
        return False
    empty: frozenset[str] = frozenset()
    for name in record.places:
        if name in dirty or (before or {}).get(name, empty) & dirty or (after or {}).get(name, empty) & dirty:
            return True
    return False
