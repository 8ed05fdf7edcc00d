"""Article files found and read without trusting the file system: bounded reads, regular files only from folders.

A folder may hold a FIFO (reading it waits for a writer that never comes), a device (/dev/zero never ends), a
socket, a folder the OS will not list (no permission, a path past PATH_MAX) or a link that loops. None of these
may hang a run, exhaust memory or be skipped without a word: each is a Problem naming the path. What the user
names on the command line is read even when it is not a regular file (a FIFO, `<(process substitution)`,
`-` for standard input), but never more than the size limit.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
import sys
import time
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

from factlint.model import Problem

STDIN_PATH = "-"
DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown")
DEFAULT_MAX_BYTES = 10_000_000
_CHUNK = 1 << 20


class MissingPathError(Exception):
    """A path named on the command line does not exist."""


class FileKind(enum.Enum):
    """What a path is, as a message names it."""

    REGULAR = "file"
    FOLDER = "folder"
    FIFO = "FIFO (named pipe)"
    CHARACTER_DEVICE = "character device"
    BLOCK_DEVICE = "block device"
    SOCKET = "socket"
    OTHER = "special file"


def file_kind(mode: int) -> FileKind:
    """The kind of file an os.stat mode describes."""
    for test, kind in ((stat.S_ISREG, FileKind.REGULAR), (stat.S_ISDIR, FileKind.FOLDER),
                       (stat.S_ISFIFO, FileKind.FIFO), (stat.S_ISCHR, FileKind.CHARACTER_DEVICE),
                       (stat.S_ISBLK, FileKind.BLOCK_DEVICE), (stat.S_ISSOCK, FileKind.SOCKET)):
        if test(mode):
            return kind
    return FileKind.OTHER


def discover(paths: Iterable[str], extensions: tuple[str, ...] = DEFAULT_EXTENSIONS) -> list[str]:
    """Expand files and folders (recursively, symlink loops skipped) into a list of paths, each folder's sorted.

    A folder that cannot be listed is kept in the list as it is, so that reading it reports why."""
    found: list[str] = []
    for raw in paths:
        if raw != STDIN_PATH and _is_folder(raw):
            found.extend(sorted(_walk(raw, extensions)))
        else:
            found.append(raw)
    seen: set[str] = set()
    return [p for p in found if not (p in seen or seen.add(p))]


def _is_folder(raw: str) -> bool:
    """Whether a named path is a folder; MissingPathError when nothing is there (a broken link is reported when read)."""
    try:
        return stat.S_ISDIR(os.stat(raw).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.lexists(raw):
            return False
        raise MissingPathError(raw) from None
    except (OSError, ValueError):  # too long, a link loop, no permission: reading it reports the OS's reason
        return False


def _walk(root: str, extensions: tuple[str, ...]) -> Iterator[str]:
    """Article files under root (without hidden names), following links to folders once; unlistable folders as they are."""
    visited: set[str] = set()
    stack = [root]
    while stack:  # a stack, not recursion: a tree may be deeper than Python's recursion limit
        folder = stack.pop()
        try:
            real = os.path.realpath(folder)
            if real in visited:
                continue
            visited.add(real)
            with os.scandir(folder) as listing:
                entries = list(listing)
        except (OSError, ValueError):
            yield folder
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()  # follows links
            except OSError:  # a link that loops: reading it reports that
                is_folder = False
            if is_folder:
                stack.append(entry.path)
            elif entry.name.lower().endswith(extensions):
                yield entry.path


@dataclass(frozen=True)
class FileStamp:
    """What tells a regular file unchanged without reading it, as git's index does: its size, modification and
    change times and inode, taken (at `seen_ns`, the wall clock) before its bytes were read."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    seen_ns: int

    @property
    def text(self) -> str:
        return f"{self.size}:{self.mtime_ns}:{self.ctime_ns}:{self.inode}"

    @property
    def changed_ns(self) -> int:
        """When the file last changed, content or metadata (a write sets both times; utime only the first)."""
        return max(self.mtime_ns, self.ctime_ns)


def read_bytes(path: str, limit: int, named: bool, stamps: dict[str, FileStamp] | None = None) -> bytes | Problem:
    """At most `limit` bytes of a file, or the Problem that kept it from being read.

    A regular file over the limit is refused before it is read; anything else is read only when the user
    named it, and refused once more than `limit` bytes have come. `stamps` gets a regular file's FileStamp."""
    try:
        kind = file_kind(os.stat(path).st_mode)
        if kind is FileKind.FOLDER:
            return _unlisted(path)
        if kind is not FileKind.REGULAR and not named:
            return Problem(path, 1, 1, f"not a regular file but a {kind.value}; skipped (name it to read it)")
        # No waiting on open: a file swapped for a FIFO after the check above must not hang the run.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
        if kind is FileKind.REGULAR:
            flags |= getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(path, flags)
        with open(descriptor, "rb", closefd=True) as handle:
            seen_ns = time.time_ns()
            status = os.fstat(descriptor)
            opened = file_kind(status.st_mode)
            if opened is FileKind.REGULAR:
                size = status.st_size
                if stamps is not None:
                    stamps[path] = FileStamp(size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, seen_ns)
                if size > limit:
                    return Problem(path, 1, 1, f"file of {size} bytes is over the size limit of {limit}; skipped")
            elif not named:
                return Problem(path, 1, 1, f"not a regular file but a {opened.value}; skipped (name it to read it)")
            else:
                os.set_blocking(descriptor, True)
            return bounded(handle, limit, path, opened)
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:  # a file, or a folder whose articles are then unchecked
            return Problem(path, 1, 1, f"cannot read: the path of {len(path)} characters is too long for the system "
                                       "(File name too long); it and anything under it are not checked")
        return Problem(path, 1, 1, f"cannot read file: {error.strerror or error}")


def _unlisted(path: str) -> Problem:
    """Why discovery could not list a folder."""
    try:
        os.scandir(path).close()
    except OSError as error:
        return Problem(path, 1, 1, f"cannot read folder: {error.strerror or error}; the articles in it are not checked")
    return Problem(path, 1, 1, "folder could not be listed a moment ago; the articles in it are not checked")


def bounded(stream: BinaryIO | None, limit: int, path: str, kind: FileKind = FileKind.FIFO) -> bytes | Problem:
    """What a stream holds, or a Problem as soon as it has given more than `limit` bytes (none is read past that)."""
    if stream is None:  # standard input closed (`<&-`)
        return b""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            what = "standard input" if path == STDIN_PATH else f"{kind.value}"
            return Problem(path, 1, 1, f"{what} gave more than the size limit of {limit} bytes; skipped "
                                       "(raise --max-file-size to read it)")


def read_stdin(limit: int = DEFAULT_MAX_BYTES) -> bytes | Problem:
    """Standard input as bytes, at most `limit` of them."""
    return bounded(getattr(sys.stdin, "buffer", None), limit, STDIN_PATH)
