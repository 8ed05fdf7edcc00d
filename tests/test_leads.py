"""What an article's lead says: where the event happened and who took part; leads that name neither's."""

from __future__ import annotations

import pytest

from factlint.link.leads import apart, lead_people, lead_places
from factlint.read.documents import make_document


@pytest.mark.parametrize("lead, people", [
    ("Klitschko retained his belts by stopping Hasim Rahman on Saturday, before referee Tony Thompson stepped in.",
     {"hasim rahman", "tony thompson"}),
    # A surname that is a common English word is no telling name, nor is a place or body ("Training Center").
    ("Referee Tony Weeks stopped it, and the ministers met at the Training Center in Arlington.", set()),
    ("Wladimir Klitschko Retains His Titles", set()),            # a headline's capitals mark no names
    ("The fight was in Mannheim on Saturday.", set()),
])
def test_lead_people(lead, people):
    assert lead_people(make_document("a.md", lead)[0]) == people


@pytest.mark.parametrize("lead, places", [
    ("A huge fire has destroyed a Waitrose store in Banstead on Sunday.", {"banstead"}),
    ("The talks ended in Arlington, Virginia, on Thursday.", {"arlington"}),
    ("Fire Destroys Waitrose Store In Banstead", set()),                 # a headline's capitals mark no names
    ("The strike began in March.", set()),                                # a month is no place
    # A name ends with its sentence, or at a date word; an abbreviation's dot goes on.
    ("He was hunting on Sunday morning in Houston. Neither he nor the teen was hurt.", {"houston"}),
    ("She was hunting at the edge of a field in Houston Sunday morning.", {"houston"}),
    ("The fire broke out in St. Louis on Friday.", {"st. louis"}),
    # A title line that is no sentence runs on into the site's name: no place from it.
    ("1 killed, 3 wounded at house party shooting in Houston CCTV News", set()),
    # Only settlements the gazetteer knows: a building has other names (the Training Center is the Foreign Service
    # Institute), and a county or a body is no settlement.
    ("The fight was held at the SAP Arena on Saturday.", set()),
    ("The fight was held at the SAP Arena in Mannheim on Saturday.", {"mannheim"}),
    ("Deputies were called to Bartow County on Monday.", set()),
    ("He works in Job Corps, police said.", set()),
    # A wire dateline is where the story was filed.
    ("MANNHEIM, Germany (Sports Network) - Klitschko retained his belts.", {"mannheim"}),
    ("SEATTLE — The father of a student was arrested.", {"seattle"}),
    ("US - China talks resume on Monday.", set()),
])
def test_lead_places(lead, places):
    assert lead_places(make_document("a.md", lead)[0]) == places


@pytest.mark.parametrize("text_a, text_b, named_a, named_b, expected", [
    ("fire in banstead", "fire in wellington", {"banstead"}, {"wellington"}, True),
    ("fire in banstead", "fire in wellington, near banstead", {"banstead"}, {"wellington"}, False),
    ("fire in banstead", "fire somewhere", {"banstead"}, set(), False),   # one lead names nothing: no clash
])
def test_apart(text_a, text_b, named_a, named_b, expected):
    assert apart(text_a, text_b, frozenset(named_a), frozenset(named_b)) is expected
