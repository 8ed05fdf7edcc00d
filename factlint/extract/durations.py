"""Durations of events: "five-day talks", "four days of dialogue", "lasted nine days", "runs for three days", "over two
days", "spanning 14 days", "from Monday to Thursday"; and of whatever else a noun names ("a 90-day stint")."""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.day_spans import day_spans
from factlint.extract.noun_durations import noun_durations
from factlint.extract.numbers import NUMBER_PATTERN, format_number, number_heads, parse_number
from factlint.extract.figures import qualified_starts
from factlint.extract.sentences import sentence_at
from factlint.extract.spans import Coverage, folded, matches_at, occurrences
from factlint.rulebook.lexicon import EventLexicon, Lexicon
from factlint.model import Document, Fact, FactKind

_UNIT = r"(?P<unit>hour|day|week|month|year)s?"
_QUALIFIERS = ("about", "around", "nearly", "almost", "some", "roughly", "more than", "less than", "at least", "over",
               "only", "just")
_SPACES = r"\s+"
_QUALIFIER = rf"(?P<qualifier>(?:{'|'.join(q.replace(' ', _SPACES) for q in _QUALIFIERS)}){_SPACES})?"
_NUM = rf"(?P<number>{NUMBER_PATTERN})"
# Words that may stand between "five-day" and the event noun ("five-day peace talks"),
# but not words that start a new phrase ("five-day period in which the talks ...").
_MODIFIER = (
    r"(?:(?!(?:of|in|at|on|for|to|and|or|but|which|that|the|a|an|with|by|from|after|before|as)\b)"
    r"[\p{L}\d][\p{L}\d.'’-]*(?<!\.)[ \t]+)"
)
_NOT_AGE = r"(?![-\s]old\b)"



@functools.lru_cache(maxsize=8)
def _event_patterns(nouns: str) -> tuple[regex.Pattern, regex.Pattern]:
    """The compound ("five-day talks") and of-form ("four days of dialogue") patterns for a noun set."""
    event = rf"(?P<event>{nouns})"
    compound = lazyre.compile(
        rf"\b{_QUALIFIER}{_NUM}-(?P<unit>hour|day|week|month|year)(?:s)?(?:-long)?\b{_NOT_AGE}"
        rf"[ \t]+{_MODIFIER}{{0,3}}{event}",
        regex.I,
    )
    of_event = lazyre.compile(
        rf"\b{_QUALIFIER}{_NUM}[ \t]+(?:consecutive[ \t]+|straight[ \t]+|full[ \t]+)?{_UNIT}[ \t]+of[ \t]+"
        rf"{_MODIFIER}{{0,2}}{event}",
        regex.I,
    )
    return compound, of_event


# "lasted four days", "lasted for nine days", "spent two days", "for three consecutive days", "runs for five days",
# "over three days", "spanning 14 days".
_CLAUSE = lazyre.compile(
    # "the last three years" is a span of time before now, not how long something lasted.
    rf"(?<!\bthe\s)\b(?P<verb>lasted|lasting|lasts|last|spent|spending|for|took|takes|take|taking|over|spanning|spanned|"
    rf"spans|span|after)\s+"
    # "It took firefighters five hours", "took the jury about 10 hours": whom it took stands between.
    rf"(?:(?<=\b(?:took|takes|take|taking)\s+)(?P<whom>(?-i:(?:(?:the|a|an|his|her|their|its|our|some)\s+(?:\p{{Ll}}+\s+)?\p{{Ll}}+|\p{{Ll}}+s|"
    rf"\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?|him|her|them|us|me)\s+)))?"
    rf"(?:for\s+)?{_QUALIFIER}{_NUM}\s+"
    rf"(?:consecutive\s+|straight\s+|full\s+)?{_UNIT}\b(?!\s+(?:ago|later|earlier|old)\b){_NOT_AGE}",
    regex.I,
)
# Trying an event pattern at one offset makes the regex module look through the rest of the text for the literal it
# holds ("-", "of"): on a text this long, one search costs less than a try at every number.
_TRY_AT_NUMBERS_BELOW = 10_000
# What _CLAUSE's verbs begin with.
_CLAUSE_VERBS = ("last", "spen", "for", "took", "tak", "over", "span", "after")
# Verbs that name no event: the event must come shortly before them in their clause ("the festival runs for five
# days", "talks held over three days"), or "jailed for 10 years after the trial" would be the trial's length.
_LINKING = frozenset({"for", "took", "takes", "take", "taking", "over", "spanning", "spanned", "spans", "span"})
# What something took is told after it: "It took firefighters five hours to put out the blaze".
_TAKING = frozenset({"took", "takes", "take", "taking"})
# "After" gives a length only when what came after it was the end: "the strike ended on Friday after four days"
# (not "he died after four days in hospital", "arrested after two days"); the event is then the sentence's, as
# the subject of "ended" may stand far before.
_ENDED_BEFORE = lazyre.compile(r"\b(?:ended|ends|concluded|concludes|finished|closed|wrapped\s+up|broke\s+up|adjourned|"
                              r"called\s+off|collapsed|broke\s+down|came\s+to\s+an\s+end)\b[^.;:!?]{0,30}$", regex.I)
_FOR_REACH = 60
_UNIT_CODE = {"hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_UNIT_WORD = {"H": "hour", "D": "day", "W": "week", "M": "month", "Y": "year"}


def iso_duration(number: float, unit: str) -> str:
    """ISO 8601 duration for a count of a unit: (5, 'day') -> 'P5D', (19, 'hour') -> 'PT19H'."""
    code = _UNIT_CODE[unit.lower()]
    amount = format_number(number)
    return f"PT{amount}{code}" if code == "H" else f"P{amount}{code}"


_ISO_DURATION = lazyre.compile(r"PT?([\d.]+)([HDWMY])")


def describe_duration(value: str) -> str:
    """A readable form of an ISO duration: 'P5D' -> '5 days'."""
    match = _ISO_DURATION.fullmatch(value)
    if not match:
        return value
    amount, code = match.groups()
    word = _UNIT_WORD[code]
    return f"{amount} {word}" if amount == "1" else f"{amount} {word}s"


def _event_words(text: str, lexicon: EventLexicon, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """The event nouns, then verbs, in text[start:end] as (start, end, word).

    A capitalized word inside a sentence is a name, not an event ("In March", "Summit Hotel", "Vanity Fair"), unless
    it is the head of the name of an event: "the", capitalized words, then it ("the Hay Festival", "the Geneva
    Summit").
    """
    found = []
    for pattern in (lexicon.noun_pattern, lexicon.verb_pattern):
        for match in pattern.finditer(text, start, end):
            if match.start() > start and match.group()[:1].isupper() and not _named_event(text, start, match):
                continue
            found.append((match.start(), match.end(), match.group()))
    return tuple(found)


# "the", then one to three capitalized words, right before a capitalized event word: "the Hay Festival" (not "in
# Vanity Fair", a magazine, nor "In March").
_NAMED_BEFORE = lazyre.compile(r"\b[Tt]he[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}$")
_CAPITALIZED_AFTER = lazyre.compile(r"[ \t]+\p{Lu}")
_NAME_REACH = 60


def _named_event(text: str, sentence_start: int, match: regex.Match) -> bool:
    """Whether a capitalized event word is the head of an event's name: "the", capitalized words, then it."""
    if _CAPITALIZED_AFTER.match(text, match.end()):
        return False  # "Summit Hotel": the event word is not the name's head
    # Looked for in the few words before it, not the whole sentence.
    return _NAMED_BEFORE.search(text, max(sentence_start, match.start() - _NAME_REACH), match.start()) is not None


def _nearest_event(lexicon: EventLexicon, words: tuple[tuple[int, int, str], ...], at: int) -> tuple[str, str]:
    """The event kind and word nearest before `at` (else after it)."""
    best: tuple[int, str] | None = None
    for start, end, word in words:
        distance = at - end if end <= at else (start - at) + 1000
        if best is None or distance < best[0]:
            best = (distance, word)
    return (lexicon.kind_of(best[1]), best[1]) if best else ("", "")


def _fact(doc: Document, start: int, end: int, number: str, unit: str, event: str,
          event_word: str, qualifier: str, role: str = "") -> Fact | None:
    value = parse_number(number)
    if value is None or value <= 0:
        return None
    attrs = [("event_word", event_word)] if event_word else []
    if qualifier.strip():
        attrs.append(("qualifier", " ".join(qualifier.lower().split())))
    if role:
        attrs.append(("role", role))
    return Fact(
        kind=FactKind.DURATION, span=doc.span(start, end), text=doc.text[start:end],
        value=iso_duration(value, unit), subject=event,
        display=describe_duration(iso_duration(value, unit)), attrs=tuple(attrs),
    )


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every duration of an event stated in the document body."""
    lexicon = vocabulary.events
    text, taken = doc.text, Coverage(len(doc.text))
    # Every match begins at a number or a qualifier before one; a clause, at its verb.
    numbered = (qualified_starts(text, number_heads(text), _QUALIFIERS, any_space=True)
                if len(text) < _TRY_AT_NUMBERS_BELOW else None)
    for pattern in _event_patterns(lexicon.noun_alternation):
        found = (pattern.finditer(text, doc.body_start) if numbered is None
                 else matches_at(pattern, text, numbered, doc.body_start))
        for match in found:
            word = " ".join(match.group("event").split())
            fact = _fact(doc, match.start(), match.end(), match.group("number"), match.group("unit"),
                         lexicon.kind_of(word), word, match.group("qualifier") or "")
            if fact:
                taken.add(match.start(), match.end())
                yield fact
    # Then whatever else a noun names: "a 90-day stint", "eight days of riots".
    for match, key, end in noun_durations(text, doc.body_start, numbered):
        if taken.covers(match.start("number")):
            continue
        fact = _fact(doc, match.start(), end, match.group("number"), match.group("unit"), key, key,
                     match.group("qualifier") or "", role="noun")
        if fact:
            taken.add(match.start(), end)
            yield fact
    # A sentence's event words are found once, however many durations it holds (a 5 MB line has thousands).
    in_sentence: dict[tuple[int, int], tuple[tuple[int, int, str], ...]] = {}
    lower = folded(text)
    clauses = (_CLAUSE.finditer(text, doc.body_start) if lower is None
               else matches_at(_CLAUSE, text, occurrences(lower, _CLAUSE_VERBS, doc.body_start), doc.body_start))
    for match in clauses:
        if taken.covers(match.start("number")):
            continue
        verb = match.group("verb").lower()
        start, end = sentence_at(text, match.start())
        kind, word = lexicon.kind_of(verb), verb
        if verb == "after" and not _ENDED_BEFORE.search(text, max(start, match.start() - 45), match.start()):
            continue
        if not kind and verb in _LINKING:
            kind, word = _event_before(text, lexicon, max(start, match.start() - _FOR_REACH), match.start())
            if not kind and verb in _TAKING:
                after = _event_words(text, lexicon, match.end(), min(end, match.end() + _FOR_REACH))
                kind, word = (lexicon.kind_of(after[0][2]), after[0][2]) if after else ("", "")
            if not kind:
                continue
        elif not kind:
            if (start, end) not in in_sentence:
                in_sentence[(start, end)] = _event_words(text, lexicon, start, end)
            kind, word = _nearest_event(lexicon, in_sentence[(start, end)], match.start())
        fact = _fact(doc, match.start(), match.end(), match.group("number"), match.group("unit"),
                     kind, word, match.group("qualifier") or "")
        if fact:
            yield fact
    yield from _day_spans(doc, lexicon, taken)


def _event_before(text: str, lexicon: EventLexicon, reach: int, at: int) -> tuple[str, str]:
    """The event named shortly before `at` in its clause (a comma and a new subject may stand between), or ''."""
    return _nearest_event(lexicon, _event_words(text, lexicon, reach, at), at)


def _day_spans(doc: Document, lexicon: EventLexicon, taken: Coverage) -> Iterator[Fact]:
    """"The festival runs from Friday to Sunday": a span of days as the length of the event named shortly before it
    (else shortly after it, "From Monday to Thursday, the talks ...")."""
    text = doc.text
    for span in day_spans(text, doc.body_start):
        if taken.covers(span.start):
            continue
        start, end = sentence_at(text, span.start)
        kind, word = _event_before(text, lexicon, max(start, span.start - _FOR_REACH), span.start)
        if not kind and span.start - start < 3:
            after = _event_words(text, lexicon, span.end, min(end, span.end + _FOR_REACH))
            kind, word = (lexicon.kind_of(after[0][2]), after[0][2]) if after else ("", "")
        if kind:
            fact = _fact(doc, span.start, span.end, str(span.days), "day", kind, word, "")
            if fact:
                yield fact
