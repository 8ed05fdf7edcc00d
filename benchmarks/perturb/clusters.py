"""Clusters of articles about one event (the corpora's and the seeds'), each in a half by a stable hash."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.instances.split import Half, half_of
from benchmarks.stories import SHARED, load
from factlint.extract.dating import with_date
from factlint.model import Document
from factlint.read.documents import make_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The seeds are two rounds of talks: May's (001, 002, 003) and June's (000, 004).
SEED_CLUSTERS = {"seeds-may": ("001", "002", "003"), "seeds-june": ("000", "004")}
CORPORA = ("gva", "ecbplus", "allsides", "seeds")


@dataclass(frozen=True)
class Cluster:
    """The articles of one cluster, as factlint reads them when told they are one story."""

    corpus: str
    id: str
    documents: tuple[Document, ...]

    @property
    def half(self) -> Half:
        return half_of(self.id)


def available(corpus: str) -> bool:
    """Whether the corpus can be read here (the seeds always; the others only beside ../shared)."""
    return corpus == "seeds" or (SHARED / f"{corpus}-clusters.jsonl.gz").is_file()


def load_clusters(corpus: str) -> list[Cluster]:
    """The clusters of a corpus, in the order of their first article."""
    if corpus == "seeds":
        return [Cluster("seeds", cluster, tuple(_seed(path, cluster) for number in numbers
                                                 for path in sorted(SEEDS.glob(f"{number}_*.txt"))))
                for cluster, numbers in SEED_CLUSTERS.items()]
    documents, gold = load(corpus, story=True)
    members: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        members[gold[document.path]].append(document)
    return [Cluster(corpus, cluster, tuple(docs)) for cluster, docs in members.items()]


def _seed(path: Path, cluster: str) -> Document:
    text = f"---\nstory: {cluster}\n---\n" + path.read_text(encoding="utf-8")
    return with_date(make_document(f"seeds/{path.name}", text)[0])
