"""Event instances: which occasion a statement speaks of: its article's episode, unless a date in its own sentence
names another time (read from the temporal tagger's resolved values, not from a list of phrases)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import regex

from factlint import lazyre
from factlint.extract.sentences import sentence_at
from factlint.extract.timex import date_interval
from factlint.extract.morphology import root
from factlint.link import event_spans
from factlint.link.anaphora import kinds_of
from factlint.link.fact_mentions import attach, nearest
from factlint.model import Anchor, Document, EventMention, Fact, FactKind, LinkedFact, Story
from factlint.rulebook.geography import geography
from factlint.rulebook.lexicon import EMPTY_LEXICON, EventLexicon

if TYPE_CHECKING:
    from factlint.link.episodes import Episode
    from factlint.link.references import Reference

MAIN_INSTANCE = "main"
NEWS_WEEK_DAYS = 7  # as link/episodes.NEWS_WEEK: what a report tells happened in the week before it


def _days(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a calendar value spans ("2023-05" all of May; "2020-FA" all of 2020), if it names a year."""
    days = date_interval(value)
    if not days and value[:4].isdigit():
        days = date_interval(value[:4])
    return (dt.date.fromordinal(int(days[0])), dt.date.fromordinal(int(days[1]))) if days else None


def names_other_time(value: str, relative: tuple[str, int] | None, episode: "Episode | None") -> bool:
    """Whether a date value written in a clause names another time than an article's occasion: outside the news week
    before its episode's reports; in an undated article, a month or year back ("last month", "last year": `relative`
    as (unit, shift)) or a bare month or year ("since 1991"), which no report of the day writes of its own event."""
    days = _days(value)
    if episode is not None and episode.frame == "calendar" and episode.first is not None:
        return days is not None and not episode.holds(*days)
    if relative is not None and relative[0] in ("month", "quarter", "year"):
        return relative[1] < 0
    return days is not None and len(value) <= 7 and days[0] != days[1]


def other_time(date: Fact, episode: "Episode | None") -> bool:
    """Whether a date fact names another time than its article's occasion (see names_other_time)."""
    shift = date.attr("shift")
    relative = (date.attr("relative"), int(shift)) if shift.lstrip("-").isdigit() else None
    return names_other_time(date.value, relative, episode)


def _nearest_date(doc: Document, fact: Fact, dates: Sequence[Fact]) -> Fact | None:
    """The date nearest a fact in its own sentence (not the fact itself), standing for the fact's clause; a change's
    base ("up 8 percent on last year": the change is this year's) is none."""
    start, end = sentence_at(doc.text, fact.span.start)
    # From the first date of the sentence on, by index (a slice would copy every date after it, for every fact).
    first = bisect.bisect_left(dates, start, key=lambda d: d.span.start)
    following = (dates[index] for index in range(first, len(dates)))
    return nearest(fact, (date for date in itertools.takewhile(lambda d: d.span.start < end, following)
                          if date.kind is FactKind.DATE and date.attr("role") != "base"))


_DAY = lazyre.compile(r"\d{4}-\d\d-\d\d")


def day_of(doc: Document, fact: Fact, dates: Sequence[Fact] = (), own: Fact | None = None) -> str | None:
    """The calendar day a fact's clause names (its clause's own date `own`, else its nearest date in its sentence,
    when that is one whole day)."""
    if fact.kind in (FactKind.DATE, FactKind.TIME):
        return None  # a date's own value is what is compared, not a day beside it
    nearest = own if own is not None and own.attr("role") != "base" else _nearest_date(doc, fact, dates)
    return nearest.value if nearest is not None and _DAY.fullmatch(nearest.value) else None


def anchor_of(doc: Document, fact: Fact, episode: "Episode | None" = None,
              dates: Sequence[Fact] = (), own: Fact | None = None) -> Anchor | None:
    """The date nearest the fact in its own sentence, when that date ties it to another time than its article's
    occasion. The nearest stands for the fact's clause: in "began a two-day strike on Thursday, six months after a
    five-day walkout in March" the two days are Thursday's, the five March's.

    `dates`: the article's date facts in text order (from the temporal tagger); `own`: the date of the fact's own
    clause (its event mention's time, link/fact_mentions.py), which comes before any nearer date of another clause."""
    if own is not None and own.attr("role") == "base":
        own = None  # "up 8 percent on last year": what the change is measured from, not when it happened
    date = own or _nearest_date(doc, fact, dates)
    if date is None or not other_time(date, episode):
        return None
    key = date.value if date.value[:4].isdigit() else " ".join(date.text.lower().split())
    return Anchor(text=date.text, key=key)


def instance_of(doc: Document, fact: Fact, episode: "Episode | None" = None,
                dates: Sequence[Fact] = (), own: Fact | None = None) -> tuple[str, Anchor | None]:
    """The event instance a fact speaks of: its article's occasion unless its clause (`own`: its clause's date) or
    else its sentence names another time."""
    anchor = anchor_of(doc, fact, episode, dates, own)
    if anchor is None:
        return MAIN_INSTANCE, None
    if fact.kind in (FactKind.DATE, FactKind.TIME) and _other_time(fact.value, anchor.key):
        # A date that names another time than its clause's ("hit on Tuesday ... a region devastated by the tsunami
        # of 2004") speaks of its own time, not of the other occasion the clause mentions.
        return f"other:{fact.value}", None
    return f"other:{anchor.key}", anchor


_YEAR_OR_MONTH = lazyre.compile(r"(?:19|20)\d\d(?:-\d\d)?")


def _other_time(value: str, time: str) -> bool:
    """Whether a calendar value ("2013-07-02") lies outside a time ("2004", "2023-04")."""
    named = _YEAR_OR_MONTH.match(time)
    if not value[:4].isdigit() or named is None:
        return False
    named_time = named.group()
    return not (value.startswith(named_time) or named_time.startswith(value))


def _episode_of_time(time: str, episodes: Sequence["Episode"]) -> "Episode | None":
    """The episode a calendar time ("2023-05", "2023-05-04") written in a clause may be, if exactly one."""
    days = _days(time)
    if days is None:
        return None
    held = [episode for episode in episodes if episode.frame == "calendar" and episode.holds(*days)]
    return held[0] if len(held) == 1 else None


def _date_elsewhen(fact: Fact, own: "Episode | None", story_episodes: Sequence["Episode"]) -> str | None:
    """The instance an event's own date names when it lies outside its article's occasion: an earlier episode of
    the story that holds it ("the February strike" in March, when February's strike is reported too), else, for a
    month or a year wholly before the occasion's news week, an occasion of that time (no report dates its own event
    by a past month); None when the date may be the occasion's, or is a day (a slip of the event's date, which
    `date-agreement` is for)."""
    if own is None or own.frame != "calendar" or own.first is None or not other_time(fact, own):
        return None
    earlier = _episode_of_time(fact.value, story_episodes)
    if earlier is not None and earlier is not own:
        return earlier.key
    days = _days(fact.value)
    if days is None or _DAY.fullmatch(fact.value) or fact.attr("relative"):
        return None
    return f"other:{fact.value}" if days[1] < own.first - dt.timedelta(days=NEWS_WEEK_DAYS) else None


def _regions(place: str) -> set[tuple[str, str]]:
    """Every (country, US state) a place's name may lie in: each city of that name's, or the region it names."""
    found = set(geography().cities.get(place, ()))
    region = geography().region(place)
    if region is not None:
        found.add(region)
    return found


def _apart(first: str, second: str) -> bool:
    """Whether two places cannot be one: no state or country either name may lie in holds the other ("Oakland" and
    "Denver"; not "Oakland" and "Richmond", which a Richmond in California may be, nor a place the tables lack)."""
    one, other = _regions(first), _regions(second)
    return bool(one and other) and not any(a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])
                                           for a in one for b in other)


# What an article's lead says of where its event happened: the places its lead sentence names (link/leads.py), and
# its headline and first lines, lowercased, in which a neighbourhood's name may be written without a preposition.
Lead = tuple[frozenset[str], str]


# A lead as _elsewhere reads it: its places, its headline and lead lowercased, and the event kinds they name.
_ReadLead = tuple[frozenset[str], str, frozenset[str]]


def _elsewhere(fact: Fact, mention: EventMention | None, episode: "Episode | None", doc: Document,
               by_path: Mapping[str, Document], leads: Callable[[Document], _ReadLead] | None) -> str | None:
    """The place a mention's clause puts an event in when that event is of a kind its episode's headlines and leads
    name (two shootings, two visits) and the place lies apart from every place its episode's lead sentences name (in
    another state or country: another occasion, a round-up's other incident), and no headline or lead of the episode
    names it; else None, and never when the leads name no place."""
    if mention is None or not mention.kind or not mention.places or leads is None or fact.kind is FactKind.QUOTE:
        # Only an event of the vocabulary placed elsewhere is another occasion ("a separate shooting in Denver");
        # the hospital, jail or court a clause names is where the same event's people went. A quotation's words are
        # the speaker's, not the clause the article writes.
        return None
    read = [leads(by_path[path]) for path in (episode.paths if episode is not None else (doc.path,)) if path in by_path]
    if not any(mention.kind in kinds for _, _, kinds in read):
        return None  # another kind of event than the episode's ("a news conference held in Taipei" on a merger)
    where = frozenset(name for places, _, _ in read for name in places)
    if not where or not all(_apart(own, other) for own in mention.places for other in where):
        return None
    if any(regex.search(rf"\b{regex.escape(own)}\b", text) for own in mention.places for _, text, _ in read):
        return None  # "Lawndale" in the lead, "Chicago" in the headline: a neighbourhood and its city
    return min(mention.places)


_WORD = lazyre.compile(r"\p{L}[\p{L}'’-]*")


def _kinds_in(text: str, kinds: Mapping[str, str]) -> frozenset[str]:
    """The event kinds of the vocabulary a text's words name."""
    return frozenset(kinds[key] for word in _WORD.findall(text) if (key := root(word)) in kinds)


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story],
         references: Sequence["Reference"] = (), episodes: Mapping[str, "Episode"] | None = None,
         lexicon: EventLexicon = EMPTY_LEXICON,
         leads: Callable[[Document], Lead] | None = None) -> list[LinkedFact]:
    """Place each fact in its story and event instance by the event mention of its clause (link/fact_mentions.py):
    its article's episode, unless its clause (else its sentence) names another time (an earlier episode of the
    story when that time is one, else an instance of that time), or its sentence describes the event of another
    article (that article's story and episode), or its clause dates an event of a kind outside the days its episode's
    leads give that kind (link/event_spans.py), or its clause places it where none of its episode's leads do (the
    other incident of a round-up: an instance of that place). `lexicon`: the event vocabulary, whose words head
    mentions first; `leads`: where an article's lead says its event happened (Lead)."""
    kinds = kinds_of(lexicon)
    if leads is not None:
        read, known = leads, {}

        def leads(doc: Document) -> _ReadLead:  # each article's lead read once
            if doc.path not in known:
                places, text = read(doc)
                known[doc.path] = (places, text, _kinds_in(text, kinds))
            return known[doc.path]

    story_of = {path: story.id for story in stories for path in story.paths}
    episodes = episodes or {}
    by_story: dict[str, list[Episode]] = {}
    for episode in {id(e): e for e in episodes.values()}.values():
        by_story.setdefault(episode.story, []).append(episode)
    by_path = {doc.path: doc for doc in documents}
    pointing = {}
    for reference in references:
        pointing.setdefault(reference.path, []).append(reference)
    facts = list(facts)
    dates: dict[str, list[Fact]] = {}
    of_path: dict[str, list[Fact]] = {}
    for fact in facts:
        of_path.setdefault(fact.span.path, []).append(fact)
        if fact.kind is FactKind.DATE:
            dates.setdefault(fact.span.path, []).append(fact)
    for found in dates.values():
        found.sort(key=lambda d: d.span.start)
    attached = {}
    for path, own_facts in of_path.items():
        times = sorted((f for f in own_facts if f.kind in (FactKind.DATE, FactKind.TIME)), key=lambda f: f.span.start)
        attached.update(attach(by_path[path], own_facts, dates.get(path, ()), kinds, times))
    episode_of = {path: f"{episodes[path].story}#{episodes[path].key}" if path in episodes else path
                  for path in of_path}
    event_days = event_spans.spans(of_path, {fact: found[0] for fact, found in attached.items()}, episode_of, by_path)
    linked = []
    for fact in facts:
        path = fact.span.path
        doc = by_path[path]
        mention, own_date = attached[fact]
        matched = [r for r in pointing.get(path, []) if r.start <= fact.span.start < r.end]
        if matched:
            ref = matched[0]
            target = episodes.get(ref.target_path)
            # A clause of the sentence may still name another time than the event it describes, as the dates of that
            # event tell ("the rampage came as a jury deliberates ... for killing 12 in a movie theater three years
            # ago", of a shooting the day before); of an undated event, the reference's own time is that event's.
            instance, anchor = instance_of(doc, fact, target, dates.get(path, ()), own_date)
            dated = target is not None and target.frame == "calendar" and target.first is not None
            if instance == MAIN_INSTANCE or not dated and anchor is not None and anchor.text == ref.anchor:
                instance = target.key if target else MAIN_INSTANCE
                anchor = Anchor(ref.anchor, " ".join(ref.anchor.lower().split()))
            linked.append(LinkedFact(fact, ref.target, instance, anchor, mention=mention))
            continue
        own = episodes.get(path)
        instance, anchor = instance_of(doc, fact, own, dates.get(path, ()), own_date)
        if instance == MAIN_INSTANCE and fact.kind is FactKind.DATE and fact.subject:
            when = _date_elsewhen(fact, own, by_story.get(own.story, ()) if own else ())
            if when is not None:
                linked.append(LinkedFact(fact, story_of.get(path, path), when, None, mention=mention))
                continue
        elsewhere = _elsewhere(fact, mention, own, doc, by_path, leads) if instance == MAIN_INSTANCE else None
        apart = event_spans.elsewhen(mention, episode_of[path], event_days) \
            if instance == MAIN_INSTANCE and elsewhere is None else None
        if elsewhere is not None:
            instance, anchor = f"other:{elsewhere}", Anchor(elsewhere, elsewhere)
        elif apart is not None and mention is not None:
            instance, anchor = f"other:{apart}", Anchor(mention.time_text or apart, apart)
        elif instance == MAIN_INSTANCE:
            instance = own.key if own else MAIN_INSTANCE
        elif own is not None:
            earlier = _episode_of_time(instance.removeprefix("other:"), by_story.get(own.story, ()))
            if earlier is not None and earlier is not own:
                instance = earlier.key
        linked.append(LinkedFact(fact, story_of.get(path, path), instance, anchor,
                                 day_of(doc, fact, dates.get(path, ()), own_date), mention))
    return linked
