"""The pipeline in one place: what is read as an article, and what is a problem instead."""

from __future__ import annotations

import pytest

from factlint.pipeline import lint
from factlint.rulebook.rule_files import load_rulebook


@pytest.mark.parametrize("text, article", [
    ("", False),
    ("   \n\n\t\n", False),
    ("---\ndate: 2023-05-04\n---\n", False),      # front matter alone
    ("— … —\n", False),                          # marks without a word
    ("Talks ended.", True),
    ("---\ndate: 2023-05-04\n---\n2023", True),
])
def test_an_article_without_a_word_is_a_problem_not_an_article(tmp_path, text, article):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    analysis, report = lint([str(tmp_path)], load_rulebook())
    assert [doc.path for doc in analysis.documents] == ([str(tmp_path / "a.md")] if article else [])
    problems = [p for p in report.problems if "no text to check" in p.message]
    assert [p.path for p in problems] == ([] if article else [str(tmp_path / "a.md")])
