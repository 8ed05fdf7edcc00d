"""The HTML report: one self-contained page with each story's fact matrix, conflicts, timeline and texts."""

from __future__ import annotations

from collections import defaultdict

from factlint import __version__
from factlint.model import LinkedFact, Report
from factlint.report.html_assets import CSS, JS
from factlint.report.html_matrix import matrix
from factlint.report.html_text import article
from factlint.report.html_timeline import timeline
from factlint.report.html_view import Conflict, StoryPart, View, build_view, story_id, story_parts, story_title
from factlint.report.printable import markup as escape

# Stories shown open: a few, so a large corpus opens on a short page with its conflicts first.
OPEN_STORIES = 4


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def _place(view: View, path: str, line: int) -> str:
    return f'<a href="#{view.article_id(path)}-L{line}">{escape(view.label(path))} line {line}</a>'


def _conflict(view: View, conflict: Conflict) -> str:
    """One finding: severity, rule and message, then links to both sides."""
    finding = conflict.finding
    places = [_place(view, finding.span.path, finding.span.line)]
    places += [f'{_place(view, r.span.path, r.span.line)} <span>{escape(r.message)}</span>' for r in finding.related]
    return (f'<li id="{conflict.id}" class="sev-{finding.severity.value}" data-finding '
            f'data-rule="{escape(finding.rule)}" data-articles="{" ".join(conflict.article_ids)}">'
            f'<span class="sev">{finding.severity.value}</span> <code>{escape(finding.rule)}</code> '
            f'{escape(finding.message)}<span class="places">here: {" · versus: ".join(places)}</span></li>')


def _story(view: View, part: StoryPart, number: int, facts_of: dict[str, list[LinkedFact]], is_open: bool) -> str:
    """A story as a collapsible section: its conflicts, fact matrix, timeline and articles."""
    paths = part.story.paths
    ident = story_id(view, part)
    count = len(part.conflicts)
    badge = (f'<span class="badge">{_plural(count, "conflict")}</span>' if count
             else '<span class="badge ok">no conflicts</span>')
    conflicts = (f'<section aria-labelledby="{ident}-c"><h3 id="{ident}-c">Disagreements</h3><ol class="conflicts">'
                 f'{"".join(_conflict(view, c) for c in part.conflicts)}</ol></section>' if count else "")
    evidence = (f'<p class="evidence">Grouped by: {escape(", ".join(part.story.evidence))}</p>'
                if part.story.evidence else "")
    drawn = timeline(view, part) if part.facts else ""
    # The timeline opens only where it draws a conflict: a story's page stays short otherwise.
    facts = (f'<section aria-labelledby="{ident}-m"><h3 id="{ident}-m">Fact matrix</h3>{matrix(view, part)}</section>'
             f'<section aria-labelledby="{ident}-t"><details class="timeline"{" open" if "bar conflict" in drawn else ""}>'
             f'<summary><h3 id="{ident}-t">Timeline</h3></summary>{drawn}</details></section>'
             if part.facts else '<p class="note">No checkable facts were found in these articles.</p>')
    articles = "".join(article(view, view.documents[p], facts_of.get(p, [])) for p in paths if p in view.documents)
    return (
        f'<details class="story" id="{ident}"{" open" if is_open else ""} '
        f'data-rules="{escape(" ".join(part.rules))}" data-articles="{" ".join(view.article_id(p) for p in paths)}">'
        f'<summary><h2>Story {number}: {escape(story_title(view, paths))}</h2>'
        f'<span class="meta">{_plural(len(paths), "article")}</span>{badge}</summary>'
        f'<div class="story-body">{evidence}'
        f'{conflicts}'
        f'{facts}'
        f'<section aria-labelledby="{ident}-a"><h3 id="{ident}-a">Articles</h3>{articles}</section>'
        f'</div></details>'
    )


def _filters(view: View, report: Report) -> str:
    """The filter form; hidden until the script shows it, since it needs the script to work."""
    rules = sorted({f.rule for f in report.findings})
    rule_options = "".join(f'<option value="{escape(r)}">{escape(r)}</option>' for r in rules)
    article_options = "".join(
        f'<option value="{view.article_id(p)}">{escape(view.label(p))}</option>' for p in sorted(view.documents))
    return (
        '<form id="filters" hidden aria-label="Filter the report">'
        f'<label for="f-rule">Rule</label><select id="f-rule" name="rule"><option value="">all rules</option>{rule_options}</select>'
        f'<label for="f-article">Article</label><select id="f-article" name="article"><option value="">all articles</option>'
        f'{article_options}</select>'
        '<label><input type="checkbox" name="only"> only rows in conflict</label>'
        '<button type="reset">Clear</button><button type="button" id="expand">Expand all</button>'
        '<button type="button" id="collapse">Collapse all</button></form><p id="status" class="meta" aria-live="polite"></p>'
    )


def _header(view: View, report: Report, parts: tuple[StoryPart, ...]) -> str:
    summary = report.summary
    severities = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in reversed(summary.by_severity) if n)
    found = (f'<strong class="bad">{_plural(summary.findings, "conflict")}</strong> ({severities})' if summary.findings
             else "<strong>no conflicts</strong>")
    toc = "".join(
        f'<li><a href="#{story_id(view, part)}">{escape(story_title(view, part.story.paths))}</a> '
        f'<span class="meta">{_plural(len(part.story.paths), "article")}'
        f'{", " + _plural(len(part.conflicts), "conflict") if part.conflicts else ""}</span></li>'
        for part in parts
    )
    toc_open = " open" if len(parts) <= 2 * OPEN_STORIES else ""
    return (f'<header><h1>factlint report</h1><p class="summary">{_plural(summary.articles, "article")} in '
            f'{_plural(len(parts), "story", "stories")}: {found}.</p>{_filters(view, report)}'
            f'<details class="toc"{toc_open}><summary>Stories ({len(parts)}), those with conflicts first</summary>'
            f'<nav aria-label="Stories"><ol>{toc}</ol></nav></details></header>')


def _problems(report: Report) -> str:
    """Problems met, and findings about files that could not be read (read-error): first, as nothing else shows them."""
    unread = [f for f in report.findings if f.span.path not in report.documents]
    if not report.problems and not unread:
        return ""
    items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in report.problems)
    items += "".join(f'<li class="sev-{f.severity.value}" data-finding data-rule="{escape(f.rule)}"><code>'
                     f"{escape(f'{f.span.path}:{f.span.line}:{f.span.column}: {f.rule}: {f.message}')}</code></li>"
                     for f in unread)
    return f'<section class="problems" aria-labelledby="problems"><h2 id="problems">Problems reading the input</h2><ul>{items}</ul></section>'


def render(report: Report) -> str:
    """The whole report as one HTML page with inline style and script and no external resources."""
    view = build_view(report)
    parts = story_parts(report, view)
    facts_of: dict[str, list[LinkedFact]] = defaultdict(list)
    for item in report.facts:
        facts_of[item.fact.span.path].append(item)
    # Open the first few stories, and on a large corpus only those with conflicts, so the page opens short.
    stories = "".join(
        _story(view, part, number, facts_of, number <= OPEN_STORIES and (bool(part.conflicts) or len(parts) <= OPEN_STORIES))
        for number, part in enumerate(parts, 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f'<title>factlint report</title><style>{CSS}</style></head><body>'
        f'<a class="skip" href="#stories">Skip to the stories</a>{_header(view, report, parts)}'
        f'<main id="stories">{_problems(report)}{stories}</main>'
        f'<footer>factlint {escape(__version__)}. This page is self-contained: it loads nothing from the network.</footer>'
        f'<script>{JS}</script></body></html>\n'
    )
