"""Which facts may be compared: stories of articles, and event instances within them."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Sequence

import regex

from factlint.extract.sentences import sentence_at
from factlint.model import Anchor, Document, Fact, LinkedFact, Story

MAIN_INSTANCE = "main"

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A time expression in a statement's own sentence that points away from the reported event:
# "last month", "in 2016", "last year's", "two years ago", "the first round", "In March".
_DISTANT = regex.compile(
    rf"""\b(?:
        (?:last|previous|past)\s+(?:month|year|spring|summer|autumn|fall|winter|decade)(?:'s)?
      | (?:earlier|later)\s+this\s+(?:year|month)
      | (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:months?|years?|decades?)\s+(?:ago|earlier|before)
      | (?:in|since|during|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d
      | (?:in|since|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?-i:(?:{_MONTHS.title().replace('|', '|')}))\b
      | (?:the\s+)?(?:first|previous|earlier|prior|last|initial)\s+round
      | (?:19|20)\d\d(?:'s)?\s+(?:talks|round|strike|summit|edition|festival|war)
    )\b""",
    regex.I | regex.X,
)


def anchor_of(doc: Document, fact: Fact) -> Anchor | None:
    """The time expression in the fact's own sentence that ties it to another instance, if any."""
    start, end = sentence_at(doc.text, fact.span.start)
    for match in _DISTANT.finditer(doc.text, start, end):
        if match.start() >= fact.span.start and match.end() <= fact.span.end:
            continue
        words = " ".join(match.group().lower().split())
        return Anchor(text=match.group(), key=words.removesuffix("'s"))
    return None


def instance_of(doc: Document, fact: Fact) -> tuple[str, Anchor | None]:
    """The event instance a fact speaks of: the article's main one unless its sentence says otherwise."""
    anchor = anchor_of(doc, fact)
    return (MAIN_INSTANCE, None) if anchor is None else (f"other:{anchor.key}", anchor)


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story]) -> list[LinkedFact]:
    """Place each fact in its story and event instance."""
    story_of = {path: story.id for story in stories for path in story.paths}
    by_path = {doc.path: doc for doc in documents}
    linked = []
    for fact in facts:
        doc = by_path[fact.span.path]
        instance, anchor = instance_of(doc, fact)
        linked.append(LinkedFact(fact, story_of.get(fact.span.path, fact.span.path), instance, anchor))
    return linked


# --- stories -----------------------------------------------------------------------------

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
STORY_THRESHOLD = 0.12


def _features(doc: Document) -> dict[str, float]:
    """Word pairs of the article, weighted by place: the lead counts fully, background less."""
    lines = [(i, line) for i, line in enumerate(doc.body.split("\n")) if line.strip()]
    features: dict[str, float] = {}
    offset_of_line = []
    position = doc.body_start
    for line in doc.body.split("\n"):
        offset_of_line.append(position)
        position += len(line) + 1
    lead = max(3, math.ceil(len(lines) * LEAD_SHARE))
    # One search per sentence, not per word: a single 5 MB sentence must stay linear.
    distant_sentences: dict[tuple[int, int], bool] = {}

    def distant(offset: int) -> bool:
        bounds = sentence_at(doc.text, offset)
        if bounds not in distant_sentences:
            distant_sentences[bounds] = bool(_DISTANT.search(doc.text, *bounds))
        return distant_sentences[bounds]

    for rank, (index, line) in enumerate(lines):
        weight = 1.0 if rank < lead else TAIL_WEIGHT
        base = offset_of_line[index]
        words = [m.group().lower() for m in _WORD.finditer(line) if not distant(base + m.start())]
        content = [w for w in words if w not in _STOPWORDS and len(w) > 2]
        for first, second in zip(content, content[1:]):
            key = f"{first} {second}"
            features[key] = max(features.get(key, 0.0), weight)
        for word in content:
            features[word] = max(features.get(word, 0.0), weight * 0.5)
    return features


def _similarities(vectors: list[dict[str, float]]) -> dict[tuple[int, int], tuple[float, list[str]]]:
    """Cosine similarity of idf-weighted features between every pair that shares one."""
    df = Counter(key for vector in vectors for key in vector)
    n = len(vectors)
    idf = {key: math.log((n + 1) / (count + 0.5)) for key, count in df.items()}
    weighted = [{k: w * idf[k] for k, w in v.items() if df[k] > 1 or n < 3} for v in vectors]
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in weighted]
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(weighted):
        for key in vector:
            index[key].append(i)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    shared: dict[tuple[int, int], list[tuple[float, str]]] = defaultdict(list)
    for key, holders in index.items():
        if len(holders) > max(2, n // 2) and n > 4:
            continue
        for a_pos, a in enumerate(holders):
            for b in holders[a_pos + 1 :]:
                contribution = weighted[a][key] * weighted[b][key]
                sums[(a, b)] += contribution
                if " " in key:
                    shared[(a, b)].append((contribution, key))
    return {
        pair: (total / (norms[pair[0]] * norms[pair[1]]), [k for _, k in sorted(shared[pair], reverse=True)[:5]])
        for pair, total in sums.items()
    }


def group_stories(documents: Sequence[Document], story_key: str = "story") -> tuple[Story, ...]:
    """Group articles into stories: front matter `story:` where given, else by shared specific content."""
    explicit: dict[str, list[str]] = defaultdict(list)
    rest = []
    for doc in documents:
        if doc.meta.get(story_key):
            explicit[str(doc.meta[story_key])].append(doc.path)
        else:
            rest.append(doc)
    stories = [Story(key, tuple(paths), ("front matter story",)) for key, paths in sorted(explicit.items())]
    stories.extend(_infer(rest))
    return tuple(stories)


def _infer(documents: Sequence[Document]) -> list[Story]:
    """Average-link clustering of articles by similarity of their specific content."""
    vectors = [_features(doc) for doc in documents]
    similarity = _similarities(vectors)
    clusters: list[list[int]] = [[i] for i in range(len(documents))]
    evidence: dict[int, list[str]] = defaultdict(list)

    def linkage(a: list[int], b: list[int]) -> float:
        total = sum(similarity.get((min(x, y), max(x, y)), (0.0, []))[0] for x in a for y in b)
        return total / (len(a) * len(b))

    while len(clusters) > 1:
        best, pair = STORY_THRESHOLD, None
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                score = linkage(clusters[i], clusters[j])
                if score >= best:
                    best, pair = score, (i, j)
        if pair is None:
            break
        i, j = pair
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    stories = []
    for members in sorted(clusters):
        paths = tuple(documents[m].path for m in members)
        terms: list[str] = []
        for x in members:
            for y in members:
                if x < y:
                    terms.extend(similarity.get((x, y), (0.0, []))[1])
        keep = tuple(dict.fromkeys(terms))[:8]
        stories.append(Story(paths[0], paths, keep))
    return stories
