"""The stale-relative check: copied sentences whose relative time names different periods, at every scope."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.stale_relative import QuoteMarks, _copies, _prefix, _sentence, quoted
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Scope, Span
from factlint.pipeline import analyse
from factlint.read.documents import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHECKPOINT = "The establishment of a checkpoint on the border between the two countries {when} sparked tensions."
BUDGET = "The city council approved the new transit budget {when} after a long public hearing."


def _run(rulebook, articles, scope=None, stories=None):
    rule = next(r for r in rulebook.rules if r.id == "stale-relative-date")
    if scope is not None:
        rule = dataclasses.replace(rule, scope=scope)
    docs = []
    for i, text in enumerate(articles):
        head = f"---\nstory: {stories[i]}\n---\n" if stories else ""
        docs.append(make_document(f"{i}.md", head + text)[0])
    return analyse(docs, rulebook, rules=[rule]).findings


@pytest.mark.parametrize("first, second, sentence, when, expected", [
    ("May 4, 2023", "June 15, 2023", CHECKPOINT, "last month", [("1.md", 2)]),
    ("June 15, 2023", "May 4, 2023", CHECKPOINT, "last month", [("0.md", 2)]),
    ("May 4, 2023", "May 20, 2023", CHECKPOINT, "last month", []),
    ("March 3, 2021", "March 9, 2021", BUDGET, "yesterday", [("1.md", 2)]),
    ("March 3, 2021", "March 3, 2021", BUDGET, "yesterday", []),
    ("March 1, 2021", "March 3, 2021", BUDGET, "this week", []),
    ("March 1, 2021", "March 9, 2021", BUDGET, "this week", [("1.md", 2)]),
    ("January 5, 2021", "November 9, 2021", BUDGET, "earlier this year", []),
    ("December 5, 2020", "February 9, 2021", BUDGET, "earlier this year", [("1.md", 2)]),
])
def test_copied_sentence(rulebook, first, second, sentence, when, expected):
    articles = [f"WASHINGTON, {date} - Officials spoke.\n{sentence.format(when=when)}" for date in (first, second)]
    findings = _run(rulebook, articles)
    assert [(f.span.path, f.span.line) for f in findings] == expected
    assert all(f.rule == "stale-relative-date" for f in findings)


@pytest.mark.parametrize("sentence", [
    '"We lost two lives {when} in Orange, due to senseless violence," Mayor Dwayne Warren said to reporters.',
    '“We lost two lives {when} in Orange, due to senseless violence,” Mayor Dwayne Warren said to reporters.',
    "Subsea cable operator Seacom announced on Twitter {when} (14 October) that it restored services to all customers.",
])
def test_quotes_and_changed_numbers_are_not_stale(rulebook, sentence):
    second = sentence.replace("14 October", "20 October")
    articles = [f"ORANGE, March 3, 2021 - Officials spoke.\n{sentence.format(when='today')}",
                f"ORANGE, March 9, 2021 - Officials spoke.\n{second.format(when='today')}"]
    assert _run(rulebook, articles) == ()


def test_different_sentences_are_not_compared(rulebook):
    articles = ["WASHINGTON, May 4, 2023 - " + CHECKPOINT.format(when="last month"),
                "WASHINGTON, June 15, 2023 - The ministers resumed their talks in the capital last month after a pause."]
    assert _run(rulebook, articles) == ()


def test_day_needs_the_articles_own_dates(rulebook):
    # The first article's date comes only from its story: good to the month, not to the day.
    articles = ["Officials spoke.\n" + BUDGET.format(when="yesterday"),
                "BOSTON, March 3, 2021 - Riders spoke.\n" + BUDGET.format(when="yesterday"),
                "BOSTON, March 9, 2021 - Riders spoke.\n" + BUDGET.format(when="yesterday")]
    findings = _run(rulebook, articles, stories=["a", "b", "a"])
    assert [(f.span.path, f.span.line, [r.span.path for r in f.related]) for f in findings] == [
        ("2.md", 5, ["1.md"])]


@pytest.mark.parametrize("scope, stories, fires", [
    (Scope.CORPUS, ["a", "b"], True),
    (Scope.STORY, ["a", "b"], False),
    (Scope.STORY, ["a", "a"], True),
    (Scope.ARTICLE, ["a", "a"], False),
    # Articles written a month apart are two episodes of one story: never one instance.
    (Scope.INSTANCE, ["a", "a"], False),
])
def test_scopes(rulebook, scope, stories, fires):
    articles = [f"WASHINGTON, {date} - Officials spoke.\n{CHECKPOINT.format(when='last month')}"
                for date in ("May 4, 2023", "June 15, 2023")]
    assert bool(_run(rulebook, articles, scope=scope, stories=stories)) is fires


def test_seeds_checkpoint(rulebook):
    docs = read_paths([str(SEEDS)]).documents
    rule = next(r for r in rulebook.rules if r.id == "stale-relative-date")
    findings = analyse(docs, rulebook, rules=[rule]).findings
    assert [(Path(f.span.path).name[:3], f.span.line, [(Path(r.span.path).name[:3], r.span.line) for r in f.related])
            for f in findings] == [("004", 13, [("001", 14)])]


@pytest.mark.parametrize("line, inside", [
    ('He said "the checkpoint was set up last month" on Friday.', True),
    ('"Done," he said. The checkpoint was set up last month.', False),
    ("He said “the checkpoint was set up last month” on Friday.", True),
    ("“Done,” he said. The checkpoint was set up last month.", False),
    ("Il a dit « the checkpoint was set up last month » hier.", True),
    ("»The checkpoint was set up last month«, he said.", True),
    ("The checkpoint was set up last month.", False),
])
def test_a_relative_time_inside_a_quotation_is_the_speakers(line, inside):
    text = "First paragraph with a \" mark.\n" + line + "\n"
    doc = make_document("a.txt", text)[0]
    start = text.index("last month")
    span = Span("a.txt", start, start + 10, 2, start - text.index(line) + 1, 2, start - text.index(line) + 11)
    item = LinkedFact(Fact(FactKind.DATE, span, "last month", "2023-04", ""), "s", "main")
    corpus = Corpus({"a.txt": doc})
    assert quoted(item, corpus) is inside
    assert quoted(item, corpus, QuoteMarks(corpus)) is inside


@pytest.mark.parametrize("words, min_overlap, prefix", [
    # Ten words of which a copy shares at least 7: missing all of the first 4 leaves at most 6.
    (list("abcdefghij"), 0.7, 4),
    (list("abcdef"), 0.7, 2),
    # Every word needed: one is enough to look for.
    (list("abcdef"), 1.0, 1),
    # Nothing needed: every word is a candidate.
    (list("abcdef"), 0.0, 6),
])
def test_prefix_is_what_a_copy_cannot_all_miss(words, min_overlap, prefix):
    assert list(_prefix(words, min_overlap)) == words[:prefix]


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 14), min_size=6), st.sets(st.integers(0, 14), min_size=6),
       st.sampled_from([0.5, 0.7, 0.9]))
def test_copies_always_share_a_prefix_word(first, second, min_overlap):
    order = sorted(range(15), key=lambda w: (w * 7) % 15)  # any one global order of the words
    words_a, words_b = ([str(w) for w in order if w in words] for words in (first, second))
    a, b = _sentence(frozenset(words_a)), _sentence(frozenset(words_b))
    if _copies(a, b, min_overlap):
        assert set(_prefix(words_a, min_overlap)) & set(_prefix(words_b, min_overlap))


@pytest.mark.parametrize("first, second, recurring_after, stale", [
    # "today" six days on is a copy gone stale; a month on it is a formula about a new day.
    ("March 1, 1987", "March 7, 1987", 7, True),
    ("March 6, 1987", "April 7, 1987", 7, False),
    ("March 6, 1987", "April 7, 1987", 0, True),
    ("March 6, 1987", "April 7, 1987", 40, True),
])
def test_a_day_named_far_later_is_a_recurring_formula(rulebook, first, second, recurring_after, stale):
    rule = next(r for r in rulebook.rules if r.id == "stale-relative-date")
    rule = dataclasses.replace(rule, options=dataclasses.replace(rule.options, recurring_after=recurring_after))
    sentence = ("Global Petroleum said it raised the price it charges contract barge customers for heating oil "
                "in New York harbor by half a cent a gallon, effective today.")
    docs = [make_document(f"{i}.md", f"NEW YORK, {when} - Heating oil prices moved. {sentence}\n")[0] for i, when in enumerate((first, second))]
    findings = analyse(docs, rulebook, rules=[rule]).findings
    assert bool(findings) is stale
