"""Vocabularies from YAML (event words, the gazetteer), compiled once into a Lexicon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import regex

from factlint import lazyre
from factlint.rulebook.gazetteer import EMPTY_GAZETTEER, Gazetteer


@dataclass(frozen=True)
class EventLexicon:
    """Words naming events, each mapped to its event kind, with one compiled pattern."""

    nouns: Mapping[str, str]
    verbs: Mapping[str, str]
    noun_alternation: str
    noun_pattern: regex.Pattern
    verb_pattern: regex.Pattern

    def kind_of(self, word: str) -> str:
        """The event kind a noun or verb names, or ''."""
        key = " ".join(word.lower().split())
        return self.nouns.get(key) or self.verbs.get(key) or ""


def _alternation(words: Mapping[str, str]) -> str:
    """One regex alternation of the words, longest first, any run of spaces between words."""
    if not words:
        return r"(?!x)x"
    parts = sorted((regex.escape(w).replace(r"\ ", r"[ \t]+") for w in words), key=len, reverse=True)
    return rf"(?:{'|'.join(parts)})\b"


def _compile(alternation: str) -> regex.Pattern:
    return lazyre.compile(rf"\b{alternation}", regex.I)


def build_lexicon(events: Mapping[str, Mapping[str, list[str]]]) -> EventLexicon:
    """Compile {kind: {nouns: [...], verbs: [...]}} into an EventLexicon."""
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for kind, words in sorted(events.items()):
        for noun in words.get("nouns", []) or []:
            nouns.setdefault(" ".join(str(noun).lower().split()), kind)
        for verb in words.get("verbs", []) or []:
            verbs.setdefault(" ".join(str(verb).lower().split()), kind)
    noun_alternation = _alternation(nouns)
    return EventLexicon(nouns, verbs, noun_alternation, _compile(noun_alternation), _compile(_alternation(verbs)))


EMPTY_LEXICON = build_lexicon({})


@dataclass(frozen=True)
class Lexicon:
    """Every vocabulary the extractors consult, loaded from the rule folders."""

    events: EventLexicon = EMPTY_LEXICON
    gazetteer: Gazetteer = EMPTY_GAZETTEER
