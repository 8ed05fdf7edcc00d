"""Two readings of single words a clause reader needs: whether a sentence's first word is capitalized only as the
sentence's ("Tickets cost $12": tickets) and whether a word in -s right before a figure is a verb in the present
("costs", "employs")."""

from __future__ import annotations

from factlint.extract.numbers import parse_number
from factlint.extract.sentences import capitalized_inside, common_word
from factlint.extract.verbs import (CLAUSE_WORDS as _CLAUSE_WORDS, DETERMINERS as _DETERMINERS, FUNCTION as _FUNCTION,
                                    WEEKDAY_OR_MONTH as _WEEKDAY_OR_MONTH, is_verb)


def present_before_figure(tokens: list[str], index: int) -> bool:
    """Whether a word in -s right before a figure is a verb in the present ("a ticket costs $12", "the plant employs
    1,200"): after a noun or name, not after a determiner, preposition, function word or number ("the costs", "in
    costs", "12 costs")."""
    word, previous = tokens[index], tokens[index - 1] if index else ""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and len(word) > 3 and previous[:1].isalpha() and previous.lower() not in _FUNCTION \
        and previous.lower() not in _DETERMINERS and previous.lower() not in _CLAUSE_WORDS \
        and parse_number(previous) is None and not previous.lower().endswith("ly")


def open_sentence(text: str, tokens: list[str], at: int) -> None:
    """Writes the sentence's first word in lowercase when its capital is the sentence's, not a name's: a common English
    word that the article never capitalizes inside a sentence, that reads as no verb and has no capitalized word
    after it ("Tickets cost $12": tickets, the subject; not "Bird said" when the article writes "Julia Bird", nor
    "Jon Roe")."""
    first = next((i for i, t in enumerate(tokens[:at]) if t[:1].isalpha()), None)
    if first is None or tokens[first][:1].islower() or not tokens[first][1:].islower():
        return
    low = tokens[first].lower()
    following = tokens[first + 1] if first + 1 < at else ""
    if following[:1].isupper() or low in _FUNCTION or low in _CLAUSE_WORDS or _WEEKDAY_OR_MONTH.match(low) \
            or is_verb([low], 0) or not common_word(low) or capitalized_inside(text, tokens[first]):
        return
    tokens[first] = low
