"""engine/local.py: a story's key changes with everything its linking and checks read, and only with that; rules
are sorted into those run per story, over every fact unlinked, or whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from factlint.engine.local import Sort, sort_of, sources_of, story_key
from factlint.link.episodes import Episode
from factlint.link.references import Reference
from factlint.link.timeline import Timeline
from factlint.model import ArticleTime, Scope, Story
from factlint.rulebook.rule_files import load_rulebook

STORY = Story("a.md", ("a.md", "b.md"), ("talks geneva",))
OTHER = Story("c.md", ("c.md",), ("strike oslo",))
REF = Reference("c.md", 10, 40, "last month", "c.md", "a.md", 1, 0, ("talks",), 2, "a.md")


def _timeline(times=None, references=(REF,)) -> Timeline:
    day = dt.date(2023, 5, 4)
    episode = Episode("main", "a.md", ("a.md", "b.md"), day, day, "calendar")
    return Timeline(times or {p: ArticleTime(day, "calendar", "its own date") for p in ("a.md", "b.md", "c.md")},
                    tuple(references), {"a.md": episode, "b.md": episode,
                                        "c.md": Episode("main", "c.md", ("c.md",), day, day, "calendar")})


def _key(story=STORY, digests=None, timeline=None, rules="r") -> str:
    timeline = timeline or _timeline()
    refs: dict = {}
    for ref in timeline.references:
        refs.setdefault(ref.path, []).append(ref)
    sources = sources_of([STORY, OTHER], timeline)[story.id]
    return story_key(story, sources, digests or {"a.md": "1", "b.md": "2", "c.md": "3"}, timeline, refs, rules)


def test_sources_are_the_articles_and_those_referring_into_the_story():
    assert sources_of([STORY, OTHER], _timeline()) == {"a.md": ("a.md", "b.md", "c.md"), "c.md": ("c.md",)}


def test_equal_inputs_made_afresh_give_the_same_key():
    assert _key() == _key(timeline=_timeline(), digests={"a.md": "1", "b.md": "2", "c.md": "3"})


@pytest.mark.parametrize("change", [
    dict(digests={"a.md": "1", "b.md": "changed", "c.md": "3"}),  # a member's text
    dict(digests={"a.md": "1", "b.md": "2", "c.md": "changed"}),  # a referring article's text
    dict(timeline=_timeline(times={"a.md": ArticleTime(dt.date(2023, 5, 5), "calendar", "its own date")})),
    dict(timeline=_timeline(references=(dataclasses.replace(REF, months=2),))),
    dict(timeline=_timeline(references=())),
    dict(story=dataclasses.replace(STORY, evidence=("front matter story",))),
    dict(rules="other rules"),
], ids=["member text", "referring text", "time", "reference", "no reference", "declared", "rules"])
def test_the_key_follows_what_the_story_reads(change):
    assert _key(**change) != _key()


def test_an_unrelated_article_does_not_change_the_key():
    assert _key(digests={"a.md": "1", "b.md": "2", "c.md": "3", "z.md": "9"}) == _key()


@pytest.mark.parametrize("rule_id, scope, expected", [
    ("date-agreement", None, Sort.LOCAL),
    ("date-agreement", Scope.CORPUS, Sort.WHOLE),
    ("repeated-word", None, Sort.LOCAL),
    ("place-of", None, Sort.LOCAL),
    ("name-variants", None, Sort.CORPUS),
    ("name-variants", Scope.STORY, Sort.LOCAL),
    ("stale-relative-date", None, Sort.CORPUS),
    ("event-time", None, Sort.WHOLE),
    ("restated-date", None, Sort.LOCAL),
])
def test_rules_are_sorted_by_what_they_read(rule_id, scope, expected):
    rule = next(r for r in load_rulebook().rules if r.id == rule_id)
    assert sort_of(rule if scope is None else dataclasses.replace(rule, scope=scope)) is expected
