"""The `factlint facts` renderers: capped table columns, a story column, and whole values in JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.model import Anchor, EventMention, Fact, FactKind, LinkedFact, Span
from factlint.report.facts import WIDTHS, _cell, _instance, render_jsonl, render_table

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
    assert header.split() == ["PLACE", "KIND", "TEXT", "VALUE", "SUBJECT", "STORY", "INSTANCE", "MENTION", "ATTRS"]
    assert first.split()[0] == "news/a.txt:3:5" and "news/a.txt  main" in first
    assert "news/b.txt  main" in second
    assert header.index("STORY") == first.index("news/a.txt  main") == second.index("news/b.txt  main")
    assert max(len(line) for line in (header, first, second)) < 200


def test_jsonl_keeps_values_whole():
    (record,) = [json.loads(line) for line in render_jsonl([_item(QUOTE)]).splitlines()]
    assert (record["text"], record["story"], record["instance"]) == (QUOTE, "news/a.txt", "main")


@pytest.mark.parametrize("mention, shown", [
    (None, "-"),
    (EventMention("Shooting", "shoot", 0, 8, "shooting", "2023-10-30", "Oct. 30"), "shooting @2023-10-30"),
    (EventMention("talks", "talk", 0, 5, "talks", "XXXX-WXX-4", "Thursday"), "talks @Thursday"),
    (EventMention("lasted", "last", 0, 6, "", None, None), "lasted"),
])
def test_mention_column_shows_word_and_time(mention, shown):
    item = LinkedFact(_item("five days").fact, "news/a.txt", "main", mention=mention)
    header, row = render_table([item]).splitlines()
    assert row[header.index("MENTION"):].split("  ")[0].strip() == shown
    (record,) = [json.loads(line) for line in render_jsonl([item]).splitlines()]
    assert (record["mention"], record["mention_time"]) == ((mention.word, mention.time or "") if mention else ("", ""))


# People see names, never matching keys: the SUBJECT column and the jsonl subject, as a user runs `factlint facts`.
MATCHING_KEYS = ("secretari of state", "ararat mirzoian", "white huse", "antoni blinken", "jeihun bairamov")


def _facts(*args: str) -> str:
    from click.testing import CliRunner

    from factlint.cli import main

    root = Path(__file__).resolve().parents[1]
    return CliRunner().invoke(main, ["facts", *args, str(root / "seeds")]).stdout


@pytest.mark.parametrize("output_format", ["table", "jsonl"])
def test_subjects_are_names_as_most_articles_write_them(output_format):
    output = _facts("--format", output_format)
    if output_format == "jsonl":
        subjects = {json.loads(line)["subject"] for line in output.splitlines()}
    else:
        header, *rows = output.splitlines()
        start = header.index("SUBJECT")
        subjects = {row[start:start + 24].strip() for row in rows}
    assert {"Secretary of State", "Ararat Mirzoyan", "White House", "Antony Blinken", "Jeyhun Bayramov"} <= subjects
    assert not subjects & set(MATCHING_KEYS) and "Ararat Mirzoian" not in subjects  # 1 article of 5 writes -ian


@pytest.mark.parametrize("votes, shown", [
    # (spelling, article) pairs for one key: most articles win, then most uses, then the alphabet.
    ([("Ararat Mirzoyan", "a"), ("Ararat Mirzoyan", "b"), ("Ararat Mirzoian", "c"), ("Ararat Mirzoian", "c")],
     "Ararat Mirzoyan"),
    ([("Jeyhun Bayramov", "a"), ("Jeyhun Bairamov", "b")], "Jeyhun Bairamov"),
    ([("Jeyhun Bayramov", "a"), ("Jeyhun Bayramov", "a"), ("Jeyhun Bairamov", "b")], "Jeyhun Bayramov"),
])
def test_the_spelling_most_articles_use_with_deterministic_ties(votes, shown):
    from factlint.report.names import names

    facts = [LinkedFact(Fact(FactKind.PERSON, Span(path, i, i + 1, 1, 1, 1, 2), text, text, "key",
                             attrs=(("name", text),)), "s", "main") for i, (text, path) in enumerate(votes)]
    assert names(facts).of("key") == shown
    assert names(list(reversed(facts))).of("key") == shown


@pytest.mark.parametrize("path, shown", [("::error::x.txt", "./::error::x.txt:1:"), ("a\x1b[2J.txt", "a\\x1b[2J.txt:1:")])
def test_the_table_shows_hostile_paths_harmless(path, shown):
    from factlint.fanout import extract_all
    from factlint.model import LinkedFact
    from factlint.read.documents import make_document
    from factlint.report.facts import render_table
    from factlint.rulebook.rule_files import load_rulebook

    doc, _ = make_document(path, "The five-day talks ended.\n")
    facts = extract_all([doc], load_rulebook().lexicon, None).facts
    table = render_table([LinkedFact(fact, "s", "main") for fact in facts])
    assert table.splitlines()[1].startswith(shown) and "\x1b" not in table


@pytest.mark.parametrize("anchor, day, shown", [
    (None, None, "main"),
    (None, "2017-02-15", "main on 2017-02-15"),
    (Anchor("last month", "2023-05"), None, "other:2023-05 (last month)"),
])
def test_the_instance_column_shows_what_placed_the_fact(anchor, day, shown):
    item = _item("six people")
    item = LinkedFact(item.fact, item.story, "other:2023-05" if anchor else "main", anchor, day)
    assert _instance(item) == shown
    assert json.loads(render_jsonl([item]))["day"] == (day or "")
