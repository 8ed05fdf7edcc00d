"""Whether a count of the killed or injured, read in its sentence and article, states the event's own toll."""

from __future__ import annotations

from dataclasses import replace

import regex

from factlint.extract.sentences import sentence_at
from factlint.model import Fact

_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
# A sentence about several incidents gives totals over all of them ("3 killed in weekend shootings"),
# which no single incident's count may be compared with.
_AGGREGATE = regex.compile(
    r"\b(?:shootings|attacks|incidents|crashes|homicides|murders|separate|citywide|across[ \t]+the[ \t]+city|"
    r"so[ \t]+far|this[ \t]+year|year[ \t]+to[ \t]+date|since[ \t]+(?:january|the[ \t]+start)|"
    r"over[ \t]+(?:the[ \t]+)?weekend|since[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"in[ \t]+(?:less[ \t]+than[ \t]+|under[ \t]+)?\d+[ \t]+(?:hours|days))\b",
    regex.I,
)


# A sentence that says some of the injured died counts them among the injured ("six wounded,
# two mortally"; "one of five people hurt has died"): its injured count is not comparable.
_SOME_DIED = regex.compile(r"\b(?:mortally|fatally|died|has[ \t]+died|later[ \t]+died|succumbed)\b", regex.I)
# "five people dead, including the gunman": four victims and the gunman; both counts are right.
_WITH_SHOOTER = regex.compile(
    r"\bincluding[ \t]+(?:the[ \t]+)?(?:gunman|shooter|suspect|attacker|assailant|killer)\b", regex.I
)


def aggregate(text: str, offset: int) -> bool:
    """Whether the sentence at offset sums up several incidents."""
    start, end = sentence_at(text, offset)
    return bool(_AGGREGATE.search(text, start, end))


# What responders found at one scene, the victims named so far, another incident, or a link to
# another story: none of these is the event's toll.
_PARTIAL = regex.compile(
    r"\b(?:found|discovered|located|identities[ \t]+of|names[ \t]+of)\b",
    regex.I,
)
# Anywhere in the sentence: another incident, an early or superseded report, victims named so far.
_NOT_THE_TOLL = regex.compile(
    r"\b(?:another[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:shooting|attack|incident|crash)|initial(?:ly)?|first[ \t]+reported|"
    r"at[ \t]+first|previous[ \t]+stor(?:y|ies)|(?:have|has|were|was)[ \t]+(?:been[ \t]+)?identified|at[ \t]+the[ \t]+scene)\b",
    regex.I,
)
_LINK_LINE = regex.compile(r"[ \t]*(?:related\b|read[ \t]+more\b|see[ \t]+also\b|more[ \t]*:|[+•»][ \t])", regex.I)
# An article that tells of the gunman's death may count him among the dead or not.
_SHOOTER_DIED = regex.compile(
    r"\b(?:killed|shot)[ \t]+himself|(?:took|taking|takes|take)[ \t]+(?:his[ \t]+)?own[ \t]+life|turn(?:ed|ing)[ \t]+the[ \t]+gun[ \t]+on[ \t]+himself"
    r"|(?:gunman|shooter|suspect|attacker)[ \t]+(?:was[ \t]+)?(?:also[ \t]+)?(?:shot[ \t]+and[ \t]+)?(?:killed|died|dead)\b",
    regex.I,
)


def in_context(text: str, fact: Fact, shooter_died: bool = False, year: int | None = None) -> Fact | None:
    """The fact as its sentence qualifies it, or None when the sentence makes it incomparable."""
    start, end = sentence_at(text, fact.span.start)
    if _AGGREGATE.search(text, start, end) or _PARTIAL.search(text[start : fact.span.start]):
        return None
    if _NOT_THE_TOLL.search(text, start, end):
        return None
    # "the July 19, 2012, Aurora theater shooting that left 12 people dead": another year's event.
    # An undated article seldom names the current year, so any year there marks another event.
    if any(year is None or int(y.group()) != year for y in _YEAR.finditer(text, start, end)):
        return None
    line_start = text.rfind("\n", 0, fact.span.start) + 1
    if _LINK_LINE.match(text, line_start):
        return None
    outside = text[start : fact.span.start] + " " + text[fact.span.end : end]
    if fact.subject == "injured" and _SOME_DIED.search(outside):
        return None
    if fact.subject in {"killed", "injured"} and not fact.attr("qualifier") and (
            (shooter_died and fact.subject == "killed") or _WITH_SHOOTER.search(text, fact.span.end, end)):
        return replace(fact, attrs=fact.attrs + (("qualifier", "including the gunman"),))
    return fact



def tells_of_shooter_death(text: str, start: int = 0) -> bool:
    """Whether the article says the gunman died (so its tolls may or may not count him)."""
    return bool(_SHOOTER_DIED.search(text, start))
