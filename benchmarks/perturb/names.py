"""People's names, their titles and the places things are in: surface patterns and one-letter or one-place changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from benchmarks.perturb.mention import Family, Mention, Witnesses, alternation
from benchmarks.perturb.words import COUNTRIES, NOT_NAMES, STATE_ABBREVIATIONS, STATES, TITLES


def misspelt(word: str) -> str:
    """The word with one letter changed: the inner vowel nearest its middle swapped for another (an ending such as
    -man/-men is left alone), else its last inner consonant."""
    swap = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o", "y": "i"}
    inner = sorted(range(1, len(word) - 1), key=lambda i: (abs(2 * i - len(word) + 1), i))
    for index in inner:
        if word[index] in swap:
            return word[:index] + swap[word[index]] + word[index + 1 :]
    index = len(word) - 2
    return word[:index] + ("m" if word[index] == "n" else "n") + word[index + 1 :]


# A capitalized word (possessive 's left out), an abbreviation ('Sen.', 'Lt.') or an initial ('F.').
_TOKEN = r"(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z][a-zA-Z-]*|[A-Z]['’][A-Z][a-z]+)"
_RUN = re.compile(rf"{_TOKEN}(?:(?: of | for | ){_TOKEN})*")
_PERSON_AFTER = re.compile(r",\s\d{1,3},|\s(?:said|says|told|added|wrote|explained|testified)\b|,\swho\b")
_PERSON_BEFORE = re.compile(r"(?:said|says|according to)\s$")
_SURNAME = re.compile(r"[A-Z][a-z][a-zA-Z-]{2,}|[A-Z]['’][A-Z][a-z]{2,}")
_LEADING = NOT_NAMES | {"of", "for"}


@dataclass(frozen=True)
class Person:
    """A person's name as written in a run of capitalized words, with the title before it if any."""

    surname_start: int
    surname: str
    title_start: int | None
    title: str | None


def people(text: str) -> Iterator[Person]:
    """Names of people: two or three capitalized words after a title, or before 'said', ', 22,' or ', who'."""
    for run in _RUN.finditer(text):
        tokens = [(m.start() + run.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        titled = [i for i, (_, word) in enumerate(tokens) if word.rstrip(".").lower() in TITLES]
        first = titled[-1] + 1 if titled else 0
        while first < len(tokens) and tokens[first][1].rstrip(".").lower() in _LEADING:
            first += 1
        name = tokens[first:]
        if not 2 <= len(name) <= 4 or any(w.rstrip(".").lower() in NOT_NAMES for _, w in name):
            continue
        surname_start, surname = name[-1]
        if not _SURNAME.fullmatch(surname) or surname in STATES or surname in COUNTRIES:
            continue
        if not titled and not (_PERSON_AFTER.match(text, run.end())
                               or _PERSON_BEFORE.search(text, max(0, run.start() - 20), run.start())):
            continue
        title_start, title = tokens[titled[-1]] if titled else (None, None)
        yield Person(surname_start, surname, title_start, title)


def find_names(text: str) -> Iterator[Mention]:
    """A person's surname, changed by one letter."""
    for person in people(text):
        yield Mention(Family.NAME, person.surname_start, person.surname_start + len(person.surname), person.surname,
                      misspelt(person.surname), frozenset({person.surname}))


_CAPITALIZED = re.compile(r"\b[A-Z](?:['’][A-Z])?[a-zA-Z-]+")


def name_witnesses(text: str) -> Witnesses:
    """Any capitalized word: another article that writes the surname at all states the name."""
    return {word: [frozenset()] for word in set(_CAPITALIZED.findall(text))}


def find_titles(text: str) -> Iterator[Mention]:
    """A title word right before a person's name ('Adviser Jake Sullivan'), changed by one letter."""
    for person in people(text):
        if person.title and person.title_start is not None and re.fullmatch(r"[A-Z][a-z]{3,}", person.title):
            yield Mention(Family.TITLE, person.title_start, person.title_start + len(person.title), person.title,
                          misspelt(person.title), frozenset({(person.title.lower(), person.surname)}))


_REGIONS = {name: name for name in (*STATES, *COUNTRIES)} | STATE_ABBREVIATIONS | {"D.C.": "District of Columbia",
                                                                                  "DC": "District of Columbia"}
_PLACE = re.compile(rf"\b(?:in|at|near|outside|from)\s(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s"
                    rf"(?P<region>{alternation(_REGIONS)})(?!\w)")


def other_region(region: str) -> str:
    """Another state or country written alike: full name for full name, abbreviation for abbreviation."""
    group = (list(STATE_ABBREVIATIONS) if region in STATE_ABBREVIATIONS else COUNTRIES if region in COUNTRIES
             else STATES)
    if region not in group:
        return "Virginia"
    return group[(group.index(region) + 1) % len(group)]


def find_places(text: str) -> Iterator[Mention]:
    """'in Arlington, Virginia': the state or country a place is said to be in, changed to another."""
    for match in _PLACE.finditer(text):
        if match["city"] in _REGIONS:
            continue
        yield Mention(Family.PLACE, match.start("region"), match.end("region"), match["region"],
                      other_region(match["region"]), frozenset({(match["city"], _REGIONS[match["region"]])}))
