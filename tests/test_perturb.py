"""benchmarks.perturb: each family's pattern and change, 'stated elsewhere', the caught decision, the split."""

from __future__ import annotations

import pytest

from benchmarks.perturb import numerals
from benchmarks.perturb.__main__ import main
from benchmarks.perturb.clusters import Cluster, load_clusters
from benchmarks.perturb.families import SPECS
from benchmarks.perturb.mention import Family, Mention
from benchmarks.perturb.names import misspelt
from benchmarks.perturb.measure import Runner, Shift, caught_by, identity
from benchmarks.perturb.plant import Candidate, candidates, sample
from benchmarks.perturb.words import SYNONYMS
from factlint.extract.dating import with_date
from factlint.model import Finding, Related, Severity, Span
from factlint.read.documents import make_document


def cluster(*bodies: str, story: str = "synthetic") -> Cluster:
    """A cluster of short articles, dated and told they are one story, as the benchmark builds them."""
    front = f"---\nstory: {story}\ndate: 2023-05-05\n---\n"
    documents = tuple(with_date(make_document(f"{story}/{n}.md", front + body)[0]) for n, body in enumerate(bodies))
    return Cluster("synthetic", story, documents)


def first_change(family: Family, text: str) -> str | None:
    mention = next(SPECS[family].find(text), None)
    return mention.applied(text) if mention else None


@pytest.mark.parametrize("family, sentence, changed", [
    (Family.COUNT, "The deal covers 12 workers at the port.", "The deal covers 13 workers at the port."),
    (Family.COUNT, "Five people were hurt.", "Six people were hurt."),
    # An approximate figure is doubled: one more is what "about" allows, no contradiction.
    (Family.COUNT, "About 1,200 tickets were sold.", "About 2,400 tickets were sold."),
    (Family.COUNT, "Exactly 1,200 tickets were sold.", "Exactly 2,200 tickets were sold."),
    (Family.PERCENT, "Turnout was almost 90%.", "Turnout was almost 180%."),
    (Family.MONEY, "He is held on a $250,000 bond.", "He is held on a $350,000 bond."),
    (Family.MONEY, "The bail was $1.5 million.", "The bail was $1.6 million."),
    (Family.MONEY, "Damage of 200 million euros was done.", "Damage of 300 million euros was done."),
    (Family.PERCENT, "a 7.5 percent pay rise", "a 7.6 percent pay rise"),
    (Family.PERCENT, "Prices rose 12% last year.", "Prices rose 13% last year."),
    (Family.PERCENT, "a rise of five per cent", "a rise of six per cent"),
    (Family.AGE, "Trung Le, 22, was shot.", "Trung Le, 23, was shot."),
    (Family.AGE, "a 22-year-old man was shot", "a 23-year-old man was shot"),
    (Family.AGE, "Twenty-one-year-old Izaak Bridges died.", "Twenty-two-year-old Izaak Bridges died."),
    (Family.DURATION, "at the end of the five-day talks", "at the end of the six-day talks"),
    (Family.DURATION, "The ministers met for four days.", "The ministers met for five days."),
    (Family.DURATION, "The festival lasted five days.", "The festival lasted six days."),
    (Family.DURATION, "after four days of dialogue", "after five days of dialogue"),
    (Family.DURATION, "The book fair runs for nine days.", "The book fair runs for ten days."),
    (Family.DATE, "The shooting on June 29 left two dead.", "The shooting on June 28 left two dead."),
    (Family.DATE, "It happened Feb. 28 at noon.", "It happened Feb. 27 at noon."),
    (Family.DATE, "Secretary Antony Blinken May 4, 2023", "Secretary Antony Blinken May 5, 2023"),
    (Family.WEEKDAY, "Blinken said Thursday that", "Blinken said Friday that"),
    (Family.WEEKDAY, "early Sunday morning", "early Monday morning"),
    (Family.YEAR, "The crossing has been closed since 2019.", "The crossing has been closed since 2018."),
    (Family.YEAR, "He was arrested in 2014 for theft.", "He was arrested in 2013 for theft."),
    (Family.NAME, "Foreign Minister Ararat Mirzoyan said the talks", "Foreign Minister Ararat Mirzayan said the talks"),
    (Family.NAME, "The victim, Christopher Thompkins, 57, died.", "The victim, Christopher Thampkins, 57, died."),
    (Family.TITLE, "Security Adviser Jake Sullivan met them.", "Security Adveser Jake Sullivan met them."),
    (Family.TITLE, "said Police Chief Kim Jacobs.", "said Police Cheef Kim Jacobs."),
    (Family.PLACE, "held at the Shultz center in Arlington, Virginia, on Monday",
     "held at the Shultz center in Arlington, Washington, on Monday"),
    (Family.PLACE, "arrested in Tulsa, Okla., on Friday", "arrested in Tulsa, Ore., on Friday"),
    (Family.PLACE, "a blast in Lyon, France.", "a blast in Lyon, Germany."),
    (Family.QUOTE, '"We have to finish the job before winter comes," he said.',
     '"We have to complete the job before winter comes," he said.'),
    (Family.QUOTE, "“The last mile of any marathon is always the hardest,” he said.",
     "“The last mile of any marathon is always the hardest,” he said.".replace("last", "final", 1)),
])
def test_family_pattern_and_change(family, sentence, changed):
    assert first_change(family, sentence) == changed


@pytest.mark.parametrize("family, sentence", [
    (Family.COUNT, "Police were called to the 100 block of Main Street."),
    (Family.COUNT, "a 22-year-old man"),
    (Family.COUNT, "In 2019 people voted."),
    (Family.COUNT, "One man was hurt."),
    (Family.COUNT, "The shooting on June 29 left a man dead."),
    (Family.MONEY, "the euro fell below $1. 29 for the first time"),
    (Family.PERCENT, "The Jays shot 46. 8 percent for the game."),
    (Family.DURATION, "a 22-year-old man"),
    (Family.DATE, "May we go?"),
    (Family.YEAR, "the 2019-20 season"),
    (Family.NAME, "The Police Department said it was investigating."),
    (Family.NAME, "Ararat Mirzoyan met Jeyhun Bayramov."),
    (Family.TITLE, "Sen. Richard Blumenthal said"),
    (Family.PLACE, "at a press conference in Washington, D.C."),
    (Family.QUOTE, "Police said the man was 'armed'."),
])
def test_family_pattern_leaves_alone(family, sentence):
    assert first_change(family, sentence) is None


@pytest.mark.parametrize("numeral, changed", [
    ("12", "13"), ("2", "3"), ("99", "100"), ("1,200", "2,200"), ("950", "1050"), ("1.5", "1.6"), ("2.75", "2.76"),
    ("nine", "ten"), ("Twenty-five", "Twenty-six"), ("nineteen", "twenty"), ("ninety-nine", None),
])
def test_numeral_changed_written_alike(numeral, changed):
    assert numerals.changed(numeral) == changed


@pytest.mark.parametrize("word, changed", [
    ("Mirzoyan", "Mirzayan"), ("Secretary", "Secratary"), ("Councilman", "Councelman"), ("Chief", "Cheef"),
])
def test_misspelt_changes_one_inner_letter(word, changed):
    assert misspelt(word) == changed
    assert sum(a != b for a, b in zip(word, changed)) == 1 and word[0] == changed[0]


def test_synonyms_go_both_ways():
    assert all(SYNONYMS[SYNONYMS[word]] == word for word in SYNONYMS)


@pytest.mark.parametrize("family, here, there, stated", [
    (Family.DURATION, "The five-day talks ended.", "The talks, which lasted five days, ended.", True),
    (Family.DURATION, "The five-day talks ended.", "The three-day talks ended.", False),
    (Family.COUNT, "The deal covers 12 workers.", "Some 12 workers are covered.", True),
    (Family.COUNT, "The deal covers 12 workers.", "The port has 12 ships.", False),
    (Family.MONEY, "Bail was set at $1.5 million.", "He is held on $1,500,000 bail.", True),
    (Family.AGE, "Trung Le, 22, was shot.", "The victim, 22-year-old Trung Le, died.", True),
    (Family.AGE, "Trung Le, 22, was shot.", "The victim, 22-year-old Anna Smith, died.", False),
    (Family.NAME, "Foreign Minister Ararat Mirzoyan said it.", "Mirzoyan met Bayramov.", True),
    (Family.NAME, "Foreign Minister Ararat Mirzoyan said it.", "Bayramov met Blinken.", False),
    (Family.WEEKDAY, "The talks ended in Washington on Thursday.", "The talks in Washington ended Thursday.", True),
    (Family.WEEKDAY, "The talks ended in Washington on Thursday.", "Bayramov flew home on Thursday.", False),
    (Family.YEAR, "The crossing has been closed since 2019.", "The crossing was closed in 2019.", True),
    (Family.YEAR, "The crossing has been closed since 2019.", "The mayor was elected in 2019.", False),
    (Family.PLACE, "talks in Arlington, Virginia, ended", "the center in Arlington, Va., hosted", True),
    (Family.QUOTE, '"The last mile is always the hardest," he said.', '"The last mile is always the hardest."', True),
    (Family.QUOTE, '"The last mile is always the hardest," he said.', '"The last mile is long," he said.', False),
])
def test_change_only_what_another_article_states(family, here, there, stated):
    found = candidates(cluster(here, there), SPECS[family])
    assert any(c.document.path.endswith("/0.md") for c in found) is stated


def test_no_candidate_in_a_cluster_of_one():
    assert candidates(cluster("The five-day talks ended."), SPECS[Family.DURATION]) == []


def test_sample_spreads_over_clusters_and_is_deterministic():
    import random

    found = [c for n in range(4) for c in candidates(
        cluster("The five-day and three-day talks.", "The five-day and three-day talks.", story=f"s{n}"),
        SPECS[Family.DURATION])]
    first = sample(found, 4, random.Random(1))
    assert len({c.cluster.id for c in first}) == 4
    assert first == sample(found, 4, random.Random(1))


TALKS = ("Armenia and Azerbaijan ended the five-day talks in Washington on Thursday.\n"
         "The ministers spoke to 12 reporters afterwards.\n")
OTHER = "The five-day talks between Armenia and Azerbaijan ended in Washington on Thursday.\n"
DISAGREEING = "Armenia and Azerbaijan ended four days of talks in Washington on Thursday.\n"


def planted(story: Cluster, original: str, replacement: str, after: str = "") -> Candidate:
    """The change of the first `original` (after `after`) in the story's first article."""
    document = story.documents[0]
    start = document.text.index(original, document.text.index(after) if after else 0)
    return Candidate(story, document, Mention(Family.QUOTE, start, start + len(original), original, replacement,
                                              frozenset()))


@pytest.fixture(scope="module")
def runner():
    return Runner()


def test_a_planted_duration_is_caught(runner):
    story = cluster(TALKS, OTHER, story="agreeing")
    (candidate,) = [c for c in candidates(story, SPECS[Family.DURATION]) if c.document.path.endswith("/0.md")]
    assert candidate.mention.applied(candidate.document.text).count("six-day talks") == 1
    result = runner.plant(candidate)
    assert result.caught and "duration-agreement" in result.rules


def test_facts_at_the_changed_words_tell_extraction_from_comparison(runner):
    story = cluster(TALKS, OTHER, story="agreeing")
    duration = next(c for c in candidates(story, SPECS[Family.DURATION]) if c.document.path.endswith("/0.md"))
    assert [(f.fact.kind.value, f.fact.text) for f in runner.facts_at(duration)] == [("duration", "six-day talks")]
    assert runner.facts_at(planted(story, "Washington", "Seattle")) == ()


def test_a_change_elsewhere_is_not_counted(runner):
    """A conflict found before the change, and a change on another line, are no catch of the change."""
    story = cluster(TALKS, DISAGREEING, story="disagreeing")
    assert any(f.rule == "duration-agreement" for f in runner.untouched(story))
    assert not runner.plant(planted(story, "12", "13")).caught


def test_a_finding_moved_by_the_change_is_the_same_finding(runner):
    """A change that lengthens the line moves the old finding's offsets; it is still the old finding."""
    story = cluster(TALKS, DISAGREEING, story="disagreeing")
    assert any(f.span.line == 5 or any(r.span.line == 5 for r in f.related) for f in runner.untouched(story))
    assert not runner.plant(planted(story, "ended", "concluded")).caught


def finding(line: int, *related: int, rule: str = "r", path: str = "a.md") -> Finding:
    """A finding on `line` of a.md (offsets 100 a line), related to the other lines given."""
    def span(at: int) -> Span:
        return Span(path, 100 * at, 100 * at + 5, at, 1, at, 6)
    return Finding(rule, Severity.WARNING, "m", span(line), tuple(Related(span(r), "m") for r in related))


@pytest.mark.parametrize("before, after, caught", [
    ([], [finding(5)], ("r",)),                                   # new, at the changed line
    ([], [finding(3, 5)], ("r",)),                                # new, the changed line among its related places
    ([], [finding(3)], ()),                                       # new, but at another line
    ([], [finding(3, 4)], ()),
    ([finding(5)], [finding(5)], ()),                             # there before the change
    ([finding(5, 3)], [finding(5, 3), finding(5, 3, rule="q")], ("q",)),
    ([finding(3)], [finding(3, 5)], ("r",)),                      # an old finding now points at the change too
])
def test_caught_is_a_new_finding_at_the_changed_line(before, after, caught):
    assert caught_by(frozenset(identity(f) for f in before), after, "a.md", 5, Shift()) == caught


def test_shift_maps_offsets_after_the_change_back():
    shift = Shift("a.md", at=10, delta=4)
    assert shift.back(Span("a.md", 12, 20, 1, 13, 1, 21)) == ("a.md", 8, 16)
    assert shift.back(Span("a.md", 2, 5, 1, 3, 1, 6)) == ("a.md", 2, 5)
    assert shift.back(Span("b.md", 12, 20, 1, 13, 1, 21)) == ("b.md", 12, 20)


# The halves themselves are benchmarks.instances.split's, tested in test_benchmark_instances.


def test_seeds_are_two_clusters():
    may, june = load_clusters("seeds")
    assert [len(may.documents), len(june.documents)] == [3, 2]
    assert {d.meta["story"] for d in may.documents} == {"seeds-may"}


def test_command_runs_on_the_seeds(capsys):
    assert main(["--corpus", "seeds", "--per-family", "2", "--show-misses", "1"]) == 0
    out = capsys.readouterr().out
    assert "seeds tune" in out and "duration" in out and "per 100" in out
    assert "\nmissed " in out


def test_corpus_candidates(shared):
    clusters = load_clusters("ecbplus")
    assert {c.half for c in clusters if c.id.startswith("ecbplus_t01")} == {clusters[0].half}
    found = {family: len([c for cl in clusters for c in candidates(cl, SPECS[family])]) for family in Family}
    assert all(found[family] > 0 for family in Family), found
