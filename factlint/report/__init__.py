"""Renderers: pure functions from a Report to text, chosen from the FORMATS table."""

from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.report import html, json_format, text

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "html": html.render,
}

# Formats that show every extracted fact, not only the ones the enabled rules check.
SHOWS_ALL_FACTS: frozenset[str] = frozenset({"html"})
