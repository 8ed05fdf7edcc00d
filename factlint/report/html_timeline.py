"""The timeline of one story as inline SVG: per event instance, each article's dates and durations."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass


from factlint import lazyre
from factlint.model import Fact, FactKind, LinkedFact
from factlint.report.html_view import StoryPart, View, instance_label, instance_order, story_id
from factlint.report.printable import markup as escape

# Kinds whose values are ISO 8601 times or durations (TIMEX3 values); the value decides the shape.
TIMELINE_KINDS = frozenset({FactKind.DURATION, FactKind.DATE, FactKind.TIME})
WIDTH, LABEL, ROW, PAD = 960, 230, 24, 8
PUBLISHED = "\x00published"  # a lane key no event instance can have
PLOT = WIDTH - LABEL - 190  # room on the right for the value label of the longest bar
LEGEND = ('<p class="legend"><span class="swatch"></span> no conflict '
          '<span class="swatch bad"></span> in conflict (≠) · each bar links to the line that says it</p>')
_DURATION = lazyre.compile(
    r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?"
)
_DAYS_PER = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "h": 1 / 24, "m": 1 / 1440, "s": 1 / 86400}
_DATE = lazyre.compile(r"(?P<y>\d{4})(?:-(?:W(?P<w>\d\d)|(?P<mo>\d\d)(?:-(?P<d>\d\d))?))?(?:T.*)?")


def duration_days(value: str) -> float | None:
    """Days in an ISO 8601 duration (P5D -> 5.0, PT12H -> 0.5); None for unknown or zero durations."""
    match = _DURATION.fullmatch(value)
    if not match or value in ("P", "PT"):
        return None
    days = sum(float(n) * _DAYS_PER[unit] for unit, n in match.groupdict().items() if n)
    return days or None


def date_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO 8601 date value covers, first to last (2023-05 -> May 1 to May 31)."""
    match = _DATE.fullmatch(value)
    if not match:
        return None
    year = int(match["y"])
    try:
        if match["w"]:
            start = dt.date.fromisocalendar(year, int(match["w"]), 1)
            return start, start + dt.timedelta(days=6)
        if match["d"]:
            day = dt.date(year, int(match["mo"]), int(match["d"]))
            return day, day
        if match["mo"]:
            start = dt.date(year, int(match["mo"]), 1)
            following = dt.date(year + start.month // 12, start.month % 12 + 1, 1)
            return start, following - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def readable(fact: Fact) -> str:
    """A fact's value for a reader: its display form, a complete time value, else the words the article used.

    Underspecified TIMEX3 values (XXXX-WXX-4, PAST_REF, 2020-FA) mean nothing to an editor; "Thursday" does.
    """
    if fact.kind not in TIMELINE_KINDS or (fact.display and fact.display != fact.value):
        return fact.shown
    if duration_days(fact.value) is not None or date_range(fact.value) is not None:
        return fact.value
    return f"“{' '.join(fact.text.split())}”"


@dataclass(frozen=True)
class Mark:
    """One thing drawn: where it goes on its axis (in days), what it says and where it came from."""

    instance: str
    path: str
    start: float
    end: float
    label: str
    items: tuple[LinkedFact, ...]


def _label(view: View, item: LinkedFact) -> str:
    return readable(item.fact) + (f" · {view.names.of(item.fact.subject)}" if item.fact.subject else "")


def _marks(view: View, part: StoryPart) -> tuple[list[Mark], list[Mark], dt.date | None]:
    """Durations (from day 0) and dates (in days from the earliest one), one mark per distinct value."""
    durations: dict[tuple, list[LinkedFact]] = {}
    dates: dict[tuple, list[LinkedFact]] = {}
    for item in part.facts:
        if item.fact.kind not in TIMELINE_KINDS:
            continue
        key = (item.instance, item.fact.span.path, item.fact.value)
        if duration_days(item.fact.value) is not None:
            durations.setdefault(key, []).append(item)
        elif date_range(item.fact.value) is not None:
            dates.setdefault(key, []).append(item)
    spans = [Mark(k[0], k[1], 0.0, duration_days(k[2]) or 0.0, _label(view, v[0]), tuple(v)) for k, v in durations.items()]
    ranges = {k: date_range(k[2]) for k in dates}
    if spans or ranges:  # publication dates give context to facts, never a timeline of their own
        for path in part.story.paths:
            doc = view.documents.get(path)
            if doc is not None and doc.date is not None:
                ranges[(PUBLISHED, path, doc.date.isoformat())] = (doc.date, doc.date)
                dates[(PUBLISHED, path, doc.date.isoformat())] = []
    origin = min((r[0] for r in ranges.values() if r), default=None)
    points = [
        Mark(k[0], k[1], (r[0] - origin).days, (r[1] - origin).days + 1, _label(view, v[0]) if v else k[2], tuple(v))
        for k, v in dates.items() if (r := ranges[k]) and origin
    ]
    return spans, points, origin


def _ticks(total: float) -> list[float]:
    step = 1.0
    for candidate in (1, 2, 7, 14, 30, 60, 180, 365, 730, 1825, 3650):
        step = float(candidate)
        if total / step <= 10:
            break
    return [i * step for i in range(int(total // step) + 1)]


def _days(tick: float, step: float) -> str:
    """A tick label in the unit its step suggests: days, weeks, months or years."""
    for unit, days in (("y", 365.0), ("mo", 30.0), ("wk", 7.0)):
        if step % days == 0:
            return f"{tick / days:.3g} {unit}"
    return f"{tick:g} d"


def _date(day: dt.date, step: float) -> str:
    """A date tick as precise as its step: the year, the month or the day."""
    return str(day.year) if step >= 365 else day.strftime("%Y-%m") if step >= 30 else day.isoformat()


def _section(view: View, part: StoryPart, marks: list[Mark], title: str, origin: dt.date | None, top: float) -> tuple[str, float]:
    """One axis with its lanes: an instance heading, then a row per article and value."""
    total = max(m.end for m in marks) or 1.0
    total = max(total, 1.0)
    scale = PLOT / total
    out = [f'<g class="section" data-section="{"dates" if origin else "durations"}">'
           f'<text class="heading" x="0" y="{top + 14}">{escape(title)}</text>']
    y = top + 26
    lanes = [(i, [m for m in marks if m.instance == i]) for i in [*instance_order(part.facts), PUBLISHED]]
    lanes = [(instance, lane) for instance, lane in lanes if lane]
    bottom = y + 20 + ROW * sum(1 + len(lane) for _, lane in lanes)
    ticks = _ticks(total)
    for tick in ticks:
        x = LABEL + tick * scale
        step = ticks[1] if len(ticks) > 1 else 1.0
        text = _date(origin + dt.timedelta(days=tick), step) if origin else _days(tick, step)
        out.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{y + 14}" y2="{bottom:.0f}"/>'
                   f'<text class="tick" x="{x:.1f}" y="{y + 10}">{text}</text>')
    y += 20
    for instance, lane in lanes:
        label = "When each article was published" if instance == PUBLISHED else instance_label(
            instance, [i for m in lane for i in m.items])
        out.append(f'<text class="lane" x="0" y="{y + 15}">{escape(label)}</text>')
        y += ROW
        for mark in sorted(lane, key=lambda m: (part.story.paths.index(m.path) if m.path in part.story.paths else 0, m.end)):
            conflicts = {c.id: c for item in mark.items for c in view.conflicts_of(item.fact)}
            article = view.article_id(mark.path)
            css = "bar conflict" if conflicts else "bar"
            x0, x1 = LABEL + mark.start * scale, LABEL + mark.end * scale
            lines = ", ".join(str(item.fact.span.line) for item in mark.items)
            where = f"line {lines}" if lines else "publication date"
            href = f"{article}-L{mark.items[0].fact.span.line}" if mark.items else article
            tip = f"{view.label(mark.path)}: {mark.label} ({where})" + "".join(
                f"; {c.finding.rule}: {c.finding.message}" for c in conflicts.values())
            flag = " ≠" if conflicts else ""
            out.append(
                f'<g data-article="{article}"><text class="who" x="{PAD}" y="{y + 16}">{escape(view.label(mark.path))}</text>'
                f'<a href="#{href}"><title>{escape(tip)}</title>'
                f'<rect class="{css}" x="{x0:.1f}" y="{y + 4}" width="{max(x1 - x0, 4):.1f}" height="{ROW - 8}" rx="3"/>'
                f'<text class="value" x="{max(x1, x0 + 4) + 6:.1f}" y="{y + 16}">{escape(mark.label)}{flag}</text></a></g>'
            )
            y += ROW
    return "".join(out) + "</g>", y + PAD


def timeline(view: View, part: StoryPart) -> str:
    """The story's timeline SVG, or a note when no article gives a date or a duration."""
    durations, dates, origin = _marks(view, part)
    if not durations and not dates:
        return '<p class="note">No dates or durations to place on a timeline.</p>'
    body, y = [], 0.0
    if dates:
        svg, y = _section(view, part, dates, "Dates each article gives", origin, y)
        body.append(svg)
    if durations:
        svg, y = _section(view, part, durations, "How long each article says it lasted (days from the start)", None, y)
        body.append(svg)
    height = math.ceil(y)
    summary = "; ".join(f"{view.label(m.path)}: {m.label}" for m in dates + durations)
    return (f'<svg class="timeline" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
            f'aria-labelledby="{story_id(view, part)}-tl"><title id="{story_id(view, part)}-tl">Timeline: '
            f'{escape(summary)}</title>{"".join(body)}</svg>{LEGEND}')
