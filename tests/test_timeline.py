"""Time across articles: own dates, datelines, story dates and stories placed after one another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint import link
from factlint.extract.dating import with_date
from factlint.link.episodes import shift
from factlint.read.documents import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize("text, expected", [
    ("---\ndate: 2021-03-02\n---\nText.", dt.date(2021, 3, 2)),
    ("WASHINGTON, May 4, 2023 - The talks ended.", dt.date(2023, 5, 4)),
    ("Title\n\nMay 03, 2013\nLohan checked in.", dt.date(2013, 5, 3)),
    ("Line one.\nLine two.\nLine three.\nLine four.\n— A post (@x) May 4, 2023\nMore.", dt.date(2023, 5, 4)),
    ("Line one.\nLine two.\nLine three.\nLine four.\nThe war began on May 4, 2020 in the north.", None),
    ("No date here at all.", None),
])
def test_article_date(text, expected):
    assert link.article_date(make_document("a.md", text)[0]) == expected


@pytest.mark.parametrize("start, months, days, expected", [
    (dt.date(2023, 1, 31), 1, 0, dt.date(2023, 2, 28)),
    (dt.date(2023, 5, 4), 1, 0, dt.date(2023, 6, 4)),
    (dt.date(2023, 1, 15), -1, 0, dt.date(2022, 12, 15)),
    (dt.date(2023, 5, 4), 0, 7, dt.date(2023, 5, 11)),
])
def test_shift(start, months, days, expected):
    assert shift(start, months, days) == expected


def test_seed_times_undated_story_is_placed_a_month_after_the_may_round():
    docs = read_paths([str(SEEDS)]).documents
    times = link.timeline(docs, link.group_stories(docs)).times
    got = {Path(p).name[:3]: (t.date, t.frame) for p, t in times.items()}
    assert got["002"] == (dt.date(2023, 5, 4), "calendar")
    assert got["001"] == got["003"] == (dt.date(2023, 5, 4), "calendar")
    assert got["000"] == got["004"] == (dt.date(2023, 6, 4), "calendar")


def test_undated_stories_are_ordered_in_a_frame_of_their_own():
    may = ("The foreign ministers of Armenia and Azerbaijan ended five-day peace talks at the "
           "Shultz Training Center in Arlington on Thursday, said Antony Blinken.")
    june = ("Ministers met again for three-day talks on Tuesday in Washington. Bayramov and Mirzoyan took part in "
            "five-day peace talks at the Shultz Training Center last month, after which Blinken praised the progress.")
    docs = [make_document("may.md", "---\nstory: may\n---\n" + may)[0],
            make_document("june.md", "---\nstory: june\n---\n" + june)[0]]
    times = link.timeline(docs, link.group_stories(docs)).times
    assert times["may.md"].frame == times["june.md"].frame != "calendar"
    assert shift(times["may.md"].date, 1) == times["june.md"].date


def _ordinals(*spans: tuple[str, str]) -> tuple[tuple[int, int], ...]:
    return tuple((dt.date.fromisoformat(a).toordinal(), dt.date.fromisoformat(b).toordinal()) for a, b in spans)


@pytest.mark.parametrize("periods, expected", [
    (_ordinals(("2012-07-07", "2012-07-07"), ("2012-09-08", "2012-09-08")), "2012-09-08"),  # the latest whole day
    (_ordinals(("2006-04-01", "2006-04-30")), None),                                         # a month says too little
    ((), None),
])
def test_named_day(periods, expected):
    from factlint.link.timeline import named_day

    found = named_day(periods)
    assert (found.isoformat() if found else None) == expected


def test_an_undated_article_is_placed_by_the_days_it_names():
    # The date stands past the first lines, where no dateline is looked for: the article names it, not its head.
    body = "Klitschko retains titles\n" + "\n".join(f"Line {n} about the fight in Bern." for n in range(6))
    docs = [with_date(make_document("a.md", body + "\nHe stopped Thompson on July 7, 2012, in Bern.")[0]),
            with_date(make_document("b.md", "---\ndate: 2012-07-08\n---\nKlitschko stopped Thompson in Bern.")[0])]
    timeline = link.timeline(docs, link.group_stories(docs))
    assert timeline.times["a.md"].source == "from the dates it names"
    assert timeline.times["a.md"].date == dt.date(2012, 7, 7)
