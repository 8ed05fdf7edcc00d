"""Whether two figures are told by one clause: the same predicate (the lemma of the verb the figure belongs to; any,
for a sum keyed by what it pays) with no different subject, as extract/clauses.py reads them. Two counts of one noun are of one thing when they are what
one event did or had ("15 fire engines attended the fire" / "Eighteen fire engines attended"), not when other verbs
tell other groups ("signatures required" / "signatures collected", "two men were wounded" / "shooting four men")."""

from __future__ import annotations

import difflib

from factlint import lazyre
from factlint.check.context import context
from factlint.extract.clauses import Aspect, ClauseEvent, clause_event
from factlint.extract.sentences import sentence_at
from factlint.extract.subjects import nearby_person
from factlint.model import Corpus, LinkedFact


def event_of(item: LinkedFact, corpus: Corpus) -> ClauseEvent | None:
    """The clause a figure belongs to, or None when no verb is found for it (a headline's noun phrase)."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return None
    return clause_event(doc.text, item.fact.span.start, item.fact.span.end, figure=True)


def whose(item: LinkedFact, corpus: Corpus) -> frozenset[str]:
    """The last name of the person a figure's sentence, or the one before, names last before it ("Curtis McShann ...
    Bond was set for him at $1 million": mcshann), or nothing."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return frozenset()
    start, _ = sentence_at(doc.text, item.fact.span.start)
    return frozenset(last.lower() for _, last in nearby_person(doc.text, start, item.fact.span.start))


def same_clause(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two figures are told by clauses of one predicate, neither denied, whose subjects do not differ (two
    heads, or two subjects with no word in common: "police offered a $40,000 reward" / "City offers $20,000") and
    whose sentences are not about two different people (whose bond, whose counts)."""
    first, second = event_of(a, corpus), event_of(b, corpus)
    if first is None or second is None:
        # A figure with no verb (a headline's "US adds 559,000 jobs", "the unemployment rate falling to 4.7 percent")
        # meets one of a noun phrase specific enough to name one thing ("unemployment rate", "fire engine"), unless
        # the two sentences are about two people.
        # Within one article, two such figures are two measures side by side ("50.4% of the total adult population
        # have one shot ... 32.5% of the total adult population are fully vaccinated").
        return a.fact.span.path != b.fact.span.path and _specific(a) and not other_people(a, b, corpus) \
            and bool(context(a, corpus) & context(b, corpus))
    # A sum keyed by what it pays ("bond", "reward") is one thing whatever verb tells it ("his bond is set at
    # $25,000", "held on $25,000 bond"): whose it is, and who pays it, still decide below.
    if first.predicate != second.predicate and not (_sum(a) and _sum(b)):
        return False
    if Aspect.NEGATED in (first.aspect, second.aspect):
        return False
    if first.predicate == second.predicate and (first.head and second.head and first.head != second.head
                                                or first.subject and second.subject
                                                and not first.subject & second.subject):
        return False  # one verb, two subjects: two payers, two groups
    return not other_people(a, b, corpus)


def one_person(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two figures' sentences (or the ones before) name one person last before them, told in one tense:
    "Hearst is a seven-year veteran" and "Hearst was a three-year veteran" (years before) are two times."""
    tenses = {_tense(a, corpus), _tense(b, corpus)} - {""}
    return bool(whose(a, corpus) & whose(b, corpus)) and len(tenses) < 2


_PRESENT, _PAST = frozenset("is are has have 's ’s".split()), frozenset("was were had".split())
_WORD = lazyre.compile(r"[\p{L}'’]+")


def _tense(item: LinkedFact, corpus: Corpus) -> str:
    """"present" or "past" by the nearest form of "be" or "have" in the few words before a figure, else ""."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return ""
    start, _ = sentence_at(doc.text, item.fact.span.start)
    for word in reversed(_WORD.findall(doc.text, max(start, item.fact.span.start - 40), item.fact.span.start)[-5:]):
        low = word.lower()
        if low in _PRESENT:
            return "present"
        if low in _PAST:
            return "past"
    return ""


def other_people(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two figures are two people's: their sentences (or the ones before) name two different people last
    before them, or one figure is told of someone by a pronoun ("He caught eight passes") whom neither sentence
    names, so that whose it is stays unknown."""
    people = whose(a, corpus), whose(b, corpus)
    if any(not found and _told_by_pronoun(item, corpus) for found, item in zip(people, (a, b))):
        return True
    return bool(people[0] and people[1] and not people[0] & people[1])


_PERSONAL = frozenset("he she they his her their him them".split())


def _told_by_pronoun(item: LinkedFact, corpus: Corpus) -> bool:
    """Whether a pronoun for a person stands in the figure's sentence before it."""
    return _word_before(item, corpus, _PERSONAL)


def _word_before(item: LinkedFact, corpus: Corpus, words: frozenset[str]) -> bool:
    """Whether one of `words` stands in the figure's sentence before it."""
    doc = corpus.documents.get(item.fact.span.path)
    if doc is None:
        return False
    start, _ = sentence_at(doc.text, item.fact.span.start)
    return any(w.lower() in words for w in _WORD.findall(doc.text, start, item.fact.span.start))


def _specific(item: LinkedFact) -> bool:
    """Whether a figure's key names its thing with two words or more besides its unit ("unemployment rate %")."""
    words = item.fact.subject.split()
    return len([w for w in words if w not in ("%", "usd", "eur", "gbp") and not w.startswith("@")]) >= 2


def _sum(item: LinkedFact) -> bool:
    """Whether a figure is a sum of money keyed by a noun of its own ("bond usd", not a bare "usd")."""
    unit = item.fact.attr("unit")
    return unit not in ("", "percent") and item.fact.subject.rsplit(" ", 1)[0] not in ("", unit)


_CONDITIONS = frozenset("if unless whether".split())


def apart(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two figures cannot back each other whatever words they share: two people's (see other_people), or
    either told under a condition ("If an application needs only two servers, the software finds two available
    servers": no fact, a case)."""
    return other_people(a, b, corpus) or _conditional(a, corpus) or _conditional(b, corpus) or _parallel(a, b, corpus)


def _parallel(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two figures of one article stand in two sentences told on one pattern with one or two words changed in
    place besides the figures, and at most one word more ("Current qtr figures exclude ... 533,000 dlrs", "Current year figures exclude ... 752,000
    dlrs"): the article sets two things side by side, the quarter's and the year's."""
    if a.fact.span.path != b.fact.span.path:
        return False
    doc = corpus.documents.get(a.fact.span.path)
    if doc is None:
        return False
    first, second = ([w.lower() for w in _WORD.findall(doc.text, *sentence_at(doc.text, item.fact.span.start))]
                     for item in (a, b))
    swapped = added = same = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=first, b=second, autojunk=False).get_opcodes():
        if op == "equal":
            same += i2 - i1
        elif op == "replace" and i2 - i1 == j2 - j1:
            swapped += i2 - i1
        else:
            added += max(i2 - i1, j2 - j1)
    return 0 < swapped <= 2 and added <= 1 and same >= 3 * (swapped + added)


def _conditional(item: LinkedFact, corpus: Corpus) -> bool:
    """Whether the figure is told under a condition ("if", "unless") in its sentence."""
    return _word_before(item, corpus, _CONDITIONS)
