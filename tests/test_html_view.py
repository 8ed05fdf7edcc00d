"""The report view: article ids and labels, titles, conflicts by span, and the order of stories."""

from __future__ import annotations

import pytest

from factlint.model import Finding, Related, Report, Severity, Story
from factlint.read.documents import make_document
from factlint.report.html_view import build_view, story_parts, story_title


def _report(texts: dict[str, str], findings=(), stories=()) -> Report:
    return Report(tuple(findings), {p: make_document(p, t)[0] for p, t in texts.items()}, (), stories=tuple(stories))


@pytest.mark.parametrize("text, title", [
    ("Talks end in Geneva with a deal\nBody text here.", "Talks end in Geneva with a deal"),
    ("By A. Writer\nWASHINGTON\nTalks end in Geneva with a deal\n", "Talks end in Geneva with a deal"),
    ("---\ntitle: From the front matter\n---\nTalks end in Geneva with a deal\n", "From the front matter"),
    ("Short\n", "Short"),
    ("word " * 40, ("word " * 40)[:89].rstrip() + "…"),
])
def test_title(text, title):
    assert build_view(_report({"a.txt": text})).title("a.txt") == title


@pytest.mark.parametrize("path, text, label", [
    ("news/a.txt", "---\noutlet: Daily News\n---\nText.", "Daily News"),
    ("news/a.txt", "Text.", "news/a.txt"),  # a file name alone may be another folder's article too
])
def test_label_is_outlet_else_path(path, text, label):
    assert build_view(_report({path: text})).label(path) == label


def test_conflicts_indexed_by_both_sides_and_stories_with_conflicts_first():
    texts = {"a.txt": "One.", "b.txt": "Two.", "c.txt": "Three."}
    report = _report(texts)
    docs = report.documents
    finding = Finding("r", Severity.ERROR, "m", docs["c.txt"].span(0, 5), (Related(docs["b.txt"].span(0, 3), "x"),))
    report = _report(texts, [finding], [Story("a.txt", ("a.txt",)), Story("b.txt", ("b.txt", "c.txt"))])
    view = build_view(report)
    assert [c.article_ids for c in view.conflicts] == [("a2", "a1")]
    assert set(view.by_span) == {("c.txt", 0, 5), ("b.txt", 0, 3)}
    assert [p.story.id for p in story_parts(report, view)] == ["b.txt", "a.txt"]


def test_articles_outside_any_story_get_their_own():
    report = _report({"a.txt": "One.", "b.txt": "Two."}, stories=[Story("a.txt", ("a.txt",))])
    assert [p.story.paths for p in story_parts(report, build_view(report))] == [("a.txt",), ("b.txt",)]


def test_story_title_is_the_shortest_headline():
    report = _report({"a.txt": "WASHINGTON - The ministers met for five days and talked.\n",
                      "b.txt": "Ministers end their talks in Geneva\nWASHINGTON - The ministers met.\n"})
    assert story_title(build_view(report), ("a.txt", "b.txt")) == "Ministers end their talks in Geneva"
