"""Counts, sums of money, percentages, ages and durations: their surface patterns and changes."""

from __future__ import annotations

import re
from typing import Iterator

from benchmarks.perturb import numerals
from benchmarks.perturb.mention import Family, Mention
from benchmarks.perturb.numerals import DIGITS, NUMERAL
from benchmarks.perturb.words import MONTHS, NOT_NAMES, STATES

_NOT_COUNTED = frozenset(
    "percent per million billion thousand trillion dollars cents euros pounds year years month months week weeks "
    "day days hour hours minute minutes second seconds am pm block of to and or times degrees were was are is be been "
    "have has had will would said who that which the in on at for from by with as but into than more less".split())
_DESIGNATORS = frozenset("no route highway interstate channel precinct district ward room suite apt unit number "
                         "game week season chapter section article amendment flight bus page level category "
                         "grade jersey lot pier gate exit".split())
_COUNT = re.compile(rf"(?<![\w$€£.,:/-])(?<!\d\.\s)(?P<n>{NUMERAL})\s+(?P<noun>[a-z][a-z-]*[a-z])\b(?![-%])")
_BEFORE_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")


def find_counts(text: str) -> Iterator[Mention]:
    """'12 workers', 'Five people': a number and the noun after it (not a year, sum, percentage or time)."""
    for match in _COUNT.finditer(text):
        numeral, noun = match["n"], match["noun"]
        value = numerals.value(numeral)
        if noun in _NOT_COUNTED or value < 2 or (1800 <= value <= 2099 and numeral.isdigit()):
            continue
        before = _BEFORE_WORD.search(text, max(0, match.start() - 20), match.start())
        if before and (before[1].lower() in _DESIGNATORS or before[1] + "." in MONTHS or before[1] in MONTHS):
            continue
        replacement = numerals.changed(numeral, numerals.approximate(text, match.start("n")))
        if replacement:
            yield Mention(Family.COUNT, match.start("n"), match.end("n"), numeral, replacement,
                          frozenset({(value, noun)}))


_MULTIPLIERS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, None: 1}
_CURRENCIES = {"$": "$", "dollars": "$", "€": "€", "euros": "€", "£": "£", "pounds": "£"}
_MONEY = re.compile(rf"(?P<cur>[$€£])\s?(?P<n>{DIGITS})(?![\d,]*\.\s\d)"
                    rf"(?:\s(?P<mult>thousand|million|billion|trillion)\b)?"
                    rf"|(?<![\w.,$])(?P<n2>{DIGITS})\s(?:(?P<mult2>thousand|million|billion|trillion)\s)?"
                    rf"(?P<cur2>dollars|euros|pounds)\b")


def find_money(text: str) -> Iterator[Mention]:
    """'$1.5 million', '$500', '40 million euros': a sum and its currency."""
    for match in _MONEY.finditer(text):
        group = "n" if match["n"] else "n2"
        numeral = match[group]
        amount = numerals.value(numeral) * _MULTIPLIERS[match["mult"] or match["mult2"]]
        currency = _CURRENCIES[match["cur"] or match["cur2"]]
        yield Mention(Family.MONEY, match.start(group), match.end(group), numeral,
                      numerals.changed(numeral, numerals.approximate(text, match.start())) or "",
                      frozenset({(currency, amount)}))


_PERCENT = re.compile(rf"(?<![\w.,$-])(?<!\d\.\s)(?P<n>{NUMERAL})(?:\s?%|\s(?:percent|per\s?cent)\b)")


def find_percents(text: str) -> Iterator[Mention]:
    """'12 percent', '7.5%', 'five per cent'."""
    for match in _PERCENT.finditer(text):
        replacement = numerals.changed(match["n"], numerals.approximate(text, match.start("n")))
        if replacement:
            yield Mention(Family.PERCENT, match.start("n"), match.end("n"), match["n"], replacement,
                          frozenset({numerals.value(match["n"])}))


_NAME_WORD = r"[A-Z][a-z][a-zA-Z'’-]*"
_AGE_HYPHEN = re.compile(rf"(?<![\w-])(?P<n>{NUMERAL})-year-old\b"
                         rf"(?P<after>(?:\s+(?:{_NAME_WORD}|[A-Z]\.))+|\s+[a-z]+)?")
_AGE_COMMA = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD}))*),\s(?P<n>\d{{1,3}}),")
_NAME_BEFORE = re.compile(rf"({_NAME_WORD}),\s(?:an?\s)?$")


def find_ages(text: str) -> Iterator[Mention]:
    """'22-year-old Trung Le', 'a 22-year-old man', 'Trung Le, 22,': an age with whose it is."""
    for match in _AGE_HYPHEN.finditer(text):
        age, after = numerals.value(match["n"]), (match["after"] or "").split()
        before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        subject = (after[-1] if after and after[0][0].isupper() else before[1] if before else
                   after[0] if after else "")
        replacement = numerals.changed(match["n"])
        if subject and replacement and 0 < age < 120:
            yield Mention(Family.AGE, match.start("n"), match.end("n"), match["n"], replacement,
                          frozenset({(age, subject)}))
    for match in _AGE_COMMA.finditer(text):
        surname, age = match["name"].split()[-1], int(match["n"])
        if surname.lower() not in NOT_NAMES and surname not in STATES and 0 < age < 120:
            yield Mention(Family.AGE, match.start("n"), match.end("n"), match["n"], str(age + 1),
                          frozenset({(age, surname)}))


_UNIT = r"(?P<u>minute|hour|day|week|month|year)"
_DURATION = re.compile(
    rf"(?<![\w-])(?P<n>{NUMERAL})-{_UNIT}\b(?!-old)"
    rf"|\b(?:for|lasted|lasting|lasts|spanned|spanning|spans|over|runs for|ran for|run for)\s"
    rf"(?:(?:about|nearly|almost|more than|some|roughly|at least)\s)?"
    rf"(?P<n2>{NUMERAL})\s(?P<u2>minute|hour|day|week|month|year)s\b"
    rf"|(?<![\w-])(?P<n3>{NUMERAL})\s(?P<u3>minute|hour|day|week|month|year)s\sof\b")


def find_durations(text: str) -> Iterator[Mention]:
    """'three-day talks', 'for four days', 'lasted five days', 'four days of dialogue'."""
    for match in _DURATION.finditer(text):
        group, unit = next((g, match[u]) for g, u in (("n", "u"), ("n2", "u2"), ("n3", "u3")) if match[g])
        replacement = numerals.changed(match[group], numerals.approximate(text, match.start(group)))
        if replacement and numerals.value(match[group]) > 0:
            yield Mention(Family.DURATION, match.start(group), match.end(group), match[group], replacement,
                          frozenset({(numerals.value(match[group]), unit)}))
