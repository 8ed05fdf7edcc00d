"""The default human-readable report: path:line:col, the rule, the message and both source lines."""

from __future__ import annotations

from factlint.model import Report, Span
from factlint.report.excerpt import excerpt


def _quote(report: Report, span: Span, gutter: int) -> list[str]:
    doc = report.documents.get(span.path)
    if doc is None:
        return []
    shown = excerpt(doc, span)
    pad = " " * gutter
    return [
        f"{str(shown.line).rjust(gutter)} | {shown.text}",
        f"{pad} | {' ' * shown.underline_start}{'^' * shown.underline_length}",
    ]


def render(report: Report) -> str:
    """Each finding with its source line, then each conflicting statement with its line; a summary last."""
    out: list[str] = []
    for finding in report.findings:
        span = finding.span
        gutter = max(len(str(s.line)) for s in [span, *(r.span for r in finding.related)])
        out.append(f"{span.path}:{span.line}:{span.column}: {finding.severity.value} [{finding.rule}] {finding.message}")
        out.extend(_quote(report, span, gutter))
        for related in finding.related:
            where = related.span
            out.append(f"{' ' * gutter} = {where.path}:{where.line}:{where.column}: {related.message}")
            out.extend(_quote(report, where, gutter))
        out.append("")
    summary = report.summary
    if summary.findings:
        counts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in reversed(summary.by_severity) if n)
        out.append(f"Found {summary.findings} finding{'s' if summary.findings != 1 else ''} ({counts}) in {summary.articles} article{'s' if summary.articles != 1 else ''}.")
    else:
        out.append(f"All checks passed: {summary.articles} article{'s' if summary.articles != 1 else ''}, no findings.")
    return "\n".join(out) + "\n"
