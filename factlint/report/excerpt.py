"""A source line cut down around a span, with a caret underline: what every text-like renderer shows."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.model import Document, Span
from factlint.report.printable import printable

WIDTH = 100
ELLIPSIS = "…"
# How much of the line before a long span is kept, so the reader sees what leads into it.
LEAD = 12


@dataclass(frozen=True)
class Excerpt:
    """The shown part of a line and where the underline goes in it; `continued` when the span goes on past it."""

    line: int
    text: str
    underline_start: int
    underline_length: int
    continued: bool = False


def _lead_start(line: str, start: int) -> int:
    """Where a window opening on a long span begins: a word boundary at most LEAD characters before it."""
    if start <= LEAD:
        return 0
    space = line.find(" ", start - LEAD, start)
    return space + 1 if space >= 0 else start - LEAD


def excerpt(doc: Document, span: Span, width: int = WIDTH) -> Excerpt:
    """The span's first line, trimmed to about `width` characters around it (a long span: its start, then …)."""
    line = doc.shown_line(span.line)
    start = span.column - 1
    end = span.end_column - 1 if span.end_line == span.line else len(line)
    beyond = span.end_line != span.line
    length = max(1, end - start)
    if len(line) <= width:
        return _printable(Excerpt(span.line, line, start, length, beyond))
    if length + LEAD > width:
        # A span wider than the window (a whole quote): show where it starts and underline to the window's edge.
        cut_start = _lead_start(line, start)
        cut_end = min(len(line), max(cut_start + width, start + 1))
    else:
        room = max(0, width - length) // 2
        cut_start = max(0, start - room)
        cut_end = min(len(line), max(end + room, cut_start + width))
        cut_start = max(0, min(cut_start, cut_end - width))
    shown = line[cut_start:cut_end]
    prefix = ELLIPSIS if cut_start > 0 else ""
    suffix = ELLIPSIS if cut_end < len(line) else ""
    underline = min(length, cut_end - start)
    return _printable(Excerpt(span.line, prefix + shown + suffix, start - cut_start + len(prefix), underline,
                              beyond or start + length > cut_end))


def _printable(shown: Excerpt) -> Excerpt:
    """The excerpt with its controls shown escaped, the underline moved and stretched to stay under the span."""
    text, start, end = shown.text, shown.underline_start, shown.underline_start + shown.underline_length
    before, under, after = printable(text[:start]), printable(text[start:end]), printable(text[end:])
    return Excerpt(shown.line, before + under + after, len(before), max(1, len(under)), shown.continued)


def clip(text: str, width: int = WIDTH) -> str:
    """The text cut to at most `width` characters at a word boundary, with … when cut."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", width // 2, width)
    return text[: cut if cut > 0 else width - 1].rstrip() + ELLIPSIS
