"""Stable identities for findings: rule, path and the fact texts of both sides, never line numbers."""

from __future__ import annotations

import hashlib
import posixpath
from typing import Mapping

from factlint.model import Document, Finding, Span


def span_text(documents: Mapping[str, Document], span: Span) -> str:
    """The text under a span, whitespace collapsed; empty when the document is unknown."""
    doc = documents.get(span.path)
    return " ".join(doc.text[span.start:span.end].split()) if doc else ""


def portable(path: str) -> str:
    """A path as fingerprints spell it: forward slashes, no './' or doubled separators."""
    return posixpath.normpath(path.replace("\\", "/"))


def fingerprint(finding: Finding, documents: Mapping[str, Document]) -> str:
    """A hex digest that survives lines moving: rule + path + this side's text + each other side's path and text."""
    parts = [finding.rule, portable(finding.span.path), span_text(documents, finding.span)]
    parts += sorted(f"{portable(r.span.path)}\x1f{span_text(documents, r.span)}" for r in finding.related)
    return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]  # names not UTF-8 too
