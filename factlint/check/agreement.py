"""Check kind `agreement`: what one event instance's statements say of one subject must agree."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.check.cite import place
from factlint.check.context import shares_context
from factlint.check.same_clause import apart, one_person, same_clause
from factlint.check.scope import groups
from factlint.check.values import compatible, interval, magnitude
from factlint.extract.sentences import sentence_at
from factlint.link.stories import declared
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "agreement"
FIELDS = frozenset({"subject", "value", "text", "other_value", "other_text", "other_place"})
NEEDS: frozenset[FactKind] = frozenset()  # fact kinds read besides the rule's own
_SEASON = 90  # days between articles from which a value that grows each year (an age) may have grown


@dataclass(frozen=True)
class Options:
    """`tolerance`: relative difference still taken as agreement (0.1 = 10%).
    `max_values_per_article`: an article giving more mutually exclusive values than this for one
    subject speaks of several instances (a round-up of shootings) and is left out of the comparison.
    `per_year`: how much the value may grow for each year begun between two articles' dates, if they
    are a season or more apart (1 for ages); it never shrinks.
    `max_days_apart`: statements in articles whose own dates lie further apart are not compared (0: all are).
    Tolls reported months apart are of another incident merged into the story, or a toll since grown.
    `except_subjects`: subjects left to other rules; a subject whose last word is listed is left out too
    ("killed" leaves out "killed" and "man killed").
    `except_roles`: statements of these roles are left to other rules (durations of whatever a noun names, role
    "noun", to restated-duration).
    `min_shared_words`: a statement backs a finding only if the words around the two (eight either side, in
    their sentences) share this many specific words besides the subject: "four children were in the car" and
    "she leaves two children" count children of different things (0: no such condition).
    `min_subject_words_in_article`: two statements of one article back each other only for a subject of at least
    this many words (a head with modifiers, an "of" phrase or a place: "dock worker", not "child"); an article
    giving "two children" and "four children" nearly always speaks of two groups (0: any subject).
    `skip_contrasted`: a statement whose own sentence also gives the reference's value is not reported: the
    sentence sets two things side by side ("married to 20 women, while Oler ... two women").
    `person_roles`: statements of these roles back each other only when their sentences (or the ones before) name
    one person last ("Officer Andrew Hearst is a seven-year veteran" / "Hearst, an eight-year veteran"; not two
    officers' careers): lengths of whatever a noun names ("a 90-day stint", role "noun") are someone's.
    `inferred_stories`: compare statements of two articles in stories factlint inferred from shared words too; false:
    only in stories the user declared (front matter, manifest, folders), and within one article anywhere: a story
    inferred from what articles say joins a month's report to the next one's ("14.7 percent in April", "13.3 percent
    in May"), and undated articles give no time to tell them apart.
    `same_clause`: a statement backs a finding also when, sharing fewer words than min_shared_words, both are told
    by clauses of one predicate with no different subject (check/same_clause.py): "15 fire engines attended" and
    "Eighteen fire engines attended"; "signatures required" and "signatures collected" count two things."""

    tolerance: float = 0.0
    max_values_per_article: int = 2
    per_year: float = 0.0
    max_days_apart: int = 0
    except_subjects: tuple[str, ...] = ()
    except_roles: tuple[str, ...] = ()
    min_shared_words: int = 0
    min_subject_words_in_article: int = 0
    skip_contrasted: bool = False
    same_clause: bool = False
    person_roles: tuple[str, ...] = ()
    inferred_stories: bool = True


_UNIT_WORDS = frozenset({"%", "usd", "gbp", "eur"})


def _specific_enough(a: LinkedFact, b: LinkedFact, options: Options) -> bool:
    """Whether two statements may back each other: always across articles, within one only for a long subject."""
    if a.fact.span.path != b.fact.span.path:
        return True
    words = [w for w in a.fact.subject.split() if w not in _UNIT_WORDS]
    return len(words) >= options.min_subject_words_in_article


def _left_out(subject: str, options: Options) -> bool:
    return bool(options.except_subjects) and (subject in options.except_subjects
                                             or subject.rsplit(" ", 1)[-1] in options.except_subjects)


def _dates(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> tuple[dt.date, dt.date] | None:
    """The own dates of two statements' articles, or None when either is undated."""
    first, second = corpus.documents.get(a.fact.span.path), corpus.documents.get(b.fact.span.path)
    if first is None or second is None or first.date is None or second.date is None:
        return None
    return first.date, second.date


def _agree(a: LinkedFact, b: LinkedFact, options: Options, corpus: Corpus) -> bool:
    """Whether two statements agree, allowing for the time between their articles when asked."""
    if compatible(a.fact, b.fact, options.tolerance):
        return True
    dates = _dates(a, b, corpus) if options.per_year else None
    if dates is None:
        # A value that grows (an age), told of two occasions at an unknown time apart, may have grown.
        return bool(options.per_year) and a.instance != b.instance
    (earlier, early), (later, late) = sorted(((dates[0], a.fact), (dates[1], b.fact)), key=lambda p: p[0])
    days = (later - earlier).days
    # A birthday between articles a few weeks apart is too unlikely to excuse; from a season on,
    # each year begun between them may add one. The value only grows: a later article may repeat
    # an age "at the time", but never give a lower one.
    if days < _SEASON:
        return False
    growth = (magnitude(late) or 0.0) - (magnitude(early) or 0.0)
    return 0 <= growth <= options.per_year * math.ceil(days / 365.25)


def _close_in_time(a: LinkedFact, b: LinkedFact, options: Options, corpus: Corpus) -> bool:
    """Whether two statements' articles lie within max_days_apart of each other (or either is undated)."""
    dates = _dates(a, b, corpus) if options.max_days_apart else None
    return dates is None or abs((dates[0] - dates[1]).days) <= options.max_days_apart


def _one_day(a: LinkedFact, b: LinkedFact) -> bool:
    """Whether two statements may speak of one day: unless their clauses name two different days (a toll "on
    Wednesday" and another "on Thursday" are two states of the news, not a disagreement).

    A length is told of the whole event, whatever day its clause names: two lengths whose days both fall within the
    span of the longer one from the earlier day ("a 48-hour strike began on Wednesday", "Thursday, the second day of
    a 72-hour strike") speak of one occasion."""
    if a.day is None or b.day is None or a.day == b.day:
        return True
    if a.fact.kind is FactKind.AGE:
        return True  # a person's age on two days differs only as `_agree` allows, by the years between them
    if a.fact.kind is not FactKind.DURATION or b.fact.kind is not FactKind.DURATION:
        return False
    try:
        apart = abs((dt.date.fromisoformat(a.day) - dt.date.fromisoformat(b.day)).days)
    except ValueError:
        return False
    longest = max(magnitude(a.fact) or 0.0, magnitude(b.fact) or 0.0)
    return apart < longest


def _signature(item: LinkedFact) -> tuple:
    """What decides how a statement compares with others: its value, qualifiers and article."""
    return (item.fact.kind, item.fact.value, item.fact.attrs, item.fact.span.path)


def _width(item: LinkedFact) -> float:
    """How much a statement allows: 0 for an exact count, infinite for "at least one"."""
    bounds = interval(item.fact)
    return bounds[1] - bounds[0] if bounds else math.inf


def _reference(group: Sequence[LinkedFact], options: Options, corpus: Corpus) -> LinkedFact:
    """The statement others are measured against.

    The value most articles allow wins; then, among the statements it allows, a more precise
    one most articles allow, and so on ("2014" -> "June 2014" -> "June 29, 2014"), so that a
    vague statement never hides a disagreement between precise ones. Ties go to the first stated.
    """
    # Statements with one signature behave alike, so each signature is weighed once: a paragraph
    # repeating one figure thousands of times costs no more than the distinct values it gives.
    kinds = {_signature(o): o for o in reversed(group)}
    order = {id(o): index for index, o in enumerate(group)}

    @functools.lru_cache(maxsize=None)
    def support_of(signature: tuple) -> int:
        item = kinds[signature]
        return len({s[-1] for s, o in kinds.items() if _agree(o, item, options, corpus)})

    def support(item: LinkedFact) -> int:
        return support_of(_signature(item))

    def best(items: Sequence[LinkedFact]) -> LinkedFact:
        return max(items, key=lambda item: (support(item), -_width(item), -order[id(item)]))

    reference = best(group)
    while True:
        narrower = [o for o in group if _width(o) < _width(reference) and compatible(o.fact, reference.fact, options.tolerance)]
        if not narrower:
            return reference
        reference = best(narrower)


def _told(item: LinkedFact) -> tuple[str, str, str]:
    """What an article tells a value of: (article, subject, role)."""
    return item.fact.span.path, item.fact.subject, item.fact.attr("role")


def _round_ups(rule: Rule, facts: Sequence[LinkedFact], options: Options) -> set[tuple[str, str, str]]:
    """(article, subject, role) where the article gives more mutually exclusive values than
    max_values_per_article for the subject, counting every instance it speaks of: a round-up of incidents
    ("What happened: ... killed 22 people. ... killing 86 people."), none of whose values is the story's."""
    values: dict[tuple[str, str, str], list[LinkedFact]] = defaultdict(list)
    for item in facts:
        if item.fact.kind is rule.fact and item.fact.subject:
            values[_told(item)].append(item)
    crowded = set()
    for key, items in values.items():
        if len(items) <= options.max_values_per_article:
            continue
        exclusive: list[LinkedFact] = []
        seen: set[tuple] = set()
        # Narrow statements first: "at least one" allows every count and must not hide the counts it allows.
        for item in sorted(items, key=_width):
            if _signature(item) in seen:
                continue  # a value repeated adds nothing exclusive
            seen.add(_signature(item))
            if all(not compatible(item.fact, other.fact, options.tolerance) for other in exclusive):
                exclusive.append(item)
                if len(exclusive) > options.max_values_per_article:
                    # Crowded already: comparing each further value with every exclusive one took time quadratic
                    # in the values an article gives.
                    crowded.add(key)
                    break
    return crowded


def _same_sentence(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    if a.fact.span.path != b.fact.span.path:
        return False
    doc = corpus.documents.get(a.fact.span.path)
    return doc is not None and sentence_at(doc.text, a.fact.span.start) == sentence_at(doc.text, b.fact.span.start)


def _compared(grouped: list[list[LinkedFact]], options: Options, declared_stories: set[str]) -> list[list[LinkedFact]]:
    """The groups as compared: a group of a story the user did not declare is split by article when the rule compares
    across articles only in declared stories."""
    if options.inferred_stories:
        return grouped
    out: list[list[LinkedFact]] = []
    for group in grouped:
        if group and group[0].story in declared_stories:
            out.append(group)
            continue
        by_article: dict[str, list[LinkedFact]] = defaultdict(list)
        for item in group:
            by_article[item.fact.span.path].append(item)
        out.extend(by_article.values())
    return out


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per statement that disagrees with the group's reference value."""
    options: Options = rule.options
    crowded = _round_ups(rule, facts, options)
    declared_stories = set() if options.inferred_stories else {s.id for s in corpus.stories if declared(s)}
    for group in _compared(groups(rule, facts), options, declared_stories):
        group = [i for i in group if _told(i) not in crowded and not _left_out(i.fact.subject, options)
                 and i.fact.attr("role") not in options.except_roles]
        if len(group) < 2:
            continue
        reference = _reference(group, options, corpus)
        backing = [o for o in group if _agree(o, reference, options, corpus)]
        reported: set[tuple[str, int, str]] = set()
        for item in group:
            if _agree(item, reference, options, corpus):
                continue
            # A sentence that also gives the reference's value sets the two side by side on purpose ("Blackmore is
            # alleged to be married to 20 women, while Oler ... two women"): it tells of two things.
            if options.skip_contrasted and any(_same_sentence(o, item, corpus) for o in backing):
                continue
            # The same value repeated on one line is one statement to fix, not several findings.
            key = (item.fact.span.path, item.fact.span.line, item.fact.value)
            if key in reported:
                continue
            reported.add(key)
            # Only statements that rule this one out back the finding ("2014" does not contradict "July 29, 2014"),
            # and not from its own sentence: two values set side by side there are contrasted on purpose ("the
            # Taliban say 10 injured, but medical sources say over 30").
            against = [o for o in backing if not _agree(o, item, options, corpus) and not _same_sentence(o, item, corpus)
                       and _close_in_time(o, item, options, corpus) and _one_day(o, item)
                       and (shares_context(o, item, corpus, options.min_shared_words)
                            or options.same_clause and same_clause(o, item, corpus))
                       and not (options.same_clause and apart(o, item, corpus))
                       and _specific_enough(o, item, options)
                       and (item.fact.attr("role") not in options.person_roles or one_person(o, item, corpus))]
            if not against:
                continue
            fields = {
                "subject": item.fact.attr("person") or item.fact.subject,  # a name as written
                "value": item.fact.shown,
                "text": item.fact.text,
                "other_value": reference.fact.shown,
                "other_text": reference.fact.text,
                "other_place": ", ".join(dict.fromkeys(place(o, item) for o in against)),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}" ({o.fact.shown})') for o in against)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), item.fact.span, related)
