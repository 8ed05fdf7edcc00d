"""Stories: groups of articles about one event, explicit or inferred from event-specific shared content."""

from __future__ import annotations

import bisect
import heapq
import math
from array import array
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Container, Iterable, Iterator, Mapping, Sequence

from factlint.link.features import LineWords, boilerplate, features, line_words, periods
from factlint.link.manifest import Grouping, StoryBy
from factlint.model import Document, Story

STORY_THRESHOLD = 0.10
# Two dated articles are of one time when their dates lie this close, or when one names a day or month
# within this much of the other's date (a follow-up naming "the Feb. 3 shooting"). Shared time is evidence
# of one event and raises their similarity; dated articles of different times are less likely to report one
# event and their similarity is lowered. Undated articles are left as they are. (Measured on the GVA, ECB+
# and AllSides clusters: benchmarks/stories.py.)
DATE_GAP_DAYS = 7
SAME_TIME_FACTOR = 1.25
DATE_GAP_FACTOR = 0.4
# Pairs less alike than this are left out of clustering: they never decide a merge (measured on the GVA, ECB+ and
# AllSides clusters, the stories are the same without them) and in a large corpus they are most of the pairs.
MIN_SIMILARITY = 0.02
# A feature held by more articles than this says little about one event and would make
# candidate generation quadratic; it is left out of the index.
MAX_POSTING = 40


@dataclass(frozen=True)
class Weighted:
    """A corpus's idf-weighted, unit-length article vectors as compact arrays of feature ids and weights (the
    features held by one article alone are dropped: they link nothing), and the inverted index of the features rare
    enough to link articles, each with its holders' weights in article order."""

    terms: list[str | None]
    ids: list[array]
    weights: list[array]
    postings: dict[int, tuple[list[int], list[float]]]

    def __len__(self) -> int:
        return len(self.ids)

    def vector(self, position: int, only: Container[int] | None = None) -> dict[str, float]:
        """One article's weighted features by their text (only the ids in `only`, when given)."""
        terms = self.terms
        return {terms[i]: w for i, w in zip(self.ids[position], self.weights[position])  # type: ignore[misc]
                if only is None or i in only}

    def indexed(self, position: int) -> dict[str, float]:
        """The part of one article's vector that the index holds (all that similarities see)."""
        return self.vector(position, self.postings)


def weigh(vectors: Iterable[Mapping[str, float]]) -> Weighted:
    """Idf-weighted, unit-length vectors, and the inverted index of features rare enough to link articles.

    Each raw vector is read once and turned into arrays of ids at once, so a large corpus never holds its raw
    vectors, only one copy of each feature's text."""
    vocabulary: dict[str, int] = {}
    df: list[int] = []
    ids: list[array] = []
    weights: list[array] = []
    for vector in vectors:
        own = array("l")
        for key in vector:
            i = vocabulary.get(key)
            if i is None:
                i = vocabulary[key] = len(df)
                df.append(0)
            df[i] += 1
            own.append(i)
        ids.append(own)
        weights.append(array("d", vector.values()))
    terms: list[str | None] = list(vocabulary)
    del vocabulary
    n = len(ids)
    cap = n if n <= 4 else min(MAX_POSTING, max(2, n // 2))
    idf = [math.log((n + 1) / (count + 0.5)) for count in range(max(df, default=0) + 1)]
    postings: dict[int, tuple[list[int], list[float]]] = {}
    for position in range(n):
        kept = [(i, w * idf[df[i]]) for i, w in zip(ids[position], weights[position]) if df[i] > 1 or n < 3]
        norm = math.sqrt(sum(w * w for _, w in kept)) or 1.0
        ids[position] = array("l", [i for i, _ in kept])
        weights[position] = array("d", [w / norm for _, w in kept])
        for i, w in zip(ids[position], weights[position]):
            if df[i] <= cap:
                if i not in postings:  # not setdefault: that would build two lists for every posting
                    postings[i] = ([], [])
                holders, holder_weights = postings[i]
                holders.append(position)
                holder_weights.append(w)
    if n >= 3:
        for i, count in enumerate(df):
            if count == 1:
                terms[i] = None
    return Weighted(terms, ids, weights, postings)


def similarities(weighted: Weighted, floor: float = MIN_SIMILARITY) -> dict[tuple[int, int], float]:
    """Cosine similarity for the pairs that share an indexed feature (never all pairs), at least `floor`.

    Summed one article at a time from the index's weights, so only the pairs kept are ever held, not every pair
    that shares a word."""
    out: dict[tuple[int, int], float] = {}
    postings = weighted.postings
    for a in range(len(weighted)):
        row: dict[int, float] = defaultdict(float)
        for i, value in zip(weighted.ids[a], weighted.weights[a]):
            posting = postings.get(i)
            if posting is None:
                continue
            holders, holder_weights = posting
            start = bisect.bisect_right(holders, a)
            for b, other in zip(holders[start:], holder_weights[start:]):
                row[b] += value * other
        for b in sorted(row):
            if row[b] >= floor:
                out[(a, b)] = row[b]
    return out


def evidence(first: Mapping[str, float], second: Mapping[str, float], count: int = 5) -> list[str]:
    """The word pairs that link two articles most strongly."""
    shared = [(first[k] * second[k], k) for k in first.keys() & second.keys() if " " in k]
    return [k for _, k in sorted(shared, reverse=True)[:count]]


def average_link(n: int, similarity: Mapping[tuple[int, int], float] | Iterable[tuple[tuple[int, int], float]],
                 threshold: float) -> list[list[int]]:
    """Average-link clustering over a sparse similarity graph (absent pairs count as 0), deterministic.

    The similarities may come as a mapping or as (pair, value) items read once, so no copy is held."""
    members = {i: [i] for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    heap = []
    for (a, b), value in similarity.items() if isinstance(similarity, Mapping) else similarity:
        sums[a][b] = sums[b][a] = value
        if value >= threshold:
            heap.append((-value, a, b, 0, 0))
    version = dict.fromkeys(range(n), 0)
    heapq.heapify(heap)
    while heap:
        negative, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        merged = members.pop(b)
        members[a] = sorted(members[a] + merged)
        version[a] += 1
        neighbours = sums.pop(b)
        neighbours.pop(a, None)
        sums[a].pop(b, None)
        for c, value in neighbours.items():
            sums[c].pop(b, None)
            total = sums[a].get(c, 0.0) + value
            sums[a][c] = sums[c][a] = total
        for c, total in sums[a].items():
            score = total / (len(members[a]) * len(members[c]))
            if score >= threshold:
                first, second = min(a, c), max(a, c)
                heapq.heappush(heap, (-score, first, second, version[first], version[second]))
    return sorted(members.values())


Periods = Sequence[tuple[int, int]]


def _names(periods_named: Periods, day: int) -> bool:
    """Whether an article names a day or month within DATE_GAP_DAYS of a day."""
    for first, last in periods_named:
        if first - DATE_GAP_DAYS <= day <= last + DATE_GAP_DAYS:
            return True
    return False


def _timed(scored: Mapping[tuple[int, int], float], documents: Sequence[Document],
           named: Sequence[Periods]) -> Iterator[tuple[tuple[int, int], float]]:
    """Each pair's similarity, raised for dated articles of one time and lowered for dated articles of different
    times (a loop over every candidate pair, so kept plain)."""
    days = [doc.date.toordinal() if doc.date else None for doc in documents]
    gap, same, apart = DATE_GAP_DAYS, SAME_TIME_FACTOR, DATE_GAP_FACTOR
    for pair, value in scored.items():
        a, b = pair
        day_a, day_b = days[a], days[b]
        if day_a is None or day_b is None:
            yield pair, value
            continue
        one_time = -gap <= day_a - day_b <= gap or _names(named[b], day_a) or _names(named[a], day_b)
        yield pair, value * (same if one_time else apart)


def infer(documents: Sequence[Document], lines: Sequence[Sequence[LineWords]] | None = None,
          named: Sequence[Periods] | None = None) -> list[Story]:
    """Stories of articles that share event-specific content, with the shared terms as evidence."""
    lines = [line_words(doc) for doc in documents] if lines is None else lines
    named = [periods(doc) for doc in documents] if named is None else named
    skip = boilerplate(lines)
    weighted = weigh(features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines))
    scored = similarities(weighted)
    clusters = average_link(len(documents), _timed(scored, documents, named),
                            STORY_THRESHOLD)
    stories = []
    for group in clusters:
        paths = tuple(documents[m].path for m in group)
        linked = sorted(((scored.get((x, y), 0.0), x, y) for x in group for y in group if x < y), reverse=True)[:6]
        terms = [t for _, x, y in linked for t in evidence(weighted.vector(x), weighted.vector(y))]
        stories.append(Story(paths[0], paths, tuple(dict.fromkeys(terms))[:8]))
    return stories


def group_stories(documents: Sequence[Document], story_key: str = "story",
                  grouping: Grouping = Grouping(),
                  lines: Mapping[str, Sequence[LineWords]] | None = None,
                  times: Mapping[str, Periods] | None = None) -> tuple[Story, ...]:
    """Group articles into stories: a manifest or front matter `story:` where given, folders if asked, else by content."""
    explicit: dict[str, list[str]] = defaultdict(list)
    how: dict[str, str] = {}
    rest = []
    for doc in documents:
        named = grouping.story_of(doc.path)
        if named is not None:
            explicit[named].append(doc.path)
            how[named] = "story manifest"
        elif doc.meta.get(story_key):
            explicit[str(doc.meta[story_key])].append(doc.path)
            how.setdefault(str(doc.meta[story_key]), "front matter story")
        elif grouping.by is StoryBy.FOLDER:
            folder = str(PurePath(doc.path).parent)
            explicit[folder].append(doc.path)
            how.setdefault(folder, "same folder")
        else:
            rest.append(doc)
    stories = [Story(key, tuple(paths), (how[key],)) for key, paths in sorted(explicit.items())]
    # Line words and periods computed earlier (read from the cache) stand in for computing them again.
    stories.extend(infer(rest, None if lines is None else [lines.get(doc.path) or line_words(doc) for doc in rest],
                         None if times is None else [times[doc.path] if doc.path in times else periods(doc)
                                                     for doc in rest]))
    return tuple(stories)
