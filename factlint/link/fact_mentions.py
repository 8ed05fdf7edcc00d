"""The event mention each fact attaches to: the event word of its clause (a word of the event vocabulary, else the verb
or noun that heads the clause), with the clause's own time expression and the names it holds (its participants and
place). A sentence is cut into clauses once (link/participants.py's clause model) and every fact of it reads that."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Mapping, Sequence

from factlint.extract.morphology import base, root
from factlint.extract.sentences import sentence_at
from factlint.extract.verbs import DETERMINERS, FUNCTION, WEEKDAY_OR_MONTH, is_verb
from factlint.link.participants import PLACE_AFTER, TOKEN, clauses, place_name
from factlint.model import Document, EventMention, Fact, FactKind
from factlint.rulebook.geography import geography


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


def _sentence(doc: Document, offset: int, dates: Sequence[Fact]) -> _Sentence:
    start, end = sentence_at(doc.text, offset)
    tokens = tuple((m.group(), m.start(), m.end()) for m in TOKEN.finditer(doc.text, start, end))
    inside = [d for d in dates if start <= d.span.start < end]
    in_timex = {i for i, (_, lo, hi) in enumerate(tokens) if any(d.span.start <= lo and hi <= d.span.end for d in inside)}
    clause_of = tuple(clauses(list(tokens), in_timex))
    starts = tuple(t[1] for t in tokens)
    by_clause: dict[int, list[Fact]] = {}
    for date in inside:
        at = max(bisect.bisect_right(starts, date.span.start) - 1, 0)
        if clause_of:
            by_clause.setdefault(clause_of[at], []).append(date)
    return _Sentence(start, end, tokens, clause_of, starts, {k: tuple(v) for k, v in by_clause.items()})


def _content(token: str, index: int) -> bool:
    """Whether a token may head a clause's event: a lowercase word that is no function word, month or weekday."""
    return (token[:1].isalpha() and token[:1].islower() and len(token) > 2 and token not in FUNCTION
            and token not in ADVERBS and not token.endswith("ly") and not WEEKDAY_OR_MONTH.match(token))


def _head(sentence: _Sentence, clause: int, fact: Fact, kinds: Mapping[str, str]) -> int | None:
    """The token that heads a fact's clause as its event: the vocabulary's event word nearest the fact, else the
    nearest verb, else the nearest noun derived from a verb ("the suspension"), else the nearest noun after a
    determiner; None when the clause holds none (a fragment, a quotation's adjectives)."""
    words = [t for t, _, _ in sentence.tokens]
    members = [i for i, number in enumerate(sentence.clause_of) if number == clause and _content(words[i], i)]
    if not members:
        return None

    def distance(index: int) -> int:
        _, lo, hi = sentence.tokens[index]
        return 0 if lo < fact.span.end and fact.span.start < hi else max(lo - fact.span.end, fact.span.start - hi)

    events = [i for i in members if root(words[i].lower()) in kinds or base(words[i].lower()) in kinds]
    if events:
        return min(events, key=lambda i: (distance(i), i))
    verbs = [i for i in members if is_verb(words, i) or _after_subject(words, i)]
    if verbs:
        return min(verbs, key=lambda i: (distance(i), i))
    # A noun derived from a verb ("negotiations"), else one a determiner opens ("the toll", "a two-day visit").
    derived = [i for i in members if root(words[i].lower()) != base(words[i].lower())]
    nouns = [i for i in members if any(w.lower() in DETERMINERS for w in words[max(i - 2, 0):i])]
    return min(derived or nouns, key=lambda i: (distance(i), i)) if derived or nouns else None


def _after_subject(words: list[str], index: int) -> bool:
    """A present-tense verb right after a subject pronoun, an adverb between ("they still disagree", "she says")."""
    before = [w.lower() for w in words[max(index - 2, 0):index]]
    return bool(before) and (before[-1] in SUBJECTS or len(before) == 2 and before[0] in SUBJECTS
                             and before[1] in ADVERBS)


def _clause_date(sentence: _Sentence, clause: int, fact: Fact) -> Fact | None:
    """The date of the fact's own clause nearest it (not the fact itself)."""
    best: tuple[int, Fact] | None = None
    for date in sentence.dates.get(clause, ()):
        if date.span.start < fact.span.end and fact.span.start < date.span.end:
            continue
        gap = max(date.span.start - fact.span.end, fact.span.start - date.span.end)
        if best is None or gap < best[0]:
            best = (gap, date)
    return best[1] if best else None


def _places(text: str, sentence: _Sentence, clause: int) -> frozenset[str]:
    """The settlements (cities and towns the gazetteer knows; no state or country, which a clause names of its
    participants as much as of a venue: "the leadership in Armenia") a clause says something happened in ("in Oakland")."""
    spans = [(lo, hi) for (_, lo, hi), number in zip(sentence.tokens, sentence.clause_of) if number == clause]
    found = set()
    for match in PLACE_AFTER.finditer(text, spans[0][0], spans[-1][1]):
        if not match.group().startswith("in"):
            continue  # "at Wilson and Sheridan", "near Castlereagh": streets and corners share cities' names
        name = place_name(match.group(1).split())
        if name and name in geography().cities and geography().region(name) is None:
            found.add(name)
    return frozenset(found)


def attach(doc: Document, facts: Sequence[Fact], dates: Sequence[Fact],
           kinds: Mapping[str, str]) -> dict[Fact, tuple[EventMention | None, Fact | None]]:
    """Each fact of one article with the event mention of its clause and that clause's own date (a date fact), if
    any. `dates`: the article's date facts in text order; `kinds`: the event kind of each vocabulary root."""
    out: dict[Fact, tuple[EventMention | None, Fact | None]] = {}
    cut: dict[int, _Sentence] = {}
    for fact in facts:
        start, _ = sentence_at(doc.text, fact.span.start)
        sentence = cut.get(start)
        if sentence is None:
            sentence = cut[start] = _sentence(doc, fact.span.start, dates)
        if not sentence.tokens:
            out[fact] = (None, None)
            continue
        at = max(bisect.bisect_right(sentence.starts, fact.span.start) - 1, 0)
        clause = sentence.clause_of[at]
        date = None if fact.kind in (FactKind.DATE, FactKind.TIME) else _clause_date(sentence, clause, fact)
        head = _head(sentence, clause, fact, kinds)
        if head is None:
            out[fact] = (None, date)
            continue
        word, lo, hi = sentence.tokens[head]
        names = frozenset(t.lower() for i, (t, _, _) in enumerate(sentence.tokens) if sentence.clause_of[i] == clause
                          and i and t[:1].isupper() and t.lower() not in FUNCTION and not WEEKDAY_OR_MONTH.match(t))
        mention = EventMention(word, root(word.lower()), lo, hi, kinds.get(root(word.lower()), ""),
                               date.value if date else None, date.text if date else None, names,
                               _places(doc.text, sentence, clause))
        out[fact] = (mention, date)
    return out
