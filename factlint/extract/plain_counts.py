"""Counts of things no event role qualifies: "12 dock workers at the port", "four counts of assault", "5,000 people
marched". What is counted is keyed by the noun phrase, its "of" complement and its place; a part, a range's end, a
running total or a figure expected is no count of its own."""

from __future__ import annotations

from factlint import lazyre
from factlint.extract.counted import (GENERIC, complement_after, in_a_name, is_part_or_range, noun_phrase_key,
                                      place_after, singular, tally)
from factlint.extract.figures import FUNCTION_WORDS, quantity_fact
from factlint.extract.tolls import ROLE_KEYS
from factlint.model import Document, Fact

# What people in general did, which says what a count of them counts: "5,000 people marched", "200 were evacuated".
_PREDICATE = lazyre.compile(
    r"[ \t]+(?:(?:who[ \t]+)?(?:were|are|have[ \t]+been|had[ \t]+been)[ \t]+)?(?P<verb>[a-z]+(?:ed|en))\b")


# "50 states and territories", "12 workers or managers": one count of two heads.
_COORDINATED_HEAD = lazyre.compile(r"[ \t]+(?P<conjunction>and|or)[ \t]+(?P<other>[a-z][a-z'-]*s)\b(?![ \t]+(?:were|was|are|is|have|had|has)\b)")

# What was done to them: "sentenced five people to death", "evacuated 200 people".
_DONE_TO = lazyre.compile(r"\b(?P<verb>[a-z]+ed)[ \t]+$")


def plain_count(doc: Document, start: int, end: int, value: float, noun: str, mods: list[str],
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
    if singular(noun) in GENERIC:
        predicate = _PREDICATE.match(text, end) or _DONE_TO.search(text[max(0, start - 30) : start])
        if predicate is None or predicate.group("verb") in FUNCTION_WORDS:
            return None  # "5,000 people" alone: people doing what?
        key = f"{key} {predicate.group('verb').lower()}"
    return quantity_fact(doc, start, end, value, key, qualifier, role=figure.value)
