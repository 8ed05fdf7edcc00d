"""Percentages and sums of money: what they measure, how (a level or a change), and amounts of nothing named."""

from __future__ import annotations

import pytest

from factlint.extract import amounts
from factlint.rulebook.lexicon import Lexicon
from factlint.read.documents import make_document


def facts(text: str):
    doc, _ = make_document("a.md", text)
    return [(f.text, f.value, f.subject, f.attr("role")) for f in amounts.extract(doc, Lexicon())]


@pytest.mark.parametrize("text, written, value, subject, role", [
    ("Nurses won a 4.5% pay rise.", "4.5%", "4.5", "pay rise %", ""),
    ("Nurses won a 7.5 percent pay rise in the deal.", "7.5 percent", "7.5", "pay rise %", ""),
    ("a rise of 4.5 percent", "4.5 percent", "4.5", "rise %", ""),
    ("a pay rise of 4.5 per cent", "4.5 per cent", "4.5", "pay rise %", ""),
    ("He won 52% of the vote.", "52%", "52", "vote %", ""),
    ("40 percent of registered voters backed him", "40 percent", "40", "registered voter %", ""),
    ("Unemployment rose to 5 percent in May.", "5 percent", "5", "unemployment %", ""),
    ("The jobless rate was 4.1%.", "4.1%", "4.1", "jobless rate %", ""),
    ("Prices rose 4.5 percent this year.", "4.5 percent", "4.5", "price %", "change"),
    ("Shares were up 3% on Monday.", "3%", "3", "share %", "change"),
    ("His bond was set at $25,000.", "$25,000", "25000", "bond usd", ""),  # a level, as "a $25,000 bond" is
    ("a $27 million contract", "$27 million", "27000000", "contract usd", ""),
    ("a fine of $5,000 was paid", "$5,000", "5000", "fine usd", ""),
    ("a £3m grant", "£3m", "3000000", "grant gbp", ""),
    ("Trump signs into law $484 billion bill", "$484 billion", "484000000000", "bill usd", ""),
    ("tariffs on $50 billion worth of Chinese goods", "$50 billion", "50000000000", "chinese good usd", ""),
    ("A $600 weekly unemployment benefit helped.", "$600", "600", "weekly unemployment benefit usd", ""),
    ("the unemployment rate falling slightly to 4.7 percent", "4.7 percent", "4.7", "unemployment rate %", ""),
    ("Approximately 32.5% of U.S. adults are vaccinated.", "Approximately 32.5%", "32.5", "us adult %", ""),
    # A sum the clause's subject costs: a plural noun opening the sentence is that subject, not a name.
    ("Tickets cost $12 for adults.", "$12", "12", "ticket usd", ""),
    ("A ticket costs $12 for adults.", "$12", "12", "ticket usd", ""),
    # A change with no subject of its own: the clause's or sentence's before.
    ("Ticket sales reached 12,000, up 8 percent on last year.", "8 percent", "8", "ticket sale %", "change"),
    ("Ticket sales reached 12,000. That is up 8 percent on last year.", "8 percent", "8", "ticket sale %", "change"),
    # The head of a subject with a place after it stands before the preposition.
    ("Ticket sales at the book festival were up 10 percent.", "10 percent", "10", "ticket sale %", "change"),
    ("Ticket sales at the festival reached 12,000, up 8 percent.", "8 percent", "8", "ticket sale %", "change"),
])
def test_amount_is_found(text, written, value, subject, role):
    assert (written, value, subject, role) in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "It rose 4.5 percent.",                  # a percentage of nothing named
    "Some 55 percent responded yes.",        # what follows is a verb, not what the figure measures
    "Officials said 55 percent.",            # a verb of saying names nothing measured
    "It cost $5,000.",                       # a sum of nothing named
    "It pays $100 million annually.",        # an adverb names nothing
    "between 10 and 12 percent of voters",   # a range
    "The poll found 40 percent of voters so far backed him.",  # a running figure
])
def test_amount_of_nothing_named(text):
    assert facts(text) == []



@pytest.mark.parametrize("text", [
    "The deal was worth 200 million euros.\nIt cost 5 DOLLARS.\nNo sum here, 40 people.",
    "---\ndate: 2020-01-01\n---\nOver 1.5 billion dlrs was paid\nabout\n3 pounds sterling a head 4 Euro",
    "İstanbul paid 3 million euros for the bridge,\nAnkara 4 euros.",  # "İ" lowercases longer: every line is searched
    "A fee of 7 pounds\n\n9 euro\nabout 12 dollars, 13 dollars",
])
def test_money_in_words_searches_only_the_lines_that_may_hold_one(text):
    doc, _ = make_document("a.md", text)
    everywhere = [m.span() for m in amounts._MONEY_WORDS.finditer(doc.text, doc.body_start)]
    assert len(everywhere) >= 2
    assert [m.span() for m in amounts._money_words_matches(doc.text, doc.body_start)] == everywhere
