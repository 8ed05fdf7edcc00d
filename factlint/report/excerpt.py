"""A source line cut down around a span, with a caret underline: what every text-like renderer shows."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.model import Document, Span

WIDTH = 100
ELLIPSIS = "…"


@dataclass(frozen=True)
class Excerpt:
    """The shown part of a line and where the underline goes in it."""

    line: int
    text: str
    underline_start: int
    underline_length: int


def excerpt(doc: Document, span: Span, width: int = WIDTH) -> Excerpt:
    """The span's first line, trimmed to about `width` characters around it."""
    line = doc.line_text(span.line)
    start = span.column - 1
    end = span.end_column - 1 if span.end_line == span.line else len(line)
    length = max(1, end - start)
    if len(line) <= width:
        return Excerpt(span.line, line, start, length)
    room = max(0, width - length) // 2
    cut_start = max(0, start - room)
    cut_end = min(len(line), max(end + room, cut_start + width))
    cut_start = max(0, min(cut_start, cut_end - width))
    shown = line[cut_start:cut_end]
    prefix = ELLIPSIS if cut_start > 0 else ""
    suffix = ELLIPSIS if cut_end < len(line) else ""
    return Excerpt(span.line, prefix + shown + suffix, start - cut_start + len(prefix), min(length, cut_end - start))
