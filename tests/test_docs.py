"""The docs match the code: every check kind and option is documented, example rules work, CLI options are described."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click
import pytest
import yaml

from factlint.check import KINDS
from factlint.cli import main
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook, shipped_rules_dir

DOCS = Path(__file__).resolve().parents[1] / "docs"
RULES_MD = (DOCS / "rules.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    """The text of a '## ' section of rules.md, up to the next one."""
    start = RULES_MD.index(heading + "\n")
    end = RULES_MD.find("\n## ", start + len(heading))
    return RULES_MD[start : end if end >= 0 else len(RULES_MD)]


def _yaml_blocks(text: str) -> list[str]:
    return [block.split("```", 1)[0] for block in text.split("```yaml\n")[1:]]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_a_section_naming_its_options_and_fields(kind):
    section = _section(f"## Kind `{kind}`")
    module = KINDS[kind]
    for field in dataclasses.fields(module.Options):
        if field.metadata.get("internal"):  # filled in by the loader, not written by users
            continue
        assert f"`{field.name}`" in section, f"option {field.name} of {kind}"
        if field.default in ((), []):  # a list option: required, or empty by default
            assert (f"`{field.name}` | list of strings | (required)" in section
                    or f"`{field.name}` | list of strings | `[]`" in section), field
            continue
        assert f"`{field.default!r}`".lower().replace("'", "") in section.lower() or field.default in (True, False), field
    for name in module.FIELDS:
        assert f"`{{{name}}}`" in section, f"message field {name} of {kind}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_example_rule_loads_and_its_examples_hold(kind, tmp_path):
    (block,) = [b for b in _yaml_blocks(_section(f"## Kind `{kind}`")) if b.startswith("id:")]
    rule_id = yaml.safe_load(block)["id"]
    (tmp_path / f"{rule_id}.yaml").write_text(block, encoding="utf-8")
    rulebook = load_rulebook([shipped_rules_dir(), tmp_path])
    rule = next(r for r in rulebook.rules if r.id == rule_id)
    assert rule.kind == kind and {e.fails for e in rule.examples} == {True, False}
    for example in rule.examples:
        docs = [make_document(f"ex-{i}.md", "---\nstory: example\n---\n" + text)[0] for i, text in enumerate(example.articles)]
        findings = analyse(docs, rulebook, rules=[rule]).findings
        assert bool(findings) == example.fails, (example.line, [f.message for f in findings])


def test_gazetteer_example_in_the_docs_loads(tmp_path):
    (block,) = [b for b in _yaml_blocks(_section("## Safe fixes")) if "entries:" in b]
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "people.yaml").write_text(block, encoding="utf-8")
    gazetteer = load_rulebook([tmp_path]).lexicon.gazetteer
    assert gazetteer.misspelt("Madison Square Gardens").name == "Madison Square Garden"
    assert gazetteer.canonical("The Garden") == "Madison Square Garden"


def _options(command: click.Command) -> list[str]:
    return [max(p.opts, key=len) for p in command.params if isinstance(p, click.Option) and p.name != "help"]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_and_option_is_in_the_docs(command):
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md")))
    assert f"factlint {command}" in text
    for option in _options(main.commands[command]):
        assert option in text, f"{command} {option}"



ARCHITECTURE = (DOCS / "architecture.md").read_text(encoding="utf-8")
# The tree and the path one article takes: the indented blocks.
DIAGRAMS = "\n".join(line for line in ARCHITECTURE.splitlines() if line.startswith("    "))
PACKAGE = DOCS.parent / "factlint"
MODULE_STEMS = {p.stem for p in PACKAGE.rglob("*.py")} | {p.name for p in PACKAGE.rglob("*") if p.is_dir()}


def test_architecture_tree_shows_every_stage_and_root_module():
    shown = set(re.findall(r"^ {6}(\w+(?:/|\.py))", DIAGRAMS, re.M))
    present = {f"{p.name}/" for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    present |= {p.name for p in PACKAGE.glob("*.py") if not p.name.startswith("__")}
    assert shown == present


@pytest.mark.parametrize("path", sorted(set(re.findall(r"\b((?:[a-z]+/)+[a-z_]+)\b", DIAGRAMS))))
def test_architecture_names_modules_that_exist(path):
    assert (PACKAGE / f"{path}.py").is_file() or (PACKAGE / path).is_dir(), path


# Module names written alone (full_names, safe_json); a name after a dot is a function (documents.read_paths).
@pytest.mark.parametrize("name", sorted(set(re.findall(r"(?<![.\w])[a-z]+_[a-z_]+\b", DIAGRAMS))))
def test_architecture_module_names_exist(name):
    assert name in MODULE_STEMS, name
