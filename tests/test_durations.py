"""Duration phrasings, positive and negative, including every phrasing in the seeds."""

from __future__ import annotations

import pytest

from factlint.extract import durations

POSITIVE = [
    # "After" after an end: the length of what ended, the sentence's event however far before.
    ("The strike by 1,400 dockworkers at the Port of Antwerp, which began on Monday, ended on Friday after four days.",
     "after four days", "P4D", "strike"),
    ("The talks collapsed after three days.", "after three days", "P3D", "talks"),
    # (sentence, fact text, ISO value, event kind)
    ("They met outside Washington for three consecutive days.", "for three consecutive days", "P3D", "talks"),
    ("It reflected comments made during the final session of the three-day talks.", "three-day talks", "P3D", "talks"),
    ("Blinken said Thursday at the conclusion of the five-day talks.", "five-day talks", "P5D", "talks"),
    ("after concluding four days of dialogue in Washington", "four days of dialogue", "P4D", "talks"),
    ("The talks which lasted four days took place at the Institute.", "lasted four days", "P4D", "talks"),
    ("at the closing plenary session of the three-day peace talks at the Center", "three-day peace talks", "P3D", "talks"),
    ("Both ministers participated in five-day peace talks at the Center last month.", "five-day peace talks", "P5D", "talks"),
    ("Dockers began a 10-day strike on Monday.", "10-day strike", "P10D", "strike"),
    ("The band ended a two-week tour in Leeds.", "two-week tour", "P2W", "tour"),
    ("The strike lasted nine days.", "lasted nine days", "P9D", "strike"),
    ("The protesters marched for eleven days before the protest ended.", "for eleven days", "P11D", "protest"),
    ("The twelve-day festival opened on Friday.", "twelve-day festival", "P12D", "festival"),
    ("A twenty-one-day ceasefire took hold.", "twenty-one-day ceasefire", "P21D", "ceasefire"),
    ("The 3-day summit ended early.", "3-day summit", "P3D", "summit"),
    ("a two-day visit to Paris", "two-day visit", "P2D", "visit"),
    ("The trial lasted three weeks.", "lasted three weeks", "P3W", "trial"),
    ("a six-month trial", "six-month trial", "P6M", "trial"),
    ("The 24-hour strike shut the port.", "24-hour strike", "PT24H", "strike"),
    ("a 48-hour walkout by nurses", "48-hour walkout", "PT48H", "strike"),
    ("a one-year ceasefire", "one-year ceasefire", "P1Y", "ceasefire"),
    ("the two-year war", "two-year war", "P2Y", "war"),
    ("a three-day-long conference", "three-day-long conference", "P3D", "conference"),
    ("after two weeks of intensive negotiations", "two weeks of intensive negotiations", "P2W", "talks"),
    ("after five days of talks", "five days of talks", "P5D", "talks"),
    ("eight hours of discussions", "eight hours of discussions", "PT8H", "talks"),
    ("The negotiations lasted for six hours.", "lasted for six hours", "PT6H", "talks"),
    ("a four-day stoppage at the plant", "four-day stoppage", "P4D", "strike"),
    ("The summit lasted about two days.", "lasted about two days", "P2D", "summit"),
    ("The hearing lasted more than five hours.", "lasted more than five hours", "PT5H", "trial"),
    ("In March, he spent two days in Geneva on a visit.", "spent two days", "P2D", "visit"),
    ("the 11-day siege of the town", "11-day siege", "P11D", "siege"),
    ("a seven-day search for the missing boy", "seven-day search", "P7D", "search"),
    ("The three-day U.S.-mediated negotiations ended.", "three-day U.S.-mediated negotiations", "P3D", "talks"),
    ("a 2-week trip", "2-week trip", "P2W", "visit"),
    ("The 30-day lockdown began.", "30-day lockdown", "P30D", "siege"),
    ("the ministers met for two straight days", "for two straight days", "P2D", "talks"),
    # Every common form, for any event kind of the vocabulary, in digits and words.
    ("The book festival runs for three days in the old town.", "for three days", "P3D", "festival"),
    ("The festival, which opens on Friday, runs for 5 days.", "for 5 days", "P5D", "festival"),
    ("The carnival lasts four days.", "lasts four days", "P4D", "festival"),
    ("The trial, spanning 14 days, ended on Tuesday.", "spanning 14 days", "P14D", "trial"),
    ("Talks were held over three days in Geneva.", "over three days", "P3D", "talks"),
    ("The festival takes place over four days.", "over four days", "P4D", "festival"),
    ("The strike spanned nine days.", "spanned nine days", "P9D", "strike"),
    ("A 10-day visit by the minister ended on Sunday.", "10-day visit", "P10D", "visit"),
    ("The minister's visit, from Monday to Thursday, included Lyon.", "from Monday to Thursday", "P4D", "visit"),
    ("The summit will run from Friday to Sunday.", "from Friday to Sunday", "P3D", "summit"),
    ("The conference runs from June 3 to 7 in Vienna.", "from June 3 to 7", "P5D", "conference"),
    ("The strike went on from 28 May to 1 June.", "from 28 May to 1 June", "P5D", "strike"),
    ("From Monday to Thursday, the talks covered trade.", "From Monday to Thursday", "P4D", "talks"),
    # An event named by a name whose head is an event word ("the Hay Festival").
    ("The Hay Festival opened on Thursday and runs for 11 days.", "for 11 days", "P11D", "festival"),
    ("The Geneva Summit, held in the city, took place over two days.", "over two days", "P2D", "summit"),
    # Whatever else a noun names lasts too, keyed by that noun (its modifiers and superlatives left out).
    ("Lohan checks into rehab to begin 90-day stint, lawyer says", "90-day stint", "P90D", "stint"),
    ("She began a 90-day court-mandated stay.", "90-day court-mandated stay", "P90D", "stay"),
    ("Athens was calm after eight days of the worst riots Greece has seen.", "eight days of the worst riots", "P8D",
     "riot"),
    ("He was sentenced to two years of probation.", "two years of probation", "P2Y", "probation"),
    ("The verdict came after roughly 10 hours of deliberation.", "roughly 10 hours of deliberation", "PT10H",
     "deliberation"),
    # What something took, told with whom it took and the event after it.
    ("It took firefighters five hours to put out the blaze.", "took firefighters five hours", "PT5H", "fire"),
    ("It took the jury about three days to reach a verdict in the trial.", "took the jury about three days", "P3D",
     "trial"),
    # A career is the veteran's length, not the rally's.
    ("A nine-year veteran of the force spoke at the rally.", "nine-year veteran", "P9Y", "veteran"),
]

NEGATIVE = [
    "The gunman died after four days in hospital after the shooting.",   # after, with no end before it
    "Police arrested him after two days, ending the manhunt.",
    "The two sides have discussed some very tough issues over the last few days.",
    "in recent days amid efforts to end their disputes",
    "And we feel, coming out of these few days, that we made progress.",
    "The talks took a few weeks.",
    "It took him two hours to drive home.",  # no event named
    "A 15-year-old boy was hurt during the protest.",
    "The strike ended two days ago.",
    "The talks will resume in three days.",
    "Relations have been tense since 1991.",
    "He was jailed for 10 years after the trial.",
    "a 22-year-old protester",
    "Talks collapsed five days later.",
    "The summit, held every two years, opened.",
    "She is 30 years old and joined the protest.",
    "several days of talks",
    # Ages, careers and sentences are no event's length.
    "He worked for 41 years at the port before the strike.",
    "He was sentenced to 30 years after the trial.",
    "The shop is open from Monday to Friday.",
    "Prices rose from 1990 to 2000 before the war.",
    # A noun the words after a length do not hold: a unit, a possessor, a name.
    "In the first four months of the fiscal year the deficit grew.",
    "He sought eight years of his tax returns.",
    "The roughly 26-minute Plandemic video spread.",
    # A capitalized event word that opens the sentence, or is not the head of its name, names no event.
    "In March crowds gathered for 11 days.",
    "Guests at the Summit Hotel stayed for three days.",
    "His article in Vanity Fair ended a guessing game that had gone on for more than 30 years.",
]


@pytest.mark.parametrize("sentence, text, value, event", POSITIVE)
def test_finds_duration(doc, rulebook, sentence, text, value, event):
    facts = list(durations.extract(doc(sentence), rulebook.lexicon))
    assert [(f.text, f.value, f.subject) for f in facts] == [(text, value, event)]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_duration(doc, rulebook, sentence):
    facts = [f for f in durations.extract(doc(sentence), rulebook.lexicon)]
    assert facts == []


@pytest.mark.parametrize("value, shown", [("P5D", "5 days"), ("P1W", "1 week"), ("PT19H", "19 hours"), ("P2Y", "2 years")])
def test_describe_duration(value, shown):
    assert durations.describe_duration(value) == shown


def test_qualifier_is_kept(doc, rulebook):
    (fact,) = durations.extract(doc("The summit lasted about two days."), rulebook.lexicon)
    assert fact.attr("qualifier") == "about"


def test_span_points_at_the_words(doc, rulebook):
    document = doc("Title\n\nThe talks which lasted four days ended.")
    (fact,) = durations.extract(document, rulebook.lexicon)
    assert (fact.span.line, fact.span.column, fact.span.end_column) == (3, 17, 33)
    assert document.text[fact.span.start : fact.span.end] == fact.text


@pytest.mark.parametrize("text", [
    "They are 24-23 in the regular season the last three years.",
    "He married another officer within the last two weeks, the chief said.",
])
def test_the_last_n_years_is_not_a_duration(rulebook, text):
    from factlint.read.documents import make_document
    assert list(durations.extract(make_document("a.txt", text)[0], rulebook.lexicon)) == []


@pytest.mark.parametrize("sentence, text", [
    # Where the candidate search must not skip a match: qualifiers across line breaks and in capitals,
    # numbers in capitals, verbs in capitals, text that lowercasing lengthens.
    ("They held more\nthan three-day talks.", "more\nthan three-day talks"),
    ("NEARLY FIVE DAYS OF TALKS", "NEARLY FIVE DAYS OF TALKS"),
    ("The talks LASTED four days.", "LASTED four days"),
    ("İzmir talks lasted four days.", "lasted four days"),
])
def test_duration_found_past_the_candidate_search(doc, rulebook, sentence, text):
    assert [f.text for f in durations.extract(doc(sentence), rulebook.lexicon)] == [text]


def test_long_text_is_searched_whole(doc, rulebook):
    # Past _TRY_AT_NUMBERS_BELOW characters the event patterns search the text once instead of trying each number.
    text = "Filler words here. " * 600 + "The five-day talks ended. They held 3 days of talks."
    assert len(text) > durations._TRY_AT_NUMBERS_BELOW
    facts = list(durations.extract(doc(text), rulebook.lexicon))
    assert [f.text for f in facts] == ["five-day talks", "3 days of talks"]
