"""Counts of people and things with what they count: "1,200 nurses", "nine people were injured", "killing three"."""

from __future__ import annotations

from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.counted import GENERIC, IRREGULAR, singular
from factlint.extract.plain_counts import plain_count
from factlint.extract.figures import BOUNDARY, FUNCTION_WORDS, QUALIFIER, UNITS, qualified_starts, quantity_fact
from factlint.extract.numbers import NUMBER_PATTERN, number_heads, parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.spans import Coverage, folded, line_matches, matches_at, occurrences
from factlint.extract.tolls import ROLE_KEYS, ROLES, aggregate, in_context, tells_of_shooter_death
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact

_ROLE_FIRST_WORDS = tuple(sorted({role.split()[0] for role in ROLES}))
_ROLE = "|".join(sorted((r.replace(" ", r"[ \t]+") for r in ROLES), key=len, reverse=True))
# Verbs that carry a role before their object: "killing three", "injured two others".
_ROLE_VERB = {"killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured",
              "wounding": "injured", "wounded": "injured", "hurting": "injured"}
# Words in front of a count that make it partial, cumulative or not a count of the event at all.
_NOT_TOTAL = frozenset("more other others additional another further else extra".split())
_BEFORE_NOT_COUNT = lazyre.compile(
    r"(?:\b(?:no|number|No|nos|route|highway|interstate|room|apt|apartment|unit|suite|page|chapter|"
    r"version|channel|flight|bus|line|platform|gate|pier|exit|block|top|aged?|age|ages|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\.?|[#№$£€:/-])[ \t]*$",
    regex.I,
)
_NUM = rf"(?P<number>{BOUNDARY}(?i:{NUMBER_PATTERN})(?![\w%]|[.,:/-]\d|-\w))"

# How badly: "two were seriously injured" counts only some of the injured.
_SEVERITY = r"critically|seriously|severely|slightly|badly|gravely|mortally|minor|non-life-threatening"

_ONE_NOUNS = frozenset("person man woman child boy girl teen teenager adult victim student".split())

# "nine people were injured", "1,200 nurses", "two young men were killed", "three dead":
# up to three lowercase words follow the number; the counted noun is chosen among them.
_WORD = r"[A-Za-z][a-z'’-]*"
_COUNT = lazyre.compile(rf"{QUALIFIER}{_NUM}[ \t]+(?P<words>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_TAIL = lazyre.compile(
    rf"(?:[ \t]+(?P<aux>were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been|who[ \t]+were|reported|later))?"
    rf"(?:[ \t]+(?:also|all|both|reportedly|later))?(?:[ \t]+(?P<severity>{_SEVERITY}))?"
    rf"[ \t]+(?P<role>{_ROLE})\b"
)
# "two were killed", "three dead": a count with its role and no counted noun.
_BARE = lazyre.compile(
    rf"{QUALIFIER}{_NUM}[ \t]+(?:(?P<aux>were|are|have[ \t]+been|had[ \t]+been)[ \t]+(?:(?P<severity>{_SEVERITY})[ \t]+)?)?(?P<role>{_ROLE})\b",
)
# "killing three people", "injuring two others".
_VERB_FIRST = lazyre.compile(
    rf"\b(?P<verb>(?i:{'|'.join(_ROLE_VERB)}))[ \t]+{QUALIFIER}{_NUM}(?![ \t]+(?:of\b|\p{{Lu}}))(?:[ \t]+(?P<words>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){{0,2}}))?",
)
# "a man was shot and killed", "a 22-year-old woman died": one person, by the article "a".
_ONE_PERSON = lazyre.compile(
    rf"\b[Aa]n?[ \t]+(?:[a-z0-9][a-z0-9'-]*[ \t]+){{0,3}}(?P<noun>{'|'.join(sorted(_ONE_NOUNS))})"
    rf"[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?P<role>{_ROLE})\b"
)
# "no one was hurt", "nobody was injured".
_NONE = lazyre.compile(rf"\b(?:no[ \t]+one|nobody)[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?P<role>{_ROLE})\b"
    r"(?![ \t]+(?:too|badly|seriously|severely|critically))", regex.I)
# Singular nouns a count of one may name: "one person dead", "one man was killed".
_ONE = frozenset("person man woman child boy girl teen teenager adult officer victim student".split())


def _is_plural(noun: str) -> bool:
    low = noun.lower()
    return low in IRREGULAR or (low.endswith("s") and not low.endswith(("ss", "'s", "’s")))


def _counted(noun: str, role: str) -> str:
    """The subject key: the role alone for people in general, else the thing counted, with its role."""
    key = singular(noun) if noun else ""
    if key in ROLE_KEYS:  # "11 shots" counts shots fired, not people shot
        key = noun.lower()
    if not key or (key in GENERIC and role):
        return role
    return f"{key} {role}" if role else key


def _plausible_start(text: str, start: int) -> bool:
    """A number is a count unless a word before makes it an address, a rank, an age or a code."""
    return not _BEFORE_NOT_COUNT.search(text[max(0, start - 14) : start])


_SEVERE = lazyre.compile(_SEVERITY)


def _choose_noun(words: list[str], value: float) -> tuple[str, str, list[str]] | None:
    """(noun, role, modifiers) among the words after a number, or None when they count nothing."""
    for index, written in enumerate(words[:3]):
        word = written.lower()
        if word in FUNCTION_WORDS or word in UNITS or parse_number(word) is not None:
            return None
        if written != word and (word in ROLES or index == 0 and not _is_plural(word)):
            return None  # a headline's "3 Dead In Fire", an address's "1249 Bell's Ferry": tolls are read in lowercase
        if word in ROLES and word != "shot":  # "three dead", "two injured officers"
            if any(_SEVERE.fullmatch(m) for m in words[:index]):
                return None  # "one seriously injured": only some of the injured
            rest = words[index + 1 : index + 2]
            if rest and rest[0] not in UNITS and rest[0] not in FUNCTION_WORDS and rest[0] not in ROLES:
                if _is_plural(rest[0]) or value == 1:  # "two injured officers", "one wounded man"
                    return rest[0], ROLES[word], words[:index]
            return "", ROLES[word], words[:index]
        if (_is_plural(word) and not word.endswith(("ous", "ss", "us", "is"))) or (value == 1 and word in _ONE):
            # A capitalized head is a name's ("3 Doors Down"), not a thing counted: "two former Soviet republics" is.
            return (written, "", words[:index]) if written == word else None
        if index == 2:
            return None
    return None


def _candidates(text: str, start: int) -> Iterator[tuple[regex.Pattern, Iterator[regex.Match]]]:
    """Each count pattern with its matches (overlapping ones too), tried only where a match can begin: at a verb of
    _ROLE_VERB, at a number or a qualifier before one; a bare count is looked for only if the text has a role."""
    lower = folded(text)
    yield _VERB_FIRST, (_VERB_FIRST.finditer(text, start, overlapped=True) if lower is None else
                        matches_at(_VERB_FIRST, text, occurrences(lower, _ROLE_VERB, start), start, overlapped=True))
    numbered = qualified_starts(text, number_heads(text))
    yield _COUNT, matches_at(_COUNT, text, numbered, start, overlapped=True)
    if any(role in text for role in _ROLE_FIRST_WORDS):
        yield _BARE, matches_at(_BARE, text, numbered, start, overlapped=True)


def _counts(doc: Document) -> Iterator[Fact]:
    text, taken = doc.text, Coverage(len(doc.text))
    shooter_died: bool | None = None  # asked only of an article with a toll
    for pattern, found in _candidates(text, doc.body_start):
        for match in found:
            if taken.covers(match.start("number")):
                continue
            fact = _count(doc, match, pattern)
            if fact:
                taken.add(match.start("number"), fact.span.end)
                if fact.subject in ROLE_KEYS:
                    if shooter_died is None:
                        shooter_died = tells_of_shooter_death(text, doc.body_start)
                    fact = in_context(text, fact, shooter_died, doc.date.year if doc.date else None)
                if fact:
                    yield fact
    # A match holds a role: only the lines holding one are searched.
    for match in line_matches(_ONE_PERSON, text, occurrences(text, _ROLE_FIRST_WORDS, doc.body_start), doc.body_start):
        role = ROLES[" ".join(match.group("role").lower().split())]
        if role in {"killed", "injured"} and not aggregate(text, match.start()):
            # "A man was killed" names one victim, not the toll: at least one.
            yield quantity_fact(doc, match.start(), match.end(), 1, role, "at least", form="one person")


def _with_nobody(doc: Document) -> Iterator[Fact]:
    """Every count, with "no one was hurt" unless the article counts people of that role elsewhere:
    then it speaks of another incident or of some of the people ("no officers were hurt")."""
    counted = set()
    for fact in _counts(doc):
        counted.add(fact.subject)
        yield fact
    for match in _NONE.finditer(doc.text, doc.body_start):
        role = ROLES[" ".join(match.group("role").lower().split())]
        if role not in counted:
            yield quantity_fact(doc, match.start(), match.end(), 0, role, None)


_AFTER_OF = lazyre.compile(r"\bof[ \t]+$", regex.I)
# "four of the five victims were shot to death": the role belongs to the part, not the whole.
_PARTITIVE = lazyre.compile(r"\bof[ \t]+(?:(?:the|these|those|its|their)[ \t]+)?$", regex.I)
# "Baby, 4 people injured", "a woman and two men shot": one of several counted together.
_COORDINATED = lazyre.compile(
    r"\b(?:baby|infant|toddler|child|boy|girl|man|woman|teen|teenager|officer|deputy|mother|father|bystander)"
    r"(?:,|[ \t]+and)[ \t]+$",
    regex.I,
)


def _part_of_a_whole(text: str, start: int, aux: str | None) -> bool:
    """Whether the count is coordinated with another person, or is a whole of which a part has the role."""
    before = text[max(0, start - 24) : start]
    predicate = bool(aux) and not aux.lower().startswith("who")  # "one of the five who were hurt" is the whole
    return bool(_COORDINATED.search(before) or (predicate and _PARTITIVE.search(before)))


_ANOTHER = lazyre.compile(r"\b(?:another|a[ \t]+second)\b", regex.I)


def _another_follows(text: str, at: int) -> bool:
    _, end = sentence_at(text, at)
    return bool(_ANOTHER.search(text[at:end]))


_YEAR_LIKE = lazyre.compile(r"(?:1[89]|20)\d\d")


def _count(doc: Document, match: regex.Match, pattern: regex.Pattern) -> Fact | None:
    """The count a match states, if it is a count of something named (or of an event role)."""
    text, number = doc.text, match.group("number")
    value = parse_number(number)
    if value is None or _YEAR_LIKE.fullmatch(number):
        return None  # no number, or a year, not a count
    if not _plausible_start(text, match.start("number")):
        return None
    qualifier = match.group("qualifier")
    if value == 1 and _another_follows(text, match.end()):
        return None  # "one person was shot in the head, another in the back"
    if pattern is _BARE:
        if _AFTER_OF.search(text[max(0, match.start() - 5) : match.start()]):
            return None  # "father of 5 killed": his children, not the dead
        if match.group("severity") or (value == 1 and match.group("role").lower() == "shot"):
            return None  # "two were seriously injured" is part of a count; "one shot" is a gunshot
        if _part_of_a_whole(text, match.start(), match.group("aux")):
            return None
        role = ROLES[" ".join(match.group("role").lower().split())]
        return quantity_fact(doc, match.start(), match.end(), value, role, qualifier)
    words = (match.group("words") or "").split()
    chosen = _choose_noun(words, value) if words else None
    if pattern is not _BARE and (chosen is None or not chosen[0]) and _AFTER_OF.search(text[max(0, match.start() - 5) : match.start()]):
        return None  # "father of 5 killed": his children, not the dead
    if pattern is _VERB_FIRST:
        if words and (words[0] in UNITS or words[0] in {"year-old", "years-old"}):
            return None  # "killed two weeks earlier"
        role = _ROLE_VERB[match.group("verb").lower()]
        if chosen is None or chosen[1]:
            return quantity_fact(doc, match.start(), match.end("number"), value, role, qualifier)
        noun, _, mods = chosen
        if _NOT_TOTAL & set(mods):
            return None
        end = text.index(noun, match.end("number")) + len(noun)
        return quantity_fact(doc, match.start(), end, value, _counted("" if noun == "others" else noun, role), qualifier)
    if chosen is None:
        return None
    noun, role, mods = chosen
    if _NOT_TOTAL & {noun, *mods}:
        return None  # "two more people", "three other victims": part of a count, not the count
    last = noun or words[len(mods)]
    end = text.index(last, match.end("number")) + len(last)
    aux = None
    if not role:
        tail = _TAIL.match(text, end)
        if tail and tail.group("severity"):
            return None
        if tail:
            role, end, aux = ROLES[" ".join(tail.group("role").lower().split())], tail.end(), tail.group("aux")
    if role and _part_of_a_whole(text, match.start(), aux):
        return None
    if value == 1 and not role:
        return None
    if not role:
        return plain_count(doc, match.start(), end, value, noun, mods, qualifier)
    return quantity_fact(doc, match.start(), end, value, _counted(noun, role), qualifier)


# "the death toll rose to 14", "the death toll from the fire has climbed to more than 40", "a death toll of 12": the
# number of the killed, named by the toll.
_DEATH_TOLL = lazyre.compile(
    rf"\b(?i:death)[ \t]+toll(?:[ \t]+(?:from|in|of)[ \t]+[^.;:!?\n\d]{{1,60}}?)?[ \t]+"
    rf"(?:(?:has|had)[ \t]+)?(?:now[ \t]+)?(?:rose|risen|climbed|jumped|increased|reached|stood|stands|hit|was|is)"
    rf"[ \t]+(?:(?:to|at)[ \t]+)?{QUALIFIER}{_NUM}(?![ \t]*(?:%|percent\b|per[ \t]+cent\b))"
    rf"|\b(?i:a)[ \t]+(?i:death)[ \t]+toll[ \t]+of[ \t]+{QUALIFIER}{_NUM}(?![ \t]*(?:%|percent\b|per[ \t]+cent\b))"
)


# A capitalized word in a toll's own words that is no day or month names a place or a group: "the death toll in Teri
# Mangal", "from the Afghan bombing".
_NAMED_PLACE = lazyre.compile(
    r"(?<=[ \t])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)\p{Lu}")


def _death_tolls(doc: Document, events: regex.Pattern) -> Iterator[Fact]:
    """The number of the killed a death toll gives, as its sentence qualifies it (see tolls.in_context), when the
    sentence names the event it is the toll of ("the death toll from Sunday's fire"); a toll of nothing named is a
    running tally (a pandemic's, a war's), which articles days apart rightly give differently."""
    text = doc.text
    shooter_died: bool | None = None  # asked only of an article with a toll
    for match in line_matches(_DEATH_TOLL, text, occurrences(text, ("toll",), doc.body_start), doc.body_start):
        value = parse_number(match.group("number"))
        if value is None or _YEAR_LIKE.fullmatch(match.group("number")):
            continue
        if not events.search(text, *sentence_at(text, match.start())):
            continue
        if _NAMED_PLACE.search(text, match.start(), match.start("number")):
            continue  # "the death toll in Angur Adar rose to 23": one place's toll, a part of the event's
        fact = quantity_fact(doc, match.start(), match.end(), value, "killed", match.group("qualifier"))
        if shooter_died is None:
            shooter_died = tells_of_shooter_death(text, doc.body_start)
        fact = in_context(text, fact, shooter_died, doc.date.year if doc.date else None)
        if fact:
            yield fact


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every count of people or things in the document body."""
    yield from _with_nobody(doc)
    yield from _death_tolls(doc, vocabulary.events.noun_pattern)
