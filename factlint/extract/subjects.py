"""The subject of a clause, read without a parser: the words that name something in a run of tokens, the names
in it, its head noun, a relative pronoun's antecedent, the subject after a verb of saying, and whom a pronoun or a
lone last name stands for in the article (the person named in its sentence or the one before, the given name
written with it before)."""

from __future__ import annotations

import regex

from factlint import lazyre

from factlint.extract.full_names import ROLE_WORD
from factlint.extract.numbers import parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.verbs import (CLAUSE_WORDS as _CLAUSE_WORDS, DETERMINERS as _DETERMINERS, FUNCTION as _FUNCTION,
                                    SPEECH_LEMMAS as _SPEECH_LEMMAS, WEEKDAY_OR_MONTH as _WEEKDAY_OR_MONTH,
                                    is_verb as _is_verb, lemma)

_RELATIVES = frozenset("who which that whom whose".split())


def content(tokens: list[str]) -> frozenset[str]:
    """The lemmas of the words that name something (not function words, times or adverbs in -ly)."""
    return frozenset(lemma(t) for t in tokens if t[:1].isalpha() and t.lower() not in _FUNCTION
                     and not (t.islower() and t.endswith("ly")) and not any(c.isdigit() for c in t)
                     and "-old" not in t.lower() and len(t) > 1 and parse_number(t) is None
                     and not _WEEKDAY_OR_MONTH.match(t) and t.lower() not in _CLAUSE_WORDS)


def names_of(tokens: list[str]) -> frozenset[str]:
    """The capitalized words (a sentence's first word too, unless a function word)."""
    return frozenset(t.lower() for t in tokens if t[:1].isupper() and t.lower() not in _FUNCTION
                     and parse_number(t) is None
                     and t.lower() not in _CLAUSE_WORDS and not _WEEKDAY_OR_MONTH.match(t))


def nearby_person(text: str, sentence: int, before: int) -> frozenset[tuple[str, str]]:
    """Whom "he" or "she" names: the person named last in its own sentence (from `sentence`, its start, to `before`)
    or the sentence before it, with the given name the article wrote with the last name; nobody when neither names
    anyone (a pronoun further from its name is too often someone else's)."""
    start = sentence_at(text, sentence - 2)[0] if sentence >= 2 else sentence
    found: list[tuple[int, str, str]] = [
        (m.start(2), m.group(1), m.group(2)) for m in _FULL_NAME.finditer(text, start, before, overlapped=True)
        if m.group(1).lower() not in _FUNCTION and not _WEEKDAY_OR_MONTH.match(m.group(1))
        and not ROLE_WORD.fullmatch(m.group(1))]  # "Officer Andrew Hearst": Andrew Hearst
    for match in _SURNAME.finditer(text, start, before):
        surname = match.group(1)
        if surname.lower() in _FUNCTION or _WEEKDAY_OR_MONTH.match(surname):
            continue
        pair = given_name(text, surname, match.start())
        found.extend((match.start(), first.title(), surname) for first, _ in pair)
    if not found:
        return frozenset()
    _, first, last = max(found)
    return frozenset({(first.lower(), last.lower())})


# A capitalized word: a last name written alone ("Felt was 95") when the article wrote a given name with it before.
_SURNAME = lazyre.compile(r"\b(\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)\b")
_FULL_NAME = lazyre.compile(r"\b(\p{Lu}[\p{Ll}\p{M}]+)\s+(?:\p{Lu}\.\s+)?"
                            r"(\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)\b")  # McShann, O'Brien


def segments(tokens: list[str]) -> list[list[str]]:
    """The runs of tokens between commas, brackets and relative pronouns."""
    out, begin = [], 0
    for index, token in enumerate(tokens + [","]):
        if token in (",", ";", ":", "(", ")") or token.lower() in _RELATIVES:
            out.append(tokens[begin:index])
            begin = index + 1
    return out


def antecedent(tokens: list[str]) -> list[str]:
    """What a relative pronoun after these tokens stands for: the nearest run naming something ("Fekede, 53, who"),
    without the verb and what comes before it ("identified the shooter as Getachew Fekede")."""
    for segment in reversed(segments(tokens)):
        if content(segment):
            verbs = [i for i in range(len(segment)) if _is_verb(segment, i)]
            return segment[verbs[-1] + 1 :] if verbs else segment
    return []


def before_verb(tokens: list[str]) -> list[str]:
    """The subject among the words before a clause's verb: those after a verb of saying ("Biden says 90% of adults
    will be", "the union said dock workers"), else those before the first verb ("Rahman famously beat Lennox Lewis to become")."""
    said = [i for i, t in enumerate(tokens) if t.islower() and lemma(t) in _SPEECH_LEMMAS]
    if said:
        return tokens[said[-1] + 1 :]
    inner = next((i for i in range(len(tokens)) if _is_verb(tokens, i)), None)
    return tokens if inner is None else tokens[:inner]


def head_of(tokens: list[str]) -> str:
    """The head of a noun phrase: its last word that names something before "of" (names left out), or after it
    when what comes before is a share or number ("90% of adults", "ninety percent of adults": adults)."""
    if "of" in tokens:
        at = tokens.index("of")
        share = all(t in ("%", "percent", "per", "cent") or parse_number(t) is not None or t.lower() in _FUNCTION
                    for t in tokens[:at])
        tokens = tokens[at + 1 :] if share else tokens[:at]
    words = [t for t in tokens if t[:1].islower()]
    named = content(words)
    return next((lemma(t) for t in reversed(words) if lemma(t) in named), "")


def given_name(text: str, surname: str, before: int) -> frozenset[tuple[str, str]]:
    """The given name written before a surname earlier in the article ("Mark Felt" for a later "Felt")."""
    pattern = regex.compile(rf"\b(\p{{Lu}}[\p{{Ll}}\p{{M}}]+)\s+(?:\p{{Lu}}\.\s+)?{regex.escape(surname)}\b", regex.I)
    for match in reversed(list(pattern.finditer(text, 0, before))):
        given = match.group(1)
        if given[:1].isupper() and given.lower() not in _FUNCTION and not _WEEKDAY_OR_MONTH.match(given):
            return frozenset({(given.lower(), surname)})
    return frozenset()


def modifiers(tokens: list[str]) -> frozenset[str]:
    """The words beside the head noun in its noun phrase (names and the head left out): from the nearest word before
    the head that is a verb, an -ing form with no determiner before it or a preposition other than "of" ("citing two
    people", "according to two people": none), to the end ("the draft bill of the new austerity measures": draft,
    new, austerity, measure)."""
    head = head_of(tokens)
    at = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][:1].islower() and lemma(tokens[i]) == head), None)
    if at is None:
        return frozenset()
    start = at
    while start > 0:
        word = tokens[start - 1]
        low = word.lower()
        before = tokens[start - 2].lower() if start > 1 else ""
        gerund = word.islower() and low.endswith("ing") and before not in _DETERMINERS  # "the housing data" holds it
        if _is_verb(tokens, start - 1) or gerund or low in _BREAKS:
            break
        start -= 1
    words = [t for t in tokens[start:] if t[:1].islower()]
    return content(words) - {head}


# Words that open a noun phrase's left edge: prepositions (not "of", which joins a phrase to its head) and clause
# punctuation.
_BREAKS = frozenset("""in on at to for with from by into onto over under about after before during via amid despite
    upon toward towards within without against among along across near like as , ; : ( )""".split())
