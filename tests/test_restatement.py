"""The restatement check kind: a sentence told again in another article must give the same figures and dates."""

from __future__ import annotations

import dataclasses

import pytest

from factlint.check import restatement
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

RULEBOOK = load_rulebook()
FIGURE = next(r for r in RULEBOOK.rules if r.id == "restated-figure")
DATE = next(r for r in RULEBOOK.rules if r.id == "restated-date")
SHOT = "five people were shot in downtown Tacoma {} morning, police said on the scene."
WOUNDED = "A woman was killed and {} men were wounded when gunfire erupted on a crowded Kensington block."


def findings(rule, *articles: str, dates: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """(path, line) of each finding of the rule on the articles, told they are one story."""
    documents = []
    for index, text in enumerate(articles):
        front = "story: one\n" + (f"date: {dates[index]}\n" if dates else "")
        documents.append(make_document(f"{index}.md", f"---\n{front}---\n{text}\n")[0])
    return [(f.span.path, f.span.line) for f in analyse(documents, RULEBOOK, rules=[rule]).findings]


@pytest.mark.parametrize("articles, reported", [
    # A count changed in a sentence told twice (the woman killed, "at least one", is not what the count is told as):
    # reported once, at the article that sorts later on a tie.
    ((WOUNDED.format("three"), WOUNDED.format("four")), [("1.md", 4)]),
    # Two articles against one: the one is reported.
    ((WOUNDED.format("four"), WOUNDED.format("three"), WOUNDED.format("three")), [("0.md", 4)]),
    # The same count: nothing.
    ((WOUNDED.format("three"), WOUNDED.format("three")), []),
    # Another sentence: a count is compared only where the sentence is told again.
    ((WOUNDED.format("three"), "Four men were wounded in the shooting, the police chief told reporters on Tuesday."), []),
    # A sum named differently in one sentence told twice.
    (("The judge ordered Mendoza held in lieu of $250,000 bail, declining a request to hold him without bail.",
      "The judge ordered Mendoza held in lieu of $350,000 bond, declining a request to hold him without bail."),
     [("1.md", 4)]),
    # A template told of another company: more than one number differs.
    (("NOTES: Operating net excludes loss of 647,000 dlrs, or three cts a share, vs profit 173,000 dlrs in quarter.",
      "NOTES: Operating net excludes loss of 6,050,000 dlrs, or 64 cts a share, vs profit 64,013,000 dlrs in quarter."),
     []),
    # A template told of another country: a name put in the place of another.
    (("Exporters offered a bonus to cover the sale of 37,000 tonnes of wheat flour to North Yemen, the department said.",
      "Exporters offered a bonus to cover the sale of 25,000 tonnes of wheat flour to Iraq, the department said."), []),
    # A name written in capitals is the same name.
    (("AN AUSTRALIAN climber who survived two nights stuck on Mount Cook after seeing his brother die escaped.",
      "An Australian climber who survived three nights stuck on Mount Cook after seeing his brother die escaped."),
     [("1.md", 4)]),
])
def test_figures(articles, reported):
    assert findings(FIGURE, *articles) == reported


@pytest.mark.parametrize("articles, dates, reported", [
    # A weekday changed in one sentence written on one day.
    ((SHOT.format("early Saturday"), SHOT.format("early Sunday")), ("2016-08-15", "2016-08-15"), [("1.md", 5)]),
    # One weekday in articles written a week apart names two dates, but says the same.
    ((SHOT.format("early Saturday"), SHOT.format("early Saturday")), ("2016-08-15", "2016-08-22"), []),
    # A changed year.
    (("He came to America from Kenya in 2011 via a refugee program, the police chief said.",
      "He came to America from Kenya in 2010 via a refugee program, the police chief said."),
     ("2016-10-26", "2016-10-26"), [("1.md", 5)]),
    # A year and a date in it agree.
    (("He came to America from Kenya in 2011 via a refugee program, the police chief said.",
      "He came to America from Kenya on May 3, 2011 via a refugee program, the police chief said."),
     ("2016-10-26", "2016-10-26"), []),
    # Two years told in the other order.
    (("Police had taken reports of domestic incidents at the home in 2005 and 2006 for nominal matters.",
      "Police had taken reports of domestic incidents at the home in 2006 and 2005 for nominal matters."),
     ("2016-10-26", "2016-10-26"), []),
    # A date the copy leaves out is not what its other date became.
    (("The unemployment rate stood at 5.9%, up from 5.8% in May, the Bureau of Labor Statistics reported Friday.",
      "The unemployment rate stood at 5.9%, up from 5.8%, the Bureau of Labor Statistics reported Friday."),
     ("2021-07-03", "2021-07-03"), []),
    # One clock time named from two article dates.
    (("Officers were dispatched to the 400 block of Ryburn Avenue around 11:45 p.m. on reports of a shooting.",
      "Officers were dispatched to the 400 block of Ryburn Avenue around 11:45 p.m. on reports of a shooting."),
     ("2016-09-19", "2016-10-26"), []),
    # A clock time written without its day says nothing of the day.
    (("A group was standing in front of 1311 Northwest 2nd Avenue when a black SUV drove by and someone opened fire "
      "Sunday night.", "A group was standing in front of 1311 Northwest 2nd Avenue around 6 p.m. when a black SUV drove "
      "by and someone opened fire."), ("2014-12-15", "2014-12-15"), []),
    # "Yesterday" and "today" written a day apart name one day.
    (("At a news conference after yesterday's meeting of the group, the finance minister said the ministers agreed.",
      "At a news conference after today's meeting of the group, the finance minister said the ministers agreed."),
     ("1987-04-09", "1987-04-08"), []),
    # "Yesterday" and the weekday it names.
    (("His body was discovered yesterday by a maid who entered his hotel room in Biloxi, the coroner said.",
      "His body was discovered Tuesday by a maid who entered his hotel room in Biloxi, the coroner said."),
     ("2004-07-28", "2004-07-28"), []),
])
def test_dates(articles, dates, reported):
    assert findings(DATE, *articles, dates=dates) == reported


@pytest.mark.parametrize("dates, reported", [
    (("2016-08-15", "2016-08-20"), [("1.md", 5)]),
    # Written months apart: a template told of another shooting.
    (("2016-08-15", "2017-01-20"), []),
])
def test_articles_written_far_apart_tell_other_statements(dates, reported):
    assert findings(FIGURE, WOUNDED.format("three"), WOUNDED.format("four"), dates=dates) == reported


def date(value: str, path: str = "a.md", **attrs: str) -> LinkedFact:
    span = Span(path, 0, 1, 1, 1, 1, 2)
    return LinkedFact(Fact(FactKind.DATE, span, value, value, attrs=tuple(attrs.items())), "one", "main")


@pytest.mark.parametrize("a, b, same", [
    (date("2016-08-13", weekday="6", anchored="yes"), date("2016-08-20", "b.md", weekday="6", anchored="yes"), True),
    (date("2016-08-13", weekday="6", anchored="yes"), date("2016-08-14", "b.md", weekday="7", anchored="yes"), False),
    (date("2016-07", relative="month", shift="-1", anchored="yes"),
     date("2016-08", "b.md", relative="month", shift="-1", anchored="yes"), True),
    (date("2016-07", relative="month", shift="-1", anchored="yes"),
     date("2016-07", "b.md", relative="year", shift="-1", anchored="yes"), False),
    (date("2011"), date("2011-05-03", "b.md"), True),
    (date("2011"), date("2010", "b.md"), False),
    # A day named from an article date beside an absolute one, in articles of unknown dates: nothing to compare.
    (date("2016-08-13", anchored="yes"), date("2016-08-12", "b.md"), True),
])
def test_same(a, b, same):
    assert restatement._same(a, b, Corpus({})) is same


def test_a_time_named_from_an_article_date_is_shown_as_written():
    documents = [make_document(f"{i}.md", f"---\nstory: one\ndate: 2016-08-15\n---\n{SHOT.format(day)}\n")[0]
                 for i, day in enumerate(("early Saturday", "early Sunday"))]
    (finding,) = analyse(documents, RULEBOOK, rules=[DATE]).findings
    assert finding.message.startswith('early Sunday morning here ("early Sunday morning") but early Saturday morning '), \
        finding.message


@pytest.mark.parametrize("inferred_stories, reported", [(False, 0), (True, 1)])
def test_stories_inferred_from_shared_words_only_when_asked(inferred_stories, reported):
    rule = dataclasses.replace(FIGURE, options=dataclasses.replace(FIGURE.options, inferred_stories=inferred_stories))
    documents = [make_document(f"{i}.md", f"{WOUNDED.format(count)}\n")[0] for i, count in enumerate(("three", "four"))]
    analysis = analyse(documents, RULEBOOK, rules=[rule])
    assert len(analysis.stories) == 1 and len(analysis.findings) == reported
