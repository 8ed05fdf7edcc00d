"""The clause a time expression dates: its predicate, subject, the names after its verb and its aspect."""

from __future__ import annotations

import pytest

from factlint.extract.clauses import Aspect, clause_event, lemma


def event(sentence: str, time: str):
    start = sentence.index(time)
    return clause_event(sentence, start, start + len(time))


@pytest.mark.parametrize("word, expected", [
    ("died", "di"), ("dies", "di"), ("die", "di"), ("voted", "vot"), ("vote", "vot"), ("voting", "vot"),
    ("stopped", "stop"), ("became", "becom"), ("become", "becom"), ("carried", "carry"), ("was", "be"),
    ("beaten", "beat"), ("sentenced", "sentenc"),
])
def test_lemma(word, expected):
    assert lemma(word) == expected


@pytest.mark.parametrize("sentence, time, verb, subject, objects", [
    # objects: the words between the verb and the time (or after the verb when the time comes first).
    # The subject across a relative clause and an appositive.
    ("Fred LaRue, who passed money from a secret White House fund to buy the silence of the Watergate burglars, "
     "died Saturday at a hotel in Biloxi, Miss.", "Saturday", "died", {"fred", "larue"}, set()),
    # A passive future: the verb after "to be"; a noun phrase for subject.
    ("The draft bill of the new austerity measures is to be voted on Thursday.", "Thursday", "voted",
     {"draft", "bill"}, set()),
    # A relative pronoun's antecedent across a number in commas.
    ("Police identified the shooter as Getachew Fekede, 53, who came to America from Kenya in 2011.", "2011",
     "came", {"fekede"}, {"america", "kenya"}),
    # A verb before the infinitive's verb ends the subject: "beat Lennox Lewis to become".
    ("Rahman, who famously beat Lennox Lewis to become heavyweight champion of the world in 2001, lost.", "2001",
     "become", {"rahman"}, {"heavyweight", "champion", "world"}),
    # The time opens the sentence: the verb after it, what follows the verb its objects.
    ("On Saturday, Englishman Robert Buckley, originally from Essex, was arrested.", "Saturday", "arrested",
     {"buckley"}, set()),
    # An appositive name as the subject; "to" before a noun is no verb.
    ("Jeffs took over the church after his father, Rulon Jeffs, died in 2002.", "2002", "died", {"rulon"}, set()),
    ("Warren Jeffs was sentenced to life in a Texas prison on Tuesday.", "Tuesday", "sentenced", {"jeffs"},
     {"lif", "texa", "prison"}),
    # A pronoun stands for the last person named.
    ("John Smith was found hiding in a barn. He was arrested Wednesday.", "Wednesday", "arrested", {"smith"}, set()),
])
def test_clause_event(sentence, time, verb, subject, objects):
    found = event(sentence, time)
    assert found is not None and found.verb == verb and found.aspect is Aspect.ONCE
    assert subject <= found.subject and found.objects == frozenset(objects)


@pytest.mark.parametrize("sentence, time, aspect", [
    ("Papandreou said Tuesday that the vote would pass.", "Tuesday", Aspect.SAYING),
    ("Microsoft estimated Monday that one in 500 users had been exposed.", "Monday", Aspect.SAYING),
    ("The ministers met again on Monday.", "Monday", Aspect.REPEATED),
    ("The company has sold phones every year since 2008.", "2008", Aspect.REPEATED),
    ("The cabinet must decide by Friday.", "Friday", Aspect.ONCE),  # a deadline: one bound (see test_bound)
    ("Protesters were marching on Sunday in the capital.", "Sunday", Aspect.REPEATED),
    ("The talks ran from Monday to Thursday.", "Monday", Aspect.REPEATED),
    ("The ministers met on Monday.", "Monday", Aspect.ONCE),
    # A state holds over a period: one time of it is no time of it, unless bounded.
    ("The phone will be available in June.", "June", Aspect.REPEATED),
    ("Adults will be eligible for the vaccine by April 19.", "April 19", Aspect.ONCE),
    # An ordinal occurrence: one of several.
    ("Crystal will host the Oscars for a second time next year.", "next year", Aspect.REPEATED),
])
def test_aspect(sentence, time, aspect):
    found = event(sentence, time)
    assert found is not None and found.aspect is aspect


@pytest.mark.parametrize("sentence, time", [
    ("Published May 05, 2010", "May 05, 2010"),  # a heading: no verb
    # Fields of a line parted by a spaced hyphen or bar: no clause across them.
    ("Copyright 2016 by KSAT - All rights reserved", "2016"),
    ("Posted Oct. 5, 2016 | Updated reports", "Oct. 5, 2016"),
])
def test_no_event(sentence, time):
    assert event(sentence, time) is None


@pytest.mark.parametrize("sentence, time, verb, bound", [
    ("The cabinet must decide by Friday.", "Friday", "decide", "by"),
    ("Rahman has scored a notable win since 2005.", "2005", "scored", "since"),
    ("The ministers met on Monday.", "Monday", "met", ""),
])
def test_bound(sentence, time, verb, bound):
    found = event(sentence, time)
    assert found is not None and (found.verb, found.bound) == (verb, bound)


@pytest.mark.parametrize("sentence, time, subject", [
    # A pronoun names the person of its sentence or of the one before it (a lone last name with the given name the
    # article wrote before) ...
    ("Mark Felt was Deep Throat. Felt was 95. He died Thursday.", "Thursday", {"mark", "felt"}),
    ("John Smith was charged. Smith's brother, Dan Brown, was charged too. He pleaded guilty Monday.", "Monday",
     {"dan", "brown"}),
    # ... and nobody when neither names anyone.
    ("John Smith was charged. The judge set a date. The trial starts soon. He pleaded guilty Monday.", "Monday", set()),
])
def test_pronoun(sentence, time, subject):
    found = event(sentence, time)
    assert found is not None and found.subject == frozenset(subject)


@pytest.mark.parametrize("sentence, time, verb, object_names", [
    # A participle after a preposition is an adjective: the verb is the one before it.
    ("The Patriots placed Smith on injured reserve Tuesday.", "Tuesday", "placed", {"smith"}),
    ("The Patriots placed Smith on the reserve list Tuesday.", "Tuesday", "placed", {"smith"}),
])
def test_object_names(sentence, time, verb, object_names):
    found = event(sentence, time)
    assert found is not None and found.verb == verb and found.object_names == frozenset(object_names)


@pytest.mark.parametrize("sentence, time, words", [
    # The words beside the subject's head in its noun phrase: not the verb before it, nor what a preposition opens.
    ("The draft bill of the new austerity measures is to be voted on Thursday.", "Thursday",
     {"draft", "new", "austerity", "measur"}),
    ("The housing data was released Thursday.", "Thursday", {"hous"}),
    ("The Times reported, citing two people briefed on the matter Thursday.", "Thursday", set()),
])
def test_modifiers(sentence, time, words):
    found = event(sentence, time)
    assert found is not None and found.modifiers == frozenset(words)


@pytest.mark.parametrize("sentence, time, predicate, modifiers", [
    # An event told by a noun in -ing after a determiner: the noun is predicate and subject, apart from the verb's.
    ("He died after a shooting Sunday night in the valley.", "Sunday night", "the shoot", set()),
    ("Six were hurt in a fatal shooting at a home early Sunday.", "early Sunday", "the shoot", {"fatal"}),
    ("Three days after the Wednesday shooting, police made an arrest.", "Wednesday", "the shoot", set()),
])
def test_nominal_event(sentence, time, predicate, modifiers):
    found = event(sentence, time)
    assert found is not None and found.predicate == predicate and found.modifiers == frozenset(modifiers)
    assert found.aspect is Aspect.ONCE


def test_nominal_event_not_a_verb():
    """The verb's event and the noun's are not one predicate: "was shot Sunday" is someone's, "a shooting" the
    incident's."""
    sentence = "A man was shot Sunday."
    assert event(sentence, "Sunday").predicate == "shoot"


@pytest.mark.parametrize("sentence, time", [
    # A noun in -ing before another noun is its modifier, no event noun; a noun's span is no one time.
    ("It ended with a July 1997 racketeering conviction.", "July 1997"),
])
def test_no_nominal_event(sentence, time):
    found = event(sentence, time)
    assert found is None or not found.predicate.startswith("the ")


def test_nominal_span_is_repeated():
    found = event("Gigante delayed his trial after a shooting from 1990 to 1997.", "1990")
    assert found is not None and found.predicate == "the shoot" and found.aspect is Aspect.REPEATED


@pytest.mark.parametrize("sentence, figure, verb, head", [
    # A common noun opening the sentence is no name: its capital is the sentence's.
    ("Tickets cost $12 for adults, the organisers said.", "12", "cost", "ticket"),
    # A verb in -s right before a figure is the clause's verb in the present.
    ("A ticket costs $12 for adults.", "12", "costs", "ticket"),
    ("The plant employs 1,200 people.", "1,200", "employs", "plant"),
])
def test_figure_clause(sentence, figure, verb, head):
    start = sentence.index(figure)
    found = clause_event(sentence, start, start + len(figure), figure=True)
    assert found is not None and (found.verb, found.head) == (verb, head)


@pytest.mark.parametrize("sentence, figure, name", [
    # A word the article capitalizes inside a sentence is a name, wherever it stands.
    ("Julia Bird spoke. Bird raised 300 pounds.", "300", "bird"),
])
def test_sentence_opening_name_stays_a_name(sentence, figure, name):
    start = sentence.index(figure)
    found = clause_event(sentence, start, start + len(figure), figure=True)
    assert found is not None and name in found.names
