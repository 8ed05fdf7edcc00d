"""Policy apart from reporting: which rules run, their severities, and the exit code."""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping, Sequence

from factlint.model import ExitCode, Finding, Rule, Severity


@dataclass(frozen=True)
class Selection:
    """Rule ids or prefixes to run (`select`) and to leave out (`ignore`), and severity overrides."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = dataclasses.field(default_factory=dict)

    def wants(self, rule_id: str, enabled: bool = True) -> bool:
        """Whether a rule runs: selected (or nothing selected, for a rule on by default) and not ignored; longest
        prefix wins."""
        chosen = max((len(p) for p in self.select if rule_id.startswith(p)), default=None)
        if not self.select and enabled:
            chosen = 0
        dropped = max((len(p) for p in self.ignore if rule_id.startswith(p)), default=None)
        return chosen is not None and (dropped is None or chosen > dropped)

def split_selectors(values: Iterable[str]) -> tuple[str, ...]:
    """Rule ids or prefixes as given, repeated or comma-separated as ruff takes them: ("a,b", "c") -> ("a", "b", "c")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def input_errors_kept(selection: Selection, rule_id: str) -> bool:
    """Whether errors reading the input are reported: always, unless an ignore names the rule (selecting other
    rules does not hide an article that could not be read); as elsewhere, the longest prefix wins."""
    dropped = max((len(p) for p in selection.ignore if rule_id.startswith(p)), default=None)
    chosen = max((len(p) for p in selection.select if rule_id.startswith(p)), default=-1)
    return dropped is None or chosen > dropped


def unknown_selectors(selection: Selection, rules: Iterable[Rule]) -> list[str]:
    """Selectors that match no rule id (a typo in --select should not silently select nothing)."""
    ids = [rule.id for rule in rules]
    return [p for p in (*selection.select, *selection.ignore) if not any(i.startswith(p) for i in ids)]


def select_rules(rules: Sequence[Rule], selection: Selection) -> tuple[Rule, ...]:
    """The rules that run, with severity overrides applied."""
    chosen = []
    for rule in rules:
        if not selection.wants(rule.id, rule.enabled):
            continue
        severity = selection.severities.get(rule.id)
        chosen.append(dataclasses.replace(rule, severity=severity) if severity else rule)
    return tuple(chosen)


def exit_code(findings: Iterable[Finding], fail_on: Severity = Severity.ERROR) -> ExitCode:
    """FINDINGS when any finding is at least as severe as fail_on, else CLEAN."""
    if any(f.severity.rank >= fail_on.rank for f in findings):
        return ExitCode.FINDINGS
    return ExitCode.CLEAN


def _glob_matches(glob: str, path: str) -> bool:
    """A per-file glob: against the whole relative path, or against the file name when it has no '/'."""
    return fnmatch.fnmatchcase(path, glob) or ("/" not in glob and fnmatch.fnmatchcase(posixpath.basename(path), glob))


def relative_to(path: str, root: str) -> str:
    """A finding's path relative to the config folder, with forward slashes."""
    return Path(os.path.relpath(os.path.abspath(path), root)).as_posix()


def per_file_ignored(findings: Iterable[Finding], ignores: Mapping[str, Sequence[str]],
                     root: str) -> tuple[Finding, ...]:
    """Drop findings whose file matches a glob that ignores their rule id or a prefix of it."""
    def dropped(finding: Finding) -> bool:
        path = relative_to(finding.span.path, root)
        return any(_glob_matches(glob, path) and any(finding.rule.startswith(p) for p in ids)
                   for glob, ids in ignores.items())

    return tuple(f for f in findings if not dropped(f))


def excluded(path: str, globs: Sequence[str], root: str) -> bool:
    """Whether an article path matches an `exclude` glob (or lies in a folder that does)."""
    rel = relative_to(path, root)
    parents = [rel] + [str(p.as_posix()) for p in PurePosixPath(rel).parents if str(p) != "."]
    return any(_glob_matches(glob.rstrip("/"), candidate) for glob in globs for candidate in parents)


def touching(findings: Iterable[Finding], paths: Iterable[str]) -> tuple[Finding, ...]:
    """Findings with either side in one of the paths (compared as absolute, normalized paths)."""
    wanted = {os.path.normpath(os.path.abspath(p)) for p in paths}

    def touches(finding: Finding) -> bool:
        spans = [finding.span, *(r.span for r in finding.related)]
        return any(os.path.normpath(os.path.abspath(s.path)) in wanted for s in spans)

    return tuple(f for f in findings if touches(f))
