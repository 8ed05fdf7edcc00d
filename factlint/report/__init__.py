"""Renderers: pure functions from a Report to text, chosen from the FORMATS table."""

from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.report import github, gitlab, json_format, jsonl, junit, rdjson, sarif, text

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
    "rdjson": rdjson.render,
}

# Renderers that can draw ANSI colour take `color`; whether to is the caller's decision (terminal, NO_COLOR).
COLOR_FORMATS = frozenset({"text"})


def render(name: str, report: Report, *, color: bool = False) -> str:
    """Render a report in the named format, passing colour only to renderers that draw it."""
    renderer = FORMATS[name]
    return renderer(report, color=color) if name in COLOR_FORMATS else renderer(report)
