"""Story features: headlines without site names, furniture lines, and the extra weight of names."""

from __future__ import annotations

import pytest

from factlint.link import features
from factlint.read import make_document


def _doc(path: str, text: str):
    return make_document(path, text)[0]


@pytest.mark.parametrize("line, expected", [
    ("Suspect arrested in double murder on Rodman Street - wave3.com-Louisville News, Weather & Sports",
     "Suspect arrested in double murder on Rodman Street"),
    ("Suspect held on $2M bail - FOX5 Vegas - KVVU", "Suspect held on $2M bail"),
    ("Sheriff: 11-year-old injured in Wake County shooting :: WRAL.com", "Sheriff: 11-year-old injured in Wake County shooting"),
    ("Armenia, Azerbaijan make 'tangible progress' in US-brokered peace talks",
     "Armenia, Azerbaijan make 'tangible progress' in US-brokered peace talks"),
    # Never cut a headline down to a word or two.
    ("Shots fired - Police say", "Shots fired - Police say"),
])
def test_headline_loses_the_site_name(line, expected):
    assert features.headline(line) == expected


@pytest.mark.parametrize("first, second, same", [
    ("Message: * A friend wanted you to see this item from WRAL.com: http://wral.com/15366510",
     "Message: * A friend wanted you to see this item from WRAL.com: http://wral.com/17000001", True),
    ("You need the latest version of the Adobe Flash Player. Download Now .",
     "You need the latest version of the Adobe Flash Player. Download Now.", True),
    ("0:43 Homeless man found dead in Parkland Pause", "1:12 Homeless man found dead in Parkland Pause", True),
    ("Four people were shot on Main Street.", "Five people were shot on Main Street.", False),
])
def test_furniture_lines_match_whatever_their_links_and_times(first, second, same):
    assert (features._normal(first) == features._normal(second)) is same


@pytest.mark.parametrize("holders, furniture", [(3, True), (2, False)])
def test_a_line_in_three_articles_is_furniture(holders, furniture):
    docs = [_doc(f"{i}.md", f"Story number {i} about something.\nCopyright {2010 + i} WXYZ. All rights reserved.\n")
            for i in range(holders)]
    assert ("copyright wxyz all rights reserved" in features.boilerplate(docs)) is furniture


@pytest.mark.parametrize("text, key, weight", [
    # A name inside a sentence weighs more than a common word in the same place.
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "jeremy mardis", features.NAME_WEIGHT),
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "shot", 1.0),
    # A house number and a street name are a name pair too.
    ("Headline here\nThe shooting happened at 224 Vantana Court overnight.\n", "224 vantana", features.NAME_WEIGHT),
    # A pair with one ordinary word weighs as an ordinary pair.
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "police jeremy", 1.0),
    # The first word of a sentence is capitalized for grammar, not because it is a name.
    ("Headline here\nOfficers arrived quickly. Neighbors heard shots.\n", "neighbors", 1.0),
    # In a title-case line every word is capitalized: no word is marked as a name.
    ("Headline here\nMan Shoots Girlfriend And Her Son In Gloucester County\n", "gloucester", 1.0),
])
def test_names_and_numbers_weigh_more(text, key, weight):
    found = features.features(_doc("a.md", text))
    assert found[key] == pytest.approx(weight)


def test_headline_site_name_is_no_feature():
    found = features.features(_doc("a.md", "Man shot on Rodman Street - WAVE 3 News Louisville\nBody text.\n"))
    assert "rodman street" in found
    assert not {"wave", "louisville"} & found.keys()
