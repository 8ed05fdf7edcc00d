"""Renderers for `factlint facts`: what factlint understood, as an aligned table or JSON lines."""

from __future__ import annotations

from typing import Callable, Sequence

from factlint.decide.safe_json import to_json
from factlint.link.fact_mentions import shown as shown_mention
from factlint.model import LinkedFact
from factlint.report.names import Names, names
from factlint.report.printable import printable, printable_path

COLUMNS = ("place", "kind", "text", "value", "subject", "story", "instance", "mention", "attrs")
MAX_CELL = 60
# Quotes and long names would set a column's width for every row; these columns are cut to a width of their own.
WIDTHS = {"text": 40, "value": 24, "subject": 24, "story": 32, "instance": 32, "mention": 28}
# A story id is its first article's path: its end tells stories apart, so a long one loses its start.
CUT_FROM_START = frozenset({"story"})


def _row(item: LinkedFact, shown: Names) -> dict[str, str]:
    fact, span = item.fact, item.fact.span
    return {
        "place": f"{printable_path(span.path)}:{span.line}:{span.column}",  # a table line starts with it
        "kind": fact.kind.value,
        "text": fact.text,
        "value": fact.value,
        "subject": shown.of(fact.subject) if fact.subject else "-",
        "story": item.story or "-",
        "instance": _instance(item),
        "mention": shown_mention(item.mention) if item.mention else "-",
        "attrs": " ".join(f"{k}={v}" for k, v in fact.attrs) or "-",
    }


def _instance(item: LinkedFact) -> str:
    """The instance a fact falls in, with the time expression that put it there and the day its clause names."""
    shown = f"{item.instance} ({item.anchor.text})" if item.anchor else item.instance
    return f"{shown} on {item.day}" if item.day else shown


def _cell(text: str, column: str = "") -> str:
    """One cell on one line, cut with … to its column's width."""
    text = printable(" ".join(text.split()))
    width = WIDTHS.get(column, MAX_CELL)
    if len(text) <= width:
        return text
    return "…" + text[len(text) - width + 1 :] if column in CUT_FROM_START else text[: width - 1] + "…"


def render_table(facts: Sequence[LinkedFact]) -> str:
    """Facts as a table with aligned columns and a header; long cells are cut, `--format jsonl` has them whole."""
    shown = names(facts)
    rows = [{k: _cell(v, k) for k, v in _row(item, shown).items()} for item in facts]
    widths = {c: max([len(c), *(len(r[c]) for r in rows)]) for c in COLUMNS}
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in COLUMNS).rstrip()]
    lines += ["  ".join(r[c].ljust(widths[c]) for c in COLUMNS).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def render_jsonl(facts: Sequence[LinkedFact]) -> str:
    """One JSON object per fact, with its 1-based place, for machines; the subject as people read it."""
    shown = names(facts)
    out = []
    for item in facts:
        fact, span = item.fact, item.fact.span
        out.append(to_json({
            "path": span.path, "line": span.line, "column": span.column,
            "end_line": span.end_line, "end_column": span.end_column,
            "kind": fact.kind.value, "text": fact.text, "value": fact.value, "shown": fact.shown,
            "subject": shown.of(fact.subject) if fact.subject else "", "story": item.story, "instance": item.instance,
            "mention": item.mention.word if item.mention else "",
            "mention_root": item.mention.root if item.mention else "",
            "mention_time": (item.mention.time or "") if item.mention else "",
            "anchor": item.anchor.text if item.anchor else "", "day": item.day or "", "attrs": dict(fact.attrs),
        }))
    return "".join(line + "\n" for line in out)


FACT_FORMATS: dict[str, Callable[[Sequence[LinkedFact]], str]] = {
    "table": render_table,
    "jsonl": render_jsonl,
}
