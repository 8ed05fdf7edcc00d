"""What the subcommands share: the configuration and rulebook they load, the options they take, how they
read articles and write reports, and how a usage error ends the run."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from factlint import link
from factlint.cache import DEFAULT_DIR, Cache
from factlint.config import Config, ConfigError, find_config, load_config
from factlint.model import ExitCode, Problem
from factlint.read import yamlmarks
from factlint.read.documents import STDIN_PATH, MissingPathError, read_paths
from factlint.read.filesystem import DEFAULT_MAX_BYTES, read_stdin
from factlint.report.outputs import STDOUT, WriteError, write_report
from factlint.report.printable import printable, problem_line
from factlint.rulebook.rule_files import RuleError, Rulebook, load_rulebook, shipped_rules_dir


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


def _write(text: str, destination: str, color: bool = False) -> None:
    if destination == STDOUT:
        click.echo(text, nl=False, color=color)  # click strips ANSI off a terminal unless told otherwise
        return
    try:
        write_report(destination, text)
    except WriteError as error:
        _fail(str(error))


def _read(paths: tuple[str, ...]):
    """Read the paths, printing each file's problem; a missing path is a usage error."""
    try:
        result = read_paths(paths, stdin_text=_stdin(paths), encoding=_config(None, False).encoding)
    except MissingPathError as error:
        _fail(f"path does not exist: {error}")
    for problem in result.problems:
        click.echo(problem_line(problem), err=True)
    return result
