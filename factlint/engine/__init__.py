"""Where the pipeline's heavy steps run: the local engine (this process and its worker processes: fanout.py,
link/stories.py, the checks in pipeline.py) or a Dask cluster (`--engine dask`, the optional extra
`factlint[dask]`). An Engine does three things for the pipeline: extraction, story inference and the checks; the
Dask engine's output equals the local engine's. Dask is imported only when the Dask engine is asked for."""

from __future__ import annotations

import enum
from contextlib import contextmanager
from typing import Callable, Iterator, Protocol, Sequence

from factlint.model import Corpus, Document, Finding, LinkedFact, Problem, Rule, Story

# How to get Dask, said wherever it is missing.
INSTALL_HINT = "pip install 'factlint[dask]'"


class EngineKind(str, enum.Enum):
    """Which engine runs a check."""

    LOCAL = "local"
    DASK = "dask"


class EngineUnavailable(Exception):
    """The engine asked for cannot run: Dask is not installed, the scheduler cannot be reached, or its workers run
    another factlint. The message says which and what to do."""


class Engine(Protocol):
    """The pipeline's heavy steps, run somewhere other than the local engine."""

    def extract(self, todo: list[tuple[Document, tuple[str, ...]]], vocabulary: object, jobs: int,
                progress: Callable[[int], None] | None = None) -> list[dict]:
        """fanout.run_all's contract: each document's wanted products (payloads, or fanout.Failure), in order."""

    def infer(self, documents: Sequence[Document], lines: Sequence | None = None,
              named: Sequence | None = None) -> list[Story]:
        """link.stories.infer's contract: the stories inferred from content, equal to infer's."""

    def check(self, rules: Sequence[Rule], linked: Sequence[LinkedFact], corpus: Corpus) -> list[Finding | Problem]:
        """Every rule's results, in the order the local loop over the rules gives them."""


def scatter_one(client, value: object, broadcast: bool = False):
    """One value sent to the cluster as one piece of data (a future): Client.scatter would send each item of a list,
    tuple or set on its own."""
    [future] = client.scatter([value], broadcast=broadcast, hash=False)
    return future


def scatter_each(client, values: Sequence[object]) -> list:
    """Each value sent to the cluster as a piece of data of its own (a future each); none for none, as Client.scatter
    of an empty list fails on the scheduler."""
    return client.scatter(list(values), hash=False) if values else []


def submit(client, function: Callable, *args: object):
    """A task on the cluster, under a key of its own: Dask would otherwise hash every argument to name the task
    (walking every pair and list it is given, which on a large corpus cost the client more than the work)."""
    return client.submit(function, *args, pure=False)


@contextmanager
def open_engine(kind: EngineKind, scheduler: str | None = None, workers: int | None = None
                ) -> Iterator[Engine | None]:
    """The engine for a run, closed afterwards: None for the local engine (the pipeline's own code), else a Dask
    engine on the cluster at `scheduler`, or on a LocalCluster of `workers` processes started here.

    EngineUnavailable when Dask is not installed or the cluster cannot be used."""
    if kind is EngineKind.LOCAL:
        yield None
        return
    try:
        from factlint.engine.cluster import DaskEngine
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("dask", "distributed", "toolz", "cloudpickle", "tornado"):
            raise  # a bug of factlint's own, not a missing extra
        raise EngineUnavailable(f"--engine dask needs Dask, which is not installed ({error.name or error}): "
                                f"{INSTALL_HINT}") from error
    engine = DaskEngine.start(scheduler, workers)
    try:
        yield engine
    finally:
        engine.close()
