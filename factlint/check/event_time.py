"""Check kind `event-time`: one event told in two articles of a story must carry one time (and one figure).

Two times date one event when the clauses they modify have the same predicate (the lemma of the head verb: "died
Saturday", "is to be voted on Thursday", "came to America in 2011") and the same subject (a name or noun both
subjects hold: "LaRue, who ..., died" and "Fred LaRue died"), and name no different people or places after the
verb. Such times must meet: a weekday by its name (one "Saturday" written on two days is one day seen from two
article dates), a weekday against a full date by the date's weekday, the rest by the days, months or years they
name. A time that bounds the event ("by Friday", "since 2005") is compared only with the same bound of it. A clause
whose words say the event repeats, goes on or did not happen ("every", "again", "was meeting", "from Monday to
Thursday", "no one answered") names no one time and is left out; the day of a saying ("said Monday") is compared only
with a saying of the same speaker that says the same (three common words of what was said).

A relative time is compared after it is resolved against its own article's date (check/event_when.py): two resolutions
that differ contradict only when both are certain. Times of two occasions are not compared: a time outside its
article's event span (its episode's reports and a news week either side) against a day inside it, or a statement
whose sentence names another time (its event instance). Lines that articles of different stories repeat (site
furniture: copyright lines, widgets) state no event."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence

from factlint.check.cite import place
from factlint.check.event_when import Agreement, When, compare, when
from factlint.check.values import compatible
from factlint import lazyre

from factlint.extract.clauses import Aspect, ClauseEvent, clause_event
from factlint.extract.numbers import parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.verbs import lemma
from factlint.extract.timex.resolve import date_interval
from factlint.link.stories import declared
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "event-time"
FIELDS = frozenset({"value", "text", "event", "other_value", "other_text", "other_place"})
NEEDS: frozenset[FactKind] = frozenset({FactKind.TIME})  # a date rule reads times too
_WORD = lazyre.compile(r"\s+(\p{L}[\p{L}'’-]*)")
_FIGURE_WORD = lazyre.compile(r"[$£€]?\d[\d,.]*%?|[\p{L}%][\p{L}'’-]*|%")
_LETTERS = lazyre.compile(r"\p{L}+")
_WORDS = lazyre.compile(r"[\p{L}\p{N}]+")
# A time this many days either side of its episode's reports may still be its occasion (what a report tells happened
# in the week before it; what it announces, in the week after).
_NEWS_WEEK = 7
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
    when: When | None = None  # for a time, resolved against its article's date
    sentence: str = ""  # for a relative time, its sentence's words and numbers
    occasion: str = ""  # the occasion it tells: its event instance, or "outside" its episode's span


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
    found = when(fact, doc)
    sentence = " ".join(_WORDS.findall(doc.text[slice(*sentence_at(doc.text, fact.span.start))].lower())) \
        if found.relative else ""
    return _Dated(item, event, when=found, sentence=sentence)


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
    """One predicate, aspect and bound ("by", "since"); one subject (a shared name with no other given name before it on
    the two sides, or, one side naming no one, one head noun with compatible words beside it); no two different heads
    or counts in the subjects; no different words, nor different names, between verb and time on both sides; for a
    saying, three words of what was said in common."""
    if a.predicate != b.predicate or a.aspect is not b.aspect or a.bound != b.bound or (a.objects and b.objects and not a.objects & b.objects):
        return False
    if a.aspect is Aspect.SAYING and len(a.said & b.said) < _SAME_SAYING:
        return False  # one speaker says many things: one saying is one speaker, one verb, one thing said
    if (a.head and b.head and a.head != b.head) or (a.counts and b.counts and a.counts != b.counts):
        return False  # "a man" and "a child"; "four men were shot" and "five men were shot": two groups
    if a.object_names and b.object_names and not a.object_names & b.object_names:
        return False  # "placed Smith on injured reserve" and "placed Jones on injured reserve": two players
    if a.names and b.names:
        shared = a.names & b.names
        given_a = {last: first for first, last in a.given if last in shared}
        return bool(shared) and not any(last in given_a and first != given_a[last] for first, last in b.given)
    return bool(a.head) and a.head == b.head and _compatible_modifiers(a, b)


def _compatible_modifiers(a: ClauseEvent, b: ClauseEvent) -> bool:
    """Whether two subjects with one head noun may name one thing: the words beside the head on one side are none,
    or share one with the other's ("the draft austerity bill" and "the austerity bill"; not "jobs data" and "housing
    data", "core inflation" and "headline inflation")."""
    return not a.modifiers or not b.modifiers or bool(a.modifiers & b.modifiers)


def _agree(a: _Dated, b: _Dated) -> Agreement:
    """Whether two times can date one occurrence, or two figures measure it (see the module's docstring)."""
    if a.item.fact.kind is FactKind.QUANTITY:
        same = a.item.fact.attr("unit") != b.item.fact.attr("unit") or compatible(a.item.fact, b.item.fact)
        return Agreement.AGREE if same else Agreement.DISAGREE
    if a.when is None or b.when is None:
        return Agreement.UNKNOWN
    if a.sentence and a.sentence == b.sentence:
        return Agreement.AGREE  # one sentence with one relative time under two article dates: one text dated twice
    if not a.when.relative and not b.when.relative and a.when.weekday is None and b.when.weekday is None:
        # Two written times: by their values (a year inferred for a month and day read both ways).
        return Agreement.AGREE if compatible(a.item.fact, b.item.fact) else Agreement.DISAGREE
    return compare(a.when, b.when)


def _one_occasion(a: _Dated, b: _Dated) -> bool:
    """Whether two statements can tell one occasion: figures of one instance, or of their articles' own episodes (not
    of another time their sentence names); times of one occasion, or two
    times longer than a day ("in 2016" and "in 2015": a year holds its reports or lies outside by its value)."""
    if a.item.fact.kind is FactKind.QUANTITY:
        one, other = a.item.instance, b.item.instance
        return one == other or not (one.startswith("other:") or other.startswith("other:"))
    if a.event.predicate.startswith("the ") and any(d.occasion == "outside" for d in (a, b)):
        return False  # an event noun with no subject names the story's own incident only ("a shooting in 2016")
    if a.occasion == b.occasion:
        return True
    if not a.occasion or not b.occasion:  # an undated article's time may be any occasion but another time's
        known = a.occasion or b.occasion
        return not known.startswith("other:") and known != "outside"
    return a.when is not None and b.when is not None and not a.when.day and not b.when.day \
        and a.when.lo is not None and b.when.lo is not None


def _spans(facts: Sequence[LinkedFact], corpus: Corpus) -> dict[str, tuple[int, int]]:
    """Each event instance's reports: the first and last days its articles were written."""
    days: dict[str, list[int]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for item in facts:
        path = item.fact.span.path
        if item.instance.startswith("other:") or (item.instance, path) in seen:
            continue
        seen.add((item.instance, path))
        doc = corpus.documents.get(path)
        if doc is not None and doc.date is not None:
            days[item.instance].append(doc.date.toordinal())
    return {key: (min(found), max(found)) for key, found in days.items()}


def _occasion(dated: _Dated, spans: dict[str, tuple[int, int]]) -> str:
    """The occasion a time tells: its instance when another time in its sentence placed it there or its resolved
    days lie within its instance's reports and a news week either side ("outside" otherwise; "" when its article is
    undated or it is unresolved); a time longer than a news week must hold a day of the reports ("last year" in a June
    report is no time of June's event)."""
    instance = dated.item.instance
    span = spans.get(instance)
    found = dated.when
    if instance.startswith("other:"):
        return instance
    if span is None or found is None or found.lo is None or found.hi is None:
        return ""  # undated, or unresolved: no span to place it in
    first, last = span
    if found.hi - found.lo >= _NEWS_WEEK:
        inside = found.lo <= last and found.hi >= first
    else:
        inside = found.lo <= last + _NEWS_WEEK and found.hi >= first - _NEWS_WEEK
    return instance if inside else "outside"


def _normal(line: str) -> str:
    return " ".join(_LETTERS.findall(line.lower()))


def _furniture(corpus: Corpus, wanted: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Of the wanted lines (path, line number), those whose words (letters only: a year or a link may differ) articles
    of two or more stories write: a site's furniture, not one story's news."""
    if not wanted:
        return set()
    story_of = {path: story.id for story in corpus.stories for path in story.paths}
    normal = {(path, line): _normal(corpus.documents[path].line_text(line)) for path, line in wanted}
    stories: dict[str, set[str]] = {text: set() for text in normal.values() if text}
    for path, doc in corpus.documents.items():
        for number in range(1, len(doc.line_starts) + 1):
            text = _normal(doc.line_text(number))
            if text in stories:
                stories[text].add(story_of.get(path, path))
    return {key for key, text in normal.items() if text and len(stories[text]) > 1}


def _shown(item: LinkedFact) -> str:
    """A time as the reader can check it: its words when found from the article's date."""
    return item.fact.text if item.fact.attr("anchored") else item.fact.shown


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per time that the same event's times in more articles contradict than back (on a tie, at the
    article whose path sorts later)."""
    options: Options = rule.options
    kinds = frozenset({FactKind.DATE, FactKind.TIME}) if rule.fact is FactKind.DATE else frozenset({rule.fact})
    declared_stories = {story.id for story in corpus.stories if declared(story)}
    candidates: list[_Dated] = []
    for item in facts:
        if not options.inferred_stories and item.story not in declared_stories:
            continue
        dated = _dated(item, corpus, kinds)
        if dated is not None:
            candidates.append(dated)
    furniture = _furniture(corpus, {(d.item.fact.span.path, d.item.fact.span.line) for d in candidates})
    spans = _spans(facts, corpus) if candidates else {}
    by_story: dict[str, dict[str, list[_Dated]]] = defaultdict(lambda: defaultdict(list))
    for dated in candidates:
        if (dated.item.fact.span.path, dated.item.fact.span.line) in furniture:
            continue
        dated = dataclasses.replace(dated, occasion=_occasion(dated, spans))
        by_story[dated.item.story][dated.event.predicate].append(dated)
    for story in sorted(by_story):
        found = []
        for group in by_story[story].values():
            for one in group:
                against: dict[str, list[LinkedFact]] = defaultdict(list)
                backing: set[str] = set()
                here = one.item.fact.span.path
                for other in group:
                    there = other.item.fact.span.path
                    if there == here or not _same_event(one.event, other.event) or one.counted != other.counted \
                            or not _one_occasion(one, other):
                        continue
                    agreement = _agree(one, other)
                    if agreement is Agreement.AGREE:
                        backing.add(there)
                    elif agreement is Agreement.DISAGREE:
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
