"""Tests for factlint.extract.verbs: the light lemmatizer and whether a token reads as a clause's verb."""

from __future__ import annotations

import pytest

from factlint.extract.verbs import is_verb, lemma


@pytest.mark.parametrize("forms", [
    ("died", "dies", "die"),          # -ied/-ies and a final e dropped on both sides
    ("became", "become"),             # an irregular past by table
    ("carried", "carry"),
    ("stopped", "stop"),              # a doubled last consonant undone
    ("running", "run", "ran"),
    ("said", "say", "says"),
    ("was", "were", "is", "be"),
    ("called", "calls", "call"),
])
def test_lemma_brings_forms_of_one_verb_to_one_key(forms: tuple[str, ...]) -> None:
    assert len({lemma(form) for form in forms}) == 1


@pytest.mark.parametrize(("one", "other"), [("call", "cell"), ("stop", "step"), ("said", "sad")])
def test_lemma_keeps_different_verbs_apart(one: str, other: str) -> None:
    assert lemma(one) != lemma(other)


@pytest.mark.parametrize(("text", "verbs"), [
    ("the gunman was fatally shot", ["shot"]),              # the participle after an adverb; "was" (-s) is no past
    ("he will finally hold talks", ["hold"]),               # the word after a modal, past its adverb
    ("placed on injured reserve", ["placed"]),              # a participle after a preposition is an adjective
    ("Rahman beat Lewis", ["beat"]),                        # a past that is its own base form
    ("a set of rules", []),                                 # ... unless a determiner makes it a noun
    ("Fred left", ["left"]),                                # a capitalized word is a name, never a verb
    ("to become mayor", ["become"]),                        # a base form after "to"
    ("to life", []),                                        # "to" before a noun
    ("they were marching", ["were", "marching"]),           # a progressive
    ("Published May 5", []),                                # a heading's first word, then a month
])
def test_is_verb(text: str, verbs: list[str]) -> None:
    tokens = text.split()
    found = [tokens[i] for i in range(len(tokens)) if is_verb(tokens, i)]
    assert found == verbs
