"""Differences between two written forms of one name that are no misspelling: a plural head (two places, or a
list of several bodies), a place written as a possessive or as its adjective, a given name cut short, and (in names
and venues) a word English writes more often than the one it would be a slip of. Forms come in folded (see
name_variants), except for the possessive and the common word, which need the forms as written."""

from __future__ import annotations

import functools

# Heads that, made plural after an "and", join several bodies into one phrase.
_BODIES = frozenset("""departments offices hospitals schools centers centres churches agencies companies
    colleges universities courts councils stations clubs""".split())

# How a place's adjective ends where it is the place's name and more: Russia-n, Israel-i, Kenya-n, Pakistan-i.
_DEMONYM_ENDINGS = frozenset({"n", "i", "an", "ian"})


def plural_only(a: str, b: str) -> bool:
    """Whether two forms differ only by a plural on the last word ("Middle School"/"Middle Schools"): two
    places, or a generic phrase, more often than one name misspelt."""
    x, y = a.split(), b.split()
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} in ({x[-1], x[-1] + "s"}, {y[-1], y[-1] + "s"})


def pluralizes(form: str, reference: str) -> bool:
    """Whether a form is the reference with its head before "of" made plural ("Departments of Commerce" for
    "Department of Commerce"): a list of several ("the Departments of Commerce, Defense and ..."), not one name
    misspelt. The other way round ("Center for Disease Control" for "Centers for ...") and plurals elsewhere
    ("Central Elections Commission") stay variants."""
    x, y = form.split(), reference.split()
    changed = [i for i, (a, b) in enumerate(zip(x, y)) if a != b]
    if len(x) != len(y) or len(changed) != 1 or changed[0] + 1 >= len(x) or x[changed[0] + 1] != "of":
        return False  # only a head before "of" lists several: "Departments of", "Ministries of"
    plural, single = x[changed[0]], y[changed[0]]
    return plural in (single + "s", single[:-1] + "ies")


def possessive_or_adjective(form: str, reference: str) -> bool:
    """Whether two forms differ only in a place written as a possessive or as its adjective ("Israel's Supreme
    Court"/"Israeli Supreme Court", "Russia's Finance Ministry"/"Russian Finance Ministry"): a choice of style
    about one body, not a name misspelt."""
    x, y = form.split(), reference.split()
    changed = [i for i, (a, b) in enumerate(zip(x, y)) if a != b]
    if len(x) != len(y) or len(changed) != 1:
        return False
    a, b = x[changed[0]], y[changed[0]]
    for owner, adjective in ((a, b), (b, a)):
        if owner[-2:] in ("'s", "’s") and len(owner) > 4:
            place = owner[:-2]
            if adjective.startswith(place) and adjective[len(place):] in _DEMONYM_ENDINGS:
                return True
    return False


def several(form: str) -> bool:
    """Whether a form joins several bodies ("Brown Township and Jefferson Township Fire Departments"): written
    in other ways, it is still no one name misspelt."""
    words = form.split()
    return len(words) > 2 and words[-1] in _BODIES and "and" in words


def short_form(a: str, b: str) -> bool:
    """Whether one given name is the other cut short (Steve/Steven, Chris/Christopher): a choice, not a slip."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(short) >= 3


# A word English at large writes this often (ten times in a million words, wordfreq's Zipf scale) is a word or a name
# of its own.
_COMMON_ZIPF = 4.0


@functools.lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return zipf_frequency(word, "en")


def own_word(form: str, reference: str) -> bool:
    """Whether each word a form writes differently from the reference is common in English, and commoner than the
    word it would be a slip of (Murray/Murphy, Baker/Barker, Economic/Economics Ministry, Latin American/America):
    a slip makes a rarer form, so these are other names and words, not misspellings. Forms come as written."""
    x, y = form.lower().split(), reference.lower().split()
    if len(x) != len(y):
        return False
    changed = [(a, b) for a, b in zip(x, y) if a != b]
    if any(a + "s" == b or b + "s" == a for a, b in changed):
        return False  # a word and its plural are one word in two numbers: see pluralizes
    return bool(changed) and all(_zipf(a) >= _COMMON_ZIPF and _zipf(a) >= _zipf(b) for a, b in changed)
