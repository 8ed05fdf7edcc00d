"""The story state's flat records (link/story_state.py): tables of counts and postings by 64-bit key, and records
whose arrays pickle as their buffers in place (protocol 5), never first copied into bytes as array pickles itself."""

from __future__ import annotations

import pickle
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field


def _array(typecode: str, data: bytes | bytearray) -> array:
    out = array(typecode)
    out.frombytes(data)
    return out


class _Flat:
    """An array as the run state pickles it: its buffer written in place (protocol 5), not first copied into a bytes
    object as array pickles itself (on the pile, a copy of the largest postings array while the state is written)."""

    __slots__ = ("value",)

    def __init__(self, value: array) -> None:
        self.value = value

    def __reduce_ex__(self, protocol: int) -> tuple:
        data = pickle.PickleBuffer(self.value) if protocol >= 5 else self.value.tobytes()
        return _array, (self.value.typecode, data)


class Flattened:
    """A record whose arrays pickle flat (_Flat)."""

    def __reduce__(self) -> tuple:
        values = (getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]
        return type(self), tuple(_Flat(v) if isinstance(v, array) else v for v in values)


@dataclass(frozen=True)
class Table(Flattened):
    """Counts by 64-bit key (sorted), with postings where kept: key i's holders (stable ids) and their weights are
    holders[starts[i] : starts[i] + counts[i]]."""

    keys: array
    counts: array
    starts: array = field(default_factory=lambda: array("q"))
    holders: array = field(default_factory=lambda: array("i"))
    weights: array = field(default_factory=lambda: array("d"))

    def find(self, key: int) -> int:
        at = bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else -1

    def count(self, key: int) -> int:
        at = self.find(key)
        return self.counts[at] if at >= 0 else 0
