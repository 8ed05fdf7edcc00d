"""Which changes may be planted: statements one article makes that another article of its cluster makes too."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, replace

from benchmarks.perturb.clusters import Cluster
from benchmarks.perturb.mention import Mention, Spec
from factlint.model import Document
from factlint.read.documents import line_starts


@dataclass(frozen=True)
class Candidate:
    """A change that may be planted: a mention in one article of a cluster, stated elsewhere in the cluster."""

    cluster: Cluster
    document: Document
    mention: Mention

    @property
    def line(self) -> int:
        return self.document.position(self.mention.start)[0]

    def changed(self) -> Document:
        """The article with the change made (one line's text differs; front matter, date and lines as before)."""
        text = self.mention.applied(self.document.text)
        return replace(self.document, text=text, line_starts=line_starts(text))

    def changed_cluster(self) -> list[Document]:
        """The cluster's articles with this one changed."""
        changed = self.changed()
        return [changed if doc.path == changed.path else doc for doc in self.cluster.documents]


def candidates(cluster: Cluster, spec: Spec) -> list[Candidate]:
    """Every mention of the family whose statement another article of the cluster also makes."""
    if len(cluster.documents) < 2:
        return []
    witnesses = {doc.path: spec.witnesses(doc.text) for doc in cluster.documents}
    found = []
    for document in cluster.documents:
        for mention in spec.find(document.text):
            if mention.replacement and mention.replacement != mention.original and any(
                    spec.stated_in(mention, witnesses[other.path])
                    for other in cluster.documents if other.path != document.path):
                found.append(Candidate(cluster, document, mention))
    return found


def sample(found: list[Candidate], size: int, rng: random.Random) -> list[Candidate]:
    """Up to `size` candidates spread over clusters: one from each cluster in a shuffled order, then round again."""
    by_cluster: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in found:
        by_cluster[candidate.cluster.id].append(candidate)
    order = sorted(by_cluster)
    rng.shuffle(order)
    pools = [rng.sample(by_cluster[cluster], len(by_cluster[cluster])) for cluster in order]
    chosen: list[Candidate] = []
    while len(chosen) < size and any(pools):
        for pool in pools:
            if pool and len(chosen) < size:
                chosen.append(pool.pop())
    return chosen


def family_candidates(clusters: list[Cluster], spec: Spec) -> list[Candidate]:
    """The candidates of one family over many clusters."""
    return [candidate for cluster in clusters for candidate in candidates(cluster, spec)]
