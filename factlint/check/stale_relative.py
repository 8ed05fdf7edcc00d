"""Check kind `stale-relative`: a copied sentence whose relative time ("last month") names different times in two articles."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple, Sequence


from factlint import lazyre
from factlint.check.cite import place
from factlint.check.scope import groups
from factlint.extract.sentences import sentence_at
from factlint.link.features import title_case
from factlint.model import ArticleTime, Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "stale-relative"
FIELDS = frozenset({"text", "other_text", "other_place", "unit", "gap", "when", "other_when"})
NEEDS: frozenset[FactKind] = frozenset()  # fact kinds read besides the rule's own
_WORD = lazyre.compile(r"\p{L}[\p{L}\p{M}'’-]*|\d+")
_COMMON = frozenset("""a an the of in on at to for and or but by with from as is was were be been has had
    have that this which who it its their his her they he she however also""".split())
# Day and week are only told apart by dates the articles carry themselves; a date taken from
# the story or placed through a reference is only good to the month.
_FINE_UNITS = frozenset({"day", "week"})
_CALENDAR = "calendar"
_OWN = "its own date"
_MAX_BUCKET = 50


@dataclass(frozen=True)
class Options:
    """`min_overlap`: share of the longer sentence's words the two must share to count as copies;
    `min_words`: shortest sentence (in content words) considered background worth comparing;
    `recurring_after`: articles written more than this many of the expression's units apart (a "today" a month
    on) use the words as a recurring formula ("effective today", "set a tender today") about a new occurrence,
    not as copied background (0: never)."""

    min_overlap: float = 0.7
    min_words: int = 6
    recurring_after: int = 7


def _words(item: LinkedFact, corpus: Corpus) -> frozenset[str]:
    doc = corpus.documents[item.fact.span.path]
    start, end = sentence_at(doc.text, item.fact.span.start)
    text = doc.text[start:item.fact.span.start] + " " + doc.text[item.fact.span.end:end]
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in _COMMON)


_MARKS = '"“”«»'
_MARK = lazyre.compile(f"[{_MARKS}]")


class QuoteMarks:
    """Where each quotation mark stands in each article, found once per article, so asking is a bisection."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._found: dict[str, dict[str, list[int]]] = {}

    def between(self, path: str, mark: str, start: int, end: int) -> tuple[int, int]:
        """How many `mark`s stand in text[start:end] of the article, and the offset of the last (-1 if none)."""
        if path not in self._found:
            text = self.corpus.documents[path].text
            found: dict[str, list[int]] = {m: [] for m in _MARKS}
            for match in _MARK.finditer(text):
                found[match.group()].append(match.start())
            self._found[path] = found
        offsets = self._found[path][mark]
        first, last = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        return last - first, offsets[last - 1] if last > first else -1


def quoted(item: LinkedFact, corpus: Corpus, marks: QuoteMarks | None = None) -> bool:
    """Whether the relative time stands inside a quotation: a speaker's own words keep their own time."""
    marks = marks or QuoteMarks(corpus)
    path, end = item.fact.span.path, item.fact.span.start
    start = end - (item.fact.span.column - 1)  # where the fact's line begins
    if marks.between(path, '"', start, end)[0] % 2 == 1:
        return True
    for opening, closing in (("“", "”"), ("«", "»"), ("»", "«")):
        if marks.between(path, opening, start, end)[1] > marks.between(path, closing, start, end)[1]:
            return True
    return False


class _Sentence(NamedTuple):
    """The words of a fact's sentence around it, and the numbers among them."""

    words: frozenset[str]
    numbers: frozenset[str]


def _sentence(words: frozenset[str]) -> _Sentence:
    return _Sentence(words, frozenset(w for w in words if w.isdigit()))


def _copies(first: _Sentence, second: _Sentence, min_overlap: float) -> bool:
    """Two sentences are copies when they share most words of the longer one and every number."""
    if first.numbers != second.numbers:
        return False
    return len(first.words & second.words) >= min_overlap * max(len(first.words), len(second.words))


def _prefix(words: Sequence[str], min_overlap: float) -> Sequence[str]:
    """The first words (rarest first) of which a copy must hold at least one: a copy shares at least
    ceil(min_overlap * n) of the n words, so it cannot miss all of the first n - ceil(min_overlap * n) + 1."""
    needed = math.ceil(min_overlap * len(words))
    return words[:max(1, min(len(words), len(words) - needed + 1))]


def named(time: ArticleTime, unit: str, shift: int) -> tuple:
    """The period a relative expression names when written at `time`: a day, ISO week, month or year."""
    if unit == "day":
        return (time.date + dt.timedelta(days=shift),)
    if unit == "week":
        return tuple((time.date + dt.timedelta(days=7 * shift)).isocalendar()[:2])
    if unit == "month":
        index = time.date.year * 12 + time.date.month - 1 + shift
        return divmod(index, 12)
    return (time.date.year + shift,)


def _describe(time: ArticleTime) -> str:
    """An article's time as a reader needs it: its own date, or the month it was placed in and how."""
    if time.frame != _CALENDAR:
        return f"undated, {time.source}"
    if time.source == _OWN:
        return time.date.isoformat()
    if time.source == "from its story":
        return f"{time.date.isoformat()} {time.source}"
    return f"{time.date:%B %Y} {time.source}"


def _gap(first: ArticleTime, second: ArticleTime) -> str:
    days = abs((first.date - second.date).days)
    if days >= 45:
        return f"about {round(days / 30.4)} months"
    if days >= 25:
        return "about a month"
    return f"{days} day{'s' if days != 1 else ''}"


# Days in each unit a relative expression names.
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.25}


_SENTENCE_END = (".", "!", "?", '"', "”", "'", "’")


def _in_lead(item: LinkedFact, corpus: Corpus) -> bool:
    """Whether a statement is in its article's lead, the first sentence of its first line that is a sentence (not
    a headline or a time stamp): the article's own news, whose relative times count from its own date, however
    many earlier articles wrote the same words (a weekly auction "next week")."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return False
    at = doc.body_start
    for line in doc.text[doc.body_start:].split("\n"):
        stripped = line.strip()
        if stripped and stripped.endswith(_SENTENCE_END) and not title_case(stripped):
            start = at + line.index(stripped[0])
            return sentence_at(doc.text, start) == sentence_at(doc.text, item.fact.span.start)
        at += len(line) + 1
    return False


def _stale(a: LinkedFact, b: LinkedFact, corpus: Corpus, recurring_after: int = 0) -> bool:
    first, second = corpus.times.get(a.fact.span.path), corpus.times.get(b.fact.span.path)
    if first is None or second is None or first.frame != second.frame:
        return False
    unit, shift = a.fact.attr("relative"), int(a.fact.attr("shift", "0"))
    if unit in _FINE_UNITS and not (first.source == second.source == _OWN):
        return False
    if recurring_after and abs((first.date - second.date).days) > recurring_after * _UNIT_DAYS.get(unit, 1.0):
        return False
    return named(first, unit, shift) != named(second, unit, shift)


# What a statement's own article says of it: whether it stands in a quotation, and else its sentence's words.
Looked = tuple[bool, frozenset[str] | None]


def _looked(item: LinkedFact, corpus: Corpus, marks: QuoteMarks) -> Looked:
    if quoted(item, corpus, marks):
        return True, None
    return False, _words(item, corpus)


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus,
          remember: Callable[[LinkedFact, Callable[[], Looked]], Looked] | None = None) -> Iterator[Finding]:
    """One finding at the later article for each copied sentence whose relative time went stale. `remember`: what
    an earlier run read of a statement in an unchanged article, else what the function given reads now (a warm run:
    engine/local.py)."""
    options: Options = rule.options
    marks = QuoteMarks(corpus)

    def look(item: LinkedFact) -> Looked:
        return remember(item, lambda: _looked(item, corpus, marks)) if remember else _looked(item, corpus, marks)

    for group in groups(rule, facts, need_subject=False):
        looked = {id(i): look(i) for i in group if i.fact.attr("relative")}
        items = [i for i in group if i.fact.attr("relative") and not looked[id(i)][0]]
        sentences = {id(i): _sentence(looked[id(i)][1] or frozenset()) for i in items}
        long_enough = [i for i in items if len(sentences[id(i)].words) >= options.min_words]
        # Candidate pairs share one of the rarest words of either sentence (prefix filtering): every pair of
        # copies is among them, and common words never pair everything with everything.
        frequency = Counter((i.fact.attr("relative"), i.fact.attr("shift"), w)
                            for i in long_enough for w in sentences[id(i)].words)
        buckets: dict[tuple[str, str, str], list[LinkedFact]] = defaultdict(list)
        for item in long_enough:
            key = (item.fact.attr("relative"), item.fact.attr("shift"))
            rarest = sorted(sentences[id(item)].words, key=lambda w: (frequency[key + (w,)], w))
            for word in _prefix(rarest, options.min_overlap):
                buckets[key + (word,)].append(item)
        pairs: dict[int, dict[int, LinkedFact]] = defaultdict(dict)
        by_id = {id(i): i for i in items}
        for bucket in buckets.values():
            if len(bucket) > _MAX_BUCKET:
                continue
            for x in bucket:
                for y in bucket:
                    if x.fact.span.path < y.fact.span.path:
                        pairs[id(x)][id(y)] = y
        found: dict[int, list[LinkedFact]] = defaultdict(list)
        for x_id, others in pairs.items():
            x = by_id[x_id]
            for y in others.values():
                if not _copies(sentences[id(x)], sentences[id(y)], options.min_overlap):
                    continue
                if not _stale(x, y, corpus, options.recurring_after):
                    continue
                earlier, later = sorted((x, y), key=lambda i: (corpus.times[i.fact.span.path].date, i.fact.span))
                if not _in_lead(later, corpus):
                    found[id(later)].append(earlier)
        for later_id in sorted(found, key=lambda k: by_id[k].fact.span):
            later = by_id[later_id]
            others = sorted(found[later_id], key=lambda i: i.fact.span)
            first = others[0]
            here, there = corpus.times[later.fact.span.path], corpus.times[first.fact.span.path]
            fields = {
                "text": later.fact.text, "other_text": first.fact.text,
                "other_place": ", ".join(place(o, later) for o in others),
                "unit": later.fact.attr("relative"), "gap": _gap(here, there),
                "when": _describe(here), "other_when": _describe(there),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}", written {_describe(corpus.times[o.fact.span.path])}')
                            for o in others)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), later.fact.span, related)
