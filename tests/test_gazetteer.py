"""The gazetteer: lookups by canonical name or alias, and file validation with file:line:col."""

from __future__ import annotations

import pytest

from factlint.read import yamlmarks
from factlint.rulebook.gazetteer import EntityKind, Entry, build_gazetteer, read_entries
from factlint.rulebook.rule_files import RuleError, load_rulebook

GAZETTEER = build_gazetteer([
    Entry("George P. Shultz National Foreign Affairs Training Center", ("Foreign Service Institute", "FSI"),
          EntityKind.VENUE, ("Arlington", "Virginia")),
    Entry("Leeds", (), EntityKind.PLACE, ("West Yorkshire", "England")),
])


@pytest.mark.parametrize("name, canonical", [
    ("the Foreign Service Institute", "George P. Shultz National Foreign Affairs Training Center"),
    ("F.S.I.", "George P. Shultz National Foreign Affairs Training Center"),
    ("george p. shultz national foreign affairs training center", "George P. Shultz National Foreign Affairs Training Center"),
    ("LEEDS", "Leeds"),
    ("Bradford", None),
    ("George P. Shultz National Affairs Foreign Affairs Training Center", None),
])
def test_canonical(name, canonical):
    assert GAZETTEER.canonical(name) == canonical


@pytest.mark.parametrize("name, places", [
    ("FSI", ("Arlington", "Virginia")),
    ("Leeds", ("West Yorkshire", "England")),
    ("Nowhere", ()),
])
def test_located_in(name, places):
    assert GAZETTEER.located_in(name) == places


@pytest.mark.parametrize("a, b, alias", [
    ("FSI", "Foreign Service Institute", True),
    ("FSI", "George P. Shultz National Foreign Affairs Training Center", True),
    ("FSI", "Leeds", False),
    ("Bradford", "Bradford", False),
])
def test_is_alias(a, b, alias):
    assert GAZETTEER.is_alias(a, b) is alias


@pytest.mark.parametrize("text, line, column, fragment", [
    ("places: []\n", 1, 1, "must hold 'entries'"),
    ("entries:\n  - name: Leeds\n    kind: town\n", 3, 5, "'kind' of 'Leeds' must be one of"),
    ("entries:\n  - name: Leeds\n    located: [England]\n", 3, 5, "unknown key 'located'"),
    ("entries:\n  - aliases: [X]\n", 2, 5, "needs 'name'"),
    ("entries:\n  - name: Leeds\n    aliases: Leeds city\n", 3, 5, "'aliases' of 'Leeds' must be a list"),
    ("entries:\n  - name: Leeds\n  - name: Leeds City\n    aliases: [leeds]\n", 3, 5,
     "'Leeds City' shares a name with the entry 'Leeds'"),
    ("entries:\n  - name: Leeds\n    misspellings: Leds\n", 3, 5, "'misspellings' of 'Leeds' must be a list"),
    ("entries:\n  - name: Leeds\n    aliases: [Leodis]\n    misspellings: [leodis]\n", 4, 5,
     "'leodis' is both a name and a misspelling of 'Leeds'"),
    ("entries:\n  - name: Leeds\n  - name: Leeds City\n    misspellings: [Leeds]\n", 3, 5,
     "'Leeds City' shares a name with the entry 'Leeds'"),
])
def test_invalid_entries_are_placed(text, line, column, fragment):
    located = yamlmarks.load(text)
    entries, problems = read_entries("g.yaml", located.data, located.where)
    assert len(entries) <= 1 and len(problems) == 1
    assert (problems[0].line, problems[0].column) == (line, column) and fragment in problems[0].message


def test_rulebook_loads_gazetteer_folder(tmp_path):
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "mine.yaml").write_text("entries:\n  - name: Elland Road\n    kind: venue\n    located_in: [Leeds]\n")
    lexicon = load_rulebook([tmp_path]).lexicon
    assert lexicon.gazetteer.located_in("elland road") == ("Leeds",)


def test_rulebook_reports_gazetteer_errors(tmp_path):
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "bad.yaml").write_text("entries:\n  - name: Leeds\n    kind: town\n")
    with pytest.raises(RuleError) as error:
        load_rulebook([tmp_path])
    assert str(error.value).startswith(f"{tmp_path / 'gazetteer' / 'bad.yaml'}:3:5:")


def test_shipped_gazetteer_knows_the_fsi():
    assert load_rulebook().lexicon.gazetteer.canonical("Foreign Service Institute").startswith("George P. Shultz")


def test_one_name_in_two_files_is_an_error(tmp_path):
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "a.yaml").write_text("entries:\n  - name: Leeds\n")
    (tmp_path / "gazetteer" / "b.yaml").write_text("entries:\n  - name: City of Leeds\n    aliases: [Leeds]\n")
    with pytest.raises(RuleError) as error:
        load_rulebook([tmp_path])
    assert "b.yaml:2:5: 'City of Leeds' shares a name with the entry 'Leeds'" in str(error.value)


MISSPELT = build_gazetteer([
    Entry("Lambeau Field", ("Lambeau",), EntityKind.VENUE, (), ("Lambeau Feild", "Lamboe Field")),
    Entry("Ararat Mirzoyan", (), EntityKind.PERSON, (), ("Ararat Mirzoian",)),
])


@pytest.mark.parametrize("name, canonical, misspelt", [
    ("Lambeau Feild", None, "Lambeau Field"),
    ("the lambeau feild", None, "Lambeau Field"),
    ("Lamboe Field", None, "Lambeau Field"),
    ("Lambeau Field", "Lambeau Field", None),
    ("Lambeau", "Lambeau Field", None),
    ("Ararat Mirzoian", None, "Ararat Mirzoyan"),
    ("Mirzoian", None, None),
    ("Lambeau Fields", None, None),
])
def test_misspellings_are_not_names(name, canonical, misspelt):
    assert MISSPELT.canonical(name) == canonical
    entry = MISSPELT.misspelt(name)
    assert (entry.name if entry else None) == misspelt


def test_misspellings_read_from_a_file():
    located = yamlmarks.load("entries:\n  - name: Lambeau Field\n    kind: venue\n    misspellings: [Lambeau Feild]\n")
    entries, problems = read_entries("g.yaml", located.data, located.where)
    assert problems == [] and entries[0].misspellings == ("Lambeau Feild",)
    assert build_gazetteer(entries).misspelt("Lambeau Feild") is entries[0]
