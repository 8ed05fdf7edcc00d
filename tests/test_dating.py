"""The article's own date: front matter first, then a default, then a dateline; never the wall clock."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.extract.dating import with_date
from factlint.read.documents import make_document


@pytest.mark.parametrize("text, default, expected", [
    ("---\ndate: 2023-05-04\n---\nLONDON, Feb 3, 2021 (Reuters) - Text.", None, dt.date(2023, 5, 4)),
    ("LONDON, Feb 3, 2021 (Reuters) - Text.", None, dt.date(2021, 2, 3)),
    ("LONDON, Feb 3, 2021 (Reuters) - Text.", dt.date(2020, 1, 1), dt.date(2020, 1, 1)),
    ("WASHINGTON, May 4 (AA) - Text without a year.", None, None),
    ("No date anywhere in this text.", None, None),
])
def test_document_date(text, default, expected):
    assert with_date(make_document("a.md", text)[0], default).date == expected
