"""Paths to Documents: file discovery, decoding, line ends, front matter and the offset table."""

from __future__ import annotations

import array
import codecs
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Collection, Iterable

import yaml

from factlint.read import yamlmarks
# STDIN_PATH, MissingPathError and discover are read's public names too; read/filesystem.py implements them.
from factlint.read.filesystem import (DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES, STDIN_PATH, FileStamp,  # noqa: F401
                                      MissingPathError, discover, read_bytes)
from factlint.model import Document, Problem

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Front matter holds a date, a title, an outlet: more than this is not metadata, and is not parsed.
MAX_FRONT_MATTER_CHARS = 65_536


@dataclass(frozen=True)
class ReadResult:
    """The documents that could be read and the problems met on the way."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]
    # Each regular file's stamp, with the encoding it was decoded with, for the cache's index of unchanged files.
    stamps: dict[str, tuple[FileStamp, str]] = field(default_factory=dict)


# A byte order mark says how the file is encoded, whatever --encoding says (UTF-32 before UTF-16: it starts alike).
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode(path: str, data: bytes, encoding: str = "utf-8") -> str | Problem:
    """Bytes to text (a BOM names the encoding and is removed), or a Problem naming the byte offset that failed."""
    for bom, named in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], named
            break
    else:
        if b"\0" in data[:8192]:
            return Problem(path, 1, 1, "binary file skipped (contains NUL bytes)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return Problem(
            path, line, column,
            f"not valid {encoding} at byte {error.start}; file skipped (--encoding or 'encoding' in the "
            "configuration reads it)",
        )
    except LookupError:
        return Problem(path, 1, 1, f"unknown encoding '{encoding}'")


def normalize_newlines(text: str) -> str:
    """CRLF and CR become LF; every line end stays one character so line numbers are kept."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# libyaml's parser, where PyYAML was built with it, reads front matter many times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _fast_front_matter(source: str) -> dict | None:
    """Front matter read by libyaml, or None when it is absent or anything is amiss (the pure-Python path then reports it)."""
    if _FAST_LOADER is None:
        return None
    try:
        depth = 0
        for event in yaml.parse(source, Loader=_FAST_LOADER):
            if isinstance(event, yaml.AliasEvent):
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > yamlmarks.MAX_DEPTH:
                    return None
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        meta = yaml.load(source, Loader=_FAST_LOADER) or {}
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return meta if isinstance(meta, dict) else None


def split_front_matter(text: str) -> tuple[dict, int, Problem | None]:
    """Front matter metadata, the offset where the body starts, and a problem if it is not YAML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0, None
    source = match.group(1) or ""
    if len(source) > MAX_FRONT_MATTER_CHARS:
        return {}, match.end(), Problem("", 2, 1, f"front matter of {len(source)} characters is over the limit of "
                                                  f"{MAX_FRONT_MATTER_CHARS}; not read")
    fast = _fast_front_matter(source)
    if fast is not None:
        return {str(k): v for k, v in fast.items()}, match.end(), None
    try:
        # Aliases refused: ten levels of ten aliases are a few hundred bytes that expand to ten billion values.
        yamlmarks.check_depth(source, aliases=False)
    except yamlmarks.YamlError as error:
        what = "is not read" if isinstance(error, yamlmarks.YamlRefused) else "is not valid YAML"
        return {}, match.end(), Problem("", error.line + 1, error.column, f"front matter {what}: {error.message}")
    try:
        meta = yaml.safe_load(source) or {}
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        # ValueError: a value YAML resolves but cannot build ("date: 2023-13-45").
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 2) if mark else 1
        return {}, match.end(), Problem("", line, 1, f"front matter is not valid YAML: {error}")
    if not isinstance(meta, dict):
        return {}, match.end(), Problem("", 1, 1, "front matter must be a mapping of keys to values")
    return {str(k): v for k, v in meta.items()}, match.end(), None


# Front matter up to this many characters is kept as written, to show the line a problem in it is at.
SHOWN_FRONT_MATTER = 1 << 17


def blank_out(text: str, end: int) -> str:
    """Replace text[:end] by spaces, keeping line ends, so front matter is never linted."""
    head = re.sub(r"[^\n]", " ", text[:end])
    return head + text[end:]


def line_starts(text: str) -> array.array:
    """Offsets where each line begins, as an array of machine integers (a tuple held an int object for each line: 36
    bytes a line where the array takes 8)."""
    starts = array.array("q", [0])
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


# Day, month and year all written: nothing is filled in from the wall clock.
_DATEPARSER_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                        "RETURN_AS_TIMEZONE_AWARE": False}
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
# "04.05.2023" is April 5 to some readers and May 4 to others: such a date is not guessed.
_AMBIGUOUS = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b")


# A clock time (and zone, and whatever a feed appends) after the date says nothing about the day:
# "4-MAR-1987 09:33:47.25", "Thu, 04 May 2023 10:30:00 +0000". Cut, it lets one parse serve every article of a day.
_CLOCK = re.compile(r"(?:[ T]+|,\s*)\d{1,2}:\d\d.*$", re.S)


def parse_date(value: str) -> dt.date | None:
    """A date string in any common style and language ("2023-05-04", "May 4, 2023", "4 mai 2023",
    "Thu, 04 May 2023 10:30:00 +0000"), or None: relative, partial or ambiguous dates are never guessed."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    day = _CLOCK.sub("", text)
    return _parse_written_date(day if _YEAR.search(day) else text)


@functools.lru_cache(maxsize=1024)
def _parse_written_date(text: str) -> dt.date | None:
    numeric = _AMBIGUOUS.match(text)
    if numeric and numeric.group(1) != numeric.group(2) and max(int(numeric.group(1)), int(numeric.group(2))) <= 12:
        return None
    if not _YEAR.search(text) or len(text) > 80:
        return None
    import dateparser  # only for dates not written as ISO: it is slow to import

    # English first: trying every locale costs a hundred times more, so only dates English cannot read pay it.
    parsed = (dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
              or dateparser.parse(text, settings=_DATEPARSER_SETTINGS))
    return parsed.date() if parsed else None


def meta_date(meta: dict) -> dt.date | None:
    """The article date from front matter `date:` (a YAML date, or a string in any common style)."""
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def _key_line(text: str, key: str) -> int:
    """The line (1-based) of a top-level front matter key in the file, or 1."""
    match = _FRONT_MATTER.match(text)
    try:
        return yamlmarks.load(match.group(1) or "").where(key)[0] + 1 if match else 1  # + the opening ---
    except yamlmarks.YamlError:
        return 1


def make_document(path: str, text: str) -> tuple[Document, Problem | None]:
    """Build a Document from decoded text, reading and blanking its front matter."""
    text = normalize_newlines(text)
    meta, body_start, problem = split_front_matter(text)
    if problem is not None:
        problem = Problem(path, problem.line, problem.column, problem.message)
    date = meta_date(meta)
    if problem is None and date is None and meta.get("date") not in (None, ""):
        problem = Problem(path, _key_line(text, "date"), 1,
                          f"front matter date {str(meta['date'])!r} is not a date factlint can read (write it as "
                          "YYYY-MM-DD); the article's relative dates stay unresolved")
    front_matter = text[:body_start] if body_start <= SHOWN_FRONT_MATTER else ""
    text = blank_out(text, body_start) if body_start else text
    document = Document(
        path=path, text=text, line_starts=line_starts(text), body_start=body_start,
        meta=meta, date=date, front_matter=front_matter,
    )
    return document, problem


def read_paths(paths: Iterable[str], *, stdin_text: str | bytes | Problem | None = None, encoding: str = "utf-8",
               max_bytes: int = DEFAULT_MAX_BYTES, named: Collection[str] | None = None) -> ReadResult:
    """Read every article under the paths; unreadable files become problems, the rest documents.

    `named` are the paths the user named (default: `paths`): only those are read when they are not regular files."""
    paths = tuple(paths)
    chosen = frozenset(paths if named is None else named)
    documents: list[Document] = []
    problems: list[Problem] = []
    stamps: dict[str, FileStamp] = {}
    for path in discover(paths):
        if path == STDIN_PATH:
            data = stdin_text if stdin_text is not None else b""
            if isinstance(data, bytes) and len(data) > max_bytes:
                data = Problem(path, 1, 1, f"standard input is over the size limit of {max_bytes} bytes; skipped")
        else:
            data = read_bytes(path, max_bytes, named=path in chosen, stamps=stamps)
        try:
            text = decode(path, data, encoding) if isinstance(data, bytes) else data
            if isinstance(text, Problem):
                problems.append(text)
                continue
            document, problem = make_document(path, text)
        except MemoryError:  # one huge article must not cost the run the others
            data = text = ""
            problems.append(Problem(path, 1, 1, "out of memory while reading this article; skipped"))
            continue
        documents.append(document)
        if problem:
            problems.append(problem)
    read = {doc.path for doc in documents}
    return ReadResult(tuple(documents), tuple(problems),
                      {path: (stamp, encoding) for path, stamp in stamps.items() if path in read})
