"""Check kind `restatement`: a sentence told again in another article of the story must give the same figures and dates.

Two sentences are one statement told twice when, their figures and dates left out, they share most of the longer
one's words (a wire copy, a paragraph reused in an update). Then each figure of one must be matched by a figure of
the same kind and unit in the other: "three men were wounded" told again as "four men were wounded", or "came to
America in 2011" as "came to America in 2010", is the same statement with a changed value, whatever either names as
its subject. Relative times ("Sunday", "last month") are compared by what they say, not by the day they name: two
articles written on different days rightly name different days with one "Sunday"."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Sequence

from factlint import lazyre
from factlint.check.cite import place
from factlint.check.values import compatible
from factlint.extract.sentences import sentence_at
from factlint.link.stories import declared
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "restatement"
FIELDS = frozenset({"value", "text", "other_value", "other_text", "other_place"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.TIME})  # a date rule reads times too ("Sunday night")
_WORD = lazyre.compile(r"\p{L}[\p{L}\p{M}'’-]*")
_COMMON = frozenset("""a an the of in on at to for and or but by with from as is was were be been has had have that
    this which who it its their his her they he she however also said says will would""".split())
_NAME = lazyre.compile(r"(?<![.!?]\s)\b\p{Lu}[\p{L}\p{M}'’-]+")  # a capitalized word not opening a sentence
_NUMBER = lazyre.compile(r"\d+(?:[.,:]\d+)*")
_MAX_BUCKET = 50  # a word shared by more sentences than this says nothing about which are copies


@dataclass(frozen=True)
class Options:
    """`min_overlap`: share of the longer sentence's words (figures and dates left out) two sentences must share to
    be one statement told twice; `min_words`: the fewest such words a sentence needs (a headline of three words is
    told again in many ways); `max_days_apart`: sentences of articles written further apart than this are not
    compared (a weekly report's sentence told again the next week, a template told of another shooting; 0: all);
    `inferred_stories`: compare in stories factlint inferred from shared words too; false: only in stories the user
    declared (manifest, front matter, folder), since a series of reports in one template (a weekly auction, a daily
    cotton report) is inferred to be one story by the very sentences it tells again with new figures; `leave_same_subject`: a pair of one subject in one event instance is left to the
    agreement rules, which compare it already, unless its role is one of `keep_roles` (the agreement rule leaves
    those out: durations of whatever a noun names, "noun")."""

    min_overlap: float = 0.7
    min_words: int = 6
    max_days_apart: int = 0
    inferred_stories: bool = True
    leave_same_subject: bool = False
    keep_roles: tuple[str, ...] = ()


class _Sentence(NamedTuple):
    """A sentence holding facts the rule compares: its article, its words without the facts, the numbers written in
    it (each as often as written), and those facts."""

    path: str
    words: frozenset[str]
    numbers: Counter[str]
    names: frozenset[str]
    facts: tuple[LinkedFact, ...]


def _kinds(rule: Rule) -> frozenset[FactKind]:
    return frozenset({rule.fact, FactKind.TIME}) if rule.fact is FactKind.DATE else frozenset({rule.fact})


def _sentences(items: Sequence[LinkedFact], corpus: Corpus) -> list[_Sentence]:
    """Each sentence holding some of the facts, with its words outside every one of them."""
    by_sentence: dict[tuple[str, int, int], list[LinkedFact]] = defaultdict(list)
    for item in items:
        doc = corpus.documents.get(item.fact.span.path)
        if doc is not None:
            by_sentence[(doc.path, *sentence_at(doc.text, item.fact.span.start))].append(item)
    found = []
    for (path, start, end), facts in sorted(by_sentence.items()):
        text, at, parts = corpus.documents[path].text, start, []
        for item in sorted(facts, key=lambda i: i.fact.span.start):
            parts.append(text[at : max(at, item.fact.span.start)])
            at = max(at, item.fact.span.end)
        parts.append(text[at:end])
        words = frozenset(w.lower() for w in _WORD.findall(" ".join(parts)) if w.lower() not in _COMMON)
        numbers = Counter(_NUMBER.findall(text, start, end))
        names = frozenset(m.group().lower() for m in _NAME.finditer(" ".join(parts)) if m.start())
        found.append(_Sentence(path, words, numbers, names, tuple(facts)))
    return found


def _copies(first: _Sentence, second: _Sentence, min_overlap: float) -> bool:
    """Whether two sentences are one statement: most words shared, at most one number written differently, and no
    name of one put in the place of another. A template told of another company or another country ("loss of
    4,054,000 dlrs, or 1.17 dlrs per shr", "a sale of 37,000 tonnes of wheat flour to North Yemen" and "to Iraq")
    shares its words, not its numbers or its names; a copy may add a name ("Sgt. Sylvia Young's cruiser")."""
    if sum((first.numbers - second.numbers).values()) > 1 or sum((second.numbers - first.numbers).values()) > 1:
        return False
    if first.names - second.names and second.names - first.names:
        return False
    return len(first.words & second.words) >= min_overlap * max(len(first.words), len(second.words))


def _close(first: _Sentence, second: _Sentence, corpus: Corpus, options: Options) -> bool:
    """Whether two sentences' articles were written close enough in time to tell one statement (or either is
    undated, or placed only against its story)."""
    here, there = corpus.times.get(first.path), corpus.times.get(second.path)
    if not options.max_days_apart or here is None or there is None or here.frame != there.frame:
        return True
    return abs((here.date - there.date).days) <= options.max_days_apart


def _pairs(sentences: list[_Sentence], corpus: Corpus, options: Options) -> Iterator[tuple[_Sentence, _Sentence]]:
    """Pairs of sentences of different articles that are copies. Candidates share one of the rarest words of
    either (a copy shares ceil(min_overlap * n) of n words, so it cannot miss all of the n - that + 1 rarest)."""
    long_enough = [s for s in sentences if len(s.words) >= options.min_words]
    frequency = Counter(w for s in long_enough for w in s.words)
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(long_enough):
        rarest = sorted(sentence.words, key=lambda w: (frequency[w], w))
        needed = math.ceil(options.min_overlap * len(rarest))
        for word in rarest[: max(1, len(rarest) - needed + 1)]:
            buckets[word].append(index)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > _MAX_BUCKET:
            continue
        for a in members:
            for b in members:
                first, second = long_enough[a], long_enough[b]
                if a < b and first.path != second.path and (a, b) not in seen and _close(first, second, corpus, options):
                    seen.add((a, b))
                    if _copies(first, second, options.min_overlap):
                        yield first, second


def _comparable(a: LinkedFact, b: LinkedFact) -> bool:
    """Whether two facts measure in one unit (a count, a sum in dollars, a percentage; any date or time)."""
    return a.fact.kind in (FactKind.DATE, FactKind.TIME) and b.fact.kind in (FactKind.DATE, FactKind.TIME) \
        or (a.fact.kind is b.fact.kind and a.fact.attr("unit") == b.fact.attr("unit"))


_CLOCK = lazyre.compile(r"\d\d:\d\d")


def _clock_time(fact: LinkedFact) -> str:
    """The time of day of a clock time written without its day ("around 11:45 p.m."), named from an article's date;
    "" for any other fact."""
    time = fact.fact.value.partition("T")[2]
    return time if time and fact.fact.attr("anchored") and not fact.fact.attr("weekday") else ""


def _same_day(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two facts' articles were written on one day (or either has no date of its own)."""
    here, there = corpus.documents.get(a.fact.span.path), corpus.documents.get(b.fact.span.path)
    return here is None or there is None or here.date is None or there.date is None or here.date == there.date


def _same(a: LinkedFact, b: LinkedFact, corpus: Corpus) -> bool:
    """Whether two facts of one statement say the same. Weekdays by their names; relative times by their words when
    both are relative and written on one day ("last month"; "after yesterday's meeting" and "after today's meeting"
    written a day apart name one day, by their values); a clock time written without its day only by its time of day, with another clock time;
    the rest by their values, which allow a day named from an article's date to be a day off ("yesterday" and
    "Tuesday")."""
    first, second = a.fact, b.fact
    if first.attr("weekday") and second.attr("weekday") and "yes" in (first.attr("anchored"), second.attr("anchored")):
        return first.attr("weekday") == second.attr("weekday")
    if first.attr("relative") and second.attr("relative") and _same_day(a, b, corpus):
        return (first.attr("relative"), first.attr("shift")) == (second.attr("relative"), second.attr("shift"))
    if _clock_time(a) or _clock_time(b):
        times = (first.value.partition("T")[2], second.value.partition("T")[2])
        return not all(_CLOCK.match(t) for t in times) or times[0] == times[1]
    return compatible(first, second)


def _neighbours(item: LinkedFact, corpus: Corpus) -> frozenset[str]:
    """The nearest word before and after a fact in its sentence, common words left out."""
    doc = corpus.documents[item.fact.span.path]
    start, end = sentence_at(doc.text, item.fact.span.start)
    before = [w.lower() for w in _WORD.findall(doc.text, start, item.fact.span.start) if w.lower() not in _COMMON]
    after = [w.lower() for w in _WORD.findall(doc.text, item.fact.span.end, end) if w.lower() not in _COMMON]
    return frozenset(before[-1:] + after[:1])


def _counterparts(item: LinkedFact, here: _Sentence, copy: _Sentence, corpus: Corpus) -> list[LinkedFact]:
    """What a fact is told as in a copy of its sentence: the one comparable fact of each, or the comparable facts
    beside the same word ("up from 5.8% in May, the bureau reported Friday" told again without "in May": its
    "Friday" is not what "May" became); of the same subject when the copy names it."""
    comparable = [o for o in copy.facts if _comparable(item, o)]
    if len(comparable) != 1 or len([o for o in here.facts if _comparable(item, o)]) != 1:
        words = _neighbours(item, corpus)
        comparable = [o for o in comparable if words & _neighbours(o, corpus)]
    same_subject = [o for o in comparable if item.fact.subject and o.fact.subject == item.fact.subject]
    return same_subject or comparable


def _against(item: LinkedFact, here: _Sentence, copy: _Sentence, corpus: Corpus,
             options: Options) -> tuple[list[LinkedFact], bool]:
    """The facts of a copy that rule this fact out (all its counterparts, when none says the same), and whether
    some counterpart backs it."""
    counterparts = _counterparts(item, here, copy, corpus)
    if options.leave_same_subject and item.fact.attr("role") not in options.keep_roles and any(
            o.fact.subject and o.fact.subject == item.fact.subject and o.instance == item.instance for o in counterparts):
        return [], False
    if any(_same(item, o, corpus) for o in counterparts):
        return [], True
    return counterparts, False


def _shown(item: LinkedFact) -> str:
    """A value as the reader can check it: a time named from an article's date as its words ("about 11:18 p.m."), not
    as the day it was taken to be."""
    return item.fact.text if item.fact.attr("anchored") else item.fact.shown


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per statement whose value the copies of its sentence in more articles contradict than back (on a
    tie, at the article whose path sorts later)."""
    options: Options = rule.options
    kinds = _kinds(rule)
    by_story: dict[str, list[LinkedFact]] = defaultdict(list)
    for item in facts:
        if item.fact.kind in kinds:
            by_story[item.story].append(item)
    declared_stories = {story.id for story in corpus.stories if declared(story)}
    for story in sorted(by_story):
        if not options.inferred_stories and story not in declared_stories:
            continue
        against: dict[int, dict[str, list[LinkedFact]]] = defaultdict(dict)
        backing: dict[int, set[str]] = defaultdict(set)
        items: dict[int, LinkedFact] = {}
        for first, second in _pairs(_sentences(by_story[story], corpus), corpus, options):
            for one, other in ((first, second), (second, first)):
                for fact in one.facts:
                    items[id(fact)] = fact
                    ruled_out, backed = _against(fact, one, other, corpus, options)
                    if ruled_out:
                        against[id(fact)].setdefault(other.path, []).extend(ruled_out)
                    elif backed:
                        backing[id(fact)].add(other.path)
        for key in sorted(against, key=lambda k: items[k].fact.span.order):
            item, others = items[key], against[key]
            contradicting = set(others) - backing[key]
            supporters = len(backing[key]) + 1
            if len(contradicting) < supporters or (len(contradicting) == supporters
                                                   and item.fact.span.path < min(contradicting)):
                continue
            shown = sorted({id(o): o for path in contradicting for o in others[path]}.values(),
                           key=lambda o: o.fact.span.order)
            reference = shown[0]
            fields = {
                "value": _shown(item), "text": item.fact.text,
                "other_value": _shown(reference), "other_text": reference.fact.text,
                "other_place": ", ".join(dict.fromkeys(place(o, item) for o in shown)),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}" ({_shown(o)})') for o in shown)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), item.fact.span, related)
