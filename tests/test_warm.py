"""Warm runs equal cold runs: after random edits, additions, deletions and touches of a folder of articles, a run
that reads the cache writes byte for byte the reports a run without it writes."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint import cache as cache_module
from factlint.cache import Cache
from factlint.pipeline import lint
from factlint.report import FORMATS, SHOWS_ALL_FACTS, render
from factlint.rulebook.rule_files import load_rulebook
from factlint import warm as warm_module
from factlint.warm import warm_lint
from generated import corpus as generated_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _articles(parent: Path, texts: dict[str, str] | None = None) -> Path:
    """parent/articles holding the given texts by file name, or copies of the seeds."""
    folder = parent / "articles"
    folder.mkdir()
    if texts is None:
        for path in SEEDS:
            shutil.copy(path, folder / path.name)
    for name, text in (texts or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
RULEBOOK = load_rulebook()
# Sentences of the seed articles: new articles and edits are made of them, so edits keep stories and findings.
SENTENCES = [s.strip() for path in SEEDS for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
             if len(s.strip()) > 20]
FRONT = st.sampled_from(("", "---\ndate: 2023-05-06\n---\n", "---\ndate: 2014-07-29\n---\n",
                         "---\ndate: May 4, 2023\n---\n"))
NEW_ARTICLE = st.builds(lambda front, picked: front + "\n".join(picked) + "\n", FRONT,
                        st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
OPERATION = st.one_of(
    st.tuples(st.just("add"), NEW_ARTICLE),
    st.tuples(st.just("append"), st.sampled_from(SENTENCES)),
    st.tuples(st.just("digit"), st.integers(0, 9)),  # same size, maybe the same second: only the hash tells
    st.tuples(st.just("drop-line"), st.integers(0, 40)),
    st.tuples(st.just("delete"), st.none()),
    st.tuples(st.just("touch"), st.none()),  # new mtime, same text
)


def _reports(folder: Path, cache: Cache | None) -> dict[str, str]:
    _, report = lint([str(folder)], RULEBOOK, all_facts=True, cache=cache)
    return {name: render(name, report) for name in sorted(FORMATS)}


def _apply(folder: Path, operation: tuple[str, object], pick: int, counter: list[int]) -> None:
    files = sorted(folder.iterdir())
    kind, value = operation
    if kind == "add" or not files:
        counter[0] += 1
        (folder / f"new{counter[0]:03}.md").write_text(str(value if kind == "add" else SENTENCES[0]), encoding="utf-8")
        return
    path = files[pick % len(files)]
    text = path.read_text(encoding="utf-8")
    if kind == "append":
        path.write_text(text + f"\n{value}\n", encoding="utf-8")
    elif kind == "digit":
        digits = [m.start() for m in re.finditer(r"\d", text)]
        if digits:
            at = digits[int(value) % len(digits)]
            path.write_text(text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1:], encoding="utf-8")
    elif kind == "drop-line":
        lines = text.split("\n")
        del lines[int(value) % len(lines)]
        path.write_text("\n".join(lines), encoding="utf-8")
    elif kind == "delete":
        path.unlink()
    elif kind == "touch":
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(OPERATION, st.integers(0, 50)), min_size=1, max_size=4))
def test_warm_reports_equal_cold_reports_after_random_changes(tmp_path_factory, monkeypatch, steps):
    # Files trusted by their stamp a few milliseconds after it was taken, so that this test exercises trusting them.
    monkeypatch.setattr(cache_module, "RACY_NS", 20_000_000)
    work = tmp_path_factory.mktemp("warm")
    folder = _articles(work)
    counter = [0]
    store = Cache(work / "cache")
    try:
        assert _reports(folder, store) == _reports(folder, None)  # the cold run that fills the cache
        for operation, pick in steps:
            _apply(folder, operation, pick, counter)
            assert _reports(folder, store) == _reports(folder, None), operation
    finally:
        store.close()


def test_seeds_warm_equals_cold_and_reads_the_cache(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    store = Cache(tmp_path / "cache")
    try:
        cold = _reports(folder, None)
        assert _reports(folder, store) == cold
        store.hits = store.misses = 0
        assert _reports(folder, store) == cold
        assert (store.hits, store.misses) == (len(SEEDS), 0)
    finally:
        store.close()


@pytest.mark.parametrize("text", ["The talks lasted four days.\n", "The talks lasted five days.\n"])
def test_an_edit_of_the_same_size_in_the_same_instant_is_seen(tmp_path, text):
    """An edit that keeps size and modification time (a coarse file-system clock) is still found: a file whose
    time is not older than the cache's own record of it is hashed again, as git treats a racily clean file."""
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    path = folder / SEEDS[0].name
    store = Cache(tmp_path / "cache")
    try:
        _reports(folder, store)
        stat = path.stat()
        original = path.read_text(encoding="utf-8")
        path.write_text(original[: -len(text)] + text if len(original) > len(text) else text, encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert path.stat().st_size == stat.st_size or len(original) <= len(text)
        assert _reports(folder, store) == _reports(folder, None)
    finally:
        store.close()


def test_unchanged_files_are_not_hashed_and_a_changed_one_is(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    hashed: list[str] = []
    key = cache_module.document_key
    monkeypatch.setattr(cache_module, "document_key", lambda doc, salt: hashed.append(doc.path) or key(doc, salt))
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    store = Cache(tmp_path / "cache")
    try:
        cold = _reports(folder, None)
        hashed.clear()
        assert _reports(folder, store) == cold and len(hashed) == len(SEEDS)
        hashed.clear()
        assert _reports(folder, store) == cold and hashed == []
        changed = folder / SEEDS[2].name
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks lasted four days.\n", encoding="utf-8")
        warm = _reports(folder, store)
        assert [Path(p).name for p in hashed] == [changed.name]
        assert warm == _reports(folder, None)
    finally:
        store.close()


def test_a_file_changed_just_before_its_stamp_was_taken_is_hashed_again(tmp_path, monkeypatch):
    hashed: list[str] = []
    key = cache_module.document_key
    monkeypatch.setattr(cache_module, "document_key", lambda doc, salt: hashed.append(doc.path) or key(doc, salt))
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)  # written now: within RACY_NS of every stamp taken in this test
    store = Cache(tmp_path / "cache")
    try:
        _reports(folder, store)
        hashed.clear()
        _reports(folder, store)
        assert len(hashed) == len(SEEDS)
    finally:
        store.close()


# The run state (factlint.runstate, factlint.warm): warm_lint's Report renders as a cold run's in every format.


def _refuse(*args, **kwargs):
    raise AssertionError("the articles were analysed again")


@pytest.mark.parametrize("edit, again", [(False, False), (True, True)])
def test_files_stamped_too_soon_after_a_change_are_read_and_compared(tmp_path, edit, again):
    folder, state = _articles(tmp_path), tmp_path / "state"  # written now: every stamp is within RACY_NS
    first = _warm_reports(folder, state)
    if edit:
        path = sorted(folder.iterdir())[0]
        path.write_text(path.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
    store = Cache(state)
    try:
        if again:
            with pytest.raises(AssertionError, match="analysed again"):
                warm_lint([str(folder)], RULEBOOK, folder=state, cache=store, all_facts=True, run=_refuse)
        else:
            report = warm_lint([str(folder)], RULEBOOK, folder=state, cache=store, all_facts=True, run=_refuse)
            assert {name: render(name, report) for name in sorted(FORMATS)} == first
    finally:
        store.close()

RENAME = st.tuples(st.just("rename"), st.none())


def _warm_reports(folder: Path, state: Path, **options) -> dict[str, str]:
    store = Cache(state)
    try:
        report = warm_lint([str(folder)], RULEBOOK, folder=state, cache=store, all_facts=True, **options)
    finally:
        store.close()
    return {name: render(name, report) for name in sorted(FORMATS)}


def _rename(folder: Path, pick: int) -> None:
    files = sorted(folder.iterdir())
    if files:
        path = files[pick % len(files)]
        path.rename(folder / f"renamed-{path.name}")


def _analysed(found: list):
    """A stand-in for pipeline.lint that keeps each Analysis it gives (how many stories it checked again)."""
    def run(*args, **kwargs):
        analysis, report = lint(*args, **kwargs)
        found.append(analysis)
        return analysis, report

    return run


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.one_of(OPERATION, RENAME), st.integers(0, 50)), min_size=1, max_size=4))
def test_warm_run_from_the_state_equals_a_cold_run_after_random_changes(tmp_path_factory, monkeypatch, steps):
    monkeypatch.setattr(cache_module, "RACY_NS", 20_000_000)
    work = tmp_path_factory.mktemp("state")
    folder = _articles(work)
    counter = [0]
    found: list = []
    assert _warm_reports(folder, work / "cache", run=_analysed(found)) == _reports(folder, None)
    assert found[-1].rechecked == len(found[-1].stories)  # no state: every story is checked
    for operation, pick in steps:
        before = {p: Path(p).read_text(encoding="utf-8") for p in map(str, folder.iterdir())}
        if operation[0] == "rename":
            _rename(folder, pick)
        else:
            _apply(folder, operation, pick, counter)
        time.sleep(0.03)  # past RACY_NS: the state trusts what it stamped
        runs = len(found)
        assert _warm_reports(folder, work / "cache", run=_analysed(found)) == _reports(folder, None), operation
        after = {p: Path(p).read_text(encoding="utf-8") for p in map(str, folder.iterdir())}
        if before == after:  # a touch: the stored report, or the stories' results all from the state
            assert len(found) == runs or found[-1].rechecked == 0
        elif len(found) > runs:
            # The warm path: stories that hold no changed article and gain or lose none keep their results (a story
            # may still be checked again when its times or references moved).
            analysis = found[-1]
            assert analysis.checked is not None and analysis.rechecked is not None
            assert analysis.rechecked <= len(analysis.stories)


def test_one_edit_checks_again_only_the_stories_it_touches(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    texts = generated_corpus(60)
    folder = _articles(tmp_path, texts)
    found: list = []
    assert _warm_reports(folder, tmp_path / "cache", run=_analysed(found)) == _reports(folder, None)
    stories = found[-1].stories
    assert found[-1].rechecked == len(stories) > 5
    # An edit that adds no name, place or time: the story of the edited article is checked again (and the one its
    # reference back points into, if it has one), no other.
    edited = folder / sorted(texts)[7]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks went on.\n", encoding="utf-8")
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache", run=_analysed(found)) == _reports(folder, None)
    assert 1 <= found[-1].rechecked <= 2 < len(stories)
    # A touch (same text): nothing checked again; a deletion: the deleted article's story (if it keeps others).
    os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 1_000_000_000))
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache", run=_analysed(found)) == _reports(folder, None)
    assert found[-1].rechecked == 0
    (folder / sorted(texts)[30]).unlink()
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache", run=_analysed(found)) == _reports(folder, None)
    assert 0 < found[-1].rechecked <= 3


def test_a_story_of_the_state_that_no_longer_matches_is_checked_again(tmp_path, monkeypatch):
    """Results are taken by key, never by story id: a state whose records were lost checks every story again."""
    from factlint.engine import local

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = _articles(tmp_path, generated_corpus(30))
    found: list = []
    _warm_reports(folder, tmp_path / "cache", run=_analysed(found))
    original = local.check_stories

    def forgetful(*args, **kwargs):
        reuse = args[6]
        lost = local.Reuse(local.Checked(reuse.before.rules, {}, reuse.before.digests), reuse.unchanged)
        return original(*args[:6], lost, **kwargs)

    monkeypatch.setattr(local, "check_stories", forgetful)
    edited = sorted(folder.iterdir())[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks went on.\n", encoding="utf-8")
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache", run=_analysed(found)) == _reports(folder, None)
    assert found[-1].rechecked == len(found[-1].stories)


def test_unchanged_files_are_not_read_again_and_nothing_changed_gives_the_stored_report(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    cold = _reports(folder, None)
    assert _warm_reports(folder, tmp_path / "cache") == cold
    read: list[str] = []
    original = warm_module.read_paths
    monkeypatch.setattr(warm_module, "read_paths", lambda paths, **kw: read.extend(paths) or original(paths, **kw))
    checked: list[int] = []
    counted = lambda *a, **kw: checked.append(1) or lint(*a, **kw)  # noqa: E731
    assert _warm_reports(folder, tmp_path / "cache", run=counted) == cold
    assert (read, checked) == ([], [])  # the stored report: nothing read, nothing checked
    changed = folder / SEEDS[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks lasted four days.\n", encoding="utf-8")
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache", run=counted) == _reports(folder, None)
    assert [Path(p).name for p in read] == [changed.name] and checked == [1]


def test_generated_corpus_warm_equals_cold_after_edits(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = _articles(tmp_path, generated_corpus(60))
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    files = sorted(folder.iterdir())
    files[3].write_text(files[3].read_text(encoding="utf-8") + "\nThe talks lasted nine days.\n", encoding="utf-8")
    files[10].unlink()
    (folder / "zz-new.md").write_text(files[20].read_text(encoding="utf-8").replace("days", "weeks"), encoding="utf-8")
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)


def test_an_options_change_is_never_answered_from_the_state_of_other_options(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    _warm_reports(folder, tmp_path / "cache")
    some = tuple(r for r in RULEBOOK.rules if r.enabled)[:2]
    for options in ({"rules": some}, {"default_date": dt.date(2020, 1, 1)}, {}):
        _, cold = lint([str(folder)], RULEBOOK, all_facts=True, **options)
        assert _warm_reports(folder, tmp_path / "cache", **options) == {
            name: render(name, cold) for name in sorted(FORMATS)}
    assert len(list((tmp_path / "cache").glob("runstate-*"))) == 3


def test_without_all_facts_every_format_but_html_equals_a_cold_run(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    formats = sorted(set(FORMATS) - SHOWS_ALL_FACTS)
    _, report = lint([str(folder)], RULEBOOK)
    cold = {name: render(name, report) for name in formats}
    for _ in range(2):  # the run that stores the state, then the one that gives the stored report
        store = Cache(tmp_path / "cache")
        try:
            warm = warm_lint([str(folder)], RULEBOOK, folder=tmp_path / "cache", cache=store)
        finally:
            store.close()
        assert {name: render(name, warm) for name in formats} == cold


def test_the_command_line_reads_only_an_added_file_and_reports_as_without_the_cache(tmp_path, monkeypatch):
    """The CLI names every file it found: an added file must not make a new state (the key holds no paths)."""
    from click.testing import CliRunner

    from factlint.cli import main

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "seeds", tmp_path / "articles")

    def check(*extra: str) -> str:
        return CliRunner().invoke(main, ["check", "--isolated", "--format", "json", "articles", *extra]).output

    check()
    (tmp_path / "articles" / "added.md").write_text(SENTENCES[0] + "\n" + SENTENCES[5] + "\n", encoding="utf-8")
    time.sleep(0.01)
    read: list[str] = []
    original = warm_module.read_paths
    monkeypatch.setattr(warm_module, "read_paths", lambda paths, **kw: read.extend(paths) or original(paths, **kw))
    assert check() == check("--no-cache")
    assert [Path(p).name for p in read] == ["added.md"]
    assert len(list((tmp_path / ".factlint_cache").glob("runstate-*"))) == 1


def test_story_products_of_an_article_extracted_alone_serve_later_runs(tmp_path, monkeypatch):
    """One changed article is extracted alone, but its run groups the others: its line words and reference spans
    are kept for the next warm run (without them the seeds' May and June rounds merged after a later touch)."""
    monkeypatch.setattr(cache_module, "RACY_NS", 20_000_000)
    folder = _articles(tmp_path)
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    for operation, pick in ((("append", SENTENCES[-1]), 4), (("touch", None), 0)):
        _apply(folder, operation, pick, [0])
        time.sleep(0.03)  # past RACY_NS
        assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None), operation


# Story inference from the state (link/story_state.py, link/story_update.py): the warm run pairs only what changed.

def _moved(texts: dict[str, str]) -> dict[str, str]:
    """One article of a story of three or more rewritten as another story's article (each line reworded a little,
    so no line is held by a third article)."""
    from factlint.link.stories import infer

    found = infer(generated_documents(texts))
    story_of = {path: story.paths for story in found for path in story.paths}
    mover = next(n for n in sorted(texts) if len(story_of[n]) > 2)
    target = next(n for n in sorted(texts) if n not in story_of[mover] and len(story_of[n]) > 2)
    return dict(texts, **{mover: re.sub(r"(?m)^(?!---|date:)(.+)$", r"\1 Indeed", texts[target])})


def generated_documents(texts: dict[str, str]):
    from factlint.read.documents import make_document

    return [make_document(name, text)[0] for name, text in sorted(texts.items())]


def _vienna_gone(texts: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in texts.items() if k != min(n for n in texts if "Vienna" in texts[n])}


@pytest.mark.parametrize("change", [_moved, _vienna_gone], ids=["moves an article", "crosses the posting cap"])
def test_a_warm_run_follows_the_stories_state_and_equals_a_cold_run(tmp_path, monkeypatch, change):
    from factlint.link import stories, story_update

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    texts = generated_corpus(60)
    # The cap one below the articles naming Vienna: deleting one brings "vienna" under it.
    monkeypatch.setattr(stories, "MAX_POSTING", sum("Vienna" in text for text in texts.values()) - 1)
    folder = _articles(tmp_path, texts)
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    whole: list[int] = []
    original = story_update.infer_cold
    monkeypatch.setattr(story_update, "infer_cold", lambda *a: whole.append(1) or original(*a))
    after = change(texts)
    for name in set(texts) - set(after):
        (folder / name).unlink()
    for name, text in after.items():
        if texts.get(name) != text:
            (folder / name).write_text(text, encoding="utf-8")
    time.sleep(0.01)
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    assert whole == []  # the stories came from the state, not a whole inference


def test_corpus_scope_names_are_joined_again_only_when_the_names_written_change(tmp_path, monkeypatch):
    """name-variants at corpus scope (engine/local_names.py): an edit that writes no new name keeps the entities and
    the findings of every entity it does not name; one that writes a new name joins them again."""
    from factlint.check import name_variants

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = _articles(tmp_path)
    joined: list[int] = []
    original = name_variants.entities
    monkeypatch.setattr(name_variants, "entities", lambda *a, **kw: joined.append(1) or original(*a, **kw))
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    corpus_rules = [r for r in RULEBOOK.rules if r.enabled and r.kind == "name-variants" and r.scope.value == "corpus"]
    assert len(joined) >= len(corpus_rules) > 0
    edited = sorted(folder.iterdir())[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks went on.\n", encoding="utf-8")
    time.sleep(0.01)
    joined.clear()
    warm = _warm_reports(folder, tmp_path / "cache")
    assert joined == []  # before the cold run below, which joins them
    assert warm == _reports(folder, None)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMinister Ararat Mirzoian arrived on Sunday.\n",
                      encoding="utf-8")
    time.sleep(0.01)
    joined.clear()
    warm = _warm_reports(folder, tmp_path / "cache")
    assert 1 <= len(joined) < len(corpus_rules)  # a new name: those of its kind are joined again, no other kind
    assert warm == _reports(folder, None)


def test_stale_relative_reads_again_only_the_statements_of_changed_articles(tmp_path, monkeypatch):
    from factlint.check import stale_relative

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = _articles(tmp_path)
    read: list[str] = []
    original = stale_relative._words
    monkeypatch.setattr(stale_relative, "_words", lambda item, corpus: read.append(item.fact.span.path)
                        or original(item, corpus))
    assert _warm_reports(folder, tmp_path / "cache") == _reports(folder, None)
    assert len(set(read)) > 1  # the seeds' relative times, in several articles
    edited = Path(sorted(set(read))[0])
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks went on.\n", encoding="utf-8")
    time.sleep(0.01)
    read.clear()
    warm = _warm_reports(folder, tmp_path / "cache")
    assert set(read) == {str(edited)}
    assert warm == _reports(folder, None)


def test_what_another_story_says_a_place_lies_in_reaches_a_story_kept_in_the_state(tmp_path, monkeypatch):
    """place-of learns from every story what lies in what (engine/local_places.py): an article of another story
    that says Leeds lies in West Yorkshire settles a stored story's finding, and the warm run checks it again."""
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    final = "---\nstory: final\n---\n"
    folder = _articles(tmp_path, {
        "a.md": final + "The final was played at a stadium in Leeds on Sunday.\n",
        "b.md": final + "Fans poured out of the stadium in West Yorkshire after the final.\n",
        "c.md": "---\nstory: bins\n---\nThe council said bin collections resume on Monday.\n",
    })
    found: list = []
    before = _warm_reports(folder, tmp_path / "cache", run=_analysed(found))
    assert before == _reports(folder, None) and "place-of" in before["text"]
    (folder / "c.md").write_text("---\nstory: bins\n---\nThe council in Leeds, West Yorkshire, said bin collections "
                                 "resume on Monday.\n", encoding="utf-8")
    time.sleep(0.01)
    after = _warm_reports(folder, tmp_path / "cache", run=_analysed(found))
    assert after == _reports(folder, None) and "place-of" not in after["text"]
    assert found[-1].rechecked == 2  # the edited article's story, and the one whose places' containers changed
