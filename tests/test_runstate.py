"""The run state: a state that is corrupt, partial, of another key or written by two runs at once is never trusted
into a wrong report; a warm run then computes cold."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest

from factlint import cache as cache_module
from factlint import runstate
from factlint.cache import Cache
from factlint.pipeline import lint
from factlint.report import render
from factlint.rulebook.rule_files import load_rulebook
from factlint.link import Grouping
from factlint.warm import key_of, warm_lint

ROOT = Path(__file__).resolve().parents[1]
RULEBOOK = load_rulebook()


def _text(folder: Path, state: Path | None) -> str:
    if state is None:
        return render("json", lint([str(folder)], RULEBOOK)[1])
    store = Cache(state)
    try:
        return render("json", warm_lint([str(folder)], RULEBOOK, folder=state, cache=store))
    finally:
        store.close()


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds", folder)
    return folder, tmp_path / "cache"


def _state_file(cache: Path) -> Path:
    [found] = cache.glob(f"{runstate.PREFIX}*{runstate.SUFFIX}")
    return found


CORRUPTIONS = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "flipped byte": lambda data: data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
    "garbage": lambda data: b"\x00" * len(data),
    "header only": lambda data: data[: len(runstate.MAGIC) + 40],
    "second section cut": lambda data: data[:-100],
    "flipped middle byte": lambda data: data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :],
}


@pytest.mark.parametrize("damage", sorted(CORRUPTIONS))
def test_a_corrupt_or_partial_state_gives_a_cold_report(seeded, damage):
    folder, cache = seeded
    cold = _text(folder, None)
    assert _text(folder, cache) == cold
    path = _state_file(cache)
    path.write_bytes(CORRUPTIONS[damage](path.read_bytes()))
    changed = folder / sorted(p.name for p in folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks lasted four days.\n", encoding="utf-8")
    assert _text(folder, cache) == _text(folder, None)
    state = runstate.load(cache, _full_key(folder))  # rewritten whole by the cold run
    assert state is not None and state.known() is not None


def _full_key(folder: Path) -> str:
    return key_of(RULEBOOK, None, default_date=None, all_facts=False, grouping=Grouping(), encoding="utf-8",
                  max_bytes=10_000_000, named=None)


def _key(path: Path) -> str:
    return path.name[len(runstate.PREFIX):-len(runstate.SUFFIX)]


def test_a_state_that_fails_its_checksum_is_not_loaded(seeded):
    folder, cache = seeded
    _text(folder, cache)
    path = _state_file(cache)
    data = bytearray(path.read_bytes())
    data[len(runstate.MAGIC) + 60] ^= 1
    path.write_bytes(bytes(data))
    assert runstate.load(cache, _full_key(folder)) is None


def test_a_state_under_another_key_is_not_used(seeded):
    folder, cache = seeded
    _text(folder, cache)
    path = _state_file(cache)
    key = _key(path)
    assert runstate.load(cache, _full_key(folder)) is not None
    state = runstate.load(cache, key + "0" * 32)
    assert state is None  # the file name holds the key's first half: the whole key is checked inside
    other = "f" * 64
    shutil.copy(path, cache / f"{runstate.PREFIX}{other[:32]}{runstate.SUFFIX}")
    assert runstate.load(cache, other) is None


def _run(args: tuple[str, str]) -> str:
    folder, cache = args
    return _text(Path(folder), Path(cache))


def test_two_runs_at_once_each_give_the_cold_report_and_leave_a_state_that_does(seeded):
    folder, cache = seeded
    cold = _text(folder, None)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        assert pool.map(_run, [(str(folder), str(cache))] * 2) == [cold, cold]
    assert _text(folder, cache) == cold
    assert not list(cache.glob("*.tmp"))  # no temporary file left behind


def test_the_second_section_of_a_state_replaced_since_it_was_loaded_is_not_taken(seeded):
    folder, cache = seeded
    _text(folder, cache)
    state = runstate.load(cache, _full_key(folder))
    assert state is not None
    changed = folder / sorted(p.name for p in folder.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks lasted four days.\n", encoding="utf-8")
    _text(folder, cache)  # another run writes a new state meanwhile
    assert state.known() is None
