"""The fact matrix of one story: a row per (event instance, fact kind, subject), a column per article."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from factlint.model import FactKind, LinkedFact
from factlint.report.html_timeline import readable
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


def rows_of(facts: tuple[LinkedFact, ...]) -> list[Row]:
    """Group a story's facts into matrix rows, ordered by instance, kind and subject."""
    grouped: dict[tuple[str, FactKind, str], dict[str, list[LinkedFact]]] = defaultdict(lambda: defaultdict(list))
    for item in facts:
        grouped[(item.instance, item.fact.kind, item.fact.subject)][item.fact.span.path].append(item)
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


def _body(view: View, part: StoryPart, instance: str, rows: list[Row]) -> tuple[str, bool]:
    """One instance's rows under its heading, and whether any of them disagree."""
    paths = part.story.paths
    members = [item for item in part.facts if item.instance == instance]
    lines = [f'<tr class="instance"><th colspan="{len(paths) + 1}" scope="colgroup">'
             f'{escape(instance_label(instance, members))}</th></tr>']
    any_rules = False
    for row in rows:
        cells, rules = [], set()
        for path in paths:
            html, cell_rules = _cell(view, path, row.cells.get(path, []))
            cells.append(html)
            rules |= cell_rules
        any_rules |= bool(rules)
        said = sum(1 for path in paths if row.cells.get(path))
        flag = ' <span class="flag">disagree</span>' if rules else ""
        disagree = ' class="disagree"' if rules else ""
        lines.append(
            f'<tr data-row data-rules="{escape(" ".join(sorted(rules)))}"{disagree} '
            f'data-kind="{row.kind.value}" data-subject="{escape(row.subject)}" data-instance="{escape(row.instance)}">'
            f'<th scope="row"><span class="kind">{escape(kind_label(row.kind))}</span> '
            f'{escape(row.subject or "(no subject)")}{flag}<span class="sub">{said} of {len(paths)} articles</span></th>'
            f'{"".join(cells)}</tr>'
        )
    return f'<tbody>{"".join(lines)}</tbody>', any_rules


def _table(view: View, part: StoryPart, bodies: list[str], caption: str) -> str:
    head = "".join(
        f'<th scope="col" data-article="{view.article_id(p)}"><a href="#{view.article_id(p)}">'
        f'{escape(view.label(p))}</a><span class="sub">{escape(view.title(p))}</span></th>'
        for p in part.story.paths
    )
    return (f'<div class="scroll" role="region" aria-label="{escape(caption)}" tabindex="0"><table class="matrix">'
            f'<caption>{escape(caption)}</caption>'
            f'<thead><tr><th scope="col">Fact</th>{head}</tr></thead>{"".join(bodies)}</table></div>')


def matrix(view: View, part: StoryPart) -> str:
    """The story's fact matrix: the reported event first; other occasions folded unless they disagree."""
    if not part.facts:
        return '<p class="note">No checkable facts were found in these articles.</p>'
    rows = rows_of(part.facts)
    main, others, others_disagree = [], [], False
    for instance in dict.fromkeys(row.instance for row in rows):
        body, disagree = _body(view, part, instance, [r for r in rows if r.instance == instance])
        if instance == MAIN_INSTANCE:
            main.append(body)
        else:
            others.append(body)
            others_disagree |= disagree
    html = _table(view, part, main, "Who says what: one row per fact, one column per article") if main else ""
    if others:
        # Other occasions are context (last year's round, a past war); fold them so the event itself stands out.
        html += (f'<details class="others"{" open" if others_disagree or not main else ""}><summary>'
                 f'Other occasions the articles mention ({len(others)})</summary>'
                 f'{_table(view, part, others, "Facts about other occasions")}</details>')
    return html
