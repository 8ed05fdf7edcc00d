"""Event mentions placed in instances by the story and episode model."""

from __future__ import annotations

import pytest

from factlint.link.mentions import mention_instances, stem
from factlint.read.documents import make_document


@pytest.mark.parametrize("word, expected", [
    ("talks", "talk"), ("Talks", "talk"), ("negotiations", "negoti"), ("rising", "ris"), ("sales", "sal"),
    ("sale", "sale"), ("Apple's", "apple"), ("bus", "bus"), ("is", "is"),
])
def test_stem(word, expected):
    assert stem(word) == expected


def _doc(path: str, date: str, text: str):
    return make_document(path, f"---\ndate: {date}\n---\n{text}")[0]


def _keys(found, path, word):
    return {key for start, end, key in found[path] if key.endswith("|" + stem(word))}


def test_one_word_in_one_episode_is_one_instance_across_articles():
    docs = [_doc("a.md", "2023-05-04", "Mirzoyan and Bayramov ended five days of talks in Arlington on Thursday."),
            _doc("b.md", "2023-05-05", "The talks between Mirzoyan and Bayramov in Arlington ended on Thursday.")]
    found = mention_instances(docs)
    assert _keys(found, "a.md", "talks") == _keys(found, "b.md", "talks") and len(_keys(found, "a.md", "talks")) == 1


def test_articles_months_apart_hold_different_instances():
    docs = [_doc("a.md", "2023-01-10", "Minister Okonjo-Iweala visited Lagos for three days of talks with Tinubu."),
            _doc("b.md", "2023-04-20", "Minister Okonjo-Iweala visited Lagos for two days of talks with Tinubu.")]
    found = mention_instances(docs)
    assert _keys(found, "a.md", "talks").isdisjoint(_keys(found, "b.md", "talks"))


def test_a_sentence_naming_another_time_is_another_instance():
    docs = [_doc("a.md", "2023-05-04", "The talks in Arlington ended on Thursday.\nThe 2019 talks in Vienna failed.")]
    (first, second) = sorted(key for start, end, key in mention_instances(docs)["a.md"] if key.endswith("|talk"))
    assert first != second and "other:2019" in first + second


def test_stopwords_are_no_mentions():
    found = mention_instances([_doc("a.md", "2023-05-04", "He said the talks ended.")])
    assert [key.rsplit("|", 1)[1] for _, _, key in found["a.md"]] == ["talk", "end"]
