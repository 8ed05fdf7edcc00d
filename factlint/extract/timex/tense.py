"""The tense of the clause around a temporal expression, read from its markers ("will", "said", "had been
scheduled to", a past participle): whether it refers forward from the article date, back, or says nothing. Each
kind of expression asks its own question: a clause (clause_tense), a period placed in a year (period_tense), a
calendar date placed in a year (date_tense)."""
from __future__ import annotations

import enum
import functools

from factlint import lazyre


class Tense(enum.IntEnum):
    """Where a clause looks from the article date: back, nowhere in particular, or ahead."""

    PAST = -1
    NONE = 0
    FUTURE = 1


# Markers that make a clause refer forward from the document date.
_FUTURE = lazyre.compile(
    r"(?i)\b(?:will|shall|won't|'ll|going\s+to|expects?\s+to|expected\s+to|scheduled|slated|"
    r"plans?\s+to|planning|intends?\s+to|is\s+to|are\s+to|upcoming|next(?!\s+to\b)|"
    r"coming(?!\s+(?:from|out|back|in|up|to|under)\b)|tomorrow|would|"
    r"as\s+soon\s+as|set\s+to|"
    r"would\s+be\s+held|to\s+be\s+held|to\s+begin|to\s+start|to\s+meet|to\s+vote|due\s+to\s+\w+)\b|'ll\b")
_PAST = lazyre.compile(
    r"(?i)\b(?:said|told|was|were|had|did|ago|last|yesterday|earlier|came|went|made|took|gave|met|"
    r"fell|rose|sold|bought|won|lost|began|left|held|paid|cut|hit|ran|saw|got|became|thought|"
    r"brought|spoke|wrote|struck|fought|led|found|kept|sent|spent|built|broke|chose|fled|flew|"
    r"grew|knew|meant|stood|threw|wore|sank|shot|slid|swore|tore|woke|arrived|\w{3,}ed)\b")
_NOT_PAST = {"expected", "scheduled", "planned", "set", "proposed", "needed", "based", "related",
             "interested", "concerned", "supposed", "limited", "united", "red", "need", "feed",
             "speed", "indeed", "proceed", "succeed", "exceed", "seed", "breed", "hundred"}
_PAST_PLAN = lazyre.compile(r"(?i)\b(?:had|had\s+been|was|were)\s+$")
_PASSIVE = lazyre.compile(r"(?i)\b(?:be|been|being|is|are|am)\s+(?:\w+ly\s+)?$")
_SENT_BREAK = lazyre.compile(r"[.!?;:][\"'`’”]*\s+(?=[\"'`A-Z])|\n")


@functools.lru_cache(maxsize=256)
def _markers(text: str, lo: int, hi: int) -> tuple[tuple[int, int, Tense], ...]:
    """Tense markers of one sentence (cached: several timexes share a sentence)."""
    out = []
    for m in _FUTURE.finditer(text, lo, hi):
        # "had been scheduled to", "was due to": a plan reported in the past
        past = _PAST_PLAN.search(text[max(lo, m.start() - 12):m.start()])
        out.append((m.start(), m.end(), Tense.PAST if past else Tense.FUTURE))
    for m in _PAST.finditer(text, lo, hi):
        if m.group().lower() in _NOT_PAST or _PASSIVE.search(text[max(lo, m.start() - 24):m.start()]):
            continue  # "will be held", "is officially reported": a participle, not a past tense
        out.append((m.start(), m.end(), Tense.PAST))
    return tuple(out)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around text[start:end], at most 160 characters either side."""
    lo = max(0, start - 160)
    breaks = list(_SENT_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    b = _SENT_BREAK.search(text, end, min(len(text), end + 160))
    return lo, b.start() if b else min(len(text), end + 160)


# A clause that opens right after the expression ("promised on Tuesday that Germany would send"): its verbs are its
# own ("in May of that year, he said" is no such clause).
_CLAUSE_AFTER = lazyre.compile(r"(?i)[ \t]*,?[ \t]*(?:that|whether|because|who|which)\b")


def _governing(text: str, start: int, end: int) -> tuple[Tense, int, int] | None:
    """The tense marker nearest text[start:end] in its sentence, with its offsets, or None; a marker after the
    expression counts only in the expression's own clause (not past a "that" opening another)."""
    best: tuple[int, Tense, int, int] | None = None
    opens_clause = _CLAUSE_AFTER.match(text, end) is not None
    for ms, me, tense in _markers(text, *_sentence(text, start, end)):
        if start <= ms < end or ms >= end and opens_clause:
            continue
        # Markers before the expression govern it more often than ones after it.
        dist = start - me if me <= start else ms - end + 15
        if best is None or dist < best[0]:
            best = (dist, tense, ms, me)
    return best[1:] if best else None


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense of the sentence around text[start:end]: the nearest tense marker wins."""
    found = _governing(text, start, end)
    return found[0] if found else Tense.NONE


def period_tense(text: str, start: int, end: int) -> Tense:
    """Clause tense for placing a period (a quarter, a half) in a year: as clause_tense, but a present perfect
    ("has announced cuts ... during the fourth quarter") tells of now, not of a past period."""
    found = _governing(text, start, end)
    if found is None:
        return Tense.NONE
    tense, ms, _ = found
    if tense is Tense.PAST and _PERFECT.search(text, max(0, ms - 24), ms):
        return Tense.NONE
    return tense


# A deadline or a plan ahead of the date: "payable Dec. 7", "extended to Nov. 9", "agreed
# to meet on March 12", "is calling for redemption on Dec. 7" -- a past verb before them
# says nothing of when the date falls.
_OPEN_BEFORE = lazyre.compile(
    r"(?i)(?:\b(?:by|until|till|through|thru|effective|payable|due|record|expires?|deadline|before)"
    r"|\b(?:extend|postpon|delay|push|mov|defer|adjourn|reschedul)\w*(?:\s+[\w$.,-]+){0,6}\s+to"
    r"|\b(?:planned|scheduled|set|slated|expected|due)\s+(?:for|on))"
    r"\s+(?:(?:early|mid|late|the|on|in|about|around)[-\s]+)*$")
# "the Jan. 14 deadline", "a March 6 return date": a date set for something ahead.
_OPEN_AFTER = lazyre.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:deadline|target|date)\b")
_PROSPECT = lazyre.compile(
    r"(?i)\b(?:to\s+(?:be\s+)?(?!the\b|an?\b|its?\b|his\b|her\b|their\b|this\b|that\b)[a-z]{2,}"
    r"|may|might|must|should|can)\b")
_PRESENT = lazyre.compile(r"(?i)\b(?:is|are|has|have)\b")
# "has invited them to a ceremony on March 12": a present perfect takes no past day adverbial
# (a bare month may still hang off it: "has fluctuated, rising ... in June").
_PERFECT = lazyre.compile(r"(?i)\b(?:has|have|'s|'ve)\s+(?:(?:not|never|already|also|just|now|\w+ly)\s+)?$")


def _plain_future(text: str, start: int, end: int, tense: Tense) -> bool:
    """Whether the marker text[start:end] looks ahead of the article date: a future one, but not "would"
    (a future seen from the past: "was promised we would have it in January")."""
    return tense is Tense.FUTURE and text[start:end].lower() != "would"


def date_tense(text: str, start: int, end: int, day: bool = False) -> Tense:
    """Clause tense for placing a calendar date in a year: past only when nothing looks ahead.

    A past verb pins a date on or before the article date, so it must govern the date
    plainly: no deadline word around the date, no plan, modal or present verb between the
    verb and the date (or the last verb before it), and no future marker earlier in the
    sentence ("said it will redeem ...").  With day=True (a date naming its day) a present
    perfect verb ("has invited ... on March 12") does not count as past either."""
    found = _governing(text, start, end)
    if found is None:
        return Tense.NONE
    tense, ms, me = found
    if tense is not Tense.PAST:
        return tense
    lo, hi = _sentence(text, start, end)
    markers = _markers(text, lo, hi)
    before = max(((e, s, t) for s, e, t in markers if e <= start), default=None)  # the marker nearest before
    if ms >= end and before is not None and _plain_future(text, before[1], before[0], before[2]):
        # "will double its flights by August in search of markets untouched by the crisis": the verb before the
        # date governs it, not a participle after it
        return Tense.FUTURE
    between = (me, start) if me <= start else (end, ms)
    verb_before = max((e for _, e, _ in markers if e <= start), default=lo)
    if _OPEN_BEFORE.search(text, max(0, start - 60), start) or _OPEN_AFTER.match(text, end) \
            or (day and _PERFECT.search(text, max(lo, ms - 24), ms)) \
            or _PROSPECT.search(text, verb_before, start) or _PROSPECT.search(text, *between) \
            or _PRESENT.search(text, *between) or any(t is Tense.FUTURE and e <= start for _, e, t in markers):
        return Tense.NONE
    return Tense.PAST
