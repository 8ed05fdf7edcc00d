"""Safe fixes: apply the edits findings carry to their files atomically, or preview them as a unified diff."""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from dataclasses import dataclass
from typing import Iterable, Mapping

from factlint.model import Document, Edit, Finding, Span
from factlint.read.documents import STDIN_PATH, normalize_newlines

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class FilePlan:
    """What fixing one file would do: its text before and after, or why it is left alone."""

    path: str
    original: str
    fixed: str
    edits: tuple[Edit, ...]
    bom: bool = False
    skipped: str = ""


def _raw_offset(starts: list[int], span_line: int, column: int) -> int:
    return starts[span_line - 1] + column - 1


def _plan_file(path: str, edits: list[Edit], doc: Document | None, encoding: str) -> FilePlan:
    edits = sorted(set(edits), key=lambda e: (e.span.start, e.span.end, e.replacement))
    if path == STDIN_PATH or doc is None:
        return FilePlan(path, "", "", tuple(edits), skipped="not a file factlint read")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        bom = data.startswith(BOM)
        raw = data[len(BOM):].decode(encoding) if bom else data.decode(encoding)
    except (OSError, UnicodeDecodeError, LookupError) as error:
        return FilePlan(path, "", "", tuple(edits), skipped=f"cannot read: {error}")
    # Lines are split as read/documents.py splits them, so a Span's (line, column) finds the same place in the raw
    # text whatever its line ends (CRLF, CR) are; offsets alone would drift.
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]
    pieces, cursor = [], 0
    for edit in edits:
        span: Span = edit.span
        if span.end_line > len(starts) or span.line > len(starts):
            return FilePlan(path, raw, raw, tuple(edits), bom, "the file changed since it was read")
        start = _raw_offset(starts, span.line, span.column)
        end = _raw_offset(starts, span.end_line, span.end_column)
        if start < cursor:
            return FilePlan(path, raw, raw, tuple(edits), bom, "two fixes overlap")
        if normalize_newlines(raw[start:end]) != doc.text[span.start:span.end]:
            return FilePlan(path, raw, raw, tuple(edits), bom, "the file changed since it was read")
        pieces += [raw[cursor:start], edit.replacement]
        cursor = end
    pieces.append(raw[cursor:])
    fixed = "".join(pieces)
    try:
        fixed.encode(encoding)
    except UnicodeEncodeError:
        return FilePlan(path, raw, raw, tuple(edits), bom, f"a fix cannot be written in the file's encoding ({encoding})")
    return FilePlan(path, raw, fixed, tuple(edits), bom)


def plan_fixes(findings: Iterable[Finding], documents: Mapping[str, Document],
               encoding: str = "utf-8") -> list[FilePlan]:
    """One plan per file that some finding offers edits for, in path order."""
    by_path: dict[str, list[Edit]] = {}
    for finding in findings:
        for edit in finding.fixes:
            by_path.setdefault(edit.span.path, []).append(edit)
    return [_plan_file(path, edits, documents.get(path), encoding) for path, edits in sorted(by_path.items())]


def write_fixed(plan: FilePlan, encoding: str = "utf-8") -> None:
    """Replace the file with its fixed text via a temporary file and os.replace, keeping BOM and permissions."""
    target = os.path.realpath(plan.path)  # through a symlink: the link stays, its target is fixed
    folder = os.path.dirname(target)
    mode = os.stat(target).st_mode
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".factlint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write((BOM if plan.bom else b"") + plan.fixed.encode(encoding))
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def unified_diff(plan: FilePlan) -> str:
    """The plan as a unified diff (a/ and b/ prefixes, as git and patch -p1 expect; an absolute path as it is)."""
    # "a//tmp/x" would name a relative path under a/ that does not exist; diff -u writes absolute paths bare.
    before, after = (plan.path, plan.path) if os.path.isabs(plan.path) else (f"a/{plan.path}", f"b/{plan.path}")
    lines = difflib.unified_diff(plan.original.splitlines(keepends=True), plan.fixed.splitlines(keepends=True),
                                 before, after)
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass(frozen=True)
class FixRun:
    """The outcome of --fix or --diff: findings still to report, notes for the user, and the diff."""

    remaining: tuple[Finding, ...]
    notes: tuple[str, ...]
    diff: str


def run_fixes(findings: tuple[Finding, ...], documents: Mapping[str, Document], preview: bool,
              encoding: str = "utf-8") -> FixRun:
    """Write every safe plan (or, previewing, only diff it); a finding is gone once all its edits are written."""
    plans = plan_fixes(findings, documents, encoding)
    notes = [f"{p.path}: fixes not applied: {p.skipped}" for p in plans if p.skipped]
    ready = [p for p in plans if not p.skipped and p.original != p.fixed]
    if preview:
        return FixRun(findings, tuple(notes), "".join(unified_diff(p) for p in ready))
    written: set[Edit] = set()
    files = 0
    for plan in ready:
        try:
            write_fixed(plan, encoding)
        except OSError as error:  # the write is atomic: the file is as it was
            notes.append(f"{plan.path}: fixes not applied: cannot write: {error.strerror or error}")
            continue
        written.update(plan.edits)
        files += 1
    if written:
        notes.append(f"applied {len(written)} fix(es) in {files} file(s)")
    remaining = tuple(f for f in findings if not f.fixes or not set(f.fixes) <= written)
    return FixRun(remaining, tuple(notes), "")
