"""Clustering each connected component alone (engine/components.py) gives average_link's clusters over the whole
graph: property tests on random sparse graphs, with pairs below the threshold inside and between components."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.engine.components import EVIDENCE_PAIRS, Component, batches, cluster, components
from factlint.link.clustering import average_link

THRESHOLD = 0.1


@st.composite
def graphs(draw):
    """A sparse graph: n articles, pairs (a < b) with values around the threshold."""
    n = draw(st.integers(1, 24))
    pairs = draw(st.dictionaries(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
                                 st.sampled_from([0.0, 0.03, 0.06, 0.09, 0.1, 0.12, 0.2, 0.35, 0.6]), max_size=60))
    return n, pairs


def merged(n: int, pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    first, second = array("l", [a for a, _ in pairs]), array("l", [b for _, b in pairs])
    values = array("d", pairs.values())
    found = [list(c) for part in components(n, first, second, values, values, THRESHOLD)
             for c in cluster(part, THRESHOLD).clusters]
    grouped = {m for c in found for m in c}
    return sorted(found + [[p] for p in range(n) if p not in grouped])


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_components_clustered_alone_are_the_whole_graphs_clusters(graph):
    n, pairs = graph
    assert merged(n, pairs) == average_link(n, pairs, THRESHOLD)


def test_pairs_below_the_threshold_inside_a_component_count():
    # 0-1 and 1-2 link; 0-2 below the threshold still lowers {0,1} + {2} to an average under it.
    pairs = {(0, 1): 0.5, (1, 2): 0.12, (0, 2): 0.0}
    assert merged(3, pairs) == average_link(3, pairs, THRESHOLD) == [[0, 1], [2]]
    pairs[(0, 2)] = 0.09
    assert merged(3, pairs) == average_link(3, pairs, THRESHOLD) == [[0, 1, 2]]


def test_a_storys_evidence_pairs_are_its_most_similar():
    part = Component((3, 5, 9), array("l", [3, 3, 5]), array("l", [5, 9, 9]), array("d", [0.5, 0.3, 0.2]),
                     array("d", [0.9, 0.4, 0.7]))
    found = cluster(part, THRESHOLD)
    assert found.clusters == ((3, 5, 9),)
    assert found.linked == (((3, 5), (5, 9), (3, 9)),) and EVIDENCE_PAIRS >= 3


def test_batches_deal_every_component_once_the_largest_first():
    parts = [Component((i, i + 100), array("l", [i] * i), array("l", [i + 100] * i), array("d"), array("d"))
             for i in range(1, 8)]
    dealt = batches(parts, 3)
    assert sorted(c.members for batch in dealt for c in batch) == sorted(c.members for c in parts)
    assert len(dealt) == 3 and dealt[0][0].members == (7, 107)
