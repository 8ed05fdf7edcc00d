"""Tests for factlint.extract.subjects: a clause's subject read without a parser (content words, names, head noun,
modifiers, a relative pronoun's antecedent, the subject after a verb of saying, whom a pronoun or surname stands for)."""

from __future__ import annotations

import pytest

from factlint.extract import subjects


@pytest.mark.parametrize(("text", "head"), [
    ("90 % of adults", "adult"),                                   # a share of something: what it is a share of
    ("ninety percent of adults", "adult"),
    ("the draft bill of the new austerity measures", "bill"),     # otherwise the head comes before "of"
    ("the union's dock workers", "worker"),
    ("President Obama", ""),                                       # names are left out
])
def test_head_of(text: str, head: str) -> None:
    assert subjects.head_of(text.split()) == head


@pytest.mark.parametrize(("text", "words"), [
    ("the draft bill of the new austerity measures", {"draft", "new", "austerity", "measur"}),
    ("citing two people", set()),                 # a verb before the head closes the phrase
    ("the housing data", {"hous"}),               # an -ing word after a determiner is a modifier
    ("jobs in the factory", set()),
])
def test_modifiers(text: str, words: set[str]) -> None:
    assert subjects.modifiers(text.split()) == words


@pytest.mark.parametrize(("text", "expected"), [
    ("Fekede , 53 , who", [["Fekede"], ["53"], [], []]),
    ("the men ( two of them ) said", [["the", "men"], ["two", "of", "them"], ["said"]]),
])
def test_segments(text: str, expected: list[list[str]]) -> None:
    assert subjects.segments(text.split()) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("police identified the shooter as Getachew Fekede ,", "the shooter as Getachew Fekede"),  # after the verb
    ("Fekede , 53 ,", "Fekede"),                                   # the nearest run that names something
    (", ,", ""),
])
def test_antecedent(text: str, expected: str) -> None:
    assert " ".join(subjects.antecedent(text.split())) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Biden says 90 % of adults will", "90 % of adults will"),    # after a verb of saying
    ("the union said dock workers", "dock workers"),
    ("Rahman famously beat Lennox Lewis", "Rahman famously"),      # before the first verb
    ("no verb here at all", "no verb here at all"),
])
def test_before_verb(text: str, expected: str) -> None:
    assert " ".join(subjects.before_verb(text.split())) == expected


@pytest.mark.parametrize(("text", "content", "names"), [
    ("the three injured officers quickly left on Monday", {"injur", "officer", "leav"}, set()),
    ("The Mayor said Monday that Smith", {"mayor", "smith"}, {"mayor", "smith"}),  # "said" is a function word
    ("a 35-year-old man", {"man"}, set()),
])
def test_content_and_names(text: str, content: set[str], names: set[str]) -> None:
    tokens = text.split()
    assert (subjects.content(tokens), subjects.names_of(tokens)) == (content, names)


FELT = "Mark Felt was an FBI agent. Felt was 95. He died."


@pytest.mark.parametrize(("text", "surname", "before", "expected"), [
    (FELT, "Felt", FELT.index("Felt was 95"), {("mark", "Felt")}),
    (FELT, "Felt", FELT.index("Mark"), set()),                    # nothing written before
    ("On Monday Felt said.", "Felt", 15, set()),                   # a weekday is no given name
])
def test_given_name(text: str, surname: str, before: int, expected: set[tuple[str, str]]) -> None:
    assert subjects.given_name(text, surname, before) == expected


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    (FELT, "He died", {("mark", "felt")}),                         # the person of the sentence before
    ("The storm hit. Roads closed. Trees fell. He said.", "He said", set()),  # nobody named near it
])
def test_nearby_person(text: str, pronoun: str, expected: set[tuple[str, str]]) -> None:
    at = text.index(pronoun)
    assert subjects.nearby_person(text, at, at) == expected
