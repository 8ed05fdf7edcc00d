"""Two spellings of a name said to say one quote are one person: the quotes each written name is said to say, and
the entities of names joined by them (Julia Bird and Julia Byrd, one spokeswoman, one quote), whatever words
English writes the spellings as."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping, Protocol, Sequence

from factlint.model import FactKind, LinkedFact, Span
from factlint.rulebook.spelling import one_edit_apart


class Written(Protocol):
    """A written form of a name where it stands (name_variants' uses)."""

    span: Span
    name: str


Said = Mapping[tuple[str, str], frozenset[str]]  # (article, name as written) -> the quotes (of 3+ words) said


def one_speaker_of(uses: Sequence[Written], backing: Sequence[Written], said: Said) -> bool:
    """Whether the two spellings are said to say one quote (Julia Bird and Julia Byrd, "we are delighted to ..."):
    one person, whatever words English writes the spellings as."""
    mine = frozenset().union(*(said.get((u.span.path, u.name), frozenset()) for u in uses))
    return any(mine & said.get((b.span.path, b.name), frozenset()) for b in backing)


def joined_by_quotes(groups: list[list[str]], by_subject: Mapping[str, Sequence[LinkedFact]],
                     said: Said) -> list[list[str]]:
    """Entities joined when two of their names differ by one edit in one word and say one quote: each group, in
    order, joins the first entity formed so far that holds such a name, else starts one. Only names that share a
    quote are compared (found through an index by quote: a pile of articles names tens of thousands of people)."""
    speakers: dict[str, list[str]] = defaultdict(list)
    for subject in by_subject:
        spoken = frozenset().union(*(said.get((i.fact.span.path, i.fact.attr("name") or i.fact.value), frozenset())
                                     for i in by_subject[subject]))
        for quote in sorted(spoken):
            speakers[quote].append(subject)
    near: dict[str, set[str]] = defaultdict(set)
    for names in speakers.values():
        for a in names:
            for b in names:
                if a != b and _one_word_apart(a, b):
                    near[a].add(b)
    joined: list[list[str]] = []
    home_of: dict[str, int] = {}
    for group in groups:
        homes = [home_of[b] for a in group for b in near.get(a, ()) if b in home_of]
        home = min(homes) if homes else len(joined)
        if home == len(joined):
            joined.append(list(group))
        else:
            joined[home].extend(group)
        for name in group:
            home_of[name] = home
    return joined


def _one_word_apart(a: str, b: str) -> bool:
    """Two names of as many words (two or more) that differ in one word, by one edit."""
    x, y = a.split(), b.split()
    changed = [(p, q) for p, q in zip(x, y) if p != q]
    return len(x) == len(y) >= 2 and len(changed) == 1 and one_edit_apart(*changed[0])


def quotes_said(facts: Iterable[LinkedFact]) -> Said:
    """(article, speaker as written) -> the quotes of three words or more the article says the speaker said."""
    quoted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in facts:
        if item.fact.kind is FactKind.QUOTE and item.fact.attr("speaker_name") and len(item.fact.value.split()) >= 3:
            quoted[(item.fact.span.path, item.fact.attr("speaker_name"))].add(" ".join(item.fact.value.lower().split()))
    return {key: frozenset(texts) for key, texts in quoted.items()}
