"""The agreement check kind and the value intervals it compares."""

from __future__ import annotations

import dataclasses

import pytest

from factlint.check import agreement
from factlint.check.values import compatible
from factlint.extract.durations import describe_duration
from factlint.model import Corpus, Fact, FactKind, LinkedFact, Span
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

CORPUS = Corpus({})
RULE = next(r for r in load_rulebook().rules if r.id == "duration-agreement")


def fact(value: str, path: str = "a.txt", line: int = 1, qualifier: str = "", kind=FactKind.DURATION) -> Fact:
    attrs = (("qualifier", qualifier),) if qualifier else ()
    return Fact(kind, Span(path, line, line + 1, line, 1, line, 2), value, value, "talks", describe_duration(value), attrs)


@pytest.mark.parametrize("a, b, agree", [
    (fact("P5D"), fact("P5D"), True),
    (fact("P5D"), fact("P4D"), False),
    (fact("P1W"), fact("P7D"), True),
    (fact("P5D", qualifier="about"), fact("P4D"), True),
    (fact("P5D", qualifier="more than"), fact("P6D"), True),
    (fact("P5D", qualifier="more than"), fact("P4D"), False),
    (fact("P5D", qualifier="less than"), fact("P4D"), True),
    (fact("PT24H"), fact("P1D"), True),
])
def test_compatible(a, b, agree):
    assert compatible(a, b) is agree


def linked(*facts: Fact, instance: str = "main") -> list[LinkedFact]:
    return [LinkedFact(f, "story", instance) for f in facts]


def test_minority_article_is_reported_against_the_reference():
    facts = linked(fact("P5D", "001.txt", 4), fact("P4D", "002.txt", 3), fact("P4D", "002.txt", 13))
    findings = list(agreement.check(RULE, facts, CORPUS))
    assert [(f.span.path, f.span.line) for f in findings] == [("002.txt", 3), ("002.txt", 13)]
    assert [(r.span.path, r.span.line) for r in findings[0].related] == [("001.txt", 4)]


def test_majority_of_articles_is_the_reference():
    facts = linked(fact("P5D", "001.txt"), fact("P4D", "002.txt"), fact("P4D", "003.txt"))
    findings = list(agreement.check(RULE, facts, CORPUS))
    assert [f.span.path for f in findings] == ["001.txt"]


def test_other_instances_are_not_compared():
    facts = linked(fact("P5D", "001.txt")) + linked(fact("P3D", "002.txt"), instance="other:last month")
    assert list(agreement.check(RULE, facts, CORPUS)) == []


def test_message_names_both_sides():
    facts = linked(fact("P5D", "001.txt", 4), fact("P4D", "002.txt", 3))
    (finding,) = agreement.check(RULE, facts, CORPUS)
    assert "4 days" in finding.message and "5 days" in finding.message and "001.txt:4" in finding.message


def test_a_vague_statement_does_not_hide_a_disagreement_between_precise_ones():
    facts = linked(fact("P5D", "001.txt", qualifier="about"), fact("P4D", "002.txt"), fact("P5D", "003.txt"), fact("P5D", "004.txt"))
    findings = list(agreement.check(RULE, facts, CORPUS))
    assert [f.span.path for f in findings] == ["002.txt"]


def test_a_lone_precise_value_does_not_outvote_many_vague_ones():
    facts = linked(*(fact("P10D", f"00{i}.txt", qualifier="about") for i in range(4)), fact("P2D", "009.txt"))
    findings = list(agreement.check(RULE, facts, CORPUS))
    assert [f.span.path for f in findings] == ["009.txt"]


@pytest.mark.parametrize("round_up", [
    [fact("P5D", "001.txt", 1), fact("P3D", "001.txt", 2), fact("P9D", "001.txt", 3)],
    # "At least one day" allows every value; it must not hide the three the article gives besides.
    [fact("P1D", "001.txt", 1, qualifier="at least"), fact("P5D", "001.txt", 2), fact("P3D", "001.txt", 3),
     fact("P9D", "001.txt", 4)],
])
def test_a_round_up_article_is_left_out(round_up):
    facts = linked(*round_up, fact("P4D", "002.txt"))
    assert list(agreement.check(RULE, facts, CORPUS)) == []


def test_a_round_up_counts_the_values_of_every_instance():
    # One value in the main instance, two more about other occasions: the article speaks of several incidents.
    facts = (linked(fact("P5D", "001.txt", 1), fact("P4D", "002.txt"))
             + linked(fact("P3D", "001.txt", 2), instance="other:2016")
             + linked(fact("P9D", "001.txt", 3), instance="other:2015"))
    assert list(agreement.check(RULE, facts, CORPUS)) == []
    # With one value of another occasion only, the main disagreement is still reported.
    facts = linked(fact("P5D", "001.txt", 1), fact("P4D", "002.txt")) + linked(fact("P3D", "001.txt", 2),
                                                                              instance="other:2016")
    assert len(list(agreement.check(RULE, facts, CORPUS))) == 1


def test_one_finding_per_value_per_line():
    facts = linked(fact("P5D", "001.txt", 1), fact("P5D", "001.txt", 2), fact("P4D", "002.txt", 3), fact("P4D", "002.txt", 3))
    assert [(f.span.path, f.span.line) for f in agreement.check(RULE, facts, CORPUS)] == [("002.txt", 3)]


@pytest.mark.parametrize("a, b, agree", [
    (fact("5", qualifier="including the gunman", kind=FactKind.QUANTITY), fact("4", kind=FactKind.QUANTITY), True),
    (fact("5", qualifier="including the gunman", kind=FactKind.QUANTITY), fact("3", kind=FactKind.QUANTITY), False),
    (fact("240", qualifier="more than", kind=FactKind.QUANTITY), fact("250", qualifier="about", kind=FactKind.QUANTITY), True),
    # Four killed where the gunman died: four victims and five dead, or four dead counting him.
    (fact("4", qualifier="the gunman died", kind=FactKind.QUANTITY), fact("5", kind=FactKind.QUANTITY), True),
    (fact("4", qualifier="the gunman died", kind=FactKind.QUANTITY), fact("3", kind=FactKind.QUANTITY), True),
    (fact("4", qualifier="the gunman died", kind=FactKind.QUANTITY), fact("6", kind=FactKind.QUANTITY), False),
])
def test_compatible_counts(a, b, agree):
    assert compatible(a, b) is agree


AGE_RULE = next(r for r in load_rulebook().rules if r.id == "age-agreement")


def dated(path: str, date: str):
    from factlint.read.documents import make_document
    return make_document(path, f"---\ndate: {date}\n---\ntext\n")[0]


@pytest.mark.parametrize("first_date, second_date, first_age, second_age, flagged", [
    ("2014-05-01", "2014-05-03", "27", "29", True),    # days apart: one age
    ("2014-05-01", "2016-03-01", "27", "29", False),   # two years apart: two birthdays
    ("2014-05-01", "2015-03-01", "27", "29", True),    # one year apart: one birthday at most
    ("2015-08-04", "2016-01-28", "18", "19", False),   # half a year apart: a birthday may fall between
    ("2015-08-04", "2016-01-28", "19", "18", True),    # but the later article cannot give a lower age
    ("2016-01-28", "2015-08-04", "18", "19", True),    # whichever article is read first
    ("2014-05-01", "2015-06-01", "28", "27", True),    # a year apart, but younger in the later one
    ("2014-05-01", "2014-06-15", "27", "28", True),    # six weeks apart: a birthday too unlikely
])
def test_ages_may_grow_between_dated_articles(first_date, second_date, first_age, second_age, flagged):
    corpus = Corpus({"a.md": dated("a.md", first_date), "b.md": dated("b.md", second_date)})
    facts = [LinkedFact(Fact(FactKind.AGE, Span(p, 1, 2, 1, 1, 1, 2), a, a, "jose orozco"), "story", "main")
             for p, a in (("a.md", first_age), ("b.md", second_age))]
    assert bool(list(agreement.check(AGE_RULE, facts, corpus))) is flagged


def test_a_person_is_named_as_written():
    corpus = Corpus({"a.md": dated("a.md", "2014-05-01"), "b.md": dated("b.md", "2014-05-02")})
    facts = [LinkedFact(Fact(FactKind.AGE, Span(p, 1, 2, 1, 1, 1, 2), a, a, "jose orozco", attrs=(("person", "José Orozco"),)),
                        "story", "main") for p, a in (("a.md", "27"), ("b.md", "27"), ("c.md", "29"))]
    (finding,) = agreement.check(AGE_RULE, facts, corpus)
    assert finding.message.startswith("José Orozco is 29 here")


@pytest.mark.parametrize("text, flagged", [
    # Two counts set side by side in one sentence are contrasted on purpose.
    ("The Taliban say 10 were injured, but medical sources say over 30 were injured.", False),
    # In two sentences they contradict each other.
    ("The Taliban say 10 were injured. Medical sources say over 30 were injured.", True),
])
def test_values_contrasted_in_one_sentence_are_not_a_finding(text, flagged):
    from factlint.pipeline import analyse
    from factlint.read.documents import make_document

    rulebook = load_rulebook()
    rule = next(r for r in rulebook.rules if r.id == "quantity-agreement")
    findings = analyse([make_document("a.txt", text)[0]], rulebook, [rule]).findings
    assert bool(findings) is flagged


@pytest.mark.parametrize("first_date, second_date, max_days_apart, reported", [
    ("2016-06-22", "2016-06-23", 45, True),
    # Months apart: another incident merged into the story, or a toll since grown.
    ("2016-06-22", "2017-01-21", 45, False),
    ("2016-06-22", "2017-01-21", 0, True),
    # An undated article is compared as before.
    ("2016-06-22", None, 45, True),
])
def test_statements_of_articles_far_apart_are_not_compared(first_date, second_date, max_days_apart, reported):
    def dated(path, when):
        head = f"---\ndate: {when}\n---\n" if when else ""
        return make_document(path, head + "Some text.\n")[0]

    corpus = Corpus({"001.txt": dated("001.txt", first_date), "002.txt": dated("002.txt", second_date)})
    rule = dataclasses.replace(RULE, options=dataclasses.replace(RULE.options, max_days_apart=max_days_apart))
    facts = linked(fact("P5D", "001.txt", 1), fact("P5D", "001.txt", 2), fact("P4D", "002.txt", 3))
    assert bool(list(agreement.check(rule, facts, corpus))) is reported


COUNTS = next(r for r in load_rulebook().rules if r.id == "count-agreement")


def count_findings(*texts: str) -> list[str]:
    documents = [make_document(f"{i}.md", "---\nstory: s\n---\n" + text)[0] for i, text in enumerate(texts)]
    return [f.message for f in analyse(documents, load_rulebook(), rules=[COUNTS]).findings]


@pytest.mark.parametrize("texts, found", [
    # across articles, the words around the two figures telling of one deal
    (["The deal covers 1,200 dock workers at the port, the union said on Tuesday.",
      "The union said the deal covers 1,400 dock workers at the port."], True),
    # the same noun told of different things: nothing shared around it
    (["She leaves two children and a brother.", "Four children were in the car at the crossing."], False),
    # within one article a bare head ("child") is not compared, a head with modifiers is
    (["The family said the couple had four children. Officers found two children wounded at the house."], False),
    (["The strike by 3,000 dock workers at Felixstowe closed the port on Monday. The union said the strike by "
      "3,500 dock workers at Felixstowe had closed the port."], True),
    # a sentence giving both values contrasts two things on purpose
    (["Oppal said Blackmore is alleged to be married to 20 women, while Oler is accused of polygamy by being married "
      "to two women.", "Oppal said Oler is accused of polygamy by being married to two women."], False),
    # tolls are quantity-agreement's (except_subjects)
    (["Police said nine people were injured in the shooting on Saturday at the mall.",
      "Seven people were injured in the shooting on Saturday at the mall, police said."], False),
    # one clause (one predicate, no different subject) tells one thing, however few words the sentences share
    (["Fifteen fire engines attended the blaze.", "Firefighters said 18 fire engines attended."], True),
    (["Tickets cost $12 for adults.", "The organisers said tickets cost $15."], True),
    # a sum keyed by what it pays is one thing whatever verb tells it, when it is the same person's
    (["Jon Roe was arrested. His bond was set at $25,000.", "Jon Roe is held on $35,000 bond."], True),
    (["Jon Roe was arrested. His bond was set at $25,000.", "Ann Lee is held on $35,000 bond."], False),
    (["Curtis McShann was arrested. McShann is held on $1 million bond.",
      "Cory Eischen was arrested. His bond is set at $500,000."], False),
    # other verbs tell other groups
    (["Organizers collected 1,626,042 signatures.", "The recall needed 1,495,709 signatures."], False),
    # other subjects of one verb: other payers
    (["Police offered a $40,000 reward.", "The city offered a $20,000 reward."], False),
    # two people's figures, or one told of someone by a pronoun no sentence names
    (["Jon Roe caught 52 passes for 700 yards.", "Ann Lee caught eight passes for 90 yards."], False),
    (["Jon Roe caught 52 passes for 700 yards.", "He caught eight passes for 90 yards."], False),
    # one pattern told twice with another word changed: two things side by side
    (["Current qtr figures exclude a gain from discontinued operations of 533,000 dlrs. Current year figures exclude "
      "a gain from discontinued operations of 752,000 dlrs."], False),
    # a case, not a fact
    (["If an application needs only two servers, the virtualization software finds two available servers. If the "
      "application needs 10 servers, the virtualization software finds 10 available servers."], False),
    # a denied clause tells nothing
    (["Fifteen fire engines attended the blaze.", "Eighteen fire engines never attended the blaze."], False),
    # no verb: only a key of two words or more, across articles
    (["Employers added jobs, the unemployment rate falling slightly to 4.7 percent, the Labor Department said.",
      "The unemployment rate fell to 4.8 percent, the Labor Department said."], True),
    (["Employers added jobs, the unemployment rate falling slightly to 4.7 percent.",
      "The unemployment rate fell to 4.8 percent."], False),  # and one specific word besides shared
    (["More than 129 million people, or 50.4% of the total adult population, have one shot. More than 83 million "
      "adults, or 32.5% of the total adult population, are fully vaccinated."], False),
])
def test_count_agreement(texts, found):
    assert bool(count_findings(*texts)) is found


QUANTITIES = next(r for r in load_rulebook().rules if r.id == "quantity-agreement")
AGES = next(r for r in load_rulebook().rules if r.id == "age-agreement")


@pytest.mark.parametrize("days, reported", [
    (("2017-02-15", "2017-02-15", "2017-02-16"), False),  # a toll on Wednesday and another on Thursday
    (("2017-02-16", "2017-02-16", "2017-02-16"), True),
    ((None, None, "2017-02-16"), True),                   # a clause naming no day may speak of any
    (("2017-02-16", None, None), True),
])
def test_statements_whose_clauses_name_two_days_are_not_compared(days, reported):
    facts = [LinkedFact(dataclasses.replace(f, kind=FactKind.QUANTITY, subject="killed"), "story", "main", None, day)
             for f, day in zip((fact("5", "001.txt", 1), fact("5", "001.txt", 2), fact("4", "002.txt", 3)), days)]
    assert bool(list(agreement.check(QUANTITIES, facts, CORPUS))) is reported


@pytest.mark.parametrize("values, days, reported", [
    # a 48-hour strike begun on Wednesday; Thursday, "the second day of a 72-hour strike": one strike
    (("PT48H", "PT48H", "PT72H"), ("2026-03-11", "2026-03-11", "2026-03-12"), True),
    (("P5D", "P5D", "P4D"), ("2017-02-15", "2017-02-15", "2017-02-18"), True),
    # days further apart than the longer length: two occasions (two rounds of talks a fortnight apart)
    (("P3D", "P3D", "P5D"), ("2017-02-01", "2017-02-01", "2017-02-16"), False),
    (("PT48H", "PT48H", "PT24H"), ("2026-03-11", "2026-03-11", "2026-03-13"), False),
])
def test_lengths_whose_days_lie_within_the_longer_one_are_one_occasion(values, days, reported):
    facts = [LinkedFact(fact(value, path, line), "story", "main", None, day)
             for value, path, line, day in zip(values, ("001.txt", "001.txt", "002.txt"), (1, 2, 3), days)]
    assert bool(list(agreement.check(RULE, facts, CORPUS))) is reported


@pytest.mark.parametrize("ages, days, reported", [
    # an age given as lower in a later article than in an earlier one, whatever day each clause names
    (("46", "45"), ("2026-01-20", "2026-06-02"), True),
    (("46", "46"), ("2026-01-20", "2026-06-02"), False),
])
def test_ages_on_two_days_are_compared(ages, days, reported):
    documents = {path: make_document(path, f"---\ndate: {day}\n---\nWeber spoke.")[0]
                 for path, day in zip(("001.md", "002.md"), days)}
    facts = [LinkedFact(dataclasses.replace(fact(age, path, 1), kind=FactKind.AGE, subject="annalena weber"),
                        "story", "main", None, day) for age, path, day in zip(ages, documents, days)]
    assert bool(list(agreement.check(AGES, facts, Corpus(documents)))) is reported


@pytest.mark.parametrize("texts, reported", [
    # A round-up's earlier attack, on another day of the same week, is no disagreement with today's toll.
    (["---\ndate: 2017-02-16\n---\nA bomber struck a shrine on Thursday, killing 75 people. That attack followed a "
      "suicide bombing on Wednesday in Peshawar, killing six people.",
      "---\ndate: 2017-02-17\n---\nThe bomber struck the shrine on Thursday, killing 75 people."], False),
    (["---\ndate: 2017-02-16\n---\nA bomber struck a shrine on Thursday, killing six people.",
      "---\ndate: 2017-02-17\n---\nThe bomber struck the shrine on Thursday, killing 75 people."], True),
])
def test_tolls_of_two_days_through_the_pipeline(texts, reported):
    rulebook = load_rulebook()
    rule = next(r for r in rulebook.rules if r.id == "quantity-agreement")
    documents = [make_document(f"{i}.md", "---\nstory: s\n" + text.removeprefix("---\n"))[0]
                 for i, text in enumerate(texts)]
    assert bool(analyse(documents, rulebook, [rule]).findings) is reported


@pytest.mark.parametrize("instances, reported", [
    (("main", "main"), True),       # one occasion: an age cannot differ
    (("main", "2"), False),         # two occasions an unknown time apart: the age may have grown
])
def test_ages_of_two_occasions_an_unknown_time_apart(instances, reported):
    def age(value: str, path: str, line: int, instance: str) -> LinkedFact:
        span = Span(path, line, line + 1, line, 1, line, 2)
        return LinkedFact(Fact(FactKind.AGE, span, value, value, "klitschko", value), "story", instance)

    corpus = Corpus({p: make_document(p, "Some text.\n")[0] for p in ("001.txt", "002.txt")})
    facts = [age("32", "001.txt", 1, instances[0]), age("36", "002.txt", 2, instances[1]),
             age("36", "002.txt", 3, instances[1])]
    assert bool(list(agreement.check(AGE_RULE, facts, corpus))) is reported


@pytest.mark.parametrize("roles, reported", [((), 1), (("noun",), 0)])
def test_roles_left_to_other_rules(roles, reported):
    rule = dataclasses.replace(RULE, options=dataclasses.replace(RULE.options, except_roles=roles, person_roles=()))
    veteran = [dataclasses.replace(f, subject="veteran", attrs=(("role", "noun"),))
               for f in (fact("P7Y", "001.txt"), fact("P3Y", "002.txt"))]
    assert len(list(agreement.check(rule, linked(*veteran), CORPUS))) == reported


@pytest.mark.parametrize("texts, reported", [
    # a length of whatever a noun names is compared where the sentences name one person last
    (("Officer Andrew Hearst is a seven-year veteran.", "Andrew Hearst is an eight-year veteran."), 1),
    (("Captain Ann Tennant was a 28-year veteran.", "Officer Jo Russell, a 20-year veteran, spoke."), 0),
    (("The seven-year veteran spoke.", "The eight-year veteran spoke."), 0),
    # one person at two times: the career then, the career now
    (("Officer Andrew Hearst is a seven-year veteran.", "Andrew Hearst was an eight-year veteran at the time."), 0),
])
def test_person_roles_need_one_person(texts, reported):
    documents = {p: make_document(p, t)[0] for p, t in zip(("001.txt", "002.txt"), texts)}
    veteran = []
    for (path, doc), value in zip(documents.items(), ("P7Y", "P8Y")):
        end = doc.text.index("-year") + len("-year")
        start = doc.text.rindex(" ", 0, end) + 1
        veteran.append(dataclasses.replace(fact(value, path), subject="veteran", attrs=(("role", "noun"),),
                                           span=doc.span(start, end)))
    rule = dataclasses.replace(RULE, options=dataclasses.replace(RULE.options, person_roles=("noun",), except_roles=()))
    assert len(list(agreement.check(rule, linked(*veteran), Corpus(documents)))) == reported


@pytest.mark.parametrize("story, found", [("---\nstory: s\n---\n", True), ("", False)])
def test_count_agreement_across_articles_only_in_declared_stories(story, found):
    texts = ["The dock strike closed the port. The union said 1,200 dock workers at the port joined the dock strike.",
             "The dock strike closed the port. The union said 1,400 dock workers at the port joined the dock strike."]
    documents = [make_document(f"{i}.md", story + text)[0] for i, text in enumerate(texts)]
    assert bool(analyse(documents, load_rulebook(), rules=[COUNTS]).findings) is found
