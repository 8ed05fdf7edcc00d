"""Names as people read them: each subject's matching key ("secretari of state", "white huse") shown as the
spelling most articles use, and the variants a name-variants rule found joined under one name."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from factlint.model import FactKind, Finding, LinkedFact, Rule

# Kinds whose subject is the key of their own words (a person's, a title's, a venue's, a place's name).
_NAMED_KINDS = frozenset({FactKind.PERSON, FactKind.TITLE, FactKind.VENUE, FactKind.PLACE})
_NAME_VARIANTS = "name-variants"


def _written(subject: str, text: str) -> str:
    """The subject as the text writes it, when the text holds its words in order ("Arlington" for "arlington")."""
    words = subject.split()
    if not words:
        return ""
    found = re.search(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", text, re.I)
    return " ".join(found.group().split()) if found else ""


def _spelling(item: LinkedFact) -> tuple[str, bool]:
    """How this fact writes the name its subject keys, and whether the gazetteer declares it; ('', False) when
    it writes none (a date's event word is shown as it is)."""
    fact = item.fact
    if fact.kind is FactKind.QUOTE and fact.attr("speaker_name"):
        return fact.attr("speaker_name"), False
    if fact.kind in _NAMED_KINDS and not fact.attr("contained"):
        # A person's full name (the mention may be the surname alone); a venue's gazetteer name for an alias.
        if fact.attr("canonical"):
            return fact.attr("canonical"), True
        return fact.attr("name") or " ".join(fact.value.split()), False
    return _written(fact.subject, fact.text), False


@dataclass(frozen=True)
class Names:
    """Matching keys -> the name shown for them, and keys -> the key of the name they are a variant of."""

    shown: Mapping[str, str] = field(default_factory=dict)
    joined: Mapping[str, str] = field(default_factory=dict)

    def of(self, subject: str) -> str:
        """The name a person reads for a subject: its most used spelling (of the joined name), else the subject."""
        return self.shown.get(self.group(subject), self.shown.get(subject, subject))

    def group(self, subject: str) -> str:
        """The key of the name a subject belongs to: the subjects a name-variants finding joined share one."""
        return self.joined.get(subject, subject)


def _repeats_a_word(spelling: str) -> bool:
    """A name that writes one word twice ("National Affairs Foreign Affairs") is a slip, shown only if alone."""
    words = [w.lower() for w in spelling.split() if len(w) > 3]
    return len(words) != len(set(words))


def _most_used(votes: Mapping[str, set[str]], uses: Counter[str], declared: set[str]) -> str:
    """The gazetteer's name, else the spelling the most articles use; ties go to the one not repeating a word,
    to the more uses, then to the first in alphabetical order."""
    return min(votes, key=lambda spelling: (spelling not in declared, -len(votes[spelling]),
                                            _repeats_a_word(spelling), -uses[spelling], spelling))


def _joined(facts: Sequence[LinkedFact], findings: Iterable[Finding], rules: Iterable[Rule]) -> dict[str, str]:
    """Subjects that a name-variants finding names on its two sides, joined (union-find) under one key."""
    variant_rules = {rule.id for rule in rules if rule.kind == _NAME_VARIANTS}
    named: dict[str, list[LinkedFact]] = defaultdict(list)
    for item in facts:
        if item.fact.subject and item.fact.kind in _NAMED_KINDS:
            named[item.fact.span.path].append(item)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for finding in findings:
        if finding.rule not in variant_rules:
            continue
        # A per-word finding points at one word of a name: the facts are those whose span holds it.
        subjects = sorted({item.fact.subject for span in (finding.span, *(r.span for r in finding.related))
                           for item in named[span.path]
                           if item.fact.span.start <= span.start and span.end <= item.fact.span.end})
        for subject in subjects[1:]:
            first, other = root(subjects[0]), root(subject)
            if first != other:
                parent[max(first, other)] = min(first, other)
    return {key: root(key) for key in parent}


def names(facts: Sequence[LinkedFact], findings: Iterable[Finding] = (), rules: Iterable[Rule] = ()) -> Names:
    """The names to show for the subjects of these facts, with the variants the findings report joined."""
    joined = _joined(facts, findings, rules)
    votes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    declared: dict[str, set[str]] = defaultdict(set)
    for item in facts:
        if not item.fact.subject:
            continue
        spelling, by_gazetteer = _spelling(item)
        if not spelling:
            continue
        for key in {item.fact.subject, joined.get(item.fact.subject, item.fact.subject)}:
            votes[key][spelling].add(item.fact.span.path)
            uses[key][spelling] += 1
            if by_gazetteer:
                declared[key].add(spelling)
    return Names({key: _most_used(spellings, uses[key], declared[key]) for key, spellings in votes.items()}, joined)
