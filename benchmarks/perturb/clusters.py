"""Clusters of articles about one event (the corpora's and the seeds'), each in a half by a stable hash."""

from __future__ import annotations

import enum
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.stories import SHARED, load
from factlint.dating import with_date
from factlint.model import Document
from factlint.read import make_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The seeds are two rounds of talks: May's (001, 002, 003) and June's (000, 004).
SEED_CLUSTERS = {"seeds-may": ("001", "002", "003"), "seeds-june": ("000", "004")}
CORPORA = ("gva", "ecbplus", "allsides", "seeds")


class Half(enum.Enum):
    TUNE = "tune"
    HELD_OUT = "held-out"


@dataclass(frozen=True)
class Cluster:
    """The articles of one cluster, as factlint reads them when told they are one story."""

    corpus: str
    id: str
    documents: tuple[Document, ...]

    @property
    def half(self) -> Half:
        return half_of(self.corpus, self.id)


def half_of(corpus: str, cluster: str) -> Half:
    """The half a cluster belongs to, by a hash of its id; ECB+'s two clusters of one topic go together."""
    key = re.sub(r"_[ab]$", "", cluster) if corpus == "ecbplus" else cluster
    return Half.TUNE if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else Half.HELD_OUT


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
