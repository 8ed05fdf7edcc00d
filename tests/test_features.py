"""Story features: headlines without site names, furniture lines, the extra weight of names, cached line words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.extract.dating import with_date
from factlint.link import features, stories
from factlint.read.documents import make_document, read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FURNITURE = "Subscribe to our newsletter for the latest headlines"


def _doc(path: str, text: str):
    return make_document(path, text)[0]


@pytest.mark.parametrize("line, expected", [
    ("Suspect arrested in double murder on Rodman Street - wave3.com-Louisville News, Weather & Sports",
     "Suspect arrested in double murder on Rodman Street"),
    ("Suspect held on $2M bail - FOX5 Vegas - KVVU", "Suspect held on $2M bail"),
    ("Sheriff: 11-year-old injured in Wake County shooting :: WRAL.com", "Sheriff: 11-year-old injured in Wake County shooting"),
    ("Armenia, Azerbaijan make 'tangible progress' in US-brokered peace talks",
     "Armenia, Azerbaijan make 'tangible progress' in US-brokered peace talks"),
    # Never cut a headline down to a word or two.
    ("Shots fired - Police say", "Shots fired - Police say"),
])
def test_headline_loses_the_site_name(line, expected):
    assert features.headline(line) == expected


@pytest.mark.parametrize("first, second, same", [
    ("Message: * A friend wanted you to see this item from WRAL.com: http://wral.com/15366510",
     "Message: * A friend wanted you to see this item from WRAL.com: http://wral.com/17000001", True),
    ("You need the latest version of the Adobe Flash Player. Download Now .",
     "You need the latest version of the Adobe Flash Player. Download Now.", True),
    ("0:43 Homeless man found dead in Parkland Pause", "1:12 Homeless man found dead in Parkland Pause", True),
    ("Four people were shot on Main Street.", "Five people were shot on Main Street.", False),
])
def test_furniture_lines_match_whatever_their_links_and_times(first, second, same):
    assert (features._normal(first) == features._normal(second)) is same


@pytest.mark.parametrize("holders, furniture", [(3, True), (2, False)])
def test_a_line_in_three_articles_is_furniture(holders, furniture):
    docs = [_doc(f"{i}.md", f"Story number {i} about something.\nCopyright {2010 + i} WXYZ. All rights reserved.\n")
            for i in range(holders)]
    digest = features._digest("copyright wxyz all rights reserved")
    assert (digest in features.boilerplate([features.line_words(d) for d in docs])) is furniture


@pytest.mark.parametrize("text, key, weight", [
    # A name inside a sentence weighs more than a common word in the same place.
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "jeremy mardis", features.NAME_WEIGHT),
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "shot", 1.0),
    # A house number and a street name are a name pair too.
    ("Headline here\nThe shooting happened at 224 Vantana Court overnight.\n", "224 vantana", features.NAME_WEIGHT),
    # A pair with one ordinary word weighs as an ordinary pair.
    ("Headline here\nPolice said Jeremy Mardis was shot on Tuesday.\n", "police jeremy", 1.0),
    # The first word of a sentence is capitalized for grammar, not because it is a name.
    ("Headline here\nOfficers arrived quickly. Neighbors heard shots.\n", "neighbors", 1.0),
    # In a title-case line every word is capitalized: no word is marked as a name.
    ("Headline here\nMan Shoots Girlfriend And Her Son In Gloucester County\n", "gloucester", 1.0),
])
def test_names_and_numbers_weigh_more(text, key, weight):
    found = features.features(_doc("a.md", text))
    assert found[key] == pytest.approx(weight)


def test_headline_site_name_is_no_feature():
    found = features.features(_doc("a.md", "Man shot on Rodman Street - WAVE 3 News Louisville\nBody text.\n"))
    assert "rodman street" in found
    assert not {"wave", "louisville"} & found.keys()


def _article(number: int, body: str):
    return _doc(f"{number}.md", f"Dockers strike in Antwerp - Port News\n{FURNITURE}\n{body}\n")


@pytest.mark.parametrize("copies, skipped", [(2, False), (3, True)])
def test_line_repeated_in_enough_articles_is_left_out(copies, skipped):
    docs = [_article(i, f"Article {i} about the strike over pay.") for i in range(copies)]
    lines = [features.line_words(d) for d in docs]
    found = features.features(docs[0], lines[0], features.boilerplate(lines))
    assert ("newsletter" not in found) is skipped
    assert "newsletter latest" in features.features(docs[0], lines[0])


@pytest.mark.parametrize("text, title_words", [
    ("Dockers strike in Antwerp - Port News\nThe strike over pay began on Monday.\n", "dockers strike antwerp"),
    ("The strike began last month in Antwerp.\nDockers want more pay.\n", ""),
])
def test_title_line_drops_its_site_suffix_and_distant_sentences(text, title_words):
    found = features.features(_doc("a.md", text))
    assert [k for k in found if found[k] >= features.TITLE_WEIGHT and " " not in k] == title_words.split()


def test_cached_line_words_give_the_same_stories():
    documents = read_paths([str(SEEDS)]).documents
    cached = {d.path: features.decode_lines(features.encode_lines(features.line_words(d))) for d in documents}
    assert stories.group_stories(documents, lines=cached) == stories.group_stories(documents)


def test_cached_line_words_give_the_same_features():
    documents = read_paths([str(SEEDS)]).documents
    for doc in documents:
        cached = features.decode_lines(features.encode_lines(features.line_words(doc)))
        assert features.features(doc, cached) == features.features(doc)


@pytest.mark.parametrize("payload", ["not json", "[[1, 2]]", '{"a": 1}', '[["x", "d", "w", 1]]', '[[1, "d", "w"]]', "[1]"])
def test_malformed_line_words_raise_value_error(payload):
    with pytest.raises(ValueError):
        features.decode_lines(payload)


def test_line_words_round_trip():
    lines = features.line_words(_doc("a.md", "Café owners in Zürich protest.\n\nThe protest’s second day.\n"))
    assert features.decode_lines(features.encode_lines(lines)) == lines and len(lines) == 2


@pytest.mark.parametrize("line, word, named", [
    ("Police said Jeremy Mardis was shot.", "Jeremy", True),
    ("Police said Jeremy Mardis was shot.", "Police", False),      # the line's first word
    ("He left. Neighbors heard shots.", "Neighbors", False),       # after a full stop
    ('He said: "Everyone ran."', "Everyone", False),               # a quote's first word
    ("He said (Monday) it ended.", "Monday", False),               # after an opening bracket
    ("They met in   Geneva today.", "Geneva", True),               # spaces before the word do not matter
    ("They met on 4 May.", "4", True),                             # digits are numbers
    ("they met in geneva.", "geneva", False),
])
def test_a_capital_inside_a_sentence_marks_a_name(line, word, named):
    match = next(m for m in features._WORD.finditer(line) if m.group() == word)
    assert features._named(line, match) is named


@pytest.mark.parametrize("spans, merged", [
    ([], []),
    ([(5, 9), (0, 3)], [(0, 3), (5, 9)]),
    ([(0, 5), (3, 8), (8, 10)], [(0, 8), (8, 10)]),
    ([(2, 4), (2, 4)], [(2, 4)]),
])
def test_distant_sentences_are_sorted_and_joined(spans, merged):
    assert features._merged(spans) == merged


def test_words_of_a_sentence_about_another_time_are_left_out_wherever_it_stands():
    text = "Title words here\nDockers struck in Antwerp. A strike last month hit Rotterdam. Pay rose in Ghent.\n"
    words = features.line_words(_doc("a.md", text))[1].words.split()
    assert "^antwerp" in words and "^ghent" in words and "^rotterdam" not in words and "strike" not in words


def _dated(text: str, date: str | None = "2014-09-10"):
    head = f"---\ndate: {date}\n---\n" if date else ""
    return with_date(_doc("a.md", head + text))


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@pytest.mark.parametrize("text, date, expected", [
    ("The boy shot on Feb. 3 died in hospital.", "2014-09-10", [("2014-02-03", "2014-02-03")]),
    ("In February a man was shot on Main Street.", "2014-09-10", [("2014-02-01", "2014-02-28")]),
    ("The trial opened on March 2, 2013, and the verdict came in May 2013.", "2014-09-10",
     [("2013-03-02", "2013-03-02"), ("2013-05-01", "2013-05-31")]),
    # Years, durations and weeks say too little about the day of an event.
    ("In 2013 he spent three days in jail.", "2014-09-10", []),
    # Without the article's own date nothing relative can be placed, and nothing is guessed.
    ("The boy shot on Feb. 3 died in hospital.", None, []),
])
def test_periods_are_the_days_and_months_an_article_names(text, date, expected):
    found = features.periods(_dated(text, date))
    assert found == tuple((_day(first), _day(last)) for first, last in expected)


def test_periods_round_trip():
    found = features.periods(_dated("Shot on Feb. 3, he died in March."))
    assert len(found) == 2 and features.decode_periods(features.encode_periods(found)) == found


@pytest.mark.parametrize("payload", ["not json", "[[1]]", "[1]", '[["x", 2]]', "[[5, 4]]", '{"a": 1}'])
def test_malformed_periods_raise_value_error(payload):
    with pytest.raises(ValueError):
        features.decode_periods(payload)


@pytest.mark.parametrize("date, sentence, background", [
    # Dated: a time outside a news week around the article's date is another time's.
    ("2023-06-04", "The talks opened in Vienna last month.", True),
    ("2023-06-04", "The talks opened in Vienna in 2016.", True),
    ("2023-06-04", "Relations have been tense since 1991.", True),
    ("2023-06-04", "The talks opened in Vienna on Thursday.", False),
    ("2023-06-04", "The talks opened in Vienna this year.", False),
    ("2023-06-04", "The talks will resume on June 8.", False),
    # Undated: a month or year back, or a bare year, is another time's; a weekday is the article's own.
    (None, "The talks opened in Vienna last month.", True),
    (None, "Relations have been tense since 1991.", True),
    (None, "The talks opened in Vienna on Thursday.", False),
])
def test_sentences_naming_another_time_are_background(date, sentence, background):
    head = f"---\ndate: {date}\n---\n" if date else ""
    doc = with_date(_doc("a.md", head + "Title line here\n" + sentence + " The council met today."))
    words = " ".join(line.words for line in features.line_words(doc))
    assert ("vienna" not in words and "relations" not in words and "resume" not in words) is background
    assert "council" in words