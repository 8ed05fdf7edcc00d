"""Fuzzed rule files (mutations of the shipped rules): never a traceback; broken ones exit 2 naming the file."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.cli import main
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import RuleError, Rulebook, load_rulebook, rule_files, shipped_rules_dir

SHIPPED = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in rule_files([shipped_rules_dir()])}
BAD_REGEXES = ("(unclosed", "[z-a]", "*", "a{2,1}", "(?P<x>a)(?P<x>b)", "\\", "(?<!a+)b", "x*", "", "(?", "\\p{NoSuchProperty}")
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=20), st.sampled_from(BAD_REGEXES))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=6)
KEYS = ("id", "description", "kind", "fact", "subjects", "scope", "severity", "message", "options", "examples", "extra")
SAMPLE = "---\ndate: 2023-05-06\nstory: s\n---\nThe five-day talks ended on Tuesday, May 4, in Geneva. " \
         "The talks lasted four days. Police said the the shooting killed 3."
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated_rule(draw) -> tuple[str, bytes]:
    """A shipped rule with a few keys deleted, retyped or replaced, and sometimes bytes overwritten."""
    stem = draw(st.sampled_from(sorted(SHIPPED)))
    data = copy.deepcopy(SHIPPED[stem])
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from(KEYS))
        action = draw(st.sampled_from(("delete", "replace", "option", "pattern", "example")))
        if action == "delete":
            data.pop(key, None)
        elif action == "replace":
            data[key] = draw(VALUES)
        elif action == "option":
            options = data.get("options") if isinstance(data.get("options"), dict) else {}
            options[draw(st.sampled_from((*options, "patterns", "timeout", "tolerence")))] = draw(VALUES)
            data["options"] = options
        elif action == "pattern":
            data["kind"] = "pattern"
            data["options"] = {"patterns": draw(st.lists(st.one_of(st.sampled_from(BAD_REGEXES), SCALARS), max_size=3))}
        else:
            data["examples"] = draw(st.one_of(VALUES, st.fixed_dictionaries({"fail": VALUES, "pass": VALUES})))
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(max_size=12)) + raw[at + draw(st.integers(0, 12)):]
    return stem, raw


def _load(folder: Path) -> Rulebook | RuleError:
    try:
        return load_rulebook([folder])
    except RuleError as error:
        return error


@FUZZ
@given(mutated_rule())
def test_a_mutated_rule_loads_or_is_named_in_every_problem(case):
    stem, raw = case
    with tempfile.TemporaryDirectory(prefix="factlint-fuzz-") as folder:
        path = Path(folder, f"{stem}.yaml")
        path.write_bytes(raw)
        outcome = _load(Path(folder))
        if isinstance(outcome, RuleError):
            assert outcome.problems
            for problem in outcome.problems:
                assert problem.path == str(path) and problem.line >= 1 and problem.column >= 1, problem
        else:
            # A mutation that is still a valid rule must also run: on its own examples and on a sample.
            for rule in outcome.rules:
                texts = [text for example in rule.examples for text in example.articles] + [SAMPLE]
                documents = [make_document(f"{i}.md", text)[0] for i, text in enumerate(texts)]
                analyse(documents, outcome, rules=[rule])


def _cli(folder: Path):
    return CliRunner().invoke(main, ["validate-rules", str(folder)])


@FUZZ
@given(mutated_rule())
def test_the_cli_never_shows_a_traceback_on_a_mutated_rule(case):
    stem, raw = case
    with tempfile.TemporaryDirectory(prefix="factlint-fuzz-") as folder:
        Path(folder, f"{stem}.yaml").write_bytes(raw)
        result = _cli(Path(folder))
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    if result.exit_code == 2:
        assert f"{stem}.yaml:" in result.output


def _shipped(stem: str) -> dict:
    return copy.deepcopy(SHIPPED[stem])


def _with(stem: str, **changes) -> dict:
    data = _shipped(stem)
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


@pytest.mark.parametrize("name, data, expected", [
    ("date-agreement.yaml", _with("date-agreement", id=None), "date-agreement.yaml:1:1: missing required key 'id'"),
    ("date-agreement.yaml", _with("date-agreement", kind="agreemant"), "unknown check kind 'agreemant'"),
    ("date-agreement.yaml", _with("date-agreement", kind=["agreement"]), "'kind' must be a string"),
    ("date-agreement.yaml", _with("date-agreement", message=7), "'message' must be a string"),
    ("date-agreement.yaml", _with("date-agreement", options=[1]), "'options' must be a mapping"),
    ("date-agreement.yaml", _with("date-agreement", options={"tolerance": "x"}), "option 'tolerance' must be float"),
    ("date-agreement.yaml", _with("date-agreement", scope={"a": 1}), "'scope' must be one of"),
    ("date-agreement.yaml", _with("date-agreement", subjects="strike"), "'subjects' must be a list of strings"),
    ("date-agreement.yaml", _with("date-agreement", examples=[1]), "'examples' must be a mapping"),
    ("repeated-word.yaml", _with("repeated-word", options={"patterns": ["(unclosed"]}), "pattern does not compile"),
    ("repeated-word.yaml", _with("repeated-word", options={"patterns": "the the"}), "option 'patterns' must be list"),
    ("repeated-word.yaml", _with("repeated-word", options={"patterns": [{"a": 1}]}), "pattern 1 must be a string"),
    ("repeated-word.yaml", _with("repeated-word", options={"patterns": ["a"], "timeout": -1}), "'timeout' must be a positive"),
])
def test_a_broken_rule_exits_2_naming_the_file(tmp_path, name, data, expected):
    (tmp_path / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = _cli(tmp_path)
    assert result.exit_code == 2
    assert any(name in line and expected in line for line in result.output.splitlines()), result.output


@pytest.mark.parametrize("raw, expected", [
    (b"\xff\xfe\x00garbage", "weekday-date.yaml:1:1: cannot read rule file"),
    (b"id: [\n", "weekday-date.yaml:2:1: invalid YAML"),
    (b"\x00\x01\x02", "weekday-date.yaml:1:1:"),
    (b"id: weekday-date\n" * 2, "weekday-date.yaml:2:1: duplicate key 'id'"),
])
def test_random_bytes_in_a_rule_file_exit_2_naming_the_file(tmp_path, raw, expected):
    (tmp_path / "weekday-date.yaml").write_bytes(raw)
    result = _cli(tmp_path)
    assert result.exit_code == 2 and expected in result.output, result.output


def test_the_same_id_twice_is_named(tmp_path):
    text = yaml.safe_dump(_shipped("weekday-date"), sort_keys=False)
    (tmp_path / "weekday-date.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "weekday-date.yml").write_text(text, encoding="utf-8")
    result = _cli(tmp_path)
    assert result.exit_code == 2
    assert "weekday-date.yml:1:1: duplicate rule id 'weekday-date' (also in" in result.output
