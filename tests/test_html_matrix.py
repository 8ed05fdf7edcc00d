"""The fact matrix: rows grouped by (instance, kind, subject), one cell per article, conflicts marked."""

from __future__ import annotations

import pytest

from factlint.model import Fact, FactKind, Finding, LinkedFact, Related, Report, Severity, Story
from factlint.read.documents import make_document
from factlint.report.html_matrix import instance_label, kind_label, matrix, rows_of
from factlint.report.html_view import build_view, story_parts

TEXTS = {"a.txt": "The five-day talks ended. Last month's talks lasted two days.", "b.txt": "The talks lasted four days."}
DOCS = {path: make_document(path, text)[0] for path, text in TEXTS.items()}


def linked(path: str, phrase: str, value: str, instance: str = "main", kind: FactKind = FactKind.DURATION) -> LinkedFact:
    start = TEXTS[path].index(phrase)
    fact = Fact(kind, DOCS[path].span(start, start + len(phrase)), phrase, value, "talks", display=value[1:-1] + " days")
    return LinkedFact(fact, "a.txt", instance)


FACTS = (
    linked("a.txt", "five-day talks", "P5D"),
    linked("a.txt", "lasted two days", "P2D", "other:last month"),
    linked("b.txt", "lasted four days", "P4D"),
    linked("b.txt", "talks", "talks", kind=FactKind.QUOTE),
)


def test_rows_group_by_instance_kind_and_subject():
    rows = rows_of(FACTS)
    assert [(r.instance, r.kind, sorted(r.cells)) for r in rows] == [
        ("main", FactKind.DURATION, ["a.txt", "b.txt"]),
        ("main", FactKind.QUOTE, ["b.txt"]),
        ("other:last month", FactKind.DURATION, ["a.txt"]),
    ]


def test_instance_labels():
    assert instance_label("main", []) == "The event these articles report"
    assert instance_label("other:last month", []) == "Another occasion: “last month”"


def test_conflict_cells_carry_the_rule_and_the_other_cells_do_not():
    finding = Finding("duration-agreement", Severity.ERROR, "4 days here but 5 days there", FACTS[2].fact.span,
                      (Related(FACTS[0].fact.span, "5 days"),))
    report = Report((finding,), DOCS, (), stories=(Story("a.txt", ("a.txt", "b.txt")),), facts=FACTS)
    view = build_view(report)
    html = matrix(view, story_parts(report, view)[0])
    assert html.count('<td data-article="a0" class="conflict">') == 1
    assert html.count('<td data-article="a1" class="conflict">') == 1
    assert html.count('class="tag" href="#c0"') == 2
    assert html.count("data-rules=\"duration-agreement\"") == 1
    assert '<a href="#a1-L1" title="lasted four days">line 1</a>' in html


@pytest.mark.parametrize("kind, label", [(FactKind.DURATION, "Duration"), (FactKind.QUANTITY, "Count"), (FactKind.SET, "Recurrence")])
def test_kind_labels(kind, label):
    assert kind_label(kind) == label


@pytest.mark.parametrize("finding_on, folded_open", [(None, False), (1, True)])
def test_other_occasions_fold_unless_they_disagree(finding_on, folded_open):
    findings = () if finding_on is None else (
        Finding("r", Severity.ERROR, "m", FACTS[finding_on].fact.span, (Related(FACTS[0].fact.span, "x"),)),)
    report = Report(findings, DOCS, (), stories=(Story("a.txt", ("a.txt", "b.txt")),), facts=FACTS)
    view = build_view(report)
    html = matrix(view, story_parts(report, view)[0])
    assert ('<details class="others" open>' in html) is folded_open
    assert "Other occasions the articles mention (1)" in html


def test_rows_of_other_occasions_that_agree_are_folded_too():
    other = linked("a.txt", "Last month's talks", "talks", "other:last month", kind=FactKind.QUOTE)
    facts = FACTS + (other,)
    finding = Finding("r", Severity.ERROR, "m", FACTS[1].fact.span, (Related(FACTS[0].fact.span, "x"),))
    report = Report((finding,), DOCS, (), stories=(Story("a.txt", ("a.txt", "b.txt")),), facts=facts)
    view = build_view(report)
    html = matrix(view, story_parts(report, view)[0])
    others = html[html.index('<details class="others" open>'):]
    shown, folded = others.split('<details class="agree">')
    assert 'class="disagree"' in shown and 'data-kind="duration"' in shown and 'data-kind="quote"' not in shown
    assert 'data-kind="quote"' in folded and 'class="disagree"' not in folded
