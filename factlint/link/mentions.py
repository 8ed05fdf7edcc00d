"""Event mentions and the instances they fall in. Within an article a mention joins the nearest earlier mention of
the same root (inflection and derivation undone; never a second verb of it in one sentence, which tells another
occurrence) whose participants, figures and times do not clash, and either both state the article's event (its
headline and first sentence) or they share a participant or figure (the article's protagonists count when the
earlier mention is in the lead); a definite description, an event pronoun or an acronym joins its antecedent
(link/anaphora.py). Across articles of one story and episode, the chains of the articles' own events join when their
roots meet and nothing clashes; across any articles, mentions of one root join when their clauses write compatible
times and share a participant. Used to measure event identity on gold cross-document data (benchmarks/instances)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Mapping, Sequence

from factlint.extract.dating import with_date
from factlint.extract.morphology import root
from factlint.extract.verbs import SPEECH
from factlint.link.anaphora import antecedents, kinds_of
from factlint.link.participants import Article, Mention, agree, clash, read_article, shared
from factlint.link.stories import group_stories
from factlint.model import Document
from factlint.rulebook.lexicon import EMPTY_LEXICON, EventLexicon


@dataclass(frozen=True)
class Components:
    """Which parts of the model run (all, unless an ablation turns one off)."""

    participants: bool = True  # names and figures of the clause clash
    times: bool = True  # the clause's time (else the article's news week) clashes
    derivation: bool = True  # nouns meet the verbs they derive from
    anaphora: bool = True  # definite descriptions, event pronouns, acronyms
    lead: bool = True  # the headline and first sentence state one event
    across: bool = True  # chains join across articles of one story and episode


ALL = Components()
# Mentions of one root this many sentences apart or fewer continue one event unless something clashes.
NEAR = 1


@functools.cache
def _sayings() -> frozenset[str]:
    """The roots of the verbs of saying (extract/verbs.py)."""
    return frozenset(root(word) for word in SPEECH)


class _Chains:
    """Union-find over (article, mention index)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        self.sizes: dict[tuple[int, int], int] = {}

    def size(self, item: tuple[int, int]) -> int:
        """How many mentions the item's chain holds."""
        return self.sizes.get(self.find(item), 1)

    def find(self, item: tuple[int, int]) -> tuple[int, int]:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: tuple[int, int], second: tuple[int, int]) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
            self.sizes[min(a, b)] = self.sizes.get(a, 1) + self.sizes.get(b, 1)


def _key(mention: Mention, components: Components) -> str:
    return mention.root if components.derivation else mention.base


def _compatible(first: Mention, second: Mention, article: Article, components: Components) -> bool:
    if first.sentence == second.sentence and first.verb and second.verb:
        # One sentence tells an event with one verb: a second verb of the root is another occurrence ("the store sells
        # music, and has begun to sell films"; "continued to fall today, and had fallen 260 points by noon").
        return False
    # A headline names its event's participants more briefly than its first sentence ("Dow" and "Dow Jones
    # Industrial Average"), so there names do not clash; figures and times still do.
    leads = components.lead and first.sentence in article.lead and second.sentence in article.lead
    if clash(first, second, article.date, article.date, components.participants, components.times, not leads):
        return False
    near = abs(first.sentence - second.sentence) <= NEAR
    if leads or near and first.root not in _sayings():
        return True
    # Sayings far apart are each their own: "announced" twice in a report tells two announcements.
    if not components.participants or first.root in _sayings():
        return False
    # The lead states the article's event, so its protagonists are evidence that a later mention of its root is that
    # event ("Steve Jobs resigns" ... "Jobs resigned in a letter"); elsewhere they are in every sentence, and are none.
    lead = components.lead and first.sentence in article.lead
    return agree(first, second, frozenset() if lead else article.topic)


def _within(number: int, article: Article, chains: _Chains, components: Components,
            kinds: Mapping[str, str]) -> None:
    """Join each mention to the nearest earlier compatible mention of its root, then anaphors to antecedents."""
    seen: dict[str, list[int]] = {}
    for index, mention in enumerate(article.mentions):
        if mention.pronoun:
            continue
        earlier = seen.setdefault(_key(mention, components), [])
        for other in reversed(earlier):
            if _compatible(article.mentions[other], mention, article, components):
                chains.union((number, other), (number, index))
                break
        earlier.append(index)
    if components.anaphora:
        weight = lambda index: chains.size((number, index))  # noqa: E731
        for index, target in antecedents(article, components.participants, components.times, kinds, weight,
                                         components.derivation):
            chains.union((number, target), (number, index))


def _across(articles: Sequence[Article], groups: Sequence[str], chains: _Chains, components: Components) -> None:
    """Join each mention to the nearest compatible mention of its root in an earlier article of its story: sharing a
    participant, a figure or a written time, and clashing in none."""
    seen: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for number, (article, group) in enumerate(zip(articles, groups)):
        for index, mention in enumerate(article.mentions):
            if mention.pronoun:
                continue
            earlier = seen.setdefault((group, _key(mention, components)), [])
            for other_number, other_index in reversed(earlier):
                if other_number == number:
                    continue
                other_article = articles[other_number]
                other = other_article.mentions[other_index]
                if clash(other, mention, other_article.date, article.date, components.participants, components.times,
                         nouns=True):
                    continue
                if components.participants and mention.root not in _sayings() and agree(other, mention):
                    chains.union((other_number, other_index), (number, index))
                    break
            earlier.append((number, index))


def _dated_across(articles: Sequence[Article], chains: _Chains, components: Components) -> None:
    """Join mentions of one root whose clauses write a time, across any articles (of any story): a clause that dates
    its event ("launched the iTunes Music Store in 2003") points back to that time's instance, which the other
    mention's compatible written time and a shared participant tell."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for number, article in enumerate(articles):
        for index, mention in enumerate(article.mentions):
            if mention.pronoun or mention.time is None or mention.root in _sayings():
                continue
            earlier = seen.setdefault(_key(mention, components), [])
            for other_number, other_index in reversed(earlier):
                other_article = articles[other_number]
                other = other_article.mentions[other_index]
                if other_number == number or clash(other, mention, other_article.date, article.date, True,
                                                   components.times, nouns=True):
                    continue
                if shared(other.names, mention.names):
                    chains.union((other_number, other_index), (number, index))
                    break
            earlier.append((number, index))


def mention_instances(documents: Sequence[Document], components: Components = ALL,
                      lexicon: EventLexicon = EMPTY_LEXICON) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, (start, end, instance key) of each candidate event mention; equal keys are one instance.
    `lexicon`: the event vocabulary (the rulebook's), whose kinds definite descriptions are read by."""
    kinds = kinds_of(lexicon)
    documents = [with_date(doc) for doc in documents]
    articles = [read_article(doc) for doc in documents]
    chains = _Chains()
    for number, article in enumerate(articles):
        _within(number, article, chains, components, kinds)
    if components.across:
        stories = group_stories(documents)
        story_of = {path: story.id for story in stories for path in story.paths}
        groups = []
        for doc in documents:
            groups.append(story_of.get(doc.path, doc.path))
        _across(articles, groups, chains, components)
        if components.participants and components.times:
            _dated_across(articles, chains, components)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for number, article in enumerate(articles):
        found = []
        for index, mention in enumerate(article.mentions):
            chain = chains.find((number, index))
            found.append((mention.start, mention.end, f"{articles[chain[0]].path}#{chain[1]}"))
        out[article.path] = found
    return out
