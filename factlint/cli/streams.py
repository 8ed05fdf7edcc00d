"""Standard output as factlint writes to it: closed, full or failing, it is a fault with a message and an exit code.

A reader that went away (`factlint facts seeds/ | head -1`) is not a fault: the run stops quietly with 141, as
a shell reports a program that SIGPIPE stopped. Everything else that keeps the report from being written
(`>&-`, `> /dev/full`, an I/O error) is told in one line on standard error, with exit code 2.
"""

from __future__ import annotations

import os
import select
import sys
from typing import Any, TextIO

# 128 + SIGPIPE, what a shell reports for a program that stopped because its reader went away.
SIGPIPE_EXIT = 141


class OutputFault(Exception):
    """Standard output cannot take the report; the message says why."""


class GuardedStdout:
    """Standard output whose write and flush errors are OutputFaults (a broken pipe stays BrokenPipeError)."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write, or raise OutputFault naming why standard output cannot take it."""
        if self._stream is None:
            if text:
                raise OutputFault("cannot write the report: standard output is closed")
            return 0
        return self._guarded(self._write_all, text)

    def flush(self) -> None:
        """Flush, or raise OutputFault."""
        if self._stream is not None:
            self._guarded(self._stream.flush)

    def isatty(self) -> bool:
        """Whether standard output is a terminal; a closed one is not."""
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def _write_all(self, text: str) -> int:
        """Write every byte: a pipe may take only part of a large write, and the text layer drops the rest unseen."""
        buffer = getattr(self._stream, "buffer", None)
        if buffer is None:  # a stream of text only (a test's StringIO)
            return self._stream.write(text)
        self._stream.flush()
        data = memoryview(text.replace("\n", os.linesep).encode(self._stream.encoding or "utf-8",
                                                                 self._stream.errors or "strict"))
        while data:
            try:
                written = buffer.write(data) or 0
            except BlockingIOError as error:  # a non-blocking stdout (some CI runners): wait until it takes more
                written = error.characters_written
                select.select([], [buffer], [], 1.0)
            data = data[written:]
        buffer.flush()
        return len(text)

    def _guarded(self, action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:  # ValueError: the stream was closed under us
            reason = getattr(error, "strerror", None) or str(error)
            raise OutputFault(f"cannot write the report to standard output: {reason}") from error

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            if name in ("encoding", "errors"):
                return {"encoding": "utf-8", "errors": "strict"}[name]
            raise AttributeError(name)
        return getattr(self._stream, name)


def reserve_standard_descriptors() -> None:
    """Point a closed descriptor 0, 1 or 2 at the null device, so no file factlint opens lands on it."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            try:
                opened = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if opened != descriptor:  # the lowest free descriptor is taken, so this is the closed one
                os.dup2(opened, descriptor)
                os.close(opened)


def guard_stdout() -> None:
    """Make standard output's faults OutputFaults for the rest of the run; a closed standard error (`2>&-`) takes
    messages to the null device, as nothing can show them."""
    if not isinstance(sys.stdout, GuardedStdout):
        sys.stdout = GuardedStdout(sys.stdout)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")


def silence_stdout() -> None:
    """Point standard output at the null device, so that flushing what is left at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (a test runner's buffer)
        pass
