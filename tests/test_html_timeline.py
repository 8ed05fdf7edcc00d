"""The timeline: ISO 8601 values to days, and marks drawn for any temporal fact kind, dates included."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.model import Fact, FactKind, LinkedFact, Report, Story
from factlint.read.documents import make_document
from factlint.report.html_timeline import _days, _ticks, date_range, duration_days, readable, timeline
from factlint.report.html_view import build_view, story_parts


@pytest.mark.parametrize("value, days", [
    ("P5D", 5.0), ("P2W", 14.0), ("PT12H", 0.5), ("P1DT12H", 1.5), ("P1Y", 365.0), ("P1.5D", 1.5),
    ("P", None), ("PT", None), ("P0D", None), ("PXD", None), ("5 days", None), ("2023-05-04", None),
])
def test_duration_days(value, days):
    assert duration_days(value) == days


@pytest.mark.parametrize("value, expected", [
    ("2023-05-04", (dt.date(2023, 5, 4), dt.date(2023, 5, 4))),
    ("2023-05", (dt.date(2023, 5, 1), dt.date(2023, 5, 31))),
    ("2023-12", (dt.date(2023, 12, 1), dt.date(2023, 12, 31))),
    ("2023", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("2023-W18", (dt.date(2023, 5, 1), dt.date(2023, 5, 7))),
    ("2023-05-04T10:00", (dt.date(2023, 5, 4), dt.date(2023, 5, 4))),
    ("2023-02-30", None), ("XXXX-05-04", None), ("PRESENT_REF", None), ("P5D", None),
])
def test_date_range(value, expected):
    assert date_range(value) == expected


def _report(*facts: tuple[str, FactKind, str, str]) -> Report:
    """Two articles of one story, with facts given as (path, kind, phrase, value)."""
    texts = {"a.txt": "The talks began on May 2 and lasted five days.", "b.txt": "The talks began on May 3 and lasted four days."}
    docs = {path: make_document(path, text)[0] for path, text in texts.items()}
    linked = []
    for path, kind, phrase, value in facts:
        start = texts[path].index(phrase)
        fact = Fact(kind, docs[path].span(start, start + len(phrase)), phrase, value, "talks")
        linked.append(LinkedFact(fact, "a.txt", "main"))
    return Report((), docs, (), stories=(Story("a.txt", ("a.txt", "b.txt")),), facts=tuple(linked))


def _svg(report: Report) -> str:
    view = build_view(report)
    return timeline(view, story_parts(report, view)[0])


def test_dates_and_durations_both_drawn():
    svg = _svg(_report(("a.txt", FactKind.DATE, "May 2", "2023-05-02"), ("b.txt", FactKind.DATE, "May 3", "2023-05-03"),
                       ("a.txt", FactKind.DURATION, "five days", "P5D")))
    assert "Dates each article gives" in svg and "How long each article says it lasted" in svg
    assert svg.count('class="bar"') == 3
    assert ">2023-05-02<" in svg


@pytest.mark.parametrize("kind, value", [(FactKind.QUANTITY, "5"), (FactKind.AGE, "P15Y"), (FactKind.DATE, "someday")])
def test_non_temporal_facts_stay_off_the_timeline(kind, value):
    assert "No dates or durations" in _svg(_report(("a.txt", kind, "five days", value)))


@pytest.mark.parametrize("total, labels", [
    (5, ["0 d", "1 d", "2 d", "3 d", "4 d", "5 d"]),
    (60, ["0 wk", "1 wk", "2 wk", "3 wk", "4 wk", "5 wk", "6 wk", "7 wk", "8 wk"]),
    (200, ["0 mo", "1 mo", "2 mo", "3 mo", "4 mo", "5 mo", "6 mo"]),
    (1900, ["0 y", "1 y", "2 y", "3 y", "4 y", "5 y"]),
])
def test_tick_labels_use_the_unit_of_their_step(total, labels):
    ticks = _ticks(total)
    assert [_days(tick, ticks[1]) for tick in ticks] == labels


def test_publication_dates_join_a_timeline_that_has_facts():
    docs = {p: make_document(p, f"---\ndate: 2023-05-0{i}\n---\nThe talks lasted five days.\n")[0]
            for i, p in enumerate(("a.txt", "b.txt"), 4)}
    start = docs["a.txt"].text.index("five days")
    fact = Fact(FactKind.DURATION, docs["a.txt"].span(start, start + 9), "five days", "P5D", "talks")
    story = (Story("a.txt", ("a.txt", "b.txt")),)
    svg = _svg(Report((), docs, (), stories=story, facts=(LinkedFact(fact, "a.txt", "main"),)))
    assert "When each article was published" in svg and ">2023-05-04<" in svg
    assert svg.count('href="#a0"') == 1 and svg.count('href="#a1"') == 1
    assert "No dates or durations" in _svg(Report((), docs, (), stories=story))


@pytest.mark.parametrize("kind, text, value, display, shown", [
    (FactKind.DATE, "Thursday", "XXXX-WXX-4", "XXXX-WXX-4", "“Thursday”"),
    (FactKind.DATE, "recent  days", "PAST_REF", "", "“recent days”"),
    (FactKind.DATE, "May 4, 2023", "2023-05-04", "", "2023-05-04"),
    (FactKind.DURATION, "five-day", "P5D", "5 days", "5 days"),
    (FactKind.QUANTITY, "dozens", "XX", "", "XX"),
])
def test_readable_values(kind, text, value, display, shown):
    doc = make_document("a.txt", text)[0]
    assert readable(Fact(kind, doc.span(0, len(text)), text, value, display=display)) == shown
