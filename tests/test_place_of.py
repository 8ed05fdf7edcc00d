"""The place-of check kind: container chains, the corpus's own containment, and findings with both sides."""

from __future__ import annotations

import pytest

from factlint.check import place_of
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.rulebook.rule_files import load_rulebook

RULE = next(r for r in load_rulebook().rules if r.id == "place-of")
CORPUS = Corpus({})


def place(subject: str, value: str, path: str = "a.txt", line: int = 1, venue: bool = False,
          instance: str = "main") -> LinkedFact:
    fact = Fact(FactKind.PLACE, Span(path, line, line + 1, line, 1, line, 2), f"{subject}, {value}", value, subject,
                value, (("contained", "venue" if venue else "place"),))
    return LinkedFact(fact, "story", instance)


@pytest.mark.parametrize("a, b, agree", [
    (("virginia",), ("virginia",), True),
    (("virginia",), ("washington dc",), False),
    (("arlington",), ("arlington", "virginia"), True),
    (("virginia",), ("arlington", "virginia"), True),
    (("arlington", "virginia"), ("arlington", "washington dc"), False),
    (("leeds",), ("bradford",), False),
    ((), ("leeds",), True),
])
def test_agree_without_corpus_knowledge(a, b, agree):
    assert place_of.agree(a, b, {}) is agree


def test_corpus_containment_reconciles_levels():
    facts = [place("leeds", "west yorkshire", "c.txt")]
    inside = place_of.containment(facts)
    assert place_of.agree(("leeds",), ("west yorkshire",), inside)


def test_contested_containment_reconciles_nothing():
    inside = place_of.containment([place("arlington", "virginia"), place("arlington", "washington dc")])
    assert not place_of.agree(("virginia",), ("washington dc",), inside)
    assert place_of.containment([place("arlington", "virginia")])["arlington"] == frozenset({"virginia"})


@pytest.mark.parametrize("facts, flagged", [
    # the minority statement is flagged, against the place most articles give
    ([place("arlington", "virginia", "001.txt", 11), place("arlington", "washington dc", "002.txt", 13),
      place("arlington", "virginia", "004.txt", 3)], [("002.txt", 13)]),
    ([place("the stadium", "leeds", "a.txt", 2, venue=True), place("the stadium", "bradford", "b.txt", 5, venue=True)],
     [("b.txt", 5)]),
    # a more specific chain agrees
    ([place("the stadium", "leeds", "a.txt", 2, venue=True),
      place("the stadium", "headingley, leeds", "b.txt", 5, venue=True)], []),
    # the corpus says Leeds is in West Yorkshire
    ([place("the stadium", "leeds", "a.txt", 2, venue=True),
      place("the stadium", "west yorkshire", "b.txt", 5, venue=True), place("leeds", "west yorkshire", "c.txt", 1)], []),
    # other event instances are not compared
    ([place("the stadium", "leeds", "a.txt", 2, venue=True),
      place("the stadium", "bradford", "b.txt", 5, venue=True, instance="other:last year")], []),
    # different subjects are not compared
    ([place("dallas", "texas"), place("springfield", "illinois")], []),
])
def test_check(facts, flagged):
    findings = list(place_of.check(RULE, facts, CORPUS))
    assert [(f.span.path, f.span.line) for f in findings] == flagged
    assert all(f.rule == "place-of" for f in findings)


def test_finding_lists_every_backing_statement():
    facts = [place("arlington", "virginia", "001.txt", 11), place("arlington", "washington dc", "002.txt", 13),
             place("arlington", "virginia", "004.txt", 3)]
    (finding,) = place_of.check(RULE, facts, CORPUS)
    assert [(r.span.path, r.span.line) for r in finding.related] == [("001.txt", 11), ("004.txt", 3)]
    assert "washington dc" in finding.message.lower() and "001.txt:11" in finding.message


@pytest.mark.parametrize("a, b, same", [
    ("bc", "british columbia", True), ("british columbia", "bc", True), ("virginia", "virginia", True),
    ("va", "virginia", False), ("leeds", "bradford", False),
])
def test_same_place(a, b, same):
    assert place_of.same_place(a, b) is same


@pytest.mark.parametrize("located_in, a, b, agree", [
    (("West Yorkshire", "England"), ("leeds",), ("west yorkshire",), True),
    (("West Yorkshire", "England"), ("leeds",), ("england",), True),
    (("West Yorkshire", "England"), ("leeds",), ("lancashire",), False),
    ((), ("leeds",), ("west yorkshire",), False),
])
def test_gazetteer_located_in_reconciles_levels(located_in, a, b, agree):
    from factlint.rulebook.gazetteer import EntityKind, Entry, build_gazetteer

    gazetteer = build_gazetteer([Entry("Leeds", (), EntityKind.PLACE, located_in)])
    assert place_of.agree(a, b, place_of.containment([], gazetteer)) is agree


@pytest.mark.parametrize("text, shown, subject, written", [
    ("Arlington, Washington DC", "Washington DC", "arlington", "Arlington"),
    ("Foreign Service Institute in Arlington, Virginia", "Arlington, Virginia", "foreign service institute",
     "Foreign Service Institute"),
    ("somewhere odd", "Virginia", "arlington", "arlington"),
])
def test_subject_is_shown_as_written(text, shown, subject, written):
    fact = Fact(FactKind.PLACE, Span("a.txt", 0, 1, 1, 1, 1, 2), text, shown.lower(), subject, shown)
    assert place_of._written(LinkedFact(fact, "story", "main")) == written
