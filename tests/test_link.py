"""Linking: stories on the seeds, and event instances from a statement's own time expressions."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

import pytest

from factlint import link
from factlint.dating import with_date
from factlint.link import stories
from factlint.extract import dates, durations
from factlint.read import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seed_stories_are_the_two_rounds():
    documents = read_paths([str(SEEDS)]).documents
    stories = link.group_stories(documents)
    groups = sorted(sorted(Path(p).name[:3] for p in story.paths) for story in stories)
    assert groups == [["000", "004"], ["001", "002", "003"]]
    assert all(story.evidence for story in stories)


def test_front_matter_story_wins():
    docs = [make_document(f"{i}.md", f"---\nstory: s{i % 2}\n---\nText {i}.")[0] for i in range(4)]
    stories = link.group_stories(docs)
    assert [story.paths for story in stories] == [("0.md", "2.md"), ("1.md", "3.md")]


def test_unrelated_articles_stay_apart():
    docs = [
        make_document("a.txt", "Dockers in Antwerp began a strike over pay on Monday, the union said.")[0],
        make_document("b.txt", "The orchestra opened its winter season with Mahler in Vienna.")[0],
    ]
    assert len(link.group_stories(docs)) == 2


@pytest.mark.parametrize("sentence, instance", [
    ("The five-day talks ended on Thursday.", "main"),
    ("Blinken said Thursday at the conclusion of the five-day talks.", "main"),
    ("They held five-day peace talks at the Center last month, following which they met.", "other:last month"),
    ("Workers held a two-week strike in 2016.", "other:in 2016"),
    ("In March, he spent two days in Geneva.", "other:in march"),
    ("Last year's summit lasted five days.", "other:last year"),
    ("The first round of talks lasted four days.", "other:the first round"),
    ("The talks lasted four days, two years ago.", "other:two years ago"),
    # What an event "comes a month after" is an earlier one.
    ("The strike comes a month after a five-day strike at the port.", "other:comes a month after"),
])
def test_instances(rulebook, sentence, instance):
    document = make_document("a.txt", sentence)[0]
    (fact,) = durations.extract(document, rulebook.lexicon)
    assert link.instance_of(document, fact)[0] == instance


def _seeds():
    return read_paths([str(SEEDS)]).documents


def test_seed_stories_are_not_grouped_by_shared_background():
    # 001 and 004 share four background paragraphs but report different rounds.
    stories = link.group_stories(_seeds())
    story_of = {Path(p).name[:3]: story.id for story in stories for p in story.paths}
    assert story_of["001"] != story_of["004"]


def test_story_by_folder(tmp_path):
    docs = [make_document(f"{folder}/{i}.txt", f"Text number {i} about something.")[0]
            for i, folder in enumerate(["x", "y", "x"])]
    stories = link.group_stories(docs, grouping=link.Grouping(link.StoryBy.FOLDER))
    assert [(s.id, s.paths, s.evidence) for s in stories] == [
        ("x", ("x/0.txt", "x/2.txt"), ("same folder",)), ("y", ("y/1.txt",), ("same folder",))]


def test_manifest_beats_front_matter(tmp_path):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text("stories:\n  round-two: [a.md]\n")
    docs = [make_document(str(tmp_path / name), "---\nstory: other\n---\nText.")[0] for name in ("a.md", "b.md")]
    stories = link.group_stories(docs, grouping=link.Grouping(manifest=link.load_manifest(str(manifest))))
    assert [(s.id, len(s.paths), s.evidence) for s in stories] == [
        ("other", 1, ("front matter story",)), ("round-two", 1, ("story manifest",))]


@pytest.mark.parametrize("text", ["stories: [a, b]\n", "- a\n", "stories:\n  s: a.md\n", "stories: {a: [b\n"])
def test_bad_manifest_is_a_problem(tmp_path, text):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text(text)
    with pytest.raises(link.ManifestError) as error:
        link.load_manifest(str(manifest))
    assert error.value.problem.path == str(manifest)


def test_average_link_is_sparse_and_deterministic():
    similarity = {(0, 1): 0.5, (1, 2): 0.5, (3, 4): 0.9, (0, 2): 0.0}
    assert link.stories.average_link(5, similarity, 0.3) == [[0, 1], [2], [3, 4]]
    assert link.stories.average_link(5, similarity, 0.2) == [[0, 1, 2], [3, 4]]


def test_boilerplate_lines_do_not_group_articles():
    furniture = "Copyright 2015 Example Broadcasting Company. All rights reserved. Sign up for our newsletter."
    docs = [make_document(f"{i}.txt", f"{topic}\n{furniture}")[0] for i, topic in enumerate([
        "A fire destroyed a barn in Vermont on Tuesday.", "Voters in Ohio approved a school levy.",
        "A marathon in Boston drew record crowds.", "The museum in Lyon opened a new wing.",
    ])]
    assert len(link.group_stories(docs)) == 4


def test_reference_joins_the_event_of_the_story_it_describes(rulebook):
    docs = _seeds()
    stories = link.group_stories(docs)
    timeline = link.timeline(docs, stories)
    facts = [f for d in docs for f in durations.extract(d, rulebook.lexicon)]
    linked = {(Path(i.fact.span.path).name[:3], i.fact.span.line): i for i in link.link(docs, facts, stories, timeline.references)}
    may = linked[("001", 4)]
    assert (linked[("004", 10)].story, linked[("004", 10)].instance) == (may.story, may.instance)
    assert linked[("004", 3)].story != may.story


@pytest.mark.parametrize("key, written, expected", [
    ("last month", "2023-06-04", "2023-05"),
    ("last month", "2023-01-10", "2022-12"),
    ("in may", "2023-06-04", "2023-05"),
    ("in july", "2023-06-04", "2022-07"),
    ("last year", "2023-06-04", "2022"),
    ("in 2016", "2023-06-04", "2016"),
    ("two years ago", "2023-06-04", "2021"),
    ("earlier this year", "2023-06-04", "2023"),
    ("since 1991", "2023-06-04", None),
    ("the first round", "2023-06-04", None),
])
def test_resolve_anchor(key, written, expected):
    import datetime as dt

    assert link.instances.resolve(key, dt.date.fromisoformat(written)) == expected


def test_instances_match_across_articles_by_time(rulebook):
    june = make_document("june.md", "---\ndate: 2023-06-20\nstory: s\n---\nThe talks lasted five days last month.")[0]
    may = make_document("may.md", "---\ndate: 2023-07-02\nstory: s\n---\nIn May, the talks lasted four days.")[0]
    times = link.timeline([june, may], link.group_stories([june, may])).times
    facts = [f for d in (june, may) for f in durations.extract(d, rulebook.lexicon)]
    linked = link.link([june, may], facts, link.group_stories([june, may]), (), times)
    assert [item.instance for item in linked] == ["other:2023-05", "other:2023-05"]


def _on(date: str | None):
    head = f"---\ndate: {date}\n---\n" if date else ""
    return with_date(make_document("x.md", head + "Text.")[0])


def _days(*isos: str) -> tuple[tuple[int, int], ...]:
    return tuple((dt.date.fromisoformat(iso).toordinal(),) * 2 for iso in isos)


@pytest.mark.parametrize("first, second, first_names, second_names, factor", [
    # Dates a few days apart: one time, so more alike.
    ("2014-02-04", "2014-02-09", (), (), stories.SAME_TIME_FACTOR),
    # Months apart, and neither names the other's time: less alike.
    ("2014-02-04", "2014-09-10", (), (), stories.DATE_GAP_FACTOR),
    # The follow-up names the day of the first report's event ("the Feb. 3 shooting"): one time.
    ("2014-02-04", "2014-09-10", (), _days("2014-02-03"), stories.SAME_TIME_FACTOR),
    ("2014-09-10", "2014-02-04", _days("2014-02-03"), (), stories.SAME_TIME_FACTOR),
    # A day named that is far from the other's date does not help.
    ("2014-02-04", "2014-09-10", (), _days("2013-06-01"), stories.DATE_GAP_FACTOR),
    # An undated article is neither raised nor lowered.
    (None, "2014-09-10", (), (), 1.0),
])
def test_time_raises_or_lowers_similarity(first, second, first_names, second_names, factor):
    documents = [_on(first), _on(second)]
    [(pair, value)] = stories._timed({(0, 1): 0.2}, documents, [first_names, second_names])
    assert pair == (0, 1) and value == pytest.approx(0.2 * factor)


@pytest.mark.parametrize("vectors, expected", [
    # A feature one article alone holds links nothing and is dropped; the rest are unit length.
    ([{"a": 1.0, "b": 1.0}, {"a": 1.0, "c": 1.0}, {"a": 1.0, "b": 1.0, "d": 1.0}],
     [{"a", "b"}, {"a"}, {"a", "b"}]),
    # With fewer than three articles nothing is dropped.
    ([{"a": 1.0, "b": 2.0}, {"a": 1.0}], [{"a", "b"}, {"a"}]),
    ([], []),
])
def test_weigh_keeps_shared_features_as_unit_vectors(vectors, expected):
    weighted = stories.weigh(vectors)
    assert [set(weighted.vector(i)) for i in range(len(weighted))] == expected
    for i in range(len(weighted)):
        assert math.fsum(w * w for w in weighted.vector(i).values()) == pytest.approx(1.0)


def test_weigh_indexes_only_features_rare_enough_to_link():
    # Among 50 articles a word all of them hold says nothing of one event and is not indexed.
    vectors = [{"common": 1.0, f"pair{i // 2}": 1.0} for i in range(50)]
    weighted = stories.weigh(vectors)
    assert set(weighted.vector(0)) == {"common", "pair0"}
    assert set(weighted.indexed(0)) == {"pair0"}
    assert stories.similarities(weighted, 0.0).keys() == {(2 * k, 2 * k + 1) for k in range(25)}


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("floor", [0.0, 0.02, 0.3])
def test_similarities_are_the_dot_products_of_pairs_sharing_a_word(seed, floor):
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(12)]
    vectors = [{w: rng.random() for w in rng.sample(vocabulary, rng.randint(1, 5))} for _ in range(15)]
    weighted = stories.weigh(vectors)
    expected = {}
    for a in range(len(weighted)):
        for b in range(a + 1, len(weighted)):
            first, second = weighted.indexed(a), weighted.indexed(b)
            shared = first.keys() & second.keys()
            value = sum(first[k] * second[k] for k in shared)
            if shared and value >= floor:
                expected[(a, b)] = value
    found = stories.similarities(weighted, floor)
    assert found.keys() == expected.keys()
    assert all(found[pair] == pytest.approx(expected[pair]) for pair in expected)


@pytest.mark.parametrize("sentence, written, instance", [
    # A date whose own time the clause's time contradicts speaks of its own time.
    ("The quake hit on Tuesday, in a region devastated by the tsunami of 2004.", "Tuesday", "other:2013-07-02"),
    # A date within the clause's time belongs to that occasion.
    ("The talks held on March 3, 2013, in 2013 were short.", "March 3, 2013", "other:2013"),
    ("The region was devastated by the tsunami of Dec. 26, 2004, in 2004 alone.", "Dec. 26, 2004", "other:2004"),
    # No other time in the clause: the reported event.
    ("The quake hit on Tuesday.", "Tuesday", "main"),
])
def test_date_instances(rulebook, sentence, written, instance):
    document = with_date(make_document("a.txt", "---\ndate: 2013-07-03\n---\n" + sentence)[0])
    (fact,) = [f for f in dates.extract(document, rulebook.lexicon) if f.text == written]
    assert link.instance_of(document, fact, document.date)[0] == instance
