"""Within-article event anaphora: acronyms, definite descriptions and event pronouns."""

from __future__ import annotations

import pytest

from factlint.extract.dating import with_date
from factlint.link.anaphora import antecedents
from factlint.link.participants import read_article
from factlint.read.documents import make_document

KINDS = {"confer": "conference", "talk": "talks", "meet": "talks"}  # roots, as kinds_of gives them


def _pairs(text: str) -> set[tuple[str, str]]:
    article = read_article(with_date(make_document("a.md", f"---\ndate: 2010-06-08\n---\n{text}")[0]))
    words = [m.word for m in article.mentions]
    return {(words[a], words[b]) for a, b in antecedents(article, kinds=KINDS)}


@pytest.mark.parametrize("text, expected", [
    # An acronym in brackets spells the capitalized words before it.
    ("Jobs spoke at the Worldwide Developers Conference (WWDC) in San Francisco.", ("WWDC", "Conference")),
    # A definite description of a vocabulary kind joins the nearest earlier word of that kind.
    ("Ministers met in Vienna on Monday.\nThe talks ended without a deal.", ("talks", "met")),
    # An occasion joins the nearest earlier noun of a kind of the vocabulary, before any other event noun.
    ("The conference opened on Monday to the amazement of many.\nThe event drew thousands.", ("event", "conference")),
    # An action joins the main event of the sentence before.
    ("Papermaster resigned from Apple on Monday.\nThe move surprised analysts.", ("move", "resigned")),
    # A noun derived from a verb joins the nearest earlier mention of its root, a saying's too.
    ("Apple announced on Friday that it will give owners a free case.\nShares rose.\nThe announcement came in a "
     "press conference.", ("announcement", "announced")),
    # A relative pronoun stands for the noun right before it, whatever its kind.
    ("Stocks rose after the plan, which was announced on Monday.", ("which", "plan")),
    # A relative pronoun stands for the event noun right before it (a word of the vocabulary here).
    ("The markets fell amid the talks, which began in July.", ("which", "talks")),
    # A demonstrative opening a sentence before a verb stands for the event of the sentence before.
    ("Stocks plunged on Monday.\nThis is the largest drop since 1987.", ("This", "plunged")),
    ("Stocks plunged on Monday.\nThis, at 7%, is the largest drop since 1987.", ("This", "plunged")),
    # "this" standing alone inside a sentence stands for the event verb before it.
    ("Apple introduced the phone on Monday, and analysts praised this.", ("this", "praised")),
])
def test_antecedent(text, expected):
    assert expected in _pairs(text)


@pytest.mark.parametrize("text, anaphor", [
    ("This morning stocks plunged.", "This"),  # a demonstrative before a noun is no pronoun
    ("Stocks plunged after this week's report.", "this"),
    ("The talks ended.\nThe markets rose.", "markets"),  # no kind, no general event noun
    ("Ministers met in Vienna on Monday.\nThe talks in 2019 failed.", "talks"),  # another time: no antecedent
    ("Apple sued Cisco, which denied it.", "which"),  # a name before "which" is no event
])
def test_no_antecedent(text, anaphor):
    assert all(a != anaphor for a, _ in _pairs(text))


def test_kinds_of_the_vocabulary_go_to_roots_and_a_phrase_to_its_last_word():
    from factlint.link.anaphora import kinds_of
    from factlint.rulebook.lexicon import build_lexicon

    lexicon = build_lexicon({"talks": {"nouns": ["negotiations"], "verbs": ["met"]},
                             "briefing": {"nouns": ["press conference"]}, "conference": {"nouns": ["conference"]}})
    # A single word's kind comes before a phrase's: "conference" is a conference, not a briefing.
    assert kinds_of(lexicon) == {"negotiate": "talks", "meet": "talks", "confer": "conference"}  # roots
