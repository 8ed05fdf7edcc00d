"""Reporting: the decided Report in; text for each output format (one renderer each, from FORMATS), the files they
go to, rule explanations and the fixes findings carry applied to their files. A renderer's module is imported when
its format is first asked for, so a run that writes text never loads the HTML report."""

from __future__ import annotations

import importlib
from typing import Callable, Iterator, Mapping

from factlint.model import Report

Renderer = Callable[[Report], str]


class _Renderers(Mapping[str, Renderer]):
    """Format name -> render function, each imported from its module (under factlint.report) when first looked up."""

    def __init__(self, modules: Mapping[str, str]) -> None:
        self._modules = dict(modules)
        self._loaded: dict[str, Renderer] = {}

    def __getitem__(self, name: str) -> Renderer:
        if name not in self._loaded:
            module = self._modules[name]  # KeyError for an unknown format, as a dict gives
            self._loaded[name] = importlib.import_module(f"factlint.report.{module}").render
        return self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


FORMATS: Mapping[str, Renderer] = _Renderers({
    "text": "text",
    "json": "json_format",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "rdjson": "rdjson",
    "html": "html",
})

# Formats that show every extracted fact, not only the ones the enabled rules check.
SHOWS_ALL_FACTS: frozenset[str] = frozenset({"html"})

# Renderers for people also take `color` and `summary`; whether to colour is the caller's decision
# (a terminal, NO_COLOR unset), never the renderer's.
HUMAN_FORMATS = frozenset({"text"})


def render(name: str, report: Report, *, color: bool = False, quiet: bool = False) -> str:
    """Render a report in the named format; colour and the summary line only concern renderers for people."""
    renderer = FORMATS[name]
    return renderer(report, color=color, summary=not quiet) if name in HUMAN_FORMATS else renderer(report)
