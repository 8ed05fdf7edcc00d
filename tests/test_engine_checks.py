"""The checks per partition of stories (engine/checks.py) give the local loop's results in its order: run here with
a client that does each task at once; tests/test_engine.py runs them on a real cluster."""

from __future__ import annotations

import dataclasses

import pytest

from generated import corpus as generated_corpus
from inline_client import InlineClient

from factlint import check
from factlint.engine.checks import check_on, partitions, per_story
from factlint.model import Scope
from factlint.pipeline import analyse
from factlint.read.documents import make_document

from conftest import SEEDS


@pytest.fixture(scope="module")
def analysed(rulebook):
    texts = {**generated_corpus(), **{p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}}
    documents = [make_document(name, text)[0] for name, text in sorted(texts.items())]
    return analyse(documents, rulebook, rulebook.rules)


def _local(rules, analysis, corpus):
    return [result for rule in rules for result in check.KINDS[rule.kind].check(rule, analysis.facts, corpus)]


@pytest.mark.parametrize("workers", [1, 2, 5])
def test_every_rule_gives_the_local_loops_results_in_its_order(rulebook, analysed, workers):
    from factlint.model import Corpus

    corpus = Corpus({d.path: d for d in analysed.documents}, analysed.stories, analysed.timeline.times,
                    rulebook.lexicon.gazetteer)
    client = InlineClient()
    found = check_on(client, rulebook.rules, analysed.facts, corpus, workers)
    assert found == _local(rulebook.rules, analysed, corpus) and len(found) > 50
    assert client.tasks >= min(workers, 2)  # the per-story rules did run as tasks


@pytest.mark.parametrize("kind, scope, split", [
    ("agreement", Scope.INSTANCE, True),
    ("agreement", Scope.STORY, True),
    ("agreement", Scope.CORPUS, False),
    ("quote-fidelity", Scope.INSTANCE, True),
    ("weekday-date", Scope.ARTICLE, True),
    ("place-of", Scope.INSTANCE, False),  # what lies in what is learnt from every story
    ("pattern", Scope.ARTICLE, False),  # a pattern that timed out anywhere is dropped everywhere after
    ("name-variants", Scope.CORPUS, False),
    ("stale-relative", Scope.CORPUS, False),
])
def test_which_rules_run_per_story(rulebook, kind, scope, split):
    rule = dataclasses.replace(rulebook.rules[0], kind=kind, scope=scope)
    assert per_story(rule) is split


def test_partitions_are_consecutive_runs_of_sorted_stories(analysed):
    parts = partitions(analysed.facts, 4)
    flat = [story for part in parts for story in part]
    assert flat == sorted({item.story for item in analysed.facts}) and 1 < len(parts) <= 4


# Story a says Zelmora lies in Quantavia; story b places one institute in each: one place, told two ways, but only
# the whole corpus knows it. place-of run per story would report b.
CONTAINMENT = {
    "a1.md": "---\nstory: a\n---\nThe gala was held at the Brightwater Hall in Zelmora, Quantavia on Friday.\n",
    "a2.md": "---\nstory: a\n---\nGuests gathered at the Brightwater Hall in Zelmora, Quantavia for the gala.\n",
    "b1.md": "---\nstory: b\n---\nThe hearing opened at the Korvin Institute in Zelmora on Monday.\n",
    "b2.md": "---\nstory: b\n---\nThe hearing opened at the Korvin Institute in Quantavia on Monday.\n",
}


def test_a_kind_that_learns_from_every_story_runs_whole(rulebook):
    from factlint.model import Corpus

    documents = [make_document(name, text)[0] for name, text in CONTAINMENT.items()]
    analysis = analyse(documents, rulebook, rulebook.rules)
    corpus = Corpus({d.path: d for d in analysis.documents}, analysis.stories, analysis.timeline.times,
                    rulebook.lexicon.gazetteer)
    place_of = [rule for rule in rulebook.rules if rule.kind == "place-of"]
    alone = Corpus({p: corpus.documents[p] for p in ("b1.md", "b2.md")}, corpus.stories, corpus.times, corpus.gazetteer)
    assert list(check.KINDS["place-of"].check(place_of[0], [f for f in analysis.facts if f.story == "b"], alone))
    assert check_on(InlineClient(), place_of, analysis.facts, corpus, 2) == _local(place_of, analysis, corpus) == []
