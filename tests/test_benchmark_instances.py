"""benchmarks/instances: coreference metrics on hand-worked clusterings, the hash split, the MEANTIME reader, responses."""

from __future__ import annotations

import pytest

from benchmarks.instances.metrics import b_cubed, ceaf_e, max_assignment, muc, pairwise, score
from benchmarks.instances.split import Half, group_of, half_of


def labels(*clusters: str) -> dict[str, str]:
    """A labelling from clusters written as strings of one-letter items: labels("abc", "de")."""
    return {item: f"c{number}" for number, cluster in enumerate(clusters) for item in cluster}


# gold, response, then (precision, recall) of pairwise, MUC, B³ and CEAF-e, all worked by hand.
CASES = [
    pytest.param(("abc", "de"), ("ab", "cde"), (1 / 2, 1 / 2), (2 / 3, 2 / 3), (11 / 15, 11 / 15), (4 / 5, 4 / 5),
                 id="one-item-moved"),
    # B³: each item 1 precise, 1/3 recalled. CEAF-e: the best pair scores 2*1/(3+1) = 1/2, over 3 answers and 1 key.
    pytest.param(("abc",), ("a", "b", "c"), (0, 0), (0, 0), (1, 1 / 3), (1 / 6, 1 / 2), id="all-split"),
    # MUC precision: the answer needs 3 links, gold splits it in 2 so 2 are right. CEAF-e: 2*2/(2+4) = 2/3.
    pytest.param(("ab", "cd"), ("abcd",), (1 / 3, 1), (2 / 3, 1), (1 / 2, 1), (2 / 3, 1 / 3), id="all-merged"),
    pytest.param(("ab", "c"), ("ab", "c"), (1, 1), (1, 1), (1, 1), (1, 1), id="identical"),
]


@pytest.mark.parametrize(("gold", "response", "pair", "links", "items", "entities"), CASES)
def test_metrics_on_hand_worked_clusterings(gold, response, pair, links, items, entities):
    gold, response = labels(*gold), labels(*response)
    for metric, expected in ((pairwise, pair), (muc, links), (b_cubed, items), (ceaf_e, entities)):
        found = metric(gold, response)
        assert (found.precision, found.recall) == pytest.approx(expected), metric.__name__


def test_conll_is_the_mean_of_muc_b_cubed_and_ceaf_e():
    scores = score(labels("abc", "de"), labels("ab", "cde"), document=lambda item: item)
    assert scores.conll == pytest.approx((2 / 3 + 11 / 15 + 4 / 5) / 3)


def test_cross_document_pairwise_counts_only_pairs_of_two_articles():
    gold = {"d1#a": 1, "d1#b": 1, "d2#c": 1}
    response = {"d1#a": 1, "d1#b": 1, "d2#c": 2}
    article = lambda item: item.split("#")[0]  # noqa: E731
    assert pairwise(gold, response).precision == 1 and pairwise(gold, response).recall == pytest.approx(1 / 3)
    across = pairwise(gold, response, article)
    assert (across.precision, across.recall, across.f1) == (0, 0, 0)


def test_metrics_refuse_clusterings_of_different_items():
    with pytest.raises(ValueError, match="same items"):
        muc(labels("ab"), labels("abc"))


@pytest.mark.parametrize(("weights", "best"), [
    ([[1, 0], [0, 1]], 2),
    ([[0.9, 0.8], [0.7, 0.0]], 1.5),  # taking the largest weight first would give 0.9
    ([[1, 2, 3]], 3),
    ([[1], [2], [3]], 3),
    ([[3, 2, 1], [3, 2, 1], [3, 2, 1]], 6),
    ([], 0),
])
def test_max_assignment(weights, best):
    assert max_assignment(weights) == pytest.approx(best)


@pytest.mark.parametrize(("cluster", "half"), [
    ("corpus_airbus", Half.HELD_OUT), ("corpus_apple", Half.TUNE), ("corpus_gm", Half.HELD_OUT),
    ("corpus_stock", Half.TUNE), ("ecbplus_t01_a", Half.TUNE), ("ecbplus_t02_a", Half.HELD_OUT),
    ("gva_104543", Half.HELD_OUT), ("allsides_5607", Half.TUNE),
])
def test_the_split_is_stable(cluster, half):
    assert half_of(cluster) is half


def test_an_ecbplus_topic_stays_in_one_half():
    assert group_of("ecbplus_t07_b") == "ecbplus_t07" and group_of("gva_1_a") == "gva_1_a"
    for topic in range(1, 46):
        assert half_of(f"ecbplus_t{topic:02d}_a") is half_of(f"ecbplus_t{topic:02d}_b")
