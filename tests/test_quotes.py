"""Quote facts and their speakers: after the quote, before it, pronouns, statements and paragraph runs."""

from __future__ import annotations

import pytest

from factlint.extract import quotes
from factlint.rulebook.lexicon import Lexicon

LEXICON = Lexicon()
INTRO = "Secretary of State Antony Blinken met the ministers. "


def speakers(doc, text: str) -> list[tuple[str, str]]:
    return [(f.value, f.subject) for f in quotes.extract(doc(text), LEXICON)]


@pytest.mark.parametrize("text, expected", [
    (INTRO + '"We are close," Blinken said.', [("We are close,", "antoni blinken")]),
    (INTRO + '"We are close," said Blinken.', [("We are close,", "antoni blinken")]),
    (INTRO + '"We are close," Blinken told reporters.', [("We are close,", "antoni blinken")]),
    ('"We are close," US Secretary of State Antony Blinken said.', [("We are close,", "antoni blinken")]),
    ("'The last mile is the hardest,' says Secretary of State Antony Blinken",
     [("The last mile is the hardest,", "antoni blinken")]),
    (INTRO + 'Blinken thanked them and said, "None of this is easy."', [("None of this is easy.", "antoni blinken")]),
    (INTRO + 'Blinken, who met Foreign Minister Ararat Mirzoyan, stressed that the sides »have made progress».',
     [("have made progress", "antoni blinken")]),
    (INTRO + 'Later Blinken commended the "tangible progress" made.', [("tangible progress", "antoni blinken")]),
    ('"We agreed," read a statement released by the Foreign Ministry.', [("We agreed,", "statement")]),
    ('"We agreed," the statements said.', [("We agreed,", "statement")]),
    ('The ministries released a joint statement, saying that they "reached an agreement."',
     [("reached an agreement.", "statement")]),
    ('They issued a joint statement in which they said that the sides »exchanged views».',
     [("exchanged views", "statement")]),
    ('"We are close," according to Secretary of State Antony Blinken.', [("We are close,", "antoni blinken")]),
])
def test_speaker_of_one_quote(doc, text, expected):
    assert speakers(doc, text) == expected


@pytest.mark.parametrize("text, expected", [
    (INTRO + '"One," Blinken said.\n"Two," he added.', ["antoni blinken", "antoni blinken"]),
    ('"One," read a statement.\n"Two," it said.', ["statement", "statement"]),
    ('"One," the statements said.\n"Two," they added.', ["statement", "statement"]),
    (INTRO + '"One," Blinken told reporters. "Two and three."', ["antoni blinken", "antoni blinken"]),
    (INTRO + '"One," Blinken told reporters.\n"Two and three."', ["antoni blinken", ""]),
    ('"One," he added.', [""]),
    ('Nathan Lee told police what he saw. "One," Nathan said. "Two," said Nathan.', ["nathan le", "nathan le"]),
    ('Nathan Lee and Nathan Cole told police. "One," Nathan said.', [""]),
    ('The top diplomat also said that "there remains hard work."', [""]),
    ('Yerevan has been pressing for an "international mechanism" for such talks.', [""]),
    # Before anyone is quoted, he or she is the person who opens the sentence before, in one paragraph.
    ('Challenger Ilse Varga conceded on Sunday. "The people have spoken," she told supporters.', ["ilse varga"]),
    ('Ilse Varga, 47, conceded. She said: "The people have spoken."', ["ilse varga"]),
    ('Ilse Varga conceded.\n\n"The people have spoken," she told supporters.', [""]),  # another paragraph
    ('After a long count, Ilse Varga conceded. "The people have spoken," she said.', [""]),  # a clause first
    ('Police arrested a man on Sunday near the home of Ilse Varga. "It was awful," she said.', [""]),
])
def test_speakers_across_quotes(doc, text, expected):
    assert [subject for _, subject in speakers(doc, text)] == expected


def test_quote_fact_span_and_attrs(doc):
    (fact,) = quotes.extract(doc(INTRO + '\n"We are close," he said. Blinken left.'), LEXICON)
    assert (fact.span.line, fact.span.column) == (2, 2)
    assert fact.attr("speaker") == "" and fact.subject == ""
    (fact,) = quotes.extract(doc(INTRO + '\n"We are close," said Blinken.'), LEXICON)
    assert (fact.attr("speaker"), fact.attr("speaker_name")) == ("Blinken", "Antony Blinken")
