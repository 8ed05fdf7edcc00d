"""The persisted state of a whole run (issue 18), beside the extraction cache: for every file its stamp, the Report
the run gave and each article's extraction products, under a key of everything that shapes the report. A run whose
files all keep their stamps gives the stored Report; one whose files changed reads and extracts only those.

One file per key, `runstate-<key>.bin`: a header, the SHA-256 of the body, and the body (a pickle). It is written to
a temporary file and renamed over the old one, so a reader sees a whole state or none; two runs at once each write a
whole state and the last rename wins (both are true of the files they read, since stamps are taken before the files
are read). A file that is short, fails its checksum, or does not load is ignored (and the run is cold); only the few
states used last are kept."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from factlint import __version__
from factlint.known import Known
from factlint.model import Problem, Report

MAGIC = b"factlint-runstate-1\n"
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
    reading (by path), and each article's extraction products."""

    key: str
    paths: tuple[str, ...]
    stamps: Mapping[str, Stamp]
    report: Report
    read_problems: Mapping[str, tuple[Problem, ...]]
    known: Mapping[str, Known]


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


def load(folder: Path, key: str) -> RunState | None:
    """The state stored under this key, or None when there is none or it cannot be trusted."""
    try:
        data = _file(folder, key).read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 32
    if len(data) < head or not data.startswith(MAGIC) or hashlib.sha256(data[head:]).digest() != data[len(MAGIC):head]:
        return None
    try:
        state = pickle.loads(data[head:])
    except Exception:  # noqa: BLE001 - a state that does not load is not trusted, whatever the error
        return None
    if not isinstance(state, RunState) or state.key != key:
        return None
    try:
        os.utime(_file(folder, key))  # used last: kept by _prune
    except OSError:
        pass
    return state


def save(folder: Path, state: RunState) -> None:
    """Write the state atomically; a failure leaves the folder as it was (a warm run is then only slower)."""
    try:
        body = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(MAGIC + hashlib.sha256(body).digest())
                out.write(body)
            os.replace(temporary, _file(folder, state.key))
        except BaseException:
            try:
                os.remove(temporary)
            except OSError:
                pass
            raise
        _prune(folder)
    except (OSError, pickle.PicklingError, RecursionError):
        return


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
