"""Event mentions of one article with what anchors them: the clause each sits in, the names and figures of that
clause (its participants and measures), its subject's names, and the days its dated time expression covers; and
when two mentions clash (different participants, figures or times), so cannot be one event instance."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from factlint import lazyre
from factlint.extract.morphology import base, root
from factlint.extract.numbers import parse_number
from factlint.extract.sentences import sentence_starts
from factlint.extract.timex import TimexType, date_interval, find_timexes
from factlint.extract.verbs import FUNCTION, WEEKDAY_OR_MONTH, is_verb
from factlint.model import Document

TOKEN = lazyre.compile(r"\p{L}[\p{L}\p{M}'’&.-]*\p{L}|\p{L}|\d[\d,.]*\d|\d|[,;:()\"“”—–]")
# Words that open a new clause (a comma alone does not: "The Dow, an index of 30 stocks, fell" is one clause).
_CLAUSE_OPENERS = frozenset("""while whereas but because although though when where after before if unless since
    until which who whom whose that""".split())
_BREAKS = frozenset(";:()—–\"“”")
# The pronouns that may stand for an event ("This is the largest drop since 1987", "the crisis, which began").
PRONOUNS = frozenset("this that it which".split())
_AUXILIARY_NEXT = frozenset("is was has had will would could may might".split())
# How far apart two figures may be and still be one figure rounded ("340 points" in a headline, 344.65 after).
FIGURE_TOLERANCE = 0.05
# An undated clause of a news report speaks of the days up to its article's date.
NEWS_WEEK = 7

# Where a clause says something happened: a capitalized name after in, at, near or outside ("a Waitrose store in
# Banstead", "at the SAP Arena"). A name is one to three capitalized words; it ends at a word that ends a sentence
# ("in Moretown. Neither"), though a short abbreviation's dot goes on ("St. Louis"), and at a date word ("in Moretown
# Sunday morning").
PLACE_AFTER = lazyre.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})")
_ABBREVIATION = lazyre.compile(r"\p{Lu}\p{Ll}{0,2}\.")
NOT_PLACES = frozenset("""january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday the a an his her their its this that""".split())

Days = tuple[int, int]  # first and last day, as ordinals


@dataclass(frozen=True)
class Mention:
    """A candidate event mention: a content word with its keys, place in the article and anchors."""

    start: int
    end: int
    word: str
    base: str  # the inflection's base ("fell" fall)
    root: str  # the derivation's root ("suspension" suspend)
    sentence: int  # the index of its sentence in the article's body
    names: frozenset[str]  # the capitalized names of its clause, not the word itself
    figures: frozenset[float]  # the numbers of its clause that are no dates
    time: Days | None  # the days of its clause's dated time expression, if any
    verb: bool  # read as a verb of its clause ("fell"), not a noun ("the fall")
    clause: int  # the number of its clause in its sentence
    aside: bool  # between two commas of its clause (an apposition: "the Dow, an index used to gauge ..., fell")
    before: str  # the word (or mark) before it, lowercased; "" at a sentence's start
    pronoun: bool = False  # "this", "that", "it", "which": an anaphor, never joined by its word
    verb_next: bool = False  # followed by a verb ("This is", "It closed"); a pronoun, by no noun ("announced this.")


@dataclass(frozen=True)
class Article:
    """An article's mentions in text order, its date's days and the number of its lead sentence."""

    path: str
    mentions: tuple[Mention, ...]
    date: int | None  # the article's date as an ordinal
    lead: frozenset[int]  # the headline and first sentence (the sentences that state the article's event)
    topic: frozenset[str] = frozenset()  # names in a third of its sentences or more: its protagonists, no evidence


def _timexes(doc: Document) -> list[tuple[int, int, Days]]:
    out = []
    for timex in find_timexes(doc.text, doc.date):
        if timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        days = date_interval(timex.value)
        if days:
            out.append((timex.start, timex.end, (int(days[0]), int(days[1]))))
    return out


def clauses(tokens: list[tuple[str, int, int]], in_timex: set[int]) -> list[int]:
    """The clause number of each token of a sentence. A word that may open a clause is a preposition before a time
    ("fighting cancer since 2004", "closed until Friday"): no new clause. A bracket is an aside of its own, after
    which its clause goes on ("its profit dropped to 2.6 billion euros ($2.7 billion) in 2016")."""
    out, number, opened, outer = [], 0, 0, []
    for index, (token, _, _) in enumerate(tokens):
        low = token.lower()
        opens = low in _CLAUSE_OPENERS and index + 1 not in in_timex
        if token == "(":
            outer.append(number)
            opened += 1
            number = opened
        elif token == ")" and outer:
            out.append(number)
            number = outer.pop()
            continue
        elif token in _BREAKS or opens or (low in ("and", "or") and index and tokens[index - 1][0] == ","):
            opened += 1
            number = opened
        out.append(number)
    return out


def _asides(words: list[str], clause_of: list[int]) -> set[int]:
    """The tokens between two commas of one clause."""
    out: set[int] = set()
    commas = [i for i, w in enumerate(words) if w == ","]
    for first, second in zip(commas, commas[1:]):
        if clause_of[first] == clause_of[second]:
            out.update(range(first + 1, second))
    return out


def place_name(words: list[str]) -> str:
    """The place a run of capitalized words names: up to a sentence's end or a date word, lowercased."""
    kept: list[str] = []
    for word in words:
        if word.lower().rstrip(".") in NOT_PLACES:
            break
        kept.append(word)
        if word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            break
    return " ".join(kept).rstrip(".").lower()


def _is_name(token: str, first: bool, capitalized: frozenset[str]) -> bool:
    if not token[:1].isupper() or token.lower() in FUNCTION or WEEKDAY_OR_MONTH.match(token):
        return False
    # A sentence's first word is a name only when the article writes it capitalized inside a sentence too.
    return not first or token in capitalized


def read_article(doc: Document) -> Article:
    """The article's candidate event mentions: every content word of its body, anchored in its clause."""
    text = doc.text
    starts = [s for s in sentence_starts(text) if s >= doc.body_start] or [doc.body_start]
    if starts[0] > doc.body_start:
        starts.insert(0, doc.body_start)
    ends = starts[1:] + [len(text)]
    timexes = _timexes(doc)
    timex_starts = [t[0] for t in timexes]
    tokens_of = [[(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, lo, hi)] for lo, hi in zip(starts, ends)]
    tokens_of = [tokens for tokens in tokens_of if tokens]  # a sentence is numbered only when it holds a word
    capitalized = frozenset(t for tokens in tokens_of for t, _, _ in tokens[1:] if t[:1].isupper())
    lead: list[int] = []
    mentions = []
    for number, tokens in enumerate(tokens_of):
        words = [t for t, _, _ in tokens]
        in_timex = set()
        for index, (_, begin, finish) in enumerate(tokens):
            at = bisect.bisect_right(timex_starts, begin) - 1
            if at >= 0 and timexes[at][0] <= begin and finish <= timexes[at][1]:
                in_timex.add(index)
        clause_of = clauses(tokens, in_timex)
        # A dateline ("September 04, 2008") states no event: the lead is the first two sentences with a word.
        if len(lead) < 2 and any(t[:1].isalpha() for i, (t, _, _) in enumerate(tokens) if i not in in_timex):
            lead.append(number)
        clause_names: dict[int, set[str]] = {}
        clause_figures: dict[int, set[float]] = {}
        clause_span: dict[int, list[int]] = {}
        for index, (token, begin, finish) in enumerate(tokens):
            clause = clause_of[index]
            span = clause_span.setdefault(clause, [begin, finish])
            span[1] = finish
            if index in in_timex:
                continue
            if _is_name(token, index == 0, capitalized):
                clause_names.setdefault(clause, set()).add(token.lower())
            elif token[:1].isdigit():
                value = parse_number(token)
                if value is not None:
                    clause_figures.setdefault(clause, set()).add(float(value))
        aside = _asides(words, clause_of)
        for index, (token, begin, finish) in enumerate(tokens):
            low = token.lower()
            pronoun = low in PRONOUNS
            if not token[:1].isalpha() or (low in FUNCTION and not pronoun) or index in in_timex or len(token) < 2:
                continue
            clause = clause_of[index]
            lo, hi = clause_span[clause]
            nearby = [days for s, e, days in timexes if lo <= s and e <= hi]
            following = words[index + 1] if index + 1 < len(words) else ""
            verb_next = following in _AUXILIARY_NEXT or bool(following) and (
                is_verb(words, index + 1) or following.islower() and following.endswith("s") and "'" not in following
                and following not in FUNCTION and base(following) != following)
            mentions.append(Mention(
                begin, finish, token, base(low), root(low), number,
                frozenset(clause_names.get(clause, set()) - {low}), frozenset(clause_figures.get(clause, ())),
                nearby[0] if nearby else None, not pronoun and is_verb(words, index), clause, index in aside,
                words[index - 1].lower() if index else "", pronoun,
                verb_next or pronoun and (not following[:1].isalpha() or following.lower() in FUNCTION)))
    date = doc.date.toordinal() if isinstance(doc.date, dt.date) else None
    return Article(doc.path, tuple(mentions), date, frozenset(lead), _topic(mentions, len(tokens_of)))


def _topic(mentions: Sequence[Mention], sentences: int) -> frozenset[str]:
    """The names written in a third of an article's sentences or more (at least three)."""
    seen: dict[str, set[int]] = {}
    for mention in mentions:
        for name in mention.names:
            seen.setdefault(name, set()).add(mention.sentence)
    return frozenset(name for name, where in seen.items() if len(where) >= max(3, sentences / 3))


def _same_name(first: str, second: str) -> bool:
    """One name, or one written as its adjective or possessive ("Russia", "Russian")."""
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def shared(first: frozenset[str], second: frozenset[str]) -> bool:
    return any(_same_name(a, b) for a in first for b in second)


def _figures_clash(first: frozenset[float], second: frozenset[float]) -> bool:
    if not first or not second:
        return False
    return not any(abs(a - b) <= FIGURE_TOLERANCE * max(abs(a), abs(b)) for a in first for b in second)


def _days(mention: Mention, date: int | None, nouns: bool = False) -> Days | None:
    """The days a mention speaks of: its clause's time; else for a verb, the news week up to its article's date (a
    report tells what happened); a noun without a time of its own may name any time ("since its launch") unless
    `nouns` (across articles, where its article's date is all that anchors it)."""
    if mention.time is not None:
        return mention.time
    return (date - NEWS_WEEK, date) if date is not None and (mention.verb or nouns) else None


def times_clash(first: Days | None, second: Days | None) -> bool:
    """Whether two spans of days share no day (an unknown time clashes with none)."""
    return first is not None and second is not None and (first[1] < second[0] or second[1] < first[0])


def clash(first: Mention, second: Mention, first_date: int | None = None, second_date: int | None = None,
          participants: bool = True, times: bool = True, names: bool = True, nouns: bool = False) -> bool:
    """Whether two mentions cannot be one instance: their clauses name different participants (names shared by
    neither; `names` False leaves them out), figures no rounding makes one, or times that share no day (`nouns`:
    an undated noun takes its article's news week too)."""
    if participants and names and first.names and second.names and not shared(first.names, second.names):
        return True
    if participants and _figures_clash(first.figures, second.figures):
        return True
    return times and times_clash(_days(first, first_date, nouns), _days(second, second_date, nouns))


def agree(first: Mention, second: Mention, topic: frozenset[str] = frozenset()) -> bool:
    """Whether two mentions share a participant (other than the article's `topic` names), a figure or a written time
    (positive evidence of one instance)."""
    if shared(first.names - topic, second.names - topic):
        return True
    if first.time is not None and second.time is not None and not times_clash(first.time, second.time):
        return True
    return bool(first.figures and second.figures and not _figures_clash(first.figures, second.figures))


def by_sentence(mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each sentence, in text order."""
    out: dict[int, list[Mention]] = {}
    for mention in mentions:
        out.setdefault(mention.sentence, []).append(mention)
    return out
