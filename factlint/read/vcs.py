"""What git knows about the working tree: files changed since a revision, and files .gitignore excludes."""

from __future__ import annotations

import os
import subprocess
from typing import Iterable


class GitError(Exception):
    """git is missing, this is not a work tree, or the revision is unknown."""


def _git(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess:
    try:
        # File names are bytes to git: a name that is not UTF-8 goes and comes back as the OS gave it.
        return subprocess.run(["git", *args], input=stdin, capture_output=True, check=False, encoding="utf-8",
                              errors="surrogateescape")
    except OSError as error:
        raise GitError(f"cannot run git: {error}") from None


def changed_files(revision: str) -> set[str]:
    """Absolute paths of files changed since `revision` (committed, staged or not) plus untracked files."""
    top = _git(["rev-parse", "--show-toplevel"])
    if top.returncode:
        raise GitError(top.stderr.strip() or "not inside a git work tree")
    root = top.stdout.strip()
    diff = _git(["diff", "--name-only", "-z", revision, "--"])
    if diff.returncode:
        raise GitError(diff.stderr.strip() or f"unknown revision '{revision}'")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"])
    names = [n for n in (diff.stdout + untracked.stdout).split("\0") if n]
    return {os.path.normpath(os.path.join(root, name)) for name in names}


def ignored_files(paths: Iterable[str]) -> set[str]:
    """Those of the paths that .gitignore excludes; none when git or a work tree is missing."""
    paths = list(paths)
    if not paths:
        return set()
    try:
        result = _git(["check-ignore", "-z", "--stdin"], stdin="\0".join(paths) + "\0")
    except GitError:
        return set()
    # Exit 1 means nothing is ignored; 128 means no work tree: honour nothing rather than fail.
    return {p for p in result.stdout.split("\0") if p} if result.returncode == 0 else set()
