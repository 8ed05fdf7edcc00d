"""Cross-story references: relative past times that point at another story's event, not copied background."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import link
from factlint.link.references import (_BACK_WORD, _candidates, back, candidate_spans, decode_spans, encode_spans,
                                       find_references)
from factlint.read.documents import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize("key, expected", [
    ("last month", (1, 0)), ("last year", (12, 0)), ("last week", (0, 7)), ("two months ago", (2, 0)),
    ("3 years ago", (36, 0)), ("in 2016", None), ("the first round", None),
])
def test_back(key, expected):
    assert back(key) == expected
    # Only sentences holding one of the back words are searched: every expression back reads must hold one.
    assert (expected is None) or _BACK_WORD.search(key)


@pytest.mark.parametrize("sentence", [
    "The ministers met last month in Geneva.",
    "Talks collapsed two years ago.",
    "The previous year's summit ended badly.",
])
def test_a_back_pointing_sentence_is_a_candidate(sentence):
    doc = make_document("a.md", f"Headline\n\nFirst line.\n\n{sentence}\n")[0]
    [candidate] = _candidates(doc, "s")
    assert doc.text[candidate.start:candidate.end].strip() == sentence


def test_seed_reference_is_the_may_round_and_not_the_copied_checkpoint():
    docs = read_paths([str(SEEDS)]).documents
    stories = link.group_stories(docs)
    references = link.find_references(docs, stories)
    assert [(Path(r.path).name[:3], r.line, Path(r.target_path).name[:3], r.months, r.within) for r in references] == [
        ("004", 10, "001", 1, True)]


def test_articles_without_a_relative_past_time_have_no_references():
    docs = [make_document(f"{i}.md", f"Talks on trade opened in Geneva on Monday, round {i}.")[0] for i in range(3)]
    assert link.find_references(docs, link.group_stories(docs)) == ()


def test_candidate_spans_cached_give_the_references_computed_ones():
    documents = read_paths([str(SEEDS)]).documents
    stories = link.group_stories(documents)
    spans = {doc.path: decode_spans(encode_spans(candidate_spans(doc))) for doc in documents}
    assert spans == {doc.path: candidate_spans(doc) for doc in documents}
    assert any(spans.values())
    assert find_references(documents, stories, spans) == find_references(documents, stories)


@pytest.mark.parametrize("payload", ["{", "[[1, 2]]", '[["a", 2, 3, 4, "x", "y"]]'])
def test_malformed_cached_spans_do_not_decode(payload):
    with pytest.raises(ValueError):
        decode_spans(payload)
