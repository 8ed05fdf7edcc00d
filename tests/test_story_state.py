"""Story inference carried over between runs (link/story_state.py, link/story_update.py): after edits, additions and
deletions, the stories from the state equal link.stories.infer's over the whole corpus, and the state is followed
(not run whole) when counts cross the limits that reach other articles (furniture lines, the posting cap)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.link import stories, story_state, story_update
from factlint.link.features import line_words, periods
from factlint.link.story_state import infer_cold
from factlint.link.story_update import Carry
from factlint.read.documents import make_document
from generated import corpus as generated_corpus, edited

from conftest import SEEDS

GENERATED = generated_corpus(60)
SEED_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}


def _documents(texts: dict[str, str]):
    return [make_document(name, text)[0] for name, text in sorted(texts.items())]


def _inputs(texts: dict[str, str]):
    documents = _documents(texts)
    return documents, [line_words(d) for d in documents], [periods(d) for d in documents]


def _carried(before: dict[str, str], after: dict[str, str], state):
    """The stories of `after` from the state of `before`, and the carry (followed? state after?)."""
    old_documents = {d.path: d for d in _documents(before)}
    changed = frozenset(p for p in after if p in before and after[p] != before[p])
    gone = (set(before) - set(after)) | changed
    carry = Carry(state, {p: line_words(old_documents[p]) for p in gone}, changed)
    return carry.infer(*_inputs(after)), carry


@pytest.mark.parametrize("texts", [SEED_TEXTS, GENERATED], ids=["seeds", "generated"])
def test_a_whole_run_with_its_state_finds_infers_stories(texts):
    assert infer_cold(*_inputs(texts))[0] == stories.infer(*_inputs(texts))


def _story_of(found, path: str) -> tuple[str, ...]:
    return next(story.paths for story in found if path in story.paths)


def test_an_edit_that_moves_an_article_to_another_story_is_followed():
    _, state = infer_cold(*_inputs(GENERATED))
    before = stories.infer(*_inputs(GENERATED))
    names = sorted(GENERATED)
    mover = next(n for n in names if len(_story_of(before, n)) > 2)
    target = next(n for n in names if n not in _story_of(before, mover) and len(_story_of(before, n)) > 2)
    # Every line reworded a little, so that no line is held by a third article (furniture).
    after = dict(GENERATED, **{mover: re.sub(r"(?m)^(?!---|date:)(.+)$", r"\1 Indeed", GENERATED[target])})
    found, carry = _carried(GENERATED, after, state)
    assert carry.followed
    assert found == stories.infer(*_inputs(after))
    assert target in _story_of(found, mover) and mover not in _story_of(before, target)


def test_a_deletion_that_splits_a_story_is_followed():
    texts = {  # b.md holds what a.md and c.md share with it; a.md and c.md share nothing
        "a.md": "---\ndate: 2020-03-02\n---\nGrain talks open\nNegotiators Ivor Plumbridge and Wenna Calloway met "
                "over grain tariffs.\n",
        "b.md": "---\ndate: 2020-03-03\n---\nGrain tariffs and fishing quotas\nNegotiators Ivor Plumbridge and Wenna "
                "Calloway met over grain tariffs, as delegate Osric Fenwhistle argued over fishing quotas.\n",
        "c.md": "---\ndate: 2020-03-04\n---\nFishing row stalls\nDelegate Osric Fenwhistle argued over fishing "
                "quotas.\n",
        **{f"other{n}.md": GENERATED[name] for n, name in enumerate(sorted(GENERATED)[:20])},
    }
    _, state = infer_cold(*_inputs(texts))
    before = stories.infer(*_inputs(texts))
    assert _story_of(before, "a.md") == ("a.md", "b.md", "c.md")
    after = {k: v for k, v in texts.items() if k != "b.md"}
    found, carry = _carried(texts, after, state)
    assert carry.followed
    assert found == stories.infer(*_inputs(after))
    assert _story_of(found, "a.md") == ("a.md",) and _story_of(found, "c.md") == ("c.md",)


def test_a_feature_crossing_the_posting_cap_pairs_its_holders_again(monkeypatch):
    # With the cap one below the articles naming Vienna, "vienna" is too common to link until one of them goes:
    # then every pair among its holders changes, and they are all paired again.
    holders = [name for name in sorted(GENERATED) if "Vienna" in GENERATED[name]]
    monkeypatch.setattr(stories, "MAX_POSTING", len(holders) - 1)
    weighed: list[int] = []
    original = story_update.vector
    monkeypatch.setattr(story_update, "vector", lambda *a: weighed.append(1) or original(*a))
    _, state = infer_cold(*_inputs(GENERATED))
    after = {k: v for k, v in GENERATED.items() if k != holders[0]}
    found, carry = _carried(GENERATED, after, state)
    assert carry.followed and len(weighed) >= len(holders)  # the deleted one's old vector, and its holders'
    assert found == stories.infer(*_inputs(after))
    weighed.clear()
    again = dict(after, **{holders[0]: GENERATED[holders[0]]})  # back over the cap
    found, carry = _carried(after, again, carry.after)
    assert carry.followed and len(weighed) >= len(holders)
    assert found == stories.infer(*_inputs(again))


@pytest.mark.parametrize("into", [True, False], ids=["becomes furniture", "stops being furniture"])
def test_a_line_crossing_the_furniture_count_weighs_its_holders_again(into):
    line = "Read more from our correspondents in the field."
    texts = {name: text + (line + "\n" if n < 2 else "") for n, (name, text) in enumerate(sorted(GENERATED.items()))}
    _, state = infer_cold(*_inputs(texts))
    name = sorted(texts)[5]
    after = dict(texts, **{name: texts[name] + line + "\n"})  # held by three articles: furniture now
    if not into:
        texts, after = after, texts
        _, state = infer_cold(*_inputs(texts))
    found, carry = _carried(texts, after, state)
    assert carry.followed
    assert found == stories.infer(*_inputs(after))


EDIT = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 200), st.integers(0, 200)),
    st.tuples(st.just("copy"), st.integers(0, 200), st.integers(0, 200)),  # one article's text into another
    st.tuples(st.just("add"), st.integers(0, 200), st.integers(0, 200)),
    st.tuples(st.just("splice"), st.integers(0, 200), st.integers(0, 200)),  # another article's lead appended
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(EDIT, min_size=1, max_size=4))
def test_stories_from_the_state_equal_a_whole_run_after_random_changes(steps):
    texts = dict(GENERATED)
    _, state = infer_cold(*_inputs(texts))
    for number, (kind, first, second) in enumerate(steps):
        after = edited(texts, kind, first, second, number)
        found, carry = _carried(texts, after, state)
        assert found == stories.infer(*_inputs(after)), (kind, first, second)
        texts, state = after, carry.after


def test_the_state_pickles_flat_and_loads_equal():
    # The arrays are written as their buffers (protocol 5) and come back as arrays of the same type and values.
    import pickle
    from array import array

    _, state = infer_cold(*_inputs(GENERATED))
    back = pickle.loads(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == state
    assert isinstance(back.postings.holders, array) and back.postings.holders.typecode == "i"
    assert all(isinstance(group.rules, array) and group.rules.typecode == "b" for group in back.groups)


@pytest.mark.parametrize("raw, value, rule", [(0.3, 0.3, story_state.KEPT), (0.3, 0.3 * stories.FOLLOW_UP,
                                              story_state.FOLLOWED), (0.3, 0.0, story_state.APART)])
def test_the_time_rule_is_kept_as_a_code_that_gives_the_same_float(raw, value, rule):
    assert story_state.rule_of(raw, value) == rule
    assert story_state.ruled(raw, rule) == value


def test_a_value_the_time_rule_cannot_give_is_refused():
    with pytest.raises(ValueError):
        story_state.rule_of(0.3, 0.2)


@settings(max_examples=60, deadline=None)
@given(size=st.integers(2, 7), data=st.data())
def test_evidence_ranks_the_pairs_as_a_sort_of_every_pair_does(size, data):
    # Pairs without a cosine count as 0 and come last, the later first: as sorting (cosine, x, y) of every pair.
    group = sorted(data.draw(st.sets(st.integers(0, 40), min_size=size, max_size=size)))
    every = [(x, y) for x in group for y in group if x < y]
    cosines = data.draw(st.dictionaries(st.sampled_from(every), st.sampled_from([0.05, 0.2, 0.5])))
    vectors = {m: {f"w{m} w": 1.0, "shared pair": 1.0 / (m + 1), f"pair {m % 3}": 0.5} for m in group}
    expected_pairs = sorted(((cosines.get(p, 0.0), *p) for p in every), reverse=True)[:story_state.EVIDENCE_PAIRS]
    terms = [t for _, x, y in expected_pairs for t in stories.evidence(vectors[x], vectors[y])]
    linked = [(value, x, y) for (x, y), value in cosines.items()]
    assert story_state._evidence_of(group, linked, vectors) == tuple(dict.fromkeys(terms))[:8]
