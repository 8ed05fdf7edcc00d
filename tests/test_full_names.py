"""Who is named as a person: full names found by titles, bylines, appositions, speech verbs and pairs, misspelt
roles, and the titles before names."""

from __future__ import annotations

import pytest

from factlint.extract.full_names import _PAIR_LINE_NAMES, find_full_names, misspelt_role


@pytest.mark.parametrize("text, names, titles", [
    ("Armenian Foreign Minister Ararat Mirzoyan arrived.", ["Ararat Mirzoyan"], [("Foreign Minister", "Ararat Mirzoyan")]),
    ("U.S. Secretary of State Antony Blinken arrived.", ["Antony Blinken"], [("Secretary of State", "Antony Blinken")]),
    ("MPs paid tribute to Sir David Amess, who died.", ["David Amess"], []),
    ("He met his counterpart Jeyhun Bayramov.", ["Jeyhun Bayramov"], []),  # a role in lower case is no title
    ("Police Cheef Mark Gibson spoke.", ["Mark Gibson"], [("Police Cheef", "Mark Gibson")]),
    ("Greg Abbott Bans Vaccine Mandates Across Texas\nThe order came.", [], []),  # a headline in title case
    ("The White House said on Monday that the talks went well.", [], []),
    # an election's roles stand before names as titles do, and are no part of the name
    ("Challenger Ilse Varga, 48, conceded defeat.", ["Ilse Varga"], [("Challenger", "Ilse Varga")]),
    ("Gov. Ellen Marsh declared an emergency.", ["Ellen Marsh"], [("Gov.", "Ellen Marsh")]),  # an abbreviated title
    # a last name alone as the speaker makes the name written before it a person's, without the role word before it
    ('Striker Leo Banks scored twice. "Great," Banks said.', ["Leo Banks"], []),
    ('Striker Leo Banks scored twice. "Great," said Banks.', ["Leo Banks"], []),
    ('Striker Leo Banks scored twice. "Great," said Banks of the win.', [], []),  # "Banks of ..." may be a place
    ('Ann Banks left. Leo Banks scored. "Great," Banks said.', ["Leo Banks"], []),  # the nearest before it
    ('The storm hit Monday. "Go," Police said.', [], []),          # a word that is never a name
    ('Banks scored. "Great," Banks said.', [], []),               # no given name written before it
    ('Had Woodward known, he would have left. Woodward said so.', [], []),  # a sentence's first word
    ('Bob Woodward wrote it. Had Woodward known, he would have left. Woodward said so.',
     ["Bob Woodward"], []),                                        # the nearest pair that can be a name
    # A role in apposition after a determiner.
    ("Julia Bird, a spokeswoman for the festival, was pleased.", ["Julia Bird"], []),
    ("Ann Lee, the deputy mayor, arrived.", ["Ann Lee"], []),
    ("Hay Festival, the largest fair, opened.", [], []),
    # A nickname in brackets or quotes between given name and surname: the name without it, the written form too.
    ("Dontay (Tae) Gordon and a friend were on College Ave.", ["Dontay Gordon", "Dontay (Tae) Gordon"], []),
    ('Susan "Pixie" Gouaux died.', ["Susan Gouaux", 'Susan "Pixie" Gouaux'], []),
])
def test_full_names_and_titles(text, names, titles):
    found, met = find_full_names(text, 0)
    assert list(found) == names
    assert [(text[start:end], person) for start, end, person in met] == titles


@pytest.mark.parametrize("text, expected", [
    # Titles, bylines, appositions and speech verbs on lines and at offsets the prefilters must not skip.
    ("Intro line.\nPRIME MINISTER Ann Lee arrived.", ["Ann Lee"]),
    ("Intro line.\n  By Ann Lee\nText.", ["Ann Lee"]),
    ("Intro line.\nAnn Lee, who led, left.", ["Ann Lee"]),
    ("Intro line.\nAnn Lee then said no.", ["Ann Lee"]),
    ("“No,” told a tired Ann Lee.", ["Ann Lee"]),
    ("İzmir: MAYOR Ann Lee spoke.", ["Ann Lee"]),  # text that lowercasing lengthens
])
def test_full_names_found_past_the_prefilters(text, expected):
    assert list(find_full_names(text, 0)[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # A pair with a known person makes the other one known, line after line, in the order of the text.
    ("Intro.\nMayor Ann Lee spoke.\nAnn Lee and Cy Fox met.\nCy Fox and Di Roe left.\nEd Poe and Al Ray sat.",
     ["Ann Lee", "Cy Fox", "Di Roe"]),
    ("Intro.\nCy Fox and Di Roe left.\nMayor Ann Lee and Cy Fox met.", ["Ann Lee"]),
])
def test_pairs_line_by_line(text, expected):
    assert list(find_full_names(text, 0)[0]) == expected


def test_pairs_past_many_known_people():
    # Past _PAIR_LINE_NAMES known people every line is searched: the same pairs are found.
    lines = [f"Mayor Ann Lee{chr(97 + i // 26)}{chr(97 + i % 26)} spoke." for i in range(_PAIR_LINE_NAMES + 2)]
    text = "Intro.\n" + "\n".join(lines) + "\nAnn Leeaa and Cy Fox met.\nCy Fox and Di Roe left."
    found = list(find_full_names(text, 0)[0])
    assert found[-2:] == ["Cy Fox", "Di Roe"] and len(found) == _PAIR_LINE_NAMES + 4


@pytest.mark.parametrize("word, role", [
    ("Commender", "commander"), ("Jodge", "judge"), ("Detactive", "detective"), ("Troaper", "trooper"),
    ("Maior", "mayor"), ("Shariff", "sheriff"), ("Superentendent", "superintendent"),
    # Roles themselves, English words one letter from a role, and short words are no misspelt roles.
    ("Chief", ""), ("Chef", ""), ("Major", ""), ("Couch", ""), ("Judges", ""), ("Pope", ""), ("Walton", ""),
])
def test_misspelt_role(word, role):
    assert misspelt_role(word) == role
