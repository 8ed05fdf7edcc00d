"""Counts of people and things with what they count: "1,200 nurses", "nine people were injured", "killing three"."""

from __future__ import annotations

import functools
from typing import Iterable, Iterator

import regex

from factlint import lazyre
from factlint.extract.counted import IRREGULAR, complement_after, in_a_name, is_part_or_range, noun_phrase_key, place_after, singular, tally
from factlint.extract.numbers import NUMBER_PATTERN, format_number, number_heads, parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.spans import Coverage, line_matches, lowered, matches_at, occurrences
from factlint.extract.tolls import aggregate, in_context, tells_of_shooter_death
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind

# Event roles: the many ways of saying someone was killed or hurt, each mapped to one key.
ROLES = {
    "killed": "killed", "dead": "killed", "died": "killed", "slain": "killed", "murdered": "killed",
    "fatally shot": "killed", "fatally wounded": "killed", "fatally injured": "killed",
    "shot dead": "killed", "shot and killed": "killed", "shot to death": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalized": "hospitalized",
    "shot and wounded": "injured", "shot and injured": "injured", "shot": "shot",
}
ROLE_KEYS = frozenset(ROLES.values())
_ROLE_FIRST_WORDS = tuple(sorted({role.split()[0] for role in ROLES}))
_ROLE = "|".join(sorted((r.replace(" ", r"[ \t]+") for r in ROLES), key=len, reverse=True))
# Verbs that carry a role before their object: "killing three", "injured two others".
_ROLE_VERB = {"killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured",
              "wounding": "injured", "wounded": "injured", "hurting": "injured"}
# Nouns naming people in general: a count of them is a count of the role itself.
_GENERIC = frozenset("person people persons individual individuals victim victims".split())
# Counted words that are units or quantities of their own, never "things counted".
UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries time times percent per cent mile miles kilometer kilometers kilometre kilometres
    meter meters metre metres foot feet inch inches yard yards pound pounds ounce ounces kilogram kilograms
    kg km mph gram grams degree degrees point points dollar dollars cent cents euro euros acre acres
    block blocks am pm a.m p.m o'clock round rounds-old years-old- yo""".split()
)
# Words in front of a count that make it partial, cumulative or not a count of the event at all.
_NOT_TOTAL = frozenset("more other others additional another further else extra".split())
_BEFORE_NOT_COUNT = lazyre.compile(
    r"(?:\b(?:no|number|No|nos|route|highway|interstate|room|apt|apartment|unit|suite|page|chapter|"
    r"version|channel|flight|bus|line|platform|gate|pier|exit|block|top|aged?|age|ages|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\.?|[#№$£€:/-])[ \t]*$",
    regex.I,
)
_QUALIFIERS = ("at least", "more than", "fewer than", "less than", "about", "around", "nearly", "almost", "some",
               "roughly", "approximately", "up to", "over", "under")
_BLANKS = r"[ \t]+"
QUALIFIER = rf"(?:(?P<qualifier>(?i:{'|'.join(q.replace(' ', _BLANKS) for q in _QUALIFIERS)})){_BLANKS})?"
BOUNDARY = r"(?<![\w.,:/$£€#-])"
_NUM = rf"(?P<number>{BOUNDARY}(?i:{NUMBER_PATTERN})(?![\w%]|[.,:/-]\d|-\w))"
MODIFIER = r"(?:(?!(?:of|and|or|to|in|at|on|were|was|are|is|have|had|has|been|who|that|the|a|an)\b)[a-z][a-z'-]*[ \t]+)"

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
FUNCTION_WORDS = frozenset(
    """of the a an and or to in on at for by with from as is was were be been that this these those its his her
    their our who which when where while after before during since until has have had are last next each all
    year-old years-old year-olds""".split()
)
# Singular nouns a count of one may name: "one person dead", "one man was killed".
_ONE = frozenset("person man woman child boy girl teen teenager adult officer victim student".split())


def _is_plural(noun: str) -> bool:
    low = noun.lower()
    return low in IRREGULAR or (low.endswith("s") and not low.endswith("ss"))


def _counted(noun: str, role: str) -> str:
    """The subject key: the role alone for people in general, else the thing counted, with its role."""
    key = singular(noun) if noun else ""
    if key in ROLE_KEYS:  # "11 shots" counts shots fired, not people shot
        key = noun.lower()
    if not key or (key in _GENERIC and role):
        return role
    return f"{key} {role}" if role else key


def _plausible_start(text: str, start: int) -> bool:
    """A number is a count unless a word before makes it an address, a rank, an age or a code."""
    return not _BEFORE_NOT_COUNT.search(text[max(0, start - 14) : start])


def quantity_fact(doc: Document, start: int, end: int, value: float, subject: str, qualifier: str | None,
                  display: str = "", unit: str = "", form: str = "", role: str = "") -> Fact:
    """A complete QUANTITY fact for text[start:end]; `role` sets apart figures never compared ("total")."""
    attrs = []
    if form:
        attrs.append(("form", form))
    if qualifier:
        attrs.append(("qualifier", " ".join(qualifier.lower().split())))
    if unit:
        attrs.append(("unit", unit))
    if role:
        attrs.append(("role", role))
    return Fact(FactKind.QUANTITY, doc.span(start, end), doc.text[start:end], format_number(value),
                subject, display, tuple(attrs))


_SEVERE = lazyre.compile(_SEVERITY)


def _choose_noun(words: list[str], value: float) -> tuple[str, str, list[str]] | None:
    """(noun, role, modifiers) among the words after a number, or None when they count nothing."""
    for index, written in enumerate(words[:3]):
        word = written.lower()
        if word in FUNCTION_WORDS or word in UNITS or parse_number(word) is not None:
            return None
        if written != word and (word in ROLES or index == 0 and not _is_plural(word)):
            return None  # a headline's "3 Dead In Fire", a name's "3 Doors Down": tolls are read in lowercase
        if word in ROLES and word != "shot":  # "three dead", "two injured officers"
            if any(_SEVERE.fullmatch(m) for m in words[:index]):
                return None  # "one seriously injured": only some of the injured
            rest = words[index + 1 : index + 2]
            if rest and rest[0] not in UNITS and rest[0] not in FUNCTION_WORDS and rest[0] not in ROLES:
                if _is_plural(rest[0]) or value == 1:  # "two injured officers", "one wounded man"
                    return rest[0], ROLES[word], words[:index]
            return "", ROLES[word], words[:index]
        if (_is_plural(word) and not word.endswith(("ous", "ss", "us", "is"))) or (value == 1 and word in _ONE):
            return written, "", words[:index]
        if index == 2:
            return None
    return None


def _blanks_before(text: str, at: int, any_space: bool) -> int:
    """Where the run of spaces and tabs (or of any white space) that ends at `at` begins."""
    while at > 0 and (text[at - 1] in " \t" or any_space and text[at - 1].isspace()):
        at -= 1
    return at


def _may_be(written: str, word: str) -> bool:
    """Whether `written` may match `word` case-insensitively (any non-ASCII text may: "ſome")."""
    return written.lower() == word or not written.isascii()


@functools.lru_cache(maxsize=4)
def _backwards(qualifiers: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """Each qualifier's words, last first, as qualified_starts reads them; and the last words alone."""
    backwards = tuple(tuple(reversed(qualifier.split())) for qualifier in qualifiers)
    return backwards, tuple(sorted({words[0] for words in backwards}))


def qualified_starts(text: str, heads: Iterable[int], qualifiers: Iterable[str] = _QUALIFIERS,
                     any_space: bool = False) -> list[int]:
    """Where a match of a qualifier ("at least", "about"; QUALIFIER's by default) and blanks, followed by something at
    one of the `heads`, may begin: at each head, and at each qualifier right before one. Blanks are spaces and tabs,
    or any white space (\\s) with `any_space`. Ascending; a superset, each to be confirmed by the pattern."""
    backwards, last_words = _backwards(tuple(qualifiers))
    lower = lowered(text)
    starts = set(heads)
    for head in heads:
        end = _blanks_before(text, head, any_space)
        if end == head or lower is not None and not lower.endswith(last_words, 0, end):
            continue
        for words in backwards:
            if lower is not None and not lower.endswith(words[0], 0, end):
                continue
            at = end
            for index, word in enumerate(words):
                if index:
                    gap = _blanks_before(text, at, any_space)
                    if gap == at:
                        break
                    at = gap
                if at < len(word) or not _may_be(text[at - len(word) : at], word):
                    break
                at -= len(word)
            else:
                starts.add(at)
    return sorted(starts)


def _candidates(text: str, start: int) -> Iterator[tuple[regex.Pattern, Iterator[regex.Match]]]:
    """Each count pattern with its matches (overlapping ones too), tried only where a match can begin: at a verb of
    _ROLE_VERB, at a number or a qualifier before one; a bare count is looked for only if the text has a role."""
    lower = lowered(text)
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
        return _plain_count(doc, match.start(), end, value, noun, mods, qualifier)
    return quantity_fact(doc, match.start(), end, value, _counted(noun, role), qualifier)


# What people in general did, which says what a count of them counts: "5,000 people marched", "200 were evacuated".
_PREDICATE = lazyre.compile(
    r"[ \t]+(?:(?:who[ \t]+)?(?:were|are|have[ \t]+been|had[ \t]+been)[ \t]+)?(?P<verb>[a-z]+(?:ed|en))\b")


# "50 states and territories", "12 workers or managers": one count of two heads.
_COORDINATED_HEAD = lazyre.compile(r"[ \t]+(?P<conjunction>and|or)[ \t]+(?P<other>[a-z][a-z'-]*s)\b(?![ \t]+(?:were|was|are|is|have|had|has)\b)")

# What was done to them: "sentenced five people to death", "evacuated 200 people".
_DONE_TO = lazyre.compile(r"\b(?P<verb>[a-z]+ed)[ \t]+$")


def _plain_count(doc: Document, start: int, end: int, value: float, noun: str, mods: list[str],
                 qualifier: str | None) -> Fact | None:
    """A count of a named thing with no event role, keyed by its noun phrase ("12 dock workers"), its place ("at
    the port") and, for people in general, what they did; None for a part, a range's end or a running total."""
    text = doc.text
    if is_part_or_range(text, start) or in_a_name(text, start):
        return None
    figure = tally(text, start, end)
    if figure is None:
        return None
    of, after_of = complement_after(text, end)
    where = place_after(text, after_of)
    key = noun_phrase_key(noun, mods, where, of)
    joined = _COORDINATED_HEAD.match(text, end)
    if joined:  # "50 states and territories": states and territories together
        key = f"{key} {joined.group('conjunction').lower()} {singular(joined.group('other'))}"
    if key in ROLE_KEYS:  # "11 shots" counts shots fired, not people shot
        key = noun.lower()
    if singular(noun) in _GENERIC:
        predicate = _PREDICATE.match(text, end) or _DONE_TO.search(text[max(0, start - 30) : start])
        if predicate is None or predicate.group("verb") in FUNCTION_WORDS:
            return None  # "5,000 people" alone: people doing what?
        key = f"{key} {predicate.group('verb').lower()}"
    return quantity_fact(doc, start, end, value, key, qualifier, role=figure.value)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every count of people or things in the document body."""
    yield from _with_nobody(doc)
