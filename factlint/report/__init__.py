"""Renderers: pure functions from a Report to text, chosen from the FORMATS table."""

from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.report import json_format, text

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
}
