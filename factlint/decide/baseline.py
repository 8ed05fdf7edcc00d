"""The baseline: today's findings written down by fingerprint, so later runs report only new ones."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Mapping

from factlint.decide.fingerprint import fingerprint, portable
from factlint.decide.safe_json import to_json
from factlint.model import Document, Finding

VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read or is not a factlint baseline."""


def render_baseline(findings: Iterable[Finding], documents: Mapping[str, Document]) -> str:
    """The baseline file's text: one entry per finding; rule, path, line and message are there for people."""
    entries = sorted(
        ({"fingerprint": fingerprint(f, documents), "rule": f.rule, "path": portable(f.span.path),
          "line": f.span.line, "message": f.message} for f in findings),
        key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]),
    )
    # to_json: a file name that is not UTF-8 is written as a \u escape, where it could not be encoded at all.
    return to_json({"factlint-baseline": VERSION, "findings": entries}, indent=2) + "\n"


def load_baseline(path: Path) -> Counter[str]:
    """How many findings of each fingerprint the baseline accepts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from None
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}:{error.lineno}:{error.colno}: baseline is not valid JSON: {error.msg}") from None
    if not isinstance(data, dict) or data.get("factlint-baseline") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a factlint baseline (write one with --write-baseline)")
    return Counter(str(e.get("fingerprint")) for e in data["findings"] if isinstance(e, dict))


def new_findings(findings: Iterable[Finding], documents: Mapping[str, Document],
                 accepted: Counter[str]) -> tuple[Finding, ...]:
    """The findings the baseline does not account for; each accepted fingerprint absorbs one finding."""
    left = Counter(accepted)
    fresh = []
    for finding in findings:
        key = fingerprint(finding, documents)
        if left[key] > 0:
            left[key] -= 1
        else:
            fresh.append(finding)
    return tuple(fresh)
