"""Places and venues with their containers, and commas that are not containment."""

from __future__ import annotations

import pytest

from factlint.extract import places
from factlint.rulebook.lexicon import Lexicon
from factlint.read.documents import make_document


def facts(text: str):
    doc, _ = make_document("a.md", text)
    return [(f.subject, f.value) for f in places.extract(doc, Lexicon())]


POSITIVE = [
    ("Blinken met them at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia.",
     "george p shultz national foreign affairs training center", "arlington, virginia"),
    ("Blinken met them at the Training Center in Arlington, Virginia.", "arlington", "virginia"),
    ("The talks took place at the Foreign Service Institute in Arlington, Washington DC. Prior to that",
     "arlington", "washington dc"),
    ("The talks took place at the Foreign Service Institute in Arlington, Washington DC.",
     "foreign service institute", "arlington, washington dc"),
    ("at the Center in Arlington, Virginia, Blinken expressed thanks", "arlington", "virginia"),
    ("The match was played at a stadium in Leeds on Sunday.", "the stadium", "leeds"),
    ("PUYALLUP, Wash. — No charges were filed.", "puyallup", "washington"),
    ("He lives in Dallas, Texas.", "dallas", "texas"),
    ("John Smith of Dallas, Tex., was hurt.", "dallas", "texas"),
    ("They met in the coastal town of Whitby, North Yorkshire.", "whitby", "north yorkshire"),
    ("He was born in Paris, France, in 1990.", "paris", "france"),
    ("Police in Springfield, Ill., said so.", "springfield", "illinois"),
    ("Five shot in Trenton, NJ Local News Authorities: Five shot", "trenton", "new jersey"),
    # the clause's verb after the place ends it
    ("The talks at the Grand Hotel in Toronto ended on Monday.", "grand hotel", "toronto"),
    ("Fans said the stadium in Leeds was full.", "the stadium", "leeds"),
]


@pytest.mark.parametrize("text, subject, value", POSITIVE)
def test_place_is_found(text, subject, value):
    assert (subject, value) in facts(text), facts(text)


NEGATIVE = [
    "In Geneva, Lavrov said no.",                          # a place, then the speaker
    "They toured Dallas, Houston and Austin.",             # a list
    "in Dallas, Houston and Austin",                       # a list after a preposition
    "the mayor of Dallas, Mike Rawlings, said",            # an appositive name
    "in Virginia, Maryland and DC",                        # a list of states
    "reporting by Andrew Welsh-Huggins in Columbus, Dan Sewell in Cincinnati",  # a byline list
    "at the nightclub in Mount Vernon, Dec. 26, 2016.",    # a date
    "In Milwaukee, Lt. John Doe said so.",                 # a title
    "In June, Blinken said so.",                           # a month
    "In Geneva, talks ended.",                             # a place opening the sentence, then the clause
    "In Las Vegas, Batts defended his record.",            # a place, then the subject of the clause
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_containment(text):
    assert facts(text) == []


@pytest.mark.parametrize("name, key", [
    ("Va.", "virginia"), ("Washington D.C.", "washington dc"), ("West  Yorkshire", "west yorkshire"), ("Tex", "texas"),
    ("TX", "texas"), ("CA", "california"), ("in", "in"), ("D.C.", "washington dc"),
    ("District of Columbia", "washington dc"),
])
def test_normalize(name, key):
    assert places.normalize(name) == key


def test_span_covers_place_and_container():
    doc, _ = make_document("a.md", "They live\nin Dallas, Texas.")
    (fact,) = places.extract(doc, Lexicon())
    assert (fact.span.line, fact.span.column, fact.text) == (2, 4, "Dallas, Texas")


@pytest.mark.parametrize("text, place", [
    # Lines the search must not skip: a venue, a common venue, a settlement, a chain, a state.
    ("Intro.\nThey met at the Shultz Training Center in Arlington, Virginia.", "shultz training center"),
    ("Intro.\nFans gathered at a stadium in Leeds, England.", "the stadium"),
    ("Intro.\nHe lives in the coastal town of Whitby, North Yorkshire.", "whitby"),
    ("Intro.\nShe grew up in Arlington, Virginia.", "arlington"),
    ("Intro.\nPuyallup, Wash.\nNext line.", "puyallup"),  # a state right before a line break
])
def test_place_found_on_a_later_line(doc, text, place):
    assert place in [f.subject for f in places.extract(doc(text), None)]
