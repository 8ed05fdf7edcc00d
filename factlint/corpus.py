"""Which article files make up the corpus: the paths discovered, minus `exclude` globs and what .gitignore excludes."""

from __future__ import annotations

from typing import Sequence

from factlint import vcs
from factlint.policy import excluded
from factlint.read import STDIN_PATH, discover


def corpus_files(paths: Sequence[str], exclude: Sequence[str], root: str, respect_gitignore: bool) -> list[str]:
    """The article files to read; raises read.MissingPathError for a path that does not exist."""
    kept = [p for p in discover(paths) if p == STDIN_PATH or not excluded(p, exclude, root)]
    if respect_gitignore:
        ignored = vcs.ignored_files(p for p in kept if p != STDIN_PATH)
        kept = [p for p in kept if p not in ignored]
    return kept
