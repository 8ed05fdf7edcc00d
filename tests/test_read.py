"""Reading articles: discovery, decoding, line ends, front matter and positions."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.read import documents as read
from factlint.read.documents import MissingPathError, decode, discover, line_starts, make_document, read_paths


@pytest.mark.parametrize("raw", [
    "one\ntwo\nthree", "one\r\ntwo\r\nthree", "one\rtwo\rthree", "one\ntwo\r\nthree", "one\ntwo\nthree\n",
])
def test_line_ends_keep_line_numbers(raw):
    document, _ = make_document("a.txt", raw)
    assert [document.line_text(n) for n in (1, 2, 3)] == ["one", "two", "three"]
    assert document.position(document.text.index("three")) == (3, 1)


def test_bom_is_removed():
    assert decode("a.txt", "\ufeffhello".encode("utf-8")) == "hello"


def test_invalid_utf8_names_byte_offset():
    problem = decode("a.txt", b"ok\nbad \xff here")
    assert (problem.line, problem.column) == (2, 5)
    assert "byte 7" in problem.message


def test_binary_is_skipped():
    assert "binary" in decode("a.bin", b"\x00\x01\x02").message


def test_front_matter_is_metadata_not_text():
    document, problem = make_document("a.md", "---\ndate: 2023-05-04\nstory: talks\n---\nThe talks lasted four days.\n")
    assert problem is None
    assert document.meta["story"] == "talks"
    assert str(document.date) == "2023-05-04"
    assert "story" not in document.text
    assert document.position(document.text.index("The talks")) == (5, 1)


def test_bad_front_matter_is_a_problem():
    _, problem = make_document("a.md", "---\ndate: [unclosed\n---\nText\n")
    assert problem is not None and problem.path == "a.md" and "front matter" in problem.message


def test_discover_walks_folders_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.md", "c.txt", "skip.csv", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    found = discover([str(tmp_path)])
    assert [p.removeprefix(str(tmp_path) + "/") for p in found] == ["a.md", "b/z.txt", "c.txt"]


def test_missing_path_raises(tmp_path):
    with pytest.raises(MissingPathError):
        discover([str(tmp_path / "nope")])


def test_read_paths_keeps_going_after_a_bad_file(tmp_path):
    (tmp_path / "good.txt").write_text("The talks lasted four days.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfd bad")  # not \xff\xfe: that is the UTF-16 byte order mark
    result = read_paths([str(tmp_path)])
    assert [d.path.rsplit("/", 1)[-1] for d in result.documents] == ["good.txt"]
    assert [p.path.rsplit("/", 1)[-1] for p in result.problems] == ["bad.txt"]


def test_stdin(tmp_path):
    result = read_paths(["-"], stdin_text="The talks lasted four days.")
    assert result.documents[0].path == "-"


@pytest.mark.parametrize("front", [
    "date: 2024-01-02\nstory: talks", 'date: "2024-01-02"', "a: [1, 2", "- a\n- b", "date: 2023-13-45",
    "x: !!python/object:os.system a", "t: yes\nn: ~\nf: 1.5e3", "x:\n  y:\n    z: 1", "? [a]\n: b",
    "a: " + "[" * 60 + "]" * 60,
])
def test_fast_front_matter_reads_as_the_pure_python_loader(monkeypatch, front):
    text = f"---\n{front}\n---\nBody.\n"
    fast = read.split_front_matter(text)
    monkeypatch.setattr(read, "_FAST_LOADER", None)
    assert fast == read.split_front_matter(text)


@pytest.mark.parametrize("value, expected", [
    ("2023-05-04", "2023-05-04"),
    ("2023-05-04T10:00:00Z", "2023-05-04"),
    ("May 4, 2023", "2023-05-04"),
    ("4 May 2023", "2023-05-04"),
    ("Thu, 04 May 2023 10:30:00 +0000", "2023-05-04"),
    ("4 mai 2023", "2023-05-04"),
    ("4. Mai 2023", "2023-05-04"),
    ("25.12.2023", "2023-12-25"),
    ("12/25/2023", "2023-12-25"),
    ("4-MAR-1987 09:33:47.25", "1987-03-04"),
    ("May 4, 2023, 10:30 a.m.", "2023-05-04"),
    ("May 4, 2023 10:30 EDT", "2023-05-04"),
    # Whatever a feed appends after the clock time is cut with it.
    ("12-MAR-1987 09:33:47.25&#9;&#9;&#9;F", "1987-03-12"),
    ("2017/2/7", "2017-02-07"),
    # A clock time before the date is not taken for the end of the date.
    ("10:30 a.m., May 4, 2023", "2023-05-04"),
    # Never guessed: relative or partial dates (they would need the wall clock), and day/month orders
    # that read both ways.
    ("next Tuesday", None),
    ("yesterday", None),
    ("May 2023", None),
    ("May 4", None),
    ("04.05.2023", None),
    ("05/04/2023", None),
    ("TBD", None),
])
def test_front_matter_dates_in_any_common_style(value, expected):
    assert read.parse_date(value) == (dt.date.fromisoformat(expected) if expected else None)


def test_unreadable_front_matter_date_is_a_problem_on_its_line():
    doc, problem = read.make_document("a.md", "---\ntitle: Talks\ndate: next Tuesday\n---\nThe talks ended.\n")
    assert doc.date is None
    assert (problem.path, problem.line) == ("a.md", 3) and "'next Tuesday' is not a date" in problem.message


def test_written_front_matter_date_dates_the_article():
    doc, problem = read.make_document("a.md", "---\ndate: May 4, 2023\n---\nThe talks ended.\n")
    assert problem is None and doc.date == dt.date(2023, 5, 4)


@pytest.mark.parametrize("text, starts", [("", [0]), ("a\nbc", [0, 2]), ("a\n", [0, 2]), ("\n\n", [0, 1, 2])])
def test_line_starts(text, starts):
    found = line_starts(text)
    assert list(found) == starts
    assert found.itemsize == 8  # an array of machine integers: a tuple held an int object per line
