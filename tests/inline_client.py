"""A stand-in for dask.distributed.Client that runs each task at once in this process, for testing the engine's
orchestration without a cluster: scatter, submit (futures as arguments, also inside lists and tuples) and gather."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Done:
    """A finished task's value."""

    value: Any


def _resolve(argument: Any) -> Any:
    if isinstance(argument, Done):
        return argument.value
    if isinstance(argument, (list, tuple)):
        return type(argument)(_resolve(item) for item in argument)
    return argument


class InlineClient:
    """Runs every task when it is submitted; counts them."""

    def __init__(self) -> None:
        self.tasks = 0

    def scatter(self, data: list, broadcast: bool = False, hash: bool = True) -> list[Done]:
        return [Done(item) for item in data]

    def submit(self, function: Callable, *args: Any, pure: bool = True) -> Done:
        self.tasks += 1
        return Done(function(*_resolve(args)))

    def gather(self, futures: list[Done]) -> list[Any]:
        return [future.value for future in futures]
