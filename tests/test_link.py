"""Linking: stories on the seeds, and event instances from a statement's own time expressions."""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import itertools
import json
import math
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint import link
from factlint.extract.dating import with_date
from factlint.link import stories
from factlint.extract import dates, durations, extract_facts
from factlint.pipeline import analyse
from factlint.model import FactKind
from factlint.read.documents import make_document, read_paths
from factlint.rulebook.rule_files import load_rulebook

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


def _instance(rulebook, text: str, date: str | None, pick=lambda facts: facts[0]):
    head = f"---\ndate: {date}\n---\n" if date else ""
    document = with_date(make_document("a.txt", head + text)[0])
    found = sorted(dates.extract(document, rulebook.lexicon), key=lambda f: f.span.start)
    episode = link.episodes.Episode("main", "s", ("a.txt",), document.date, document.date, "calendar") \
        if document.date else None
    fact = pick(list(durations.extract(document, rulebook.lexicon)) or found)
    return link.instance_of(document, fact, episode, [f for f in found if f.kind is FactKind.DATE])[0]


@pytest.mark.parametrize("sentence, date, instance", [
    ("The five-day talks ended on Thursday.", "2023-06-04", "main"),
    ("Blinken said Thursday at the conclusion of the five-day talks.", "2023-06-04", "main"),
    # The time a clause names, as the tagger resolves it against the article's date, decides; not a phrase.
    ("They held five-day peace talks at the Center last month, following which they met.", "2023-06-04",
     "other:2023-05"),
    ("Workers held a two-week strike in 2016.", "2023-06-04", "other:2016"),
    ("In March, he spent two days in Geneva.", "2023-06-04", "other:2023-03"),
    ("In June, he spent two days in Geneva.", "2023-06-04", "main"),
    ("Last year's summit lasted five days.", "2023-06-04", "other:2022"),
    ("The talks lasted four days, two years ago.", "2023-06-04", "other:2021"),
    # The date nearest the fact stands for its clause.
    ("Workers began a two-day strike on Thursday, six months after a five-day walkout in March.", "2023-09-22",
     "main"),
    ("Workers began a strike on Thursday, six months after a five-day walkout in March.", "2023-09-22",
     "other:2023-03"),
    # A round or an occasion named without a time is the article's own.
    ("The first round of talks lasted four days.", "2023-06-04", "main"),
    # Undated: a month or year back, or a bare year, is another time.
    ("They held five-day peace talks at the Center last month.", None, "other:last month"),
    ("Workers held a two-week strike in 2016.", None, "other:2016"),
    ("The five-day talks ended on Thursday.", None, "main"),
])
def test_instances(rulebook, sentence, date, instance):
    assert _instance(rulebook, sentence, date) == instance


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
              for i in link.link(docs, facts, stories, timeline.references, timeline.episodes)}
    may = linked[("001", 4)]
    assert (linked[("004", 10)].story, linked[("004", 10)].instance) == (may.story, may.instance)
    assert (linked[("004", 3)].story, linked[("004", 3)].instance) != (may.story, may.instance)
    assert (linked[("004", 3)].story, linked[("004", 3)].instance) == (linked[("000", 5)].story, linked[("000", 5)].instance)


def test_instances_match_across_articles_by_time(rulebook):
    june = make_document("june.md", "---\ndate: 2023-06-20\nstory: s\n---\nThe talks lasted five days last month.")[0]
    may = make_document("may.md", "---\ndate: 2023-07-02\nstory: s\n---\nIn May, the talks lasted four days.")[0]
    june, may = with_date(june), with_date(may)
    stories = link.group_stories([june, may])
    timeline = link.timeline([june, may], stories)
    facts = [f for d in (june, may) for f in (*durations.extract(d, rulebook.lexicon), *dates.extract(d, rulebook.lexicon))]
    linked = link.link([june, may], facts, stories, (), timeline.episodes)
    assert [item.instance for item in linked if item.fact.kind is FactKind.DURATION] == ["other:2023-05"] * 2


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
    # A date is placed by the other times of its clause, never by its own value: a wrong date is what date-agreement
    # looks for. "In 2013" holds the article's own days.
    ("The talks held on March 3, 2013, in 2013 were short.", "March 3, 2013", "main"),
    ("The region was devastated by the tsunami of Dec. 26, 2004, in 2004 alone.", "Dec. 26, 2004", "other:2004"),
    # No other time in the clause: the reported event.
    ("The quake hit on Tuesday.", "Tuesday", "main"),
])
def test_date_instances(rulebook, sentence, written, instance):
    assert _instance(rulebook, sentence, "2013-07-03", lambda facts: next(f for f in facts if f.text == written)) \
        == instance


# Stability: which articles form a story and which facts form an instance depends only on the articles that share
# their events. Random real articles of the pile (other events, other years) added to the seeds, under any names,
# leave every finding on the seeds as it was.
_PILE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pile.jsonl.gz"


@functools.lru_cache(maxsize=1)
def _pile(count: int = 400) -> tuple[tuple[str, str], ...]:
    out = []
    with gzip.open(_PILE, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, count):
            row = json.loads(line)
            head = f"---\ndate: {row['date']}\n---\n" if row.get("date") else ""
            out.append((row["id"], head + row["text"]))
    return tuple(out)


def _seed_findings(extra: list[tuple[str, str]]) -> list[tuple]:
    documents = [doc for doc in read_paths([str(SEEDS)]).documents] + [make_document(p, t)[0] for p, t in extra]
    analysis = analyse(documents, load_rulebook())
    return sorted((f.rule, f.span.path, f.span.start, f.message, tuple(r.span.path for r in f.related))
                  for f in analysis.findings if f.span.path.startswith(str(SEEDS)))


@pytest.mark.skipif(not _PILE.is_file(), reason="../shared is absent")
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picks=st.lists(st.integers(0, 399), min_size=1, max_size=6, unique=True),
       names=st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=6, max_size=6, unique=True))
def test_unrelated_articles_never_change_the_seeds_findings(picks, names):
    extra = [(f"{names[i]}/{_pile()[pick][0]}.md", _pile()[pick][1]) for i, pick in enumerate(picks)]
    assert _seed_findings(extra) == _seeds_alone()


@functools.lru_cache(maxsize=1)
def _seeds_alone() -> list[tuple]:
    return _seed_findings([])


def test_a_return_visit_months_later_is_another_instance_and_a_pointer_back_joins_the_first():
    # One minister, two visits three months apart (hand-written, of a kind the seeds are not): the April visit's two
    # days are never held against January's three, but April's "In January, Wong spent four days" is.
    folder = Path(__file__).resolve().parent / "data" / "visits"
    documents = read_paths([str(folder)]).documents
    findings = analyse(documents, load_rulebook()).findings
    durations_found = [(Path(f.span.path).name, f.span.line, [Path(r.span.path).name for r in f.related])
                       for f in findings if f.rule == "duration-agreement"]
    assert durations_found == [("apr2.md", 6, ["apr1.md", "jan1.md", "jan2.md"])]


def test_leads_naming_different_people_are_not_one_occasion():
    a = make_document("a.md", "The champion kept his three belts when he stopped Hasim Rahman in the seventh round.")[0]
    b = make_document("b.md", "The champion kept his three belts when he stopped Tony Thompson in the sixth round.")[0]
    c = make_document("c.md", "The champion stopped Tony Thompson in the sixth round, years after he stopped Hasim Rahman.")[0]
    alike = stories.similarity([a, b, c])
    assert alike("a.md", "b.md") == -1.0
    assert alike("a.md", "c.md") >= 0 and alike("b.md", "c.md") >= 0


@pytest.mark.parametrize("sentence, day", [
    ("The bomber struck on Wednesday, killing six people.", "2017-02-15"),
    ("The bomber struck the shrine, killing six people.", None),
    ("The bomber struck last month, killing six people.", None),  # a month is no one day
])
def test_day_of_a_statement(sentence, day):
    rulebook = load_rulebook()
    document = with_date(make_document("a.txt", "---\ndate: 2017-02-16\n---\n" + sentence)[0])
    found = sorted(dates.extract(document, rulebook.lexicon), key=lambda f: f.span.start)
    count = next(f for f in extract_facts(document, rulebook.lexicon) if f.kind is FactKind.QUANTITY)
    assert link.instances.day_of(document, count, [f for f in found if f.kind is FactKind.DATE]) == day


def test_a_clause_naming_another_time_in_a_sentence_describing_another_article_is_that_time(rulebook):
    shooting = make_document("a.md", "---\ndate: 2015-07-24\n---\nA gunman opened fire in a Lafayette movie theater on "
                             "Thursday night, killing two people and wounding nine.\n")[0]
    holmes = make_document("b.md", "---\ndate: 2015-07-24\n---\nPolice have not determined a motive for the rampage in "
                           "the Lafayette movie theater, which came as a Colorado jury deliberates whether James Holmes "
                           "should be put to death for killing 12 and wounding 70 in a movie theater three years "
                           "ago.\n")[0]
    analysis = analyse([shooting, holmes], rulebook, all_facts=True)
    instances = {i.fact.text: i.instance for i in analysis.facts if i.fact.span.path == "b.md"}
    assert instances["killing 12"] == instances["wounding 70"] == "other:2012"
    assert analysis.findings == ()


def test_the_time_of_a_reference_to_an_undated_event_is_that_event(rulebook):
    first = make_document("a.md", "Attorney General William Barr announced Monday that the December mass shooting by a "
                          "Saudi national that left three American sailors dead at the Naval Air Station in Pensacola, "
                          "Florida, was an act of terrorism.\n")[0]
    second = make_document("b.md", "Attorney General William P. Barr declared on Monday that a deadly shooting last "
                           "month at a naval air station in Pensacola, Fla., was an act of terrorism.\n")[0]
    analysis = analyse([first, second], rulebook, all_facts=True)
    places = {i.fact.span.path: (i.story, i.instance) for i in analysis.facts if i.fact.kind is FactKind.PLACE}
    assert places["a.md"] == places["b.md"]


def test_a_lone_article_is_analysed_without_line_words(rulebook, monkeypatch):
    """Its story is itself and no other article is compared with it: nothing of it is weighed."""
    from factlint import fanout

    def refused(doc):
        raise AssertionError("line words made for a lone article")

    for module in (fanout, stories):
        monkeypatch.setattr(module, "line_words", refused)
    doc = make_document("a.md", "The five-day talks in Geneva ended on Friday.\n")[0]
    analysis = analyse([doc], rulebook, all_facts=True)
    assert [s.paths for s in analysis.stories] == [("a.md",)] and analysis.facts


W1 = "---\ndate: 2024-02-06\n---\nRail workers walked out on Tuesday at the start of a 48-hour strike over pay.\n"
W2 = ("---\ndate: 2024-03-12\n---\nRail workers began a 72-hour strike on Tuesday, their second walkout in five weeks."
      "\n\nUnion leader Sam Okafor said the {when} strike had cost the company millions.\n")


@pytest.mark.parametrize("texts, written, instance", [
    # A month before the occasion dates another strike: the earlier episode that holds it when the story has one...
    ((W1, W2.format(when="February")), "February", "main"),
    # ... else an occasion of its own: no report dates its own event by a past month.
    ((W2.format(when="February"),), "February", "other:2024-02"),
    ((W2.format(when="2023"),), "2023", "other:2023"),
    # A day is the event's date, right or wrong: date-agreement compares it.
    ((W2.format(when="March 5"),), "March 5", "main"),
    ((W2.format(when="March"),), "March", "main"),  # the occasion's own month
])
def test_an_event_dated_by_a_past_month_is_another_occasion(rulebook, texts, written, instance):
    documents = [make_document(f"{n}.md", text)[0] for n, text in enumerate(texts)]
    facts = analyse(documents, rulebook).facts
    found = [f.instance for f in facts if f.fact.kind is FactKind.DATE and f.fact.text == written]
    assert found == [instance]
