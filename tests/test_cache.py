"""The extraction cache: used on a second run, invalidated by a changed file or vocabulary, rebuilt when corrupt."""

from __future__ import annotations

import sqlite3

import pytest

from factlint import cache as cache_module
from factlint import fanout
from factlint.cache import Cache, decode_facts, encode_facts
from factlint.extract import EXTRACTORS, Extractor
from factlint.rulebook.lexicon import Lexicon, build_lexicon
from factlint.model import FactKind

TEXTS = {
    "a.md": "The five-day talks ended on Friday.",
    "b.md": "The talks, which lasted four days, ended on Friday.",
    "c.md": "---\ndate: 2024-03-01\n---\nThe summit lasted for three days.",
}


@pytest.fixture
def counted(monkeypatch):
    """Replace the extractors by counting wrappers; the list holds the paths each call saw."""
    calls: list[str] = []

    def wrap(extractor: Extractor) -> Extractor:
        def run(doc, lexicon):
            calls.append(doc.path)
            return extractor.run(doc, lexicon)
        return Extractor(extractor.name, extractor.kinds, run)

    monkeypatch.setattr(fanout, "EXTRACTORS", tuple(wrap(e) for e in EXTRACTORS))
    return calls


def documents(doc, texts=TEXTS):
    return [doc(text, path) for path, text in texts.items()]


def extract(docs, lexicon, folder):
    store = Cache(folder)
    try:
        return fanout.extract_all(docs, lexicon, None, cache=store), store.hits, store.misses
    finally:
        store.close()


def test_second_run_reads_the_cache(doc, rulebook, tmp_path, counted):
    first, _, misses = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert sorted(set(counted)) == sorted(TEXTS) and misses == len(TEXTS)
    counted.clear()
    second, hits, misses = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert counted == [] and (hits, misses) == (len(TEXTS), 0)
    assert second.facts == first.facts and second.facts


@pytest.mark.parametrize("changed, text", [
    ("a.md", "The six-day talks ended on Friday."),
    ("c.md", "---\ndate: 2024-03-02\n---\nThe summit lasted for three days."),  # front matter only
])
def test_changed_file_is_extracted_again(doc, rulebook, tmp_path, counted, changed, text):
    extract(documents(doc), rulebook.lexicon, tmp_path)
    counted.clear()
    result, _, misses = extract(documents(doc, {**TEXTS, changed: text}), rulebook.lexicon, tmp_path)
    assert set(counted) == {changed} and misses == 1
    if changed == "a.md":
        assert [f.value for f in result.facts if f.span.path == "a.md" and f.kind is FactKind.DURATION] == ["P6D"]


def test_changed_vocabulary_invalidates_every_entry(doc, tmp_path, counted):
    before = Lexicon(events=build_lexicon({"talks": {"nouns": ["talks"], "verbs": []}}))
    after = Lexicon(events=build_lexicon({"talks": {"nouns": ["talks", "summit"], "verbs": []}}))
    extract(documents(doc), before, tmp_path)
    counted.clear()
    result, _, misses = extract(documents(doc), after, tmp_path)
    assert sorted(set(counted)) == sorted(TEXTS) and misses == len(TEXTS)
    assert any(f.subject == "talks" and f.span.path == "c.md" for f in result.facts)


@pytest.mark.parametrize("garbage", [b"this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000, b""])
def test_corrupt_file_is_rebuilt_not_trusted(doc, rulebook, tmp_path, counted, garbage):
    expected, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path / "clean")
    (tmp_path / cache_module.FILENAME).write_bytes(garbage)
    counted.clear()
    result, _, misses = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert result.facts == expected.facts and misses == len(TEXTS)
    counted.clear()
    assert extract(documents(doc), rulebook.lexicon, tmp_path)[2] == 0 and counted == []


def test_old_schema_is_rebuilt(doc, rulebook, tmp_path, counted):
    extract(documents(doc), rulebook.lexicon, tmp_path)
    with sqlite3.connect(tmp_path / cache_module.FILENAME) as connection:
        connection.execute(f"PRAGMA user_version={cache_module.SCHEMA + 1}")
    counted.clear()
    assert extract(documents(doc), rulebook.lexicon, tmp_path)[2] == len(TEXTS)


def test_entry_that_does_not_decode_is_recomputed(doc, rulebook, tmp_path, counted):
    expected, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    with sqlite3.connect(tmp_path / cache_module.FILENAME) as connection:
        connection.execute("UPDATE entries SET payload = '[[\"no-such-kind\", 1]]'")
    counted.clear()
    result, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert result.facts == expected.facts and sorted(set(counted)) == sorted(TEXTS)


def test_two_caches_on_one_folder_both_write_and_read(doc, rulebook, tmp_path):
    first, second = Cache(tmp_path), Cache(tmp_path)
    first.put_many([("k1", "p", "one")])
    second.put_many([("k2", "p", "two")])
    assert first.get_many(["k1", "k2"], "p") == {"k1": "one", "k2": "two"}
    first.close(), second.close()


@pytest.mark.parametrize("text", [
    "The five-day talks ended.",
    "Talks lasted about nine days.\nThe “summit” lasted more than 3 weeks.",
])
def test_facts_round_trip(doc, rulebook, text):
    facts = [f for e in EXTRACTORS for f in e.run(doc(text, "x/a.md"), rulebook.lexicon)]
    assert facts and decode_facts(encode_facts(facts), "x/a.md") == facts


def test_fingerprint_follows_the_lexicon(rulebook):
    other = Lexicon(events=build_lexicon({"strike": {"nouns": ["strike"], "verbs": ["struck"]}}))
    assert cache_module.fingerprint(rulebook.lexicon) == cache_module.fingerprint(rulebook.lexicon)
    assert cache_module.fingerprint(rulebook.lexicon) != cache_module.fingerprint(other)


def test_kinds_filter_applies_to_cached_facts(doc, rulebook, tmp_path):
    extract(documents(doc), rulebook.lexicon, tmp_path)
    store = Cache(tmp_path)
    result = fanout.extract_all(documents(doc), rulebook.lexicon, frozenset({FactKind.QUOTE}), cache=store)
    store.close()
    assert result.facts == ()


@pytest.fixture
def lines_counted(monkeypatch):
    """Count the documents whose story line words are computed rather than read from the cache."""
    calls: list[str] = []
    real = fanout.line_words

    def counting(doc):
        calls.append(doc.path)
        return real(doc)

    monkeypatch.setattr(fanout, "line_words", counting)
    return calls


def test_story_line_words_are_cached(doc, rulebook, tmp_path, lines_counted):
    first, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert sorted(lines_counted) == sorted(TEXTS)
    lines_counted.clear()
    second, _, _ = extract(documents(doc, {**TEXTS, "a.md": "The six-day talks ended on Friday."}), rulebook.lexicon, tmp_path)
    assert lines_counted == ["a.md"]
    assert second.lines["b.md"] == first.lines["b.md"] and second.lines["a.md"] != first.lines["a.md"]


def test_corrupt_story_line_words_are_recomputed(doc, rulebook, tmp_path, lines_counted):
    expected, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    with sqlite3.connect(tmp_path / cache_module.FILENAME) as connection:
        connection.execute("UPDATE entries SET payload = '[[1, 2]]' WHERE product = ?", (fanout.LINES_PRODUCT,))
    lines_counted.clear()
    result, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert result.lines == expected.lines and sorted(lines_counted) == sorted(TEXTS)


def test_corrupt_story_periods_are_recomputed(doc, rulebook, tmp_path):
    expected, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    with sqlite3.connect(tmp_path / cache_module.FILENAME) as connection:
        changed = connection.execute("UPDATE entries SET payload = '[[5, 4]]' WHERE product = ?",
                                     (fanout.PERIODS_PRODUCT,)).rowcount
    assert changed == len(TEXTS)
    result, _, _ = extract(documents(doc), rulebook.lexicon, tmp_path)
    assert result.periods == expected.periods and set(result.periods) == set(TEXTS)


def _stored(folder) -> set[str]:
    with sqlite3.connect(folder / cache_module.FILENAME) as connection:
        return {key for (key,) in connection.execute("SELECT key FROM entries")}


@pytest.mark.parametrize("salts, kept", [
    # Only the last KEEP_FINGERPRINTS (3) fingerprints keep their entries: an upgrade's old entries go.
    (["v1", "v2", "v3", "v4"], {"v2", "v3", "v4"}),
    (["v1", "v2", "v3"], {"v1", "v2", "v3"}),
    # Using a fingerprint again makes it recent: two configurations used in turn both stay.
    (["v1", "v2", "v3", "v1", "v4"], {"v1", "v3", "v4"}),
    (["a", "b", "a", "b", "a", "b", "c", "d"], {"b", "c", "d"}),
])
def test_entries_of_fingerprints_not_used_lately_are_deleted(tmp_path, salts, kept):
    for salt in salts:
        store = Cache(tmp_path)
        store.use(salt)
        store.put_many([(f"{salt}-doc", "facts:dates", "[]")])
        store.close()
    assert _stored(tmp_path) == {f"{salt}-doc" for salt in kept}


@pytest.mark.parametrize("pool", [{}, None])
def test_decoded_facts_share_repeated_values_through_a_pool(doc, rulebook, pool):
    facts = list(fanout.compute(doc("The talks lasted four days. The talks lasted four days.", "a.md"),
                                rulebook.lexicon, ["facts:durations"]).values())[0]
    first, second = decode_facts(facts, "a.md", pool)
    assert (first.value, first.attrs) == (second.value, second.attrs)
    # With a pool each distinct value is one object; without one, decoding behaves as before.
    assert (first.value is second.value and first.attrs is second.attrs) is (pool is not None)
