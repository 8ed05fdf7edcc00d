"""The event-time check kind: one event told in two articles of a story must carry one time."""

from __future__ import annotations

import pytest

from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

RULEBOOK = load_rulebook()
RULE = next(r for r in RULEBOOK.rules if r.id == "event-time")


def findings(*articles: str, dates: tuple[str, ...] = (), story: bool = True) -> list[str]:
    """The article of each finding on the articles, told they are one story (or not)."""
    documents = []
    for index, text in enumerate(articles):
        front = ("story: one\n" if story else "") + (f"date: {dates[index]}\n" if dates else "")
        documents.append(make_document(f"{index}.md", f"---\n{front}---\n{text}\n" if front else f"{text}\n")[0])
    return [f.span.path for f in analyse(documents, RULEBOOK, rules=[RULE]).findings]


LARUE = "Fred LaRue, a top Nixon campaign official, died {} at a hotel in Biloxi."
JULY = ("2004-07-26", "2004-07-26")


@pytest.mark.parametrize("articles, dates, reported", [
    # One death on two weekdays: reported once, at the article that sorts later on a tie.
    ((LARUE.format("Saturday"), "Former Nixon aide Fred LaRue died Sunday in Biloxi."), JULY, ["1.md"]),
    # Two articles against one: the one is reported.
    ((LARUE.format("Sunday"), LARUE.format("Saturday"), "Fred LaRue died Saturday."), JULY + ("2004-07-27",),
     ["0.md"]),
    # One weekday written on two days is one day; a full date on that weekday agrees.
    ((LARUE.format("Saturday"), LARUE.format("Saturday"), LARUE.format("on July 24, 2004")),
     ("2004-07-26", "2004-07-29", "2004-08-20"), []),
    # A full date on another weekday does not.
    ((LARUE.format("Saturday"), LARUE.format("on July 25, 2004")), JULY, ["1.md"]),
    # Years: a year against a date in it agrees, another year does not.
    (("Fekede came to America in 2011.", "Getachew Fekede came to America on May 3, 2011."), (), []),
    (("Fekede came to America in 2011.", "Getachew Fekede came to America in 2010."), (), ["1.md"]),
    # A pronoun stands for the article's protagonist.
    (("Mark Felt was Deep Throat. Felt was 95. He died Thursday at his home.", "Mark Felt died Friday at home."),
     ("2008-12-19", "2008-12-19"), ["1.md"]),
    # Two people with one last name are two subjects.
    (("His wife, Audrey Felt, died in 1984.", "Mark Felt died in 2008 at his home."), (), []),
    # Another verb, another object, another head noun: another event.
    (("Klitschko beat Thompson in 2008.", "Klitschko beat Rahman in 2007."), (), []),
    (("A Dayton man died Tuesday night.", "A 4-year-old child died Sunday at a hospital."), JULY, []),
    (("Four men were shot Thursday in Garfield Park.", "Five men were shot late Monday in Garfield Park."), JULY, []),
    (("Seven people were wounded from Sunday to early Monday.", "Seven people were wounded Tuesday."), JULY, []),
    # A repeated or denied event, a bound, and sayings of different things.
    (("The ministers met again on Monday.", "The ministers met again on Tuesday."), JULY, []),
    (("No one answered the door Monday.", "No one answered the door Tuesday."), JULY, []),
    (("The talks ran from Monday to Thursday.", "The talks ran from Tuesday to Thursday."), JULY, []),
    # A deadline against a deadline; a deadline is not the day of the event.
    (("The cabinet must decide by Friday.", "The cabinet must decide by Thursday."), JULY, ["1.md"]),
    (("The cabinet must decide the budget by Friday.", "The cabinet will decide the budget on Thursday."), JULY, []),
    (("Trump said Monday that he would veto the spending bill.", "Trump said Tuesday that the wall was needed."),
     JULY, []),
    # One saying told with two days.
    (("Trump said Monday that he would veto the spending bill passed by Congress.",
      "Trump said Tuesday that he would veto the spending bill passed by Congress."), JULY, ["1.md"]),
    # Verbs of saying are one predicate: what was said decides.
    (("Trump said Monday that he would veto the spending bill passed by Congress.",
      "Trump confirmed Tuesday that he would veto the spending bill passed by Congress."), JULY, ["1.md"]),
    # A time that modifies a noun dates no verb.
    (("The bureau will release data from the 2020 census on Thursday.",
      "The bureau will release data from the 2010 census on Thursday."), JULY, []),
])
def test_event_time(articles, dates, reported):
    assert findings(*articles, dates=dates) == reported


FIGURE = next(r for r in RULEBOOK.rules if r.id == "event-figure")


@pytest.mark.parametrize("articles, reported", [
    (("Michael Martin, 17, was charged with four counts of aggravated assault.",
      "Michael Martin, 17, has been charged with three counts of aggravated assault."), ["1.md"]),
    (("Fred's generation sold the Bolton field for $30 million in 1967.",
      "Fred's generation sold the Bolton field for about $30 million."), []),
    # A count whose fact's words go on to the verb: the clause is read around the figure.
    (("A woman was killed and three men were wounded when gunfire erupted on a crowded block.",
      "Four men were wounded when gunfire erupted on a crowded block, police said."), ["1.md"]),
    # Those shot dead, or fatally shot, are not all those shot.
    (("Three people were shot dead outside the bar.", "Four people were shot outside the bar."), []),
    (("Three men were fatally shot at the home.", "Five men were shot at the home."), []),
    # Counts of different nouns; a figure in brackets.
    (("Klitschko retained three heavyweight title belts.", "Klitschko retained his title, scoring 46 knockouts."), []),
    (("Klitschko (52-3, 46 knockouts) retained his title.", "Klitschko retained three heavyweight title belts."), []),
])
def test_event_figure(articles, reported):
    documents = [make_document(f"{i}.md", f"---\nstory: one\n---\n{text}\n")[0] for i, text in enumerate(articles)]
    assert [f.span.path for f in analyse(documents, RULEBOOK, rules=[FIGURE]).findings] == reported


def test_declared_stories_only():
    articles = (LARUE.format("Saturday"), "Former Nixon aide Fred LaRue died Sunday in Biloxi.")
    assert findings(*articles, dates=JULY) and not findings(*articles, dates=JULY, story=False)
