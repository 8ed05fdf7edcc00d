"""Responses to score on MEANTIME: the lemma and lemma+time baselines, and factlint's own event instances."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections import Counter, defaultdict
from typing import Callable, Sequence

from benchmarks.instances.meantime import Article, GoldMention
from factlint.extract.dating import with_date
from factlint.extract.timex import TimexType, date_interval, find_timexes
from factlint.model import Document
from factlint.read.documents import make_document

MentionInstances = Callable[[Sequence[Document]], dict[str, list[tuple[int, int, str]]]]
Interval = tuple[float, float]  # first and last day, as ordinals
ALONE = "alone|"  # the label prefix of a gold mention no factlint mention covers


def documents(articles: Sequence[Article]) -> list[Document]:
    """The articles as factlint reads them: front matter `date:` from the creation time, else the dateline."""
    return [with_date(make_document(article.path, article.text)[0]) for article in articles]


def lemmas(articles: Sequence[Article]) -> dict[str, str]:
    """Each mention's lemma: its annotated one, else the one annotated most often on the same word, else the word."""
    # About half the mentions (those added by the cross-document pass) carry no `pred`; borrowing the
    # gold lemma of the same word elsewhere keeps "exercises" and "exercise" together, as a lemmatiser would.
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in (m for a in articles for m in a.mentions if m.lemma):
        seen[mention.text.lower()][mention.lemma] += 1
    known = {word: min(counts, key=lambda lemma: (-counts[lemma], lemma)) for word, counts in seen.items()}
    return {m.id: m.lemma or known.get(m.text.lower(), m.text.lower()) for a in articles for m in a.mentions}


def by_lemma(articles: Sequence[Article]) -> dict[str, str]:
    """Baseline `lemma`: mentions with one lemma are one instance."""
    return lemmas(articles)


def _dated_timexes(document: Document) -> list[tuple[int, int, Interval]]:
    """The article's dates and times (as factlint's tagger reads them, anchored to its date) with the days they cover."""
    found = []
    for timex in find_timexes(document.text, document.date):
        interval = date_interval(timex.value) if timex.type in (TimexType.DATE, TimexType.TIME) else None
        if interval:
            found.append((timex.start, timex.end, interval))
    return found


def mention_time(mention: GoldMention, article: Article, document: Document,
                 timexes: Sequence[tuple[int, int, Interval]]) -> Interval | None:
    """The days of the dated timex in the mention's sentence nearest it, else of the article's date."""
    first, last = article.sentences[mention.sentence]
    nearby = [(max(start - mention.end, mention.start - end, 0), start, interval)
              for start, end, interval in timexes if first <= start and end <= last]
    if nearby:
        return min(nearby)[2]
    return (document.date.toordinal(), document.date.toordinal()) if document.date else None


def by_lemma_and_time(articles: Sequence[Article], docs: Sequence[Document]) -> dict[str, str]:
    """Baseline `lemma+time`: one lemma and compatible days (one day, or a month or year holding it) are one instance."""
    lemma_of = lemmas(articles)
    timed: dict[str, list[tuple[Interval | None, str]]] = defaultdict(list)
    for article, document in zip(articles, docs, strict=True):
        timexes = _dated_timexes(document)
        for mention in article.mentions:
            timed[lemma_of[mention.id]].append((mention_time(mention, article, document, timexes), mention.id))
    labels: dict[str, str] = {}
    for lemma, mentions in timed.items():
        # "Compatible" does not chain (2008 holds both June 18 and July 2), so finest times first: each day is
        # an instance, and a coarser time joins the largest instance it holds, or starts its own.
        found: list[tuple[Interval, str]] = []
        sizes: Counter[str] = Counter()
        for interval, mention_id in sorted(mentions, key=lambda m: (m[0] is None, m[0] and m[0][1] - m[0][0], m[0], m[1])):
            if interval is None:
                label = f"{lemma}|undated"
            else:
                holds = [label for (first, last), label in found if interval[0] <= first and last <= interval[1]]
                label = max(holds, key=lambda l: sizes[l], default="") or f"{lemma}|{interval[0]:.0f}-{interval[1]:.0f}"
                if not holds:
                    found.append((interval, label))
            labels[mention_id] = label
            sizes[label] += 1
    return labels


def load_mention_instances() -> MentionInstances | None:
    """factlint.link.mentions.mention_instances, or None while that module does not exist."""
    try:
        module = importlib.import_module("factlint.link.mentions")
    except ModuleNotFoundError as error:
        if error.name not in ("factlint.link.mentions",):
            raise  # the module exists but imports something missing: show that, do not hide it
        return None
    return getattr(module, "mention_instances", None)


def with_vocabulary(mention_instances: MentionInstances | None) -> MentionInstances | None:
    """The model given the rulebook's event vocabulary, when it takes one (`lexicon`)."""
    if mention_instances is None or "lexicon" not in inspect.signature(mention_instances).parameters:
        return mention_instances
    from factlint.rulebook.rule_files import load_rulebook

    return functools.partial(mention_instances, lexicon=load_rulebook().lexicon.events)


def by_factlint(articles: Sequence[Article], docs: Sequence[Document],
                mention_instances: MentionInstances) -> dict[str, str]:
    """factlint's instances: each gold mention takes the key of the factlint mention overlapping it most, else is alone."""
    found = mention_instances(docs)
    labels: dict[str, str] = {}
    for article in articles:
        spans = found.get(article.path, [])
        for mention in article.mentions:
            overlaps = [(min(end, mention.end) - max(start, mention.start), -start, key)
                        for start, end, key in spans if start < mention.end and mention.start < end]
            labels[mention.id] = f"factlint|{max(overlaps)[2]}" if overlaps else f"{ALONE}{mention.id}"
    return labels
