"""Story features from per-article line words: the cached form gives the features computed from scratch."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.link import stories
from factlint.read import read_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FURNITURE = "Subscribe to our newsletter for the latest headlines"


def _article(doc, number: int, body: str):
    return doc(f"Dockers strike in Antwerp - Port News\n{FURNITURE}\n{body}\n", f"{number}.md")


@pytest.mark.parametrize("copies, skipped", [(3, False), (4, True)])
def test_line_repeated_in_enough_articles_is_boilerplate(doc, copies, skipped):
    docs = [_article(doc, i, f"Article {i} about the strike over pay.") for i in range(copies)]
    lines = [stories.line_words(d) for d in docs]
    features = stories.features(docs[0], lines[0], stories.boilerplate(lines))
    assert ("newsletter" not in features) is skipped
    assert "newsletter latest" in stories.features(docs[0], lines[0])


@pytest.mark.parametrize("text, title_words", [
    ("Dockers strike in Antwerp - Port News\nThe strike over pay began on Monday.\n", "dockers strike antwerp"),
    ("The strike began last month in Antwerp.\nDockers want more pay.\n", ""),
])
def test_title_line_drops_its_site_suffix_and_distant_sentences(doc, text, title_words):
    features = stories.features(doc(text))
    assert [k for k in features if features[k] == stories.TITLE_WEIGHT and " " not in k] == title_words.split()


def test_cached_line_words_give_the_same_stories():
    documents = read_paths([str(SEEDS)]).documents
    cached = {d.path: stories.decode_lines(stories.encode_lines(stories.line_words(d))) for d in documents}
    assert stories.group_stories(documents, lines=cached) == stories.group_stories(documents)


@pytest.mark.parametrize("payload", ["not json", "[[1, 2]]", '{"a": 1}', '[["x", "d", "w"]]', "[1]"])
def test_malformed_line_words_raise_value_error(payload):
    with pytest.raises(ValueError):
        stories.decode_lines(payload)


def test_line_words_round_trip(doc):
    lines = stories.line_words(doc("Café owners in Zürich protest.\n\nThe protest’s second day.\n"))
    assert stories.decode_lines(stories.encode_lines(lines)) == lines and len(lines) == 2
