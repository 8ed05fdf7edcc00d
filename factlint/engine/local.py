"""Linking and checking per story for runs that keep a state (issue 18): each story's check results are stored under a
key of everything they hang on, so a warm run links and checks only the stories an edit touched and takes every
other story's results from the state.

A story's results hang on the facts linked into it, the articles they stand in and those articles' times: its
`sources` are its own articles and the articles whose references back in time point into it (link.instances puts
the facts of such a sentence in the story it points to). Its key is a digest of its id, articles and evidence, and
for each source the article's content digest, time, episode and references (with the episodes they point to).

Rules are of three sorts (`Sort`): LOCAL rules give, for a story, results that depend only on its own facts and
articles (engine/checks.py gives the argument for the kinds it splits; `restatement` groups by story whatever its
scope, `pattern` reads each article alone, `name-variants` and `stale-relative` compare within their scope's
groups below corpus scope); `place-of` is LOCAL too, with its learnt containment the one corpus-wide input
(engine/local_places.py says when a story must be checked again for it); CORPUS rules (`name-variants` and
`stale-relative` at corpus scope) read no linking, so they run over every fact as extracted (engine/local_corpus.py
keeps what they learn); everything else runs WHOLE, over every fact linked. A LOCAL rule whose results hold a
Problem (a pattern that timed out: its budget is counted over the corpus) is run whole again."""

from __future__ import annotations

import enum
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from factlint import check
from factlint.check import name_variants, stale_relative
from factlint.cache import canonical
from factlint.engine.local_names import NamesMemos, NamesState
from factlint.link import link
from factlint.link.timeline import Timeline
from factlint.model import Corpus, Document, Fact, Finding, LinkedFact, Problem, Rule, Scope, Story
from factlint.rulebook.lexicon import EMPTY_LEXICON, EventLexicon

Result = Finding | Problem
# Kinds whose results for a story depend on that story alone at the scopes below corpus (engine/checks.py).
_BELOW_CORPUS = frozenset({"agreement", "quote-fidelity", "span-arithmetic", "weekday-date", "name-variants",
                           "stale-relative", "place-of"})
# Kinds that compare within one story, or within one article, whatever their scope.
_ALWAYS_LOCAL = frozenset({"restatement", "pattern"})
# Corpus-scope kinds that read nothing of linking (story, instance, anchor): only the facts and the articles' times.
_UNLINKED = frozenset({"name-variants", "stale-relative"})


class Sort(enum.Enum):
    """How a rule is run on a warm run."""

    LOCAL = "local"    # per story, its results kept in the state
    CORPUS = "corpus"  # over every fact as extracted (no linking read)
    WHOLE = "whole"    # over every fact linked


def sort_of(rule: Rule) -> Sort:
    """How a rule runs (see the module's docstring)."""
    if rule.kind in _ALWAYS_LOCAL or rule.kind in _BELOW_CORPUS and rule.scope is not Scope.CORPUS:
        return Sort.LOCAL
    if rule.kind in _UNLINKED:
        return Sort.CORPUS
    return Sort.WHOLE


@dataclass(frozen=True)
class StoryRecord:
    """One story's results: per LOCAL rule (in the order of the run's rules), what its check gave for the story, and
    the place names its place facts name (engine/local_places.py)."""

    results: tuple[tuple[Result, ...], ...]
    places: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Checked:
    """What a run kept of its checking: each story's record by its key, the articles' content digests, what the
    corpus-wide inputs were (place-of's containment), what corpus-scope name-variants rules found and what
    stale-relative read of each statement in its article (by the article's digest and the statement's place)."""

    rules: str
    records: Mapping[str, StoryRecord]
    digests: Mapping[str, str]
    containment: Mapping[str, frozenset[str]] | None = None
    names: Mapping[tuple[str, str], NamesState] = field(default_factory=dict)  # engine/local_names.py
    looked: Mapping[tuple, tuple] = field(default_factory=dict)  # stale-relative's reading of statements (Looked)


@dataclass(frozen=True)
class Reuse:
    """A warm run's checking state before (None: every story is checked) and the articles known unchanged since."""

    before: Checked | None = None
    unchanged: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outcome:
    """Linking and checking done per story: the linked facts (every fact when asked for all, else those of the
    stories checked), the results in the order of the local loop over the rules, and the state to keep."""

    linked: tuple[LinkedFact, ...]
    results: tuple[Result, ...]
    checked: Checked
    rechecked: int = 0
    whole: tuple[str, ...] = field(default=())  # LOCAL rules run whole again (a Problem in their results)


def rules_digest(rules: Sequence[Rule]) -> str:
    """A digest of the rules run, beside the run key that holds them too (cache.canonical: sets in a stable order)."""
    return hashlib.sha256(canonical(tuple(rules)).encode("utf-8", "surrogatepass")).hexdigest()


def digest_of(doc: Document) -> str:
    """An article's content digest: its text, where its body starts and its date."""
    digest = hashlib.blake2b(doc.text.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(f"\0{doc.body_start}\0{doc.date}".encode())
    return digest.hexdigest()


def sources_of(stories: Sequence[Story], timeline: Timeline) -> dict[str, tuple[str, ...]]:
    """Each story's sources: its articles and those whose references point into it, sorted."""
    pointing: dict[str, set[str]] = defaultdict(set)
    for ref in timeline.references:
        pointing[ref.target].add(ref.path)
    return {story.id: tuple(sorted(set(story.paths) | pointing.get(story.id, set()))) for story in stories}


def story_key(story: Story, sources: Sequence[str], digests: Mapping[str, str], timeline: Timeline,
              refs_from: Mapping[str, list], rules: str) -> str:
    """The key of a story's results: a digest of everything linking and the LOCAL checks read of it."""
    parts: list[object] = [rules, story.id, story.paths, story.evidence]
    for path in sources:
        refs = refs_from.get(path, ())
        parts.append((path, digests[path], timeline.times.get(path), timeline.episodes.get(path), refs,
                      tuple(timeline.episodes.get(r.target_path) for r in refs)))
    # repr, not pickle: a pickle of equal values differs with how they share objects. (No set is in them, whose
    # repr would follow the hash seed.)
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def check_stories(documents: Sequence[Document], facts: Sequence[Fact], stories: Sequence[Story], timeline: Timeline,
                  rules: Sequence[Rule], corpus: Corpus, reuse: Reuse, *, link_all: bool,
                  lexicon: EventLexicon = EMPTY_LEXICON) -> Outcome:
    """link.link and every rule's check, with the results of the stories whose key the state holds taken from it;
    the results equal a whole run's in the order the local loop over the rules gives them."""
    from factlint.engine import local_places

    before = reuse.before
    ours = rules_digest(rules)
    if before is not None and before.rules != ours:
        before = None
    by_path = {doc.path: doc for doc in documents}
    old_digests = before.digests if before is not None else {}
    digests = {path: old_digests[path] if path in reuse.unchanged and path in old_digests else digest_of(doc)
               for path, doc in by_path.items()}
    local = [rule for rule in rules if sort_of(rule) is Sort.LOCAL]
    sorts = {rule.id: sort_of(rule) for rule in rules}
    link_all = link_all or any(s is Sort.WHOLE for s in sorts.values())
    sources = sources_of(stories, timeline)
    refs_from: dict[str, list] = defaultdict(list)
    for ref in timeline.references:
        refs_from[ref.path].append(ref)
    keys = {story.id: story_key(story, sources[story.id], digests, timeline, refs_from, ours) for story in stories}
    containment = local_places.learnt(facts, corpus.gazetteer) if any(r.kind == "place-of" for r in local) else None
    dirty = local_places.changed_names(before.containment if before else None, containment)
    records = before.records if before is not None else {}
    touched = [story for story in stories if keys[story.id] not in records
               or local_places.stale(records[keys[story.id]], dirty, before.containment if before else None,
                                     containment)]
    wanted = set(by_path) if link_all else {p for story in touched for p in sources[story.id]}
    linked = link([by_path[p] for p in sorted(wanted)], [f for f in facts if f.span.path in wanted], stories,
                  timeline.references, timeline.episodes, lexicon)
    by_story: dict[str, list[LinkedFact]] = defaultdict(list)
    for item in linked:
        by_story[item.story].append(item)
    fresh: dict[str, StoryRecord] = {}
    for story in touched:
        fresh[story.id] = _check_story(story, by_story.get(story.id, []), sources[story.id], by_path, local, corpus,
                                       containment)
    kept = {keys[s.id]: fresh.get(s.id) or records[keys[s.id]] for s in stories}
    per_rule: dict[str, list[Result]] = {rule.id: [] for rule in local}
    for story in sorted(stories, key=lambda s: s.id):
        for rule, results in zip(local, kept[keys[story.id]].results):
            per_rule[rule.id].extend(results)
    again = tuple(rule.id for rule in local if any(isinstance(r, Problem) for r in per_rule[rule.id]))
    if again and not link_all:
        return check_stories(documents, facts, stories, timeline, rules, corpus, reuse, link_all=True)
    changed = None if before is None else frozenset(
        {p for p, d in digests.items() if old_digests.get(p) != d} | (old_digests.keys() - digests.keys()))
    memos = NamesMemos(before.names if before is not None else {}, changed)
    remember = _Remembered(before.looked if before is not None else {}, digests)
    # The corpus-scope rules read only the facts of their kinds: only those are wrapped (no linking is read).
    kinds = {k for rule in rules if sorts[rule.id] is Sort.CORPUS
             for k in (rule.fact, *check.KINDS[rule.kind].NEEDS) if k is not None}
    unlinked = [LinkedFact(fact, "", "") for fact in facts if fact.kind in kinds] if kinds else []
    out: list[Result] = []
    for rule in rules:
        if sorts[rule.id] is Sort.LOCAL and rule.id not in again:
            out.extend(per_rule[rule.id])
        elif sorts[rule.id] is Sort.CORPUS and rule.kind == name_variants.KIND:
            out.extend(name_variants.check(rule, unlinked, corpus, memo=memos))
        elif sorts[rule.id] is Sort.CORPUS and rule.kind == stale_relative.KIND:
            out.extend(stale_relative.check(rule, unlinked, corpus, remember=remember))
        elif sorts[rule.id] is Sort.CORPUS:
            out.extend(check.KINDS[rule.kind].check(rule, unlinked, corpus))
        else:
            out.extend(check.KINDS[rule.kind].check(rule, linked, corpus))
    checked = Checked(ours, kept, digests, containment, memos.after(), remember.after)
    return Outcome(tuple(linked), tuple(out), checked, len(touched), again)


def _check_story(story: Story, facts: Sequence[LinkedFact], sources: Sequence[str], by_path: Mapping[str, Document],
                 rules: Sequence[Rule], corpus: Corpus, inside: Mapping[str, frozenset[str]] | None) -> StoryRecord:
    """One story's LOCAL results: each rule run on the story's facts, with the story's sources as its articles (its
    own articles alone for a rule that reads articles rather than facts: `pattern`)."""
    from factlint.check import place_of
    from factlint.engine.local_places import place_names

    times = corpus.times
    shared = Corpus({p: by_path[p] for p in sources}, (story,), {p: times[p] for p in sources if p in times},
                    corpus.gazetteer)
    own = Corpus({p: by_path[p] for p in story.paths}, (story,), {p: times[p] for p in story.paths if p in times},
                 corpus.gazetteer)
    results = tuple(tuple(place_of.check_with(rule, facts, shared, inside or {}) if rule.kind == place_of.KIND else
                          check.KINDS[rule.kind].check(rule, facts, own if rule.fact is None else shared))
                    for rule in rules)
    return StoryRecord(results, place_names(facts))



class _Remembered:
    """stale-relative's `remember`: what was read of a statement, by its article's digest and its place in it (the
    reading hangs on nothing else), from the state before where it holds it; `after` keeps what this run read."""

    def __init__(self, before: Mapping[tuple, tuple], digests: Mapping[str, str]) -> None:
        self.before, self.digests = before, digests
        self.after: dict[tuple, tuple] = {}

    def __call__(self, item: LinkedFact, read: Callable[[], tuple]) -> tuple:
        span = item.fact.span
        key = (self.digests.get(span.path), span.start, span.end, span.column)
        found = self.before.get(key) if key[0] is not None else None
        if found is None:
            found = read()
        self.after[key] = found
        return found
