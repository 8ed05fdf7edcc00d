"""Article texts: numbered, linkable lines; facts highlighted without nesting, across line breaks too."""

from __future__ import annotations

from factlint.model import Fact, FactKind, LinkedFact, Report
from factlint.read.documents import make_document
from factlint.report.html_text import article
from factlint.report.html_view import build_view

TEXT = "The five-day\ntalks ended <here> & there."
DOC = make_document("a.txt", TEXT)[0]


def fact(phrase: str, value: str) -> LinkedFact:
    start = TEXT.index(phrase)
    return LinkedFact(Fact(FactKind.DURATION, DOC.span(start, start + len(phrase)), phrase, value, "talks"), "a.txt", "main")


def render(*facts: LinkedFact) -> str:
    return article(build_view(Report((), {"a.txt": DOC}, ())), DOC, list(facts))


def test_lines_are_numbered_and_linkable_and_text_escaped():
    html = render()
    assert '<div class="ln" id="a0-L1">' in html and '<div class="ln" id="a0-L2">' in html
    assert "talks ended &lt;here&gt; &amp; there." in html


def test_a_fact_across_a_line_break_is_marked_on_both_lines_with_one_anchor():
    html = render(fact("five-day\ntalks", "P5D"))
    assert html.count("<mark") == 2 and html.count('id="a0-L1-C5"') == 1
    assert ">five-day</mark>" in html and ">talks</mark>" in html


def test_overlapping_facts_keep_the_longer_one():
    html = render(fact("five-day\ntalks", "P5D"), fact("five-day", "P5D"))
    assert html.count("<mark") == 2 and "(2 facts)" in html
