"""The command line: options -> pipeline -> renderer -> exit code. The only module that imports click."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factlint import __version__
from factlint.cache import DEFAULT_DIR, Cache
from factlint.fanout import available_cpus
from factlint.model import ExitCode, Severity
from factlint.pipeline import analyse, lint
from factlint.policy import Selection, exit_code, select_rules, unknown_selectors
from factlint.read import MissingPathError, read_paths
from factlint.report import FORMATS
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


PROGRESS_MIN_DOCUMENTS = 300


class _Progress:
    """A progress bar on stderr for long runs on a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.bar = None
        self.quiet = not click.get_text_stream("stderr").isatty()

    def __call__(self, advance: int, total: int) -> None:
        if self.quiet or total <= PROGRESS_MIN_DOCUMENTS:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="extracting", file=click.get_text_stream("stderr"))
            self.bar.render_progress()
        self.bar.update(advance)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()


def _cache(no_cache: bool, cache_dir: str | None) -> Cache | None:
    """The extraction cache: --cache-dir, else .factlint_cache in the working directory; None with --no-cache."""
    return None if no_cache else Cache(Path(cache_dir or DEFAULT_DIR))


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
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (default: the available CPUs).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=f"Folder of the extraction cache (default: {DEFAULT_DIR} in the working directory).")
def check(paths: tuple[str, ...], output_format: str, output: str | None, rule_dirs: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str, jobs: int | None,
          no_cache: bool, cache_dir: str | None) -> None:
    """Check the articles under PATHS (files, folders, or - for stdin) against each other."""
    rulebook = _rulebook(rule_dirs)
    selection = Selection(select=select, ignore=ignore)
    unknown = unknown_selectors(selection, rulebook.rules)
    if unknown:
        _fail(f"no rule matches '{unknown[0]}' (see 'factlint rules')")
    cache, progress = _cache(no_cache, cache_dir), _Progress()
    try:
        _, report = lint(paths, rulebook, rules=select_rules(rulebook.rules, selection), stdin_text=_stdin(paths),
                         cache=cache, jobs=jobs or available_cpus(), progress=progress)
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    finally:
        progress.finish()
        if cache is not None:
            cache.close()
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
@rules_option
def facts(paths: tuple[str, ...], rule_dirs: tuple[str, ...]) -> None:
    """List every fact factlint extracts from the articles, with its story and event instance."""
    rulebook = _rulebook(rule_dirs)
    try:
        result = read_paths(paths, stdin_text=_stdin(paths))
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in result.problems:
        click.echo(str(problem), err=True)
    analysis = analyse(result.documents, rulebook, rules=(), all_facts=True)
    for item in analysis.facts:
        fact, span = item.fact, item.fact.span
        click.echo(f"{span.path}:{span.line}:{span.column}\t{fact.kind.value}\t{fact.text}\t{fact.value}\t"
                   f"{fact.subject or '-'}\t{item.instance}")


@main.command(name="rules")
@rules_option
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """List the rules: id, kind, severity and description."""
    for rule in _rulebook(rule_dirs).rules:
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity.value}\t{' '.join(rule.description.split())}")
