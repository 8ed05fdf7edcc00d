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


# The false-alarm classes of the held-out half (issue 17), each beside the true finding it must keep.
OCT = "2016-10-26"  # a Wednesday


@pytest.mark.parametrize("articles, dates, reported", [
    # (a) Relative times are compared as resolved against their own article's date.
    # "Today" in two articles a day apart: a day either side of its article's date, so no contradiction.
    (("A vigil for Smith will be held at 6 p.m. today.", "A vigil for Smith will be held at 6 p.m. today."),
     ("2016-10-26", "2016-10-27"), []),
    # "Yesterday" and a written date four days earlier: both certain, a finding.
    (("Police arrested John Smith yesterday.", "Police arrested John Smith on Oct. 21, 2016."), (OCT, OCT), ["1.md"]),
    # A time counted from another time of the text, or an approximate one, contradicts nothing.
    (("Police arrested John Smith the following day.", "Police arrested John Smith on Oct. 21, 2016."), (OCT, OCT),
     []),
    (("Police arrested John Smith more than two weeks ago.", "Police arrested John Smith on Oct. 21, 2016."),
     (OCT, OCT), []),
    # Reports a week apart are two episodes of the story: their days are not one occasion's.
    ((LARUE.format("Saturday"), LARUE.format("Sunday")), ("2004-07-26", "2004-08-03"), []),
    # One weekday name on its own article's weekday ("Monday" in a Monday article: today or a week ago): uncertain.
    (("Fred LaRue died Monday in Biloxi.", "Fred LaRue died Monday in Biloxi."), ("2004-07-26", "2004-07-22"), []),
    # Late on one day and early the next may be one moment.
    (("John Smith was shot late Friday night.", "John Smith was shot early Saturday."), (OCT, OCT), []),
    (("John Smith was shot early Friday.", "John Smith was shot early Saturday."), (OCT, OCT), ["1.md"]),
    # (b) A line of fields parted by a spaced hyphen states no event: a copyright line.
    (("Copyright 2016 by KSAT - All rights reserved", "Copyright 2015 by KSAT - All rights reserved"), (OCT, OCT), []),
    # (c) Another occasion: a year outside the story's reports against a day in them; an ordinal occurrence.
    (("John Smith was arrested in 2013 on drug charges.", "John Smith was arrested Tuesday on drug charges."),
     (OCT, OCT), []),
    (("Crystal will host the Oscars for a second time next year.", "Crystal hosted the Oscars in 2007."), (OCT, OCT),
     []),
    # ... while two years of one background event are still compared, and a day of the story against a day.
    (("Fekede came to America in 2011.", "Fekede came to America in 2010."), (OCT, OCT), ["1.md"]),
    (("John Smith was arrested Tuesday on drug charges.", "John Smith was arrested on Oct. 24 on drug charges."),
     (OCT, OCT), ["1.md"]),
    # (d) A pronoun names the person of its sentence or the one before, not the article's most named.
    (("John Smith was charged in March. Smith denied it. Smith's brother, Dan Brown, was charged too. He pleaded "
      "guilty on Monday.", "John Smith pleaded guilty on Tuesday."), (OCT, OCT), []),
    (("John Smith was found hiding in a barn. He was arrested Monday.", "John Smith was arrested Tuesday."),
     (OCT, OCT), ["1.md"]),
    # One head noun with different words beside it names two things; with a shared word, one.
    (("The jobs data was released Friday.", "The housing data was released Thursday."), (OCT, OCT), []),
    (("The jobs data was released Friday.", "The new jobs data was released Thursday."), (OCT, OCT), ["1.md"]),
    # Different names after the verb: two events.
    (("The Patriots placed Smith on injured reserve Tuesday.", "The Patriots placed Jones on injured reserve Monday."),
     (OCT, OCT), []),
])
def test_false_alarm_classes(articles, dates, reported):
    assert findings(*articles, dates=dates) == reported


def test_furniture_across_stories():
    """A line that articles of two stories write (letters only) is a site's furniture, not news of either."""
    def run(*texts: tuple[str, str]) -> list[str]:
        documents = [make_document(f"{i}.md", f"---\nstory: {story}\ndate: {OCT}\n---\n{text}\n")[0]
                     for i, (story, text) in enumerate(texts)]
        return [f.span.path for f in analyse(documents, RULEBOOK, rules=[RULE]).findings]
    one = (("one", "The station launched its news app in 2012."), ("one", "The station launched its news app in 2013."))
    assert run(*one) == ["1.md"]
    assert run(*one, ("two", "The station launched its news app in 2012.")) == []


@pytest.mark.parametrize("articles, reported", [
    # (c) A figure whose sentence names another time tells another occasion.
    (("Nine people were shot at the park a year ago.", "Five people were shot at the park."), []),
    (("Nine people were shot at the park.", "Five people were shot at the park."), ["1.md"]),
])
def test_event_figure_occasions(articles, reported):
    documents = [make_document(f"{i}.md", f"---\nstory: one\ndate: {OCT}\n---\n{text}\n")[0]
                 for i, text in enumerate(articles)]
    assert [f.span.path for f in analyse(documents, RULEBOOK, rules=[FIGURE]).findings] == reported


@pytest.mark.parametrize("articles, reported", [
    # One incident told by its noun on two days; the noun against a verb's clause is not compared.
    (("Two men were hurt in a shooting Sunday night at the park.", "Police are looking for a gunman after a shooting "
      "Saturday night at the park."), ["1.md"]),
    (("Two men were hurt in a shooting Sunday night.", "A man was shot Saturday night."), []),
    # Other places after the noun, or other words beside it: two incidents.
    (("Two men were hurt in a shooting Sunday at Douglass Park.", "A man was hurt in a shooting Saturday at Lincoln "
      "Mall."), []),
    (("Two men were hurt in a fatal shooting Sunday.", "A boy was hurt in an accidental shooting Saturday."), []),
])
def test_nominal_events(articles, reported):
    assert findings(*articles, dates=(OCT, OCT)) == reported


@pytest.mark.parametrize("articles, dates, reported", [
    # One sentence with one relative time published under two dates a week apart is one text dated twice.
    (("Maleki Parker died at 6:10 p.m. Monday, the coroner said.",
      "Maleki Parker died at 6:10 p.m. Monday, the coroner said."),
     ("2015-11-07", "2015-11-11"), []),
])
def test_one_text_dated_twice(articles, dates, reported):
    assert findings(*articles, dates=dates) == reported



def test_event_noun_of_another_occasion():
    """An event noun with no subject of its own names the story's incident only: past incidents listed with it are
    not compared ("a July 2016 shooting at a bar", "a shooting in the parking lot in September")."""
    articles = ("One person died in a July 2016 shooting at a bar.",
                "Police recalled a shooting in the parking lot in September 2015.")
    assert findings(*articles, dates=(OCT, OCT)) == []


def test_one_sentence_with_another_number_is_another_text():
    """The same sentence with another day in it is no copy: "April 4" against "April 5"."""
    articles = ("Owens is scheduled to appear in circuit court on April 4.",
                "Owens is scheduled to appear in circuit court on April 5.")
    assert findings(*articles, dates=("2017-02-28", "2017-02-28")) == ["1.md"]
