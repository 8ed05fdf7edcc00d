"""`factlint facts` and `factlint stories`: what factlint extracted and how it grouped the articles."""

from __future__ import annotations

import datetime as dt

import click

from factlint import link
from factlint.cli.common import (_config, _default_date, _grouping, _read, _rulebook, date_option, rules_option,
                                 story_options)
from factlint.pipeline import analyse
from factlint.report.facts import FACT_FORMATS
from factlint.report.printable import printable
from factlint.report.stories import readable as readable_stories


@click.command()
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


@click.command()
@click.argument("paths", nargs=-1, required=True)
@date_option
@story_options
def stories(paths: tuple[str, ...], date: dt.datetime | None, story_by: str | None, manifest: str | None) -> None:
    """List each story: its articles, their dates, each episode's event mentions (the event words facts attach
    to), and the evidence that grouped them, as the articles write it."""
    config = _config(None, False)
    result = _read(paths)
    analysis = analyse(result.documents, _rulebook(()), rules=(), all_facts=True,
                       default_date=_default_date(date, config), grouping=_grouping(story_by, manifest, config))
    shown, timeline = readable_stories(analysis.stories, analysis.timeline, {d.path: d for d in analysis.documents})
    for line in link.describe_stories(shown, timeline, analysis.facts):
        click.echo(printable(line))
