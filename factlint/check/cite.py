"""How a message names the other side of a conflict: by its path as the finding's own path is shown (relative to
where factlint runs, as the user named it), never by a bare file name that two folders may share."""

from __future__ import annotations

from typing import Iterable

from factlint.model import LinkedFact, Span

# More articles than this are counted, not listed.
MAX_LISTED = 2


def cite(span: Span, here: Span) -> str:
    """Where a statement is, seen from another: 'line 4' in the same article, else 'reuters/story.txt:4'."""
    return f"line {span.line}" if span.path == here.path else f"{span.path}:{span.line}"


def place(item: LinkedFact, relative_to: LinkedFact) -> str:
    """Where a statement is, seen from the one a finding is about (see cite)."""
    return cite(item.fact.span, relative_to.fact.span)


def articles(paths: Iterable[str]) -> str:
    """The articles a form is used in, by path: 'ap/story.txt, reuters/story.txt', or '3 articles'."""
    listed = list(dict.fromkeys(paths))
    return ", ".join(listed) if len(listed) <= MAX_LISTED else f"{len(listed)} articles"
