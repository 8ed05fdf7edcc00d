"""Story inference per time window (engine/stories.py, windows.py, index.py) equals link.stories.infer: run here
with a client that does each task at once, for many window counts, corpora and index cuts; tests/test_engine.py runs
it on a real 2-worker LocalCluster."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generated import corpus as generated_corpus
from inline_client import InlineClient

from factlint.engine import index, stories, windows
from factlint.link import stories as local_stories
from factlint.link.features import boilerplate, features, line_words
from factlint.read.documents import make_document

from conftest import SEEDS


def documents_of(texts: dict[str, str]):
    return [make_document(name, text)[0] for name, text in sorted(texts.items())]


GENERATED = documents_of(generated_corpus())
SEED_DOCUMENTS = documents_of({p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())})


@pytest.mark.parametrize("window_articles", [1, 5, 17, 1000])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_windows_merge_into_infers_stories(monkeypatch, window_articles, workers):
    monkeypatch.setattr(stories, "WINDOW_ARTICLES", window_articles)
    assert stories.infer_on(InlineClient(), GENERATED, workers=workers) == local_stories.infer(GENERATED)


def test_the_seeds_stories_and_their_evidence(monkeypatch):
    found = stories.infer_on(InlineClient(), SEED_DOCUMENTS, workers=2)
    assert found == local_stories.infer(SEED_DOCUMENTS)
    assert any(len(story.paths) > 1 and story.evidence for story in found)


def test_features_too_common_to_index_are_left_out_as_weigh_leaves_them_out(monkeypatch):
    for module in (local_stories, index):
        monkeypatch.setattr(module, "MAX_POSTING", 3)
    assert stories.infer_on(InlineClient(), GENERATED, workers=2) == local_stories.infer(GENERATED)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(2, 40), seed=st.integers(0, 10_000), window_articles=st.integers(1, 30))
def test_any_generated_corpus(count, seed, window_articles):
    documents = documents_of(generated_corpus(count, seed))
    saved = stories.WINDOW_ARTICLES
    stories.WINDOW_ARTICLES = window_articles
    try:
        assert stories.infer_on(InlineClient(), documents, workers=2) == local_stories.infer(documents)
    finally:
        stories.WINDOW_ARTICLES = saved


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize("days, count, expected", [
    ([_day("2020-01-03"), _day("2020-01-01"), None, _day("2020-01-02")], 2, [[1, 3], [0, 2]]),
    ([None, None, None], 2, [[0], [1, 2]]),
    ([_day("2020-01-01")], 4, [[0]]),
    ([], 3, []),
])
def test_time_windows_cut_dated_articles_by_date_then_the_undated(days, count, expected):
    assert windows.time_windows(days, count) == expected


def test_the_index_holds_what_weigh_indexes():
    documents = GENERATED
    lines = [line_words(doc) for doc in documents]
    skip = boilerplate(lines)
    weighted = local_stories.weigh(features(doc, doc_lines, skip) for doc, doc_lines in zip(documents, lines))
    spans = ((term, start, start + count) for term, start, count in zip(weighted.terms, weighted.starts, weighted.counts))
    expected = {term: (list(weighted.holders[first:last]), list(weighted.holder_weights[first:last]))
                for term, first, last in spans if term is not None}
    cut = windows.time_windows([doc.date.toordinal() if doc.date else None for doc in documents], 3)
    vectors = [windows.vectors([(p, documents[p], lines[p]) for p in positions], skip) for positions in cut]
    hashed = [index.hashes(window, 2) for window in vectors]
    shared = [index.shared_hashes(*[part[j] for part in hashed]) for j in range(2)]
    splits = [index.split(window, 2, shared) for window in vectors]
    built = [index.build(*[part[j] for part in splits]) for j in range(2)]
    found = {key: (holders[first:last], weights[first:last])
             for b in built for key, (holders, weights, first, last) in index.located(b[0]).items()}
    assert found == expected and len(found) > 100
