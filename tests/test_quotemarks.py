"""Quoted spans: every quote style, nesting, apostrophes, and quotes that run on into the next paragraph."""

from __future__ import annotations

import pytest

from factlint.extract.quotemarks import find_quotes


def quoted(text: str) -> list[tuple[int, str]]:
    return [(q.depth, q.words(text)) for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we are close" today.', [(0, "we are close")]),
    ("He said “we are close” today.", [(0, "we are close")]),
    ("Peace deal 'within reach' between them", [(0, "within reach")]),
    ("He said ‘we are close’ today.", [(0, "we are close")]),
    ("Il a dit « nous sommes proches » hier.", [(0, "nous sommes proches")]),
    ("US points to »significant progress» in »constructive» contacts",
     [(0, "significant progress"), (0, "constructive")]),
    ("Er sagte »wir sind nah« gestern.", [(0, "wir sind nah")]),
    ("install a «border post» in the corridor", [(0, "border post")]),
    ("“The teams continued on the draft ‘Agreement on Peace,’” read a statement.",
     [(0, "The teams continued on the draft ‘Agreement on Peace,’"), (1, "Agreement on Peace,")]),
])
def test_quote_styles(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text", [
    "They've made progress, Blinken’s aide said of Karabakh’s leaders.",
    "The ministers' talks and Russia's role in the ’90s were discussed.",
    "It is 5' 10\" tall",
])
def test_apostrophes_are_not_quotes(text):
    assert quoted(text) == []


def test_quote_continues_in_the_next_paragraph_that_opens_with_a_quote_mark():
    text = '"We came a long way.\n"And we will finish it," he said.'
    assert quoted(text) == [(0, "We came a long way. And we will finish it,")]


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'He said "we came a long way.\nThe talks ended on Friday. "Next," she said.'
    assert quoted(text) == [(0, "Next,")]


def test_quote_runs_on_over_a_wrapped_line():
    text = 'He said "we came a long\nway" and left.'
    assert quoted(text) == [(0, "we came a long way")]


def test_quote_offsets_cover_the_words_only():
    text = 'He said "close" today.'
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == "close" and (quote.open, quote.close) == (8, 14)
