"""The name-variants check kind: which names are one name spelt two ways, the reference, and where findings go."""

from __future__ import annotations

import dataclasses

import pytest

from factlint.check import name_variants
from factlint.check.name_variants import correction
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.rulebook.rule_files import load_rulebook
from factlint.rulebook.spelling import name_key

RULES = {r.id: r for r in load_rulebook().rules}
CORPUS = Corpus({})


def fact(kind: FactKind, value: str, path: str, line: int, subject: str = "", canonical: str = "", name: str = "",
         misspelling_of: str = "") -> LinkedFact:
    attrs = tuple((k, v) for k, v in (("canonical", canonical), ("name", name), ("misspelling_of", misspelling_of)) if v)
    span = Span(path, line * 100, line * 100 + len(value), line, 1, line, 1 + len(value))
    return LinkedFact(Fact(kind, span, value, value, subject or name_key(name or value), attrs=attrs), "story", "main")


def person(value: str, path: str, line: int, name: str) -> LinkedFact:
    return fact(FactKind.PERSON, value, path, line, name_key(name), name=name)


def venue(value: str, path: str, line: int, canonical: str = "") -> LinkedFact:
    return fact(FactKind.VENUE, value, path, line, name_key(canonical or value), canonical)


def run(rule: str, facts: list[LinkedFact]) -> list:
    return list(name_variants.check(RULES[rule], facts, CORPUS))


def test_minority_spelling_first_occurrence_per_article():
    facts = [person("Ararat Mirzoyan", "000.txt", 2, "Ararat Mirzoyan"), person("Mirzoyan", "000.txt", 4, "Ararat Mirzoyan"),
             person("Mirzoyan", "001.txt", 10, "Ararat Mirzoyan"),
             person("Ararat Mirzoian", "003.txt", 9, "Ararat Mirzoian"), person("Mirzoian", "003.txt", 19, "Ararat Mirzoian")]
    (finding,) = run("name-variants", facts)
    assert (finding.rule, finding.span.path, finding.span.line) == ("name-variants", "003.txt", 9)
    assert finding.message == "Mirzoian (2 times in 003.txt) is spelt Mirzoyan elsewhere (3 times in 000.txt, 001.txt)"
    assert [(r.span.path, r.span.line) for r in finding.related] == [("000.txt", 2), ("001.txt", 10)]


def test_related_places_are_capped_and_counted():
    facts = [person("Ararat Mirzoyan", f"00{i}.txt", 1, "Ararat Mirzoyan") for i in range(6)]
    facts.append(person("Ararat Mirzoian", "009.txt", 1, "Ararat Mirzoian"))
    (finding,) = run("name-variants", facts)
    assert len(finding.related) == 3 and "(6 times in 6 articles)" in finding.message


def test_different_people_with_one_surname_are_not_variants():
    facts = [person("Joe Biden", "a.txt", 1, "Joe Biden"), person("Hunter Biden", "b.txt", 1, "Hunter Biden")]
    assert run("name-variants", facts) == []


@pytest.mark.parametrize("one, other", [
    ('Ted “Tex” Wilson', 'Ted "Tex" Wilson'),      # one nickname in two kinds of quote marks
    ('Dontay (Tae) Gordon', 'Dontay Gordon'),       # with and without the nickname: the words still line up
])
def test_a_nickname_is_no_word_of_the_name(one, other):
    facts = [person(one, "a.txt", 1, one), person(other, "b.txt", 1, other), person(other, "c.txt", 1, other)]
    assert run("name-variants", facts) == []


def test_word_written_twice_is_never_the_reference():
    good = "George P. Shultz National Foreign Affairs Training Center"
    slip = "George P. Shultz National Affairs Foreign Affairs Training Center"
    findings = run("venue-variants", [venue(good, "004.txt", 3), venue(slip, "001.txt", 11), venue(slip, "004.txt", 10)])
    assert [(f.span.path, f.span.line) for f in findings] == [("001.txt", 11), ("004.txt", 10)]
    assert all(f.related[0].span.line == 3 for f in findings)


def test_gazetteer_aliases_are_not_findings():
    canonical = "George P. Shultz National Foreign Affairs Training Center"
    facts = [venue(canonical, "004.txt", 3, canonical), venue("Foreign Service Institute", "002.txt", 13, canonical)]
    assert run("venue-variants", facts) == []


SHULTZ = "George P. Shultz National Foreign Affairs Training Center"
SHULTZ_SLIP = "George P. Shultz National Affairs Foreign Affairs Training Center"


@pytest.mark.parametrize("facts, expected", [
    # The slip against a declared alias: the alias is another name, not the spelling to report.
    ([venue(SHULTZ_SLIP, "001.txt", 11), venue("Foreign Service Institute", "002.txt", 13, SHULTZ)], []),
    ([venue(SHULTZ_SLIP, "001.txt", 11), venue("Foreign Service Institute", "002.txt", 13, SHULTZ),
      venue("FSI", "003.txt", 2, SHULTZ)], []),
    # With the name itself written somewhere, the slip is reported against it, never against the alias.
    ([venue(SHULTZ_SLIP, "001.txt", 11), venue("Foreign Service Institute", "002.txt", 13, SHULTZ),
      venue(SHULTZ, "004.txt", 3, SHULTZ)], [("001.txt", SHULTZ)]),
])
def test_a_gazetteer_alias_is_never_the_reference(facts, expected):
    findings = run("venue-variants", facts)
    assert [(f.span.path, f.message.split(" is named ")[1].split(" elsewhere")[0]) for f in findings] == expected


@pytest.mark.parametrize("a, b", [
    ("Kosair Children's Hospital", "Kosair's Children's Hospital"),
    ("Middle School", "Middle Schools"),
    ("U.S. Naval Academy", "US Naval Academy"),
    ("Taunton Deane Magistrates' Court", "Taunton Deane Magistrates Court"),
    ("SACRAMENTO COUNTY SHERIFF'S DEPARTMENT", "Sacramento County Sheriff’s Department"),
])
def test_punctuation_possessives_and_plural_heads_are_not_variants(a, b):
    assert run("venue-variants", [venue(a, "a.txt", 1), venue(b, "b.txt", 1)]) == []


def test_titles_compare_whole():
    facts = [fact(FactKind.TITLE, "National Security Adviser", "000.txt", 2),
             fact(FactKind.TITLE, "National Security Advisor", "004.txt", 6)]
    (finding,) = run("title-variants", facts)
    assert (finding.rule, finding.span.path, finding.span.line) == ("title-variants", "004.txt", 6)


@pytest.mark.parametrize("rule, kind, a, b, flagged", [
    # A title in another word order is a choice of style; a venue's name in another order may be a slip.
    ("title-variants", FactKind.TITLE, "Joliet Deputy Police Chief", "Joliet Police Deputy Chief", False),
    ("venue-variants", FactKind.VENUE, "Central Mat-Su Fire Department", "Mat-Su Central Fire Department", True),
    ("title-variants", FactKind.TITLE, "Joliet Deputy Police Chief", "Joliet Deputy Polise Chief", True),
])
def test_word_order_only_differences(rule, kind, a, b, flagged):
    facts = [fact(kind, a, "a.txt", 1), fact(kind, a, "b.txt", 1), fact(kind, b, "c.txt", 1)]
    assert bool(run(rule, facts)) is flagged


@pytest.mark.parametrize("variant, flagged", [
    # A word made plural names several ("the Departments of Commerce, Defense and ..."): not a slip.
    ("Departments of Commerce", False),
    ("Ministries of Health", False),
    # A plural name written singular is a slip ("Center for Disease Control" for "Centers for ...").
    ("Center for Disease Control", True),
    # A plural elsewhere in the name is a slip.
    ("Central Elections Commission", True),
    # Several bodies joined in one phrase, written another way, are no name misspelt.
    ("Brown and Jefferson Township Fire Departments", False),
])
def test_plural_lists_are_not_variants(variant, flagged):
    reference = {"Departments of Commerce": "Department of Commerce", "Ministries of Health": "Ministry of Health",
                 "Center for Disease Control": "Centers for Disease Control",
                 "Central Elections Commission": "Central Election Commission",
                 "Brown and Jefferson Township Fire Departments":
                     "Brown Township and Jefferson Township Fire Departments"}[variant]
    facts = [venue(reference, "a.txt", 1), venue(reference, "b.txt", 1), venue(variant, "c.txt", 1)]
    assert bool(run("venue-variants", facts)) is flagged


@pytest.mark.parametrize("variant, reference", [
    # A place as a possessive or as its adjective is a choice of style about one body.
    ("Israel's Supreme Court", "Israeli Supreme Court"),
    ("Russian Finance Ministry", "Russia’s Finance Ministry"),
])
def test_a_place_as_possessive_or_adjective_is_no_variant(variant, reference):
    facts = [venue(reference, "a.txt", 1), venue(reference, "b.txt", 1), venue(variant, "c.txt", 1)]
    assert run("venue-variants", facts) == []


def title_of(title: str, path: str, holder: str) -> LinkedFact:
    item = fact(FactKind.TITLE, title, path, 1)
    return LinkedFact(dataclasses.replace(item.fact, attrs=(("person", holder),)), "story", "main")


@pytest.mark.parametrize("first_title, second_title, flagged", [
    # Two offices: two people with near names (Memphis's Police Director, Dallas's Mayor).
    ("Police Director", "Mayor", False),
    ("Deputy Police Commissioner", "County Sheriff", False),
    # One office, or an office known on one side only: one name spelt two ways.
    ("Police Director", "Director", True),
    ("Director of National Intelligence", "DNI Director", True),
    ("Police Director", "", True),
])
def test_people_of_different_offices_are_not_variants(first_title, second_title, flagged):
    facts = [person("Mike Rawlings", "a.txt", 1, "Mike Rawlings"), person("Mike Rawlings", "b.txt", 1, "Mike Rawlings"),
             person("Mike Rallings", "c.txt", 1, "Mike Rallings"), title_of(first_title, "a.txt", "Mike Rawlings"),
             title_of(first_title, "b.txt", "Mike Rawlings")]
    if second_title:
        facts.append(title_of(second_title, "c.txt", "Mike Rallings"))
    assert bool(run("name-variants", facts)) is flagged


def test_seed_variants_are_found_without_a_gazetteer(tmp_path):
    import shutil

    from factlint.pipeline import analyse
    from factlint.read.documents import read_paths
    from factlint.rulebook.rule_files import load_rulebook as load
    from tests.conftest import ROOT, SEEDS

    for rule in ("name-variants", "title-variants", "venue-variants"):
        shutil.copy(ROOT / "rules" / f"{rule}.yaml", tmp_path)
    rulebook = load([tmp_path])
    assert rulebook.lexicon.gazetteer.entries == ()
    findings = analyse(read_paths([str(SEEDS)]).documents, rulebook).findings
    places = [(f.rule, f.span.path.rsplit("/", 1)[-1][:3], f.span.line,
               tuple((r.span.path.rsplit("/", 1)[-1][:3], r.span.line) for r in f.related)) for f in findings]
    assert places == [
        ("venue-variants", "001", 11, (("004", 3),)),
        ("name-variants", "003", 9, (("000", 2), ("001", 10), ("002", 3))),
        ("title-variants", "004", 6, (("000", 2),)),
        ("venue-variants", "004", 10, (("004", 3),)),
    ]


@pytest.mark.parametrize("first, second, flagged", [
    ("Steve Bannon", "Steven Bannon", False),       # a given name cut short is a choice of style
    ("Chris Murphy", "Christopher Murphy", False),
    ("Hilary Clinton", "Hillary Clinton", True),    # a given name misspelt is still a finding
    ("Robert Muller", "Robert Mueller", True),      # and so is a surname cut short
])
def test_short_given_names_are_not_variants(first, second, flagged):
    facts = [person(second, "a.txt", 1, second), person(second, "b.txt", 1, second), person(first, "c.txt", 1, first)]
    assert bool(run("name-variants", facts)) is flagged


@pytest.mark.parametrize("written, misspelt, canonical, fixed", [
    ("Lambeau Feild", "Lambeau Feild", "Lambeau Field", "Lambeau Field"),
    ("lambeau feild", "Lambeau Feild", "Lambeau Field", "Lambeau Field"),
    ("Feild", "Lambeau Feild", "Lambeau Field", "Field"),
    ("Lambeau", "Lambeau Feild", "Lambeau Field", ""),
    ("Mirzoian", "Ararat Mirzoian", "Ararat Mirzoyan", "Mirzoyan"),
    ("Mirzoian", "Ararat S. Mirzoian", "Ararat Mirzoyan", ""),
    ("Mirzoian", "Ararat Mirzoian", "", ""),
])
def test_correction_only_of_declared_forms(written, misspelt, canonical, fixed):
    assert correction(written, misspelt, canonical) == fixed


def test_declared_misspelling_alone_is_a_finding_with_a_fix():
    wrong = fact(FactKind.VENUE, "Lambeau Feild", "a.txt", 1, name_key("Lambeau Field"), misspelling_of="Lambeau Field")
    (finding,) = run("venue-variants", [wrong])
    assert (finding.rule, finding.span.path, finding.span.line) == ("venue-variants", "a.txt", 1)
    assert "is named Lambeau Field elsewhere (declared in the gazetteer)" in finding.message
    assert [(e.span, e.replacement) for e in finding.fixes] == [(wrong.fact.span, "Lambeau Field")]
    assert finding.related == ()


def test_declared_misspelling_in_the_majority_is_still_the_variant():
    facts = [person(w, f"{i}.txt", 1, "Ararat Mirzoian") for i, w in enumerate(["Ararat Mirzoian", "Mirzoian"])]
    facts = [fact(FactKind.PERSON, f.fact.value, f.fact.span.path, 1, name_key("Ararat Mirzoyan"), name="Ararat Mirzoian",
                  misspelling_of="Ararat Mirzoyan") for f in facts]
    facts.append(person("Ararat Mirzoyan", "9.txt", 1, "Ararat Mirzoyan"))
    findings = run("name-variants", facts)
    assert [(f.rule, f.span.path) for f in findings] == [("name-variants", "0.txt"), ("name-variants", "1.txt")]
    assert all(e.replacement == "Mirzoyan" for f in findings for e in f.fixes) and all(f.fixes for f in findings)
    assert all(f.related[0].span.path == "9.txt" for f in findings)


def test_undeclared_variants_get_no_fix():
    facts = [person("Ararat Mirzoyan", "a.txt", 1, "Ararat Mirzoyan"), person("Ararat Mirzoyan", "b.txt", 1, "Ararat Mirzoyan"),
             person("Ararat Mirzoian", "c.txt", 1, "Ararat Mirzoian")]
    (finding,) = run("name-variants", facts)
    assert finding.span.path == "c.txt" and finding.fixes == ()


@pytest.mark.parametrize("texts, reported", [
    # Given equally often, the spelling English at large writes is the reference (wordfreq), whichever came first.
    (["Employee Bralin Hendarson said the man ran.", "Employee Bralin Henderson told police."], "Hendarson"),
    (["Employee Bralin Henderson said the man ran.", "Employee Bralin Hendarson told police."], "Hendarson"),
])
def test_a_tie_between_spellings_of_a_person_goes_to_the_attested_one(rulebook, texts, reported):
    from factlint.pipeline import analyse
    from factlint.read.documents import make_document
    documents = [make_document(f"{i}.txt", text)[0] for i, text in enumerate(texts)]
    findings = [f for f in analyse(documents, rulebook).findings if f.rule == "name-variants"]
    assert [f.message.split()[0] for f in findings] == [reported]
