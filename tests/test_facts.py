"""The `factlint facts` renderers: capped table columns, a story column, and whole values in JSON lines."""

from __future__ import annotations

import json

import pytest

from factlint.model import Fact, FactKind, LinkedFact, Span
from factlint.report.facts import WIDTHS, _cell, render_jsonl, render_table

QUOTE = "We have made real progress on the draft agreement and we will keep working until the last article is done"


def _item(text: str, story: str = "news/a.txt", kind: FactKind = FactKind.QUOTE) -> LinkedFact:
    span = Span("news/a.txt", 0, len(text), 3, 5, 3, 5 + len(text))
    return LinkedFact(Fact(kind, span, text, text, "statement", attrs=(("speaker", "it"),)), story, "main")


@pytest.mark.parametrize("text, column, expected", [
    ("Thursday night", "text", "Thursday night"),
    ("a\n  b", "text", "a b"),
    (QUOTE, "text", QUOTE[:39] + "…"),
    (QUOTE, "value", QUOTE[:23] + "…"),
    (QUOTE, "subject", QUOTE[:23] + "…"),
    ("corpora/2023/june/talks/washington/001_3c1e2b94aa01429f.txt", "story", "…ington/001_3c1e2b94aa01429f.txt"),
    ("x" * 80, "attrs", "x" * 59 + "…"),
])
def test_cells_are_cut_to_their_column(text, column, expected):
    assert _cell(text, column) == expected
    assert len(_cell(text, column)) <= WIDTHS.get(column, 60)


def test_story_column_and_bounded_rows():
    table = render_table([_item(QUOTE), _item("Sunday", "news/b.txt", FactKind.DATE)])
    header, first, second = table.splitlines()
    assert header.split() == ["PLACE", "KIND", "TEXT", "VALUE", "SUBJECT", "STORY", "INSTANCE", "ATTRS"]
    assert first.split()[0] == "news/a.txt:3:5" and "news/a.txt  main" in first
    assert "news/b.txt  main" in second
    assert header.index("STORY") == first.index("news/a.txt  main") == second.index("news/b.txt  main")
    assert max(len(line) for line in (header, first, second)) < 200


def test_jsonl_keeps_values_whole():
    (record,) = [json.loads(line) for line in render_jsonl([_item(QUOTE)]).splitlines()]
    assert (record["text"], record["story"], record["instance"]) == (QUOTE, "news/a.txt", "main")


@pytest.mark.parametrize("path, shown", [("::error::x.txt", "./::error::x.txt:1:"), ("a\x1b[2J.txt", "a\\x1b[2J.txt:1:")])
def test_the_table_shows_hostile_paths_harmless(path, shown):
    from factlint.fanout import extract_all
    from factlint.model import LinkedFact
    from factlint.read import make_document
    from factlint.report.facts import render_table
    from factlint.rulebook import load_rulebook

    doc, _ = make_document(path, "The five-day talks ended.\n")
    facts = extract_all([doc], load_rulebook().lexicon, None).facts
    table = render_table([LinkedFact(fact, "s", "main") for fact in facts])
    assert table.splitlines()[1].startswith(shown) and "\x1b" not in table
