"""Which article files make up the corpus: the paths discovered, minus `exclude` globs and what .gitignore excludes,
and what to tell the user when that leaves too little to compare."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from factlint.read import vcs
from factlint.decide.policy import excluded
from factlint.read.documents import DEFAULT_EXTENSIONS, STDIN_PATH, discover


@dataclass(frozen=True)
class CorpusFiles:
    """The files to read, and how many were found but left out (by `exclude`, by .gitignore)."""

    files: tuple[str, ...]
    excluded: int = 0
    gitignored: int = 0


def select_files(paths: Sequence[str], exclude: Sequence[str], root: str, respect_gitignore: bool) -> CorpusFiles:
    """The article files to read with the counts left out; raises read.MissingPathError for a missing path."""
    found = discover(paths)
    kept = [p for p in found if p == STDIN_PATH or not excluded(p, exclude, root)]
    dropped = len(found) - len(kept)
    ignored: set[str] = set()
    if respect_gitignore:
        ignored = vcs.ignored_files(p for p in kept if p != STDIN_PATH)
        kept = [p for p in kept if p not in ignored]
    return CorpusFiles(tuple(kept), dropped, len(ignored))


def coverage_note(selected: CorpusFiles, articles: int) -> str:
    """A warning when nothing was read (saying why), a note when one article could only be checked alone, else ''."""
    if articles == 1:
        return "note: only 1 article was read, so only within-article checks ran (nothing to compare it with)"
    if articles:
        return ""
    if selected.files:
        return "warning: no article could be read; nothing was checked"
    reasons = []
    if selected.gitignored:
        reasons.append(f"{selected.gitignored} ignored by .gitignore (--no-respect-gitignore reads them)")
    if selected.excluded:
        reasons.append(f"{selected.excluded} left out by 'exclude'")
    if not reasons:
        kinds = ", ".join(f"*{ext}" for ext in DEFAULT_EXTENSIONS)
        return f"warning: no article files found ({kinds}); nothing was checked"
    return f"warning: no article read: every article file found was left out ({'; '.join(reasons)}); nothing was checked"
