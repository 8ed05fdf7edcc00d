"""The families of planted changes: each one's surface pattern (the benchmark's own, never factlint's), its change,
and the keys by which another article is seen to make the same statement."""

from __future__ import annotations

import enum
import re
import zlib
from dataclasses import dataclass
from typing import Callable, Hashable, Iterator

from benchmarks.perturb import numerals
from benchmarks.perturb.numerals import DIGITS, NUMERAL
from benchmarks.perturb.words import (COUNTRIES, FALLBACK_WORDS, MONTHS, NOT_NAMES, STATE_ABBREVIATIONS, STATES,
                                      STOPWORDS, SYNONYMS, TITLES, WEEKDAYS)


class Family(enum.Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    AGE = "age"
    DURATION = "duration"
    DATE = "date"
    WEEKDAY = "weekday"
    YEAR = "year"
    NAME = "name"
    TITLE = "title"
    PLACE = "place"
    QUOTE = "quote"


@dataclass(frozen=True)
class Mention:
    """One statement a family can change: text[start:end] becomes replacement; keys say what it states."""

    family: Family
    start: int
    end: int
    original: str
    replacement: str
    keys: frozenset[Hashable]
    context: frozenset[str] = frozenset()  # content words of its sentence, for families whose keys are thin

    def applied(self, text: str) -> str:
        """The text with this change made."""
        return text[: self.start] + self.replacement + text[self.end :]


# What another article states, by key: the sentence contexts it states it in.
Witnesses = dict[Hashable, list[frozenset[str]]]


@dataclass(frozen=True)
class Spec:
    """A family's patterns: the mentions it may change, what counts as the same statement elsewhere, and how
    many content words two sentences must share when the keys alone say too little (a weekday, a year)."""

    family: Family
    find: Callable[[str], Iterator[Mention]]
    witnesses: Callable[[str], Witnesses]
    shared_words: int = 0

    def stated_in(self, mention: Mention, witnesses: Witnesses) -> bool:
        """Whether an article with these witnesses makes the statement of the mention."""
        return any(len(mention.context & context) >= self.shared_words
                   for key in mention.keys for context in witnesses.get(key, ()))


# --- helpers -------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z])|\n")
_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")


def sentence_words(text: str, start: int, end: int) -> frozenset[str]:
    """The content words of the sentence around text[start:end] (without the mention itself)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    words = _CONTENT.findall((text[left:start] + " " + text[end:right]).lower())
    return frozenset(w for w in words if w not in STOPWORDS)


def _witnesses(find: Callable[[str], Iterator[Mention]]) -> Callable[[str], Witnesses]:
    """Witnesses made of a family's own mentions."""
    def witnesses(text: str) -> Witnesses:
        found: Witnesses = {}
        for mention in find(text):
            for key in mention.keys:
                found.setdefault(key, []).append(mention.context)
        return found
    return witnesses


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def misspelt(word: str) -> str:
    """The word with one letter changed: the inner vowel nearest its middle swapped for another (an ending such as
    -man/-men is left alone), else its last inner consonant."""
    swap = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o", "y": "i"}
    inner = sorted(range(1, len(word) - 1), key=lambda i: (abs(2 * i - len(word) + 1), i))
    for index in inner:
        if word[index] in swap:
            return word[:index] + swap[word[index]] + word[index + 1 :]
    index = len(word) - 2
    return word[:index] + ("m" if word[index] == "n" else "n") + word[index + 1 :]


def _as_cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def swapped_word(word: str) -> str:
    """A near synonym of the word, or else another plain word (the same for the same word)."""
    lower = word.lower().replace("’", "'")
    if lower in SYNONYMS:
        return _as_cased(SYNONYMS[lower], word)
    pool = [w for w in FALLBACK_WORDS if w != lower]
    return _as_cased(pool[zlib.crc32(lower.encode()) % len(pool)], word)


# --- numbers -------------------------------------------------------------------------------------------------

_NOT_COUNTED = frozenset(
    "percent per million billion thousand trillion dollars cents euros pounds year years month months week weeks "
    "day days hour hours minute minutes second seconds am pm block of to and or times degrees were was are is be been "
    "have has had will would said who that which the in on at for from by with as but into than more less".split())
_DESIGNATORS = frozenset("no route highway interstate channel precinct district ward room suite apt unit number "
                         "game week season chapter section article amendment flight bus page level category "
                         "grade jersey lot pier gate exit".split())
_MONTH_NAMES = _alternation(MONTHS)
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
        replacement = numerals.changed(numeral)
        if replacement:
            yield Mention(Family.COUNT, match.start("n"), match.end("n"), numeral, replacement,
                          frozenset({(value, noun)}))


_MULTIPLIERS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, None: 1}
_CURRENCIES = {"$": "$", "dollars": "$", "€": "€", "euros": "€", "£": "£", "pounds": "£"}
_MONEY = re.compile(rf"(?P<cur>[$€£])\s?(?P<n>{DIGITS})(?![\d,]*\.\s\d)(?:\s(?P<mult>thousand|million|billion|trillion)\b)?"
                    rf"|(?<![\w.,$])(?P<n2>{DIGITS})\s(?:(?P<mult2>thousand|million|billion|trillion)\s)?"
                    rf"(?P<cur2>dollars|euros|pounds)\b")


def find_money(text: str) -> Iterator[Mention]:
    """'$1.5 million', '$500', '40 million euros': a sum and its currency."""
    for match in _MONEY.finditer(text):
        group = "n" if match["n"] else "n2"
        numeral = match[group]
        amount = numerals.value(numeral) * _MULTIPLIERS[match["mult"] or match["mult2"]]
        currency = _CURRENCIES[match["cur"] or match["cur2"]]
        yield Mention(Family.MONEY, match.start(group), match.end(group), numeral, numerals.changed(numeral) or "",
                      frozenset({(currency, amount)}))


_PERCENT = re.compile(rf"(?<![\w.,$-])(?<!\d\.\s)(?P<n>{NUMERAL})(?:\s?%|\s(?:percent|per\s?cent)\b)")


def find_percents(text: str) -> Iterator[Mention]:
    """'12 percent', '7.5%', 'five per cent'."""
    for match in _PERCENT.finditer(text):
        replacement = numerals.changed(match["n"])
        if replacement:
            yield Mention(Family.PERCENT, match.start("n"), match.end("n"), match["n"], replacement,
                          frozenset({numerals.value(match["n"])}))


_NAME_WORD = r"[A-Z][a-z][a-zA-Z'’-]*"
_AGE_HYPHEN = re.compile(rf"(?<![\w-])(?P<n>{NUMERAL})-year-old\b(?P<after>(?:\s+(?:{_NAME_WORD}|[A-Z]\.))+|\s+[a-z]+)?")
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
    rf"(?:(?:about|nearly|almost|more than|some|roughly|at least)\s)?(?P<n2>{NUMERAL})\s(?P<u2>minute|hour|day|week|month|year)s\b"
    rf"|(?<![\w-])(?P<n3>{NUMERAL})\s(?P<u3>minute|hour|day|week|month|year)s\sof\b")


def find_durations(text: str) -> Iterator[Mention]:
    """'three-day talks', 'for four days', 'lasted five days', 'four days of dialogue'."""
    for match in _DURATION.finditer(text):
        group, unit = next((g, match[u]) for g, u in (("n", "u"), ("n2", "u2"), ("n3", "u3")) if match[g])
        replacement = numerals.changed(match[group])
        if replacement and numerals.value(match[group]) > 0:
            yield Mention(Family.DURATION, match.start(group), match.end(group), match[group], replacement,
                          frozenset({(numerals.value(match[group]), unit)}))


# --- times ---------------------------------------------------------------------------------------------------

_DATE = re.compile(rf"(?<![\w.])(?P<m>{_MONTH_NAMES})\s(?P<d>\d{{1,2}})(?P<suffix>st|nd|rd|th)?\b(?![:.,]?\d)")


def find_dates(text: str) -> Iterator[Mention]:
    """'June 29', 'Feb. 3', 'Sept. 14th': a month and a day."""
    for match in _DATE.finditer(text):
        day = int(match["d"])
        if 1 <= day <= 31:
            new = day + 1 if day <= 27 else day - 1
            yield Mention(Family.DATE, match.start("d"), match.end("d"), match["d"], str(new),
                          frozenset({(MONTHS[match["m"]], day)}), sentence_words(text, match.start(), match.end()))


_WEEKDAY = re.compile(rf"\b(?P<w>{'|'.join(WEEKDAYS)})\b")


def find_weekdays(text: str) -> Iterator[Mention]:
    """'Thursday': changed to the next day of the week."""
    for match in _WEEKDAY.finditer(text):
        following = WEEKDAYS[(WEEKDAYS.index(match["w"]) + 1) % 7]
        yield Mention(Family.WEEKDAY, match.start(), match.end(), match["w"], following, frozenset({match["w"]}),
                      sentence_words(text, match.start(), match.end()))


_YEAR = re.compile(r"\b(?:since|in|of|until|from|by|through)\s(?P<y>(?:19|20)\d\d)\b(?![-–/]\d|,\d|\.\d)")


def find_years(text: str) -> Iterator[Mention]:
    """'since 2019', 'in 2019': changed to the year before."""
    for match in _YEAR.finditer(text):
        year = int(match["y"])
        yield Mention(Family.YEAR, match.start("y"), match.end("y"), match["y"], str(year - 1), frozenset({year}),
                      sentence_words(text, match.start(), match.end()))


# --- names, titles, places -----------------------------------------------------------------------------------

# A capitalized word (possessive 's left out), an abbreviation ('Sen.', 'Lt.') or an initial ('F.').
_TOKEN = r"(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z][a-zA-Z-]*|[A-Z]['’][A-Z][a-z]+)"
_RUN = re.compile(rf"{_TOKEN}(?:(?: of | for | ){_TOKEN})*")
_PERSON_AFTER = re.compile(r",\s\d{1,3},|\s(?:said|says|told|added|wrote|explained|testified)\b|,\swho\b")
_PERSON_BEFORE = re.compile(r"(?:said|says|according to)\s$")
_SURNAME = re.compile(r"[A-Z][a-z][a-zA-Z-]{2,}|[A-Z]['’][A-Z][a-z]{2,}")
_LEADING = NOT_NAMES | {"of", "for"}


@dataclass(frozen=True)
class Person:
    """A person's name as written in a run of capitalized words, with the title before it if any."""

    surname_start: int
    surname: str
    title_start: int | None
    title: str | None


def people(text: str) -> Iterator[Person]:
    """Names of people: two or three capitalized words after a title, or before 'said', ', 22,' or ', who'."""
    for run in _RUN.finditer(text):
        tokens = [(m.start() + run.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        titled = [i for i, (_, word) in enumerate(tokens) if word.rstrip(".").lower() in TITLES]
        first = titled[-1] + 1 if titled else 0
        while first < len(tokens) and tokens[first][1].rstrip(".").lower() in _LEADING:
            first += 1
        name = tokens[first:]
        if not 2 <= len(name) <= 4 or any(w.rstrip(".").lower() in NOT_NAMES for _, w in name):
            continue
        surname_start, surname = name[-1]
        if not _SURNAME.fullmatch(surname) or surname in STATES or surname in COUNTRIES:
            continue
        if not titled and not (_PERSON_AFTER.match(text, run.end())
                               or _PERSON_BEFORE.search(text, max(0, run.start() - 20), run.start())):
            continue
        title_start, title = tokens[titled[-1]] if titled else (None, None)
        yield Person(surname_start, surname, title_start, title)


def find_names(text: str) -> Iterator[Mention]:
    """A person's surname, changed by one letter."""
    for person in people(text):
        yield Mention(Family.NAME, person.surname_start, person.surname_start + len(person.surname), person.surname,
                      misspelt(person.surname), frozenset({person.surname}))


_CAPITALIZED = re.compile(r"\b[A-Z](?:['’][A-Z])?[a-zA-Z-]+")


def name_witnesses(text: str) -> Witnesses:
    """Any capitalized word: another article that writes the surname at all states the name."""
    return {word: [frozenset()] for word in set(_CAPITALIZED.findall(text))}


def find_titles(text: str) -> Iterator[Mention]:
    """A title word right before a person's name ('Adviser Jake Sullivan'), changed by one letter."""
    for person in people(text):
        if person.title and person.title_start is not None and re.fullmatch(r"[A-Z][a-z]{3,}", person.title):
            yield Mention(Family.TITLE, person.title_start, person.title_start + len(person.title), person.title,
                          misspelt(person.title), frozenset({(person.title.lower(), person.surname)}))


_REGIONS = {name: name for name in (*STATES, *COUNTRIES)} | STATE_ABBREVIATIONS | {"D.C.": "District of Columbia",
                                                                                  "DC": "District of Columbia"}
_PLACE = re.compile(rf"\b(?:in|at|near|outside|from)\s(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s"
                    rf"(?P<region>{_alternation(_REGIONS)})(?!\w)")


def other_region(region: str) -> str:
    """Another state or country written alike: full name for full name, abbreviation for abbreviation."""
    group = (list(STATE_ABBREVIATIONS) if region in STATE_ABBREVIATIONS else COUNTRIES if region in COUNTRIES
             else STATES)
    if region not in group:
        return "Virginia"
    return group[(group.index(region) + 1) % len(group)]


def find_places(text: str) -> Iterator[Mention]:
    """'in Arlington, Virginia': the state or country a place is said to be in, changed to another."""
    for match in _PLACE.finditer(text):
        if match["city"] in _REGIONS:
            continue
        yield Mention(Family.PLACE, match.start("region"), match.end("region"), match["region"],
                      other_region(match["region"]), frozenset({(match["city"], _REGIONS[match["region"]])}))


# --- quotes --------------------------------------------------------------------------------------------------

_QUOTE = re.compile(r"“(?P<a>[^”\n]+)”|\"(?P<b>[^\"\n]+)\"|(?:(?<=\s)|(?<=^)|(?<=[(—-]))‘(?P<c>[^’\n]+(?:’\w[^’\n]*)*)’(?!\w)",
                    re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SHARED_RUN = 5  # words a quoted phrase must share with another article's quote


def quote_words(text: str) -> Iterator[list[re.Match[str]]]:
    """The words of each quotation in the text."""
    for match in _QUOTE.finditer(text):
        group = next(g for g in ("a", "b", "c") if match[g] is not None)
        yield list(_WORD.finditer(text, match.start(group), match.end(group)))


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + SHARED_RUN]) for i in range(len(words) - SHARED_RUN + 1)]


def find_quote_words(text: str) -> Iterator[Mention]:
    """A content word inside quotation marks, keyed by the five-word runs of the quote that contain it."""
    for words in quote_words(text):
        runs = _runs([_normal(w.group()) for w in words])
        for index, word in enumerate(words):
            plain = _normal(word.group())
            if plain in STOPWORDS or len(plain) < 3 or not plain.isalpha():
                continue
            keys = frozenset(runs[max(0, index - SHARED_RUN + 1) : index + 1])
            if keys:
                yield Mention(Family.QUOTE, word.start(), word.end(), word.group(), swapped_word(word.group()), keys)


def quote_witnesses(text: str) -> Witnesses:
    """Every five-word run of every quotation."""
    return {run: [frozenset()] for words in quote_words(text) for run in _runs([_normal(w.group()) for w in words])}


SPECS: dict[Family, Spec] = {
    Family.COUNT: Spec(Family.COUNT, find_counts, _witnesses(find_counts)),
    Family.MONEY: Spec(Family.MONEY, find_money, _witnesses(find_money)),
    Family.PERCENT: Spec(Family.PERCENT, find_percents, _witnesses(find_percents)),
    Family.AGE: Spec(Family.AGE, find_ages, _witnesses(find_ages)),
    Family.DURATION: Spec(Family.DURATION, find_durations, _witnesses(find_durations)),
    Family.DATE: Spec(Family.DATE, find_dates, _witnesses(find_dates)),
    Family.WEEKDAY: Spec(Family.WEEKDAY, find_weekdays, _witnesses(find_weekdays), shared_words=3),
    Family.YEAR: Spec(Family.YEAR, find_years, _witnesses(find_years), shared_words=2),
    Family.NAME: Spec(Family.NAME, find_names, name_witnesses),
    Family.TITLE: Spec(Family.TITLE, find_titles, _witnesses(find_titles)),
    Family.PLACE: Spec(Family.PLACE, find_places, _witnesses(find_places)),
    Family.QUOTE: Spec(Family.QUOTE, find_quote_words, quote_witnesses),
}
