"""Each article's text, line by line with anchors, its facts highlighted and the conflicting ones marked."""

from __future__ import annotations


from factlint.model import Document, LinkedFact
from factlint.report.html_matrix import kind_label
from factlint.report.html_timeline import readable
from factlint.report.html_view import View
from factlint.report.printable import markup as escape


def _visible(facts: list[LinkedFact]) -> list[LinkedFact]:
    """Facts that do not overlap an earlier, longer one: highlights cannot nest cleanly."""
    kept: list[LinkedFact] = []
    end = -1
    for item in sorted(facts, key=lambda i: (i.fact.span.start, -i.fact.span.end)):
        if item.fact.span.start >= end:
            kept.append(item)
            end = item.fact.span.end
    return kept


def _mark(view: View, item: LinkedFact, text: str, first: bool) -> str:
    fact = item.fact
    conflicts = view.conflicts_of(fact)
    css = f"fact k-{fact.kind.value}" + (" conflict" if conflicts else "")
    tip = f"{kind_label(fact.kind)}{' · ' + view.names.of(fact.subject) if fact.subject else ''}: {fact.shown}"
    tip += f" ({readable(fact)})" if readable(fact) != fact.shown else ""
    tip += "".join(f"\n{c.finding.rule}: {c.finding.message}" for c in conflicts)
    anchor = f' id="{view.article_id(fact.span.path)}-L{fact.span.line}-C{fact.span.column}"' if first else ""
    tags = "".join(
        f'<a class="tag" href="#{c.id}" aria-label="conflict: {escape(c.finding.rule)}">≠</a>' for c in conflicts
    ) if first else ""
    return f'<mark{anchor} class="{css}" title="{escape(tip)}">{escape(text)}</mark>{tags}'


def _line_html(view: View, doc: Document, start: int, end: int, facts: list[LinkedFact]) -> str:
    """One line's text with the parts of facts that fall in it wrapped in marks."""
    out, position = [], start
    for item in facts:
        span = item.fact.span
        if span.end <= start or span.start >= end:
            continue
        cut_start, cut_end = max(span.start, start), min(span.end, end)
        out.append(escape(doc.text[position:cut_start]))
        out.append(_mark(view, item, doc.text[cut_start:cut_end], cut_start == span.start))
        position = cut_end
    out.append(escape(doc.text[position:end]))
    return "".join(out)


def article(view: View, doc: Document, facts: list[LinkedFact]) -> str:
    """One article as a collapsible section: numbered, linkable lines with highlighted facts."""
    article_id = view.article_id(doc.path)
    shown = _visible(facts)
    first_line = doc.position(doc.body_start)[0]
    lines = []
    for number in range(first_line, len(doc.line_starts) + 1):
        start = doc.line_starts[number - 1]
        end = start + len(doc.line_text(number))
        body = _line_html(view, doc, start, end, shown)
        lines.append(f'<div class="ln" id="{article_id}-L{number}"><a class="no" href="#{article_id}-L{number}" '
                     f'aria-label="line {number}">{number}</a><span class="tx">{body}</span></div>')
    in_conflict = sum(1 for item in facts if view.conflicts_of(item.fact))
    counts = f"{len(facts)} fact{'s' if len(facts) != 1 else ''}"
    if in_conflict:
        counts += f', <span class="bad">{in_conflict} in conflict</span>'
    return (f'<details class="article" id="{article_id}" data-article="{article_id}"><summary>'
            f'<span class="name">{escape(view.label(doc.path))}</span> <span class="title">{escape(view.title(doc.path))}</span>'
            f' <span class="count">({counts})</span></summary>'
            f'<p class="path">{escape(doc.path)}</p><div class="text">{"".join(lines)}</div></details>')
