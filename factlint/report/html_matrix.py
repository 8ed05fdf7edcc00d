"""The fact matrix of one story: a row per (event instance, fact kind, name), a column per article; the rows in
disagreement shown, the others folded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from factlint.model import FactKind, LinkedFact
from factlint.report.html_timeline import readable
from factlint.report.names import Names
from factlint.report.html_view import MAIN_INSTANCE, Conflict, StoryPart, View, instance_label, instance_order
from factlint.report.printable import markup as escape

CELL_WIDTH = 80
KIND_ORDER = {kind: index for index, kind in enumerate(FactKind)}
KIND_LABELS = {
    FactKind.DURATION: "Duration", FactKind.DATE: "Date", FactKind.TIME: "Time", FactKind.SET: "Recurrence",
    FactKind.PERSON: "Person", FactKind.TITLE: "Title", FactKind.AGE: "Age", FactKind.VENUE: "Venue",
    FactKind.PLACE: "Place", FactKind.QUANTITY: "Count", FactKind.QUOTE: "Quote",
}


def kind_label(kind: FactKind) -> str:
    """A fact kind as a column reader names it; kinds added later show their own name."""
    return KIND_LABELS.get(kind, kind.value.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Row:
    """The facts of one (instance, kind, subject), by article path."""

    instance: str
    kind: FactKind
    subject: str
    cells: dict[str, list[LinkedFact]]


def rows_of(facts: tuple[LinkedFact, ...], shown: Names = Names()) -> list[Row]:
    """Group a story's facts into matrix rows, ordered by instance, kind and subject: one row per name as people
    read it, the spellings a name-variants rule found of one name (Adviser/Advisor) in one row."""
    grouped: dict[tuple[str, FactKind, str], dict[str, list[LinkedFact]]] = defaultdict(lambda: defaultdict(list))
    for item in facts:
        subject = shown.of(item.fact.subject) if item.fact.subject else ""
        grouped[(item.instance, item.fact.kind, subject)][item.fact.span.path].append(item)
    instances = instance_order(facts)
    keys = sorted(grouped, key=lambda k: (instances.index(k[0]), KIND_ORDER[k[1]], k[2]))
    return [Row(key[0], key[1], key[2], dict(grouped[key])) for key in keys]


def _shorten(text: str, width: int = CELL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _tag(rule: str, conflicts: list[Conflict]) -> str:
    """One badge per rule, linking to its first finding and carrying every message as a tooltip."""
    tip = "\n".join(c.finding.message for c in conflicts)
    return f'<a class="tag" href="#{conflicts[0].id}" title="{escape(tip)}">≠ {escape(rule)}</a>'


def _cell(view: View, path: str, items: list[LinkedFact]) -> tuple[str, set[str]]:
    """One article's statements in a row: each distinct value once, linked to every line that says it."""
    article = view.article_id(path)
    if not items:
        return f'<td data-article="{article}" class="empty"><span aria-label="not stated">—</span></td>', set()
    values: dict[str, list[LinkedFact]] = defaultdict(list)
    for item in items:
        values[readable(item.fact)].append(item)
    rules: set[str] = set()
    parts = []
    for shown, said in values.items():
        conflicts = {c.id: c for item in said for c in view.conflicts_of(item.fact)}
        rules.update(c.finding.rule for c in conflicts.values())
        links = ", ".join(
            f'<a href="#{article}-L{item.fact.span.line}" title="{escape(item.fact.text)}">line {item.fact.span.line}</a>'
            for item in said
        )
        tags = "".join(_tag(rule, [c for c in conflicts.values() if c.finding.rule == rule])
                       for rule in sorted({c.finding.rule for c in conflicts.values()}))
        css = "value conflict" if conflicts else "value"
        parts.append(f'<li class="{css}"><span class="shown">{escape(_shorten(shown))}</span> '
                     f'<span class="where">{links}</span>{tags}</li>')
    css = ' class="conflict"' if rules else ""
    return f'<td data-article="{article}"{css}><ul>{"".join(parts)}</ul></td>', rules


def _heading(part: StoryPart, instance: str) -> str:
    members = [item for item in part.facts if item.instance == instance]
    return (f'<tr class="instance"><th colspan="{len(part.story.paths) + 1}" scope="colgroup">'
            f'{escape(instance_label(instance, members))}</th></tr>')


def _row(view: View, part: StoryPart, row: Row) -> tuple[str, bool]:
    """One row: the name as people read it, a cell per article; and whether its articles disagree."""
    paths = part.story.paths
    cells, rules = [], set()
    for path in paths:
        html, cell_rules = _cell(view, path, row.cells.get(path, []))
        cells.append(html)
        rules |= cell_rules
    said = sum(1 for path in paths if row.cells.get(path))
    flag = ' <span class="flag">disagree</span>' if rules else ""
    disagree = ' class="disagree"' if rules else ""
    return (
        f'<tr data-row data-rules="{escape(" ".join(sorted(rules)))}"{disagree} '
        f'data-kind="{row.kind.value}" data-subject="{escape(row.subject)}" data-instance="{escape(row.instance)}">'
        f'<th scope="row"><span class="kind">{escape(kind_label(row.kind))}</span> '
        f'{escape(row.subject or "(no subject)")}{flag}<span class="sub">{said} of {len(paths)} articles</span></th>'
        f'{"".join(cells)}</tr>'
    ), bool(rules)


def _table(view: View, part: StoryPart, bodies: list[str], caption: str) -> str:
    head = "".join(
        f'<th scope="col" data-article="{view.article_id(p)}"><a href="#{view.article_id(p)}">'
        f'{escape(view.label(p))}</a><span class="sub">{escape(view.title(p))}</span></th>'
        for p in part.story.paths
    )
    return (f'<div class="scroll" role="region" aria-label="{escape(caption)}" tabindex="0"><table class="matrix">'
            f'<caption>{escape(caption)}</caption>'
            f'<thead><tr><th scope="col">Fact</th>{head}</tr></thead>{"".join(bodies)}</table></div>')


def _split(view: View, part: StoryPart, rows: list[Row], instances: list[str]) -> tuple[list[str], list[str], int]:
    """The rows of these instances as table bodies (one per instance, under its heading): those in disagreement,
    those that agree (or that one article alone states), and how many rows agree."""
    disagree, agree, agreeing = [], [], 0
    for instance in instances:
        built = [_row(view, part, row) for row in rows if row.instance == instance]
        heading = _heading(part, instance)
        bad = [html for html, disagrees in built if disagrees]
        good = [html for html, disagrees in built if not disagrees]
        agreeing += len(good)
        if bad:
            disagree.append(f'<tbody>{heading}{"".join(bad)}</tbody>')
        if good:
            agree.append(f'<tbody>{heading}{"".join(good)}</tbody>')
    return disagree, agree, agreeing


def _folded(view: View, part: StoryPart, bodies: list[str], count: int) -> str:
    # The facts the articles agree on (or that one article alone states) are folded: the page opens on the
    # disagreements and stays short however many facts a story holds.
    return (f'<details class="agree"><summary>Facts the articles agree on, or that one article alone states '
            f'({count})</summary>'
            f'{_table(view, part, bodies, "Who says what: one row per fact, one column per article")}</details>')


def matrix(view: View, part: StoryPart) -> str:
    """The story's fact matrix: the reported event first, other occasions folded unless they disagree; in each,
    the rows where the articles disagree shown, the rest folded."""
    if not part.facts:
        return '<p class="note">No checkable facts were found in these articles.</p>'
    rows = rows_of(part.facts, view.names)
    main = [MAIN_INSTANCE] if any(row.instance == MAIN_INSTANCE for row in rows) else []
    disagree, agree, agreeing = _split(view, part, rows, main)
    html = _table(view, part, disagree, "Where the articles disagree: one row per fact, one column per article") \
        if disagree else ""
    html += _folded(view, part, agree, agreeing) if agree else ""
    others = list(dict.fromkeys(row.instance for row in rows if row.instance != MAIN_INSTANCE))
    if others:
        # Other occasions are context (last year's round, a past war); fold them so the event itself stands out.
        disagree, agree, agreeing = _split(view, part, rows, others)
        inner = (_table(view, part, disagree, "Where the articles disagree about other occasions")
                 + (_folded(view, part, agree, agreeing) if agree else "")) if disagree \
            else _table(view, part, agree, "Facts about other occasions")
        html += (f'<details class="others"{" open" if disagree else ""}><summary>'
                 f'Other occasions the articles mention ({len(others)})</summary>{inner}</details>')
    return html
