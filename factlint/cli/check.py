"""`factlint check`: read the corpus, run the enabled rules, decide what is reported, write every output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Sequence

import click

from factlint.cache import DEFAULT_DIR
from factlint.cli.common import (_Progress, _cache, _config, _default_date, _fail, _grouping, _rulebook, _stdin,
                                 _use_color, _write, date_option, rules_option, story_options)
from factlint.cli.corpus import CorpusFiles, coverage_note, select_files
from factlint.config import Config, known_encoding, render_settings
from factlint.decide.baseline import BaselineError, load_baseline, render_baseline
from factlint.decide.policy import (Selection, exit_code, input_errors_kept, select_rules, split_selectors,
                                    unknown_selectors)
from factlint.decide.read_errors import READ_ERROR_RULE
from factlint.decide.reported import Decisions, reported, suppressed
from factlint.decide.suppress import UNUSED_RULE
from factlint.engine import INSTALL_HINT, EngineKind, EngineUnavailable, open_engine
from factlint.fanout import available_cpus
from factlint.model import ExitCode, Rule, Severity
from factlint.pipeline import lint
from factlint.read import vcs
from factlint.read.documents import STDIN_PATH, MissingPathError
from factlint.report import FORMATS, SHOWS_ALL_FACTS, render
from factlint.report.fix import run_fixes
from factlint.report.outputs import STDOUT, Output, OutputError, WriteError, append_step_summary, parse_outputs
from factlint.report.outputs import statistics as stats_table
from factlint.report.printable import problem_line
from factlint.warm import warm_lint


def _show_settings(config: Config, selection: Selection, rules: Sequence[Rule], wanted: Sequence[Output],
                   files: tuple[str, ...], fail_on: str | None) -> None:
    """Print the settings in force, as --show-settings promises."""
    resolved = dataclasses.asdict(config)
    resolved.update(select=selection.select, ignore=selection.ignore,
                    fail_on=fail_on or (config.fail_on or Severity.ERROR).value)
    settings = {"config-file": config.source or "(none)",
                **{key: value for key, value in resolved.items() if key != "source"},
                "rules-run": tuple(rule.id for rule in rules),
                "outputs": tuple(f"{o.format}:{o.destination}" for o in wanted),
                "articles": files}
    click.echo(render_settings(settings), nl=False)


def _articles(corpus: tuple[str, ...], config: Config, root: str) -> CorpusFiles:
    try:
        return select_files(corpus, config.exclude, root, config.respect_gitignore)
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")


def _shown(path: str) -> str:
    """A configured (absolute) path as reports show it: relative to the working directory when under it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _only_paths(changed_since: str | None, named: tuple[str, ...] | None) -> frozenset[str] | None:
    """The files findings must touch to be reported: changed since REV and/or named; None for no filter."""
    only: set[str] | None = None
    if changed_since:
        try:
            only = vcs.changed_files(changed_since)
        except vcs.GitError as error:
            _fail(f"--changed-since {changed_since}: {error}")
    if named is not None:
        wanted = {os.path.normpath(os.path.abspath(p)) for p in named}
        only = wanted if only is None else only & wanted
    return frozenset(only) if only is not None else None


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "formats", multiple=True, metavar="NAME[:FILE]",
              help=f"Output format, repeatable: {', '.join(FORMATS)}. NAME:FILE writes that format to FILE.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(dir_okay=False),
              help="File for the next --format given without one, in order (- is standard output). A regular "
                   "file is replaced atomically; a pipe, FIFO or device is written straight through; a symlink's "
                   "target is written.")
@rules_option
@click.option("--select", multiple=True, help="Run only these rule ids or prefixes (comma-separated or repeated).")
@click.option("--ignore", multiple=True, help="Leave out these rule ids or prefixes (comma-separated or repeated); "
              "--ignore read-error lets articles that cannot be read pass.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default=None,
              help="Lowest severity that makes the exit code 1.  [default: error]")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True),
              help="Configuration file (default: nearest .factlint.toml or pyproject.toml with [tool.factlint]).")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--show-settings", is_flag=True, help="Print the settings in force (configuration and options "
              "together) and the articles they select, then exit.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Accept today's findings into this file.")
@click.option("--changed-since", metavar="REV", help="Read the whole corpus; report only findings touching files "
              "changed since git revision REV (or untracked).")
@click.option("--only-touching", is_flag=True, help="Treat PATHS as a filter: read the configured corpus (or the "
              "folders holding PATHS) and report only findings touching PATHS. For pre-commit.")
@click.option("--fix", is_flag=True, help="Apply safe fixes (canonical spellings) in place.")
@click.option("--diff", is_flag=True, help="Show the safe fixes as a unified diff; change nothing.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary line, nothing when clean.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors of use still exit 2).")
@click.option("--color", "color_mode", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the text format (auto: on a terminal, or when FORCE_COLOR is set; "
                                      "never when NO_COLOR is set).")
@click.option("--encoding", default=None, help="Text encoding of the articles; a byte order mark always wins.  "
              "[default: 'encoding' in the configuration, else utf-8]")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None,
              help="Leave out files .gitignore excludes.  [default: 'respect-gitignore' in the configuration, else yes]")
@click.option("--stdin-filename", metavar="PATH", default=None,
              help="The name of the article read from standard input, for messages and per-file-ignores "
                   "(reads standard input when no PATHS are given).")
@click.option("--max-file-size", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="Skip articles larger than this many bytes (files, FIFOs, devices and - alike).")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (default: the available CPUs).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=f"Folder of the extraction cache (default: {DEFAULT_DIR} next to the configuration file, "
                   "else in the working directory).")
@click.option("--engine", type=click.Choice([kind.value for kind in EngineKind]), default=EngineKind.LOCAL.value,
              show_default=True, help="Where extraction, story inference and the checks run: here (local), or on a "
                                      f"Dask cluster (dask: {INSTALL_HINT}); the findings are the same.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --engine dask, the scheduler to join (tcp://HOST:8786); without it a LocalCluster of --jobs "
                   "worker processes starts.")
@date_option
@story_options
def check(paths: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], rule_dirs: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None, config_file: str | None,
          isolated: bool, baseline: str | None, write_baseline: str | None, changed_since: str | None,
          only_touching: bool, fix: bool, diff: bool, statistics: bool, quiet: bool, color_mode: str,
          encoding: str | None = None, max_file_size: int = 10_000_000, debug: bool = False,
          jobs: int | None = None, no_cache: bool = False, cache_dir: str | None = None,
          date: dt.datetime | None = None, story_by: str | None = None, manifest: str | None = None,
          exit_zero: bool = False, respect_gitignore: bool | None = None, stdin_filename: str | None = None,
          show_settings: bool = False, engine: str = EngineKind.LOCAL.value, scheduler: str | None = None) -> None:
    """Check the articles under PATHS (files, folders, or - for stdin) against each other.

    Exit 0 when clean, 1 with findings at or above --fail-on (an article that cannot be read is a `read-error`
    finding), 2 for a mistake in the options, configuration or rules."""
    click.get_current_context().meta["debug"] = debug
    config = _config(config_file, isolated)
    config = dataclasses.replace(config, encoding=encoding or config.encoding,
                                 respect_gitignore=config.respect_gitignore if respect_gitignore is None
                                 else respect_gitignore)
    if scheduler and engine != EngineKind.DASK.value:
        _fail("--scheduler needs --engine dask")
    if not known_encoding(config.encoding):
        _fail(f"unknown encoding '{config.encoding}'")
    select, ignore = split_selectors(select), split_selectors(ignore)
    if stdin_filename and not paths:
        paths = (STDIN_PATH,)
    root = str(Path(config.source).parent) if config.source else os.getcwd()
    try:
        wanted = parse_outputs(formats, outputs, FORMATS)
    except OutputError as error:
        _fail(str(error))
    rulebook = _rulebook((*config.rules, *rule_dirs), no_default=not config.default_rules)
    selection = Selection(select=select or config.select, ignore=(*config.ignore, *ignore), severities=config.severity)
    known = tuple(rule.id for rule in rulebook.rules) + (UNUSED_RULE.id, READ_ERROR_RULE.id)
    unknown = unknown_selectors(selection, (*rulebook.rules, UNUSED_RULE, READ_ERROR_RULE))
    if unknown:
        _fail(f"no rule matches '{unknown[0]}' (see 'factlint rules')")
    for rule_id in sorted(set(config.severity) - set(known)):
        _fail(f"{config.source}: 'severity' names unknown rule '{rule_id}' (see 'factlint rules')")
    configured = tuple(_shown(p) for p in config.paths)
    corpus = paths
    if only_touching:
        corpus = configured or tuple(sorted({str(Path(p).parent) for p in paths}))
    elif not paths:
        corpus = configured
    if not corpus:
        _fail("no paths to check: name them, or set 'paths' in the configuration")
    selected = _articles(corpus, config, root)
    rules = select_rules(rulebook.rules, selection)
    if show_settings:
        _show_settings(config, selection, rules, wanted, selected.files, fail_on)
        return
    cache, progress = _cache(no_cache, cache_dir, root), _Progress()
    try:
        stdin_text = _stdin(corpus, max_file_size)
        options = dict(rules=rules, named=corpus, default_date=_default_date(date, config),
                       grouping=_grouping(story_by, manifest, config),
                       all_facts=any(output.format in SHOWS_ALL_FACTS for output in wanted),
                       encoding=config.encoding, max_bytes=max_file_size, cache=cache, jobs=jobs or available_cpus(),
                       progress=progress)
        if cache is not None and cache.usable and stdin_text is None and EngineKind(engine) is EngineKind.LOCAL:
            # A warm run: unchanged files neither read nor extracted again, the stored report when none changed.
            report = warm_lint(selected.files, rulebook, folder=cache.path.parent, run=lint, **options)
        else:
            with open_engine(EngineKind(engine), scheduler, jobs) as runner:
                _, report = lint(selected.files, rulebook, stdin_text=stdin_text,
                                 stdin_path=stdin_filename or STDIN_PATH, engine=runner, **options)
    except EngineUnavailable as error:
        _fail(str(error))
    finally:
        progress.finish()
        if cache is not None:
            cache.close()
    for problem in report.problems:
        click.echo(problem_line(problem), err=True)
    note = coverage_note(selected, len(report.documents))
    if note and not (quiet and note.startswith("note")):
        click.echo(f"factlint: {note}", err=True)
    keep_read_errors = input_errors_kept(selection, READ_ERROR_RULE.id)
    if not keep_read_errors:
        report = dataclasses.replace(report, findings=tuple(f for f in report.findings if f.rule != READ_ERROR_RULE.id))
    ran = tuple(r.id for r in rules) + ((READ_ERROR_RULE.id,) if keep_read_errors else ())
    decisions = Decisions(ran=ran, known=known, report_unused=selection.wants(UNUSED_RULE.id),
                          per_file_ignores=config.per_file_ignores, root=root)
    findings = suppressed(report.findings, report.documents, decisions)
    if write_baseline:
        _write(render_baseline(findings, report.documents), write_baseline)
        click.echo(f"Wrote {len(findings)} finding{'s' if len(findings) != 1 else ''} from "
                   f"{len(report.documents)} article{'s' if len(report.documents) != 1 else ''} to {write_baseline}; "
                   f"with --baseline {write_baseline}, only new findings are reported.")
        sys.exit(ExitCode.CLEAN)
    baseline = baseline or (config.baseline if not write_baseline else None) or write_baseline
    if baseline:
        try:
            accepted = load_baseline(Path(baseline))
        except BaselineError as error:
            _fail(str(error))
        decisions = dataclasses.replace(decisions, baseline=accepted)
    decisions = dataclasses.replace(decisions, only_paths=_only_paths(changed_since, paths if only_touching else None))
    findings = reported(findings, report.documents, decisions)
    if fix or diff:
        outcome = run_fixes(findings, report.documents, preview=diff, encoding=config.encoding)
        for note in outcome.notes:
            click.echo(f"factlint: {note}", err=True)
        if diff:
            click.echo(outcome.diff, nl=False)
            sys.exit(ExitCode.FINDINGS if outcome.diff else ExitCode.CLEAN)
        findings = outcome.remaining
    rules_shown = (rules + ((UNUSED_RULE,) if decisions.report_unused else ())
                   + ((READ_ERROR_RULE,) if keep_read_errors else ()))
    report = dataclasses.replace(report, findings=findings, rules=rules_shown)
    if statistics:
        _write(stats_table(report.findings, report.rules), STDOUT)
    for output in wanted:
        if statistics and output.destination == STDOUT:
            continue
        color = output.destination == STDOUT and _use_color(color_mode)
        _write(render(output.format, report, color=color, quiet=quiet), output.destination, color)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file and any(output.format == "github" for output in wanted):
        try:
            append_step_summary(summary_file, report)
        except WriteError as error:
            _fail(str(error))
    if exit_zero:
        sys.exit(ExitCode.CLEAN)
    sys.exit(exit_code(report.findings, Severity(fail_on) if fail_on else config.fail_on or Severity.ERROR))
