"""Event mentions anchored in their clause: names, figures, times, and when two clash."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from factlint.extract.dating import with_date
from factlint.link.participants import Mention, agree, clash, read_article, times_clash
from factlint.read.documents import make_document

DAY = dt.date(2008, 9, 4).toordinal()
TEXT = ("Dow falls 340 points\nSeptember 04, 2008\n"
        "The Dow Jones Industrial Average fell 344.65 at the close of trading Thursday.\n"
        "The S&P 500 fell 2.99 percent while the Nasdaq index fell 3.20 percent.\n"
        "In 1987 the Dow lost 22 percent.\n")


def _article(text: str = TEXT):
    return read_article(with_date(make_document("a.md", f"---\ndate: 2008-09-04\n---\n{text}")[0]))


def _find(article, word: str, nth: int = 0) -> Mention:
    return [m for m in article.mentions if m.word == word][nth]


def test_lead_is_the_headline_and_first_sentence_not_the_dateline():
    assert _article().lead == frozenset({0, 2})


@pytest.mark.parametrize("word, nth, names, figures, verb", [
    ("falls", 0, {"dow"}, {340.0}, False),  # a headline's present tense is not read as a verb
    ("fell", 0, {"dow", "jones", "industrial", "average"}, {344.65}, True),
    ("fell", 1, {"s&p"}, {500.0, 2.99}, True),  # "while" opens the next clause
    ("fell", 2, {"nasdaq"}, {3.2}, True),
])
def test_mentions_carry_their_clause_names_and_figures(word, nth, names, figures, verb):
    mention = _find(_article(), word, nth)
    assert (set(mention.names), set(mention.figures), mention.verb) == (names, figures, verb)


def test_a_clause_time_is_read_and_years_are_no_figures():
    lost = _find(_article(), "lost")
    assert lost.time is not None and dt.date.fromordinal(lost.time[0]) == dt.date(1987, 1, 1)
    assert lost.figures == frozenset({22.0})


@pytest.mark.parametrize("text, word, year", [
    ("Jobs had been fighting cancer since 2004.", "fighting", 2004),  # "since" before a time opens no clause
    ("Jobs had been fighting cancer since he fell ill in 2004.", "fighting", None),  # "since" before a clause does
])
def test_a_preposition_before_a_time_keeps_the_time_in_the_clause(text, word, year):
    mention = _find(_article(text), word)
    assert (mention.time and dt.date.fromordinal(mention.time[0]).year) == year


def _mention(names=(), figures=(), time=None, verb=True) -> Mention:
    return Mention(0, 1, "fell", "fall", "fall", 0, frozenset(names), frozenset(figures), time, verb, 0, False, "")


@pytest.mark.parametrize("first, second, expected", [
    (_mention({"dow"}), _mention({"nasdaq"}), True),  # different participants
    (_mention({"russia"}), _mention({"russian"}), False),  # one name, as a noun and an adjective
    (_mention({"dow"}), _mention(), False),  # nothing named on one side: no clash
    (_mention(figures={340.0}), _mention(figures={344.65}), False),  # rounded in a headline
    (_mention(figures={2.99}), _mention(figures={3.2}), True),
    (_mention(time=(DAY - 400, DAY - 30)), _mention(), True),  # an earlier time against the news week
    (_mention(time=(DAY, DAY)), _mention(), False),
    (_mention(time=(DAY - 400, DAY - 30)), _mention(verb=False), False),  # a noun may name any time
])
def test_clash(first, second, expected):
    assert clash(first, second, DAY, DAY) is expected


def test_across_articles_an_undated_noun_takes_its_articles_time():
    assert clash(_mention(time=(DAY - 400, DAY - 30)), _mention(verb=False), DAY, DAY, nouns=True)


def test_clash_leaves_out_names_when_asked():
    assert not clash(_mention({"dow"}), _mention({"nasdaq"}), DAY, DAY, names=False)


@pytest.mark.parametrize("first, second, topic, expected", [
    (_mention({"dow", "apple"}), _mention({"dow"}), frozenset(), True),
    (_mention({"apple"}), _mention({"apple"}), frozenset({"apple"}), False),  # a protagonist is no evidence
    (_mention(figures={22.0}), _mention(figures={22.0}), frozenset(), True),
    (_mention(time=(DAY, DAY)), _mention(time=(DAY - 3, DAY)), frozenset(), True),
    (_mention(), _mention(), frozenset(), False),
])
def test_agree(first, second, topic, expected):
    assert agree(first, second, topic) is expected


@pytest.mark.parametrize("first, second, expected", [
    ((1, 5), (5, 9), False), ((1, 4), (5, 9), True), (None, (1, 2), False), ((7, 7), (1, 6), True),
])
def test_times_clash(first, second, expected):
    assert times_clash(first, second) is expected


def test_mentions_are_frozen_records():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _mention().word = "rose"  # type: ignore[misc]
