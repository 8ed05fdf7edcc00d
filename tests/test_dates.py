"""Dates tied to events: values anchored to the article date, start/end/at roles and stated weekdays."""

from __future__ import annotations

import pytest

from factlint.extract.dating import with_date
from factlint.extract import dates
from factlint.read.documents import make_document

DATED = "---\ndate: 2023-05-04\n---\n"


@pytest.mark.parametrize("text, fact_text, value, subject, role", [
    ("The ministers have been taking part in peace talks since Sunday.", "Sunday", "XXXX-WXX-7", "talks", "start"),
    (DATED + "The ministers have been taking part in peace talks since Sunday.", "Sunday", "2023-04-30", "talks", "start"),
    ("The second round of peace talks commenced on Tuesday.", "Tuesday", "XXXX-WXX-2", "talks", "start"),
    ("Blinken said Thursday at the conclusion of the five-day talks.", "Thursday", "XXXX-WXX-4", "talks", "end"),
    ("Blinken said on Thursday that peace was near after concluding four days of dialogue.", "Thursday", "XXXX-WXX-4", "talks", "end"),
    ("The strike ended on Friday, June 7, 2024.", "Friday, June 7, 2024", "2024-06-07", "strike", "end"),
    ("The summit opened on Monday, June 3, 2024, in Geneva.", "Monday, June 3, 2024", "2024-06-03", "summit", "start"),
    # A base form after "to" or a modal tells a start or end; a place may stand between the verb and its day.
    ("The talks are scheduled to end on November 22.", "November 22", "XXXX-11-22", "talks", "end"),
    ("The strike will begin on Monday.", "Monday", "XXXX-WXX-1", "strike", "start"),
    ("Climate talks began in Baku, Azerbaijan, on Monday.", "Monday", "XXXX-WXX-1", "talks", "start"),
    ("The talks were held in Geneva on Monday.", "Monday", "XXXX-WXX-1", "talks", "at"),
    ("A man was arrested in the July 29, 2014, shooting on Bourbon Street.", "July 29, 2014", "2014-07-29", "shooting", "at"),
    (DATED + "Police are looking for suspects in the shooting on Sunday.", "Sunday", "2023-04-30", "shooting", "at"),
    ("The shooting happened on June 29, 2014, police said.", "June 29, 2014", "2014-06-29", "shooting", "at"),
    ("Relations have been tense since 1991.", "1991", "1991", "", ""),
    # A time a change is measured from is its base, not when it happened.
    (DATED + "Ticket sales were up 8 percent on last year.", "last year", "2022", "", "base"),
    (DATED + "Sales rose 10% compared with 2019.", "2019", "2019", "", "base"),
    (DATED + "Prices were higher than last year.", "last year", "2022", "", "base"),
    (DATED + "Shares rose 3 percent on Monday.", "Monday", "2023-05-01", "", ""),
    (DATED + "He showed up on Monday.", "Monday", "2023-05-01", "", ""),
    # What began is named shortly before "since": a neighbour's years on the block are no start of the shooting.
    ("Fernandez, who's lived on the block since 1986, said neighbors worried about the house where the shooting "
     "happened.", "1986", "1986", "", ""),
    ("Peskov said on Wednesday that Russia was ready.", "Wednesday", "XXXX-WXX-3", "", ""),
    # The day a speech verb dates is the saying's, when the event it reports came before.
    ("They agreed to prepare the talks in Geneva, the ministry said on Saturday.", "Saturday", "XXXX-WXX-6", "", ""),
    ("They agreed to prepare the talks in Geneva, the ministry said on March 23.", "March 23", "XXXX-03-23", "", ""),
    # A year tied to the tsunami, not to the quake named in a modifier before it.
    ("The quake struck a region devastated by the quake-triggered tsunami of 2004.", "2004", "2004", "tsunami", "at"),
    ("The storm-damaged pier reopened in 2019.", "2019", "2019", "", ""),
    # An inquest into an attack is dated as an inquest, not as the attack.
    ("The attack was deadly. The inquest, which began on 16 January, heard evidence.", "16 January", "XXXX-01-16",
     "trial", "start"),
    # A news conference dates the briefing, not the conference or summit a story is about.
    ("Takeshita told a news conference on Tuesday that he would win.", "Tuesday", "XXXX-WXX-2", "briefing", "at"),
    # The shooting's date is the one next to it; a later date in the sentence is of something else.
    ("A boy who was wounded in a shooting on Friday died on Saturday.", "Friday", "XXXX-WXX-5", "shooting", "at"),
    ("A boy who was wounded in a shooting on Friday died on Saturday.", "Saturday", "XXXX-WXX-6", "", ""),
])
def test_date_facts(rulebook, text, fact_text, value, subject, role):
    document = make_document("a.md", text)[0]
    facts = [f for f in dates.extract(with_date(document), rulebook.lexicon) if f.text == fact_text]
    assert [(f.value, f.subject, f.attr("role")) for f in facts] == [(value, subject, role)]


@pytest.mark.parametrize("text, weekday", [
    ("on Tuesday, May 4, 2023, in Washington", 2),
    ("on Thursday", 4),
    ("on May 4, 2023", None),
])
def test_stated_weekday(rulebook, text, weekday):
    document = make_document("a.txt", text)[0]
    (fact,) = dates.extract(document, rulebook.lexicon)
    assert (int(fact.attr("weekday")) if fact.attr("weekday") else None) == weekday


def test_a_weekday_near_a_clock_time_is_not_the_times_weekday(rulebook):
    document = make_document("a.md", "---\ndate: 2014-08-01\n---\nShe was shot on Wednesday around 3 p.m.")[0]
    facts = {f.text: f.attr("weekday") for f in dates.extract(with_date(document), rulebook.lexicon)}
    assert facts == {"Wednesday": "3", "around 3 p.m.": ""}


@pytest.mark.parametrize("text", ["We met the minister.", "They may march on the capital.", "It cost $27.", "Turnout was 50%."])
def test_no_dates(rulebook, text):
    assert list(dates.extract(make_document("a.txt", text)[0], rulebook.lexicon)) == []


def test_first_words_of_lexicon_entries() -> None:
    assert dates._first_words(["cease-fire", "walked out", "Strike"]) == frozenset({"cease", "walked", "strike"})
    assert dates._first_words(["9/11"]) == frozenset({"9"})
    assert dates._first_words(["-x"]) is None


@pytest.mark.parametrize("text", [
    "The CEASE-FIRE held after the talks; fighting resumed on Monday.",
    "A ceasefire was agreed. Talks stalled.",
    "Nothing happened here on Tuesday, officials said.",
])
def test_first_word_check_never_hides_an_event_word(text: str) -> None:
    from factlint.rulebook.rule_files import load_rulebook

    lexicon = load_rulebook().lexicon.events
    for pattern, entries in ((lexicon.noun_pattern, lexicon.nouns), (lexicon.verb_pattern, lexicon.verbs)):
        firsts = dates._first_words(entries)
        for lo in range(0, len(text), 7):
            assert dates._event_words(text, pattern, firsts, lo, len(text)) == \
                dates._event_words(text, pattern, None, lo, len(text))
