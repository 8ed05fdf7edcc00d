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


def _episodes(documents) -> list[list[str]]:
    documents = [with_date(doc) for doc in documents]
    stories = link.group_stories(documents)
    episodes = link.timeline(documents, stories).episodes
    keys = {(e.story, e.key) for e in episodes.values()}
    return sorted(sorted(Path(p).name[:3] for p, e in episodes.items() if (e.story, e.key) == key) for key in keys)


def test_seed_episodes_are_the_two_rounds():
    # One story (the same ministers, the same talks), two occasions: 004 places the five-day talks "last month".
    documents = read_paths([str(SEEDS)]).documents
    assert _episodes(documents) == [["000", "004"], ["001", "002", "003"]]
    assert all(story.evidence for story in link.group_stories(documents))


@pytest.mark.parametrize("extra", [
    "Markets were calm on Monday.",
    "",
    "The orchestra opened its winter season with Mahler in Vienna on Friday.",
    "Armenia and Azerbaijan fought a war in the fall of 2020.",
])
def test_an_unrelated_article_changes_no_episode(extra):
    documents = list(read_paths([str(SEEDS)]).documents) + [make_document("zzz.md", extra)[0]]
    assert [group for group in _episodes(documents) if group != ["zzz"]] == [["000", "004"], ["001", "002", "003"]]


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


def test_seed_episodes_are_not_joined_by_shared_background():
    # 001 and 004 share four background paragraphs but report different rounds.
    documents = [with_date(doc) for doc in _seeds()]
    episodes = link.timeline(documents, link.group_stories(documents)).episodes
    of = {Path(p).name[:3]: (e.story, e.key) for p, e in episodes.items()}
    assert of["001"] != of["004"]


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


def test_reference_joins_the_event_of_the_episode_it_describes(rulebook):
    docs = [with_date(doc) for doc in _seeds()]
    stories = link.group_stories(docs)
    timeline = link.timeline(docs, stories)
    facts = [f for d in docs for f in durations.extract(d, rulebook.lexicon)]
    linked = {(Path(i.fact.span.path).name[:3], i.fact.span.line): i
              for i in link.link(docs, facts, stories, timeline.references, timeline.times, timeline.episodes)}
    may = linked[("001", 4)]
    assert (linked[("004", 10)].story, linked[("004", 10)].instance) == (may.story, may.instance)
    assert (linked[("004", 3)].story, linked[("004", 3)].instance) != (may.story, may.instance)
    assert (linked[("004", 3)].story, linked[("004", 3)].instance) == (linked[("000", 5)].story, linked[("000", 5)].instance)


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
    # Dates a few days apart: one time, left as alike as their words make them.
    ("2014-02-04", "2014-02-09", (), (), 1.0),
    # Months apart, and neither names the other's time: a follow-up at most, needing more shared evidence.
    ("2014-02-04", "2014-09-10", (), (), stories.FOLLOW_UP),
    # The follow-up names the day of the first report's event ("the Feb. 3 shooting"): one time.
    ("2014-02-04", "2014-09-10", (), _days("2014-02-03"), 1.0),
    ("2014-09-10", "2014-02-04", _days("2014-02-03"), (), 1.0),
    # A day named that is far from the other's date does not help.
    ("2014-02-04", "2014-09-10", (), _days("2013-06-01"), stories.FOLLOW_UP),
    # An undated article that names no dated day tells no time: left alone.
    (None, "2014-09-10", (), (), 1.0),
    # An undated article's own dated days are its time.
    (None, "2014-09-10", _days("2014-09-09"), (), 1.0),
    (None, "2014-09-10", _days("2012-01-01"), (), stories.FOLLOW_UP),
])
def test_time_lowers_similarity_of_different_times(first, second, first_names, second_names, factor):
    documents = [_on(first), _on(second)]
    [(pair, value)] = stories._timed({(0, 1): 0.2}, documents, [first_names, second_names])
    assert pair == (0, 1) and value == pytest.approx(0.2 * factor)


@pytest.mark.parametrize("vectors, expected", [
    # A feature one article alone holds links nothing and leaves the index, but still counts in the article's
    # length; a word as common as "said" links nothing either.
    ([{"mirzoyan": 1.0, "bayramov": 1.0}, {"mirzoyan": 1.0, "arlington": 1.0}, {"mirzoyan": 1.0, "bayramov": 1.0}],
     [{"mirzoyan", "bayramov"}, {"mirzoyan"}, {"mirzoyan", "bayramov"}]),
    ([{"mirzoyan": 1.0, "said": 2.0}, {"mirzoyan": 1.0, "said": 1.0}], [{"mirzoyan"}, {"mirzoyan"}]),
    ([], []),
])
def test_weigh_indexes_shared_specific_features(vectors, expected):
    weighted = stories.weigh(vectors)
    assert [set(weighted.vector(i)) for i in range(len(weighted))] == expected
    for i, raw in enumerate(vectors):
        full = math.fsum((w * stories.feature_specificity(k)) ** 2 for k, w in raw.items())
        kept = math.fsum(w * w for w in weighted.vector(i).values())
        expected_kept = math.fsum((w * stories.feature_specificity(k)) ** 2 for k, w in raw.items()
                                  if k in expected[i]) / full
        assert kept == pytest.approx(expected_kept)


def test_weights_do_not_depend_on_the_other_articles():
    alone = stories.weigh([{"mirzoyan": 1.0, "talks": 2.0}, {"mirzoyan": 1.0, "talks": 1.0}])
    crowded = stories.weigh([{"mirzoyan": 1.0, "talks": 2.0}, {"mirzoyan": 1.0, "talks": 1.0}]
                            + [{"talks": 1.0, f"word{i}": 1.0} for i in range(30)])
    assert alone.vector(0)["mirzoyan"] == pytest.approx(crowded.vector(0)["mirzoyan"])
    assert stories.similarities(alone)[(0, 1)] == pytest.approx(stories.similarities(crowded)[(0, 1)])


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("floor", [0.0, 0.02, 0.3])
def test_similarities_are_the_dot_products_of_pairs_sharing_a_word(seed, floor):
    rng = random.Random(seed)
    vocabulary = [f"qzx{i}" for i in range(12)]
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
