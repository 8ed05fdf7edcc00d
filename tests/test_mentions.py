"""Event mentions placed in instances: chains within an article, joined across the articles of a story."""

from __future__ import annotations

import pytest

from factlint.link.mentions import ALL, Components, mention_instances
from factlint.read.documents import make_document


def _doc(path: str, date: str, text: str):
    return make_document(path, f"---\ndate: {date}\n---\n{text}")[0]


def _keys(found, path, word):
    text = {doc_path: doc for doc_path, doc in _DOCS.items()}[path]
    return [key for start, end, key in found[path] if text[start:end].lower() == word.lower()]


_DOCS: dict[str, str] = {}


def _run(docs, components: Components = ALL):
    _DOCS.clear()
    _DOCS.update({doc.path: doc.text for doc in docs})
    return mention_instances(docs, components)


STOCKS = ("Dow falls 340 points\nSeptember 04, 2008\n"
          "The Dow Jones Industrial Average fell 344.65 on Thursday.\n"
          "Retail sales were weak.\nOil prices were steady.\n"
          "The S&P 500 fell 2.99 percent while the Nasdaq composite index fell 3.20 percent.\n")


def test_headline_and_first_sentence_state_one_event():
    found = _run([_doc("a.md", "2008-09-04", STOCKS)])
    assert _keys(found, "a.md", "falls")[0] == _keys(found, "a.md", "fell")[0]


def test_mentions_of_other_participants_far_from_the_lead_are_other_instances():
    found = _run([_doc("a.md", "2008-09-04", STOCKS)])
    falls = _keys(found, "a.md", "falls") + _keys(found, "a.md", "fell")
    assert len(set(falls)) == 3  # the Dow's fall, the S&P's and the Nasdaq's


@pytest.mark.parametrize("components, joined", [(ALL, True), (Components(lead=False), False)])
def test_the_lead_component_joins_a_headline_without_shared_names(components, joined):
    # Nothing but the lead model ties "Stocks fall" to the Dow's fall two sentences on.
    found = _run([_doc("a.md", "2008-09-04", "Stocks fall\n" + STOCKS.split("\n", 1)[1])], components)
    assert (_keys(found, "a.md", "fall")[0] == _keys(found, "a.md", "fell")[0]) is joined


@pytest.mark.parametrize("components, joined", [(ALL, True), (Components(derivation=False), False)])
def test_a_noun_joins_the_verb_it_derives_from(components, joined):
    text = ("Russian markets suspended\nSeptember 17, 2008\nRussia suspended trading on Wednesday.\n"
            "The suspension lasted two hours.\n")
    found = _run([_doc("a.md", "2008-09-17", text)], components)
    assert (_keys(found, "a.md", "suspended")[1] == _keys(found, "a.md", "suspension")[0]) is joined


def test_one_event_with_one_written_time_joins_across_articles_of_a_story():
    docs = [_doc("a.md", "2011-01-17", "Jobs takes medical leave\nJobs will take a medical leave from Apple.\n"
                                       "In 2004 Jobs fought pancreatic cancer at Stanford.\n"),
            _doc("b.md", "2011-08-25", "Jobs resigns as Apple chief\nJobs resigned from Apple on Wednesday.\n"
                                       "In 2004 Jobs was fighting pancreatic cancer.\n")]
    found = _run(docs)
    assert _keys(found, "a.md", "fought") == _keys(found, "b.md", "fighting")
    assert _keys(found, "a.md", "leave")[0] not in _keys(found, "b.md", "resigned")


def test_articles_months_apart_hold_different_instances():
    docs = [_doc("a.md", "2023-01-10", "Minister Okonjo-Iweala visited Lagos for three days of talks with Tinubu."),
            _doc("b.md", "2023-04-20", "Minister Okonjo-Iweala visited Lagos for two days of talks with Tinubu.")]
    found = _run(docs)
    assert set(_keys(found, "a.md", "talks")).isdisjoint(_keys(found, "b.md", "talks"))


def test_sayings_far_apart_are_each_their_own():
    text = ("Apple unveils phone\nApple unveiled a phone on Monday.\nPrices were high.\nSales were slow.\n"
            "Apple announced a price cut for Europe.\nStores were full.\nShares rose.\n"
            "Apple announced a new store in Europe.\n")
    found = _run([_doc("a.md", "2010-06-08", text)])
    first, second = _keys(found, "a.md", "announced")
    assert first != second


def test_function_words_are_no_mentions():
    found = _run([_doc("a.md", "2023-05-04", "He said the talks ended.")])
    # "said" is a function word of extract/verbs (every report says it): no mention.
    assert [_DOCS["a.md"][s:e] for s, e, _ in found["a.md"]] == ["talks", "ended"]


RESIGNS = ("Steve Jobs resigns at Apple\nAugust 24, 2011\n"
           "Steve Jobs stepped down as chief executive of Apple on Wednesday.\n"
           "Apple shares fell after hours.\nTim Cook will lead Apple.\nJobs has led Apple since 1997.\n"
           "Jobs resigned in a letter to Apple's board.\n")


@pytest.mark.parametrize("components, joined", [(ALL, True), (Components(lead=False), False)])
def test_a_later_mention_of_the_leads_root_joins_it_on_the_protagonists(components, joined):
    # Jobs and Apple are in most sentences (the article's protagonists, no evidence between two far mentions), but
    # the headline states the article's event: its protagonists tie "resigned" four sentences on to "resigns".
    found = _run([_doc("a.md", "2011-08-24", RESIGNS)], components)
    assert (_keys(found, "a.md", "resigns")[0] == _keys(found, "a.md", "resigned")[0]) is joined


ITUNES = [("a.md", "2008-04-03", "Apple passes Wal-Mart as top music seller\nApril 3, 2008\n"
           "Apple passed Wal-Mart to become the top music seller, NPD Group said on Thursday.\n"
           "Apple launched the iTunes Music Store in 2003.\n"),
          ("b.md", "2010-06-07", "Jobs unveils new iPhone at conference\nJune 7, 2010\n"
           "Steve Jobs showed the iPhone 4 to developers in San Francisco on Monday.\n"
           "The company, which launched the iTunes Music Store on April 28, 2003, sells apps there too.\n")]


@pytest.mark.parametrize("components, joined", [(ALL, True), (Components(times=False), False)])
def test_clauses_that_date_their_event_join_it_across_stories(components, joined):
    found = _run([_doc(*article) for article in ITUNES], components)
    assert (_keys(found, "a.md", "launched")[0] == _keys(found, "b.md", "launched")[0]) is joined


def test_two_verbs_of_one_root_in_one_sentence_are_two_occurrences():
    text = ("Asian markets mixed\nSeptember 12, 2006\nTrading was slow.\n"
            "Prices rose in Tokyo and Seoul, and then rose again as trading ended.\n")
    found = _run([_doc("a.md", "2006-09-12", text)])
    first, second = _keys(found, "a.md", "rose")
    assert first != second
