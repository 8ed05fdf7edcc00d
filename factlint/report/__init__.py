"""Reporting: the decided Report in; text for each output format (one renderer each, from FORMATS), the files they
go to, rule explanations and the fixes findings carry applied to their files."""

from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.report import github, gitlab, html, json_format, jsonl, junit, rdjson, sarif, text

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
    "html": html.render,
}

# Formats that show every extracted fact, not only the ones the enabled rules check.
SHOWS_ALL_FACTS: frozenset[str] = frozenset({"html"})

# Renderers for people also take `color` and `summary`; whether to colour is the caller's decision
# (a terminal, NO_COLOR unset), never the renderer's.
HUMAN_FORMATS = frozenset({"text"})


def render(name: str, report: Report, *, color: bool = False, quiet: bool = False) -> str:
    """Render a report in the named format; colour and the summary line only concern renderers for people."""
    renderer = FORMATS[name]
    return renderer(report, color=color, summary=not quiet) if name in HUMAN_FORMATS else renderer(report)
