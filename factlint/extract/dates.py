"""Dates and times of events: TIMEX3 values anchored to the article date, tied to an event and its start or end."""

from __future__ import annotations

import collections
import functools
from typing import Iterable, Iterator

import regex

from factlint import lazyre
from factlint.extract.relative_dates import relative_time
from factlint.extract.sentences import sentence_at
from factlint.extract.timex import TimexType, find_timexes
from factlint.rulebook.lexicon import EventLexicon, Lexicon
from factlint.model import Document, Fact, FactKind
from factlint.extract.full_names import SPEECH_VERBS

_KINDS = {TimexType.DATE: FactKind.DATE, TimexType.TIME: FactKind.TIME, TimexType.SET: FactKind.SET}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = lazyre.compile(rf"\b({'|'.join(_WEEKDAYS)})\b", regex.I)
_WEEKDAY_VALUE = lazyre.compile(r"^XXXX-WXX-([1-7])")
_MONTH = lazyre.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?!\w)", regex.I)
_YEAR = lazyre.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")
# Words one of which every expression relative_time reads holds: the rest need not be searched.
_RELATIVE_WORD = lazyre.compile(r"yesterday|today|tonight|tomorrow|week|month|year", regex.I)

# A start or end named right before the date: "commenced on Tuesday", "since Sunday", "ended on Friday".
# A verb's base form after "to" or a modal tells a start or an end too ("are scheduled to end on November 22"), and
# where it happens may stand between the verb and its day ("began in Baku, Azerbaijan, on Monday").
_MODAL_BEFORE = r"(?:to|will|would|shall|should|could|may|might)\s+"
_WHERE = r"(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3},?)?"
_START_BEFORE = lazyre.compile(
    r"\b(?:since|began|begun|begins|started|starts|starting|commenced|commences|opened|opens|kicked\s+off|launched|got\s+under\s*way"
    rf"|{_MODAL_BEFORE}(?:begin|start|open|commence|get\s+under\s*way))"
    rf"{_WHERE}(?:\s+(?:on|in|at|last|early))?\s*$", regex.I)
_END_BEFORE = lazyre.compile(
    r"\b(?:ended|ends|ending|concluded|concludes|closed|closes|wrapped\s+up|finished|until|through|till"
    rf"|{_MODAL_BEFORE}(?:end|conclude|close|finish|wrap\s+up))"
    rf"{_WHERE}(?:\s+(?:on|in|at|late))?\s*$", regex.I)
# An end named elsewhere in the sentence: "said Thursday at the conclusion of the talks",
# "said on Thursday ... after concluding four days of dialogue".
_END_IN_SENTENCE = lazyre.compile(
    r"\b(?:(?:at|after|following|upon)\s+the\s+(?:conclusion|end|close)\s+of|after\s+(?:concluding|ending|wrapping\s+up)"
    r"|after\s+(?:they|the\s+\w+)\s+(?:concluded|ended|wrapped\s+up))\b", regex.I)
# The date of the event itself: "the shooting on Sunday", "the July 29, 2014, shooting",
# "the attack happened on Friday".
_AT_BEFORE = lazyre.compile(
    r"(?:(?:happened|occurred|took\s+place|broke\s+out|erupted|unfolded)(?:\s+(?:early|late))?\s+(?:on|in|at|about|around)?"
    r"|\b(?:on|of))\s*$", regex.I)
_EVENT_BEFORE_WINDOW = 60


_WORD_RUN = lazyre.compile(r"\w+")


def _first_words(entries: Iterable[str]) -> frozenset[str] | None:
    """The first word (case-folded) of each lexicon entry: a sentence holding none of them holds no entry.
    None when an entry does not start with a word character."""
    out = set()
    for entry in entries:
        word = _WORD_RUN.match(entry)
        if word is None:
            return None
        out.add(word.group().casefold())
    return frozenset(out)


# The lexicon last asked about, with the first words of its nouns and of its verbs (one lexicon serves a run).
_FIRSTS: tuple[EventLexicon, frozenset[str] | None, frozenset[str] | None] | None = None


def _lexicon_firsts(lexicon: EventLexicon) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    global _FIRSTS
    if _FIRSTS is None or _FIRSTS[0] is not lexicon:
        _FIRSTS = (lexicon, _first_words(lexicon.nouns), _first_words(lexicon.verbs))
    return _FIRSTS[1], _FIRSTS[2]


@functools.lru_cache(maxsize=256)
def _event_words(text: str, pattern: regex.Pattern, firsts: frozenset[str] | None, lo: int,
                 hi: int) -> tuple[tuple[int, int, str], ...]:
    """The event words of pattern in the sentence text[lo:hi] that may name its event (cached: several dates
    share a sentence).  firsts (see _first_words) spares the scan of sentences holding no entry's first word."""
    if firsts is not None and firsts.isdisjoint(map(str.casefold, _WORD_RUN.findall(text, lo, hi))):
        return ()
    out = []
    for match in pattern.finditer(text, lo, hi):
        if match.start() > lo and match.group()[:1].isupper():
            continue
        if text[match.end() : match.end() + 1] == "-":
            continue  # a modifier, not the event: "a quake-hit region", "the storm-damaged pier"
        out.append((match.start(), match.end(), match.group()))
    return tuple(out)


def _event_near(text: str, lexicon: EventLexicon, start: int, end: int, lo: int, hi: int) -> tuple[str, str]:
    """The event word closest to text[start:end] in its sentence text[lo:hi], before or after it."""
    best: tuple[int, str] | None = None
    noun_firsts, verb_firsts = _lexicon_firsts(lexicon)
    for pattern, firsts in ((lexicon.noun_pattern, noun_firsts), (lexicon.verb_pattern, verb_firsts)):
        for word_start, word_end, word in _event_words(text, pattern, firsts, lo, hi):
            distance = start - word_end if word_end <= start else word_start - end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, word)
    return (lexicon.kind_of(best[1]), best[1]) if best else ("", "")


@functools.lru_cache(maxsize=64)
def _noun_after(alternation: str) -> regex.Pattern:
    return lazyre.compile(rf"\s*,?\s*(?:{alternation})", regex.I)


def _event_after(text: str, lexicon: EventLexicon, end: int, hi: int) -> bool:
    """Whether an event word follows text[:end] in its sentence (which ends at hi)."""
    noun_firsts, verb_firsts = _lexicon_firsts(lexicon)
    return any(next(iter(_event_words(text, pattern, firsts, end, hi)), None) is not None
               for pattern, firsts in ((lexicon.noun_pattern, noun_firsts), (lexicon.verb_pattern, verb_firsts)))


# A date right after a speech verb dates the saying ("said on Saturday", "told reporters Tuesday").
_SAID_BEFORE = lazyre.compile(rf"\b(?:{SPEECH_VERBS})(?:[ \t]+(?:reporters|journalists|the[ \t]+\p{{L}}+))?[ \t]+(?:on[ \t]+)?$",
                             regex.I)


def _role(text: str, lexicon: EventLexicon, start: int, end: int, sentence: tuple[int, int],
          other_ends: tuple[int, ...] = ()) -> tuple[str, str]:
    """(role, event) for a date: start, end or at of an event in its sentence; ('', '') if untied.

    other_ends: where the sentence's other dates end. An event named before the date is its date only when no
    other date stands between them ("wounded in a shooting on Friday, died on Saturday")."""
    before = text[max(0, start - 40) : start]
    lo, hi = sentence
    if _SAID_BEFORE.search(before) and text[end : end + 2] not in ("'s", "’s") and \
            not _event_after(text, lexicon, end, hi):
        # "... the talks in Geneva, the ministry said on Saturday": the day of the saying, not of the event it
        # reported ("said Saturday at the end of the talks", "said Saturday's attack": the event's).
        return "", ""
    kind, _ = _event_near(text, lexicon, start, end, lo, hi)
    if not kind:
        return "", ""
    for pattern, role in ((_START_BEFORE, "start"), (_END_BEFORE, "end")):
        if pattern.search(before):
            # What began or ended is named shortly before "since", "until": "talks in the capital since Sunday", not
            # "who's lived on the block since 1986, said neighbors ... where the shooting happened".
            kind, _ = _event_near(text, lexicon, start, end, max(lo, start - _EVENT_BEFORE_WINDOW), start)
            return (role, kind) if kind else ("", "")
    if not other_ends and _END_IN_SENTENCE.search(text, lo, hi):
        return "end", kind
    after = text[end : end + 40]
    noun_after = _noun_after(lexicon.noun_alternation).match(after)
    if noun_after:
        return "at", kind
    if _AT_BEFORE.search(before):
        nouns = list(lexicon.noun_pattern.finditer(text, max(lo, start - _EVENT_BEFORE_WINDOW), start))
        if nouns and not any(nouns[-1].end() <= other <= start for other in other_ends):
            return "at", kind
    return "", ""


_DIGIT = lazyre.compile(r"\d")
_ISO_DATE = lazyre.compile(r"^\d{4}-\d\d-\d\d$")
_WEEKDAY_BEFORE = lazyre.compile(rf"\b({'|'.join(_WEEKDAYS)}),?\s*$", regex.I)


# A time a change is measured from: a comparison ("on", "from", "over", "than", "compared with", "against") right
# after a change or comparison told by a figure or a comparative ("up 8 percent on last year", "more than last year",
# "down from 2019", "a 5 percent rise over last year").
# A time counted back from another ("more than a year ago", "two years earlier") is a length, not a base.
_COUNTED_BACK = lazyre.compile(r"\b(?:ago|earlier|later|before|after)\b", regex.I)
_PREP_BASE = r"(?:on|over|from|than|compared[ \t]+(?:with|to)|against|versus|vs\.)"
_BASE_BEFORE = lazyre.compile(
    # A figure after a verb or adverb of change: "up 8 percent on last year", "rose 10% from 2019".
    r"(?:\b(?:up|down|rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|growing|increased|decreased|"
    r"dropped|jumped|climbed|declined|gained|lost)[ \t]+(?:(?:by|about|some|nearly|almost|roughly|more[ \t]+than)[ \t]+)?"
    r"\d[\d.,]*[ \t]*(?:%|percent\b|per[ \t]?cent\b)?"
    # or a comparative or a noun of change with no figure: "higher than last year", "a rise over 2019".
    r"|\b(?:higher|lower|more|less|fewer|rise|fall|increase|decrease|drop|jump|gain|growth)s?"
    r"|\b(?:up|down)(?=[ \t]+(?:from|than|compared)))"
    rf"[ \t]+{_PREP_BASE}[ \t]+(?:(?:the|a)[ \t]+)?(?:same[ \t]+\p{{L}}+[ \t]+(?:of[ \t]+)?)?$", regex.I)


def weekday_of(text: str, value: str, before: str) -> int | None:
    """The weekday (1 = Monday) the words name: a bare weekday, or one written with a calendar date
    in the expression or just before it ("Tuesday, May 4"); never one merely near a clock time."""
    match = _WEEKDAY_VALUE.match(value)
    if match:
        return int(match.group(1))
    found = _WEEKDAY.search(text)
    calendar_date = (_MONTH.search(text) and _DIGIT.search(text)) or _ISO_DATE.match(text)
    if not found and calendar_date:
        found = _WEEKDAY_BEFORE.search(before)
    return _WEEKDAYS.index(found.group(1).lower()) + 1 if found else None


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every date, time and set in the body, with the event it is tied to and its role."""
    text = doc.text
    timexes = [t for t in find_timexes(text, doc.date) if t.type in _KINDS and t.start >= doc.body_start]
    sentences = [sentence_at(text, timex.start) for timex in timexes]
    ends: dict[tuple[int, int], list[int]] = collections.defaultdict(list)
    for timex, sentence in zip(timexes, sentences):
        ends[sentence].append(timex.end)
    for timex, sentence in zip(timexes, sentences):
        other_ends = tuple(e for e in ends[sentence] if e != timex.end)
        role, event = _role(text, vocabulary.events, timex.start, timex.end, sentence, other_ends)
        base = _BASE_BEFORE.search(text, max(sentence[0], timex.start - 48), timex.start)
        if base and not (base.group().lower().rstrip().endswith(" on") and _ISO_DATE.match(timex.value)) \
                and not _COUNTED_BACK.search(timex.text):
            # "up 8 percent on last year": what a change is measured from, not when it happened ("rose 3 percent on
            # Monday" tells when).
            role = "base"
        attrs = [("role", role)] if role else []
        weekday = weekday_of(timex.text, timex.value, text[max(0, timex.start - 12) : timex.start])
        if weekday:
            attrs.append(("weekday", str(weekday)))
        if timex.mod:
            attrs.append(("mod", timex.mod))
        relative = relative_time(text, timex.start, timex.end) \
            if timex.anchored and _RELATIVE_WORD.search(timex.text) else None
        if relative:  # what the words name moves with the article date (check/stale_relative.py)
            attrs.extend((("relative", relative[0]), ("shift", str(relative[1]))))
        if timex.anchored:
            attrs.append(("anchored", "yes"))
            if _MONTH.search(timex.text) and not _YEAR.search(timex.text):
                attrs.append(("year", "inferred"))
        # A year the article did not write is a guess: show the words, not the guessed year.
        shown = timex.text if ("year", "inferred") in attrs else timex.value
        yield Fact(
            kind=_KINDS[timex.type], span=doc.span(timex.start, timex.end), text=timex.text,
            value=timex.value, subject=event, display=shown, attrs=tuple(attrs),
        )
