"""The default human-readable report: path:line:col, the rule, the message and both source lines."""

from __future__ import annotations

from factlint.model import Finding, Report, Severity, Span
from factlint.report.excerpt import ELLIPSIS, clip, excerpt
from factlint.report.printable import printable, printable_path

# ANSI styles; the cli decides whether to use them (a terminal, NO_COLOR unset), never this module.
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
_SEVERITY_STYLE = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
_CARET_STYLE = "\x1b[31m"


class _Paint:
    """Wraps text in ANSI styles, or leaves it alone when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.color and text else text


def _quote(report: Report, span: Span, gutter: int, paint: _Paint) -> list[str]:
    doc = report.documents.get(span.path)
    if doc is None:
        return []
    shown = excerpt(doc, span)
    pad = " " * gutter
    return [
        f"{paint(str(shown.line).rjust(gutter), _DIM)} | {shown.text}",
        f"{pad} | {' ' * shown.underline_start}{paint('^' * shown.underline_length, _CARET_STYLE)}"
        f"{ELLIPSIS if shown.continued else ''}",
    ]


def _fix(report: Report, finding: Finding) -> str:
    """What the finding's fixes write: 'Mirzoian → Mirzoyan', with how many places when more than one."""
    first = finding.fixes[0]
    doc = report.documents.get(first.span.path)
    old = doc.text[first.span.start : first.span.end] if doc else ""
    more = f", {len(finding.fixes)} places" if len(finding.fixes) > 1 else ""
    shown = f"{clip(old, 40)} → {clip(first.replacement, 40)}" if old else f"write {clip(first.replacement, 40)}"
    return printable(shown) + more


def render(report: Report, color: bool = False, summary: bool = True) -> str:
    """Each finding with its source line, then each conflicting statement with its line; a summary last."""
    paint = _Paint(color)
    out: list[str] = []
    for finding in report.findings:
        span = finding.span
        gutter = max(len(str(s.line)) for s in [span, *(r.span for r in finding.related)])
        where = paint(f"{printable_path(span.path)}:{span.line}:{span.column}:", _BOLD)
        severity = paint(finding.severity.value, _SEVERITY_STYLE[finding.severity])
        out.append(f"{where} {severity} {paint(f'[{finding.rule}]', _DIM)} {printable(finding.message)}")
        out.extend(_quote(report, span, gutter, paint))
        if finding.fixes:
            out.append(f"{' ' * gutter} + fix: {_fix(report, finding)} (--fix)")
        for related in finding.related:
            other = related.span
            # The message of another side may hold a whole quote; the excerpt below shows it, so it is clipped.
            out.append(f"{' ' * gutter} = {printable_path(other.path)}:{other.line}:{other.column}: {printable(clip(related.message))}")
            out.extend(_quote(report, other, gutter, paint))
        out.append("")
    if not summary:
        return "\n".join(out)
    totals = report.summary
    if totals.findings:
        counts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in reversed(totals.by_severity) if n)
        out.append(f"Found {totals.findings} finding{'s' if totals.findings != 1 else ''} ({counts}) in {totals.articles} article{'s' if totals.articles != 1 else ''}.")
        fixable = sum(1 for f in report.findings if f.fixes)
        if fixable:
            out.append(f"{fixable} fixable with `factlint check --fix` (preview with --diff).")
    elif not totals.articles:
        out.append("Nothing checked: no article was read.")
    else:
        out.append(f"All checks passed: {totals.articles} article{'s' if totals.articles != 1 else ''}, no findings.")
    return "\n".join(out) + "\n"
