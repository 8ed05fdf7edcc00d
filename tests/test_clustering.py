"""Average-link clustering over a sparse similarity graph."""

from __future__ import annotations

import pytest

from factlint.link.clustering import average_link


@pytest.mark.parametrize("threshold, clusters", [
    (0.3, [[0, 1], [2], [3, 4]]),
    (0.2, [[0, 1, 2], [3, 4]]),
    (0.95, [[0], [1], [2], [3], [4]]),
])
def test_average_link_is_sparse_and_deterministic(threshold, clusters):
    similarity = {(0, 1): 0.5, (1, 2): 0.5, (3, 4): 0.9, (0, 2): 0.0}
    assert average_link(5, similarity, threshold) == clusters
    assert average_link(5, iter(similarity.items()), threshold) == clusters  # pairs read once, as items
