"""benchmarks/scaling: a copy of the pile moves every year, in front matter and text, and keeps every weekday."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.scaling import SHIFT_YEARS, shifted


@pytest.mark.parametrize("text, expected", [
    ('date: "26-FEB-1987 15:01:01.79"', 'date: "26-FEB-1959 15:01:01.79"'),
    ("date: 2016/8/23", "date: 1988/8/23"),
    ("On May 4, 2023, the talks ended.", "On May 4, 1995, the talks ended."),
    ("in 2014-2015", "in 1986-1987"),
    ("1,987 shares, 12019 tonnes, 2.2016 percent, 1850", "1,987 shares, 12019 tonnes, 2.2016 percent, 1850"),
])
def test_years_move_and_other_numbers_stay(text, expected):
    assert shifted(text, -SHIFT_YEARS) == expected


@given(st.dates(dt.date(1929, 1, 1), dt.date(2099, 12, 31)))
def test_a_date_moved_28_years_keeps_its_weekday_and_stays_a_date(date):
    moved = dt.date.fromisoformat(shifted(date.isoformat(), -SHIFT_YEARS))
    assert moved.year == date.year - SHIFT_YEARS and moved.weekday() == date.weekday()


@pytest.mark.parametrize("codes, times, verdict", [
    ((1, 1), (100.0, 300.0), "(met)"),
    ((1, 1), (100.0, 500.0), "(missed)"),
    ((1, 2), (100.0, 200.0), "(failed: exit 2 at 4x)"),  # a lost worker ran faster, and measured nothing
    ((2, 1), (100.0, 300.0), "(failed: exit 2 at 1x)"),
])
def test_a_failed_run_is_no_measurement(capsys, codes, times, verdict):
    from pathlib import Path

    from benchmarks.scaling import Point, _summary
    from benchmarks.throughput import Run

    points = [Point(size, "dask", 10 * size, Run(f"{size}x dask", seconds, seconds, 1.0, code), Path("r.json"))
              for size, code, seconds in zip((1, 4), codes, times)]
    _summary(points)
    assert capsys.readouterr().out.rstrip().endswith(verdict)
