"""Ages of named people, keyed by the person, and numbers next to names that are not ages."""

from __future__ import annotations

import pytest

from factlint.extract import ages
from factlint.rulebook.lexicon import Lexicon
from factlint.read.documents import make_document


def facts(text: str):
    doc, _ = make_document("a.md", text)
    return [(f.text, f.value, f.subject) for f in ages.extract(doc, Lexicon())]


POSITIVE = [
    ("Police named the victim as Trung Le, 22, of Dallas.", "Trung Le, 22", "22", "trung le"),
    ("22-year-old Trung Le died.", "22-year-old Trung Le", "22", "trung le"),
    ("The victim, Trung Le, aged 22, died.", "Trung Le, aged 22", "22", "trung le"),
    ("Trung Le was shot. Le, who was 22, died.", "Le, who was 22", "22", "trung le"),
    ("Officer John Smith, 35, was hurt.", "Officer John Smith, 35", "35", "john smith"),
    ("Eddie Holmes was shot. Holmes, 13, was a student.", "Holmes, 13", "13", "eddie holmes"),
    ("Alvin J. Bell Jr., 21, was arrested.", "Alvin J. Bell Jr., 21", "21", "alvin j. bell jr."),
    ("John Smith (22) was named.", "John Smith (22)", "22", "john smith"),
    ("a 22-year-old man, John Smith, was killed", "22-year-old man, John Smith", "22", "john smith"),
    ("Kenneth Mills, a 22-year-old student, died.", "Kenneth Mills, a 22-year-old", "22", "kenneth mills"),
    ("the thirteen-year-old Eddie Holmes", "thirteen-year-old Eddie Holmes", "13", "eddie holmes"),
    # a person named after a title the age patterns do not know: the key is the person, not the title
    ("Foreign Minister Annalena Weber, 45, arrived.", "Foreign Minister Annalena Weber, 45", "45", "annalena weber"),
    ("German Foreign Minister Annalena Weber began a visit. Weber, 46, met the president.", "Weber, 46", "46",
     "annalena weber"),
]


@pytest.mark.parametrize("text, written, value, subject", POSITIVE)
def test_age_is_found(text, written, value, subject):
    assert (written, value, subject) in facts(text), facts(text)


NEGATIVE = [
    "It happened on June 22, 2014, in Dallas.",       # a date
    "In Dallas, 22 people were hurt.",                # a count
    "A 35-year-old Pontiac man was arrested.",        # a town before a person noun
    "Oudom, 9, and Oudom, 35, were at home.",         # surnames of a family, never written in full
    "She has lived there since Faust was 14 years old.",  # an age at another time
    "In 1996 the then 22-year-old Jeffrey Wood waited outside.",  # an age then, not now
    "21 y/o Skip Wells, 1 of 4 Marines killed",       # "1 of 4" is not an age
    "About 11:30 a.m. on the West Side, a 16-year-old boy was shot.",  # a place after "the", not a person
    "Later on the South Side, a 24-year-old was shot in the leg.",
    "Monday, 22 March",                               # a date
    'Brandon White Ladson was hurt. Aaron "Pudge" Ladson, 32, died.',  # a nickname, not a lone surname
    "In a previous story the Star reported Mackenzie Parker was 7 years old.",  # a corrected report
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_an_age(text):
    assert facts(text) == []


def test_family_members_keep_their_own_keys():
    found = facts("Sandra Aponte Holmes, 45, and Jose Holmes, 19, spoke.")
    assert [subject for _, _, subject in found] == ["sandra aponte holmes", "jose holmes"]


@pytest.mark.parametrize("name, cleaned", [
    ("Officer John Smith", "John Smith"), ("Victim Jane Doe", "Jane Doe"), ("Trung Le", "Trung Le"),
])
def test_clean_name(name, cleaned):
    assert ages.clean_name(name) == cleaned


@pytest.mark.parametrize("text, written", [
    # Each pattern on a later line, where the search for what it holds must find it.
    ("Intro.\nTrung Le, aged 22, was hurt.", "Trung Le, aged 22"),
    ("Intro.\nTrung Le (22) was hurt.", "Trung Le (22)"),
    ("Intro.\nThe 22-year-old Trung Le was hurt.", "22-year-old Trung Le"),
    ("Intro.\nTrung Le, a 22-year-old student, was hurt.", "Trung Le, a 22-year-old"),
    ("Intro.\nTrung Le was just 22 when he left.", "Trung Le was just 22"),
])
def test_age_found_on_a_later_line(text, written):
    assert [f[0] for f in facts(text)] == [written]
