"""Clustering scores for coreference: pairwise, MUC, B³, CEAF-e and their CoNLL mean, over one set of items."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Hashable, Mapping

from benchmarks.stories import pairs

Labels = Mapping[str, Hashable]  # item -> cluster label; gold and response label the same items


@dataclass(frozen=True)
class Score:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class Scores:
    """Every measure of one response against one gold clustering."""

    pairwise: Score
    cross_document: Score
    muc: Score
    b_cubed: Score
    ceaf_e: Score

    @property
    def conll(self) -> float:
        """The CoNLL-2012 figure: the mean of the MUC, B³ and CEAF-e F1."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def clusters(labels: Labels) -> list[frozenset[str]]:
    """The clusters of a labelling, in a stable order."""
    groups: dict[Hashable, list[str]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return sorted((frozenset(members) for members in groups.values()), key=lambda c: (-len(c), min(c)))


def _check_items(gold: Labels, response: Labels) -> None:
    if gold.keys() != response.keys():
        raise ValueError(f"gold and response must label the same items; {len(gold.keys() - response.keys())} only "
                         f"in gold, {len(response.keys() - gold.keys())} only in response")


def pairwise(gold: Labels, response: Labels, document: Callable[[str], str] | None = None) -> Score:
    """Pairs of items the response puts together that gold puts together; with `document`, pairs across documents only."""
    _check_items(gold, response)
    truth = pairs({label: sorted(c) for label, c in enumerate(clusters(gold))})
    guess = pairs({label: sorted(c) for label, c in enumerate(clusters(response))})
    if document is not None:
        truth = {p for p in truth if document(p[0]) != document(p[1])}
        guess = {p for p in guess if document(p[0]) != document(p[1])}
    hits = len(truth & guess)
    return Score(_ratio(hits, len(guess)), _ratio(hits, len(truth)))


def _muc_recall(key: Labels, response: Labels) -> float:
    # Vilain et al. 1995: a key cluster needs |K| - 1 links; the response supplies |K| minus the parts it splits K into.
    found = needed = 0
    for cluster in clusters(key):
        found += len(cluster) - len({response[item] for item in cluster})
        needed += len(cluster) - 1
    return _ratio(found, needed)


def muc(gold: Labels, response: Labels) -> Score:
    """The link-based MUC score."""
    _check_items(gold, response)
    return Score(_muc_recall(response, gold), _muc_recall(gold, response))


def b_cubed(gold: Labels, response: Labels) -> Score:
    """The item-based B³ score (Bagga and Baldwin 1998), every item weighing the same."""
    _check_items(gold, response)
    gold_of = {item: cluster for cluster in clusters(gold) for item in cluster}
    response_of = {item: cluster for cluster in clusters(response) for item in cluster}
    precision = recall = 0.0
    for item in gold:
        common = len(gold_of[item] & response_of[item])
        precision += common / len(response_of[item])
        recall += common / len(gold_of[item])
    return Score(_ratio(precision, len(gold)), _ratio(recall, len(gold)))


def ceaf_e(gold: Labels, response: Labels) -> Score:
    """The entity-based CEAF (Luo 2005, phi4): the best one-to-one alignment of gold and response clusters."""
    _check_items(gold, response)
    keys, answers = clusters(gold), clusters(response)
    total = best_alignment(keys, answers)
    return Score(_ratio(total, len(answers)), _ratio(total, len(keys)))


def best_alignment(keys: list[frozenset[str]], answers: list[frozenset[str]]) -> float:
    """The largest sum of phi4 similarities over one-to-one pairings, solved per group of overlapping clusters."""
    answer_of = {item: index for index, cluster in enumerate(answers) for item in cluster}
    # Clusters that share no item score 0 together, so the bipartite overlap graph splits into
    # independent components; each is small enough for the cubic Hungarian method.
    parent = list(range(len(keys) + len(answers)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for k, cluster in enumerate(keys):
        for item in cluster:
            parent[root(len(keys) + answer_of[item])] = root(k)
    components: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for k in range(len(keys)):
        components[root(k)][0].append(k)
    for a in range(len(answers)):
        components[root(len(keys) + a)][1].append(a)
    total = 0.0
    for rows, columns in components.values():
        similarity = [[2 * len(keys[k] & answers[a]) / (len(keys[k]) + len(answers[a])) for a in columns] for k in rows]
        total += max_assignment(similarity)
    return total


def max_assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one pairing of rows and columns (Hungarian method, O(n²m))."""
    if not weights or not weights[0]:
        return 0.0
    if len(weights) > len(weights[0]):
        weights = [list(column) for column in zip(*weights)]
    rows, columns = len(weights), len(weights[0])
    cost = [[-w for w in row] for row in weights]
    inf = float("inf")
    # Potentials u (rows) and v (columns); match[j] is the 1-based row given column j; column 0 is a sentinel.
    u, v, match, way = [0.0] * (rows + 1), [0.0] * (columns + 1), [0] * (columns + 1), [0] * (columns + 1)
    for row in range(1, rows + 1):
        match[0], column = row, 0
        least, used = [inf] * (columns + 1), [False] * (columns + 1)
        while match[column]:
            used[column], current, delta, nearest = True, match[column], inf, 0
            for j in range(1, columns + 1):
                if not used[j]:
                    reduced = cost[current - 1][j - 1] - u[current] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, column
                    if least[j] < delta:
                        delta, nearest = least[j], j
            for j in range(columns + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = nearest
        while column:
            previous = way[column]
            match[column] = match[previous]
            column = previous
    return sum(weights[match[j] - 1][j - 1] for j in range(1, columns + 1) if match[j])


def score(gold: Labels, response: Labels, document: Callable[[str], str]) -> Scores:
    """All measures of a response against gold; `document` names the document an item comes from."""
    return Scores(pairwise(gold, response), pairwise(gold, response, document),
                  muc(gold, response), b_cubed(gold, response), ceaf_e(gold, response))
