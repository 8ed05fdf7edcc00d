"""Standard output's faults: closed, full or failing is an OutputFault; a broken pipe stays a BrokenPipeError."""

from __future__ import annotations

import errno
import io
import os

import pytest

from factlint.cli.streams import GuardedStdout, OutputFault


class _Failing(io.RawIOBase):
    """A raw stream whose writes fail with one errno, or take only a few bytes at a time."""

    def __init__(self, error: int | None = None, per_write: int = 1 << 30) -> None:
        self.error, self.per_write, self.taken = error, per_write, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.error is not None:
            raise OSError(self.error, os.strerror(self.error))
        taken = bytes(data[: self.per_write])
        self.taken += taken
        return len(taken)


def _text(raw: io.RawIOBase) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BufferedWriter(raw, buffer_size=16), encoding="utf-8")


@pytest.mark.parametrize("error, expected", [
    (errno.ENOSPC, "cannot write the report to standard output: No space left on device"),
    (errno.EIO, "cannot write the report to standard output: Input/output error"),
    (errno.EBADF, "cannot write the report to standard output: Bad file descriptor"),
])
def test_write_errors_are_output_faults(error, expected):
    with pytest.raises(OutputFault, match=expected):
        GuardedStdout(_text(_Failing(error))).write("report\n" * 100)


def test_a_broken_pipe_stays_a_broken_pipe():
    with pytest.raises(BrokenPipeError):
        GuardedStdout(_text(_Failing(errno.EPIPE))).write("report\n" * 100)


@pytest.mark.parametrize("text, raises", [("report", True), ("", False)])
def test_closed_stdout(text, raises):
    stdout = GuardedStdout(None)
    assert stdout.isatty() is False and stdout.encoding == "utf-8"
    stdout.flush()
    if raises:
        with pytest.raises(OutputFault, match="standard output is closed"):
            stdout.write(text)
    else:
        assert stdout.write(text) == 0


def test_every_byte_is_written_when_the_stream_takes_a_few_at_a_time():
    raw = _Failing(per_write=7)
    stdout = GuardedStdout(_text(raw))
    stdout.write("é" * 1000)
    stdout.flush()
    assert raw.taken.decode("utf-8") == "é" * 1000


def test_a_text_only_stream_is_written_as_it_is():
    buffer = io.StringIO()
    GuardedStdout(buffer).write("x")
    assert buffer.getvalue() == "x"
