"""Named venues and organisations: "George P. Shultz National Foreign Affairs Training Center", "Foreign Ministry"."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator


from factlint import lazyre
from factlint.rulebook.gazetteer import EntityKind
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind
from factlint.rulebook.spelling import name_key

# The last word of a named place of gathering or an organisation ("... Training Center").
HEADS = frozenset(
    """center centre institute hall palace exchange stadium hotel ministry house arena museum
    university college school academy hospital clinic church cathedral mosque synagogue temple
    park square plaza airport station terminal theatre theater library building tower court
    courthouse embassy consulate department council parliament assembly senate congress agency
    office bureau commission club mall market gallery auditorium pavilion coliseum colosseum
    field ground grounds garden gardens campus base prison jail castle chapel forum lodge inn
    resort casino complex""".split()
)
# Words that start a sentence or a phrase and are capitalized only for that reason.
LEADING = frozenset(
    """the a an at in on by for from with and but or of to as this that these those its his her
    their our my your speaking after before during outside inside near while when where""".split()
)
_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|\d+(?:st|nd|rd|th)?)"
_JOIN = r"(?:of|for|and|on|&|the|de|du|des|la|le)"
_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
             r"|June|July|August|September|October|November|December)\b")
_VENUE = lazyre.compile(
    rf"(?<![\p{{L}}\d_@#]){_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,9}}"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?!{_CALENDAR}){_WORD}(?:[ \t]+(?:and[ \t]+)?{_WORD}){{0,4}})?"
)


_NON_SPACE = lazyre.compile(r"\S+")
_JOINT = lazyre.compile(r"(\S+)[ \t]+(?:and|&)[ \t]+")


@dataclass(frozen=True)
class Venue:
    """A venue or organisation name found in a text: where it is and how it is written."""

    start: int
    end: int
    name: str


def without_possessive(name: str) -> str:
    """The name without a possessive ending ("Blinken’s" -> "Blinken"; names hold no line break)."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _holds_head(run: str) -> bool:
    """Whether a word of a capitalized run may be a head word: else no venue can be cut from it. (str.split cuts at
    a few more spaces than _NON_SPACE does, never inside a head word, so it misses none.)"""
    return not HEADS.isdisjoint([word.rstrip(".,’'s") for word in run.lower().split()])


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The venue inside a capitalized run: leading phrase words dropped, cut after the last head word."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    while words and words[0].group().lower().strip(".,") in LEADING:
        words.pop(0)
    last_head = max((i for i, w in enumerate(words) if w.group().lower().rstrip(".,’'s") in HEADS), default=-1)
    if last_head < 0:
        return None
    tail = words[last_head + 1 :]
    # Keep an "of ..." complement only when it is capitalized ("Ministry of Foreign Affairs").
    if tail and tail[0].group() in {"of", "for"} and len(tail) > 1:
        kept = words
    else:
        kept = words[: last_head + 1]
    if len(kept) < 2 or kept[0].group().lower() in HEADS and len(kept) < 2:
        return None
    first, last = kept[0], kept[-1]
    stop = last.end()
    while stop > first.start() and text[start + stop - 1] in ".,":
        stop -= 1
    return start + first.start(), start + stop


# A word of four or more letters ending in a full stop ends a sentence ("... House Democrats. The House
# Judiciary ..."); short ones are abbreviations ("St.", "Mt.", "Jr.", "U.S.").
_SENTENCE_END = lazyre.compile(r"(?<=\p{Ll}{3}|\p{L}{4})\.(?=[ \t]+\p{Lu})")


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalized run cut at sentence ends and at "and"/"&" after a head word: "White House and State
    Department" is two."""
    stop = _SENTENCE_END.search(text, start, end)
    if stop:
        after = stop.end() + len(text[stop.end():end]) - len(text[stop.end():end].lstrip(" \t"))
        return _split(text, start, stop.start()) + _split(text, after, end)
    parts, begin = [], start
    for joint in _JOINT.finditer(text[start:end]):
        if joint.group(1).lower().rstrip(".,") in HEADS:
            parts.append((begin, start + joint.end(1)))
            begin = start + joint.end()
    return parts + [(begin, end)]


@functools.lru_cache(maxsize=16)
def find_venues(text: str, start: int = 0) -> tuple[Venue, ...]:
    """Every named venue or organisation in text[start:]: a run of capitalized words ending in a head word."""
    venues = []
    for match in _VENUE.finditer(text, start):
        if not _holds_head(match.group()):
            continue
        for part_start, part_end in _split(text, match.start(), match.end()):
            trimmed = _trim(text, part_start, part_end)
            if not trimmed:
                continue
            name = without_possessive(text[trimmed[0] : trimmed[1]])
            venues.append(Venue(trimmed[0], trimmed[0] + len(name), name))
    return tuple(venues)


def extract(doc: Document, lexicon: Lexicon) -> Iterator[Fact]:
    """Every named venue or organisation in the body, keyed by its canonical name when the gazetteer knows it."""
    for venue in find_venues(doc.text, doc.body_start):
        canonical = lexicon.gazetteer.canonical(venue.name)
        wrong = lexicon.gazetteer.misspelt(venue.name)
        # A declared misspelling of a person or title is not this venue's concern.
        wrong_name = wrong.name if wrong and wrong.kind not in (EntityKind.PERSON, EntityKind.TITLE) else ""
        attrs = (("canonical", canonical),) if canonical else (("misspelling_of", wrong_name),) if wrong_name else ()
        yield Fact(
            kind=FactKind.VENUE, span=doc.span(venue.start, venue.end), text=venue.name,
            value=venue.name, subject=name_key(canonical or wrong_name or venue.name), attrs=attrs,
        )
