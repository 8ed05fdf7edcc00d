"""The command line: options -> pipeline -> renderer -> exit code. The only module that imports click."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from factlint import __version__, link
from factlint.model import ExitCode, Severity
from factlint.pipeline import analyse, lint
from factlint.policy import Selection, exit_code, select_rules, unknown_selectors
from factlint.read import MissingPathError, read_paths
from factlint.report import FORMATS, SHOWS_ALL_FACTS
from factlint.report.facts import FACT_FORMATS
from factlint.rulebook import RuleError, Rulebook, load_rulebook, shipped_rules_dir


class DefaultGroup(click.Group):
    """A group whose default command is `check`, so `factlint seeds/` works like `ruff check`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


def _fail(message: str) -> None:
    click.echo(f"factlint: {message}", err=True)
    sys.exit(ExitCode.USAGE)


def _rulebook(extra: tuple[str, ...], no_default: bool = False) -> Rulebook:
    folders = ([] if no_default else [shipped_rules_dir()]) + [Path(p) for p in extra]
    try:
        return load_rulebook(folders)
    except RuleError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        sys.exit(ExitCode.USAGE)


def _stdin(paths: tuple[str, ...]) -> str | None:
    return click.get_text_stream("stdin").read() if "-" in paths else None


date_option = click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                           help="Date of articles that give none (front matter `date:` and datelines win).")


def _grouping(story_by: str, manifest: str | None) -> link.Grouping:
    try:
        mapping = link.load_manifest(manifest) if manifest else {}
    except link.ManifestError as error:
        _fail(str(error.problem))
    return link.Grouping(link.StoryBy(story_by), mapping)


def story_options(command):
    """--story-by and --manifest: how articles are grouped into stories."""
    command = click.option("--manifest", type=click.Path(dir_okay=False, exists=True),
                           help="A YAML file listing each story's articles (stories: {id: [paths]}).")(command)
    return click.option("--story-by", type=click.Choice([s.value for s in link.StoryBy]), default="content",
                        show_default=True,
                        help="Group articles without a story of their own by what they say, or by folder.")(command)


rules_option = click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                            help="Another folder of rule files (repeatable).")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    """factlint: find where news articles contradict each other."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to a file.")
@rules_option
@click.option("--select", multiple=True, help="Run only these rule ids or prefixes (repeatable).")
@click.option("--ignore", multiple=True, help="Leave out these rule ids or prefixes (repeatable).")
@date_option
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@story_options
def check(paths: tuple[str, ...], output_format: str, output: str | None, rule_dirs: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], date: dt.datetime | None, fail_on: str,
          story_by: str = "content", manifest: str | None = None) -> None:
    """Check the articles under PATHS (files, folders, or - for stdin) against each other."""
    rulebook = _rulebook(rule_dirs)
    selection = Selection(select=select, ignore=ignore)
    unknown = unknown_selectors(selection, rulebook.rules)
    if unknown:
        _fail(f"no rule matches '{unknown[0]}' (see 'factlint rules')")
    try:
        _, report = lint(paths, rulebook, rules=select_rules(rulebook.rules, selection), stdin_text=_stdin(paths),
                         default_date=date and date.date(), all_facts=output_format in SHOWS_ALL_FACTS,
                         grouping=_grouping(story_by, manifest))
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in report.problems:
        click.echo(str(problem), err=True)
    text = FORMATS[output_format](report)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(report.findings, Severity(fail_on)))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(sorted(FACT_FORMATS)), default="table",
              show_default=True, help="A table for people or JSON lines for machines.")
@rules_option
@date_option
@story_options
def facts(paths: tuple[str, ...], output_format: str, rule_dirs: tuple[str, ...], date: dt.datetime | None,
          story_by: str = "content", manifest: str | None = None) -> None:
    """List every fact factlint extracts from the articles, with its story and event instance."""
    rulebook = _rulebook(rule_dirs)
    try:
        result = read_paths(paths, stdin_text=_stdin(paths))
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in result.problems:
        click.echo(str(problem), err=True)
    analysis = analyse(result.documents, rulebook, rules=(), all_facts=True, default_date=date and date.date(),
                       grouping=_grouping(story_by, manifest))
    click.echo(FACT_FORMATS[output_format](analysis.facts), nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@story_options
def stories(paths: tuple[str, ...], story_by: str, manifest: str | None) -> None:
    """List each story: its articles, their dates, and the evidence that grouped them."""
    try:
        result = read_paths(paths, stdin_text=_stdin(paths))
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in result.problems:
        click.echo(str(problem), err=True)
    analysis = analyse(result.documents, _rulebook(()), rules=(), grouping=_grouping(story_by, manifest))
    for line in link.describe_stories(analysis.stories, analysis.timeline):
        click.echo(line)


@main.command(name="rules")
@rules_option
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """List the rules: id, kind, severity and description."""
    for rule in _rulebook(rule_dirs).rules:
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity.value}\t{' '.join(rule.description.split())}")
