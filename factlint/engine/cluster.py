"""The Dask engine: a client on a cluster (the scheduler at --scheduler, or a LocalCluster of worker processes
started here), extraction as a map over partitions of articles, story inference per time window
(engine/stories.py) and the checks per story (engine/checks.py). Importing this module imports Dask."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Callable, Sequence

from dask.distributed import Client, KilledWorker, LocalCluster, as_completed

import factlint
from factlint import __version__
from factlint.engine import INSTALL_HINT, EngineUnavailable, scatter_each, scatter_one, submit
from factlint.engine.checks import check_on
from factlint.engine.stories import infer_on
from factlint.fanout import Failure, available_cpus, compute
from factlint.model import Corpus, Document, Finding, LinkedFact, Problem, Rule, Story

# Each worker gets about this many partitions of articles, so a slow partition delays little.
PARTITIONS_PER_WORKER = 4
MIN_PARTITION = 8
# How long to wait for a scheduler, and for its first worker.
CONNECT_TIMEOUT = "10s"
WORKER_TIMEOUT = 30


def code_fingerprint() -> str:
    """The factlint version and a hash of every module's source: a worker running other code would compute other
    facts and stories, so the client refuses it."""
    root = Path(factlint.__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return f"{__version__}:{digest.hexdigest()[:16]}"


def compute_partition(todo: Sequence[tuple[Document, tuple[str, ...]]], vocabulary) -> list[dict[str, str | Failure]]:
    """One partition's extraction on a worker: fanout.compute for each article."""
    return [compute(doc, vocabulary, wanted) for doc, wanted in todo]


def partitions(count: int, workers: int) -> list[range]:
    """Consecutive ranges of articles, about PARTITIONS_PER_WORKER per worker, none smaller than MIN_PARTITION."""
    size = max(MIN_PARTITION, -(-count // (max(1, workers) * PARTITIONS_PER_WORKER)))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


class DaskEngine:
    """The pipeline's extraction, story inference and checks on a Dask cluster."""

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self.cluster = cluster

    @classmethod
    def start(cls, scheduler: str | None = None, workers: int | None = None, processes: bool = True) -> DaskEngine:
        """Join the cluster at `scheduler`, or start a LocalCluster of `workers` single-threaded workers (processes,
        or threads of this process when processes is False); EngineUnavailable if it cannot be used."""
        cluster = None
        try:
            if scheduler:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                cluster = LocalCluster(n_workers=workers or available_cpus(), threads_per_worker=1,
                                       processes=processes, dashboard_address=":0", silence_logs=logging.ERROR)
                client = Client(cluster)
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
        engine = cls(client, cluster)
        try:
            engine._check_workers(scheduler)
        except BaseException:
            engine.close()
            raise
        return engine

    def _check_workers(self, scheduler: str | None) -> None:
        try:
            self.client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except TimeoutError as error:
            raise EngineUnavailable(f"the Dask scheduler at {scheduler} has no worker: start `dask worker "
                                    f"{scheduler}` on each machine") from error
        own = code_fingerprint()
        others = {address: found for address, found in self.client.run(code_fingerprint).items() if found != own}
        if others:
            address, found = sorted(others.items())[0]
            raise EngineUnavailable(f"the Dask worker at {address} runs factlint {found}, this client {own}: install "
                                    f"the same factlint on every worker ({INSTALL_HINT} from the same source)")

    @property
    def workers(self) -> int:
        """How many workers the cluster has now."""
        return max(1, len(self.client.nthreads()))

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def extract(self, todo: list[tuple[Document, tuple[str, ...]]], vocabulary, jobs: int,
                progress: Callable[[int], None] | None = None) -> list[dict[str, str | Failure]]:
        """fanout.run_all on the cluster: partitions of articles mapped over the workers, results in order. A
        partition whose worker dies is run again one article per task, so one article costs only itself."""
        if not todo:
            return []
        lexicon = scatter_one(self.client, vocabulary, broadcast=True)
        ranges = partitions(len(todo), self.workers)
        data = scatter_each(self.client, [todo[r.start:r.stop] for r in ranges])
        futures = {submit(self.client, compute_partition, part, lexicon): r for part, r in zip(data, ranges)}
        results: list[dict[str, str | Failure] | None] = [None] * len(todo)
        for future in as_completed(futures):
            span = futures[future]
            try:
                done = future.result()
            except KilledWorker:
                done = [self._alone(todo[i], lexicon) for i in span]
            results[span.start:span.stop] = done
            if progress:
                progress(len(span))
        return results  # type: ignore[return-value]

    def _alone(self, item: tuple[Document, tuple[str, ...]], lexicon) -> dict[str, str | Failure]:
        try:
            return submit(self.client, compute_partition, [item], lexicon).result()[0]
        except KilledWorker:
            return {product: Failure("its worker died (out of memory?)") for product in item[1]}

    def infer(self, documents: Sequence[Document], lines: Sequence | None = None,
              named: Sequence | None = None) -> list[Story]:
        return infer_on(self.client, documents, lines, named, self.workers)

    def check(self, rules: Sequence[Rule], linked: Sequence[LinkedFact], corpus: Corpus) -> list[Finding | Problem]:
        return check_on(self.client, rules, linked, corpus, self.workers)
