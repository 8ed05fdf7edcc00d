"""The command line: options -> pipeline -> renderer -> exit code. The only module that imports click."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import sys
import traceback
from pathlib import Path
from typing import Sequence

import click

from factlint import __version__, link
from factlint.read import vcs, yamlmarks
from factlint.decide.baseline import BaselineError, load_baseline, render_baseline
from factlint.config import Config, ConfigError, find_config, known_encoding, load_config, render_settings
from factlint.cli.corpus import CorpusFiles, coverage_note, select_files
from factlint.decide.reported import Decisions, reported, suppressed
from factlint.report.explain import explain as explain_rule
from factlint.report.fix import run_fixes
from factlint.cache import DEFAULT_DIR, Cache
from factlint.fanout import available_cpus
from factlint.read.filesystem import DEFAULT_MAX_BYTES, read_stdin
from factlint.model import ExitCode, Problem, Rule, Severity
from factlint.report.outputs import STDOUT, Output, OutputError, WriteError, append_step_summary, parse_outputs, write_report
from factlint.report.outputs import statistics as stats_table
from factlint.pipeline import analyse, lint
from factlint.decide.policy import (Selection, exit_code, input_errors_kept, select_rules, split_selectors,
                             unknown_selectors)
from factlint.read.documents import STDIN_PATH, MissingPathError, read_paths
from factlint.decide.read_errors import READ_ERROR_RULE
from factlint.report import FORMATS, SHOWS_ALL_FACTS, render
from factlint.report.facts import FACT_FORMATS
from factlint.report.printable import printable, problem_line
from factlint.report.stories import readable as readable_stories
from factlint.rulebook.rule_files import VOCABULARY_FOLDER, RuleError, Rulebook, load_rulebook, shipped_rules_dir
from factlint.cli.streams import SIGPIPE_EXIT, OutputFault, guard_stdout, reserve_standard_descriptors, silence_stdout
from factlint.decide.suppress import UNUSED_RULE


class DefaultGroup(click.Group):
    """A group whose default command is `check`, so `factlint seeds/` works like `ruff check`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> None:
        """Run the command; an internal error is one line and exit 2, Ctrl-C is exit 130, no traceback."""
        reserve_standard_descriptors()
        guard_stdout()
        try:
            try:
                result = super().invoke(ctx)
            except (click.exceptions.Exit, SystemExit):
                sys.stdout.flush()  # a reader gone or a full disk is found here, not at interpreter exit
                raise
            sys.stdout.flush()
            return result
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("factlint: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader stopped reading (`factlint stories seeds/ | head`): stop quietly, as `cat` does.
            silence_stdout()
            sys.exit(SIGPIPE_EXIT)
        except OutputFault as fault:
            silence_stdout()
            _fail(str(fault))
        except MemoryError:
            _fail("out of memory (lower --max-file-size or --jobs, or check fewer articles at once)")
        except Exception as error:  # noqa: BLE001 - the last line of defence is meant to be broad
            if ctx.meta.get("debug") or os.environ.get("FACTLINT_DEBUG"):
                traceback.print_exc()  # the traceback, and still the exit code of an internal error
                sys.exit(ExitCode.USAGE)
            click.echo(f"factlint {__version__}: internal error: {type(error).__name__}: {error} "
                       "(please report it at the factlint issue tracker; run with --debug for the traceback)",
                       err=True)
            sys.exit(ExitCode.USAGE)


def _fail(message: str) -> None:
    click.echo(f"factlint: {printable(message)}", err=True)
    sys.exit(ExitCode.USAGE)


def _rulebook(extra: tuple[str, ...], no_default: bool = False, folders: list[Path] | None = None) -> Rulebook:
    if folders is None:
        folders = ([] if no_default else [shipped_rules_dir()]) + [Path(p) for p in extra]
    try:
        return load_rulebook(folders)
    except RuleError as error:
        for problem in error.problems:
            click.echo(problem_line(problem), err=True)
        sys.exit(ExitCode.USAGE)


def _configured_rulebook(extra: tuple[str, ...]) -> Rulebook:
    """The shipped rules (unless the configuration drops them), the configured folders, then --rules."""
    config = _config(None, False)
    return _rulebook((*config.rules, *extra), no_default=not config.default_rules)


def _stdin(paths: tuple[str, ...], limit: int = DEFAULT_MAX_BYTES) -> bytes | Problem | None:
    return read_stdin(limit) if STDIN_PATH in paths else None


date_option = click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                           help="Date of articles that give none (front matter `date:` and datelines win).")


def story_options(command):
    """--story-by and --manifest: how articles are grouped into stories."""
    command = click.option("--manifest", type=click.Path(dir_okay=False, exists=True),
                           help="A YAML file listing each story's articles (stories: {id: [paths]}).")(command)
    return click.option("--story-by", type=click.Choice([s.value for s in link.StoryBy]), default=None,
                        help="Group articles without a story of their own by what they say, or by folder.  "
                             "[default: content]")(command)


def _grouping(story_by: str | None, manifest: str | None, config: Config) -> link.Grouping:
    """Stories as the options say, else as the configuration says, else by content."""
    manifest = manifest or config.manifest or None
    try:
        if manifest:
            yamlmarks.check_file(manifest)  # the manifest loader trusts its input; this refuses what would crash it
        mapping = link.load_manifest(manifest) if manifest else {}
    except yamlmarks.YamlError as error:
        _fail(f"{manifest}:{error.line}:{error.column}: story manifest not read: {error.message}")
    except OSError as error:
        _fail(f"cannot read story manifest {manifest}: {error.strerror or error}")
    except link.ManifestError as error:
        _fail(str(error.problem))
    return link.Grouping(link.StoryBy(story_by or config.story_by), mapping)


def _default_date(date: dt.datetime | None, config: Config) -> dt.date | None:
    return date.date() if date else config.date


PROGRESS_MIN_DOCUMENTS = 300


class _Progress:
    """A progress bar on stderr for long runs on a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.bar = None
        self.quiet = not sys.stderr.isatty()

    def __call__(self, advance: int, total: int) -> None:
        if self.quiet or total <= PROGRESS_MIN_DOCUMENTS:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
            self.bar.render_progress()
        self.bar.update(advance)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()


def _cache(no_cache: bool, cache_dir: str | None, root: str) -> Cache | None:
    """The extraction cache: --cache-dir, else .factlint_cache next to the configuration file (or in the
    working directory without one); None with --no-cache."""
    return None if no_cache else Cache(Path(cache_dir) if cache_dir else Path(root) / DEFAULT_DIR)


rules_option = click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                            help="Another folder of rule files (repeatable).")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factlint")
def main() -> None:
    """factlint: find where news articles contradict each other.

    factlint PATHS is short for factlint check PATHS: with no command, the arguments go to `check`."""


def _config(explicit: str | None, isolated: bool) -> Config:
    if isolated:
        return Config()
    path = Path(explicit) if explicit else find_config(Path.cwd())
    if path is None:
        return Config()
    try:
        return load_config(path)
    except OSError as error:
        _fail(f"cannot read config {path}: {error.strerror or error}")
    except ConfigError as error:
        for problem in error.problems:
            click.echo(problem_line(problem), err=True)
        sys.exit(ExitCode.USAGE)


def _use_color(mode: str) -> bool:
    """Colour on a terminal or when FORCE_COLOR is set and not empty (force-color.org), never when NO_COLOR is
    (no-color.org; it wins over FORCE_COLOR, being the reader's own wish); --color overrides all three."""
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


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


def _write(text: str, destination: str, color: bool = False) -> None:
    if destination == STDOUT:
        click.echo(text, nl=False, color=color)  # click strips ANSI off a terminal unless told otherwise
        return
    try:
        write_report(destination, text)
    except WriteError as error:
        _fail(str(error))


@main.command()
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
          show_settings: bool = False) -> None:
    """Check the articles under PATHS (files, folders, or - for stdin) against each other.

    Exit 0 when clean, 1 with findings at or above --fail-on (an article that cannot be read is a `read-error`
    finding), 2 for a mistake in the options, configuration or rules."""
    click.get_current_context().meta["debug"] = debug
    config = _config(config_file, isolated)
    config = dataclasses.replace(config, encoding=encoding or config.encoding,
                                 respect_gitignore=config.respect_gitignore if respect_gitignore is None
                                 else respect_gitignore)
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
        _, report = lint(selected.files, rulebook, rules=rules, stdin_text=_stdin(corpus, max_file_size), named=corpus,
                         default_date=_default_date(date, config), grouping=_grouping(story_by, manifest, config),
                         all_facts=any(output.format in SHOWS_ALL_FACTS for output in wanted),
                         encoding=config.encoding, max_bytes=max_file_size, stdin_path=stdin_filename or STDIN_PATH,
                         cache=cache, jobs=jobs or available_cpus(), progress=progress)
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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(sorted(FACT_FORMATS)), default="table",
              show_default=True, help="A table for people or JSON lines for machines.")
@rules_option
@date_option
@story_options
def facts(paths: tuple[str, ...], output_format: str, rule_dirs: tuple[str, ...], date: dt.datetime | None,
          story_by: str | None = None, manifest: str | None = None) -> None:
    """List every fact factlint extracts from the articles, with its story and event instance; subjects are
    named as most articles spell them."""
    config = _config(None, False)
    rulebook = _rulebook((*config.rules, *rule_dirs), no_default=not config.default_rules)
    result = _read(paths)
    analysis = analyse(result.documents, rulebook, rules=(), all_facts=True, default_date=_default_date(date, config),
                       grouping=_grouping(story_by, manifest, config))
    click.echo(FACT_FORMATS[output_format](analysis.facts), nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@date_option
@story_options
def stories(paths: tuple[str, ...], date: dt.datetime | None, story_by: str | None, manifest: str | None) -> None:
    """List each story: its articles, their dates, and the evidence that grouped them, as the articles write it."""
    config = _config(None, False)
    result = _read(paths)
    analysis = analyse(result.documents, _rulebook(()), rules=(), default_date=_default_date(date, config),
                       grouping=_grouping(story_by, manifest, config))
    shown, timeline = readable_stories(analysis.stories, analysis.timeline, {d.path: d for d in analysis.documents})
    for line in link.describe_stories(shown, timeline):
        click.echo(printable(line))


def _read(paths: tuple[str, ...]):
    """Read the paths, printing each file's problem; a missing path is a usage error."""
    try:
        result = read_paths(paths, stdin_text=_stdin(paths), encoding=_config(None, False).encoding)
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in result.problems:
        click.echo(problem_line(problem), err=True)
    return result


@main.command(name="rules")
@rules_option
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """List the rules: id, kind, severity, on or off by default, and description."""
    for rule in _configured_rulebook(rule_dirs).rules:
        state = "on" if rule.enabled else "off"
        click.echo(f"{rule.id}\t{rule.kind}\t{rule.severity.value}\t{state}\t{' '.join(rule.description.split())}")


@main.command()
@click.argument("rule_id", metavar="RULE")
@rules_option
def explain(rule_id: str, rule_dirs: tuple[str, ...]) -> None:
    """Explain a rule: its description, options, message, and the examples it fails and passes."""
    rules = {rule.id: rule for rule in (*_configured_rulebook(rule_dirs).rules, UNUSED_RULE, READ_ERROR_RULE)}
    if rule_id not in rules:
        close = difflib.get_close_matches(rule_id, list(rules), n=1)
        _fail(f"no rule '{rule_id}'" + (f" (did you mean '{close[0]}'?)" if close else " (see 'factlint rules')"))
    click.echo(explain_rule(rules[rule_id]), nl=False)


@main.command(name="validate-rules")
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
