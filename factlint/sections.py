"""A checksummed section of a file (the run state's, factlint.runstate): written through a hash that counts what
passes, and read back through one no further than its length, so neither side holds the section whole."""

from __future__ import annotations

import hashlib
import pickle
from typing import BinaryIO


class Hashed:
    """A file written through, hashing and counting what passes: a section is pickled straight into the file, never
    held whole in memory (on the pile, a state of about 100 MB)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.digest, self.length = out, hashlib.sha256(), 0

    def write(self, data: bytes | pickle.PickleBuffer) -> int:
        self.digest.update(data)
        self.length += memoryview(data).nbytes  # pickle writes a large buffer as it is (a PickleBuffer)
        return self.out.write(data)


class Reading:
    """A section read through, no further than its length, hashing what passes (pickle.load's file)."""

    def __init__(self, handle: BinaryIO, length: int) -> None:
        self.handle, self.left, self.digest = handle, length, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(self.left if size is None or size < 0 else min(size, self.left))
        self.left -= len(data)
        self.digest.update(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        view = memoryview(buffer).cast("B")[: self.left]
        count = self.handle.readinto(view) or 0
        self.left -= count
        self.digest.update(view[:count])
        return count

    def readline(self) -> bytes:
        data = self.handle.readline(self.left)
        self.left -= len(data)
        self.digest.update(data)
        return data
