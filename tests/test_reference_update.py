"""References back in time from a run state (link/reference_update.py): after edits, additions and deletions, what
the state gives equals resolving every article again, and the state is followed where the changed articles' candidate
sentences hold no word pair never looked for."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.link.reference_update import ReferenceCarry, update
from factlint.link.references import find_references, resolve
from factlint.read.documents import make_document
from generated import corpus as generated_corpus, edited

from conftest import SEEDS

GENERATED = generated_corpus(60)
SEED_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}
TEXTS = {**GENERATED, **SEED_TEXTS}


def _documents(texts: dict[str, str]):
    return [make_document(name, text)[0] for name, text in sorted(texts.items())]


def _updated(before: dict[str, str], after: dict[str, str]):
    changed = frozenset(p for p in set(before) | set(after) if before.get(p) != after.get(p))
    old = {d.path: d for d in _documents(before) if d.path in changed}
    return update(resolve(_documents(before)), _documents(after), None, old, changed)


def test_resolving_every_article_gives_find_references():
    documents = _documents(TEXTS)
    assert any(resolve(documents).found.values())
    carry = ReferenceCarry()
    assert carry.find(documents, ()) == find_references(documents, ()) and not carry.followed


def test_a_follow_up_edited_to_point_elsewhere_is_followed():
    documents = _documents(TEXTS)
    found = resolve(documents).found
    path = next(p for p, items in found.items() if any(i.target for i in items))
    target = next(i.target for i in found[path] if i.target)
    # The article pointed at loses its lines: the follow-up must find another article, or none.
    after = dict(TEXTS, **{target: TEXTS[target].splitlines()[0] + "\n"})
    got = _updated(TEXTS, after)
    assert got is not None
    assert got.found == resolve(_documents(after)).found
    assert [i.target for i in got.found[path]] != [i.target for i in found[path]]


def test_a_candidate_with_a_pair_never_looked_for_resolves_every_article():
    after = dict(TEXTS, **{"zz.md": "Quorble flanges were sold to Zint Vantrobe last month, he said.\n"})
    assert _updated(TEXTS, after) is None


EDIT = st.tuples(st.sampled_from(("delete", "copy", "drop-lines", "add")), st.integers(0, 500), st.integers(0, 500))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(EDIT, min_size=1, max_size=3))
def test_references_from_the_state_equal_resolving_every_article(steps):
    texts = dict(TEXTS)
    state = resolve(_documents(texts))
    for number, (kind, first, second) in enumerate(steps):
        after = edited(texts, kind, first, second, number)
        changed = frozenset(p for p in set(texts) | set(after) if texts.get(p) != after.get(p))
        old = {d.path: d for d in _documents(texts) if d.path in changed}
        got = update(state, _documents(after), None, old, changed)
        whole = resolve(_documents(after))
        if got is not None:
            assert got.found == whole.found, (kind, first, second)
        texts, state = after, got if got is not None else whole
