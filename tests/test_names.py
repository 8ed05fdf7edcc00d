"""People's names and titles: who is a person, surnames linked to full names, and titles without affiliations."""

from __future__ import annotations

import pytest

from factlint.extract import names
from factlint.rulebook.lexicon import Lexicon
from factlint.rulebook.gazetteer import EntityKind, Entry, build_gazetteer
from factlint.model import FactKind

LEXICON = Lexicon()


def people(doc, text: str) -> list[tuple[str, str]]:
    return [(f.value, f.subject) for f in names.extract(doc(text), LEXICON) if f.kind is FactKind.PERSON]


def titles(doc, text: str) -> list[tuple[str, str]]:
    return [(f.value, f.attr("person")) for f in names.extract(doc(text), LEXICON) if f.kind is FactKind.TITLE]


@pytest.mark.parametrize("text, expected", [
    ("Armenian Foreign Minister Ararat Mirzoyan arrived.", [("Ararat Mirzoyan", "ararat mirzoian")]),
    ("He met his Azerbaijani counterpart Jeyhun Bayramov.", [("Jeyhun Bayramov", "jeihun bairamov")]),
    ("Secretary of State Antony Blinken spoke.", [("Antony Blinken", "antoni blinken")]),
    ("By Iclal Turan\nWASHINGTON (AA) - Talks ended.", [("Iclal Turan", "iclal turan")]),
    ("Trung Le, 22, was hurt.", [("Trung Le", "trung le")]),
    ("Dmitry Peskov told reporters it was fine.", [("Dmitry Peskov", "dmitri peskov")]),
    ("“Not here,” said a sobbing Sandra Aponte Holmes.", [("Sandra Aponte Holmes", "sandra aponte holmes")]),
    ("MPs paid tribute to Sir David Amess, who died.", [("David Amess", "david ames")]),
    ("The foreign ministers, Jeyhun Bayramov and Ararat Mirzoian, met.",
     [("Jeyhun Bayramov", "jeihun bairamov"), ("Ararat Mirzoian", "ararat mirzoian")]),
    # A nickname in brackets: the written form names the person without it.
    ("Dontay (Tae) Gordon and a friend were out. Dontay Gordon was shot.",
     [("Dontay (Tae) Gordon", "dontai gordon"), ("Dontay Gordon", "dontai gordon")]),
])
def test_full_names(doc, text, expected):
    assert people(doc, text) == expected


@pytest.mark.parametrize("text", [
    "The Armenian Foreign Ministry said the talks went well.",
    "The White House said on Monday that the talks went well.",
    "Talks were held in Nagorno Karabakh, an Azeri territory.",
    "Read More: Azerbaijan sets up border checkpoint",
    "It was an honor to host Foreign Minister @Bayramov_Jeyhun here.",
    "\"It was fine,\" he told Washington Post reporters.",
    "Ted Sarandos and Dave Chappelle Are Missing the Point\nThe row went on.",
    "Greg Abbott Bans Vaccine Mandates Across Texas\nThe order came on Monday.",
])
def test_not_people(doc, text):
    assert people(doc, text) == []


def test_surnames_link_to_the_full_name_before_or_after(doc):
    text = "Blinken hails talks\nSecretary of State Antony Blinken said talks went well. Blinken’s aides agreed."
    assert people(doc, text) == [("Blinken", "antoni blinken"), ("Antony Blinken", "antoni blinken"),
                                 ("Blinken", "antoni blinken")]


def test_ambiguous_surname_is_left_alone(doc):
    text = "Senator Joe Biden spoke. Senator Hunter Biden spoke too. Biden left."
    assert [v for v, _ in people(doc, text)] == ["Joe Biden", "Hunter Biden"]


def test_surname_inside_a_venue_is_not_a_mention(doc):
    text = "Coach Tom Shultz spoke at the George P. Shultz National Foreign Affairs Training Center."
    assert [v for v, _ in people(doc, text)] == ["Tom Shultz"]


def test_mention_position(doc):
    fact = next(f for f in names.extract(doc("Intro line.\nThey met Foreign Minister Ararat Mirzoyan."), LEXICON)
                if f.kind is FactKind.PERSON)
    assert (fact.span.line, fact.span.column) == (2, 27)


@pytest.mark.parametrize("text, expected", [
    ("They met National Security Adviser Jake Sullivan.", [("National Security Adviser", "Jake Sullivan")]),
    ("They met US National Security Advisor Jake Sullivan.", [("National Security Advisor", "Jake Sullivan")]),
    ("Armenian Foreign Minister Ararat Mirzoyan arrived.", [("Foreign Minister", "Ararat Mirzoyan")]),
    ("U.S. Secretary of State Antony Blinken arrived.", [("Secretary of State", "Antony Blinken")]),
    ("He met his Azerbaijani counterpart Jeyhun Bayramov.", []),
    ("The Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan met.", []),
])
def test_titles(doc, text, expected):
    assert titles(doc, text) == expected


def test_gazetteer_person_key_is_the_canonical_name(doc):
    lexicon = Lexicon(gazetteer=build_gazetteer([Entry("Recep Tayyip Erdogan", ("Tayyip Erdogan",), EntityKind.PERSON)]))
    (fact,) = [f for f in names.extract(doc("President Tayyip Erdogan spoke."), lexicon) if f.kind is FactKind.PERSON]
    assert fact.subject == "recep taip erdogan" and fact.attr("canonical") == "Recep Tayyip Erdogan"


MISSPELT = Lexicon(gazetteer=build_gazetteer([
    Entry("Ararat Mirzoyan", (), EntityKind.PERSON, (), ("Ararat Mirzoian",)),
    Entry("National Security Adviser", (), EntityKind.TITLE, (), ("Natonal Security Adviser",)),
    Entry("Mirzoian Hall", (), EntityKind.VENUE, (), ("Jake Sullivan",)),
]))


@pytest.mark.parametrize("text, kind, value, subject, misspelling_of", [
    ("Minister Ararat Mirzoian spoke.", FactKind.PERSON, "Ararat Mirzoian", "ararat mirzoian", "Ararat Mirzoyan"),
    ("Minister Ararat Mirzoyan spoke.", FactKind.PERSON, "Ararat Mirzoyan", "ararat mirzoian", ""),
    ("They met Natonal Security Adviser Jake Sullivan.", FactKind.TITLE, "Natonal Security Adviser",
     "national securiti adviser", "National Security Adviser"),
    # A venue's misspelling is not a person's: the kinds must match.
    ("They met Natonal Security Adviser Jake Sullivan.", FactKind.PERSON, "Jake Sullivan", "jake sulivan", ""),
])
def test_declared_misspellings_share_the_canonical_key(doc, text, kind, value, subject, misspelling_of):
    (fact,) = [f for f in names.extract(doc(text), MISSPELT) if f.kind is kind]
    assert (fact.value, fact.subject, fact.attr("misspelling_of")) == (value, subject, misspelling_of)
    assert fact.attr("canonical") == ("Ararat Mirzoyan" if value == "Ararat Mirzoyan" else "")


@pytest.mark.parametrize("text, expected", [
    # A word spelt otherwise than the surname, inside another capitalized name, is that other name's.
    ("Union president Dan Hils spoke. He lived in Winton Hills.", ["Dan Hils"]),
    ("Constable Mark Herman spoke. The boy went to Memorial Hermann.", ["Mark Herman"]),
    ("Constable Mark Herman spoke. Hermann Park was closed.", ["Mark Herman"]),
    # Standing alone, or after a title, a variant spelling is still this person's: the check reports it.
    ("Minister Ararat Mirzoyan spoke. Later Minister Mirzoian left.", ["Ararat Mirzoyan", "Mirzoian"]),
    ("Minister Ararat Mirzoyan spoke. Mirzoian left.", ["Ararat Mirzoyan", "Mirzoian"]),
    ("Minister Ararat Mirzoyan spoke. Then Dr. Mirzoian left.", ["Ararat Mirzoyan", "Mirzoian"]),
    # A ticker in angle brackets is no mention, even one letter from the surname.
    ("Union president Dan Bell spoke. Bell Atlantic <Bel> rose.", ["Dan Bell", "Bell"]),
    # The surname as written is a mention even beside a capitalized word.
    ("Union president Dan Hils spoke. On Friday Hils Monday was named.", ["Dan Hils", "Hils"]),
])
def test_variant_surname_inside_another_name_is_not_a_mention(doc, text, expected):
    assert [v for v, _ in people(doc, text)] == expected


@pytest.mark.parametrize("text, name, start, expected", [
    ("Ann Lee met Ann Lee.", "Ann Lee", 0, [0, 12]),
    ("@Ann Lee and #Ann Lee and _Ann Lee", "Ann Lee", 0, []),  # handles, tags and words are no mentions
    ("Ann Leeds", "Ann Lee", 0, []),
    ("xAnn Lee", "Ann Lee", 1, [1]),  # the text before `start` is not looked at
    ("Ann Lee2 Ann Lee", "Ann Lee", 0, [9]),
    ("Ann AnnAnn", "Ann", 0, [0]),
])
def test_standing_alone(text, name, start, expected):
    assert list(names.standing_alone(text, name, start)) == expected


def test_a_misspelt_role_is_a_title_not_part_of_the_name(doc, rulebook):
    from factlint.extract import names
    facts = list(names.extract(doc('"He was home alone," said Commender Whitney Walton.'), rulebook.lexicon))
    assert sorted((f.kind.value, f.text) for f in facts) == [("person", "Whitney Walton"), ("title", "Commender")]


@pytest.mark.parametrize("text, start, names, expected", [
    # a whole run of letters, not glued to a letter, digit, "_", "@" or "#" before it; any length of name it begins
    ("John Smith met John Smithers and Johnny, #John Doe, xJohn Smith, John Smith's aide; @John Smith 2John Smith.",
     0, ("John Smith", "John Smithers", "John Doe"),
     {"John Smith": [0, 15, 65], "John Smithers": [15]}),
    # the first word at `start` counts whatever stands before it; before `start`, nothing is seen
    ("xAnna Lee, Anna Lee", 1, ("Anna Lee",), {"Anna Lee": [1, 11]}),
    ("Émile Zola and Émile Zolas; Zola", 0, ("Émile Zola", "Zola"), {"Émile Zola": [0, 15], "Zola": [6, 28]}),
])
def test_word_starts_finds_each_name_at_a_word_start(text, start, names, expected):
    from factlint.extract.names import word_starts

    assert word_starts(text, start, names) == expected
