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
    """Entities joined when two of their names differ by one edit in one word and say one quote."""
    def quotes(subject: str) -> frozenset[str]:
        return frozenset().union(*(said.get((i.fact.span.path, i.fact.attr("name") or i.fact.value), frozenset())
                                   for i in by_subject[subject]))

    def near(a: str, b: str) -> bool:
        x, y = a.split(), b.split()
        changed = [(p, q) for p, q in zip(x, y) if p != q]
        return len(x) == len(y) >= 2 and len(changed) == 1 and one_edit_apart(*changed[0]) \
            and bool(quotes(a) & quotes(b))

    joined: list[list[str]] = []
    for group in groups:
        home = next((g for g in joined if any(near(a, b) for a in g for b in group)), None)
        if home is None:
            joined.append(list(group))
        else:
            home.extend(group)
    return joined


def quotes_said(facts: Iterable[LinkedFact]) -> Said:
    """(article, speaker as written) -> the quotes of three words or more the article says the speaker said."""
    quoted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in facts:
        if item.fact.kind is FactKind.QUOTE and item.fact.attr("speaker_name") and len(item.fact.value.split()) >= 3:
            quoted[(item.fact.span.path, item.fact.attr("speaker_name"))].add(" ".join(item.fact.value.lower().split()))
    return {key: frozenset(texts) for key, texts in quoted.items()}
