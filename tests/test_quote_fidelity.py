"""The quote-fidelity check kind: which quotes are versions of one utterance, the diff, and where findings go."""

from __future__ import annotations

import pytest

from factlint.check import quote_fidelity
from factlint.check.quote_fidelity import Options, describe, differences, same_speaker, version
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.rulebook.rule_files import load_rulebook

RULE = next(r for r in load_rulebook().rules if r.id == "quote-fidelity")
CORPUS = Corpus({})
MILE = "The last mile of any marathon is always the hardest,"
KILOMETER = "the last kilometer of the marathon is always the hardest"


def quote(value: str, path: str = "a.txt", line: int = 1, speaker: str = "antoni blinken",
          story: str = "s", instance: str = "main") -> LinkedFact:
    span = Span(path, line * 100, line * 100 + len(value), line, 1, line, 1 + len(value))
    fact = Fact(FactKind.QUOTE, span, value, value, speaker, attrs=(("speaker_name", "Antony Blinken"),))
    return LinkedFact(fact, story, instance)


@pytest.mark.parametrize("a, b, diff", [
    (MILE, KILOMETER, "mile → kilometer, any → the"),
    ("None of this is easy, but the commitment, the determination to move forward, to deal with the remaining "
     "challenging issues is real.",
     "The leadership is inspiring. None of this is easy, but the commitment, the determination to move forward "
     "and address the outstanding issues that remain is real",
     "to deal with → and address, remaining challenging → outstanding, +that remain"),
    ("They reached an agreement on additional articles and advanced mutual understanding of the draft agreement",
     "reached an agreement on additional articles and achieved mutual understanding on the draft agreement.",
     "advanced → achieved, of → on"),
    ("we are close to a deal on the border now", "We are close to a deal, I think, on the border now.", "+I think"),
    ("we are really close to a deal on the border now", "We are close to a deal on the border now.", "-really"),
    ("we have five more rounds of talks to hold before the summer", "We have 6 more rounds of talks to hold before the summer",
     "five → 6"),
])
def test_word_diff(a, b, diff):
    changes = differences(version(quote(a)), version(quote(b)), Options())
    assert describe(version(quote(a)), version(quote(b)), changes) == diff


@pytest.mark.parametrize("a, b", [
    ("I hope that they see, and I believe that they do, as I do, that, there is an agreement within sight",
     "I hope that they see and I believe that they do, as I do, that there is an agreement within sight"),
    ("A final agreement is within reach, and we are determined to continue", "a final agreement is within reach"),
    ("We stood stead fast with the families of the victims", "we stood steadfast with the families of the victims"),
    ("Achieving a (peace) agreement would be historic for the region", "Achieving a agreement would be historic for the region"),
    # One spoken word in two notations: a time, a number.
    ("we're basically together from 6:30 in the morning until about 11:00 at night",
     "We're basically together from 6:30 in the morning until about 11 o'clock at night"),
    ("we have five more rounds of talks to hold before the summer", "We have 5 more rounds of talks to hold before the summer"),
])
def test_no_difference(a, b):
    assert differences(version(quote(a)), version(quote(b)), Options()) == []


@pytest.mark.parametrize("a, b", [
    ("to continue to help both of our friends cross the finish line.",
     "And we feel that we made progress, and we are determined to continue to help our friends achieve it"),
    ("The talks were constructive and useful", "Nobody expected the weather to turn so quickly this week"),
])
def test_not_versions_of_one_utterance(a, b):
    assert differences(version(quote(a)), version(quote(b)), Options()) is None


@pytest.mark.parametrize("a, b, same", [
    ("antoni blinken", "antoni blinken", True), ("blinken", "antoni blinken", True),
    ("statement", "statement", True), ("jake sulivan", "antoni blinken", False), ("", "", False),
])
def test_same_speaker(a, b, same):
    assert same_speaker(a, b) is same


def test_minority_version_is_reported_with_the_majority_as_related():
    facts = [quote(MILE, "001.txt", 2), quote(MILE, "001.txt", 6), quote(KILOMETER, "003.txt", 15)]
    (finding,) = quote_fidelity.check(RULE, facts, CORPUS)
    assert (finding.rule, finding.span.path, finding.span.line) == ("quote-fidelity", "003.txt", 15)
    assert [(r.span.path, r.span.line) for r in finding.related] == [("001.txt", 2), ("001.txt", 6)]
    assert finding.message == ("Antony Blinken quoted differently here: mile → kilometer, any → the "
                               "(as quoted at 001.txt:2, 001.txt:6)")


def test_tie_goes_to_the_first_version():
    facts = [quote(MILE, "000.txt", 4), quote(KILOMETER, "004.txt", 7)]
    assert [f.span.path for f in quote_fidelity.check(RULE, facts, CORPUS)] == ["004.txt"]


@pytest.mark.parametrize("other", [
    quote(KILOMETER, "003.txt", 15, story="other story"),
    quote(KILOMETER, "003.txt", 15, instance="other:last month"),
    quote(KILOMETER, "003.txt", 15, speaker="jake sulivan"),
    quote(KILOMETER, "003.txt", 15, speaker=""),
])
def test_other_instances_and_speakers_are_not_compared(other):
    assert list(quote_fidelity.check(RULE, [quote(MILE, "001.txt", 2), other], CORPUS)) == []


@pytest.mark.parametrize("second_line, findings", [(7, 0), (9, 1)])
def test_differing_quotes_in_one_paragraph_are_two_utterances(second_line, findings):
    facts = [quote("What to the American slave is your Fourth of July celebration", "a.txt", 7),
             quote("What to the Fourth of July celebration were African Americans", "a.txt", second_line)]
    assert len(list(quote_fidelity.check(RULE, facts, CORPUS))) == findings


def test_short_quotes_are_not_compared():
    assert list(quote_fidelity.check(RULE, [quote("tangible progress"), quote("tangible results", "b.txt")], CORPUS)) == []


def test_seed_misquotes(rulebook):
    from tests.conftest import SEEDS
    from factlint.pipeline import analyse
    from factlint.read.documents import read_paths

    documents = read_paths([str(SEEDS)]).documents
    findings = analyse(documents, rulebook, rules=[RULE]).findings
    def stem(path: str) -> str:
        return path.rsplit("/", 1)[-1][:3]

    places = [(stem(f.span.path), f.span.line, tuple((stem(r.span.path), r.span.line) for r in f.related))
              for f in findings]
    assert places == [
        ("003", 15, (("001", 5),)),                    # "achieving that agreement would be, I think, ..."
        ("003", 15, (("001", 2), ("001", 6))),         # the last mile / kilometer of the marathon
        ("003", 17, (("002", 14),)),                   # None of this is easy ...
        ("003", 21, (("001", 8), ("002", 11), ("002", 11))),  # the May statement
        ("004", 7, (("000", 4),)),                     # the June statement
    ]


@pytest.mark.parametrize("copies, variants", [(1, 1), (5, 1), (200, 2)])
def test_copies_of_one_wording_back_it_and_each_variant_is_one_finding(copies, variants):
    facts = [quote(MILE, f"{i:03}.txt", 2) for i in range(copies + 1)]
    facts += [quote(KILOMETER, f"v{i}.txt", 3) for i in range(variants)]
    facts.append(quote("Nobody expected the weather to turn so quickly this week", "w.txt", 4))
    findings = list(quote_fidelity.check(RULE, facts, CORPUS))
    assert sorted(f.span.path for f in findings) == [f"v{i}.txt" for i in range(variants)]
    assert all(len(f.related) == min(copies + 1, RULE.options.max_related) for f in findings)
