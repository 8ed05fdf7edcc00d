"""Properties of the whole pipeline on generated articles: no exception, spans inside the text, same output twice."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.model import Document, Report, Span
from factlint.pipeline import lint
from factlint.report import FORMATS, render
from factlint.rulebook.rule_files import load_rulebook

RULEBOOK = load_rulebook()
# Fragments that have broken extractors before or sit on their edges: dates, quotes, numbers, unicode.
TRICKY = (
    "The five-day talks ended on Thursday.", "The talks lasted four days.", "on Tuesday, May 4, 2023,",
    "since Sunday", "last month", "yesterday", "earlier this year", "Feb. 29", "2023-13-45", "31/02/2020",
    "from 9 to 5", "1,000,000", "1.5m", "7.5%", "-3", "²", "½", "٣", "Ⅻ", "10^999", "0x1F", "1e309",
    '"', "“", "”", "‘", "’", "«", "»", '"The last mile," he said.', "“unclosed", "'", "''",
    "Mr. ", "Dr. Jane O'Neil, 42,", "Ms. Zoë Ñúñez-García", "John Smith, 23, of Arlington, Virginia",
    "in Arlington, Va.", "at the George P. Shultz National Foreign Affairs Training Center",
    "nine people were injured", "more than 240", "about 250", "killed 3 and injured 7", "aged 30s",
    "\ufeff", "\u200b", "\u00a0", "\u2028", "\u2029", "\x85", "\r\n", "\r", "\n\n", "\t", "\x0b", "\x0c",
    "---", "...", "—", "–", "…", "e\u0301", "👍🏽", "\U0001f1fa\U0001f1f8", "ﬁ", "İ", "ß", "ǅ", "\ud7ff",
    "# Heading", "* bullet", "> quote", "| a | b |", "http://x.example/a?b=c", "a@b.example",
    "the the", "of of", "1st", "22nd", "March 2nd, 1999", "Q3 2024", "FY2023", "the 1990s", "noon", "3 p.m.",
)
NEWS_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S"), exclude_characters="\x00")
FRONT_MATTER = st.sampled_from((
    "", "---\ndate: 2023-05-06\n---\n", "---\ndate: 2014-07-29\nstory: s\n---\n", "---\nstory: s\n---\n",
    "---\ndate: nonsense\n---\n", "---\n[\n---\n", "---\n---\n", "---\ndate: 2023-05-06\n",
))
PIECE = st.one_of(st.sampled_from(TRICKY), st.text(NEWS_ALPHABET, max_size=40), st.sampled_from((" ", "\n", ". ")))
ARTICLE = st.builds(lambda front, pieces: front + "".join(pieces), FRONT_MATTER, st.lists(PIECE, max_size=25))
CORPUS = st.lists(ARTICLE, min_size=1, max_size=3)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _write(folder: str, texts: list[str]) -> None:
    for index, text in enumerate(texts):
        Path(folder, f"{index}.md").write_bytes(text.encode("utf-8"))


def _lint(texts: list[str]) -> Report:
    """Lint the articles written as files (as a user's folder would be), running every extractor."""
    with tempfile.TemporaryDirectory(prefix="factlint-prop-") as folder:
        _write(folder, texts)
        return lint([folder], RULEBOOK, all_facts=True)[1]


def _assert_span_inside(span: Span, doc: Document) -> None:
    assert 0 <= span.start <= span.end <= len(doc.text), span
    assert doc.position(span.start) == (span.line, span.column), span
    assert doc.position(span.end) == (span.end_line, span.end_column), span
    assert 1 <= span.line <= len(doc.line_starts) and 1 <= span.column <= len(doc.line_text(span.line)) + 1, span


@SETTINGS
@given(CORPUS)
def test_any_articles_lint_without_exception_and_every_span_is_inside_its_text(texts):
    report = _lint(texts)
    documents = report.documents
    for finding in report.findings:
        _assert_span_inside(finding.span, documents[finding.span.path])
        for related in finding.related:
            _assert_span_inside(related.span, documents[related.span.path])
        for edit in finding.fixes:
            _assert_span_inside(edit.span, documents[edit.span.path])
    for linked in report.facts:
        fact, doc = linked.fact, documents[linked.fact.span.path]
        _assert_span_inside(fact.span, doc)
        assert fact.span.start < fact.span.end and doc.text[fact.span.start:fact.span.end] == fact.text, fact


@SETTINGS
@given(CORPUS)
def test_the_same_articles_give_the_same_output_twice(texts):
    with tempfile.TemporaryDirectory(prefix="factlint-prop-") as folder:
        _write(folder, texts)
        outputs = []
        for _ in range(2):
            _, report = lint([folder], RULEBOOK, all_facts=True)
            outputs.append({name: render(name, report) for name in sorted(FORMATS)})
    assert outputs[0] == outputs[1]
