"""Rule files: the shipped ones load, and every mistake is reported with file:line:col."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.check import KINDS
from factlint.rulebook.rule_files import RuleError, load_rulebook, shipped_rules_dir

GOOD = """\
id: {id}
description: Durations must agree.
kind: agreement
fact: duration
message: "{{value}} vs {{other_value}}"
"""


def _problems(tmp_path: Path, text: str, name: str = "my-rule.yaml") -> list[str]:
    (tmp_path / name).write_text(text)
    with pytest.raises(RuleError) as error:
        load_rulebook([tmp_path])
    return [f"{Path(p.path).name}:{p.line}:{p.column}: {p.message}" for p in error.value.problems]


def test_shipped_rules_load_and_ids_match_files():
    rulebook = load_rulebook()
    assert rulebook.rules
    for rule in rulebook.rules:
        assert Path(rule.path).stem == rule.id


def test_every_kind_has_a_shipped_rule():
    kinds = {rule.kind for rule in load_rulebook().rules}
    assert kinds == set(KINDS)


def test_valid_rule_loads(tmp_path):
    (tmp_path / "my-rule.yaml").write_text(GOOD.format(id="my-rule"))
    (rule,) = load_rulebook([tmp_path]).rules
    assert (rule.id, rule.scope.value, rule.severity.value) == ("my-rule", "instance", "error")


@pytest.mark.parametrize("text, expected", [
    (GOOD.format(id="my-rule") + "tolerence: 1\n", "my-rule.yaml:6:1: unknown key 'tolerence'"),
    (GOOD.format(id="my-rule") + "options:\n  tolerence: 0.1\n", "my-rule.yaml:7:3: unknown option 'tolerence' for kind 'agreement' (did you mean 'tolerance'?)"),
    (GOOD.format(id="my-rule") + "options:\n  tolerance: lots\n", "my-rule.yaml:7:3: option 'tolerance' must be float, not str"),
    (GOOD.format(id="my-rule").replace("kind: agreement", "kind: agrement"), "my-rule.yaml:3:1: unknown check kind 'agrement' (did you mean 'agreement'?)"),
    (GOOD.format(id="my-rule").replace("fact: duration", "fact: durations"), "my-rule.yaml:4:1: 'fact' must be one of"),
    (GOOD.format(id="other"), "my-rule.yaml:1:1: rule id 'other' must equal the file name 'my-rule'"),
    (GOOD.format(id="my-rule") + "scope: galaxy\n", "my-rule.yaml:6:1: 'scope' must be one of"),
    (GOOD.format(id="my-rule") + "severity: fatal\n", "my-rule.yaml:6:1: 'severity' must be one of"),
    (GOOD.format(id="my-rule") + "enabled: sometimes\n", "my-rule.yaml:6:1: 'enabled' must be true or false"),
    (GOOD.format(id="my-rule").replace("kind: agreement", "kind: name-variants").replace("{{value}} vs {{other_value}}",
     "{{variant}}") + "options:\n  conventions: some\n",
     "my-rule.yaml:7:3: option 'conventions' must be one of exclude, only, not 'some'"),
    ("id: my-rule\nkind: agreement\n", "my-rule.yaml:1:1: missing required key 'description'"),
    ("id: [unclosed\n", "my-rule.yaml:2:1: invalid YAML"),
    ("- a list\n", "my-rule.yaml:1:1: a rule file must be a mapping"),
    (GOOD.format(id="my-rule").replace("{value}", "{valeu}"), "my-rule.yaml:5:1: unknown field '{valeu}'"),
    ("id: !!python/object/apply:os.system [ls]\n", "my-rule.yaml:1:5: YAML tag"),
    (GOOD.format(id="my-rule") + "examples:\n  fail:\n    - text: x\n", "my-rule.yaml:8:7: each example needs 'articles'"),
])
def test_rule_errors_name_file_line_and_column(tmp_path, text, expected):
    problems = _problems(tmp_path, text)
    assert any(p.startswith(expected) for p in problems), problems


def test_duplicate_ids_across_folders(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir(), second.mkdir()
    for folder in (first, second):
        (folder / "my-rule.yaml").write_text(GOOD.format(id="my-rule"))
    with pytest.raises(RuleError) as error:
        load_rulebook([first, second])
    assert "duplicate rule id 'my-rule'" in str(error.value)


def test_vocabulary_errors_are_placed(tmp_path):
    (tmp_path / "vocabulary").mkdir()
    (tmp_path / "vocabulary" / "events.yaml").write_text("events:\n  talks:\n    nouns: talks\n")
    with pytest.raises(RuleError) as error:
        load_rulebook([tmp_path])
    (problem,) = error.value.problems
    assert (problem.line, problem.column) == (3, 5) and "list of words" in problem.message


def test_shipped_rules_dir_exists():
    assert (shipped_rules_dir() / "vocabulary" / "events.yaml").is_file()
