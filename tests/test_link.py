"""Linking: stories on the seeds, and event instances from a statement's own time expressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import link
from factlint.extract import durations
from factlint.read import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seed_stories_are_the_two_rounds():
    documents = read_paths([str(SEEDS)]).documents
    stories = link.group_stories(documents)
    groups = sorted(sorted(Path(p).name[:3] for p in story.paths) for story in stories)
    assert groups == [["000", "004"], ["001", "002", "003"]]
    assert all(story.evidence for story in stories)


def test_front_matter_story_wins():
    docs = [make_document(f"{i}.md", f"---\nstory: s{i % 2}\n---\nText {i}.")[0] for i in range(4)]
    stories = link.group_stories(docs)
    assert [story.paths for story in stories] == [("0.md", "2.md"), ("1.md", "3.md")]


def test_unrelated_articles_stay_apart():
    docs = [
        make_document("a.txt", "Dockers in Antwerp began a strike over pay on Monday, the union said.")[0],
        make_document("b.txt", "The orchestra opened its winter season with Mahler in Vienna.")[0],
    ]
    assert len(link.group_stories(docs)) == 2


@pytest.mark.parametrize("sentence, instance", [
    ("The five-day talks ended on Thursday.", "main"),
    ("Blinken said Thursday at the conclusion of the five-day talks.", "main"),
    ("They held five-day peace talks at the Center last month, following which they met.", "other:last month"),
    ("Workers held a two-week strike in 2016.", "other:in 2016"),
    ("In March, he spent two days in Geneva.", "other:in march"),
    ("Last year's summit lasted five days.", "other:last year"),
    ("The first round of talks lasted four days.", "other:the first round"),
    ("The talks lasted four days, two years ago.", "other:two years ago"),
])
def test_instances(rulebook, sentence, instance):
    document = make_document("a.txt", sentence)[0]
    (fact,) = durations.extract(document, rulebook.lexicon)
    assert link.instance_of(document, fact)[0] == instance
