"""Whether a count of the killed or injured, read in its sentence and article, states the event's own toll."""

from __future__ import annotations

from dataclasses import replace

import regex

from factlint import lazyre
from factlint.extract.numbers import NUMBER_PATTERN, parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.timex.grammar import MONTH_ABBR, MONTH_FULL, SEASON, WEEKDAY
from factlint.model import Fact

# Event roles: the many ways of saying someone was killed or hurt, each mapped to one key.
ROLES = {
    "killed": "killed", "dead": "killed", "died": "killed", "slain": "killed", "murdered": "killed",
    "fatally shot": "killed", "fatally wounded": "killed", "fatally injured": "killed",
    "shot dead": "killed", "shot and killed": "killed", "shot to death": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalized": "hospitalized",
    "shot and wounded": "injured", "shot and injured": "injured", "shot": "shot",
}
ROLE_KEYS = frozenset(ROLES.values())

_YEAR = lazyre.compile(r"\b(?:19|20)\d\d\b")
# A sentence about several incidents gives totals over all of them ("3 killed in weekend shootings"),
# which no single incident's count may be compared with.
_AGGREGATE = lazyre.compile(
    r"\b(?:shootings|attacks|incidents|crashes|homicides|murders|separate|citywide|across[ \t]+the[ \t]+city|"
    r"so[ \t]+far|this[ \t]+year|year[ \t]+to[ \t]+date|since[ \t]+(?:january|the[ \t]+start)|"
    r"over[ \t]+(?:the[ \t]+)?weekend|since[ \t]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"in[ \t]+(?:less[ \t]+than[ \t]+|under[ \t]+)?\d+[ \t]+(?:hours|days)|"
    # "over an eight-hour stretch", "a violent weekend": a span of time holding several incidents.
    r"(?:over|during|in)[ \t]+an?[ \t]+[\w]+-(?:hour|day|week|month)[ \t]+(?:stretch|span|period)|spate[ \t]+of|"
    r"violent[ \t]+(?:night|day|weekend|week|stretch))\b",
    regex.I,
)


# A sentence that says some of the injured died counts them among the injured ("six wounded,
# two mortally"; "one of five people hurt has died"): its injured count is not comparable.
_SOME_DIED = lazyre.compile(r"\b(?:mortally|fatally|died|has[ \t]+died|later[ \t]+died|succumbed)\b", regex.I)
# "five people dead, including the gunman": four victims and the gunman; both counts are right.
_WITH_SHOOTER = lazyre.compile(
    r"\bincluding[ \t]+(?:the[ \t]+)?(?:gunman|shooter|suspect|attacker|assailant|killer)\b", regex.I
)


# Injuries from more than gunfire ("four from gunshots and one from flying glass", "trampled in the
# stampede"): such an injured count is not comparable with a count of people shot.
_OTHER_CAUSES = lazyre.compile(
    r"\b(?:shrapnel|(?:flying|broken|shattered)[ \t]+glass|debris|trampled|stampede|while[ \t]+fleeing|"
    r"in[ \t]+the[ \t]+(?:chaos|panic|rush|scramble))\b",
    regex.I,
)
# "Four people were injured by gunshots and one by shrapnel": a count of gunshot wounds stays.
_BY_GUNFIRE = lazyre.compile(r"[ \t]+(?:by|from|with)[ \t]+(?:gunshots?|gunfire|bullets|gunshot[ \t]+wounds)\b", regex.I)
# "Three children shot, 1 injured", "five dead, six more shot, and nearly 40 injured": where a
# sentence counts the shot apart, its injured are people hurt some other way.
_SHOT_APART = lazyre.compile(
    rf"\b(?P<number>{NUMBER_PATTERN})[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?(?:(?:were|was|are|have[ \t]+been)[ \t]+)?shot\b"
    r"(?![ \t]+(?:and|dead|to[ \t]+death|fatally))",
    regex.I,
)
# "There should've been five or six people dead": what might have been, not what was.
_COUNTERFACTUAL = lazyre.compile(r"\b(?:could|should|would|might|must)(?:[ \t]+have|'ve|’ve)\b", regex.I)


def _shot_apart(text: str, injured: str) -> bool:
    """Whether the text counts people shot who are not the injured ("Five shot ... left five injured" are the same)."""
    return any(parse_number(m.group("number")) != float(injured) for m in _SHOT_APART.finditer(text))


def aggregate(text: str, offset: int) -> bool:
    """Whether the sentence at offset sums up several incidents."""
    start, end = sentence_at(text, offset)
    return bool(_AGGREGATE.search(text, start, end))


# What responders found at one scene, the victims named so far, another incident, or a link to
# another story: none of these is the event's toll.
_PARTIAL = lazyre.compile(
    r"\b(?:found|discovered|located|identities[ \t]+of|names[ \t]+of)\b",
    regex.I,
)
# Anywhere in the sentence: another incident, an early or superseded report, victims named so far.
_NOT_THE_TOLL = lazyre.compile(
    r"\b(?:another[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:shooting|attack|incident|crash)|initial(?:ly)?|first[ \t]+reported|"
    r"at[ \t]+first|previous[ \t]+stor(?:y|ies)|(?:have|has|were|was)[ \t]+(?:been[ \t]+)?identified|at[ \t]+the[ \t]+scene)\b",
    regex.I,
)
_LINK_LINE = lazyre.compile(r"[ \t]*(?:related\b|read[ \t]+more\b|see[ \t]+also\b|more[ \t]*:|[+•»][ \t])", regex.I)
# An article that tells of the gunman's death may count him among the dead or not.
_SHOOTER_DIED = lazyre.compile(
    r"\b(?:killed|shot)[ \t]+himself|(?:took|taking|takes|take)[ \t]+(?:his[ \t]+)?own[ \t]+life|turn(?:ed|ing)[ \t]+the[ \t]+gun[ \t]+on[ \t]+himself"
    r"|(?:gunman|shooter|suspect|attacker)[ \t]+(?:was[ \t]+)?(?:also[ \t]+)?(?:shot[ \t]+and[ \t]+)?(?:killed|died|dead)\b"
    # "before he was shot and killed by police", "a man shot and killed by officers", "police killed the suspect"
    r"|\b(?:he|man|gunman|shooter|suspect)[ \t]+(?:was[ \t]+)?(?:later[ \t]+)?(?:fatally[ \t]+shot|shot[ \t]+and[ \t]+killed|shot[ \t]+dead)"
    r"[ \t]+by[ \t]+(?:police|officers|deputies|troopers|an?[ \t]+(?:police[ \t]+)?(?:officer|deputy|trooper|sniper))\b"
    r"|\b(?:police|officers|deputies|troopers)[ \t]+(?:fatally[ \t]+shot|shot[ \t]+and[ \t]+killed|killed)[ \t]+(?:the[ \t]+)?(?:gunman|shooter|suspect|attacker)\b",
    regex.I,
)


# A sentence that opens on one place of several ("In Alexandria, an explosion killed 13", "In neighbouring Central
# Aceh district, 140 were injured") or counts "another" few tells part of the toll: at least that many in all.
_NO_PLACE = rf"{MONTH_FULL}|{MONTH_ABBR}|{WEEKDAY}|(?i:{SEASON})|All|Total|Overall|Addition"
_ONE_PLACE = lazyre.compile(
    rf"[ \t\"“‘'(]*(?:In|At)[ \t]+(?:the[ \t]+)?(?:(?:neighbou?ring|nearby|northern|southern|eastern|western)[ \t]+)?"
    rf"(?!(?:{_NO_PLACE})\b)\p{{Lu}}[\p{{L}}'’.-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
    r"(?:[ \t]+(?:district|county|province|region|city|town|village|state|area|neighbou?rhood))?[ \t]*,"
)
# "another four", "an additional two", "a crime scene at the spa, where four people were killed": a part.
_ANOTHER_FEW = lazyre.compile(r"(?:\b(?:another|an[ \t]+additional)|,[ \t]*where)[ \t]+$", regex.I)


def _part_of_the_toll(text: str, start: int, fact: Fact) -> bool:
    """Whether the count is one place's or an additional few, not the whole toll."""
    before = text[max(0, fact.span.start - 20) : fact.span.start]
    return bool(_ONE_PLACE.match(text, start) or _ANOTHER_FEW.search(before))


def in_context(text: str, fact: Fact, shooter_died: bool = False, year: int | None = None) -> Fact | None:
    """The fact as its sentence qualifies it, or None when the sentence makes it incomparable."""
    start, end = sentence_at(text, fact.span.start)
    if _AGGREGATE.search(text, start, end) or _PARTIAL.search(text[start : fact.span.start]):
        return None
    if _NOT_THE_TOLL.search(text, start, end) or _COUNTERFACTUAL.search(text, start, end):
        return None
    # "the July 19, 2012, Aurora theater shooting that left 12 people dead": another year's event.
    # An undated article seldom names the current year, so any year there marks another event.
    if any(year is None or int(y.group()) != year for y in _YEAR.finditer(text, start, end)):
        return None
    line_start = text.rfind("\n", 0, fact.span.start) + 1
    if _LINK_LINE.match(text, line_start):
        return None
    outside = text[start : fact.span.start] + " " + text[fact.span.end : end]
    other_causes = _OTHER_CAUSES.search(text, start, end) and not _BY_GUNFIRE.match(text, fact.span.end)
    if fact.subject == "injured" and (_SOME_DIED.search(outside) or other_causes or _shot_apart(outside, fact.value)):
        return None
    if fact.subject in {"killed", "injured"} and not fact.attr("qualifier") and _part_of_the_toll(text, start, fact):
        return replace(fact, attrs=fact.attrs + (("qualifier", "at least"),))
    if fact.subject in {"killed", "injured"} and not fact.attr("qualifier") and _WITH_SHOOTER.search(text, fact.span.end, end):
        return replace(fact, attrs=fact.attrs + (("qualifier", "including the gunman"),))
    if fact.subject == "killed" and not fact.attr("qualifier") and shooter_died:
        # "Four people were killed ... before police shot him": four victims, or four dead with him among them.
        return replace(fact, attrs=fact.attrs + (("qualifier", "the gunman died"),))
    return fact



def tells_of_shooter_death(text: str, start: int = 0) -> bool:
    """Whether the article says the gunman died (so its tolls may or may not count him)."""
    return bool(_SHOOTER_DIED.search(text, start))
