"""A per-document cache of extraction results in SQLite, keyed by content, factlint version and what shapes extraction.

Safe for several factlint processes at once: WAL journal (readers never see a half-written
transaction), a busy timeout, and each batch of writes in one transaction. Entries are stored under the
fingerprint of what shaped them; only the few fingerprints used last are kept, so upgrades and rule edits
never make the file grow without bound. Anything the
cache cannot vouch for (a file that is not a database, another schema, an entry that does
not decode) is rebuilt or recomputed, never trusted; a cache failure never fails a lint. Beside the entries, an
index of files (path, size, times, inode) as git keeps one: an unchanged file's document key is read, not hashed.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import regex

from factlint import __version__
from factlint.model import Document, Fact, FactKind, Span

SCHEMA = 3
# Entries of this many fingerprints (factlint versions, vocabularies) used last are kept; older ones are deleted.
KEEP_FINGERPRINTS = 3
DEFAULT_DIR = ".factlint_cache"
FILENAME = "extract.sqlite3"
_BATCH = 900  # stays under SQLite's oldest limit of 999 bound parameters
_BUSY_SECONDS = 30.0
# A file changed this close to (or after) the moment its stamp was last taken may change again within one tick of a
# coarse file-system clock and keep its stamp: its content is hashed, never trusted (git's "racily clean" entries).
RACY_NS = 3_000_000_000


def canonical(value: Any) -> str:
    """A stable text form of a loaded vocabulary: dataclasses, mappings, sequences, patterns, scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if isinstance(value, Mapping):
        return "{" + ",".join(sorted(f"{canonical(k)}:{canonical(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, regex.Pattern) or (hasattr(value, "pattern") and hasattr(value, "flags")):
        return f"re({value.pattern!r},{value.flags})"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def _sources(modules: Iterable[Any]) -> str:
    """The source text of the modules that extract, so a changed extractor never reads old entries."""
    digest = hashlib.sha256()
    for module in modules:
        path = getattr(module, "__file__", None)
        if path and os.path.exists(path):
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def fingerprint(lexicon: Any, modules: Iterable[Any] = ()) -> str:
    """What shapes extraction: factlint's version and cache schema, the Lexicon's contents, the extractor sources."""
    text = f"{__version__}\0{SCHEMA}\0{canonical(lexicon)}\0{_sources(modules)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_key(doc: Document, salt: str) -> str:
    """The content hash of a document: its text, front matter and date, under the fingerprint."""
    meta = json.dumps(doc.meta, sort_keys=True, default=str, ensure_ascii=False)
    digest = hashlib.sha256(salt.encode("ascii"))
    for part in (doc.text, str(doc.body_start), meta, str(doc.date)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def encode_facts(facts: Iterable[Fact]) -> str:
    """Facts as compact JSON: one list per fact, the span without its path."""
    rows = [
        [f.kind.value, f.span.start, f.span.end, f.span.line, f.span.column, f.span.end_line, f.span.end_column,
         f.text, f.value, f.subject, f.display, [list(pair) for pair in f.attrs]]
        for f in facts
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _sharing(pool: dict | None) -> Callable[[Any], Any]:
    return (lambda value: value) if pool is None else (lambda value: pool.setdefault(value, value))


def _fact(kind: FactKind, span: Span, text: Any, value: Any, subject: Any, display: Any, attrs: Iterable[Any],
          share: Callable[[Any], Any]) -> Fact:
    """A fact as the run keeps it: every field text, each distinct value, subject, display and attribute shared."""
    return Fact(kind, span, str(text), share(str(value)), share(str(subject)), share(str(display)),
                share(tuple(share((str(k), str(v))) for k, v in attrs)))


_DECODER = json.JSONDecoder()


def _rows(payload: str) -> Iterator[Any]:
    """The rows of a JSON list as encode_facts writes it (no white space), one at a time: json.loads built every
    row at once, as many objects as the facts themselves hold, beside them. ValueError if it is malformed."""
    if not payload.startswith("["):
        raise ValueError("malformed cached facts: not a list")
    at = 1
    if payload == "[]":
        return
    while True:
        row, at = _DECODER.raw_decode(payload, at)
        yield row
        if payload.startswith(",", at):
            at += 1
        elif at == len(payload) - 1 and payload.endswith("]"):
            return
        else:
            raise ValueError(f"malformed cached facts at character {at}")


def decode_facts(payload: str, path: str, pool: dict | None = None) -> list[Fact]:
    """Facts back from encode_facts, their spans placed in `path`; ValueError if the payload is malformed.

    Values, subjects and attributes repeat across thousands of facts: with a `pool`, each distinct one is held
    once for the whole run instead of once per fact."""
    share = _sharing(pool)
    try:
        return [
            _fact(FactKind(kind), Span(path, start, end, line, column, end_line, end_column),
                  text, value, subject, display, attrs, share)
            for kind, start, end, line, column, end_line, end_column, text, value, subject, display, attrs
            in _rows(payload)
        ]
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed cached facts: {error}") from error


def pooled_facts(facts: Iterable[Fact], pool: dict | None = None) -> Iterator[Fact]:
    """Facts just extracted, as decode_facts(encode_facts(facts)) gives them back, without the round trip."""
    share = _sharing(pool)
    for f in facts:
        yield _fact(f.kind, f.span, f.text, f.value, f.subject, f.display, f.attrs, share)


class Cache:
    """One SQLite file of (document key, product) -> payload; every failure turns it off, never the lint."""

    def __init__(self, folder: Path | str) -> None:
        self.path = Path(folder) / FILENAME
        self.hits = 0
        self.misses = 0
        self.connection: sqlite3.Connection | None = None
        self._salt: int | None = None
        try:
            self.connection = self._open()
        except (sqlite3.Error, OSError):
            self._discard()
            try:
                self.connection = self._open()
            except (sqlite3.Error, OSError):
                self.connection = None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ignore = self.path.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# factlint's cache; safe to delete\n*\n", encoding="utf-8")
        connection = sqlite3.connect(self.path, timeout=_BUSY_SECONDS, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
                connection.execute("BEGIN IMMEDIATE")
                if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
                    for table in ("entries", "salts", "files"):
                        connection.execute(f"DROP TABLE IF EXISTS {table}")
                    connection.execute(
                        "CREATE TABLE entries (key TEXT NOT NULL, product TEXT NOT NULL, payload TEXT NOT NULL,"
                        " salt INTEGER, PRIMARY KEY (key, product)) WITHOUT ROWID"
                    )
                    connection.execute(
                        "CREATE TABLE salts (id INTEGER PRIMARY KEY, salt TEXT NOT NULL UNIQUE, used INTEGER NOT NULL)"
                    )
                    # Each file's stamp (and what else its document key hangs on) when its key was last computed.
                    connection.execute("CREATE TABLE files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, seen INTEGER "
                                       "NOT NULL, key TEXT NOT NULL, salt INTEGER) WITHOUT ROWID")
                    connection.execute(f"PRAGMA user_version={SCHEMA}")
                connection.execute("COMMIT")
            connection.execute("SELECT key FROM entries LIMIT 1").fetchall()
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _discard(self) -> None:
        """Remove a cache file that cannot be trusted, so the next run starts a fresh one."""
        if self.connection is not None:
            try:
                self.connection.close()
            except sqlite3.Error:
                pass
            self.connection = None
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(f"{self.path}{suffix}")
            except OSError:
                pass

    @property
    def usable(self) -> bool:
        return self.connection is not None

    def use(self, salt: str) -> None:
        """Store what follows under this fingerprint, mark it the one used last, and delete the entries of
        fingerprints that KEEP_FINGERPRINTS others have followed since."""
        if self.connection is None:
            return
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            latest = self.connection.execute("SELECT coalesce(max(used), 0) FROM salts").fetchone()[0]
            row = self.connection.execute("SELECT id, used FROM salts WHERE salt = ?", (salt,)).fetchone()
            if row is None:
                self._salt = self.connection.execute("INSERT INTO salts (salt, used) VALUES (?, ?)",
                                                     (salt, latest + 1)).lastrowid
            else:
                self._salt = row[0]
                if row[1] != latest:
                    self.connection.execute("UPDATE salts SET used = ? WHERE id = ?", (latest + 1, self._salt))
            stale = [old for (old,) in self.connection.execute(
                "SELECT id FROM salts ORDER BY used DESC LIMIT -1 OFFSET ?", (KEEP_FINGERPRINTS,))]
            if stale:
                marks = ",".join("?" * len(stale))
                self.connection.execute(f"DELETE FROM entries WHERE salt IN ({marks})", stale)
                self.connection.execute(f"DELETE FROM files WHERE salt IN ({marks})", stale)
                self.connection.execute(f"DELETE FROM salts WHERE id IN ({marks})", stale)
            self.connection.execute("COMMIT")
        except sqlite3.Error:
            self._discard()

    def get_many(self, keys: Sequence[str], product: str) -> dict[str, str]:
        """The stored payloads of a product for those keys that have one."""
        found: dict[str, str] = {}
        if self.connection is None:
            return found
        try:
            for first in range(0, len(keys), _BATCH):
                batch = keys[first : first + _BATCH]
                marks = ",".join("?" * len(batch))
                rows = self.connection.execute(
                    f"SELECT key, payload FROM entries WHERE product = ? AND key IN ({marks})", (product, *batch)
                )
                found.update(rows.fetchall())
        except sqlite3.Error:
            self._discard()
            return {}
        return found

    def put_many(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Store (key, product, payload) rows in one transaction; a failure leaves the cache as it was."""
        self._insert("entries", 4, rows)

    def stamped_keys(self, stamps: Mapping[str, tuple[str, int]]) -> dict[str, str]:
        """The document keys of the files whose stamp is the one recorded with the key, under the fingerprint in use,
        and that had not changed for RACY_NS before that record: path -> (stamp text, when it last changed)."""
        found: dict[str, str] = {}
        if self.connection is None or not stamps:
            return found
        paths = list(stamps)
        try:
            for first in range(0, len(paths), _BATCH):
                batch = paths[first : first + _BATCH]
                rows = self.connection.execute(f"SELECT path, stamp, seen, key FROM files WHERE salt = ? AND path IN "
                                               f"({','.join('?' * len(batch))})", (self._salt, *batch))
                for path, stamp, seen, key in rows:
                    text, changed = stamps[path]
                    if stamp == text and changed < seen - RACY_NS:
                        found[path] = key
        except sqlite3.Error:
            self._discard()
            return {}
        return found

    def stamp_many(self, rows: Sequence[tuple[str, str, int, str]]) -> None:
        """Record (path, stamp text, when the stamp was taken, document key) rows in one transaction."""
        self._insert("files", 5, rows)

    def _insert(self, table: str, width: int, rows: Sequence[tuple]) -> None:
        """Insert or replace rows (each with the salt in use as its last field) into a table, in one transaction."""
        if self.connection is None or not rows:
            return
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * width)})",
                                        [(*row, self._salt) for row in rows])
            self.connection.execute("COMMIT")
        except sqlite3.Error:
            self._discard()

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
