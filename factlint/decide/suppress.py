"""Inline suppressions: `factlint: ignore[rule-id]` on a line or the line before, `ignore-file` for a file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from factlint.model import Document, FactKind, Finding, Rule, Scope, Severity, Span

UNUSED = "unused-suppression"

# Works inside a Markdown comment (`<!-- factlint: ignore[x] reason -->`) and in plain text alike.
_MARKER = re.compile(r"factlint:\s*(?P<what>ignore-file|ignore)\b(?:\[(?P<ids>[^\]]*)\])?")

UNUSED_RULE = Rule(
    id=UNUSED, kind="built-in",
    description="A `factlint: ignore[...]` marker that suppresses nothing: the conflict it hid is gone, or the "
                "rule id is misspelt. Remove the marker, or correct the id.",
    fact=FactKind.QUOTE,  # unused: built-in rules read no facts; the field is required by Rule
    subjects=(), scope=Scope.ARTICLE, severity=Severity.WARNING,
    message="unused suppression", options=None, examples=(), path="", line=0,
)


@dataclass(frozen=True)
class Suppression:
    """One marker: where it is, which rule ids it names (empty = all) and whether it covers the whole file."""

    span: Span
    rules: tuple[str, ...]
    whole_file: bool

    def names(self, rule_id: str) -> bool:
        return not self.rules or rule_id in self.rules

    def covers(self, span: Span) -> bool:
        """Whether a statement at `span` is under this marker: same file, and same line or the next."""
        if span.path != self.span.path:
            return False
        return self.whole_file or span.line in (self.span.line, self.span.line + 1)


FRONT_MATTER_KEY = "factlint-ignore"


def _front_matter(doc: Document) -> list[Suppression]:
    """`factlint-ignore: [ids]` (or `true` for every rule) in front matter suppresses rules for the file."""
    value = doc.meta.get(FRONT_MATTER_KEY)
    if value is None or value is False or not doc.body_start:
        return []
    ids = (value,) if isinstance(value, str) else tuple(str(v) for v in value) if isinstance(value, list) else ()
    # The front matter is blanked out of the text, so the marker is placed at its opening line.
    return [Suppression(doc.span(0, 3), ids, True)]


def find_suppressions(doc: Document) -> list[Suppression]:
    """Every marker in a document's text (front matter is blanked out there) and in its front matter."""
    found = _front_matter(doc)
    for match in _MARKER.finditer(doc.text):
        ids = tuple(i.strip() for i in (match.group("ids") or "").split(",") if i.strip())
        found.append(Suppression(doc.span(match.start(), match.end()), ids, match.group("what") == "ignore-file"))
    return found


@dataclass(frozen=True)
class Outcome:
    """Findings left after suppression, and findings about markers that suppressed nothing."""

    kept: tuple[Finding, ...]
    unused: tuple[Finding, ...]


def apply_suppressions(findings: Iterable[Finding], documents: Mapping[str, Document],
                       known: Iterable[str], ran: Iterable[str]) -> Outcome:
    """Drop findings under a marker (either side of a conflict); report markers naming rules that ran but hid nothing."""
    markers = [s for doc in documents.values() for s in find_suppressions(doc)]
    used: set[tuple[int, str]] = set()
    kept = []
    for finding in findings:
        spans = [finding.span, *(r.span for r in finding.related)]
        hits = [i for i, s in enumerate(markers) if s.names(finding.rule) and any(s.covers(sp) for sp in spans)]
        used.update((i, finding.rule) for i in hits)
        if not hits:
            kept.append(finding)
    known, ran = set(known), set(ran)
    unused = []
    for index, marker in enumerate(markers):
        hid = {rule for i, rule in used if i == index}
        problems = []
        if not marker.rules and not hid and ran:
            problems.append("suppresses nothing")
        for rule_id in marker.rules:
            if rule_id not in known:
                problems.append(f"names unknown rule '{rule_id}'")
            elif rule_id in ran and rule_id not in hid:
                problems.append(f"suppresses no '{rule_id}' finding")
        for problem in problems:
            unused.append(Finding(UNUSED, UNUSED_RULE.severity, f"this suppression {problem}", marker.span))
    return Outcome(tuple(kept), tuple(unused))
