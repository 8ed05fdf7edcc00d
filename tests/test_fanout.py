"""Fan-out of per-document work: serial and parallel give the same facts, in the same order."""

from __future__ import annotations

import os
import sys

import pytest

from factlint import fanout
from factlint.cache import Cache
from factlint.extract import Extractor, extract_facts

ARTICLES = [
    "The five-day talks in Geneva ended on Friday.",
    "The talks, which lasted four days, ended on Friday.",
    "---\nstory: summit\n---\nThe summit lasted for three days.",
    "The strike lasted nine days.",
]


@pytest.fixture
def docs(doc):
    return [doc(ARTICLES[i % len(ARTICLES)] + f" Item {i}.", f"d{i:03}.md") for i in range(40)]


@pytest.fixture
def parallel_always(monkeypatch):
    monkeypatch.setattr(fanout, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(fanout, "PARALLEL_MIN_DOCUMENTS", 2)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_jobs_give_the_serial_facts(docs, rulebook, parallel_always, jobs):
    serial = fanout.extract_all(docs, rulebook.lexicon, None, jobs=1)
    result = fanout.extract_all(docs, rulebook.lexicon, None, jobs=jobs)
    assert result.facts == serial.facts
    assert len(result.facts) == 60  # 40 durations and the 20 Fridays


def test_facts_are_the_extractors_facts(docs, rulebook):
    expected = sorted((f for d in docs for f in extract_facts(d, rulebook.lexicon)), key=lambda f: (f.span, f.kind.value))
    assert list(fanout.extract_all(docs, rulebook.lexicon, None).facts) == expected


def test_progress_counts_every_document(docs, rulebook, parallel_always):
    seen = []
    fanout.extract_all(docs, rulebook.lexicon, None, jobs=2, progress=lambda n, total: seen.append((n, total)))
    assert sum(n for n, _ in seen) == 40 and {t for _, t in seen} == {40}


def test_small_chunks_are_not_made_too_small():
    assert [len(c) for c in fanout._chunks(list(range(40)), 2)] == [16, 16, 8]


@pytest.mark.parametrize("broken", ["durations", fanout.LINES_PRODUCT])
def test_an_extractor_failing_on_one_article_is_a_problem_there_and_the_rest_is_checked(doc, rulebook, tmp_path,
                                                                                      monkeypatch, broken):
    articles = [doc("The talks lasted four days and ended on Friday. BOOM", "a.md"), doc("The talks lasted five days.", "b.md")]

    def explode(run):
        def wrapped(document, *args):
            if "BOOM" in document.text:
                raise KeyError("ﬁrst")
            return run(document, *args)
        return wrapped

    if broken == fanout.LINES_PRODUCT:
        monkeypatch.setattr(fanout, "line_words", explode(fanout.line_words))
    else:
        monkeypatch.setattr(fanout, "EXTRACTORS", tuple(
            Extractor(e.name, e.kinds, explode(e.run)) if e.name == broken else e for e in fanout.EXTRACTORS))
    for _ in range(2):  # a failure is never cached: the second run reports it again
        store = Cache(tmp_path)
        result = fanout.extract_all(articles, rulebook.lexicon, None, cache=store)
        store.close()
        assert [(p.path, p.line) for p in result.problems] == [("a.md", 1)]
        assert "KeyError" in result.problems[0].message and "please report it" in result.problems[0].message
        assert any(f.span.path == "b.md" and f.value == "P5D" for f in result.facts)
        if broken == fanout.LINES_PRODUCT:
            assert result.lines["a.md"] == () and result.lines["b.md"]
        else:
            assert any(f.span.path == "a.md" for f in result.facts)  # the other extractors still ran there


@pytest.mark.skipif(sys.platform != "linux", reason="workers must be forked to see the patched compute")
def test_a_worker_that_dies_costs_only_its_article(monkeypatch):
    from factlint import fanout
    from factlint.read.documents import make_document
    from factlint.rulebook.rule_files import load_rulebook

    original = fanout.compute

    def dying(doc, vocabulary, wanted):
        if "DIE" in doc.text:
            os._exit(9)  # as the kernel's out-of-memory killer ends a process: no exception, no cleanup
        return original(doc, vocabulary, wanted)

    monkeypatch.setattr(fanout, "compute", dying)
    monkeypatch.setattr(fanout, "PARALLEL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(fanout, "PARALLEL_MIN_CHARS", 0)
    documents = [make_document(f"{i}.txt", "The five-day talks ended." + (" DIE" if i == 3 else ""))[0]
                 for i in range(6)]
    extracted = fanout.extract_all(documents, load_rulebook().lexicon, None, jobs=2)
    assert {p.path for p in extracted.problems} == {"3.txt"}
    assert "its process died (out of memory?)" in extracted.problems[0].message
    assert {f.span.path for f in extracted.facts} == {f"{i}.txt" for i in range(6)} - {"3.txt"}


def test_a_lone_article_gets_no_line_words_grouping_needs(doc, rulebook, tmp_path, monkeypatch):
    """Line words serve only to group articles; one article alone is grouped with none, so none are made or stored."""
    def refused(document):
        raise AssertionError("line words made for a lone article")

    monkeypatch.setattr(fanout, "line_words", refused)
    store = Cache(tmp_path)
    result = fanout.extract_all([doc("The talks lasted four days.", "a.md")], rulebook.lexicon, None, cache=store)
    products = {product for (product,) in store.connection.execute("SELECT product FROM entries")}
    store.close()
    assert not result.problems and result.lines == {} and result.facts
    assert fanout.LINES_PRODUCT not in products and fanout.PERIODS_PRODUCT in products
