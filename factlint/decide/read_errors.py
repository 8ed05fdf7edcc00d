"""The built-in rule `read-error`: an input that cannot be read or parsed is a finding that fails the run (as ruff's
E902), unless the user ignores it."""

from __future__ import annotations

from typing import Iterable, Mapping

from factlint.model import Document, FactKind, Finding, Problem, Rule, Scope, Severity, Span

READ_ERROR = "read-error"

READ_ERROR_RULE = Rule(
    id=READ_ERROR, kind="built-in",
    description="An article that cannot be read or parsed (not valid in the configured encoding, binary, too "
                "large, unreadable, broken front matter): it was not checked, so the run must not pass silently. "
                "Fix the file, set `encoding`, or ignore the rule (`--ignore read-error`, `per-file-ignores`).",
    fact=FactKind.QUOTE,  # unused: built-in rules read no facts; the field is required by Rule
    subjects=(), scope=Scope.ARTICLE, severity=Severity.ERROR,
    message="the article cannot be read", options=None, examples=(), path="", line=0,
)


def _span(problem: Problem, documents: Mapping[str, Document]) -> Span:
    """The empty span at the problem's place: in the article when it was read (broken front matter), else bare."""
    doc = documents.get(problem.path)
    if doc is None:
        return Span(problem.path, 0, 0, problem.line, problem.column, problem.line, problem.column)
    line = min(max(problem.line, 1), len(doc.line_starts))
    offset = min(doc.line_starts[line - 1] + max(problem.column, 1) - 1, len(doc.text))
    return doc.span(offset, offset)


def read_error_findings(problems: Iterable[Problem], documents: Mapping[str, Document] | None = None,
                        severity: Severity = READ_ERROR_RULE.severity) -> tuple[Finding, ...]:
    """Each problem met reading an article as a `read-error` finding at its place."""
    return tuple(Finding(READ_ERROR, severity, problem.message, _span(problem, documents or {})) for problem in problems)
