"""`factlint rules`, `factlint explain` and `factlint validate-rules`: the rules as their files define them."""

from __future__ import annotations

import difflib
from pathlib import Path

import click

from factlint.cli.common import _configured_rulebook, _fail, _rulebook, rules_option
from factlint.decide.read_errors import READ_ERROR_RULE
from factlint.decide.suppress import UNUSED_RULE
from factlint.report.explain import explain as explain_rule
from factlint.rulebook.rule_files import VOCABULARY_FOLDER


@click.command(name="rules")
@rules_option
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """List the rules: id, kind, severity, on or off by default, and description."""
    for rule in _configured_rulebook(rule_dirs).rules:
        state = "on" if rule.enabled else "off"
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity.value}\t{state}\t{' '.join(rule.description.split())}")


@click.command()
@click.argument("rule_id", metavar="RULE")
@rules_option
def explain(rule_id: str, rule_dirs: tuple[str, ...]) -> None:
    """Explain a rule: its description, options, message, and the examples it fails and passes."""
    rules = {rule.id: rule for rule in (*_configured_rulebook(rule_dirs).rules, UNUSED_RULE, READ_ERROR_RULE)}
    if rule_id not in rules:
        close = difflib.get_close_matches(rule_id, list(rules), n=1)
        _fail(f"no rule '{rule_id}'" + (f" (did you mean '{close[0]}'?)" if close else " (see 'factlint rules')"))
    click.echo(explain_rule(rules[rule_id]), nl=False)


@click.command(name="validate-rules")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
def validate_rules(paths: tuple[str, ...]) -> None:
    """Validate rule files or folders of them; exit 2 naming file:line:col of every problem."""
    folders: list[Path] = []
    for raw in paths:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        if folder.name == VOCABULARY_FOLDER:
            folder = folder.parent
        if folder not in folders:
            folders.append(folder)
    rulebook = _rulebook((), folders=folders)
    click.echo(f"{len(rulebook.rules)} rule(s) valid in {len(folders)} folder(s)")
