"""Episodes: one story's articles split into occasions by when they were written, by references back, and by
likeness for undated articles."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.link.episodes import NEWS_WEEK, Episode, split_stories
from factlint.link.references import Reference
from factlint.model import ArticleTime, Story


def _known(**dates: str) -> dict[str, ArticleTime]:
    return {path: ArticleTime(dt.date.fromisoformat(iso), "calendar", "its own date") for path, iso in dates.items()}


def _ref(path: str, target: str, months: int = 1) -> Reference:
    return Reference(path, 0, 10, "last month", "s", "s", months, 0, ("a b",), 1, target)


def _alike(*pairs: tuple[str, str]):
    linked = {frozenset(pair) for pair in pairs}
    return lambda a, b: 1.0 if frozenset((a, b)) in linked else 0.0


def _groups(episodes) -> list[list[str]]:
    keys = {e.key for e in episodes.of.values()}
    return sorted(sorted(p for p, e in episodes.of.items() if e.key == key) for key in keys)


@pytest.mark.parametrize("dates, expected", [
    # Written within a news week of each other: one occasion.
    ({"a": "2023-05-01", "b": "2023-05-04", "c": "2023-05-08"}, [["a", "b", "c"]]),
    # A visit in January and another in April: two occasions, however alike the articles.
    ({"a": "2023-01-10", "b": "2023-01-12", "c": "2023-04-20"}, [["a", "b"], ["c"]]),
    # Chained: each report within a week of the one before.
    ({"a": "2023-05-01", "b": "2023-05-07", "c": "2023-05-13"}, [["a", "b", "c"]]),
])
def test_dated_articles_split_by_news_weeks(dates, expected):
    story = Story("s", tuple(sorted(dates)))
    episodes = split_stories([story], _known(**dates), [], _alike(), {})
    assert _groups(episodes) == expected


def test_episode_keys_name_the_first_occasion_main_and_the_others_by_date():
    story = Story("s", ("a", "b"))
    episodes = split_stories([story], _known(a="2023-01-10", b="2023-04-20"), [], _alike(), {})
    assert (episodes.of["a"].key, episodes.of["b"].key) == ("main", "2023-04-20")


def test_a_reference_back_dates_the_citing_article_and_keeps_it_apart():
    # The seeds' shape: 002 dated; 001 and 003 like it; 004 says 001's talks were "last month"; 000 like 004.
    story = Story("s", ("000", "001", "002", "003", "004"))
    alike = _alike(("001", "002"), ("003", "002"), ("000", "004"), ("004", "002"))
    episodes = split_stories([story], _known(**{"002": "2023-05-04"}), [_ref("004", "001")], alike, {})
    assert _groups(episodes) == [["000", "004"], ["001", "002", "003"]]
    assert episodes.of["004"].first == dt.date(2023, 6, 4)
    assert episodes.dated_by["004"].target_path == "001"


def test_an_undated_story_is_split_in_its_own_frame():
    story = Story("s", ("a", "b", "c"))
    seed = ArticleTime(dt.date(2000, 1, 15), "story:s", "undated")
    episodes = split_stories([story], {}, [_ref("c", "a", months=2)], _alike(("a", "b")), {"s": seed})
    assert _groups(episodes) == [["a", "b"], ["c"]]
    assert episodes.of["c"].frame == "story:s" and episodes.of["c"].key == "episode 2"


def test_an_undated_article_alike_to_nothing_joins_the_only_occasion():
    story = Story("s", ("a", "b"))
    episodes = split_stories([story], _known(a="2023-05-01"), [], _alike(), {})
    assert _groups(episodes) == [["a", "b"]]


@pytest.mark.parametrize("first, last, held", [
    ("2023-05-04", "2023-05-04", True),
    ("2023-04-27", "2023-04-27", True),    # within the news week before the first report
    ("2023-05-01", "2023-05-31", True),    # the month of its reports
    ("2023-04-01", "2023-04-30", False),   # last month, though its last days lie in the week before
    ("2023-04-20", "2023-04-25", False),
    ("2023-05-10", "2023-05-10", True),    # announced for the week after
    ("2023-06-01", "2023-06-30", False),
])
def test_an_episode_holds_times_in_a_news_week_around_its_reports(first, last, held):
    episode = Episode("main", "s", ("a",), dt.date(2023, 5, 4), dt.date(2023, 5, 4), "calendar")
    assert episode.holds(dt.date.fromisoformat(first), dt.date.fromisoformat(last)) is held
    assert NEWS_WEEK == 7


def test_an_undated_article_whose_lead_names_other_people_is_another_occasion():
    # A similarity of -1 says the two leads name different people, neither naming the other's.
    story = Story("s", ("a", "b", "c"))
    clash = lambda x, y: -1.0 if {x, y} == {"a", "c"} else 0.5  # noqa: E731
    episodes = split_stories([story], _known(a="2012-07-07", b="2012-07-08"), [], clash, {})
    assert _groups(episodes) == [["a", "b"], ["c"]]


@pytest.mark.parametrize("first, second", [("0001-01-05", "0001-02-03"), ("9999-12-30", "9999-12-31")])
def test_the_calendar_s_ends_overflow_nothing(first, second):
    # A reference back a month from year 1, and a news week past 9999-12-31: no OverflowError, no ValueError.
    story = Story("s", ("a", "b", "c"))
    episodes = split_stories([story], _known(a=first, b=second), [_ref("a", "c", months=-1), _ref("c", "b")],
                             _alike(("a", "c")), {})
    assert set(episodes.of) == {"a", "b", "c"}
    episode = episodes.of["a"]
    assert episode.holds(dt.date(9999, 12, 31), dt.date(9999, 12, 31)) in (True, False)
    assert episode.holds(dt.date(1, 1, 1), dt.date(1, 1, 1)) in (True, False)
