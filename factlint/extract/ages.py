"""Ages of named people: "Trung Le, 22,", "22-year-old Trung Le", "Le, aged 22", "Le, who was 22", "Le (22)".

The subject is a person key: the lowercased full name as written, without titles. A surname
alone ("Le, 22,") is keyed by the one full name in the same article that ends with it; when
the article has no such name or several (a family), the age is not extracted at all.
"""

from __future__ import annotations

from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.names import find_people
from factlint.extract.numbers import NUMBER_WORD_PATTERN, format_number, parse_number
from factlint.extract.spans import Coverage, line_matches, occurrences
from factlint.extract.sentences import sentence_at
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind

_TOKEN = r"(?:\p{Lu}[\p{Ll}'’-]*\p{L}|\p{Lu}\.|\p{Lu}[\p{Ll}]*\p{Lu}\p{Ll}+)"
_JOIN = r"(?:[ \t]+(?:(?:de|van|von|del|della|da|du|la|le|bin|al)[ \t]+)?)"
NAME = rf"(?P<name>{_TOKEN}(?:{_JOIN}{_TOKEN}){{0,3}}(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))?)"
_AGE = rf"(?P<age>\d{{1,3}}|{NUMBER_WORD_PATTERN})"
_PERSON_NOUN = r"(?:man|woman|boy|girl|teen|teenager|student|mother|father|son|daughter|victim|driver|resident|suspect|officer|person|child|baby)"
# An age in a clause about another time: "since Faust was 14", "when Le was 12", "then 22-year-old Wood".
# A sentence that tells of an earlier, wrong report: "the Star previously reported she was 7".
_CORRECTION = lazyre.compile(r"\b(?:previous(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?)\b", regex.I)
_PAST_CLAUSE = lazyre.compile(r"\b(?:when|since|until|because|then)[ \t]+$", regex.I)
# A capitalized name after "the" is a place or a body ("on the West Side, a 16-year-old"), never a person: "the",
# then any capitalized words, right before the name matched.
_DETERMINED = lazyre.compile(r"\b[Tt]he[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+)*$")

# Not a surname right after a quoted nickname: 'Aaron "Pudge" Ladson, 32'.
_NOT_NICKNAMED = r"""(?<!["”’'][ \t])"""

PATTERNS = (
    # "Trung Le, 22," / "Le, aged 22," / "Trung Le (22)"
    lazyre.compile(rf"(?<![\p{{L}}.-]){_NOT_NICKNAMED}\b{NAME},[ \t]+(?:aged[ \t]+|age[ \t]+)?(?P<age>\d{{1,3}})(?=[,;)]|[ \t]+(?:from|and|was|were|is|who|had|has|died|remains?)\b|\.[ \t\n])"),
    lazyre.compile(rf"(?<![\p{{L}}.-]){_NOT_NICKNAMED}\b{NAME}[ \t]+\((?:aged?[ \t]+)?(?P<age>\d{{1,3}})\)"),
    # "22-year-old Trung Le" / "a 22-year-old man, Trung Le,"
    # (not "a 35-year-old Pontiac man": a place name before a person noun)
    lazyre.compile(rf"(?i:{_AGE})[- ]years?[- ]old[ \t]+(?:{_PERSON_NOUN},?[ \t]+)?{NAME}\b(?![ \t]+{_PERSON_NOUN}s?\b|[ \t]+(?:men|women|native)\b)"),
    # "Trung Le, a 22-year-old student"
    lazyre.compile(rf"(?<![\p{{L}}.-]){_NOT_NICKNAMED}\b{NAME},[ \t]+(?:a|an|the)[ \t]+(?i:{_AGE})[- ]years?[- ]old\b"),
    # "Le, who was 22," / "Trung Le was 22 years old"
    lazyre.compile(rf"(?<![\p{{L}}.-]){_NOT_NICKNAMED}\b{NAME},?[ \t]+(?:who[ \t]+)?(?:was|is)[ \t]+(?:only[ \t]+|just[ \t]+)?(?P<age>\d{{1,3}})(?:[ \t]+years?[ \t]+old)?(?=[,.;)]|[ \t]+(?:when|at|and)\b)"),
)
_TITLES = frozenset(
    """mr mrs ms miss dr officer deputy sgt sergeant det detective lt lieutenant capt captain chief cpl corporal
    trooper agent police victim suspect witness witnesses the a an and but also when then after while as
    authorities friends family relatives neighbors mother father brother sister son daughter uncle aunt
    cousin grandmother grandfather wife husband boyfriend girlfriend gunman shooter""".split()
)
_NOT_NAMES = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sept sep oct nov dec monday tuesday wednesday thursday friday saturday sunday street avenue
    road drive boulevard county city state police department sheriff office university school""".split()
)
_FULL_NAME = lazyre.compile(rf"\b{_TOKEN}(?:{_JOIN}{_TOKEN}){{1,3}}\b")


def clean_name(raw: str) -> str:
    """The name without leading titles and roles ("Officer John Smith" -> "John Smith")."""
    tokens = raw.split()
    while tokens and tokens[0].lower().rstrip(".") in _TITLES:
        tokens = tokens[1:]
    return " ".join(tokens)


def _is_name(name: str) -> bool:
    tokens = [t.lower().rstrip(".,") for t in name.split()]
    return bool(tokens) and not any(t in _NOT_NAMES for t in tokens) and not name.isupper()


def person_key(name: str, full_names: dict[str, set[str]]) -> str:
    """The key a mention is compared by: its full name, or the one full name ending in a lone surname.

    A lone surname the article never writes out in full, or writes for several people (a family),
    has no key: "Oudom, 9" and "Oudom, 35" are a child and a parent, not one person twice.
    """
    key = " ".join(name.lower().replace(",", " ").split())
    if " " not in key:
        return next(iter(full_names[key])) if len(full_names.get(key, ())) == 1 else ""
    return key


def _people(doc: Document, vocabulary: Lexicon) -> frozenset[str]:
    """The full names the article says are people (after a title, in an apposition, before a speech verb), folded."""
    mentions, _ = find_people(doc, vocabulary.gazetteer)
    return frozenset(" ".join(m.full.lower().split()) for m in mentions)


def _as_person(name: str, people: frozenset[str]) -> str:
    """The name without the words before a person the article names ("Foreign Minister Annalena Weber" -> "Annalena
    Weber"): the longest run of its last words that is such a person, else the name as cleaned."""
    words = name.split()
    for first in range(len(words) - 1):
        if " ".join(words[first:]).lower() in people:
            return " ".join(words[first:])
    return name


def _full_names(doc: Document, people: frozenset[str]) -> dict[str, set[str]]:
    """Every two-to-four-word capitalized name in the article, and every person it names, by its last word."""
    names: dict[str, set[str]] = {}
    for person in people:
        if " " in person:
            names.setdefault(person.split()[-1], set()).add(person)
    for match in _FULL_NAME.finditer(doc.text, doc.body_start):
        name = _as_person(clean_name(match.group()), people)
        if " " in name and _is_name(name):
            key = " ".join(name.lower().split())
            names.setdefault(key.split()[-1], set()).add(key)
    return names


# What a match of each pattern holds: the age in digits right after a comma, a parenthesis or "was"/"is" (these
# patterns match within a line, so only the lines holding it are searched), or "year old" in one of its spellings
# (else no text at all is searched).
_AGE_HELD = {
    0: lazyre.compile(r",[ \t]+(?:aged?[ \t]+)?\d"),
    1: lazyre.compile(r"\((?:aged?[ \t]+)?\d"),
    4: lazyre.compile(r"(?:was|is)[ \t]+(?:only[ \t]+|just[ \t]+)?\d"),
}
_YEARS_OLD = ("year-old", "year old", "years-old", "years old")


def _matches(doc: Document) -> Iterator[regex.Match]:
    """The matches of each pattern in turn, overlapping ones too, as a search of the whole body finds them."""
    text, start = doc.text, doc.body_start
    # "year old" is matched case-sensitively and within a line: only the lines holding one are searched.
    years_old = occurrences(text, _YEARS_OLD, start)
    for index, pattern in enumerate(PATTERNS):
        if index in _AGE_HELD:
            held = [match.start() for match in _AGE_HELD[index].finditer(text, start)]
            yield from line_matches(pattern, text, held, start, overlapped=True)
        elif years_old:
            yield from line_matches(pattern, text, years_old, start, overlapped=True)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every stated age of a named person in the document body."""
    full_names: dict[str, set[str]] | None = None
    people: frozenset[str] | None = None
    taken = Coverage(len(doc.text))
    for match in _matches(doc):
        name = clean_name(match.group("name"))
        value = parse_number(match.group("age"))
        if not name or not _is_name(name) or value is None or not 0 < value < 120:
            continue
        if _DETERMINED.search(doc.text[max(0, match.start("name") - 40) : match.start("name")]):
            continue
        if taken.covers(match.start("age")):
            continue
        taken.add(match.start(), match.end())
        people = _people(doc, vocabulary) if people is None else people
        full_names = _full_names(doc, people) if full_names is None else full_names
        key = person_key(_as_person(name, people), full_names)
        if not key or _PAST_CLAUSE.search(doc.text[max(0, match.start() - 10) : match.start()]):
            continue
        if _CORRECTION.search(doc.text, *sentence_at(doc.text, match.start())):
            continue
        yield Fact(FactKind.AGE, doc.span(match.start(), match.end()), match.group(), format_number(value),
                   key, "", (("person", name),))
