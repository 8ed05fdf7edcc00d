"""What a count counts: noun phrase keys, places, "of" phrases, totals, parts and ranges."""

from __future__ import annotations

import pytest

from factlint.extract import counted, quantities
from factlint.rulebook.lexicon import Lexicon
from factlint.read.documents import make_document


@pytest.mark.parametrize("head, modifiers, where, of, key", [
    ("workers", ["dock"], "", "", "dock worker"),
    ("families", ["workers'"], "", "", "worker family"),
    ("families", ["worker's"], "", "", "worker family"),
    ("nurses", [], "second hospital", "", "nurse @second hospital"),
    ("counts", [], "", "aggravated assault", "count of aggravated assault"),
    ("ships", ["the"], "", "", "ship"),
])
def test_noun_phrase_key(head, modifiers, where, of, key):
    assert counted.noun_phrase_key(head, modifiers, where, of) == key


def subjects(text: str) -> list[tuple[str, str, str]]:
    doc, _ = make_document("a.md", text)
    return [(f.text, f.subject, f.attr("role")) for f in quantities.extract(doc, Lexicon())]


@pytest.mark.parametrize("text, written, subject, role", [
    ("The deal covers 1,200 dock workers.", "1,200 dock workers", "dock worker", ""),
    ("It helps 12 workers' families.", "12 workers' families", "worker family", ""),
    ("Some 600 nurses at the second hospital stayed.", "Some 600 nurses", "nurse @second hospital", ""),
    ("13 workers in New York City struck.", "13 workers", "worker @new york city", ""),
    ("12 workers in May left.", "12 workers", "worker", ""),  # a month says when, not where
    ("He faces four counts of aggravated assault.", "four counts", "count of aggravated assault", ""),
    ("Some 5,000 people marched.", "Some 5,000 people", "person marched", ""),
    ("The court sentenced five people to death.", "five people", "person sentenced", ""),
    ("Biden received 306 electoral votes overall.", "306 electoral votes", "electoral vote", ""),
    ("a deal with 50 states and territories to settle", "50 states", "state and territory", ""),
    ("A total of 40 ships have docked.", "40 ships", "ship", "total"),
])
def test_count_subject(text, written, subject, role):
    assert (written, subject, role) in subjects(text), subjects(text)


@pytest.mark.parametrize("text", [
    "Another three dock workers were arrested.",   # a part
    "the first 12 ships docked",                    # a part
    "Between 10 and 12 ships docked.",              # a range
    "Ten to 12 ships docked.",                      # a range's end
    "one in every 500 Windows users",               # a ratio
    "He landed 178 of 369 punches thrown.",         # a ratio's whole
    "So far 40 ships have docked.",                 # a running total
    "Some 5,000 people.",                           # people doing nothing said
    "S&P 500 futures and Nasdaq 100 futures rose.",  # part of a name
    "Economists expected 700,000 jobs would be added.",  # a forecast
])
def test_not_a_count_of_its_own(text):
    assert [s for s in subjects(text) if s[1] not in quantities.ROLE_KEYS] == []


@pytest.mark.parametrize("text, start, named", [
    ("while S&P 500", 10, True),
    ("and Nasdaq 100", 11, True),
    ("The deal covers 1,200", 16, False),
    ("Sunday. 12", 8, False),
    ("In Gaza, 12", 9, False),
    ("The 12", 4, False),
])
def test_in_a_name(text, start, named):
    assert counted.in_a_name(text, start) is named
