"""Check kind `event-time`: one event told in two articles of a story must carry one time (and one figure).

Two times date one event when the clauses they modify have the same predicate (the lemma of the head verb: "died
Saturday", "is to be voted on Thursday", "came to America in 2011") and the same subject (a name or noun both
subjects hold: "LaRue, who ..., died" and "Fred LaRue died"), and name no different people or places after the
verb. Such times must meet: a weekday by its name (one "Saturday" written on two days is one day seen from two
article dates), a weekday against a full date by the date's weekday, the rest by the days, months or years they
name. A time that bounds the event ("by Friday", "since 2005") is compared only with the same bound of it. A clause
whose words say the event repeats, goes on or did not happen ("every", "again", "was meeting", "from Monday to
Thursday", "no one answered") names no one time and is left out; the day of a saying ("said Monday") is compared only
with a saying of the same speaker that says the same (three common words of what was said)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.check.cite import place
from factlint.check.values import compatible
from factlint import lazyre

from factlint.extract.clauses import Aspect, ClauseEvent, clause_event
from factlint.extract.numbers import parse_number
from factlint.extract.verbs import lemma
from factlint.extract.timex.resolve import date_interval
from factlint.link.stories import declared
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "event-time"
FIELDS = frozenset({"value", "text", "event", "other_value", "other_text", "other_place"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.TIME})  # a date rule reads times too
_WORD = lazyre.compile(r"\s+(\p{L}[\p{L}'’-]*)")
_FIGURE_WORD = lazyre.compile(r"[$£€]?\d[\d,.]*%?|[\p{L}%][\p{L}'’-]*|%")
_SCALE_WORDS = frozenset("% percent per cent million billion trillion mln bln bn m dollars dlrs euros euro pounds cents cts".split())
# Words of what was said two sayings must share to be one saying.
_SAME_SAYING = 3


@dataclass(frozen=True)
class Options:
    """`inferred_stories`: compare in stories factlint inferred from shared words too; false: only in stories the
    user declared (manifest, front matter, folder)."""

    inferred_stories: bool = False


@dataclass(frozen=True)
class _Dated:
    """A time fact with the event of its clause."""

    item: LinkedFact
    event: ClauseEvent
    counted: str = ""  # for a count, the lemma of the word after it ("four counts": count)


def _dated(item: LinkedFact, corpus: Corpus, kinds: frozenset[FactKind]) -> _Dated | None:
    """The fact with its clause's event, when it dates (or measures) one occurrence of one event; else None."""
    fact = item.fact
    doc = corpus.documents.get(fact.span.path)
    if doc is None or fact.kind not in kinds:
        return None
    if fact.kind is FactKind.QUANTITY:
        end = _figure_end(doc.text, fact.span.start, fact.span.end)
        event = clause_event(doc.text, fact.span.start, end, figure=True)
        if event is None or event.aspect is not Aspect.ONCE or not event.subject:
            return None
        word = _WORD.match(doc.text, end)
        return _Dated(item, event, lemma(word.group(1)) if word and not fact.attr("unit") else "")
    if not (date_interval(fact.value) or fact.attr("weekday")):
        return None
    if fact.kind is FactKind.TIME and fact.attr("anchored") and not fact.attr("weekday") \
            and not fact.attr("relative"):
        return None  # a clock time read on the article's day: its day is a guess
    event = clause_event(doc.text, fact.span.start, fact.span.end)
    if event is None or event.aspect not in (Aspect.ONCE, Aspect.SAYING) or not event.subject:
        return None
    return _Dated(item, event)


def _figure_end(text: str, start: int, end: int) -> int:
    """Where the figure itself ends in a quantity fact's words, which may go on to what it counts and the verb
    ("three men were wounded": after "three"), so that the clause is read around the figure."""
    for match in _FIGURE_WORD.finditer(text, start, end):
        if match.group().lower() in _SCALE_WORDS or parse_number(match.group()) is not None:
            last = match.end()
            for after in _FIGURE_WORD.finditer(text, last, end):
                if after.group().lower() not in _SCALE_WORDS:
                    break
                last = after.end()
            return last
    return end


def _same_event(a: ClauseEvent, b: ClauseEvent) -> bool:
    """One predicate, aspect and bound ("by", "since"); one subject (a shared name with no other given name before it on the two sides, or,
    one side naming no one, one head noun); no two different heads or counts in the subjects; no different words between verb and time on both
    sides; for a saying, three words of what was said in common."""
    if a.predicate != b.predicate or a.aspect is not b.aspect or a.bound != b.bound or (a.objects and b.objects and not a.objects & b.objects):
        return False
    if a.aspect is Aspect.SAYING and len(a.said & b.said) < _SAME_SAYING:
        return False  # one speaker says many things: one saying is one speaker, one verb, one thing said
    if (a.head and b.head and a.head != b.head) or (a.counts and b.counts and a.counts != b.counts):
        return False  # "a man" and "a child"; "four men were shot" and "five men were shot": two groups
    if a.names and b.names:
        shared = a.names & b.names
        given_a = {last: first for first, last in a.given if last in shared}
        return bool(shared) and not any(last in given_a and first != given_a[last] for first, last in b.given)
    return bool(a.head) and a.head == b.head


def _weekday_of_date(item: LinkedFact) -> int | None:
    """The weekday (1 = Monday) of a fact naming one calendar day in writing (not found from the article's date)."""
    fact = item.fact
    if fact.attr("relative") or (fact.attr("anchored") and not fact.attr("year")):
        return None
    days = date_interval(fact.value)
    if not days or days[0] != days[1]:
        return None
    return dt.date.fromordinal(int(days[0])).isoweekday()


def _agree(a: LinkedFact, b: LinkedFact) -> bool:
    """Whether two times can date one occurrence, or two figures measure it (see the module's docstring)."""
    if a.fact.kind is FactKind.QUANTITY:
        return a.fact.attr("unit") != b.fact.attr("unit") or compatible(a.fact, b.fact)
    first, second = a.fact.attr("weekday"), b.fact.attr("weekday")
    if first and second:
        return first == second
    for weekday, other in ((first, b), (second, a)):
        if weekday:
            on = _weekday_of_date(other)
            if on is not None:
                return int(weekday) == on
    return compatible(a.fact, b.fact)


def _shown(item: LinkedFact) -> str:
    """A time as the reader can check it: its words when found from the article's date."""
    return item.fact.text if item.fact.attr("anchored") else item.fact.shown


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per time that the same event's times in more articles contradict than back (on a tie, at the
    article whose path sorts later)."""
    options: Options = rule.options
    kinds = frozenset({FactKind.DATE, FactKind.TIME}) if rule.fact is FactKind.DATE else frozenset({rule.fact})
    declared_stories = {story.id for story in corpus.stories if declared(story)}
    by_story: dict[str, dict[str, list[_Dated]]] = defaultdict(lambda: defaultdict(list))
    for item in facts:
        if not options.inferred_stories and item.story not in declared_stories:
            continue
        dated = _dated(item, corpus, kinds)
        if dated is not None:
            by_story[item.story][dated.event.predicate].append(dated)
    for story in sorted(by_story):
        found = []
        for group in by_story[story].values():
            for one in group:
                against: dict[str, list[LinkedFact]] = defaultdict(list)
                backing: set[str] = set()
                here = one.item.fact.span.path
                for other in group:
                    there = other.item.fact.span.path
                    if there == here or not _same_event(one.event, other.event) or one.counted != other.counted:
                        continue
                    if _agree(one.item, other.item):
                        backing.add(there)
                    else:
                        against[there].append(other.item)
                contradicting = set(against) - backing
                supporters = len(backing) + 1
                if not contradicting or len(contradicting) < supporters or (
                        len(contradicting) == supporters and here < min(contradicting)):
                    continue
                shown = sorted({id(o): o for path in contradicting for o in against[path]}.values(),
                               key=lambda o: o.fact.span.order)
                found.append((one, shown))
        said: set[tuple] = set()
        for one, shown in sorted(found, key=lambda pair: pair[0].item.fact.span.order):
            item, reference = one.item, shown[0]
            key = (item.fact.span.path, item.fact.span.line, item.fact.text, tuple(o.fact.span for o in shown))
            if key in said:
                continue  # the same sentence twice on one line (a caption repeated in the text): one finding
            said.add(key)
            fields = {
                "value": _shown(item), "text": item.fact.text, "event": one.event.verb,
                "other_value": _shown(reference), "other_text": reference.fact.text,
                "other_place": ", ".join(dict.fromkeys(place(o, item) for o in shown)),
            }
            related = tuple(Related(o.fact.span, f'"{o.fact.text}" ({_shown(o)})') for o in shown)
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), item.fact.span, related)
