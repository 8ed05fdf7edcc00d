"""Places and venues with the place they are said to be in: "at X in Arlington, Virginia", "Dallas, Texas", "a stadium in Leeds".

A PLACE fact's subject is the contained thing (a venue or town, lowercased: "arlington") and
its value the chain of containers as written, normalized ("virginia", "arlington, virginia").
"""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.spans import line_matches
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind

# US states and their AP abbreviations: a closed, stable set that makes "Puyallup, Wash." a place
# without any gazetteer. Other regions are recognised by the shape of the sentence alone.
US_STATES = {
    "alabama": "ala", "alaska": "", "arizona": "ariz", "arkansas": "ark", "california": "calif", "colorado": "colo",
    "connecticut": "conn", "delaware": "del", "florida": "fla", "georgia": "ga", "hawaii": "", "idaho": "",
    "illinois": "ill", "indiana": "ind", "iowa": "", "kansas": "kan", "kentucky": "ky", "louisiana": "la",
    "maine": "", "maryland": "md", "massachusetts": "mass", "michigan": "mich", "minnesota": "minn",
    "mississippi": "miss", "missouri": "mo", "montana": "mont", "nebraska": "neb", "nevada": "nev",
    "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny", "north carolina": "nc",
    "north dakota": "nd", "ohio": "", "oklahoma": "okla", "oregon": "ore", "pennsylvania": "pa",
    "rhode island": "ri", "south carolina": "sc", "south dakota": "sd", "tennessee": "tenn", "texas": "tex",
    "utah": "", "vermont": "vt", "virginia": "va", "washington": "wash", "west virginia": "wva",
    "wisconsin": "wis", "wyoming": "wyo",
}
# USPS codes, in the order of US_STATES ("AL" for Alabama ... "WY" for Wyoming).
_POSTAL = ("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc "
           "nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy").split()
_ABBREVIATION = {abbr: state for state, abbr in US_STATES.items() if abbr}
# A two-letter code is a state only after a comma and in capitals ("Del Rio, TX"), never "in" or "or".
_POSTAL_STATE = dict(zip(_POSTAL, US_STATES))
_TOKEN = r"(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}{2})"
PLACE = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
_CHAIN = rf"(?P<chain>{PLACE}(?:,[ \t]+{PLACE}){{0,2}})"
_VENUE_WORDS = (
    "Center|Centre|Institute|Hall|Palace|Exchange|Stadium|Hotel|Arena|Park|Church|Cathedral|Mosque|Synagogue|"
    "Temple|Chapel|School|Academy|University|College|Hospital|Museum|Theatre|Theater|Airport|Station|Mall|Club|"
    "Library|Building|Tower|Plaza|Square|Courthouse|Field|Ground|Gardens|Complex|Embassy|Auditorium|Pavilion"
)
_VENUE_NOUNS = (
    "stadium|arena|hotel|church|cathedral|mosque|synagogue|temple|mall|nightclub|airport|museum|embassy|"
    "theater|theatre|casino|concert hall|conference center|convention center|ground"
)
_SETTLEMENT = "town|city|village|district|province|region|county|suburb|neighbou?rhood|borough|port|capital"
# A named venue: "at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia".
_NAMED_VENUE = lazyre.compile(
    rf"\b(?:at|in|inside|outside|near)[ \t]+(?:the[ \t]+)?(?P<venue>(?:{_TOKEN}[ \t]+){{0,10}}(?:{_VENUE_WORDS}))"
    rf"[ \t]+in[ \t]+{_CHAIN}"
)
# "a stadium in Leeds", "the hotel in Bradford".
_COMMON_VENUE = lazyre.compile(rf"\b(?:a|an|the)[ \t]+(?P<venue>{_VENUE_NOUNS})[ \t]+in[ \t]+{_CHAIN}")
# "in the coastal town of Y, Z" / "the city of Y in Z".
_SETTLEMENT_OF = lazyre.compile(
    rf"\bthe[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{_SETTLEMENT})[ \t]+of[ \t]+(?P<place>{PLACE})(?:,[ \t]+|[ \t]+in[ \t]+){_CHAIN}"
)
# "in Arlington, Virginia", "near Leeds, West Yorkshire".
_IN_PLACE = lazyre.compile(rf"\b(?P<prep>in|at|near|outside|from|of)[ \t]+(?P<place>{PLACE}),[ \t]+{_CHAIN}")
# "Puyallup, Wash." or "Dallas, Texas" anywhere, when the container is a US state.
_STATE_NAMES = "|".join(
    sorted([*(s.title() for s in US_STATES), *(a.title() + r"\." for a in _ABBREVIATION if len(a) > 2),
            *(a.upper() for a in _ABBREVIATION if len(a) == 2)], key=len, reverse=True)
)
_PLACE_STATE = lazyre.compile(rf"(?<![\p{{L}},][ \t]?)\b(?P<place>{PLACE}),[ \t]+(?P<chain>(?:{_STATE_NAMES}))(?=[ \t]*[,.;:)—–-]|[ \t]*$)", regex.M)
# What may follow a place chain whose last part is not a known state: the end of a clause or a
# preposition. "In Geneva, Lavrov said" and "in Dallas, Houston and Austin" are not containment.
_CLAUSE_END = lazyre.compile(
    r"(?:[ \t]*[.;:!?)\]\"”’—–\n]|[ \t]*$|,(?![ \t]+(?:and|or)\b)(?![ \t]+\p{Lu})|[ \t]+(?:on|in|at|near|last|this|early|late|"
    r"after|before|during|for|to|with|where|when|while|since|until|earlier|later|overnight|yesterday|today)\b)"
)
# ... and after a venue's one town, the clause's verb (a past form or an auxiliary): "the talks at the hotel in
# Toronto ended on Monday" (after a comma it may be a speaker's: "in Arlington, Virginia, Blinken expressed").
_VERB_AFTER = lazyre.compile(r"[ \t]+(?:\p{Ll}{2,}ed|was|were|is|are|has|have|had|will|would)\b")
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an he she they it we i this that mr mrs ms dr lt sgt capt
    det gov sen rep officer chief sheriff police mayor president judge deputy detective sergeant
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_DC = lazyre.compile(r"\bWashington,?[ \t]+D\.?[ \t]?C\.?", regex.I)


def normalize(name: str) -> str:
    """A place name as a comparison key: lowercase, no dots, US state abbreviations spelled out."""
    key = " ".join(name.lower().replace(".", "").replace("’", "'").split())
    key = _ABBREVIATION.get(key, key)
    if len(key) == 2 and name.strip().isupper():
        key = _POSTAL_STATE.get(key, key)
    # The US capital goes by four names; each is one place.
    return "washington dc" if key in {"washington dc", "washington d c", "dc", "district of columbia"} else key


def _parts(chain: str) -> list[str]:
    """The parts of a written chain; a part that starts with a state ends there ("NJ Local News" -> "NJ")."""
    parts = [part.strip() for part in _DC.sub("Washington DC", chain).split(",") if part.strip()]
    for index, part in enumerate(parts):
        words = part.split()
        if _is_state(part):
            continue
        for size in (2, 1):
            if len(words) > size and _is_state(" ".join(words[:size])):
                parts[index] = " ".join(words[:size])
                return parts[: index + 1]
    return parts


def _plausible(parts: list[str]) -> bool:
    keys = [normalize(p) for p in parts]
    return all(k.split()[0] not in _NOT_PLACES for k in keys) and len(set(keys)) == len(keys)


def _is_state(name: str) -> bool:
    return normalize(name) in US_STATES or normalize(name) == "washington dc"


_AND_OR = lazyre.compile(r",?[ \t]+(?:and|or)\b")
_IN_AT_PLACE = lazyre.compile(r"[ \t]+(?:in|at)[ \t]+\p{Lu}")


def _ends_clause(text: str, end: int, last: str, single: bool = False) -> bool:
    """A chain ends at a state, or where a clause or a prepositional phrase ends (a chain of one place: where the
    clause's verb follows too)."""
    if _is_state(last):
        return not _AND_OR.match(text[end:end + 8])
    # "in Columbus, Dan Sewell in Cincinnati": a list of people and places, not a containment.
    return (bool(_CLAUSE_END.match(text, end)) or single and bool(_VERB_AFTER.match(text, end))) and \
        not _IN_AT_PLACE.match(text[end:end + 8])


def _fact(doc: Document, start: int, end: int, subject: str, parts: list[str], venue: bool) -> Fact:
    value = ", ".join(normalize(p) for p in parts)
    return Fact(FactKind.PLACE, doc.span(start, end), doc.text[start:end], value, subject, ", ".join(parts),
                (("contained", "venue" if venue else "place"),))


@functools.lru_cache(maxsize=16)
def _chain(parts: int) -> regex.Pattern:
    return lazyre.compile(rf"{PLACE}(?:,[ \t]+{PLACE}){{{parts - 1}}}")


def _trim_chain(doc: Document, match: regex.Match, venue: bool = False) -> tuple[list[str], int] | None:
    """The chain's parts and end, dropping trailing parts that fail the end-of-clause test (a venue's one town may
    end where the clause's verb follows; after a comma the word may be the subject of the next clause: "in Las
    Vegas, Batts defended")."""
    parts = _parts(match.group("chain"))
    text, start = doc.text, match.start("chain")
    while parts:
        written = _chain(len(parts)).match(text, start)  # not text[start:]: a copy of the rest of the text per match
        end = written.end() if written else start + len(match.group("chain"))
        if _plausible(parts) and _ends_clause(text, end, parts[-1], venue and len(parts) == 1):
            return parts, end
        parts = parts[:-1]
    return None


# No pattern matches across a line break, so only the lines holding what a pattern must hold are searched: " in " or
# " of " before a capital (venues and settlements), or a comma before one (every chain of two places has one).
_IN_CAPITAL = lazyre.compile(r"[ \t]in[ \t]+\p{Lu}")
_OF_CAPITAL = lazyre.compile(r"[ \t]of[ \t]+\p{Lu}")
_COMMA_CAPITAL = lazyre.compile(r",[ \t]+\p{Lu}")


def _matches(text: str, start: int) -> Iterator[tuple[regex.Pattern, Iterator[regex.Match]]]:
    """Each pattern with its matches (overlapping ones too) in text[start:], as a search of the whole text finds them."""
    held = {trigger: [match.start() for match in trigger.finditer(text, start)]
            for trigger in (_IN_CAPITAL, _OF_CAPITAL, _COMMA_CAPITAL)}
    for pattern, trigger in ((_NAMED_VENUE, _IN_CAPITAL), (_COMMON_VENUE, _IN_CAPITAL), (_SETTLEMENT_OF, _OF_CAPITAL),
                             (_IN_PLACE, _COMMA_CAPITAL), (_PLACE_STATE, _COMMA_CAPITAL)):
        yield pattern, line_matches(pattern, text, held[trigger], start, overlapped=True)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every venue or place in the body said to be in another place."""
    text, seen = doc.text, set()
    found = dict(_matches(text, doc.body_start))
    for pattern, venue in ((_NAMED_VENUE, True), (_COMMON_VENUE, True)):
        for match in found[pattern]:
            trimmed = _trim_chain(doc, match, venue=True)
            name = " ".join(match.group("venue").split())
            if trimmed is None or name.split()[0].lower() in _NOT_PLACES:
                continue
            subject = ("the " if pattern is _COMMON_VENUE else "") + normalize(name)
            if (subject, match.start("venue")) not in seen:
                seen.add((subject, match.start("venue")))
                yield _fact(doc, match.start("venue"), trimmed[1], subject, trimmed[0], True)
    for pattern in (_SETTLEMENT_OF, _IN_PLACE, _PLACE_STATE):
        for match in found[pattern]:
            trimmed = _trim_chain(doc, match)
            place = match.group("place")
            if trimmed is None or not _plausible([place]) or normalize(place) in US_STATES:
                continue
            if "prep" in match.groupdict() and match.group("prep") in {"of", "from"} and not _is_state(trimmed[0][-1]):
                continue  # "the mayor of Dallas, Mike Rawlings": only a state makes "of X, Y" a place
            parts = [p for p in _parts(place) if p]
            if len(parts) != 1 or normalize(parts[0]) in {normalize(p) for p in trimmed[0]}:
                continue
            if (normalize(place), match.start("place")) not in seen:
                seen.add((normalize(place), match.start("place")))
                yield _fact(doc, match.start("place"), trimmed[1], normalize(place), trimmed[0], False)
