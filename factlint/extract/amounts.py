"""Percentages and sums of money with what they measure: "a 4.5% pay rise", "unemployment rose to 5%", "a fine of $5,000"."""

from __future__ import annotations

from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.clauses import Aspect, clause_event
from factlint.extract.counted import is_part_or_range, noun_phrase_key, tally
from factlint.extract.numbers import NUMBER_PATTERN, format_number, number_heads, parse_number
from factlint.extract.figures import BOUNDARY, FUNCTION_WORDS, QUALIFIER, UNITS, qualified_starts, quantity_fact
from factlint.extract.sentences import sentence_at
from factlint.extract.spans import folded, line_matches, matches_at, occurrences
from factlint.extract.subjects import before_verb, segments
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact

_PERCENT = lazyre.compile(rf"{QUALIFIER}(?P<number>{BOUNDARY}{NUMBER_PATTERN})[ \t]*(?P<sign>%|percent\b|per[ \t]+cent\b)", regex.I)
_MONEY = lazyre.compile(
    rf"{QUALIFIER}(?P<currency>[$£€])[ \t]?(?P<number>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)"
    rf"(?:[ \t]?(?P<scale>million|billion|trillion|m\b|bn\b))?",
    regex.I,
)
# A sum written with its currency after it: "200 million euros", "1.5 billion dlrs".
_MONEY_WORDS = lazyre.compile(
    rf"{QUALIFIER}(?P<number>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?:[ \t](?P<scale>million|billion|trillion|mln|bln))?"
    rf"[ \t](?P<currency>dollars|dlrs|euros?|pounds(?:[ \t]sterling)?)\b", regex.I)
_CURRENCY_WORD = {"dollars": "usd", "dlrs": "usd", "euro": "eur", "euros": "eur", "pounds": "gbp"}
# Every match of _MONEY_WORDS holds one of these (lowercased), on the line it lies on.
_CURRENCY_WORD_STARTS = ("dollars", "dlrs", "euro", "pounds")
_CURRENCY_SIGN = lazyre.compile(r"[$£€]")
_SCALE = {"million": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "usd", "£": "gbp", "€": "eur"}

_WORDS_BEFORE = lazyre.compile(r"(?:[\p{L}'’-]+[ \t]+){1,9}$")
# Words that end a noun phrase or cannot head one: pronouns, adverbs of amount and time, units.
_NOT_NOUN = FUNCTION_WORDS | UNITS | frozenset(
    """he she it they we you i who what this that there here more less each apiece per worth so than
    million billion trillion thousand also just only about nearly almost roughly some up down""".split())
# A determiner before the figure makes the words after it the noun phrase it modifies: "a 7.5 percent pay rise".
_DETERMINED = lazyre.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)[ \t]+$", regex.I)
_NP_WORD = r"\p{L}[\p{L}\d'’.-]*"
_AFTER_NP = lazyre.compile(
    rf"[ \t]+(?:(?P<of>(?:worth[ \t]+)?of)[ \t]+(?:(?:the|all|its|their)[ \t]+)?)?(?P<np>{_NP_WORD}(?:[ \t]+{_NP_WORD}){{0,2}})")
_AUXILIARIES = frozenset("has have had was were is are".split())
_COPULAS = frozenset("is was were are stood stands reached hit".split())
_LEVEL, _CHANGE = frozenset({"to", "at"}), frozenset({"by", "up", "down"})


def _nounish(word: str) -> bool:
    return word not in _NOT_NOUN and not word.endswith("ly") and parse_number(word) is None


def _noun_phrase_after(words: list[str]) -> list[str]:
    """The words from the start that make one noun phrase, ending at its plural head if it has one ("registered
    voters" of "registered voters backed him")."""
    run: list[str] = []
    for written in words:
        word = written.lower().rstrip(".") if "." not in written[:-1] else written.lower().replace(".", "")
        if not word or not (_nounish(word) or word.endswith("ly") and word not in _NOT_NOUN):
            break
        run.append(word)
        if written.endswith(".") and "." not in written[:-1]:
            break  # the sentence ends ("U.S." does not end one)
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            break
    while run and run[-1].endswith("ly"):
        run.pop()  # "$100 million annually": an adverb; "a $600 weekly benefit": a modifier
    return run


def _noun_phrase_before(words: list[str]) -> list[str]:
    """The last two or fewer words that make one noun phrase ("the jobless rate" -> "jobless rate")."""
    run: list[str] = []
    for word in reversed([w.lower() for w in words]):
        if not _nounish(word) or len(run) == 2:
            break
        run.insert(0, word)
    return run


def _key(words: list[str]) -> str:
    return noun_phrase_key(words[-1], words[:-1]) if words else ""


def _measured_before(words: list[str]) -> tuple[str, str]:
    """What the words before a figure say it measures: "a pay rise of", "unemployment rose to", "shares were up"."""
    words = [w.lower() for w in words]
    if words and words[-1] == "of":
        return _key(_noun_phrase_before(words[:-1])), ""
    prep = words.pop() if words and words[-1] in _LEVEL | _CHANGE else ""
    while words and words[-1].endswith("ly"):
        words.pop()  # "falling slightly to 4.7 percent"
    if not words:
        return "", ""
    verb = words.pop()
    if verb in _NOT_NOUN - _AUXILIARIES or not (verb in _COPULAS or verb.endswith(("ed", "ing")) or prep
                                                or verb in {"rose", "fell", "grew"}):
        return "", ""  # a verb of saying, or no verb: "officials said 55 percent", "in 55 percent"
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    # "Ticket sales at the book festival were up": the phrase's head stands before its preposition.
    place = next((i for i in range(len(words) - 1, 0, -1) if words[i] in _PREPOSITIONS - {"of"}
                  and _nounish(words[i - 1])), None)
    subject = _key(_noun_phrase_before(words[:place] if place is not None else words))
    if prep not in _CHANGE and (verb in _COPULAS or prep in _LEVEL):
        return subject, ""  # a level, as "a 4.5% pay rise" is: "unemployment rose to 5 percent", "the rate was 4.1%"
    return subject, "change"  # "prices rose 4.5 percent", "shares were up 3%"


def _measured(text: str, start: int, end: int, money: bool = False) -> tuple[str, str]:
    """(what a figure at text[start:end] measures, how: "change" or "" for a level), ("", "") when nothing is named."""
    after = _AFTER_NP.match(text, end)
    if after:
        words = _noun_phrase_after(after.group("np").split())
        if after.group("of") and words:
            return _key(words), ""  # "52% of the vote"
        # "a 7.5 percent pay rise"; a sum needs no determiner: "signs $484 billion bill", "$1,400 checks".
        determined = money or _DETERMINED.search(text[max(0, start - 8) : start])
        if words and determined and not words[-1].endswith("ed"):
            return _key(words), ""
    opening = _CHANGE_OPENS.search(text, max(0, start - 40), start)
    if opening:
        subject = _previous_subject(text, opening.start())
        if subject:
            return subject, "change"
    before = _WORDS_BEFORE.search(text[max(0, start - 90) : start])
    found = _measured_before(before.group().split()) if before else ("", "")
    return found if found[0] else _clause_subject(text, start, end)


# A change that opens its clause with no subject of its own ("Sales reached 12,000, up 8 percent on last year";
# "That is up 9 percent"): what changed is the subject of the clause or sentence before.
_CHANGE_OPENS = lazyre.compile(
    r"(?:(?P<comma>[,;(—–])|(?:^|(?<=[.!?][\"”’]?\s))(?:(?i:that|this|it)[ \t]+(?:is|was|'s|’s)[ \t]+)?)"
    r"[ \t]*(?i:up|down)[ \t]+(?:(?i:by)[ \t]+)?(?:(?i:about|some|nearly|almost|roughly|more[ \t]+than)[ \t]+)?$")
_PREPOSITIONS = frozenset("of at in on for from by with to during over under".split())
_CLAUSE_WORD = lazyre.compile(r"\p{L}[\p{L}'’-]*|\d[\d,.]*|[,;:]")


def _previous_subject(text: str, at: int) -> str:
    """The key of the subject of the clause before `at` (the comma that ends it) in its sentence, or of the sentence
    before when `at` opens one: the noun phrase before its first verb ("Ticket sales reached 12,000": ticket sale)."""
    lo, _ = sentence_at(text, at)
    if text[lo:at].strip() == "" or text[at : at + 1] not in ",;(—–":
        if lo < 2:
            return ""
        lo, at = sentence_at(text, lo - 2)[0], lo
    tokens = [m.group() for m in _CLAUSE_WORD.finditer(text, lo, at)]
    segment = next((run for run in segments(tokens) if run), [])
    subject = before_verb(segment)
    if not subject or subject == segment:
        return ""  # no verb: nothing says which words are the subject
    words = [w.lower() for w in subject]
    cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
    return _key(_noun_phrase_before(words[:cut]))  # "ticket sales at the book festival": ticket sale


def _clause_subject(text: str, start: int, end: int) -> tuple[str, str]:
    """What a figure measures when the words next to it do not say: the head noun of the subject of its clause
    ("the unemployment rate stood at 5.9%, up from 5.8%": rate; "Bolton field, which Fred's generation sold for $30
    million": generation), as a level; ("", "") when the clause names none."""
    event = clause_event(text, start, end, figure=True)
    if event is None or event.aspect is Aspect.SAYING:
        return "", ""  # "Officials said 55 percent": who said it is not what the figure measures
    return (event.head, "") if event.head else ("", "")


def _percentages(doc: Document) -> Iterator[Fact]:
    for match in matches_at(_PERCENT, doc.text, qualified_starts(doc.text, number_heads(doc.text)), doc.body_start):
        value = parse_number(match.group("number"))
        start = match.start()
        about, how = _measured(doc.text, start, match.end())
        if value is None or not about or is_part_or_range(doc.text, start) or tally(doc.text, start, match.end()) is None:
            continue  # a percentage of nothing named cannot be compared with any other
        yield quantity_fact(doc, start, match.end(), value, f"{about} %", match.group("qualifier"),
                            f"{format_number(value)}%", "percent", role=how)


def _money(doc: Document) -> Iterator[Fact]:
    signs = [sign.start() for sign in _CURRENCY_SIGN.finditer(doc.text, doc.body_start)]
    for match in matches_at(_MONEY, doc.text, qualified_starts(doc.text, signs), doc.body_start):
        value = float(match.group("number").replace(",", "")) * _SCALE.get((match.group("scale") or "").lower(), 1)
        start = match.start()
        about, how = _measured(doc.text, start, match.end(), money=True)
        if not about or is_part_or_range(doc.text, start) or tally(doc.text, start, match.end()) is None:
            continue
        currency = _CURRENCY[match.group("currency")]
        shown = doc.text[match.start("currency") : match.end()]
        yield quantity_fact(doc, start, match.end(), value, f"{about} {currency}", match.group("qualifier"), shown,
                            currency, role=how)


def _money_words_matches(text: str, start: int) -> Iterator[regex.Match]:
    """What _MONEY_WORDS.finditer(text, start) finds: a match never crosses a line, so only the lines holding a
    currency word are searched (few articles have one)."""
    lower = folded(text)
    if lower is None:
        return _MONEY_WORDS.finditer(text, start)
    return line_matches(_MONEY_WORDS, text, occurrences(lower, _CURRENCY_WORD_STARTS, start), start)


def _money_in_words(doc: Document) -> Iterator[Fact]:
    """Sums written with their currency after the number ("200 million euros")."""
    for match in _money_words_matches(doc.text, doc.body_start):
        value = float(match.group("number").replace(",", "")) * _SCALE.get((match.group("scale") or "").lower(), 1)
        start = match.start()
        about, how = _measured(doc.text, start, match.end(), money=True)
        if not about or is_part_or_range(doc.text, start) or tally(doc.text, start, match.end()) is None:
            continue
        currency = _CURRENCY_WORD[match.group("currency").lower().split()[0]]
        shown = doc.text[match.start("number") : match.end()]
        yield quantity_fact(doc, start, match.end(), value, f"{about} {currency}", match.group("qualifier"), shown,
                            currency, role=how)


def extract(doc: Document, vocabulary: Lexicon) -> Iterator[Fact]:
    """Every percentage and sum of money whose subject is named, in the document body."""
    yield from _percentages(doc)
    yield from _money(doc)
    yield from _money_in_words(doc)
