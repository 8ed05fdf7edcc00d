"""What an article's lead says of its event beside the words: where it happened and who took part. Two articles whose
leads name places or people neither names are of two occasions, however alike their words."""

from __future__ import annotations

import itertools

import regex

from factlint import lazyre
from factlint.link.features import title_case
from factlint.link.participants import NOT_PLACES, PLACE_AFTER, place_name
from factlint.link.specificity import zipf
from factlint.model import Document
from factlint.rulebook.geography import geography

# The lead is the first three lines that are sentences (a place is read in them by participants.PLACE_AFTER).
_LEAD_LINES = 3
# A line that ends so is a sentence; a headline or a site's title line ("... shooting in Houston CCTV News") is not,
# and its capitals run on into the site's name.
_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’')


# A wire dateline names where the story was filed, at the head of its first paragraph: a place in capitals
# ("SEATTLE —", "LASHKAR GAH, Afghanistan, Feb 28 (Reuters) -") or a place and its country before the agency's
# name ("Mannheim, Germany (Sports Network) -").
_DATELINE = lazyre.compile(
    r"^(?:(?P<place>\p{Lu}[\p{Lu}.'’-]{2,}(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2})(?:,[^\n()]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"|(?P<place>\p{Lu}[\p{Ll}.'’-]+(?:\s\p{Lu}[\p{Ll}.'’-]+){0,2}),\s\p{Lu}[^\n()]{1,40}?\s*\([^()\n]{1,40}\)\s*)"
    r"(?:--|—|–|-)\s", regex.VERSION1)


def _lead_lines(doc: Document, count: int = _LEAD_LINES) -> list[str]:
    """The article's first lines that are sentences: no headline, title line, byline or time stamp."""
    lines = (line.strip() for _, line in doc.body_lines())
    return list(itertools.islice((line for line in lines if line and line.endswith(_SENTENCE_END)
                                  and not title_case(line)), count))


def _lead(doc: Document) -> list[str]:
    """The first non-empty lines of the body."""
    return list(itertools.islice((line for _, line in doc.body_lines() if line.strip()), _LEAD_LINES))


def lead_text(doc: Document) -> str:
    """The article's first two non-empty lines (its headline and lead), lowercased and joined."""
    return " ".join(_lead(doc)[:2]).lower()


def lead_places(doc: Document, lines: int = _LEAD_LINES) -> frozenset[str]:
    """The settlements (cities, towns, states, countries the gazetteer knows) the lead names as where the event
    happened, and its dateline's place, where it was filed; lowercased. A building has other names the lead cannot
    know (the Training Center is the Foreign Service Institute), and a county or a body is no settlement: a clash
    between a school and the county it is in would be none. `lines`: how many of the first lines that are sentences
    are read (a round-up's third paragraph may tell its other incident)."""
    found = set()
    for rank, line in enumerate(_lead_lines(doc, lines)):
        dateline = _DATELINE.match(line) if rank == 0 else None
        if dateline:
            found.add(dateline.group("place").lower())
        for match in PLACE_AFTER.finditer(line):
            name = place_name(match.group(1).split())
            if name and geography().knows(name):
                found.add(name)
    return frozenset(found)


# Who the lead says took part: two capitalized words in a row ("Hasim Rahman", "Tony Thompson") inside a line.
_LEAD_PERSON = lazyre.compile(r"(?<=[\p{Ll},;]\s+)\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+")


# A person's surname is no common English word ("Thompson", "Rahman"; not "Training Center", "Foreign Service",
# "White House", "Prime Minister"): a Zipf frequency under this.
_SURNAME_ZIPF = 4.5


def lead_people(doc: Document) -> frozenset[str]:
    """The people (two capitalized words, the second no common English word) the lead names, lowercased."""
    found = set()
    for line in _lead(doc):
        if title_case(line):
            continue
        for match in _LEAD_PERSON.finditer(line):
            first, second = match.group().lower().split()
            if first not in NOT_PLACES and zipf(second) < _SURNAME_ZIPF:
                found.add(f"{first} {second}")
    return frozenset(found)


def apart(text_a: str, text_b: str, named_a: frozenset[str], named_b: frozenset[str]) -> bool:
    """Whether each article's lead names places (or people) the other's lowercased text never names: two occasions."""
    if not named_a or not named_b:
        return False
    return not any(name in text_b for name in named_a) and not any(name in text_a for name in named_b)
