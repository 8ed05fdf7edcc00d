"""The persisted state of a whole run (issue 18), beside the extraction cache: for every file its stamp, the Report
the run gave and each article's extraction products, under a key of everything that shapes the report. A run whose
files all keep their stamps gives the stored Report; one whose files changed reads and extracts only those.

One file per key, `runstate-<key>.bin`: a header, then five sections, each its SHA-256 and its length: the state a
run with no change needs (stamps, Report; a pickle); then, read only when some file changed, each article's
extraction products one after another (raw bytes, read one article at a time from the open file, never all at
once), their index (a pickle), story inference's state (link/story_state.py; a pickle) and each story's check
results (engine/local.py; a pickle). It is written to
a temporary file and renamed over the old one, so a reader sees a whole state or none; two runs at once each write a
whole state and the last rename wins (both are true of the files they read, since stamps are taken before the files
are read). A file that is short, fails its checksum, or does not load is ignored (and the run is cold); only the few
states used last are kept."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Mapping

from factlint import __version__
from factlint.model import Problem, Report
from factlint.sections import Hashed, Reading

MAGIC = b"factlint-runstate-3\n"
PREFIX = "runstate-"
SUFFIX = ".bin"
# States of this many keys (settings, factlint versions) used last are kept; older ones are deleted.
KEEP_STATES = 3
_CODE: str | None = None


@dataclass(frozen=True)
class Stamp:
    """A file's size, times and inode as text, when it last changed and when the stamp was taken (all ns)."""

    text: str
    changed_ns: int
    seen_ns: int

    def vouches(self, racy_ns: int) -> bool:
        """Whether the file may be trusted unchanged while it keeps this stamp: it had not changed for racy_ns
        before the stamp was taken (else it may change again within one tick of a coarse clock: git's racy entries)."""
        return self.changed_ns < self.seen_ns - racy_ns


@dataclass(frozen=True)
class RunState:
    """What a warm run needs: the paths in the order read, their stamps, the run's Report, the problems met while
    reading (by path); and `known()`, each article's extraction products (known.pack's bytes) from the file."""

    key: str
    paths: tuple[str, ...]
    stamps: Mapping[str, Stamp]
    report: Report
    read_problems: Mapping[str, tuple[Problem, ...]]
    known: Callable[[], Blobs | None] = field(default=lambda: None, compare=False, repr=False)


def stamp(path: str, seen_ns: int) -> Stamp | None:
    """A regular file's stamp, taken before it is read; None for anything else (never trusted)."""
    import stat as stat_module

    try:
        status = os.stat(path)
    except OSError:
        return None
    if not stat_module.S_ISREG(status.st_mode):
        return None
    return Stamp(f"{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}",
                 max(status.st_mtime_ns, status.st_ctime_ns), seen_ns)


def code_salt() -> str:
    """The source of every factlint module and shipped file this installation runs: any change makes a new key."""
    global _CODE
    if _CODE is None:
        digest = hashlib.sha256(__version__.encode("utf-8"))
        root = Path(__file__).resolve().parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix not in (".pyc",):
                digest.update(str(path.relative_to(root)).encode("utf-8", "surrogatepass") + b"\0")
                digest.update(path.read_bytes())
        _CODE = digest.hexdigest()
    return _CODE


def run_key(parts: Iterable[str]) -> str:
    """The key of a run: the code salt and every part given (the canonical rulebook, rules and options)."""
    digest = hashlib.sha256(code_salt().encode("ascii"))
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _file(folder: Path, key: str) -> Path:
    return folder / f"{PREFIX}{key[:32]}{SUFFIX}"


def _section(handle: BinaryIO, skip: bytes | None = None) -> object:
    """One section's object; ValueError when it is short, fails its checksum, or does not load. With `skip`, the
    section must have that checksum, and is passed over (None)."""
    head = handle.read(40)
    if len(head) != 40:
        raise ValueError("short section")
    length = int.from_bytes(head[32:], "big")
    if skip is not None:
        if head[:32] != skip:
            raise ValueError("another state")
        handle.seek(length, os.SEEK_CUR)
        return None
    reader = Reading(handle, length)
    try:
        value = pickle.load(reader)  # from the file: the section's bytes are never held whole beside what they make
    except Exception as error:  # noqa: BLE001 - a section that does not load is not trusted, whatever the error
        raise ValueError(str(error)) from error
    if reader.left or reader.digest.digest() != head[:32]:
        raise ValueError("checksum")  # what was made of it is dropped
    return value


def load(folder: Path, key: str) -> RunState | None:
    """The state stored under this key, or None when there is none or it cannot be trusted. Its `known()` reads the
    second section, when the file still holds the state loaded (same first section); None if it does not, or that
    section cannot be trusted."""
    path = _file(folder, key)
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                return None
            first = handle.read(32)
            handle.seek(-32, os.SEEK_CUR)
            state = _section(handle)
        if not isinstance(state, RunState) or state.key != key:
            return None
        os.utime(path)  # used last: kept by _prune
    except (OSError, ValueError):
        return None

    def known() -> Blobs | None:
        try:
            handle = path.open("rb")
        except OSError:
            return None
        try:
            if handle.read(len(MAGIC)) != MAGIC:
                raise ValueError("not a run state")
            _section(handle, skip=first)
            start = _raw(handle)
            index = _section(handle)
            if not isinstance(index, dict):
                raise ValueError("not an index")
        except (OSError, ValueError):
            handle.close()
            return None
        try:
            stories = _section(handle)
        except (OSError, ValueError):
            stories = None  # the run infers its stories whole
        try:
            checked = _section(handle) if stories is not None else None
        except (OSError, ValueError):
            checked = None  # the run checks every story
        return Blobs(handle, start, index, stories, checked)

    return replace(state, known=known)


class Blobs:
    """The articles' products of a state, read one at a time from its open file (the file a concurrent run may
    replace meanwhile: the open file stays the one loaded). Close it when done."""

    def __init__(self, handle: BinaryIO, start: int, index: Mapping[str, tuple[int, int]],
                 stories: object = None, checked: object = None) -> None:
        self.handle, self.start, self.index, self.stories = handle, start, index, stories
        self.checked = checked  # each story's check results (engine/local.py)

    def __contains__(self, path: str) -> bool:
        return path in self.index

    def get(self, path: str) -> bytes | None:
        where = self.index.get(path)
        if where is None:
            return None
        try:
            data = os.pread(self.handle.fileno(), where[1], self.start + where[0])
        except OSError:
            return None
        return data if len(data) == where[1] else None

    def close(self) -> None:
        self.handle.close()


_CHUNK = 1 << 20


def _raw(handle: BinaryIO) -> int:
    """Check a raw section's checksum, reading it in chunks (never held whole), and pass over it: where its bytes
    start. ValueError when it is short or fails its checksum."""
    head = handle.read(40)
    if len(head) != 40:
        raise ValueError("short section")
    start, left, digest = handle.tell(), int.from_bytes(head[32:], "big"), hashlib.sha256()
    while left:
        chunk = handle.read(min(left, _CHUNK))
        if not chunk:
            raise ValueError("short section")
        digest.update(chunk)
        left -= len(chunk)
    if digest.digest() != head[:32]:
        raise ValueError("checksum")
    return start


def _write_section(out: BinaryIO, value: object) -> None:
    """A section: a 40-byte head (SHA-256, length) filled in once the pickle behind it is written."""
    head = out.tell()
    out.write(bytes(40))
    hashed = Hashed(out)
    pickle.dump(value, hashed, protocol=pickle.HIGHEST_PROTOCOL)
    _close_section(out, head, hashed)


def _write_raw(out: BinaryIO, blobs: Iterable[tuple[str, bytes]]) -> dict[str, tuple[int, int]]:
    """The raw section of the articles' products, written as they come: their index (offset, length) by path."""
    head = out.tell()
    out.write(bytes(40))
    hashed = Hashed(out)
    index: dict[str, tuple[int, int]] = {}
    for path, blob in blobs:
        index[path] = (hashed.length, len(blob))
        hashed.write(blob)
    _close_section(out, head, hashed)
    return index


def _close_section(out: BinaryIO, head: int, hashed: Hashed) -> None:
    end = out.tell()
    out.seek(head)
    out.write(hashed.digest.digest() + hashed.length.to_bytes(8, "big"))
    out.seek(end)


def save(folder: Path, state: RunState, known: Iterable[tuple[str, bytes]], stories: object = None,
         checked: object = None) -> None:
    """Write the state, the articles' products (path, known.pack's bytes; taken one at a time), story inference's
    state and each story's check results atomically; a failure leaves the folder as it was (a warm run is then only
    slower)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(MAGIC)
                _write_section(out, replace(state, known=_nothing))
                _write_section(out, _write_raw(out, known))
                _write_section(out, stories)
                _write_section(out, checked)
            os.replace(temporary, _file(folder, state.key))
        except BaseException:
            try:
                os.remove(temporary)
            except OSError:
                pass
            raise
        _prune(folder)
    except (OSError, pickle.PicklingError, RecursionError, AttributeError, TypeError):
        return


def _nothing() -> None:
    """The `known` of a state as pickled: a module-level function (a lambda does not pickle)."""
    return None


def _prune(folder: Path) -> None:
    """Delete the states beyond the KEEP_STATES used last."""
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            found.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(found, reverse=True)[KEEP_STATES:]:
        try:
            path.unlink()
        except OSError:
            pass
