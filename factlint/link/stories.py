"""Stories: groups of articles about one event, explicit or inferred from event-specific shared content."""

from __future__ import annotations

import hashlib
import heapq
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable, Mapping, Sequence

import regex

from factlint.extract.sentences import sentence_at
from factlint.link.instances import DISTANT
from factlint.link.manifest import Grouping, StoryBy
from factlint.model import Document, Story

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*\p{L}|\d[\d,.]*\d|\d")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own same she should
    so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    said says say told added according news reported report reporters statement statements
    mr mrs ms one two new year years week weeks day days month months time people""".split()
)
LEAD_SHARE = 0.5
TAIL_WEIGHT = 0.25
# Single words weigh as much as word pairs: names and places are single words more often than not.
WORD_WEIGHT = 1.0
# The headline names the event more plainly than any other line.
TITLE_WEIGHT = 2.0
STORY_THRESHOLD = 0.10
# A line found verbatim in this many articles is site furniture (menus, copyright, widgets),
# not news: too common for a single story's wire copy in any real corpus we measured.
BOILERPLATE_LINES = 4
# Articles dated further apart than this are less likely to report the same event.
DATE_GAP_DAYS = 7
DATE_GAP_FACTOR = 0.5
_TITLE_SUFFIX = regex.compile(r"\s+(?:[-|–—]|::)\s+[^-|–—:]{0,80}$")
# A feature held by more articles than this says little about one event and would make
# candidate generation quadratic; it is left out of the index.
MAX_POSTING = 40


def _lines(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty body line."""
    out, position = [], doc.body_start
    for line in doc.body.split("\n"):
        if line.strip():
            out.append((position, line))
        position += len(line) + 1
    return out


def _normal(line: str) -> str:
    return " ".join(line.lower().split())


@dataclass(frozen=True)
class LineWords:
    """One non-empty body line: where it starts, a digest of its normal form, its content words as a body line."""

    base: int
    digest: str
    # Space-separated (no content word holds a space): one string per line keeps a cached corpus small.
    words: str


def _digest(normal: str) -> str:
    return hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _content(doc: Document, base: int, line: str) -> list[str]:
    """The content words of one line, leaving out sentences about another time."""
    # Sentences about another time ("last month", "in 2016") describe background, not the event.
    distant = [sentence_at(doc.text, base + m.start()) for m in DISTANT.finditer(line)]
    if distant:
        words = [m.group().lower() for m in _WORD.finditer(line) if not any(s <= base + m.start() < e for s, e in distant)]
    else:
        words = [w.lower() for w in _WORD.findall(line)]
    return [w for w in words if w not in _STOPWORDS and len(w) > 2]


def line_words(doc: Document) -> tuple[LineWords, ...]:
    """Everything story features need from one article alone, so it can be cached per document."""
    return tuple(LineWords(base, _digest(_normal(line)), " ".join(_content(doc, base, line))) for base, line in _lines(doc))


def encode_lines(lines: Sequence[LineWords]) -> str:
    """Line words as compact JSON, for the cache."""
    return json.dumps([[line.base, line.digest, line.words] for line in lines], ensure_ascii=False, separators=(",", ":"))


def decode_lines(payload: str) -> tuple[LineWords, ...]:
    """Line words back from encode_lines; ValueError if the payload is malformed."""
    try:
        return tuple(LineWords(int(base), str(digest), str(words)) for base, digest, words in json.loads(payload))
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed cached line words: {error}") from error


def boilerplate(lines: Sequence[Sequence[LineWords]]) -> frozenset[str]:
    """Digests of lines repeated verbatim across so many articles that they cannot be one story's news."""
    counts = Counter(digest for doc_lines in lines for digest in {line.digest for line in doc_lines})
    return frozenset(digest for digest, count in counts.items() if count >= BOILERPLATE_LINES)


def features(doc: Document, lines: Sequence[LineWords] | None = None, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Word pairs and words of the article, weighted by place: the lead counts fully, background less."""
    seen: set[str] = set()
    kept: list[LineWords] = []
    for line in line_words(doc) if lines is None else lines:
        if line.digest not in skip and line.digest not in seen:
            seen.add(line.digest)
            kept.append(line)
    found: dict[str, float] = {}
    lead = max(3, math.ceil(len(kept) * LEAD_SHARE))
    for rank, line in enumerate(kept):
        weight = TITLE_WEIGHT if rank == 0 else 1.0 if rank < lead else TAIL_WEIGHT
        content = line.words.split() if rank else _content(doc, line.base, _TITLE_SUFFIX.sub("", _line_at(doc.text, line.base)))
        for first, second in zip(content, content[1:]):
            key = f"{first} {second}"
            found[key] = max(found.get(key, 0.0), weight)
        for word in content:
            found[word] = max(found.get(word, 0.0), weight * WORD_WEIGHT)
    return found


def _line_at(text: str, base: int) -> str:
    end = text.find("\n", base)
    return text[base:] if end < 0 else text[base:end]


def weigh(vectors: list[dict[str, float]]) -> tuple[list[dict[str, float]], dict[str, list[int]]]:
    """Idf-weighted, unit-length vectors, and the inverted index of features rare enough to link articles.

    Each weighted vector takes its raw vector's place in the list, so a large corpus never holds both."""
    df = Counter(key for vector in vectors for key in vector)
    n = len(vectors)
    cap = n if n <= 4 else min(MAX_POSTING, max(2, n // 2))
    for position, vector in enumerate(vectors):
        kept = {k: w * math.log((n + 1) / (df[k] + 0.5)) for k, w in vector.items() if df[k] > 1 or n < 3}
        norm = math.sqrt(sum(w * w for w in kept.values())) or 1.0
        vectors[position] = {k: w / norm for k, w in kept.items()}
    weighted = vectors
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(weighted):
        for key in vector:
            if df[key] <= cap:
                index[key].append(i)
    return weighted, index


def similarities(weighted: Sequence[Mapping[str, float]], index: Mapping[str, list[int]]) -> dict[tuple[int, int], float]:
    """Cosine similarity for the pairs that share an indexed feature (never all pairs)."""
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for key in sorted(index):
        holders = index[key]
        for a_pos, a in enumerate(holders):
            vector_a = weighted[a]
            for b in holders[a_pos + 1 :]:
                sums[(a, b)] += vector_a[key] * weighted[b][key]
    return dict(sums)


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


def _dated(value: float, documents: Sequence[Document], pair: tuple[int, int]) -> float:
    """Similarity lowered for articles whose own dates lie far apart (undated articles are not penalised)."""
    first, second = documents[pair[0]].date, documents[pair[1]].date
    if first and second and abs((first - second).days) > DATE_GAP_DAYS:
        return value * DATE_GAP_FACTOR
    return value


def infer(documents: Sequence[Document], lines: Sequence[Sequence[LineWords]] | None = None) -> list[Story]:
    """Stories of articles that share event-specific content, with the shared terms as evidence."""
    lines = [line_words(doc) for doc in documents] if lines is None else lines
    skip = boilerplate(lines)
    weighted, index = weigh([features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines)])
    scored = similarities(weighted, index)
    clusters = average_link(len(documents), ((pair, _dated(value, documents, pair)) for pair, value in scored.items()),
                            STORY_THRESHOLD)
    stories = []
    for group in clusters:
        paths = tuple(documents[m].path for m in group)
        linked = sorted(((scored.get((x, y), 0.0), x, y) for x in group for y in group if x < y), reverse=True)[:6]
        terms = [t for _, x, y in linked for t in evidence(weighted[x], weighted[y])]
        stories.append(Story(paths[0], paths, tuple(dict.fromkeys(terms))[:8]))
    return stories


def group_stories(documents: Sequence[Document], story_key: str = "story",
                  grouping: Grouping = Grouping(),
                  lines: Mapping[str, Sequence[LineWords]] | None = None) -> tuple[Story, ...]:
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
    # Line words computed earlier (read from the cache) stand in for computing them again.
    stories.extend(infer(rest, None if lines is None else [lines.get(doc.path) or line_words(doc) for doc in rest]))
    return tuple(stories)
