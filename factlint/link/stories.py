"""Stories: groups of articles about one event, explicit or inferred from event-specific shared content."""

from __future__ import annotations

import bisect
import math
from array import array
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from factlint.link.clustering import average_link_within, columns
from factlint.link.features import LineWords, boilerplate, features, line_words, periods
from factlint.link.leads import apart, lead_people
from factlint.link.manifest import Grouping, StoryBy
from factlint.link.feature_ids import key_hash, read_hashed  # noqa: F401 (key_hash re-exported)
from factlint.link.specificity import MIN_LINKING, feature_specificity  # noqa: F401 (re-exported)
from factlint.link.story_time import (FOLLOW_UP, NEWS_WEEK, Periods, _one_time,  # noqa: F401 (re-exported)
                                      _timed, _timer)
from factlint.model import Document, Story

STORY_THRESHOLD = 0.10
# Pairs less alike than this are left out of clustering: they never decide a merge, and in a large corpus they are
# most of the pairs.
MIN_SIMILARITY = 0.02
# A cost guard, not a weight: a feature more articles hold than this is left out of the index, since pairing all its
# holders would make candidate generation quadratic (on the 24,719-article pile, memory ran past 5 GB without it).
# It bounds the work; no weight depends on it, and a corpus smaller than this never meets it.
MAX_POSTING = 300


@dataclass(frozen=True)
class Weighted:
    """A corpus's idf-weighted, unit-length article vectors as compact arrays of feature ids and weights (the
    features held by one article alone are dropped: they link nothing), and the inverted index of the features rare
    enough to link articles, each with its holders' weights in article order: feature i's holders are
    holders[starts[i] : starts[i] + counts[i]] (flat arrays: a large corpus has a million short postings)."""

    terms: list[str | None]
    ids: list[array]
    weights: list[array]
    starts: array
    counts: array
    holders: array
    holder_weights: array
    hashes: array | None = None  # each feature's key_hash (0: not linking), where weigh was asked for them

    def __len__(self) -> int:
        return len(self.ids)

    def vector(self, position: int) -> dict[str, float]:
        """One article's weighted features (those the index holds) by their text."""
        return {self.terms[i]: w for i, w in zip(self.ids[position], self.weights[position])}  # type: ignore[misc]

    def indexed(self, position: int) -> dict[str, float]:
        """The part of one article's vector that the index holds (all that similarities see): all it keeps."""
        return self.vector(position)


def weigh(vectors: Iterable[Mapping[str, float]], hashed: bool = False) -> Weighted:
    """Unit-length vectors weighted by each feature's place in its article and its specificity in English, and the
    inverted index of the features that can link articles. No weight depends on the other articles: a feature's
    specificity comes from a reference table, and an article's length counts all its features. The corpus decides
    only which features are shared (a feature one article holds adds nothing to any similarity, so it is left out of
    the index). Each raw vector is read once into arrays of ids of the features that can link (the others count in
    its length only): no raw vector is held. Each article's features are kept in the order of their text, so a pair's
    similarity is summed in one order whichever article it is summed from, in any corpus (link/story_update.py sums
    the changed articles' rows alone). `hashed`: the postings hold every linking feature (those held once or too
    often too, which no vector names), with each feature's key_hash (`hashes`): link/story_state.py keeps them."""
    if hashed:
        df, hashes, terms, ids, weights = read_hashed(vectors)
    else:
        df, terms, ids, weights = _read(vectors)
    starts = array("q", bytes(8 * len(df)))
    total = 0
    for i, count in enumerate(df):
        if not 1 < count <= MAX_POSTING:  # held by one article, or too common to link any: no vector names it
            terms[i] = None
        if hashed or terms[i] is not None:
            starts[i] = total
            total += count
    holders, holder_weights, free = array("i", bytes(4 * total)), array("d", bytes(8 * total)), array("q", starts)
    for position in range(len(ids)):
        own, values = ids[position], weights[position]
        for i, w in zip(own, values):
            if hashed or 1 < df[i] <= MAX_POSTING:
                holders[free[i]] = position
                holder_weights[free[i]] = w
                free[i] += 1
        if any(not 1 < df[i] <= MAX_POSTING for i in own):  # each vector keeps the indexed features alone
            kept = [j for j, i in enumerate(own) if 1 < df[i] <= MAX_POSTING]
            ids[position] = array("i", [own[j] for j in kept])
            weights[position] = array("d", [values[j] for j in kept])
    del free
    return Weighted(terms, ids, weights, starts, df, holders, holder_weights, hashes if hashed else None)


def _read(vectors: Iterable[Mapping[str, float]]) -> tuple[array, list[str | None], list[array], list[array]]:
    """Each feature's count of holders and text (by id), and each article's linking features' ids and weights in
    the order of their text (weigh's; its `hashed` reads them with link/feature_ids.py)."""
    vocabulary: dict[str, int] = {}
    # Compact: a large corpus has millions of distinct features, most held by one article.
    df = array("l")
    linking = array("d")
    ids: list[array] = []
    weights: list[array] = []
    known = vocabulary.get  # a loop over every feature of every article: kept plain
    keys: list[str] = []  # each id's text
    for vector in vectors:
        own, values, every = [], [], []  # the indexable features and weights, and every feature's weight (the norm)
        for key, place in vector.items():
            i = known(key)
            if i is None:
                i = vocabulary[key] = len(df)
                keys.append(key)
                df.append(0)
                linking.append(feature_specificity(key))
            value = place * linking[i]
            every.append(value)
            if linking[i] >= MIN_LINKING:  # only these can be indexed: the others are not counted nor kept
                df[i] += 1
                own.append(i)
                values.append(value)
        norm = math.sqrt(sum([w * w for w in every])) or 1.0
        if len(own) > 1:
            ranked = sorted(range(len(own)), key=[keys[i] for i in own].__getitem__)
            own, values = [own[j] for j in ranked], [values[j] for j in ranked]
        ids.append(array("i", own))
        weights.append(array("d", [w / norm for w in values]))
    return df, list(vocabulary), ids, weights


def pairs(weighted: Weighted, floor: float = MIN_SIMILARITY) -> Iterator[tuple[int, int, float]]:
    """(a, b, cosine) for the pairs a < b that share an indexed feature (never all pairs), at least `floor`, in order,
    summed one article at a time from the index's weights: only the pairs kept are ever held."""
    starts, counts, holders, holder_weights = weighted.starts, weighted.counts, weighted.holders, weighted.holder_weights
    for a in range(len(weighted)):
        row: dict[int, float] = defaultdict(float)
        for i, value in zip(weighted.ids[a], weighted.weights[a]):  # every id kept is indexed
            end = starts[i] + counts[i]
            start = bisect.bisect_right(holders, a, starts[i], end)
            for b, other in zip(holders[start:end], holder_weights[start:end]):
                row[b] += value * other
        for b in sorted(row):
            if row[b] >= floor:
                yield a, b, row[b]


def similarities(weighted: Weighted, floor: float = MIN_SIMILARITY) -> dict[tuple[int, int], float]:
    """Cosine similarity for the pairs that share an indexed feature, at least `floor` (see pairs)."""
    return {(a, b): value for a, b, value in pairs(weighted, floor)}


def evidence(first: Mapping[str, float], second: Mapping[str, float], count: int = 5) -> list[str]:
    """The word pairs that link two articles most strongly."""
    shared = [(first[k] * second[k], k) for k in first.keys() & second.keys() if " " in k]
    return [k for _, k in sorted(shared, reverse=True)[:count]]


def infer(documents: Sequence[Document], lines: Sequence[Sequence[LineWords]] | None = None,
          named: Sequence[Periods] | None = None) -> list[Story]:
    """Stories of articles that share event-specific content, with the shared terms as evidence."""
    if len(documents) < 2:
        return [Story(doc.path, (doc.path,)) for doc in documents]  # nothing to share: no words weighed
    lines = [line_words(doc) for doc in documents] if lines is None else lines
    named = [periods(doc) for doc in documents] if named is None else named
    skip = boilerplate(lines)
    # Read by hash, as the run state reads them (link/story_state.py): no dict of every feature's text.
    weighted = weigh((features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines)), hashed=True)
    firsts, seconds, scores = columns(pairs(weighted))
    timer = _timer(documents, named)  # asked only of the pairs that can matter (see average_link_within)
    clusters = average_link_within(len(documents), firsts, seconds, scores, STORY_THRESHOLD,
                                   lambda k: timer(firsts[k], seconds[k], scores[k]))
    cluster_of = {m: index for index, group in enumerate(clusters) if len(group) > 1 for m in group}
    scored = {(a, b): value for a, b, value in zip(firsts, seconds, scores)
              if a in cluster_of and cluster_of[a] == cluster_of.get(b)}  # the pairs within stories: their evidence
    del firsts, seconds, scores
    stories = []
    for group in clusters:
        paths = tuple(documents[m].path for m in group)
        linked = sorted(((scored.get((x, y), 0.0), x, y) for x in group for y in group if x < y), reverse=True)[:6]
        terms = [t for _, x, y in linked for t in evidence(weighted.vector(x), weighted.vector(y))]
        stories.append(Story(paths[0], paths, tuple(dict.fromkeys(terms))[:8]))
    return stories


def similarity(documents: Sequence[Document], lines: Mapping[str, Sequence[LineWords]] | None = None
               ) -> Callable[[str, str], float]:
    """The cosine of two articles' features, each article's vector built when first asked for: with weights from a
    reference table, two articles' similarity depends on them alone (and on which lines are furniture). -1 when
    their leads name different people, neither naming the other's (a title fight against Rahman, another against
    Thompson): not one occasion, however alike. Places are left to the checks here: within a story, one venue
    placed in two cities is what `place-of` reports."""
    by_path = {doc.path: doc for doc in documents}
    # Every article's line words, and the furniture among them, made when a first vector is asked for (a lone
    # article is compared with none).
    known: dict[str, Sequence[LineWords]] = {}
    furniture: list[frozenset[str]] = []
    vectors: dict[str, dict[str, float]] = {}

    def vector(path: str) -> dict[str, float]:
        if not furniture:
            known.update((doc.path, (lines or {}).get(doc.path) or line_words(doc)) for doc in documents)
            furniture.append(boilerplate(list(known.values())))
        if path not in vectors:
            found = features(by_path[path], known[path], furniture[0])
            raw = {key: w * feature_specificity(key) for key, w in found.items()}
            norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
            vectors[path] = {key: w / norm for key, w in raw.items()}
        return vectors[path]

    people: dict[str, frozenset[str]] = {}
    lowered: dict[str, str] = {}

    def clash(first: str, second: str) -> bool:
        for path in (first, second):
            if path not in people:
                people[path] = lead_people(by_path[path])
        if not people[first] or not people[second]:
            return False  # apart() needs both leads to name someone; no text is lowercased for it
        for path in (first, second):
            if path not in lowered:
                lowered[path] = by_path[path].text.lower()
        return apart(lowered[first], lowered[second], people[first], people[second])

    def cosine(first: str, second: str) -> float:
        if clash(first, second):
            return -1.0
        a, b = vector(first), vector(second)
        if len(b) < len(a):
            a, b = b, a
        return sum(w * b[key] for key, w in a.items() if key in b)

    return cosine


# How a story the user declared was grouped, as its first evidence says; an inferred story's evidence is shared words.
MANIFEST, FRONT_MATTER, FOLDER = "story manifest", "front matter story", "same folder"
DECLARED = frozenset({MANIFEST, FRONT_MATTER, FOLDER})


def declared(story: Story) -> bool:
    """Whether the user grouped the story (manifest, front matter, folder), rather than factlint from shared words."""
    return bool(story.evidence) and story.evidence[0] in DECLARED


def group_stories(documents: Sequence[Document], story_key: str = "story",
                  grouping: Grouping = Grouping(),
                  lines: Mapping[str, Sequence[LineWords]] | None = None,
                  times: Mapping[str, Periods] | None = None,
                  inference: Callable[..., list[Story]] | None = None) -> tuple[Story, ...]:
    """Group articles into stories: a manifest or front matter `story:` where given, folders if asked, else by content
    (`inference`, infer's equal run elsewhere: factlint.engine)."""
    explicit: dict[str, list[str]] = defaultdict(list)
    how: dict[str, str] = {}
    rest = []
    for doc in documents:
        named = grouping.story_of(doc.path)
        if named is not None:
            explicit[named].append(doc.path)
            how[named] = MANIFEST
        elif doc.meta.get(story_key):
            explicit[str(doc.meta[story_key])].append(doc.path)
            how.setdefault(str(doc.meta[story_key]), FRONT_MATTER)
        elif grouping.by is StoryBy.FOLDER:
            folder = str(PurePath(doc.path).parent)
            explicit[folder].append(doc.path)
            how.setdefault(folder, FOLDER)
        else:
            rest.append(doc)
    stories = [Story(key, tuple(paths), (how[key],)) for key, paths in sorted(explicit.items())]
    # Line words and periods computed earlier (read from the cache) stand in for computing them again.
    # A lone article is a story of its own: nothing of it is weighed (infer), so nothing is made for it here.
    alone = len(rest) < 2
    stories.extend((inference or infer)(
        rest, None if lines is None or alone else [lines.get(doc.path) or line_words(doc) for doc in rest],
        None if times is None or alone else [times[doc.path] if doc.path in times else periods(doc) for doc in rest]))
    return tuple(stories)
