"""The story-clustering fast path groups articles as link.group_stories does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import link, story_clusters
from factlint.read import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

SYNTHETIC = [
    "Flooding in Valencia killed 12 people on Monday. Rescue teams searched the Turia riverbed.",
    "Rescue teams searched the Turia riverbed after flooding in Valencia killed 12 people.",
    "The Valencia flooding left the Turia riverbed full of cars; rescue teams searched it.",
    "Lionel Messi scored twice as Inter Miami beat Orlando City in the Leagues Cup.",
    "Inter Miami beat Orlando City 3-1; Lionel Messi scored twice in the Leagues Cup match.",
    "The central bank raised interest rates by a quarter point to fight inflation.",
]


def _synthetic():
    return [make_document(f"{i}.md", text)[0] for i, text in enumerate(SYNTHETIC)]


@pytest.mark.parametrize("documents", [
    pytest.param(lambda: read_paths([str(SEEDS)]).documents, id="seeds"),
    pytest.param(_synthetic, id="synthetic"),
])
def test_same_stories_as_link(documents):
    docs = documents()
    assert story_clusters.group_stories(docs) == link.group_stories(docs)


def test_features_are_link_features():
    for doc in read_paths([str(SEEDS)]).documents:
        assert story_clusters.features(doc) == link._features(doc)


def test_precomputed_features_are_used():
    docs = _synthetic()
    vectors = {doc.path: story_clusters.features(doc) for doc in docs}
    vectors["5.md"] = dict(vectors["0.md"])  # pretend the bank article says what the first says
    stories = story_clusters.group_stories(docs, vectors)
    assert any({"0.md", "5.md"} <= set(story.paths) for story in stories)


def test_components_split_on_strong_pairs_only():
    assert sorted(story_clusters._components(5, [(0, 2), (3, 4)])) == [[0, 2], [1], [3, 4]]
