"""References back in time: a sentence tied to an earlier time ("last month") that describes the event another
article reports, in another story or in an earlier episode of its own."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping, NamedTuple, Sequence

import regex

from factlint import lazyre
from factlint.extract.sentences import sentence_at, sentence_starts
from factlint.extract.timex import TimexType, find_timexes
from factlint.link.features import _STOPWORDS, _WORD
from factlint.model import Document, Story

# How far back each relative expression points: (months, days).
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3}
_BACK = lazyre.compile(
    r"^(?:(?:last|previous|past)\s+(?P<unit>month|year|week)"
    r"|(?P<count>a|one|two|three|four|five|six|\d+)\s+(?P<many>months?|years?|weeks?)\s+ago)$"
)
MIN_SHARED = 3
# A sentence sharing this much of its wording with one sentence of the other story is copied
# background (the very thing that goes stale), not a description of that story's event.
COPIED = 0.5
# A word pair held by more articles than this names no one event (and would make matching quadratic).
MAX_ARTICLES_PER_TERM = 40


@dataclass(frozen=True)
class Reference:
    """A sentence of one article about the event another article reports (`target_path`, of story `target`), and
    how far back it places that event."""

    path: str
    start: int
    end: int
    anchor: str
    story: str
    target: str
    months: int
    days: int
    evidence: tuple[str, ...]
    line: int = 0
    target_path: str = ""

    @property
    def within(self) -> bool:
        """Whether the event it points back to is its own story's (an earlier episode of it)."""
        return self.story == self.target


def back(anchor_key: str) -> tuple[int, int] | None:
    """How far back a relative expression points, as (months, days); None if it is not relative."""
    match = _BACK.match(anchor_key)
    if not match:
        return None
    unit = match.group("unit") or match.group("many").rstrip("s")
    count = 1 if match.group("unit") else int(_NUMBERS.get(match.group("count"), match.group("count")))
    return {"month": (count, 0), "year": (12 * count, 0), "week": (0, 7 * count)}[unit]


def _content(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return [w for w in words if w not in _STOPWORDS and len(w) > 2]


def _pairs(text: str) -> set[str]:
    content = _content(text)
    return {f"{a} {b}" for a, b in zip(content, content[1:])}


def _pairs_among(text: str, vocabulary: frozenset[str]) -> set[str]:
    """The word pairs of text whose two words both lie in vocabulary (the only pairs a caller can use)."""
    content = _content(text)
    return {f"{a} {b}" for a, b in zip(content, content[1:]) if a in vocabulary and b in vocabulary}


def _sentences(doc: Document) -> list[tuple[int, int]]:
    spans = []
    for start in sentence_starts(doc.text):
        if start >= doc.body_start:
            spans.append(sentence_at(doc.text, start))
    return sorted(set(spans))


class _Candidate(NamedTuple):
    """A sentence tied to an earlier time: its words besides the time expression, and all its words."""

    doc: Document
    story: str
    start: int
    end: int
    anchor: str
    key: str
    pairs: set[str]
    own_pairs: set[str]


# Every relative expression `back` reads holds one of these words: only their sentences are searched for one.
_BACK_WORD = lazyre.compile(r"\b(?:last|previous|past|ago)\b", regex.I)


# Where a candidate sentence stands and what ties it back: (start, end, at, until, anchor, key) — the sentence, its
# relative time expression's span and text, and the key `back` reads. One article's alone, so it is cached.
Spans = tuple[tuple[int, int, int, int, str, str], ...]


def candidate_spans(doc: Document) -> Spans:
    """The sentences of one article tied to an earlier time by a relative expression ("last month")."""
    found = []
    seen = set()
    for hint in _BACK_WORD.finditer(doc.text, doc.body_start):
        start, end = sentence_at(doc.text, hint.start())
        if (start, end) in seen:
            continue
        seen.add((start, end))
        begin = max(start, doc.body_start)
        for timex in find_timexes(doc.text[begin:end], None):
            key = " ".join(timex.text.lower().split()).removesuffix("'s").removeprefix("the ")
            if timex.type is TimexType.DATE and back(key):
                found.append((start, end, begin + timex.start, begin + timex.end, timex.text, key))
                break
    return tuple(found)


def encode_spans(spans: Spans) -> str:
    """Candidate spans as compact JSON, for the cache."""
    return json.dumps([list(span) for span in spans], ensure_ascii=False, separators=(",", ":"))


def decode_spans(payload: str) -> Spans:
    """Candidate spans back from encode_spans; ValueError if the payload is malformed."""
    try:
        return tuple((int(start), int(end), int(at), int(until), str(anchor), str(key))
                     for start, end, at, until, anchor, key in json.loads(payload))
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed cached reference candidates: {error}") from error


def _candidates(doc: Document, story: str, spans: Spans | None = None) -> list[_Candidate]:
    """The candidate sentences of one article (its spans where already known) with their word pairs."""
    found = []
    for start, end, at, until, anchor, key in candidate_spans(doc) if spans is None else spans:
        remainder = doc.text[start:at] + " " + doc.text[until:end]
        found.append(_Candidate(doc, story, start, end, anchor, key, _pairs(remainder), _pairs(doc.text[start:end])))
    return found


def find_references(documents: Sequence[Document], stories: Sequence[Story],
                    spans: Mapping[str, Spans] | None = None) -> tuple[Reference, ...]:
    """Sentences whose relative past time and specific wording point at the event another article reports.

    A sentence refers to the article sharing most of its word pairs when it shares at least MIN_SHARED of them, more
    than its own article's other sentences hold, and is no copy of one of that article's sentences (copied
    background is what goes stale, not a new report). Two passes: the candidate sentences first, then the other
    sentences' word pairs, of which only those a candidate holds are kept. `spans`: each article's candidate spans
    where already known (the cache holds them)."""
    return references_of(resolve(documents, spans), documents, stories)


@dataclass(frozen=True)
class Found:
    """One candidate sentence, its word pairs, and the article it refers to (None: none), with the shared pairs."""

    path: str
    start: int
    end: int
    anchor: str
    key: str
    pairs: frozenset[str]
    own_pairs: frozenset[str]
    target: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Resolved:
    """What references hang on, by article alone (no story is read): each article's candidates with what they refer
    to; the word pairs looked for (`wanted`: every candidate's, and maybe more, which changes nothing: only a
    candidate's pairs are ever asked about); and each such pair's holders (sorted paths)."""

    found: Mapping[str, tuple[Found, ...]]
    wanted: frozenset[str]
    holders: Mapping[str, tuple[str, ...]]
    whole: bool = True  # False: one article alone, whose candidates were not read


def sentence_pairs(doc: Document, wanted: frozenset[str], vocabulary: frozenset[str]) -> list[set[str]]:
    """The wanted word pairs of each of an article's sentences that holds any."""
    out = []
    for start, end in _sentences(doc):
        pairs = _pairs_among(doc.text[start:end], vocabulary) & wanted
        if pairs:
            out.append(pairs)
    return out


def vocabulary_of(wanted: frozenset[str]) -> frozenset[str]:
    return frozenset(w for t in wanted for w in t.split())


def resolve(documents: Sequence[Document], spans: Mapping[str, Spans] | None = None) -> Resolved:
    """Every article's candidates and what each refers to (see find_references)."""
    if len(documents) < 2:
        return Resolved({}, frozenset(), {}, whole=False)  # a reference points at another article: one alone holds none
    known = spans or {}
    candidates = [c for doc in documents for c in _candidates(doc, "", known.get(doc.path))]
    if not candidates:
        return Resolved({}, frozenset(), {})
    wanted = frozenset(t for c in candidates for t in c.pairs | c.own_pairs)
    vocabulary = vocabulary_of(wanted)
    sentences: dict[str, list[set[str]]] = {}
    for doc in documents:
        found = sentence_pairs(doc, wanted, vocabulary)
        if found:
            sentences[doc.path] = found
    holders: dict[str, list[str]] = defaultdict(list)
    for path in sorted(sentences):
        for term in {t for pairs in sentences[path] for t in pairs}:
            holders[term].append(path)
    frozen = {term: tuple(paths) for term, paths in holders.items()}
    found: dict[str, list[Found]] = defaultdict(list)
    for c in candidates:
        found[c.doc.path].append(refer(c, frozen, sentences.get(c.doc.path, []), sentences.get))
    return Resolved({path: tuple(items) for path, items in found.items()}, wanted, frozen)


def refer(c: _Candidate, holders: Mapping[str, Sequence[str]], own_sentences: Sequence[set[str]], sentences_of
          ) -> Found:
    """What one candidate refers to: the article sharing most of its pairs (see find_references)."""
    terms = Counter(t for pairs in own_sentences for t in pairs)
    own = {t for t in c.pairs if terms[t] - (t in c.own_pairs) > 0}
    shared: dict[str, list[str]] = defaultdict(list)
    for term in sorted(c.pairs):
        held = holders.get(term, ())
        if len(held) <= MAX_ARTICLES_PER_TERM:
            for other in held:
                if other != c.doc.path:
                    shared[other].append(term)
    target, evidence = None, ()
    if shared:
        best, terms_shared = max(shared.items(), key=lambda item: (len(item[1]), item[0]))
        copied = any(len(c.own_pairs & other) >= COPIED * max(1, len(c.own_pairs)) for other in sentences_of(best) or ())
        if len(terms_shared) >= MIN_SHARED and len(terms_shared) > len(own) and not copied:
            target, evidence = best, tuple(terms_shared)
    return Found(c.doc.path, c.start, c.end, c.anchor, c.key, frozenset(c.pairs), frozenset(c.own_pairs), target,
                 evidence)


def references_of(resolved: Resolved, documents: Sequence[Document], stories: Sequence[Story]
                  ) -> tuple[Reference, ...]:
    """The references, in the order of the articles and their sentences, with the stories they lie in."""
    story_of = {path: story.id for story in stories for path in story.paths}
    out = []
    for doc in documents:
        for item in resolved.found.get(doc.path, ()):
            if item.target is not None:
                months, days = back(item.key)
                out.append(Reference(doc.path, item.start, item.end, item.anchor, story_of.get(doc.path, doc.path),
                                     story_of.get(item.target, item.target), months, days, item.evidence[:6],
                                     doc.position(item.start)[0], item.target))
    return tuple(out)
