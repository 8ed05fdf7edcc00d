"""Average-link clustering over a sparse similarity graph."""

from __future__ import annotations

import random

import pytest

from factlint.link.clustering import average_link, average_link_within, columns, components


@pytest.mark.parametrize("threshold, clusters", [
    (0.3, [[0, 1], [2], [3, 4]]),
    (0.2, [[0, 1, 2], [3, 4]]),
    (0.95, [[0], [1], [2], [3], [4]]),
])
def test_average_link_is_sparse_and_deterministic(threshold, clusters):
    similarity = {(0, 1): 0.5, (1, 2): 0.5, (3, 4): 0.9, (0, 2): 0.0}
    assert average_link(5, similarity, threshold) == clusters
    assert average_link(5, iter(similarity.items()), threshold) == clusters  # pairs read once, as items


@pytest.mark.parametrize("seed", range(30))
@pytest.mark.parametrize("threshold", [0.1, 0.3])
def test_clustering_each_component_apart_gives_the_clusters_of_one_run(seed, threshold):
    """Clusters never span two components of the pairs at the threshold, so running each apart changes nothing,
    ties included (values on a coarse grid tie often)."""
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    similarity = {}
    for _ in range(rng.randint(0, 3 * n)):
        a, b = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
        if a != b:
            similarity[(a, b)] = rng.choice([0.0, 0.05, 0.1, 0.2, 0.3, 0.5, rng.random()])
    firsts = [a for a, _ in similarity]
    seconds = [b for _, b in similarity]
    assert average_link_within(n, firsts, seconds, list(similarity.values()), threshold) == \
        average_link(n, similarity, threshold)


def test_components_join_nodes_through_any_chain_of_pairs():
    assert components(6, [(0, 2), (2, 4), (3, 5)]) == [0, 1, 0, 3, 0, 3]


@pytest.mark.parametrize("seed", range(20))
def test_lowering_asked_only_of_pairs_that_can_matter_gives_the_clusters_of_lowering_all(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 30)
    similarity = {}
    for _ in range(3 * n):
        a, b = sorted(rng.sample(range(n), 2))
        similarity[(a, b)] = rng.choice([0.05, 0.1, 0.2, 0.4, rng.random()])
    factors = {pair: rng.choice([0.0, 0.5, 1.0]) for pair in similarity}
    firsts, seconds, values = columns((a, b, v) for (a, b), v in similarity.items())
    asked = []

    def lower(k: int) -> float:
        asked.append(k)
        return values[k] * factors[(firsts[k], seconds[k])]

    lowered = {pair: value * factors[pair] for pair, value in similarity.items()}
    assert average_link_within(n, firsts, seconds, values, 0.1, lower) == average_link(n, lowered, 0.1)
    assert len(asked) == len(set(asked))
