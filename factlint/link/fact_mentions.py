"""The event mention each fact attaches to: the event word of its clause (a word of the event vocabulary, else the verb
or noun that heads the clause), with the clause's own time expression and the names it holds (its participants and
place). A sentence is cut into clauses once (link/participants.py's clause model) and every fact of it reads that."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from factlint.extract.morphology import base, root
from factlint.extract.sentences import sentence_at
from factlint import lazyre
from factlint.extract.verbs import CLAUSE_WORDS, DETERMINERS, FUNCTION, WEEKDAY_OR_MONTH, is_verb
from factlint.link.participants import PLACE_AFTER, TOKEN, clauses, place_name
from factlint.model import Document, EventMention, Fact, FactKind
from factlint.rulebook.geography import geography


# How many characters may stand between a mention's word and the time written as its own ("shooting in the same
# area on Oct. 30").
BESIDE = 24
# A time of day whose text names its day ("Saturday night", "3:18 a.m. Saturday", "early today").
_NAMES_DAY = lazyre.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow)\b"
                            r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\d?/\d\d?")
# Subject pronouns, after which a word is the clause's verb, and the adverbs (and quantifiers) that may stand
# between, which head no event.
SUBJECTS = frozenset("i you he she we they who".split())
ADVERBS = frozenset("still also now already never often again always even ever yet several".split())


@dataclass(frozen=True)
class _Sentence:
    """One sentence cut into tokens and clauses, with the dates (facts) each clause holds."""

    start: int
    end: int
    tokens: tuple[tuple[str, int, int], ...]
    clause_of: tuple[int, ...]
    starts: tuple[int, ...]  # the tokens' start offsets, for bisecting
    dates: Mapping[int, tuple[Fact, ...]]  # clause number: its date facts in text order
    moments: Mapping[int, tuple[Fact, ...]]  # clause number: its dates and times of day (facts)


@dataclass(frozen=True)
class _Clause:
    """What every fact of one clause reads: its candidate heads in order of preference, its names and places."""

    candidates: tuple[int, ...]  # token indices of its first kind of head: vocabulary words, verbs, derived nouns, nouns
    names: frozenset[str]
    places: frozenset[str]


def _sentence(doc: Document, offset: int, dates: Sequence[Fact], times: Sequence[Fact]) -> _Sentence:
    start, end = sentence_at(doc.text, offset)
    tokens = tuple((m.group(), m.start(), m.end()) for m in TOKEN.finditer(doc.text, start, end))
    starts = tuple(t[1] for t in tokens)
    inside = [d for d in dates if start <= d.span.start < end]
    in_timex: set[int] = set()
    for date in inside:
        first = bisect.bisect_left(starts, date.span.start)
        for index in range(first, bisect.bisect_left(starts, date.span.end)):
            if tokens[index][2] <= date.span.end:
                in_timex.add(index)
    clause_of = tuple(clauses(list(tokens), in_timex))
    def by_clause(found: Sequence[Fact]) -> dict[int, tuple[Fact, ...]]:
        out: dict[int, list[Fact]] = {}
        for date in found:
            at = max(bisect.bisect_right(starts, date.span.start) - 1, 0)
            if clause_of:
                out.setdefault(clause_of[at], []).append(date)
        return {k: tuple(v) for k, v in out.items()}

    moments = [t for t in times if start <= t.span.start < end]
    return _Sentence(start, end, tokens, clause_of, starts, by_clause(inside), by_clause(moments))


@functools.lru_cache(maxsize=1 << 15)
def _content(token: str) -> bool:
    """Whether a token may head a clause's event: a lowercase word that is no function word, month or weekday."""
    return (token[:1].isalpha() and token[:1].islower() and len(token) > 2 and token not in FUNCTION
            and token not in ADVERBS and not token.endswith("ly") and not WEEKDAY_OR_MONTH.match(token))


def _clause(text: str, sentence: _Sentence, clause: int, kinds: Mapping[str, str]) -> _Clause:
    """A clause's candidate heads: the vocabulary's event words, else its verbs, else nouns derived from a verb
    ("the suspension", "negotiations"), else nouns a determiner opens ("the toll", "a two-day visit")."""
    words = [t for t, _, _ in sentence.tokens]
    inside = [i for i, number in enumerate(sentence.clause_of) if number == clause]
    members = [i for i in inside if _content(words[i])]
    tests = (lambda i: root(words[i].lower()) in kinds or base(words[i].lower()) in kinds,
             lambda i: is_verb(words, i) or _after_subject(words, i),
             lambda i: root(words[i].lower()) != base(words[i].lower()),
             lambda i: any(w.lower() in DETERMINERS for w in words[max(i - 2, 0):i]))
    # Each kind only when the clause has none of the kinds before it: the first kind found is the one read.
    found = next((chosen for chosen in (tuple(i for i in members if test(i)) for test in tests) if chosen), ())
    names = frozenset(words[i].lower() for i in inside if i and words[i][:1].isupper()
                      and words[i].lower() not in FUNCTION and not WEEKDAY_OR_MONTH.match(words[i]))
    return _Clause(found, names, _places(text, sentence, inside))


def _head(sentence: _Sentence, clause: _Clause, fact: Fact) -> int | None:
    """The token that heads a fact's clause as its event: the first kind of candidate the clause has (see _clause),
    the one nearest the fact; None when the clause holds none (a fragment, a quotation's adjectives)."""

    def distance(index: int) -> tuple[int, int]:
        _, lo, hi = sentence.tokens[index]
        gap = 0 if lo < fact.span.end and fact.span.start < hi else max(lo - fact.span.end, fact.span.start - hi)
        return gap, index

    return min(clause.candidates, key=distance) if clause.candidates else None


def _after_subject(words: list[str], index: int) -> bool:
    """A present-tense verb right after a subject pronoun, an adverb between ("they still disagree", "she says")."""
    before = [w.lower() for w in words[max(index - 2, 0):index]]
    return bool(before) and (before[-1] in SUBJECTS or len(before) == 2 and before[0] in SUBJECTS
                             and before[1] in ADVERBS)


def _clause_date(sentence: _Sentence, clause: int, fact: Fact) -> Fact | None:
    """The date of the fact's own clause nearest it (not the fact itself)."""
    return nearest(fact, sentence.dates.get(clause, ()))


def nearest(fact: Fact, dates: Iterable[Fact]) -> Fact | None:
    """The date nearest a fact among `dates`, the fact itself (or a date overlapping it) left out; the first of two
    as near."""
    best: tuple[int, Fact] | None = None
    for date in dates:
        if date.span.start < fact.span.end and fact.span.start < date.span.end:
            continue
        gap = max(date.span.start - fact.span.end, fact.span.start - date.span.end)
        if best is None or gap < best[0]:
            best = (gap, date)
    return best[1] if best else None


# A name followed by a lowercase word that is no function word modifies that word ("Goose Creek school district").
_MODIFIED = lazyre.compile(rf"\s+(?!(?:{'|'.join(sorted(FUNCTION | CLAUSE_WORDS))})\b)\p{{Ll}}{{3,}}\b")


def _places(text: str, sentence: _Sentence, inside: Sequence[int]) -> frozenset[str]:
    """The settlements (cities and towns the gazetteer knows; no state or country, which a clause names of its
    participants as much as of a venue: "the leadership in Armenia") a clause says something happened in ("in
    Oakland")."""
    if not inside:
        return frozenset()
    found = set()
    for match in PLACE_AFTER.finditer(text, sentence.tokens[inside[0]][1], sentence.tokens[inside[-1]][2]):
        if not match.group().startswith("in") or match.group().split()[1].lower() == "the" or \
                _MODIFIED.match(text, match.end()):
            # "at Wilson and Sheridan", "near Castlereagh": streets and corners share cities' names; "in the Goose
            # Creek school district": a name with an article, or before a noun, is no city's.
            continue
        name = place_name(match.group(1).split())
        if name and name in geography().cities and geography().region(name) is None:
            found.add(name)
    return frozenset(found)


def _event_time(sentence: _Sentence, clause: int, lo: int, hi: int) -> Fact | None:
    """The mention's own time: the date or time of day of its clause written right beside its word ("the May 23
    shooting", "shot Tuesday night", "On Nov. 9, gunfire erupted"), not one of another verb of the clause ("the
    shooting ..., police announced on Wednesday")."""
    best: tuple[int, Fact] | None = None
    for moment in sentence.moments.get(clause, ()):
        if moment.kind is FactKind.TIME and not _NAMES_DAY.search(moment.text):
            continue  # "at 8:20 p.m.": a clock time's day is the tagger's guess, not written
        gap = max(moment.span.start - hi, lo - moment.span.end, 0)
        if gap <= BESIDE and (best is None or gap < best[0]):
            best = (gap, moment)
    return best[1] if best else None


def attach(doc: Document, facts: Sequence[Fact], dates: Sequence[Fact], kinds: Mapping[str, str],
           times: Sequence[Fact] = ()) -> dict[Fact, tuple[EventMention | None, Fact | None]]:
    """Each fact of one article with the event mention of its clause and that clause's own date (a date fact), if
    any. `dates`: the article's date facts in text order; `kinds`: the event kind of each vocabulary root; `times`:
    its dates and times of day, of which the one beside a mention's word is the mention's time."""
    out: dict[Fact, tuple[EventMention | None, Fact | None]] = {}
    cut: dict[int, _Sentence] = {}
    read: dict[tuple[int, int], _Clause] = {}
    for fact in facts:
        start, _ = sentence_at(doc.text, fact.span.start)
        sentence = cut.get(start)
        if sentence is None:
            sentence = cut[start] = _sentence(doc, fact.span.start, dates, times)
        if not sentence.tokens:
            out[fact] = (None, None)
            continue
        at = max(bisect.bisect_right(sentence.starts, fact.span.start) - 1, 0)
        number = sentence.clause_of[at]
        clause = read.get((start, number))
        if clause is None:
            clause = read[(start, number)] = _clause(doc.text, sentence, number, kinds)
        date = None if fact.kind in (FactKind.DATE, FactKind.TIME) else _clause_date(sentence, number, fact)
        head = _head(sentence, clause, fact)
        if head is None:
            out[fact] = (None, date)
            continue
        word, lo, hi = sentence.tokens[head]
        key = root(word.lower())
        when = _event_time(sentence, number, lo, hi)
        out[fact] = (EventMention(word, key, lo, hi, kinds.get(key, ""), when.value if when else None,
                                  when.text if when else None, clause.names, clause.places), date)
    return out


def shown(mention: EventMention) -> str:
    """A mention for a listing: its word and its own time, resolved where the tagger could ("shooting
    @2023-10-30"), else as written ("talks @Thursday")."""
    if not mention.time:
        return mention.word.lower()
    when = mention.time if mention.time[:1].isdigit() else " ".join((mention.time_text or mention.time).split())
    return f"{mention.word.lower()} @{when}"
