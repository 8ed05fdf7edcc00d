"""The event mention each fact attaches to: the clause's event word and that clause's own time."""

from __future__ import annotations

import pytest

from factlint import link
from factlint.extract import dates, durations
from factlint.extract.dating import with_date
from factlint.link.anaphora import kinds_of
from factlint.link.fact_mentions import attach
from factlint.model import FactKind
from factlint.read.documents import make_document


def _mention(rulebook, text: str, date: str = "2023-11-02", kind: str = "duration"):
    document = with_date(make_document("a.txt", f"---\ndate: {date}\n---\n{text}")[0])
    found = sorted(dates.extract(document, rulebook.lexicon), key=lambda f: f.span.start)
    day_facts = [f for f in found if f.kind is FactKind.DATE]
    (fact, *_) = durations.extract(document, rulebook.lexicon) if kind == "duration" else day_facts
    times = [f for f in found if f.kind in (FactKind.DATE, FactKind.TIME)]
    mention, own = attach(document, [fact], day_facts, kinds_of(rulebook.lexicon.events), times)[fact]
    return document, fact, day_facts, mention, own


@pytest.mark.parametrize("sentence, word, time", [
    # The vocabulary's event word of the clause comes first; the date written beside it is its time.
    ("Dockers began a two-day strike on Thursday.", "strike", "2023-11-02"),
    ("The talks lasted five days in March.", "talks", "2023-03"),
    # A date in another clause of the sentence is not the mention's time, nor the fact's clause's date.
    ("Workers began a two-day strike on Thursday, six months after a walkout in March.", "strike", "2023-11-02"),
    ("Workers began a strike on Thursday, after a five-day walkout in March.", "walkout", "2023-03"),
    # A bracket is an aside: its clause goes on after it.
    ("The strike in March (the first since 2019) lasted five days.", "strike", "2023-03"),
])
def test_fact_attaches_to_its_clauses_mention(rulebook, sentence, word, time):
    _, _, _, mention, own = _mention(rulebook, sentence)
    assert (mention.word, mention.time, own.value) == (word, time, time)


@pytest.mark.parametrize("sentence, time", [
    ("A shooting in the same area on Oct. 30 left two men wounded.", "2023-10-30"),
    ("The man was shot on Saturday night near the club.", "2023-10-28TNI"),
    # A clock time without its day: the day is the tagger's guess, not written.
    ("The shooting happened at 8:20 p.m. near the club.", None),
    # The time of another verb of the clause is not the event's own.
    ("The man who died in the shooting was Ira Brown, 20, police announced late on Wednesday.", None),
])
def test_a_mentions_time_is_the_one_written_beside_it(rulebook, sentence, time):
    document = with_date(make_document("a.txt", f"---\ndate: 2023-11-02\n---\n{sentence}")[0])
    found = sorted(dates.extract(document, rulebook.lexicon), key=lambda f: f.span.start)
    moments = [f for f in found if f.kind in (FactKind.DATE, FactKind.TIME)]
    day_facts = [f for f in moments if f.kind is FactKind.DATE]
    mention, _ = attach(document, moments, day_facts, kinds_of(rulebook.lexicon.events), moments)[moments[0]]
    assert (mention.root, mention.time) == ("shoot", time)


def test_a_clauses_own_date_decides_over_a_nearer_date_of_another_clause(rulebook):
    # "on Monday" is nearer the duration than the clause's own "in March", but belongs to the next clause.
    text = "The union held a five-day strike in March 2023 that ended, while on Monday talks resumed."
    document, fact, day_facts, mention, own = _mention(rulebook, text)
    assert mention.time == "2023-03" and own is not None
    episode = link.episodes.Episode("main", "s", ("a.txt",), document.date, document.date, "calendar")
    assert link.instance_of(document, fact, episode, day_facts, own)[0] == "other:2023-03"


@pytest.mark.parametrize("sentence, word", [
    # No vocabulary word: the clause's verb heads it; a date beside it is its time, and a date fact has no clause date
    # of its own (its value is what is compared).
    ("They fasted on Monday.", "fasted"),
    ("Crowds cheered the crew, who landed on Monday.", "landed"),
])
def test_without_an_event_word_the_clauses_verb_heads_it(rulebook, sentence, word):
    _, fact, _, mention, own = _mention(rulebook, sentence, kind="date")
    assert (mention.word, mention.time, own) == (word, fact.value, None)


ROUNDUP = ("A man was shot dead in Oakland on Saturday night, police said.\n\n"
           "The victim, Joe Smith, 34, died at the scene.\n\n"
           "In a separate shooting in Denver on Saturday, John Doe, 25, was wounded.\n\n"
           "Two women were also hurt in Oakland, police said.\n")


@pytest.mark.parametrize("kind, value, instance", [
    (FactKind.AGE, "34", "main"),
    # Its clause places its event in another state than the article's lead sentence: the round-up's other incident.
    (FactKind.AGE, "25", "other:denver"),
    (FactKind.QUANTITY, "2", "main"),
])
def test_a_clause_placed_where_no_lead_of_its_episode_is_is_another_instance(rulebook, kind, value, instance):
    from factlint.pipeline import analyse

    document = make_document("a.md", f"---\ndate: 2023-11-05\n---\n{ROUNDUP}")[0]
    analysis = analyse([document], rulebook, all_facts=True)
    (item,) = [i for i in analysis.facts if i.fact.kind is kind and i.fact.value == value]
    assert item.instance == instance


@pytest.mark.parametrize("sentence", [
    # A name with an article, or before a noun, is no city's (a Goose Creek lies in South Carolina).
    "A shooting at a school in the Goose Creek school district on Saturday hurt no one.",
    "A shooting at a school in Goose Creek schools on Saturday hurt no one.",
    # Another kind of event than the lead's, placed elsewhere: a part of the same story, not another occasion.
    "The police chief spoke at a conference in Denver on Saturday.",
])
def test_a_clause_is_placed_elsewhere_only_by_a_city_for_an_event_of_the_leads_kind(rulebook, sentence):
    from factlint.pipeline import analyse

    text = (f"---\ndate: 2023-11-05\n---\nMan shot dead in Oakland\n\nA man was shot dead in Oakland on Saturday "
            f"night, police said.\n\nHe was 34.\n\n{sentence}\n")  # below the headline and lead, which may name it
    analysis = analyse([make_document("a.md", text)[0]], rulebook, all_facts=True)
    (item,) = [i for i in analysis.facts if i.fact.kind is FactKind.DATE and i.fact.span.line == 10]
    assert item.instance == "main"


SEPARATE = ("Man shot dead in Oakland\n\nA man was shot dead in Oakland on Saturday night, police said.\n\n"
            "He was 34.\n\nA separate shooting in the same area on Oct. 30 left two men wounded.\n\n"
            "The shooting on Saturday left three men wounded.\n")
TALKS = ("Talks end in Geneva\n\nThe talks ended in Geneva on Friday, the ministers said.\n\n"
         "The talks lasted five days.\n\nThe talks on Monday opened with a dinner for 40 guests.\n")


@pytest.mark.parametrize("text, line, instance", [
    # A shooting dated beside its word a week before the day the lead gives the shooting: another occasion.
    (SEPARATE, 10, "other:2023-10-30"),
    (SEPARATE, 12, "main"),
    # The episode's stated duration of its kind widens the lead's day: Monday's talks are Friday's five-day talks.
    (TALKS, 10, "main"),
])
def test_a_mention_dated_outside_its_kinds_days_in_the_leads_is_another_occasion(rulebook, text, line, instance):
    from factlint.pipeline import analyse

    analysis = analyse([make_document("a.md", f"---\ndate: 2023-11-05\n---\n{text}")[0]], rulebook, all_facts=True)
    (item,) = [i for i in analysis.facts if i.fact.kind is FactKind.QUANTITY and i.fact.span.line == line]
    assert item.instance == instance
